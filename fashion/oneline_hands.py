"""Drawings by people who draw in one continuous line, the pen hardly ever lifted.

Who: people who like the popular "one-line drawing" style, and people who simply draw the whole
garment in one or two long strokes because it is quick. The contour runs on into the inner
details and back: from the neckline down the placket and back up, round a pocket and out again,
along the laces and back to the sole. What gives them away:
  * connecting lines that join a detail to the outline (or cut across the garment to the next one),
  * lines drawn twice where the pen goes back over its path (a placket, a strap, a zip),
  * small loops where the line turns back on itself, buttons drawn as curls of the same line,
  * corners rounded by speed, and an outline that does not quite meet where it began.
Some of them are more careful and lift the pen two to four times (at the connecting lines).
"filled": they draw the line first, then colour the shape in with a few broad back-and-forth
strokes (or paint it solid), leaving the inner line dark through the paint most of the time.

Coordinates of a design are free units (clothes from the front, y down; shoes from the side,
toe to the left, ground at y=0); the hand fits them onto the 280x280 canvas.
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from math import comb

import numpy as np
from PIL import Image, ImageDraw
from scipy.ndimage import gaussian_filter1d

from .config import CLASS_NAMES

STYLES = ("outline", "filled")
SIZE = 280
_BIG = 2 * SIZE  # drawn at 2x and shrunk: antialiased strokes, as a canvas app's brush


# ----------------------------------------------------------------------------- geometry helpers

def _pts(*parts) -> np.ndarray:
    return np.vstack([np.asarray(p, float).reshape(-1, 2) for p in parts])


def _bez(*ctrl, n: int = 10) -> np.ndarray:
    ctrl = np.asarray(ctrl, float)
    k = len(ctrl) - 1
    t = np.linspace(0, 1, n)[:, None]
    return sum(comb(k, i) * t ** i * (1 - t) ** (k - i) * ctrl[i] for i in range(k + 1))


def _arc(cx, cy, rx, ry, a0, a1, n: int = 14) -> np.ndarray:
    a = np.radians(np.linspace(a0, a1, n))
    return np.c_[cx + rx * np.cos(a), cy + ry * np.sin(a)]


def _mir(p) -> np.ndarray:
    p = np.array(p, float).reshape(-1, 2)
    p[:, 0] *= -1
    return p


def _sym(*right) -> np.ndarray:
    """A closed front-view contour from its right half (top centre ... bottom centre)."""
    right = _pts(*right)
    return _pts(right, _mir(right[::-1])[1:-1])


def _both(*lines):
    """Details drawn on both sides of a garment."""
    out = []
    for line in lines:
        out += [np.asarray(line, float), _mir(line)]
    return out


def _resample(p: np.ndarray, step: float) -> np.ndarray:
    seg = np.hypot(*np.diff(p, axis=0).T)
    s = np.r_[0, np.cumsum(seg)]
    if s[-1] < 1e-9:
        return p[:1]
    t = np.linspace(0, s[-1], max(2, int(s[-1] / step) + 1))
    return np.c_[np.interp(t, s, p[:, 0]), np.interp(t, s, p[:, 1])]


def _curl_line(a, b, loops: int, r: float) -> np.ndarray:
    """A line from a to b with small loops on it: buttons as one-line drawers make them."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    length = np.hypot(*d)
    d /= length
    nrm = np.array([-d[1], d[0]])
    out = [a]
    for k in range(loops):
        c = a + d * length * (k + 0.5) / loops
        t = np.linspace(0, 2 * np.pi, 12)
        out.append(c[None] + r * (np.sin(t)[:, None] * d + (1 - np.cos(t))[:, None] * nrm))
    out.append(b)
    return _pts(*out)


def _zigzag(a, b, n: int, amp: float) -> np.ndarray:
    """Laces, ribbing, a zip: the pen going back and forth along a line."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = b - a
    nrm = np.array([-d[1], d[0]]) / (np.hypot(*d) + 1e-9)
    t = np.linspace(0, 1, 2 * n + 1)
    side = np.where(np.arange(2 * n + 1) % 2 == 0, -1.0, 1.0) * amp
    return a + t[:, None] * d + side[:, None] * nrm


def _rect(x0, y0, x1, y1, open_top=False) -> np.ndarray:
    p = [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]
    return np.array(p if open_top else p + [(x0, y0)], float)


class Shape:
    """A design: closed contours (the first is the one the pen starts on), inner details (dark
    lines through the paint in "filled") and outer details (handles, straps: stay lines)."""

    def __init__(self, outline, inner=(), outer=(), paint=None):
        self.outline = [np.asarray(o, float) for o in (outline if isinstance(outline, list) else [outline])]
        self.inner = [np.asarray(p, float) for p in inner]
        self.outer = [np.asarray(p, float) for p in outer]
        self.paint = self.outline if paint is None else [np.asarray(p, float) for p in paint]


# ----------------------------------------------------------------------------- tops (front view)

def _top(rng, sleeve="short", neck="crew", length=1.0, flare=0.0, waist=0.0, wide=1.0):
    """A front-view top's contour; returns (contour, anchors) for placing the details."""
    u = rng.uniform
    sw, nw, slope = u(0.46, 0.56) * wide, u(0.15, 0.21), u(0.04, 0.12)
    H, bw = length * u(0.92, 1.08), u(0.40, 0.47) * wide
    hw, ap, nd = bw * (1 + flare), u(0.30, 0.40), u(0.08, 0.15)
    neckline = {
        "crew": _bez((0, nd), (nw * 0.9, nd), (nw, 0)),
        "v": np.array([(0, nd * 2.6), (nw, 0)]),
        "deepv": np.array([(0, nd * 4.0), (nw, 0)]),
        "scoop": _bez((0, nd * 2.2), (nw * 1.1, nd * 2.2), (nw * 1.1, 0)),
        "boat": _bez((0, nd * 0.5), (nw * 1.4, nd * 0.4), (nw * 1.5, 0)),
        "turtle": np.array([(0, -0.17), (nw * 0.8, -0.17), (nw * 0.85, -0.01), (nw, 0)]),
        "hood": _bez((0, -0.42), (nw + 0.22, -0.44), (nw + 0.12, 0.0)),
        "collar": _bez((0, nd * 0.6), (nw * 0.8, nd * 0.5), (nw * 0.8, -0.04)),
    }[neck]
    nx = neckline[-1, 0]
    S = np.array([max(sw, nx + 0.14), slope])
    if sleeve == "none":
        S = np.array([nx + u(0.05, 0.13), slope * 0.5])
        A = np.array([bw * u(1.0, 1.08), ap + u(0.0, 0.1)])
        arm = _bez(S, (S[0] + 0.03, A[1] * 0.75), (A[0] - 0.1, A[1] * 0.95), A, n=9)
        E = I = S
    else:
        ang, L, cw = {"short": (u(.45, .8), u(.28, .42), u(.2, .27)),
                      "cap": (u(.25, .45), u(.12, .2), u(.2, .26)),
                      "three": (u(.9, 1.15), H * u(.55, .7), u(.18, .24)),
                      "long": (u(1.05, 1.3), H * u(.88, 1.02), u(.16, .23))}[sleeve]
        d = np.array([np.cos(ang), np.sin(ang)])
        E = S + L * d
        I = E + cw * np.array([-d[1], d[0]])
        A = np.array([bw * u(1.0, 1.08), ap])
        arm = _pts(S, E, I, A)
    body = [A]
    if waist:
        body.append((bw - waist, A[1] + (H - A[1]) * 0.45))
    curve = u(-0.03, 0.07)
    body.append(_bez((hw, H), (hw * 0.5, H + curve), (0, H + curve), n=6))
    contour = _sym(neckline, arm, *body)
    return contour, dict(nw=nx, nd=neckline[0, 1], S=S, E=E, I=I, A=A, H=H, hw=hw, bw=bw,
                         top=neckline[0, 1])


def _cuffs(a, depth):
    E, I = a["E"], a["I"]
    d = E - a["S"]
    d = d / (np.hypot(*d) + 1e-9) * depth
    return _both([E - d, I - d])


def _hem_band(a, depth, rng, ticks=False):
    y = a["H"] - depth
    if ticks and rng.random() < 0.6:  # ribbing drawn as the pen zigzagging along the band
        return [_zigzag((-a["hw"] * 0.97, y + depth * 0.45), (a["hw"] * 0.97, y + depth * 0.45),
                        int(rng.integers(6, 11)), depth * 0.5)]
    return [np.array([(-a["hw"] * 0.98, y), (a["hw"] * 0.98, y)])]


def _placket(a, rng, x=0.0, y0=None, y1=None, buttons=None):
    y0 = a["nd"] if y0 is None else y0
    y1 = a["H"] if y1 is None else y1
    n = int(rng.integers(3, 7)) if buttons is None else buttons
    if rng.random() < 0.7:
        return _curl_line((x, y0), (x, y1), n, rng.uniform(0.025, 0.04))
    return np.array([(x, y0), (x, y1)])


def _pocket(cx, cy, w, h, flap=False):
    p = _rect(cx - w / 2, cy, cx + w / 2, cy + h, open_top=not flap)
    return p if not flap else _pts(p, [(cx - w / 2, cy + h * 0.35), (cx + w / 2, cy + h * 0.35)])


def _shirt_collar(a, rng):
    nw, nd = a["nw"], a["nd"]
    tip = (nw * rng.uniform(0.2, 0.7), nd + rng.uniform(0.12, 0.22))
    return _both([(nw * 1.05, -0.02), tip, (0.0, nd)])


