"""Phone and tablet hands: the ten Fashion-MNIST classes drawn by students on their phones with a
finger and on tablets with a stylus or a finger, drawing what they and their friends wear and what
the shops sell today.

On a phone the 280x280 canvas is a few centimetres wide and the fingertip hides the line: strokes
are thick and wobbly, start a little late and stop a little early, an outline is drawn in several
strokes that do not quite meet, shapes are simplified and proportions a little off, the drawing
lands small in part of the canvas or runs off its edge, and the finger leaves stray taps. On a
tablet a stylus gives smoother, longer, more confident strokes and more detail (laces, buttons,
quilting, pockets), and a palm the tablet failed to reject sometimes leaves a blob. Each class has
ten or so designs from today's wardrobes (crop tops and ringer tees, cargo pants and barrel jeans,
hoodies and half-zips, puffers and trench coats, flannel and Hawaiian shirts, slides and sport
sandals, chunky sneakers, totes and belt bags, chelsea and cowboy boots, ...), garments flat-lay
from the front, shoes from the side pointing either way, each with the cues people use to tell the
classes apart (a coat's opening and length, a shirt's collar and buttons, a pullover's ribbed cuffs
and closed front, a T-shirt's short sleeves), every cue sometimes left out.

Two styles: "outline" draws strokes only; "filled" paints the shape in with back-and-forth, zigzag
or spiral scribbles that miss bits and spill over the edge, sometimes outlined as well, with the
inner details (a zip, a collar, laces, pocket lines) mostly left unpainted so that they show dark.
Designs are written in a unit box (x right, y down); a hand then sizes, places, tilts, stretches
and warps the drawing and wobbles every stroke, on a 2x canvas box-filtered down for antialiasing.
"""
from __future__ import annotations

import argparse
import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path
import sys

import numpy as np
from PIL import Image, ImageChops, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fashion.config import CLASS_NAMES  # noqa: E402

STYLES = ("outline", "filled")
CANVAS = 280               # the browser canvas, in pixels
SCALE = 2                  # strokes are drawn at 2x and box-filtered down: antialiased like the browser
BRUSH = 18                 # the app's default brush width (px): most students never change it
STEP = 7.0                 # strokes are resampled every 7 px before wobbling: smooth enough, few points
DEVICES = ("finger", "pad", "stylus")   # finger on a phone, finger on a tablet, stylus on a tablet
DEVICE_SHARES = (0.55, 0.2, 0.25)       # a class of students: most draw on their phones
MIN_INK, MAX_INK = 0.006, 0.68          # drawings outside this (fraction of pixels >127) are redrawn smaller
TILT_SD = 4.0              # degrees: nobody holds a phone quite straight...
BIG_TILT = (0.07, 15.0)    # ...and some drawings lean a lot: (share, most degrees)
CUT_OFF = 0.05             # share of drawings that run off the edge of the small canvas
THREE_QUARTER = 0.15       # share of garments drawn a little turned (one side nearer, wider)
DESIGNS: dict[int, list] = {label: [] for label in range(len(CLASS_NAMES))}  # filled by @_design


# --------------------------------------------------------------------------------------------
# The hand: who holds what, and how that shows in the strokes.

@dataclass(frozen=True)
class Hand:
    device: str     # "finger", "pad" (finger on a tablet) or "stylus"
    brush: float    # brush width, canvas px
    wobble: float   # px: slow sway along a stroke
    jitter: float   # px: fast shake of a fingertip
    drift: float    # px: how far a whole stroke lands from where it was meant to
    gap: float      # px: how far strokes typically stop short of (or run past) where they meet
    pieces: int     # the most strokes one outline is drawn in
    detail: float   # 0-1: how much of the optional detail this hand bothers with
    taps: float     # expected stray taps and short marks
    palm: float     # chance of a blob where the palm touched


def _hand(rng: np.random.Generator) -> Hand:
    device = DEVICES[rng.choice(len(DEVICES), p=DEVICE_SHARES)]
    if device == "finger":
        brush = BRUSH if rng.random() < 0.75 else float(rng.choice((12, 14, 24, 28, 32, 36)))
        return Hand(device, brush, rng.uniform(1.2, 3.0), rng.uniform(0.4, 1.2), rng.uniform(1.5, 4.0),
                    6.0, 4, rng.uniform(0.35, 0.7), 0.8, 0.02)
    if device == "pad":
        brush = BRUSH if rng.random() < 0.7 else float(rng.choice((10, 12, 24, 30)))
        return Hand(device, brush, rng.uniform(0.8, 2.0), rng.uniform(0.2, 0.6), rng.uniform(1.0, 3.0),
                    4.0, 3, rng.uniform(0.55, 0.85), 0.4, 0.04)
    brush = BRUSH if rng.random() < 0.5 else float(rng.choice((6, 8, 10, 12, 14, 22)))
    return Hand(device, brush, rng.uniform(0.3, 1.0), 0.1, rng.uniform(0.5, 1.5),
                2.0, 2, rng.uniform(0.8, 1.0), 0.15, 0.08)


def _size(rng: np.random.Generator) -> float:
    """Longest side of the drawing as a fraction of the canvas: mostly 55-90%."""
    roll = rng.random()
    if roll < 0.8:
        return rng.uniform(0.55, 0.9)
    return rng.uniform(0.3, 0.55) if roll < 0.92 else rng.uniform(0.9, 1.0)


# --------------------------------------------------------------------------------------------
# What a design draws, in its own unit box.

class Sketch:
    """A design's drawing before a hand draws it: shapes (closed, painted in "filled"), lines
    ("detail" inside the garment, left dark in "filled"; "part" such as straps and handles, always
    drawn) and dots (buttons, eyelets), in the design's coordinates (x right, y down)."""

    def __init__(self, rng: np.random.Generator, detail: float):
        self.rng, self.detail = rng, detail
        self.shapes: list[tuple[np.ndarray, np.ndarray | None]] = []
        self.lines: list[tuple[np.ndarray, str]] = []
        self.dots: list[tuple[np.ndarray, float, str]] = []

    def shape(self, points, outline=None) -> None:
        """A closed part of the silhouette; `outline` (an open path) is what gets stroked, if not all."""
        self.shapes.append((_arr(points), None if outline is None else _arr(outline)))

    def line(self, points, kind: str = "detail") -> None:
        self.lines.append((_arr(points), kind))

    def dot(self, x: float, y: float, size: float = 1.0, kind: str = "detail") -> None:
        self.dots.append((np.array([x, y], float), size, kind))

    def cue(self, p: float = 0.85) -> bool:
        """A cue that tells the class apart: mostly drawn, sometimes left out."""
        return self.rng.random() < p * (0.8 + 0.2 * self.detail)

    def extra(self, p: float = 0.5) -> bool:
        """Decoration: careful hands draw more of it."""
        return self.rng.random() < p * self.detail

    def u(self, low: float, high: float) -> float:
        return float(self.rng.uniform(low, high))

    def j(self, value: float, spread: float = 0.08) -> float:
        """A proportion a little off, as drawn by eye."""
        return value * (1.0 + float(np.clip(self.rng.normal(0, spread), -2.5 * spread, 2.5 * spread)))

    def points(self) -> np.ndarray:
        parts = [p for p, _ in self.shapes] + [p for p, _ in self.lines] + [d[None] for d, _, _ in self.dots]
        return np.vstack(parts)


def _design(label: int):
    def register(function):
        DESIGNS[label].append(function)
        return function
    return register


# Geometry helpers (unit-box coordinates).

def _arr(points) -> np.ndarray:
    return np.asarray(points, dtype=float).reshape(-1, 2)


def _bez(*control, n: int = 10) -> np.ndarray:
    """A Bezier curve through its end points, pulled towards the others."""
    p = _arr(control)
    t = np.linspace(0.0, 1.0, n)[:, None]
    k = len(p) - 1
    return sum(math.comb(k, i) * t ** i * (1 - t) ** (k - i) * p[i] for i in range(k + 1))


def _arc(cx: float, cy: float, rx: float, ry: float, start: float = 0.0, end: float = 360.0,
         n: int = 16) -> np.ndarray:
    """Part of an ellipse, angles in degrees (0 = right, 90 = down)."""
    a = np.radians(np.linspace(start, end, n))
    return np.column_stack([cx + rx * np.cos(a), cy + ry * np.sin(a)])


def _path(*parts) -> np.ndarray:
    """Points and curves joined into one path (a repeated join point is dropped)."""
    out: list[np.ndarray] = []
    for part in parts:
        a = _arr(part)
        if out and len(a) and np.allclose(out[-1][-1], a[0]):
            a = a[1:]
        out.append(a)
    return np.vstack(out)


