"""Every plotly figure of the app: training curves, grids, comparisons, dataset views and the
explanations (saliency overlays, the embedding map, filters and feature maps, reliability diagrams
and confidence histograms). Each function takes runs, frames or arrays and returns a figure, so
each is unit-testable; no Streamlit here.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative
from plotly.subplots import make_subplots

from fashion.config import CLASS_NAMES, IMAGE_SIZE, NUM_CLASSES
from fashion.explain import EmbeddingMap
from fashion.report import IDENTITY_LABELS, best_epoch, config_text, image_grid, pareto_mask, samples_per_class, smooth
from fashion.store import Run


# 24 distinguishable colours: comparing 10+ runs stays readable.
PALETTE = qualitative.Dark24


FONT = dict(size=13)


def _layout(figure: go.Figure, height: int = 420, **extra) -> go.Figure:
    extra.setdefault("margin", dict(l=10, r=10, t=40, b=10))
    figure.update_layout(height=height, font=FONT, **extra)
    return figure


def color(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


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


def class_balance_figure(counts: dict[str, np.ndarray]) -> go.Figure:
    """Images per class for each split, side by side."""
    figure = go.Figure()
    for index, (split, values) in enumerate(counts.items()):
        figure.add_trace(go.Bar(x=list(CLASS_NAMES), y=values, name=split, marker_color=color(index),
                                hovertemplate=split + " %{x}: %{y:,} images<extra></extra>"))
    figure.update_layout(barmode="group")
    figure.update_yaxes(title_text="images")
    return _layout(figure, 360, legend=dict(title_text="split"))


def pixel_histogram_figure(counts: np.ndarray, log_y: bool = True) -> go.Figure:
    figure = go.Figure(go.Bar(x=np.arange(len(counts)), y=counts, marker_color="#83c9ff",
                              hovertemplate="value %{x}: %{y:,} pixels<extra></extra>"))
    figure.update_xaxes(title_text="pixel value (0 = black background, 255 = white)")
    figure.update_yaxes(title_text="pixels", type="log" if log_y else "linear", dtick=1 if log_y else None)
    return _layout(figure, 320, bargap=0)


CLASS_COLORS = qualitative.T10  # ten classes, ten distinct colours


CAM_FLOOR = 0.15                # Grad-CAM below this share of its peak is left transparent


IG_FLOOR = 0.08                 # attributions below this share of the largest are left transparent


def _image_axes(figure: go.Figure, panels: int) -> None:
    """Square pixels, row 0 at the top, no ticks: the axes of an image."""
    for index in range(1, panels + 1):
        suffix = "" if index == 1 else str(index)
        figure.update_layout({f"xaxis{suffix}": dict(visible=False, constrain="domain"),
                              f"yaxis{suffix}": dict(visible=False, autorange="reversed",
                                                     scaleanchor=f"x{suffix}", constrain="domain")})


def _gray(image28) -> go.Heatmap:
    return go.Heatmap(z=np.asarray(image28), colorscale="gray", zmin=0, zmax=255, showscale=False,
                      hoverinfo="skip")


def _sheet_height(sheet: np.ndarray, width: int = 640) -> int:
    """Figure height that shows a tiled sheet with square pixels at about `width` pixels wide."""
    return 60 + int(np.clip(width * sheet.shape[0] / sheet.shape[1], 60, 480))


def tile(maps, columns: int, gap: int = 1) -> np.ndarray:
    """(N, h, w) maps side by side, `columns` per row, NaN (transparent) between them."""
    maps = np.asarray(maps, dtype=float)
    count, height, width = maps.shape
    rows = max(1, math.ceil(count / columns))
    columns = min(columns, max(count, 1))
    sheet = np.full((rows * (height + gap) - gap, columns * (width + gap) - gap), np.nan)
    for index, single in enumerate(maps):
        row, column = divmod(index, columns)
        top, left = row * (height + gap), column * (width + gap)
        sheet[top:top + height, left:left + width] = single
    return sheet


def faded(values: np.ndarray, floor: float) -> np.ndarray:
    """Values whose size is below `floor` x the largest become NaN, so the image shows through."""
    values = np.asarray(values, dtype=float)
    peak = float(np.abs(values).max()) if values.size else 0.0
    return np.where(np.abs(values) >= floor * peak, values, np.nan) if peak > 0 else np.full_like(values, np.nan)


def saliency_figure(image28, cam: np.ndarray | None, attributions: np.ndarray, class_name: str) -> go.Figure:
    """Three panels: the 28x28 the network sees, Grad-CAM over it (where), integrated gradients
    over it (which pixels: red pushes towards `class_name`, blue away from it)."""
    titles = ("what the network sees", f"Grad-CAM: where '{class_name}' is seen",
              f"integrated gradients for '{class_name}'")
    figure = make_subplots(rows=1, cols=3, subplot_titles=titles, horizontal_spacing=0.03)
    for column in (1, 2, 3):
        figure.add_trace(_gray(image28), row=1, col=column)
    if cam is not None:
        figure.add_trace(go.Heatmap(
            z=faded(cam, CAM_FLOOR), colorscale="Turbo", zmin=0, zmax=1, opacity=0.6, showscale=False,
            hovertemplate="row %{y}, column %{x}<br>Grad-CAM %{z:.2f} of its peak<extra></extra>"), row=1, col=2)
    else:
        figure.add_annotation(text="no conv layer:<br>no Grad-CAM", showarrow=False, font=dict(color="white"),
                              x=13.5, y=13.5, xref="x2", yref="y2")
    limit = float(np.abs(attributions).max()) or 1.0
    figure.add_trace(go.Heatmap(
        z=faded(attributions, IG_FLOOR), colorscale="RdBu_r", zmin=-limit, zmax=limit, opacity=0.85,
        showscale=False,
        hovertemplate="row %{y}, column %{x}<br>attribution %{z:+.3f}<extra></extra>"), row=1, col=3)
    _image_axes(figure, 3)
    figure.update_annotations(font_size=13)
    return _layout(figure, 300, margin=dict(l=5, r=5, t=40, b=5))


def embedding_map_figure(emap: EmbeddingMap, live: np.ndarray | None = None,
                         live_label: str = "your input") -> go.Figure:
    """The test images' embeddings in 2-D, one colour (and legend entry) per true class; the live
    input as a star. Each point carries its test-set index as customdata (for click-to-see)."""
    figure = go.Figure()
    for label, name in enumerate(CLASS_NAMES):
        mask = emap.labels == label
        if not mask.any():
            continue
        predicted = [CLASS_NAMES[p] for p in emap.predicted[mask]]
        figure.add_trace(go.Scattergl(
            x=emap.points[mask, 0], y=emap.points[mask, 1], mode="markers", name=name,
            marker=dict(size=6, color=CLASS_COLORS[label], opacity=0.75,
                        symbol=np.where(emap.predicted[mask] == label, "circle", "x")),
            customdata=emap.indices[mask], text=predicted,
            hovertemplate=f"test image #%{{customdata}}<br>truly <b>{name}</b><br>"
                          "predicted %{text}<extra></extra>"))
    if live is not None:
        figure.add_trace(go.Scatter(
            x=[float(live[0])], y=[float(live[1])], mode="markers", name=live_label,
            marker=dict(symbol="star", size=22, color="#ff2b2b", line=dict(width=2, color="black")),
            hovertemplate=f"<b>{live_label}</b><extra></extra>"))
    variance = [float(v) for v in emap.explained]
    figure.update_xaxes(title_text=f"principal component 1 ({variance[0]:.0%} of variance)", zeroline=False)
    figure.update_yaxes(title_text=f"principal component 2 ({variance[1]:.0%} of variance)", zeroline=False)
    return _layout(figure, 560, legend=dict(title_text="true class (x = misclassified)", itemsizing="constant"),
                   hovermode="closest", uirevision="embedding-map")


def filters_figure(filters: np.ndarray, columns: int = 16) -> go.Figure:
    """First-layer kernels side by side: red weights respond to light, blue to dark."""
    filters = np.asarray(filters, dtype=float)
    count, height, width = filters.shape
    limit = float(np.abs(filters).max()) or 1.0
    sheet = tile(filters, columns)
    figure = go.Figure(go.Heatmap(z=sheet, colorscale="RdBu_r", zmin=-limit, zmax=limit, showscale=False,
                                  hovertemplate="weight %{z:+.3f}<extra></extra>"))
    _image_axes(figure, 1)
    figure.update_layout(title=dict(text=f"{count} filters of {height}x{width}", font=dict(size=13)))
    return _layout(figure, _sheet_height(sheet))


def strongest_channels(maps: np.ndarray, count: int) -> np.ndarray:
    """The `count` channels with the largest mean activation, strongest first."""
    return np.argsort(-np.asarray(maps).reshape(len(maps), -1).mean(1), kind="stable")[:count]


def feature_maps_figure(maps: np.ndarray, title: str, count: int = 16, columns: int = 8) -> go.Figure:
    """The `count` most active feature maps of one stage, each scaled to its own maximum."""
    maps = np.asarray(maps, dtype=float)
    chosen = strongest_channels(maps, count)
    shown = maps[chosen]
    peaks = np.abs(shown).reshape(len(shown), -1).max(1)
    shown = shown / np.where(peaks > 0, peaks, 1.0)[:, None, None]
    size = maps.shape[-1]
    gap = max(1, size // 7)
    sheet = tile(shown, columns, gap)
    channel = tile(np.broadcast_to(chosen[:, None, None], shown.shape), columns, gap)
    figure = go.Figure(go.Heatmap(z=sheet, customdata=channel, colorscale="Viridis", zmin=0, zmax=1,
                                  showscale=False,
                                  hovertemplate="channel %{customdata:.0f}<br>%{z:.2f} of its peak<extra></extra>"))
    _image_axes(figure, 1)
    figure.update_layout(title=dict(text=title, font=dict(size=13)))
    return _layout(figure, _sheet_height(sheet))


def reliability_figure(tables: dict[str, tuple[pd.DataFrame, float]]) -> go.Figure:
    """Accuracy against confidence per bin, one line per run ({run: (reliability table, ECE)});
    the diagonal is perfect calibration, points below it are overconfident. A point's area grows
    with its bin's images, so the noisy, nearly empty bins do not look as weighty as full ones."""
    figure = go.Figure(go.Scatter(x=[0, 1], y=[0, 1], mode="lines", name="perfectly calibrated",
                                  line=dict(color="#999", dash="dash"), hoverinfo="skip"))
    largest = max([int(t["count"].max()) for t, _ in tables.values()] + [1])
    for index, (name, (table, ece)) in enumerate(tables.items()):
        filled = table[table["count"] > 0]
        figure.add_trace(go.Scatter(
            x=filled["confidence"], y=filled["accuracy"], mode="lines+markers", name=f"{name} (ECE {ece:.1%})",
            line=dict(color=color(index), width=2),
            marker=dict(size=4 + 14 * np.sqrt(filled["count"].to_numpy() / largest)),
            customdata=np.stack([filled["lower"], filled["upper"], filled["count"]], axis=1),
            hovertemplate=f"<b>{name}</b><br>confidence %{{customdata[0]:.2f}}-%{{customdata[1]:.2f}}: "
                          "%{customdata[2]:,} images<br>mean confidence %{x:.1%}<br>accuracy %{y:.1%}<extra></extra>"))
    low = min([0.5] + [float(t["confidence"].min()) for t, _ in tables.values() if t["count"].sum()])
    figure.update_xaxes(title_text="confidence (probability of the predicted class)", tickformat=".0%",
                        range=[max(0.0, low - 0.05), 1.02])
    figure.update_yaxes(title_text="accuracy", tickformat=".0%", range=[-0.02, 1.02])
    return _layout(figure, 440, legend=dict(title_text="run", orientation="h", y=-0.2), hovermode="closest")


