"""Messy hands: students who draw in a hurry and colour in carelessly on the classroom canvas.

Who draws like this: a class told "draw a coat, now colour it in", most of them thinking about
the next thing already. Their outline goes down in two or three overlapping strokes that do not
quite meet, with a correction where the first line went wrong (a second line drawn next to it,
the first one left), a sleeve or a heel gone over twice, a stray mark where the brush touched
the canvas. Details (collar, buttons, zip, pockets, laces, sole, straps, handle) are quick short
dashes and dots. When they colour in they sweep the brush back and forth in big zigzags or
scribble in circles: the paint runs over the outline here and there and leaves streaks and
patches bare; some stop halfway (half the garment painted, the rest only outlined), some paint
only the main body and leave the sleeves, the sole or the straps as outlines. Lines they had
drawn inside (a zip, a collar) are usually drawn again in black through the paint.

Every design is a small function that returns a `Sketch` in its own coordinates (clothes from
the front, y down; shoes from the side, toe to the left at x=0, ground at y=0). A randomly
drawn `Hand` (size, place on the canvas, tilt, brush 6-36 px, wobble, how it colours in) turns
it into strokes on a 2x canvas that is then halved, which antialiases the strokes.
"""
from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from .config import CLASS_NAMES

STYLES = ("outline", "filled")
CANVAS = 280
SCALE = 2                      # drawn at 2x, then halved: antialiased strokes
BIG = CANVAS * SCALE


# ----------------------------------------------------------------------------- geometry helpers

def _u(rng, lo, hi):
    return float(rng.uniform(lo, hi))


def _pick(rng, options):
    return options[int(rng.integers(len(options)))]


def _bez(p0, p1, p2, n=8):
    t = np.linspace(0.0, 1.0, n)[:, None]
    p0, p1, p2 = (np.asarray(p, float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2


def _arc(cx, cy, rx, ry, a0, a1, n=14):
    """Degrees, y down: 0 is right, 90 is down."""
    a = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(a), cy + ry * np.sin(a)], axis=1)


def _path(*parts):
    return np.concatenate([np.atleast_2d(np.asarray(p, float)) for p in parts])


def _mirror(pts):
    return np.asarray(pts, float) * [-1.0, 1.0]


def _symmetric(half):
    """A closed outline from its right half, which runs from x=0 at the top to x=0 at the bottom."""
    half = np.asarray(half, float)
    return np.concatenate([half, _mirror(half[::-1])[1:-1]])


def _rect(x0, y0, x1, y1):
    return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], float)


def _rrect(x0, y0, x1, y1, r, n=5):
    r = min(r, (x1 - x0) / 2, (y1 - y0) / 2)
    return _path(_arc(x1 - r, y0 + r, r, r, -90, 0, n), _arc(x1 - r, y1 - r, r, r, 0, 90, n),
                 _arc(x0 + r, y1 - r, r, r, 90, 180, n), _arc(x0 + r, y0 + r, r, r, 180, 270, n))


def _lerp(a, b, t):
    return np.asarray(a, float) + (np.asarray(b, float) - np.asarray(a, float)) * t


class Sketch:
    """What a design asks the hand to draw, in the design's own units."""

    def __init__(self, side=False):
        self.lines = []    # (points, closed): the outline strokes
        self.fills = []    # (polygon, limb): regions to paint; limbs (sleeves, sole) may be left bare
        self.details = []  # open polylines drawn inside: collar, zip, pockets, laces
        self.dots = []     # buttons, eyelets, rivets
        self.redo = []     # parts a hurried hand may draw twice (a sleeve, a heel)
        self.bands = []    # straps and handles: painted thick when colouring in
        self.side = side   # a shoe from the side: may be turned to point right

    def line(self, pts, closed=False):
        self.lines.append((np.asarray(pts, float), closed))

    def fill(self, pts, limb=False):
        self.fills.append((np.asarray(pts, float), limb))

    def detail(self, *polylines):
        self.details.extend(np.asarray(p, float) for p in polylines)

    def dot(self, x, y):
        self.dots.append((float(x), float(y)))

    def band(self, pts):
        self.line(pts)
        self.bands.append(np.asarray(pts, float))

    def shape(self, pts, limb=False):
        """A closed outline that is also painted."""
        self.line(pts, closed=True)
        self.fill(pts, limb)


def _dashes(sk, p0, p1, n, length, angle=90.0):
    """Short dashes along p0->p1, each turned `angle` degrees from that line (laces, ribbing)."""
    p0, p1 = np.asarray(p0, float), np.asarray(p1, float)
    d = p1 - p0
    a = math.atan2(d[1], d[0]) + math.radians(angle)
    half = np.array([math.cos(a), math.sin(a)]) * length / 2
    for t in np.linspace(0, 1, n + 2)[1:-1]:
        c = p0 + d * t
        sk.detail([c - half, c + half])


def _dots(sk, p0, p1, n):
    for t in np.linspace(0, 1, n):
        sk.dot(*_lerp(p0, p1, t))


def _zip(sk, p0, p1, rng):
    sk.detail([p0, p1])
    if rng.random() < 0.5:  # a few ticks: the teeth, in a hurry
        _dashes(sk, p0, p1, int(rng.integers(3, 7)), 0.05)
    else:
        sk.detail(_rect(p0[0] - 0.02, p0[1], p0[0] + 0.02, p0[1] + 0.05))  # the pull


# ----------------------------------------------------------------------------- tops (front view)

@dataclass
class Top:
    """Where a top's parts ended up, for the designs to hang details on."""
    nw: float
    nd: float
    L: float
    S: np.ndarray
    A: np.ndarray
    side: np.ndarray     # right side from armpit to hem corner
    E1: np.ndarray | None
    E2: np.ndarray | None
    d: np.ndarray | None

    def x_at(self, y):
        """Right edge of the body at height y."""
        return float(np.interp(y, self.side[:, 1], self.side[:, 0]))

    def across(self, y, inset=0.0):
        x = self.x_at(y) - inset
        return [(-x, y), (x, y)]

    def cuff(self, t):
        """A line across the right sleeve, t up from its end (mirror for the left)."""
        return [self.E1 - self.d * t, self.E2 - self.d * t]


def _top(rng, sleeve="long", length=(0.9, 1.1), neck=(0.11, 0.15), depth=(0.04, 0.09),
         vneck=False, shoulder=(0.32, 0.38), chest=(0.29, 0.34), hem=(0.29, 0.35), waist=None,
         arms_out=False, strap=(0.05, 0.09), hem_curve=0.0, sleeve_width=None):
    """A front-view top: body and sleeves as one outline, each also a region to paint."""
    nw, nd, L = _u(rng, *neck), _u(rng, *depth), _u(rng, *length)
    ax, ay = _u(rng, *chest), _u(rng, 0.22, 0.3)
    hx = _u(rng, *hem)
    neckline = np.array([(0, nd), (nw, 0)]) if vneck else _bez((0, nd), (nw * 0.85, nd), (nw, 0), 6)
    A = np.array([ax, ay])
    E1 = E2 = d = None
    if sleeve == "none":
        S = np.array([nw + _u(rng, *strap), 0.01])
        shoulder_part = _path(S, _bez(S, (S[0] + 0.01, ay * 0.85), A, 6)[1:])
        sleeve_part = None
    else:
        S = np.array([_u(rng, *shoulder), _u(rng, 0.03, 0.08)])
        length_range, angle_range, width_range = {
            "short": ((0.13, 0.24), (38, 62), (0.17, 0.24)),
            "cap": ((0.07, 0.11), (45, 70), (0.14, 0.2)),
            "three": ((0.4, 0.55), (20, 40), (0.14, 0.19)),
            "long": ((0.62, 0.85), (8, 28), (0.13, 0.18)),
        }[sleeve]
        if arms_out and sleeve in ("long", "three"):
            angle_range = (45, 70)
        if sleeve_width:
            width_range = sleeve_width
        a = math.radians(_u(rng, *angle_range))
        d = np.array([math.sin(a), math.cos(a)])
        E1 = S + d * _u(rng, *length_range)
        E2 = E1 + np.array([-math.cos(a), math.sin(a)]) * _u(rng, *width_range)
        shoulder_part = S
        sleeve_part = _path(S, E1, E2, A)
    side = [A]
    if waist:
        side.append((_u(rng, *waist[0]), _u(rng, *waist[1])))
    side.append((hx, L))
    side = np.array(side, float)
    if hem_curve:
        hem_line = _bez((hx, L), (hx * 0.5, L + hem_curve), (0, L + hem_curve), 6)
    else:
        hem_line = np.array([(hx, L), (0, L + _u(rng, -0.01, 0.02))])
    if sleeve_part is None:
        half = _path(neckline, shoulder_part, side[1:], hem_line[1:])
    else:
        half = _path(neckline, sleeve_part, side[1:], hem_line[1:])
    sk = Sketch()
    sk.line(_symmetric(half), closed=True)
    sk.fill(_symmetric(_path(neckline, shoulder_part, A, side[1:], hem_line[1:])))
    if sleeve_part is not None:
        sk.fill(sleeve_part, limb=True)
        sk.fill(_mirror(sleeve_part), limb=True)
        sk.redo.append(sleeve_part if rng.random() < 0.5 else _mirror(sleeve_part))
    return sk, Top(nw, nd, L, S, A, side, E1, E2, d)


def _cuffs(sk, t, at=0.07):
    c = np.array(t.cuff(at))
    sk.detail(c, _mirror(c))


def _rib(sk, t, rng, band=0.07):
    y = t.L - band
    sk.detail(t.across(y, 0.01))
    if rng.random() < 0.6:
        x = t.x_at(y)
        for xi in np.linspace(-x, x, int(rng.integers(5, 10)))[1:-1]:
            sk.detail([(xi, y + 0.015), (xi, t.L - 0.01)])


def _stripes(sk, t, rng, top=0.35, n=None):
    n = n or int(rng.integers(3, 6))
    for y in np.linspace(top, t.L - 0.08, n):
        sk.detail(t.across(y, 0.02))


def _print(sk, rng, cy=0.4, r=0.1):
    kind = rng.integers(4)
    if kind == 0:
        sk.detail(_path(_arc(0, cy, r, r, 0, 350, 12)))
    elif kind == 1:  # a star, quickly
        a = np.radians(np.arange(6) * 144 - 90)
        sk.detail(np.stack([r * np.cos(a), cy + r * np.sin(a)], 1))
    elif kind == 2:  # a slogan: short dashes in two rows
        for y in (cy - 0.03, cy + 0.05):
            for x in np.linspace(-r * 1.3, r * 1.3, 3):
                sk.detail([(x - 0.04, y), (x + 0.04, y)])
    else:  # a heart
        sk.detail(_path(_bez((0, cy + r), (-r * 1.6, cy - r * 0.2), (0, cy - r * 0.4)),
                        _bez((0, cy - r * 0.4), (r * 1.6, cy - r * 0.2), (0, cy + r))))


def _hood(sk, t, rng, fur=False):
    r = t.nw + _u(rng, 0.04, 0.09)
    h = _u(rng, 0.22, 0.32)
    hood = _arc(0, 0.02, r, h, 180, 360, 12)
    if fur:  # a zigzag round the hood's opening
        inner = _arc(0, 0.03, r * 0.7, h * 0.7, 180, 360, 14)
        inner[1::2] += (inner[1::2] * [0, 0] + [0, -0.03])
        sk.detail(inner)
    sk.line(hood)
    sk.fill(_path(hood, (r * 0.6, 0.05), (-r * 0.6, 0.05)))
    return r


