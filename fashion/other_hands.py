"""Drawings of the 10 garments by another hand: a second generator, written apart from
fashion.drawings.

It was written without looking at fashion.drawings, fashion.sketch or benchmarks/drawings.py: its
garments come from a separate idea of what 20-40 school students draw on the 280x280 web canvas
(black background, white round brush) when asked "draw a <garment>". First a measurement, it
showed that a network trained on fashion.drawings alone had learned much of that generator's
habits, so `--drawn` training now draws from it too, and from the hands written after it
(fashion.drawings.OTHER_HANDS), from seeds the benchmark does not use. benchmarks/fresh_hands.py,
by a hand that saw none of them, is what no training sees.

Each garment is a design (at least 6 per class) in its own units; a "hand" then places it on the
canvas (size, position, rotation, aspect), wobbles its lines, leaves outlines open or overshoots
them, and paints it in one of two styles:
    outline  strokes only: contours and inner details
    filled   the shape painted white (flat or a rough scribble), details left as dark gaps

    python -m fashion.other_hands --per-class 30 --sheet /tmp/other_hands.png
"""
from __future__ import annotations

import argparse
import math
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from .config import CLASS_NAMES

STYLES = ("outline", "filled")
CANVAS = 280        # the web canvas, in pixels
SUPERSAMPLE = 2     # drawn at twice the size and shrunk: edges antialiased like a browser canvas
STEP = 2.5          # lines are resampled every STEP canvas pixels before the hand wobbles them


# ---------------------------------------------------------------- what a student means to draw


class Sketch:
    """One garment in design units (x right, y down, any scale)."""

    def __init__(self):
        self.bodies = []   # (points, stroke_closed): the silhouette, painted in when filled
        self.holes = []    # closed shapes inside a body that stay dark when filled (a cut-out handle)
        self.straps = []   # open lines that are the garment itself (straps, handles): always white
        self.details = []  # inner lines (seams, zip, collar, laces): white, or dark gaps when filled
        self.dots = []     # buttons, eyelets, clasps: (x, y)

    def body(self, pts, closed=True):
        # closed=False: the last edge is not stroked (a hood's lower edge hidden behind the body).
        self.bodies.append((list(pts), closed))

    def line(self, pts):
        self.details.append(list(pts))

    def both(self, pts):
        """A detail and its mirror image (a pair of pockets, two cuffs)."""
        self.details.append(list(pts))
        self.details.append(flipx(pts))

    def strap(self, pts):
        self.straps.append(list(pts))

    def dot(self, x, y):
        self.dots.append((x, y))