def confidence_histogram_figure(frame: pd.DataFrame) -> go.Figure:
    """How sure the model is when it is right (green) and when it is wrong (red), as shares."""
    figure = go.Figure()
    centres = (frame["lower"] + frame["upper"]) / 2
    width = float((frame["upper"] - frame["lower"]).iloc[0])
    for name, colour in (("right", "#21a366"), ("wrong", "#ff4b4b")):
        total = int(frame[f"{name}_count"].sum())
        figure.add_trace(go.Bar(
            x=centres, y=frame[name], width=width, name=f"{name} ({total:,})", marker_color=colour, opacity=0.65,
            customdata=frame[f"{name}_count"],
            hovertemplate=f"{name}: %{{customdata:,}} images at confidence %{{x:.0%}} (%{{y:.1%}})<extra></extra>"))
    figure.update_layout(barmode="overlay", bargap=0)
    figure.update_xaxes(title_text="confidence", tickformat=".0%", range=[0, 1])
    figure.update_yaxes(title_text="share of right / of wrong predictions", tickformat=".0%")
    return _layout(figure, 360, legend=dict(orientation="h", y=1.12))


# ----------------------------------------------------------------------------------------------
# Architectures (fashion.layers)

def _arc(x0: float, x1: float, base: float, height: float, points: int = 16) -> tuple[list, list]:
    """A half-ellipse from (x0, base) to (x1, base) rising `height`: a connection drawn over blocks."""
    angles = np.linspace(math.pi, 0, points)
    middle, half = (x0 + x1) / 2, (x1 - x0) / 2
    return list(middle + half * np.cos(angles)) + [None], list(base + height * np.sin(angles)) + [None]


