"""A pen drawing as a phone photographs it on paper, for the drawings benchmark's "photographed"
set and the tests of fashion.predict: off-white paper lit unevenly (a lamp or a window on one side,
darker corners), often ruled or squared and held a little askew, grey ink, a soft focus, sensor
noise, a warm tint and JPEG compression.
"""
from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageFilter

PAPER = (185.0, 240.0)          # the sheet's grey level where it is best lit
INK = (20.0, 90.0)              # a pen's or a pencil's stroke
GRADIENT = (0.0, 60.0)          # grey levels lost from one side of the sheet to the other
VIGNETTE = (0.0, 35.0)          # ...and at the corners, against the middle
RULED_P = 0.35                  # lined paper; as many again squared, the rest plain
SQUARED_P = 0.35
LINE_PERIOD = (0.025, 0.05)     # printed lines' spacing, as a fraction of the photo's side
LINE_DEPTH = (15.0, 55.0)       # how much darker than the paper they are printed
LINE_WIDTH = (1.0, 2.5)         # in photo pixels
SKEW_DEG = 3.0                  # the sheet is seldom square to the phone
SCALE = (2, 4)                  # photo pixels per canvas pixel: a phone photographs big
BLUR = (0.4, 1.8)               # px: focus and hand shake
NOISE = (1.5, 5.0)              # sensor noise, grey levels
JPEG_QUALITY = (55, 92)


def photographed(drawing: np.ndarray, rng: np.random.Generator) -> bytes:
    """JPEG bytes of a black-on-white drawing (uint8 HxW, e.g. fashion.drawings.invert(...))
    photographed on a sheet of paper."""
    scale = int(rng.integers(SCALE[0], SCALE[1] + 1))
    height, width = drawing.shape
    size = (width * scale, height * scale)
    whiteness = np.asarray(Image.fromarray(drawing).resize(size, Image.Resampling.BILINEAR), np.float32) / 255.0
    paper = _lit_paper(size, rng) - _printed_lines(size, rng)
    ink = rng.uniform(*INK)
    photo = ink + (paper - ink) * whiteness + rng.normal(0.0, rng.uniform(*NOISE), whiteness.shape)
    tint = np.array([1.0, rng.uniform(0.93, 1.0), rng.uniform(0.80, 0.97)], np.float32)
    rgb = np.clip(photo[:, :, None] * tint, 0, 255).astype(np.uint8)
    image = Image.fromarray(rgb).filter(ImageFilter.GaussianBlur(rng.uniform(*BLUR)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=int(rng.integers(JPEG_QUALITY[0], JPEG_QUALITY[1] + 1)))
    return buffer.getvalue()


def _lit_paper(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    width, height = size
    y, x = np.mgrid[0:height, 0:width] / max(width, height) - 0.5
    angle = rng.uniform(0, 2 * np.pi)
    gradient = rng.uniform(*GRADIENT) * (np.cos(angle) * x + np.sin(angle) * y)
    vignette = rng.uniform(*VIGNETTE) * 2 * (x * x + y * y)
    return rng.uniform(*PAPER) - gradient - vignette


def _printed_lines(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    width, height = size
    kind = rng.choice(["ruled", "squared", "plain"], p=[RULED_P, SQUARED_P, 1 - RULED_P - SQUARED_P])
    if kind == "plain":
        return np.zeros((height, width), np.float32)
    period = rng.uniform(*LINE_PERIOD) * max(width, height)
    line_width = rng.uniform(*LINE_WIDTH)
    skew = np.radians(rng.uniform(-SKEW_DEG, SKEW_DEG))
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    across = y * np.cos(skew) + x * np.sin(skew)     # distance across the ruled lines
    lines = _on_line(across + rng.uniform(0, period), period, line_width)
    if kind == "squared":
        along = x * np.cos(skew) - y * np.sin(skew)
        lines = np.maximum(lines, _on_line(along + rng.uniform(0, period), period, line_width))
    return rng.uniform(*LINE_DEPTH) * lines


def _on_line(position: np.ndarray, period: float, line_width: float) -> np.ndarray:
    """1 on a printed line, 0 between them, antialiased over a pixel."""
    distance = np.abs((position % period) - period / 2)   # from the middle between two lines
    return np.clip(distance - (period / 2 - line_width), 0, 1)