def _rect(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return _arr([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])


def _mirror(points) -> np.ndarray:
    a = _arr(points).copy()
    a[:, 0] = 1.0 - a[:, 0]
    return a


def _lerp(a, b, t: float) -> np.ndarray:
    a, b = np.asarray(a, float), np.asarray(b, float)
    return a + (b - a) * t


def _zigzag(x0: float, x1: float, y: float, teeth: int, height: float) -> np.ndarray:
    x = np.linspace(x0, x1, 2 * teeth + 1)
    return np.column_stack([x, y + height * (np.arange(len(x)) % 2 - 0.5)])


def _wave(x0: float, x1: float, y: float, waves: float, height: float, n: int = 24) -> np.ndarray:
    x = np.linspace(x0, x1, n)
    return np.column_stack([x, y + height * np.sin(np.linspace(0, 2 * np.pi * waves, n))])


# --------------------------------------------------------------------------------------------
# Builders shared by designs: tops, trousers, strappy bodies, soles, prints.

def _neckline(kind: str, left, right, depth: float) -> np.ndarray:
    if kind == "v":
        return _arr([left, (0.5, depth), right])
    if kind == "square":
        return _arr([left, (left[0], depth), (right[0], depth), right])
    if kind == "scoop":
        return _bez(left, (left[0], depth * 1.35), (right[0], depth * 1.35), right)
    return _bez(left, (0.5, 2 * depth), right)  # crew: a curve dipping to `depth`


def _top(sk: Sketch, *, neck=0.09, depth=0.07, shoulder=0.24, drop=0.05, sleeve=0.18, angle=60.0,
         cuff=0.13, chest=0.21, arm=0.27, body=((0.21, 0.82),), neckline="crew", hem_dip=0.02,
         angles=None) -> dict:
    """A flat-lay top (tee, sweater, shirt, jacket or a dress's bodice and skirt), added as one
    shape; returns its key points for details. `body` is the side from the armpit down to the
    hem as (half-width, y); `angle` is the sleeves' angle from hanging straight down."""
    j = sk.j
    neck, depth, shoulder, drop = j(neck), j(depth), j(shoulder), j(drop, 0.2)
    sleeve, cuff, chest, arm = j(sleeve), j(cuff), j(chest, 0.05), j(arm, 0.05)
    length = j(body[-1][1], 0.05)
    body = [(j(w, 0.05), y * length / body[-1][1]) for w, y in body]
    angles = angles or (angle, angle)
    k = {key: [None, None] for key in ("N", "S", "C1", "C2", "A", "H", "side", "arm_path")}
    for i, sign in ((0, 1), (1, -1)):
        a = math.radians(angles[i] + sk.rng.normal(0, 5))
        N = np.array([0.5 + sign * neck, 0.0])
        S = np.array([0.5 + sign * shoulder, drop])
        A = np.array([0.5 + sign * chest, arm])
        if sleeve > 0:
            C1 = S + sleeve * np.array([sign * math.sin(a), math.cos(a)])
            C2 = C1 + cuff * np.array([-sign * math.cos(a), math.sin(a)])
            arm_path = _arr([S, C1, C2, A])
        else:
            C1 = C2 = S
            arm_path = _bez(S, (S[0] + sign * 0.01, A[1] - 0.02), A, n=8)
        side = _arr([A] + [(0.5 + sign * w, y) for w, y in body])
        for key, value in zip(k, (N, S, C1, C2, A, side[-1], side, arm_path)):
            k[key][i] = value
    right = _path(k["N"][0], k["arm_path"][0], k["side"][0])
    left = _path(k["side"][1][::-1], k["arm_path"][1][::-1], k["N"][1])
    hem = _bez(k["H"][0], (0.5, length + 2 * hem_dip), k["H"][1], n=8)
    neck_path = _neckline(neckline, k["N"][1], k["N"][0], depth)
    loop = _path(right, hem, left, neck_path)
    sk.shape(loop[:-1])
    k.update(depth=depth, neck=neck, length=length, arm=arm, neckline=neckline, hem_dip=hem_dip)
    return k


def _half(k: dict, y: float) -> float:
    """Half-width of a top's body at height y."""
    side = k["side"][0]
    return float(np.interp(y, side[:, 1], side[:, 0])) - 0.5


def _across(sk: Sketch, k: dict, y: float, kind: str = "detail", wavy: float = 0.0) -> None:
    w = _half(k, y) - 0.005
    if wavy:
        sk.line(_wave(0.5 - w, 0.5 + w, y, 3, wavy), kind)
    else:
        sk.line([(0.5 - w, y), (0.5 + w, y)], kind)


def _hem_band(sk: Sketch, k: dict, height: float = 0.07, ribs: bool = False) -> None:
    y = k["length"] - height
    _across(sk, k, y)
    if ribs:
        w = _half(k, y)
        for x in np.linspace(0.5 - w * 0.8, 0.5 + w * 0.8, 5):
            sk.line([(x, y + 0.01), (x, k["length"] - 0.005)])


def _cuffs(sk: Sketch, k: dict, band: float = 0.06) -> None:
    for i in (0, 1):
        S, C1, C2, A = (np.asarray(k[key][i]) for key in ("S", "C1", "C2", "A"))
        outer, inner = np.linalg.norm(S - C1), np.linalg.norm(A - C2)
        if outer > band * 1.5 and inner > band:
            sk.line([_lerp(C1, S, band / outer), _lerp(C2, A, band / inner)])


def _sleeve_lines(sk: Sketch, k: dict, fractions) -> None:
    """Lines across both sleeves (stripes, quilting) at fractions of the way from the shoulder."""
    for i in (0, 1):
        S, C1, C2, A = (np.asarray(k[key][i]) for key in ("S", "C1", "C2", "A"))
        for t in fractions:
            sk.line([_lerp(S, C1, t), _lerp(A, C2, t)])


def _neck_band(sk: Sketch, k: dict, gap: float = 0.03) -> None:
    """A second neckline just outside the first: a ribbed collar."""
    ends = []
    for i in (0, 1):
        N, S = np.asarray(k["N"][i]), np.asarray(k["S"][i])
        ends.append(_lerp(N, S, gap / np.linalg.norm(S - N)))
    sk.line(_neckline(k["neckline"], ends[1], ends[0], k["depth"] + gap))


def _collar(sk: Sketch, k: dict, spread: float = 0.08, drop: float = 0.1, out: float = 0.2) -> None:
    """Shirt collar points meeting at the front of the neck."""
    d = k["depth"]
    for i, sign in ((0, 1), (1, -1)):
        start = _lerp(k["N"][i], k["S"][i], out)
        sk.line([start, (0.5 + sign * spread, d + drop), (0.5 + sign * 0.01, d)])


def _lapels(sk: Sketch, k: dict, close_y: float, width: float = 0.09, notch: bool = True) -> None:
    """Coat lapels: from the collar out and down to where the front closes."""
    d = k["depth"]
    for i, sign in ((0, 1), (1, -1)):
        start = _lerp(k["N"][i], k["S"][i], 0.25)
        wide = (0.5 + sign * (k["neck"] + width), d * 0.35 + close_y * 0.3)
        points = [start, wide]
        if notch:
            points[1:1] = [(0.5 + sign * (k["neck"] + width * 0.5), d * 0.25 + close_y * 0.2)]
        sk.line(points + [(0.5 + sign * 0.01, close_y)])


def _buttons(sk: Sketch, x: float, y0: float, y1: float, count: int, size: float = 0.7) -> None:
    for y in np.linspace(y0, y1, count):
        sk.dot(x, float(y), size)


def _placket(sk: Sketch, k: dict, y1: float | None = None, buttons: int = 5) -> None:
    y0, y1 = k["depth"] + 0.02, k["length"] if y1 is None else y1
    sk.line([(0.5, y0), (0.5, y1)])
    if buttons and sk.cue(0.8):
        _buttons(sk, 0.5 + 0.03, y0 + 0.05, y1 - 0.08, buttons)


def _pocket(sk: Sketch, cx: float, cy: float, w: float, h: float, flap: bool = False, point: bool = False) -> None:
    x0, x1, y0, y1 = cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2
    if point:
        sk.line([(x0, y0), (x0, y1 - h * 0.2), (cx, y1), (x1, y1 - h * 0.2), (x1, y0), (x0, y0)])
    else:
        sk.line(_rect(x0, y0, x1, y1))
    if flap:
        sk.line([(x0 - 0.01, y0 + h * 0.3), (x1 + 0.01, y0 + h * 0.3)])


def _hood(sk: Sketch, k: dict, height: float = 0.3, fur: bool = False) -> None:
    n = k["neck"]
    arc = _bez((0.5 - n - 0.04, 0.02), (0.5 - n - 0.14, -height * 1.3), (0.5 + n + 0.14, -height * 1.3),
               (0.5 + n + 0.04, 0.02), n=14)
    sk.shape(_path(arc, (0.5, 0.03)), arc)
    face = _bez((0.5 - n * 0.8, k["depth"]), (0.5 - n * 1.0, -height * 0.95), (0.5 + n * 1.0, -height * 0.95),
                (0.5 + n * 0.8, k["depth"]), n=12)
    if fur:
        t = np.linspace(0, 1, len(face))[:, None]
        bumps = np.sin(np.linspace(0, 9 * np.pi, len(face)))[:, None]
        sk.line(face + 0.025 * bumps * np.hstack([np.cos(t * np.pi), -np.sin(t * np.pi)]))
    elif sk.cue(0.8):
        sk.line(face)


def _strappy(sk: Sketch, *, top=0.17, top_y=0.12, neck="v", depth=0.06, body=((0.2, 0.8),), hem_dip=0.02,
             straps=0.13) -> dict:
    """A body held up by thin straps (camisole, slip dress, sundress)."""
    j = sk.j
    top, length = j(top), j(body[-1][1], 0.05)
    body = [(j(w, 0.05), y * length / body[-1][1]) for w, y in body]
    right = _arr([(0.5 + top, top_y)] + [(0.5 + w, y) for w, y in body])
    left = _mirror(right)[::-1]
    hem = _bez(right[-1], (0.5, length + 2 * hem_dip), left[0], n=8)
    neckline = _neckline(neck, (0.5 - top, top_y), (0.5 + top, top_y), top_y + depth)
    sk.shape(_path(right, hem, left, neckline)[:-1])
    for sign in (1, -1):
        x = 0.5 + sign * j(straps)
        sk.line([(x, top_y + 0.01), (x - sign * 0.01, top_y - 0.16)], "part")
    return {"side": [right, None], "length": length, "top_y": top_y, "depth": top_y + depth}


def _trousers(sk: Sketch, *, waist=0.19, outer=((0.22, 0.2), (0.2, 1.0)), inner=None, hem_in=0.06,
              crotch=0.31) -> dict:
    """Trousers from the front: two legs and the gap between them; `outer` is the side seam as
    (half-width, y) down to the hem, `inner` the inside leg as (half-width, y) from the crotch down."""
    j = sk.j
    waist, crotch, length = j(waist, 0.05), j(crotch, 0.06), j(outer[-1][1], 0.04)
    outer = [(j(w, 0.05), y * length / outer[-1][1]) for w, y in outer]
    inner = [(w, y * length / 1.0) for w, y in (inner or [(j(hem_in, 0.2), 1.0)])]
    right = [(0.5 + w, y) for w, y in outer]
    inside = [(0.5 + w, y) for w, y in inner][::-1]
    loop = [(0.5 - waist, 0.0), (0.5 + waist, 0.0), *right, *inside, (0.5, crotch)]
    loop += [(1.0 - x, y) for x, y in inside[::-1]] + [(1.0 - x, y) for x, y in right[::-1]]
    sk.shape(loop)
    outer_path = _arr([(waist, 0.0)] + outer)
    inner_path = _arr([(0.0, crotch)] + inner)
    return {"outer": outer_path, "inner": inner_path, "length": length, "crotch": crotch, "waist": waist}


def _pant_side(k: dict, y: float) -> float:
    return float(np.interp(y, k["outer"][:, 1], k["outer"][:, 0]))


def _pant_inner(k: dict, y: float) -> float:
    return float(np.interp(y, k["inner"][:, 1], k["inner"][:, 0]))


def _waistband(sk: Sketch, k: dict, height: float = 0.05) -> None:
    w = _pant_side(k, height) - 0.005
    sk.line([(0.5 - w, height), (0.5 + w, height)])


def _leg_band(sk: Sketch, k: dict, y: float) -> None:
    """A line across both legs at height y (cuffs, hems turned up)."""
    a, b = _pant_inner(k, y) + 0.005, _pant_side(k, y) - 0.005
    for sign in (1, -1):
        sk.line([(0.5 + sign * a, y), (0.5 + sign * b, y)])


def _leg_centre(k: dict, y: float) -> float:
    inside = _pant_inner(k, y) if y > k["crotch"] else 0.0
    return (inside + _pant_side(k, y)) / 2


def _creases(sk: Sketch, k: dict, y0: float = 0.2) -> None:
    y1 = k["length"] - 0.03
    for sign in (1, -1):
        sk.line([(0.5 + sign * _leg_centre(k, y0), y0), (0.5 + sign * _leg_centre(k, y1), y1)])


def _fly_and_pockets(sk: Sketch, k: dict, band: float = 0.05, slant: bool = True) -> None:
    if sk.cue(0.75):
        bottom = k["crotch"] - 0.1
        curl = _bez((0.54, bottom), (0.54, bottom + 0.05), (0.5, bottom + 0.06), n=5)
        sk.line(_path([(0.54, band), (0.54, bottom)], curl))  # the fly's stitching
    if sk.extra(0.8):
        for sign in (1, -1):
            w = _pant_side(k, 0.16)
            if slant:
                sk.line([(0.5 + sign * (k["waist"] - 0.07), band), (0.5 + sign * (w - 0.005), 0.16)])
            else:
                start = k["waist"] - 0.09
                curve = _bez((start, band), (start + 0.02, 0.15), (w - 0.005, 0.15), n=6)
                sk.line(curve * (sign, 1) + (0.5, 0))


def _sole(sk: Sketch, x0: float, x1: float, top: float, bottom: float = 1.0, toe: float = 0.5) -> None:
    """A flat sole from the side with a rounded toe at x0 (toe left)."""
    h = bottom - top
    sk.shape(_path(_bez((x0 + h * toe, top), (x0, top), (x0, bottom - h * 0.3), (x0 + h * toe, bottom), n=6),
                   (x1 - h * 0.3, bottom), _bez((x1 - h * 0.3, bottom), (x1, bottom), (x1, top), n=4)))


def _heeled_sole(sk: Sketch, heel: float = 0.35, thick: float = 0.035, block: bool = False, back: float = 0.95) -> dict:
    """A high-heeled sole (toe left on the ground, heel raised) and its heel; returns the heel seat."""
    seat = 1.0 - heel
    top = _bez((0.02, 1.0 - thick), (0.35, 1.0 - thick), (0.55, 1.0 - thick * 0.8), (back - 0.15, seat - thick), n=10)
    bottom = _bez((back - 0.15, seat), (0.55, 1.0), (0.35, 1.0), (0.03, 1.0), n=10)
    toe = _bez((0.03, 1.0), (0.0, 1.0 - thick * 0.5), (0.02, 1.0 - thick), n=3)
    sk.shape(_path(top, (back, seat - thick), (back, seat), bottom, toe))
    if block:
        sk.shape([(back - 0.13, seat), (back - 0.005, seat), (back - 0.02, 1.0), (back - 0.1, 1.0)])
    else:
        sk.shape([(back - 0.1, seat), (back - 0.04, seat), (back - 0.06, 1.0), (back - 0.075, 1.0)])
    return {"seat": seat, "back": back}


def _print(sk: Sketch, cx: float, cy: float, r: float) -> None:
    """A print on a T-shirt or a tote: a heart, a circle logo, a star, a smiley or a line of text."""
    kind = sk.rng.integers(5)
    if kind == 0:
        half = _bez((cx, cy + r), (cx - r * 1.6, cy - r * 0.2), (cx - r * 0.8, cy - r * 1.3), (cx, cy - r * 0.5), n=8)
        other = half[::-1].copy()
        other[:, 0] = 2 * cx - other[:, 0]
        sk.line(_path(half, other))  # a heart
    elif kind == 1:
        sk.line(_arc(cx, cy, r, r, 0, 360, n=14))
    elif kind == 2:
        a = np.radians(np.arange(6) * 144.0 - 90.0)
        sk.line(np.column_stack([cx + r * np.cos(a), cy + r * np.sin(a)]))
    elif kind == 3:
        sk.line(_arc(cx, cy, r, r, 0, 360, n=14))
        sk.dot(cx - r * 0.4, cy - r * 0.3, 0.5)
        sk.dot(cx + r * 0.4, cy - r * 0.3, 0.5)
        sk.line(_arc(cx, cy, r * 0.55, r * 0.5, 20, 160, n=6))
    else:
        for row in range(int(sk.rng.integers(1, 3))):
            sk.line(_wave(cx - r * 1.4, cx + r * 1.4, cy + row * r * 0.9, 3.5, r * 0.35, n=14))


# --------------------------------------------------------------------------------------------
# 0 T-shirt/top

@_design(0)
def _crew_tee(sk):
    k = _top(sk, sleeve=sk.u(0.14, 0.22), angle=sk.u(50, 70))
    if sk.extra(0.5):
        _neck_band(sk, k)
    if sk.extra(0.3):
        _cuffs(sk, k, 0.04)


@_design(0)
def _v_neck_tee(sk):
    k = _top(sk, neckline="v", depth=sk.u(0.13, 0.2), sleeve=sk.u(0.13, 0.2), chest=0.2, body=((0.2, 0.82),))
    if sk.extra(0.4):
        _neck_band(sk, k, 0.025)


@_design(0)
def _oversized_tee(sk):
    k = _top(sk, shoulder=0.3, drop=0.1, sleeve=sk.u(0.18, 0.26), angle=sk.u(40, 55), cuff=0.17,
             chest=0.29, arm=0.37, body=((0.3, sk.u(0.85, 0.95)),))
    if sk.extra(0.5):
        for i in (0, 1):
            sk.line([k["S"][i], k["A"][i]])  # the dropped shoulder seam
    if sk.extra(0.4):
        _neck_band(sk, k)


@_design(0)
def _crop_top(sk):
    k = _top(sk, sleeve=sk.u(0.08, 0.15), chest=0.19, arm=0.24, body=((0.2, sk.u(0.42, 0.52)),), hem_dip=0.0)
    if sk.extra(0.3):
        _neck_band(sk, k)


@_design(0)
def _tank_top(sk):
    k = _top(sk, neck=0.1, shoulder=0.155, drop=0.01, sleeve=0, chest=0.21, arm=0.3, neckline="scoop",
             depth=sk.u(0.13, 0.22), body=((0.22, sk.u(0.8, 0.95)),))
    if sk.extra(0.3):
        _hem_band(sk, k, 0.04)


@_design(0)
def _ringer_tee(sk):
    k = _top(sk, sleeve=sk.u(0.15, 0.2), angle=sk.u(55, 70))
    _neck_band(sk, k, 0.035)
    if sk.cue(0.8):
        _cuffs(sk, k, 0.045)


@_design(0)
def _longline_tee(sk):
    k = _top(sk, sleeve=sk.u(0.15, 0.2), chest=0.2, body=((0.21, sk.u(1.05, 1.25)),), hem_dip=0.05)
    if sk.extra(0.3):
        _neck_band(sk, k)


@_design(0)
def _print_tee(sk):
    k = _top(sk, sleeve=sk.u(0.15, 0.22), angle=sk.u(50, 68))
    if sk.cue(0.9):
        _print(sk, 0.5, k["arm"] + 0.14, sk.u(0.07, 0.11))


@_design(0)
def _polo(sk):
    k = _top(sk, depth=0.04, sleeve=sk.u(0.14, 0.19))
    if sk.cue(0.85):
        _collar(sk, k, 0.07, 0.07, 0.15)
    if sk.cue(0.7):
        sk.line([(0.5, k["depth"] + 0.02), (0.5, 0.24)])
        _buttons(sk, 0.53, 0.1, 0.2, 2)
    if sk.extra(0.5):
        _cuffs(sk, k, 0.04)


@_design(0)
def _raglan_tee(sk):
    k = _top(sk, sleeve=sk.u(0.18, 0.34), angle=sk.u(42, 60), drop=0.08, cuff=0.12)
    if sk.cue(0.8):
        for i in (0, 1):
            sk.line([_lerp(k["N"][i], k["S"][i], 0.1), k["A"][i]])


@_design(0)
def _camisole(sk):
    k = _strappy(sk, top=0.17, top_y=0.12, neck="v", depth=sk.u(0.03, 0.08), body=((0.2, 0.5), (0.22, sk.u(0.75, 0.9))))
    if sk.extra(0.4):
        sk.line(_wave(0.5 - 0.16, 0.5 + 0.16, k["top_y"] + 0.05, 4, 0.015))  # lace trim


@_design(0)
def _folded_tee(sk):
    """A tee with one sleeve folded down, as it lies on a bed."""
    angles = (sk.u(55, 72), sk.u(8, 22)) if sk.rng.random() < 0.5 else (sk.u(8, 22), sk.u(55, 72))
    k = _top(sk, sleeve=sk.u(0.15, 0.2), angles=angles)
    if sk.extra(0.4):
        _neck_band(sk, k)


# --------------------------------------------------------------------------------------------
# 1 Trouser

@_design(1)
def _jeans(sk):
    k = _trousers(sk, outer=((0.22, 0.2), (0.2, 1.0)), hem_in=0.06)
    if sk.cue(0.8):
        _waistband(sk, k)
    _fly_and_pockets(sk, k, slant=False)
    if sk.extra(0.4):
        for x in (-0.15, 0.0, 0.15):
            sk.line([(0.5 + x + 0.01, 0.0), (0.5 + x + 0.01, 0.06)], "part")  # belt loops
    if sk.extra(0.3):
        _leg_band(sk, k, k["length"] - 0.05)  # turned-up hems
    if sk.extra(0.25):
        for sign in (1, -1):
            c = _leg_centre(k, 0.6)
            sk.line([(0.5 + sign * (c - 0.04), 0.6), (0.5 + sign * (c + 0.04), 0.6)])  # a rip at the knee


@_design(1)
def _wide_leg(sk):
    k = _trousers(sk, waist=0.17, outer=((0.21, 0.18), (0.3, 1.0)), hem_in=0.025, crotch=0.34)
    if sk.cue(0.7):
        _waistband(sk, k, 0.07)
    if sk.extra(0.5):
        _creases(sk, k, 0.1)


@_design(1)
def _joggers(sk):
    k = _trousers(sk, outer=((0.23, 0.2), (0.21, 0.6), (0.14, 0.92), (0.14, 1.0)),
                  inner=[(0.08, 0.6), (0.075, 1.0)], crotch=0.32)
    if sk.cue(0.85):
        _leg_band(sk, k, k["length"] - 0.07)
    if sk.cue(0.7):
        _waistband(sk, k, 0.06)
    if sk.extra(0.7):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.02, 0.06), (0.5 + sign * 0.035, 0.2)], "detail")  # drawstring
    if sk.extra(0.3):
        for sign in (1, -1):
            sk.line([(0.5 + sign * (_pant_side(k, 0.1) - 0.02), 0.1), (0.5 + sign * (_pant_side(k, 0.9) - 0.02), 0.9)])


