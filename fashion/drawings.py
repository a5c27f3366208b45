"""Student-like drawings of the ten Fashion-MNIST garments, for the drawings benchmark.

A network that scores 94% on Fashion-MNIST's product photos can still fail on what people draw on
the app's canvas. This module makes such drawings, reproducibly from a seed. Every class has a few
stroke templates, taken from how people draw that garment (polylines in a unit box), and draw()
renders one with a hand's variation (size, position, tilt, aspect, wobble, brush width, contours
left open, details left out) in one of three styles:

- "outline": strokes only: the contour plus the details people add (zips, collars, laces, ...);
- "filled":  the shape painted white, its details left unpainted (black lines across the fill);
- "painted": the silhouette only, a few of them scribbled in with zig-zag strokes.

traced() draws from real 28x28 images instead (their contour, or their silhouette), so a benchmark
can tell what a model gets wrong about drawings from what it gets wrong about these templates.

Images are uint8, white strokes on black like the canvas; invert() makes black-on-white pen
drawings of them, as a photographed or uploaded sketch would be.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Iterable

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage

from . import (careful_hands, catalog_hands, flat_hands, icon_hands, messy_hands, mouse_hands, oneline_hands,
               other_hands, pattern_hands, prompt_hands, quick_hands, shop_hands, stylus_hands, young_hands)
from .config import CLASS_NAMES

STYLES = ("outline", "filled", "painted")
TRACE_STYLES = ("outline", "silhouette")

BRUSH_PX = (6.0, 36.0)       # brush widths drawn from (the canvas's slider goes 4-40)
SPAN = (0.40, 0.95)          # the garment's long side, as a fraction of the canvas
SPAN_PER_BRUSH = 6.0         # ...and at least this many brush widths: with a fat brush people draw big
MAX_TILT_DEG = 12.0          # nobody draws a garment quite upright
ASPECT_JITTER = 0.20         # width:height varies by up to this fraction
KEEP_DETAIL = 0.7            # each detail (zip, pocket, lace, ...) is drawn with this chance
OPEN_CONTOUR = 0.3           # chance that an outline's contour does not quite close
GAP = (0.03, 0.10)           # the gap it leaves, as a fraction of the contour's length
SCRIBBLE = 0.25              # chance that a "painted" drawing is a zig-zag scribble
STEP_PX = 8.0                # polylines are resampled this finely, so that the wobble bends them
                             # (PIL's wide lines fray along runs of shorter segments)
# Generators written apart from this one, each by a hand that saw none of the others: `--drawn`
# training draws from them too, so that it learns garments rather than one hand's habits.
OTHER_HANDS = (other_hands, quick_hands, careful_hands, young_hands, mouse_hands, flat_hands, icon_hands,
               stylus_hands, prompt_hands, pattern_hands, shop_hands, catalog_hands, oneline_hands, messy_hands)
POOL_WORKERS = 2             # processes making a training pool: the CPUs the class presets assume
TRAINING_SEED = 1_000_003   # training_drawings() seeds start here: never a benchmark's seed
TRACE_LEVEL = (20.0, 60.0)   # traced(): where a 28x28 image's garment ends, of 255


@dataclass(frozen=True, eq=False)
class Template:
    """One way people draw a garment, as polylines in a unit box (x right, y down, 0..1) that is
    stretched to `aspect` (width:height) when drawn."""

    aspect: float
    shapes: tuple[np.ndarray, ...]        # closed contours (first point not repeated), painted in
                                          # "filled" and "painted"; shapes[0] is the main contour
    parts: tuple[np.ndarray, ...] = ()    # open strokes that are part of the shape in every style:
                                          # straps and handles, whose holes stay empty
    details: tuple[np.ndarray, ...] = ()  # what people add inside: strokes in "outline", black
                                          # lines over the fill in "filled", absent in "painted";
                                          # a single point is a dot (a button)
    holes: tuple[np.ndarray, ...] = ()    # closed regions people leave unpainted in "filled" and
                                          # "painted" (between trouser legs), however fat the brush


# ---------------------------------------------------------------- building blocks for templates

def _p(*points: tuple[float, float]) -> np.ndarray:
    return np.array(points, dtype=float)


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float, n: int = 10) -> np.ndarray:
    """Points on an ellipse from angle `start` to `end` in degrees; y is down, so 90 is the bottom
    and 270 the top."""
    angle = np.radians(np.linspace(start, end, n))
    return np.column_stack([cx + rx * np.cos(angle), cy + ry * np.sin(angle)])


def _chain(*pieces: np.ndarray) -> np.ndarray:
    return np.vstack(pieces)


def _ring(points: np.ndarray) -> np.ndarray:
    """A closed polyline (a contour, a pocket, a button ring) as one that ends where it starts."""
    return np.vstack([points, points[:1]])


def _mirror(points: np.ndarray) -> np.ndarray:
    return np.column_stack([1.0 - points[:, 0], points[:, 1]])


def _symmetric(half: np.ndarray) -> np.ndarray:
    """The closed contour of a garment that is symmetric about x = 0.5, from its right half: a
    polyline from the top centre clockwise down to the bottom centre."""
    return np.vstack([half, _mirror(half)[-2:0:-1]])


def _both(*lines: np.ndarray) -> tuple[np.ndarray, ...]:
    """Details that come in pairs (cuffs, pockets, lapels): the lines and their mirror images."""
    return lines + tuple(_mirror(line) for line in lines)


def _dots(*points: tuple[float, float]) -> tuple[np.ndarray, ...]:
    return tuple(_p(point) for point in points)


# ---------------------------------------------------------------- the templates, class by class

def _tshirts() -> tuple[Template, ...]:
    crew = _symmetric(_chain(_arc(0.5, 0.0, 0.13, 0.10, 90, 0), _p(
        (0.80, 0.05), (1.0, 0.30), (0.88, 0.40), (0.78, 0.30), (0.79, 1.0), (0.5, 1.0))))
    v_neck = _symmetric(_p((0.5, 0.24), (0.61, 0.0), (0.76, 0.04), (0.98, 0.14), (0.98, 0.36),
                           (0.76, 0.34), (0.74, 1.0), (0.5, 1.0)))
    boxy = _symmetric(_chain(_arc(0.5, 0.02, 0.12, 0.09, 90, 0), _p(
        (0.84, 0.08), (1.0, 0.38), (0.86, 0.45), (0.80, 0.38), (0.80, 1.0), (0.5, 1.0))))
    tank = _symmetric(_chain(_arc(0.5, 0.0, 0.17, 0.22, 90, 0), _p((0.78, 0.0)),
                             _arc(1.0, 0.0, 0.22, 0.32, 180, 90, 8), _p((0.98, 1.0), (0.5, 1.0))))
    hem = _p((0.22, 0.93), (0.78, 0.93))
    return (
        Template(1.05, (crew,), details=(
            _arc(0.5, 0.0, 0.15, 0.16, 0, 180),           # the crew neck's rib
            hem, *_both(_p((0.968, 0.262), (0.848, 0.362))))),  # sleeve hems
        Template(1.15, (v_neck,), details=(
            _p((0.37, 0.02), (0.5, 0.31), (0.63, 0.02)),  # the V's rib
            _ring(_p((0.30, 0.36), (0.40, 0.36), (0.40, 0.47), (0.30, 0.47))),  # chest pocket
            *_both(_p((0.92, 0.12), (0.92, 0.355))))),
        Template(1.0, (boxy,), details=(
            _arc(0.5, 0.02, 0.14, 0.15, 0, 180), hem,
            _arc(0.5, 0.45, 0.08, 0.07, 0, 360, 14))),    # a print on the chest
        # An oversized raglan tee: dropped shoulders, wide sleeves to the elbow, seams to the neck.
        Template(1.10, (_symmetric(_chain(_arc(0.5, 0.0, 0.11, 0.08, 90, 0), _p(
            (0.74, 0.03), (1.0, 0.44), (0.85, 0.54), (0.80, 0.42), (0.82, 1.0), (0.5, 1.0)))),), details=(
            _arc(0.5, 0.0, 0.13, 0.12, 0, 180), _p((0.20, 0.94), (0.80, 0.94)),
            *_both(_p((0.60, 0.05), (0.81, 0.43)), _p((0.985, 0.41), (0.855, 0.51))))),
        # A polo: a flat collar, a buttoned placket, ribbed sleeve bands.
        Template(1.05, (_symmetric(_p((0.5, 0.06), (0.60, 0.0), (0.80, 0.05), (1.0, 0.30), (0.89, 0.39),
                                      (0.79, 0.28), (0.78, 1.0), (0.5, 1.0))),), details=(
            *_both(_ring(_p((0.60, 0.0), (0.66, 0.13), (0.52, 0.09)))),
            _ring(_p((0.46, 0.09), (0.54, 0.09), (0.54, 0.32), (0.46, 0.32))), *_dots((0.5, 0.17), (0.5, 0.25)),
            *_both(_p((0.975, 0.27), (0.87, 0.365))))),
        # A sleeveless muscle tee: a crew neck, the armholes cut in from narrow shoulders.
        Template(0.82, (_symmetric(_chain(_arc(0.5, 0.0, 0.12, 0.08, 90, 0), _p(
            (0.78, 0.03), (0.79, 0.17), (0.84, 0.29), (0.93, 0.37), (0.94, 1.0), (0.5, 1.0)))),), details=(
            _arc(0.5, 0.0, 0.14, 0.11, 0, 180), hem)),
        # A camisole: a straight neckline on two thin straps, the body cut short.
        Template(0.80, (_symmetric(_p((0.5, 0.30), (0.64, 0.24), (0.76, 0.22), (0.84, 0.36), (0.88, 1.0),
                                      (0.5, 1.0))),),
                 parts=_both(_p((0.72, 0.23), (0.70, 0.0))), details=(_p((0.15, 0.93), (0.85, 0.93)),)),
        # A child's T: a flat top, short sleeves as boxes straight out, the body a rectangle.
        Template(1.20, (_symmetric(_p((0.5, 0.0), (1.0, 0.0), (1.0, 0.30), (0.76, 0.30), (0.76, 1.0),
                                      (0.5, 1.0))),), details=(_arc(0.5, 0.0, 0.12, 0.10, 0, 180),)),
        Template(0.78, (tank,), details=(_arc(0.5, 0.0, 0.21, 0.27, 0, 180), hem)),
    )


def _trousers() -> tuple[Template, ...]:
    straight = _p((0.04, 0.0), (0.96, 0.0), (1.0, 1.0), (0.66, 1.0), (0.5, 0.32), (0.34, 1.0), (0.0, 1.0))
    flared = _p((0.12, 0.0), (0.88, 0.0), (0.90, 0.32), (1.0, 1.0), (0.67, 1.0), (0.5, 0.38),
                (0.33, 1.0), (0.0, 1.0), (0.10, 0.32))
    slim = _p((0.0, 0.0), (1.0, 0.0), (0.98, 0.35), (0.88, 1.0), (0.64, 1.0), (0.5, 0.30),
              (0.36, 1.0), (0.12, 1.0), (0.02, 0.35))
    # Legs drawn side by side with only a slit between them, under a waistband: the slit is drawn
    # as a line, which a fat brush or a painted fill closes.
    slit = _p((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.54, 1.0), (0.52, 0.24), (0.48, 0.24), (0.46, 1.0),
              (0.0, 1.0))
    fly = _p((0.55, 0.07), (0.55, 0.20), (0.5, 0.25))

    def between_legs(crotch: float, left: float, right: float) -> np.ndarray:
        # The wedge from the crotch down, carried on below the hem so that the brush's stroke
        # along the hem does not bridge the legs.
        return _p((0.5, crotch), (right + (right - 0.5) * 0.2 / (1 - crotch), 1.2),
                  (left - (0.5 - left) * 0.2 / (1 - crotch), 1.2))
    return (
        Template(0.45, (straight,), holes=(between_legs(0.32, 0.34, 0.66),), details=(
            _p((0.04, 0.07), (0.96, 0.07)), fly,
            *_both(_p((0.16, 0.07), (0.06, 0.18)), _p((0.25, 0.12), (0.23, 0.95))))),  # pockets, creases
        Template(0.50, (flared,), holes=(between_legs(0.38, 0.33, 0.67),), details=(
            _p((0.12, 0.07), (0.88, 0.07)), *_both(_p((0.01, 0.93), (0.42, 0.93))))),  # turn-ups
        Template(0.42, (slim,), holes=(between_legs(0.30, 0.36, 0.64),), details=(
            _p((0.0, 0.07), (1.0, 0.07)), fly,
            *_both(_p((0.02, 0.18), (0.12, 0.15), (0.22, 0.07)), _p((0.2, 0.0), (0.2, 0.07))))),
        # Wide-leg palazzo trousers: a high waistband, pleats, legs as wide as the hips at the hem.
        Template(0.58, (_p((0.16, 0.0), (0.84, 0.0), (0.86, 0.12), (1.0, 1.0), (0.56, 1.0), (0.5, 0.42),
                           (0.44, 1.0), (0.0, 1.0), (0.14, 0.12)),),
                 holes=(between_legs(0.42, 0.44, 0.56),), details=(
            _p((0.15, 0.10), (0.85, 0.10)), *_both(_p((0.34, 0.10), (0.32, 0.32)), _p((0.24, 0.30), (0.20, 0.95))))),
        # Jeans: five pockets, belt loops, a stitched fly, rolled-up hems.
        Template(0.44, (_p((0.02, 0.0), (0.98, 0.0), (1.0, 0.30), (0.95, 1.0), (0.61, 1.0), (0.5, 0.30),
                           (0.39, 1.0), (0.05, 1.0), (0.0, 0.30)),),
                 holes=(between_legs(0.30, 0.39, 0.61),), details=(
            _p((0.01, 0.06), (0.99, 0.06)), _p((0.56, 0.06), (0.56, 0.20), (0.5, 0.26)),
            _ring(_p((0.72, 0.09), (0.82, 0.09), (0.82, 0.14), (0.72, 0.14))),           # coin pocket
            *_both(_p((0.16, 0.0), (0.16, 0.06)), _p((0.32, 0.06), (0.22, 0.16), (0.01, 0.20)),
                   _p((0.05, 0.90), (0.41, 0.90))))),
        # Palazzo trousers tied at a gathered waist, both legs flaring out in curves to a wide hem.
        Template(0.72, (_p((0.30, 0.0), (0.70, 0.0), (0.71, 0.10), (0.80, 0.36), (0.92, 0.68), (1.0, 1.0),
                           (0.60, 1.0), (0.54, 0.70), (0.5, 0.46), (0.46, 0.70), (0.40, 1.0), (0.0, 1.0),
                           (0.08, 0.68), (0.20, 0.36), (0.29, 0.10)),),
                 holes=(_p((0.5, 0.46), (0.54, 0.70), (0.61, 1.2), (0.39, 1.2), (0.46, 0.70)),), details=(
            _p((0.29, 0.10), (0.71, 0.10)), *_both(_p((0.46, 0.10), (0.40, 0.20)), _p((0.54, 0.10), (0.52, 0.21)),
                                                   _p((0.34, 0.10), (0.30, 0.24)), _p((0.30, 0.34), (0.22, 0.94))))),
        # Skinny jeans: hips as wide as the waist, both legs tapering to narrow ankles; pockets and fly.
        Template(0.36, (_p((0.0, 0.0), (1.0, 0.0), (1.0, 0.30), (0.92, 0.66), (0.85, 1.0), (0.61, 1.0),
                           (0.58, 0.62), (0.5, 0.26), (0.42, 0.62), (0.39, 1.0), (0.15, 1.0), (0.08, 0.66),
                           (0.0, 0.30)),),
                 holes=(between_legs(0.26, 0.40, 0.60),), details=(
            _p((0.0, 0.06), (1.0, 0.06)), _p((0.56, 0.06), (0.56, 0.19), (0.5, 0.25)),
            *_both(_p((0.34, 0.06), (0.26, 0.17), (0.0, 0.19)), _p((0.12, 0.0), (0.12, 0.06))))),
        Template(0.40, (slit,), details=(_p((0.0, 0.08), (1.0, 0.08)), _p((0.5, 0.08), (0.5, 0.24)),
                                          _p((0.5, 0.24), (0.5, 1.0)))),
    )


def _pullovers() -> tuple[Template, ...]:
    # Sleeves hang beside the body, a thin wedge of background between them.
    hanging = _symmetric(_chain(_arc(0.5, 0.0, 0.12, 0.08, 90, 0), _p(
        (0.80, 0.04), (0.92, 0.20), (1.0, 0.90), (0.87, 0.93), (0.78, 0.30), (0.77, 1.0), (0.5, 1.0))))
    spread = _symmetric(_chain(_arc(0.5, 0.0, 0.10, 0.07, 90, 0), _p(
        (0.72, 0.04), (1.0, 0.78), (0.90, 0.84), (0.72, 0.32), (0.72, 1.0), (0.5, 1.0))))
    boxy = _symmetric(_chain(_arc(0.5, 0.0, 0.12, 0.08, 90, 0), _p(
        (0.78, 0.03), (0.96, 0.16), (1.0, 0.94), (0.84, 0.96), (0.80, 1.0), (0.5, 1.0))))
    turtleneck = _symmetric(_p((0.5, 0.0), (0.60, 0.0), (0.60, 0.09), (0.78, 0.11), (0.94, 0.22),
                               (1.0, 0.95), (0.87, 0.97), (0.79, 0.34), (0.78, 1.0), (0.5, 1.0)))
    hem = _p((0.23, 0.93), (0.77, 0.93))
    neck = _arc(0.5, 0.0, 0.14, 0.13, 0, 180)
    return (
        Template(1.0, (hanging,), details=(hem, neck, *_both(_p((0.99, 0.85), (0.865, 0.88))))),
        Template(1.3, (spread,), details=(hem, _arc(0.5, 0.0, 0.12, 0.11, 0, 180),
                                          *_both(_p((0.97, 0.74), (0.875, 0.795))))),
        Template(1.05, (boxy,), details=(
            hem, neck, _p((0.21, 0.45), (0.79, 0.45)),                  # a knitted stripe
            *_both(_p((0.79, 0.22), (0.81, 0.97)), _p((0.995, 0.88), (0.83, 0.90))))),
        # A hoodie: the hood behind the neck, drawstrings, a kangaroo pocket, banded hem and cuffs.
        Template(1.0, (_symmetric(_chain(_arc(0.5, 0.18, 0.20, 0.18, 270, 360, 8), _p(
            (0.80, 0.22), (0.94, 0.32), (1.0, 0.95), (0.87, 0.97), (0.79, 0.44), (0.78, 1.0), (0.5, 1.0)))),),
                 details=(
            _arc(0.5, 0.16, 0.12, 0.14, 0, 180), _p((0.46, 0.29), (0.45, 0.44)), _p((0.54, 0.29), (0.55, 0.44)),
            _p((0.28, 0.88), (0.34, 0.62), (0.66, 0.62), (0.72, 0.88)), _p((0.23, 0.92), (0.77, 0.92)),
            *_both(_p((0.995, 0.89), (0.865, 0.91))))),
        # A V-neck sweater with an argyle diamond, its hem band and cuffs drawn in.
        Template(1.05, (_symmetric(_p((0.5, 0.24), (0.62, 0.0), (0.80, 0.05), (0.96, 0.20), (1.0, 0.86),
                                      (0.98, 0.97), (0.88, 0.97), (0.86, 0.86), (0.79, 0.32), (0.80, 0.88),
                                      (0.77, 1.0), (0.5, 1.0))),), details=(
            _p((0.36, 0.02), (0.5, 0.32), (0.64, 0.02)), _p((0.215, 0.88), (0.785, 0.88)),
            _ring(_p((0.5, 0.42), (0.62, 0.60), (0.5, 0.78), (0.38, 0.60))),
            *_both(_p((0.995, 0.86), (0.86, 0.86))))),
        # A sweater laid out in a T, the arms held straight out to the sides: ribbed cuffs and hem.
        Template(1.75, (_symmetric(_chain(_arc(0.5, 0.0, 0.07, 0.06, 90, 0), _p(
            (0.70, 0.04), (1.0, 0.09), (1.0, 0.29), (0.70, 0.33), (0.69, 1.0), (0.5, 1.0)))),), details=(
            _arc(0.5, 0.0, 0.09, 0.10, 0, 180), _p((0.31, 0.91), (0.69, 0.91)),
            *(_p((x, 0.91), (x, 0.99)) for x in (0.37, 0.44, 0.5, 0.56, 0.63)),
            *_both(_p((0.955, 0.085), (0.955, 0.295)), _p((0.978, 0.09), (0.978, 0.29))))),
        # A striped sweater, arms down: stripes across the body and across both sleeves.
        Template(1.0, (_symmetric(_chain(_arc(0.5, 0.0, 0.11, 0.07, 90, 0), _p(
            (0.78, 0.03), (0.94, 0.15), (1.0, 0.92), (0.88, 0.94), (0.80, 0.36), (0.80, 1.0), (0.5, 1.0)))),),
                 details=(
            _arc(0.5, 0.0, 0.13, 0.11, 0, 180), _p((0.21, 0.93), (0.79, 0.93)),
            *(_p((0.21, y), (0.79, y)) for y in (0.46, 0.62, 0.78)),
            *_both(_p((0.82, 0.46), (0.96, 0.46)), _p((0.84, 0.62), (0.97, 0.62)), _p((0.86, 0.78), (0.985, 0.78)),
                   _p((0.995, 0.87), (0.875, 0.89))))),
        Template(1.0, (turtleneck,), details=(
            _p((0.40, 0.045), (0.60, 0.045)), hem, *_both(_p((0.995, 0.90), (0.865, 0.92))))),
    )


def _dresses() -> tuple[Template, ...]:
    strappy = _symmetric(_p((0.5, 0.16), (0.60, 0.10), (0.62, 0.0), (0.67, 0.0), (0.70, 0.16),
                            (0.65, 0.40), (1.0, 0.97), (0.75, 1.0), (0.5, 1.0)))
    sleeved = _symmetric(_chain(_arc(0.5, 0.0, 0.10, 0.08, 90, 0), _p(
        (0.72, 0.03), (0.88, 0.16), (0.80, 0.24), (0.72, 0.19), (0.68, 0.42), (1.0, 1.0), (0.5, 1.0))))
    shift = _symmetric(_chain(_arc(0.5, 0.0, 0.12, 0.10, 90, 0), _p(
        (0.74, 0.0), (0.80, 0.18), (0.77, 0.42), (0.88, 1.0), (0.5, 1.0))))
    swing = _symmetric(_p((0.5, 0.14), (0.57, 0.07), (0.60, 0.0), (0.64, 0.0), (0.66, 0.14),
                          (0.62, 0.36), (0.80, 0.60), (1.0, 0.94), (0.75, 1.0), (0.62, 0.96), (0.5, 1.0)))
    return (
        Template(0.60, (strappy,), details=(_p((0.35, 0.40), (0.65, 0.40)),
                                            *_both(_p((0.43, 0.46), (0.30, 0.94))))),  # folds
        Template(0.70, (sleeved,), details=(_p((0.32, 0.42), (0.68, 0.42)),
                                            *_both(_p((0.85, 0.135), (0.77, 0.205))))),
        Template(0.45, (shift,), details=(_p((0.23, 0.42), (0.77, 0.42)), _p((0.5, 0.45)))),
        # A long maxi dress: thin straps, an empire waist, a skirt to the floor with a slit.
        Template(0.38, (_symmetric(_p((0.5, 0.12), (0.58, 0.06), (0.62, 0.0), (0.67, 0.0), (0.70, 0.12),
                                      (0.64, 0.26), (0.74, 0.60), (0.90, 1.0), (0.5, 1.0))),), details=(
            _p((0.36, 0.26), (0.64, 0.26)), _p((0.70, 0.99), (0.66, 0.72)), *_both(_p((0.44, 0.30), (0.36, 0.96))))),
        # A straight dress with three-quarter sleeves, a boat neck and a belt.
        Template(0.62, (_symmetric(_chain(_arc(0.5, 0.0, 0.13, 0.05, 90, 0), _p(
            (0.76, 0.02), (0.97, 0.46), (0.86, 0.51), (0.74, 0.18), (0.72, 0.42), (0.80, 1.0), (0.5, 1.0)))),),
                 details=(
            _p((0.28, 0.40), (0.72, 0.40)), _p((0.28, 0.46), (0.72, 0.46)),
            _ring(_p((0.46, 0.39), (0.54, 0.39), (0.54, 0.47), (0.46, 0.47))),
            *_both(_p((0.95, 0.41), (0.85, 0.46))))),
        # A child's triangle dress: a little rectangle of a bodice on thin straps over a wide triangle.
        Template(0.75, (_symmetric(_p((0.5, 0.14), (0.61, 0.14), (0.61, 0.40), (1.0, 1.0), (0.5, 1.0))),),
                 parts=_both(_p((0.58, 0.14), (0.57, 0.0))), details=(_p((0.39, 0.40), (0.61, 0.40)),)),
        Template(0.85, (swing,), details=(_p((0.38, 0.36), (0.62, 0.36)), _p((0.5, 0.42), (0.5, 0.96)),
                                          *_both(_p((0.45, 0.40), (0.36, 0.95))))),
    )


def _coats() -> tuple[Template, ...]:
    def body(waist: float, hem: float, cuff: float) -> np.ndarray:
        return _symmetric(_chain(_arc(0.5, 0.0, 0.10, 0.05, 90, 0), _p(
            (0.80, 0.04), (0.94, 0.20), (1.0, cuff), (0.87, cuff + 0.02), (0.78, 0.28), (waist, 0.5),
            (hem, 1.0), (0.5, 1.0))))
    lapels = (_p((0.38, 0.0), (0.5, 0.34), (0.62, 0.0)), *_both(_p((0.62, 0.0), (0.70, 0.13), (0.5, 0.34))))
    pockets = _both(_p((0.58, 0.70), (0.72, 0.70)))
    cuffs = _both(_p((0.995, 0.80), (0.86, 0.82)))
    return (
        Template(0.75, (body(0.78, 0.79, 0.86),), details=(
            *lapels, _p((0.5, 0.34), (0.5, 1.0)), *_dots((0.45, 0.45), (0.45, 0.60), (0.45, 0.75)),
            *pockets, *cuffs)),
        # A zipped jacket-length parka: stand collar, zip, slanted pockets, hem band.
        Template(0.85, (body(0.79, 0.80, 0.86),), details=(
            _p((0.5, 0.05), (0.5, 1.0)), _ring(_p((0.47, 0.08), (0.53, 0.08), (0.53, 0.16), (0.47, 0.16))),
            *_both(_p((0.60, 0.60), (0.66, 0.78)), _p((0.40, 0.0), (0.40, 0.07))),
            _p((0.21, 0.93), (0.79, 0.93)), *cuffs)),
        # A double-breasted trench: belt, two rows of buttons, the hem flaring.
        Template(0.68, (body(0.76, 0.86, 0.80),), details=(
            _p((0.40, 0.0), (0.56, 0.28), (0.60, 0.0)), _p((0.56, 0.28), (0.56, 1.0)),
            _p((0.23, 0.48), (0.77, 0.48)), _p((0.23, 0.53), (0.77, 0.53)),
            *_dots((0.42, 0.36), (0.64, 0.36), (0.42, 0.62), (0.64, 0.62)), *cuffs)),
        # A belted wrap coat: nipped waist, a skirt flaring below the knee, a tied belt's ends hanging.
        Template(0.62, (_symmetric(_chain(_arc(0.5, 0.0, 0.10, 0.05, 90, 0), _p(
            (0.80, 0.04), (0.94, 0.20), (1.0, 0.82), (0.87, 0.84), (0.79, 0.30), (0.74, 0.46), (0.92, 1.0),
            (0.5, 1.0)))),), details=(
            _p((0.36, 0.0), (0.44, 0.22), (0.60, 0.46), (0.66, 1.0)), _p((0.64, 0.0), (0.56, 0.22), (0.44, 0.22)),
            _p((0.26, 0.44), (0.74, 0.44)), _p((0.26, 0.49), (0.74, 0.49)),
            _p((0.62, 0.49), (0.58, 0.66)), _p((0.64, 0.49), (0.70, 0.64)), *cuffs)),
        # A parka with its hood up behind the head, a zip, flap pockets and a drawstring waist.
        Template(0.72, (_symmetric(_chain(_arc(0.5, 0.16, 0.20, 0.16, 270, 360, 8), _p(
            (0.82, 0.20), (0.94, 0.30), (1.0, 0.90), (0.87, 0.92), (0.79, 0.40), (0.80, 1.0), (0.5, 1.0)))),),
                 details=(
            _arc(0.5, 0.15, 0.12, 0.13, 0, 180), _p((0.5, 0.28), (0.5, 1.0)), _p((0.21, 0.56), (0.79, 0.56)),
            *_both(_ring(_p((0.58, 0.66), (0.74, 0.66), (0.74, 0.84), (0.58, 0.84))), _p((0.58, 0.71), (0.74, 0.71)),
                   _p((0.995, 0.85), (0.865, 0.87))))),
        # A hip-length double-breasted peacoat: a wide notched collar, two rows of buttons, slash pockets.
        Template(0.85, (_symmetric(_p((0.5, 0.05), (0.62, 0.0), (0.80, 0.05), (0.96, 0.18), (1.0, 0.90),
                                      (0.87, 0.92), (0.80, 0.32), (0.81, 1.0), (0.5, 1.0))),), details=(
            *_both(_p((0.62, 0.0), (0.72, 0.15), (0.65, 0.17), (0.72, 0.25), (0.57, 0.44))),
            _p((0.57, 0.44), (0.57, 1.0)),
            *_dots((0.40, 0.52), (0.64, 0.52), (0.40, 0.66), (0.64, 0.66), (0.40, 0.80), (0.64, 0.80)),
            *_both(_p((0.70, 0.70), (0.75, 0.84)), _p((0.995, 0.84), (0.865, 0.86))))),
        # A hip-length puffer jacket: a stand collar, a zip, quilted bands puffing out its edges.
        Template(0.90, (_symmetric(_chain(_p((0.5, 0.0), (0.62, 0.0), (0.62, 0.08), (0.80, 0.11), (0.95, 0.22)),
                                          *(_arc(0.945 + 0.01 * i, 0.30 + 0.16 * i, 0.025, 0.08, 270, 450, 5)
                                            for i in range(4)),
                                          _p((0.995, 0.93), (0.87, 0.95), (0.80, 0.36), (0.80, 1.0), (0.5, 1.0)))),),
                 details=(
            _p((0.38, 0.08), (0.62, 0.08)), _p((0.5, 0.0), (0.5, 1.0)), _p((0.47, 0.04), (0.47, 0.14)),
            *(_p((0.21, y), (0.79, y)) for y in (0.36, 0.52, 0.68, 0.84)),
            *_both(*(_p((0.82 + 0.02 * i, 0.38 + 0.16 * i), (0.97 + 0.005 * i, 0.38 + 0.16 * i)) for i in range(4))))),
        # A long coat drawn with its arms angled out from the body, as a jacket is often drawn.
        Template(0.95, (_symmetric(_chain(_arc(0.5, 0.0, 0.09, 0.05, 90, 0), _p(
            (0.72, 0.03), (0.84, 0.14), (1.0, 0.62), (0.91, 0.68), (0.73, 0.32), (0.74, 1.0), (0.5, 1.0)))),),
                 details=(
            *lapels, _p((0.5, 0.34), (0.5, 1.0)), *_dots((0.45, 0.45), (0.45, 0.60), (0.45, 0.75)),
            *_both(_p((0.58, 0.72), (0.70, 0.72)), _p((0.985, 0.605), (0.91, 0.655))))),
        # A short zipped jacket, arms angled out: a stand collar, ribbed cuffs and waistband.
        Template(1.10, (_symmetric(_p((0.5, 0.02), (0.60, 0.0), (0.74, 0.05), (0.86, 0.18), (1.0, 0.80),
                                      (0.90, 0.86), (0.75, 0.36), (0.76, 1.0), (0.5, 1.0))),), details=(
            _p((0.40, 0.0), (0.40, 0.08), (0.60, 0.08), (0.60, 0.0)), _p((0.5, 0.08), (0.5, 1.0)),
            _p((0.24, 0.90), (0.76, 0.90)), *_both(_p((0.985, 0.76), (0.895, 0.82)), _p((0.60, 0.55), (0.66, 0.72))))),
        # A long coat with its arms held straight out: lapels, a belt, buttons.
        Template(1.35, (_symmetric(_chain(_arc(0.5, 0.0, 0.06, 0.04, 90, 0), _p(
            (0.64, 0.02), (1.0, 0.07), (1.0, 0.24), (0.67, 0.26), (0.68, 1.0), (0.5, 1.0)))),), details=(
            _p((0.44, 0.0), (0.5, 0.30), (0.56, 0.0)), _p((0.5, 0.30), (0.5, 1.0)),
            _p((0.33, 0.52), (0.67, 0.52)), *_dots((0.46, 0.40), (0.46, 0.64), (0.46, 0.78)),
            *_both(_p((0.96, 0.075), (0.96, 0.235))))),
        # A long coat with buttons drawn as little circles.
        Template(0.60, (body(0.78, 0.80, 0.82),), details=(
            *lapels, _p((0.5, 0.34), (0.5, 1.0)),
            *(_arc(0.45, y, 0.025, 0.015, 0, 360, 8) for y in (0.44, 0.56, 0.68, 0.80)), *pockets)),
    )


def _shirts() -> tuple[Template, ...]:
    long_sleeved = _symmetric(_p((0.5, 0.06), (0.62, 0.0), (0.79, 0.04), (0.93, 0.20), (1.0, 0.90),
                                 (0.88, 0.92), (0.78, 0.28), (0.78, 1.0), (0.5, 1.0)))
    short_sleeved = _symmetric(_p((0.5, 0.06), (0.62, 0.0), (0.80, 0.05), (1.0, 0.30), (0.88, 0.40),
                                  (0.78, 0.30), (0.78, 1.0), (0.5, 1.0)))
    # Sleeves held out a little and a curved shirt-tail hem.
    tail = _symmetric(_p((0.5, 0.06), (0.61, 0.0), (0.72, 0.04), (1.0, 0.80), (0.90, 0.86), (0.72, 0.30),
                         (0.73, 0.90), (0.62, 0.97), (0.5, 1.0)))
    collar = _both(_ring(_p((0.64, 0.0), (0.60, 0.17), (0.5, 0.07))))   # two triangles at the neck
    buttons = (_p((0.5, 0.10), (0.5, 1.0)), *_dots((0.54, 0.28), (0.54, 0.45), (0.54, 0.62), (0.54, 0.79)))
    pocket = _p((0.28, 0.30), (0.28, 0.42), (0.40, 0.42), (0.40, 0.30), (0.28, 0.30))
    return (
        Template(0.95, (long_sleeved,), details=(*collar, *buttons, pocket,
                                                 *_both(_p((0.99, 0.84), (0.87, 0.86))))),
        Template(1.10, (short_sleeved,), details=(*collar, *buttons, *_both(pocket))),
        # A long-sleeved shirt with the sleeves rolled up to the elbow: a collar band, a yoke seam.
        Template(1.05, (_symmetric(_p((0.5, 0.06), (0.62, 0.0), (0.80, 0.05), (0.96, 0.34), (1.0, 0.58),
                                      (0.87, 0.63), (0.84, 0.50), (0.79, 0.32), (0.79, 1.0), (0.5, 1.0))),),
                 details=(
            *collar, *buttons, *_both(_p((0.965, 0.36), (0.83, 0.43)), _p((0.985, 0.50), (0.855, 0.55)),
                                      _p((0.64, 0.10), (0.79, 0.14))))),
        # A flannel work shirt: hanging sleeves with buttoned cuffs, two flap pockets, a placket.
        Template(0.92, (_symmetric(_p((0.5, 0.06), (0.62, 0.0), (0.80, 0.04), (0.92, 0.14), (1.0, 0.86),
                                      (0.99, 0.97), (0.87, 0.97), (0.80, 0.30), (0.80, 1.0), (0.5, 1.0))),),
                 details=(
            *collar, _p((0.46, 0.10), (0.46, 1.0)), _p((0.54, 0.10), (0.54, 1.0)),
            *_dots((0.5, 0.28), (0.5, 0.45), (0.5, 0.62), (0.5, 0.79)),
            *_both(_ring(_p((0.60, 0.28), (0.74, 0.28), (0.74, 0.46), (0.60, 0.46))), _p((0.60, 0.33), (0.74, 0.33)),
                   _p((0.995, 0.87), (0.87, 0.88))), *_dots((0.67, 0.36), (0.33, 0.36)))),
        # A shirt held up by its shoulders, the arms spread out: a straight hem, a pocket, cuffs.
        Template(1.25, (_symmetric(_p((0.5, 0.06), (0.61, 0.0), (0.76, 0.04), (1.0, 0.64), (0.90, 0.71),
                                      (0.75, 0.34), (0.76, 1.0), (0.5, 1.0))),), details=(
            *collar, *buttons, pocket, *_both(_p((0.975, 0.58), (0.875, 0.655))))),
        # A shirt laid out in a T, the arms straight out to the sides: collar, placket, buttoned cuffs.
        Template(1.75, (_symmetric(_p((0.5, 0.05), (0.57, 0.0), (0.70, 0.03), (1.0, 0.08), (1.0, 0.28),
                                      (0.70, 0.32), (0.70, 1.0), (0.5, 1.0))),), details=(
            *_both(_ring(_p((0.57, 0.0), (0.555, 0.15), (0.5, 0.06)))), _p((0.5, 0.09), (0.5, 1.0)),
            *_dots((0.52, 0.30), (0.52, 0.48), (0.52, 0.66), (0.52, 0.84)),
            *_both(_p((0.95, 0.075), (0.95, 0.275))), *_dots((0.975, 0.18), (0.025, 0.18)))),
        # A short-sleeved shirt drawn small and boxy: square sleeves, a collar, buttons, one chest pocket.
        Template(1.10, (_symmetric(_p((0.5, 0.07), (0.60, 0.0), (0.77, 0.02), (1.0, 0.10), (1.0, 0.38),
                                      (0.80, 0.38), (0.80, 1.0), (0.5, 1.0))),), details=(
            *collar, _p((0.5, 0.10), (0.5, 1.0)), *_dots((0.53, 0.30), (0.53, 0.50), (0.53, 0.70), (0.53, 0.88)),
            _ring(_p((0.27, 0.30), (0.40, 0.30), (0.40, 0.46), (0.27, 0.46))), _p((0.27, 0.35), (0.40, 0.35)),
            *_both(_p((0.95, 0.10), (0.95, 0.38))))),
        Template(1.20, (tail,), details=(*collar, *buttons, *_both(_p((0.97, 0.74), (0.875, 0.795))))),
    )


def _sneakers() -> tuple[Template, ...]:
    # Side view, toe on the left: flat sole, the upper rising to the ankle collar near the heel.
    low = _p((0.03, 0.92), (0.10, 1.0), (0.95, 1.0), (1.0, 0.90), (0.99, 0.45), (0.94, 0.16), (0.80, 0.24),
             (0.70, 0.28), (0.66, 0.06), (0.60, 0.10), (0.32, 0.44), (0.12, 0.54), (0.02, 0.66), (0.0, 0.80))
    chunky = _p((0.02, 0.86), (0.06, 1.0), (0.97, 1.0), (1.0, 0.84), (0.99, 0.40), (0.95, 0.16),
                (0.82, 0.22), (0.70, 0.26), (0.67, 0.04), (0.60, 0.08), (0.34, 0.40), (0.10, 0.50),
                (0.01, 0.64))
    canvas = _p((0.02, 0.90), (0.07, 1.0), (0.96, 1.0), (1.0, 0.90), (0.98, 0.30), (0.86, 0.22),
                (0.68, 0.26), (0.60, 0.10), (0.54, 0.14), (0.30, 0.40), (0.10, 0.48), (0.0, 0.70))
    return (
        Template(2.0, (low,), details=(
            _p((0.01, 0.82), (0.99, 0.80)),                                          # sole line
            *(_p((x, y), (x + 0.08, y + 0.07)) for x, y in ((0.56, 0.15), (0.48, 0.24), (0.40, 0.33))),
            _p((0.25, 0.60), (0.30, 0.72), (0.50, 0.68), (0.85, 0.42)))),           # a swoosh
        Template(1.9, (chunky,), details=(
            _p((0.02, 0.70), (0.30, 0.72), (0.60, 0.68), (0.99, 0.70)),              # a thick sole
            _p((0.57, 0.14), (0.44, 0.34)), _p((0.64, 0.16), (0.50, 0.38)),          # laces, crossed
            _p((0.44, 0.20), (0.62, 0.30)), _p((0.40, 0.28), (0.57, 0.38)),
            _p((0.85, 0.26), (0.86, 0.68)))),                                        # heel counter
        # A slip-on skate shoe: a low flat collar, no laces, elastic gores, a striped vulcanised sole.
        Template(2.3, (_p((0.02, 0.80), (0.06, 1.0), (0.96, 1.0), (1.0, 0.84), (0.99, 0.15), (0.95, 0.0),
                          (0.78, 0.08), (0.62, 0.10), (0.52, 0.04), (0.44, 0.12), (0.26, 0.32), (0.08, 0.48),
                          (0.0, 0.64)),), details=(
            _p((0.01, 0.72), (0.99, 0.72)), _p((0.03, 0.86), (0.98, 0.86)),
            _p((0.46, 0.10), (0.52, 0.36), (0.58, 0.10)), _p((0.20, 0.38), (0.14, 0.56), (0.10, 0.72)))),
        # A running shoe: a thick midsole with a wavy line, a heel pull tab, laces and side stripes.
        Template(2.0, (_p((0.02, 0.76), (0.04, 0.92), (0.12, 1.0), (0.92, 1.0), (1.0, 0.88), (1.0, 0.50),
                          (0.96, 0.14), (0.92, 0.02), (0.88, 0.14), (0.74, 0.22), (0.66, 0.16), (0.60, 0.04),
                          (0.54, 0.10), (0.34, 0.32), (0.14, 0.44), (0.04, 0.58)),), details=(
            np.column_stack([np.linspace(0.03, 0.995, 13), 0.72 + 0.05 * np.sin(np.linspace(0, 4 * np.pi, 13))]),
            *(_p((x, y), (x + 0.07, y + 0.05)) for x, y in ((0.52, 0.14), (0.45, 0.21), (0.38, 0.28))),
            _p((0.40, 0.62), (0.62, 0.36)), _p((0.50, 0.62), (0.70, 0.36)))),
        # A plimsoll: a very low flat slip-on, a thin sole line, elastic gores at the front and back of its opening.
        Template(3.0, (_p((0.0, 0.70), (0.02, 0.92), (0.07, 1.0), (0.97, 1.0), (1.0, 0.86), (0.99, 0.30),
                          (0.96, 0.06), (0.84, 0.16), (0.66, 0.20), (0.56, 0.12), (0.40, 0.24), (0.20, 0.40),
                          (0.06, 0.52)),), details=(
            _p((0.01, 0.84), (0.99, 0.84)), _p((0.52, 0.15), (0.56, 0.44), (0.60, 0.17)),
            _p((0.86, 0.16), (0.88, 0.44), (0.91, 0.11)))),
        # A high-top: the collar high up the ankle, laces, a toe cap, a sole line and a round ankle patch.
        Template(1.3, (_p((0.0, 0.78), (0.02, 0.94), (0.08, 1.0), (0.97, 1.0), (1.0, 0.90), (0.98, 0.40),
                          (0.96, 0.04), (0.80, 0.02), (0.64, 0.04), (0.60, 0.0), (0.56, 0.06), (0.54, 0.40),
                          (0.36, 0.52), (0.14, 0.58), (0.03, 0.66)),), details=(
            _p((0.01, 0.84), (0.99, 0.84)), _p((0.26, 0.56), (0.20, 0.72), (0.18, 0.84)),
            *(_p((0.56, y), (0.66, y + 0.06)) for y in (0.10, 0.20, 0.30)),
            *(_p((0.66, y), (0.56, y + 0.06)) for y in (0.10, 0.20, 0.30)),
            _arc(0.80, 0.34, 0.07, 0.055, 0, 360, 12))),
        Template(2.4, (canvas,), details=(
            _p((0.01, 0.80), (0.99, 0.80)), _p((0.04, 0.90), (0.97, 0.90)),          # striped sole
            _p((0.25, 0.45), (0.18, 0.62), (0.12, 0.80)),                            # rubber toe cap
            *(_p((x, y), (x + 0.06, y + 0.08)) for x, y in ((0.52, 0.16), (0.45, 0.23), (0.38, 0.30))))),
    )


def _sandals() -> tuple[Template, ...]:
    # Side view, toe on the left: a thin sole and straps arcing over where the foot would be.
    flat_sole = _p((0.0, 0.86), (0.96, 0.82), (1.0, 0.90), (0.98, 1.0), (0.03, 1.0))
    heel_loop = _p((0.72, 0.83), (0.76, 0.18), (0.95, 0.10), (0.99, 0.40), (0.97, 0.82))
    # A heeled sandal: the sole rises from the toe to the heel seat, a heel block under it.
    heeled_sole = _p((0.0, 0.86), (0.30, 0.84), (0.65, 0.55), (1.0, 0.42), (1.0, 0.52), (0.97, 0.53),
                     (0.96, 1.0), (0.88, 1.0), (0.87, 0.59), (0.66, 0.66), (0.32, 0.95), (0.02, 0.96))
    # A slide: one wide band over the front of the foot, painted like the sole.
    band = _chain(_arc(0.30, 0.84, 0.24, 0.52, 180, 360), _arc(0.30, 0.84, 0.15, 0.36, 360, 180))
    # A flip-flop's thong seen from above: a Y from the toe post (drawn back over its stem).
    thong = _p((0.05, 0.40), (0.40, 0.22), (0.36, 0.08), (0.40, 0.22), (0.95, 0.40))
    return (
        Template(2.5, (flat_sole,), parts=(
            _arc(0.18, 0.85, 0.13, 0.30, 180, 360), _arc(0.45, 0.84, 0.13, 0.48, 180, 360), heel_loop,
            _p((0.62, 0.36), (0.97, 0.24))), details=(_arc(0.86, 0.28, 0.025, 0.04, 0, 360, 8),)),
        Template(1.8, (heeled_sole,), parts=(
            _arc(0.16, 0.85, 0.14, 0.26, 180, 360), _p((0.70, 0.52), (0.72, 0.14), (0.96, 0.10), (1.0, 0.42)),
            _p((0.55, 0.22), (0.98, 0.16))), details=(_p((0.80, 0.13)),)),
        Template(2.6, (flat_sole, band), details=(_p((0.20, 0.60), (0.40, 0.60)),)),
        # A flip-flop: a thin sole with rounded ends and a thong strap from the toe post back.
        Template(2.6, (_p((0.02, 0.80), (0.50, 0.83), (0.97, 0.80), (1.0, 0.90), (0.97, 1.0), (0.04, 1.0),
                          (0.0, 0.90)),), parts=(
            _p((0.20, 0.81), (0.25, 0.36), (0.36, 0.10), (0.49, 0.26), (0.60, 0.82)),),
                 details=(_p((0.02, 0.90), (0.99, 0.90)),)),
        # A tall gladiator: a T-strap up the front, a back strap and straps wrapping up the ankle.
        Template(1.8, (flat_sole,), parts=(
            _arc(0.16, 0.85, 0.12, 0.26, 180, 360), _p((0.30, 0.84), (0.58, 0.36), (0.62, 0.0)),
            _p((0.94, 0.83), (0.92, 0.0)), _arc(0.52, 0.84, 0.16, 0.40, 180, 360),
            *(_p((0.60 + 0.02 * (0.36 - y), y), (0.93, y)) for y in (0.06, 0.20, 0.34)))),
        # A flip-flop seen from above, toe up: a foot-shaped sole (wide at the toes, in at the arch), the
        # Y of its thong from the toe post; drawn over the sole, the thong is a detail too, so that a
        # filled drawing shows it as a line across the paint.
        Template(0.40, (_chain(_p((0.02, 0.24), (0.06, 0.09), (0.20, 0.01), (0.42, 0.0), (0.64, 0.03), (0.84, 0.11),
                                  (0.97, 0.24), (0.94, 0.46), (0.86, 0.68)),
                               _arc(0.52, 0.84, 0.34, 0.16, 0, 180, 10), _p((0.20, 0.66), (0.16, 0.48))),),
                 parts=(thong,), details=(thong,)),
        # A slide seen from above: a foot-shaped sole, one wide band across it that juts out at the sides.
        Template(0.45, (_chain(_arc(0.5, 0.18, 0.44, 0.18, 180, 360, 12), _p((0.94, 0.26), (1.0, 0.28), (1.0, 0.54),
                                                                          (0.93, 0.56), (0.90, 0.70)),
                               _arc(0.5, 0.82, 0.40, 0.18, 0, 180, 10), _p((0.10, 0.70), (0.07, 0.56), (0.0, 0.54),
                                                                        (0.0, 0.28), (0.06, 0.26))),),
                 details=(_p((0.01, 0.28), (0.5, 0.22), (0.99, 0.28)), _p((0.01, 0.54), (0.5, 0.50), (0.99, 0.54)),
                          _p((0.36, 0.38), (0.64, 0.38)))),
        # Gladiator-like: a toe strap, two straps crossing over the instep, heel loop, ankle strap.
        Template(2.2, (flat_sole,), parts=(
            _arc(0.15, 0.85, 0.11, 0.28, 180, 360),
            _p((0.28, 0.84), (0.62, 0.30)), _p((0.64, 0.83), (0.38, 0.42)),
            heel_loop, _p((0.58, 0.26), (0.97, 0.20)))),
    )


def _bags() -> tuple[Template, ...]:
    tote = _p((0.10, 0.38), (0.90, 0.38), (1.0, 1.0), (0.0, 1.0))
    box = _p((0.0, 0.40), (1.0, 0.40), (1.0, 0.95), (0.96, 1.0), (0.04, 1.0), (0.0, 0.95))
    # A handle drawn as a band: painted in "filled", its hole left empty.
    band_handle = _chain(_arc(0.5, 0.41, 0.30, 0.41, 180, 360), _arc(0.5, 0.41, 0.20, 0.27, 360, 180))
    satchel = _p((0.12, 0.55), (0.88, 0.55), (0.88, 0.92), (0.80, 1.0), (0.20, 1.0), (0.12, 0.92))
    backpack = _chain(_p((0.05, 1.0), (0.0, 0.45)), _arc(0.5, 0.45, 0.5, 0.37, 180, 360), _p((0.95, 1.0)))
    clutch = _p((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    return (
        Template(1.0, (tote,), parts=(_arc(0.5, 0.38, 0.22, 0.38, 180, 360),),
                 details=(_p((0.09, 0.47), (0.91, 0.47)), _p((0.5, 0.56)))),
        Template(1.2, (box, band_handle), details=(
            _p((0.0, 0.42), (0.2, 0.64), (0.8, 0.64), (1.0, 0.42)), _arc(0.5, 0.66, 0.04, 0.04, 0, 360, 8))),
        Template(0.9, (satchel,), parts=(_arc(0.5, 0.56, 0.36, 0.56, 180, 360),),   # a long shoulder strap
                 details=(_p((0.12, 0.58), (0.14, 0.78), (0.86, 0.78), (0.88, 0.58)), _p((0.5, 0.80)))),
        Template(0.85, (backpack,), parts=(_arc(0.5, 0.09, 0.12, 0.09, 180, 360),), details=(
            _ring(_p((0.2, 0.62), (0.8, 0.62), (0.8, 0.92), (0.2, 0.92))),      # front pocket
            _arc(0.5, 0.45, 0.38, 0.25, 180, 360))),                             # the top's zip
        # A shopper tote: a wide open top and two long thin handles side by side.
        Template(0.85, (_p((0.0, 0.44), (1.0, 0.44), (0.92, 1.0), (0.08, 1.0)),), parts=(
            _arc(0.32, 0.44, 0.14, 0.44, 180, 360), _arc(0.68, 0.44, 0.14, 0.44, 180, 360)),
                 details=(_p((0.01, 0.52), (0.99, 0.52)), _arc(0.5, 0.72, 0.10, 0.09, 0, 360, 14))),
        # A frame purse: a round-bottomed body, a kiss-lock clasp on its frame, a chain handle.
        Template(1.2, (_p((0.14, 0.30), (0.86, 0.30), (0.96, 0.50), (1.0, 0.72), (0.94, 0.92), (0.80, 1.0),
                          (0.20, 1.0), (0.06, 0.92), (0.0, 0.72), (0.04, 0.50)),),
                 parts=(_arc(0.5, 0.30, 0.30, 0.30, 180, 360),), details=(
            _p((0.10, 0.38), (0.90, 0.38)), _arc(0.46, 0.25, 0.035, 0.05, 0, 360, 8),
            _arc(0.54, 0.25, 0.035, 0.05, 0, 360, 8))),
        # A duffel: a wide barrel with rounded ends, two short handles on top, a zip along it.
        Template(1.8, (_chain(_p((0.16, 0.30), (0.84, 0.30)), _arc(0.84, 0.65, 0.16, 0.35, 270, 450, 10),
                              _p((0.16, 1.0)), _arc(0.16, 0.65, 0.16, 0.35, 90, 270, 10)),), parts=(
            _arc(0.40, 0.31, 0.11, 0.28, 180, 360), _arc(0.60, 0.31, 0.11, 0.28, 180, 360)), details=(
            _p((0.14, 0.40), (0.86, 0.40)), _p((0.80, 0.40), (0.80, 0.50)),
            *_both(_arc(0.17, 0.65, 0.06, 0.34, 270, 450, 8)))),
        # A clutch drawn as a flat wide rectangle: a straight flap line across it, a little clasp.
        Template(2.2, (_p((0.02, 0.0), (0.98, 0.0), (1.0, 0.04), (1.0, 0.96), (0.98, 1.0), (0.02, 1.0), (0.0, 0.96),
                          (0.0, 0.04)),), details=(_p((0.0, 0.42), (1.0, 0.42)), _p((0.5, 0.54)))),
        Template(1.8, (clutch,), details=(_p((0.0, 0.0), (0.5, 0.55), (1.0, 0.0)), _p((0.5, 0.62)))),
    )


def _ankle_boots() -> tuple[Template, ...]:
    # Side view, toe on the left, the shaft rising at the heel side on the right.
    lace_up = _p((0.0, 0.80), (0.03, 0.95), (0.10, 1.0), (0.98, 1.0), (1.0, 0.85), (0.97, 0.02), (0.55, 0.0),
                 (0.56, 0.42), (0.40, 0.52), (0.18, 0.60), (0.05, 0.68))
    heeled = _p((0.0, 0.82), (0.05, 0.92), (0.42, 0.92), (0.60, 0.80), (0.74, 0.80), (0.76, 1.0),
                (0.95, 1.0), (0.98, 0.80), (0.96, 0.0), (0.58, 0.0), (0.58, 0.40), (0.35, 0.55), (0.08, 0.70))
    chelsea = _p((0.0, 0.78), (0.04, 0.95), (0.10, 1.0), (0.97, 1.0), (1.0, 0.86), (0.95, 0.06), (0.60, 0.04),
                 (0.59, 0.44), (0.42, 0.54), (0.16, 0.60), (0.04, 0.66))
    work = _p((0.0, 0.76), (0.02, 0.96), (0.08, 1.0), (0.99, 1.0), (1.0, 0.80), (0.98, 0.08), (0.90, 0.0),
              (0.60, 0.0), (0.55, 0.08), (0.56, 0.40), (0.36, 0.48), (0.14, 0.54), (0.03, 0.62))
    return (
        Template(1.1, (lace_up,), details=(
            _p((0.01, 0.88), (0.99, 0.88)), _p((0.75, 0.88), (0.75, 1.0)),           # sole, heel block
            *(_p((0.56, y), (0.68, y + 0.03)) for y in (0.10, 0.20, 0.30)),          # laces
            _p((0.22, 0.60), (0.18, 0.75), (0.15, 0.88)))),                          # toe cap
        Template(1.15, (heeled,), details=(
            _p((0.02, 0.86), (0.45, 0.86), (0.62, 0.76), (0.98, 0.76)),
            _p((0.78, 0.05), (0.78, 0.66)), _p((0.76, 0.10), (0.80, 0.10)))),         # zip and its pull
        Template(1.1, (chelsea,), details=(
            _p((0.01, 0.88), (0.99, 0.88)), _p((0.64, 0.05), (0.72, 0.40), (0.80, 0.40), (0.86, 0.06)),
            _p((0.92, 0.06), (0.92, 0.16)), _p((0.78, 0.88), (0.78, 1.0)))),          # elastic, pull tab
        # A heeled ankle boot with a long pointed toe, a thin high heel and an ankle strap.
        Template(1.15, (_p((0.0, 0.92), (0.38, 0.94), (0.62, 0.74), (0.82, 0.68), (0.85, 1.0), (0.91, 1.0),
                           (0.97, 0.66), (0.99, 0.30), (0.97, 0.0), (0.62, 0.0), (0.62, 0.38), (0.46, 0.58),
                           (0.16, 0.80)),), details=(
            _p((0.02, 0.90), (0.40, 0.90), (0.62, 0.70), (0.97, 0.62)), _p((0.62, 0.26), (0.98, 0.22)),
            _ring(_p((0.90, 0.20), (0.95, 0.20), (0.95, 0.28), (0.90, 0.28))), _p((0.62, 0.06), (0.97, 0.06)))),
        # A hiking boot: a deep tread, a rand round the toe, speed hooks and laces, a padded collar.
        Template(1.1, (_chain(_p((0.0, 0.70), (0.02, 0.90), (0.06, 0.96)),
                              np.column_stack([np.linspace(0.10, 0.94, 8), np.tile([1.0, 0.95], 4)]),
                              _p((0.99, 0.96), (1.0, 0.84), (0.98, 0.10), (0.94, 0.0), (0.84, 0.04), (0.70, 0.08),
                                 (0.62, 0.0), (0.56, 0.04), (0.55, 0.38), (0.36, 0.46), (0.12, 0.52),
                                 (0.02, 0.60))),), details=(
            _p((0.02, 0.84), (0.99, 0.84)), _p((0.04, 0.66), (0.30, 0.72), (0.70, 0.70), (0.99, 0.72)),
            *(_arc(0.63, y, 0.02, 0.02, 0, 360, 6) for y in (0.10, 0.20, 0.30)),
            _p((0.57, 0.10), (0.66, 0.20), (0.57, 0.30)), _p((0.66, 0.10), (0.57, 0.20), (0.66, 0.30)),
            _p((0.62, 0.06), (0.96, 0.12)))),
        # A child's boot: an L of a shaft and a foot, a thick sole drawn across the bottom.
        Template(1.0, (_p((0.0, 0.58), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.52, 0.0), (0.52, 0.58)),), details=(
            _p((0.0, 0.84), (1.0, 0.84)), _p((0.0, 0.90), (1.0, 0.90)))),
        # A sock boot: one smooth stretch shape from the toe up the ankle, no laces, a pull loop at the back.
        Template(1.05, (_p((0.0, 0.87), (0.04, 0.95), (0.72, 0.95), (0.74, 1.0), (0.93, 1.0), (0.97, 0.83),
                           (0.96, 0.45), (0.94, 0.14), (0.62, 0.12), (0.63, 0.36), (0.58, 0.54), (0.40, 0.65),
                           (0.18, 0.72), (0.04, 0.80)),),
                 parts=(_arc(0.88, 0.14, 0.035, 0.13, 180, 360),), details=(
            _p((0.02, 0.91), (0.72, 0.91)), _p((0.62, 0.18), (0.945, 0.20)))),
        Template(1.2, (work,), details=(
            _p((0.01, 0.82), (0.99, 0.82)),                                            # a thick sole
            *(_p((x, 0.82), (x, 0.93)) for x in (0.2, 0.4, 0.6, 0.8)),                # its lugs
            _p((0.58, 0.12), (0.66, 0.22)), _p((0.66, 0.12), (0.58, 0.22)),          # crossed laces
            _p((0.58, 0.26), (0.66, 0.36)), _p((0.66, 0.26), (0.58, 0.36)),
            _p((0.60, 0.06), (0.96, 0.10)))),                                          # padded collar
    )


TEMPLATES: dict[str, tuple[Template, ...]] = {
    "T-shirt/top": _tshirts(), "Trouser": _trousers(), "Pullover": _pullovers(), "Dress": _dresses(),
    "Coat": _coats(), "Sandal": _sandals(), "Shirt": _shirts(), "Sneaker": _sneakers(), "Bag": _bags(),
    "Ankle boot": _ankle_boots(),
}
_BY_LABEL = tuple(TEMPLATES[name] for name in CLASS_NAMES)
MOST_TEMPLATES = max(len(templates) for templates in _BY_LABEL)


# ---------------------------------------------------------------- the hand

@dataclass(frozen=True, eq=False)
class _Hand:
    """How one drawing is drawn: where the garment goes on the canvas (an affine map from the unit
    box to pixels) and the smooth field that bends every stroke a few pixels."""

    linear: np.ndarray   # (2, 2): scale, aspect and tilt
    offset: np.ndarray   # (2,): where the unit box's origin lands
    waves: np.ndarray    # (k, 5): wave vector x and y, phase, displacement x and y

    def place(self, points: np.ndarray) -> np.ndarray:
        return points @ self.linear.T + self.offset

    def unplace(self, points: np.ndarray) -> np.ndarray:
        return (points - self.offset) @ np.linalg.inv(self.linear).T

    def wobble(self, points: np.ndarray) -> np.ndarray:
        """The displacement at canvas points: a sum of a few long sine waves, the same field for
        every stroke, so strokes that meet keep meeting."""
        return np.sin(points @ self.waves[:, :2].T + self.waves[:, 2]) @ self.waves[:, 3:]

    def stroke(self, points: np.ndarray, rng: np.random.Generator, closed: bool = False) -> np.ndarray:
        """A template polyline as this hand draws it, in canvas pixels: placed, resampled every few
        pixels (so that the wobble bends it rather than just moving its corners), wobbled, and given
        a tremor of its own along its length."""
        points = self.place(points)
        if len(points) == 1:   # a dot
            return points + self.wobble(points)
        points, along = _resample(points, closed)
        wavelength = rng.uniform(30.0, 120.0, (2, 2))
        phase = rng.uniform(0.0, 2 * np.pi, (2, 2))
        waves = np.sin(along[:, None, None] * 2 * np.pi / wavelength + phase)   # (points, wave, x/y)
        tremor = rng.uniform(0.0, 1.5) * waves.sum(axis=1)
        return points + self.wobble(points) + tremor


def _random_hand(rng: np.random.Generator, aspect: float, size: int, brush: float) -> _Hand:
    """A hand for a garment of this width:height on a size x size canvas, drawn with a brush this
    wide and kept inside the canvas."""
    aspect *= rng.uniform(1 - ASPECT_JITTER, 1 + ASPECT_JITTER)
    span = rng.uniform(max(SPAN[0], min(SPAN[1], SPAN_PER_BRUSH * brush / size)), SPAN[1]) * size
    width, height = (span, span / aspect) if aspect >= 1 else (span * aspect, span)
    tilt = np.radians(rng.uniform(-MAX_TILT_DEG, MAX_TILT_DEG))
    rotation = np.array([[np.cos(tilt), -np.sin(tilt)], [np.sin(tilt), np.cos(tilt)]])
    linear = rotation @ np.diag([width, height])
    corners = (np.array([[0, 0], [1, 0], [0, 1], [1, 1]]) - 0.5) @ linear.T
    margin = brush / 2 + 2
    room = max(size - 2 * margin, 1.0)
    shrink = min(1.0, room / np.ptp(corners, axis=0).max())   # a tilted garment must still fit
    linear, corners = linear * shrink, corners * shrink
    low, high = margin - corners.min(axis=0), size - margin - corners.max(axis=0)
    centre = rng.uniform(low, np.maximum(low, high))          # anywhere it fits: off-centre
    k = 3
    direction = rng.uniform(0.0, 2 * np.pi, k)
    frequency = 2 * np.pi / (rng.uniform(0.5, 1.5, k) * span)
    amplitude = rng.uniform(1.0, 3.0) + rng.uniform(0.0, 0.02) * span
    waves = np.column_stack([frequency * np.cos(direction), frequency * np.sin(direction),
                             rng.uniform(0.0, 2 * np.pi, k), rng.normal(0.0, amplitude / np.sqrt(k), (k, 2))])
    return _Hand(linear, centre - linear @ np.array([0.5, 0.5]), waves)


def _resample(points: np.ndarray, closed: bool) -> tuple[np.ndarray, np.ndarray]:
    """Points every STEP_PX pixels along a polyline, and how far along it each one is. A closed
    polyline comes back closed the same way: its first point not repeated at the end."""
    if closed:
        points = np.vstack([points, points[:1]])
    lengths = np.hypot(*np.diff(points, axis=0).T)
    points = points[np.concatenate([[True], lengths > 1e-9])]   # np.interp needs increasing lengths
    along = np.concatenate([[0.0], np.cumsum(lengths[lengths > 1e-9])])
    at = np.linspace(0.0, along[-1], max(2, int(np.ceil(along[-1] / STEP_PX)) + 1))
    resampled = np.column_stack([np.interp(at, along, points[:, 0]), np.interp(at, along, points[:, 1])])
    return (resampled[:-1], at[:-1]) if closed else (resampled, at)


# ---------------------------------------------------------------- drawing

def _stroke(pen: ImageDraw.ImageDraw, points: np.ndarray, width: float, fill: int) -> None:
    """One stroke of a round brush: PIL joins the segments with round joints; the round caps at
    the ends are drawn as discs."""
    if len(points) > 1:
        pen.line(points.ravel().tolist(), fill=fill, width=max(1, round(width)), joint="curve")
    radius = width / 2
    for x, y in (points[0], points[-1]):
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def _left_open(ring: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A closed contour drawn as a stroke that stops short of where it started: the gap is 3-10%
    of its length, at a random place."""
    along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(_ring(ring), axis=0).T))])
    total = along[-1]
    gap = rng.uniform(*GAP) * total
    since_gap = (along[:-1] - rng.uniform(0.0, total) - gap) % total
    kept = since_gap <= total - gap
    return ring[kept][np.argsort(since_gap[kept])]