def _pockets(sk, t, rng, y=None, w=0.13, h=0.12, flap=False, slit=False):
    y = t.L - _u(rng, 0.28, 0.36) if y is None else y
    x = t.x_at(y) - 0.06
    for sign in (1, -1):
        if slit:
            sk.detail([(sign * (x - w), y), (sign * x, y)])
        else:
            sk.detail(_mirror(_rect(x - w, y, x, y + h)) if sign < 0 else _rect(x - w, y, x, y + h))
        if flap and not slit:
            sk.detail([(sign * (x - w), y + 0.03), (sign * x, y + 0.03)])


def _collar(sk, t, rng, spread=None):
    """A shirt collar: two points either side of the neck."""
    tip = (t.nw + _u(rng, -0.02, 0.05), t.nd + _u(rng, 0.08, 0.14))
    c = np.array([(t.nw + 0.01, -0.01), tip, (0.01, t.nd + 0.03)])
    sk.detail(c, _mirror(c))


def _placket(sk, t, rng, top=None, n=None, double=False):
    top = t.nd + 0.04 if top is None else top
    if rng.random() < 0.7:
        sk.detail([(0, top - 0.02), (0, t.L - 0.02)])
    n = n or int(rng.integers(4, 7))
    for x in ((-0.07, 0.07) if double else (0.025 * (rng.random() < 0.5),)):
        _dots(sk, (x, top + 0.06), (x, t.L - 0.12), n)


def _tee(rng, **kw):
    return _top(rng, sleeve=kw.pop("sleeve", "short"), length=kw.pop("length", (0.75, 0.95)), **kw)


def tshirt_crew(rng):
    sk, t = _tee(rng)
    if rng.random() < 0.5:  # the neck band
        sk.detail(_bez((-t.nw + 0.02, 0.02), (0, t.nd + 0.1), (t.nw - 0.02, 0.02), 6))
    return sk


def tshirt_vneck(rng):
    sk, t = _tee(rng, vneck=True, depth=(0.12, 0.2))
    if rng.random() < 0.5:
        sk.detail([(-t.nw + 0.03, 0), (0, t.nd + 0.05), (t.nw - 0.03, 0)])
    return sk


def tshirt_pocket(rng):
    sk, t = _tee(rng)
    x, y = _u(rng, 0.08, 0.16), _u(rng, 0.22, 0.3)
    sk.detail(_rect(x, y, x + 0.12, y + 0.13))
    return sk


def tshirt_print(rng):
    sk, t = _tee(rng)
    _print(sk, rng, cy=_u(rng, 0.33, 0.45), r=_u(rng, 0.08, 0.14))
    return sk


def tshirt_tank(rng):
    sk, t = _top(rng, sleeve="none", length=(0.8, 1.0), depth=(0.1, 0.22), neck=(0.1, 0.15),
                 chest=(0.25, 0.32), hem=(0.26, 0.33))
    return sk


def tshirt_crop(rng):
    sk, t = _tee(rng, length=(0.45, 0.6), hem=(0.27, 0.32))
    if rng.random() < 0.4:
        sk.detail(t.across(t.L - 0.05, 0.01))
    return sk


def tshirt_ringer(rng):
    sk, t = _tee(rng)
    sk.detail(_bez((-t.nw + 0.02, 0.02), (0, t.nd + 0.1), (t.nw - 0.02, 0.02), 6))
    _cuffs(sk, t, 0.05)
    return sk


def tshirt_oversized(rng):
    sk, t = _tee(rng, shoulder=(0.4, 0.46), chest=(0.36, 0.42), hem=(0.36, 0.42),
                 sleeve_width=(0.22, 0.28), length=(0.8, 0.95))
    return sk


def tshirt_fitted(rng):
    sk, t = _tee(rng, sleeve=_pick(rng, ["cap", "short"]), waist=((0.24, 0.28), (0.5, 0.6)),
                 hem=(0.3, 0.36), length=(0.8, 0.95), shoulder=(0.28, 0.33), chest=(0.26, 0.3))
    return sk


def tshirt_striped(rng):
    sk, t = _tee(rng)
    _stripes(sk, t, rng, top=_u(rng, 0.2, 0.35))
    return sk


def tshirt_cami(rng):
    """Spaghetti straps: the body starts at the chest, the straps are single lines."""
    sk = Sketch()
    w, top, L = _u(rng, 0.26, 0.32), _u(rng, 0.28, 0.36), _u(rng, 0.85, 1.0)
    hem = w + _u(rng, 0.02, 0.08)
    neckline = _bez((0, top + _u(rng, 0.06, 0.14)), (w * 0.6, top + 0.04), (w, top - 0.03), 5)
    body = _path(neckline, (w - 0.03, top + 0.3), (hem, L), (0, L + 0.01))
    sk.shape(_symmetric(body))
    for sign in (1, -1):
        sk.band([(sign * (w - 0.06), top - 0.01), (sign * (w - 0.1), 0.0)])
    return sk


def tshirt_raglan(rng):
    sk, t = _tee(rng)
    seam = np.array([(t.nw - 0.02, 0.01), t.A])
    sk.detail(seam, _mirror(seam))
    return sk


# ----------------------------------------------------------------------------- pullovers

def _jumper(rng, **kw):
    return _top(rng, sleeve=kw.pop("sleeve", "long"), length=kw.pop("length", (0.8, 1.0)), **kw)


def _jumper_finish(sk, t, rng, rib=0.7, cuff=0.7):
    if rng.random() < rib:
        _rib(sk, t, rng)
    if rng.random() < cuff:
        _cuffs(sk, t)


def pullover_crew(rng):
    sk, t = _jumper(rng)
    sk.detail(_bez((-t.nw + 0.01, 0.02), (0, t.nd + 0.09), (t.nw - 0.01, 0.02), 6))
    _jumper_finish(sk, t, rng, 0.85, 0.85)
    return sk


def pullover_hoodie(rng):
    sk, t = _jumper(rng, length=(0.85, 1.0))
    _hood(sk, t, rng)
    for x in (-0.05, 0.05):  # the drawstrings
        sk.detail([(x, t.nd + 0.02), (x + _u(rng, -0.02, 0.02), t.nd + _u(rng, 0.12, 0.2))])
    y = t.L - _u(rng, 0.3, 0.38)
    w = _u(rng, 0.15, 0.22)  # the kangaroo pocket
    sk.detail([(-w - 0.05, t.L - 0.08), (-w, y), (w, y), (w + 0.05, t.L - 0.08)])
    _jumper_finish(sk, t, rng, 0.6, 0.6)
    return sk


def pullover_turtleneck(rng):
    sk, t = _jumper(rng, neck=(0.09, 0.12), depth=(0.0, 0.02))
    h = _u(rng, 0.1, 0.16)
    collar = _rect(-t.nw, -h, t.nw, 0.02)
    sk.shape(collar)
    if rng.random() < 0.5:
        for x in np.linspace(-t.nw, t.nw, 5)[1:-1]:
            sk.detail([(x, -h + 0.02), (x, 0.0)])
    _jumper_finish(sk, t, rng, 0.8, 0.8)
    return sk


def pullover_vneck(rng):
    sk, t = _jumper(rng, vneck=True, depth=(0.15, 0.25))
    sk.detail([(-t.nw + 0.03, 0), (0, t.nd + 0.06), (t.nw - 0.03, 0)])
    _jumper_finish(sk, t, rng, 0.9, 0.7)
    return sk


def pullover_knit(rng):
    """A patterned jumper: a zigzag band or diamonds across the chest."""
    sk, t = _jumper(rng)
    y = _u(rng, 0.32, 0.45)
    x = t.x_at(y) - 0.02
    xs = np.linspace(-x, x, int(rng.integers(6, 10)))
    if rng.random() < 0.5:
        sk.detail(np.stack([xs, y + np.where(np.arange(len(xs)) % 2, 0.06, -0.02)], 1))
    else:
        for xc in xs[1:-1:2]:
            sk.detail(_path((xc, y - 0.05), (xc + 0.05, y), (xc, y + 0.05), (xc - 0.05, y), (xc, y - 0.05)))
    sk.detail(t.across(y - 0.09, 0.02), t.across(y + 0.1, 0.02))
    _jumper_finish(sk, t, rng, 0.8, 0.8)
    return sk


def pullover_striped(rng):
    sk, t = _jumper(rng)
    _stripes(sk, t, rng, top=0.25, n=int(rng.integers(3, 6)))
    if rng.random() < 0.6:  # the stripes go round the arms too
        for s in (0.2, 0.4):
            c = np.array(t.cuff(s))
            sk.detail(c, _mirror(c))
    _jumper_finish(sk, t, rng, 0.5, 0.5)
    return sk


def pullover_sweatshirt(rng):
    sk, t = _jumper(rng, arms_out=True, length=(0.75, 0.9))
    sk.detail(_bez((-t.nw + 0.01, 0.02), (0, t.nd + 0.09), (t.nw - 0.01, 0.02), 6))
    if rng.random() < 0.6:
        _print(sk, rng, cy=_u(rng, 0.35, 0.45), r=_u(rng, 0.08, 0.12))
    _jumper_finish(sk, t, rng, 0.9, 0.9)
    return sk


def pullover_cable(rng):
    sk, t = _jumper(rng)
    for x in np.linspace(-0.16, 0.16, int(rng.integers(2, 4))):
        ys = np.linspace(t.nd + 0.12, t.L - 0.1, 9)
        sk.detail(np.stack([x + 0.03 * np.sin(ys * 30 + rng.uniform(0, 6)), ys], 1))
    _jumper_finish(sk, t, rng, 0.9, 0.8)
    return sk


def pullover_chunky(rng):
    sk, t = _jumper(rng, shoulder=(0.42, 0.48), chest=(0.38, 0.44), hem=(0.33, 0.38),
                    sleeve_width=(0.2, 0.26), length=(0.75, 0.9))
    sk.detail(_bez((-t.nw, 0.02), (0, t.nd + 0.1), (t.nw, 0.02), 6))
    _rib(sk, t, rng, band=0.12)
    _cuffs(sk, t, 0.12)
    return sk


def pullover_crop_hoodie(rng):
    sk, t = _jumper(rng, length=(0.55, 0.7), hem=(0.3, 0.36))
    _hood(sk, t, rng)
    _jumper_finish(sk, t, rng, 0.9, 0.7)
    return sk


def pullover_raglan(rng):
    sk, t = _jumper(rng, arms_out=rng.random() < 0.5)
    seam = np.array([(t.nw - 0.02, 0.02), t.A])
    sk.detail(seam, _mirror(seam))
    _jumper_finish(sk, t, rng, 0.8, 0.8)
    return sk


def pullover_festive(rng):
    """A Christmas jumper: a tree on the front and a band of dots."""
    sk, t = _jumper(rng)
    y = _u(rng, 0.35, 0.45)
    sk.detail(_path((-0.1, y + 0.14), (0, y - 0.08), (0.1, y + 0.14), (-0.1, y + 0.14)))
    _dots(sk, (-t.x_at(0.3) + 0.07, 0.25), (t.x_at(0.3) - 0.07, 0.25), int(rng.integers(4, 7)))
    _jumper_finish(sk, t, rng, 0.8, 0.6)
    return sk


# ----------------------------------------------------------------------------- coats

def _coat(rng, **kw):
    kw.setdefault("length", (1.1, 1.45))
    kw.setdefault("hem", (0.32, 0.4))
    return _top(rng, sleeve=kw.pop("sleeve", "long"), **kw)


def _front(sk, t, top=None):
    sk.detail([(0, t.nd if top is None else top), (0, t.L)])


def _lapels(sk, t, rng, width=(0.06, 0.12)):
    w = _u(rng, *width)
    lapel = np.array([(t.nw, 0), (t.nw + w, _u(rng, 0.1, 0.18)), (0.015, t.nd)])
    sk.detail(lapel, _mirror(lapel))


def coat_single(rng):
    sk, t = _coat(rng, vneck=True, depth=(0.3, 0.42))
    _lapels(sk, t, rng)
    _front(sk, t)
    _dots(sk, (0.04, t.nd + 0.08), (0.04, t.L - 0.2), int(rng.integers(3, 5)))
    if rng.random() < 0.7:
        _pockets(sk, t, rng, flap=True, slit=rng.random() < 0.5)
    return sk