@_design(1)
def _cargo(sk):
    k = _trousers(sk, outer=((0.23, 0.2), (0.23, 1.0)), hem_in=0.06)
    if sk.cue(0.7):
        _waistband(sk, k)
    if sk.cue(0.9):
        for sign in (1, -1):
            x = _pant_side(k, 0.55) - 0.075
            _pocket(sk, 0.5 + sign * x, 0.55, 0.12, 0.15, flap=sk.extra(0.7))
    _fly_and_pockets(sk, k)


@_design(1)
def _chinos(sk):
    k = _trousers(sk, outer=((0.21, 0.2), (0.17, 1.0)), hem_in=0.065)
    if sk.cue(0.8):
        _waistband(sk, k)
        if sk.extra(0.6):
            sk.line(_rect(0.46, 0.0, 0.54, 0.05))  # belt buckle
    _fly_and_pockets(sk, k)
    if sk.extra(0.5):
        _creases(sk, k)


@_design(1)
def _leggings(sk):
    k = _trousers(sk, waist=0.16, outer=((0.19, 0.18), (0.14, 0.55), (0.09, 1.0)),
                  inner=[(0.06, 0.55), (0.045, 1.0)], crotch=0.28)
    if sk.extra(0.6):
        _waistband(sk, k, 0.08)


@_design(1)
def _flares(sk):
    k = _trousers(sk, waist=0.17, outer=((0.21, 0.2), (0.15, 0.6), (0.26, 1.0)),
                  inner=[(0.06, 0.6), (0.035, 1.0)], crotch=0.3)
    if sk.cue(0.7):
        _waistband(sk, k)
    _fly_and_pockets(sk, k, slant=False)


@_design(1)
def _sweatpants(sk):
    k = _trousers(sk, outer=((0.24, 0.2), (0.22, 0.88), (0.17, 1.0)), inner=[(0.075, 0.88), (0.07, 1.0)])
    if sk.cue(0.8):
        _waistband(sk, k, 0.07)
    if sk.extra(0.7):
        for sign in (1, -1):
            sk.line(_path([(0.5 + sign * 0.015, 0.07), (0.5 + sign * 0.03, 0.22)]))
            sk.dot(0.5 + sign * 0.03, 0.23, 0.6)
    if sk.extra(0.4):
        _leg_band(sk, k, k["length"] - 0.06)


@_design(1)
def _suit_trousers(sk):
    k = _trousers(sk, outer=((0.21, 0.2), (0.18, 1.0)), hem_in=0.065, crotch=0.32)
    if sk.cue(0.8):
        _waistband(sk, k, 0.05)
    if sk.cue(0.7):
        _creases(sk, k, 0.05)
    if sk.extra(0.4):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.08, 0.05), (0.5 + sign * 0.085, 0.15)])  # pleats


@_design(1)
def _paperbag(sk):
    k = _trousers(sk, waist=0.2, outer=((0.22, 0.2), (0.2, 1.0)), hem_in=0.06)
    if sk.cue(0.8):
        sk.shape(_path(_wave(0.5 - 0.2, 0.5 + 0.2, -0.04, 4, 0.02), (0.5 + 0.2, 0.01), (0.5 - 0.2, 0.01)))
        _waistband(sk, k, 0.06)
    if sk.extra(0.7):
        sk.line(_arc(0.45, 0.06, 0.05, 0.025, 0, 360, n=10))  # the tie's bow
        sk.line(_arc(0.55, 0.06, 0.05, 0.025, 0, 360, n=10))
        sk.line([(0.49, 0.07), (0.47, 0.2)])


@_design(1)
def _barrel_jeans(sk):
    k = _trousers(sk, outer=((0.22, 0.18), (0.28, 0.6), (0.17, 1.0)),
                  inner=[(0.11, 0.6), (0.065, 1.0)], crotch=0.31)
    if sk.cue(0.8):
        _waistband(sk, k)
    _fly_and_pockets(sk, k, slant=False)


# --------------------------------------------------------------------------------------------
# 2 Pullover

_LONG = dict(sleeve=0.56, angle=30.0, cuff=0.11, chest=0.23, arm=0.28, shoulder=0.25, drop=0.06,
             body=((0.23, 0.86),), hem_dip=0.01)


def _knit(sk: Sketch, k: dict, ribs: float = 0.4) -> None:
    """A sweater's ribbed cuffs and hem: its most used cue."""
    if sk.cue(0.85):
        _cuffs(sk, k, 0.07)
    if sk.cue(0.8):
        _hem_band(sk, k, 0.07, ribs=sk.extra(ribs))


@_design(2)
def _crew_sweater(sk):
    k = _top(sk, **_LONG)
    if sk.cue(0.8):
        _neck_band(sk, k)
    _knit(sk, k)


@_design(2)
def _v_jumper(sk):
    k = _top(sk, **{**_LONG, "neckline": "v", "depth": sk.u(0.14, 0.2)})
    if sk.cue(0.7):
        _neck_band(sk, k, 0.03)
    _knit(sk, k)


@_design(2)
def _turtleneck(sk):
    k = _top(sk, **{**_LONG, "depth": 0.03, "neck": 0.08})
    n = k["neck"]
    top = _arr([(0.5 - n * 0.95, 0.02), (0.5 - n * 0.9, -0.13), (0.5 + n * 0.9, -0.13), (0.5 + n * 0.95, 0.02)])
    sk.shape(top, top)
    if sk.extra(0.6):
        sk.line([(0.5 - n * 0.9, -0.06), (0.5 + n * 0.9, -0.06)])  # the fold
    _knit(sk, k)


@_design(2)
def _hoodie(sk):
    k = _top(sk, **{**_LONG, "depth": 0.05, "chest": 0.24, "body": ((0.24, 0.85),)})
    _hood(sk, k, sk.u(0.24, 0.32))
    if sk.cue(0.85):
        y0, y1 = k["length"] - 0.07, k["length"] - 0.3
        sk.line([(0.5 - 0.16, y0), (0.5 - 0.11, y1), (0.5 + 0.11, y1), (0.5 + 0.16, y0)])  # kangaroo pocket
    if sk.extra(0.7):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.035, k["depth"] + 0.01), (0.5 + sign * 0.04, k["depth"] + 0.17)])
    _knit(sk, k, 0.1)


@_design(2)
def _sweatshirt(sk):
    k = _top(sk, **{**_LONG, "drop": 0.09})
    if sk.extra(0.6):
        for i in (0, 1):
            sk.line([_lerp(k["N"][i], k["S"][i], 0.1), k["A"][i]])
    if sk.extra(0.7):
        _print(sk, 0.5, k["arm"] + 0.1, sk.u(0.07, 0.1))
    _knit(sk, k)


@_design(2)
def _cable_knit(sk):
    k = _top(sk, **_LONG)
    if sk.cue(0.8):
        for x in (0.5 - 0.11, 0.5, 0.5 + 0.11)[::1 if sk.rng.random() < 0.6 else 2]:
            y = np.linspace(k["depth"] + 0.06, k["length"] - 0.1, 16)
            swing = 0.025 * np.sin(np.linspace(0, 6 * np.pi, 16))
            sk.line(np.column_stack([x + swing, y]))
            if sk.extra(0.6):
                sk.line(np.column_stack([x - swing, y]))
    _knit(sk, k)


@_design(2)
def _half_zip(sk):
    k = _top(sk, **{**_LONG, "depth": 0.03, "neck": 0.09})
    n = k["neck"]
    collar = _arr([(0.5 - n, 0.02), (0.5 - n * 0.95, -0.08), (0.5 + n * 0.95, -0.08), (0.5 + n, 0.02)])
    sk.shape(collar, collar)
    if sk.cue(0.9):
        sk.line([(0.5, -0.08), (0.5, 0.3)])
        sk.dot(0.5 + 0.02, 0.1, 0.7)
    _knit(sk, k, 0.0)


@_design(2)
def _pattern_jumper(sk):
    k = _top(sk, **_LONG)
    y = k["arm"] + 0.08
    w = _half(k, y) - 0.01
    if sk.cue(0.85):
        sk.line(_zigzag(0.5 - w, 0.5 + w, y, 5, 0.06))
        if sk.extra(0.6):
            _across(sk, k, y - 0.06)
            _across(sk, k, y + 0.06)
    _knit(sk, k)
    if sk.extra(0.5):
        _neck_band(sk, k)


@_design(2)
def _cropped_sweater(sk):
    k = _top(sk, **{**_LONG, "chest": 0.27, "shoulder": 0.28, "cuff": 0.13, "angle": 38.0,
                    "body": ((0.27, sk.u(0.55, 0.65)),), "hem_dip": 0.0})
    if sk.cue(0.8):
        _hem_band(sk, k, 0.07)
    if sk.cue(0.8):
        _cuffs(sk, k, 0.07)


@_design(2)
def _arms_down_sweater(sk):
    k = _top(sk, **{**_LONG, "angle": sk.u(12, 20), "sleeve": 0.66})
    if sk.extra(0.7):
        _neck_band(sk, k)
    _knit(sk, k)


