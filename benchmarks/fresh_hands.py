"""Fresh hands: an independent generator of Fashion-MNIST garments as people draw them on a canvas.

This module was written from scratch, without looking at the project's other drawing generators
(fashion/drawings.py, fashion/sketch.py, benchmarks/drawings.py, benchmarks/other_hands.py), so
that it shares none of their assumptions about how people draw. It is used only to MEASURE how
well a network recognises drawings it was never tuned on, and must never be used for training:
once a network has been trained or tuned on these drawings they stop measuring anything.

Each drawing imitates one person in a classroom asked to "draw a <garment>" with a white round
brush on a black 280x280 canvas. A design (several per class: iconic, careful, other views and
poses) gives the garment's geometry; a hand (brush width, size and place on the canvas, tilt,
steadiness, rounded or sharp corners, pen lifts, overshoots and gaps, forgotten details) draws it,
in one of two styles:

- "outline": strokes only;
- "filled": the garment coloured in (solid, or back-and-forth scribbles that leave slivers), with
  details left as dark lines and real holes (between trouser legs, inside a handle) left dark.

Run it to look at the drawings:
    python benchmarks/fresh_hands.py --per-class 6 --sheet /tmp/fresh_hands_sheet.png
"""
from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from fashion.config import CLASS_NAMES  # noqa: E402

STYLES = ("outline", "filled")
CANVAS = 280       # the web canvas is 280x280
SUPER = 2          # strokes are drawn at twice the size and shrunk: the browser antialiases its lines
DEFAULT_BRUSH = 18.0
NY = -0.9          # where the neckline meets the shoulders, in the design frame of every top


# ----------------------------------------------------------------------------------------------
# Geometry helpers. Designs work in their own frame: x to the right, y DOWN, roughly -1..1; the
# hand later fits the drawing to the canvas, so only proportions matter.
# ----------------------------------------------------------------------------------------------

def _bez(*ctrl, n: int = 14) -> np.ndarray:
    """A Bezier curve of any degree through its end control points (de Casteljau)."""
    c = np.asarray(ctrl, float)
    t = np.linspace(0.0, 1.0, n)[:, None, None]
    p = np.broadcast_to(c, (n,) + c.shape).copy()
    while p.shape[1] > 1:
        p = p[:, :-1] * (1 - t) + p[:, 1:] * t
    return p[:, 0]


def _arc(cx, cy, rx, ry, a0, a1, n: int = 16) -> np.ndarray:
    """Points on an ellipse from angle a0 to a1 in degrees (y is down: 90 is the bottom)."""
    a = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(a), cy + ry * np.sin(a)], 1)


def _ellipse(cx, cy, rx, ry, n: int = 28) -> np.ndarray:
    return _arc(cx, cy, rx, ry, 0, 360, n + 1)[:-1]


def _chain(*parts) -> np.ndarray:
    """Polylines joined end to end, dropping points that repeat the previous one."""
    p = np.vstack([np.asarray(q, float).reshape(-1, 2) for q in parts])
    keep = np.ones(len(p), bool)
    keep[1:] = np.linalg.norm(np.diff(p, axis=0), axis=1) > 1e-9
    return p[keep]


def _mirror(p) -> np.ndarray:
    return np.asarray(p, float) * [-1.0, 1.0]


def _sym(half) -> np.ndarray:
    """A closed outline, symmetric about x=0, from its right half (top centre -> bottom centre)."""
    half = np.asarray(half, float)
    return _chain(half, _mirror(half[::-1])[1:-1])


def _across(half) -> np.ndarray:
    """An open line symmetric about x=0 from its right half (centre -> right end)."""
    half = np.asarray(half, float)
    return _chain(_mirror(half[::-1]), half[1:])


def _both(line) -> list:
    return [np.asarray(line, float), _mirror(line)]


def _closed(p) -> np.ndarray:
    """A loop drawn as one line (a pocket, a print): back to where it started."""
    p = np.asarray(p, float)
    return np.vstack([p, p[:1]])


def _rrect(x0, y0, x1, y1, rad, n: int = 5) -> np.ndarray:
    rad = min(rad, (x1 - x0) / 2, (y1 - y0) / 2)
    if rad <= 1e-6:
        return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], float)
    return _chain(_arc(x1 - rad, y0 + rad, rad, rad, -90, 0, n), _arc(x1 - rad, y1 - rad, rad, rad, 0, 90, n),
                  _arc(x0 + rad, y1 - rad, rad, rad, 90, 180, n), _arc(x0 + rad, y0 + rad, rad, rad, 180, 270, n))


def _chaikin(p, closed: bool, times: int = 2, cut: float = 0.25) -> np.ndarray:
    """Corner cutting: turns a control polygon into the smooth shape a person draws from it."""
    p = np.asarray(p, float)
    for _ in range(times):
        q = np.roll(p, -1, axis=0) if closed else p[1:]
        a = p if closed else p[:-1]
        new = np.empty((2 * len(a), 2))
        new[0::2] = (1 - cut) * a + cut * q
        new[1::2] = cut * a + (1 - cut) * q
        p = new if closed else np.vstack([p[:1], new, p[-1:]])
    return p


def _lerp(a, b, t) -> np.ndarray:
    return np.asarray(a, float) * (1 - t) + np.asarray(b, float) * t


@dataclass
class Drawing:
    """What a person means to draw, before their hand touches the canvas."""

    shapes: list                                   # closed outlines of the garment's solid parts
    holes: list = field(default_factory=list)      # closed outlines of real holes (kept dark when filled)
    details: list = field(default_factory=list)    # lines on the garment: white strokes, or dark when filled
    key: list = field(default_factory=list)        # the lines that say what it is (a coat's opening,
                                                   # a shirt's collar): never forgotten
    straps: list = field(default_factory=list)     # thin solid parts drawn as single lines (white in both)
    dots: list = field(default_factory=list)       # (x, y, r): buttons, eyelets, a clasp
    pattern: list = field(default_factory=list)    # lines clipped to the garment: stripes, checks, quilting
    spacing: float = 1.0                           # distance between pattern lines (design units)
    side_view: bool = False                        # shoes: may point left or right
    tilt: float = 7.0                              # how far (degrees) a person may turn it


class _Rand:
    """The numpy generator with the few calls the designs need, short to read."""

    def __init__(self, rng: np.random.Generator):
        self.g = rng

    def u(self, a: float, b: float) -> float:
        return float(self.g.uniform(a, b))

    def p(self, chance: float) -> bool:
        return bool(self.g.random() < chance)

    def pick(self, options):
        return options[int(self.g.integers(len(options)))]

    def i(self, a: int, b: int) -> int:
        """An integer from a to b inclusive."""
        return int(self.g.integers(a, b + 1))


# ----------------------------------------------------------------------------------------------
# Shared parts of tops (T-shirts, pullovers, shirts, coats, dresses with sleeves).
# ----------------------------------------------------------------------------------------------

def _neck(kind: str, w: float, d: float, y: float = NY) -> np.ndarray:
    """Neckline from its centre (depth d below y) to where it meets the shoulder (x=w, y)."""
    if kind == "v":
        return np.array([(0, y + d), (w, y)], float)
    if kind == "square":
        return np.array([(0, y + d), (w, y + d), (w, y)], float)
    return _bez((0, y + d), (w * 0.85, y + d), (w, y), n=10)


def _neck_rib(kind, w, d, rib, shoulder) -> np.ndarray:
    """The line of a neck band: the neckline again, a band's width further in, across both sides."""
    sx, sy = shoulder
    x_end = w + rib * 0.8
    y_end = NY + (sy - NY) * (x_end - w) / max(sx - w, 1e-3)
    if kind == "v":
        half = np.array([(0, NY + d + rib * 1.3), (x_end, y_end)])
    elif kind == "square":
        half = np.array([(0, NY + d + rib), (w + rib, NY + d + rib), (x_end, y_end)])
    else:
        half = _bez((0, NY + d + rib), (x_end * 0.85, NY + d + rib), (x_end, y_end), n=10)
    return _across(half)


def _top(neck, shoulder, sleeve_len, sleeve_deg, cuff, armpit, body):
    """Right half of a top, neck centre -> hem centre, and its landmarks.

    shoulder: where the sleeve starts; sleeve_deg: degrees below horizontal (0 = arms out,
    ~70 = hanging down); cuff: the sleeve's width at its end; armpit: where the sleeve's underside
    meets the body; body: points from below the armpit down the side to the hem's centre.
    """
    S, A = np.asarray(shoulder, float), np.asarray(armpit, float)
    body = np.asarray(body, float)
    side = np.vstack([A, body[body[:, 0] > 1e-6]])
    side_y = np.maximum.accumulate(side[:, 1])
    a = math.radians(sleeve_deg)
    while True:
        d = np.array([math.cos(a), math.sin(a)])
        n = np.array([-d[1], d[0]])
        E1 = S + sleeve_len * d
        E2 = E1 + cuff * n
        side_x = float(np.interp(E2[1], side_y, side[:, 0])) if E2[1] > A[1] else A[0]
        # A hanging sleeve must stay outside the body: lift it until its cuff clears the side.
        if E2[0] >= side_x + 0.05 or a <= 0:
            break
        a -= math.radians(2)
    half = _chain(neck, [S, E1, E2, A], body)
    return half, dict(S=S, E1=E1, E2=E2, A=A, d=d)


def _cuff_line(m, depth) -> np.ndarray:
    """A line across the sleeve, `depth` back from its end (a hem, a rib, a shirt cuff)."""
    under = m["A"] - m["E2"]
    under = under / max(np.linalg.norm(under), 1e-9)
    return np.array([m["E1"] - depth * m["d"], m["E2"] + depth * under])


def _pose_sleeves(r: _Rand, pose: str, long: bool = True):
    """(sleeve angle, length, cuff width, armpit depth) for arms hanging, angled or held out."""
    if not long:
        return r.u(18, 42), r.u(0.28, 0.45), r.u(0.24, 0.34), r.u(0.32, 0.42)
    if pose == "down":
        return r.u(62, 78), r.u(1.1, 1.4), r.u(0.2, 0.28), r.u(0.25, 0.35)
    if pose == "angled":
        return r.u(28, 50), r.u(0.95, 1.2), r.u(0.22, 0.3), r.u(0.33, 0.45)
    return r.u(0, 14), r.u(0.8, 1.05), r.u(0.22, 0.3), r.u(0.3, 0.4)


def _basic_top(r: _Rand, neck_kind, nw, nd, pose, long, hem, hem_flare=1.0, shoulder_x=None,
               neck=None, body=None):
    """The usual top: a neckline, sloping shoulders, two sleeves, a straight body to the hem."""
    drop = r.u(0.06, 0.14)
    sx = shoulder_x if shoulder_x is not None else r.u(0.4, 0.52)
    ang, length, cuff, pit = _pose_sleeves(r, pose, long)
    ax = sx - r.u(0.02, 0.05)
    hw = ax * hem_flare
    neck = _neck(neck_kind, nw, nd) if neck is None else neck
    body = [(hw, hem), (0, hem)] if body is None else body
    half, m = _top(neck, (sx, NY + drop), length, ang, cuff, (ax, NY + drop + pit), body)
    m.update(hem=hem, hw=hw, ax=ax, nw=nw, nd=nd)
    return half, m


def _motif(r: _Rand, cx, cy, s):
    """A print on a T-shirt or sweatshirt: (lines, dots)."""
    kind = r.pick(["heart", "star", "circle", "text", "smile"])
    if kind == "heart":
        t = np.linspace(0, 2 * np.pi, 40)
        x, y = 16 * np.sin(t) ** 3, -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
        return [np.stack([cx + x * s / 32, cy + y * s / 32], 1)], []
    if kind == "star":
        a = np.radians(np.arange(11) * 36 - 90)
        rad = np.where(np.arange(11) % 2 == 0, s / 2, s / 4.5)
        return [np.stack([cx + rad * np.cos(a), cy + rad * np.sin(a)], 1)], []
    if kind == "circle":
        return [_closed(_ellipse(cx, cy, s / 2, s / 2))], []
    if kind == "smile":
        return [_closed(_ellipse(cx, cy, s / 2, s / 2)), _arc(cx, cy, s * 0.3, s * 0.28, 20, 160, 10)], \
            [(cx - s * 0.16, cy - s * 0.12, s * 0.05), (cx + s * 0.16, cy - s * 0.12, s * 0.05)]
    lines = []
    for k in range(r.i(2, 3)):
        half = s * r.u(0.35, 0.65)
        lines.append(np.array([(cx - half, cy + k * s * 0.3 - s * 0.3), (cx + half, cy + k * s * 0.3 - s * 0.3)]))
    return lines, []


def _stripes(y0, y1, sp, vertical=False):
    if vertical:
        return [np.array([(x, y0), (x, y1)]) for x in np.arange(-3, 3, sp)]
    return [np.array([(-3.0, y), (3.0, y)]) for y in np.arange(y0, y1, sp)]


# ----------------------------------------------------------------------------------------------
# 0 T-shirt/top
# ----------------------------------------------------------------------------------------------

def tee_iconic(r: _Rand) -> Drawing:
    """The child's T: sleeves straight out, a box body, a dip for the neck."""
    nw, nd = r.u(0.13, 0.22), r.u(0.05, 0.16)
    sx, cuff = r.u(0.4, 0.55), r.u(0.28, 0.4)
    bw, hem = sx - r.u(0, 0.05), r.u(0.55, 0.95)
    half, m = _top(_neck("round", nw, nd), (sx, NY), r.u(0.28, 0.5), r.u(0, 12), cuff,
                   (bw, NY + cuff * r.u(1.0, 1.2)), [(bw, hem), (0, hem)])
    d = Drawing([_sym(half)])
    if r.p(0.3):
        d.details += [_neck_rib("round", nw, nd, r.u(0.04, 0.07), m["S"])]
    return d


def tee_classic(r: _Rand) -> Drawing:
    """A tee with sloping shoulders and angled short sleeves; crew or V neck, hems drawn in."""
    kind = r.pick(["round", "round", "v"])
    nw = r.u(0.13, 0.2)
    nd = r.u(0.06, 0.14) if kind == "round" else r.u(0.2, 0.32)
    half, m = _basic_top(r, kind, nw, nd, "angled", False, r.u(0.7, 0.95), r.u(1.0, 1.08))
    d = Drawing([_sym(half)])
    if r.p(0.8):
        d.details.append(_neck_rib(kind, nw, nd, r.u(0.04, 0.07), m["S"]))
    if r.p(0.55):
        d.details += _both(_cuff_line(m, r.u(0.06, 0.1)))
    if r.p(0.3):
        y = m["hem"] - r.u(0.06, 0.1)
        d.details.append(np.array([(-m["hw"], y), (m["hw"], y)]))
    return d


