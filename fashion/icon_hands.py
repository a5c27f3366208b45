"""Drawings of the ten classes as a student draws them from an icon: the 👕 👖 👗 🧥 👟 👢 👜 of a phone's
emoji keyboard, a shop sign, a wardrobe app or a laundry label, copied or remembered onto the browser
canvas (280x280, black, a round white brush) with a mouse, a finger or a stylus.

Icons are the shapes people carry in their heads: simplified, symmetric, rounded, drawn with one thick
line, with only the few details that tell one item from the next (a zip or a row of buttons down a
coat, a collar and placket on a shirt, ribbed cuffs on a pullover, laces on a sneaker, a heel on an
ankle boot, the handle of a bag). Each class has a dozen or more designs, the tops most of all, since
those are what a network mixes up. Every drawing comes in two styles, taking turns within a class:
"outline", the line drawing, and "filled", the shape painted in (solid, or scribbled with gaps) with
the details left as dark lines through the paint, as a student painting around them leaves them.
The hand varies as real hands do: size, place on the canvas, tilt, stretch, brush width, wobble, and
outlines that overshoot or do not quite close. Drawings are rendered at twice the size and shrunk, so
their edges are as soft as the canvas's.
"""
from __future__ import annotations

import argparse
import math
from types import SimpleNamespace
from typing import Callable, NamedTuple

import numpy as np
from PIL import Image, ImageDraw

STYLES = ("outline", "filled")
SIZE = 280        # the canvas's side
SCALE = 2         # drawn at twice the size, then shrunk: antialiased edges like the canvas's
BRUSH = (6, 36)   # brush widths, in canvas pixels


class _Mark(NamedTuple):
    """One thing the hand puts down, in the design's own units (about -1..1, y down).
    shape: a closed silhouette (stroked; painted in when filled). cut: a detail line (white in an
    outline, left dark through the paint).
    line: always white (a strap, a handle, a drawstring hanging outside). dot: buttons, eyelets.
    gap: only in a painted drawing, where a painter leaves the paint off (between the legs of a pair
    of trousers, between a sleeve and the body) though an outline draws nothing there."""
    kind: str
    pts: np.ndarray
    closed: bool = False


# ---------------------------------------------------------------- geometry helpers

def _details(details, table: dict, g) -> list:
    """The marks of each named detail (a name, or a tuple of a name and its arguments) of a design,
    drawn by its function in `table` from the design's geometry `g`."""
    marks = []
    for detail in details:
        name, *args = detail if isinstance(detail, tuple) else (detail,)
        marks += table[name](g, *args)
    return marks

def _p(*xy) -> np.ndarray:
    return np.array(xy, dtype=float).reshape(-1, 2)


def _bez(p0, p1, p2, n: int = 10) -> np.ndarray:
    t = np.linspace(0.0, 1.0, n)[:, None]
    p0, p1, p2 = (np.asarray(p, float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2


def _arc(cx, cy, rx, ry, a0, a1, n: int = 16) -> np.ndarray:
    """Points on an ellipse from angle a0 to a1 (degrees; 0 = right, 90 = down, as y points down)."""
    a = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(a), cy + ry * np.sin(a)], axis=1)


def _path(*parts) -> np.ndarray:
    """Pieces joined end to end (a piece's first point is dropped where it repeats the last one)."""
    out = []
    for part in parts:
        part = _p(*part) if not isinstance(part, np.ndarray) else part.reshape(-1, 2)
        if out and len(part) and np.allclose(out[-1][-1], part[0]):
            part = part[1:]
        out.append(part)
    return np.vstack(out)


def _mirror(pts: np.ndarray) -> np.ndarray:
    return pts * np.array([-1.0, 1.0])


def _sym(half: np.ndarray) -> np.ndarray:
    """A symmetric closed outline from its right half, drawn from the top centre to the bottom centre."""
    return np.vstack([half, _mirror(half[::-1])[1:-1]])


def _both(kind: str, pts: np.ndarray, closed: bool = False) -> list[_Mark]:
    return [_Mark(kind, pts, closed), _Mark(kind, _mirror(pts), closed)]


def _rect(x0, y0, x1, y1) -> np.ndarray:
    return _p((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def _round(pts: np.ndarray, r: float, closed: bool = True) -> np.ndarray:
    """Corners rounded off with radius about r: icons have no sharp corners, nor do hands."""
    if r <= 0 or len(pts) < 3:
        return pts
    n = len(pts)
    out = []
    for i in range(n):
        p = pts[i]
        if not closed and i in (0, n - 1):
            out.append(p[None])
            continue
        a, b = pts[i - 1], pts[(i + 1) % n]
        la, lb = np.linalg.norm(p - a), np.linalg.norm(b - p)
        ra, rb = min(r, 0.45 * la), min(r, 0.45 * lb)
        if ra < 1e-3 or rb < 1e-3:
            out.append(p[None])
            continue
        out.append(_bez(p + (a - p) * ra / la, p, p + (b - p) * rb / lb, 5))
    return np.vstack(out)


def _heart(cx, cy, s) -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, 28, endpoint=False)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    return np.stack([cx + x * s / 32, cy + y * s / 32], axis=1)


def _star(cx, cy, s, points: int = 5) -> np.ndarray:
    a = np.radians(np.arange(2 * points) * 180 / points - 90)
    r = np.where(np.arange(2 * points) % 2 == 0, s, s * 0.45)
    return np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], axis=1)


_DIGITS = {  # strokes of a few jersey numbers in a unit box (x 0..1, y 0..1.6)
    "1": [((0.2, 0.3), (0.55, 0.0), (0.55, 1.6))],
    "7": [((0.0, 0.0), (1.0, 0.0), (0.35, 1.6))],
    "2": [((0.0, 0.3), (0.3, 0.0), (0.8, 0.05), (0.95, 0.4), (0.0, 1.6), (1.0, 1.6))],
    "4": [((0.7, 1.6), (0.7, 0.0), (0.0, 1.1), (1.0, 1.1))],
    "0": [tuple(map(tuple, _arc(0.5, 0.8, 0.5, 0.8, -90, 270, 16)))],
}


# ---------------------------------------------------------------- tops: T-shirt, pullover, coat, shirt, dress

_SLEEVES = {  # angle below the horizontal (deg), length, root width, cuff width
    "cap": ((5, 20), (0.1, 0.17), (0.28, 0.36), (0.28, 0.36)),
    "short": ((15, 40), (0.28, 0.46), (0.3, 0.38), (0.26, 0.36)),
    "puff": ((15, 35), (0.25, 0.38), (0.32, 0.4), (0.34, 0.44)),
    "elbow": ((35, 55), (0.6, 0.8), (0.3, 0.36), (0.22, 0.28)),
    "long": ((62, 82), (1.15, 1.5), (0.24, 0.32), (0.17, 0.24)),
    "spread": ((22, 42), (0.95, 1.25), (0.28, 0.34), (0.18, 0.26)),
}


def _garment(rng, sleeve="short", neck="crew", length=(1.3, 1.5), body=(0.38, 0.46), hem_w=(0.0, 0.05),
             waist=None, hem="straight", strap=(0.06, 0.12), details=()) -> list[_Mark]:
    """A garment seen from the front, laid flat: the silhouette from its right half, then details.
    length: shoulder to hem; body: half-width at the armpit; hem_w: how much wider it is at the hem
    (a dress's flare); waist: (depth below the neck, half-width) of a fitted waist."""
    u = rng.uniform
    ys = -0.8
    g = SimpleNamespace(ys=ys, neck=neck, sleeve=sleeve, rng=rng)
    g.nw = nw = u(0.13, 0.19) * (1.45 if neck == "boat" else 1.0)
    g.yh = yh = ys + u(*length)
    hb = u(*body)

    # The neckline, right half, from the top centre out to where it meets the shoulder.
    if neck in ("crew", "mandarin"):
        g.neck_y = ys + u(0.08, 0.16)
        nk = _bez((0, g.neck_y), (nw * 0.85, g.neck_y), (nw, ys))
    elif neck == "scoop":
        g.neck_y = ys + u(0.2, 0.32)
        nk = _bez((0, g.neck_y), (nw * 1.05, g.neck_y), (nw, ys))
    elif neck == "boat":
        g.neck_y = ys + u(0.04, 0.08)
        nk = _bez((0, g.neck_y), (nw * 0.7, g.neck_y), (nw, ys))
    elif neck == "square":
        g.neck_y = ys + u(0.18, 0.28)
        nk = _p((0, g.neck_y), (nw * 0.95, g.neck_y), (nw, ys))
    elif neck == "v":
        g.neck_y = ys + u(0.24, 0.4)
        nk = _p((0, g.neck_y), (nw, ys))
    elif neck == "lapel":
        g.neck_y = ys + u(0.42, 0.6)
        nk = _p((0, g.neck_y), (nw, ys))
    elif neck in ("turtle", "stand"):
        g.collar_h = th = u(0.14, 0.22) if neck == "turtle" else u(0.07, 0.12)
        g.neck_y = ys + 0.04
        nk = _p((0, ys - th), (nw * 0.92, ys - th), (nw, ys))
    elif neck == "collar":  # the collar stands up behind the neck: the top is flat, not dipped
        g.nw = nw = nw * 1.2
        g.neck_y = ys + u(0.1, 0.16)
        nk = _p((0, ys - u(0.0, 0.05)), (nw, ys))
    elif neck == "hood":  # a hood lying behind the shoulders: a dome over the neck
        g.hood_h = hh = u(0.3, 0.42)
        g.neck_y = ys + u(0.12, 0.2)
        g.nw = nw = u(0.24, 0.32)
        nk = _bez((0, ys - hh), (nw * 1.15, ys - hh), (nw, ys + 0.02))
    else:
        raise ValueError(neck)

    if sleeve == "none":
        g.A = A = np.array([hb, ys + u(0.36, 0.5)])
        top = np.array([nw + u(*strap), ys + u(-0.02, 0.03)])
        arm = _path(top, _bez(top, (top[0] + 0.03, A[1] - 0.02), A, 8))
        g.S = top
    else:
        ang, ln, wr, wc = _SLEEVES[sleeve]
        th = math.radians(u(*ang))
        g.d = d = np.array([math.cos(th), math.sin(th)])
        g.n = n = np.array([-math.sin(th), math.cos(th)])
        w = u(*wr)
        h = max(u(0.38, 0.5), w * math.cos(th) + 0.07)
        g.A = A = np.array([hb, ys + h])
        g.S = S = A - w * n
        length_ = u(*ln)
        if sleeve == "long":  # an arm's length, but no further than about the hem
            length_ = min(length_, (yh - S[1] + u(-0.1, 0.15)) / d[1])
        g.C1 = C1 = S + length_ * d
        g.C2 = C2 = C1 + u(*wc) * n
        if sleeve == "puff":  # gathered: the top of the sleeve bulges
            mid = (S + C1) / 2 - 0.09 * n
            arm = _path(_bez(S, mid, C1, 8), C2, A)
        else:
            arm = _path(S, C1, C2, A)

    # The side, armpit to hem, and the hem back to the centre.
    side = [A]
    if waist is not None:
        wy, ww = waist
        g.waist_y = ys + u(*wy)
        side.append(np.array([u(*ww), g.waist_y]))
    else:
        g.waist_y = ys + 0.55 * (yh - ys)
    H = np.array([side[-1][0] + u(*hem_w), yh])
    if waist is not None:  # a skirt bells out from the waist
        W = side[-1]
        side_pts = _path(A, W, _bez(W, (W[0] + 0.55 * (H[0] - W[0]), W[1] + 0.25 * (yh - W[1])), H, 8))
    else:
        side_pts = _path(A, H)
    g.side = side_pts
    if hem == "straight":
        hm = _p(H, (0, yh))
    elif hem == "curved":  # a shirt's tails: higher at the sides
        H = H - (0, 0.08)
        g.side = side_pts = _path(side_pts[:-1], H)
        hm = _bez(H, (H[0] * 0.7, yh + 0.06), (0, yh + 0.06))
    elif hem == "round":  # a skirt's hem sags at the middle
        hm = _bez(H, (H[0] * 0.6, yh + 0.1), (0, yh + 0.1))
    elif hem in ("wavy", "zigzag"):  # ruffles or points, from the corner to the middle
        k = int(rng.integers(2, 4))
        xs = np.linspace(H[0], 0, 2 * k + 1)
        if hem == "zigzag":
            ys_ = yh + np.where(np.arange(2 * k + 1) % 2 == 1, 0.14, 0.0)
            hm = np.stack([xs, ys_], axis=1)
        else:  # scallops bulging down, each from its right end to its left
            hm = _path(H, *[_arc((xs[2 * i] + xs[2 * i + 2]) / 2, yh, (xs[2 * i] - xs[2 * i + 2]) / 2, 0.1, 0, 180, 7)
                            for i in range(k)])
    else:
        raise ValueError(hem)
    half = _path(nk, arm, side_pts[1:], hm)
    silhouette = _round(_sym(half), rng.uniform(0.02, 0.07))
    g.H = H
    marks = [_Mark("shape", silhouette, True)]
    if sleeve in ("long", "elbow"):  # a painter keeps a hanging sleeve apart from the body
        marks += _both("gap", _p(A + (0.0, 0.04), C2 - 0.04 * n))
    return marks + _details(details, _DETAILS, g)