@_design(2)
def _breton(sk):
    k = _top(sk, **{**_LONG, "neckline": "square" if sk.rng.random() < 0.3 else "crew"})
    for y in np.linspace(k["arm"] + 0.02, k["length"] - 0.08, int(sk.rng.integers(3, 6))):
        _across(sk, k, float(y))
    if sk.extra(0.7):
        _sleeve_lines(sk, k, (0.35, 0.6, 0.85))


# --------------------------------------------------------------------------------------------
# 3 Dress

@_design(3)
def _slip_dress(sk):
    _strappy(sk, top=0.16, neck="v", depth=0.04, body=((0.15, 0.4), (0.19, 0.8), (0.24, sk.u(1.25, 1.45))))


@_design(3)
def _a_line(sk):
    sleeve = sk.u(0.08, 0.13) if sk.rng.random() < 0.5 else 0
    k = _top(sk, neck=0.08, shoulder=0.17 if sleeve == 0 else 0.2, drop=0.03, sleeve=sleeve, cuff=0.1, chest=0.17,
             arm=0.24, body=((0.14, 0.42), (0.37, sk.u(1.0, 1.15))), hem_dip=0.04)
    if sk.extra(0.5):
        _across(sk, k, 0.42)


@_design(3)
def _wrap_dress(sk):
    k = _top(sk, neck=0.08, neckline="v", depth=0.3, sleeve=sk.u(0.3, 0.45), angle=35, cuff=0.1, chest=0.18,
             body=((0.15, 0.45), (0.31, sk.u(1.05, 1.2))), hem_dip=0.03)
    if sk.cue(0.8):
        sk.line(_bez((0.5, 0.3), (0.45, 0.4), (0.38, 0.45), n=5))
        sk.line(_bez((0.4, 0.47), (0.48, 0.7), (0.56, k["length"] + 0.03), n=6))  # the wrap's edge
    if sk.extra(0.6):
        sk.line([(0.37, 0.46), (0.34, 0.62)])
        sk.line([(0.37, 0.46), (0.39, 0.6)])


@_design(3)
def _maxi(sk):
    k = _strappy(sk, top=0.15, neck="scoop", depth=0.06, body=((0.14, 0.35), (0.25, 0.9), (0.3, sk.u(1.7, 1.9))))
    if sk.extra(0.3):
        sk.line([(0.56, k["length"] - 0.45), (0.58, k["length"])])  # a slit


@_design(3)
def _shirt_dress(sk):
    k = _top(sk, neck=0.08, depth=0.04, sleeve=sk.u(0.14, 0.22), angle=55, cuff=0.11, chest=0.19,
             body=((0.16, 0.42), (0.27, sk.u(1.05, 1.2))), hem_dip=0.03)
    if sk.cue(0.8):
        _collar(sk, k, 0.06, 0.08, 0.15)
    if sk.cue(0.7):
        sk.line([(0.5, k["depth"] + 0.02), (0.5, k["length"] - 0.05)])
        _buttons(sk, 0.53, 0.12, 0.8, 5)
    if sk.extra(0.6):
        _across(sk, k, 0.42)
        _across(sk, k, 0.47)


@_design(3)
def _sundress(sk):
    k = _strappy(sk, top=0.16, top_y=0.12, neck="square", depth=0.02,
                 body=((0.15, 0.36), (0.4, sk.u(0.95, 1.1))), hem_dip=0.04)
    if sk.cue(0.7):
        _across(sk, k, 0.37)
    if sk.extra(0.4):
        _across(sk, k, k["length"] - 0.08, wavy=0.02)


@_design(3)
def _bodycon(sk):
    sleeve = 0 if sk.rng.random() < 0.6 else sk.u(0.5, 0.6)
    _top(sk, neck=0.08, shoulder=0.16 if sleeve == 0 else 0.21, drop=0.03, sleeve=sleeve, angle=25, cuff=0.09,
         chest=0.17, arm=0.24, body=((0.13, 0.42), (0.18, 0.65), (0.15, sk.u(1.0, 1.15))), hem_dip=0.0,
         neckline="scoop" if sleeve == 0 else "crew")


@_design(3)
def _tiered(sk):
    k = _strappy(sk, top=0.15, neck="v", depth=0.05,
                 body=((0.15, 0.33), (0.2, 0.58), (0.25, 0.6), (0.29, 0.84), (0.34, 0.86), (0.39, 1.1)), hem_dip=0.02)
    for y in (0.59, 0.85):
        if sk.cue(0.8):
            _across(sk, k, y * k["length"] / 1.1, wavy=0.012 if sk.extra(0.5) else 0.0)


@_design(3)
def _puff_sleeve(sk):
    k = _top(sk, neck=0.08, neckline="square", depth=0.09, shoulder=0.18, sleeve=0.1, angle=70, cuff=0.12,
             chest=0.17, arm=0.24, body=((0.14, 0.4), (0.33, sk.u(0.95, 1.1))), hem_dip=0.03)
    for i, sign in ((0, 1), (1, -1)):
        c = _lerp(k["S"][i], k["C2"][i], 0.5)
        sk.shape(_arc(c[0] + sign * 0.02, c[1], 0.09, 0.08, 0, 360, n=14))
    if sk.extra(0.5):
        _across(sk, k, 0.4)


@_design(3)
def _belted_dress(sk):
    k = _top(sk, neck=0.08, neckline="v", depth=0.12, shoulder=0.2, sleeve=sk.u(0.1, 0.16), cuff=0.1,
             chest=0.18, body=((0.15, 0.42), (0.3, sk.u(1.0, 1.2))), hem_dip=0.03)
    if sk.cue(0.9):
        _across(sk, k, 0.4)
        _across(sk, k, 0.46)
        if sk.extra(0.7):
            sk.line(_rect(0.46, 0.38, 0.54, 0.48))


@_design(3)
def _tshirt_dress(sk):
    k = _top(sk, sleeve=sk.u(0.14, 0.2), angle=60, chest=0.22, body=((0.22, 0.35), (0.27, sk.u(1.15, 1.3))),
             hem_dip=0.03)
    if sk.extra(0.4):
        _neck_band(sk, k)


# --------------------------------------------------------------------------------------------
# 4 Coat

_COAT = dict(sleeve=0.6, angle=28.0, cuff=0.12, chest=0.25, arm=0.3, shoulder=0.27, drop=0.06,
             body=((0.26, 1.1),), hem_dip=0.0, neck=0.09)


def _front(sk: Sketch, k: dict, y0: float | None = None, x: float = 0.5, zip_pull: bool = False) -> None:
    """The coat's opening, from the neck (or y0) to the hem: its most used cue."""
    if sk.cue(0.9):
        y0 = k["depth"] if y0 is None else y0
        sk.line([(x, y0), (x, k["length"] + 2 * k["hem_dip"] - 0.01)])
        if zip_pull:
            sk.dot(x + 0.02, y0 + 0.06, 0.7)


@_design(4)
def _puffer(sk):
    k = _top(sk, **{**_COAT, "cuff": 0.15, "chest": 0.28, "shoulder": 0.28, "depth": 0.03,
                    "body": ((0.3, 0.4), (0.28, 0.55), (0.3, 0.7), (0.28, 0.85), (0.29, 0.95))})
    n = k["neck"]
    collar = _arr([(0.5 - n, 0.02), (0.5 - n, -0.08), (0.5 + n, -0.08), (0.5 + n, 0.02)])
    sk.shape(collar, collar)
    _front(sk, k, -0.08)
    if sk.cue(0.9):
        for y in np.linspace(0.25, k["length"] - 0.1, 4):
            _across(sk, k, float(y))
    if sk.extra(0.8):
        _sleeve_lines(sk, k, (0.3, 0.55, 0.8))


@_design(4)
def _trench(sk):
    k = _top(sk, **{**_COAT, "neckline": "v", "depth": 0.3,
                    "body": ((0.23, 0.45), (0.23, 0.55), (0.31, sk.u(1.3, 1.5)))})
    if sk.cue(0.8):
        _lapels(sk, k, 0.3, 0.1)
    _front(sk, k, 0.3, x=0.5 + 0.07)
    if sk.cue(0.8):
        _across(sk, k, 0.5)
        _across(sk, k, 0.56)
        if sk.extra(0.6):
            sk.line(_rect(0.45, 0.48, 0.53, 0.58))
    if sk.extra(0.8):
        for x in (0.5 - 0.05, 0.5 + 0.11):
            _buttons(sk, x, 0.35, 0.45, 2, 0.6)
    if sk.extra(0.4):
        _cuffs(sk, k, 0.08)


@_design(4)
def _parka(sk):
    k = _top(sk, **{**_COAT, "depth": 0.05, "body": ((0.26, 0.5), (0.28, sk.u(1.1, 1.3)))})
    _hood(sk, k, sk.u(0.25, 0.32), fur=sk.cue(0.8))
    _front(sk, k)
    if sk.extra(0.8):
        for sign in (1, -1):
            _pocket(sk, 0.5 + sign * 0.15, k["length"] * 0.7, 0.14, 0.14, flap=True)
    if sk.extra(0.4):
        _across(sk, k, 0.5)


@_design(4)
def _denim_jacket(sk):
    k = _top(sk, **{**_COAT, "depth": 0.05, "sleeve": 0.55, "body": ((0.26, sk.u(0.72, 0.85)),)})
    if sk.cue(0.85):
        _collar(sk, k, 0.11, 0.13, 0.3)
    _front(sk, k, k["depth"] + 0.02)
    if sk.extra(0.8):
        _buttons(sk, 0.53, 0.18, k["length"] - 0.12, 4)
    if sk.cue(0.7):
        for sign in (1, -1):
            _pocket(sk, 0.5 + sign * 0.13, 0.3, 0.12, 0.1, flap=True, point=sk.extra(0.5))
    if sk.extra(0.6):
        _across(sk, k, k["length"] - 0.08)
    if sk.extra(0.5):
        _cuffs(sk, k, 0.06)


@_design(4)
def _blazer(sk):
    k = _top(sk, **{**_COAT, "neckline": "v", "depth": 0.42, "body": ((0.25, sk.u(0.95, 1.05)),)})
    if sk.cue(0.85):
        _lapels(sk, k, 0.42, 0.09)
    if sk.cue(0.9):
        length = k["length"]
        sk.line(_bez((0.5, 0.42), (0.5, length - 0.12), (0.5 - 0.08, length - 0.02), n=6))
        sk.dot(0.52, 0.5, 0.7)
    if sk.extra(0.8):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.1, 0.72), (0.5 + sign * 0.21, 0.72)])
    if sk.extra(0.4):
        sk.line([(0.5 - 0.19, 0.32), (0.5 - 0.11, 0.32)])


@_design(4)
def _bomber(sk):
    k = _top(sk, **{**_COAT, "depth": 0.05, "sleeve": 0.56, "cuff": 0.13,
                    "body": ((0.27, 0.55), (0.22, sk.u(0.75, 0.85)))})
    _front(sk, k, zip_pull=sk.extra(0.6))
    if sk.cue(0.8):
        _neck_band(sk, k, 0.04)
    if sk.cue(0.8):
        _hem_band(sk, k, 0.07)
        _cuffs(sk, k, 0.07)
    if sk.extra(0.4):
        x, y = _lerp(k["S"][0], k["C1"][0], 0.3)
        sk.line(_rect(x - 0.07, y, x - 0.01, y + 0.05))  # the sleeve pocket


@_design(4)
def _biker(sk):
    k = _top(sk, **{**_COAT, "depth": 0.06, "sleeve": 0.56, "body": ((0.25, sk.u(0.75, 0.85)),)})
    if sk.cue(0.9):
        sk.line([(0.5 + 0.09, 0.03), (0.5 - 0.04, 0.36), (0.5 - 0.04, k["length"])])  # the diagonal zip
    if sk.cue(0.7):
        sk.line([_lerp(k["N"][1], k["S"][1], 0.3), (0.5 - 0.16, 0.18), (0.5 - 0.06, 0.28)])
        sk.line([_lerp(k["N"][0], k["S"][0], 0.3), (0.5 + 0.2, 0.1), (0.5 + 0.12, 0.2)])
    if sk.extra(0.7):
        _hem_band(sk, k, 0.07)
    if sk.extra(0.6):
        sk.line([(0.5 + 0.08, 0.55), (0.5 + 0.18, 0.45)])
        sk.line([(0.5 - 0.1, 0.55), (0.5 - 0.2, 0.45)])


@_design(4)
def _wool_coat(sk):
    k = _top(sk, **{**_COAT, "neckline": "v", "depth": 0.33, "body": ((0.25, 0.5), (0.29, sk.u(1.35, 1.55)))})
    if sk.cue(0.8):
        _lapels(sk, k, 0.33, 0.1, notch=sk.extra(0.6))
    _front(sk, k, 0.33)
    if sk.extra(0.8):
        _buttons(sk, 0.53, 0.42, 0.85, 3, 0.8)
    if sk.extra(0.6):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.12, 0.85), (0.5 + sign * 0.23, 0.83)])


@_design(4)
def _raincoat(sk):
    k = _top(sk, **{**_COAT, "depth": 0.05, "body": ((0.26, 0.45), (0.32, sk.u(1.1, 1.3)))})
    if sk.cue(0.7):
        _hood(sk, k, sk.u(0.22, 0.3))
    _front(sk, k)
    if sk.extra(0.8):
        _buttons(sk, 0.53, 0.12, k["length"] - 0.15, 5, 0.7)
    if sk.extra(0.6):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.12, 0.7), (0.5 + sign * 0.24, 0.7)])