def _scribble(image: Image.Image, shapes: list[np.ndarray], rng: np.random.Generator, brush: float) -> None:
    """Paint the shapes in as a hurried hand does: one zig-zag stroke back and forth across them,
    at a random angle, its passes a little apart so that slivers of background show, and kept
    inside the contour (which is drawn over it afterwards)."""
    inside = Image.new("L", image.size, 0)
    for shape in shapes:
        ImageDraw.Draw(inside).polygon(shape.ravel().tolist(), fill=255)
    angle = rng.uniform(0.0, np.pi)
    along, across = np.array([np.cos(angle), np.sin(angle)]), np.array([-np.sin(angle), np.cos(angle)])
    points = np.vstack(shapes)
    reach, rows = points @ along, points @ across
    passes = np.arange(rows.min(), rows.max() + brush, brush * rng.uniform(1.0, 1.6))
    # Each pass ends at alternate sides, over- or undershooting them a little.
    ends = np.where(np.arange(len(passes)) % 2 == 0, reach.min(), reach.max())
    ends = ends + rng.normal(0.0, 0.04 * np.ptp(reach), len(passes))
    zigzag = np.outer(ends, along) + np.outer(passes, across)
    layer = Image.new("L", image.size, 0)
    _stroke(ImageDraw.Draw(layer), zigzag, brush, 255)
    image.paste(255, mask=Image.fromarray(np.minimum(np.asarray(layer), np.asarray(inside))))