def bez(p0, p1, p2, n=10):
    """Quadratic Bezier from p0 to p2 pulled towards p1."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    p0, p1, p2 = (np.asarray(p, float) for p in (p0, p1, p2))
    return [tuple(p) for p in (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2]


def curve(p0, p2, bulge, n=10):
    """A curve from p0 to p2 whose middle is moved by `bulge` (dx, dy) off the straight line."""
    mid = (np.asarray(p0, float) + np.asarray(p2, float)) / 2
    return bez(p0, mid + 2 * np.asarray(bulge, float), p2, n)


def arc(cx, cy, rx, ry, a0, a1, n=16):
    """Ellipse arc, angles in degrees (y down: 90 is the bottom)."""
    a = np.radians(np.linspace(a0, a1, n))
    return list(zip(cx + rx * np.cos(a), cy + ry * np.sin(a)))


def rect(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def rrect(x0, y0, x1, y1, r):
    """Rounded rectangle, clockwise from the top left."""
    return (arc(x1 - r, y0 + r, r, r, -90, 0, 5) + arc(x1 - r, y1 - r, r, r, 0, 90, 5)
            + arc(x0 + r, y1 - r, r, r, 90, 180, 5) + arc(x0 + r, y0 + r, r, r, 180, 270, 5))


def flipx(pts):
    return [(-x, y) for x, y in pts]


def mirror(half):
    """A symmetric outline from its right half (top centre, clockwise, to bottom centre)."""
    return list(half) + flipx(reversed(half))


# ------------------------------------------------------------------------- tops (front views)


def top_half(neck_w, neck_d, shoulder, sleeve, armpit, hem, neck="round", hem_curve=0.0, collar_h=0.0):
    """Right half of a front-view top, neckline centre to hem centre, and its sleeve.

    sleeve: None (armhole of a tank top) or (degrees below horizontal, length, cuff width).
    Returns (half, sleeve_info, side) where side(y) is the body's right edge at height y.
    """
    sx, sy = shoulder
    ax, ay = armpit
    hx, hy = hem
    if neck == "turtle":
        half = [(0.0, -collar_h), (neck_w, -collar_h), (neck_w, 0.0)]
    elif neck == "v":
        half = [(0.0, neck_d), (neck_w, 0.0)]
    else:
        half = bez((0.0, neck_d), (neck_w * 0.9, neck_d), (neck_w, 0.0), 8)
    half.append((sx, sy))
    info = None
    if sleeve is None:
        half += bez((sx, sy), (sx, ay), (ax, ay), 8)[1:]
    else:
        angle, length, width = sleeve
        a = math.radians(angle)
        d = np.array([math.cos(a), math.sin(a)])
        A = np.array([sx, sy]) + length * d
        B = A + width * np.array([-math.sin(a), math.cos(a)])
        half += [tuple(A), tuple(B), (ax, ay)]
        info = dict(A=A, B=B, d=d, S=np.array([sx, sy]), P=np.array([ax, ay]))
    half.append((hx, hy))
    if hem_curve:
        half += bez((hx, hy), (hx * 0.5, hy + hem_curve), (0.0, hy + hem_curve), 8)[1:]
    else:
        half.append((0.0, hy))

    def side(y):
        return ax + (hx - ax) * (y - ay) / (hy - ay)
    return half, info, side


def sleeve_band(info, t):
    """A line across the sleeve at fraction t from the shoulder (1 = the cuff)."""
    p = info["S"] + t * (info["A"] - info["S"])
    q = info["P"] + t * (info["B"] - info["P"])
    return [tuple(p), tuple(q)]


def across(side, y, inset=0.0):
    """A line across the body at height y."""
    x = side(y) - inset
    return [(-x, y), (x, y)]


def chest_print(sk, rng, cx, cy, r):
    """What students put on a tee: a heart, a star, a circle, a stripe."""
    kind = rng.integers(4)
    if kind == 0:
        sk.line(bez((cx, cy - r * 0.3), (cx - r * 1.4, cy - r * 1.5), (cx, cy + r), 8)
                + bez((cx, cy + r), (cx + r * 1.4, cy - r * 1.5), (cx, cy - r * 0.3), 8))
    elif kind == 1:
        pts = [(cx + r * math.sin(a), cy - r * math.cos(a)) for a in np.arange(6) * 4 * math.pi / 5]
        sk.line(pts)
    elif kind == 2:
        sk.line(arc(cx, cy, r, r, 0, 360, 14))
    else:
        sk.line([(cx - 2 * r, cy), (cx + 2 * r, cy)])


def neck_rib(sk, rng, nw, nd, v=False):
    """The second line of a neckline, and sometimes the back of the collar."""
    if v:
        sk.line([(-nw - 2.5, 0), (0, nd + 5), (nw + 2.5, 0)])
    else:
        sk.line(curve((-nw - 2.5, 0.5), (nw + 2.5, 0.5), (0, nd + 4)))
    if rng.random() < 0.5:
        sk.line(curve((-nw, 0), (nw, 0), (0, -2.5)))


# ------------------------------------------------------------------------------ 0 T-shirt/top


def tee(rng):
    sk = Sketch()
    nw, nd = rng.uniform(11, 16), rng.uniform(5, 10)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 35), rng.uniform(3, 7)),
                              (rng.uniform(22, 40), rng.uniform(18, 28), rng.uniform(13, 19)),
                              (rng.uniform(28, 32), rng.uniform(28, 34)),
                              (rng.uniform(28, 34), rng.uniform(82, 100)))
    sk.body(mirror(half))
    if rng.random() < 0.6:
        neck_rib(sk, rng, nw, nd)
    if rng.random() < 0.35:
        sk.both(sleeve_band(sl, 0.8))
    if rng.random() < 0.3:
        sk.line(across(side, half[-1][1] - 6, 1))
    if rng.random() < 0.3:
        chest_print(sk, rng, 0, rng.uniform(38, 50), rng.uniform(6, 10))
    return sk


def vneck_tee(rng):
    sk = Sketch()
    nw, nd = rng.uniform(10, 14), rng.uniform(16, 24)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 7)),
                              (rng.uniform(28, 45), rng.uniform(16, 24), rng.uniform(13, 17)),
                              (rng.uniform(27, 31), rng.uniform(28, 33)),
                              (rng.uniform(27, 33), rng.uniform(85, 100)), neck="v")
    sk.body(mirror(half))
    if rng.random() < 0.6:
        neck_rib(sk, rng, nw, nd, v=True)
    if rng.random() < 0.3:
        sk.both(sleeve_band(sl, 0.85))
    return sk


def tank_top(rng):
    sk = Sketch()
    nw, nd = rng.uniform(9, 13), rng.uniform(14, 26)
    strap = rng.uniform(5, 10)
    half, _, side = top_half(nw, nd, (nw + strap, 0.0), None,
                             (rng.uniform(24, 30), rng.uniform(30, 40)),
                             (rng.uniform(26, 33), rng.uniform(85, 100)))
    sk.body(mirror(half))
    if rng.random() < 0.4:
        sk.line(curve((-nw - 1.5, 0.5), (nw + 1.5, 0.5), (0, nd + 3)))
    if rng.random() < 0.3:
        sk.line(across(side, half[-1][1] - 6, 1))
    return sk


def crop_top(rng):
    sk = Sketch()
    nw, nd = rng.uniform(11, 16), rng.uniform(5, 12)
    length = rng.uniform(42, 56)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(3, 6)),
                              (rng.uniform(20, 40), rng.uniform(14, 22), rng.uniform(12, 17)),
                              (rng.uniform(28, 32), rng.uniform(22, 27)),
                              (rng.uniform(27, 33), length))
    sk.body(mirror(half))
    if rng.random() < 0.5:
        neck_rib(sk, rng, nw, nd)
    if rng.random() < 0.4:
        sk.line(across(side, length - 5, 1))
    return sk


def long_tee(rng):
    sk = Sketch()
    nw, nd = rng.uniform(11, 15), rng.uniform(6, 11)
    length = rng.uniform(115, 135)
    half, sl, side = top_half(nw, nd, (rng.uniform(29, 33), rng.uniform(3, 6)),
                              (rng.uniform(25, 40), rng.uniform(18, 26), rng.uniform(13, 17)),
                              (rng.uniform(27, 30), rng.uniform(28, 33)),
                              (rng.uniform(30, 38), length), hem_curve=rng.choice([0.0, 5.0]))
    sk.body(mirror(half))
    if rng.random() < 0.5:
        neck_rib(sk, rng, nw, nd)
    if rng.random() < 0.3:
        chest_print(sk, rng, 0, rng.uniform(40, 55), rng.uniform(7, 11))
    return sk


def boxy_tee(rng):
    """Drop shoulders, sleeves straight out: the tee many draw first, like a letter T."""
    sk = Sketch()
    nw, nd = rng.uniform(12, 16), rng.uniform(4, 9)
    half, sl, side = top_half(nw, nd, (rng.uniform(32, 38), rng.uniform(1, 4)),
                              (rng.uniform(0, 14), rng.uniform(22, 32), rng.uniform(18, 24)),
                              (rng.uniform(33, 38), rng.uniform(24, 30)),
                              (rng.uniform(33, 38), rng.uniform(75, 88)))
    sk.body(mirror(half))
    if rng.random() < 0.5:
        neck_rib(sk, rng, nw, nd)
    if rng.random() < 0.4:
        # the seam where the sleeve meets the body
        sk.both([tuple(sl["S"]), tuple(sl["P"])])
    if rng.random() < 0.3:
        chest_print(sk, rng, 0, rng.uniform(38, 48), rng.uniform(7, 10))
    return sk


def ringer_tee(rng):
    """Raglan tee: sleeve seams from the neck to the armpits, banded cuffs."""
    sk = Sketch()
    nw, nd = rng.uniform(11, 14), rng.uniform(5, 9)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(5, 9)),
                              (rng.uniform(30, 45), rng.uniform(20, 28), rng.uniform(13, 17)),
                              (rng.uniform(28, 31), rng.uniform(30, 35)),
                              (rng.uniform(28, 32), rng.uniform(85, 98)))
    sk.body(mirror(half))
    sk.both([(nw + 1, 1), tuple(sl["P"])])
    if rng.random() < 0.6:
        sk.both(sleeve_band(sl, 0.8))
    if rng.random() < 0.5:
        neck_rib(sk, rng, nw, nd)
    return sk


# ---------------------------------------------------------------------------------- 1 Trouser


def trouser_half(waist, hip, hem_out, hem_in, length, crotch):
    """Right half of a pair of trousers: waist centre, round the right leg, up to the crotch."""
    half = [(0.0, 0.0), (waist, 0.0)]
    half += curve((waist, 0.0), (hip, crotch * 0.8), (1.0, 0.0), 5)[1:]
    half += [(hem_out, length), (hem_in, length)]
    # the inside of the leg runs nearly straight up, then turns in to the crotch
    knee = (hem_in * 0.8, crotch + 14)
    half += [knee] + bez(knee, (hem_in * 0.5, crotch), (0.0, crotch), 4)[1:]
    return half


def trouser_parts(rng):
    waist = rng.uniform(24, 30)
    hip = waist + rng.uniform(1, 4)
    length = rng.uniform(130, 160)
    crotch = rng.uniform(38, 52)
    return waist, hip, length, crotch


def leg_x(hip, hem_out, crotch, length, y):
    """Outer edge of the right leg at height y (below the hip)."""
    return hip + (hem_out - hip) * (y - crotch * 0.8) / (length - crotch * 0.8)


def jeans(rng):
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = hip + rng.uniform(-4, 1), rng.uniform(6, 11)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    band = rng.uniform(6, 9)
    if rng.random() < 0.8:
        sk.line([(-waist, band), (waist, band)])
    if rng.random() < 0.7:
        # the fly: a J from the waistband down towards the crotch
        sk.line([(5, band)] + bez((5, band), (5, crotch * 0.8), (0, crotch * 0.85), 6))
    if rng.random() < 0.6:
        sk.both(curve((waist * 0.45, band), (waist + 1, band + 14), (-3, 3)))
    if rng.random() < 0.3:
        for x in (waist * 0.3, waist * 0.8):
            sk.both([(x, 0), (x, band)])
    if rng.random() < 0.3:
        y = length - 8
        sk.both([(hem_in + 1, y), (leg_x(hip, hem_out, crotch, length, y) - 1, y)])
    return sk


def wide_leg(rng):
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = hip + rng.uniform(6, 16), rng.uniform(5, 9)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    band = rng.uniform(6, 10)
    if rng.random() < 0.6:
        sk.line([(-waist, band), (waist, band)])
    if rng.random() < 0.5:
        # pressed creases down the middle of each leg
        sk.both([(hip * 0.5, crotch * 0.7), ((hem_in + hem_out) / 2, length - 4)])
    return sk


def skinny(rng):
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = rng.uniform(19, 24), rng.uniform(8, 12)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    band = rng.uniform(5, 8)
    if rng.random() < 0.7:
        sk.line([(-waist, band), (waist, band)])
    if rng.random() < 0.4:
        sk.line([(0, band), (0, crotch * 0.8)])
    if rng.random() < 0.3:
        sk.dot(0, band / 2)
    return sk


def plain_trousers(rng):
    """Just the outline, sometimes legs apart at the bottom like an upside-down V."""
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = hip + rng.uniform(-2, 8), rng.uniform(6, 16)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    if rng.random() < 0.3:
        sk.line([(-waist, 7), (waist, 7)])
    return sk


def cargo(rng):
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = hip + rng.uniform(-3, 3), rng.uniform(6, 11)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    band = rng.uniform(6, 9)
    sk.line([(-waist, band), (waist, band)])
    y0 = crotch + rng.uniform(8, 16)
    h = rng.uniform(18, 26)
    x1 = leg_x(hip, hem_out, crotch, length, y0) - 3
    x0 = x1 - rng.uniform(12, 16)
    sk.both(rect(x0, y0, x1, y0 + h))
    if rng.random() < 0.6:
        sk.both([(x0, y0 + 5), (x1, y0 + 5)])
    if rng.random() < 0.5:
        sk.line([(0, band), (0, crotch * 0.8)])
    return sk


def joggers(rng):
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = rng.uniform(20, 25), rng.uniform(8, 12)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    band = rng.uniform(8, 12)
    sk.line([(-waist, band), (waist, band)])
    cuff = rng.uniform(8, 12)
    y = length - cuff
    sk.both([(hem_in, y), (leg_x(hip, hem_out, crotch, length, y), y)])
    if rng.random() < 0.7:
        # drawstrings hanging from the waistband
        sk.both([(3, band * 0.6), (rng.uniform(3, 7), band + rng.uniform(10, 16))])
    return sk


def belted_trousers(rng):
    sk = Sketch()
    waist, hip, length, crotch = trouser_parts(rng)
    hem_out, hem_in = hip + rng.uniform(0, 6), rng.uniform(6, 11)
    sk.body(mirror(trouser_half(waist, hip, hem_out, hem_in, length, crotch)))
    belt = rng.uniform(6, 9)
    sk.line([(-waist, belt), (waist, belt)])
    if rng.random() < 0.7:
        sk.line(rect(-5, 0.5, 5, belt - 0.5))
    if rng.random() < 0.6:
        sk.both([(hip * 0.5, crotch * 0.6), ((hem_in + hem_out) / 2, length - 4)])
    return sk


# --------------------------------------------------------------------------------- 2 Pullover


def long_sleeves(rng, hang):
    """Sleeve spec: hanging beside the body (hang=True) or held out."""
    if hang:
        return rng.uniform(60, 76), rng.uniform(75, 92), rng.uniform(14, 19)
    return rng.uniform(8, 30), rng.uniform(55, 72), rng.uniform(14, 19)


def sweater_ribs(sk, rng, sl, side, hem_y, p=0.6):
    if rng.random() < p:
        sk.both(sleeve_band(sl, 0.9))
    if rng.random() < p:
        sk.line(across(side, hem_y - 7, 1))


def crew_sweater(rng):
    sk = Sketch()
    nw, nd = rng.uniform(11, 15), rng.uniform(5, 9)
    length = rng.uniform(88, 105)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)), long_sleeves(rng, True),
                              (rng.uniform(29, 33), rng.uniform(28, 34)), (rng.uniform(28, 33), length))
    sk.body(mirror(half))
    if rng.random() < 0.7:
        neck_rib(sk, rng, nw, nd)
    sweater_ribs(sk, rng, sl, side, length)
    return sk


def vneck_sweater(rng):
    sk = Sketch()
    nw, nd = rng.uniform(10, 14), rng.uniform(16, 26)
    length = rng.uniform(85, 100)
    half, sl, side = top_half(nw, nd, (rng.uniform(29, 33), rng.uniform(4, 8)), long_sleeves(rng, True),
                              (rng.uniform(28, 32), rng.uniform(28, 34)), (rng.uniform(28, 32), length), neck="v")
    sk.body(mirror(half))
    if rng.random() < 0.7:
        neck_rib(sk, rng, nw, nd, v=True)
    sweater_ribs(sk, rng, sl, side, length)
    return sk


def hoodie(rng):
    sk = Sketch()
    nw, nd = rng.uniform(11, 14), rng.uniform(6, 10)
    length = rng.uniform(85, 100)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(5, 9)), long_sleeves(rng, rng.random() < 0.7),
                              (rng.uniform(29, 33), rng.uniform(30, 35)), (rng.uniform(28, 33), length))
    # a hood lying behind the neck: wider than the neckline, not too tall (a tall one reads as a bag's handle)
    hood_h, hood_w = rng.uniform(18, 27), nw + rng.uniform(7, 12)
    sk.body(bez((-hood_w, 6), (-hood_w - 6, -hood_h), (0, -hood_h), 8)
            + bez((0, -hood_h), (hood_w + 6, -hood_h), (hood_w, 6), 8), closed=False)
    sk.body(mirror(half))
    if rng.random() < 0.6:
        # the face opening of the hood
        sk.line(bez((-nw + 2, 3), (-nw, -hood_h * 0.55), (0, -hood_h * 0.6), 6)
                + bez((0, -hood_h * 0.6), (nw, -hood_h * 0.55), (nw - 2, 3), 6))
    if rng.random() < 0.7:
        sk.both([(4, nd + 1), (rng.uniform(4, 7), nd + rng.uniform(16, 24))])
    if rng.random() < 0.7:
        y0, y1 = length * rng.uniform(0.55, 0.62), length - 8
        sk.line([(-14, y0), (14, y0), (20, y1), (-20, y1), (-14, y0)])
    sweater_ribs(sk, rng, sl, side, length, p=0.4)
    return sk


def tpose_sweater(rng):
    """Long sleeves held straight out."""
    sk = Sketch()
    nw, nd = rng.uniform(11, 15), rng.uniform(5, 9)
    length = rng.uniform(80, 98)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(3, 7)), long_sleeves(rng, False),
                              (rng.uniform(29, 33), rng.uniform(24, 30)), (rng.uniform(28, 32), length))
    sk.body(mirror(half))
    if rng.random() < 0.6:
        neck_rib(sk, rng, nw, nd)
    sweater_ribs(sk, rng, sl, side, length, p=0.7)
    return sk


def turtleneck(rng):
    sk = Sketch()
    nw = rng.uniform(9, 13)
    collar = rng.uniform(9, 16)
    length = rng.uniform(85, 100)
    half, sl, side = top_half(nw, 0, (rng.uniform(30, 34), rng.uniform(4, 8)), long_sleeves(rng, True),
                              (rng.uniform(29, 33), rng.uniform(28, 34)), (rng.uniform(28, 33), length),
                              neck="turtle", collar_h=collar)
    sk.body(mirror(half))
    sk.line([(-nw, -collar * 0.45), (nw, -collar * 0.45)])
    if rng.random() < 0.6:
        sk.line(curve((-nw, 0), (nw, 0), (0, 3)))
    sweater_ribs(sk, rng, sl, side, length)
    return sk


def striped_sweater(rng):
    sk = Sketch()
    nw, nd = rng.uniform(11, 15), rng.uniform(5, 9)
    length = rng.uniform(85, 100)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)), long_sleeves(rng, rng.random() < 0.6),
                              (rng.uniform(29, 33), rng.uniform(28, 34)), (rng.uniform(28, 33), length))
    sk.body(mirror(half))
    if rng.random() < 0.4:
        # a zigzag knit band across the chest
        y = rng.uniform(38, 50)
        xs = np.linspace(-side(y), side(y), 9)
        sk.line([(x, y + (4 if i % 2 else -4)) for i, x in enumerate(xs)])
    else:
        for y in np.linspace(40, length - 14, rng.integers(2, 4)):
            sk.line(across(side, y))
    sweater_ribs(sk, rng, sl, side, length, p=0.5)
    return sk


# ------------------------------------------------------------------------------------ 3 Dress


def dress_half(neck_w, neck_d, strap_w, bust, waist, hem, sleeve=None, neck="round", hem_curve=0.0, flare=0.0):
    """Right half of a dress, neckline centre to hem centre."""
    bx, by = bust
    wx, wy = waist
    hx, hy = hem
    if neck == "flat":          # strapless, or a top straight across under thin straps
        half = [(0.0, 0.0), (bx, 0.0)]
    elif neck == "sweetheart":  # strapless, the top in two curves
        half = bez((0.0, 5.0), (bx * 0.45, -7.0), (bx, 1.0), 8)
    else:
        half = [(0.0, neck_d), (neck_w, 0.0)] if neck == "v" else bez((0.0, neck_d), (neck_w * 0.9, neck_d), (neck_w, 0.0), 8)
        sx = neck_w + strap_w
        half.append((sx, 0.0))
        if sleeve is None:
            half += bez((sx, 0.0), (sx, by), (bx, by), 8)[1:]
        else:
            angle, length, width = sleeve
            a = math.radians(angle)
            A = (sx + length * math.cos(a), length * math.sin(a))
            B = (A[0] - width * math.sin(a), A[1] + width * math.cos(a))
            half += [A, B, (bx, by)]
    half += bez((bx, by), (wx, (by + wy) / 2), (wx, wy), 6)[1:]
    half += bez((wx, wy), (wx + (hx - wx) * 0.3 + flare, (wy + hy) / 2), (hx, hy), 10)[1:]
    if hem_curve:
        half += bez((hx, hy), (hx * 0.5, hy + hem_curve), (0.0, hy + hem_curve), 8)[1:]
    else:
        half.append((0.0, hy))
    return half


def skirt_folds(sk, rng, wx, wy, hx, hy):
    for t in rng.choice([0.35, 0.7], size=rng.integers(1, 3), replace=False):
        sk.both([(wx * t, wy + 4), (hx * t * 1.05, hy - 4)])


def a_line_dress(rng):
    sk = Sketch()
    nw, nd = rng.uniform(8, 12), rng.uniform(6, 14)
    wx, wy = rng.uniform(13, 17), rng.uniform(40, 50)
    hx, hy = rng.uniform(36, 50), rng.uniform(100, 125)
    sk.body(mirror(dress_half(nw, nd, rng.uniform(4, 8), (rng.uniform(19, 23), rng.uniform(18, 24)),
                              (wx, wy), (hx, hy), flare=rng.uniform(-2, 4))))
    if rng.random() < 0.6:
        sk.line([(-wx, wy), (wx, wy)])
    if rng.random() < 0.4:
        skirt_folds(sk, rng, wx, wy, hx, hy)
    return sk


def slip_dress(rng):
    """Thin straps over a straight top, a slim midi skirt."""
    sk = Sketch()
    bx = rng.uniform(17, 22)
    wx, wy = bx - rng.uniform(2, 5), rng.uniform(28, 38)
    hx, hy = rng.uniform(24, 34), rng.uniform(95, 125)
    sk.body(mirror(dress_half(0, 0, 0, (bx, 0.0), (wx, wy), (hx, hy), neck="flat", hem_curve=rng.uniform(0, 4))))
    top = rng.uniform(18, 28)
    sk.strap([(-bx * 0.6, 1), (-bx * 0.5, -top)])
    sk.strap([(bx * 0.6, 1), (bx * 0.5, -top)])
    if rng.random() < 0.5:
        sk.line(curve((-bx, 4), (bx, 4), (0, 4)))
    return sk


def gown(rng):
    """Floor length, narrow waist, wide hem."""
    sk = Sketch()
    nw, nd = rng.uniform(8, 11), rng.uniform(8, 16)
    wx, wy = rng.uniform(11, 14), rng.uniform(38, 48)
    hx, hy = rng.uniform(45, 62), rng.uniform(160, 190)
    neck = rng.choice(["round", "v"])
    sk.body(mirror(dress_half(nw, nd, rng.uniform(3, 6), (rng.uniform(17, 20), rng.uniform(20, 25)),
                              (wx, wy), (hx, hy), neck=neck, hem_curve=rng.uniform(0, 8), flare=rng.uniform(0, 8))))
    if rng.random() < 0.5:
        sk.line([(-wx, wy), (wx, wy)])
    if rng.random() < 0.5:
        skirt_folds(sk, rng, wx, wy, hx, hy)
    return sk


def sleeved_dress(rng):
    """Short puffed sleeves, a waist seam, a full skirt."""
    sk = Sketch()
    nw, nd = rng.uniform(9, 12), rng.uniform(6, 12)
    wx, wy = rng.uniform(13, 16), rng.uniform(40, 48)
    hx, hy = rng.uniform(38, 50), rng.uniform(95, 115)
    sk.body(mirror(dress_half(nw, nd, rng.uniform(6, 9), (rng.uniform(20, 23), rng.uniform(20, 25)),
                              (wx, wy), (hx, hy), sleeve=(rng.uniform(25, 45), rng.uniform(10, 16), rng.uniform(10, 14)),
                              hem_curve=rng.uniform(0, 5))))
    sk.line([(-wx, wy), (wx, wy)])
    if rng.random() < 0.4:
        skirt_folds(sk, rng, wx, wy, hx, hy)
    if rng.random() < 0.3:
        sk.line(curve((-nw - 2, 0.5), (nw + 2, 0.5), (0, nd + 3)))
    return sk


def belted_dress(rng):
    sk = Sketch()
    nw, nd = rng.uniform(8, 12), rng.uniform(6, 16)
    wx, wy = rng.uniform(14, 17), rng.uniform(40, 50)
    hx, hy = rng.uniform(32, 44), rng.uniform(100, 130)
    sleeve = (rng.uniform(30, 45), rng.uniform(8, 14), rng.uniform(10, 13)) if rng.random() < 0.5 else None
    sk.body(mirror(dress_half(nw, nd, rng.uniform(5, 8), (rng.uniform(19, 22), rng.uniform(20, 25)),
                              (wx, wy), (hx, hy), sleeve=sleeve, neck=rng.choice(["round", "v"]))))
    band = rng.uniform(4, 7)
    sk.line([(-wx - 1, wy - band / 2), (wx + 1, wy - band / 2)])
    sk.line([(-wx - 1, wy + band / 2), (wx + 1, wy + band / 2)])
    if rng.random() < 0.6:
        sk.line(rect(-4, wy - band / 2 - 1, 4, wy + band / 2 + 1))
    return sk


def long_sleeve_dress(rng):
    sk = Sketch()
    nw, nd = rng.uniform(9, 12), rng.uniform(5, 10)
    wx, wy = rng.uniform(14, 18), rng.uniform(40, 50)
    hx, hy = rng.uniform(28, 40), rng.uniform(105, 130)
    sk.body(mirror(dress_half(nw, nd, rng.uniform(8, 11), (rng.uniform(20, 23), rng.uniform(22, 27)),
                              (wx, wy), (hx, hy), sleeve=(rng.uniform(62, 75), rng.uniform(45, 58), rng.uniform(9, 12)))))
    if rng.random() < 0.5:
        sk.line([(-wx, wy), (wx, wy)])
    return sk


def tube_dress(rng):
    """Strapless and straight, a little flare at the hem."""
    sk = Sketch()
    bx = rng.uniform(18, 23)
    wx, wy = bx - rng.uniform(3, 6), rng.uniform(30, 40)
    hx, hy = bx + rng.uniform(4, 14), rng.uniform(85, 115)
    neck = "sweetheart" if rng.random() < 0.5 else "flat"
    sk.body(mirror(dress_half(0, 0, 0, (bx, 0.0), (wx, wy), (hx, hy), neck=neck, flare=rng.uniform(-2, 3))))
    if rng.random() < 0.5:
        sk.line([(-bx, 6), (bx, 6)])
    if rng.random() < 0.4:
        sk.line([(-wx, wy), (wx, wy)])
    return sk


# ------------------------------------------------------------------------------------- 4 Coat


def coat_base(rng, length, neck="v", nd=None, hang=True):
    nw = rng.uniform(10, 14)
    nd = rng.uniform(25, 45) if nd is None else nd
    angle = rng.uniform(66, 80) if hang else rng.uniform(15, 35)
    sleeve = (angle, length * rng.uniform(0.55, 0.7), rng.uniform(15, 19))
    half, sl, side = top_half(nw, nd, (rng.uniform(31, 35), rng.uniform(4, 8)), sleeve,
                              (rng.uniform(30, 34), rng.uniform(30, 36)),
                              (rng.uniform(32, 40), length), neck=neck)
    return half, sl, side, nw, nd


def lapels(sk, rng, nw, nd):
    """From the collar out to a notch, then in to where the coat closes."""
    out = (nw + rng.uniform(5, 10), nd * rng.uniform(0.35, 0.5))
    sk.both([(nw, 0), out, (0, nd)])


def buttons(sk, xs, y0, y1, n):
    for y in np.linspace(y0, y1, n):
        for x in xs:
            sk.dot(x, y)


def trench(rng):
    sk = Sketch()
    length = rng.uniform(130, 160)
    half, sl, side, nw, nd = coat_base(rng, length)
    sk.body(mirror(half))
    lapels(sk, rng, nw, nd)
    sk.line([(0, nd), (0, length)])
    belt = length * rng.uniform(0.42, 0.5)
    sk.line(across(side, belt - 3))
    sk.line(across(side, belt + 3))
    if rng.random() < 0.7:
        buttons(sk, (-7, 7), nd + 6, belt - 8, 2)
    if rng.random() < 0.4:
        sk.both(sleeve_band(sl, 0.85))
    return sk


def parka(rng):
    sk = Sketch()
    length = rng.uniform(110, 135)
    half, sl, side, nw, nd = coat_base(rng, length, neck="round", nd=rng.uniform(4, 8))
    hood_h, hood_w = rng.uniform(20, 30), nw + rng.uniform(5, 9)
    sk.body(bez((-hood_w, 6), (-hood_w - 6, -hood_h), (0, -hood_h), 8)
            + bez((0, -hood_h), (hood_w + 6, -hood_h), (hood_w, 6), 8), closed=False)
    sk.body(mirror(half))
    sk.line([(0, nd), (0, length)])   # the zip
    if rng.random() < 0.5:
        sk.line(rect(-2.5, nd + 1, 2.5, nd + 8))
    y = length * rng.uniform(0.6, 0.7)
    pw = rng.uniform(10, 14)
    if rng.random() < 0.8:
        sk.both(rect(6, y, 6 + pw, y + pw * 1.1))
        sk.both([(6, y + 4), (6 + pw, y + 4)])
    if rng.random() < 0.4:
        sk.both(sleeve_band(sl, 0.9))
    return sk


def simple_coat(rng):
    sk = Sketch()
    length = rng.uniform(115, 150)
    half, sl, side, nw, nd = coat_base(rng, length, neck=rng.choice(["v", "round"]), nd=rng.uniform(10, 30))
    sk.body(mirror(half))
    sk.line([(0, nd), (0, length)])
    if rng.random() < 0.85:
        buttons(sk, (3.5,), nd + 8, length * 0.65, rng.integers(3, 6))
    if rng.random() < 0.4:
        sk.both([(nw, 0), (nw * 0.5, nd * 0.7), (0, nd)])
    return sk


def peacoat(rng):
    """Shorter, double-breasted, big collar, slanted pockets."""
    sk = Sketch()
    length = rng.uniform(100, 120)
    half, sl, side, nw, nd = coat_base(rng, length, nd=rng.uniform(28, 40))
    sk.body(mirror(half))
    sk.both([(nw, 0), (nw + rng.uniform(9, 14), nd * 0.45), (4, nd)])
    sk.line([(0, nd), (0, length)])
    buttons(sk, (-9, 9), nd + 6, nd + rng.uniform(25, 35), 3)
    if rng.random() < 0.7:
        y = length * 0.7
        sk.both([(16, y), (24, y - 10)])
    return sk


def puffer(rng):
    """Quilted bands across body and sleeves, a stand-up collar and a zip."""
    sk = Sketch()
    length = rng.uniform(95, 120)
    nw = rng.uniform(11, 14)
    collar = rng.uniform(8, 12)
    half, sl, side = top_half(nw, 0, (rng.uniform(31, 35), rng.uniform(4, 8)),
                              (rng.uniform(62, 75), length * rng.uniform(0.6, 0.7), rng.uniform(18, 22)),
                              (rng.uniform(32, 35), rng.uniform(30, 35)), (rng.uniform(34, 40), length),
                              neck="turtle", collar_h=collar)
    sk.body(mirror(half))
    sk.line([(0, -collar), (0, length)])
    for y in np.linspace(length * 0.3, length - 10, rng.integers(3, 6)):
        sk.line(across(side, y))
    for t in (0.35, 0.7):
        if rng.random() < 0.7:
            sk.both(sleeve_band(sl, t))
    return sk


def flared_coat(rng):
    sk = Sketch()
    length = rng.uniform(120, 150)
    nw, nd = rng.uniform(10, 13), rng.uniform(10, 25)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)),
                              (rng.uniform(65, 78), length * rng.uniform(0.55, 0.65), rng.uniform(15, 18)),
                              (rng.uniform(29, 32), rng.uniform(30, 35)), (rng.uniform(42, 55), length))
    sk.body(mirror(half))
    # a wide collar lying over the shoulders
    sk.both(curve((nw, 0), (0, nd), (6, 6)))
    sk.line([(0, nd), (0, length)])
    if rng.random() < 0.7:
        buttons(sk, (3.5,), nd + 8, length * 0.55, rng.integers(3, 5))
    if rng.random() < 0.5:
        y = length * 0.62
        sk.both([(14, y), (30, y)])
    return sk


# ----------------------------------------------------------------------------------- 5 Sandal
# Side views have the toe to the right (the hand flips half of them); top views point up.


def flat_sole(rng, length=110.0, thick=None):
    """The footbed of a flat sandal seen from the side, top edge at y = 50."""
    t = rng.uniform(5, 10) if thick is None else thick
    top = curve((4, 50), (length - 4, 50), (0, rng.uniform(0, 2)), 8)
    toe = arc(length - 4, 50 + t / 2, 4, t / 2, -90, 90, 6)
    bottom = [(length - 4, 50 + t), (4, 50 + t)]
    heel = arc(4, 50 + t / 2, 4, t / 2, 90, 270, 6)
    return top + toe + bottom + heel


def ankle_straps(sk, rng, heel, ankle_y, instep=None):
    """A strap up the back of the heel, one round the front of the ankle, sometimes one down to
    the instep: what a sandal's straps look like from the side."""
    hx, hy = heel
    top = (hx + rng.uniform(2, 5), ankle_y)
    front = (hx + rng.uniform(22, 32), ankle_y + rng.uniform(2, 7))
    sk.strap([heel, top])
    sk.strap(curve(top, front, (0, rng.uniform(1, 4))))
    if instep is not None and rng.random() < 0.6:
        sk.strap([front, instep])
    if rng.random() < 0.3:
        sk.dot(*front)   # the buckle


