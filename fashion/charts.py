"""Plotly figures and small tables for the app's pages.

No Streamlit here: every function takes runs, frames or arrays and returns a figure, a frame or an
array, so each one is unit-testable. Percentages are stored as fractions (0.912) and shown as 91.2%.
"""
from __future__ import annotations

import dataclasses
import math
import time

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import torch
from plotly.colors import qualitative
from plotly.subplots import make_subplots

from .config import CLASS_NAMES, IMAGE_SIZE, NUM_CLASSES, TrainConfig
from .store import Run, runs_table

# 24 distinguishable colours: comparing 10+ runs stays readable.
PALETTE = qualitative.Dark24
FONT = dict(size=13)
GRID_AXES = ("batch_size", "lr")
# Grid page metrics: label -> (summary key, is a fraction shown as %).
GRID_METRICS = {
    "best val acc": ("best_val_acc", True),
    "final val acc": ("final_val_acc", True),
    "train time (s)": ("train_seconds", False),
    "test acc": ("test_acc", True),
}


def _layout(figure: go.Figure, height: int = 420, **extra) -> go.Figure:
    extra.setdefault("margin", dict(l=10, r=10, t=40, b=10))
    figure.update_layout(height=height, font=FONT, **extra)
    return figure


def color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def percent(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2%}"


# ----------------------------------------------------------------------------------------------
# Runs as tables

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


# ----------------------------------------------------------------------------------------------
# Training curves

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


def _x_values(history: pd.DataFrame, x: str) -> pd.Series:
    if x == "time" and "seconds" in history:
        return history["seconds"].astype(float).cumsum()
    return history["epoch"]


def curves_figure(runs: list[Run], x: str = "epoch", smoothing: float = 0.0, log_y: bool = False,
                  highlight: str | None = None, height: int = 430) -> go.Figure:
    """Loss (left) and accuracy (right) per epoch or wall time: solid = train, dashed = validation.

    One colour and one legend entry per run (clicking it hides both panels' lines); the best epoch
    is a star on the validation curves; hovering shows the run's configuration. With `highlight`
    every other run is drawn thin and grey.
    """
    figure = make_subplots(rows=1, cols=2, subplot_titles=("loss", "accuracy"), horizontal_spacing=0.08)
    for index, run in enumerate(runs):
        history = run.history
        if history.empty:
            continue
        xs = _x_values(history, x)
        faded = highlight is not None and run.name != highlight
        line_color = "rgba(150,150,150,0.45)" if faded else color(index)
        width = 1.2 if faded else (3.0 if highlight else 2.0)
        hover = (f"<b>{run.name}</b><br>{config_text(run.config)}<br>"
                 + ("epoch" if x == "epoch" else "time") + " %{x}<br>%{meta} %{y:.4f}<extra></extra>")
        best = best_epoch(run)
        for column, (metric, split) in enumerate((("loss", "train"), ("loss", "val"), ("acc", "train"), ("acc", "val"))):
            key = f"{split}_{metric}"
            if key not in history:
                continue
            ys = smooth(history[key], smoothing)
            gaps = bool(ys.isna().any())  # validated every few epochs: join the points, and mark them
            figure.add_trace(go.Scatter(
                x=xs, y=ys, mode="lines+markers" if len(history) < 3 or gaps else "lines", connectgaps=True,
                name=run.name, legendgroup=run.name, showlegend=column == 0,
                line=dict(color=line_color, width=width, dash="dash" if split == "val" else "solid"),
                marker=dict(size=5), meta=f"{split} {metric}", hovertemplate=hover,
            ), row=1, col=1 if metric == "loss" else 2)
            if split == "val" and best is not None and best in set(history["epoch"]):
                position = int(np.flatnonzero(history["epoch"].to_numpy() == best)[0])
                figure.add_trace(go.Scatter(
                    x=[xs.iloc[position]], y=[ys.iloc[position]], mode="markers",
                    name=run.name, legendgroup=run.name, showlegend=False,
                    marker=dict(symbol="star", size=13, color=line_color, line=dict(width=1, color="white")),
                    meta=f"best epoch {best}: val {metric}", hovertemplate=hover,
                ), row=1, col=1 if metric == "loss" else 2)
    x_title = "epoch" if x == "epoch" else "wall time (s)"
    figure.update_xaxes(title_text=x_title)
    if x == "epoch":
        last = max([int(run.history["epoch"].max()) for run in runs if not run.history.empty] or [1])
        figure.update_xaxes(tick0=1, dtick=max(1, math.ceil(last / 10)), rangemode="normal")
    figure.update_yaxes(title_text="cross-entropy", type="log" if log_y else "linear", row=1, col=1)
    figure.update_yaxes(title_text="accuracy", tickformat=".0%", row=1, col=2)
    return _layout(figure, height, hovermode="closest", legend=dict(title_text="run", font=dict(size=11)),
                   uirevision="curves")