def coat_double(rng):
    sk, t = _coat(rng, vneck=True, depth=(0.3, 0.4))
    _lapels(sk, t, rng, (0.1, 0.15))
    sk.detail([(-0.1, t.nd), (-0.1, t.L)])  # the front edge lies over to one side
    for x in (-0.03, 0.13):
        _dots(sk, (x, t.nd + 0.06), (x, t.nd + 0.4), int(rng.integers(2, 4)))
    if rng.random() < 0.6:
        _pockets(sk, t, rng, slit=True)
    return sk


def coat_zip_hoodie(rng):
    sk, t = _coat(rng, length=(0.85, 1.05), hem=(0.3, 0.35))
    _hood(sk, t, rng)
    _zip(sk, (0, t.nd), (0, t.L), rng)
    y = t.L - 0.3
    sk.detail([(-0.08, y), (-0.2, y + 0.18)], [(0.08, y), (0.2, y + 0.18)])  # slanted pockets
    if rng.random() < 0.6:
        _rib(sk, t, rng)
        _cuffs(sk, t)
    return sk


def coat_parka(rng):
    sk, t = _coat(rng, length=(1.2, 1.5), hem=(0.34, 0.42))
    _hood(sk, t, rng, fur=rng.random() < 0.7)
    _zip(sk, (0, t.nd), (0, t.L), rng)
    _pockets(sk, t, rng, w=0.16, h=0.16, flap=True)
    if rng.random() < 0.5:  # the drawcord at the waist
        sk.detail(t.across(t.L * 0.5, 0.01))
    return sk


def coat_blazer(rng):
    sk, t = _coat(rng, vneck=True, depth=(0.35, 0.5), length=(0.95, 1.15),
                  waist=((0.27, 0.31), (0.55, 0.65)), hem=(0.31, 0.36))
    _lapels(sk, t, rng, (0.08, 0.13))
    _front(sk, t)
    _dots(sk, (0.03, t.nd + 0.08), (0.03, t.nd + 0.2), int(rng.integers(1, 3)))
    _pockets(sk, t, rng, slit=True, w=0.12)
    return sk


def coat_trench(rng):
    sk, t = _coat(rng, length=(1.3, 1.6), hem=(0.38, 0.48), vneck=True, depth=(0.2, 0.3))
    _lapels(sk, t, rng, (0.1, 0.16))
    y = _u(rng, 0.55, 0.65)
    sk.detail(t.across(y - 0.03), t.across(y + 0.04))  # the belt
    sk.detail(_rect(-0.05, y - 0.05, 0.05, y + 0.06))
    _front(sk, t, top=t.nd)
    for x in (-0.05, 0.1):
        _dots(sk, (x, t.nd + 0.05), (x, y - 0.1), 3)
    return sk


def coat_puffer(rng):
    sk, t = _coat(rng, length=(0.9, 1.2), shoulder=(0.36, 0.42), chest=(0.34, 0.4),
                  hem=(0.34, 0.4), sleeve_width=(0.17, 0.22))
    sk.shape(_rect(-t.nw, -0.08, t.nw, 0.03))  # the stand-up collar
    _zip(sk, (0, 0.03), (0, t.L), rng)
    for y in np.linspace(0.25, t.L - 0.12, int(rng.integers(3, 6))):
        sk.detail(t.across(y, 0.02))
    for s in (0.25, 0.45):
        c = np.array(t.cuff(s))
        sk.detail(c, _mirror(c))
    return sk


def coat_denim(rng):
    sk, t = _coat(rng, length=(0.75, 0.9), hem=(0.32, 0.36))
    _collar(sk, t, rng)
    _front(sk, t)
    _dots(sk, (0.04, t.nd + 0.06), (0.04, t.L - 0.12), int(rng.integers(4, 6)))
    for sign in (1, -1):  # chest pockets with flaps and a button each
        sk.detail(_rect(0.09, 0.25, 0.22, 0.37) * [sign, 1])
        sk.dot(sign * 0.155, 0.3)
    sk.detail(t.across(t.L - 0.08))
    return sk


def coat_cardigan(rng):
    """An open cardigan: the two front edges part towards the hem."""
    sk, t = _coat(rng, length=(0.9, 1.2), vneck=True, depth=(0.35, 0.5))
    gap = _u(rng, 0.0, 0.08)
    for sign in (1, -1):
        sk.detail([(sign * 0.01, t.nd), (sign * gap, t.L)])
    _dots(sk, (gap * 0.3 - 0.03, t.nd + 0.05), (gap * 0.9 - 0.04, t.L - 0.12), int(rng.integers(3, 6)))
    if rng.random() < 0.6:
        _pockets(sk, t, rng)
    if rng.random() < 0.6:
        _rib(sk, t, rng)
    return sk


def coat_duffle(rng):
    sk, t = _coat(rng, length=(1.05, 1.35))
    _hood(sk, t, rng)
    _front(sk, t)
    for y in np.linspace(t.nd + 0.1, t.L - 0.35, int(rng.integers(3, 5))):  # toggles
        sk.detail([(-0.05, y), (0.08, y)])
    _pockets(sk, t, rng, w=0.15, h=0.15)
    return sk


def coat_bomber(rng):
    sk, t = _coat(rng, length=(0.7, 0.85), hem=(0.28, 0.32), chest=(0.32, 0.37),
                  sleeve_width=(0.16, 0.2))
    sk.detail(_bez((-t.nw, 0.03), (0, t.nd + 0.1), (t.nw, 0.03), 6))
    _zip(sk, (0, t.nd), (0, t.L), rng)
    _rib(sk, t, rng, band=0.1)
    _cuffs(sk, t, 0.1)
    sk.detail([(0.1, t.L - 0.35), (0.16, t.L - 0.18)], [(-0.1, t.L - 0.35), (-0.16, t.L - 0.18)])
    return sk


def coat_arms_out(rng):
    sk, t = _coat(rng, arms_out=True, vneck=True, depth=(0.25, 0.4))
    _lapels(sk, t, rng)
    _front(sk, t)
    _dots(sk, (0.04, t.nd + 0.06), (0.04, t.L - 0.15), int(rng.integers(3, 6)))
    if rng.random() < 0.5:
        sk.detail(t.across(0.62))
    return sk


def coat_biker(rng):
    sk, t = _coat(rng, length=(0.75, 0.9), hem=(0.3, 0.34), vneck=True, depth=(0.1, 0.15))
    x0 = _u(rng, 0.05, 0.1)
    sk.detail([(-x0, t.nd), (x0 + 0.05, 0.4), (x0 + 0.05, t.L)])  # the off-centre zip
    lapel = np.array([(t.nw, 0), (t.nw + 0.14, 0.15), (0.12, 0.3)])
    sk.detail(lapel, _mirror(lapel))
    sk.detail([(-0.2, 0.55), (-0.12, 0.65)])
    sk.detail(t.across(t.L - 0.06))
    return sk


# ----------------------------------------------------------------------------- shirts

def _shirt(rng, **kw):
    kw.setdefault("length", (0.9, 1.1))
    kw.setdefault("hem_curve", _u(rng, 0.0, 0.07))
    return _top(rng, sleeve=kw.pop("sleeve", "long"), **kw)


def shirt_classic(rng):
    sk, t = _shirt(rng)
    _collar(sk, t, rng)
    _placket(sk, t, rng)
    if rng.random() < 0.7:
        _cuffs(sk, t, 0.08)
    return sk


def shirt_short(rng):
    sk, t = _shirt(rng, sleeve="short")
    _collar(sk, t, rng)
    _placket(sk, t, rng)
    if rng.random() < 0.7:
        sk.detail(_rect(0.1, 0.25, 0.21, 0.37))
    return sk


def shirt_flannel(rng):
    sk, t = _shirt(rng, sleeve=_pick(rng, ["long", "long", "short"]))
    _collar(sk, t, rng)
    _placket(sk, t, rng, n=int(rng.integers(3, 5)))
    for y in np.linspace(0.25, t.L - 0.12, int(rng.integers(2, 4))):
        sk.detail(t.across(y, 0.02))
    for x in (-0.17, 0.17):
        sk.detail([(x, t.nd + 0.08), (x, t.L - 0.05)])
    return sk


def shirt_blouse(rng):
    sk, t = _shirt(rng, sleeve=_pick(rng, ["long", "three"]), sleeve_width=(0.18, 0.24),
                   waist=((0.25, 0.29), (0.5, 0.6)), hem=(0.3, 0.36), length=(0.85, 1.0))
    for sign in (1, -1):  # a rounded collar
        sk.detail(_bez((0.01 * sign, t.nd + 0.02), ((t.nw + 0.08) * sign, t.nd + 0.12), (t.nw * sign, 0), 6))
    _placket(sk, t, rng, n=int(rng.integers(3, 6)))
    _cuffs(sk, t, 0.08)
    return sk


def shirt_denim(rng):
    sk, t = _shirt(rng)
    _collar(sk, t, rng)
    _placket(sk, t, rng)
    for sign in (1, -1):
        sk.detail(_rect(0.08, 0.24, 0.2, 0.36) * [sign, 1], [(0.08 * sign, 0.28), (0.2 * sign, 0.28)])
    _cuffs(sk, t, 0.08)
    return sk


def shirt_hawaiian(rng):
    sk, t = _shirt(rng, sleeve="short", hem_curve=0.0, shoulder=(0.35, 0.4), chest=(0.32, 0.36),
                   hem=(0.32, 0.37))
    _collar(sk, t, rng)
    _placket(sk, t, rng, n=int(rng.integers(3, 5)))
    for _ in range(int(rng.integers(3, 6))):  # flowers: a few small circles
        x, y = _u(rng, -0.22, 0.22), _u(rng, 0.25, t.L - 0.12)
        if abs(x) > 0.06:
            sk.detail(_arc(x, y, 0.04, 0.04, 0, 340, 8))
    return sk


def shirt_striped(rng):
    sk, t = _shirt(rng)
    _collar(sk, t, rng)
    _placket(sk, t, rng, n=int(rng.integers(4, 6)))
    for x in (-0.2, -0.11, 0.11, 0.2):
        sk.detail([(x, t.nd + 0.1), (x, t.L - 0.04)])
    return sk


def shirt_rolled(rng):
    sk, t = _shirt(rng, sleeve="three")
    _collar(sk, t, rng)
    _placket(sk, t, rng)
    _cuffs(sk, t, 0.04)
    _cuffs(sk, t, 0.1)
    return sk


def shirt_mandarin(rng):
    sk, t = _shirt(rng)
    sk.shape(_rect(-t.nw, -0.06, t.nw, 0.02))
    _placket(sk, t, rng, top=0.02)
    _cuffs(sk, t, 0.07)
    return sk


def shirt_tie(rng):
    sk, t = _shirt(rng)
    _collar(sk, t, rng)
    y = _u(rng, 0.45, 0.6)
    sk.detail(_path((-0.03, t.nd), (0.03, t.nd), (0.05, y), (0, y + 0.06), (-0.05, y), (-0.03, t.nd)))
    _dots(sk, (0, y + 0.12), (0, t.L - 0.1), 2)
    _cuffs(sk, t, 0.08)
    return sk


def shirt_arms_out(rng):
    sk, t = _shirt(rng, arms_out=True)
    _collar(sk, t, rng)
    _placket(sk, t, rng)
    _cuffs(sk, t, 0.08)
    return sk


def shirt_oversized(rng):
    sk, t = _shirt(rng, shoulder=(0.4, 0.46), chest=(0.37, 0.42), hem=(0.37, 0.42),
                   sleeve=_pick(rng, ["long", "short"]), sleeve_width=(0.2, 0.26))
    _collar(sk, t, rng)
    _placket(sk, t, rng)
    sk.detail(_rect(-0.24, 0.26, -0.12, 0.38))
    return sk