def side_sandal(rng):
    sk = Sketch()
    sk.body(flat_sole(rng))
    x0 = rng.uniform(68, 76)
    sk.strap(curve((x0, 50), (x0 + rng.uniform(20, 26), 50), (0, -rng.uniform(14, 20))))   # over the toes
    instep = None
    if rng.random() < 0.7:
        x1 = rng.uniform(42, 52)
        h = rng.uniform(11, 15)
        sk.strap(curve((x1, 50), (x1 + rng.uniform(16, 22), 50), (0, -2 * h)))  # over the instep
        instep = (x1 + 9, 50 - h * 1.6)
    ankle_straps(sk, rng, (6, 49), rng.uniform(14, 26), instep)
    return sk


def heeled_sandal(rng):
    sk = Sketch()
    heel_h = rng.uniform(22, 40)
    t = rng.uniform(4, 7)
    # the footbed sloping from the raised heel down to the ball of the foot
    top = bez((2, 50 - heel_h), (40, 50 - heel_h), (66, 48), 10) + [(100, 48)]
    bed = top + arc(100, 48 + t / 2, 4, t / 2, -90, 90, 6) + bez((66, 48 + t), (38, 50 - heel_h + t), (2, 50 - heel_h + t), 10)
    sk.body(bed)
    hw = rng.uniform(3, 12)       # a stiletto or a block heel
    sk.body([(4, 50 - heel_h + t), (18, 50 - heel_h + t), (14 + hw / 2, 54), (14 - hw / 2, 54)])
    x0 = rng.uniform(70, 78)
    sk.strap(curve((x0, 48), (x0 + 20, 48), (0, -rng.uniform(12, 18))))
    ankle_straps(sk, rng, (4, 50 - heel_h), 50 - heel_h - rng.uniform(16, 26))
    return sk