def tank_top(r: _Rand) -> Drawing:
    """No sleeves: narrow straps, deep armholes, a scoop neck."""
    nw, nd, strap = r.u(0.12, 0.2), r.u(0.18, 0.35), r.u(0.07, 0.13)
    bw, arm_y, hem = r.u(0.38, 0.5), NY + r.u(0.42, 0.55), r.u(0.5, 0.8)
    so = nw + strap
    armhole = _bez((so, NY), (so + 0.02, arm_y), (bw, arm_y), n=10)
    half = _chain(_neck("round", nw, nd), armhole, [(bw * r.u(1.0, 1.1), hem), (0, hem)])
    d = Drawing([_sym(half)])
    if r.p(0.5):
        d.details.append(_across(_bez((0, NY + nd + 0.05), (nw * 0.9, NY + nd + 0.05), (nw + 0.04, NY), n=10)))
    if r.p(0.3):
        d.details += _both(_bez((so - 0.04, NY), (so - 0.02, arm_y + 0.05), (bw, arm_y + 0.06), n=8))
    return d


def tee_print(r: _Rand) -> Drawing:
    """A tee with something on it: a heart, a star, a word, stripes."""
    nw, nd = r.u(0.13, 0.2), r.u(0.06, 0.14)
    half, m = _basic_top(r, "round", nw, nd, "angled", False, r.u(0.75, 0.95), r.u(1.0, 1.06))
    d = Drawing([_sym(half)])
    if r.p(0.7):
        d.details.append(_neck_rib("round", nw, nd, r.u(0.04, 0.06), m["S"]))
    if r.p(0.3):
        d.spacing = r.u(0.16, 0.24)
        d.pattern = _stripes(NY + nd + 0.12, 1.2, d.spacing)
    else:
        lines, dots = _motif(r, r.u(-0.04, 0.04), NY + r.u(0.55, 0.75), r.u(0.28, 0.42))
        d.details += lines
        d.dots += dots
    return d


def top_fitted(r: _Rand) -> Drawing:
    """A women's top: wide scoop neck, little cap sleeves, drawn in at the waist."""
    nw, nd = r.u(0.2, 0.27), r.u(0.12, 0.24)
    sx = r.u(0.36, 0.44)
    drop = r.u(0.06, 0.12)
    ax = sx - 0.03
    pit = NY + drop + r.u(0.25, 0.32)
    hem, hw = r.u(0.45, 0.75), ax * r.u(0.95, 1.1)
    waist = _bez((ax, pit), (ax * r.u(0.75, 0.88), (pit + hem) / 2), (hw, hem), n=10)[1:]
    half, m = _top(_neck("round", nw, nd), (sx, NY + drop), r.u(0.12, 0.2), r.u(25, 45), r.u(0.17, 0.23),
                   (ax, pit), _chain(waist, [(0, hem)]))
    d = Drawing([_sym(half)])
    if r.p(0.5):
        d.details.append(_neck_rib("round", nw, nd, r.u(0.04, 0.06), m["S"]))
    if r.p(0.3):  # a little bow at the neckline
        cy = NY + nd + 0.05
        d.details += [_closed([(0, cy), (-0.09, cy - 0.05), (-0.09, cy + 0.05)]),
                      _closed([(0, cy), (0.09, cy - 0.05), (0.09, cy + 0.05)])]
    return d


def tee_parts(r: _Rand) -> Drawing:
    """Drawn as parts: a box for the body, a box for each sleeve, a U for the neck."""
    bw, hem = r.u(0.35, 0.48), r.u(0.55, 0.95)
    hw = bw * r.u(1.0, 1.1)
    ang, length, root = math.radians(r.u(10, 40)), r.u(0.3, 0.45), r.u(0.28, 0.38)
    cuff = root * r.u(0.75, 1.0)
    body = np.array([(-bw, NY), (bw, NY), (hw, hem), (-hw, hem)])
    x0 = bw - 0.03
    d_ = np.array([math.cos(ang), math.sin(ang)])
    n_ = np.array([-d_[1], d_[0]])
    tip = np.array([x0, NY]) + length * d_
    sleeve = np.array([(x0, NY), tip, tip + cuff * n_, (x0, NY + root)])
    nw, nd = r.u(0.12, 0.2), r.u(0.08, 0.18)
    d = Drawing([body, sleeve, _mirror(sleeve)])
    d.details.append(_bez((-nw, NY), (-nw, NY + nd * 1.3), (nw, NY + nd * 1.3), (nw, NY), n=12))
    return d


# ----------------------------------------------------------------------------------------------
# 1 Trouser
# ----------------------------------------------------------------------------------------------

def _trouser(waist_w, hip_w, hip_y, knee, hem_out, hem_in, crotch_y, hem_y=1.0, knee_y=0.35):
    """Right half, waist centre -> crotch: waist, hip, outer leg, hem, inner leg up to the crotch."""
    kx_out, kx_in = knee
    half = _chain([(0, -1.0), (waist_w, -1.0), (hip_w, hip_y), (kx_out, knee_y), (hem_out, hem_y),
                   (hem_in, hem_y), (kx_in, knee_y)],
                  _bez((kx_in * 0.9, knee_y - 0.3), (0.02, crotch_y + 0.04), (0, crotch_y), n=6))
    return half


def trouser_iconic(r: _Rand) -> Drawing:
    """Two straight legs under a waist: an upside-down U."""
    ww = r.u(0.42, 0.6)
    hin = r.u(0.1, 0.17)
    out = ww + r.u(0, 0.05)
    half = _trouser(ww, out, -0.7, (out, hin), out, hin, r.u(-0.5, -0.2))
    d = Drawing([_sym(half)])
    if r.p(0.4):
        y = -1.0 + r.u(0.08, 0.14)
        d.details.append(np.array([(-ww, y), (ww, y)]))
    return d


def trouser_formal(r: _Rand) -> Drawing:
    """Tailored trousers: waistband, fly, slant pockets, belt loops, pressed creases."""
    ww = r.u(0.4, 0.52)
    hip = ww + r.u(0.02, 0.06)
    hout, hin = hip * r.u(0.8, 0.95), r.u(0.1, 0.16)
    crotch = r.u(-0.45, -0.3)
    half = _trouser(ww, hip, -0.65, (hip * r.u(0.9, 0.98), hin + 0.02), hout, hin, crotch)
    d = Drawing([_sym(half)])
    wb = -1.0 + r.u(0.08, 0.13)
    d.details.append(np.array([(-ww, wb), (ww, wb)]))
    if r.p(0.7):
        d.details.append(_bez((0.0, wb), (0.0, crotch - 0.05), (-0.1, crotch - 0.12), n=8)[::-1] * [-1, 1])
    if r.p(0.6):
        d.details += _both([(ww * 0.55, wb), (hip * 0.98, -0.62)])
    if r.p(0.4):
        for x in (-0.6 * ww, -0.2 * ww, 0.2 * ww, 0.6 * ww):
            d.details.append(np.array([(x, -1.0), (x, wb)]))
    if r.p(0.6):
        d.details += _both([((hip + hin) / 2, -0.55), ((hout + hin) / 2, 0.95)])
    return d


def jeans_flare(r: _Rand) -> Drawing:
    """Bootcut or flared jeans: narrow at the knee, wide at the hem, stitched pockets and hems."""
    ww = r.u(0.38, 0.5)
    hip = ww + r.u(0.03, 0.07)
    hin = r.u(0.1, 0.17)
    hout = hip + r.u(0.05, 0.2)
    crotch = r.u(-0.45, -0.3)
    half = _trouser(ww, hip, -0.65, (hip * r.u(0.82, 0.92), hin + r.u(0.05, 0.1)), hout, hin, crotch)
    d = Drawing([_sym(half)])
    wb = -1.0 + r.u(0.07, 0.11)
    d.details.append(np.array([(-ww, wb), (ww, wb)]))
    if r.p(0.7):
        d.details += _both(_bez((ww * 0.45, wb), (ww * 0.55, -0.62), (hip, -0.68), n=8))
    if r.p(0.6):
        d.details.append(_bez((0.0, wb), (0.1, wb + 0.02), (0.1, crotch - 0.1), (0.0, crotch), n=8))
    if r.p(0.5):
        d.details += _both([(hin + 0.01, 0.9), (hout - 0.01, 0.9)])
    if r.p(0.3):
        d.dots.append((0.0, -1.0 + 0.05, 0.03))
    return d


def trouser_skinny(r: _Rand) -> Drawing:
    """Skinny trousers: the legs taper to narrow ankles."""
    ww = r.u(0.38, 0.48)
    hip = ww + r.u(0.02, 0.06)
    hin = r.u(0.1, 0.15)
    hout = hin + r.u(0.15, 0.21)
    crotch = r.u(-0.45, -0.25)
    half = _trouser(ww, hip, -0.65, (hip * 0.82, hin + 0.03), hout, hin, crotch)
    d = Drawing([_sym(half)])
    if r.p(0.6):
        wb = -1.0 + r.u(0.07, 0.11)
        d.details.append(np.array([(-ww, wb), (ww, wb)]))
    if r.p(0.4):
        d.details.append(np.array([(0.0, -1.0), (0.0, crotch)]))
    return d


def trouser_wide(r: _Rand) -> Drawing:
    """Wide-leg, high-waisted trousers with a deep waistband and folds down the legs."""
    ww = r.u(0.38, 0.48)
    hip = ww + r.u(0.05, 0.1)
    hin = r.u(0.1, 0.14)
    hout = hip + r.u(0.1, 0.22)
    crotch = r.u(-0.35, -0.15)
    half = _trouser(ww, hip, -0.6, ((hip + hout) / 2, hin + 0.01), hout, hin, crotch)
    d = Drawing([_sym(half)])
    wb = -1.0 + r.u(0.12, 0.2)
    d.details.append(np.array([(-ww, wb), (ww, wb)]))
    if r.p(0.6):
        t = r.u(0.4, 0.6)
        x0 = hin + (hip - hin) * t
        d.details += _both(_bez((x0 * 0.8, crotch + 0.1), (x0 + 0.05, 0.4), (hin + (hout - hin) * t, 0.95), n=8))
    if r.p(0.4):
        d.dots += [(0.0, wb - 0.05, 0.025)]
    return d


def trouser_apart(r: _Rand) -> Drawing:
    """Legs apart, as if someone were standing in them: a wide upside-down V."""
    ww = r.u(0.38, 0.48)
    hip = ww + r.u(0.03, 0.07)
    hin = r.u(0.25, 0.4)
    hout = hin + r.u(0.32, 0.42)
    crotch = r.u(-0.4, -0.2)
    half = _trouser(ww, hip, -0.65, ((hip + hout) / 2 + 0.03, (hin + 0.05) * 0.75), hout, hin, crotch, knee_y=0.3)
    d = Drawing([_sym(half)])
    if r.p(0.6):
        wb = -1.0 + r.u(0.08, 0.12)
        d.details.append(np.array([(-ww, wb), (ww, wb)]))
    if r.p(0.5):
        d.details += _both([(hin + 0.01, 0.88), (hout - 0.01, 0.88)])
    return d


def joggers(r: _Rand) -> Drawing:
    """Sweatpants: gathered elastic waist with a drawstring, legs ending in ankle cuffs."""
    ww = r.u(0.42, 0.52)
    hip = ww + r.u(0.04, 0.08)
    hin = r.u(0.1, 0.15)
    cuff_out = hin + r.u(0.16, 0.22)
    crotch = r.u(-0.4, -0.2)
    half = _chain([(0, -1.0), (ww, -1.0), (hip, -0.65), (hip * 0.85, 0.3), (cuff_out + 0.02, 0.78),
                   (cuff_out, 1.0), (hin, 1.0), (hin - 0.01, 0.78), (hin + 0.05, 0.3)],
                  _bez((hin + 0.03, 0.0), (0.02, crotch + 0.04), (0, crotch), n=6))
    d = Drawing([_sym(half)])
    wb = -1.0 + r.u(0.12, 0.18)
    d.details.append(np.array([(-ww, wb), (ww, wb)]))
    if r.p(0.6):
        d.details += [np.array([(x, -1.0), (x + 0.01, wb)]) for x in np.linspace(-ww + 0.08, ww - 0.08, r.i(5, 8))]
    if r.p(0.6):
        d.details += _both([(0.04, wb), (0.08, wb + 0.25)])
    if r.p(0.7):
        d.details += _both([(hin - 0.01, 0.78), (cuff_out + 0.02, 0.78)])
    return d


# ----------------------------------------------------------------------------------------------
# 2 Pullover (long sleeves, knitwear and sweatshirts)
# ----------------------------------------------------------------------------------------------

def _knit_details(r: _Rand, d: Drawing, m, nw, nd, neck_kind="round", rib_ticks=None):
    """Neck band, rib at the cuffs and the hem: what makes a pullover look knitted."""
    if r.p(0.8):
        d.details.append(_neck_rib(neck_kind, nw, nd, r.u(0.04, 0.07), m["S"]))
    if r.p(0.7):
        d.details += _both(_cuff_line(m, r.u(0.08, 0.14)))
    if r.p(0.7):
        y = m["hem"] - r.u(0.08, 0.14)
        d.details.append(np.array([(-m["hw"], y), (m["hw"], y)]))
        ticks = r.p(0.35) if rib_ticks is None else rib_ticks
        if ticks:
            for x in np.linspace(-m["hw"] + 0.06, m["hw"] - 0.06, r.i(6, 10)):
                d.details.append(np.array([(x, y), (x, m["hem"])]))


def pullover_arms_down(r: _Rand) -> Drawing:
    """A jumper laid flat, sleeves hanging beside the body."""
    nw, nd = r.u(0.13, 0.19), r.u(0.06, 0.12)
    half, m = _basic_top(r, "round", nw, nd, "down", True, r.u(0.7, 0.95), r.u(0.97, 1.05))
    d = Drawing([_sym(half)])
    _knit_details(r, d, m, nw, nd)
    if r.p(0.4):
        d.details += _both([m["S"], m["A"]])
    return d