def tee(rng):
    c, a = _top(rng, "short", rng.choice(["crew", "crew", "v", "scoop"]))
    inner = []
    if rng.random() < 0.5:
        inner += _cuffs(a, 0.05)
    if rng.random() < 0.4:  # a neckband: the pen runs round the neckline twice
        inner.append(_bez((-a["nw"] * 0.8, 0.02), (0, a["nd"] + 0.1), (a["nw"] * 0.8, 0.02)))
    return Shape(c, inner)


def pocket_tee(rng):
    c, a = _top(rng, "short", "crew")
    return Shape(c, [_pocket(-a["bw"] * 0.45, 0.32, 0.2, 0.2)] + _cuffs(a, 0.05))


def tank(rng):
    c, a = _top(rng, "none", rng.choice(["scoop", "deepv", "crew"]), length=rng.uniform(0.9, 1.1))
    return Shape(c, _hem_band(a, 0.06, rng) if rng.random() < 0.4 else [])


def crop(rng):
    c, a = _top(rng, rng.choice(["short", "cap", "none"]), rng.choice(["crew", "boat", "scoop"]),
                length=rng.uniform(0.6, 0.72), wide=1.05)
    return Shape(c, _hem_band(a, 0.07, rng, ticks=True) if rng.random() < 0.5 else [])


def printed_tee(rng):
    c, a = _top(rng, "short", "crew")
    cy = a["H"] * 0.5
    r = rng.uniform(0.12, 0.18)
    kind = rng.integers(3)
    if kind == 0:  # a heart
        art = _pts(_bez((0, cy + r), (-r * 2, cy - r * 0.3), (-r * 0.6, cy - r * 1.6), (0, cy - r * 0.4)),
                   _bez((0, cy - r * 0.4), (r * 0.6, cy - r * 1.6), (r * 2, cy - r * 0.3), (0, cy + r)))
    elif kind == 1:  # a star
        t = np.radians(np.arange(11) * 36 - 90)
        rr = np.where(np.arange(11) % 2 == 0, r * 1.2, r * 0.5)
        art = np.c_[rr * np.cos(t), cy + rr * np.sin(t)]
    else:  # a smile in a circle
        art = _pts(_arc(0, cy, r, r, 0, 360, 16), _arc(0, cy, r * 0.55, r * 0.5, 20, 160, 6))
    return Shape(c, [art])


def raglan_tee(rng):
    c, a = _top(rng, "short", "crew")
    return Shape(c, _both([(a["nw"] * 0.9, 0.03), a["A"]]) + _cuffs(a, 0.04))


def flowy_top(rng):
    c, a = _top(rng, rng.choice(["cap", "short"]), rng.choice(["boat", "scoop"]),
                length=rng.uniform(0.95, 1.15), flare=rng.uniform(0.25, 0.45))
    return Shape(c, [])


def cami(rng):
    c, a = _top(rng, "none", "scoop", length=rng.uniform(0.85, 1.05), flare=0.1)
    # Thin straps stick up above the neckline: drawn as lines the pen goes up and back down.
    sx = a["S"][0] - 0.03
    straps = _both([(sx, a["S"][1]), (sx - 0.02, -0.22), (sx - 0.05, a["S"][1])])
    return Shape(c, [], straps)


def ringer_tee(rng):
    c, a = _top(rng, "short", "crew")
    band = _bez((-a["nw"], 0), (0, a["nd"] + 0.12), (a["nw"], 0))
    return Shape(c, [band] + _cuffs(a, 0.06) + _hem_band(a, 0.06, rng))


def long_tee(rng):
    c, a = _top(rng, "short", "crew", length=rng.uniform(1.15, 1.3))
    return Shape(c, [_bez((-a["hw"], a["H"] - 0.15), (0, a["H"] - 0.05), (a["hw"], a["H"] - 0.15))]
                 if rng.random() < 0.3 else [])


# ----------------------------------------------------------------------------- pullovers

def _rib_cuffs(a, rng):
    return _cuffs(a, 0.09) + _hem_band(a, 0.1, rng, ticks=True)


def sweater(rng):
    c, a = _top(rng, "long", "crew")
    band = [_bez((-a["nw"], 0.01), (0, a["nd"] + 0.09), (a["nw"], 0.01))] if rng.random() < 0.6 else []
    return Shape(c, band + _rib_cuffs(a, rng))


def hoodie(rng):
    c, a = _top(rng, "long", "hood")
    opening = _bez((-a["nw"] * 0.65, -0.12), (-a["nw"] * 0.5, 0.2), (a["nw"] * 0.5, 0.2),
                   (a["nw"] * 0.65, -0.12))
    strings = _both([(0.07, 0.15), (0.08, 0.38)])
    pocket_top = a["H"] * 0.55
    pouch = np.array([(-0.28, a["H"] - 0.08), (-0.2, pocket_top), (0.2, pocket_top), (0.28, a["H"] - 0.08)])
    return Shape(c, [opening, pouch] + (strings if rng.random() < 0.7 else []) + _cuffs(a, 0.08))


def turtleneck(rng):
    c, a = _top(rng, "long", "turtle")
    folds = [np.array([(-a["nw"] * 0.85, -0.08), (a["nw"] * 0.85, -0.08)])]
    return Shape(c, folds + _rib_cuffs(a, rng))


def vneck_jumper(rng):
    c, a = _top(rng, "long", "v")
    v = np.array([(-a["nw"] * 0.6, 0.0), (0, a["nd"] + 0.08), (a["nw"] * 0.6, 0.0)])
    return Shape(c, [v] + _rib_cuffs(a, rng))


def raglan_sweat(rng):
    c, a = _top(rng, "long", "crew")
    return Shape(c, _both([(a["nw"] * 0.9, 0.02), a["A"]]) + _rib_cuffs(a, rng))


def cable_knit(rng):
    c, a = _top(rng, "long", rng.choice(["crew", "turtle"]))
    cables = []
    for x in np.linspace(-a["bw"] * 0.55, a["bw"] * 0.55, int(rng.integers(2, 4))):
        y = np.linspace(a["nd"] + 0.12, a["H"] - 0.14, 9)
        cables.append(np.c_[x + 0.04 * np.where(np.arange(9) % 2 == 0, -1, 1), y])
    return Shape(c, cables + _hem_band(a, 0.09, rng))


def striped_jumper(rng):
    c, a = _top(rng, "long", "crew")
    ys = np.linspace(a["A"][1] + 0.08, a["H"] - 0.12, int(rng.integers(2, 5)))
    return Shape(c, [np.array([(-a["bw"], y), (a["bw"], y)]) for y in ys] + _cuffs(a, 0.08))


def oversized(rng):
    c, a = _top(rng, "long", "crew", wide=1.2, length=0.9)
    return Shape(c, _rib_cuffs(a, rng))


def knit_pattern(rng):
    c, a = _top(rng, "long", "crew")
    y = a["H"] * 0.45
    diamonds = _zigzag((-a["bw"] * 0.9, y), (a["bw"] * 0.9, y), int(rng.integers(3, 6)), 0.07)
    return Shape(c, [diamonds, np.array([(-a["bw"], y - 0.1), (a["bw"], y - 0.1)])] + _rib_cuffs(a, rng))


def logo_sweat(rng):
    c, a = _top(rng, "long", "crew")
    y = a["H"] * 0.42
    scribble = _zigzag((-0.22, y), (0.22, y), int(rng.integers(3, 6)), 0.05)  # a word, scribbled
    return Shape(c, [scribble] + _rib_cuffs(a, rng))


def mock_crop(rng):
    c, a = _top(rng, "long", "turtle", length=0.8, wide=1.05)
    return Shape(c, _hem_band(a, 0.1, rng, ticks=True) + _cuffs(a, 0.08))


# ----------------------------------------------------------------------------- coats

def _front_opening(a, rng, zip_=False, x=0.0):
    top = a["top"] if a["top"] > 0 else a["nd"]
    if zip_:
        line = np.array([(x, max(top, 0.0)), (x, a["H"])])
        return [line] + ([np.array([(x + 0.03, 0.05), (x + 0.05, 0.15)])] if rng.random() < 0.5 else [])
    return [_placket(a, rng, x=x, y0=top, y1=a["H"])]


def long_coat(rng):
    c, a = _top(rng, "long", "deepv", length=rng.uniform(1.45, 1.75), flare=rng.uniform(0, 0.15))
    lapels = _both([(a["nw"], 0.0), (a["nw"] + 0.12, a["nd"] * 0.7), (0.0, a["nd"])])
    buttons = _curl_line((0.05, a["nd"] + 0.02), (0.05, a["H"] * 0.7), int(rng.integers(2, 5)), 0.035)
    front = np.array([(0.0, a["nd"]), (0.0, a["H"])])
    pockets = _both(_pocket(a["bw"] * 0.55, a["H"] * 0.6, 0.22, 0.04, flap=False)[1:3])
    return Shape(c, lapels + [front, buttons] + (pockets if rng.random() < 0.7 else []))


def zip_hoodie(rng):
    c, a = _top(rng, "long", "hood", length=rng.uniform(1.1, 1.3))
    opening = _bez((-a["nw"] * 0.65, -0.12), (-a["nw"] * 0.5, 0.18), (a["nw"] * 0.5, 0.18), (a["nw"] * 0.65, -0.12))
    zipper = np.array([(0.0, 0.16), (0.0, a["H"])])
    pockets = _both([(0.12, a["H"] * 0.6), (0.3, a["H"] * 0.88)])
    return Shape(c, [opening, zipper] + pockets + _cuffs(a, 0.08) + _hem_band(a, 0.08, rng))