def foot_sole(rng):
    """A footbed seen from above: wide at the toes, narrow at the arch, round at the heel."""
    w = rng.uniform(20, 25)
    half = (bez((0, 0), (w, -1), (w, 25), 8) + bez((w, 25), (w, 48), (w * 0.7, 66), 6)[1:]
            + bez((w * 0.7, 66), (w * 0.65, 82), (w * 0.8, 96), 6)[1:] + bez((w * 0.8, 96), (w * 0.8, 112), (0, 112), 8)[1:])
    pts = mirror(half)
    # a real foot is not symmetric: lean the toes towards the big toe
    return [(x + 0.07 * (60 - y), y) for x, y in pts], w


def flip_flop(rng):
    sk = Sketch()
    sole, w = foot_sole(rng)
    sk.body(sole)
    # The Y strap lies on the sole: a line like any inner detail (when the sole is painted,
    # a strap painted over it would vanish; students leave it as a dark line).
    post = (rng.uniform(-8, -3) + 4, rng.uniform(12, 18))
    sk.line(curve(post, (-w + 1, rng.uniform(40, 48)), (-3, -2)))
    sk.line(curve(post, (w - 1, rng.uniform(42, 50)), (3, -2)))
    if rng.random() < 0.2:
        sk.line(arc(0, 95, w * 0.45, 8, 0, 360, 12))   # the heel's worn patch
    return sk