# ----------------------------------------------------------------------------- dresses

def _dress(rng, sleeve="none", flare=(0.45, 0.65), length=(1.35, 1.7), **kw):
    return _top(rng, sleeve=sleeve, length=length, hem=flare, chest=kw.pop("chest", (0.24, 0.29)),
                waist=kw.pop("waist", ((0.19, 0.23), (0.5, 0.6))), **kw)


def _waistline(sk, t, rng, p=0.7):
    if rng.random() < p:
        sk.detail(t.across(t.side[1][1]))


def dress_aline(rng):
    sk, t = _dress(rng)
    _waistline(sk, t, rng)
    return sk


def dress_fit_flare(rng):
    sk, t = _dress(rng, sleeve="short", shoulder=(0.27, 0.31), flare=(0.5, 0.7), length=(1.2, 1.45))
    _waistline(sk, t, rng, 0.9)
    return sk


def dress_maxi(rng):
    sk, t = _dress(rng, length=(1.9, 2.3), flare=(0.4, 0.55), depth=(0.08, 0.2))
    _waistline(sk, t, rng, 0.5)
    return sk


def dress_shift(rng):
    sk, t = _dress(rng, sleeve=_pick(rng, ["short", "cap"]), waist=((0.27, 0.3), (0.5, 0.6)),
                   flare=(0.33, 0.4), chest=(0.28, 0.31), shoulder=(0.29, 0.33), length=(1.25, 1.5))
    return sk


def dress_ballgown(rng):
    """Strapless: a straight top edge, a tight bodice and a very wide skirt."""
    sk = Sketch()
    w, wy, L = _u(rng, 0.2, 0.25), _u(rng, 0.35, 0.45), _u(rng, 1.3, 1.6)
    hem = _u(rng, 0.6, 0.8)
    half = _path((0, 0.02), (w + 0.04, 0.0), (w - 0.03, wy), _bez((w - 0.03, wy), (hem * 0.6, wy + 0.2), (hem, L), 6)[1:],
                 (0, L + 0.03))
    sk.shape(_symmetric(half))
    sk.detail([(-w + 0.03, wy), (w - 0.03, wy)])
    if rng.random() < 0.6:
        for x in (-0.3, 0.0, 0.3):
            sk.detail([(x * 0.3, wy + 0.1), (x, L - 0.05)])
    return sk


def dress_wrap(rng):
    sk, t = _dress(rng, sleeve=_pick(rng, ["short", "long", "three"]), vneck=True, depth=(0.25, 0.35),
                   flare=(0.4, 0.55), shoulder=(0.27, 0.31))
    wy = t.side[1][1]
    sk.detail([(-t.x_at(wy), wy), (t.x_at(wy) * 0.4, t.L)])
    sk.detail([(t.x_at(wy), wy), (t.x_at(wy) + 0.1, wy + 0.2)])  # the tie
    return sk


def dress_slip(rng):
    sk = Sketch()
    w, top, L = _u(rng, 0.22, 0.27), _u(rng, 0.3, 0.38), _u(rng, 1.4, 1.8)
    half = _path((0, top + 0.06), (w, top - 0.02), (w - 0.03, top + 0.35), (w + _u(rng, 0.08, 0.2), L), (0, L))
    sk.shape(_symmetric(half))
    for sign in (1, -1):
        sk.band([(sign * (w - 0.05), top - 0.01), (sign * (w - 0.09), 0.0)])
    return sk


def dress_tiered(rng):
    sk, t = _dress(rng, flare=(0.55, 0.75))
    wy = t.side[1][1]
    for y in np.linspace(wy, t.L, 4)[:-1]:
        sk.detail(t.across(y, 0.01))
    return sk


def dress_long_sleeve(rng):
    sk, t = _dress(rng, sleeve="long", shoulder=(0.28, 0.32), flare=(0.4, 0.55), length=(1.25, 1.5))
    wy = t.side[1][1]
    sk.detail(t.across(wy - 0.03), t.across(wy + 0.03))
    sk.detail(_rect(-0.04, wy - 0.05, 0.04, wy + 0.05))
    return sk


def dress_pleated(rng):
    sk, t = _dress(rng, sleeve=_pick(rng, ["none", "cap", "short"]), shoulder=(0.26, 0.3))
    wy = t.side[1][1]
    n = int(rng.integers(3, 6))
    for f in np.linspace(-0.7, 0.7, n):
        sk.detail([(f * t.x_at(wy), wy + 0.05), (f * t.x_at(t.L), t.L - 0.04)])
    return sk


def dress_dots(rng):
    sk, t = _dress(rng, sleeve=_pick(rng, ["none", "short"]), shoulder=(0.26, 0.3))
    for _ in range(int(rng.integers(5, 10))):
        y = _u(rng, t.side[1][1] + 0.08, t.L - 0.08)
        sk.dot(_u(rng, -0.7, 0.7) * t.x_at(y), y)
    return sk


def dress_halter(rng):
    sk = Sketch()
    w, wy, L = _u(rng, 0.22, 0.27), _u(rng, 0.42, 0.52), _u(rng, 1.3, 1.7)
    hem = _u(rng, 0.4, 0.62)
    half = _path((0, 0.0), (0.07, 0.0), (w + 0.02, 0.28), (w - 0.03, wy), (hem, L), (0, L + 0.02))
    sk.shape(_symmetric(half))
    if rng.random() < 0.7:
        sk.detail([(-w + 0.03, wy), (w - 0.03, wy)])
    return sk


# ----------------------------------------------------------------------------- trousers

def _trousers(rng, waist=(0.3, 0.38), length=(1.45, 1.8), rise=(0.25, 0.36), knee=(0.0, 0.03),
              hem_out=(0.0, 0.04), hem_gap=(0.1, 0.18)):
    """Two legs from a waistband. Returns the sketch and where things are."""
    w, L, cy = _u(rng, *waist), _u(rng, *length), _u(rng, *rise)
    hip = w + _u(rng, 0.0, 0.04)
    ky = cy + (L - cy) * 0.5
    ko = hip - _u(rng, 0.01, 0.05) + _u(rng, *knee)   # outer edge at the knee
    ho = ko + _u(rng, *hem_out)                       # outer edge at the hem (flares: wider)
    gap = _u(rng, *hem_gap)
    ki = gap * 0.7 + _u(rng, 0.0, 0.03)
    half = _path((0, 0), (w, 0), (hip, 0.22), (ko, ky), (ho, L), (gap, L + _u(rng, -0.02, 0.02)), (ki, ky), (0, cy))
    sk = Sketch()
    sk.shape(_symmetric(half))
    leg = np.array([(w, 0), (hip, 0.22), (ko, ky), (ho, L)])
    sk.redo.append(leg if rng.random() < 0.5 else _mirror(leg))
    return sk, dict(w=w, L=L, cy=cy, hip=hip, ho=ho, gap=gap, ky=ky, ko=ko)


def _waistband(sk, g, h=0.07):
    sk.detail([(-g["w"], h), (g["w"], h)])


def _fly(sk, g):
    sk.detail(_path((0.04, 0.07), (0.05, g["cy"] * 0.7), (0, g["cy"] * 0.8)))


def _creases(sk, g):
    for sign in (1, -1):
        x0, x1 = (g["w"] * 0.5) * sign, ((g["ho"] + g["gap"]) / 2) * sign
        sk.detail([(x0, 0.12), (x1, g["L"] - 0.05)])


def trouser_straight(rng):
    sk, g = _trousers(rng)
    _waistband(sk, g)
    _fly(sk, g)
    if rng.random() < 0.6:
        _creases(sk, g)
    return sk


def trouser_jeans(rng):
    sk, g = _trousers(rng, knee=(-0.02, 0.01))
    _waistband(sk, g)
    _fly(sk, g)
    for sign in (1, -1):
        sk.detail(_bez((sign * (g["w"] - 0.15), 0.07), (sign * (g["w"] - 0.13), 0.2), (sign * g["hip"], 0.22)))
        sk.dot(sign * (g["w"] - 0.03), 0.16)
    for x in (-0.2, 0.2):
        sk.detail([(x, 0.0), (x, 0.07)])
    return sk


def trouser_wide(rng):
    sk, g = _trousers(rng, knee=(0.05, 0.1), hem_out=(0.05, 0.1), hem_gap=(0.06, 0.1))
    _waistband(sk, g, 0.09)
    if rng.random() < 0.5:
        _creases(sk, g)
    return sk


def trouser_flares(rng):
    sk, g = _trousers(rng, knee=(-0.04, -0.01), hem_out=(0.08, 0.14), length=(1.45, 1.7))
    _waistband(sk, g)
    if rng.random() < 0.5:
        _fly(sk, g)
    return sk


def trouser_leggings(rng):
    sk, g = _trousers(rng, waist=(0.26, 0.32), knee=(-0.07, -0.04), hem_out=(-0.05, -0.02),
                      hem_gap=(0.1, 0.15), length=(1.55, 1.9))
    if rng.random() < 0.6:
        _waistband(sk, g, 0.1)
    return sk


def trouser_cargo(rng):
    sk, g = _trousers(rng, knee=(0.0, 0.04))
    _waistband(sk, g)
    _fly(sk, g)
    for sign in (1, -1):
        x = g["ko"] - 0.03
        p = _rect(x - 0.15, g["ky"] - 0.25, x, g["ky"] - 0.05) * [sign, 1]
        sk.detail(p, np.array([(x - 0.15, g["ky"] - 0.2), (x, g["ky"] - 0.2)]) * [sign, 1])
    return sk


def trouser_joggers(rng):
    sk, g = _trousers(rng, knee=(-0.03, 0.0), hem_out=(-0.05, -0.02), hem_gap=(0.07, 0.11))
    _waistband(sk, g, 0.09)
    sk.detail([(-0.03, 0.09), (-0.06, 0.25)], [(0.03, 0.09), (0.06, 0.25)])  # the drawstring
    for sign in (1, -1):
        y = g["L"] - 0.08
        sk.detail([(sign * (g["gap"] + 0.01), y), (sign * (g["ho"] - 0.01), y)])
    return sk


def trouser_belted(rng):
    sk, g = _trousers(rng, rise=(0.36, 0.46))
    sk.detail([(-g["w"], 0.04), (g["w"], 0.04)], [(-g["w"], 0.1), (g["w"], 0.1)])
    sk.detail(_rect(-0.05, 0.02, 0.05, 0.12))
    if rng.random() < 0.6:
        _creases(sk, g)
    return sk


def trouser_chinos(rng):
    sk, g = _trousers(rng, knee=(-0.02, 0.01))
    _waistband(sk, g)
    _fly(sk, g)
    for sign in (1, -1):
        sk.detail([(sign * (g["w"] - 0.1), 0.07), (sign * g["hip"], 0.24)])
    return sk


def trouser_track(rng):
    sk, g = _trousers(rng)
    _waistband(sk, g, 0.08)
    for sign in (1, -1):  # the stripe down the side
        sk.detail([(sign * (g["hip"] - 0.05), 0.1), (sign * (g["ho"] - 0.05), g["L"] - 0.02)])
    return sk


def trouser_turnups(rng):
    sk, g = _trousers(rng, knee=(0.0, 0.03))
    _waistband(sk, g)
    _fly(sk, g)
    for sign in (1, -1):
        y = g["L"] - 0.1
        sk.detail([(sign * (g["gap"] + 0.01), y), (sign * g["ho"], y)])
    return sk


# ----------------------------------------------------------------------------- shoes (side view, toe left)

