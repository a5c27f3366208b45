"""Runs, results and datasets as tables and arrays, for the app's pages and the CLI: the
leaderboard, grids, histories, the Pareto front, mistakes, a latency measurement, image sheets and
dataset statistics. No figures here (ui/figures.py draws them) and no Streamlit.
Percentages are stored as fractions (0.912) and shown as 91.2%.
"""
from __future__ import annotations

import dataclasses
import math
import time

import numpy as np
import pandas as pd
import torch

from .config import CLASS_NAMES, IMAGE_SIZE, NUM_CLASSES, TrainConfig
from .store import Run, runs_table


GRID_AXES = ("batch_size", "lr")


# Grid page metrics: label -> (summary key, is a fraction shown as %).
GRID_METRICS = {
    "best val acc": ("best_val_acc", True),
    "final val acc": ("final_val_acc", True),
    "train time (s)": ("train_seconds", False),
    "test acc": ("test_acc", True),
}


def percent(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2%}"


def config_text(config: TrainConfig) -> str:
    """The hyperparameters a person compares, in one line (hover text, captions)."""
    epochs = f"{config.epochs} epoch{'s' if config.epochs != 1 else ''}"
    text = f"{config.arch} · bs {config.batch_size} · lr {config.lr:g} · {epochs} · {config.optimizer} · {config.schedule}"
    if config.weight_decay:
        text += f" · wd {config.weight_decay:g}"
    if config.label_smoothing:
        text += f" · smoothing {config.label_smoothing:g}"
    if not config.augment:
        text += " · no augment"
    if config.train_limit:
        text += f" · {config.train_limit} train images"
    return text


def best_val_acc(run: Run) -> float:
    value = run.summary.get("best_val_acc")
    return -1.0 if value is None else float(value)


def best_per_arch(runs: list[Run]) -> list[Run]:
    """The run with the best validation accuracy of each architecture, best first."""
    best: dict[str, Run] = {}
    for run in runs:
        if run.config.arch not in best or best_val_acc(run) > best_val_acc(best[run.config.arch]):
            best[run.config.arch] = run
    return sorted(best.values(), key=best_val_acc, reverse=True)


def leaderboard(runs: list[Run]) -> pd.DataFrame:
    """One row per run, best validation accuracy first: what the Overview page shows."""
    columns = ["run", "arch", "params", "epochs", "best_val_acc", "test_acc", "train_seconds",
               "device", "status"]
    table = runs_table(runs)[columns]
    return table.sort_values("best_val_acc", ascending=False, na_position="last", kind="stable").reset_index(drop=True)


def histories_frame(runs: list[Run]) -> pd.DataFrame:
    """The selected runs' histories stacked, with the run and its main hyperparameters in front."""
    parts = []
    for run in runs:
        history = run.history.copy()
        front = {"run": run.name, "arch": run.config.arch, "batch_size": run.config.batch_size,
                 "base_lr": run.config.lr}  # history's own `lr` column is the rate during each epoch
        for position, (key, value) in enumerate(front.items()):
            history.insert(position, key if key not in history else f"config_{key}", value)
        parts.append(history)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def smooth(values: pd.Series, weight: float) -> pd.Series:
    """Exponential moving average (TensorBoard's smoothing slider): 0 = raw, 0.9 = very smooth."""
    values = pd.Series(values, dtype=float)
    measured = values.dropna()  # epochs without a validation pass (--val-every) stay gaps
    if weight <= 0 or len(measured) < 2:
        return values
    return measured.ewm(alpha=1.0 - min(weight, 0.99), adjust=True).mean().reindex(values.index)


def best_epoch(run: Run) -> int | None:
    epoch = run.summary.get("best_epoch")
    if epoch:
        return int(epoch)
    if "is_best" in run.history and run.history["is_best"].astype(bool).any():
        return int(run.history.loc[run.history["is_best"].astype(bool), "epoch"].iloc[-1])
    return None


def _identity_without(run: Run, fields: tuple[str, ...]) -> tuple:
    identity = run.config.identity()
    return tuple(sorted((k, json_safe(v)) for k, v in identity.items() if k not in fields))


def json_safe(value):
    return value if isinstance(value, (int, float, str, bool)) or value is None else str(value)


def grid_groups(runs: list[Run]) -> dict[str, list[Run]]:
    """Runs that differ only in batch size and learning rate, grouped; groups of 2+ cells only.

    Keys are readable labels ("cnn · 30 epochs · adam · constant"), largest group first.
    """
    groups: dict[tuple, list[Run]] = {}
    for run in runs:
        groups.setdefault(_identity_without(run, GRID_AXES), []).append(run)
    result = {}
    for members in sorted(groups.values(), key=len, reverse=True):
        cells = {(r.config.batch_size, r.config.lr) for r in members}
        if len(cells) < 2:
            continue
        config = members[0].config
        label = config_text(config).split(" · ", 3)[-1]  # drop bs and lr: they vary
        label = f"{config.arch} · {label}"
        if config.seed:
            label += f" · seed {config.seed}"
        if label in result:
            label += f" ({len(result)})"
        result[label] = members
    return result


def grid_table(runs: list[Run], metric: str = "best_val_acc") -> pd.DataFrame:
    """Batch sizes (rows) x learning rates (columns) of one summary value; NaN where not trained."""
    rows = [{"batch_size": r.config.batch_size, "lr": r.config.lr, "value": r.summary.get(metric)} for r in runs]
    frame = pd.DataFrame(rows, columns=["batch_size", "lr", "value"])
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return frame.pivot_table(index="batch_size", columns="lr", values="value", aggfunc="max", dropna=False)