def parka(rng):
    c, a = _top(rng, "long", "hood", length=rng.uniform(1.4, 1.7), wide=1.1)
    opening = _bez((-a["nw"] * 0.7, -0.1), (-a["nw"] * 0.5, 0.22), (a["nw"] * 0.5, 0.22), (a["nw"] * 0.7, -0.1))
    flaps = _both(_pocket(a["bw"] * 0.55, a["H"] * 0.55, 0.24, 0.2, flap=True))
    return Shape(c, [opening, np.array([(0.0, 0.2), (0.0, a["H"])])] + flaps)


def blazer(rng):
    c, a = _top(rng, "long", "deepv", length=rng.uniform(1.15, 1.35))
    notch = _both([(a["nw"], 0.0), (a["nw"] + 0.15, a["nd"] * 0.45), (a["nw"] + 0.06, a["nd"] * 0.55),
                   (0.02, a["nd"] + 0.02)])
    front = np.array([(0.0, a["nd"]), (0.02, a["H"] * 0.75), (0.15, a["H"])])
    buttons = _curl_line((0.06, a["H"] * 0.55), (0.06, a["H"] * 0.8), int(rng.integers(1, 3)), 0.035)
    pockets = _both([(a["bw"] * 0.35, a["H"] * 0.72), (a["bw"] * 0.85, a["H"] * 0.72)])
    return Shape(c, notch + [front, buttons] + pockets)


def trench(rng):
    c, a = _top(rng, "long", "deepv", length=rng.uniform(1.5, 1.8), flare=rng.uniform(0.15, 0.3), waist=0.05)
    lapels = _both([(a["nw"], 0.0), (a["nw"] + 0.16, a["nd"] * 0.6), (0.0, a["nd"])])
    wy = a["A"][1] + (a["H"] - a["A"][1]) * 0.45
    belt = np.array([(-a["bw"], wy), (a["bw"], wy)])
    rows = _both(_curl_line((0.12, a["nd"] + 0.05), (0.12, wy - 0.05), 3, 0.03))
    return Shape(c, lapels + [belt, np.array([(0.0, a["nd"]), (0.0, a["H"])])] + rows[:1 + rng.integers(2)])


def cardigan(rng):
    c, a = _top(rng, "long", "v", length=rng.uniform(1.0, 1.25))
    front = _placket(a, rng, y0=a["nd"], y1=a["H"], buttons=int(rng.integers(3, 6)))
    return Shape(c, [front] + _rib_cuffs(a, rng))


def bomber(rng):
    c, a = _top(rng, "long", "crew", length=rng.uniform(0.95, 1.1), wide=1.1)
    return Shape(c, _front_opening(a, rng, zip_=True) + _rib_cuffs(a, rng)
                 + _both([(0.15, a["H"] * 0.5), (0.25, a["H"] * 0.75)]))


def denim_jacket(rng):
    c, a = _top(rng, "long", "collar", length=rng.uniform(0.95, 1.1))
    pockets = _both(_pocket(a["bw"] * 0.5, a["nd"] + 0.18, 0.2, 0.16, flap=True))
    return Shape(c, _shirt_collar(a, rng) + _front_opening(a, rng) + pockets
                 + _hem_band(a, 0.09, rng))


def puffer(rng):
    c, a = _top(rng, "long", rng.choice(["turtle", "hood"]), length=rng.uniform(1.0, 1.5), wide=1.15)
    ys = np.linspace(a["A"][1] - 0.05, a["H"] - 0.12, int(rng.integers(3, 6)))
    quilt = [_bez((-a["bw"], y), (0, y + 0.04), (a["bw"], y)) for y in ys]
    return Shape(c, [np.array([(0.0, a["nd"] if a["nd"] > 0 else 0.05), (0.0, a["H"])])] + quilt)


def open_cardigan(rng):
    c, a = _top(rng, "long", "deepv", length=rng.uniform(1.2, 1.5))
    edges = _both([(a["nw"] * 0.6, 0.0), (0.12, a["H"] * 0.5), (0.18, a["H"])])
    return Shape(c, edges + _cuffs(a, 0.08) + _both(_pocket(a["bw"] * 0.6, a["H"] * 0.7, 0.2, 0.16)))


def duffle(rng):
    c, a = _top(rng, "long", "hood", length=rng.uniform(1.3, 1.6))
    toggles = [np.array([(-0.09, y), (0.09, y)]) for y in np.linspace(0.25, a["H"] * 0.65, 3)]
    return Shape(c, [np.array([(0.0, 0.0), (0.0, a["H"])])] + toggles
                 + _both(_pocket(a["bw"] * 0.55, a["H"] * 0.65, 0.22, 0.2)))


# ----------------------------------------------------------------------------- shirts

def button_shirt(rng):
    c, a = _top(rng, "long", "collar", length=rng.uniform(1.05, 1.25))
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + _cuffs(a, 0.08))


def short_shirt(rng):
    c, a = _top(rng, "short", "collar", length=rng.uniform(1.0, 1.15))
    pocket = [_pocket(-a["bw"] * 0.45, a["nd"] + 0.2, 0.18, 0.18)] if rng.random() < 0.5 else []
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + pocket)


def flannel(rng):
    c, a = _top(rng, "long", "collar", length=rng.uniform(1.05, 1.2))
    # Checks drawn with the pen going across and down: a grid scribbled on.
    ys = np.linspace(a["A"][1], a["H"] - 0.1, 3)
    xs = np.linspace(-a["bw"] * 0.6, a["bw"] * 0.6, 3)
    grid = [np.array([(-a["bw"], y), (a["bw"], y)]) for y in ys] + \
           [np.array([(x, a["nd"] + 0.15), (x, a["H"])]) for x in xs if abs(x) > 0.05]
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + grid)


def pocket_shirt(rng):
    c, a = _top(rng, "long", "collar")
    pockets = _both(_pocket(a["bw"] * 0.5, a["nd"] + 0.2, 0.2, 0.18, flap=rng.random() < 0.6))
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + pockets + _cuffs(a, 0.07))


def blouse(rng):
    c, a = _top(rng, rng.choice(["long", "three"]), "collar", flare=0.1)
    bow = _pts(_arc(-0.07, a["nd"] + 0.05, 0.07, 0.045, 0, 360, 10), _arc(0.07, a["nd"] + 0.05, 0.07, 0.045, 180, 540, 10),
               [(0.0, a["nd"] + 0.05), (-0.05, a["nd"] + 0.25)])
    return Shape(c, _shirt_collar(a, rng) + [bow, _placket(a, rng, y0=a["nd"] + 0.1)])


def mandarin(rng):
    c, a = _top(rng, "long", "crew")
    band = np.array([(-a["nw"], -0.02), (-a["nw"], -0.1), (a["nw"], -0.1), (a["nw"], -0.02)])
    return Shape(c, [band, _placket(a, rng)] + _cuffs(a, 0.07))


def rolled_shirt(rng):
    c, a = _top(rng, "three", "collar")
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + _cuffs(a, 0.1))


def curved_hem_shirt(rng):
    c, a = _top(rng, "long", "collar", length=rng.uniform(1.15, 1.3))
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)]
                 + _both([(a["hw"] * 0.98, a["H"] - 0.12), (a["hw"] * 0.6, a["H"] - 0.02)]))


def striped_shirt(rng):
    c, a = _top(rng, "long", "collar")
    stripes = [np.array([(x, a["nd"] + 0.15), (x, a["H"])]) for x in (-0.3, -0.17, 0.17, 0.3)]
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + stripes[: 2 + 2 * rng.integers(2)])


def camp_shirt(rng):
    c, a = _top(rng, "short", "collar", wide=1.05)
    dots = [_arc(x, y, 0.04, 0.04, 0, 360, 8) for x, y in rng.uniform((-0.35, 0.35), (0.35, 0.9), (3, 2))]
    return Shape(c, _shirt_collar(a, rng) + [_placket(a, rng)] + dots)


# ----------------------------------------------------------------------------- dresses

def _dress(rng, sleeve, neck, flare, length=None, waist=0.05):
    return _top(rng, sleeve, neck, length=length or rng.uniform(1.6, 2.1), flare=flare, waist=waist)


def a_line(rng):
    c, a = _dress(rng, "none", rng.choice(["scoop", "crew", "v"]), rng.uniform(0.6, 1.0))
    return Shape(c, [])


def fit_flare(rng):
    c, a = _dress(rng, rng.choice(["none", "cap", "short"]), rng.choice(["scoop", "v", "boat"]),
                  rng.uniform(0.8, 1.3), waist=0.1)
    wy = a["A"][1] + (a["H"] - a["A"][1]) * 0.3
    return Shape(c, [_bez((-a["bw"] + 0.1, wy), (0, wy + 0.04), (a["bw"] - 0.1, wy))])


def maxi(rng):
    c, a = _dress(rng, "none", "scoop", rng.uniform(0.5, 0.9), length=rng.uniform(2.2, 2.6))
    sx = a["S"][0] - 0.03
    return Shape(c, [], _both([(sx, a["S"][1]), (sx - 0.02, -0.2), (sx - 0.05, a["S"][1])]))


def tee_dress(rng):
    c, a = _dress(rng, "short", "crew", rng.uniform(0.2, 0.45), waist=0.0)
    return Shape(c, _cuffs(a, 0.04) if rng.random() < 0.4 else [])