def pullover_arms_out(r: _Rand) -> Drawing:
    """A jumper with its long sleeves held straight out: a wide cross."""
    nw, nd = r.u(0.13, 0.19), r.u(0.06, 0.12)
    half, m = _basic_top(r, "round", nw, nd, "out", True, r.u(0.7, 0.95), r.u(0.97, 1.05))
    d = Drawing([_sym(half)])
    _knit_details(r, d, m, nw, nd)
    return d


def pullover_angled(r: _Rand) -> Drawing:
    """A sweatshirt with the sleeves slanting down, raglan seams or a print."""
    nw, nd = r.u(0.13, 0.19), r.u(0.06, 0.12)
    half, m = _basic_top(r, "round", nw, nd, "angled", True, r.u(0.7, 0.95), r.u(0.97, 1.04))
    d = Drawing([_sym(half)])
    _knit_details(r, d, m, nw, nd)
    if r.p(0.4):
        d.details += _both([(nw + 0.02, NY + 0.02), m["A"]])
    if r.p(0.5):
        lines, dots = _motif(r, 0.0, NY + r.u(0.55, 0.7), r.u(0.28, 0.4))
        d.details += lines
        d.dots += dots
    return d


def hoodie(r: _Rand) -> Drawing:
    """A hooded sweatshirt: the hood behind the neck, a front pouch pocket, drawstrings."""
    hw, hh = r.u(0.22, 0.3), r.u(0.3, 0.42)
    neck = _chain(_bez((0, NY - hh), (hw * 1.15, NY - hh), (hw + 0.03, NY - 0.05), n=10), [(hw + 0.04, NY)])
    half, m = _basic_top(r, "round", hw, 0.0, r.pick(["down", "angled"]), True, r.u(0.75, 0.95),
                         r.u(0.97, 1.03), shoulder_x=r.u(0.44, 0.52), neck=neck)
    d = Drawing([_sym(half)])
    fd = r.u(0.18, 0.3)
    d.details.append(_bez((-hw * 0.75, NY - hh * 0.55), (-hw * 0.6, NY + fd), (hw * 0.6, NY + fd),
                          (hw * 0.75, NY - hh * 0.55), n=14))
    if r.p(0.75):
        top, bot = r.u(0.1, 0.3), m["hem"] - r.u(0.15, 0.22)
        pw = m["hw"] * r.u(0.55, 0.7)
        d.details.append(np.array([(-pw * 0.7, top), (pw * 0.7, top), (pw, bot), (-pw, bot), (-pw * 0.7, top)]))
    if r.p(0.6):
        d.details += _both([(0.07, NY + fd * 0.9), (0.09, NY + fd + r.u(0.2, 0.3))])
    if r.p(0.5):
        d.details += _both(_cuff_line(m, r.u(0.08, 0.12)))
    if r.p(0.5):
        y = m["hem"] - r.u(0.08, 0.12)
        d.details.append(np.array([(-m["hw"], y), (m["hw"], y)]))
    return d


def turtleneck_knit(r: _Rand) -> Drawing:
    """A knitted turtleneck with a pattern: a zig-zag band, diamonds or cable stripes."""
    nw, ch = r.u(0.13, 0.18), r.u(0.14, 0.22)
    neck = [(0, NY - ch), (nw, NY - ch), (nw + 0.01, NY)]
    half, m = _basic_top(r, "round", nw, 0.0, r.pick(["down", "angled", "out"]), True, r.u(0.7, 0.95),
                         r.u(0.96, 1.02), neck=neck)
    d = Drawing([_sym(half)])
    if r.p(0.6):
        d.details.append(np.array([(-nw, NY - ch * 0.45), (nw, NY - ch * 0.45)]))
    kind = r.pick(["zigzag", "diamonds", "cables"])
    if kind == "zigzag":
        for y in (NY + r.u(0.4, 0.5), NY + r.u(0.62, 0.7)):
            xs = np.linspace(-m["ax"] + 0.02, m["ax"] - 0.02, 9)
            d.details.append(np.stack([xs, y + np.where(np.arange(9) % 2 == 0, -0.06, 0.06)], 1))
    elif kind == "diamonds":
        for k, x in enumerate(np.linspace(-m["ax"] * 0.6, m["ax"] * 0.6, 3)):
            cy = NY + 0.6
            d.details.append(_closed([(x, cy - 0.13), (x + 0.1, cy), (x, cy + 0.13), (x - 0.1, cy)]))
    else:
        d.spacing = r.u(0.18, 0.26)
        d.pattern = [np.stack([np.full(20, x) + 0.03 * np.sin(np.linspace(0, 12, 20)), np.linspace(-1.2, 1.5, 20)], 1)
                     for x in np.arange(-2.0, 2.0, d.spacing)]
    if r.p(0.6):
        d.details += _both(_cuff_line(m, r.u(0.08, 0.14)))
    if r.p(0.6):
        y = m["hem"] - r.u(0.08, 0.14)
        d.details.append(np.array([(-m["hw"], y), (m["hw"], y)]))
    return d


def pullover_parts(r: _Rand) -> Drawing:
    """Drawn as parts: a box body and two long tube sleeves, a round neck."""
    bw, hem = r.u(0.38, 0.5), r.u(0.6, 0.95)
    body = np.array([(-bw, NY), (bw, NY), (bw, hem), (-bw, hem)])
    ang = math.radians(r.pick([r.u(0, 15), r.u(30, 50), r.u(62, 72)]))
    length, root = r.u(0.95, 1.3), r.u(0.24, 0.32)
    x0 = bw - 0.02
    d_ = np.array([math.cos(ang), math.sin(ang)])
    n_ = np.array([-d_[1], d_[0]])
    tip = np.array([x0, NY]) + length * d_
    base = np.array([x0, NY + root])
    if ang > math.radians(55):  # hanging sleeves lie beside the body, not over it
        tip[0] = max(tip[0], bw + root + 0.06)
        base = np.array([bw + 0.02, NY + root])
    sleeve = np.array([(x0, NY), tip, tip + root * 0.85 * n_, base])
    if sleeve[2, 0] < bw + 0.04:
        sleeve[2, 0] = bw + 0.04
    nw, nd = r.u(0.12, 0.18), r.u(0.06, 0.12)
    d = Drawing([body, sleeve, _mirror(sleeve)])
    d.details.append(_bez((-nw, NY), (-nw, NY + nd * 1.3), (nw, NY + nd * 1.3), (nw, NY), n=12))
    if r.p(0.5):
        y = hem - r.u(0.08, 0.12)
        d.details.append(np.array([(-bw, y), (bw, y)]))
    return d


# ----------------------------------------------------------------------------------------------
# 3 Dress
# ----------------------------------------------------------------------------------------------

def _wavy_hem(hw, y, waves, amp):
    """Right half of a hem from its side (hw, y) to the centre, with `waves` scallops."""
    xs = np.linspace(hw, 0, 6 * waves + 1)
    return np.stack([xs, y + amp * np.abs(np.sin(np.linspace(0, waves * np.pi, len(xs))))], 1)


def dress_triangle(r: _Rand) -> Drawing:
    """The child's dress: a small top, then a big triangle skirt."""
    nw, nd, strap = r.u(0.1, 0.16), r.u(0.08, 0.2), r.u(0.05, 0.1)
    bw, hw = r.u(0.2, 0.3), r.u(0.6, 0.85)
    so = nw + strap
    d = Drawing([])
    if r.p(0.5):
        half = _chain(_neck("round", nw, nd), [(so, NY), (bw, NY + r.u(0.25, 0.35)), (hw, 1.0), (0, 1.0)])
    else:
        wy = NY + r.u(0.45, 0.6)
        half = _chain(_neck("round", nw, nd), [(so, NY), (bw, NY + 0.2), (bw * 0.92, wy), (hw, 1.0), (0, 1.0)])
        if r.p(0.7):
            d.details.append(np.array([(-bw * 0.92, wy), (bw * 0.92, wy)]))
    d.shapes.append(_sym(half))
    return d


def dress_aline(r: _Rand) -> Drawing:
    """A sleeveless A-line dress: fitted bodice, a waist seam, a flared skirt."""
    kind = r.pick(["round", "v", "square"])
    nw, nd = r.u(0.12, 0.2), r.u(0.1, 0.25)
    so = nw + r.u(0.07, 0.13)
    bw = r.u(0.28, 0.36)
    arm_y, wy = NY + r.u(0.35, 0.45), r.u(-0.35, -0.1)
    ww, hw = bw * r.u(0.75, 0.88), r.u(0.5, 0.78)
    armhole = _bez((so, NY), (so, arm_y), (bw, arm_y), n=8)
    skirt = _bez((ww, wy), (ww + (hw - ww) * 0.3, wy + 0.4), (hw, 1.0), n=8)
    half = _chain(_neck(kind, nw, nd), armhole, [(bw * 0.98, arm_y + 0.15)], skirt,
                  _bez((hw, 1.0), (hw * 0.5, 1.05), (0, 1.05), n=6))
    d = Drawing([_sym(half)])
    if r.p(0.75):
        d.details.append(np.array([(-ww, wy), (ww, wy)]))
    if r.p(0.3):
        d.details += [_closed([(0, wy), (-0.12, wy - 0.06), (-0.12, wy + 0.06)]),
                      _closed([(0, wy), (0.12, wy - 0.06), (0.12, wy + 0.06)])]
    if r.p(0.4):
        for x in (0.35, 0.7):
            d.details += _both([(ww * x, wy + 0.05), (hw * x, 0.98)])
    return d


def dress_sleeves(r: _Rand) -> Drawing:
    """A dress with short sleeves, a belt at the waist and a swirling skirt."""
    nw, nd = r.u(0.12, 0.18), r.u(0.08, 0.16)
    ww, wy, hw = r.u(0.22, 0.3), r.u(-0.35, -0.15), r.u(0.55, 0.8)
    wavy = r.p(0.5)
    hem = _wavy_hem(hw, 1.0, r.i(3, 5), r.u(0.03, 0.06)) if wavy else np.array([(hw, 1.0), (0, 1.03)])
    body = _chain(_bez((ww, wy), (ww * 0.95, NY + 0.55), (ww, wy), n=2)[1:],
                  _bez((ww, wy), (ww + (hw - ww) * 0.25, wy + 0.45), (hw, 1.0), n=8)[1:], hem)
    half, m = _basic_top(r, "round", nw, nd, "angled", False, 1.0, shoulder_x=r.u(0.3, 0.38), body=body)
    d = Drawing([_sym(half)])
    if r.p(0.6):
        d.details += [np.array([(-ww, wy - 0.04), (ww, wy - 0.04)]), np.array([(-ww, wy + 0.04), (ww, wy + 0.04)])]
    elif r.p(0.6):
        d.details.append(np.array([(-ww, wy), (ww, wy)]))
    if r.p(0.3):
        d.details.append(_neck_rib("round", nw, nd, 0.05, m["S"]))
    if r.p(0.4):
        d.details += _both(_bez((ww * 0.4, wy + 0.06), (hw * 0.3, 0.5), (hw * 0.45, 0.97), n=8))
    return d


def dress_maxi(r: _Rand) -> Drawing:
    """A long slip dress on spaghetti straps."""
    bw, ww = r.u(0.24, 0.32), r.u(0.18, 0.26)
    top_dip = r.u(0.0, 0.08)
    wy, length, hw = NY + r.u(0.4, 0.55), r.u(1.5, 1.9), r.u(0.45, 0.7)
    half = _chain(_bez((0, NY + top_dip), (bw * 0.6, NY - 0.03), (bw, NY), n=8), [(ww, wy)],
                  _bez((ww, wy), (ww + 0.05, wy + 0.6), (hw, NY + length), n=10), [(0, NY + length)])
    d = Drawing([_sym(half)])
    sx = bw * r.u(0.5, 0.75)
    d.straps += _both([(sx, NY - 0.01), (sx * r.u(0.75, 0.95), NY - r.u(0.35, 0.5))])
    if r.p(0.5):
        d.details.append(np.array([(-ww, wy), (ww, wy)]))
    if r.p(0.3):
        x = hw * 0.45
        d.details.append(np.array([(x * 0.6, NY + length * 0.65), (x, NY + length)]))
    return d


def dress_shift(r: _Rand) -> Drawing:
    """A straight shift dress, knee length, with a round collar, pockets or buttons."""
    nw, nd = r.u(0.12, 0.18), r.u(0.08, 0.14)
    sleeveless = r.p(0.4)
    hw, hem = r.u(0.42, 0.55), r.u(0.95, 1.2)
    if sleeveless:
        so, bw = nw + r.u(0.1, 0.16), r.u(0.34, 0.42)
        arm_y = NY + r.u(0.35, 0.45)
        half = _chain(_neck("round", nw, nd), _bez((so, NY), (so, arm_y), (bw, arm_y), n=8), [(hw, hem), (0, hem)])
        S = np.array([so, NY])
    else:
        half, m = _basic_top(r, "round", nw, nd, "angled", False, hem, shoulder_x=r.u(0.36, 0.44),
                             body=None)
        half = np.vstack([half[:-2], [(hw, hem), (0, hem)]])
        S = m["S"]
    d = Drawing([_sym(half)])
    kind = r.pick(["collar", "pockets", "buttons", "belt"])
    if kind == "collar":
        d.details += _both(_bez((0.0, NY + nd), (0.05, NY + nd + 0.15), (nw + 0.12, NY + nd + 0.05), (nw + 0.02, NY),
                                n=10))
    elif kind == "pockets":
        y0 = hem - r.u(0.5, 0.6)
        d.details += _both(_closed([(0.1, y0), (0.32, y0), (0.32, y0 + 0.2), (0.1, y0 + 0.2)]))
    elif kind == "buttons":
        d.dots += [(0.0, y, 0.03) for y in np.linspace(NY + nd + 0.12, NY + 0.75, 4)]
    else:
        y = NY + r.u(0.6, 0.75)
        d.details.append(np.array([(-hw * 0.85, y), (hw * 0.85, y)]))
    if r.p(0.3):
        d.details.append(_neck_rib("round", nw, nd, 0.05, S))
    return d