# ----------------------------------------------------------------------------------------------
# Hyperparameter grid

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


def heatmap_figure(table: pd.DataFrame, title: str, as_percent: bool = True,
                   highlight: tuple[int, float] | None = None, lower_is_better: bool = False) -> go.Figure:
    z = table.to_numpy(dtype=float)
    text = [[("" if math.isnan(v) else (f"{v:.2%}" if as_percent else f"{v:.0f}")) for v in row] for row in z]
    xs = [f"{lr:g}" for lr in table.columns]
    ys = [str(bs) for bs in table.index]
    figure = go.Figure(go.Heatmap(
        z=z, x=xs, y=ys, text=text, texttemplate="%{text}", textfont=dict(size=15),
        colorscale="Viridis_r" if lower_is_better else "Viridis",
        colorbar=dict(title=title, tickformat=".0%" if as_percent else None),
        hovertemplate="batch size %{y}<br>lr %{x}<br>" + title + " %{text}<extra></extra>", xgap=2, ygap=2,
    ))
    if highlight is not None and highlight[0] in table.index and highlight[1] in table.columns:
        row = list(table.index).index(highlight[0])
        column = list(table.columns).index(highlight[1])
        figure.add_shape(type="rect", x0=column - 0.5, x1=column + 0.5, y0=row - 0.5, y1=row + 0.5,
                         line=dict(color="#ff2b2b", width=4))
    figure.update_xaxes(title_text="learning rate", type="category")
    figure.update_yaxes(title_text="batch size", type="category")
    return _layout(figure, 120 + 90 * max(len(ys), 1))


IDENTITY_LABELS = {"batch_size": "batch size", "lr": "learning rate", "train_limit": "train images",
                   "weight_decay": "weight decay", "label_smoothing": "label smoothing",
                   "warmup_epochs": "warm-up epochs", "val_fraction": "val fraction", "split_seed": "split seed"}


def varying_params(runs: list[Run]) -> list[str]:
    """Identity fields (hyperparameters) that take more than one value among `runs`."""
    if not runs:
        return []
    fields = [f.name for f in dataclasses.fields(TrainConfig) if f.name not in TrainConfig.NOT_IDENTITY]
    return [f for f in fields if len({json_safe(getattr(r.config, f)) for r in runs}) > 1]


def parallel_figure(runs: list[Run], params: list[str], metric: str = "best_val_acc") -> go.Figure:
    """Parallel coordinates: one line per run through each varying hyperparameter, coloured by `metric`."""
    dimensions = []
    for param in params:
        values = [getattr(r.config, param) for r in runs]
        label = IDENTITY_LABELS.get(param, param)
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            distinct = sorted(set(values))
            if param in ("lr", "weight_decay") and min(distinct) > 0:
                # log scale by hand: parcoords has no log axis
                dimensions.append(dict(label=f"{label} (log10)", values=[math.log10(v) for v in values],
                                       tickvals=[math.log10(v) for v in distinct],
                                       ticktext=[f"{v:g}" for v in distinct]))
            else:
                dimensions.append(dict(label=label, values=values,
                                       tickvals=distinct if len(distinct) <= 8 else None))
        else:
            distinct = sorted({str(v) for v in values})
            codes = [distinct.index(str(v)) for v in values]
            dimensions.append(dict(label=label, values=codes, tickvals=list(range(len(distinct))), ticktext=distinct))
    scores = [r.summary.get(metric) for r in runs]
    scores = [float("nan") if s is None else float(s) for s in scores]
    dimensions.append(dict(label=metric.replace("_", " "), values=scores, tickformat=".0%"))
    figure = go.Figure(go.Parcoords(
        line=dict(color=[0 if math.isnan(s) else s for s in scores], colorscale="Viridis", showscale=True,
                  colorbar=dict(title=metric.replace("_", " "), tickformat=".0%")),
        dimensions=[{k: v for k, v in d.items() if v is not None} for d in dimensions],
    ))
    return _layout(figure, 420, margin=dict(l=60, r=90, t=60, b=30))