def long_sleeve_dress(rng):
    c, a = _dress(rng, "long", rng.choice(["crew", "boat", "v"]), rng.uniform(0.5, 0.9), waist=0.1)
    return Shape(c, [])


def wrap_dress(rng):
    c, a = _dress(rng, rng.choice(["short", "three", "long"]), "deepv", rng.uniform(0.6, 1.0), waist=0.1)
    wy = a["A"][1] + 0.25
    return Shape(c, [np.array([(-a["nw"], 0.0), (0.15, wy), (0.2, a["H"])]),
                     np.array([(a["bw"] - 0.1, wy), (a["bw"] + 0.1, wy + 0.3)])])


def slip_dress(rng):
    c, a = _dress(rng, "none", "scoop", rng.uniform(0.1, 0.3), waist=0.0)
    sx = a["S"][0] - 0.03
    return Shape(c, [], _both([(sx, a["S"][1]), (sx - 0.02, -0.22), (sx - 0.05, a["S"][1])]))


def tiered(rng):
    c, a = _dress(rng, rng.choice(["none", "cap"]), "scoop", rng.uniform(0.7, 1.1))
    tiers = []
    for f in (0.35, 0.65):
        y = a["A"][1] + (a["H"] - a["A"][1]) * f
        w = a["bw"] + (a["hw"] - a["bw"]) * f
        tiers.append(_zigzag((-w, y), (w, y), int(rng.integers(3, 6)), 0.03))
    return Shape(c, tiers)


def empire(rng):
    c, a = _dress(rng, rng.choice(["cap", "short"]), "v", rng.uniform(0.5, 0.9), waist=0.0)
    y = a["A"][1] + 0.05
    bow = _pts(_arc(-0.06, y, 0.06, 0.04, 0, 360, 9), _arc(0.06, y, 0.06, 0.04, 180, 540, 9))
    return Shape(c, [np.array([(-a["bw"], y), (a["bw"], y)]), bow])


def halter(rng):
    c, a = _dress(rng, "none", "deepv", rng.uniform(0.6, 1.0))
    neck = _both([(a["nw"] - 0.02, 0.0), (0.05, -0.2)])
    return Shape(c, [], neck)


def shift(rng):
    c, a = _dress(rng, rng.choice(["none", "short", "long"]), "boat", rng.uniform(0.05, 0.25),
                  length=rng.uniform(1.5, 1.8), waist=0.0)
    return Shape(c, [_pocket(a["bw"] * 0.5, a["H"] * 0.55, 0.18, 0.14)] if rng.random() < 0.3 else [])


def puff_dress(rng):
    c, a = _dress(rng, "cap", "scoop", rng.uniform(0.6, 1.0), waist=0.1)
    wy = a["A"][1] + (a["H"] - a["A"][1]) * 0.3
    return Shape(c, _cuffs(a, 0.04) + [np.array([(-a["bw"] + 0.1, wy), (a["bw"] - 0.1, wy)])])


# ----------------------------------------------------------------------------- trousers

def _trousers(rng, leg="straight", length=None):
    u = rng.uniform
    ww = u(0.34, 0.42)
    hip = ww * u(1.02, 1.14)
    H = length or u(1.9, 2.35)
    rise = u(0.45, 0.62)
    legw = {"straight": u(0.28, 0.34), "skinny": u(0.18, 0.23), "wide": u(0.38, 0.46),
            "flare": u(0.34, 0.42), "jogger": u(0.22, 0.27)}[leg]
    out_hem = {"straight": hip * u(0.95, 1.05), "skinny": hip * u(0.7, 0.8), "wide": hip * u(1.12, 1.25),
               "flare": hip * u(1.05, 1.2), "jogger": hip * u(0.78, 0.86)}[leg]
    knee = [(hip * 0.92, rise + (H - rise) * 0.5)] if leg in ("flare", "skinny", "jogger") else []
    gap = u(0.0, 0.03)
    contour = _sym([(0, 0), (ww, 0), (hip, rise * 0.55)], knee,
                   [(out_hem, H), (out_hem - legw, H), (gap, rise), (0, rise)])
    return contour, dict(ww=ww, hip=hip, H=H, rise=rise, out=out_hem, legw=legw)


def _waistband(a, depth=0.08):
    return np.array([(-a["ww"], depth), (a["ww"], depth)])


def trousers(rng):
    c, a = _trousers(rng, "straight")
    return Shape(c, [_waistband(a), np.array([(0.0, 0.08), (0.0, a["rise"] * 0.8)])])


def jeans(rng):
    c, a = _trousers(rng, rng.choice(["straight", "skinny"]))
    fly = _bez((0.0, 0.08), (0.1, 0.1), (0.1, a["rise"] * 0.7), (0.0, a["rise"] * 0.85))
    pockets = _both(_bez((a["ww"] * 0.5, 0.08), (a["ww"] * 0.6, 0.25), (a["hip"], a["rise"] * 0.45)))
    loops = [np.array([(x, 0.0), (x, 0.1)]) for x in (-0.2, 0.2)] if rng.random() < 0.5 else []
    return Shape(c, [_waistband(a), fly] + pockets + loops)


def wide_leg(rng):
    c, a = _trousers(rng, "wide", length=rng.uniform(2.0, 2.4))
    return Shape(c, [_waistband(a, 0.1)] if rng.random() < 0.7 else [])


def leggings(rng):
    c, a = _trousers(rng, "skinny", length=rng.uniform(2.1, 2.5))
    return Shape(c, [_waistband(a, 0.1)] if rng.random() < 0.4 else [])


def flares(rng):
    c, a = _trousers(rng, "flare")
    return Shape(c, [_waistband(a), np.array([(0.0, 0.08), (0.0, a["rise"] * 0.8)])])


def joggers(rng):
    c, a = _trousers(rng, "jogger")
    H, o, lw = a["H"], a["out"], a["legw"]
    cuffs = _both([(o - 0.01, H - 0.1), (o - lw + 0.01, H - 0.1)])
    string = _pts([(-0.05, 0.1), (-0.07, 0.3)], [(0.0, 0.12)], [(0.07, 0.3), (0.05, 0.1)])
    return Shape(c, [_zigzag((-a["ww"], 0.07), (a["ww"], 0.07), 6, 0.04), string] + cuffs)


def cargo(rng):
    c, a = _trousers(rng, "straight")
    y = a["rise"] + (a["H"] - a["rise"]) * 0.3
    pockets = _both(_pocket(a["hip"] * 0.95 - 0.1, y, 0.18, 0.25, flap=True))
    return Shape(c, [_waistband(a)] + pockets)


def pleated(rng):
    c, a = _trousers(rng, rng.choice(["straight", "wide"]))
    creases = _both([(a["out"] - a["legw"] / 2, 0.1), (a["out"] - a["legw"] / 2, a["H"])])
    return Shape(c, [_waistband(a)] + creases)


def paperbag(rng):
    c, a = _trousers(rng, rng.choice(["straight", "wide"]))
    ruffle = _zigzag((-a["ww"], 0.1), (a["ww"], 0.1), 5, 0.06)
    belt = _pts(_arc(0.0, 0.16, 0.07, 0.05, 0, 360, 9), [(0.03, 0.35)])
    return Shape(c, [ruffle, belt])


def track_pants(rng):
    c, a = _trousers(rng, rng.choice(["straight", "jogger"]))
    stripe = _both([(a["hip"] - 0.04, 0.1), (a["out"] - 0.05, a["H"] - 0.05)])
    return Shape(c, [_waistband(a)] + stripe)


# ----------------------------------------------------------------------------- shoes (side view)

def _shoe(rng, shaft=0.6, heel=0.0, toe=None, back=0.0, heel_w=None, point=0.0):
    """A shoe's side contour pointing left (toe at x=-1), ground at y=0, up is negative y."""
    u = rng.uniform
    toe = toe or (u(0.24, 0.32) if shaft >= 0.85 else u(0.18, 0.26))
    h = heel
    tip = (-1.0 - point, -toe * (0.45 - point))
    pts = [tip, _bez(tip, (-1.0, 0.0), (-0.8, 0.0), n=5)[1:]]
    if h > 0:
        hw = heel_w or u(0.12, 0.3)
        pts += [(-0.35, 0.0), _bez((-0.35, 0.0), (0.15, 0.0), (0.5, -h), n=6)[1:],
                (0.94 - hw, -h), (0.95 - hw + 0.03, 0.0), (0.95, 0.0), (1.0, -h)]
    else:
        pts += [(0.95, 0.0)]
    top = h + shaft
    bx = 0.95 + back
    # The heel counter bulges out a little on its way up.
    pts += [_bez(pts[-1], (bx + 0.08, -h - shaft * 0.4), (bx, -top), n=5)[1:]]
    if shaft < 0.85:  # a low shoe: the collar dips, the tongue pops up, the laces run down
        tongue = (u(-0.1, 0.1), -(h * 0.6 + shaft * u(0.95, 1.08)))
        dip = (u(0.35, 0.55), -top * u(0.72, 0.85))
        pts += [_bez((bx, -top), (bx - 0.2, -top * 0.8), dip, n=4)[1:], _bez(dip, (tongue[0] + 0.1, dip[1]), tongue, n=4)[1:]]
        instep = (tongue[0] - 0.05, tongue[1] * 0.85)
        pts += [instep]
    else:  # a boot: a shaft with a flat top
        sw = u(0.55, 0.7)
        pts += [(bx - sw, -top)]
        instep = (bx - sw - u(0.05, 0.15), -(h * 0.6 + 0.45))
        pts += [instep]
    toe_top = (-0.82 - point * 0.5, -toe - h * 0.15)
    pts += [_bez(instep, (instep[0] - 0.35, instep[1] * 0.8), (-0.7, toe_top[1] - 0.1), toe_top, n=8)[1:],
            _bez(toe_top, (-1.0 - point, -toe), tip, n=4)[1:]]
    return _pts(*pts), dict(h=h, top=top, instep=np.array(instep), toe=toe, toe_top=np.array(toe_top), bx=bx)