def draw(label: int, style: str, rng: np.random.Generator, size: int = 280,
         template: int | None = None) -> np.ndarray:
    """One drawing, uint8 (size, size), white strokes on black like the app's canvas."""
    templates = _templates(label)
    if style not in STYLES:
        raise ValueError(f"style {style!r} is not one of {STYLES}")
    chosen = templates[int(rng.integers(len(templates)))] if template is None else templates[template]
    brush = rng.uniform(*BRUSH_PX)
    hand = _random_hand(rng, chosen.aspect, size, brush)
    shapes = [hand.stroke(shape, rng, closed=True) for shape in chosen.shapes]
    parts = [hand.stroke(part, rng) for part in chosen.parts]
    image = Image.new("L", (size, size), 0)
    pen = ImageDraw.Draw(image)
    contours = [_ring(shape) for shape in shapes]
    if style == "outline":
        if rng.random() < OPEN_CONTOUR:
            contours[0] = _left_open(shapes[0], rng)
    elif style == "painted" and rng.random() < SCRIBBLE:
        _scribble(image, shapes, rng, brush)
    else:
        for shape in shapes:
            pen.polygon(shape.ravel().tolist(), fill=255)
    for line in contours + parts:
        _stroke(pen, line, brush, 255)
    if style != "outline":
        for hole in chosen.holes:
            pen.polygon(hand.stroke(hole, rng, closed=True).ravel().tolist(), fill=0)
    if style != "painted":
        details = [hand.stroke(detail, rng) for detail in chosen.details if rng.random() < KEEP_DETAIL]
        # In "filled" a detail is where the painting stopped: a gap a little narrower than the brush.
        width, ink = (brush, 255) if style == "outline" else (max(4.0, brush * rng.uniform(0.4, 0.8)), 0)
        for detail in details:
            _stroke(pen, detail, width, ink)
    return np.array(image)