@_design(4)
def _zip_hoodie(sk):
    k = _top(sk, **{**_COAT, "depth": 0.05, "sleeve": 0.56, "body": ((0.25, sk.u(0.85, 0.95)),)})
    if sk.rng.random() < 0.7:
        _hood(sk, k, sk.u(0.24, 0.3))
    _front(sk, k, zip_pull=sk.extra(0.7))
    if sk.extra(0.6):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.08, k["length"] - 0.1), (0.5 + sign * 0.14, k["length"] - 0.3)])
    if sk.cue(0.7):
        _cuffs(sk, k, 0.07)
        _hem_band(sk, k, 0.07)
    if sk.extra(0.3):
        for i in (0, 1):  # track-jacket stripes down the sleeves
            sk.line([_lerp(k["S"][i], k["A"][i], 0.5), _lerp(k["C1"][i], k["C2"][i], 0.5)])


@_design(4)
def _open_cardigan(sk):
    k = _top(sk, **{**_COAT, "neckline": "v", "depth": 0.35, "body": ((0.25, sk.u(0.85, 1.0)),)})
    if sk.cue(0.9):
        for sign in (1, -1):
            sk.line([(0.5 + sign * 0.02, 0.35), (0.5 + sign * 0.06, k["length"] - 0.01)])  # open front edges
    if sk.extra(0.7):
        for sign in (1, -1):
            _pocket(sk, 0.5 + sign * 0.15, k["length"] - 0.22, 0.11, 0.1)
    if sk.cue(0.7):
        _cuffs(sk, k, 0.07)


# --------------------------------------------------------------------------------------------
# 5 Sandal (side views with the toe on the left; the hand mirrors half of them)

@_design(5)
def _strappy_heel(sk):
    h = _heeled_sole(sk, heel=sk.u(0.3, 0.45), block=sk.rng.random() < 0.4)
    for x0, x1 in ((0.04, 0.26), (0.22, 0.42))[: 1 + int(sk.rng.random() < 0.6)]:
        sk.line(_bez((x0, 0.97), ((x0 + x1) / 2, 0.72 - x0 * 0.4), (x1, 0.96 - x1 * 0.15), n=8), "part")
    ankle = h["seat"] - sk.u(0.15, 0.24)
    sk.line(_arc(h["back"] - 0.12, ankle, 0.12, 0.05, 0, 360, n=14), "part")
    if sk.cue(0.8):
        sk.line([(h["back"] - 0.04, h["seat"] - 0.04), (h["back"] - 0.06, ankle + 0.02)], "part")


@_design(5)
def _gladiator(sk):
    _sole(sk, 0.0, 1.0, 0.93, toe=0.6)
    sk.line([(0.93, 0.92), (0.86, 0.12)], "part")
    for y in np.linspace(0.78, 0.14, int(sk.rng.integers(4, 6))):
        sk.line(_bez((0.58 + (0.8 - y) * 0.1, y + 0.03), (0.7, y - 0.05), (0.98, y), n=6), "part")
    sk.line(_bez((0.08, 0.92), (0.18, 0.72), (0.3, 0.92), n=6), "part")
    if sk.cue(0.7):
        sk.line([(0.25, 0.85), (0.62, 0.8)], "part")


@_design(5)
def _sport_sandal(sk):
    _sole(sk, 0.0, 1.0, 0.83, toe=0.6)
    if sk.extra(0.6):
        sk.line(_zigzag(0.06, 0.94, 0.94, 8, 0.03))  # tread
    sk.line(_bez((0.08, 0.84), (0.2, 0.52), (0.4, 0.84), n=8), "part")
    sk.line(_bez((0.45, 0.84), (0.55, 0.4), (0.78, 0.36), (0.95, 0.4), n=10), "part")
    sk.line([(0.97, 0.84), (0.94, 0.4)], "part")
    if sk.extra(0.6):
        sk.line(_rect(0.58, 0.44, 0.68, 0.54))  # velcro tab


@_design(5)
def _wedge(sk):
    top = _bez((0.02, 0.9), (0.45, 0.88), (0.7, 0.78), (1.0, 0.52), n=10)
    sk.shape(_path(top, (0.99, 1.0), (0.03, 1.0), _bez((0.03, 1.0), (0.0, 0.97), (0.02, 0.9), n=3)))
    if sk.extra(0.6):
        for x in (0.4, 0.55, 0.7, 0.85):
            sk.line([(x, 0.96), (x + 0.01, float(np.interp(x, top[:, 0], top[:, 1])) + 0.04)])
    sk.line(_bez((0.06, 0.89), (0.2, 0.6), (0.42, 0.86), n=7), "part")
    sk.line(_arc(0.83, 0.3, 0.12, 0.05, 0, 360, n=14), "part")
    if sk.cue(0.8):
        sk.line([(0.93, 0.55), (0.9, 0.3)], "part")


@_design(5)
def _platform_sandal(sk):
    sk.shape([(0.03, 0.84), (0.38, 0.84), (0.72, 0.6), (0.98, 0.6), (0.97, 1.0), (0.75, 1.0), (0.72, 0.82),
              (0.44, 0.94), (0.4, 1.0), (0.04, 1.0), (0.0, 0.92)])
    sk.line(_bez((0.06, 0.84), (0.25, 0.5), (0.52, 0.76), n=7), "part")
    if sk.cue(0.7):
        sk.line(_bez((0.3, 0.82), (0.38, 0.5), (0.6, 0.7), n=6), "part")
    sk.line(_arc(0.82, 0.3, 0.12, 0.05, 0, 360, n=14), "part")
    sk.line([(0.93, 0.58), (0.9, 0.27)], "part")


@_design(5)
def _mule(sk):
    _heeled_sole(sk, heel=sk.u(0.2, 0.32), block=True)
    band = _bez((0.02, 0.96), (0.05, 0.55), (0.4, 0.6), (0.5, 0.92), n=10)
    sk.shape(_path(band, (0.3, 0.97)), band)
    if sk.extra(0.4):
        sk.line(_bez((0.12, 0.8), (0.25, 0.7), (0.4, 0.82), n=5))


@_design(5)
def _tbar_flat(sk):
    _sole(sk, 0.0, 1.0, 0.94, toe=0.6)
    sk.line(_bez((0.06, 0.93), (0.18, 0.7), (0.32, 0.93), n=7), "part")
    sk.line(_arc(0.82, 0.55, 0.14, 0.05, 0, 360, n=14), "part")
    if sk.cue(0.8):
        sk.line(_bez((0.22, 0.78), (0.45, 0.6), (0.7, 0.56), n=6), "part")
    sk.line([(0.95, 0.92), (0.94, 0.57)], "part")
    if sk.extra(0.5):
        sk.dot(0.69, 0.55, 0.6, "part")  # the buckle


def _footbed(x: float, length: float = 1.0, width: float = 0.36) -> np.ndarray:
    """A sandal seen from above, toe up."""
    w = width / 2
    right = _path(_bez((x, 0.0), (x + w * 1.3, 0.0), (x + w * 1.1, 0.35 * length), n=8),
                  _bez((x + w * 1.1, 0.35 * length), (x + w * 0.6, 0.62 * length), (x + w * 0.95, 0.85 * length), n=6),
                  _bez((x + w * 0.95, 0.85 * length), (x + w * 0.8, length), (x, length), n=6))
    left = right[::-1].copy()
    left[:, 0] = 2 * x - left[:, 0]
    return _path(right, left)[:-1]


@_design(5)
def _flip_flops(sk):
    pair = sk.rng.random() < 0.75
    for x in ((0.27, 0.73) if pair else (0.5,)):
        sk.shape(_footbed(x))
        post = (x - 0.03, 0.16)
        sk.line([(x - 0.16, 0.42), post, (x + 0.15, 0.4)])  # on the footbed: left dark when painted
        if sk.extra(0.5):
            sk.dot(*post, 0.6)


@_design(5)
def _slides_top(sk):
    pair = sk.rng.random() < 0.75
    for x in ((0.27, 0.73) if pair else (0.5,)):
        sk.shape(_footbed(x, width=0.38))
        band = _path(_bez((x - 0.21, 0.22), (x, 0.16), (x + 0.21, 0.22), n=6), (x + 0.21, 0.48),
                     _bez((x + 0.21, 0.48), (x, 0.43), (x - 0.21, 0.48), n=6), (x - 0.21, 0.22))
        sk.line(band)
        if sk.extra(0.4):
            sk.line([(x - 0.08, 0.33), (x + 0.08, 0.33)])


@_design(5)
def _slides_side(sk):
    _sole(sk, 0.0, 1.0, 0.8, toe=0.5)
    band = _bez((0.06, 0.8), (0.1, 0.42), (0.5, 0.42), (0.6, 0.8), n=10)
    sk.shape(_path(band, (0.06, 0.8)), band)
    if sk.extra(0.4):
        sk.line([(0.18, 0.62), (0.45, 0.62)])


# --------------------------------------------------------------------------------------------
# 7 Sneaker (side views, toe left)

def _low_top(sk: Sketch, collar: float = 0.38, toe: float = 0.7, sole: float = 0.84, heel: float = 0.42) -> np.ndarray:
    """A sneaker's upper and sole as one shape, a low toe rising to the collar at the back;
    returns the lace line (throat) from toe to collar."""
    toe, collar = sk.j(toe, 0.03), sk.j(collar, 0.06)
    shape = _path(_bez((0.03, sole + 0.02), (0.0, toe - 0.02), (0.18, toe - 0.05), n=7),
                  _bez((0.18, toe - 0.05), (0.38, toe - 0.1), (0.52, collar), n=6),
                  (0.56, collar - 0.04), _bez((0.58, collar), (0.72, collar + 0.1), (0.88, heel), n=6),
                  _bez((0.88, heel), (1.0, heel + 0.05), (0.99, sole), n=6), (0.99, 0.98), (0.05, 0.98),
                  _bez((0.05, 0.98), (0.0, 0.97), (0.03, sole + 0.02), n=3))
    sk.shape(shape[:-1])
    return _bez((0.22, toe - 0.06), (0.38, toe - 0.1), (0.52, collar + 0.02), n=6)


def _laces(sk: Sketch, throat: np.ndarray, count: int, cross: bool = False) -> None:
    for t in np.linspace(0.15, 0.9, count):
        i = t * (len(throat) - 1)
        p = _lerp(throat[int(i)], throat[min(int(i) + 1, len(throat) - 1)], i - int(i))
        d = throat[-1] - throat[0]
        n = np.array([d[1], -d[0]]) / np.linalg.norm(d) * 0.05
        if cross:
            sk.line([p - n + (0.03, 0), p + n - (0.03, 0)])
            sk.line([p - n - (0.03, 0), p + n + (0.03, 0)])
        else:
            sk.line([p - n, p + n])


def _sole_line(sk: Sketch, y: float, x0: float = 0.02, x1: float = 0.99, wavy: float = 0.0) -> None:
    sk.line(_wave(x0, x1, y, 3, wavy, n=12) if wavy else [(x0, y), (x1, y)])


@_design(7)
def _classic_low(sk):
    throat = _low_top(sk)
    if sk.cue(0.9):
        _sole_line(sk, 0.84)
    if sk.cue(0.75):
        _laces(sk, throat, int(sk.rng.integers(3, 5)), cross=sk.extra(0.4))
    if sk.extra(0.5):
        sk.line(_bez((0.12, 0.83), (0.1, 0.7), (0.22, 0.66), n=5))  # toe cap


@_design(7)
def _high_top(sk):
    shape = _path(_bez((0.03, 0.86), (0.0, 0.68), (0.22, 0.64), n=7), (0.42, 0.48), (0.46, 0.22), (0.52, 0.2),
                  (0.88, 0.22), _bez((0.88, 0.22), (0.93, 0.55), (0.99, 0.72), n=5), (0.99, 0.98), (0.05, 0.98),
                  _bez((0.05, 0.98), (0.0, 0.97), (0.03, 0.86), n=3))
    sk.shape(shape[:-1])
    if sk.cue(0.9):
        _sole_line(sk, 0.84)
    if sk.cue(0.8):
        _laces(sk, _arr([(0.26, 0.62), (0.44, 0.44), (0.49, 0.26)]), 5)
    if sk.extra(0.6):
        sk.line(_arc(0.72, 0.48, 0.06, 0.06, 0, 360, n=12))  # ankle patch
    if sk.extra(0.4):
        sk.line(_bez((0.12, 0.83), (0.1, 0.7), (0.22, 0.66), n=5))


@_design(7)
def _runner(sk):
    shape = _path(_bez((0.0, 0.8), (0.02, 0.64), (0.25, 0.6), n=6), (0.5, 0.42), (0.55, 0.36),
                  _bez((0.6, 0.4), (0.75, 0.5), (0.92, 0.38), n=6), _bez((0.92, 0.38), (1.0, 0.5), (0.99, 0.7), n=5),
                  (0.99, 0.98), _bez((0.99, 0.98), (0.5, 1.0), (0.15, 0.94), n=6),
                  _bez((0.15, 0.94), (0.0, 0.9), (0.0, 0.8), n=4))
    sk.shape(shape[:-1])
    if sk.cue(0.85):
        sk.line(_bez((0.06, 0.84), (0.5, 0.84), (0.99, 0.72), n=8))
    if sk.cue(0.8):
        sk.line(_bez((0.3, 0.76), (0.7, 0.8), (0.92, 0.55), n=8))  # swoosh
    if sk.extra(0.6):
        _laces(sk, _arr([(0.3, 0.58), (0.5, 0.44)]), 3)