def architecture_figure(blocks: pd.DataFrame, title: str = "") -> go.Figure:
    """The network as a row of blocks, input on the left: each bar is as tall as its output's
    height in pixels and coloured by its channels; residual blocks carry an arc over themselves
    (the input added to the output), dense layers an arc from every earlier layer of their dense
    block. Hovering a bar shows the block's row."""
    positions = np.arange(len(blocks))
    sizes = blocks["size"].astype(float).to_numpy()
    channels = blocks["channels"].clip(lower=1).astype(float)
    hover = [f"<b>{row.block}</b> ({row.type})<br>output {row.output}<br>{row.params:,} parameters<br>"
             f"{row.flops / 1e6:,.2f} MFLOPs" + (f"<br>{row.connection} connection" if row.connection else "")
             for row in blocks.itertuples()]
    figure = go.Figure(go.Bar(
        x=positions, y=sizes, hovertext=hover, hoverinfo="text", name="blocks",
        marker=dict(color=np.log2(channels), colorscale="Viridis", line=dict(width=0),
                    colorbar=dict(title="channels", tickvals=list(range(0, 12)),
                                  ticktext=[str(2 ** v) for v in range(0, 12)])),
        text=blocks["output"] if len(blocks) <= 24 else None, textposition="outside", textangle=-90,
        cliponaxis=False))
    top = float(sizes.max()) if len(sizes) else 1.0
    xs, ys = [], []
    for index, row in enumerate(blocks.itertuples()):
        if row.connection == "residual":
            arc = _arc(index - 0.45, index + 0.45, sizes[index], top * 0.12)
        elif row.connection == "dense":
            earlier = [i for i in range(index) if blocks["group"].iat[i] == row.group]
            start = (earlier[0] - 1) if earlier else index - 1   # the dense block's input is read too
            arc = ([], [])
            for source in [start, *earlier]:
                piece = _arc(source, index, max(sizes[source], sizes[index]), top * (0.05 + 0.02 * (index - source)))
                arc = (arc[0] + piece[0], arc[1] + piece[1])
        else:
            continue
        xs += arc[0]
        ys += arc[1]
    if xs:
        figure.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", name="skip connections",
                                    line=dict(color="rgba(220,60,60,0.55)", width=1.5)))
    figure.update_xaxes(tickvals=positions, ticktext=blocks["block"], tickangle=-60, tickfont=dict(size=10))
    figure.update_yaxes(title="output height (pixels)", rangemode="tozero")
    return _layout(figure, height=460, title=title, showlegend=False, bargap=0.15)