def strappy_top_view(rng):
    sk = Sketch()
    sole, w = foot_sole(rng)
    sk.body(sole)
    # Wide bands across the foot, each drawn as its two edges, a little past the sides of the sole
    # (on a painted sole the edges stay dark lines).
    for y in rng.choice([22.0, 36.0, 52.0], size=rng.integers(2, 4), replace=False):
        band, tilt = rng.uniform(6, 10), rng.uniform(-4, 4)
        for edge in (-band / 2, band / 2):
            sk.line(curve((-w - 3, y + edge), (w + 3, y + edge + tilt), (0, -3)))
    if rng.random() < 0.5:
        sk.strap(curve((-w * 0.8, 98), (w * 0.8, 98), (0, 18)))   # a heel strap round the back
    return sk


def gladiator(rng):
    sk = Sketch()
    sk.body(flat_sole(rng, thick=rng.uniform(5, 8)))
    sk.strap(curve((74, 50), (96, 50), (0, -16)))
    n = rng.integers(3, 6)
    for i, y in enumerate(np.linspace(40, rng.uniform(-20, 0), n)):
        x0 = 8 + i * 1.5
        sk.strap(curve((x0, y), (x0 + rng.uniform(28, 40) - i * 3, y + 4), (0, -4)))
    sk.strap([(8, 50), (8 + n * 1.5, rng.uniform(-22, -2))])   # the strap up the back
    return sk


def slide(rng):
    sk = Sketch()
    sk.body(flat_sole(rng, thick=rng.uniform(9, 16)))
    x0, x1 = rng.uniform(35, 48), rng.uniform(92, 100)
    h = rng.uniform(20, 30)
    band = bez((x0, 50), (x0 + 8, 50 - h), (x0 + 22, 50 - h), 6) + bez((x0 + 22, 50 - h), (x1 - 6, 50 - h * 0.6), (x1, 50), 6)
    sk.body(band + [(x0, 50)])
    if rng.random() < 0.5:
        sk.line(curve((x0 + 10, 46), (x1 - 10, 46), (0, -h * 0.5)))   # a logo stripe on the band
    return sk


def wedge_sandal(rng):
    sk = Sketch()
    back = rng.uniform(18, 30)
    sole = [(2, 50 - back)] + bez((2, 50 - back), (44, 50 - back), (70, 44), 8)[1:] + [(102, 46)]
    sole += arc(102, 52, 4, 6, -90, 90, 6) + [(4, 58)]
    sk.body(sole)
    if rng.random() < 0.6:
        sk.line([(4, 50 - back + 5), (70, 49), (104, 50)])   # where the footbed sits on the wedge
    x0 = rng.uniform(68, 78)
    sk.strap(curve((x0, 46), (x0 + 22, 47), (0, -rng.uniform(12, 18))))
    ankle_straps(sk, rng, (4, 50 - back), 50 - back - rng.uniform(14, 24))
    return sk


# ------------------------------------------------------------------------------------ 6 Shirt


def shirt_collar(sk, rng, nw, nd, point=12.0):
    """Two pointed collar flaps meeting below the neck, and the collar band behind."""
    sk.both([(nw + 1, -1), (rng.uniform(3, 6), nd + point), (0, nd + 1)])
    if rng.random() < 0.6:
        sk.line(curve((-nw, 0), (nw, 0), (0, -3)))


def placket(sk, rng, top, bottom, n=None):
    sk.line([(0, top), (0, bottom)])
    n = rng.integers(3, 6) if n is None else n
    buttons(sk, (3.0,), top + 6, bottom - 8, n)


def shirt_pocket(sk, rng, y):
    x = -rng.uniform(8, 12)
    sk.line(rect(x - 11, y, x, y + 12))


def button_shirt(rng):
    sk = Sketch()
    nw, nd = rng.uniform(10, 13), rng.uniform(4, 7)
    length = rng.uniform(90, 105)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)), long_sleeves(rng, True),
                              (rng.uniform(29, 32), rng.uniform(28, 34)), (rng.uniform(28, 32), length),
                              hem_curve=rng.choice([0.0, 6.0]))
    sk.body(mirror(half))
    shirt_collar(sk, rng, nw, nd)
    placket(sk, rng, nd + 1, length)
    if rng.random() < 0.7:
        sk.both(sleeve_band(sl, 0.88))
    if rng.random() < 0.5:
        shirt_pocket(sk, rng, rng.uniform(26, 32))
    return sk


def short_sleeve_shirt(rng):
    sk = Sketch()
    nw, nd = rng.uniform(10, 13), rng.uniform(4, 7)
    length = rng.uniform(85, 100)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)),
                              (rng.uniform(30, 50), rng.uniform(18, 26), rng.uniform(13, 17)),
                              (rng.uniform(28, 31), rng.uniform(30, 35)), (rng.uniform(28, 32), length))
    sk.body(mirror(half))
    shirt_collar(sk, rng, nw, nd)
    placket(sk, rng, nd + 1, length)
    if rng.random() < 0.6:
        shirt_pocket(sk, rng, rng.uniform(26, 32))
    return sk


def polo(rng):
    sk = Sketch()
    nw, nd = rng.uniform(10, 13), rng.uniform(4, 7)
    length = rng.uniform(85, 98)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)),
                              (rng.uniform(25, 40), rng.uniform(18, 24), rng.uniform(13, 16)),
                              (rng.uniform(28, 31), rng.uniform(30, 34)), (rng.uniform(28, 32), length))
    sk.body(mirror(half))
    shirt_collar(sk, rng, nw, nd, point=rng.uniform(7, 10))
    placket(sk, rng, nd + 1, nd + rng.uniform(20, 26), n=rng.integers(2, 4))
    if rng.random() < 0.6:
        sk.both(sleeve_band(sl, 0.85))
    return sk


def flannel(rng):
    """A checked shirt: the checks drawn as a grid over the body."""
    sk = Sketch()
    nw, nd = rng.uniform(10, 13), rng.uniform(4, 7)
    length = rng.uniform(90, 105)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(4, 8)), long_sleeves(rng, True),
                              (rng.uniform(29, 32), rng.uniform(28, 34)), (rng.uniform(28, 32), length))
    sk.body(mirror(half))
    shirt_collar(sk, rng, nw, nd)
    placket(sk, rng, nd + 1, length, n=rng.integers(3, 5))
    for y in np.linspace(40, length - 15, rng.integers(2, 4)):
        sk.line(across(side, y, 1))
    for x in (14.0, 24.0) if rng.random() < 0.5 else (16.0,):
        sk.both([(x, nd + 14), (x, length - 2)])
    return sk


def blouse(rng):
    """Round collar flaps, small buttons, slightly puffed long sleeves."""
    sk = Sketch()
    nw, nd = rng.uniform(10, 13), rng.uniform(5, 8)
    length = rng.uniform(80, 95)
    half, sl, side = top_half(nw, nd, (rng.uniform(29, 33), rng.uniform(4, 8)), long_sleeves(rng, rng.random() < 0.6),
                              (rng.uniform(28, 31), rng.uniform(28, 33)), (rng.uniform(28, 32), length))
    sk.body(mirror(half))
    sk.both(bez((nw, 0), (nw + 9, nd + 14), (0, nd + 8), 10))
    placket(sk, rng, nd + 8, length, n=rng.integers(3, 6))
    if rng.random() < 0.6:
        sk.both(sleeve_band(sl, 0.9))
    return sk


def tpose_shirt(rng):
    sk = Sketch()
    nw, nd = rng.uniform(10, 13), rng.uniform(4, 7)
    length = rng.uniform(85, 100)
    half, sl, side = top_half(nw, nd, (rng.uniform(30, 34), rng.uniform(3, 7)), long_sleeves(rng, False),
                              (rng.uniform(29, 32), rng.uniform(25, 31)), (rng.uniform(28, 32), length),
                              hem_curve=rng.choice([0.0, 5.0]))
    sk.body(mirror(half))
    shirt_collar(sk, rng, nw, nd)
    placket(sk, rng, nd + 1, length)
    if rng.random() < 0.7:
        sk.both(sleeve_band(sl, 0.88))
    if rng.random() < 0.4:
        shirt_pocket(sk, rng, rng.uniform(24, 30))
    return sk


# ---------------------------------------------------------------------------------- 7 Sneaker
# Toe to the right, sole bottom at y = 50.


def sneaker_outline(collar_y, tongue_y, toe_h, back_y, sole_bottom=50.0):
    """Side view of a low shoe: heel, sole, round toe, vamp, tongue, collar."""
    pts = [(2, sole_bottom), (106, sole_bottom)]
    pts += bez((106, sole_bottom), (122, sole_bottom), (120, sole_bottom - toe_h * 0.5), 6)[1:]
    pts += bez((120, sole_bottom - toe_h * 0.5), (118, sole_bottom - toe_h), (100, sole_bottom - toe_h - 3), 6)[1:]
    pts += [(72, tongue_y + 14), (64, tongue_y + 2), (56, tongue_y)]
    pts += bez((56, tongue_y), (40, collar_y + 8), (22, collar_y), 6)[1:]
    pts += [(10, back_y)]
    pts += bez((10, back_y), (-4, back_y + 8), (0, sole_bottom - 10), 6)[1:]
    return pts


def laces(sk, start, end, n, spread=5.0):
    """Short strokes across the lacing line from start (near the tongue) to end (toe side)."""
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    norm = math.hypot(dx, dy)
    nx, ny = -dy / norm * spread, dx / norm * spread
    for t in np.linspace(0.1, 0.9, n):
        cx, cy = x0 + dx * t, y0 + dy * t
        sk.line([(cx - nx, cy - ny), (cx + nx, cy + ny)])