def outline_strokes(label: int, rng: np.random.Generator, size: int = 280, brush: float = 18.0,
                    template: int | None = None) -> list[np.ndarray]:
    """An outline drawing as the strokes a hand makes on a size x size canvas, in drawing order
    (contours, closed, then parts and details): polylines in canvas pixels, for driving a real
    canvas with a mouse (benchmarks/live_load.py)."""
    templates = _templates(label)
    chosen = templates[int(rng.integers(len(templates)))] if template is None else templates[template]
    hand = _random_hand(rng, chosen.aspect, size, brush)
    contours = [_ring(hand.stroke(shape, rng, closed=True)) for shape in chosen.shapes]
    lines = [hand.stroke(line, rng) for line in (*chosen.parts, *chosen.details)]
    return [np.clip(line, 1, size - 2) for line in contours + lines]


def _templates(label: int) -> tuple[Template, ...]:
    if not 0 <= label < len(_BY_LABEL):
        raise ValueError(f"label {label} is not a class 0-{len(_BY_LABEL) - 1}")
    return _BY_LABEL[label]


def sample(count_per_class: int, seed: int = 0, styles: Iterable[str] = STYLES,
           size: int = 280, held_out: bool = False) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, size, size) white on black, labels int64 (N,), style of each). With
    `held_out`, every drawing is of its class's held-out template (held_out_template), from a
    stream of its own: enough of them to rank runs by, where a plain sample has one drawing in
    seven to eleven of them."""
    styles = tuple(styles)
    unknown = [style for style in styles if style not in STYLES]
    if unknown:
        raise ValueError(f"styles {unknown} are not among {STYLES}")
    count = len(_BY_LABEL) * len(styles) * count_per_class
    images = np.zeros((count, size, size), dtype=np.uint8)
    labels = np.zeros(count, dtype=np.int64)
    style_of: list[str] = []
    for label, templates in enumerate(_BY_LABEL):
        for style in styles:
            for i in range(count_per_class):
                # A generator per drawing: a drawing stays the same when the count or the styles
                # asked for change. Templates take turns, so each is drawn about equally often.
                key = [seed, label, STYLES.index(style), i] + ([1] if held_out else [])
                template = held_out_template(label) if held_out else i % len(templates)
                images[len(style_of)] = draw(label, style, np.random.default_rng(key), size, template=template)
                labels[len(style_of)] = label
                style_of.append(style)
    return images, labels, style_of


def held_out_template(label: int) -> int:
    """The template of class `label` that training_drawings() never uses, its last: the drawings
    benchmark can tell how a network does on a way of drawing it has not seen."""
    return len(_templates(label)) - 1


def training_drawings(per_template: int, seed: int, other_hands_per_class: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """28x28 drawings to train on (fashion.sketch swaps them in), as the Live page preprocesses the
    canvas: every style of every template but the held-out one, `per_template` times each, and
    `other_hands_per_class` drawings of each class by each of the OTHER_HANDS, all from seeds the
    benchmark does not use. Made by up to two processes: a drawing takes milliseconds, and a
    training pool has tens of thousands. (images uint8 (N, 28, 28), labels int64 (N,))"""
    with ProcessPoolExecutor(max_workers=POOL_WORKERS) as pool:
        parts = [pool.submit(_our_drawings, label, per_template, seed) for label in range(len(_BY_LABEL))]
        if other_hands_per_class:
            parts += [pool.submit(_their_drawings, hand.make, other_hands_per_class, TRAINING_SEED + seed)
                      for hand in OTHER_HANDS]
        parts = [part.result() for part in parts]
    return np.concatenate([images for images, _ in parts]), np.concatenate([labels for _, labels in parts])


def _our_drawings(label: int, per_template: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from .predict import preprocess  # predict needs torch; drawing does not

    trained = held_out_template(label)  # the templates before the held-out one
    images = []
    for style in STYLES:
        for i in range(per_template * trained):
            rng = np.random.default_rng([TRAINING_SEED, seed, label, STYLES.index(style), i])
            images.append(preprocess(draw(label, style, rng, template=i % trained), "canvas", drawing=True))
    return np.stack(images), np.full(len(images), label, dtype=np.int64)


def _their_drawings(make, per_class: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from .predict import preprocess

    drawn, labels, _ = make(per_class, seed=seed)
    return np.stack([preprocess(drawing, "canvas", drawing=True) for drawing in drawn]), labels


def training_traced(images28: np.ndarray, labels: np.ndarray, per_class: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """28x28 drawings to train on traced from training images: `per_class` images of each class
    (at random), each traced as an outline or a silhouette and preprocessed as the Live page does
    the canvas. Pass training images only: the benchmark traces validation images."""
    from .predict import preprocess

    rng = np.random.default_rng([TRAINING_SEED, seed, len(labels)])
    images, kept = [], []
    for label in range(len(_BY_LABEL)):
        indices = np.flatnonzero(labels == label)
        for index in rng.choice(indices, size=min(per_class, len(indices)), replace=False):
            style = TRACE_STYLES[int(rng.integers(len(TRACE_STYLES)))]
            images.append(preprocess(_trace(images28[index].astype(float), rng, style, 280), "canvas", drawing=True))
            kept.append(label)
    if not images:
        return np.zeros((0, 28, 28), np.uint8), np.zeros(0, np.int64)
    return np.stack(images), np.array(kept, dtype=np.int64)


def invert(images: np.ndarray) -> np.ndarray:
    """Black strokes on white, like a pen drawing photographed or uploaded."""
    return 255 - np.asarray(images, dtype=np.uint8)


# ---------------------------------------------------------------- tracing real images

def traced(images28: np.ndarray, rng: np.random.Generator, style: str, size: int = 280) -> np.ndarray:
    """Drawings traced from 28x28 dataset images: "outline" = the garment's outer contour
    (threshold the upscaled image, e.g. at a random level 20-60 of 255, fill holes, take its
    boundary) drawn as a stroke of a random brush width; "silhouette" = the filled shape in flat
    white. Returned white on black at size x size, the garment placed/scaled with the same hand
    variation as draw()."""
    if style not in TRACE_STYLES:
        raise ValueError(f"style {style!r} is not one of {TRACE_STYLES}")
    images28 = np.asarray(images28)
    if images28.ndim != 3:
        raise ValueError(f"images28 must be (N, 28, 28), not {images28.shape}")
    out = np.zeros((len(images28), size, size), dtype=np.uint8)
    for i, image in enumerate(images28):
        out[i] = _trace(image.astype(float), rng, style, size)
    return out


def _trace(image: np.ndarray, rng: np.random.Generator, style: str, size: int) -> np.ndarray:
    # At most half the garment's typical brightness: a black shirt (most of its pixels 10-50) is
    # then traced round its edge rather than in pieces.
    level = min(rng.uniform(*TRACE_LEVEL), 0.5 * np.median(image[image > 0])) if image.any() else 0.0
    brush = rng.uniform(*BRUSH_PX)
    rows, cols = np.nonzero(image > level)
    if rows.size == 0:
        return np.zeros((size, size), dtype=np.uint8)
    # The garment's box in the 28x28 (pixel i spans i..i+1) is the unit box a hand places.
    top, left = rows.min(), cols.min()
    height, width = rows.max() + 1 - top, cols.max() + 1 - left
    hand = _random_hand(rng, width / height, size, brush)
    # Follow every canvas pixel back, against the wobble and the placement, into the 28x28 image,
    # and read it there with a cubic spline, so the thresholded edge comes out smooth.
    y, x = np.mgrid[0:size, 0:size]
    canvas = np.column_stack([x.ravel(), y.ravel()]).astype(float)
    unit = hand.unplace(canvas - hand.wobble(canvas))
    source = [top + unit[:, 1] * height - 0.5, left + unit[:, 0] * width - 0.5]
    upscaled = ndimage.map_coordinates(image, source, order=3, mode="constant").reshape(size, size)
    shape = ndimage.binary_fill_holes(upscaled > level)
    if style == "outline":
        # The pixels within half a brush of the shape's edge, on either side of it.
        inside, outside = ndimage.distance_transform_edt(shape), ndimage.distance_transform_edt(~shape)
        shape = np.where(shape, inside, outside) <= brush / 2
    return shape.astype(np.uint8) * 255