def dress_full(r: _Rand) -> Drawing:
    """A party dress: a sweetheart bodice and a very full skirt with pleats and a wavy hem."""
    bw, ww, wy = r.u(0.24, 0.32), r.u(0.17, 0.24), NY + r.u(0.4, 0.55)
    hw = r.u(0.75, 1.0)
    top = _chain([(0, NY + 0.06)], _bez((0, NY + 0.06), (0.05, NY - 0.08), (bw * 0.6, NY - 0.06), (bw, NY), n=10))
    hem = _wavy_hem(hw, 0.95, r.i(4, 6), r.u(0.04, 0.07))
    half = _chain(top, [(bw * 0.95, NY + 0.2), (ww, wy)], _bez((ww, wy), (hw * 0.75, wy + 0.25), (hw, 0.95), n=10), hem)
    d = Drawing([_sym(half)])
    if r.p(0.5):
        d.straps += _both([(bw * 0.6, NY - 0.05), (bw * 0.55, NY - 0.38)])
    if r.p(0.8):
        d.details.append(np.array([(-ww, wy), (ww, wy)]))
    if r.p(0.7):
        for t in np.linspace(-0.7, 0.7, r.i(3, 5)):
            d.details.append(np.array([(ww * t * 0.8, wy + 0.04), (hw * t, 0.92)]))
    return d


# ----------------------------------------------------------------------------------------------
# 4 Coat (coats and jackets: long sleeves, open down the front)
# ----------------------------------------------------------------------------------------------

def _lapels(r: _Rand, nw, vy):
    """Lapels: from the neck out and down to the V where the coat closes (one line per side)."""
    out, down = r.u(0.08, 0.16), r.u(0.25, 0.4)
    notch = r.p(0.5)
    right = [(nw, NY), (nw + out, NY + down)] + ([(nw + out * 0.5, NY + down + 0.04)] if notch else []) + [(0.0, vy)]
    return _both(right)


def coat_long(r: _Rand) -> Drawing:
    """A long overcoat, arms down: lapels, a row of buttons, pocket flaps."""
    nw = r.u(0.13, 0.18)
    half, m = _basic_top(r, "v", nw, r.u(0.1, 0.2), "down", True, r.u(1.2, 1.5), r.u(1.04, 1.15),
                         shoulder_x=r.u(0.46, 0.55))
    d = Drawing([_sym(half)])
    vy = NY + r.u(0.55, 0.8)
    if r.p(0.8):
        d.details += _lapels(r, nw, vy)
    d.key.append(np.array([(0.0, vy), (0.0, m["hem"])]))
    if r.p(0.75):
        n = r.i(2, 4)
        xs = [0.07] if r.p(0.6) else [-0.1, 0.1]
        d.dots += [(x, y, 0.035) for x in xs for y in np.linspace(vy + 0.08, vy + 0.15 + 0.2 * n, n)]
    if r.p(0.6):
        y = r.u(0.45, 0.65)
        d.details += _both([(m["ax"] * 0.3, y), (m["ax"] * 0.85, y)])
    return d


def jacket_short(r: _Rand) -> Drawing:
    """A short zip jacket or bomber: collar, zip, slant pockets, ribbed hem."""
    nw, nd = r.u(0.13, 0.18), r.u(0.05, 0.1)
    collar = r.u(0.08, 0.15)
    neck = [(0, NY - collar + nd), (nw, NY - collar), (nw + 0.02, NY)]
    half, m = _basic_top(r, "round", nw, nd, r.pick(["down", "angled"]), True, r.u(0.5, 0.75),
                         r.u(0.95, 1.02), neck=neck)
    d = Drawing([_sym(half)])
    d.key.append(np.array([(0.0, NY - collar + nd), (0.0, m["hem"])]))
    if r.p(0.6):
        d.details.append(np.array([(-nw, NY), (nw, NY)]))
    if r.p(0.4):  # teeth of the zip
        d.details += [np.array([(-0.03, y), (0.03, y)]) for y in np.linspace(NY + 0.1, m["hem"] - 0.1, 7)]
    if r.p(0.6):
        d.details += _both([(m["ax"] * 0.45, m["hem"] - 0.45), (m["ax"] * 0.65, m["hem"] - 0.2)])
    if r.p(0.6):
        y = m["hem"] - r.u(0.08, 0.13)
        d.details.append(np.array([(-m["hw"], y), (m["hw"], y)]))
        d.details += _both(_cuff_line(m, r.u(0.08, 0.12)))
    return d


def puffer(r: _Rand) -> Drawing:
    """A quilted puffer jacket: rounded, stitched in horizontal rolls, zipped, high collar."""
    nw, collar = r.u(0.13, 0.18), r.u(0.1, 0.18)
    neck = [(0, NY - collar), (nw + 0.02, NY - collar), (nw + 0.04, NY)]
    half, m = _basic_top(r, "round", nw, 0, r.pick(["down", "angled", "out"]), True, r.u(0.55, 0.9),
                         r.u(1.0, 1.06), neck=neck)
    d = Drawing([_sym(_chaikin(half, False, 1, 0.2))])
    d.key.append(np.array([(0.0, NY - collar), (0.0, m["hem"])]))
    d.spacing = r.u(0.16, 0.24)
    d.pattern = [np.array([(-3.0, y), (0.0, y + 0.02), (3.0, y)]) for y in np.arange(NY + 0.1, 1.5, d.spacing)]
    return d


def trench(r: _Rand) -> Drawing:
    """A belted trench coat: double-breasted buttons, lapels, a flared hem."""
    nw = r.u(0.13, 0.18)
    half, m = _basic_top(r, "v", nw, r.u(0.1, 0.2), r.pick(["down", "angled"]), True, r.u(1.2, 1.5),
                         r.u(1.12, 1.25), shoulder_x=r.u(0.45, 0.52))
    d = Drawing([_sym(half)])
    vy = NY + r.u(0.45, 0.65)
    d.details += _lapels(r, nw, vy)
    by = r.u(0.05, 0.25)
    d.details += [np.array([(-m["ax"] - 0.02, by - 0.05), (m["ax"] + 0.02, by - 0.05)]),
                  np.array([(-m["ax"] - 0.02, by + 0.05), (m["ax"] + 0.02, by + 0.05)])]
    if r.p(0.6):
        d.details.append(_closed([(-0.07, by - 0.08), (0.07, by - 0.08), (0.07, by + 0.08), (-0.07, by + 0.08)]))
    d.key.append(np.array([(0.06, vy), (0.06, by - 0.05), (0.0, by + 0.05), (0.0, m["hem"])]))
    if r.p(0.7):
        d.dots += [(x, y, 0.03) for x in (-0.12, 0.14) for y in np.linspace(vy + 0.05, by - 0.14, 2)]
    return d


def coat_arms_out(r: _Rand) -> Drawing:
    """A long coat with its sleeves held out, buttons down the front and two pockets."""
    nw = r.u(0.13, 0.18)
    half, m = _basic_top(r, "v", nw, r.u(0.15, 0.3), r.pick(["out", "angled"]), True, r.u(1.1, 1.4),
                         r.u(1.02, 1.12))
    d = Drawing([_sym(half)])
    vy = NY + r.u(0.3, 0.5)
    d.key.append(np.array([(0.0, vy), (0.0, m["hem"])]))
    if r.p(0.5):
        d.details += _lapels(r, nw, vy)
    d.dots += [(0.07, y, 0.035) for y in np.linspace(vy + 0.12, vy + 0.9, r.i(3, 5))]
    if r.p(0.7):
        y = r.u(0.35, 0.6)
        d.details += _both(_closed([(m["ax"] * 0.35, y), (m["ax"] * 0.8, y), (m["ax"] * 0.8, y + 0.25),
                                    (m["ax"] * 0.35, y + 0.25)]))
    return d


def coat_iconic(r: _Rand) -> Drawing:
    """Quick coat: long sleeves, long body, a line down the middle with a few dots."""
    half, m = _basic_top(r, "v", r.u(0.12, 0.18), r.u(0.15, 0.3), r.pick(["down", "angled"]), True,
                         r.u(1.0, 1.4), r.u(1.0, 1.1))
    d = Drawing([_sym(half)])
    vy = NY + m["nd"]
    d.key.append(np.array([(0.0, vy), (0.0, m["hem"])]))
    if r.p(0.8):
        d.dots += [(0.08, y, 0.04) for y in np.linspace(vy + 0.15, m["hem"] - 0.4, r.i(3, 4))]
    return d


def parka(r: _Rand) -> Drawing:
    """A hooded parka: zip to the chin, big patch pockets, a drawstring waist."""
    hw, hh = r.u(0.22, 0.3), r.u(0.3, 0.42)
    neck = _chain(_bez((0, NY - hh), (hw * 1.15, NY - hh), (hw + 0.03, NY - 0.05), n=10), [(hw + 0.04, NY)])
    half, m = _basic_top(r, "round", hw, 0.0, r.pick(["down", "angled"]), True, r.u(1.0, 1.3),
                         r.u(1.0, 1.08), shoulder_x=r.u(0.46, 0.54), neck=neck)
    d = Drawing([_sym(half)])
    d.details.append(_bez((-hw * 0.7, NY - hh * 0.5), (-hw * 0.7, NY + 0.15), (hw * 0.7, NY + 0.15),
                          (hw * 0.7, NY - hh * 0.5), n=14))
    d.key.append(np.array([(0.0, NY + 0.11), (0.0, m["hem"])]))
    if r.p(0.7):
        y = m["hem"] - r.u(0.45, 0.55)
        d.details += _both(_closed([(0.1, y), (m["ax"] * 0.85, y), (m["ax"] * 0.85, y + 0.3), (0.1, y + 0.3)]))
        d.details += _both([(0.1, y + 0.08), (m["ax"] * 0.85, y + 0.08)])
    if r.p(0.5):
        y = r.u(-0.05, 0.15)
        d.details.append(np.array([(-m["ax"], y), (m["ax"], y)]))
    return d


# ----------------------------------------------------------------------------------------------
# 6 Shirt (collared, buttoned down the front)
# ----------------------------------------------------------------------------------------------

def _collar(r: _Rand, nw):
    """The two points of a shirt collar meeting at the top button."""
    tip = (r.u(0.08, 0.18), NY + r.u(0.28, 0.4))
    right = [(nw + r.u(0.0, 0.03), NY - 0.02), tip, (0.0, NY + r.u(0.08, 0.12))]
    lines = _both(right)
    if r.p(0.4):
        lines.append(_across(_bez((0, NY - 0.04), (nw * 0.8, NY - 0.04), (nw, NY), n=8)))
    return lines


def _shirt_neck(r: _Rand, nw):
    """A shirt's collar stand rising a little above the shoulders."""
    stand = r.u(0.03, 0.08)
    return np.array([(0, NY - stand + 0.02), (nw, NY - stand), (nw + 0.02, NY)])


def _shirt_front(r: _Rand, d: Drawing, hem, y0=NY + 0.1, buttons=None):
    """The button stand: a line (or two) from the collar to the hem, and buttons (which many draw
    without the line: a column of dots is what says "shirt")."""
    kind = r.pick(["line", "two", "none"])
    if kind == "two":
        d.details += [np.array([(x, y0), (x, hem)]) for x in (-0.035, 0.035)]
    elif kind == "line":
        d.details.append(np.array([(0.0, y0), (0.0, hem)]))
    n = buttons if buttons is not None else r.i(4, 6)
    if kind == "none" or r.p(0.9):
        d.dots += [(0.0, y, 0.03) for y in np.linspace(y0 + 0.15, hem - 0.15, n)]


def _shirt_tail(r: _Rand, hw, hem):
    """A shirt's hem curving up at the sides, or straight."""
    if r.p(0.55):
        return _chain([(hw, hem - r.u(0.12, 0.2))],
                      _bez((hw, hem - 0.12), (hw * 0.6, hem + 0.04), (0, hem + 0.04), n=10))
    return np.array([(hw, hem), (0, hem)])


def _pocket(r: _Rand, x0, x1, y0, h, flap=False):
    pts = [(x0, y0), (x1, y0), (x1, y0 + h)] + ([((x0 + x1) / 2, y0 + h * 1.2)] if r.p(0.4) else []) + [(x0, y0 + h)]
    lines = [_closed(pts)]
    if flap:
        lines.append(np.array([(x0, y0 + h * 0.35), (x1, y0 + h * 0.35)]))
    return lines


def shirt_long(r: _Rand) -> Drawing:
    """A long-sleeved button-up shirt laid flat: collar, buttons, cuffs, a pocket."""
    nw = r.u(0.13, 0.17)
    hem = r.u(0.65, 0.95)
    sx = r.u(0.42, 0.5)
    half, m = _basic_top(r, "round", nw, 0.03, r.pick(["down", "down", "angled"]), True, hem, 1.0,
                         shoulder_x=sx, neck=_shirt_neck(r, nw))
    half = np.vstack([half[:-2], _shirt_tail(r, m["ax"], hem)])
    d = Drawing([_sym(half)])
    d.key += _collar(r, nw)
    _shirt_front(r, d, hem)
    if r.p(0.7):
        d.details += _both(_cuff_line(m, r.u(0.12, 0.18)))
    if r.p(0.45):
        d.details += _pocket(r, 0.12, 0.3, NY + 0.35, 0.22)
    return d


def shirt_short(r: _Rand) -> Drawing:
    """A short-sleeved button-up shirt with a collar and a chest pocket."""
    nw = r.u(0.13, 0.17)
    hem = r.u(0.6, 0.9)
    half, m = _basic_top(r, "round", nw, 0.03, "angled", False, hem, 1.0, neck=_shirt_neck(r, nw))
    half = np.vstack([half[:-2], _shirt_tail(r, m["ax"], hem)])
    d = Drawing([_sym(half)])
    d.key += _collar(r, nw)
    _shirt_front(r, d, hem)
    if r.p(0.6):
        d.details += _pocket(r, 0.12, 0.3, NY + 0.35, 0.22)
    if r.p(0.5):
        d.details += _both(_cuff_line(m, r.u(0.06, 0.1)))
    return d


def shirt_arms_out(r: _Rand) -> Drawing:
    """A long-sleeved shirt with its arms held out, collar and cuffs."""
    nw = r.u(0.13, 0.17)
    hem = r.u(0.6, 0.9)
    half, m = _basic_top(r, "round", nw, 0.03, r.pick(["out", "angled"]), True, hem, 1.0, neck=_shirt_neck(r, nw))
    half = np.vstack([half[:-2], _shirt_tail(r, m["ax"], hem)])
    d = Drawing([_sym(half)])
    d.key += _collar(r, nw)
    _shirt_front(r, d, hem)
    if r.p(0.7):
        d.details += _both(_cuff_line(m, r.u(0.12, 0.18)))
    return d