def _bx(g, y: float) -> float:
    """Half-width of the body at height y."""
    return float(np.interp(y, g.side[:, 1], g.side[:, 0]))


def _across(g, y: float, inset: float = 0.03) -> np.ndarray:
    x = _bx(g, y) - inset
    return _p((-x, y), (x, y))


def _sleeve_line(g, back: float) -> list[_Mark]:
    """A line across both sleeves, `back` from the cuff."""
    if g.sleeve == "none":
        return []
    seg = _p(g.C1 - back * g.d, g.C2 - back * g.d)
    return _both("cut", seg)


def _ticks(a: np.ndarray, b: np.ndarray, along: np.ndarray, k: int) -> list[_Mark]:
    """k short ticks between a and b, each `along` long: ribbing."""
    return [_Mark("cut", _p(p, p + along)) for p in np.linspace(a, b, k + 2)[1:-1]]


def _d_placket(g, buttons=True):
    top, bottom = g.neck_y + 0.02, g.yh - 0.05
    marks = [_Mark("cut", _p((0, top), (0, bottom)))]
    if buttons:
        k = int(g.rng.integers(3, 6))
        ys = np.linspace(top + 0.1, bottom - 0.12, k)
        off = g.rng.uniform(0.06, 0.1) if g.rng.random() < 0.5 else 0.0
        marks.append(_Mark("dot", np.stack([np.full(k, off), ys], axis=1)))
    return marks


def _d_short_placket(g):  # a polo's: two or three buttons below the collar
    bottom = g.neck_y + g.rng.uniform(0.3, 0.42)
    ys = np.linspace(g.neck_y + 0.08, bottom - 0.05, int(g.rng.integers(2, 4)))
    return [_Mark("cut", _p((0.04, g.neck_y), (0.04, bottom), (-0.04, bottom), (-0.04, g.neck_y))),
            _Mark("dot", np.stack([np.zeros(len(ys)), ys], axis=1))]


def _d_buttons(g, x=0.0, k=None, top=None, bottom=None):
    k = k or int(g.rng.integers(2, 5))
    top = g.neck_y + 0.06 if top is None else top
    bottom = g.yh - 0.2 if bottom is None else bottom
    ys = np.linspace(top, bottom, k)
    return [_Mark("dot", np.stack([np.full(k, x), ys], axis=1))]


def _d_double(g):
    k = int(g.rng.integers(2, 4))
    x = g.rng.uniform(0.1, 0.16)
    top, bottom = g.neck_y + 0.05, g.waist_y + 0.1
    return _d_buttons(g, x, k, top, bottom) + _d_buttons(g, -x, k, top, bottom)


def _d_zip(g):
    top, bottom = g.neck_y - (0.0 if g.neck != "stand" else g.collar_h * 0.8), g.yh - 0.03
    pull_y = top + 0.1
    marks = [_Mark("cut", _p((0, top), (0, bottom)))]
    if g.rng.random() < 0.6:  # the slider's tab
        marks.append(_Mark("cut", _p((0, pull_y - 0.04), (0.06, pull_y + 0.08))))
    return marks


def _d_opening(g):  # an open coat: two front edges with a gap between
    x = g.rng.uniform(0.04, 0.08)
    return _both("cut", _p((x, g.neck_y), (x * 1.6, g.yh - 0.03)))


def _d_cuffs(g, ribbed=False):
    back = g.rng.uniform(0.08, 0.14)
    marks = _sleeve_line(g, back)
    if ribbed and g.sleeve != "none":
        for side in (1, -1):
            a, b = g.C1 - back * g.d, g.C2 - back * g.d
            ticks = _ticks(a, b, back * g.d * 0.9, int(g.rng.integers(2, 4)))
            marks += ticks if side == 1 else [_Mark("cut", _mirror(t.pts)) for t in ticks]
    return marks


def _d_hem_band(g, ribbed=False):
    y = g.yh - g.rng.uniform(0.1, 0.16)
    marks = [_Mark("cut", _across(g, y, g.rng.uniform(0.0, 0.04)))]
    if ribbed:
        x = _bx(g, y)
        for xi in np.linspace(-x, x, int(g.rng.integers(5, 9)))[1:-1]:
            marks.append(_Mark("cut", _p((xi, y), (xi, g.yh - 0.02))))
    return marks


def _d_neck_rib(g):
    dy = g.rng.uniform(0.05, 0.08)
    nw = g.nw
    return [_Mark("cut", _bez((-nw * 0.95, g.ys + dy), (0, g.neck_y + dy * 1.6), (nw * 0.95, g.ys + dy)))]


def _d_v_rib(g):
    dy = g.rng.uniform(0.06, 0.09)
    return [_Mark("cut", _p((-g.nw, g.ys + dy * 0.5), (0, g.neck_y + dy), (g.nw, g.ys + dy * 0.5)))]


def _d_turtle(g):
    th = g.collar_h
    marks = [_Mark("cut", _p((-g.nw, g.ys + 0.01), (g.nw, g.ys + 0.01)))]
    if g.neck == "turtle":  # the fold of a turtleneck
        marks.append(_Mark("cut", _p((-g.nw * 0.92, g.ys - th * 0.45), (g.nw * 0.92, g.ys - th * 0.45))))
    return marks


def _d_hood(g, strings=True):
    """The hood's opening around the face, and its drawstrings."""
    nw, hh = g.nw, g.hood_h
    ys = g.ys
    opening = _path(_bez((-nw * 0.62, ys - hh * 0.45), (-nw * 0.6, g.neck_y + 0.05), (0, g.neck_y)),
                    _bez((0, g.neck_y), (nw * 0.6, g.neck_y + 0.05), (nw * 0.62, ys - hh * 0.45)))
    marks = [_Mark("cut", opening)]
    if strings:
        ln = g.rng.uniform(0.2, 0.32)
        for x in (-0.09, 0.09):
            marks.append(_Mark("cut", _p((x, g.neck_y + 0.02), (x * 1.1, g.neck_y + ln))))
    return marks


def _d_collar(g, kind="point"):
    """A shirt's collar: two flaps meeting below the neck."""
    nw, ys, ny = g.nw, g.ys, g.neck_y
    tip_y = ys + g.rng.uniform(0.24, 0.34)
    if kind == "round":  # Peter Pan
        flap = _bez((nw, ys), (nw * 1.3, tip_y + 0.05), (0.02, ny + 0.03), 9)
    elif kind == "band":  # mandarin: a low band along the neckline
        return [_Mark("cut", _bez((-nw, ys + 0.07), (0, ny + 0.09), (nw, ys + 0.07)))]
    elif kind == "wide":  # a coat's big collar
        flap = _p((nw, ys), (nw + g.rng.uniform(0.14, 0.22), ys + 0.12), (nw + 0.04, ys + 0.34), (0.02, ny + 0.04))
    else:
        flap = _p((nw, ys), (nw * g.rng.uniform(0.7, 1.35), tip_y), (0.0, ny))
    marks = _both("cut", flap)
    if kind == "buttondown":
        marks.append(_Mark("dot", _p((nw * 0.45, tip_y - 0.05), (-nw * 0.45, tip_y - 0.05))))
    return marks


def _d_lapel(g, notch=True):
    nw, ys, ny = g.nw, g.ys, g.neck_y
    out = g.rng.uniform(0.1, 0.17)
    lap = _p((nw, ys), (nw + out, ys + 0.16), (0.03, ny + 0.02))
    marks = _both("cut", lap)
    if notch:
        marks += _both("cut", _p((nw + out * 0.55, ys + 0.08), (nw + out + 0.03, ys + 0.05)))
    return marks


def _d_pocket_chest(g, flap=False, side=None):
    side = side if side is not None else (1 if g.rng.random() < 0.6 else -1)
    x0, y0 = g.rng.uniform(0.1, 0.16), g.neck_y + g.rng.uniform(0.16, 0.26)
    w, h = g.rng.uniform(0.14, 0.2), g.rng.uniform(0.14, 0.2)
    pocket = _rect(x0, y0, x0 + w, y0 + h) * (side, 1)
    marks = [_Mark("cut", pocket, True)]
    if flap:
        marks.append(_Mark("cut", _p((x0, y0 + 0.06), (x0 + w / 2, y0 + 0.1), (x0 + w, y0 + 0.06)) * (side, 1)))
    return marks


def _d_pockets_chest2(g):
    return _d_pocket_chest(g, True, 1) + [_Mark(m.kind, _mirror(m.pts), m.closed)
                                         for m in _d_pocket_chest(g, True, 1)]