def _sole_line(a, t):
    if a["h"] > 0:
        return _pts(_bez((-0.97, -t * 0.8), (-0.5, -t), (0.1, -t), (0.5, -a["h"] - t * 0.5), n=8), [(0.97, -a["h"] - t * 0.5)])
    return np.array([(-0.98, -t * 0.8), (-0.6, -t), (0.99, -t)])


def _laces(start, end, n, amp):
    return _zigzag(start, end, n, amp)


def runner(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.55, 0.72))
    t = rng.uniform(0.08, 0.14)
    laces = _laces(a["instep"], (-0.45, -a["toe"] - 0.08), int(rng.integers(3, 6)), 0.05)
    swoosh = _bez((-0.3, -t - 0.05), (0.2, -t - 0.05), (0.7, -0.35), n=8)
    return Shape(c, [_sole_line(a, t), laces] + ([swoosh] if rng.random() < 0.6 else []))


def high_top(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.0, 1.2))
    t = rng.uniform(0.1, 0.15)
    cap = _bez((-0.98, -t), (-0.85, -a["toe"] - 0.1), (-0.55, -a["toe"] - 0.05), (-0.5, -t), n=8)
    laces = _laces(a["instep"] + (0.05, -0.3), (-0.4, -a["toe"] - 0.08), int(rng.integers(4, 7)), 0.05)
    star = _arc(0.6, -0.5, 0.1, 0.1, 0, 360, 10)
    return Shape(c, [_sole_line(a, t), cap, laces] + ([star] if rng.random() < 0.5 else []))


def slip_on(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.5, 0.65))
    t = rng.uniform(0.1, 0.15)
    gore = np.array([(a["instep"][0] + 0.15, a["instep"][1] + 0.02), (a["instep"][0] + 0.2, -t - 0.12)])
    return Shape(c, [_sole_line(a, t), gore] + ([_pts(_sole_line(a, t + 0.05))] if rng.random() < 0.4 else []))


def chunky(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.65, 0.78), toe=rng.uniform(0.28, 0.34))
    t = rng.uniform(0.18, 0.25)
    wave = _pts([(-0.95, -t)], _zigzag((-0.7, -t), (0.9, -t), 4, 0.04), [(0.99, -t)])
    laces = _laces(a["instep"], (-0.4, -a["toe"] - 0.1), 4, 0.05)
    return Shape(c, [wave, laces])


def court(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.52, 0.65))
    t = rng.uniform(0.08, 0.12)
    stripes = [np.array([(x, -t - 0.02), (x + 0.18, -0.38)]) for x in (-0.05, 0.1, 0.25)]
    return Shape(c, [_sole_line(a, t)] + stripes + [np.array([(0.85, -t), (0.9, -0.4)])])


def trainer_tab(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.6, 0.75), back=0.04)
    t = rng.uniform(0.1, 0.14)
    tab = _arc(a["bx"] - 0.02, -a["top"] - 0.03, 0.05, 0.07, 90, 450, 10)
    laces = _laces(a["instep"], (-0.45, -a["toe"] - 0.08), 4, 0.05)
    return Shape(c, [_sole_line(a, t), laces], [tab])


def skate(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.62, 0.78), toe=rng.uniform(0.25, 0.32))
    t = rng.uniform(0.12, 0.18)
    cap = _bez((-0.98, -t), (-0.85, -a["toe"] - 0.12), (-0.5, -a["toe"] - 0.08), (-0.45, -t), n=8)
    wave = _bez((-0.3, -t - 0.1), (0.1, -0.4), (0.4, -0.1), (0.75, -0.3), n=9)
    return Shape(c, [_sole_line(a, t), cap, wave])


def velcro(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.58, 0.72))
    t = rng.uniform(0.1, 0.14)
    straps = [np.array([(a["instep"][0] - 0.15 * k + 0.1, a["instep"][1] + 0.02 * k - 0.02), (a["instep"][0] - 0.15 * k - 0.12, -t - 0.05)]) for k in range(3)]
    return Shape(c, [_sole_line(a, t)] + straps[: int(rng.integers(2, 4))])


def knit_runner(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.6, 0.78), back=-0.05)
    t = rng.uniform(0.14, 0.2)
    return Shape(c, [_sole_line(a, t), _bez((-0.6, -t), (-0.2, -0.5), (0.3, -0.2), (0.7, -0.45), n=9)])


def top_view_sneaker(rng):
    # Seen from above, toe up: the laces run down the middle.
    outline = _pts(_arc(0, -0.6, 0.35, 0.45, 180, 360, 12), _bez((0.35, -0.6), (0.42, 0.3), (0.3, 0.8), n=6)[1:],
                   _arc(0, 0.8, 0.3, 0.25, 0, 180, 9)[1:], _bez((-0.3, 0.8), (-0.42, 0.3), (-0.35, -0.6), n=6)[1:])
    laces = _zigzag((0.0, -0.3), (0.0, 0.35), 4, 0.12)
    return Shape(outline, [laces, _arc(0, 0.45, 0.15, 0.15, 180, 360, 8)])


# ----------------------------------------------------------------------------- sandals

def _sole(rng, heel=0.0, thick=None, platform=0.0):
    """A sandal's sole from the side (toe left); returns (contour, top edge points by x)."""
    t = (thick or rng.uniform(0.07, 0.13)) + platform
    h = heel
    if h > 0:
        bottom = _pts([(-1.0, -t * 0.6)], [(-0.95, 0.0), (-0.3, 0.0)], _bez((-0.3, 0.0), (0.2, 0.0), (0.5, -h), n=6)[1:],
                      [(0.95, -h)])
        top = bottom.copy()
        top[:, 1] -= t
        contour = _pts(bottom, [(1.0, -h - t * 0.5)], top[::-1])
        heelblock = np.array([(0.62, -h), (0.68, 0.0), (0.88, 0.0), (0.92, -h)])
        return contour, (lambda x: np.interp(x, top[:, 0], top[:, 1])), heelblock
    contour = _pts([(-1.0, -t * 0.5)], [(-0.95, 0.0), (0.95, 0.0), (1.0, -t * 0.5), (0.95, -t), (-0.95, -t)])
    return contour, (lambda x: -t + 0 * x), None


def _strap(top, x0, x1, height):
    return _bez((x0, top(x0)), (x0 + 0.1 * np.sign(x1 - x0), top(x0) - height * 1.3),
                (x1 - 0.1 * np.sign(x1 - x0), top(x1) - height * 1.3), (x1, top(x1)), n=9)


def flip_flop(rng):
    c, top, _ = _sole(rng, thick=rng.uniform(0.06, 0.12))
    post = -0.55
    v = _pts([(post, top(post))], [(0.0, top(0) - 0.3)], [(0.3, top(0.3))])
    return Shape(c, [], [v])


def slide(rng):
    c, top, _ = _sole(rng, thick=rng.uniform(0.1, 0.18))
    band = _strap(top, -0.7, 0.1, rng.uniform(0.25, 0.4))
    return Shape(c, [], [band, np.array([(-0.5, top(-0.5) - 0.3), (-0.2, top(-0.2))])] if rng.random() < 0.4 else [band])


def strappy(rng):
    c, top, _ = _sole(rng)
    straps = [_strap(top, -0.85, -0.45, 0.2), _strap(top, -0.3, 0.25, 0.35)]
    ankle = _pts(_strap(top, 0.55, 0.95, 0.55), _arc(0.72, top(0.7) - 0.65, 0.28, 0.08, 0, 360, 12))
    return Shape(c, [], straps + [ankle])


def heeled_sandal(rng):
    c, top, block = _sole(rng, heel=rng.uniform(0.25, 0.45))
    straps = [_strap(top, -0.9, -0.35, 0.22), _arc(0.82, top(0.82) - 0.45, 0.18, 0.06, 0, 360, 10),
              np.array([(0.9, top(0.9)), (0.85, top(0.85) - 0.42)])]
    return Shape([c, block], [], straps, paint=[c, block])


def sport_sandal(rng):
    c, top, _ = _sole(rng, thick=rng.uniform(0.16, 0.24))
    straps = [_strap(top, -0.75, -0.25, 0.3), _strap(top, 0.0, 0.45, 0.5),
              _pts([(0.75, top(0.75))], [(0.85, top(0.85) - 0.65)], [(0.55, top(0.5) - 0.6)])]
    return Shape(c, [np.array([(-0.9, top(-0.9) + 0.07), (0.9, top(0.9) + 0.07)])], straps)


def gladiator(rng):
    c, top, _ = _sole(rng)
    up = [np.array([(x, top(x)), (x + 0.08, top(x) - 0.75)]) for x in (0.35, 0.9)]
    rungs = [_arc(0.6, top(0.6) - y, 0.34, 0.06, 0, 360, 10) for y in (0.3, 0.55, 0.8)]
    return Shape(c, [], [_strap(top, -0.85, -0.4, 0.2), _strap(top, -0.3, 0.2, 0.3)] + up + rungs)