def _low_shoe(rng, sole=(0.08, 0.13), toe=(0.14, 0.2), top=(0.3, 0.38), throat=(0.42, 0.52),
              high=0.0):
    """A trainer's side: toe at x=0, heel at x=1, ground at y=0, up is negative."""
    st, th, ht, vx = _u(rng, *sole), _u(rng, *toe), _u(rng, *top), _u(rng, *throat)
    tf = ht - _u(rng, 0.0, 0.06)
    up = _path(_bez((0.0, -st * 0.5), (0.0, -th), (0.14, -th), 5), (vx, -tf))
    if high:
        up = _path(up, (vx + 0.04, -high), (0.9, -high - 0.02), (0.96, -0.35))
    else:
        up = _path(up, _bez((vx, -tf), (vx + 0.2, -tf + 0.08), (0.93, -ht), 5)[1:],
                   _bez((0.93, -ht), (1.02, -ht * 0.5), (1.0, -0.02), 4)[1:])
    out = _path(up, (0.97, 0.0), (0.05, 0.0))
    sk = Sketch(side=True)
    sk.line(out, closed=True)
    sk.fill(np.stack([out[:, 0], np.minimum(out[:, 1], -st)], 1))
    sk.fill(np.stack([out[:, 0], np.maximum(out[:, 1], -st)], 1), limb=True)
    sk.detail([(0.01, -st), (0.99, -st)])
    sk.redo.append(out[-6:-2] if high else _path((0.93, -ht), (1.0, -0.02)))
    return sk, dict(st=st, th=th, ht=ht, vx=vx, tf=tf, high=high)


def _laces(sk, g, rng, n=None, length=0.1):
    n = n or int(rng.integers(3, 6))
    _dashes(sk, (0.18, -g["th"] - 0.01), (g["vx"], -g["tf"]), n, length, _u(rng, 70, 110))


def sneaker_classic(rng):
    sk, g = _low_shoe(rng)
    _laces(sk, g, rng)
    sk.detail(_bez((0.22, -g["st"]), (0.22, -g["th"] * 0.9), (0.12, -g["th"]), 4))
    if rng.random() < 0.7:  # the swoosh
        sk.detail(_path(_bez((0.3, -g["st"] - 0.12), (0.45, -g["st"] - 0.02), (0.85, -0.3), 6)))
    return sk


def sneaker_runner(rng):
    sk, g = _low_shoe(rng, sole=(0.12, 0.18), top=(0.33, 0.4))
    _laces(sk, g, rng)
    xs = np.linspace(0.1, 0.95, 7)  # the sole's wavy line
    sk.detail(np.stack([xs, -g["st"] * 0.5 + 0.02 * np.sin(xs * 20)], 1))
    sk.detail([(0.9, -g["ht"] + 0.02), (0.98, -g["ht"] - 0.05)])
    return sk


def sneaker_hightop(rng):
    sk, g = _low_shoe(rng, high=_u(rng, 0.6, 0.75), throat=(0.45, 0.55))
    _dashes(sk, (0.2, -g["th"] - 0.01), (g["vx"] + 0.03, -g["high"] + 0.03), int(rng.integers(4, 7)),
            0.1, 90)
    if rng.random() < 0.6:
        sk.detail(_arc(0.78, -g["high"] * 0.65, 0.06, 0.06, 0, 340, 8))
    sk.detail(_bez((0.2, -g["st"]), (0.2, -g["th"] * 0.9), (0.1, -g["th"]), 4))
    return sk


def sneaker_slipon(rng):
    sk, g = _low_shoe(rng, top=(0.26, 0.32), throat=(0.5, 0.6))
    sk.detail(_path((g["vx"] - 0.05, -g["tf"] + 0.02), (g["vx"], -g["tf"] + 0.12), (g["vx"] + 0.05, -g["tf"] + 0.02)))
    if rng.random() < 0.6:  # checks along the sole
        for x in np.linspace(0.1, 0.9, 6):
            sk.detail([(x, -g["st"] * 0.5), (x + 0.05, -g["st"] * 0.5)])
    return sk


def sneaker_stripes(rng):
    sk, g = _low_shoe(rng)
    _laces(sk, g, rng, length=0.08)
    for x in (0.45, 0.53, 0.61):
        sk.detail([(x, -g["st"] - 0.02), (x + 0.08, -g["tf"] + 0.04)])
    return sk


def sneaker_chunky(rng):
    sk, g = _low_shoe(rng, sole=(0.16, 0.22), top=(0.38, 0.45), toe=(0.2, 0.26))
    _laces(sk, g, rng)
    sk.detail(_bez((0.3, -g["st"]), (0.5, -g["tf"] * 0.7), (0.8, -g["st"]), 5))
    sk.detail([(0.02, -g["st"] * 0.5), (0.98, -g["st"] * 0.5)])
    return sk


def sneaker_tennis(rng):
    sk, g = _low_shoe(rng, sole=(0.07, 0.1), top=(0.28, 0.34))
    _laces(sk, g, rng, n=3, length=0.07)
    sk.detail([(0.88, -g["ht"]), (0.88, -g["st"] - 0.02)])
    return sk


def sneaker_velcro(rng):
    sk, g = _low_shoe(rng)
    for t in (0.35, 0.65):
        p = _lerp((0.18, -g["th"]), (g["vx"], -g["tf"]), t)
        sk.detail([(p[0] - 0.03, p[1] + 0.02), (p[0] + 0.15, p[1] + 0.1)])
    return sk


def sneaker_plimsoll(rng):
    sk, g = _low_shoe(rng, sole=(0.08, 0.12), top=(0.26, 0.32), toe=(0.12, 0.16))
    sk.detail(_bez((0.2, -g["st"]), (0.2, -g["th"] * 1.0), (0.1, -g["th"] * 1.05), 4))
    for t in np.linspace(0.2, 0.9, 4):  # eyelets
        sk.dot(*_lerp((0.2, -g["th"] - 0.02), (g["vx"], -g["tf"]), t))
    return sk


def sneaker_basketball(rng):
    sk, g = _low_shoe(rng, high=_u(rng, 0.48, 0.58), sole=(0.1, 0.15))
    _dashes(sk, (0.2, -g["th"] - 0.01), (g["vx"] + 0.03, -g["high"] + 0.03), int(rng.integers(4, 6)), 0.1)
    sk.detail(_bez((0.35, -g["st"] - 0.1), (0.55, -g["st"] - 0.02), (0.9, -0.35), 6))
    return sk


def sneaker_sock(rng):
    sk, g = _low_shoe(rng, sole=(0.13, 0.18), high=_u(rng, 0.45, 0.55), throat=(0.5, 0.6))
    sk.detail([(0.92, -g["high"]), (0.99, -g["high"] - 0.08)])
    for x in np.linspace(0.3, 0.8, 3):
        sk.detail([(x, -g["st"] - 0.02), (x + 0.05, -g["st"] - 0.12)])
    return sk


# ----------------------------------------------------------------------------- ankle boots

def _boot(rng, heel="flat", shaft=(0.75, 0.95), sole=(0.07, 0.11), toe=(0.16, 0.22), pointed=False):
    """An ankle boot's side, toe left. Heels lift the heel seat and stand on a block or a spike."""
    h, st, th = _u(rng, *shaft), _u(rng, *sole), _u(rng, *toe)
    front_x, back_x = _u(rng, 0.45, 0.55), _u(rng, 0.9, 0.95)
    lift = {"flat": 0.0, "block": _u(rng, 0.12, 0.22), "spike": _u(rng, 0.2, 0.3), "wedge": _u(rng, 0.15, 0.25)}[heel]
    toe_pts = _bez((0.0, -st * 0.5), (0.0 if not pointed else 0.03, -th), (0.2, -th - 0.03), 5)
    up = _path(toe_pts, (front_x - 0.05, -0.38 - lift * 0.6), (front_x, -h), (back_x - 0.05, -h - 0.02),
               (back_x, -0.35 - lift), (1.0, -lift - st))
    sk = Sketch(side=True)
    if heel == "flat":
        out = _path(up, (1.0, 0.0), (0.05, 0.0))
        sk.line(out, closed=True)
        sk.fill(np.stack([out[:, 0], np.minimum(out[:, 1], -st)], 1))
        sk.fill(np.stack([out[:, 0], np.maximum(out[:, 1], -st)], 1), limb=True)
        sk.detail([(0.02, -st), (1.0, -st)])
        sk.redo.append(_path((back_x, -0.35), (1.0, 0.0)))
    else:
        ball = 0.35
        under = _path((1.0, -lift), _bez((0.75, -lift), (0.5, -lift * 0.3), (ball, 0.0), 4), (0.05, 0.0))
        if heel == "wedge":
            under = _path((1.0, 0.0), (0.05, 0.0))
        out = _path(up, under)
        sk.shape(out)
        if heel == "block":
            block = _path((0.8, -lift), (0.82, 0.0), (0.98, 0.0), (1.0, -lift))
        elif heel == "spike":
            block = _path((0.86, -lift), (0.92, 0.0), (0.95, 0.0), (1.0, -lift))
        else:
            block = None
        if block is not None:
            sk.line(block)
            sk.fill(_path(block, block[:1]), limb=True)
            sk.redo.append(block)
        sk.detail([(0.03, -st), (0.45, -st)])
    return sk, dict(h=h, st=st, th=th, fx=front_x, bx=back_x, lift=lift)


def boot_chelsea(rng):
    sk, g = _boot(rng)
    x = (g["fx"] + g["bx"]) / 2 - 0.05
    sk.detail(_bez((x - 0.1, -g["h"]), (x, -0.3), (x + 0.1, -g["h"]), 6))
    sk.detail([(g["bx"] - 0.05, -g["h"]), (g["bx"] - 0.02, -g["h"] - 0.1)])
    return sk


def boot_heeled(rng):
    sk, g = _boot(rng, heel="spike", pointed=True)
    if rng.random() < 0.7:  # the zip on the side
        sk.detail([(g["bx"] - 0.15, -g["h"] + 0.02), (g["bx"] - 0.15, -0.3 - g["lift"])])
    return sk


def boot_combat(rng):
    sk, g = _boot(rng, sole=(0.12, 0.17), shaft=(0.8, 1.0))
    _dashes(sk, (0.25, -g["th"] - 0.05), (g["fx"] + 0.02, -g["h"] + 0.04), int(rng.integers(4, 7)), 0.12)
    for x in np.linspace(0.1, 0.9, 5):  # tread
        sk.detail([(x, -0.01), (x + 0.04, -g["st"] * 0.6)])
    return sk


def boot_work(rng):
    sk, g = _boot(rng, sole=(0.11, 0.16), toe=(0.2, 0.26))
    sk.detail(_bez((0.24, -g["st"]), (0.24, -g["th"]), (0.12, -g["th"] - 0.02), 4))
    _dashes(sk, (0.3, -g["th"] - 0.06), (g["fx"] + 0.01, -g["h"] + 0.05), int(rng.integers(3, 5)), 0.1)
    sk.detail([(g["fx"], -g["h"] + 0.07), (g["bx"] - 0.02, -g["h"] + 0.05)])
    return sk


def boot_block(rng):
    sk, g = _boot(rng, heel="block")
    if rng.random() < 0.5:
        sk.detail([(g["fx"] + 0.05, -g["h"] + 0.05), (g["bx"] - 0.05, -g["h"] + 0.05)])
    return sk


def boot_wedge(rng):
    sk, g = _boot(rng, heel="wedge")
    sk.detail([(0.4, -0.02), (1.0, -g["lift"] - 0.02)])
    return sk


def boot_chukka(rng):
    sk, g = _boot(rng, shaft=(0.65, 0.8), sole=(0.09, 0.13))
    for t in (0.5, 0.8):
        sk.dot(*_lerp((0.3, -g["th"]), (g["fx"], -g["h"]), t))
    sk.detail(_bez((0.3, -g["th"] - 0.05), (0.35, -0.5), (g["fx"] - 0.02, -g["h"] + 0.1), 4))
    return sk