def _d_pockets_hip(g, kind="patch"):
    rng = g.rng
    y0 = g.yh - rng.uniform(0.35, 0.5)
    x0 = rng.uniform(0.1, 0.16)
    w, h = rng.uniform(0.16, 0.24), rng.uniform(0.16, 0.24)
    if kind == "slit":
        return _both("cut", _p((x0 + 0.05, y0), (x0 + w, y0 + h)))
    if kind == "flap":
        return _both("cut", _rect(x0, y0, x0 + w, y0 + 0.07), True)
    return _both("cut", _rect(x0, y0, x0 + w, y0 + h), True)


def _d_kangaroo(g, split=False):
    rng = g.rng
    band = g.yh - rng.uniform(0.1, 0.14)
    y0 = band - rng.uniform(0.28, 0.36)
    xt, xb = rng.uniform(0.14, 0.22), rng.uniform(0.26, 0.34)
    if split:  # a zip runs down the middle: two pockets
        return _both("cut", _p((0.06, y0), (xt, y0), (xb, band)))
    return [_Mark("cut", _p((-xb, band), (-xt, y0), (xt, y0), (xb, band))),
            _Mark("cut", _across(g, band, 0.0))]


def _d_belt(g):
    y = g.waist_y
    h = g.rng.uniform(0.06, 0.09)
    marks = [_Mark("cut", _across(g, y - h / 2, 0.01)), _Mark("cut", _across(g, y + h / 2, 0.01))]
    if g.rng.random() < 0.7:
        b = h * 0.9
        marks.append(_Mark("cut", _rect(-b, y - b, b, y + b), True))
    return marks


def _d_waist(g):
    return [_Mark("cut", _across(g, g.waist_y, 0.0))]


def _d_quilt(g):
    """A puffer's quilting: lines across the body and the sleeves."""
    rng = g.rng
    top = g.A[1] - 0.05
    k = int(rng.integers(3, 6))
    marks = [_Mark("cut", _across(g, y, 0.0)) for y in np.linspace(top, g.yh - 0.08, k + 1)[:-1] + 0.1]
    if g.sleeve != "none":
        for t in (0.35, 0.7):
            marks += _sleeve_line(g, t * np.linalg.norm(g.C1 - g.S))
    return marks


def _d_stripes(g):
    k = int(g.rng.integers(3, 6))
    return [_Mark("cut", _across(g, y, 0.02)) for y in np.linspace(g.A[1] + 0.08, g.yh - 0.12, k)]


def _d_zigzag(g):
    y = g.A[1] + g.rng.uniform(0.05, 0.2)
    x = _bx(g, y) - 0.03
    k = int(g.rng.integers(4, 7)) * 2
    xs = np.linspace(-x, x, k + 1)
    h = g.rng.uniform(0.07, 0.11)
    marks = [_Mark("cut", np.stack([xs, y + np.where(np.arange(k + 1) % 2, h, 0.0)], axis=1))]
    if g.rng.random() < 0.5:  # a second band, the other way up
        marks.append(_Mark("cut", np.stack([xs, y + 0.22 + np.where(np.arange(k + 1) % 2, 0.0, h)], axis=1)))
    return marks


def _d_print(g, kind="heart"):
    cy = g.A[1] + g.rng.uniform(0.1, 0.25)
    s = g.rng.uniform(0.17, 0.26)
    if kind == "heart":
        return [_Mark("cut", _heart(0, cy, s), True)]
    if kind == "star":
        return [_Mark("cut", _star(0, cy, s * 0.8), True)]
    if kind == "snow":  # a snowflake: three crossed lines
        return [_Mark("cut", _p(*_arc(0, cy, s * 0.7, s * 0.7, a, a + 180, 2))) for a in (90, 30, -30)]
    digit = kind
    h = s * 1.4
    return [_Mark("cut", np.array(stroke) * (h / 1.6) + (-h / 3, cy - h / 2)) for stroke in _DIGITS[digit]]


def _d_dots(g):
    rng = g.rng
    marks = []
    for _ in range(int(rng.integers(6, 11))):
        y = rng.uniform(g.A[1] + 0.05, g.yh - 0.08)
        x = rng.uniform(-1, 1) * (_bx(g, y) - 0.08)
        marks.append((x, y))
    return [_Mark("dot", _p(*marks))]


def _d_check(g):
    rng = g.rng
    top = g.ys + 0.3
    marks = [_Mark("cut", _across(g, y, 0.02)) for y in np.linspace(g.A[1], g.yh - 0.1, int(rng.integers(2, 4)))]
    for x in rng.uniform(0.16, 0.3) * np.array([-1, 1]):
        marks.append(_Mark("cut", _p((x, top), (x, g.yh - 0.04))))
    return marks


def _d_cable(g):
    marks = []
    x0 = g.rng.uniform(0.13, 0.2)
    y = np.linspace(g.neck_y + 0.15, g.yh - 0.15, 20)
    wave = 0.04 * np.sin(np.linspace(0, 6 * np.pi, 20))
    for x in (-x0, x0):
        marks.append(_Mark("cut", np.stack([x + wave, y], axis=1)))
    return marks


def _d_raglan(g):
    return _both("cut", _p((g.nw + 0.02, g.ys + 0.02), g.A + (-0.02, -0.02)))


def _d_tie(g):
    """👔: a necktie hanging from the collar."""
    y0 = g.neck_y + 0.02
    k = g.rng.uniform(0.05, 0.07)
    ln = g.rng.uniform(0.55, 0.8)
    knot = _p((-k, y0), (k, y0), (k * 0.6, y0 + 0.1), (-k * 0.6, y0 + 0.1))
    blade = _p((-k * 0.6, y0 + 0.1), (-k * 1.6, y0 + ln - 0.1), (0, y0 + ln), (k * 1.6, y0 + ln - 0.1),
               (k * 0.6, y0 + 0.1))
    return [_Mark("cut", knot, True), _Mark("cut", blade)]


def _d_bow(g):
    y = g.neck_y + 0.05
    w = g.rng.uniform(0.12, 0.18)
    return [_Mark("cut", _p((0, y), (-w, y - 0.07), (-w, y + 0.07)), True),
            _Mark("cut", _p((0, y), (w, y - 0.07), (w, y + 0.07)), True)]


def _d_toggles(g):
    marks = [_Mark("cut", _p((0, g.neck_y), (0, g.yh - 0.03)))]
    for y in np.linspace(g.neck_y + 0.15, g.waist_y + 0.1, 3):
        marks.append(_Mark("cut", _p((-0.09, y), (0.09, y))))
    return marks


def _d_tiers(g):
    return [_Mark("cut", _across(g, y, 0.0))
            for y in np.linspace(g.waist_y, g.yh, int(g.rng.integers(3, 5)))[1:-1]]


def _d_pleats(g):
    marks = []
    top = g.waist_y + 0.05
    wt, wb = _bx(g, top), _bx(g, g.yh)
    for f in np.linspace(-0.7, 0.7, int(g.rng.integers(3, 6))):
        marks.append(_Mark("cut", _p((f * wt, top), (f * wb, g.yh - 0.05))))
    return marks


def _d_wrap(g):
    return [_Mark("cut", _p((-g.nw, g.ys), (_bx(g, g.waist_y) * 0.8, g.waist_y)))]


def _d_sleeve_hem(g):
    return _sleeve_line(g, g.rng.uniform(0.06, 0.1))


def _d_bodice(g):  # a dress's bodice seam: a curve under the bust
    y = g.waist_y - g.rng.uniform(0.12, 0.2)
    x = _bx(g, y) - 0.02
    return [_Mark("cut", _bez((-x, y), (0, y + 0.12), (x, y)))]


_DETAILS: dict[str, Callable] = {
    "placket": _d_placket, "short_placket": _d_short_placket, "buttons": _d_buttons, "double": _d_double,
    "zip": _d_zip, "opening": _d_opening, "cuffs": _d_cuffs, "hem_band": _d_hem_band, "neck_rib": _d_neck_rib,
    "v_rib": _d_v_rib, "turtle": _d_turtle, "hood": _d_hood, "collar": _d_collar, "lapel": _d_lapel,
    "pocket_chest": _d_pocket_chest, "pockets_chest2": _d_pockets_chest2, "pockets_hip": _d_pockets_hip,
    "kangaroo": _d_kangaroo, "belt": _d_belt, "waist": _d_waist, "quilt": _d_quilt, "stripes": _d_stripes,
    "zigzag": _d_zigzag, "print": _d_print, "dots": _d_dots, "check": _d_check, "cable": _d_cable,
    "raglan": _d_raglan, "tie": _d_tie, "bow": _d_bow, "toggles": _d_toggles, "tiers": _d_tiers,
    "pleats": _d_pleats, "wrap": _d_wrap, "sleeve_hem": _d_sleeve_hem, "bodice": _d_bodice,
}


def _pick(rng, *options):
    return options[int(rng.integers(len(options)))]


# T-shirt/top: short sleeves or none, nothing down the front.
_TSHIRT = [
    lambda r: _garment(r, "short", "crew"),
    lambda r: _garment(r, "short", "v"),
    lambda r: _garment(r, "short", "crew", details=["neck_rib", "sleeve_hem"]),
    lambda r: _garment(r, "short", "crew", details=[("print", _pick(r, "heart", "star"))]),
    lambda r: _garment(r, "short", _pick(r, "crew", "boat"), details=["stripes"]),
    lambda r: _garment(r, "none", "scoop", strap=(0.07, 0.13)),                          # tank top
    lambda r: _garment(r, "none", _pick(r, "v", "square"), strap=(0.02, 0.04), hem_w=(0.02, 0.1)),  # camisole
    lambda r: _garment(r, "short", "crew", length=(1.05, 1.25), body=(0.44, 0.52)),     # boxy emoji tee
    lambda r: _garment(r, "short", "crew", details=["raglan"]),
    lambda r: _garment(r, "short", _pick(r, "crew", "scoop"), length=(0.85, 1.0)),       # crop top
    lambda r: _garment(r, "none", "v", strap=(0.1, 0.16), details=[("print", _pick(r, "1", "7", "2", "4"))]),
    lambda r: _garment(r, "cap", "scoop"),
    lambda r: _garment(r, "short", "crew", details=[("pocket_chest",)]),
    lambda r: _garment(r, "puff", "scoop", details=["sleeve_hem"]),
]