# ----------------------------------------------------------------------------------------------
# Comparing models

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


def scatter_figure(frame: pd.DataFrame, x: str, y: str, x_title: str, y_title: str,
                   log_x: bool = True) -> go.Figure:
    """Accuracy vs cost, one colour per architecture; the Pareto front is a line with ringed points."""
    figure = go.Figure()
    data = frame.dropna(subset=[x, y])
    for index, (arch, group) in enumerate(data.groupby("arch", sort=True)):
        figure.add_trace(go.Scatter(
            x=group[x], y=group[y], mode="markers", name=arch,
            marker=dict(size=11, color=color(index), line=dict(width=1, color="white")),
            text=group["run"], hovertemplate="<b>%{text}</b><br>" + x_title + " %{x:,.3g}<br>"
                                             + y_title + " %{y:.2%}<extra></extra>",
        ))
    if not data.empty:
        mask = pareto_mask(data[x].tolist(), data[y].tolist())
        front = data[mask].sort_values(x)
        figure.add_trace(go.Scatter(
            x=front[x], y=front[y], mode="lines+markers", name="Pareto front",
            line=dict(color="#ff2b2b", width=2, dash="dot", shape="hv"),
            marker=dict(size=18, color="rgba(0,0,0,0)", line=dict(width=2, color="#ff2b2b")),
            text=front["run"], hovertemplate="<b>%{text}</b> (Pareto front)<extra></extra>",
        ))
    figure.update_xaxes(title_text=x_title, type="log" if log_x else "linear")
    if log_x and not data.empty:
        ticks = log_ticks(data[x].min(), data[x].max())
        figure.update_xaxes(tickvals=ticks, ticktext=[short_number(t) for t in ticks])
    figure.update_yaxes(title_text=y_title, tickformat=".1%")
    return _layout(figure, 400, legend=dict(title_text="architecture"))


def log_ticks(low: float, high: float) -> list[float]:
    """1-2-5 values spanning [low, high] (plotly's own log ticks label 2..9 of every decade)."""
    if not (low > 0 and high > 0):
        return []
    ticks = []
    for exponent in range(math.floor(math.log10(low)) - 1, math.ceil(math.log10(high)) + 1):
        for mantissa in (1, 2, 5):
            value = mantissa * 10.0 ** exponent
            if low / 1.5 <= value <= high * 1.5:
                ticks.append(value)
    return ticks


def short_number(value: float) -> str:
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:g}{suffix}"
    return f"{value:g}"


def confusion_figure(confusion, normalize: bool = True) -> go.Figure:
    """Rows: true class, columns: predicted class. Normalised rows show each class's recall."""
    counts = np.asarray(confusion, dtype=float)
    totals = counts.sum(1, keepdims=True)
    shown = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0) if normalize else counts
    text = [[f"{int(c)}" if c else "" for c in row] for row in counts]
    figure = go.Figure(go.Heatmap(
        z=shown, x=list(CLASS_NAMES), y=list(CLASS_NAMES), text=text, texttemplate="%{text}",
        colorscale="Blues", showscale=False, xgap=1, ygap=1,
        hovertemplate="true %{y}<br>predicted %{x}<br>%{text} images<extra></extra>",
    ))
    figure.update_yaxes(title_text="true class", autorange="reversed")
    figure.update_xaxes(title_text="predicted class", tickangle=-35)
    return _layout(figure, 520)


