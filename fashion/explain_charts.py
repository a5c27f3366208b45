"""Plotly figures for the explanations: saliency overlays, the embedding map, filters and feature
maps, reliability diagrams and confidence histograms.

No Streamlit here (like charts.py): every function takes arrays or frames and returns a figure.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative
from plotly.subplots import make_subplots

from .charts import FONT, color
from .config import CLASS_NAMES
from .explain import EmbeddingMap

CLASS_COLORS = qualitative.T10  # ten classes, ten distinct colours
CAM_FLOOR = 0.15                # Grad-CAM below this share of its peak is left transparent
IG_FLOOR = 0.08                 # attributions below this share of the largest are left transparent


def _layout(figure: go.Figure, height: int, **extra) -> go.Figure:
    extra.setdefault("margin", dict(l=10, r=10, t=40, b=10))
    figure.update_layout(height=height, font=FONT, **extra)
    return figure


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


# ----------------------------------------------------------------------------------------------
# Saliency

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


# ----------------------------------------------------------------------------------------------
# Embedding map

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


# ----------------------------------------------------------------------------------------------
# Inside the network

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


# ----------------------------------------------------------------------------------------------
# Calibration

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