def runner(rng):
    sk = Sketch()
    sk.body(sneaker_outline(rng.uniform(8, 14), rng.uniform(0, 6), rng.uniform(18, 24), rng.uniform(4, 10)))
    sole = rng.uniform(39, 43)
    sk.line(curve((1, sole), (120, sole), (0, rng.uniform(-1, 2))))
    if rng.random() < 0.8:
        laces(sk, (62, 12), (90, 27), rng.integers(3, 6))
    if rng.random() < 0.7:
        # the swoosh
        sk.line(bez((30, 30), (36, 40), (58, 36), 6) + bez((58, 36), (80, 32), (102, 22), 6)[1:]
                + bez((102, 22), (60, 38), (30, 30), 6)[1:])
    if rng.random() < 0.3:
        sk.line(curve((104, sole), (114, 28), (-4, -2)))
    return sk


def high_top(rng):
    sk = Sketch()
    top = rng.uniform(-30, -18)
    pts = [(2, 50), (106, 50)]
    pts += bez((106, 50), (122, 50), (120, 40), 6)[1:] + bez((120, 40), (118, 30), (100, 27), 6)[1:]
    pts += [(72, 18), (60, top + 6), (56, top - 2), (48, top + 2), (10, top + 4)]
    pts += bez((10, top + 4), (-2, 10), (0, 40), 8)[1:]
    sk.body(pts)
    sk.line(curve((1, 40), (120, 40), (0, 1)))
    if rng.random() < 0.7:
        sk.line(curve((98, 40), (110, 28), (-5, -2)))   # rubber toe cap
    laces(sk, (60, top + 8), (90, 26), rng.integers(4, 7))
    if rng.random() < 0.6:
        sk.line(arc(26, top * 0.4 + 10, 7, 7, 0, 360, 12))   # the ankle patch
    return sk


def skate_shoe(rng):
    """Low, flat, a thick sole band."""
    sk = Sketch()
    sk.body(sneaker_outline(rng.uniform(14, 20), rng.uniform(10, 14), rng.uniform(14, 18), rng.uniform(12, 18)))
    sole = rng.uniform(36, 40)
    sk.line([(1, sole), (121, sole)])
    if rng.random() < 0.6:
        sk.line([(1, sole + 6), (121, sole + 6)])
    if rng.random() < 0.7:
        laces(sk, (62, 20), (88, 30), rng.integers(3, 5))
    if rng.random() < 0.6:
        # a side stripe, a loose wave
        sk.line(bez((20, 28), (40, 18), (55, 28), 6) + bez((55, 28), (70, 36), (84, 30), 6)[1:])
    return sk


def chunky_trainer(rng):
    sk = Sketch()
    base = rng.uniform(52, 58)
    pts = [(2, base)] + [(x, base + (2.5 if i % 2 else 0)) for i, x in enumerate(np.linspace(12, 100, 8))]
    pts += [(106, base)] + bez((106, base), (124, base), (120, 38), 6)[1:] + bez((120, 38), (118, 28), (100, 26), 6)[1:]
    pts += [(72, 15), (64, 2), (56, -2)] + bez((56, -2), (40, 14), (22, 6), 6)[1:] + [(10, 4)]
    pts += bez((10, 4), (-6, 12), (0, base - 12), 6)[1:]
    sk.body(pts)
    sk.line(curve((1, 40), (121, 40), (0, 3)))
    if rng.random() < 0.6:
        sk.line(curve((1, 46), (122, 46), (0, 2)))
    if rng.random() < 0.6:
        # overlay panels
        sk.line(bez((14, 40), (30, 16), (50, 22), 6))
        sk.line(bez((60, 40), (76, 22), (96, 30), 6))
    if rng.random() < 0.7:
        laces(sk, (62, 8), (88, 24), rng.integers(3, 6))
    return sk


def slip_on(rng):
    sk = Sketch()
    pts = [(2, 50), (106, 50)] + bez((106, 50), (122, 50), (120, 40), 6)[1:] + bez((120, 40), (118, 30), (100, 28), 6)[1:]
    pts += [(70, 20)] + bez((70, 20), (40, 28), (10, 16), 8)[1:] + bez((10, 16), (-4, 22), (0, 40), 6)[1:]
    sk.body(pts)
    sk.line([(1, 40), (120, 40)])
    if rng.random() < 0.7:
        sk.line([(66, 21), (72, 30), (78, 23)])   # the elastic gore
    if rng.random() < 0.4:
        sk.line([(20, 40), (20, 28)])
    return sk


def velcro(rng):
    sk = Sketch()
    sk.body(sneaker_outline(rng.uniform(8, 14), rng.uniform(2, 8), rng.uniform(18, 24), rng.uniform(6, 10)))
    sk.line(curve((1, 41), (120, 41), (0, 1)))
    n = rng.integers(2, 4)
    for i in range(n):
        x = 56 + i * 13
        sk.line([(x, 8 + i * 5), (x + 12, 12 + i * 5), (x + 4, 38), (x - 6, 36)])
    return sk


def plain_sneaker(rng):
    sk = Sketch()
    sk.body(sneaker_outline(rng.uniform(6, 16), rng.uniform(0, 10), rng.uniform(16, 24), rng.uniform(4, 14)))
    sk.line(curve((1, rng.uniform(38, 43)), (120, 41), (0, 1)))
    if rng.random() < 0.4:
        sk.dot(70, 15)
    return sk


# ------------------------------------------------------------------------------------- 8 Bag


def handbag(rng):
    sk = Sketch()
    top, bot, h = rng.uniform(30, 42), rng.uniform(44, 56), rng.uniform(50, 70)
    sk.body([(-top, 0), (top, 0)] + arc(bot - 8, h - 8, 8, 8, -40, 90, 6) + arc(-bot + 8, h - 8, 8, 8, 90, 220, 6))
    hw, hh = top * rng.uniform(0.45, 0.75), rng.uniform(25, 42)
    sk.strap(bez((-hw, 1), (0, -hh * 2), (hw, 1), 14))
    if rng.random() < 0.6:
        sk.line([(-top, 2), (0, rng.uniform(18, 28)), (top, 2)])   # the flap
    if rng.random() < 0.6:
        sk.dot(0, rng.uniform(18, 28))
    return sk


def tote(rng):
    sk = Sketch()
    w, h = rng.uniform(36, 46), rng.uniform(55, 75)
    sk.body([(-w, 0), (w, 0), (w + rng.uniform(0, 5), h), (-w - rng.uniform(0, 5), h)])
    hw, hh = w * rng.uniform(0.35, 0.55), rng.uniform(30, 45)
    sk.strap(bez((-hw, 1), (0, -hh * 2), (hw, 1), 14))
    if rng.random() < 0.6:
        sk.strap(bez((-hw - 6, 1), (0, -hh * 2 - 10), (hw + 6, 1), 14))
    if rng.random() < 0.3:
        sk.line(rect(-w * 0.4, h * 0.4, w * 0.4, h * 0.7))   # a printed patch
    return sk


def backpack(rng):
    sk = Sketch()
    w, h = rng.uniform(30, 38), rng.uniform(75, 90)
    top = rng.uniform(18, 28)
    sk.body(arc(0, top, w, top, 180, 360, 12) + arc(w - 8, h - 8, 8, 8, 0, 90, 5) + arc(-w + 8, h - 8, 8, 8, 90, 180, 5))
    sk.strap(bez((-7, 1), (0, -22), (7, 1), 8))   # the grab handle
    py = h * rng.uniform(0.5, 0.6)
    sk.line(rrect(-w * 0.7, py, w * 0.7, h - 6, 6))
    if rng.random() < 0.6:
        sk.line(arc(0, top + 4, w * 0.8, top * 0.8, 190, 350, 10))   # the zip round the top
    if rng.random() < 0.5:
        sk.both(bez((w - 2, 8), (w + 10, h * 0.5), (w - 2, h - 6), 8))   # shoulder straps behind
    return sk


def clutch(rng):
    sk = Sketch()
    w, h = rng.uniform(50, 62), rng.uniform(30, 42)
    sk.body(rrect(-w, 0, w, h, rng.uniform(2, 8)))
    flap = h * rng.uniform(0.5, 0.75)
    if rng.random() < 0.5:
        sk.line([(-w, 1), (0, flap), (w, 1)])
    else:
        sk.line(curve((-w, flap * 0.6), (w, flap * 0.6), (0, flap * 0.5)))
    sk.dot(0, flap)
    return sk


def shoulder_bag(rng):
    sk = Sketch()
    w, h = rng.uniform(32, 42), rng.uniform(36, 50)
    sk.body(rrect(-w, 0, w, h, rng.uniform(4, 10)))
    peak = rng.uniform(45, 80)
    if rng.random() < 0.5:
        sk.strap(bez((-w + 3, 2), (0, -peak * 2), (w - 3, 2), 16))
    else:
        sk.strap([(-w + 3, 2), (rng.uniform(-6, 6), -peak), (w - 3, 2)])
    if rng.random() < 0.7:
        fy = h * rng.uniform(0.45, 0.6)
        sk.line([(-w, 2)] + curve((-w, fy), (w, fy), (0, 4))[::3] + [(w, 2)])   # the flap's edge
        sk.line(rect(-4, fy - 2, 4, fy + 6))
    return sk


def kiss_lock_purse(rng):
    sk = Sketch()
    w, h = rng.uniform(28, 36), rng.uniform(38, 50)
    sk.body([(-w, 0), (w, 0)] + bez((w, 0), (w + 16, h * 0.5), (w * 0.7, h), 8)[1:]
            + bez((w * 0.7, h), (0, h + 10), (-w * 0.7, h), 8)[1:] + bez((-w * 0.7, h), (-w - 16, h * 0.5), (-w, 0), 8)[1:])
    sk.line([(-w - 1, 5), (w + 1, 5)])   # the metal frame
    sk.strap(arc(-3.5, -4, 3.5, 3.5, 0, 360, 10))
    sk.strap(arc(3.5, -4, 3.5, 3.5, 0, 360, 10))
    if rng.random() < 0.7:
        sk.strap(bez((-w + 2, 0), (0, -rng.uniform(60, 90)), (w - 2, 0), 14))
    return sk


def shopper(rng):
    """A bag with a handle hole cut out of the top: the hole stays dark when filled."""
    sk = Sketch()
    w, h = rng.uniform(34, 44), rng.uniform(75, 95)
    sk.body(rrect(-w, 0, w, h, rng.uniform(3, 8)))
    hw, hy = rng.uniform(10, 16), rng.uniform(9, 14)
    hole = arc(0, hy, hw, rng.uniform(4, 6), 0, 360, 16)
    sk.holes.append(hole)
    if rng.random() < 0.4:
        sk.line([(-w, hy * 2 + 6), (w, hy * 2 + 6)])
    return sk