def shirt_iconic(r: _Rand) -> Drawing:
    """Quick shirt: a T shape with two collar triangles and a column of dots."""
    nw, sx = r.u(0.12, 0.18), r.u(0.4, 0.52)
    cuff = r.u(0.26, 0.36)
    bw, hem = sx - r.u(0, 0.05), r.u(0.6, 0.95)
    long = r.p(0.4)
    half, m = _top(_neck("round", nw, 0.03), (sx, NY), r.u(0.7, 0.95) if long else r.u(0.28, 0.45),
                   r.u(0, 20) if long else r.u(0, 30), cuff, (bw, NY + cuff * r.u(1.0, 1.3)), [(bw, hem), (0, hem)])
    d = Drawing([_sym(half)])
    tip_y = NY + r.u(0.2, 0.3)
    d.details += _both(_closed([(0.0, NY + 0.06), (nw + 0.02, NY), (r.u(0.1, 0.16), tip_y)]))
    d.dots += [(0.0, y, 0.035) for y in np.linspace(tip_y + 0.1, hem - 0.15, r.i(3, 5))]
    return d


def flannel(r: _Rand) -> Drawing:
    """A checked flannel shirt: collar, buttons and the check drawn across it."""
    nw = r.u(0.13, 0.17)
    hem = r.u(0.65, 0.95)
    half, m = _basic_top(r, "round", nw, 0.03, r.pick(["down", "angled", "out"]), True, hem, 1.0,
                         neck=_shirt_neck(r, nw))
    half = np.vstack([half[:-2], _shirt_tail(r, m["ax"], hem)])
    d = Drawing([_sym(half)])
    d.key += _collar(r, nw)
    _shirt_front(r, d, hem)
    d.spacing = r.u(0.2, 0.3)
    d.pattern = _stripes(-2.0, 2.0, d.spacing) + _stripes(-2.0, 2.0, d.spacing, vertical=True)
    return d


def work_shirt(r: _Rand) -> Drawing:
    """A denim work shirt: two flapped chest pockets, epaulettes, buttons."""
    nw = r.u(0.13, 0.17)
    hem = r.u(0.65, 0.95)
    half, m = _basic_top(r, "round", nw, 0.03, r.pick(["down", "angled"]), True, hem, 1.0, neck=_shirt_neck(r, nw))
    half = np.vstack([half[:-2], _shirt_tail(r, m["ax"], hem)])
    d = Drawing([_sym(half)])
    d.key += _collar(r, nw)
    _shirt_front(r, d, hem)
    for side in (1, -1):
        for line in _pocket(r, 0.1, 0.3, NY + 0.32, 0.25, flap=True):
            d.details.append(line * [side, 1])
    if r.p(0.5):
        d.details += _both([(nw + 0.05, NY + 0.05), (m["S"][0] - 0.03, m["S"][1] + 0.02)])
    if r.p(0.6):
        d.details += _both(_cuff_line(m, r.u(0.12, 0.18)))
    return d


# ----------------------------------------------------------------------------------------------
# 5 Sandal. Side views point their toe left (the hand may mirror them); ground at y=0.5.
# ----------------------------------------------------------------------------------------------

def _strap_arc(x0, x1, y, h, lean=0.0):
    """A strap over the foot seen from the side: an arch from the sole up and back down."""
    return _bez((x0, y), (x0 + lean, y - h * 1.33), (x1 + lean, y - h * 1.33), (x1, y), n=14)


def _ankle_loop(cx, cy, rx, ry):
    return _closed(_ellipse(cx, cy, rx, ry, 24))


def sandal_flat(r: _Rand) -> Drawing:
    """A flat sandal from the side: the sole, straps arching over the toes and foot, an ankle strap."""
    t = r.u(0.08, 0.14)
    top = 0.5 - t
    sole = _rrect(-1.0, top, 1.0, 0.5, t * 0.5)
    d = Drawing([sole], side_view=True)
    kind = r.pick(["strappy", "slide", "ankle"])
    if kind == "slide":  # one wide band over the foot, the space under it is a real hole
        x0, x1, h = r.u(-0.75, -0.6), r.u(0.05, 0.25), r.u(0.35, 0.5)
        w = r.u(0.1, 0.16)
        outer = _bez((x0, top), (x0, top - h * 1.33), (x1, top - h * 1.33), (x1, top), n=16)
        inner = _bez((x1 - w, top), (x1 - w, top - (h - w) * 1.33), (x0 + w, top - (h - w) * 1.33), (x0 + w, top), n=16)
        d.shapes.append(_chain(outer, inner))
        return d
    d.straps.append(_strap_arc(-0.88, r.u(-0.55, -0.4), top, r.u(0.18, 0.3)))
    if kind == "strappy" or r.p(0.5):
        d.straps.append(_strap_arc(r.u(-0.35, -0.2), r.u(0.1, 0.3), top, r.u(0.3, 0.45)))
    ay = top - r.u(0.55, 0.75)
    d.straps.append(np.array([(0.85, top), (0.72, ay)]))
    d.straps.append(_ankle_loop(r.u(0.45, 0.55), ay, r.u(0.25, 0.33), r.u(0.05, 0.09)))
    if r.p(0.4):
        d.dots.append((0.25, ay, 0.04))
    return d


def _heel_sole(r: _Rand, heel_y, t):
    """The sole of a heeled shoe: flat under the toes, curving up to the raised heel seat."""
    spine = _bez((-1.0, 0.5), (-0.3, 0.5), (0.1, heel_y + 0.1), (0.8, heel_y), n=16)
    return _chain(spine - [0, t], spine[::-1])


def heel_sandal(r: _Rand) -> Drawing:
    """A high-heeled strappy sandal: a curving sole, a stiletto or block heel, toe and ankle straps."""
    heel_y, t = r.u(-0.2, 0.05), r.u(0.05, 0.09)
    sole = _heel_sole(r, heel_y, t)
    if r.p(0.6):
        heel = np.array([(0.6, heel_y - 0.01), (0.8, heel_y), (0.74, 0.5), (0.7, 0.5)])
    else:
        heel = np.array([(0.55, heel_y + 0.01), (0.8, heel_y), (0.78, 0.5), (0.6, 0.5)])
    d = Drawing([sole, heel], side_view=True)
    d.straps.append(_strap_arc(-0.92, r.u(-0.55, -0.4), 0.5 - t, r.u(0.2, 0.3)))
    ay = heel_y - r.u(0.5, 0.7)
    d.straps.append(np.array([(0.75, heel_y - t), (0.65, ay)]))
    d.straps.append(_ankle_loop(r.u(0.4, 0.5), ay, r.u(0.22, 0.3), r.u(0.05, 0.08)))
    if r.p(0.5):
        d.straps.append(_bez((-0.35, 0.5 - t), (-0.1, 0.1), (0.3, ay + 0.1), n=10))
    return d


def wedge_sandal(r: _Rand) -> Drawing:
    """A wedge sandal: a solid wedge rising to the heel, wide toe strap, ankle strap."""
    hh = r.u(0.35, 0.6)
    wedge = np.array([(-1.0, 0.5), (0.85, 0.5), (0.87, 0.5 - hh), (0.55, 0.5 - hh - 0.02),
                      (-0.3, 0.5 - r.u(0.1, 0.16)), (-0.85, 0.5 - 0.1), (-1.02, 0.45)])
    d = Drawing([wedge], side_view=True)
    if r.p(0.5):
        d.details.append(np.array([(-0.9, 0.38), (-0.3, 0.32), (0.55, 0.55 - hh), (0.86, 0.55 - hh)]))
    top = 0.5 - 0.12
    d.straps.append(_strap_arc(-0.9, -0.45, top, r.u(0.22, 0.32)))
    if r.p(0.5):
        d.straps.append(_strap_arc(-0.86, -0.5, top, r.u(0.12, 0.18)))
    ay = 0.5 - hh - r.u(0.45, 0.6)
    d.straps.append(np.array([(0.8, 0.5 - hh), (0.7, ay)]))
    d.straps.append(_ankle_loop(0.48, ay, r.u(0.24, 0.3), r.u(0.05, 0.08)))
    return d


def _footprint(r: _Rand):
    """A sole seen from above, toe up: wide at the ball, narrow at the arch, round heel."""
    ball, arch, heel = r.u(0.36, 0.44), r.u(0.24, 0.3), r.u(0.26, 0.32)
    half = _chain(_bez((0, -1.0), (ball * 0.8, -1.0), (ball, -0.6), n=10),
                  _bez((ball, -0.6), (ball * 1.02, -0.3), (arch, 0.05), n=8),
                  _bez((arch, 0.05), (arch * 0.95, 0.35), (heel, 0.6), n=8),
                  _bez((heel, 0.6), (heel * 1.05, 1.0), (0, 1.0), n=10))
    return _sym(half), ball


def flipflop(r: _Rand) -> Drawing:
    """A flip-flop from above: the sole, a V strap from the toe post to the sides."""
    sole, ball = _footprint(r)
    d = Drawing([sole], tilt=25.0)
    post = (0.0, r.u(-0.7, -0.55))
    sy = r.u(-0.2, 0.05)
    d.key += [np.array([post, (ball * 0.92, sy)]), np.array([post, (-ball * 0.92, sy)])]
    if r.p(0.6):
        d.dots.append((post[0], post[1], 0.045))
    return d


def sandal_top(r: _Rand) -> Drawing:
    """A sandal from above: the sole with two straps across the foot and a buckled ankle strap."""
    sole, ball = _footprint(r)
    d = Drawing([sole], tilt=25.0)
    for y, w in ((r.u(-0.65, -0.45), r.u(0.12, 0.18)), (r.u(-0.1, 0.15), r.u(0.12, 0.18))):
        d.key += [np.array([(-0.5, y), (0.5, y)]), np.array([(-0.5, y + w), (0.5, y + w)])]
    if r.p(0.6):
        y = r.u(0.55, 0.7)
        d.details.append(np.array([(-0.45, y), (0.45, y)]))
        d.dots.append((0.28, y, 0.05))
    return d


def gladiator(r: _Rand) -> Drawing:
    """A gladiator sandal from the side: flat sole and a ladder of straps up the ankle."""
    t = r.u(0.07, 0.12)
    top = 0.5 - t
    d = Drawing([_rrect(-1.0, top, 1.0, 0.5, t * 0.5)], side_view=True)
    high = r.u(-1.0, -0.7)
    front = np.array([(-0.3, top - 0.25), (0.25, high)])
    back = np.array([(0.88, top), (0.68, high)])
    d.straps += [front, back, _strap_arc(-0.9, -0.4, top, r.u(0.2, 0.3))]
    for f in np.linspace(0.2, 0.95, r.i(3, 4)):   # straps wrapping the ankle, sagging a little
        p, q = _lerp(front[0], front[1], f), _lerp(back[0], back[1], f)
        d.straps.append(_bez(p, (_lerp(p, q, 0.5)[0], max(p[1], q[1]) + 0.08), q, n=8))
    return d


# ----------------------------------------------------------------------------------------------
# 7 Sneaker. Side views, toe left; ground at y=0.45.
# ----------------------------------------------------------------------------------------------

def _sneaker_outline(r: _Rand, collar_h, toe_h, tongue=False, low=False):
    """A low shoe's profile: round toe box, the vamp rising to the laces, the dip of the ankle
    opening, the heel; control points smoothed the way a hand rounds them."""
    ch = collar_h * (0.75 if low else 1.0)
    dip = r.u(0.1, 0.2) * ch / 0.45
    pts = [(-1.0, 0.45), (-1.05, 0.45 - toe_h * 0.5), (-0.93, 0.45 - toe_h), (-0.62, 0.45 - toe_h - 0.05),
           (-0.3, 0.45 - toe_h - 0.05 - ch * 0.3), (0.1, -0.05 - ch * 0.85)]
    if tongue:
        pts += [(0.18, -0.12 - ch - 0.08), (0.3, -0.1 - ch - 0.05)]
    pts += [(0.33, -0.05 - ch * 0.8), (0.55, -0.05 - ch * 0.8 + dip), (0.84, -0.05 - ch),
            (0.99, -ch * 0.45), (1.0, 0.45)]
    return _chaikin(np.array(pts), True, 2, 0.2)


def _instep(r: _Rand, toe_h, ch):
    """Where the laces go: from the vamp up to the top of the tongue."""
    return np.array([-0.3, 0.45 - toe_h - 0.07 - ch * 0.3]), np.array([0.12, -0.07 - ch * 0.85])


def _laces(r: _Rand, a, b, n, crossed):
    u = (b - a) / np.linalg.norm(b - a)
    inward = np.array([-u[1], u[0]])
    pts = [_lerp(a, b, t) for t in np.linspace(0.15, 0.9, n)]
    if crossed:
        lines = []
        for p, q in zip(pts[:-1], pts[1:]):
            lines += [np.array([p + 0.02 * inward, q + 0.14 * inward]),
                      np.array([p + 0.14 * inward, q + 0.02 * inward])]
        return lines
    return [np.array([p - 0.02 * inward, p + 0.16 * inward]) for p in pts]


def sneaker_iconic(r: _Rand) -> Drawing:
    """The quick shoe: a rounded profile on a flat sole line."""
    ch, toe = r.u(0.35, 0.55), r.u(0.2, 0.3)
    d = Drawing([_sneaker_outline(r, ch, toe)], side_view=True)
    sy = 0.45 - r.u(0.1, 0.18)
    d.key.append(np.array([(-1.01, sy), (1.0, sy)]))
    return d


def sneaker_laced(r: _Rand) -> Drawing:
    """A trainer with laces, a tongue, a toe cap, a stripe and a sole."""
    ch, toe = r.u(0.38, 0.55), r.u(0.2, 0.3)
    d = Drawing([_sneaker_outline(r, ch, toe, tongue=r.p(0.6))], side_view=True)
    sy = 0.45 - r.u(0.1, 0.18)
    d.key.append(np.array([(-1.01, sy), (1.0, sy)]))
    a, b = _instep(r, toe, ch)
    d.details += _laces(r, a, b, r.i(3, 5), r.p(0.4))
    if r.p(0.6):
        d.details.append(_bez((-0.7, sy), (-0.68, sy - toe * 0.9), (-0.95, sy - toe * 0.8), n=8))
    if r.p(0.6):
        d.details.append(_bez((-0.45, sy - 0.04), (0.1, sy + 0.02), (0.7, -0.25), n=10))
    if r.p(0.4):
        d.details.append(_bez((0.65, sy), (0.9, sy - 0.1), (0.92, -ch * 0.5), n=8))
    return d


