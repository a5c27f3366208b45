"""fashion.calibration: ECE and reliability tables on cases whose answers are known by hand."""
import numpy as np
import pytest

from fashion import calibration
from fashion.errors import FashionError
from ui import figures


def calibrated(confidences=(0.55, 0.7, 0.8, 0.95), per_bin: int = 20):
    """In every bin exactly `confidence` of the predictions are right: perfectly calibrated."""
    confidence, correct = [], []
    for value in confidences:
        right = round(value * per_bin)
        confidence += [value] * per_bin
        correct += [True] * right + [False] * (per_bin - right)
    return np.array(confidence), np.array(correct)


def reference_ece(confidence, correct, bins=15):
    """Guo et al.'s loop, written independently: (lower, upper] bins of equal width."""
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lower, upper in zip(edges[:-1], edges[1:]):
        inside = (confidence > lower) & (confidence <= upper)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return total


def test_a_perfectly_calibrated_model_has_zero_ece():
    confidence, correct = calibrated()
    assert calibration.expected_calibration_error(confidence, correct) == pytest.approx(0.0, abs=1e-12)
    table = calibration.reliability_table(confidence, correct)
    filled = table[table["count"] > 0]
    assert np.allclose(filled["accuracy"], filled["confidence"])


def test_an_overconfident_model():
    confidence = np.full(1000, 0.99)
    correct = np.arange(1000) % 2 == 0  # half right, always 99% sure
    assert calibration.expected_calibration_error(confidence, correct) == pytest.approx(0.49)
    result = {"predicted": [1] * 4, "labels": [1, 1, 0, 0], "confidence": [0.9] * 4}
    summary = calibration.summary(result)
    assert summary["ece"] == pytest.approx(0.4) and summary["accuracy"] == 0.5
    assert summary["overconfidence"] == pytest.approx(0.4) and summary["images"] == 4


def test_ece_weights_bins_by_their_size():
    # 30 predictions at 0.9 with 60% right (gap 0.3), 10 at 0.5 with 50% right (gap 0)
    confidence = np.array([0.9] * 30 + [0.5] * 10)
    correct = np.array([True] * 18 + [False] * 12 + [True] * 5 + [False] * 5)
    assert calibration.expected_calibration_error(confidence, correct) == pytest.approx(0.75 * 0.3)
    underconfident = np.array([0.6] * 10), np.ones(10, bool)  # always right, only 60% sure
    assert calibration.expected_calibration_error(*underconfident) == pytest.approx(0.4)
    assert calibration.reliability_table(*underconfident)["gap"].dropna().tolist() == [pytest.approx(-0.4)]


def test_bins_are_fifteen_equal_width_half_open_intervals():
    table = calibration.reliability_table([1.0, 0.0, 0.5], [True, False, True])
    assert len(table) == 15 and table["lower"].iloc[1] == pytest.approx(1 / 15)
    assert table["count"].iloc[-1] == 1 and table["count"].iloc[0] == 1  # 1.0 in the last, 0 in the first
    assert table["count"].iloc[7] == 1  # 0.5 is in (7/15, 8/15]
    assert np.isnan(table["accuracy"].iloc[3]) and table["count"].sum() == 3
    assert list(calibration.bin_of([1 / 15 - 1e-9, 1 / 15 + 1e-9])) == [0, 1]


def test_ece_matches_the_reference_loop_on_random_predictions():
    rng = np.random.default_rng(0)
    confidence = rng.uniform(0.1, 1.0, 5000)
    correct = rng.uniform(size=5000) < confidence ** 2  # overconfident, more so at low confidence
    for bins in (10, 15, 20):
        assert calibration.expected_calibration_error(confidence, correct, bins) == pytest.approx(
            reference_ece(confidence, correct, bins), abs=1e-12)


@pytest.mark.parametrize("confidence, correct, message", [
    ([0.5, 0.7], [True], "2 confidences but 1"),
    ([], [], "no predictions"),
    ([1.2], [True], "between 0 and 1"),
    ([float("nan")], [True], "between 0 and 1"),
])
def test_bad_input_is_one_clear_error(confidence, correct, message):
    with pytest.raises(FashionError, match=message):
        calibration.expected_calibration_error(confidence, correct)


def test_unlabelled_results_cannot_be_calibrated():
    with pytest.raises(FashionError, match="labelled"):
        calibration.summary({"predicted": [1], "confidence": [0.9]})


def test_confidence_histogram_shares_sum_to_one():
    frame = calibration.confidence_histogram([0.95, 0.97, 0.45, 0.99], [True, True, False, True], bins=10)
    assert len(frame) == 10 and frame["right"].sum() == pytest.approx(1) and frame["wrong"].sum() == pytest.approx(1)
    assert frame["right_count"].iloc[-1] == 3 and frame["wrong_count"].iloc[4] == 1
    only_right = calibration.confidence_histogram([0.9], [True])
    assert only_right["wrong"].sum() == 0  # no mistakes: an empty histogram, not a division by zero


def test_reliability_and_histogram_figures():
    confidence, correct = calibrated()
    table = calibration.reliability_table(confidence, correct)
    figure = figures.reliability_figure({"good": (table, 0.0), "other": (table, 0.123)})
    assert figure.data[0].name == "perfectly calibrated"
    assert [t.name for t in figure.data[1:]] == ["good (ECE 0.0%)", "other (ECE 12.3%)"]
    assert list(figure.data[1].x) == pytest.approx([0.55, 0.7, 0.8, 0.95])  # empty bins are not drawn
    histogram = figures.confidence_histogram_figure(calibration.confidence_histogram(confidence, correct))
    assert [t.name for t in histogram.data] == ["right (60)", "wrong (20)"]