# Pullover: long sleeves, nothing opens down the front; ribbed cuffs and hem, a neck of its own.
_PULLOVER = [
    lambda r: _garment(r, "long", "crew", details=[("cuffs", True), ("hem_band", True)]),
    lambda r: _garment(r, "long", "v", details=["v_rib", "cuffs", "hem_band"]),
    lambda r: _garment(r, "long", "turtle", details=["turtle", "cuffs", "hem_band"]),
    lambda r: _garment(r, "long", "hood", details=["hood", "kangaroo", "cuffs"]),            # hoodie
    lambda r: _garment(r, "long", "crew", details=["neck_rib", "zigzag", "cuffs", "hem_band"]),   # Christmas
    lambda r: _garment(r, "long", _pick(r, "crew", "boat"), details=["stripes"]),
    lambda r: _garment(r, "long", "crew", details=["raglan", ("cuffs", True), ("hem_band", True)]),
    lambda r: _garment(r, "long", "crew", details=["neck_rib", "cable", "cuffs", "hem_band"]),
    lambda r: _garment(r, "long", "crew", details=[("print", _pick(r, "heart", "snow", "star")), "cuffs"]),
    lambda r: _garment(r, "spread", "crew", details=["neck_rib", "cuffs", "hem_band"]),
    lambda r: _garment(r, "spread", "hood", details=[("hood", True), "cuffs", "hem_band"]),
    lambda r: _garment(r, "long", "stand", details=["turtle", ("cuffs", True), ("hem_band", True)]),
    lambda r: _garment(r, "long", "crew", length=(1.15, 1.3), body=(0.44, 0.52), details=["cuffs", "hem_band"]),
    lambda r: _garment(r, "long", "v", details=[("print", "snow"), ("cuffs", True)]),
]

# Coat: long sleeves, opens down the front (zip, buttons), lapels/hood/collar, long body, pockets, belt.
_COAT = [
    lambda r: _garment(r, "long", "lapel", length=(1.75, 2.05), hem_w=(0.04, 0.12),
                       details=["lapel", ("placket", True), ("pockets_hip", "flap")]),
    lambda r: _garment(r, "long", "lapel", length=(1.85, 2.15), hem_w=(0.08, 0.18),
                       details=["lapel", "double", "belt", "cuffs"]),                           # trench
    lambda r: _garment(r, "long", "stand", length=(1.45, 1.7), body=(0.45, 0.52),
                       details=["zip", "quilt"]),                                                # puffer
    lambda r: _garment(r, "long", "hood", length=(1.7, 1.95), hem_w=(0.02, 0.1),
                       details=[("hood", False), "zip", ("pockets_hip", "flap"), "cuffs"]),     # parka
    lambda r: _garment(r, "long", "lapel", length=(1.5, 1.7),
                       details=["lapel", ("buttons", 0.0, 2), ("pockets_hip", "flap"), "pocket_chest"]),  # blazer
    lambda r: _garment(r, "long", "collar", length=(1.3, 1.45), body=(0.43, 0.5),
                       details=[("collar", "wide"), ("placket", True), "pockets_chest2", "hem_band"]),  # denim
    lambda r: _garment(r, "long", "hood", details=[("hood", True), "zip", ("kangaroo", True), "cuffs",
                                                   "hem_band"]),                                    # zip hoodie
    lambda r: _garment(r, "long", "collar", length=(1.6, 1.85),
                       details=[("collar", "wide"), "double", ("pockets_hip", "slit")]),          # peacoat
    lambda r: _garment(r, "long", "hood", length=(1.7, 1.95), hem_w=(0.04, 0.12),
                       details=[("hood", False), "toggles", ("pockets_hip", "patch")]),           # duffle
    lambda r: _garment(r, "long", "stand", length=(1.3, 1.45), body=(0.45, 0.53),
                       details=["zip", ("cuffs", True), ("hem_band", True), ("pockets_hip", "slit")]),  # bomber
    lambda r: _garment(r, "long", "lapel", length=(1.8, 2.1), hem_w=(0.06, 0.16),
                       details=["lapel", "opening", ("pockets_hip", "slit"), "belt"]),            # open coat
    lambda r: _garment(r, "long", "hood", length=(1.9, 2.2), body=(0.44, 0.5),
                       details=[("hood", False), "zip", "quilt"]),                               # long puffer
    lambda r: _garment(r, "spread", "lapel", length=(1.7, 2.0), hem_w=(0.04, 0.12),
                       details=["lapel", ("placket", True), ("pockets_hip", "patch")]),
    lambda r: _garment(r, "long", "stand", length=(1.6, 1.9), details=["turtle", "zip", ("pockets_hip", "flap"),
                                                                     "belt"]),
]

# Shirt: a collar and a placket of buttons; cuffs, a chest pocket; blouses.
_SHIRT = [
    lambda r: _garment(r, "long", "collar", hem="curved", details=["collar", ("placket", True), "cuffs"]),
    lambda r: _garment(r, "short", "collar", details=["collar", ("placket", True), "pocket_chest"]),
    lambda r: _garment(r, "long", "collar", details=["collar", ("placket", True), "check", "cuffs"]),   # flannel
    lambda r: _garment(r, "puff", "collar", details=[("collar", "round"), ("placket", True)]),          # blouse
    lambda r: _garment(r, "short", "collar", details=[("collar", "wide"), ("placket", True), "dots"]),  # Hawaiian
    lambda r: _garment(r, "long", "collar", details=["collar", ("placket", True), "pockets_chest2", "cuffs"]),
    lambda r: _garment(r, _pick(r, "short", "long"), "collar", details=["collar", "tie"]),              # 👔
    lambda r: _garment(r, "short", "collar", details=["collar", "short_placket", "sleeve_hem"]),        # polo
    lambda r: _garment(r, "long", "mandarin", hem="curved", details=[("collar", "band"), ("placket", True),
                                                                      "cuffs"]),
    lambda r: _garment(r, "elbow", "collar", details=["collar", ("placket", True), "pocket_chest",
                                                      "sleeve_hem"]),                                 # rolled up
    lambda r: _garment(r, "long", "collar", details=[("collar", "round"), "bow", ("buttons", 0.0, 4)]),
    lambda r: _garment(r, "spread", "collar", hem="curved", details=[("collar", "buttondown"),
                                                                      ("placket", True), "cuffs"]),
    lambda r: _garment(r, "short", "collar", hem="curved", details=["collar", ("placket", True),
                                                                     "pockets_chest2"]),
]

_WAIST = ((0.5, 0.68), (0.26, 0.34))   # a dress's waist: depth below the neck, half-width
_EMPIRE = ((0.35, 0.45), (0.3, 0.36))


def _dress(rng, sleeve="none", neck="scoop", length=(1.8, 2.2), flare=(0.3, 0.55), waist=_WAIST, hem="straight",
           strap=(0.03, 0.07), details=()):
    return _garment(rng, sleeve, neck, length=length, body=(0.3, 0.37), hem_w=flare, waist=waist, hem=hem,
                    strap=strap, details=details)


# Dress: one piece, fitted above, bells out below the waist.
_DRESS = [
    lambda r: _dress(r, "none", "scoop"),
    lambda r: _dress(r, "none", "v", hem="round", details=["waist"]),
    lambda r: _dress(r, "short", "crew", details=["belt"]),
    lambda r: _dress(r, "none", "square", length=(2.3, 2.6), flare=(0.45, 0.7)),                     # gown
    lambda r: _dress(r, "none", "v", flare=(0.5, 0.75), hem="wavy", details=["waist"]),               # 👗
    lambda r: _dress(r, "cap", "crew", flare=(0.4, 0.6), details=["tiers"]),
    lambda r: _dress(r, "short", "v", details=["wrap", "waist"]),
    lambda r: _dress(r, "none", "boat", length=(1.9, 2.2), flare=(0.12, 0.25), strap=(0.08, 0.12)),   # sheath
    lambda r: _dress(r, "long", "crew", details=["waist"]),
    lambda r: _dress(r, "cap", "scoop", details=["dots"]),
    lambda r: _dress(r, "short", "crew", flare=(0.35, 0.55), details=["waist", "pleats"]),
    lambda r: _dress(r, "none", "v", hem="zigzag", details=["bodice"]),
    lambda r: _dress(r, "puff", "square", length=(1.5, 1.8), waist=_EMPIRE, flare=(0.4, 0.6), details=["waist"]),
    lambda r: _dress(r, "none", "crew", strap=(0.1, 0.14), flare=(0.4, 0.6), details=["belt"]),
]


# ---------------------------------------------------------------- trousers

def _trousers(rng, waist=(0.38, 0.48), hem_out=(0.0, 0.08), leg=(0.28, 0.38), crotch=(0.6, 0.8),
              knee=None, length=(1.1, 1.35), details=()) -> list[_Mark]:
    """Front view, waist at the top: the two legs and the gap between them up to the crotch."""
    u = rng.uniform
    ww = u(*waist)
    yt, yb = -1.0, -1.0 + 2 * u(*length)
    xo = ww + u(*hem_out)              # the outer hem corner
    xi = max(0.09, xo - u(*leg))       # the inner hem corner: the legs stay apart
    yc = yt + u(*crotch)
    hip = (ww + u(0.0, 0.05), yt + 0.35)
    right = [(ww, yt), hip]
    if knee is not None:  # flares: narrow at the knee, wide at the hem
        kx = u(*knee)
        yk = yt + 0.62 * (yb - yt)
        right += [(kx + 0.3, yk)]
    right += [(xo, yb), (xi, yb)]
    if knee is not None:
        right += [(kx, yk)]
    right += [(0.0, yc)]
    half = _p(*right)
    half = np.vstack([_p((0, yt)), half])
    silhouette = _round(_sym(half), u(0.02, 0.05))
    g = SimpleNamespace(rng=rng, ww=ww, yt=yt, yb=yb, yc=yc, xo=xo, xi=xi, hip=hip)
    marks = [_Mark("shape", silhouette, True), _Mark("gap", _p((0, yc), (0, yb + 0.1)))]
    return marks + _details(details, _TROUSER_DETAILS, g)


def _t_waistband(g):
    y = g.yt + g.rng.uniform(0.1, 0.15)
    return [_Mark("cut", _p((-g.ww - 0.01, y), (g.ww + 0.01, y)))]


def _t_fly(g):
    y0 = g.yt + 0.14
    y1 = g.yc - g.rng.uniform(0.05, 0.12)
    return [_Mark("cut", _p((0.0, y0), (0.0, y1 - 0.05), (0.08, y1), (0.09, y0)))] if g.rng.random() < 0.5 else \
        [_Mark("cut", _p((0.0, y0), (0.0, y1)))]


def _t_pockets(g):
    y0 = g.yt + 0.14
    return _both("cut", _bez((g.ww * 0.45, y0), (g.ww * 0.55, y0 + 0.2), (g.ww + 0.02, y0 + 0.22)))


def _t_crease(g):
    mid_top = (g.ww / 2, g.yt + 0.2)
    mid_bot = ((g.xo + g.xi) / 2, g.yb - 0.05)
    return _both("cut", _p(mid_top, mid_bot))


def _t_cuffs(g):
    y = g.yb - g.rng.uniform(0.1, 0.16)
    t = (y - g.yc) / (g.yb - g.yc)
    xin = g.xi * t
    return _both("cut", _p((xin + 0.01, y), (g.xo - 0.01, y)))


def _t_belt(g):
    y = g.yt + 0.1
    b = 0.07
    return _t_waistband(g) + [_Mark("cut", _rect(-b, g.yt + 0.02, b, y + 0.04), True)] + \
        [_Mark("cut", _p((x, g.yt + 0.01), (x, y + 0.02))) for x in (-0.6 * g.ww, 0.6 * g.ww)]