def boot_western(rng):
    sk, g = _boot(rng, heel="block", pointed=True, shaft=(0.85, 1.0))
    sk.detail(_bez((g["fx"] + 0.03, -g["h"] + 0.1), (0.7, -0.5), (g["bx"] - 0.03, -g["h"] + 0.1), 5))
    sk.detail(_bez((0.15, -g["th"]), (0.3, -g["th"] - 0.12), (0.45, -g["th"] - 0.05), 4))
    return sk


def boot_hiking(rng):
    sk, g = _boot(rng, sole=(0.14, 0.19), toe=(0.2, 0.25))
    for t in np.linspace(0.15, 0.95, int(rng.integers(3, 6))):
        p = _lerp((0.28, -g["th"] - 0.06), (g["fx"], -g["h"] + 0.03), t)
        sk.dot(*p)
        sk.detail([p, p + (0.08, 0.02)])
    for x in np.linspace(0.05, 0.9, 6):
        sk.detail([(x, 0.0), (x, -g["st"] * 0.6)])
    return sk


def boot_sock(rng):
    sk, g = _boot(rng, heel=_pick(rng, ["spike", "block"]), pointed=True, shaft=(0.85, 1.05))
    return sk


def boot_buckle(rng):
    sk, g = _boot(rng, heel=_pick(rng, ["flat", "block"]))
    y = -g["h"] * _u(rng, 0.55, 0.75)
    sk.detail([(g["fx"] - 0.02, y), (g["bx"] - 0.01, y + 0.02)],
              _rect(g["fx"] + 0.12, y - 0.04, g["fx"] + 0.2, y + 0.05))
    return sk


# ----------------------------------------------------------------------------- sandals

def _sole(rng, lift=0.0, thick=(0.05, 0.09), x1=1.0):
    """A sandal's sole from the side; a raised heel makes it bend up behind the ball of the foot."""
    st = _u(rng, *thick)
    if lift == 0:
        return _rrect(0.0, -st, x1, 0.0, st * 0.5, 3), st
    top = _path(_bez((0.0, -st), (0.35, -st), (0.5, -st - lift * 0.3), 4), (x1, -st - lift))
    bottom = _path((x1, -lift), _bez((0.5, -lift * 0.3), (0.35, 0.0), (0.0, 0.0), 4))
    return _path(top, bottom), st


def _strap(sk, x0, x1, h, base=0.0):
    sk.band(_bez((x0, base), ((x0 + x1) / 2, base - h * 2), (x1, base), 7))


def sandal_flipflop(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.04, 0.08))
    sk.shape(sole)
    post = _u(rng, 0.15, 0.25)
    top = _u(rng, 0.35, 0.5)  # the strap rises from the toe post and comes down behind the ball
    sk.band(_path((post, -st), _bez((post, -st), (post + 0.1, -st - top), (0.6, -st), 6)[1:]))
    sk.redo.append(sole[: len(sole) // 2])
    return sk


def sandal_flipflop_top(rng):
    """A flip-flop from above: the footprint and its Y strap."""
    sk = Sketch()
    w, L = _u(rng, 0.3, 0.38), _u(rng, 0.95, 1.1)
    sole = _path(_arc(0, w, w, w, 180, 360, 9), _arc(0, L - w * 0.75, w * 0.8, w * 0.75, 0, 180, 9))
    sk.shape(sole)
    post = (_u(rng, -0.05, 0.05), _u(rng, 0.15, 0.22))
    y = _u(rng, 0.45, 0.55)
    sk.detail([(-w + 0.02, y), post, (w - 0.02, y)])  # on the sole: a line through the paint
    return sk


def sandal_stiletto(rng):
    sk = Sketch(side=True)
    lift = _u(rng, 0.3, 0.42)
    sole, st = _sole(rng, lift=lift, thick=(0.03, 0.05))
    sk.shape(sole)
    heel = _path((0.88, -lift), (0.9, 0.0), (0.93, 0.0), (0.97, -lift))
    sk.shape(heel, limb=True)
    sk.redo.append(heel)
    _strap(sk, 0.05, 0.3, 0.12, -st)
    _ankle_strap(sk, rng, 0.95, -st - lift)
    return sk


def _ankle_strap(sk, rng, x, y):
    """The heel's back strap and the ring round the ankle, seen from the side: a tilted loop."""
    h = _u(rng, 0.14, 0.22)
    sk.band(_path((x, y), (x - 0.02, y - h)))
    sk.band(_arc(x - 0.1, y - h, 0.11, 0.035, 0, 360, 10))


def sandal_slide(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.07, 0.12))
    sk.shape(sole)
    x0, x1 = _u(rng, 0.08, 0.15), _u(rng, 0.45, 0.55)
    h = _u(rng, 0.22, 0.32)
    band = _path(_bez((x0, -st), (x0 + 0.05, -st - h), ((x0 + x1) / 2, -st - h), 4),
                 _bez(((x0 + x1) / 2, -st - h), (x1 - 0.03, -st - h), (x1, -st), 4)[1:], (x0, -st))
    sk.shape(band)
    if rng.random() < 0.5:  # a logo on the band
        sk.detail([((x0 + x1) / 2 - 0.06, -st - h * 0.5), ((x0 + x1) / 2 + 0.06, -st - h * 0.5)])
    return sk


def sandal_sport(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.1, 0.15))
    sk.shape(sole)
    for x in np.linspace(0.08, 0.92, 6):
        sk.detail([(x, -0.01), (x + 0.04, -st * 0.6)])
    _strap(sk, 0.08, 0.35, 0.13, -st)
    _strap(sk, 0.45, 0.7, 0.18, -st)
    _ankle_strap(sk, rng, 0.93, -st)
    sk.detail(_rect(0.52, -st - 0.2, 0.6, -st - 0.12))
    return sk


def sandal_gladiator(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.05, 0.08))
    sk.shape(sole)
    top = _u(rng, 0.55, 0.8)
    sk.band(_path((0.55, -st), (0.62, -st - top)))
    sk.band(_path((0.97, -st), (0.95, -st - top)))
    for y in np.linspace(st + 0.12, st + top, int(rng.integers(3, 6))):
        sk.band([(0.6 - 0.05 * (y / top), -y), (0.96, -y)])
    _strap(sk, 0.1, 0.4, 0.12, -st)
    return sk


def sandal_wedge(rng):
    sk = Sketch(side=True)
    lift = _u(rng, 0.25, 0.38)
    sole = _path((0.0, -0.05), _bez((0.3, -0.05), (0.45, -0.06), (0.6, -lift * 0.5), 3), (1.0, -lift), (1.0, 0.0),
                 (0.05, 0.0))
    sk.shape(sole)
    _strap(sk, 0.05, 0.35, 0.12, -0.06)
    sk.band(_bez((0.65, -lift * 0.6), (0.8, -lift - 0.35), (0.97, -lift), 6))
    return sk


def sandal_block(rng):
    sk = Sketch(side=True)
    lift = _u(rng, 0.22, 0.32)
    sole, st = _sole(rng, lift=lift, thick=(0.04, 0.06))
    sk.shape(sole)
    block = _path((0.78, -lift), (0.8, 0.0), (0.97, 0.0), (1.0, -lift))
    sk.shape(block, limb=True)
    sk.redo.append(block)
    _strap(sk, 0.08, 0.38, 0.13, -st)
    _ankle_strap(sk, rng, 0.95, -st - lift)
    return sk


def sandal_platform(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.16, 0.24))
    sk.shape(sole)
    sk.detail([(0.02, -st * 0.5), (0.98, -st * 0.5)])
    for x0, x1, h in ((0.06, 0.32, 0.13), (0.4, 0.62, 0.17)):
        band = _path(_bez((x0, -st), ((x0 + x1) / 2, -st - h * 2), (x1, -st), 6), (x1 - 0.06, -st),
                     _bez((x1 - 0.06, -st), ((x0 + x1) / 2, -st - h * 1.4), (x0 + 0.06, -st), 6))
        sk.shape(band, limb=True)
    return sk


def sandal_tstrap(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.04, 0.07))
    sk.shape(sole)
    top = _u(rng, 0.3, 0.4)
    sk.band(_path((0.2, -st), (0.45, -st - top * 0.8), (0.7, -st - top)))
    sk.band(_arc(0.82, -st - top, 0.15, 0.05, 0, 360, 10))
    sk.band(_path((0.96, -st), (0.95, -st - top)))
    return sk


def sandal_cork(rng):
    sk = Sketch(side=True)
    sole, st = _sole(rng, thick=(0.12, 0.17))
    sk.shape(sole)
    sk.detail([(0.02, -st * 0.7), (0.98, -st * 0.7)])
    for x0 in (_u(rng, 0.08, 0.14), _u(rng, 0.36, 0.42)):
        x1 = x0 + 0.2
        band = _path((x0, -st), (x0 + 0.04, -st - 0.26), (x1 + 0.04, -st - 0.26), (x1, -st))
        sk.shape(band, limb=True)
        sk.detail(_rect(x0 + 0.1, -st - 0.17, x0 + 0.16, -st - 0.08))
    return sk


# ----------------------------------------------------------------------------- bags (front view)

def _handle(sk, x0, x1, top, h, rng, thick=False):
    mid = (x0 + x1) / 2
    sk.band(_bez((x0, top), (mid, top - h * 2), (x1, top), 8))
    if thick:
        sk.line(_bez((x0 + 0.05, top), (mid, top - h * 1.6), (x1 - 0.05, top), 8))


def bag_tote(rng):
    sk = Sketch()
    w, h, b = _u(rng, 0.4, 0.5), _u(rng, 0.6, 0.8), _u(rng, 0.3, 0.42)
    sk.shape(_path((-w, 0), (w, 0), (b, h), (-b, h), (-w, 0)))
    for sign in (1, -1):
        _handle(sk, sign * 0.12, sign * 0.3, 0.0, _u(rng, 0.2, 0.32), rng)
    return sk


def bag_handbag(rng):
    sk = Sketch()
    w, h = _u(rng, 0.4, 0.55), _u(rng, 0.45, 0.6)
    sk.shape(_rrect(-w, 0, w, h, 0.08))
    fy = _u(rng, 0.2, 0.3)
    sk.detail(_path((-w, 0.02), (0, fy), (w, 0.02)))  # the flap
    sk.dot(0, fy + 0.05)
    _handle(sk, -w * 0.6, w * 0.6, 0.0, _u(rng, 0.25, 0.4), rng, thick=rng.random() < 0.4)
    return sk


def bag_backpack(rng):
    sk = Sketch()
    w, h = _u(rng, 0.32, 0.4), _u(rng, 0.85, 1.05)
    body = _path(_arc(0, w, w, w, 180, 360, 9), (w, h), (-w, h))
    sk.shape(_path(body, body[:1]))
    py = h - _u(rng, 0.35, 0.45)
    sk.detail(_rrect(-w * 0.65, py, w * 0.65, h - 0.05, 0.06))
    sk.detail([(-w * 0.65, py + 0.08), (w * 0.65, py + 0.08)])
    sk.band(_arc(0, 0.0, 0.08, 0.08, 180, 360, 6))
    for sign in (1, -1):  # shoulder straps peeking out at the sides
        sk.band([(sign * w, 0.3), (sign * (w + 0.07), h * 0.6), (sign * w, h - 0.1)])
    return sk


def bag_shoulder(rng):
    sk = Sketch()
    w, h = _u(rng, 0.4, 0.5), _u(rng, 0.35, 0.5)
    sk.shape(_rrect(-w, 0, w, h, 0.05))
    sk.band(_bez((-w + 0.03, 0.0), (0, -_u(rng, 0.9, 1.3)), (w - 0.03, 0.0), 10))
    if rng.random() < 0.6:
        sk.detail([(-w, 0.12), (w, 0.12)])
    return sk