def runner(r: _Rand) -> Drawing:
    """A running shoe: thick wavy midsole, swoosh, raised toe."""
    ch, toe = r.u(0.35, 0.5), r.u(0.18, 0.26)
    d = Drawing([_sneaker_outline(r, ch, toe)], side_view=True)
    sy = 0.45 - r.u(0.18, 0.26)
    xs = np.linspace(-1.0, 1.0, 20)
    d.key.append(np.stack([xs, sy + 0.03 * np.sin(xs * r.u(5, 8))], 1))
    if r.p(0.5):
        d.details.append(np.array([(-0.95, 0.45 - 0.06), (0.98, 0.45 - 0.06)]))
    if r.p(0.7):
        d.details.append(_chain(_bez((-0.4, sy - 0.04), (0.2, sy + 0.02), (0.75, -0.2), n=10),
                                _bez((0.75, -0.2), (0.2, sy - 0.16), (-0.4, sy - 0.04), n=10)))
    if r.p(0.5):
        a, b = _instep(r, toe, ch)
        d.details += _laces(r, a, b, 3, False)
    return d


def canvas_shoe(r: _Rand) -> Drawing:
    """A canvas low-top: flat white sole with a stripe, rubber toe cap, laces through eyelets."""
    ch, toe = r.u(0.3, 0.42), r.u(0.22, 0.3)
    d = Drawing([_sneaker_outline(r, ch, toe, low=True)], side_view=True)
    sy = 0.45 - r.u(0.14, 0.2)
    d.key.append(np.array([(-1.02, sy), (1.0, sy)]))
    if r.p(0.6):
        d.details.append(np.array([(-1.0, (sy + 0.45) / 2), (1.0, (sy + 0.45) / 2)]))
    d.details.append(_bez((-0.72, sy), (-0.72, sy - toe), (-1.0, sy - toe * 0.7), n=8))
    a, b = _instep(r, toe, ch * 0.75)
    n = r.i(3, 5)
    if r.p(0.6):
        eyelets = [_lerp(a, b, t) + [0.03, 0.06] for t in np.linspace(0.15, 0.9, n)]
        d.dots += [(float(p[0]), float(p[1]), 0.025) for p in eyelets]
    if r.p(0.7):
        d.details += _laces(r, a, b, n, r.p(0.5))
    return d


def slip_on(r: _Rand) -> Drawing:
    """A slip-on: low, no laces, an elastic V on the side, a sole line."""
    ch, toe = r.u(0.25, 0.38), r.u(0.18, 0.26)
    d = Drawing([_sneaker_outline(r, ch, toe, low=True)], side_view=True)
    sy = 0.45 - r.u(0.1, 0.16)
    d.key.append(np.array([(-1.01, sy), (1.0, sy)]))
    a, b = _instep(r, toe, ch * 0.75)
    if r.p(0.7):
        mid = _lerp(a, b, 0.5)
        d.details.append(np.array([_lerp(a, b, 0.25), mid + [0.02, 0.22], _lerp(a, b, 0.8)]))
    if r.p(0.25):
        d.spacing = r.u(0.15, 0.22)
        d.pattern = [np.array([(x, -1.0), (x + 0.3, 1.0)]) for x in np.arange(-2, 2, d.spacing)]
    return d


def chunky(r: _Rand) -> Drawing:
    """A chunky trainer: a tall layered sole, overlay panels, laces."""
    ch, toe = r.u(0.3, 0.45), r.u(0.3, 0.4)
    d = Drawing([_sneaker_outline(r, ch, toe, tongue=r.p(0.5))], side_view=True)
    s1, s2 = 0.45 - r.u(0.28, 0.34), 0.45 - r.u(0.12, 0.18)
    d.key += [np.array([(-1.0, s1), (1.0, s1)]), np.array([(-0.97, s2), (0.99, s2)])]
    if r.p(0.6):
        d.details.append(_bez((-0.6, s1), (-0.3, s1 - 0.25), (0.3, s1 - 0.2), (0.75, s1 - 0.35), n=12))
    a, b = _instep(r, toe, ch)
    if r.p(0.7):
        d.details += _laces(r, a, b, r.i(3, 4), False)
    return d


# ----------------------------------------------------------------------------------------------
# 8 Bag
# ----------------------------------------------------------------------------------------------

def _handle(r: _Rand, d: Drawing, x0, x1, y, h, band=None):
    """A carry handle: one stroke, or a band (two curves) whose inside stays empty."""
    if band is None:
        band = r.p(0.4)
    if not band:
        d.straps.append(_bez((x0, y + 0.02), (x0, y - h * 1.33), (x1, y - h * 1.33), (x1, y + 0.02), n=16))
        return
    w = r.u(0.07, 0.11)
    top_o, top_i = y - (h + w / 2) * 1.33, y - (h - w / 2) * 1.33
    outer = _bez((x0 - w / 2, y), (x0 - w / 2, top_o), (x1 + w / 2, top_o), (x1 + w / 2, y), n=16)
    inner = _bez((x1 - w / 2, y), (x1 - w / 2, top_i), (x0 + w / 2, top_i), (x0 + w / 2, y), n=16)
    d.shapes.append(_chain(outer, [(x1 + w / 2, y + 0.03), (x1 - w / 2, y + 0.03)], inner,
                           [(x0 + w / 2, y + 0.03), (x0 - w / 2, y + 0.03)]))


def handbag(r: _Rand) -> Drawing:
    """A handbag: a trapezoid body under an arched handle, with a flap or a clasp."""
    tw, bw = r.u(0.5, 0.75), r.u(0.75, 1.0)
    if r.p(0.25):
        tw, bw = bw, tw * 1.05
    body = np.array([(-tw, 0.0), (tw, 0.0), (bw, 0.85), (-bw, 0.85)])
    d = Drawing([_chaikin(body, True, 1, r.u(0.05, 0.15))], tilt=10.0)
    hx = tw * r.u(0.4, 0.7)
    _handle(r, d, -hx, hx, 0.0, r.u(0.35, 0.7))
    kind = r.pick(["flap", "clasp", "seam", "none"])
    if kind == "flap":
        d.details.append(_bez((-tw, 0.02), (-tw * 0.5, 0.5), (tw * 0.5, 0.5), (tw, 0.02), n=12))
        d.dots.append((0.0, 0.38, 0.045))
    elif kind == "clasp":
        d.details.append(_closed([(-0.07, 0.0), (0.07, 0.0), (0.07, 0.14), (-0.07, 0.14)]))
    elif kind == "seam":
        y = r.u(0.12, 0.2)
        d.details.append(np.array([(-tw - (bw - tw) * y / 0.85, y), (tw + (bw - tw) * y / 0.85, y)]))
    return d


def tote(r: _Rand) -> Drawing:
    """A tote: a big square bag with two long handles."""
    tw, bw, h = r.u(0.7, 0.9), r.u(0.6, 0.85), r.u(0.8, 1.1)
    d = Drawing([np.array([(-tw, 0.0), (tw, 0.0), (bw, h), (-bw, h)])], tilt=10.0)
    hh = r.u(0.45, 0.7)
    _handle(r, d, -tw * 0.5, tw * 0.5, 0.0, hh, band=False)
    if r.p(0.6):
        _handle(r, d, -tw * 0.3, tw * 0.65, 0.0, hh * 0.9, band=False)
    if r.p(0.4):
        lines, dots = _motif(r, 0.0, h * 0.5, r.u(0.35, 0.5))
        d.details += lines
        d.dots += dots
    elif r.p(0.4):
        d.details.append(_closed(_rrect(-bw * 0.5, h * 0.45, bw * 0.5, h * 0.85, 0.0)))
    return d


def backpack(r: _Rand) -> Drawing:
    """A backpack from the front: a domed body, top loop, front pocket, zip, shoulder straps."""
    w, top, side_top = r.u(0.55, 0.7), r.u(-0.95, -0.8), r.u(-0.45, -0.3)
    half = _chain(_bez((0, top), (w * 0.9, top), (w, side_top), n=10), [(w, 0.75)],
                  _arc(w - 0.15, 0.75, 0.15, 0.15, 0, 90, 6), [(0, 0.9)])
    d = Drawing([_sym(half)], tilt=8.0)
    d.straps.append(_bez((-0.12, top + 0.02), (-0.14, top - 0.25), (0.14, top - 0.25), (0.12, top + 0.02), n=12))
    if r.p(0.7):
        d.details.append(_bez((-w + 0.08, side_top + 0.15), (-w * 0.8, top + 0.12), (w * 0.8, top + 0.12),
                              (w - 0.08, side_top + 0.15), n=14))
    if r.p(0.8):
        py = r.u(0.1, 0.3)
        d.details.append(_closed(_rrect(-w * 0.7, py, w * 0.7, 0.78, 0.12)))
        if r.p(0.5):
            d.details.append(np.array([(-w * 0.6, py + 0.1), (w * 0.6, py + 0.1)]))
    if r.p(0.4):
        d.straps += _both(_bez((w * 0.6, side_top - 0.1), (w + 0.25, -0.1), (w + 0.08, 0.7), n=10))
    return d


def clutch(r: _Rand) -> Drawing:
    """A clutch or envelope bag: a wide rectangle with a flap, maybe a wrist strap."""
    h = r.u(0.5, 0.7)
    body = _rrect(-1.0, 0.0, 1.0, h, r.u(0.0, 0.1))
    d = Drawing([body], tilt=10.0)
    tip = h * r.u(0.45, 0.75)
    if r.p(0.5):
        d.key.append(np.array([(-1.0, 0.02), (0.0, tip), (1.0, 0.02)]))
    else:
        d.key.append(_bez((-1.0, 0.02), (-0.6, tip * 1.3), (0.6, tip * 1.3), (1.0, 0.02), n=12))
    d.dots.append((0.0, tip * 0.95, 0.05))
    if r.p(0.3):
        d.straps.append(_closed(_ellipse(-0.95, -0.05, 0.18, 0.3)[8:22]))
    return d


def shoulder_bag(r: _Rand) -> Drawing:
    """A satchel: a rounded body with a flap and a buckle, a long strap arching over it."""
    w, h = r.u(0.55, 0.75), r.u(0.6, 0.85)
    half = _chain([(0, 0.0), (w, 0.0), (w * 1.02, h * 0.6)], _arc(w * 0.7, h * 0.6, w * 0.32, h * 0.4, 0, 90, 8),
                  [(0, h)])
    d = Drawing([_sym(half)], tilt=10.0)
    fy = h * r.u(0.4, 0.6)
    d.details.append(_chain([(-w, 0.02), (-w, fy * 0.7)],
                            _bez((-w, fy * 0.7), (-w, fy * 1.1), (w, fy * 1.1), (w, fy * 0.7), n=10),
                            [(w, 0.02)]))
    if r.p(0.7):
        d.details.append(_closed([(-0.07, fy * 0.75), (0.07, fy * 0.75), (0.07, fy * 1.0), (-0.07, fy * 1.0)]))
    sh, foot = r.u(0.9, 1.5), w * r.u(0.75, 0.95)
    d.straps.append(_bez((-foot, 0.02), (-foot * 0.45, -sh * 1.33), (foot * 0.45, -sh * 1.33), (foot, 0.02), n=18))
    return d


def bag_3d(r: _Rand) -> Drawing:
    """A bag drawn as a box at an angle: front face, top and side, and a handle on top."""
    w, h = r.u(0.7, 0.95), r.u(0.6, 0.85)
    dx, dy = r.u(0.2, 0.35), -r.u(0.15, 0.25)
    if r.p(0.5):
        dx = -dx
    fl, fr = np.array([-w, 0.0]), np.array([w, 0.0])
    bl, br = fl + (0, h), fr + (0, h)
    off = np.array([dx, dy])
    if dx > 0:
        outline = [bl, br, br + off, fr + off, fl + off, fl]
        inner = [np.array([fl, fr, br]), np.array([fr, fr + off])]
    else:
        outline = [bl, br, fr, fr + off, fl + off, bl + off]
        inner = [np.array([fr, fl, bl]), np.array([fl, fl + off])]
    d = Drawing([np.array(outline)], tilt=10.0)
    d.key += inner
    hx = w * r.u(0.3, 0.5)
    cx, cy = dx / 2, dy / 2   # the middle of the top face
    d.straps.append(_bez((cx - hx, cy), (cx - hx, cy - 0.7), (cx + hx, cy - 0.7), (cx + hx, cy), n=14))
    return d


def purse(r: _Rand) -> Drawing:
    """A kiss-lock purse: rounded body under an arched metal frame with two clasp balls."""
    w, h, arch = r.u(0.5, 0.65), r.u(0.6, 0.8), r.u(0.12, 0.25)
    half = _chain(_bez((0, -arch), (w * 0.6, -arch), (w, 0.0), n=10),
                  _bez((w, 0.0), (w * 1.35, h * 0.6), (w * 0.6, h), (0, h), n=12))
    d = Drawing([_sym(half)], tilt=10.0)
    d.key.append(_across(_bez((0, -arch + 0.1), (w * 0.6, -arch + 0.1), (w * 1.03, 0.08), n=10)))
    rad = r.u(0.05, 0.07)
    d.shapes += [_ellipse(x, -arch - rad * 0.8, rad, rad, 12) for x in (-rad * 0.9, rad * 0.9)]
    if r.p(0.8):
        d.straps.append(_bez((-w * 0.95, 0.0), (-w * 0.8, -1.1), (w * 0.8, -1.1), (w * 0.95, 0.0), n=16))
    return d


# ----------------------------------------------------------------------------------------------
# 9 Ankle boot. Side views, toe left; ground at y=0.6, shaft top near y=-0.9.
# ----------------------------------------------------------------------------------------------