def _t_drawstring(g):
    y = g.yt + 0.12
    return _t_waistband(g) + [_Mark("line", _p((x, y), (x * 1.3, y + 0.35))) for x in (-0.05, 0.05)]


def _t_cargo(g):
    rng = g.rng
    y0 = g.yt + rng.uniform(0.8, 1.0)
    x1 = g.ww + 0.02 - 0.02
    return _both("cut", _rect(x1 - 0.22, y0, x1 - 0.02, y0 + 0.28), True)


def _t_pleat(g):
    return _both("cut", _p((g.ww * 0.4, g.yt + 0.14), (g.ww * 0.45, g.yt + 0.45)))


_TROUSER_DETAILS = {"waistband": _t_waistband, "fly": _t_fly, "pockets": _t_pockets, "crease": _t_crease,
                    "cuffs": _t_cuffs, "belt": _t_belt, "drawstring": _t_drawstring, "cargo": _t_cargo,
                    "pleat": _t_pleat}

# Trouser: two long legs; jeans, wide, skinny, flares, joggers, cargo.
_TROUSER = [
    lambda r: _trousers(r, details=["waistband", "fly", "pockets"]),                                   # jeans
    lambda r: _trousers(r, hem_out=(0.12, 0.22), leg=(0.42, 0.52), crotch=(0.65, 0.85), details=["waistband"]),
    lambda r: _trousers(r, hem_out=(-0.2, -0.12), leg=(0.18, 0.24), details=["waistband", "fly"]),   # skinny
    lambda r: _trousers(r, knee=(0.1, 0.16), hem_out=(0.06, 0.14), leg=(0.38, 0.46),
                        details=["waistband", "pockets"]),                                            # flares
    lambda r: _trousers(r, details=["waistband"]),
    lambda r: _trousers(r, hem_out=(-0.14, -0.06), leg=(0.22, 0.3), details=["drawstring", "cuffs"]),  # joggers
    lambda r: _trousers(r, details=["waistband", "cargo"]),
    lambda r: _trousers(r, details=["waistband", "crease"]),
    lambda r: _trousers(r, details=["belt", "fly"]),
    lambda r: _trousers(r, hem_out=(0.14, 0.24), leg=(0.3, 0.38), details=["waistband", "pockets"]),   # splayed
    lambda r: _trousers(r, waist=(0.34, 0.42), hem_out=(0.1, 0.2), leg=(0.4, 0.5), details=["waistband", "pleat"]),
    lambda r: _trousers(r, details=[]),
    lambda r: _trousers(r, hem_out=(-0.1, -0.04), leg=(0.24, 0.32), details=["waistband", "pockets", "cuffs"]),
]


# ---------------------------------------------------------------- shoes, side view (toe to the left)

def _sneaker(rng, high=False, sole=(0.13, 0.2), details=()) -> list[_Mark]:
    u = rng.uniform
    ground = 0.4
    top = -u(0.75, 0.95) if high else -u(0.22, 0.4)
    st = u(*sole)
    back = 0.95 if not high else u(0.8, 0.9)
    tongue_x = u(0.05, 0.25) if not high else u(0.15, 0.3)
    toe_h = u(0.05, 0.2)
    pts = _p((-1.0, ground - 0.12), (-0.95, ground), (0.9, ground), (1.0, ground - 0.1),
             (back + 0.02, top + 0.25), (back - 0.05, top), (back - 0.35, top + 0.1),
             (tongue_x + 0.1, top + 0.08), (tongue_x, top - 0.07), (tongue_x - 0.12, top - 0.02),
             (-0.45, toe_h - 0.05), (-0.88, toe_h), (-1.0, ground - 0.15))
    if high:  # the collar sits at the ankle, the front runs straight down to the vamp
        pts = _p((-1.0, ground - 0.12), (-0.95, ground), (0.85, ground), (0.95, ground - 0.1),
                 (back, top + 0.1), (back - 0.08, top), (tongue_x + 0.08, top + 0.02), (tongue_x, top - 0.06),
                 (tongue_x - 0.12, top + 0.05), (tongue_x - 0.22, -0.15), (-0.45, toe_h - 0.05),
                 (-0.88, toe_h), (-1.0, ground - 0.15))
    g = SimpleNamespace(rng=rng, ground=ground, top=top, sole_y=ground - st, tongue_x=tongue_x, back=back,
                        toe_h=toe_h, high=high)
    # The line of the laces, from the tongue down to the toe.
    g.vamp = _p((tongue_x - 0.08, top + (0.1 if not high else 0.15)), (-0.42, toe_h + 0.0))
    marks = [_Mark("shape", _round(pts, u(0.05, 0.12)), True)]
    return marks + _details(details, _SHOE_DETAILS, g)


def _s_sole(g, wavy=False):
    y = g.sole_y
    if wavy:
        x = np.linspace(-0.95, 0.95, 25)
        return [_Mark("cut", np.stack([x, y + 0.03 * np.sin(x * 9)], axis=1))]
    return [_Mark("cut", _p((-0.97, y), (0.97, y)))]


def _s_laces(g, crossed=False):
    a, b = g.vamp
    k = int(g.rng.integers(3, 6))
    d = (b - a) / np.linalg.norm(b - a)
    n = np.array([d[1], -d[0]]) * (1 if d[1] >= 0 else -1)
    n = n if n[1] > 0 else -n      # across the vamp, pointing down into the shoe
    half = g.rng.uniform(0.08, 0.13)
    marks = []
    pts = np.linspace(a + 0.05 * d, b - 0.2 * (b - a), k)
    for i, p in enumerate(pts):
        if crossed and i + 1 < len(pts):
            q = pts[i + 1]
            marks.append(_Mark("cut", _p(p - half * n, q + half * n)))
        else:
            marks.append(_Mark("cut", _p(p - half * n, p + half * n)))
    return marks


def _s_toecap(g):
    y = g.sole_y
    return [_Mark("cut", _bez((-0.68, y), (-0.72, g.toe_h + 0.04), (-0.95, g.toe_h + 0.1)))]


def _s_swoosh(g):
    y = g.sole_y
    return [_Mark("cut", _bez((-0.35, y - 0.05), (0.2, y - 0.1), (g.back - 0.1, g.top + 0.3)))]


def _s_stripes(g):
    y = g.sole_y - 0.04
    return [_Mark("cut", _p((x, y), (x + 0.2, max(g.top + 0.2, -0.2)))) for x in (-0.25, -0.05, 0.15)]


def _s_heel_tab(g):
    return [_Mark("cut", _p((g.back - 0.18, g.top + 0.12), (g.back - 0.12, g.sole_y - 0.03)))]


def _s_ankle_patch(g):
    cx, cy = g.back - 0.25, g.top + 0.3
    return [_Mark("cut", _arc(cx, cy, 0.1, 0.1, 0, 360, 14), True)]


def _s_velcro(g):
    a, b = g.vamp
    marks = []
    for t in (0.15, 0.5, 0.85)[: int(g.rng.integers(2, 4))]:
        p = a + t * (b - a)
        marks.append(_Mark("cut", _p(p + (-0.08, -0.05), p + (0.3, 0.25))))
    return marks


def _s_elastic(g):
    a, b = g.vamp
    p = a + 0.4 * (b - a)
    return [_Mark("cut", _p(p + (-0.06, 0.05), p + (0.0, 0.25), p + (0.06, 0.08)))]


def _s_loop(g):  # a pull loop sticking up at the back
    x, y = g.back - 0.05, g.top
    return [_Mark("line", _p((x - 0.05, y + 0.05), (x - 0.02, y - 0.15), (x + 0.08, y - 0.12), (x + 0.04, y + 0.05)))]


_SHOE_DETAILS = {"sole": _s_sole, "laces": _s_laces, "toecap": _s_toecap, "swoosh": _s_swoosh,
                 "stripes": _s_stripes, "heel_tab": _s_heel_tab, "ankle_patch": _s_ankle_patch,
                 "velcro": _s_velcro, "elastic": _s_elastic, "loop": _s_loop}

# Sneaker: a low shoe with a thick sole, laces, a toe cap.
_SNEAKER = [
    lambda r: _sneaker(r, details=["sole", "laces", "toecap"]),
    lambda r: _sneaker(r, details=[("sole", True), "swoosh", "laces"]),
    lambda r: _sneaker(r, high=True, details=["sole", "laces", "toecap", "ankle_patch"]),                # high-top
    lambda r: _sneaker(r, details=["sole", "elastic"]),                                                  # slip-on
    lambda r: _sneaker(r, sole=(0.2, 0.28), details=["sole", "stripes"]),                                # skate
    lambda r: _sneaker(r, details=["sole", "velcro"]),
    lambda r: _sneaker(r, sole=(0.24, 0.34), details=[("sole", True), "laces", "heel_tab"]),             # chunky
    lambda r: _sneaker(r, details=["sole", "toecap", ("laces", True)]),                                  # canvas
    lambda r: _sneaker(r, details=["sole", "laces", "loop", "heel_tab"]),
    lambda r: _sneaker(r, details=[("sole", True), ("laces", True), "swoosh"]),                          # 👟
    lambda r: _sneaker(r, high=True, details=["sole", ("laces", True), "velcro"]),
    lambda r: _sneaker(r, details=["sole", "laces"]),
    lambda r: _sneaker(r, high=True, details=["sole", "laces", "stripes"]),
]


def _boot(rng, heel=(0.0, 0.05), heel_kind="block", shaft=(0.85, 1.05), toe="round", sole=(0.0, 0.0),
          details=()) -> list[_Mark]:
    """An ankle boot, side view, toe to the left: shaft to above the ankle, a heel of some kind."""
    u = rng.uniform
    ground = 0.45
    hh = u(*heel)
    top = -u(*shaft)
    back = u(0.62, 0.74)
    front = u(0.0, 0.12)
    ball = -u(0.35, 0.5)
    toe_x = -1.05 if toe == "point" else -1.0
    toe_top = 0.12 if toe == "point" else u(0.0, 0.12)
    hx0 = back - (u(0.22, 0.3) if heel_kind == "block" else 0.08)
    sole_t = u(*sole)
    bottom = [(toe_x + 0.05, ground)]
    if hh < 0.1:  # flat: a low heel at the back
        bottom += [(back - 0.02, ground)]
    elif heel_kind == "wedge":
        bottom += [(ball, ground), (back - 0.02, ground)]
    else:  # the arch lifts off the ground, then the heel goes down to it
        bottom += [(ball, ground), (hx0 - 0.05, ground - hh), (hx0, ground - hh + 0.02), (hx0 + 0.02, ground),
                   (back - 0.02, ground)]
    pts = _p((toe_x, ground - 0.1 - sole_t * 0.5), *bottom, (back + 0.03, ground - 0.1 - hh),
             (back, top), (front, top), (front - 0.05, -0.3), (-0.5, toe_top - 0.05),
             (toe_x + 0.08, toe_top + 0.1), (toe_x, ground - 0.12 - sole_t * 0.5))
    g = SimpleNamespace(rng=rng, ground=ground, hh=hh, top=top, back=back, front=front, ball=ball, toe_x=toe_x,
                        sole_y=ground - max(0.08, sole_t), heel_kind=heel_kind, hx0=hx0)
    marks = [_Mark("shape", _round(pts, u(0.04, 0.1)), True)]
    return marks + _details(details, _BOOT_DETAILS, g)