@_design(7)
def _chunky(sk):
    throat = _low_top(sk, collar=0.32, toe=0.56, sole=0.72, heel=0.36)
    if sk.cue(0.9):
        _sole_line(sk, 0.74, wavy=0.03)
    if sk.extra(0.6):
        _sole_line(sk, 0.88, 0.04, 0.97)
    if sk.cue(0.7):
        _laces(sk, throat, 4)
    if sk.extra(0.7):
        sk.line(_bez((0.15, 0.7), (0.4, 0.5), (0.6, 0.7), n=6))
        sk.line(_bez((0.5, 0.7), (0.7, 0.5), (0.92, 0.66), n=6))


@_design(7)
def _slip_on(sk):
    shape = _path(_bez((0.03, 0.86), (0.0, 0.64), (0.25, 0.6), n=7), _bez((0.25, 0.6), (0.45, 0.52), (0.6, 0.52), n=5),
                  _bez((0.6, 0.52), (0.8, 0.52), (0.93, 0.5), n=5), _bez((0.93, 0.5), (1.0, 0.56), (0.99, 0.84), n=5),
                  (0.99, 0.98), (0.05, 0.98), _bez((0.05, 0.98), (0.0, 0.97), (0.03, 0.86), n=3))
    sk.shape(shape[:-1])
    if sk.cue(0.9):
        _sole_line(sk, 0.84)
    if sk.extra(0.6):
        sk.line([(0.5, 0.54), (0.55, 0.66), (0.6, 0.54)])  # elastic gore
    if sk.extra(0.4):
        _sole_line(sk, 0.91, 0.03, 0.98)


@_design(7)
def _stripes_trainer(sk):
    throat = _low_top(sk, collar=0.4, toe=0.64, sole=0.84)
    if sk.cue(0.85):
        _sole_line(sk, 0.84)
    if sk.cue(0.85):
        for x in (0.42, 0.52, 0.62):
            sk.line([(x, 0.82), (x + 0.1, 0.5)])
    if sk.extra(0.6):
        _laces(sk, throat, 3)
    if sk.extra(0.5):
        sk.line(_rect(0.86, 0.48, 0.96, 0.66))  # heel tab


@_design(7)
def _skate_shoe(sk):
    throat = _low_top(sk, collar=0.3, toe=0.6, sole=0.8, heel=0.36)
    if sk.cue(0.9):
        _sole_line(sk, 0.8)
    if sk.extra(0.7):
        sk.line(_bez((0.6, 0.34), (0.75, 0.44), (0.9, 0.38), n=5))  # padded collar
    if sk.cue(0.7):
        _laces(sk, throat, 4)
    if sk.extra(0.5):
        sk.line(_bez((0.3, 0.72), (0.6, 0.62), (0.85, 0.72), n=6))  # side stripe


@_design(7)
def _court(sk):
    throat = _low_top(sk, collar=0.42, toe=0.68, sole=0.88, heel=0.44)
    if sk.cue(0.85):
        _sole_line(sk, 0.88)
    if sk.cue(0.7):
        _laces(sk, throat, 3)
    if sk.extra(0.6):
        for x in (0.1, 0.16, 0.22):
            sk.dot(x, 0.76, 0.4)
    if sk.extra(0.5):
        sk.line([(0.88, 0.46), (0.9, 0.7)])


@_design(7)
def _velcro(sk):
    _low_top(sk, collar=0.36)
    if sk.cue(0.85):
        _sole_line(sk, 0.84)
    if sk.cue(0.85):
        for x in (0.22, 0.36, 0.5)[: int(sk.rng.integers(2, 4))]:
            sk.line(_rect(x, 0.56 - (x - 0.22) * 0.6, x + 0.09, 0.8))


# --------------------------------------------------------------------------------------------
# 8 Bag

def _bag_body(sk: Sketch, x0: float, x1: float, y0: float, y1: float, top: float = 0.0, round_: float = 0.03) -> None:
    """A bag's body from the front: a rectangle, or a trapezoid narrower at the top by `top`."""
    r = round_
    sk.shape(_path((x0 + top, y0), (x1 - top, y0), (x1, y1 - r), _bez((x1, y1 - r), (x1, y1), (x1 - r, y1), n=3),
                   (x0 + r, y1), _bez((x0 + r, y1), (x0, y1), (x0, y1 - r), n=3))[:-1])


@_design(8)
def _tote(sk):
    top = sk.u(-0.05, 0.08)
    _bag_body(sk, 0.1, 0.9, 0.42, 1.0, top)
    for x0, x1 in ((0.22, 0.42), (0.58, 0.78)) if sk.rng.random() < 0.5 else ((0.25, 0.75),):
        peak = sk.u(-0.1, 0.05), sk.u(-0.1, 0.05)
        handle = _bez((x0 + top * 0.5, 0.42), (x0, peak[0]), (x1, peak[1]), (x1 - top * 0.5, 0.42), n=10)
        sk.line(handle, "part")
    if sk.extra(0.4):
        _print(sk, 0.5, 0.7, 0.1)


@_design(8)
def _backpack(sk):
    shape = _path(_bez((0.18, 0.3), (0.18, 0.05), (0.82, 0.05), (0.82, 0.3), n=12), (0.84, 0.95),
                  _bez((0.84, 0.95), (0.84, 1.0), (0.78, 1.0), n=3), (0.22, 1.0),
                  _bez((0.22, 1.0), (0.16, 1.0), (0.16, 0.95), n=3))
    sk.shape(shape[:-1])
    sk.line(_bez((0.4, 0.1), (0.42, -0.04), (0.58, -0.04), (0.6, 0.1), n=8), "part")
    if sk.cue(0.8):
        sk.line(_path(_bez((0.26, 0.93), (0.24, 0.58), (0.76, 0.58), (0.74, 0.93), n=10), (0.26, 0.93)))  # front pocket
    if sk.extra(0.6):
        sk.line(_bez((0.22, 0.32), (0.24, 0.12), (0.76, 0.12), (0.78, 0.32), n=10))  # zip
    if sk.extra(0.5):
        for sign in (1, -1):
            sk.line(_bez((0.5 + sign * 0.3, 0.15), (0.5 + sign * 0.42, 0.5), (0.5 + sign * 0.36, 0.95), n=7), "part")


@_design(8)
def _crossbody(sk):
    _bag_body(sk, 0.22, 0.78, 0.58, 0.95, 0.0, 0.05)
    if sk.cue(0.8):
        round_flap = sk.rng.random() < 0.5
        sk.line(_bez((0.22, 0.6), (0.5, 0.84), (0.78, 0.6), n=8) if round_flap else [(0.22, 0.72), (0.78, 0.72)])
        sk.dot(0.5, 0.75, 0.6)
    if sk.rng.random() < 0.6:
        sk.line([(0.24, 0.58), (0.5, sk.u(-0.05, 0.1)), (0.76, 0.58)], "part")
    else:
        sk.line(_bez((0.24, 0.58), (0.3, -0.1), (0.76, 0.58), n=10), "part")


@_design(8)
def _handbag(sk):
    _bag_body(sk, 0.12, 0.88, 0.4, 1.0, sk.u(0.05, 0.12))
    sk.line(_bez((0.32, 0.4), (0.33, 0.05), (0.67, 0.05), (0.68, 0.4), n=10), "part")
    if sk.extra(0.7):
        sk.line(_bez((0.18, 0.42), (0.2, 0.62), (0.8, 0.62), (0.82, 0.42), n=8))
        sk.dot(0.5, 0.6, 0.7)


@_design(8)
def _clutch(sk):
    _bag_body(sk, 0.0, 1.0, 0.3, 0.8, 0.0, 0.05)
    if sk.cue(0.85):
        sk.line([(0.01, 0.31), (0.5, 0.62), (0.99, 0.31)])
    if sk.extra(0.6):
        sk.dot(0.5, 0.58, 0.7)
    if sk.extra(0.3):
        sk.line(_arc(0.9, 0.25, 0.12, 0.14, 90, 400, n=12), "part")  # wristlet strap


@_design(8)
def _bucket(sk):
    bottom = _bez((0.83, 0.85), (0.83, 1.0), (0.5, 1.0), (0.17, 1.0), (0.17, 0.85), n=10)
    shape = _path((0.25, 0.32), (0.75, 0.32), bottom)
    sk.shape(shape[:-1])
    if sk.cue(0.8):
        sk.line(_wave(0.25, 0.75, 0.4, 4, 0.02, n=14))
    if sk.extra(0.6):
        sk.line([(0.45, 0.4), (0.42, 0.55)])
        sk.line([(0.55, 0.4), (0.58, 0.56)])
    sk.line(_bez((0.27, 0.34), (0.3, -0.05), (0.7, -0.05), (0.73, 0.34), n=10), "part")


@_design(8)
def _shopping_bag(sk):
    _bag_body(sk, 0.15, 0.85, 0.32, 1.0, 0.0, 0.0)
    for dx in (0.0, 0.04)[: 1 + int(sk.rng.random() < 0.6)]:
        sk.line(_bez((0.36 + dx, 0.32), (0.38 + dx, 0.08), (0.62 + dx, 0.08), (0.64 + dx, 0.32), n=8), "part")
    if sk.extra(0.6):
        for x, sign in ((0.15, 1), (0.85, -1)):
            sk.line([(x + sign * 0.005, 0.34), (x + sign * 0.07, 0.9), (x + sign * 0.005, 0.98)])
    if sk.extra(0.5):
        _print(sk, 0.5, 0.62, 0.1)


@_design(8)
def _messenger(sk):
    _bag_body(sk, 0.05, 0.95, 0.38, 1.0, 0.0, 0.04)
    if sk.cue(0.85):
        sk.line(_path((0.05, 0.39), (0.06, 0.8), _bez((0.06, 0.8), (0.06, 0.86), (0.12, 0.86), n=3), (0.88, 0.86),
                      _bez((0.88, 0.86), (0.94, 0.86), (0.94, 0.8), n=3), (0.95, 0.39)))
    if sk.extra(0.6):
        for x in (0.3, 0.7):
            sk.line(_rect(x - 0.04, 0.74, x + 0.04, 0.9))
    sk.line(_bez((0.07, 0.4), (0.1, -0.08), (0.9, -0.08), (0.93, 0.4), n=12), "part")


@_design(8)
def _duffel(sk):
    shape = _path(_bez((0.05, 0.5), (0.1, 0.35), (0.9, 0.35), (0.95, 0.5), n=10), (0.97, 0.88),
                  _bez((0.97, 0.88), (0.97, 0.92), (0.92, 0.92), n=3), (0.08, 0.92),
                  _bez((0.08, 0.92), (0.03, 0.92), (0.03, 0.88), n=3))
    sk.shape(shape[:-1])
    sk.line(_bez((0.35, 0.4), (0.37, 0.1), (0.63, 0.1), (0.65, 0.4), n=10), "part")
    if sk.extra(0.7):
        sk.line(_bez((0.1, 0.47), (0.15, 0.4), (0.85, 0.4), (0.9, 0.47), n=10))  # zip
    if sk.extra(0.5):
        sk.line(_arc(0.15, 0.68, 0.07, 0.16, 0, 360, n=12))
        sk.line(_arc(0.85, 0.68, 0.07, 0.16, 0, 360, n=12))


@_design(8)
def _belt_bag(sk):
    shape = _path(_bez((0.18, 0.45), (0.5, 0.33), (0.82, 0.45), n=8),
                  _bez((0.82, 0.45), (0.9, 0.57), (0.82, 0.72), n=5),
                  _bez((0.82, 0.72), (0.5, 0.86), (0.18, 0.72), n=8),
                  _bez((0.18, 0.72), (0.1, 0.57), (0.18, 0.45), n=5))
    sk.shape(shape[:-1])
    if sk.cue(0.8):
        sk.line(_bez((0.22, 0.5), (0.5, 0.41), (0.78, 0.5), n=8))  # zip
    if sk.extra(0.5):
        sk.line([(0.3, 0.65), (0.7, 0.65)])
    for sign in (1, -1):  # the belt, leaving both sides
        sk.line([(0.5 + sign * 0.37, 0.56), (0.5 + sign * 0.5, 0.58)], "part")
    if sk.extra(0.5):
        sk.line(_rect(0.9, 0.53, 0.96, 0.63), "part")


# --------------------------------------------------------------------------------------------
# 9 Ankle boot (side views, toe left)

def _boot(sk: Sketch, *, shaft=(0.5, 0.92), top=0.0, instep=0.58, toe=0.66, heel=0.1, sole=0.05, back=0.97,
          pointed=False) -> dict:
    """An ankle boot's outline: a foot with a shaft rising at the back; returns where things are."""
    j = sk.j
    front, rear = j(shaft[0], 0.05), j(shaft[1], 0.03)
    ground, seat = 1.0, 1.0 - heel
    toe_path = (_bez((0.0, ground - sole), (0.05, toe + 0.05), (0.3, instep + 0.02), n=7) if pointed else
                _bez((0.03, ground - sole), (0.0, toe), (0.28, instep + 0.02), n=7))
    shape = _path(toe_path, _bez((0.28, instep + 0.02), (front - 0.02, instep - 0.03), (front, instep - 0.2), n=6),
                  (front + 0.01, top), (rear, top), _bez((rear, top), (rear - 0.02, 0.55), (back, seat - 0.1), n=6),
                  (back, ground), (back - 0.2, ground), (back - 0.21, seat), (0.1, ground - sole * 0.3),
                  _bez((0.1, ground - sole * 0.3), (0.02, ground - sole * 0.3), (toe_path[0][0], ground - sole), n=3))
    sk.shape(shape[:-1])
    return {"front": front, "rear": rear, "top": top, "seat": seat, "back": back, "sole": sole}