def stage_bars_figure(totals: dict[str, pd.DataFrame]) -> go.Figure:
    """Parameters (left) and FLOPs (right) per stage for each architecture, side by side."""
    figure = make_subplots(rows=1, cols=2, subplot_titles=("parameters per stage", "MFLOPs per stage"))
    for index, (arch, table) in enumerate(totals.items()):
        for column, (key, scale) in enumerate((("params", 1.0), ("flops", 1e6)), start=1):
            figure.add_trace(go.Bar(x=table["stage"], y=table[key] / scale, name=arch, legendgroup=arch,
                                    showlegend=column == 1, marker_color=color(index)), row=1, col=column)
    stages = {stage for table in totals.values() for stage in table["stage"]}
    order = sorted(stages - {"head"}, key=lambda stage: -int(stage.split("x")[0])) + ["head"] * ("head" in stages)
    figure.update_xaxes(title="stage (resolution)", categoryorder="array", categoryarray=order)
    return _layout(figure, height=380, barmode="group")


def receptive_field_figure(tables: dict[str, pd.DataFrame]) -> go.Figure:
    """The receptive field (input pixels one output sees) after each conv or pool, by depth; the
    dotted line is the whole 28x28 image."""
    figure = go.Figure()
    for index, (arch, table) in enumerate(tables.items()):
        windowed = table[(table["kernel / stride / padding"] != "") & (table["receptive field"] != float("inf"))]
        figure.add_trace(go.Scatter(
            x=np.arange(1, len(windowed) + 1), y=windowed["receptive field"], mode="lines+markers", name=arch,
            line=dict(color=color(index)), hovertext=windowed["layer"] + " · " + windowed["output"],
            hovertemplate="%{hovertext}<br>%{y:.0f} px<extra>" + arch + "</extra>"))
    figure.add_hline(y=IMAGE_SIZE, line_dash="dot", annotation_text="the whole image (28 px)")
    figure.update_xaxes(title="conv and pooling layers, in order")
    figure.update_yaxes(title="receptive field (pixels)", rangemode="tozero")
    return _layout(figure, height=380)


# ----------------------------------------------------------------------------------------------
# Humans vs models

def quiz_scores_figure(scores: pd.DataFrame, human_reference: float) -> go.Figure:
    """Accuracy of each human (blue) and model (grey) on the same images, best on top, with the
    published human accuracy on Fashion-MNIST as a dotted line."""
    ordered = scores.sort_values("accuracy")
    colors = ["#1f77b4" if kind == "human" else "#9e9e9e" for kind in ordered["kind"]]
    figure = go.Figure(go.Bar(x=ordered["accuracy"], y=ordered["name"], orientation="h", marker_color=colors,
                              hovertemplate="%{y}: %{x:.0%}<extra></extra>"))
    figure.add_vline(x=human_reference, line_dash="dot",
                     annotation_text=f"humans in the Fashion-MNIST paper: {human_reference:.1%}")
    figure.update_xaxes(title="right answers", tickformat=".0%", range=[0, 1.05])
    return _layout(figure, height=max(260, 26 * len(ordered) + 80))