def _boot(r: _Rand, *, top_y=-0.9, front_x=-0.15, back_x=0.5, toe_x=-1.0, toe_h=0.3, heel="flat",
          heel_h=0.0, pointed=False, top=None):
    """A boot's profile: toe, vamp and instep up to the shaft, the shaft's top, the back, the heel.

    heel: "flat" (a straight bottom), "block" (a low heel under the back) or "high" (the foot tilts
    forward: forefoot on the ground, heel seat raised, a heel standing under it)."""
    g = 0.6
    lift = heel_h if heel == "high" else 0.0
    toe = [(toe_x, g - 0.02), (toe_x - 0.02, g - 0.1)] if pointed else \
        [(toe_x, g), (toe_x - 0.03, g - toe_h * 0.55), (toe_x + 0.12, g - toe_h)]
    upper = toe + [(-0.5, g - toe_h - 0.08 - lift * 0.3), (front_x - 0.08, g - toe_h - 0.4 - lift * 0.6),
                   (front_x, -0.1 - lift * 0.4), (front_x + 0.02, top_y)]
    top = [(back_x, top_y)] if top is None else top
    back = [(back_x + 0.04, -0.15), (back_x + 0.1, g - 0.3 - lift)]
    if heel == "high":
        bottom = [(back_x + 0.08, g - lift), (back_x + 0.04, g), (back_x - 0.1, g),
                  (back_x - 0.16, g - lift + 0.04), (-0.1, g - lift * 0.55), (-0.45, g)]
    elif heel == "block":
        hh = max(heel_h, 0.08)
        bottom = [(back_x + 0.1, g), (back_x - 0.25, g), (back_x - 0.26, g - hh), (-0.35, g - hh), (-0.5, g)]
    else:
        bottom = [(back_x + 0.1, g)]
    return _chain(_chaikin(np.array(upper), False, 2, 0.2), top, back, bottom)


def boot_iconic(r: _Rand) -> Drawing:
    """The quick boot: an L shape, a sole line."""
    shape = _boot(r, top_y=r.u(-1.0, -0.7), front_x=r.u(-0.3, -0.1), back_x=r.u(0.4, 0.55), toe_h=r.u(0.25, 0.35))
    d = Drawing([shape], side_view=True)
    if r.p(0.7):
        y = 0.6 - r.u(0.08, 0.15)
        d.details.append(np.array([(-1.02, y), (0.62, y)]))
    return d


def chelsea(r: _Rand) -> Drawing:
    """A Chelsea boot: an elastic side panel, a pull tab, a low block heel."""
    top_y, front, back = r.u(-1.0, -0.75), r.u(-0.28, -0.12), r.u(0.42, 0.55)
    d = Drawing([_boot(r, top_y=top_y, front_x=front, back_x=back, heel="block", heel_h=r.u(0.08, 0.14),
                       toe_h=r.u(0.25, 0.32))], side_view=True)
    cx = (front + back) / 2 + 0.02
    pw = r.u(0.1, 0.16)
    d.details.append(np.array([(cx - pw, top_y), (cx - pw * 0.4, -0.1), (cx + pw * 0.4, -0.1), (cx + pw, top_y)]))
    if r.p(0.6):
        d.straps.append(_bez((back - 0.06, top_y + 0.02), (back - 0.06, top_y - 0.2), (back + 0.06, top_y - 0.2),
                             (back + 0.06, top_y + 0.05), n=10))
    if r.p(0.6):
        d.details.append(np.array([(-1.0, 0.48), (back + 0.1, 0.48)]))
    return d


def heeled_boot(r: _Rand) -> Drawing:
    """A heeled ankle boot: pointed or round toe, tilted foot, stiletto or block heel."""
    top_y, back = r.u(-1.0, -0.8), r.u(0.45, 0.58)
    d = Drawing([_boot(r, top_y=top_y, front_x=r.u(-0.2, -0.05), back_x=back, heel="high",
                       heel_h=r.u(0.28, 0.4), pointed=r.p(0.5), toe_h=r.u(0.22, 0.3), toe_x=r.u(-1.1, -0.95))],
                side_view=True)
    if r.p(0.5):
        d.details.append(np.array([(back - 0.1, top_y + 0.03), (back - 0.08, 0.0)]))
    if r.p(0.4):
        d.details.append(np.array([(back - 0.05, 0.05), (back + 0.12, 0.12)]))
    return d


def work_boot(r: _Rand) -> Drawing:
    """A lace-up work boot: laces up the front, padded collar, thick treaded sole, toe cap."""
    top_y, front, back = r.u(-1.0, -0.8), r.u(-0.22, -0.1), r.u(0.45, 0.58)
    top = [(front + 0.08, top_y - 0.06), (back - 0.05, top_y - 0.06), (back, top_y)]
    shape = _boot(r, top_y=top_y, front_x=front, back_x=back, heel="flat", toe_h=r.u(0.3, 0.38), top=top)
    d = Drawing([shape], side_view=True)
    sy = 0.6 - r.u(0.12, 0.18)
    d.details.append(np.array([(-1.03, sy), (back + 0.1, sy)]))
    if r.p(0.6):
        xs = np.linspace(-0.95, back + 0.05, 12)
        d.details.append(np.stack([xs, 0.6 - np.where(np.arange(12) % 2 == 0, 0.0, 0.05)], 1))
    ys = np.linspace(top_y + 0.12, 0.05, r.i(4, 6))
    eyes = [(front + 0.06 - 0.1 * (y - top_y) / (0.05 - top_y) * 0.6, y) for y in ys]
    if r.p(0.5):
        d.dots += [(x, y, 0.025) for x, y in eyes]
    d.details += [np.array([(x - 0.1, y + 0.04), (x + 0.1, y - 0.04)]) for x, y in eyes]
    if r.p(0.5):
        d.details.append(_bez((-0.6, sy), (-0.6, 0.1), (-0.95, 0.15), n=8))
    if r.p(0.5):
        d.details.append(np.array([(front + 0.06, top_y + 0.08), (back, top_y + 0.08)]))
    return d


def zip_boot(r: _Rand) -> Drawing:
    """A plain ankle boot with a zip up the side and a small heel."""
    top_y, front, back = r.u(-1.0, -0.75), r.u(-0.25, -0.1), r.u(0.42, 0.55)
    d = Drawing([_boot(r, top_y=top_y, front_x=front, back_x=back, heel=r.pick(["block", "flat"]),
                       heel_h=r.u(0.08, 0.2), toe_h=r.u(0.25, 0.32))], side_view=True)
    zx = (front + back) / 2 + r.u(-0.05, 0.1)
    zb = r.u(-0.05, 0.2)
    d.details.append(np.array([(zx, top_y), (zx, zb)]))
    if r.p(0.5):
        d.details += [np.array([(zx - 0.03, y), (zx + 0.03, y)]) for y in np.linspace(top_y + 0.08, zb - 0.05, 6)]
    if r.p(0.6):
        d.dots.append((zx + 0.04, top_y + 0.1, 0.035))
    return d


def shearling_boot(r: _Rand) -> Drawing:
    """A sheepskin boot: boxy and round, a fluffy turned-down top, a seam at the heel."""
    top_y, front, back = r.u(-0.95, -0.7), r.u(-0.35, -0.2), r.u(0.5, 0.62)
    xs = np.linspace(back, front + 0.02, 9)
    fluff = np.stack([xs, top_y - np.abs(np.sin(np.linspace(0, 4 * np.pi, 9))) * 0.05], 1)
    d = Drawing([_boot(r, top_y=top_y, front_x=front, back_x=back, toe_h=r.u(0.35, 0.45), top=fluff[::-1])],
                side_view=True)
    if r.p(0.6):
        d.details.append(np.array([(front + 0.02, top_y + 0.2), (back + 0.02, top_y + 0.2)]))
    if r.p(0.5):
        d.details.append(np.array([(back - 0.05, top_y + 0.2), (back + 0.05, 0.5)]))
    if r.p(0.5):
        y = 0.6 - r.u(0.08, 0.12)
        d.details.append(np.array([(-1.02, y), (back + 0.12, y)]))
    return d


DESIGNS = {
    0: [tee_iconic, tee_classic, tank_top, tee_print, top_fitted, tee_parts],
    1: [trouser_iconic, trouser_formal, jeans_flare, trouser_skinny, trouser_wide, trouser_apart, joggers],
    2: [pullover_arms_down, pullover_arms_out, pullover_angled, hoodie, turtleneck_knit, pullover_parts],
    3: [dress_triangle, dress_aline, dress_sleeves, dress_maxi, dress_shift, dress_full],
    4: [coat_long, jacket_short, puffer, trench, coat_arms_out, coat_iconic, parka],
    5: [sandal_flat, heel_sandal, wedge_sandal, flipflop, sandal_top, gladiator],
    6: [shirt_long, shirt_short, shirt_arms_out, shirt_iconic, flannel, work_shirt],
    7: [sneaker_iconic, sneaker_laced, runner, canvas_shoe, slip_on, chunky],
    8: [handbag, tote, backpack, clutch, shoulder_bag, bag_3d, purse],
    9: [boot_iconic, chelsea, heeled_boot, work_boot, zip_boot, shearling_boot],
}


# ----------------------------------------------------------------------------------------------
# The hand: one person's way of putting a design on the canvas.
# ----------------------------------------------------------------------------------------------