def wedge(rng):
    h = rng.uniform(0.35, 0.55)
    body = _pts([(-1.0, -0.1)], [(-0.95, 0.0), (0.95, 0.0), (1.0, -h)], _bez((1.0, -h - 0.08), (0.3, -h), (-0.2, -0.2), (-0.95, -0.15), n=8))
    top = lambda x: -0.15 - (h - 0.1) * np.clip((x + 0.3) / 1.3, 0, 1)
    return Shape(body, [], [_strap(top, -0.85, -0.4, 0.2), _strap(top, 0.4, 0.95, 0.45)])


def platform_sandal(rng):
    c, top, _ = _sole(rng, platform=rng.uniform(0.15, 0.25))
    return Shape(c, [np.array([(-0.95, top(-0.9) + 0.06), (0.95, top(0.9) + 0.06)])],
                 [_strap(top, -0.8, 0.0, 0.35), _strap(top, 0.5, 0.95, 0.5)])


def tbar(rng):
    c, top, _ = _sole(rng)
    ring = _arc(0.7, top(0.7) - 0.5, 0.3, 0.08, 0, 360, 12)
    bar = _pts([(-0.5, top(-0.5))], _bez((-0.5, top(-0.5)), (-0.3, -0.45), (0.45, top(0.7) - 0.5), n=6)[1:])
    return Shape(c, [], [ring, bar, np.array([(0.95, top(0.95)), (0.95, top(0.95) - 0.45)])])


def flipflop_top(rng):
    # From above, toe up: a footprint with a Y strap.
    sole = _pts(_arc(0.03, -0.55, 0.32, 0.45, 180, 360, 12), _bez((0.35, -0.55), (0.25, 0.1), (0.3, 0.7), n=6)[1:],
                _arc(0.02, 0.7, 0.28, 0.25, 0, 180, 9)[1:], _bez((-0.26, 0.7), (-0.25, 0.0), (-0.29, -0.55), n=6)[1:])
    strap = _pts([(-0.27, 0.05)], [(0.0, -0.55)], [(0.31, 0.05)])
    return Shape(sole, [strap])


# ----------------------------------------------------------------------------- ankle boots

def chelsea(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.0, 1.2), heel=rng.uniform(0.0, 0.12))
    t = rng.uniform(0.08, 0.13)
    gore = _bez((0.6, -a["top"]), (0.55, -a["top"] + 0.55), (0.3, -a["top"] + 0.55), (0.25, -a["top"]), n=9)
    tab = _arc(a["bx"] - 0.02, -a["top"] - 0.04, 0.06, 0.09, 90, 450, 10)
    return Shape(c, [_sole_line(a, t), gore], [tab] if rng.random() < 0.6 else [])


def heeled_boot(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.95, 1.15), heel=rng.uniform(0.3, 0.5), point=rng.uniform(0, 0.12))
    zipper = np.array([(0.75, -a["top"]), (0.75, -a["h"] - 0.15)])
    return Shape(c, [zipper] if rng.random() < 0.5 else [])


def combat(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.1, 1.3), toe=rng.uniform(0.24, 0.3))
    t = rng.uniform(0.12, 0.18)
    laces = _laces((a["instep"][0] + 0.1, -a["top"] + 0.05), (-0.35, -a["toe"] - 0.1), int(rng.integers(5, 8)), 0.06)
    return Shape(c, [_sole_line(a, t), laces])


def work_boot(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.05, 1.2), toe=rng.uniform(0.27, 0.34))
    t = rng.uniform(0.15, 0.22)
    cap = _bez((-0.98, -t), (-0.85, -a["toe"] - 0.15), (-0.5, -a["toe"] - 0.1), (-0.45, -t), n=8)
    collar = np.array([(a["bx"] - 0.6, -a["top"] + 0.12), (a["bx"], -a["top"] + 0.12)])
    laces = _laces((a["instep"][0] + 0.08, -a["top"] + 0.12), (-0.35, -a["toe"] - 0.12), 4, 0.06)
    return Shape(c, [_sole_line(a, t), cap, collar, laces])


def wedge_bootie(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.95, 1.1), heel=rng.uniform(0.2, 0.35), heel_w=0.9)
    return Shape(c, [_bez((-0.9, -0.05), (0.0, -0.05), (0.9, -a["h"] - 0.05), n=6)])


def zip_bootie(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.95, 1.15), heel=rng.uniform(0.1, 0.25))
    t = rng.uniform(0.08, 0.12)
    zipper = _pts([(0.45, -a["top"])], [(0.4, -a["h"] - 0.2)])
    return Shape(c, [_sole_line(a, t), zipper])


def western(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.0, 1.2), heel=rng.uniform(0.2, 0.35), point=rng.uniform(0.1, 0.2))
    stitch = _bez((0.7, -a["top"] + 0.1), (0.2, -0.3), (0.8, -0.3), (0.35, -a["top"] + 0.1), n=10)
    return Shape(c, [stitch])


def hiker(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.0, 1.15), toe=rng.uniform(0.24, 0.32))
    t = rng.uniform(0.15, 0.22)
    pad = _arc(a["bx"] - 0.3, -a["top"], 0.32, 0.1, 180, 360, 9)
    laces = _laces((a["instep"][0] + 0.1, -a["top"] + 0.1), (-0.35, -a["toe"] - 0.1), 5, 0.06)
    return Shape(c, [_sole_line(a, t), laces, _bez((-0.6, -t), (0.0, -0.5), (0.6, -t), n=8)], [pad])


def buckle_boot(rng):
    c, a = _shoe(rng, shaft=rng.uniform(0.95, 1.15), heel=rng.uniform(0.2, 0.4), heel_w=rng.uniform(0.25, 0.35))
    y = -a["top"] + 0.25
    strap = np.array([(a["bx"] - 0.65, y), (a["bx"], y + 0.05)])
    buckle = _rect(0.35, y - 0.06, 0.5, y + 0.08)
    return Shape(c, [strap, buckle])


def sock_boot(rng):
    c, a = _shoe(rng, shaft=rng.uniform(1.05, 1.3), heel=rng.uniform(0.35, 0.55), heel_w=rng.uniform(0.1, 0.18),
                 point=rng.uniform(0.05, 0.15))
    return Shape(c, [np.array([(a["bx"] - 0.62, -a["top"] + 0.08), (a["bx"] - 0.02, -a["top"] + 0.08)])]
                 if rng.random() < 0.5 else [])


# ----------------------------------------------------------------------------- bags

def _handle(x0, x1, y, height):
    return _bez((x0, y), (x0, y - height * 1.3), (x1, y - height * 1.3), (x1, y), n=10)


def tote(rng):
    w, h, flare = rng.uniform(0.8, 1.0), rng.uniform(0.8, 1.1), rng.uniform(-0.12, 0.12)
    body = np.array([(-w, 0), (w, 0), (w + flare, h), (-w - flare, h)])
    hx = w * rng.uniform(0.35, 0.6)
    return Shape(body, [], [_handle(-hx, hx, 0.0, rng.uniform(0.4, 0.7))])


def handbag(rng):
    w, h = rng.uniform(0.8, 1.0), rng.uniform(0.7, 0.9)
    body = _pts([(-w * 0.85, 0), (w * 0.85, 0)], _bez((w * 0.85, 0), (w, h * 0.3), (w, h), (w * 0.8, h), n=6)[1:],
                _bez((-w * 0.8, h), (-w, h), (-w, h * 0.3), (-w * 0.85, 0), n=6)[1:-1])
    flap = _bez((-w * 0.85, 0.02), (-w * 0.5, h * 0.5), (w * 0.5, h * 0.5), (w * 0.85, 0.02), n=9)
    clasp = _arc(0, h * 0.38, 0.06, 0.06, 0, 360, 9)
    return Shape(body, [flap, clasp] if rng.random() < 0.8 else [flap],
                 [_handle(-w * 0.5, w * 0.5, 0.0, rng.uniform(0.35, 0.55))])


def backpack(rng):
    w, h = rng.uniform(0.65, 0.8), rng.uniform(1.2, 1.5)
    body = _pts(_arc(0, w, w, w, 180, 360, 12), [(w, h)], [(-w, h)])
    pocket = _rect(-w * 0.6, h * 0.55, w * 0.6, h * 0.92)
    zipper = _arc(0, w + 0.05, w * 0.8, w * 0.7, 190, 350, 8)
    loop = _arc(0, 0.0, 0.15, 0.15, 180, 360, 7)
    straps = _both([(w * 0.7, w * 0.3), (w * 1.15, h * 0.7), (w * 0.95, h)]) if rng.random() < 0.5 else []
    return Shape(body, [pocket, zipper], [loop] + straps)


def shoulder_bag(rng):
    w, h = rng.uniform(0.8, 1.0), rng.uniform(0.6, 0.85)
    body = _pts([(-w, 0), (w, 0)], _bez((w, 0), (w, h), (0, h * 1.1), n=6)[1:], _bez((0, h * 1.1), (-w, h), (-w, 0), n=6)[1:-1])
    strap = _pts([(-w * 0.9, 0.0)], _bez((-w * 0.8, -1.0), (w * 0.8, -1.0), n=3), [(w * 0.9, 0.0)])
    return Shape(body, [np.array([(-w, 0.12), (w, 0.12)])], [strap])


def clutch(rng):
    w, h = rng.uniform(1.0, 1.2), rng.uniform(0.45, 0.6)
    body = _rect(-w, 0, w, h)[:-1]
    flap = np.array([(-w, 0.02), (0, h * rng.uniform(0.5, 0.75)), (w, 0.02)])
    return Shape(body, [flap, _arc(0, h * 0.62, 0.05, 0.05, 0, 360, 8)])