@_design(9)
def _chelsea(sk):
    b = _boot(sk)
    if sk.cue(0.85):
        x0, x1 = b["front"] + 0.1, b["rear"] - 0.08
        sk.line(_bez((x0, 0.01), (x0 + 0.03, 0.45), (x1 - 0.03, 0.45), (x1, 0.01), n=8))  # elastic panel
    if sk.extra(0.6):
        x = b["rear"]
        sk.line([(x - 0.04, 0.01), (x - 0.04, -0.09), (x + 0.01, -0.09), (x, 0.01)], "part")  # pull tab
    if sk.extra(0.5):
        sk.line([(0.06, 0.92), (b["back"] - 0.2, 0.92)])


@_design(9)
def _combat(sk):
    b = _boot(sk, top=-0.1, heel=0.13, sole=0.1, toe=0.62)
    if sk.cue(0.85):
        for y in np.linspace(0.52, -0.04, 5):
            x = b["front"] - 0.02 + (0.52 - y) * 0.05
            sk.line([(x - 0.06, y + 0.03), (x + 0.06, y - 0.03)])
    if sk.cue(0.7):
        sk.line(_zigzag(0.05, b["back"], 0.96, 7, 0.04) if sk.extra(0.6) else [(0.05, 0.88), (b["back"], 0.88)])
    if sk.extra(0.4):
        sk.line([(b["front"] + 0.02, 0.0), (b["rear"], 0.0)])


@_design(9)
def _heeled_boot(sk):
    heel = sk.u(0.22, 0.35)
    b = _boot(sk, shaft=(0.52, 0.9), heel=heel, sole=0.03, toe=0.7 + heel * 0.3, instep=0.56, pointed=True)
    if sk.extra(0.5):
        sk.line([(b["front"] + 0.2, 0.02), (b["front"] + 0.2, 0.55)])  # side zip
    if sk.extra(0.3):
        sk.line([(0.08, 1.0 - 0.04), (b["back"] - 0.2, b["seat"])])


@_design(9)
def _cowboy(sk):
    b = _boot(sk, shaft=(0.5, 0.92), top=-0.05, heel=0.14, sole=0.04, toe=0.7, pointed=True)
    if sk.cue(0.75):
        sk.line([(b["front"] + 0.01, -0.05), (0.7, 0.06), (b["rear"], -0.05)], "part")  # the V of the shaft's top
    if sk.extra(0.7):
        sk.line(_bez((0.6, 0.15), (0.8, 0.2), (0.62, 0.35), (0.82, 0.45), n=8))
    if sk.extra(0.5):
        sk.line(_bez((0.12, 0.76), (0.2, 0.65), (0.35, 0.65), n=5))


@_design(9)
def _hiking(sk):
    b = _boot(sk, top=0.02, heel=0.12, sole=0.12, toe=0.58, instep=0.5)
    if sk.cue(0.8):
        for y in np.linspace(0.48, 0.08, 4):
            x = b["front"] + (0.48 - y) * 0.02
            sk.line([(x - 0.07, y), (x + 0.05, y - 0.04)])
            if sk.extra(0.5):
                sk.dot(x + 0.06, y - 0.04, 0.4)
    if sk.cue(0.8):
        sk.line([(0.06, 0.86), (b["back"], 0.86)])
    if sk.extra(0.6):
        sk.line(_bez((0.1, 0.86), (0.1, 0.7), (0.3, 0.64), n=5))  # toe bumper
    if sk.extra(0.5):
        sk.line(_bez((b["front"] + 0.02, 0.08), (0.7, 0.16), (b["rear"], 0.06), n=5))  # padded collar


@_design(9)
def _ugg(sk):
    b = _boot(sk, shaft=(0.42, 0.94), top=0.0, heel=0.03, sole=0.05, toe=0.55, instep=0.5)
    if sk.cue(0.8):
        sk.line(_wave(b["front"] + 0.01, b["rear"], 0.06, 3, 0.025, n=12))  # the fluffy cuff
    if sk.cue(0.7):
        sk.line([(0.04, 0.93), (b["back"], 0.93)])
    if sk.extra(0.5):
        sk.line(_bez((0.3, 0.57), (0.2, 0.7), (0.25, 0.9), n=5))


@_design(9)
def _platform_boot(sk):
    b = _boot(sk, top=-0.05, heel=0.2, sole=0.18, toe=0.56, instep=0.5)
    if sk.cue(0.85):
        sk.line([(0.05, 0.8), (b["back"] - 0.21, 0.8), (b["back"], 0.8)])
    if sk.extra(0.6):
        for y in np.linspace(0.45, 0.0, 4):
            x = b["front"] + (0.45 - y) * 0.03
            sk.line([(x - 0.05, y), (x + 0.05, y - 0.03)])


@_design(9)
def _sock_boot(sk):
    b = _boot(sk, shaft=(0.52, 0.88), top=-0.04, heel=0.14, sole=0.03, toe=0.7, instep=0.58)
    if sk.cue(0.7):
        sk.line([(b["rear"] - 0.08, -0.03), (b["rear"] - 0.06, 0.5)])
        sk.dot(b["rear"] - 0.08, 0.0, 0.6)


@_design(9)
def _chukka(sk):
    b = _boot(sk, shaft=(0.52, 0.9), top=0.12, heel=0.04, sole=0.08, toe=0.62, instep=0.56)
    if sk.cue(0.8):
        sk.line(_bez((0.36, 0.57), (0.5, 0.45), (0.55, 0.15), n=6))  # the front panel's seam
    if sk.extra(0.7):
        sk.dot(b["front"] + 0.02, 0.3, 0.5)
        sk.dot(b["front"] + 0.04, 0.2, 0.5)
    if sk.cue(0.7):
        sk.line([(0.05, 0.92), (b["back"], 0.92)])


# --------------------------------------------------------------------------------------------
# 6 Shirt

_SHIRT = dict(sleeve=0.56, angle=30.0, cuff=0.1, chest=0.22, arm=0.28, shoulder=0.24, drop=0.06,
              body=((0.22, 0.9),), hem_dip=0.045, depth=0.04)


def _shirt_front(sk: Sketch, k: dict, collar: bool = True, buttons: int = 5) -> None:
    """Collar points, the button line and cuffs: a shirt's cues."""
    if collar and sk.cue(0.9):
        _collar(sk, k)
    if sk.cue(0.85):
        _placket(sk, k, buttons=buttons)
    if sk.extra(0.6):
        _cuffs(sk, k, 0.05)


@_design(6)
def _button_down(sk):
    k = _top(sk, **_SHIRT)
    _shirt_front(sk, k)
    if sk.extra(0.4):
        _pocket(sk, 0.5 + 0.11, 0.3, 0.09, 0.09)


@_design(6)
def _flannel(sk):
    k = _top(sk, **_SHIRT)
    _shirt_front(sk, k)
    if sk.cue(0.8):
        for y in np.linspace(0.3, k["length"] - 0.1, 3):
            _across(sk, k, float(y))
        for x in (0.35, 0.65):
            sk.line([(x, k["arm"]), (x, k["length"] - 0.01)])
    if sk.extra(0.6):
        _sleeve_lines(sk, k, (0.4, 0.7))


@_design(6)
def _blouse(sk):
    k = _top(sk, **{**_SHIRT, "cuff": 0.13, "neckline": "v", "depth": 0.12, "body": ((0.21, 0.3), (0.23, 0.8))})
    if sk.cue(0.7):
        for sign in (1, -1):  # a bow at the neck
            sk.line(_arc(0.5 + sign * 0.05, k["depth"], 0.05, 0.03, 0, 360, n=10))
        sk.line([(0.49, k["depth"]), (0.45, k["depth"] + 0.15)])
        sk.line([(0.51, k["depth"]), (0.55, k["depth"] + 0.14)])
    elif sk.cue(0.8):
        _collar(sk, k, 0.07, 0.08)
    if sk.cue(0.8):
        _buttons(sk, 0.5, k["depth"] + 0.1, k["length"] - 0.1, 4)
    if sk.cue(0.7):
        _cuffs(sk, k, 0.05)


@_design(6)
def _hawaiian(sk):
    k = _top(sk, **{**_SHIRT, "sleeve": sk.u(0.16, 0.22), "angle": 58.0, "cuff": 0.13, "body": ((0.23, 0.85),),
                    "hem_dip": 0.0})
    if sk.cue(0.9):
        _collar(sk, k, 0.1, 0.13, 0.35)
    if sk.cue(0.85):
        _placket(sk, k, buttons=4)
    if sk.extra(0.8):
        for _ in range(int(sk.rng.integers(3, 6))):
            x, y = 0.5 + sk.u(-0.17, 0.17), sk.u(0.3, k["length"] - 0.08)
            if abs(x - 0.5) > 0.04:
                sk.line(_arc(x, y, 0.03, 0.03, 0, 360, n=8))


@_design(6)
def _rolled_sleeves(sk):
    k = _top(sk, **{**_SHIRT, "sleeve": sk.u(0.32, 0.42), "angle": 35.0, "cuff": 0.12})
    _shirt_front(sk, k)
    if sk.cue(0.8):
        _cuffs(sk, k, 0.07)


@_design(6)
def _oversized_shirt(sk):
    k = _top(sk, **{**_SHIRT, "shoulder": 0.3, "drop": 0.1, "chest": 0.29, "arm": 0.36, "cuff": 0.13,
                    "body": ((0.29, sk.u(0.95, 1.1)),), "hem_dip": 0.06})
    _shirt_front(sk, k, buttons=6)
    if sk.extra(0.5):
        _pocket(sk, 0.5 + 0.14, 0.33, 0.1, 0.1)


@_design(6)
def _utility_shirt(sk):
    k = _top(sk, **_SHIRT)
    _shirt_front(sk, k)
    if sk.cue(0.8):
        for sign in (1, -1):
            _pocket(sk, 0.5 + sign * 0.11, 0.3, 0.09, 0.1, flap=True)


@_design(6)
def _mandarin(sk):
    k = _top(sk, **{**_SHIRT, "neck": 0.08})
    n = k["neck"]
    band = _arr([(0.5 - n, 0.02), (0.5 - n * 0.95, -0.05), (0.5 + n * 0.95, -0.05), (0.5 + n, 0.02)])
    sk.shape(band, band)
    _shirt_front(sk, k, collar=False)


@_design(6)
def _denim_shirt(sk):
    k = _top(sk, **_SHIRT)
    _shirt_front(sk, k)
    if sk.extra(0.7):
        w = _half(k, 0.2)
        sk.line(_bez((0.5 - w, 0.2), (0.5, 0.12), (0.5 + w, 0.2), n=6))  # yoke
    if sk.cue(0.6):
        for sign in (1, -1):
            _pocket(sk, 0.5 + sign * 0.11, 0.32, 0.09, 0.09, point=True)


@_design(6)
def _striped_shirt(sk):
    k = _top(sk, **_SHIRT)
    _shirt_front(sk, k)
    if sk.cue(0.8):
        for x in (-0.15, -0.08, 0.08, 0.15):
            sk.line([(0.5 + x, 0.12), (0.5 + x, k["length"] + k["hem_dip"] - 0.01)])


# --------------------------------------------------------------------------------------------
# Drawing: from the design's box to pixels.

def _place(sk: Sketch, hand: Hand, rng: np.random.Generator, size: float, label: int):
    """The affine the hand draws the design with (size, mirror, stretch, tilt, position) and the
    low-frequency warp that puts proportions a little off."""
    points = sk.points()
    lo, hi = points.min(0), points.max(0)
    centre, span = (lo + hi) / 2, np.maximum(hi - lo, 1e-3)
    stretch = math.exp(rng.normal(0, 0.08))
    flip = -1.0 if rng.random() < 0.5 else 1.0
    turn = rng.uniform(-0.2, 0.2) if label in (0, 1, 2, 3, 4, 6) and rng.random() < THREE_QUARTER else 0.0
    scale = size * CANVAS / max(span[0] * stretch, span[1])
    tilt = rng.uniform(-BIG_TILT[1], BIG_TILT[1]) if rng.random() < BIG_TILT[0] else rng.normal(0, TILT_SD)
    c, s = math.cos(math.radians(tilt)), math.sin(math.radians(tilt))
    rotation = np.array([[c, -s], [s, c]])

    def affine(p: np.ndarray) -> np.ndarray:
        q = (p - centre) * (stretch * flip, 1.0)
        if turn:
            q[:, 0] *= 1.0 + turn * q[:, 0] / (span[0] / 2)
        return (q * scale) @ rotation.T

    corners = affine(np.array([lo, hi, (lo[0], hi[1]), (hi[0], lo[1])]))
    margin = hand.brush / 2 + 2
    low, high = margin - corners.min(0), CANVAS - margin - corners.max(0)
    position = np.where(low < high, rng.uniform(np.minimum(low, high), np.maximum(low, high)), CANVAS / 2)
    if rng.random() < CUT_OFF:  # drawn past the edge of a small screen: sideways or off the bottom
        extent = corners.max(0) - corners.min(0)
        axis = int(rng.random() < 0.4)
        position[axis] += (1 if axis else rng.choice((-1, 1))) * rng.uniform(0.08, 0.2) * extent[axis]
    amp = rng.uniform(0.0, 0.02 if hand.device == "stylus" else 0.035) * size * CANVAS
    wave = rng.uniform(1.0, 2.0) * size * CANVAS
    phase = rng.uniform(0, 2 * np.pi, 2)

    def to_canvas(p: np.ndarray) -> np.ndarray:
        q = affine(p) + position
        return q + amp * np.column_stack([np.sin(2 * np.pi * q[:, 1] / wave + phase[0]),
                                          np.sin(2 * np.pi * q[:, 0] / wave + phase[1])])
    return to_canvas