def per_class_figure(per_class: dict[str, dict[str, float | None]]) -> go.Figure:
    """Per-class accuracy, one column per model ({model: {class name: accuracy}})."""
    models = list(per_class)
    z = [[per_class[m].get(name) for m in models] for name in CLASS_NAMES]
    z = [[math.nan if v is None else v for v in row] for row in z]
    text = [["" if math.isnan(v) else f"{v:.0%}" for v in row] for row in z]
    figure = go.Figure(go.Heatmap(
        z=z, x=models, y=list(CLASS_NAMES), text=text, texttemplate="%{text}", colorscale="RdYlGn",
        zmin=0.0, zmax=1.0, xgap=2, ygap=2, colorbar=dict(title="accuracy", tickformat=".0%"),
        hovertemplate="%{x}<br>%{y}: %{text}<extra></extra>",
    ))
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(tickangle=-20)
    return _layout(figure, 460)


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


# ----------------------------------------------------------------------------------------------
# Predictions

def top_classes(probabilities, k: int = NUM_CLASSES) -> list[tuple[str, float]]:
    """The k most likely classes and their probabilities, most likely first."""
    probabilities = np.asarray(probabilities, dtype=float)
    order = np.argsort(-probabilities, kind="stable")[:max(1, min(k, NUM_CLASSES))]
    return [(CLASS_NAMES[i], float(probabilities[i])) for i in order]


# ----------------------------------------------------------------------------------------------
# Images and data statistics

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


def sample_grid_figure(images, labels, per_class: int = 10, seed: int = 0) -> go.Figure:
    """One row per class, labelled with the class name."""
    sheet = image_grid(samples_per_class(images, labels, per_class, seed), per_class)
    size = IMAGE_SIZE + 2
    figure = go.Figure(go.Heatmap(z=sheet, colorscale="gray", showscale=False, hoverinfo="skip"))
    figure.update_yaxes(autorange="reversed", tickvals=[2 + size * i + IMAGE_SIZE / 2 for i in range(NUM_CLASSES)],
                        ticktext=list(CLASS_NAMES), scaleanchor="x", showgrid=False, zeroline=False)
    figure.update_xaxes(showticklabels=False, showgrid=False, zeroline=False)
    height = 560
    width = int(height * sheet.shape[1] / sheet.shape[0]) + 100  # + the class names
    return _layout(figure, height, width=width, margin=dict(l=10, r=10, t=10, b=10))


def class_counts(labels: torch.Tensor) -> np.ndarray:
    return np.bincount(labels.numpy(), minlength=NUM_CLASSES)[:NUM_CLASSES]


def class_balance_figure(counts: dict[str, np.ndarray]) -> go.Figure:
    """Images per class for each split, side by side."""
    figure = go.Figure()
    for index, (split, values) in enumerate(counts.items()):
        figure.add_trace(go.Bar(x=list(CLASS_NAMES), y=values, name=split, marker_color=color(index),
                                hovertemplate=split + " %{x}: %{y:,} images<extra></extra>"))
    figure.update_layout(barmode="group")
    figure.update_yaxes(title_text="images")
    return _layout(figure, 360, legend=dict(title_text="split"))


def mean_images(images: torch.Tensor, labels: torch.Tensor) -> np.ndarray:
    """The average image of each class, as (10, 28, 28) uint8 (black where a class has no images)."""
    sums = torch.zeros((NUM_CLASSES, IMAGE_SIZE * IMAGE_SIZE), dtype=torch.float64)
    sums.index_add_(0, labels, images.reshape(len(images), -1).double())
    counts = torch.bincount(labels, minlength=NUM_CLASSES)[:NUM_CLASSES].clamp(min=1).double()
    means = (sums / counts[:, None]).reshape(NUM_CLASSES, IMAGE_SIZE, IMAGE_SIZE)
    return means.round().clamp(0, 255).to(torch.uint8).numpy()


def pixel_histogram(images: torch.Tensor) -> np.ndarray:
    return torch.bincount(images.reshape(-1).long(), minlength=256).numpy()


def pixel_histogram_figure(counts: np.ndarray, log_y: bool = True) -> go.Figure:
    figure = go.Figure(go.Bar(x=np.arange(len(counts)), y=counts, marker_color="#83c9ff",
                              hovertemplate="value %{x}: %{y:,} pixels<extra></extra>"))
    figure.update_xaxes(title_text="pixel value (0 = black background, 255 = white)")
    figure.update_yaxes(title_text="pixels", type="log" if log_y else "linear", dtick=1 if log_y else None)
    return _layout(figure, 320, bargap=0)