def _b_sole(g, lug=False):
    y = g.sole_y if g.hh < 0.1 or g.heel_kind == "wedge" else g.ground - 0.07
    x1 = g.back - 0.02 if g.hh < 0.1 or g.heel_kind == "wedge" else g.ball + 0.1
    marks = [_Mark("cut", _p((g.toe_x + 0.06, y), (x1, y)))]
    if lug:  # lugs: a toothed bottom edge
        xs = np.linspace(g.toe_x + 0.1, g.back - 0.05, 9)
        marks.append(_Mark("cut", np.stack([xs, np.where(np.arange(9) % 2, g.ground - 0.01, y + 0.01)], axis=1)))
    return marks


def _b_heel_line(g):  # a flat boot's low heel block
    x = g.back - g.rng.uniform(0.2, 0.3)
    return [_Mark("cut", _p((x, g.ground - 0.02), (x, g.sole_y - 0.03), (g.back, g.sole_y - 0.03)))]


def _b_chelsea(g):
    mid = (g.front + g.back) / 2
    w = g.rng.uniform(0.1, 0.16)
    return [_Mark("cut", _p((mid - w, g.top + 0.02), (mid - w * 0.3, -0.15), (mid + w * 0.3, -0.15),
                            (mid + w, g.top + 0.02)))]


def _b_tab(g):
    x, y = g.back, g.top
    return [_Mark("line", _p((x - 0.12, y + 0.05), (x - 0.06, y - 0.18), (x + 0.06, y - 0.14), (x + 0.02, y + 0.08)))]


def _b_zip(g):
    x = g.back - g.rng.uniform(0.12, 0.2)
    return [_Mark("cut", _p((x, g.top + 0.05), (x + 0.02, g.sole_y - 0.1))),
            _Mark("cut", _p((x, g.top + 0.08), (x - 0.06, g.top + 0.2)))]


def _b_laces(g):
    marks = []
    k = int(g.rng.integers(3, 6))
    for y in np.linspace(g.top + 0.12, -0.3, k):
        x = g.front + 0.02 + (y - g.top) * (-0.05 / 1.0)
        marks.append(_Mark("cut", _p((x - 0.02, y), (x + 0.2, y + 0.07))))
    return marks


def _b_eyelets(g):
    ys = np.linspace(g.top + 0.15, -0.35, int(g.rng.integers(2, 4)))
    return [_Mark("dot", np.stack([np.full(len(ys), g.front + 0.12), ys], axis=1))]


def _b_collar(g):
    y = g.top + g.rng.uniform(0.12, 0.2)
    return [_Mark("cut", _p((g.front + 0.02, y), (g.back - 0.02, y)))]


def _b_fur(g):
    y = g.top + g.rng.uniform(0.18, 0.25)
    xs = np.linspace(g.front, g.back, 7)
    return [_Mark("cut", np.stack([xs, y + np.where(np.arange(7) % 2, 0.05, -0.02)], axis=1))]


def _b_strap(g):
    y = g.rng.uniform(-0.5, -0.3)
    return [_Mark("cut", _p((g.front + 0.02, y - 0.05), (g.back - 0.02, y + 0.05))),
            _Mark("cut", _rect(g.back - 0.24, y - 0.04, g.back - 0.12, y + 0.1), True)]


def _b_stitch(g):  # a western boot's stitched curve
    mid = (g.front + g.back) / 2
    return [_Mark("cut", _bez((mid - 0.18, g.top + 0.25), (mid, -0.05), (mid + 0.18, g.top + 0.25)))]


def _b_toecap(g):
    return [_Mark("cut", _bez((g.ball + 0.1, g.sole_y), (g.ball + 0.05, -0.05), (g.toe_x + 0.1, 0.08)))]


_BOOT_DETAILS = {"sole": _b_sole, "heel_line": _b_heel_line, "chelsea": _b_chelsea, "tab": _b_tab, "zip": _b_zip,
                 "laces": _b_laces, "eyelets": _b_eyelets, "collar": _b_collar, "fur": _b_fur, "strap": _b_strap,
                 "stitch": _b_stitch, "toecap": _b_toecap}

# Ankle boot: a shaft to above the ankle; heeled or flat; zips, laces, elastic.
_BOOT = [
    lambda r: _boot(r, details=["chelsea", "tab", "heel_line"]),                                          # chelsea
    lambda r: _boot(r, heel=(0.22, 0.32), details=["zip"]),                                              # block heel
    lambda r: _boot(r, sole=(0.1, 0.16), details=["laces", ("sole", True), "collar"]),                    # combat
    lambda r: _boot(r, heel=(0.32, 0.42), heel_kind="stiletto", toe="point"),                           # stiletto
    lambda r: _boot(r, sole=(0.1, 0.16), shaft=(0.75, 0.9), details=["laces", "sole", "collar", "toecap"]),  # hiking
    lambda r: _boot(r, heel=(0.25, 0.35), heel_kind="wedge", details=["sole"]),                        # wedge
    lambda r: _boot(r, shaft=(0.7, 0.85), details=["eyelets", "sole"]),                                  # chukka
    lambda r: _boot(r, details=["fur", "sole"]),                                                        # winter
    lambda r: _boot(r, heel=(0.18, 0.28), toe="point", details=["stitch"]),                             # western
    lambda r: _boot(r, heel=(0.15, 0.25), details=["strap"]),
    lambda r: _boot(r, heel=(0.3, 0.4), heel_kind="stiletto", shaft=(0.95, 1.15)),                       # sock boot
    lambda r: _boot(r, heel=(0.25, 0.35), sole=(0.12, 0.18), details=["sole", "zip"]),                   # platform
    lambda r: _boot(r, details=["zip", "heel_line"]),
]


def _sandal_sole(rng, heel=0.0, heel_kind="post", thick=(0.07, 0.11)) -> tuple[np.ndarray, SimpleNamespace]:
    """The sole seen from the side, toe to the left; with a heel the footbed slopes up to it."""
    u = rng.uniform
    ground = 0.4
    t = u(*thick)
    back = u(0.8, 0.95)
    if heel < 0.05:
        pts = _p((-1.0, ground - t * 0.5), (-0.95, ground), (back, ground), (back + 0.04, ground - t),
                 (-0.95, ground - t))
        bed = lambda x: ground - t  # noqa: E731  the footbed's height along the foot
    else:
        ball = -u(0.35, 0.5)
        bed = lambda x: ground - t - (heel * np.clip((x - ball) / (back - ball), 0, 1) ** 0.8)  # noqa: E731
        hx = back - (u(0.2, 0.3) if heel_kind == "block" else 0.06)
        if heel_kind == "wedge":
            pts = _path(_p((-1.0, ground - t * 0.5), (-0.95, ground), (back, ground), (back + 0.04, bed(back))),
                        np.stack([np.linspace(back, -0.95, 12), bed(np.linspace(back, -0.95, 12))], axis=1))
        else:
            under = np.linspace(hx - 0.04, ball, 8)
            pts = _path(_p((-1.0, ground - t * 0.5), (-0.95, ground), (ball, ground)),
                        np.stack([under[::-1], bed(under[::-1]) + t], axis=1),
                        _p((hx, bed(hx) + t), (hx + 0.02, ground), (back - 0.01, ground), (back + 0.02, bed(back))),
                        np.stack([np.linspace(back, -0.95, 12), bed(np.linspace(back, -0.95, 12))], axis=1))
    g = SimpleNamespace(rng=rng, bed=bed, back=back, ground=ground, foot=1.0)
    return _round(pts, u(0.02, 0.04)), g


# Height of the top of a foot above the footbed, toe to heel: low at the toes, high at the ankle.
_FOOT = (np.array([-1.0, -0.6, 0.0, 0.45, 0.8]), np.array([0.12, 0.24, 0.38, 0.5, 0.52]))


def _foot_top(g, x):
    return g.bed(x) - g.foot * np.interp(x, *_FOOT)


def _strap(g, x0, x1, lift=1.0) -> _Mark:
    """A strap over the foot, seen from the side: an arch from the footbed at x0 over the top of the
    (undrawn) foot and down again at x1."""
    t = np.linspace(np.pi, 0, 13)
    xs = (x0 + x1) / 2 + (x1 - x0) / 2 * np.cos(t)
    ys = g.bed(xs) + lift * (_foot_top(g, xs) - g.bed(xs)) * np.sin(t) ** 0.8
    return _Mark("line", np.stack([xs, ys], axis=1))


def _ankle_strap(g, dy=0.0, back=True, quarter=False) -> list[_Mark]:
    """The ring round the ankle (an ellipse, seen from the side), held by a strap up the back of the
    heel and maybe one slanting down to the middle of the sole."""
    cx = g.back - g.rng.uniform(0.28, 0.4)
    cy = _foot_top(g, cx) + 0.04 + dy
    rx = g.rng.uniform(0.17, 0.24)
    marks = [_Mark("line", _arc(cx, cy, rx, rx * 0.38, 0, 360, 18), True)]
    if back:
        marks.append(_Mark("line", _p((g.back - 0.04, g.bed(g.back - 0.04)), (cx + rx * 0.9, cy + 0.02))))
    if quarter:
        x = cx - g.rng.uniform(0.45, 0.6)
        marks.append(_Mark("line", _p((cx - rx * 0.8, cy + 0.04), (x, g.bed(x)))))
    return marks