def bag_clutch(rng):
    sk = Sketch()
    w, h = _u(rng, 0.5, 0.6), _u(rng, 0.3, 0.4)
    sk.shape(_rrect(-w, 0, w, h, 0.04))
    fy = _u(rng, 0.15, 0.25)
    sk.detail([(-w, 0.0), (0, fy), (w, 0.0)])
    sk.dot(0, fy)
    return sk


def bag_satchel(rng):
    sk = Sketch()
    w, h = _u(rng, 0.42, 0.52), _u(rng, 0.5, 0.65)
    sk.shape(_rrect(-w, 0, w, h, 0.06))
    fy = h * _u(rng, 0.5, 0.65)
    sk.detail(_path((-w, 0.02), (-w, fy - 0.06), _bez((-w, fy), (0, fy + 0.03), (w, fy), 5), (w, 0.02)))
    for x in (-w * 0.5, w * 0.5):
        sk.detail([(x, 0.0), (x, fy + 0.1)], _rect(x - 0.04, fy - 0.02, x + 0.04, fy + 0.05))
    _handle(sk, -0.14, 0.14, 0.0, 0.14, rng)
    return sk


def bag_bucket(rng):
    sk = Sketch()
    w, h = _u(rng, 0.32, 0.4), _u(rng, 0.65, 0.85)
    sk.shape(_path((-w, 0), (w, 0), _bez((w + 0.04, h * 0.7), (w, h), (0, h), 5), _bez((0, h), (-w, h), (-w - 0.04, h * 0.7), 5)))
    sk.detail(_arc(0, 0.0, w, 0.06, 0, 180, 8), [(-0.05, 0.06), (-0.1, 0.25)], [(0.05, 0.06), (0.1, 0.25)])
    sk.band(_bez((-w + 0.05, 0.0), (0, -0.9), (w - 0.05, 0.0), 8))
    return sk


def bag_purse(rng):
    sk = Sketch()
    w, h = _u(rng, 0.3, 0.4), _u(rng, 0.3, 0.4)
    sk.shape(_path(_bez((-w, 0.05), (0, -0.05), (w, 0.05), 5), (w + 0.04, h), (-w - 0.04, h), (-w, 0.05)))
    sk.dot(-0.04, 0.0)
    sk.dot(0.04, 0.0)
    chain = _bez((-w + 0.02, 0.03), (0, -0.9), (w - 0.02, 0.03), 11)
    if rng.random() < 0.5:
        for p, q in zip(chain[::2], chain[1::2]):
            sk.detail([p, q])
        sk.bands.append(chain)
    else:
        sk.band(chain)
    return sk


def bag_doctor(rng):
    sk = Sketch()
    w, h = _u(rng, 0.45, 0.55), _u(rng, 0.5, 0.62)
    sk.shape(_path(_bez((-w, 0.15), (0, -0.12), (w, 0.15), 7), (w + 0.03, h), (-w - 0.03, h), (-w, 0.15)))
    sk.detail(_bez((-w + 0.1, 0.1), (0, -0.05), (w - 0.1, 0.1), 6))
    for dx in (-0.08, 0.08):
        _handle(sk, -0.2 + dx, 0.2 + dx, 0.02, 0.22, rng)
    return sk


def bag_round(rng):
    sk = Sketch()
    r = _u(rng, 0.3, 0.4)
    sk.shape(_arc(0, 0.0, r, r, 0, 360, 20))
    sk.detail(_arc(0, 0.0, r * 0.7, r * 0.7, 200, 340, 7))
    sk.band(_bez((-r * 0.9, -r * 0.35), (0, -r - 1.0), (r * 0.9, -r * 0.35), 10))
    return sk


def bag_duffle(rng):
    sk = Sketch()
    w, h = _u(rng, 0.6, 0.75), _u(rng, 0.4, 0.5)
    sk.shape(_rrect(-w, 0, w, h, h * 0.45, 6))
    sk.detail([(-w + 0.1, 0.06), (w - 0.1, 0.06)])
    _handle(sk, -0.25, 0.25, 0.02, 0.28, rng, thick=True)
    sk.detail(_rect(-w + 0.05, 0.15, -w + 0.2, 0.3), _rect(w - 0.2, 0.15, w - 0.05, 0.3))
    return sk


def bag_shopper(rng):
    sk = Sketch()
    w, h = _u(rng, 0.38, 0.46), _u(rng, 0.75, 0.95)
    sk.shape(_rect(-w, 0, w, h))
    sk.detail(_rect(-0.18, h * 0.45, 0.18, h * 0.75))
    for sign in (1, -1):
        _handle(sk, sign * 0.08, sign * 0.28, 0.0, _u(rng, 0.2, 0.3), rng)
    return sk


DESIGNS = (
    (tshirt_crew, tshirt_vneck, tshirt_pocket, tshirt_print, tshirt_tank, tshirt_crop, tshirt_ringer,
     tshirt_oversized, tshirt_fitted, tshirt_striped, tshirt_cami, tshirt_raglan),
    (trouser_straight, trouser_jeans, trouser_wide, trouser_flares, trouser_leggings, trouser_cargo,
     trouser_joggers, trouser_belted, trouser_chinos, trouser_track, trouser_turnups),
    (pullover_crew, pullover_hoodie, pullover_turtleneck, pullover_vneck, pullover_knit, pullover_striped,
     pullover_sweatshirt, pullover_cable, pullover_chunky, pullover_crop_hoodie, pullover_raglan,
     pullover_festive),
    (dress_aline, dress_fit_flare, dress_maxi, dress_shift, dress_ballgown, dress_wrap, dress_slip,
     dress_tiered, dress_long_sleeve, dress_pleated, dress_dots, dress_halter),
    (coat_single, coat_double, coat_zip_hoodie, coat_parka, coat_blazer, coat_trench, coat_puffer,
     coat_denim, coat_cardigan, coat_duffle, coat_bomber, coat_arms_out, coat_biker),
    (sandal_flipflop, sandal_flipflop_top, sandal_stiletto, sandal_slide, sandal_sport, sandal_gladiator,
     sandal_wedge, sandal_block, sandal_platform, sandal_tstrap, sandal_cork),
    (shirt_classic, shirt_short, shirt_flannel, shirt_blouse, shirt_denim, shirt_hawaiian, shirt_striped,
     shirt_rolled, shirt_mandarin, shirt_tie, shirt_arms_out, shirt_oversized),
    (sneaker_classic, sneaker_runner, sneaker_hightop, sneaker_slipon, sneaker_stripes, sneaker_chunky,
     sneaker_tennis, sneaker_velcro, sneaker_plimsoll, sneaker_basketball, sneaker_sock),
    (bag_tote, bag_handbag, bag_backpack, bag_shoulder, bag_clutch, bag_satchel, bag_bucket, bag_purse,
     bag_doctor, bag_round, bag_duffle, bag_shopper),
    (boot_chelsea, boot_heeled, boot_combat, boot_work, boot_block, boot_wedge, boot_chukka, boot_western,
     boot_hiking, boot_sock, boot_buckle),
)
assert len(DESIGNS) == len(CLASS_NAMES)


def designs_per_class() -> list[int]:
    return [len(designs) for designs in DESIGNS]


# ----------------------------------------------------------------------------- the hand

@dataclass
class Hand:
    size: float        # longest side of the drawing, in canvas pixels (2x)
    tilt: float        # radians
    brush: float       # outline brush width (2x pixels)
    wobble: float      # how far a line drifts off its course (2x pixels)
    strokes: int       # how many strokes a closed outline is drawn in
    gap: float         # how far a stroke stops short of (<0) or runs past (>0) its start
    correction: bool   # one stretch of outline drawn again beside the first try
    redo: bool         # a sleeve, a leg or a heel gone over twice
    stray: bool        # a small mark where the brush touched the canvas
    dot_dash: bool     # buttons and eyelets as short dashes rather than dots
    flip: bool         # a shoe pointing right


def _hand(rng):
    brush = float(np.clip(18 * math.exp(rng.normal(0, 0.33)), 6, 36)) * SCALE
    # Big brushes go with big drawings: nobody draws a small coat with a fat brush.
    size = _u(rng, 0.55, 0.88) * BIG
    size = max(size, min(brush * 8.5, 0.88 * BIG))
    return Hand(size=size, tilt=math.radians(float(np.clip(rng.normal(0, 5), -14, 14))), brush=brush,
                wobble=_u(rng, 0.0, 0.012) * size, strokes=int(rng.choice([1, 1, 2, 2, 3, 4])),
                gap=_u(rng, -0.04, 0.05) * size, correction=rng.random() < 0.45,
                redo=rng.random() < 0.3, stray=rng.random() < 0.3, dot_dash=rng.random() < 0.4,
                flip=rng.random() < 0.2)


def _placer(sk, hand, rng):
    """The map from design units to canvas pixels: scaled, tilted, flipped, kept on the canvas."""
    pts = np.concatenate([p for p, _ in sk.lines] + sk.bands)
    lo, hi = pts.min(0), pts.max(0)
    scale = hand.size / max(hi - lo)
    mid = (lo + hi) / 2
    c, s = math.cos(hand.tilt), math.sin(hand.tilt)
    rot = np.array([[c, -s], [s, c]]) * scale
    if sk.side and hand.flip:
        rot = rot @ np.diag([-1.0, 1.0])
    placed = (pts - mid) @ rot.T
    margin = hand.brush + 0.03 * BIG
    span = placed.max(0) - placed.min(0)
    shrink = min(1.0, float(np.min((BIG - 2 * margin) / span)))
    rot *= shrink
    placed = (pts - mid) @ rot.T
    lo_p, hi_p = placed.min(0), placed.max(0)
    # Anywhere on the canvas that the drawing fits; people rarely centre it.
    room_lo, room_hi = margin - lo_p, BIG - margin - hi_p
    centre = np.array([rng.uniform(min(a, b), max(a, b)) * 0.5 + BIG / 4 for a, b in zip(room_lo, room_hi)])
    centre = np.clip(centre, room_lo, room_hi)
    return lambda p: (np.asarray(p, float) - mid) @ rot.T + centre


def _resample(pts, step):
    seg = np.hypot(*np.diff(pts, axis=0).T)
    dist = np.concatenate([[0], np.cumsum(seg)])
    if dist[-1] < 1e-6:
        return pts
    t = np.linspace(0, dist[-1], max(2, int(dist[-1] / step) + 1))
    return np.stack([np.interp(t, dist, pts[:, 0]), np.interp(t, dist, pts[:, 1])], 1)


def _wobbly(pts, amp, rng, step=10.0):
    """A hand-drawn version of a polyline: it drifts slowly to either side of its course."""
    pts = _resample(pts, step)
    if amp <= 0 or len(pts) < 3:
        return pts
    n = np.gradient(pts, axis=0)[:, ::-1] * [1, -1]
    n /= np.maximum(np.hypot(*n.T), 1e-6)[:, None]
    s = np.arange(len(pts)) * step
    drift = np.sin(s / rng.uniform(80, 250) + rng.uniform(0, 6.3)) + 0.5 * np.sin(s / rng.uniform(25, 60) + rng.uniform(0, 6.3))
    return pts + n * (amp * drift)[:, None]


def _stroke(draw, pts, width, fill=255):
    pts = np.asarray(pts, float)
    w = max(1, int(round(width)))
    if len(pts) > 1:
        draw.line([tuple(p) for p in pts], fill=fill, width=w)
    r = width / 2
    # A round brush: a disc at every joint (PIL's own joints leave hairline gaps in wide lines).
    for x, y in pts:
        draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)