def _resample(line: np.ndarray, step: float) -> np.ndarray:
    """Points every `step` pixels along a polyline (a hand moves continuously, not vertex to vertex)."""
    seg = np.linalg.norm(np.diff(line, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    if s[-1] < 1e-6:
        return line[:1].copy()
    t = np.linspace(0.0, s[-1], max(2, int(math.ceil(s[-1] / step)) + 1))
    return np.stack([np.interp(t, s, line[:, 0]), np.interp(t, s, line[:, 1])], 1)


def _box_smooth(p: np.ndarray, k: int, closed: bool) -> np.ndarray:
    """Moving average over k points, twice: rounds every corner by about k/2 points."""
    if k < 2 or len(p) < 3:
        return p
    h = k // 2
    for _ in range(2):
        if closed:
            pad = np.vstack([p[-h:], p, p[:h]])
        else:
            pad = np.vstack([np.repeat(p[:1], h, 0), p, np.repeat(p[-1:], h, 0)])
        c = np.cumsum(np.vstack([np.zeros((1, 2)), pad]), axis=0)
        p = (c[2 * h + 1:] - c[:-2 * h - 1]) / (2 * h + 1)
    return p


def _thickness(dr: Drawing) -> float:
    """How thick the garment's main part is, as a fraction of the drawing's size: 2 x area /
    perimeter of its largest shape (a strip's width; about a third of a box's side)."""
    best_area, best = 0.0, 1.0
    for p in dr.shapes:
        p = np.asarray(p, float)
        q = np.roll(p, -1, axis=0)
        area = abs(float(np.sum(p[:, 0] * q[:, 1] - q[:, 0] * p[:, 1]))) / 2
        if area > best_area:
            best_area, best = area, 2 * area / float(np.sum(np.linalg.norm(q - p, axis=1)))
    allpts = np.vstack([np.asarray(p, float) for p in dr.shapes + dr.straps + dr.details])
    return best / float(max(allpts.max(0) - allpts.min(0)))


class _Hand:
    STEP = 1.5  # px between resampled points

    def __init__(self, rng: np.random.Generator, style: str, drawing: Drawing):
        self.rng, self.r = rng, _Rand(rng)
        self.filled = style == "filled"
        r = self.r
        # Brush: most leave the default; others pick anything from a fine pen to a fat marker.
        if r.p(0.5):
            width = DEFAULT_BRUSH
        else:
            width = float(np.exp(rng.uniform(math.log(8 if self.filled else 4), math.log(40))))
        size = CANVAS * r.u(0.30, 0.95)
        # A brush too fat for the drawing swallows it (a leg narrower than the brush, two edges of
        # a sleeve merging): a person then draws bigger, or picks a finer brush.
        limit = min(0.1 if self.filled else 0.09, max(0.045, 0.4 * _thickness(drawing)))
        if width > limit * size:
            size = min(CANVAS * 0.95, width / limit)
            width = min(width, limit * size)
        self.width, self.size = width, size
        # Steadiness: confident people wobble little, careful-but-shaky ones more, some have a tremor.
        self.shake = size * (r.u(0.001, 0.005) if r.p(0.5) else r.u(0.005, 0.014))
        self.tremor = r.u(0.0, 0.9) if r.p(0.5) else 0.0
        self.corner = size * (0.0 if r.p(0.3) else r.u(0.01, 0.05))   # corner rounding radius, px
        self.pieces = [1, 2, 3, 4]
        self.piece_p = [0.35, 0.3, 0.2, 0.15] if r.p(0.6) else [0.1, 0.25, 0.35, 0.3]
        self.end_error = size * r.u(0.005, 0.04)      # overshoot / gap where strokes should meet
        self.retrace = r.p(0.12)                       # go over the outline a second time
        self.keep = r.u(0.55, 1.0)                     # chance of drawing each detail at all
        self._place(drawing)

    # --- placement ---------------------------------------------------------------------------
    def _place(self, dr: Drawing):
        r = self.r
        allpts = np.vstack([np.asarray(p, float) for p in dr.shapes + dr.holes + dr.straps + dr.details + dr.key])
        flip = -1.0 if dr.side_view and r.p(0.5) else 1.0
        theta = math.radians(r.u(-dr.tilt, dr.tilt))
        aspect = math.exp(r.u(-0.12, 0.12))     # everyone's proportions differ a little
        c, s = math.cos(theta), math.sin(theta)
        self.M = np.array([[c, -s], [s, c]]) @ np.diag([flip * aspect, 1 / aspect])
        q = allpts @ self.M.T
        lo, hi = q.min(0), q.max(0)
        # Everything, brush and overshoots included, stays on the canvas.
        margin = self.width / 2 + 0.5 * self.end_error + self.shake + 3
        self.size = min(self.size, CANVAS - 2 * margin)
        self.scale = self.size / max(hi - lo)
        self.mid = (lo + hi) / 2
        half = (hi - lo) * self.scale / 2
        centre = []
        for k in range(2):
            a, b = margin + half[k], CANVAS - margin - half[k]
            centre.append(r.u(a, b) if a < b else CANVAS / 2)
        self.centre = np.array(centre)

    def to_canvas(self, p) -> np.ndarray:
        return (np.asarray(p, float) @ self.M.T - self.mid) * self.scale + self.centre

    # --- shaping a line the way a hand does ---------------------------------------------------
    def prepare(self, p, closed: bool) -> np.ndarray:
        """Design line -> canvas pixels, densely resampled, corners rounded by this hand."""
        p = self.to_canvas(p)
        if closed:
            p = np.vstack([p, p[:1]])
        p = _resample(p, self.STEP)
        if closed and len(p) > 1:
            p = p[:-1]
        return _box_smooth(p, int(self.corner / self.STEP), closed)

    def wobble(self, line: np.ndarray) -> np.ndarray:
        """Slow drift (the arm) plus fine jitter (the fingers, the mouse)."""
        if len(line) < 2:
            return line
        rng = self.rng
        s = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(line, axis=0), axis=1))])
        out = line.copy()
        for axis in (0, 1):
            for _ in range(2):
                lam = rng.uniform(40, 220)
                amp = self.shake * rng.uniform(0.3, 1.0)
                out[:, axis] += amp * np.sin(2 * np.pi * s / lam + rng.uniform(0, 2 * np.pi))
        if self.tremor > 0 and len(line) > 5:
            noise = rng.normal(0, self.tremor, line.shape)
            out += _box_smooth(noise, 3, False)
        return out

    def extend(self, line: np.ndarray, e0: float, e1: float) -> np.ndarray:
        """Overshoot (e>0: carry straight on past the end) or stop short (e<0) at both ends."""
        if len(line) < 3:
            return line
        length = float(np.sum(np.linalg.norm(np.diff(line, axis=0), axis=1)))
        e0, e1 = max(e0, -0.25 * length), max(e1, -0.25 * length)

        def grow(p, e):  # at the end of p
            if e > 0:
                k = min(4, len(p) - 1)
                t = p[-1] - p[-1 - k]
                t = t / max(np.linalg.norm(t), 1e-9)
                return np.vstack([p, p[-1] + t * e])
            n = int(-e / self.STEP)
            return p[:len(p) - n] if n < len(p) - 1 else p[:2]

        line = grow(line, e1)
        return grow(line[::-1], e0)[::-1]

    def ring_strokes(self, ring: np.ndarray) -> list:
        """A closed outline as the strokes a person makes: one loop, or several with pen lifts,
        mostly at corners, each starting and ending a little off."""
        rng, n = self.rng, len(ring)
        if n < 6:
            return [np.vstack([ring, ring[:1]])]
        k = int(rng.choice(self.pieces, p=self.piece_p))
        a = np.roll(ring, 3, axis=0) - ring
        b = np.roll(ring, -3, axis=0) - ring
        cos = np.sum(a * b, 1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1) + 1e-9)
        corners = np.nonzero(cos > -0.6)[0]          # the path turns by more than ~55 degrees here
        cuts = set()
        for _ in range(k):
            if len(corners) and rng.random() < 0.7:
                cuts.add(int(rng.choice(corners)))
            else:
                cuts.add(int(rng.integers(n)))
        cuts = sorted(cuts)
        strokes = []
        for i, c0 in enumerate(cuts):
            c1 = cuts[(i + 1) % len(cuts)]
            idx = np.arange(c0, c1 + 1) if c1 > c0 else np.arange(c0, c1 + n + 1) % n
            piece = ring[idx]
            e = self.end_error
            strokes.append(self.extend(piece, rng.uniform(-0.6, 1.0) * e, rng.uniform(-0.6, 1.0) * e))
        return [self.wobble(s) for s in strokes]

    def line_stroke(self, line: np.ndarray) -> np.ndarray:
        e = self.end_error * 0.7
        return self.wobble(self.extend(line, self.rng.uniform(-0.6, 1.0) * e, self.rng.uniform(-0.6, 1.0) * e))

    # --- colouring in -------------------------------------------------------------------------
    def scribble(self, mask: np.ndarray, width: float) -> list:
        """Back-and-forth strokes filling a region (mask at canvas resolution).

        Rows run across the region from edge to edge, each ending a little short of the edge or a
        little past it; a row continues the zig-zag of the row before where the two overlap (one
        zig-zag per trouser leg), so the pen only lifts where the region splits."""
        rng = self.rng
        ys, xs = np.nonzero(mask)
        if len(xs) == 0:
            return []
        pts = np.stack([xs + 0.5, ys + 0.5], 1)
        if rng.random() < 0.6:   # along the garment's length (down a trouser leg, along a sole)
            evals, evecs = np.linalg.eigh(np.cov((pts - pts.mean(0)).T))
            theta = math.atan2(evecs[1, -1], evecs[0, -1]) + math.radians(rng.uniform(-10, 10))
        else:
            theta = math.radians(rng.choice([0.0, 90.0, 45.0, -45.0]) + rng.uniform(-15, 15))
        d = np.array([math.cos(theta), math.sin(theta)])
        nrm = np.array([-d[1], d[0]])
        pn, pd = pts @ nrm, pts @ d
        sp = width * rng.uniform(0.55, 1.1)      # wider than the brush: slivers stay dark
        reach = rng.uniform(-0.1, 0.12)            # this person tends to stop short (<0) or go over
        offsets = np.arange(pn.min() + sp * rng.uniform(0.3, 0.6), pn.max(), sp)
        t = np.arange(pd.min() - 2, pd.max() + 2, 1.0)
        h, w_ = mask.shape

        def inside(p):
            x, y = int(p[0]), int(p[1])
            return 0 <= x < w_ and 0 <= y < h and mask[y, x]

        done, open_ = [], []   # open_: [points, (a, b) of its last row, ends at the b side?]
        for o in offsets:
            P = o * nrm + t[:, None] * d
            ix, iy = P[:, 0].astype(int), P[:, 1].astype(int)
            ok = (ix >= 0) & (iy >= 0) & (ix < w_) & (iy < h)
            row = np.zeros(len(t), bool)
            row[ok] = mask[iy[ok], ix[ok]]
            edges = np.diff(np.concatenate([[0], row.astype(int), [0]]))
            runs = zip(np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0] - 1)
            still_open = []
            for a, b in runs:
                ta = t[a] + width / 2 - (reach + rng.uniform(-0.06, 0.06)) * width
                tb = t[b] - width / 2 + (reach + rng.uniform(-0.06, 0.06)) * width
                if tb < ta:
                    ta = tb = (t[a] + t[b]) / 2
                A, B = o * nrm + ta * d, o * nrm + tb * d
                for k, (points, (pa, pb), at_b) in enumerate(open_):
                    start = B if at_b else A
                    if pa <= t[b] and t[a] <= pb and inside((points[-1] + start) / 2):
                        open_.pop(k)
                        points += [B, A] if at_b else [A, B]
                        still_open.append([points, (t[a], t[b]), not at_b])
                        break
                else:
                    still_open.append([[A, B], (t[a], t[b]), True])
            done += [s[0] for s in open_]
            open_ = still_open
        done += [s[0] for s in open_]
        return [self.wobble(_resample(np.array(s), 3.0)) for s in done]


def _stroke(draw: ImageDraw.ImageDraw, line: np.ndarray, width: float, fill: int) -> None:
    """One round-brush stroke, stamped as closely spaced discs (drawn at SUPER resolution): the
    way a canvas app paints, and free of the seams wide polylines get at their many joints."""
    w = max(1.0, width * SUPER)
    p = np.asarray(line, float) * SUPER
    if len(p) > 1:
        p = _resample(p, max(0.75, w / 6))
    rad = w / 2
    for x, y in p:
        draw.ellipse([x - rad, y - rad, x + rad, y + rad], fill=fill)


def _dot(draw, x, y, rad, fill):
    x, y, rad = x * SUPER, y * SUPER, max(0.5, rad * SUPER)
    draw.ellipse([x - rad, y - rad, x + rad, y + rad], fill=fill)


def render(dr: Drawing, style: str, rng: np.random.Generator) -> np.ndarray:
    """One person drawing `dr` in `style`: uint8 (280, 280), white on black."""
    hand = _Hand(rng, style, dr)
    r, w = hand.r, hand.width
    big = CANVAS * SUPER
    canvas = Image.new("L", (big, big), 0)
    draw = ImageDraw.Draw(canvas)

    rings = [hand.prepare(s, True) for s in dr.shapes]
    holes = [hand.prepare(h, True) for h in dr.holes]
    details = [hand.prepare(p, False) for p in dr.key + [q for q in dr.details if r.p(hand.keep)]]
    straps = [hand.prepare(p, False) for p in dr.straps]
    dots = [(hand.to_canvas([[x, y]])[0], rad * hand.scale) for x, y, rad in dr.dots if r.p(hand.keep)]
    dark = max(2.5, r.u(0.02, 0.045) * hand.size)    # lines left uncoloured in a filled drawing
    # A pattern too fine for this brush would be a smear: the person leaves it out.
    line_w = dark * 0.8 if hand.filled else max(2.5, min(w, 0.035 * hand.size))
    pattern = [hand.prepare(p, False) for p in dr.pattern] if dr.spacing * hand.scale > 2.8 * line_w else []

    # Where the garment is: its shapes less its holes, after this hand's wobble.
    mask = Image.new("L", (big, big), 0)
    mdraw = ImageDraw.Draw(mask)
    for ring in rings:
        mdraw.polygon([tuple(q) for q in hand.wobble(ring) * SUPER], fill=255)
    for hole in holes:
        mdraw.polygon([tuple(q) for q in hand.wobble(hole) * SUPER], fill=0)

    if hand.filled:
        solid = r.p(0.4)
        if solid or r.p(0.7):   # the contour traced first, then coloured in
            for ring in rings:
                for s in hand.ring_strokes(ring):
                    _stroke(draw, s, w, 255)
        if solid:
            canvas = ImageChops.lighter(canvas, mask)
            draw = ImageDraw.Draw(canvas)
        else:
            small = np.asarray(mask)[SUPER // 2::SUPER, SUPER // 2::SUPER] > 127
            for s in hand.scribble(small, w):
                _stroke(draw, s, w, 255)
        for hole in holes:   # they kept out of the holes: whatever spilled in is not there
            draw.polygon([tuple(q) for q in hole * SUPER], fill=0)
        if pattern:
            layer = Image.new("L", (big, big), 0)
            ldraw = ImageDraw.Draw(layer)
            for p in pattern:
                _stroke(ldraw, hand.wobble(p), line_w, 255)
            canvas = ImageChops.subtract(canvas, ImageChops.multiply(layer, mask))
            draw = ImageDraw.Draw(canvas)
        for p in details:
            _stroke(draw, hand.line_stroke(p), dark, 0)
        for (x, y), rad in dots:
            _dot(draw, x, y, max(dark * 0.7, rad * 0.8), 0)
        for p in straps:
            _stroke(draw, hand.line_stroke(p), min(w, 0.07 * hand.size), 255)
    else:
        passes = 2 if hand.retrace else 1
        for ring in rings + holes:
            for _ in range(passes):
                for s in hand.ring_strokes(ring):
                    _stroke(draw, s, w, 255)
        for p in details + straps:
            _stroke(draw, hand.line_stroke(p), w, 255)
        for (x, y), rad in dots:
            _dot(draw, x, y, max(w * 0.5, rad), 255)
        if pattern:
            inner = mask.copy()   # the pattern stays inside the outline
            idraw = ImageDraw.Draw(inner)
            for ring in rings:
                _stroke(idraw, np.vstack([ring, ring[:1]]), 2.2 * w, 0)
            layer = Image.new("L", (big, big), 0)
            ldraw = ImageDraw.Draw(layer)
            for p in pattern:
                _stroke(ldraw, hand.wobble(p), line_w, 255)
            canvas = ImageChops.lighter(canvas, ImageChops.multiply(layer, inner))
    return np.asarray(canvas.resize((CANVAS, CANVAS), Image.Resampling.BOX), dtype=np.uint8)


# ----------------------------------------------------------------------------------------------
# The benchmark set.
# ----------------------------------------------------------------------------------------------

def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)

    Per class, styles alternate and designs are dealt in turn so that every design shows up in
    every style; each drawing depends only on (seed, class, index), so a smaller set is the start
    of a larger one.
    """
    styles = tuple(styles)
    bad = [s for s in styles if s not in STYLES]
    if not styles or bad:
        raise ValueError(f"styles must be chosen from {STYLES}, got {styles}")
    n = len(CLASS_NAMES) * count_per_class
    images = np.zeros((n, CANVAS, CANVAS), np.uint8)
    labels = np.zeros(n, np.int64)
    out_styles: list[str] = []
    k = 0
    for label in range(len(CLASS_NAMES)):
        designs = DESIGNS[label]
        order = np.random.default_rng([seed, label, 7919]).permutation(len(designs))
        for i in range(count_per_class):
            j, s = divmod(i, len(styles))
            design = designs[order[(j + s * (len(designs) // len(styles))) % len(designs)]]
            rng = np.random.default_rng([seed, label, i])
            images[k] = render(design(_Rand(rng)), styles[s], rng)
            labels[k] = label
            out_styles.append(styles[s])
            k += 1
    return images, labels, out_styles


def contact_sheet(images, labels, styles, path, per_row: int = 12, thumb: int = 84) -> None:
    """A PNG with a row per class, as many of each style (outlines, then filled), shrunk, for a
    person to look at."""
    label_w, gap = 96, 4
    present = [s for s in STYLES if s in styles]
    rows = []
    for c in range(len(CLASS_NAMES)):
        idx = []
        for style in present:
            mine = [i for i in np.nonzero(labels == c)[0] if styles[i] == style]
            idx += mine[:max(1, per_row // len(present))]
        rows.append(idx)
    cols = max(len(r) for r in rows)
    sheet = Image.new("L", (label_w + cols * (thumb + gap), len(rows) * (thumb + gap)), 60)
    draw = ImageDraw.Draw(sheet)
    for c, idx in enumerate(rows):
        y = c * (thumb + gap)
        draw.text((4, y + thumb // 2 - 6), f"{c} {CLASS_NAMES[c]}", fill=255)
        for j, i in enumerate(idx):
            im = Image.fromarray(images[i]).resize((thumb, thumb), Image.Resampling.BOX)
            sheet.paste(im, (label_w + j * (thumb + gap), y))
    sheet.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-class", type=int, default=30, help="drawings per class")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", type=Path, default=None, help="write a PNG contact sheet here")
    args = parser.parse_args()
    t0 = time.perf_counter()
    images, labels, styles = make(args.per_class, args.seed)
    seconds = time.perf_counter() - t0
    counts = {s: styles.count(s) for s in STYLES}
    print(f"{len(images)} drawings ({args.per_class} per class, {counts}) in {seconds:.1f} s")
    if args.sheet is not None:
        contact_sheet(images, labels, styles, args.sheet, per_row=max(2, min(args.per_class, 16)))
        print(f"contact sheet: {args.sheet}")


if __name__ == "__main__":
    main()