def _sandal(rng, kind):
    u = rng.uniform
    if kind in ("flat", "flip", "gladiator", "slide", "cross", "sport", "platform"):
        sole, g = _sandal_sole(rng, 0.0, thick=(0.18, 0.28) if kind in ("sport", "platform") else (0.07, 0.12))
    elif kind == "wedge":
        sole, g = _sandal_sole(rng, u(0.3, 0.45), "wedge")
    elif kind == "block":
        sole, g = _sandal_sole(rng, u(0.25, 0.4), "block")
    elif kind == "kitten":
        sole, g = _sandal_sole(rng, u(0.15, 0.22), "post")
    else:
        sole, g = _sandal_sole(rng, u(0.35, 0.5), "post")
    g.foot = u(0.85, 1.15)
    marks = [_Mark("shape", sole, True)]
    if kind == "flip":  # a thong: from the toe post up over the foot and down at both sides
        p = (-0.55, g.bed(-0.55))
        top = (-0.1, _foot_top(g, -0.1) + 0.08)
        marks += [_Mark("line", _p(p, top, (0.2, g.bed(0.2)))), _Mark("line", _p(p, (-0.2, g.bed(-0.2) - 0.04)))]
    elif kind == "slide":  # one wide band over the front of the foot, painted in like the sole
        x0, x1 = -u(0.75, 0.85), u(-0.05, 0.1)
        xs = np.linspace(x0, x1, 12)
        top = g.bed(xs) + 1.1 * (_foot_top(g, xs) - g.bed(xs)) * np.sin(np.linspace(0, np.pi, 12)) ** 0.6
        marks.append(_Mark("shape", _path(np.stack([xs, top], axis=1), _p((x1, g.bed(x1)), (x0, g.bed(x0)))), True))
    elif kind == "gladiator":
        marks += [_strap(g, -0.95, -0.5), _strap(g, -0.45, 0.0)]
        for dy in (0.0, -0.17, -0.34):
            marks += _ankle_strap(g, dy, back=False)
        marks.append(_Mark("line", _p((g.back - 0.05, g.bed(g.back - 0.05)),
                                      (g.back - 0.08, _foot_top(g, g.back - 0.25) - 0.25))))
    elif kind == "cross":  # two straps crossing over the instep
        marks += [_Mark("line", _p((-0.75, g.bed(-0.75)), (-0.05, _foot_top(g, -0.05)))),
                  _Mark("line", _p((-0.05, g.bed(-0.05)), (-0.7, _foot_top(g, -0.7)))), _strap(g, -0.98, -0.78)]
        marks += _ankle_strap(g)
    elif kind == "sport":  # wide velcro bands, a strap round the back, a treaded sole
        marks += [_strap(g, -0.85, -0.4), _strap(g, -0.3, 0.15)] + _ankle_strap(g, quarter=True)
        marks.append(_Mark("cut", _p((-0.92, g.ground - 0.09), (g.back - 0.04, g.ground - 0.09))))
    elif kind == "kitten":  # a slingback: the toes covered, a strap round the heel
        x0, x1 = -0.97, -u(0.2, 0.35)
        xs = np.linspace(x0, x1, 12)
        top = g.bed(xs) + (_foot_top(g, xs) - g.bed(xs)) * 1.1 * np.clip(np.linspace(0.3, 1.6, 12), 0, 1)
        marks.append(_Mark("shape", _path(np.stack([xs, top], axis=1), _p((x1, g.bed(x1)), (x0, g.bed(x0)))), True))
        cx = g.back - 0.25
        marks.append(_Mark("line", _bez((g.back - 0.03, g.bed(g.back - 0.03)), (g.back + 0.05, _foot_top(g, cx)),
                                        (cx - 0.3, _foot_top(g, cx - 0.3) + 0.1))))
    else:  # straps over the toes and the instep, and one round the ankle
        marks.append(_strap(g, -0.97, -u(0.45, 0.55)))
        if kind in ("flat", "wedge", "platform", "block") or rng.random() < 0.4:
            marks.append(_strap(g, -u(0.4, 0.45), u(-0.05, 0.1)))
        ring = _ankle_strap(g, quarter=kind in ("heel", "block") and rng.random() < 0.6)
        marks += ring
        if kind == "tstrap":  # a strap from the ring down the instep to the toe strap
            c = ring[0].pts
            front = c[np.argmin(c[:, 0])]
            marks.append(_Mark("line", _p(front, (-0.72, _foot_top(g, -0.72)))))
    return marks


_SANDAL = [lambda r, k=k: _sandal(r, k) for k in (
    "flat", "heel", "flip", "gladiator", "wedge", "slide", "platform", "tstrap", "sport", "cross", "kitten",
    "block", "heel")]


# ---------------------------------------------------------------- bags, front view

def _bag(rng, body="trapezoid", handle="arch", details=()) -> list[_Mark]:
    u = rng.uniform
    w = u(0.75, 0.95)
    top_w = w * (u(0.72, 0.88) if body in ("trapezoid", "doctor") else 1.0)
    yt, yb = -0.15, u(0.55, 0.75)
    if body == "clutch":
        yt, yb = -0.05, u(0.45, 0.6)
    if body == "purse":  # kiss-lock: round bottom, straight frame on top
        outline = _path(_p((-top_w * 0.8, yt), (top_w * 0.8, yt)), _arc(0, yt, w, yb - yt, 0, 180, 18))
    elif body == "bucket":
        outline = _path(_p((-w * 0.85, yt), (w * 0.85, yt), (w * 0.75, yb)), _bez((w * 0.75, yb), (0, yb + 0.15),
                                                                                      (-w * 0.75, yb)))
    elif body == "hobo":
        outline = _path(_bez((-w, yt), (0, yt + 0.35), (w, yt)), _bez((w, yt), (w * 0.9, yb + 0.2), (0, yb)),
                        _bez((0, yb), (-w * 0.9, yb + 0.2), (-w, yt)))
    elif body == "doctor":
        outline = _path(_bez((-top_w, yt + 0.05), (0, yt - 0.2), (top_w, yt + 0.05)), _p((w, yb), (-w, yb)))
    else:
        outline = _p((-top_w, yt), (top_w, yt), (w, yb), (-w, yb))
    marks = [_Mark("shape", _round(outline, u(0.05, 0.15)), True)]
    hy = yt - u(0.45, 0.7)
    if handle == "arch":  # one handle arching from the top corners: a painter leaves its hole
        x = top_w * u(0.45, 0.7)
        marks.append(_Mark("line", _bez((-x, yt + 0.02), (0, 2 * hy - yt), (x, yt + 0.02), 12)))
    elif handle == "round":  # the 👜 emoji's round handle
        r = top_w * u(0.4, 0.55)
        marks.append(_Mark("line", _arc(0, yt + 0.02, r, (yt - hy) * 1.1, 180, 360, 14)))
    elif handle == "two":  # a tote's two handles, side by side
        for x0 in (-0.1, 0.1):
            x1 = x0 + np.sign(x0) * top_w * 0.5
            marks.append(_Mark("line", _bez((x0, yt), ((x0 + x1) / 2, 2 * hy - yt), (x1, yt), 10)))
    elif handle == "strap":  # a long shoulder strap
        sy = yt - u(0.7, 1.0)
        marks.append(_Mark("line", _bez((-top_w + 0.05, yt), (0, 2 * sy - yt), (top_w - 0.05, yt), 14)))
    elif handle == "small":  # a briefcase's handle
        x = u(0.15, 0.22)
        marks.append(_Mark("line", _p((-x, yt), (-x, yt - 0.18), (x, yt - 0.18), (x, yt))))
    g = SimpleNamespace(rng=rng, w=w, top_w=top_w, yt=yt, yb=yb)
    return marks + _details(details, _BAG_DETAILS, g)


def _g_flap(g, shape="v"):
    y = g.yt + (g.yb - g.yt) * g.rng.uniform(0.35, 0.5)
    x = g.top_w + (g.w - g.top_w) * 0.4 - 0.03
    if shape == "v":
        return [_Mark("cut", _p((-x, g.yt + 0.05), (0, y), (x, g.yt + 0.05)))]
    if shape == "round":
        curve = _bez((-x, y - 0.1), (0, y + 0.12), (x, y - 0.1))
        return [_Mark("cut", _path(_p((-x, g.yt + 0.05)), curve, _p((x, g.yt + 0.05))))]
    return [_Mark("cut", _p((-x, g.yt + 0.05), (-x, y), (x, y), (x, g.yt + 0.05)))]


def _g_clasp(g):
    y = g.yt + (g.yb - g.yt) * g.rng.uniform(0.35, 0.5)
    return [_Mark("dot", _p((0, y)))]


def _g_buckle(g):
    y = g.yt + (g.yb - g.yt) * 0.45
    return [_Mark("cut", _rect(-0.08, y - 0.05, 0.08, y + 0.08), True)]


def _g_pocket(g):
    y0 = g.yt + (g.yb - g.yt) * 0.45
    x = g.w * 0.5
    return [_Mark("cut", _p((-x, y0), (x, y0), (x, g.yb - 0.1), (-x, g.yb - 0.1)), True)]


def _g_zip(g):
    y = g.yt + 0.1
    return [_Mark("cut", _p((-g.top_w + 0.08, y), (g.top_w - 0.08, y)))]


def _g_seam(g):  # a briefcase's lid, a tote's top band
    y = g.yt + g.rng.uniform(0.12, 0.2)
    return [_Mark("cut", _p((-g.top_w - 0.02, y), (g.top_w + 0.02, y)))]


def _g_kiss(g):  # two balls of a kiss-lock on top of the frame
    return [_Mark("line", _arc(x, g.yt - 0.08, 0.07, 0.07, 0, 360, 10), True) for x in (-0.06, 0.06)]


def _g_latches(g):
    y = g.yt + 0.16
    return [_Mark("cut", _rect(x - 0.05, y - 0.03, x + 0.05, y + 0.08), True) for x in (-0.4 * g.w, 0.4 * g.w)]


def _g_drawstring(g):
    y = g.yt + 0.1
    return [_Mark("cut", _p((-g.w * 0.8, y), (g.w * 0.8, y))),
            _Mark("line", _p((0.05, y), (0.1, y + 0.3))), _Mark("line", _p((0.05, y), (-0.02, y + 0.32)))]


_BAG_DETAILS = {"flap": _g_flap, "clasp": _g_clasp, "buckle": _g_buckle, "pocket": _g_pocket, "zip": _g_zip,
                "seam": _g_seam, "kiss": _g_kiss, "latches": _g_latches, "drawstring": _g_drawstring}

# Bag: a body and a handle; flaps, clasps, pockets.
_BAG = [
    lambda r: _bag(r, "trapezoid", "arch", ["flap", "clasp"]),                                   # handbag
    lambda r: _bag(r, "rect", "two", ["seam"]),                                                  # tote
    lambda r: _bag(r, _pick(r, "rect", "trapezoid"), "strap", [("flap", "round")]),             # shoulder bag
    lambda r: _bag(r, "clutch", "none", ["flap", "clasp"]),                                      # clutch
    lambda r: _bag(r, "rect", "small", ["pocket", "zip"]),                                       # backpack-like
    lambda r: _bag(r, "purse", "none", ["kiss"]),                                                # 👛
    lambda r: _bag(r, "trapezoid", "round", ["clasp"]),                                          # 👜
    lambda r: _bag(r, "rect", "small", ["seam", "latches"]),                                     # briefcase
    lambda r: _bag(r, "bucket", "strap", ["drawstring"]),
    lambda r: _bag(r, "trapezoid", "two", []),                                                   # shopping bag
    lambda r: _bag(r, "doctor", "arch", ["clasp"]),
    lambda r: _bag(r, "rect", "strap", [("flap", "square"), "buckle"]),                         # crossbody
    lambda r: _bag(r, "hobo", "arch", []),
    lambda r: _bag(r, "trapezoid", "arch", [("flap", "round"), "buckle"]),
]

_DESIGNS = (_TSHIRT, _TROUSER, _PULLOVER, _DRESS, _COAT, _SANDAL, _SHIRT, _SNEAKER, _BAG, _BOOT)
_SHOES = (5, 7, 9)


# ---------------------------------------------------------------- the hand