def _outline_strokes(pts, closed, hand, rng):
    """A closed outline in a few strokes that overlap a little and do not quite meet."""
    if not closed:
        return [pts]
    pts = _resample(_path(pts, pts[:1]), 8.0)
    n = len(pts)
    k = hand.strokes if n > 20 else 1
    cuts = np.sort(rng.choice(np.arange(4, n - 4), size=k - 1, replace=False)) if k > 1 else np.array([], int)
    start = int(rng.integers(n))
    pts = np.roll(pts[:-1], -start, axis=0)
    pts = _path(pts, pts[:1])
    extra = int(hand.gap / 8.0)
    if extra > 0:     # runs past where it started
        pts = _path(pts, pts[1:1 + extra])
    elif extra < 0:   # stops short
        pts = pts[:extra]
    bounds = [0, *cuts.tolist(), len(pts)]
    out = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        piece = pts[max(0, a - int(rng.integers(0, 3))):b + 1]
        if len(piece) >= 2:
            out.append(piece + rng.normal(0, hand.brush * 0.12, 2))  # each stroke lands a bit off
    return out


def _beside(pts, rng, hand, frac=(0.15, 0.4)):
    """A stretch of a line drawn again next to itself: the correction of a hurried hand."""
    pts = _resample(pts, 8.0)
    if len(pts) < 6:
        return pts
    n = max(3, int(len(pts) * _u(rng, *frac)))
    a = int(rng.integers(0, len(pts) - n + 1))
    piece = pts[a:a + n]
    d = piece[-1] - piece[0]
    normal = np.array([-d[1], d[0]]) / max(np.hypot(*d), 1e-6)
    return piece + normal * hand.brush * _u(rng, 0.8, 1.6) * rng.choice([-1, 1])


# ----------------------------------------------------------------------------- colouring in

def _scanlines(poly, angle, spacing, y_cut=None):
    """Where lines across the polygon at `angle` go in and out: a list (y, [(x_in, x_out), ...])
    in the frame turned by `angle`."""
    c, s = math.cos(angle), math.sin(angle)
    q = poly @ np.array([[c, -s], [s, c]])
    ys = np.arange(q[:, 1].min() + spacing * 0.4, q[:, 1].max() - spacing * 0.2, spacing)
    if y_cut is not None:
        ys = ys[ys < y_cut]
    if len(ys) == 0:
        return [], q
    p0, p1 = q, np.roll(q, -1, axis=0)
    y = ys[:, None]
    cross = (p0[:, 1] <= y) != (p1[:, 1] <= y)
    dy = np.where(np.abs(p1[:, 1] - p0[:, 1]) < 1e-9, 1e-9, p1[:, 1] - p0[:, 1])
    x = p0[:, 0] + (y - p0[:, 1]) / dy * (p1[:, 0] - p0[:, 0])
    rows = []
    for yi, xs_row, cr in zip(ys, x, cross):
        xs = np.sort(xs_row[cr])
        rows.append((yi, list(zip(xs[0::2], xs[1::2]))))
    return rows, q


def _zigzags(poly, angle, spacing, rng, over, skip, y_cut=None):
    """The brush going back and forth across a region, running past its edge or stopping short of it."""
    rows, _ = _scanlines(poly, angle, spacing, y_cut)
    c, s = math.cos(angle), math.sin(angle)
    back = np.array([[c, s], [-s, c]])
    chains, current, flip = [], None, False
    for yi, spans in rows:
        if rng.random() < skip:  # a streak left bare
            continue
        if current is None or len(spans) != len(current):
            chains.extend(current or [])
            current = [[] for _ in spans]
        for chain, (x0, x1) in zip(current, spans):
            a = x0 - rng.normal(over, spacing * 0.3)
            b = x1 + rng.normal(over, spacing * 0.3)
            if a > b:
                a = b = (x0 + x1) / 2
            yj = yi + rng.normal(0, spacing * 0.1)
            chain.extend([(b, yj), (a, yj)] if flip else [(a, yj), (b, yj)])
        flip = not flip
    chains.extend(current or [])
    return [np.array(ch) @ back for ch in chains if len(ch) >= 2]


def _circles(chain, radius, rng):
    """Scribbling in circles: the brush loops round as it travels along the zigzag."""
    path = _resample(chain, radius * 0.45)
    t = np.arange(len(path)) * rng.uniform(0.9, 1.4) + rng.uniform(0, 6.3)
    return path + radius * np.stack([np.cos(t), np.sin(t)], 1)


def _paint(draw, regions, hand, rng):
    """Colour in the regions the way this student does; True if they coloured all of it."""
    method = _pick(rng, ["zigzag", "zigzag", "zigzag", "hatch", "circles", "solid"])
    width = hand.brush * (_u(rng, 1.0, 1.8) if rng.random() < 0.5 else 1.0)
    width = min(width, 0.1 * hand.size)  # a roller on a trouser leg would paint the legs together
    angle = _pick(rng, [0.0, 0.0, math.pi / 2, math.pi / 4, -math.pi / 4]) + rng.normal(0, 0.15)
    spacing = width * _u(rng, 0.55, 1.25)
    over = width * _u(rng, -0.3, 0.3)
    skip = _u(rng, 0.0, 0.12)
    y_cut = None
    if rng.random() < 0.2:  # gave up halfway
        c, s = math.cos(angle), math.sin(angle)
        ys = np.concatenate([p @ np.array([[c, -s], [s, c]]) for p in regions])[:, 1]
        y_cut = ys.min() + (ys.max() - ys.min()) * _u(rng, 0.35, 0.7)
    for poly in regions:
        if method == "solid" and y_cut is None:
            draw.polygon([tuple(p) for p in poly], fill=255)
            continue
        loops = method == "circles"
        # Circles keep their centres inside, or every loop would cross the outline.
        for chain in _zigzags(poly, angle, spacing * (1.8 if loops else 1.0), rng,
                              over - (spacing * 0.6 if loops else 0.0), skip, y_cut):
            if method == "hatch":  # separate sweeps, each lifted off at the end
                for a, b in zip(chain[0::2], chain[1::2]):
                    _stroke(draw, _wobbly(np.array([a, b]), hand.wobble * 0.5, rng, 25.0), width)
            elif method == "circles":
                _stroke(draw, _circles(chain, spacing * 0.6, rng), width)
            else:
                _stroke(draw, _wobbly(chain, hand.wobble * 0.5, rng, 25.0), width)
    return y_cut is None


# ----------------------------------------------------------------------------- one drawing

def _draw(label, rng, style):
    designs = DESIGNS[label]
    sk = designs[int(rng.integers(len(designs)))](rng)
    filled = style == "filled"
    hand = _hand(rng)
    place = _placer(sk, hand, rng)
    ink = Image.new("L", (BIG, BIG), 0)
    draw = ImageDraw.Draw(ink)
    paint = None
    if filled:
        paint = Image.new("L", (BIG, BIG), 0)
        pd = ImageDraw.Draw(paint)
        regions = [place(p) for p, limb in sk.fills if not (limb and rng.random() < 0.3)]
        if rng.random() < 0.25:  # only the main body: sleeves, sole, heel left as outlines
            regions = [place(p) for p, limb in sk.fills if not limb] or regions
        whole = _paint(pd, regions, hand, rng) and len(regions) == len(sk.fills)
        for band in sk.bands:  # straps and handles: painted as thick strokes
            _stroke(pd, _wobbly(place(band), hand.wobble, rng), hand.brush * _u(rng, 1.0, 1.5))
    # Outline: most people draw it even when they colour in; some colour in all of it without one.
    if not filled or not whole or rng.random() < 0.85:
        for pts, closed in sk.lines:
            for piece in _outline_strokes(place(pts), closed, hand, rng):
                _stroke(draw, _wobbly(piece, hand.wobble, rng), hand.brush)
        longest = max((place(p) for p, _ in sk.lines), key=len)
        if hand.correction:
            _stroke(draw, _wobbly(_beside(longest, rng, hand), hand.wobble, rng), hand.brush)
        if hand.redo and sk.redo:
            again = place(sk.redo[int(rng.integers(len(sk.redo)))]) + rng.normal(0, hand.brush * 0.7, 2)
            _stroke(draw, _wobbly(again, hand.wobble * 1.5, rng), hand.brush)
    # Details: quick dashes and dots; on paint they are drawn in black, unless painted over.
    detail_w = max(5.0 * SCALE, hand.brush * _u(rng, 0.45, 0.8))
    marks = Image.new("L", (BIG, BIG), 0)
    md = ImageDraw.Draw(marks)
    painted_over = filled and rng.random() < 0.12
    if not painted_over:
        for pts in sk.details:
            _stroke(md, _wobbly(place(pts), hand.wobble * 0.5, rng, 6.0), detail_w)
        for x, y in sk.dots:
            p = place([(x, y)])[0]
            if hand.dot_dash:
                d = rng.normal(0, 1, 2)
                d = d / max(np.hypot(*d), 1e-6) * hand.brush * 0.6
                _stroke(md, np.array([p - d, p + d]), detail_w)
            else:
                _stroke(md, p[None], detail_w * _u(rng, 1.0, 1.4))
    if hand.stray:
        lo = place(np.concatenate([p for p, _ in sk.lines])).min(0)
        hi = place(np.concatenate([p for p, _ in sk.lines])).max(0)
        p = rng.uniform(lo, hi)
        p[1] = max(p[1], BIG * 0.1)
        _stroke(draw, p + np.array([[0, 0], rng.normal(0, hand.brush * 1.2, 2)]), hand.brush * _u(rng, 0.5, 1.0))
    out = np.asarray(ink, np.uint8)
    m = np.asarray(marks, np.uint8)
    if paint is not None:
        p = np.asarray(paint, np.uint8)
        out = np.maximum(out, p)
        # On paint a detail is a dark line through it; off the paint, a white line like the outline.
        out = np.where(p > 127, np.minimum(out, 255 - m), np.maximum(out, m))
    else:
        out = np.maximum(out, m)
    return np.asarray(Image.fromarray(out.astype(np.uint8)).reduce(SCALE))


def make(count_per_class: int, seed: int = 0, styles=STYLES):
    """`count_per_class` drawings of each class, grouped by label, styles taking turns."""
    styles = tuple(styles)
    if not styles or any(s not in STYLES for s in styles):
        raise ValueError(f"styles must be some of {STYLES}, got {styles!r}")
    n = count_per_class * len(CLASS_NAMES)
    images = np.zeros((n, CANVAS, CANVAS), np.uint8)
    labels = np.repeat(np.arange(len(CLASS_NAMES), dtype=np.int64), count_per_class)
    names = []
    k = 0
    for label in range(len(CLASS_NAMES)):
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            rng = np.random.default_rng([seed, label, i, STYLES.index(style)])
            images[k] = _draw(label, rng, style)
            names.append(style)
            k += 1
    return images, labels, names


def contact_sheet(images, columns, tile=140):
    """The drawings side by side, `columns` to a row, on a grey grid."""
    images = np.asarray(images)
    rows = max(1, math.ceil(len(images) / columns))
    sheet = Image.new("L", (columns * (tile + 2) + 2, rows * (tile + 2) + 2), 90)
    for i, image in enumerate(images):
        im = Image.fromarray(image).resize((tile, tile), Image.Resampling.BILINEAR if image.shape[0] > tile else Image.Resampling.NEAREST)
        sheet.paste(im, (2 + (i % columns) * (tile + 2), 2 + (i // columns) * (tile + 2)))
    return sheet


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", default="/tmp/messy_hands_sheet.png")
    parser.add_argument("--net", action="store_true", help="also save what the network sees (28x28)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    images, labels, _ = make(args.per_class, args.seed)
    took = (time.perf_counter() - start) / len(images) * 1000
    contact_sheet(images, args.per_class).save(args.sheet)
    print(f"{len(images)} drawings, {took:.1f} ms each -> {args.sheet}")
    if args.net:
        from .predict import preprocess
        small = np.stack([preprocess(image, "canvas", drawing=True) for image in images])
        path = args.sheet.rsplit(".", 1)[0] + "_net.png"
        contact_sheet(small, args.per_class, tile=84).save(path)
        print(f"what the network sees -> {path}")


if __name__ == "__main__":
    main()