def _resample(p: np.ndarray, closed: bool = False) -> np.ndarray:
    if closed:
        p = np.vstack([p, p[:1]])
    s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(p, axis=0).T))])
    n = max(2, int(s[-1] / STEP) + 1)
    t = np.linspace(0.0, s[-1], n)
    return np.column_stack([np.interp(t, s, p[:, 0]), np.interp(t, s, p[:, 1])])


def _wobble(p: np.ndarray, hand: Hand, rng: np.random.Generator) -> np.ndarray:
    """A hand's stroke along a path: landed a little off, swaying slowly, shaking (fingers)."""
    n = len(p)
    s = np.arange(n) * STEP
    out = p + rng.normal(0, hand.drift, 2)
    for wavelength in (60.0 + max(s[-1], 100.0) * rng.uniform(0.4, 1.2, 2)):  # a sway or two per stroke
        sway = np.sin(2 * np.pi * s / wavelength + rng.uniform(0, 2 * np.pi))
        out = out + np.outer(sway, rng.normal(0, hand.wobble, 2))
    if hand.jitter > 0.15 and n > 2:
        shake = rng.normal(0, hand.jitter, (n, 2))
        out = out + (shake + np.roll(shake, 1, 0) + np.roll(shake, -1, 0)) / 2
    return out


def _trim(p: np.ndarray, hand: Hand, rng: np.random.Generator) -> np.ndarray:
    """A stroke that starts a little late and stops a little early."""
    n = len(p)
    cut = np.minimum(np.abs(rng.normal(0, hand.gap, 2)) / STEP, n * 0.2).astype(int)
    return p[cut[0]: n - cut[1]] if n - cut.sum() >= 2 else p


def _pieces(loop: np.ndarray, hand: Hand, rng: np.random.Generator) -> list[np.ndarray]:
    """A closed outline drawn as a few strokes that leave small gaps or overlap where they meet."""
    n = len(loop) - 1  # the last point repeats the first
    count = int(rng.integers(1, hand.pieces + 1)) if n >= 12 else 1
    starts = np.sort(rng.integers(n) + rng.integers(0, n, count))
    strokes = []
    for i, a in enumerate(starts):
        b = starts[i + 1] if i + 1 < count else starts[0] + n
        ends = np.round(rng.normal(0, hand.gap, 2) / STEP).astype(int)  # <0: a gap, >0: an overlap
        index = np.arange(a - ends[0], b + ends[1] + 1)
        if len(index) >= 2:
            strokes.append(loop[index % n])
    return strokes


def _stroke(draw: ImageDraw.ImageDraw, p: np.ndarray, width: float, fill: int) -> None:
    """A round-brush stroke, drawn at SCALE x."""
    q = p * SCALE
    w = max(1, int(round(width * SCALE)))
    draw.line(q.ravel().tolist(), fill=fill, width=w, joint="curve")
    r = w / 2
    for x, y in (q[0], q[-1]):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _tap(draw: ImageDraw.ImageDraw, centre, radius: float, fill: int) -> None:
    x, y, r = centre[0] * SCALE, centre[1] * SCALE, max(1.0, radius * SCALE)
    draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _scribble(loops: list[np.ndarray], hand: Hand, rng: np.random.Generator) -> Image.Image:
    """The shapes painted in with a finger or stylus: back-and-forth rows, a zigzag or a spiral,
    spilling a little over the edge and missing bits, at SCALE x."""
    size = CANVAS * SCALE
    width = hand.brush * SCALE
    mask = Image.new("L", (size, size), 0)
    md = ImageDraw.Draw(mask)
    spill = width * rng.uniform(0.0, 0.45 if hand.device != "stylus" else 0.2)
    for loop in loops:
        md.polygon((loop * SCALE).ravel().tolist(), fill=255)
        if spill >= 1:  # over the edge by more here, less there
            for part in np.array_split(np.vstack([loop, loop[:1]]) * SCALE, 4):
                reach = int(2 * spill * rng.uniform(0.0, 1.6))
                if reach >= 2 and len(part) >= 2:
                    md.line(part.ravel().tolist(), fill=255, width=reach, joint="curve")
    every = np.vstack(loops) * SCALE
    lo, hi = every.min(0) - width, every.max(0) + width
    kind = rng.choice(("rows", "zigzag", "spiral"), p=(0.45, 0.35, 0.2))
    dense = 0.75 if hand.device == "stylus" else 1.0
    if kind == "spiral":
        centre = (lo + hi) / 2 + rng.normal(0, width * 0.3, 2)
        path = _spiral(centre, (hi - lo) / 2, width * rng.uniform(0.7, 1.15) * dense)
    else:
        gap = width * (rng.uniform(0.35, 0.75) if kind == "zigzag" else rng.uniform(0.6, 1.1)) * dense
        path = _sweep(lo, hi, gap, kind == "rows", rng)
    path = path + rng.normal(0, hand.wobble * SCALE * 0.5, path.shape)
    paint = Image.new("L", (size, size), 0)
    ImageDraw.Draw(paint).line(path.ravel().tolist(), fill=255, width=int(width), joint="curve")
    return ImageChops.darker(paint, mask)


def _sweep(lo: np.ndarray, hi: np.ndarray, gap: float, rows: bool, rng: np.random.Generator) -> np.ndarray:
    """Strokes across a box at an angle, back and forth (rows) or zigzag, some turning back early."""
    angle = math.radians(rng.choice((0.0, 90.0, 45.0, -45.0), p=(0.4, 0.25, 0.2, 0.15)) + rng.normal(0, 8))
    along, across = np.array([math.cos(angle), math.sin(angle)]), np.array([-math.sin(angle), math.cos(angle)])
    centre, half = (lo + hi) / 2, (hi - lo) / 2
    reach_u = abs(half[0] * along[0]) + abs(half[1] * along[1])
    reach_v = abs(half[0] * across[0]) + abs(half[1] * across[1])
    steps = gap * rng.uniform(0.7, 1.3, int(2 * reach_v / (gap * 0.7)) + 2)  # uneven spacing: a slit here and there
    v = -reach_v + np.concatenate([[0.0], np.cumsum(steps)])
    v = v[v <= reach_v + gap]
    short = np.where(rng.random(len(v)) < 0.25, rng.uniform(0.0, 0.3, len(v)), 0.0)  # a turn made early:
    ends = np.where(np.arange(len(v)) % 2 == 0, -reach_u, reach_u) * (1.0 - short)   # an edge left unpainted
    if rows:
        u = np.column_stack([ends, -ends]).ravel()
        v = np.repeat(v, 2)
    else:
        u = ends
    return centre + np.outer(u, along) + np.outer(v, across)


def _spiral(centre: np.ndarray, half: np.ndarray, gap: float) -> np.ndarray:
    reach = float(half.max()) * 1.45
    turns = reach / gap
    t = np.linspace(0, 2 * np.pi * turns, max(24, int(turns * 22)))
    rho = t / (2 * np.pi) * gap
    return centre + np.column_stack([rho * np.cos(t) * half[0] / half.max(), rho * np.sin(t) * half[1] / half.max()])


def _render(sk: Sketch, style: str, hand: Hand, rng: np.random.Generator, size: float, label: int) -> np.ndarray:
    to_canvas = _place(sk, hand, rng, size, label)
    loops = [_resample(to_canvas(p), closed=True) for p, _ in sk.shapes]
    outlines = [None if o is None else _resample(to_canvas(o)) for _, o in sk.shapes]
    big = CANVAS * SCALE
    if style == "filled":
        image = _scribble([_wobble(l, hand, rng) for l in loops], hand, rng) if loops else Image.new("L", (big, big), 0)
        outlined = rng.random() < 0.35
        dark = rng.random() < 0.8  # inner details left unpainted (else painted over)
    else:
        image, outlined, dark = Image.new("L", (big, big), 0), True, False
    draw = ImageDraw.Draw(image)
    if outlined:
        for loop, outline in zip(loops, outlines):
            strokes = _pieces(loop, hand, rng) if outline is None else [_trim(outline, hand, rng)]
            for stroke in strokes:
                _stroke(draw, _wobble(stroke, hand, rng), hand.brush, 255)
    for points, kind in sk.lines:
        if style == "filled" and kind == "detail" and not dark:
            continue
        ink = 0 if style == "filled" and kind == "detail" else 255
        width = hand.brush * (rng.uniform(0.45, 0.8) if ink == 0 else 1.0)
        _stroke(draw, _wobble(_trim(_resample(to_canvas(points)), hand, rng), hand, rng), width, ink)
    for centre, dot_size, kind in sk.dots:
        if style == "filled" and kind == "detail" and not dark:
            continue
        ink = 0 if style == "filled" and kind == "detail" else 255
        where = to_canvas(centre[None])[0] + rng.normal(0, hand.drift, 2)
        _tap(draw, where, hand.brush / 2 * dot_size * rng.uniform(0.8, 1.2) * (0.7 if ink == 0 else 1.0), ink)
    _slips(draw, hand, rng, loops)
    return np.asarray(image.resize((CANVAS, CANVAS), Image.Resampling.BOX))


def _slips(draw: ImageDraw.ImageDraw, hand: Hand, rng: np.random.Generator, loops: list[np.ndarray]) -> None:
    """Stray taps and short marks where a finger touched, and a palm the tablet did not reject."""
    near = np.vstack(loops) if loops else np.array([[CANVAS / 2, CANVAS / 2]])
    for _ in range(int(rng.poisson(hand.taps))):
        if rng.random() < 0.8:
            at = near[rng.integers(len(near))] + rng.normal(0, 20, 2)
        else:
            at = rng.uniform(10, CANVAS - 10, 2)
        if rng.random() < 0.6:
            _tap(draw, at, hand.brush / 2 * rng.uniform(0.5, 1.0), 255)
        else:
            _stroke(draw, np.array([at, at + rng.normal(0, 8, 2)]), hand.brush * rng.uniform(0.6, 1.0), 255)
    if rng.random() < hand.palm:
        edge = rng.integers(3)  # bottom, left or right: where a hand rests
        along = rng.uniform(30, CANVAS - 30)
        depth = rng.uniform(0, 12)
        at = ((along, CANVAS - depth), (depth, along), (CANVAS - depth, along))[edge]
        _tap(draw, at, rng.uniform(8, 22), 255)


def draw_one(label: int, style: str, rng: np.random.Generator) -> np.ndarray:
    """One drawing of class `label` in `style`: uint8 (280, 280), white on black."""
    hand = _hand(rng)
    design = DESIGNS[label][int(rng.integers(len(DESIGNS[label])))]
    sk = Sketch(rng, hand.detail)
    design(sk)
    size = _size(rng)
    for _ in range(4):
        image = _render(sk, style, hand, rng, size, label)
        ink = float((image > 127).mean())
        if MIN_INK <= ink <= MAX_INK:
            break
        size = min(size * 0.75, 0.7) if ink > MAX_INK else min(1.0, size * 1.3)
        hand = dataclasses.replace(hand, brush=min(hand.brush, BRUSH) if ink > MAX_INK else max(hand.brush, BRUSH))
    return image


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)"""
    styles = tuple(styles)
    unknown = [s for s in styles if s not in STYLES]
    if unknown or not styles:
        problem = f"unknown styles {unknown}" if unknown else "no styles"
        raise ValueError(f"{problem}: choose from {STYLES}")
    n = int(count_per_class)
    images = np.zeros((len(CLASS_NAMES) * n, CANVAS, CANVAS), np.uint8)
    labels = np.repeat(np.arange(len(CLASS_NAMES), dtype=np.int64), n)
    names = []
    for label in range(len(CLASS_NAMES)):
        for i in range(n):
            style = styles[i % len(styles)]
            images[label * n + i] = draw_one(label, style, np.random.default_rng([seed, label, i]))
            names.append(style)
    return images, labels, names


# --------------------------------------------------------------------------------------------
# Contact sheets

def contact_sheet(images: np.ndarray, rows: int, zoom: int = 1) -> Image.Image:
    """Drawings in a grid, one row per class, with grey lines between them."""
    count, h, w = images.shape
    cols = count // rows
    gap = 2
    sheet = np.full((rows * (h * zoom + gap), cols * (w * zoom + gap)), 90, np.uint8)
    for index, image in enumerate(images):
        r, c = divmod(index, cols)
        tile = np.kron(image, np.ones((zoom, zoom), np.uint8)) if zoom > 1 else image
        top, left = r * (h * zoom + gap), c * (w * zoom + gap)
        sheet[top: top + h * zoom, left: left + w * zoom] = tile
    return Image.fromarray(sheet)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--styles", default=",".join(STYLES), help="comma-separated: outline,filled")
    parser.add_argument("--sheet", default="phone_hands.png", help="280x280 drawings, one row per class")
    parser.add_argument("--small-sheet", default="", help="the same drawings as the network sees them (28x28)")
    parser.add_argument("--small-zoom", type=int, default=1, help="enlarge the 28x28 tiles this many times")
    args = parser.parse_args(argv)
    images, _, _ = make(args.per_class, args.seed, [s.strip() for s in args.styles.split(",") if s.strip()])
    rows = len(CLASS_NAMES)
    Path(args.sheet).parent.mkdir(parents=True, exist_ok=True)
    contact_sheet(images, rows).save(args.sheet)
    if args.small_sheet:
        from fashion.predict import preprocess  # torch is only needed for the small sheet
        small = np.stack([preprocess(image, "canvas", drawing=True) for image in images])
        Path(args.small_sheet).parent.mkdir(parents=True, exist_ok=True)
        contact_sheet(small, rows, args.small_zoom).save(args.small_sheet)
    print(f"{len(images)} drawings ({args.per_class} per class) -> {args.sheet}"
          + (f", {args.small_sheet}" if args.small_sheet else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