def duffel(rng):
    sk = Sketch()
    w, h = rng.uniform(55, 70), rng.uniform(32, 44)
    r = h * 0.45
    sk.body(rrect(-w, 0, w, h, r))
    sk.strap(bez((-w * 0.35, 1), (0, -h * 1.2), (w * 0.35, 1), 12))
    if rng.random() < 0.7:
        sk.line([(-w + r, 6), (w - r, 6)])   # the zip
    if rng.random() < 0.5:
        sk.both(arc(w - r, h / 2, r * 0.6, r * 0.8, 0, 360, 12))
    return sk


# ------------------------------------------------------------------------------ 9 Ankle boot
# Toe to the right; the shaft rises to just above the ankle.


def boot_outline(rng, shaft_top=0.0, front=48.0, heel=None, sole_y=100.0):
    """Side view: back of the shaft, its top, the front down to the instep, the toe, the sole.

    heel: None (flat) or (height, width) of a heel under the back. Returns (points, toe_x)."""
    toe = rng.uniform(104, 120)
    pts = [(8, shaft_top), (front, shaft_top)]
    pts += bez((front, shaft_top), (front + 2, 30), (front + 5, 52), 5)[1:]
    pts += bez((front + 5, 52), (front + 12, 70), (toe - 18, 74), 6)[1:]
    pts += bez((toe - 18, 74), (toe + 2, 77), (toe, 92), 6)[1:]
    pts += bez((toe, 92), (toe, sole_y), (toe - 10, sole_y), 4)[1:]
    if heel is None:
        pts += [(4, sole_y)]
        pts += bez((4, sole_y), (0, 60), (8, shaft_top), 8)[1:]
    else:
        hh, hw = heel
        arch = sole_y - hh
        pts += [(toe - 32, sole_y)] + bez((toe - 32, sole_y), (toe - 50, arch), (10 + hw + 6, arch), 6)[1:]
        pts += [(6 + hw, sole_y), (5, sole_y), (3, arch)]
        pts += bez((3, arch), (1, 45), (8, shaft_top), 8)[1:]
    return pts, toe


def boot_laces(sk, front, top, n):
    """Criss-cross laces just inside the front edge of the shaft, down to the instep."""
    ys = np.linspace(top + 6, 50, n)
    for y in ys:
        inset = 3 + (y - top) / (52 - top) * 2   # the front edge leans forward as it goes down
        x = front + (y - top) / (52 - top) * 5 - inset
        sk.line([(x - 9, y), (x, y + (50 - top) / n * 0.6)])


def chelsea(rng):
    sk = Sketch()
    front = rng.uniform(44, 50)
    pts, toe = boot_outline(rng, front=front)
    sk.body(pts)
    sk.line([(2, 92), (toe, 92)])
    if rng.random() < 0.6:
        sk.line([(26, 92), (26, 100)])   # the heel block
    x = rng.uniform(20, 28)
    sk.line(curve((x - 8, 0.5), (x + 8, 0.5), (0, rng.uniform(28, 40))))   # elastic side panel
    if rng.random() < 0.6:
        sk.strap(curve((7, 1), (17, 1), (0, -9)))   # pull tab
    return sk


def laced_boot(rng):
    sk = Sketch()
    front = rng.uniform(46, 52)
    pts, toe = boot_outline(rng, front=front)
    sk.body(pts)
    sk.line([(2, 90), (toe, 90)])
    boot_laces(sk, front, 0.0, rng.integers(4, 7))
    if rng.random() < 0.4:
        sk.strap(curve((front - 8, 1), (front - 20, -4), (0, -6)))   # the bow's loop
    return sk


def heeled_bootie(rng):
    sk = Sketch()
    hh = rng.uniform(12, 24)
    pts, toe = boot_outline(rng, front=rng.uniform(42, 48), heel=(hh, rng.uniform(7, 16)))
    sk.body(pts)
    if rng.random() < 0.6:
        sk.line([(24, 6), (26, 60)])   # a zip
    return sk


def zip_boot(rng):
    sk = Sketch()
    pts, toe = boot_outline(rng, front=rng.uniform(46, 52))
    sk.body(pts)
    sk.line([(2, 91), (toe, 91)])
    x = rng.uniform(26, 34)
    sk.line([(x, 2), (x + 3, rng.uniform(55, 70))])
    sk.line(rect(x - 3, 4, x + 3, 12))   # the zip pull
    return sk


def combat_boot(rng):
    sk = Sketch()
    top, front = rng.uniform(-20, -5), rng.uniform(46, 52)
    pts, toe = boot_outline(rng, shaft_top=top, front=front, sole_y=104)
    sk.body(pts)
    sk.line([(2, 92), (toe, 92)])
    # lug sole: a zigzag above the ground
    sk.line([(x, 98 + (3 if i % 2 else 0)) for i, x in enumerate(np.linspace(6, toe - 8, 10))])
    boot_laces(sk, front, top, rng.integers(5, 8))
    if rng.random() < 0.5:
        sk.line([(8, top + 8), (front, top + 8)])   # padded collar
    return sk


def wedge_boot(rng):
    sk = Sketch()
    pts, toe = boot_outline(rng, front=rng.uniform(44, 50))
    sk.body(pts)
    sk.line([(2, rng.uniform(70, 80)), (60, 94), (toe, 94)])   # top of the wedge
    if rng.random() < 0.5:
        sk.line(curve((8, 14), (46, 14), (0, 3)))   # a cuff fold
    return sk


def plain_boot(rng):
    sk = Sketch()
    pts, toe = boot_outline(rng, shaft_top=rng.uniform(-15, 10), front=rng.uniform(44, 54))
    sk.body(pts)
    if rng.random() < 0.6:
        sk.line([(2, 92), (toe, 92)])
    return sk


DESIGNS = {
    0: [tee, vneck_tee, tank_top, crop_top, long_tee, boxy_tee, ringer_tee],
    1: [jeans, wide_leg, skinny, plain_trousers, cargo, joggers, belted_trousers],
    2: [crew_sweater, vneck_sweater, hoodie, tpose_sweater, turtleneck, striped_sweater],
    3: [a_line_dress, slip_dress, gown, sleeved_dress, belted_dress, long_sleeve_dress, tube_dress],
    4: [trench, parka, simple_coat, peacoat, puffer, flared_coat],
    5: [side_sandal, heeled_sandal, flip_flop, strappy_top_view, gladiator, slide, wedge_sandal],
    6: [button_shirt, short_sleeve_shirt, polo, flannel, blouse, tpose_shirt],
    7: [runner, high_top, skate_shoe, chunky_trainer, slip_on, velcro, plain_sneaker],
    8: [handbag, tote, backpack, clutch, shoulder_bag, kiss_lock_purse, shopper, duffel],
    9: [chelsea, laced_boot, heeled_bootie, zip_boot, combat_boot, wedge_boot, plain_boot],
}


# ------------------------------------------------------------------------------------ the hand


def densify(pts, closed):
    """Points every STEP pixels along the line (the hand's wobble needs them to bend it)."""
    pts = np.asarray(pts, float)
    if closed and len(pts) > 2 and np.hypot(*(pts[0] - pts[-1])) > 1e-6:
        pts = np.vstack([pts, pts[:1]])
    out = [pts[:1]]
    for p, q in zip(pts[:-1], pts[1:]):
        n = int(math.ceil(np.hypot(*(q - p)) / STEP))
        if n:
            t = np.arange(1, n + 1)[:, None] / n
            out.append(p + (q - p) * t)
    return np.vstack(out)


def smooth(noise, k=7):
    """Moving average along a line: tremor that drifts rather than buzzes."""
    k = min(k, len(noise))
    kernel = np.ones(k) / k
    return np.stack([np.convolve(noise[:, i], kernel, mode="same") for i in range(2)], axis=1)


class Hand:
    """One student's way of drawing: placement, brush, wobble and care."""

    def __init__(self, rng):
        self.rng = rng
        self.angle = math.radians(float(np.clip(rng.normal(0, 6), -15, 15)))
        self.aspect = math.exp(rng.uniform(-0.15, 0.15))   # drawn a little wider or narrower
        self.frac = rng.uniform(0.35, 0.95)                # longest side of the garment / canvas
        size = self.frac * CANVAS
        # Most keep the default brush; some pick thin or fat ones. A fat brush on a small garment
        # is rare (it would be a blob), so the width is capped by the garment's size.
        w = rng.normal(18, 3) if rng.random() < 0.55 else rng.uniform(5, 35)
        self.width = float(np.clip(w, 5, max(5.0, 0.14 * size)))
        self.size = size
        # low-frequency bend of the whole drawing: an unsteady hand, not noise
        self.amp = size * rng.uniform(0.004, 0.018)
        self.freq = rng.uniform(0.4, 1.4, size=(2, 3)) / size
        theta = rng.uniform(0, 2 * math.pi, size=(2, 3))
        self.dirs = np.stack([np.cos(theta), np.sin(theta)], axis=-1)
        self.phase = rng.uniform(0, 2 * math.pi, size=(2, 3))
        self.weight = rng.normal(size=(2, 3)) / math.sqrt(3)
        self.tremor = rng.uniform(0.5, 2.5)   # px, before smoothing
        self.care = rng.uniform(0, 1)         # careless hands leave gaps and overshoot more

    def bend(self, pts):
        out = pts.copy()
        for axis in range(2):
            proj = pts @ self.dirs[axis].T                              # (n, 3)
            out[:, axis] += self.amp * (self.weight[axis] * np.sin(2 * math.pi * self.freq[axis] * proj
                                                                   + self.phase[axis])).sum(axis=1)
        out += smooth(self.rng.normal(0, self.tremor, size=pts.shape))
        return out

    def stroke_path(self, pts, closed, shift=True):
        """A line as this hand draws it: bent, a little off its place, ends not quite right."""
        path = self.bend(densify(pts, closed))
        if shift:
            path = path + self.rng.normal(0, 0.006 * self.size, size=2)
        n = len(path)
        rng = self.rng
        if closed and n > 8:
            path = np.roll(path[:-1], -rng.integers(n - 1), axis=0)   # the stroke starts anywhere
            path = np.vstack([path, path[:1]])
            r = rng.random()
            if r < 0.15 + 0.2 * (1 - self.care):          # stops short of where it began
                path = path[: n - max(1, int(n * rng.uniform(0.01, 0.05)))]
            elif r < 0.3 + 0.4 * (1 - self.care):         # carries on past it
                extra = path[1: 1 + max(1, int(n * rng.uniform(0.01, 0.05)))]
                path = np.vstack([path, extra + rng.normal(0, 1.5, size=2)])
        elif not closed and n > 2 and rng.random() < 0.3:
            # an open line that overshoots or falls short at one end
            tangent = path[-1] - path[-2]
            tangent /= max(1e-6, np.hypot(*tangent))
            reach = rng.uniform(-0.03, 0.04) * self.size
            if reach > 0:
                path = np.vstack([path, path[-1] + tangent * reach])
            else:
                path = path[: max(2, n - int(-reach / STEP))]
        return path