def satchel(rng):
    w, h = rng.uniform(0.85, 1.0), rng.uniform(0.7, 0.9)
    body = _rect(-w, 0, w, h)[:-1]
    flap = np.array([(-w, 0.02), (-w, h * 0.55), (w, h * 0.55), (w, 0.02)])
    buckles = _both([(w * 0.45, h * 0.1), (w * 0.45, h * 0.75)]) + _both(_rect(w * 0.37, h * 0.5, w * 0.53, h * 0.62))
    return Shape(body, [flap] + buckles, [_handle(-0.2, 0.2, 0.0, 0.25)])


def bucket(rng):
    w, h = rng.uniform(0.65, 0.8), rng.uniform(0.9, 1.2)
    body = _pts([(-w, 0), (w, 0)], _bez((w, 0), (w * 0.95, h), (0, h), n=6)[1:], _bez((0, h), (-w * 0.95, h), (-w, 0), n=6)[1:-1])
    cinch = _zigzag((-w, 0.15), (w, 0.15), 5, 0.04)
    strap = _handle(-w * 0.9, w * 0.9, 0.0, rng.uniform(0.6, 0.9))
    return Shape(body, [cinch], [strap])


def kiss_lock(rng):
    w = rng.uniform(0.7, 0.9)
    body = _pts(_bez((-w * 0.8, 0), (-w * 1.2, 1.2 * w), (w * 1.2, 1.2 * w), (w * 0.8, 0), n=12))
    balls = _both(_arc(0.07, -0.06, 0.06, 0.06, 0, 360, 8))
    frame = np.array([(-w * 0.8, 0.0), (w * 0.8, 0.0)])
    return Shape(body, [frame], balls + [_handle(-w * 0.6, w * 0.6, 0.0, rng.uniform(0.3, 0.6))])


def duffel(rng):
    w, h = rng.uniform(1.1, 1.3), rng.uniform(0.55, 0.7)
    body = _pts(_arc(-w + h / 2, h / 2, h / 2, h / 2, 90, 270, 8), _arc(w - h / 2, h / 2, h / 2, h / 2, 270, 450, 8))
    ends = _both(_arc(w - h / 2, h / 2, h * 0.3, h * 0.45, 0, 360, 10))
    return Shape(body, [np.array([(-w * 0.6, 0.02), (w * 0.6, 0.02)])] + ends[:1 + rng.integers(2)],
                 [_handle(-0.3, 0.3, 0.0, 0.35)])


def briefcase(rng):
    w, h = rng.uniform(1.0, 1.15), rng.uniform(0.7, 0.85)
    body = _rect(-w, 0, w, h)[:-1]
    handle = _pts([(-0.25, 0.0), (-0.25, -0.2), (0.25, -0.2), (0.25, 0.0)])
    return Shape(body, [np.array([(-w, h * 0.3), (w, h * 0.3)]), _rect(-0.08, h * 0.22, 0.08, h * 0.4)], [handle])


def crossbody(rng):
    w, h = rng.uniform(0.5, 0.65), rng.uniform(0.45, 0.6)
    body = _pts(_rect(-w, 0, w, h)[:-1])
    flap = _bez((-w, 0.02), (-w, h * 0.7), (w, h * 0.7), (w, 0.02), n=8)
    strap = _pts([(-w * 0.95, 0.0)], _bez((-w * 1.1, -1.4), (w * 1.1, -1.4), n=3), [(w * 0.95, 0.0)])
    return Shape(body, [flap], [strap])


def shopper(rng):
    w, h = rng.uniform(0.75, 0.9), rng.uniform(0.9, 1.15)
    body = _rect(-w, 0, w, h)[:-1]
    ropes = [_handle(-w * 0.45, w * 0.45, 0.0, 0.5)] + ([_handle(-w * 0.35, w * 0.35, 0.0, 0.4)] if rng.random() < 0.5 else [])
    return Shape(body, [np.array([(-w * 0.55, 0.0), (-w * 0.65, h)])] if rng.random() < 0.4 else [], ropes)


DESIGNS = {
    0: [tee, pocket_tee, tank, crop, printed_tee, raglan_tee, flowy_top, cami, ringer_tee, long_tee],
    1: [trousers, jeans, wide_leg, leggings, flares, joggers, cargo, pleated, paperbag, track_pants],
    2: [sweater, hoodie, turtleneck, vneck_jumper, raglan_sweat, cable_knit, striped_jumper, oversized,
        knit_pattern, logo_sweat, mock_crop],
    3: [a_line, fit_flare, maxi, tee_dress, long_sleeve_dress, wrap_dress, slip_dress, tiered, empire,
        halter, shift, puff_dress],
    4: [long_coat, zip_hoodie, parka, blazer, trench, cardigan, bomber, denim_jacket, puffer,
        open_cardigan, duffle],
    5: [flip_flop, slide, strappy, heeled_sandal, sport_sandal, gladiator, wedge, platform_sandal, tbar,
        flipflop_top],
    6: [button_shirt, short_shirt, flannel, pocket_shirt, blouse, mandarin, rolled_shirt, curved_hem_shirt,
        striped_shirt, camp_shirt],
    7: [runner, high_top, slip_on, chunky, court, trainer_tab, skate, velcro, knit_runner, top_view_sneaker],
    8: [tote, handbag, backpack, shoulder_bag, clutch, satchel, bucket, kiss_lock, duffel, briefcase,
        crossbody, shopper],
    9: [chelsea, heeled_boot, combat, work_boot, wedge_bootie, zip_bootie, western, hiker, buckle_boot,
        sock_boot],
}
SHOES = (5, 7, 9)


def designs_per_class() -> list[int]:
    return [len(DESIGNS[label]) for label in range(len(CLASS_NAMES))]


# ----------------------------------------------------------------------------- the hand

def _one_line(shape: Shape, rng, retrace: float, step: float):
    """The path of a pen that hardly lifts: the first contour with every other line hung on it.

    Returns pieces (points, is_connector). A detail is reached by a connecting line from the nearest
    point of the contour, drawn, and left either by going back over it or by a straight line back."""
    ring = _resample(_pts(shape.outline[0], shape.outline[0][:1]), step)[:-1]
    n = len(ring)
    hang = defaultdict(list)
    for d in shape.outline[1:] + shape.inner + shape.outer:
        closed = np.hypot(*(d[0] - d[-1])) < 1e-6 or len(shape.outline) > 1 and any(d is o for o in shape.outline[1:])
        dist = np.hypot(ring[:, None, 0] - d[None, :, 0], ring[:, None, 1] - d[None, :, 1])
        k, j = np.unravel_index(np.argmin(dist), dist.shape)
        if closed:  # a loop: start it where it comes nearest the contour
            d = _pts(d[j:], d[1:j + 1]) if j else d
        elif j > len(d) // 2:
            d = d[::-1]
            k = int(np.argmin(dist[:, -1]))
        else:
            k = int(np.argmin(dist[:, 0]))
        hang[k].append((d, closed))
    start = int(rng.integers(n))
    order = np.r_[np.arange(start, n), np.arange(0, start)]
    if rng.random() < 0.5:  # some go round the other way
        order = np.r_[order[:1], order[1:][::-1]]
    pieces, cur = [], []
    for idx in order:
        cur.append(ring[idx])
        for d, closed in hang.pop(idx, []):
            pieces.append((np.array(cur), False))
            if np.hypot(*(ring[idx] - d[0])) > step:
                pieces.append((np.array([ring[idx], d[0]]), True))
            if closed:
                pieces.append((d, False))
            elif rng.random() < retrace:  # back over the same line, a little beside it
                off = rng.normal(0, step * 0.25, 2)
                pieces.append((_pts(d, d[::-1][1:] + off), False))
            else:
                pieces.append((d, False))
                pieces.append((np.array([d[-1], ring[idx]]), True))
            if pieces[-1][1] is False and np.hypot(*(pieces[-1][0][-1] - ring[idx])) > step:
                pieces.append((np.array([pieces[-1][0][-1], ring[idx]]), True))
            cur = [ring[idx]]
    # Where the outline closes it stops short or runs on past its start.
    close = ring[order[: max(1, int(rng.integers(-3, 5)))]] if rng.random() < 0.7 else ring[order[:1]]
    cur = _pts(cur, close)
    if rng.random() < 0.35:
        cur = cur[: -int(rng.integers(1, 4))] if len(cur) > 6 else cur
    pieces.append((cur, False))
    return pieces


def _strokes(pieces, rng, lifts: int):
    """Join the pieces into pen strokes; a careful hand lifts the pen at its longest connectors."""
    conn = [i for i, (p, c) in enumerate(pieces) if c]
    lengths = [np.hypot(*(pieces[i][0][-1] - pieces[i][0][0])) for i in conn]
    lifted = {conn[i] for i in np.argsort(lengths)[::-1][:lifts]}
    strokes, cur = [], []
    for i, (p, c) in enumerate(pieces):
        if i in lifted:
            if cur:
                strokes.append(_pts(*cur))
            cur = []
            continue
        cur.append(p)
    if cur:
        strokes.append(_pts(*cur))
    return strokes