IDENTITY_LABELS = {"batch_size": "batch size", "lr": "learning rate", "train_limit": "train images",
                   "weight_decay": "weight decay", "label_smoothing": "label smoothing",
                   "warmup_epochs": "warm-up epochs", "val_fraction": "val fraction", "split_seed": "split seed"}


def varying_params(runs: list[Run]) -> list[str]:
    """Identity fields (hyperparameters) that take more than one value among `runs`."""
    if not runs:
        return []
    fields = [f.name for f in dataclasses.fields(TrainConfig) if f.name not in TrainConfig.NOT_IDENTITY]
    return [f for f in fields if len({json_safe(getattr(r.config, f)) for r in runs}) > 1]


def pareto_mask(costs, scores) -> list[bool]:
    """True for points no other point beats: cheaper-or-equal cost and higher-or-equal score, one strictly."""
    points = [(float(c), float(s)) if c is not None and s is not None else (math.nan, math.nan)
              for c, s in zip(costs, scores)]
    mask = []
    for c, s in points:
        if math.isnan(c) or math.isnan(s):
            mask.append(False)
            continue
        dominated = any(c2 <= c and s2 >= s and (c2 < c or s2 > s)
                        for c2, s2 in points if not (math.isnan(c2) or math.isnan(s2)))
        mask.append(not dominated)
    return mask


def misclassified(result: dict, limit: int = 24) -> list[int]:
    """Indices of wrong predictions, most confident mistakes first."""
    if "labels" not in result:
        return []
    wrong = [i for i, (p, t) in enumerate(zip(result["predicted"], result["labels"])) if p != t]
    wrong.sort(key=lambda i: result["confidence"][i], reverse=True)
    return wrong[:limit]


def measure_latency_ms(model: torch.nn.Module, repeats: int = 20) -> float:
    """Median milliseconds for one 28x28 image through `model` on its device (batch of 1)."""
    device = next(model.parameters()).device
    x = torch.zeros((1, 1, IMAGE_SIZE, IMAGE_SIZE), device=device)
    times = []
    with torch.inference_mode():
        model.eval()
        for step in range(repeats + 3):
            start = time.perf_counter()
            model(x)
            if device.type == "cuda":
                torch.cuda.synchronize()
            if step >= 3:  # the first calls warm up allocators and kernels
                times.append((time.perf_counter() - start) * 1000)
    return float(np.median(times))


def top_classes(probabilities, k: int = NUM_CLASSES) -> list[tuple[str, float]]:
    """The k most likely classes and their probabilities, most likely first."""
    probabilities = np.asarray(probabilities, dtype=float)
    order = np.argsort(-probabilities, kind="stable")[:max(1, min(k, NUM_CLASSES))]
    return [(CLASS_NAMES[i], float(probabilities[i])) for i in order]


def upscale(image: np.ndarray, factor: int) -> np.ndarray:
    """Nearest-neighbour enlargement, so a 28x28 stays crisp in the browser."""
    return np.repeat(np.repeat(np.asarray(image), factor, axis=0), factor, axis=1)


def image_grid(images, columns: int, pad: int = 2, value: int = 40) -> np.ndarray:
    """Tile (N, 28, 28) uint8 images into one image, `columns` per row, with grey gutters."""
    images = np.asarray(images, dtype=np.uint8)
    rows = max(1, math.ceil(len(images) / columns))
    size = IMAGE_SIZE + pad
    sheet = np.full((rows * size + pad, columns * size + pad), value, dtype=np.uint8)
    for index, image in enumerate(images):
        row, column = divmod(index, columns)
        sheet[pad + row * size:pad + row * size + IMAGE_SIZE, pad + column * size:pad + column * size + IMAGE_SIZE] = image
    return sheet


def samples_per_class(images: torch.Tensor, labels: torch.Tensor, per_class: int, seed: int = 0) -> np.ndarray:
    """`per_class` random images of each class, class 0 first: shape (10 * per_class, 28, 28)."""
    generator = np.random.default_rng(seed)
    labels_np = labels.numpy()
    chosen = []
    for label in range(NUM_CLASSES):
        members = np.flatnonzero(labels_np == label)
        picked = generator.choice(members, size=min(per_class, len(members)), replace=False) if len(members) else []
        block = np.zeros((per_class, IMAGE_SIZE, IMAGE_SIZE), dtype=np.uint8)
        if len(picked):
            block[:len(picked)] = images[torch.as_tensor(np.sort(picked))].numpy()
        chosen.append(block)
    return np.concatenate(chosen)


def class_counts(labels: torch.Tensor) -> np.ndarray:
    return np.bincount(labels.numpy(), minlength=NUM_CLASSES)[:NUM_CLASSES]


def mean_images(images: torch.Tensor, labels: torch.Tensor) -> np.ndarray:
    """The average image of each class, as (10, 28, 28) uint8 (black where a class has no images)."""
    sums = torch.zeros((NUM_CLASSES, IMAGE_SIZE * IMAGE_SIZE), dtype=torch.float64)
    sums.index_add_(0, labels, images.reshape(len(images), -1).double())
    counts = torch.bincount(labels, minlength=NUM_CLASSES)[:NUM_CLASSES].clamp(min=1).double()
    means = (sums / counts[:, None]).reshape(NUM_CLASSES, IMAGE_SIZE, IMAGE_SIZE)
    return means.round().clamp(0, 255).to(torch.uint8).numpy()


def pixel_histogram(images: torch.Tensor) -> np.ndarray:
    return torch.bincount(images.reshape(-1).long(), minlength=256).numpy()
