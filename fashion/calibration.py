"""Is the network's confidence honest? Reliability tables and expected calibration error.

A model is calibrated when, of all the images it answers with 80% confidence, 80% are right.
The standard measure (Naeini et al. 2015, Guo et al. 2017) splits confidence (the top class's
probability) into equal-width bins (l, u] and averages the gap between accuracy and mean confidence
in each bin, weighted by how many predictions fall in it:

    ECE = sum over bins b of |B_b| / n * |accuracy(B_b) - confidence(B_b)|
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .errors import FashionError

BINS = 15  # Guo et al.'s choice, used by most papers since


def _arrays(confidence, correct) -> tuple[np.ndarray, np.ndarray]:
    confidence = np.asarray(confidence, dtype=float).reshape(-1)
    correct = np.asarray(correct, dtype=bool).reshape(-1)
    if len(confidence) != len(correct):
        raise FashionError(f"{len(confidence)} confidences but {len(correct)} right/wrong flags")
    if len(confidence) == 0:
        raise FashionError("no predictions to measure calibration on")
    if np.isnan(confidence).any() or confidence.min() < 0 or confidence.max() > 1:
        raise FashionError("confidences must be probabilities between 0 and 1")
    return confidence, correct


def bin_edges(bins: int = BINS) -> np.ndarray:
    return np.linspace(0.0, 1.0, bins + 1)


def bin_of(confidence, bins: int = BINS) -> np.ndarray:
    """The bin (l, u] each confidence falls in; 0 goes to the first bin."""
    return np.digitize(np.asarray(confidence, dtype=float), bin_edges(bins)[1:-1], right=True)


def reliability_table(confidence, correct, bins: int = BINS) -> pd.DataFrame:
    """One row per bin: lower, upper, count, confidence and accuracy (NaN when empty), gap."""
    confidence, correct = _arrays(confidence, correct)
    which = bin_of(confidence, bins)
    count = np.bincount(which, minlength=bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_confidence = np.bincount(which, weights=confidence, minlength=bins) / count
        accuracy = np.bincount(which, weights=correct.astype(float), minlength=bins) / count
    edges = bin_edges(bins)
    return pd.DataFrame({"lower": edges[:-1], "upper": edges[1:], "count": count,
                         "confidence": mean_confidence, "accuracy": accuracy,
                         "gap": mean_confidence - accuracy})


def expected_calibration_error(confidence, correct, bins: int = BINS) -> float:
    """ECE in [0, 1]: 0 is perfectly calibrated; positive gaps mean over-, negative under-confidence."""
    table = reliability_table(confidence, correct, bins)
    filled = table[table["count"] > 0]
    return float((filled["count"] * filled["gap"].abs()).sum() / table["count"].sum())


def from_result(result: dict) -> tuple[np.ndarray, np.ndarray]:
    """(confidence, correct) from fashion.evaluate.evaluate()'s result; it needs labels."""
    if "labels" not in result:
        raise FashionError("calibration needs labelled images (this set has no label column)")
    predicted = np.asarray(result["predicted"])
    return _arrays(result["confidence"], predicted == np.asarray(result["labels"]))


def summary(result: dict, bins: int = BINS) -> dict:
    """ECE, accuracy, mean confidence and the number of images, for one evaluate() result."""
    confidence, correct = from_result(result)
    return {"ece": expected_calibration_error(confidence, correct, bins),
            "accuracy": float(correct.mean()), "mean_confidence": float(confidence.mean()),
            "overconfidence": float(confidence.mean() - correct.mean()), "images": len(correct)}


def confidence_histogram(confidence, correct, bins: int = 20) -> pd.DataFrame:
    """Share of right and of wrong predictions per confidence bin (each column sums to 1)."""
    confidence, correct = _arrays(confidence, correct)
    edges = np.linspace(0.0, 1.0, bins + 1)
    frame = pd.DataFrame({"lower": edges[:-1], "upper": edges[1:]})
    for name, mask in (("right", correct), ("wrong", ~correct)):
        counts = np.histogram(confidence[mask], bins=edges)[0]
        frame[f"{name}_count"] = counts
        frame[name] = counts / max(int(mask.sum()), 1)
    return frame