def _add_loops(p: np.ndarray, rng, chance: float, radius: float) -> np.ndarray:
    """Small loops where the line turns sharply back, as a pen that never stops makes them."""
    if chance <= 0 or len(p) < 7:
        return p
    lag = 3
    a = p[lag:-lag] - p[:-2 * lag]
    b = p[2 * lag:] - p[lag:-lag]
    cos = (a * b).sum(1) / (np.hypot(*a.T) * np.hypot(*b.T) + 1e-9)
    sharp = np.flatnonzero(cos < -0.6) + lag
    out, last = [], 0
    for i in sharp:
        if i - last < 3 * lag or rng.random() > chance:
            continue
        da = p[i] - p[i - lag]
        db = p[i + lag] - p[i]
        bis = da / (np.hypot(*da) + 1e-9) - db / (np.hypot(*db) + 1e-9)
        bis /= np.hypot(*bis) + 1e-9
        c = p[i] + bis * radius
        a0 = np.arctan2(*(p[i] - c)[::-1])
        turn = np.sign(da[0] * db[1] - da[1] * db[0]) or 1.0
        t = a0 + turn * np.linspace(0, 2 * np.pi, 14)
        out += [p[last:i], c + radius * np.c_[np.cos(t), np.sin(t)]]
        last = i
    out.append(p[last:])
    return _pts(*out)


def _hand(rng, label):
    """Everything about the person: size, place, tilt, brush, speed, care."""
    u = rng.uniform
    careful = rng.random() < 0.3
    hand = dict(
        size=u(0.5, 0.84),
        tilt=rng.normal(0, 0.07),
        aspect=np.exp(rng.normal(0, 0.08)),
        brush=float(np.clip(rng.lognormal(np.log(14), 0.35), 6, 36)),
        wobble=u(0.002, 0.012),
        smooth=u(0.006, 0.02),  # corners rounded by speed (of the drawing's size)
        lifts=int(rng.integers(1, 4)) if careful else int(rng.random() < 0.25),
        retrace=u(0.2, 0.7),
        loops=0.0 if careful else u(0.0, 0.45),
        mirror=label in SHOES and rng.random() < 0.2,
    )
    if hand["brush"] > 20:  # a loop in a thick brush is only a blob
        hand["loops"] = 0.0
    return hand


def _fit(shape: Shape, hand, rng):
    """The design's units -> canvas pixels (2x): the hand's size, place and tilt."""
    allp = _pts(*shape.outline, *shape.inner, *shape.outer)
    lo, hi = allp.min(0), allp.max(0)
    centre = (lo + hi) / 2
    span = (hi - lo) * np.array([hand["aspect"], 1.0])
    scale = hand["size"] * _BIG / span.max()
    cos, sin = np.cos(hand["tilt"]), np.sin(hand["tilt"])
    rot = np.array([[cos, -sin], [sin, cos]]) * scale * np.array([hand["aspect"] * (-1 if hand["mirror"] else 1), 1.0])
    half = span * scale / 2
    room = np.maximum(_BIG / 2 - half - hand["brush"] * 2, 0)
    where = _BIG / 2 + rng.uniform(-1, 1, 2) * room * 0.6
    return lambda p: (np.asarray(p, float) - centre) @ rot.T + where, scale


def _natural(p: np.ndarray, rng, hand, scale) -> np.ndarray:
    """A stroke as a hand draws it: resampled, wobbling a little, corners rounded."""
    step = 3.0
    p = _resample(p, step)
    if len(p) < 3:
        return p
    size = hand["size"] * _BIG
    p = _add_loops(p, rng, hand["loops"], max(hand["brush"] * 1.3, 0.02 * size) * rng.uniform(0.7, 1.1))
    p = _resample(p, step)
    sigma = max(1.0, hand["smooth"] * size / step)
    p = gaussian_filter1d(p, sigma, axis=0, mode="nearest")
    noise = gaussian_filter1d(rng.normal(size=p.shape), 12, axis=0, mode="nearest")
    noise *= hand["wobble"] * size / (noise.std() + 1e-9)
    return p + noise


def _line(draw: ImageDraw.ImageDraw, p: np.ndarray, width: float, fill: int = 255):
    w = max(1, int(round(width)))
    # Pillow's wide lines break up into spikes over segments much shorter than they are wide.
    p = _resample(p, max(2.0, width * 0.5)) if len(p) > 1 else p
    if len(p) > 1:
        draw.line(p.ravel().tolist(), fill=fill, width=w, joint="curve")
    r = width / 2
    for x, y in (p[0], p[-1]):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _paint(shape: Shape, fit, rng, hand) -> Image.Image:
    """Colouring in: a solid fill or a few broad back-and-forth strokes, kept near the shape."""
    mask = Image.new("L", (_BIG, _BIG), 0)
    md = ImageDraw.Draw(mask)
    for poly in shape.paint:
        md.polygon(fit(poly).ravel().tolist(), fill=255)
    if rng.random() < 0.4:
        return mask
    # Scribble: a zigzag of thick strokes across the shape's box, in the painter's direction.
    ys, xs = np.nonzero(np.asarray(mask)[::4, ::4])
    if len(xs) == 0:
        return mask
    width = hand["brush"] * 2 * rng.uniform(1.3, 2.6)
    gap = width * rng.uniform(0.6, 1.05)
    ang = rng.choice([0.0, 0.0, np.pi / 2, rng.uniform(-0.8, 0.8)])
    d, nrm = np.array([np.cos(ang), np.sin(ang)]), np.array([-np.sin(ang), np.cos(ang)])
    pts = np.c_[xs, ys] * 4.0
    along, across = pts @ d, pts @ nrm
    rows = np.arange(across.min() + width * 0.3, across.max(), gap)
    zz = []
    for k, r in enumerate(rows):
        ends = (along.min() - width * 0.3, along.max() + width * 0.3)
        for e in (ends if k % 2 == 0 else ends[::-1]):
            zz.append(d * e + nrm * (r + rng.normal(0, gap * 0.1)))
    if len(zz) < 4:
        return mask
    scribble = Image.new("L", (_BIG, _BIG), 0)
    _line(ImageDraw.Draw(scribble), np.array(zz), width)
    # The strokes spill a little past the outline.
    for poly in shape.paint:
        md.line(fit(_pts(poly, poly[:1])).ravel().tolist(), fill=255, width=int(hand["brush"] * 1.5), joint="curve")
    return Image.fromarray(np.minimum(np.asarray(scribble), np.asarray(mask)))


def _draw(label: int, style: str, rng) -> np.ndarray:
    designs = DESIGNS[label]
    shape = designs[int(rng.integers(len(designs)))](rng)
    hand = _hand(rng, label)
    fit, scale = _fit(shape, hand, rng)
    pieces = _one_line(shape, rng, hand["retrace"], step=0.04)
    img = Image.new("L", (_BIG, _BIG), 0)
    draw = ImageDraw.Draw(img)
    width = hand["brush"] * 2
    for stroke in _strokes(pieces, rng, hand["lifts"]):
        _line(draw, _natural(fit(stroke), rng, hand, scale), width)
    if style == "filled":
        paint = _paint(shape, fit, rng, hand)
        out = np.maximum(np.asarray(img, np.float32), np.asarray(paint, np.float32))
        if shape.outer and rng.random() < 0.6:  # straps and handles gone over with the broad brush too
            wide = ImageDraw.Draw(paint)
            for line in shape.outer:
                _line(wide, _natural(fit(line), rng, hand, scale), width * rng.uniform(1.3, 1.8))
            out = np.maximum(out, np.asarray(paint, np.float32))
        if rng.random() < 0.75 and shape.inner:  # the inner lines left dark through the paint
            dark = Image.new("L", (_BIG, _BIG), 0)
            dd = ImageDraw.Draw(dark)
            for line in shape.inner:
                _line(dd, _natural(fit(line), rng, hand, scale), max(4.0, width * rng.uniform(0.35, 0.6)))
            keep = 1 - np.asarray(dark, np.float32) / 255 * (np.asarray(paint, np.float32) / 255)
            out *= keep
        img = Image.fromarray(out.astype(np.uint8))
    return np.asarray(img.reduce(2))


def make(count_per_class: int, seed: int = 0, styles=STYLES):
    styles = tuple(styles)
    if not styles or any(s not in STYLES for s in styles):
        raise ValueError(f"styles must be some of {STYLES}, got {styles!r}")
    images, labels, names = [], [], []
    for label in range(len(CLASS_NAMES)):
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            rng = np.random.default_rng([seed, label, i, STYLES.index(style)])
            images.append(_draw(label, style, rng))
            labels.append(label)
            names.append(style)
    return (np.stack(images) if images else np.zeros((0, SIZE, SIZE), np.uint8),
            np.array(labels, np.int64), names)


def contact_sheet(images, columns: int, tile: int = 140) -> Image.Image:
    images = np.asarray(images)
    rows = max(1, -(-len(images) // columns))
    sheet = Image.new("L", (columns * tile, rows * tile), 40)
    for k, im in enumerate(images):
        t = Image.fromarray(im).resize((tile - 2, tile - 2), Image.Resampling.BILINEAR)
        sheet.paste(t, ((k % columns) * tile + 1, (k // columns) * tile + 1))
    return sheet


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-class", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sheet", default="/tmp/oneline_hands_sheet.png")
    ap.add_argument("--net", action="store_true", help="also save what the network sees (28x28)")
    args = ap.parse_args(argv)
    images, labels, styles = make(args.per_class, args.seed)
    contact_sheet(images, args.per_class).save(args.sheet)
    print(f"saved {args.sheet}")
    if args.net:
        from .predict import preprocess
        small = np.stack([preprocess(im, "canvas", drawing=True) for im in images])
        path = args.sheet.replace(".png", "_net.png")
        contact_sheet(small, args.per_class, tile=56).save(path)
        print(f"saved {path}")


if __name__ == "__main__":
    main()