def place(sk, hand, flip):
    """Map design units to canvas pixels: flip, aspect, rotation, size, off-centre position."""
    groups = ([p for p, _ in sk.bodies], sk.holes, sk.straps, sk.details, [sk.dots])
    every = np.vstack([np.asarray(p, float) for g in groups for p in g if len(p)])
    lo, hi = every.min(0), every.max(0)
    centre = (lo + hi) / 2
    scale = hand.size / max(hi - lo)
    c, s = math.cos(hand.angle), math.sin(hand.angle)
    rot = np.array([[c, -s], [s, c]])
    sx = (-1.0 if flip else 1.0) * hand.aspect

    def raw(p):
        p = (np.asarray(p, float).reshape(-1, 2) - centre) * scale
        p[:, 0] *= sx
        return p @ rot.T

    pts = raw(every)
    lo, hi = pts.min(0), pts.max(0)
    margin = hand.width / 2 + 3
    room = CANVAS - 2 * margin
    shrink = min(1.0, room / max(hi - lo))   # rotated or widened past the canvas: draw it smaller
    lo, hi = lo * shrink, hi * shrink
    offset = margin - lo + hand.rng.beta(1.6, 1.6, size=2) * (room - (hi - lo))
    hand.size *= shrink

    def to_canvas(p):
        return raw(p) * shrink + offset
    return to_canvas


def stroke(draw, path, fill, width):
    """A round-capped brush stroke (the canvas's lineCap = lineJoin = 'round')."""
    flat = [tuple(p) for p in (path * SUPERSAMPLE).tolist()]
    r = width * SUPERSAMPLE / 2
    if len(flat) > 1:
        draw.line(flat, fill=fill, width=max(1, int(round(2 * r))))
    # A disc at every point: round joins and caps, and no corners sticking out where the line bends.
    for x, y in flat:
        draw.ellipse([x - r, y - r, x + r, y + r], fill=fill)


def scribble(draw, poly, width, rng):
    """Paint a shape the way a hurried student does: back-and-forth strokes, a few gaps left."""
    theta = rng.uniform(0, math.pi)
    c, s = math.cos(theta), math.sin(theta)
    rot = np.array([[c, s], [-s, c]])
    q = poly @ rot.T
    spacing = width * rng.uniform(0.5, 1.05)
    last, forward = None, True
    for y in np.arange(q[:, 1].min() + spacing * 0.5, q[:, 1].max(), spacing):
        forward = not forward   # back and forth
        # where this scan line crosses the outline; pairs of crossings bound the inside
        a, b = q[:-1], q[1:]
        cross = (a[:, 1] - y) * (b[:, 1] - y) < 0
        xs = np.sort(a[cross, 0] + (y - a[cross, 1]) * (b[cross, 0] - a[cross, 0]) / (b[cross, 1] - a[cross, 1]))
        runs = [(xs[i], xs[i + 1]) for i in range(0, len(xs) - 1, 2)]
        for x0, x1 in runs:
            x0 += width * rng.uniform(0.25, 0.65)   # the round end of the stroke reaches the edge, or not quite
            x1 -= width * rng.uniform(0.25, 0.65)
            if x1 <= x0:
                continue
            seg = np.array([[x0, y], [x1, y]] if forward else [[x1, y], [x0, y]])
            if len(runs) == 1 and last is not None and rng.random() < 0.6:
                # a single run: often joined to the one before, without lifting the brush
                seg = np.vstack([last, seg])
            stroke(draw, seg @ rot, 255, width)
            last = seg[-1:]
        if len(runs) != 1:
            last = None


def render(sk, style, rng):
    """One 280x280 uint8 drawing of a Sketch by a new hand, in the given style."""
    hand = Hand(rng)
    to_canvas = place(sk, hand, flip=rng.random() < 0.5)
    image = Image.new("L", (CANVAS * SUPERSAMPLE,) * 2, 0)
    draw = ImageDraw.Draw(image)
    w = hand.width
    # Students leave out some of the details they meant to draw.
    details = [d for d in sk.details if rng.random() > 0.12]
    dots = [d for d in sk.dots if rng.random() > 0.1]
    if style == "filled":
        rough = rng.random() < 0.35
        for pts, _ in sk.bodies:
            path = hand.stroke_path(to_canvas(pts), True, shift=False)
            # The paint stays about inside the outline the student meant (the brush runs along
            # the inside of the edge), so a gap drawn into the shape, between two trouser legs,
            # stays open even with a fat brush.
            if rough:
                scribble(draw, path, w, rng)
                stroke(draw, path, 255, w * 0.5)
            else:
                draw.polygon([tuple(p) for p in (path * SUPERSAMPLE).tolist()], fill=255)
                stroke(draw, path, 255, w * 0.3)
        for pts in sk.straps:
            stroke(draw, hand.stroke_path(to_canvas(pts), False), 255, w)
        for pts in sk.holes:
            path = hand.stroke_path(to_canvas(pts), True, shift=False)
            draw.polygon([tuple(p) for p in (path * SUPERSAMPLE).tolist()], fill=0)
        # A gap left unpainted is narrower than the brush, but not by much.
        gap = float(np.clip(w * rng.uniform(0.35, 0.7), 3, 12))
        for pts in details:
            stroke(draw, hand.stroke_path(to_canvas(pts), False), 0, gap)
        for x, y in to_canvas(dots) if dots else []:
            stroke(draw, np.array([[x, y]]), 0, max(gap, 4) * 1.2)
    else:
        for pts, closed in sk.bodies:
            # closed=False: the edge hidden behind another part (a hood's bottom) is not drawn
            path = hand.stroke_path(to_canvas(pts), True) if closed else hand.bend(densify(to_canvas(pts), False))
            stroke(draw, path, 255, w)
        for pts in sk.holes:
            stroke(draw, hand.stroke_path(to_canvas(pts), True), 255, w)
        inner = w * (rng.uniform(0.55, 0.9) if rng.random() < 0.3 else 1.0)   # some switch to a thinner brush
        for pts in sk.straps:
            stroke(draw, hand.stroke_path(to_canvas(pts), False), 255, w)
        for pts in details:
            stroke(draw, hand.stroke_path(to_canvas(pts), False), 255, inner)
        for x, y in to_canvas(dots) if dots else []:
            stroke(draw, np.array([[x, y]]), 255, inner * rng.uniform(1.0, 1.4))
    return np.asarray(image.resize((CANVAS, CANVAS), Image.Resampling.BOX), dtype=np.uint8)


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)"""
    styles = tuple(styles)
    if not styles:
        raise ValueError(f"styles is empty: choose from {STYLES}")
    for s in styles:
        if s not in STYLES:
            raise ValueError(f"unknown style {s!r}: choose from {STYLES}")
    images, labels, names = [], [], []
    for label in range(len(CLASS_NAMES)):
        designs = DESIGNS[label]
        nd, ns = len(designs), len(styles)
        # Every design in turn, each in every style: the first nd drawings of a class already
        # show all its designs, with the styles alternating.
        plan = [(d, styles[(d + r) % ns]) for r in range(ns) for d in range(nd)]
        for i in range(count_per_class):
            d, style = plan[i % len(plan)]
            rng = np.random.default_rng([seed, label, i])   # one drawing never depends on another
            images.append(render(designs[d](rng), style, rng))
            labels.append(label)
            names.append(style)
    if not images:
        return np.zeros((0, CANVAS, CANVAS), np.uint8), np.zeros(0, np.int64), []
    return np.stack(images), np.asarray(labels, np.int64), names


def contact_sheet(images, labels, styles, path, per_style=6, thumb=100):
    """One row per class: up to `per_style` drawings of each style, shrunk."""
    labels = np.asarray(labels)
    styles = np.asarray(styles)
    style_order = [s for s in STYLES if s in set(styles.tolist())]
    picks = {(c, s): np.nonzero((labels == c) & (styles == s))[0][:per_style]
             for c in range(len(CLASS_NAMES)) for s in style_order}
    per_style = max([len(v) for v in picks.values()] + [1])   # no empty columns
    label_w, head, pad = 110, 18, 4
    cell = thumb + pad
    sheet = Image.new("L", (label_w + per_style * len(style_order) * cell, head + len(CLASS_NAMES) * cell), 90)
    draw = ImageDraw.Draw(sheet)
    for k, style in enumerate(style_order):
        draw.text((label_w + k * per_style * cell + 4, 3), style, fill=255)
    for c, name in enumerate(CLASS_NAMES):
        y = head + c * cell
        draw.text((6, y + thumb // 2 - 6), name, fill=255)
        for k, style in enumerate(style_order):
            for j, i in enumerate(picks[(c, style)]):
                tile = Image.fromarray(images[i]).resize((thumb, thumb), Image.Resampling.BOX)
                sheet.paste(tile, (label_w + (k * per_style + j) * cell, y))
    sheet.save(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-class", type=int, default=30, help="drawings per class")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", type=Path, help="write a PNG contact sheet here to look at")
    args = parser.parse_args()
    start = time.perf_counter()
    images, labels, styles = make(args.per_class, args.seed)
    seconds = time.perf_counter() - start
    print(f"{len(images)} drawings ({args.per_class} per class, styles {', '.join(STYLES)}) in {seconds:.1f} s")
    if args.sheet:
        contact_sheet(images, labels, styles, args.sheet)
        print(f"contact sheet: {args.sheet}")


if __name__ == "__main__":
    main()