def _densify(pts: np.ndarray, step: float, closed: bool) -> np.ndarray:
    if closed:
        pts = np.vstack([pts, pts[:1]])
    seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    if s[-1] <= 0:
        return pts[:1]
    t = np.linspace(0.0, s[-1], max(2, int(s[-1] / step) + 1))
    return np.stack([np.interp(t, s, pts[:, 0]), np.interp(t, s, pts[:, 1])], axis=1)


class _Hand:
    """How one student draws one drawing: the brush, the wobble, how carefully outlines close."""

    def __init__(self, rng, size_px: float, brush: float):
        self.rng = rng
        self.size = size_px
        self.brush = brush
        self.wobble = size_px * rng.uniform(0.002, 0.012)
        self.tremor = rng.uniform(0.0, 0.5) * SCALE if rng.random() < 0.5 else 0.0

    def stroke(self, pts: np.ndarray, closed: bool) -> np.ndarray:
        """The path as the hand draws it: a slow, smooth drift off the line, and a mouse's tremor."""
        pts = _densify(pts, max(2.0, self.brush / 4), closed)
        s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(pts, axis=0), axis=1))])
        rng = self.rng
        drift = np.zeros_like(pts)
        for _ in range(2):
            wave = 2 * np.pi / (self.size * rng.uniform(0.3, 1.2))
            drift += self.wobble * np.sin(s[:, None] * wave + rng.uniform(0, 2 * np.pi, 2))
        if self.tremor and len(pts) >= 3:
            jitter = rng.normal(0, self.tremor, pts.shape)
            kernel = np.ones(3) / 3
            drift += np.stack([np.convolve(jitter[:, i], kernel, "same") for i in range(2)], axis=1)
        return pts + drift

    def outline_strokes(self, pts: np.ndarray) -> list[np.ndarray]:
        """A closed outline as one to three strokes; where it should meet itself it may fall short or
        run on past the start."""
        path = self.stroke(pts, closed=True)
        n = len(path)
        start = int(self.rng.integers(n))
        path = np.roll(path[:-1], -start, axis=0)
        path = np.vstack([path, path[:1]])
        step = max(2.0, self.brush / 4)
        miss = self.rng.random()
        k = int(self.rng.uniform(0.4, 1.6) * self.brush / step) + 1
        if miss < 0.3:      # falls short of the start
            path = path[:-k]
        elif miss < 0.6:    # runs on past it, a little off the line
            extra = path[1:k + 1] + self.rng.normal(0, self.brush * 0.25, 2)
            path = np.vstack([path, extra])
        pieces = int(self.rng.choice([1, 1, 2, 3]))
        cuts = np.sort(self.rng.choice(np.arange(3, max(4, len(path) - 3)), size=pieces - 1, replace=False)) \
            if pieces > 1 and len(path) > 10 else []
        strokes = np.split(path, cuts)
        # Each new stroke starts where the hand put the pen down again: not quite on the old line.
        return [s + (self.rng.normal(0, self.brush * 0.15, 2) if i else 0) for i, s in enumerate(strokes)]


def _line(draw: ImageDraw.ImageDraw, pts: np.ndarray, width: float, fill: int) -> None:
    width = max(1, int(round(width)))
    flat = [tuple(p) for p in pts.tolist()]
    if len(flat) > 1:
        draw.line(flat, fill=fill, width=width, joint="curve")
    r = width / 2
    for x, y in (flat[0], flat[-1]):  # a round brush: round ends
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _scribble(shape: np.ndarray, brush: float, rng) -> Image.Image:
    """The shape painted in with back-and-forth strokes, which leave gaps where they spread apart."""
    side = SIZE * SCALE
    mask = Image.new("L", (side, side), 0)
    ImageDraw.Draw(mask).polygon([tuple(p) for p in shape.tolist()], fill=255)
    angle = rng.uniform(0, np.pi)
    along, across = np.array([np.cos(angle), np.sin(angle)]), np.array([-np.sin(angle), np.cos(angle)])
    u, v = shape @ along, shape @ across
    spacing = brush * rng.uniform(0.9, 1.7)
    vs = np.arange(v.min() - spacing / 2, v.max() + spacing, spacing / 2)
    us = np.where(np.arange(len(vs)) % 2 == 0, u.min() - brush, u.max() + brush)
    us = us + rng.normal(0, brush * 0.6, len(us))
    zig = us[:, None] * along + vs[:, None] * across
    layer = Image.new("L", (side, side), 0)
    _line(ImageDraw.Draw(layer), zig, brush, 255)
    return Image.fromarray(np.minimum(np.asarray(mask), np.asarray(layer)))


def _place(marks: list[_Mark], rng, label: int):
    """The drawing's size, tilt, stretch and place on the canvas, and its brush."""
    allpts = np.vstack([m.pts for m in marks])
    aspect = np.exp(rng.uniform(-0.12, 0.12))
    flip = -1.0 if (label in _SHOES and rng.random() < 0.35) else 1.0  # some draw the toe to the right
    angle = math.radians(rng.triangular(-15, 0, 15))  # most drawings nearly upright, a few tilted
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    lin = rot @ np.diag([aspect * flip, 1 / aspect])
    moved = allpts @ lin.T
    lo, hi = moved.min(axis=0), moved.max(axis=0)
    long_side = float((hi - lo).max())
    target = SIZE * rng.uniform(0.35, 0.95)
    brush = float(np.exp(rng.uniform(np.log(BRUSH[0]), np.log(BRUSH[1]))))
    # A fat brush on a small drawing fills it in: people who draw small pick a thinner one.
    brush = min(brush, max(BRUSH[0], 0.08 * target))
    target = min(target, (SIZE - 1.4 * brush - 4) / 1.07)
    scale = target / long_side * SCALE
    extent = (hi - lo) * scale
    # A hand is not a mirror: one side comes out a little different from the other.
    warp = rng.uniform(0, 0.025, 2) * target * SCALE
    # Room for the brush, the warp and the wobble: the drawing stays on the canvas.
    margin = (0.7 * brush + 2 + 0.012 * target) * SCALE + warp   # a strap is painted up to 1.4 brushes wide
    room = SIZE * SCALE - 2 * margin - extent
    offset = margin + rng.uniform(0, 1, 2) * np.maximum(room, 0) - lo * scale
    phase = rng.uniform(0, 2 * np.pi, 2)
    freq = 2 * np.pi / (target * SCALE * rng.uniform(0.8, 2.0, 2))

    def transform(pts: np.ndarray) -> np.ndarray:
        p = pts @ lin.T * scale + offset
        return p + warp * np.sin(p[:, ::-1] * freq + phase)

    return transform, target * SCALE, brush * SCALE


def _draw(marks: list[_Mark], style: str, rng, label: int) -> np.ndarray:
    """The design put on the canvas by one hand: silhouettes first (painted in, when filled), then
    the details over them, white in an outline and dark through the paint."""
    transform, size_px, brush = _place(marks, rng, label)
    hand = _Hand(rng, size_px, brush)
    side = SIZE * SCALE
    canvas = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(canvas)
    filled = style == "filled"
    # A painter leaves details as gaps a little narrower than the brush, but wide enough to see.
    gap = max(brush * rng.uniform(0.35, 0.7), 0.03 * size_px, 4.0 * SCALE)
    dot = brush / 2 * rng.uniform(0.9, 1.3)
    for m in marks:
        if m.kind != "shape":
            continue
        pts = transform(m.pts)
        if filled:
            path = hand.stroke(pts, closed=True)
            if rng.random() < 0.6:
                draw.polygon([tuple(p) for p in path.tolist()], fill=255)
            else:
                canvas = Image.fromarray(np.maximum(np.asarray(canvas), np.asarray(_scribble(path, brush, rng))))
                draw = ImageDraw.Draw(canvas)
            _line(draw, path, brush, 255)
        else:
            for s in hand.outline_strokes(pts):
                _line(draw, s, brush, 255)
    for m in marks:
        if m.kind == "shape":
            continue
        pts = transform(m.pts)
        if m.kind == "dot":
            r = (gap * rng.uniform(0.5, 0.75)) if filled else dot
            for x, y in pts.tolist():
                draw.ellipse((x - r, y - r, x + r, y + r), fill=0 if filled else 255)
            continue
        if m.kind == "gap" and not filled:
            continue
        path = hand.stroke(pts, m.closed)
        if m.kind == "line":
            _line(draw, path, brush * (rng.uniform(1.0, 1.4) if filled else 1.0), 255)
        else:  # a cut, or a gap in the paint
            _line(draw, path, gap if filled else brush, 0 if filled else 255)
    return np.asarray(canvas.reduce(SCALE))


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each): N is
    10 * count_per_class, grouped by label (all of class 0 first), styles taking turns within each class.
    Each drawing depends only on (seed, label, index, style)."""
    styles = tuple(styles)
    if not styles:
        raise ValueError("styles is empty: give at least one of " + ", ".join(STYLES))
    for style in styles:
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}: expected one of {STYLES}")
    images, labels, kinds = [], [], []
    for label, designs in enumerate(_DESIGNS):
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            # Consecutive drawings share a design, one per style, so each design shows up in both.
            design = (i // len(styles) + seed) % len(designs)
            rng = np.random.default_rng([seed, label, i, STYLES.index(style)])
            images.append(_draw(designs[design](rng), style, rng, label))
            labels.append(label)
            kinds.append(style)
    if not images:
        return np.zeros((0, SIZE, SIZE), np.uint8), np.zeros(0, np.int64), []
    return np.stack(images), np.array(labels, dtype=np.int64), kinds


def designs_per_class() -> list[int]:
    return [len(d) for d in _DESIGNS]


# ---------------------------------------------------------------- contact sheet

def contact_sheet(images: np.ndarray, columns: int, tile: int = 140) -> Image.Image:
    """Images in rows of `columns`, each shrunk to `tile` pixels, with grey lines between them."""
    rows = math.ceil(len(images) / columns)
    sheet = Image.new("L", (columns * (tile + 2), rows * (tile + 2)), 90)
    for i, image in enumerate(images):
        im = Image.fromarray(image).resize((tile, tile), Image.Resampling.BOX if image.shape[0] > tile
                                           else Image.Resampling.NEAREST)
        sheet.paste(im, ((i % columns) * (tile + 2) + 1, (i // columns) * (tile + 2) + 1))
    return sheet


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", default="/tmp/icon_sheet.png", help="where to save the contact sheet")
    parser.add_argument("--net", action="store_true",
                        help="also save what the network sees (fashion.predict.preprocess, 28x28) as SHEET_28.png")
    args = parser.parse_args(argv)
    images, labels, styles = make(args.per_class, seed=args.seed)
    contact_sheet(images, args.per_class).save(args.sheet)
    print(f"{len(images)} drawings ({designs_per_class()} designs per class) -> {args.sheet}")
    if args.net:
        from .predict import preprocess  # imports torch: only when asked for
        small = np.stack([preprocess(image, "canvas", drawing=True) for image in images])
        path = args.sheet.rsplit(".", 1)[0] + "_28.png"
        contact_sheet(small, args.per_class, tile=84).save(path)
        print(f"what the network sees -> {path}")


if __name__ == "__main__":
    main()
