"""Garments drawn the way a classroom draws them with a mouse or a trackpad.

A network trained on Fashion-MNIST photographs and then asked to read what
20-40 students draw on a 280x280 browser canvas meets a kind of picture it has
never seen.  Synthetic drawings close that gap only if they are drawn by more
than one idea of a hand: a model fitted to a single generator learns that
generator's habits.  This module is one such idea, written on its own, and it
models the hand of a student on a school laptop who has 10-40 seconds and a
mouse or a trackpad rather than a pen:

* Lines are polylines of short straight-ish segments with per-vertex jitter;
  curves come out as polygons; long lines drift slowly off course.
* Corners overshoot into a little spike or get cut round.
* Trackpad users lift often, so one outline is several strokes whose ends do
  not meet: gaps, overlaps, small hooks where the finger lifted.
* Shapes are icons: simplified, symmetric-ish but not exactly, a little
  rotated, stretched, sometimes small, off-centre or too big for the canvas.
* "Filled" drawings are scribbled back and forth, with uneven coverage and
  strokes overshooting the outline; inner details (zip, buttons, sole line,
  the gap between trouser legs, a bag's handle hole) are mostly left dark,
  sometimes painted over.

Each garment class has several designs, different ways people draw it.
Everything is drawn at twice the canvas size and box-filtered down, as the
browser's antialiased brush would look.
"""
from __future__ import annotations

import argparse
import math
import time

import numpy as np
from PIL import Image, ImageDraw

from .config import CLASS_NAMES

STYLES = ("outline", "filled")

CANVAS = 280
SUPER = 2                      # draw at 2x, box-filter down: the browser's antialiasing
# The app's brush defaults to 18 px; some students change it.
BRUSH_SIZES = (18, 6, 8, 10, 12, 14, 22, 26, 30, 36)
BRUSH_ODDS = (0.50, 0.04, 0.05, 0.07, 0.08, 0.08, 0.07, 0.05, 0.04, 0.02)
# A big brush makes people draw bigger and skip fine details.
BIG_BRUSH = 22
BIG_BRUSH_MIN_SIZE = 0.68      # ...so a fat brush never draws small
# Longest side of the drawing as a fraction of the canvas: (odds, low, high).
SIZE_BANDS = ((0.66, 0.55, 0.86), (0.16, 0.32, 0.52), (0.18, 0.86, 1.03))
OFF_CENTRE_P = 0.15            # drawn in a corner of the canvas rather than the middle
ROTATION_SD_DEG = 4.5          # nobody holds the canvas square...
ROTATION_MAX_DEG = 13.0        # ...but nobody draws a shirt on its side either
ASPECT_SD = 0.09               # log-stretch of width against height
CONTROL_JITTER = 0.022         # per control point, in garment units (longest side ~2)
BEND_MAX = 0.07                # slow warp: the two halves of a "symmetric" shape differ
MIRROR_P = 0.5                 # shoes point left or right; pockets sit either side
MOUSE_P = 0.55                 # the rest use the trackpad

# Hand habits per device, ranges drawn once per drawing, lengths in canvas px.
HANDS = {
    "mouse": dict(
        jitter=(0.25, 0.8),      # hand tremor at each vertex
        step=(8.0, 18.0),        # length of the straight-ish segments
        drift=(0.006, 0.022),    # slow wander, as a fraction of stroke length
        drift_cap=(5.0, 10.0),
        lift_corner=(0.05, 0.22),  # chance of lifting at a corner
        lift_every=(260.0, 900.0),  # mean px of line between lifts elsewhere
        gap=(1.0, 4.5),          # how far the next stroke restarts from the last
        overshoot=(4.0, 11.0), over_p=(0.25, 0.55),
        round_r=(4.0, 10.0), round_p=(0.10, 0.30),
        hook=(3.0, 8.0), hook_p=(0.05, 0.25),
    ),
    "trackpad": dict(
        jitter=(0.2, 0.6),
        step=(6.0, 12.0),
        drift=(0.012, 0.035),
        drift_cap=(6.0, 13.0),
        lift_corner=(0.20, 0.50),
        lift_every=(90.0, 260.0),
        gap=(2.0, 7.0),
        overshoot=(3.0, 8.0), over_p=(0.10, 0.30),
        round_r=(5.0, 14.0), round_p=(0.25, 0.50),
        hook=(3.0, 9.0), hook_p=(0.20, 0.45),
    ),
}
CORNER_COS = 0.6               # turns sharper than ~53 degrees count as corners

# Scribble fill.
FILL_ZIGZAG_P = 0.55           # diagonal zig-zag; otherwise lawnmower passes
FILL_SPACING_ZIGZAG = (0.35, 0.70)   # x brush width between turning points
FILL_SPACING_PASSES = (0.60, 1.10)   # >1 leaves stripes of black
FILL_OUTSIDE_P = 0.30          # a pass runs out past the outline
FILL_SECOND_PASS_P = 0.22      # a second, sparser scribble at another angle
FILL_BIGGER_BRUSH_P = 0.18     # switch to a fatter brush to fill faster
FILL_OUTLINE_P = 0.80          # outline first, then fill; otherwise just scribble
FILL_DETAILS_DARK_P = 0.72     # fill around the details; otherwise paint over them
DARK_MAX_FRAC = 0.045          # widest unpainted detail, as a fraction of the drawing
FILL_GAPS_DARK_P = 0.85        # the gap between trouser legs, or arm and body, left dark
LAZY_P = 0.08                  # draws the silhouette and nothing else
DETAIL_SKIP_P = 0.08           # any one detail forgotten
INK_RANGE = (0.006, 0.68)      # redraw a drawing whose ink falls outside this


# --------------------------------------------------------------------------
# Parts of a design, in garment units (x right, y down, roughly [-1, 1]).
# kind: body (silhouette, filled when filling), hole (inside a body, stays
# dark), stroke (straps and handles: always ink), detail / dot (inner marks:
# ink on an outline, left dark or painted over in a filled drawing), gap
# (negative space a fat outline would close; only a filled drawing shows it).
# key details say which garment it is and survive a lazy or fat-brushed hand.

def _p(kind, pts, closed=False, key=False):
    return (kind, np.asarray(pts, dtype=float).reshape(-1, 2), closed, key)


def body(pts):
    return _p("body", pts, True)


def hole(pts):
    return _p("hole", pts, True)


def strap(pts, closed=False):
    return _p("stroke", pts, closed)


def det(pts, closed=False, key=False):
    return _p("detail", pts, closed, key)


def dot(x, y, key=False):
    return _p("dot", [(x, y)], False, key)


def _mx(pts):
    return np.asarray(pts, float) * (-1.0, 1.0)


def _both(part):
    kind, pts, closed, key = part
    return [part, (kind, _mx(pts), closed, key)]


def _sym(half):
    h = np.asarray(half, float)
    return np.vstack([h, h[::-1][1:-1] * (-1.0, 1.0)])


def _ell(cx, cy, rx, ry, a0=0.0, a1=360.0, n=10, closed=False):
    t = np.radians(np.linspace(a0, a1, n, endpoint=not closed))
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], 1)


def _lerp(a, b, t):
    return np.asarray(a, float) + (np.asarray(b, float) - np.asarray(a, float)) * t


def _zigzag(x0, x1, y, amp, n):
    xs = np.linspace(x0, x1, n)
    ys = y + amp * np.where(np.arange(n) % 2 == 0, -1.0, 1.0)
    return np.stack([xs, ys], 1)


# --------------------------------------------------------------------------
# Tops: one half silhouette from the centre of the neckline, mirrored.

def _top(neck="round", nw=0.2, ny=-0.86, nd=0.12, sx=0.45, sy=-0.8, sleeve="set",
         ang=35.0, sl=0.42, sw=0.28, ax=None, ay=None, side=(), hx=0.46, hy=0.9,
         hem="straight", tall=0.2):
    half = []
    if neck == "round":
        for a in np.radians((90, 55, 25, 0)):
            half.append((nw * math.cos(a), ny + nd * math.sin(a)))
    elif neck == "v":
        half += [(0.0, ny + nd), (nw, ny)]
    elif neck == "high":
        half += [(0.0, ny - tall), (nw * 0.92, ny - tall), (nw, ny)]
    elif neck == "square":
        half += [(0.0, ny + nd), (nw * 0.92, ny + nd), (nw, ny)]
    S = np.array([sx, sy])
    a = math.radians(ang)
    d = np.array([math.cos(a), math.sin(a)])
    n = np.array([-d[1], d[0]])
    if ax is None:
        ax = sx - 0.02
    if ay is None:
        ay = sy + sw * 1.2
    info = dict(S=S, A=np.array([ax, ay]), nw=nw, ny=ny, nd=nd, hx=hx, hy=hy,
                side=[(ax, ay)] + list(side) + [(hx, hy)])
    if sleeve == "none":
        half += [(sx, sy), (sx + 0.02, sy + 0.45 * (ay - sy)), (sx + 0.55 * (ax - sx), ay - 0.06)]
    else:
        Eo = S + sl * d
        Ei = Eo + sw * n
        half += [(sx, sy), tuple(Eo), tuple(Ei)]
        info.update(Eo=Eo, Ei=Ei, d=d)
    half.append((ax, ay))
    half += list(side)
    if hem == "curved":
        half += [(hx, hy - 0.1), (hx * 0.5, hy - 0.01), (0.0, hy + 0.01)]
    else:
        half += [(hx, hy), (0.0, hy)]
    return half, info


def _garment(half, I):
    """The silhouette, plus the space between a hanging sleeve and the body.

    That space is outside the silhouette anyway; naming it lets a filled drawing
    keep it dark the way a student scribbling around an arm does.
    """
    parts = [body(_sym(half))]
    if "Ei" in I:
        Ei, A = I["Ei"], I["A"]
        sx = _side_x(I, Ei[1])
        if Ei[1] - A[1] > 0.25 and Ei[0] - sx > 0.05:
            top = A + (0.0, 0.06)
            parts += _both(_p("gap", [top, Ei, (sx, Ei[1])], True))
    return parts


def _side_x(I, y):
    s = np.asarray(I["side"])
    return float(np.interp(y, s[:, 1], s[:, 0]))


def _across(I, y, inset=0.0):
    x = _side_x(I, y) - inset
    return [(-x, y), (x, y)]


def _cuff(I, c):
    d = I["Eo"] - I["S"]
    d = d / np.linalg.norm(d)
    v = I["A"] - I["Ei"]
    return I["Eo"] - d * c, I["Ei"] + v * (c / np.linalg.norm(v))


def _sleeve_lines(I, c, ribs=0, key=False):
    """Cuff line across both sleeves, with ribbing ticks below it."""
    o, i = _cuff(I, c)
    out = _both(det([o, i], key=key))
    for t in np.linspace(0.2, 0.8, ribs):
        out += _both(det([_lerp(o, i, t), _lerp(I["Eo"], I["Ei"], t)]))
    return out


def _hem_band(I, c, ribs=0, key=False):
    y = I["hy"] - c
    x = _side_x(I, y)
    out = [det([(-x, y), (x, y)], key=key)]
    for t in np.linspace(-0.8, 0.8, ribs):
        out.append(det([(t * x, y + 0.01), (t * x, I["hy"] - 0.01)]))
    return out


def _neck_band(I, extra=0.06, v=False):
    nw, ny, nd = I["nw"], I["ny"], I["nd"]
    if v:
        return [det([(-nw * 0.8, ny + 0.01), (0.0, ny + nd + extra * 1.4), (nw * 0.8, ny + 0.01)])]
    return [det(_ell(0.0, ny, nw, nd + extra, 180, 0, 7))]


def _collar(I, r, spread=1.0):
    nw, ny, nd = I["nw"], I["ny"], I["nd"]
    tip_x = r.uniform(0.07, 0.15) * spread
    tip_y = ny + r.uniform(0.2, 0.3)
    return _both(det([(nw, ny), (nw + 0.02, ny + 0.06), (tip_x, tip_y), (0.0, ny + nd)], key=True))


def _placket(I, r, top, bottom, n=None, double=False):
    out = []
    if double:
        out += [det([(-0.04, top), (-0.04, bottom)], key=True), det([(0.04, top), (0.04, bottom)])]
    else:
        out.append(det([(0.0, top), (0.0, bottom)], key=True))
    n = n or int(r.integers(3, 7))
    bx = 0.0 if double else r.choice((0.05, -0.05, 0.0))
    for y in np.linspace(top + 0.1, bottom - 0.12, n):
        out.append(dot(bx, y, key=True))
    return out


def _pocket(x0, y0, w, h, flap=True, key=False):
    out = [det([(x0, y0), (x0 + w, y0), (x0 + w, y0 + h), (x0, y0 + h)], closed=True, key=key)]
    if flap:
        out.append(det([(x0, y0 + h * 0.3), (x0 + w, y0 + h * 0.3)]))
    return out


def _stripes(I, ys):
    return [det(_across(I, y, 0.0)) for y in ys]


def _hood(I, r, fur=False):
    nw, ny = I["nw"], I["ny"]
    w = nw + r.uniform(0.08, 0.14)
    top = ny - r.uniform(0.22, 0.34)
    outer = [(-w, ny + 0.08), (-w - 0.03, ny - 0.12), (-w * 0.7, top + 0.03), (0.0, top),
             (w * 0.7, top + 0.03), (w + 0.03, ny - 0.12), (w, ny + 0.08)]
    out = [body(outer)]
    if fur:
        out.append(det(_zigzag(-w * 0.85, w * 0.85, top + 0.09, 0.03, 9)))
    return out


# ---------------------------------------------------------------- 0 T-shirt

def _tee(r, **kw):
    p = dict(neck="round", nw=r.uniform(0.15, 0.23), ny=-0.86, nd=r.uniform(0.08, 0.16),
             sx=r.uniform(0.4, 0.48), sy=r.uniform(-0.82, -0.76), ang=r.uniform(22, 42),
             sl=r.uniform(0.34, 0.48), sw=r.uniform(0.25, 0.32),
             hx=r.uniform(0.4, 0.5), hy=r.uniform(0.82, 0.95))
    p.update(kw)
    return _top(**p)


def tee_crew(r):
    half, I = _tee(r)
    parts = _garment(half, I)
    if r.random() < 0.6:
        parts += _neck_band(I)
    if r.random() < 0.4:
        parts += _sleeve_lines(I, 0.07)
    return parts


def tee_vneck(r):
    half, I = _tee(r, neck="v", nd=r.uniform(0.22, 0.34))
    parts = _garment(half, I)
    if r.random() < 0.65:
        parts += _neck_band(I, 0.06, v=True)
    if r.random() < 0.35:
        parts += _hem_band(I, 0.07)
    return parts


def tee_tank(r):
    sx = r.uniform(0.22, 0.3)
    half, I = _tee(r, sleeve="none", nw=sx - r.uniform(0.07, 0.11), nd=r.uniform(0.22, 0.34),
                   sx=sx, sy=-0.9, ax=r.uniform(0.4, 0.46), ay=r.uniform(-0.4, -0.25),
                   hx=r.uniform(0.42, 0.5), side=[(r.uniform(0.38, 0.44), 0.2)])
    parts = _garment(half, I)
    if r.random() < 0.4:
        parts += _hem_band(I, 0.08)
    return parts


def tee_oversized(r):
    half, I = _tee(r, sx=0.52, sy=-0.76, ang=r.uniform(35, 52), sl=r.uniform(0.38, 0.5),
                   sw=r.uniform(0.34, 0.42), ax=0.56, hx=r.uniform(0.55, 0.62),
                   hy=r.uniform(0.6, 0.75), nw=r.uniform(0.18, 0.24))
    parts = _garment(half, I)
    parts += _neck_band(I, 0.05)
    if r.random() < 0.5:
        parts += _sleeve_lines(I, 0.08)
    return parts


def tee_child(r):
    sx = r.uniform(0.3, 0.4)
    half, I = _tee(r, sx=sx, sy=-0.8, ang=r.uniform(0, 8), sl=r.uniform(0.42, 0.55),
                   sw=r.uniform(0.28, 0.36), ax=sx, hx=sx + r.uniform(-0.02, 0.04),
                   nw=r.uniform(0.12, 0.18), nd=r.uniform(0.1, 0.16))
    return _garment(half, I)


def tee_print(r):
    half, I = _tee(r)
    parts = _garment(half, I)
    cx, cy, s = r.uniform(-0.05, 0.05), r.uniform(-0.05, 0.15), r.uniform(0.14, 0.22)
    kind = r.integers(3)
    if kind == 0:    # star
        t = np.radians(np.arange(10) * 36 - 90)
        rad = np.where(np.arange(10) % 2 == 0, s, s * 0.45)
        parts.append(det(np.stack([cx + rad * np.cos(t), cy + rad * np.sin(t)], 1), closed=True))
    elif kind == 1:  # heart
        parts.append(det([(cx, cy + s), (cx - s, cy - s * 0.1), (cx - s * 0.7, cy - s * 0.7),
                          (cx - s * 0.2, cy - s * 0.65), (cx, cy - s * 0.3), (cx + s * 0.2, cy - s * 0.65),
                          (cx + s * 0.7, cy - s * 0.7), (cx + s, cy - s * 0.1)], closed=True))
    else:            # smiley / circle logo
        parts.append(det(_ell(cx, cy, s, s, 0, 360, 9, closed=True), closed=True))
        parts.append(det(_ell(cx, cy + s * 0.1, s * 0.5, s * 0.4, 20, 160, 5)))
    return parts


def tee_ringer(r):
    half, I = _tee(r)
    parts = _garment(half, I)
    parts += _neck_band(I, 0.05)
    parts += _sleeve_lines(I, 0.06) + _sleeve_lines(I, 0.11)
    return parts


def tee_striped(r):
    half, I = _tee(r)
    parts = _garment(half, I)
    n = int(r.integers(2, 5))
    parts += _stripes(I, np.linspace(-0.25, I["hy"] - 0.15, n))
    return parts


def tee_crop(r):
    half, I = _tee(r, ang=r.uniform(15, 30), sl=r.uniform(0.25, 0.35), sw=r.uniform(0.2, 0.26),
                   hx=r.uniform(0.44, 0.52), hy=r.uniform(0.3, 0.45), nw=r.uniform(0.18, 0.26))
    return _garment(half, I) + _neck_band(I, 0.05)


# ---------------------------------------------------------------- 1 Trouser

def _trouser(r, ww=None, hip=None, out=None, inn=None, crotch=None, top=-0.95, bot=0.95):
    ww = ww if ww is not None else r.uniform(0.38, 0.46)
    hip = hip if hip is not None else ww + r.uniform(0.01, 0.05)
    out = out if out is not None else hip - r.uniform(0.0, 0.05)
    inn = inn if inn is not None else r.uniform(0.09, 0.16)
    crotch = crotch if crotch is not None else r.uniform(-0.4, -0.2)
    half = [(0.0, top), (ww, top), (hip, -0.55), (out, bot), (inn, bot), (0.0, crotch)]
    return half, dict(ww=ww, top=top, bot=bot, hip=hip, out=out, inn=inn, crotch=crotch)


def _legs(half, T):
    """Trouser silhouette and the gap between the legs (kept dark when filled)."""
    return [body(_sym(half)), _p("gap", [(0.0, T["crotch"] + 0.04), (T["inn"], T["bot"]), (-T["inn"], T["bot"])], True)]


def _waistband(T, h=0.1, key=False):
    y = T["top"] + h
    return [det([(-T["ww"] - 0.01, y), (T["ww"] + 0.01, y)], key=key)]


def tr_straight(r):
    half, T = _trouser(r)
    parts = _legs(half, T)
    if r.random() < 0.6:
        parts += _waistband(T)
    return parts


def tr_flared(r):
    half, T = _trouser(r, out=r.uniform(0.55, 0.68), inn=r.uniform(0.07, 0.11))
    parts = _legs(half, T) + _waistband(T)
    return parts


def tr_skinny(r):
    ww = r.uniform(0.34, 0.4)
    half, T = _trouser(r, ww=ww, out=r.uniform(0.26, 0.32), inn=r.uniform(0.1, 0.15))
    parts = _legs(half, T)
    if r.random() < 0.5:
        parts += _waistband(T)
    return parts


def tr_jeans(r):
    half, T = _trouser(r)
    parts = _legs(half, T) + _waistband(T, 0.1)
    yb = T["top"] + 0.1
    parts.append(det([(0.0, yb), (0.0, T["crotch"] - 0.05)], key=False))
    parts += _both(det([(T["ww"] - 0.18, yb), (T["ww"] - 0.13, yb + 0.12), (T["ww"], yb + 0.18)]))
    for x in (-0.24, 0.0, 0.24):
        parts.append(det([(x * T["ww"] / 0.4, T["top"]), (x * T["ww"] / 0.4, yb)]))
    if r.random() < 0.5:
        parts.append(dot(0.0, T["top"] + 0.05))
    return parts


def tr_wide(r):
    half, T = _trouser(r, ww=r.uniform(0.4, 0.46), out=r.uniform(0.52, 0.62),
                       inn=r.uniform(0.06, 0.1), crotch=r.uniform(-0.3, -0.1))
    return _legs(half, T) + _waistband(T, 0.12)


def tr_belt(r):
    half, T = _trouser(r)
    parts = _legs(half, T)
    y0, y1 = T["top"] + 0.04, T["top"] + 0.14
    parts += [det([(-T["ww"], y0), (T["ww"], y0)]), det([(-T["ww"], y1), (T["ww"], y1)])]
    b = r.uniform(0.07, 0.1)
    parts.append(det([(-b, y0 - 0.03), (b, y0 - 0.03), (b, y1 + 0.03), (-b, y1 + 0.03)], closed=True))
    return parts


def tr_joggers(r):
    half, T = _trouser(r, out=r.uniform(0.3, 0.36), inn=r.uniform(0.08, 0.13))
    parts = _legs(half, T) + _waistband(T, 0.12)
    y = T["bot"] - 0.12
    for s in (-1, 1):
        xo = s * (T["out"] + 0.01)
        xi = s * (T["inn"] - 0.01)
        parts.append(det([(xo, y), (xi, y)]))
    parts.append(det([(-0.05, T["top"] + 0.12), (-0.08, T["top"] + 0.3)]))
    parts.append(det([(0.05, T["top"] + 0.12), (0.08, T["top"] + 0.3)]))
    return parts


def tr_cargo(r):
    half, T = _trouser(r)
    parts = _legs(half, T) + _waistband(T)
    w, h = 0.18, r.uniform(0.22, 0.3)
    x0 = T["hip"] - w - 0.02
    parts += _both(det([(x0, 0.0), (x0 + w, 0.0), (x0 + w, h), (x0, h)], closed=True))
    parts += _both(det([(x0, 0.06), (x0 + w, 0.06)]))
    return parts


def tr_crease(r):
    half, T = _trouser(r)
    parts = _legs(half, T) + _waistband(T)
    xm = (T["hip"] + T["inn"]) / 2
    parts += _both(det([(xm, T["top"] + 0.25), ((T["out"] + T["inn"]) / 2, T["bot"] - 0.05)]))
    return parts


# ---------------------------------------------------------------- 2 Pullover

def _pull(r, **kw):
    p = dict(neck="round", nw=r.uniform(0.14, 0.21), ny=-0.86, nd=r.uniform(0.06, 0.12),
             sx=r.uniform(0.4, 0.47), sy=r.uniform(-0.82, -0.76), ang=r.uniform(58, 70),
             sl=r.uniform(1.45, 1.7), sw=r.uniform(0.22, 0.28), ax=r.uniform(0.38, 0.44),
             ay=r.uniform(-0.45, -0.35), hx=r.uniform(0.4, 0.47), hy=r.uniform(0.82, 0.93))
    p.update(kw)
    return _top(**p)


def _ribs(I, r):
    return (_sleeve_lines(I, r.uniform(0.1, 0.15), int(r.integers(2, 4)), key=True)
            + _hem_band(I, r.uniform(0.1, 0.14), int(r.integers(3, 7)), key=True))


def pull_crew(r):
    half, I = _pull(r)
    return _garment(half, I) + _neck_band(I, 0.05) + _ribs(I, r)


def pull_hoodie(r):
    half, I = _pull(r, nd=r.uniform(0.1, 0.16))
    parts = _garment(half, I) + _hood(I, r)
    ny, nd = I["ny"], I["nd"]
    for s in (-1, 1):
        parts.append(det([(s * 0.06, ny + nd), (s * 0.08, ny + nd + 0.25)]))
    y0, y1 = r.uniform(0.2, 0.35), r.uniform(0.6, 0.7)
    parts.append(det([(-0.22, y0), (0.22, y0), (0.34, y1), (-0.34, y1)], closed=True, key=True))
    parts += _sleeve_lines(I, 0.12, 2) + _hem_band(I, 0.1)
    return parts


def pull_turtleneck(r):
    tall = r.uniform(0.14, 0.24)
    half, I = _pull(r, neck="high", tall=tall, nw=r.uniform(0.15, 0.2))
    nw, ny = I["nw"], I["ny"]
    parts = _garment(half, I) + [det([(-nw, ny - tall * 0.45), (nw, ny - tall * 0.45)], key=True)]
    for t in np.linspace(-0.6, 0.6, int(r.integers(3, 6))):
        parts.append(det([(t * nw, ny - tall + 0.02), (t * nw, ny - tall * 0.5)]))
    return parts + _ribs(I, r)


def pull_knit(r):
    half, I = _pull(r)
    parts = _garment(half, I) + _neck_band(I, 0.05) + _ribs(I, r)
    for y in (r.uniform(-0.35, -0.2), r.uniform(0.05, 0.2))[: int(r.integers(1, 3))]:
        x = _side_x(I, y) - 0.06
        parts.append(det(_zigzag(-x, x, y, 0.05, int(r.integers(7, 11))), key=True))
    if r.random() < 0.5:
        y = r.uniform(-0.1, 0.1)
        for cx in (-0.22, 0.0, 0.22):
            parts.append(det([(cx, y - 0.08), (cx + 0.07, y), (cx, y + 0.08), (cx - 0.07, y)], closed=True))
    return parts


def pull_tpose(r):
    sx = r.uniform(0.36, 0.44)
    half, I = _pull(r, sx=sx, ang=r.uniform(8, 25), sl=r.uniform(0.75, 0.95), sw=r.uniform(0.2, 0.25),
                    ax=sx, ay=None, hy=r.uniform(0.75, 0.9))
    return _garment(half, I) + _neck_band(I, 0.05) + _ribs(I, r)


def pull_vneck(r):
    half, I = _pull(r, neck="v", nd=r.uniform(0.25, 0.36))
    return _garment(half, I) + _neck_band(I, 0.06, v=True) + _ribs(I, r)


def pull_striped(r):
    half, I = _pull(r)
    parts = _garment(half, I) + _neck_band(I, 0.05)
    parts += _stripes(I, np.linspace(-0.3, I["hy"] - 0.25, int(r.integers(3, 5))))
    for c in (0.35, 0.7):
        o, i = _cuff(I, c)
        parts += _both(det([o, i]))
    return parts + _sleeve_lines(I, 0.12, 0, key=True) + _hem_band(I, 0.1, 0, key=True)


def pull_raglan(r):
    half, I = _pull(r)
    parts = _garment(half, I) + _neck_band(I, 0.04) + _ribs(I, r)
    parts += _both(det([(I["nw"] + 0.02, I["ny"] + 0.03), tuple(I["A"])]))
    return parts


def pull_baggy(r):
    half, I = _pull(r, sx=0.5, ang=r.uniform(58, 68), sl=r.uniform(1.3, 1.5), sw=r.uniform(0.3, 0.36),
                    ax=0.54, hx=r.uniform(0.52, 0.6), hy=r.uniform(0.75, 0.85), nw=r.uniform(0.17, 0.22))
    return _garment(half, I) + _neck_band(I, 0.06) + _ribs(I, r)


# ---------------------------------------------------------------- 3 Dress

def _dress(r, sleeve="set", waist=None, hem=None, hy=None, **kw):
    wy = waist if waist is not None else r.uniform(-0.3, -0.1)
    p = dict(neck="round", nw=r.uniform(0.12, 0.18), ny=-0.9, nd=r.uniform(0.1, 0.2),
             sx=r.uniform(0.26, 0.33), sy=-0.88, sleeve=sleeve, ang=r.uniform(35, 55),
             sl=r.uniform(0.15, 0.24), sw=r.uniform(0.16, 0.2), ax=r.uniform(0.26, 0.31),
             ay=r.uniform(-0.6, -0.5), side=[(r.uniform(0.18, 0.24), wy)],
             hx=hem if hem is not None else r.uniform(0.6, 0.82),
             hy=hy if hy is not None else r.uniform(0.88, 0.96))
    p.update(kw)
    half, I = _top(**p)
    I["wy"] = wy
    return half, I


def dress_aline(r):
    half, I = _dress(r)
    parts = _garment(half, I)
    if r.random() < 0.5:
        parts.append(det(_across(I, I["wy"])))
    return parts


def dress_strapless(r):
    wy = r.uniform(-0.2, -0.05)
    top, tw = r.uniform(-0.62, -0.55), r.uniform(0.26, 0.32)
    hx, hy = r.uniform(0.6, 0.8), r.uniform(0.88, 0.96)
    wx = r.uniform(0.17, 0.22)
    if r.random() < 0.5:   # sweetheart top
        half = [(0.0, top + 0.05), (tw * 0.45, top - 0.06), (tw, top)]
    else:
        half = [(0.0, top), (tw, top)]
    half += [(wx, wy), (hx, hy), (0.0, hy)]
    return [body(_sym(half)), det([(-wx, wy), (wx, wy)])]


def dress_belted(r):
    half, I = _dress(r, sleeve=r.choice(["set", "none"]))
    y = I["wy"]
    x = _side_x(I, y)
    parts = _garment(half, I) + [det([(-x, y - 0.04), (x, y - 0.04)], key=True),
             det([(-x - 0.01, y + 0.05), (x + 0.01, y + 0.05)], key=True)]
    b = 0.06
    parts.append(det([(-b, y - 0.07), (b, y - 0.07), (b, y + 0.08), (-b, y + 0.08)], closed=True))
    return parts


def dress_gown(r):
    wy = r.uniform(-0.25, -0.1)
    top, tw = r.uniform(-0.62, -0.55), r.uniform(0.22, 0.27)
    wx = r.uniform(0.14, 0.18)
    kx, ky = r.uniform(0.2, 0.26), r.uniform(0.4, 0.55)
    hx = r.uniform(0.42, 0.58)
    half = [(0.0, top + 0.1), (tw * 0.5, top - 0.03), (tw, top), (wx, wy), (kx, ky), (hx, 0.97), (0.0, 0.97)]
    parts = [body(_sym(half))]
    parts += _both(strap([(tw * 0.55, top - 0.02), (tw * 0.8, top - r.uniform(0.18, 0.3))]))
    if r.random() < 0.5:
        parts.append(det([(-wx, wy), (wx, wy)]))
    return parts


def dress_sleeveless(r):
    sx = r.uniform(0.2, 0.26)
    half, I = _dress(r, sleeve="none", sx=sx, nw=sx - r.uniform(0.06, 0.09),
                     nd=r.uniform(0.2, 0.3), ax=r.uniform(0.3, 0.34), ay=r.uniform(-0.55, -0.45))
    parts = _garment(half, I)
    if r.random() < 0.4:
        parts.append(det(_across(I, I["wy"])))
    return parts


def dress_longsleeve(r):
    half, I = _dress(r, ang=r.uniform(62, 74), sl=r.uniform(0.85, 1.05), sw=r.uniform(0.15, 0.19),
                     sx=r.uniform(0.28, 0.34), ax=r.uniform(0.26, 0.3), ay=r.uniform(-0.6, -0.5),
                     hx=r.uniform(0.62, 0.8))
    parts = _garment(half, I)
    if r.random() < 0.5:
        parts.append(det(_across(I, I["wy"])))
    if r.random() < 0.4:
        parts += _sleeve_lines(I, 0.07)
    return parts


def dress_pleated(r):
    half, I = _dress(r, sleeve=r.choice(["set", "none"]))
    parts = _garment(half, I) + [det(_across(I, I["wy"]), key=True)]
    wx = _side_x(I, I["wy"])
    for t in np.linspace(-0.6, 0.6, int(r.integers(3, 6))):
        parts.append(det([(t * wx, I["wy"] + 0.04), (t * I["hx"] * 0.95, I["hy"] - 0.04)]))
    return parts


def dress_triangle(r):
    nw, top = r.uniform(0.1, 0.15), -0.9
    sx = nw + r.uniform(0.08, 0.14)
    hx, hy = r.uniform(0.68, 0.85), r.uniform(0.85, 0.95)
    half = [(0.0, top + r.uniform(0.06, 0.12)), (nw, top), (sx, top + 0.02),
            (sx + r.uniform(0.1, 0.16), top + 0.16), (sx + 0.02, top + 0.28), (hx, hy), (0.0, hy)]
    return [body(_sym(half))]


def dress_tiered(r):
    half, I = _dress(r, sleeve=r.choice(["set", "none"]), hem=r.uniform(0.65, 0.85))
    parts = _garment(half, I) + [det(_across(I, I["wy"]))]
    n = int(r.integers(1, 3))
    for t in np.linspace(0, 1, n + 2)[1:-1]:
        y = I["wy"] + (I["hy"] - I["wy"]) * t
        parts.append(det(_across(I, y, 0.0), key=True))
    return parts


# ---------------------------------------------------------------- 4 Coat

def _coat(r, **kw):
    p = dict(neck="v", nw=r.uniform(0.14, 0.2), ny=-0.88, nd=r.uniform(0.14, 0.26),
             sx=r.uniform(0.44, 0.52), sy=r.uniform(-0.82, -0.76), ang=r.uniform(60, 70),
             sl=r.uniform(1.05, 1.3), sw=r.uniform(0.22, 0.28), ax=r.uniform(0.44, 0.5),
             ay=r.uniform(-0.45, -0.35), hx=r.uniform(0.48, 0.6), hy=r.uniform(0.93, 0.98))
    p.update(kw)
    return _top(**p)


def _opening(I, top=None, x=0.0):
    top = I["ny"] + I["nd"] if top is None else top
    return [det([(x, top), (x, I["hy"])], key=True)]


def _lapels(I, r, depth=None):
    nw, ny = I["nw"], I["ny"]
    depth = depth if depth is not None else r.uniform(-0.3, -0.1)
    notch = r.uniform(0.22, 0.3)
    return _both(det([(nw, ny), (notch, ny + 0.22), (notch - 0.06, ny + 0.3), (0.02, depth)], key=True))


def coat_buttons(r):
    half, I = _coat(r, nd=r.uniform(0.1, 0.18))
    parts = _garment(half, I) + _opening(I) + _lapels(I, r, depth=I["ny"] + I["nd"] + 0.1)
    bx = r.choice((0.06, -0.06))
    for y in np.linspace(I["ny"] + I["nd"] + 0.15, 0.55, int(r.integers(4, 6))):
        parts.append(dot(bx, y, key=True))
    if r.random() < 0.6:
        parts += _both(det([(0.18, 0.3), (0.36, 0.3)]))
    return parts


def coat_zip(r):
    half, I = _coat(r, neck="high", tall=r.uniform(0.08, 0.14), nw=r.uniform(0.16, 0.2))
    top = I["ny"] - 0.1
    parts = _garment(half, I) + [det([(0.0, top), (0.0, I["hy"])], key=True)]
    for y in np.linspace(top + 0.1, I["hy"] - 0.1, int(r.integers(5, 9))):
        parts.append(det([(-0.03, y), (0.03, y)]))
    parts.append(det([(0.0, top + 0.05), (0.05, top + 0.15)]))
    if r.random() < 0.6:
        parts += _both(det([(0.3, 0.2), (0.38, 0.45)]))
    return parts


def coat_trench(r):
    half, I = _coat(r, hx=r.uniform(0.56, 0.66), nd=r.uniform(0.2, 0.3))
    parts = _garment(half, I) + _lapels(I, r, depth=-0.2)
    y = r.uniform(0.0, 0.15)
    x = _side_x(I, y)
    parts += [det([(-x, y - 0.05), (x, y - 0.05)], key=True), det([(-x, y + 0.05), (x, y + 0.05)], key=True)]
    parts.append(det([(-0.07, y - 0.08), (0.07, y - 0.08), (0.07, y + 0.08), (-0.07, y + 0.08)], closed=True))
    parts.append(det([(0.06, -0.12), (0.06, I["hy"])], key=True))
    for yy in (-0.22, -0.08):
        parts += [dot(-0.13, yy), dot(0.17, yy)]
    if r.random() < 0.5:
        parts += _sleeve_lines(I, 0.15)
    return parts


def coat_parka(r):
    half, I = _coat(r, neck="round", nd=r.uniform(0.08, 0.12), hx=r.uniform(0.5, 0.58))
    parts = _garment(half, I) + _hood(I, r, fur=r.random() < 0.5) + _opening(I)
    for side in (-1, 1):
        x0 = 0.14 if side > 0 else -0.4
        parts += _pocket(x0, 0.25, 0.26, 0.24, flap=True)
    if r.random() < 0.5:
        y = r.uniform(-0.05, 0.1)
        parts.append(det(_across(I, y)))
    return parts


def coat_open(r):
    half, I = _coat(r, nd=r.uniform(0.15, 0.3))
    ny, nd = I["ny"], I["nd"]
    spread = r.uniform(0.08, 0.16)
    parts = _garment(half, I)
    parts += _both(det([(0.02, ny + nd), (spread, I["hy"])], key=True))
    parts += _lapels(I, r, depth=ny + nd + 0.1)
    if r.random() < 0.5:
        parts.append(det(_ell(0.0, ny + nd + 0.02, 0.08, 0.06, 0, 180, 5)))
    if r.random() < 0.5:
        parts += _both(det([(0.26, 0.35), (0.42, 0.35)]))
    return parts


def coat_apose(r):
    half, I = _coat(r, ang=r.uniform(48, 60), sl=r.uniform(0.95, 1.1), ax=r.uniform(0.46, 0.5),
                    ay=r.uniform(-0.5, -0.4), nd=r.uniform(0.1, 0.18))
    parts = _garment(half, I) + _opening(I) + _lapels(I, r, depth=I["ny"] + I["nd"] + 0.1)
    for y in np.linspace(-0.4, 0.5, int(r.integers(3, 6))):
        parts.append(dot(0.06, y, key=True))
    return parts


def coat_puffer(r):
    half, I = _coat(r, neck="high", tall=r.uniform(0.08, 0.14), hy=r.uniform(0.78, 0.92),
                    hx=r.uniform(0.5, 0.56), sw=r.uniform(0.26, 0.32))
    top = I["ny"] - 0.08
    parts = _garment(half, I) + [det([(0.0, top), (0.0, I["hy"])], key=True)]
    for y in np.linspace(-0.45, I["hy"] - 0.2, int(r.integers(3, 6))):
        parts.append(det(_across(I, y)))
    for c in (0.35, 0.7):
        o, i = _cuff(I, c * np.linalg.norm(I["Eo"] - I["S"]))
        parts += _both(det([o, i]))
    return parts


def coat_peacoat(r):
    half, I = _coat(r, nd=r.uniform(0.2, 0.28), hy=r.uniform(0.85, 0.95))
    parts = _garment(half, I) + _lapels(I, r, depth=-0.3)
    parts.append(det([(0.08, -0.3), (0.08, I["hy"])], key=True))
    for y in np.linspace(-0.2, 0.3, 3):
        parts += [dot(-0.12, y, key=True), dot(0.18, y, key=True)]
    if r.random() < 0.5:
        parts += _both(det([(0.28, 0.45), (0.42, 0.45)]))
    return parts


def coat_duffle(r):
    half, I = _coat(r, neck="round", nd=r.uniform(0.08, 0.12))
    parts = _garment(half, I) + _hood(I, r) + _opening(I)
    for y in np.linspace(-0.5, 0.35, int(r.integers(3, 5))):
        parts += [det([(-0.1, y), (0.06, y)], key=True), dot(0.1, y)]
    parts += _sleeve_lines(I, 0.12)
    return parts


# ---------------------------------------------------------------- 5 Sandal
# Shoes: toe at the left, ground near the bottom; mirrored half the time.

def _slab(x0, x1, y_top, thick, toe_round=0.05, rise=0.0):
    """A sole seen from the side; rise lifts the heel end."""
    return [(x0, y_top + thick * 0.5), (x0 + toe_round, y_top), (x1, y_top - rise),
            (x1 + 0.02, y_top - rise + thick), (x0 + toe_round, y_top + thick)]


def _sandal_sole(r, heel, g=0.45):
    """Side-view sole (flat or heeled) and where the top of the foot would be."""
    t = r.uniform(0.08, 0.13)
    if heel < 0.08:
        parts = [body(_slab(-0.95, 0.9, g - t, t, rise=heel))]
        xs, ys = [-0.95, 0.9], [g - t, g - t - heel]
    else:
        seat = g - heel
        xs = [-0.95, -0.45, 0.25, 0.85]
        ys = [g - t, g - t, seat + 0.06, seat]
        top = list(zip(xs, ys))
        bot = [(0.86, seat + t), (0.27, seat + t + 0.06), (-0.43, g), (-0.95, g)]
        hw = r.uniform(0.03, 0.13)
        hx = r.uniform(0.68, 0.76)
        parts = [body(top + bot), body([(hx - 0.1, seat + t), (0.84, seat + t), (hx + hw, g), (hx - hw * 0.4, g)])]
    fx = [-0.95, -0.6, 0.0, 0.35, 0.7]
    fh = [0.16, 0.27, 0.36, 0.42, 0.46]

    def sole(x):
        return float(np.interp(x, xs, ys))

    def foot(x):
        return sole(x) - float(np.interp(x, fx, fh))
    return parts, sole, foot


def _arch(sole, foot, x0, x1, lift=0.0):
    xm = (x0 + x1) / 2
    return [(x0, sole(x0)), (x0 + (xm - x0) * 0.15, (foot(x0) + sole(x0)) / 2),
            (x0 + (xm - x0) * 0.5, foot(xm) - lift * 0.8), (xm, foot(xm) - lift),
            (x1 - (x1 - xm) * 0.5, foot(xm) - lift * 0.8), (x1 - (x1 - xm) * 0.15, (foot(x1) + sole(x1)) / 2),
            (x1, sole(x1))]


def _ankle_ring(sole, foot, r, x=0.55):
    y = foot(x) - r.uniform(0.0, 0.08)
    return strap(_ell(x, y, r.uniform(0.18, 0.25), r.uniform(0.06, 0.09), 0, 360, 9, closed=True), closed=True), y


def sandal_heel(r):
    parts, sole, foot = _sandal_sole(r, r.uniform(0.3, 0.55))
    parts.append(strap(_arch(sole, foot, -0.9, -0.45)))
    ring, y = _ankle_ring(sole, foot, r)
    parts += [ring, strap([(0.8, sole(0.8)), (0.74, y + 0.05)])]
    if r.random() < 0.5:
        parts.append(strap(_arch(sole, foot, -0.35, 0.1)))
    return parts


def sandal_flipflop(r):
    th = r.uniform(0.1, 0.16)
    parts = [body(_slab(-0.95, 0.93, 0.3, th, rise=r.uniform(0.0, 0.04)))]
    post = (-0.5 + r.uniform(-0.05, 0.05), r.uniform(-0.05, 0.05))
    parts.append(strap([(-0.62, 0.3), post, (-0.1, 0.02), (0.12, 0.3)]))
    return parts


def sandal_slide(r):
    th = r.uniform(0.14, 0.2)
    parts = [body(_slab(-0.95, 0.93, 0.3, th, rise=r.uniform(0.0, 0.05)))]
    top = r.uniform(-0.2, -0.06)
    band = [(-0.8, 0.3), (-0.66, top + 0.12), (-0.4, top), (-0.05, top + 0.04), (0.15, top + 0.15), (0.25, 0.3)]
    parts.append(body(band))
    if r.random() < 0.6:
        parts.append(det([(-0.55, top + 0.16), (0.05, top + 0.2)]))
    return parts


def sandal_gladiator(r):
    # Rings of strap climbing the ankle, tied to the sole front and back.
    parts, sole, foot = _sandal_sole(r, r.uniform(0.0, 0.05))
    n = int(r.integers(2, 4))
    y0 = foot(0.5)
    ys = y0 - np.arange(n) * r.uniform(0.2, 0.26)
    for y in ys:
        parts.append(strap(_ell(0.5, y, r.uniform(0.2, 0.25), 0.07, 0, 360, 9, closed=True), closed=True))
    parts.append(strap([(0.8, sole(0.8)), (0.74, ys[-1])]))
    parts.append(strap(_arch(sole, foot, -0.88, -0.5)))
    parts.append(strap([(-0.69, foot(-0.69)), (-0.2, foot(-0.2) - 0.05), (0.3, y0)]))
    return parts


def sandal_wedge(r):
    h = r.uniform(0.3, 0.5)
    g = 0.45
    wedge = [(-0.95, g - 0.1), (-0.55, g - 0.12), (0.1, g - h + 0.05), (0.85, g - h), (0.88, g), (-0.95, g)]
    parts = [body(wedge)]

    def sole(x):
        return float(np.interp(x, [-0.95, -0.55, 0.1, 0.85], [g - 0.1, g - 0.12, g - h + 0.05, g - h]))

    def foot(x):
        return sole(x) - float(np.interp(x, [-0.95, -0.6, 0.0, 0.35, 0.7], [0.1, 0.2, 0.32, 0.42, 0.5]))
    parts.append(strap(_arch(sole, foot, -0.88, -0.4)))
    ring, y = _ankle_ring(sole, foot, r)
    parts += [ring, strap([(0.8, sole(0.8)), (0.72, y + 0.04)])]
    if r.random() < 0.5:
        for x in np.linspace(-0.4, 0.6, 4):
            parts.append(det([(x, g - 0.03), (x + 0.04, sole(x) + 0.04)]))
    return parts


def sandal_sport(r):
    # Straps zig-zag from the sole over the foot and back: a cage with holes.
    parts, sole, foot = _sandal_sole(r, 0.0)
    g = 0.45
    t = r.uniform(0.16, 0.22)
    parts[0] = body(_slab(-0.95, 0.9, g - t, t))
    if r.random() < 0.6:
        parts.append(det(_zigzag(-0.85, 0.85, g - 0.05, 0.025, 14)))
    xs = np.linspace(-0.85, 0.35, int(r.integers(4, 6)))
    zig = [(x, g - t if k % 2 == 0 else foot(x) - 0.12) for k, x in enumerate(xs)]
    parts.append(strap(zig))
    ring, y = _ankle_ring(sole, foot, r)
    parts += [ring, strap([(0.82, g - t), (0.74, y + 0.05)])]
    return parts


def sandal_top(r):
    # Seen from above, toe up: a footprint; the straps read as lines on it.
    w, L = r.uniform(0.3, 0.38), 0.95
    outline = np.vstack([_ell(0.0, -0.45, w, 0.5, 180, 360, 6),
                         [(w * 0.95, 0.1), (w * 0.72, 0.45)],
                         _ell(0.0, 0.55, w * 0.75, 0.4, 0, 180, 6),
                         [(-w * 0.72, 0.45), (-w * 0.8, 0.1)]])
    parts = [body(outline * (1.0, L))]
    if r.random() < 0.5:
        post = (0.0, -0.6)
        parts += [det([post, (-w * 0.97, -0.1)], key=True), det([post, (w * 0.97, -0.1)], key=True)]
    else:
        parts += [det([(-w, -0.45), (w, -0.45)], key=True), det([(-w * 0.97, -0.15), (w * 0.97, -0.05)], key=True)]
        if r.random() < 0.5:
            parts.append(det([(-w * 0.75, 0.5), (w * 0.75, 0.5)], key=True))
    return parts


def sandal_strappy(r):
    # Flat or low: separate straps across the foot, open between them.
    parts, sole, foot = _sandal_sole(r, r.uniform(0.0, 0.12))
    for x0, x1 in ((-0.9, -0.55), (-0.45, -0.1), (0.0, 0.3))[: int(r.integers(2, 4))]:
        parts.append(strap(_arch(sole, foot, x0, x1)))
    ring, y = _ankle_ring(sole, foot, r, x=0.55)
    parts += [ring, strap([(0.82, sole(0.82)), (0.74, y + 0.05)])]
    return parts


def sandal_peeptoe(r):
    # Heeled, toes out in front, a wide band over the forefoot, strap round the heel.
    parts, sole, foot = _sandal_sole(r, r.uniform(0.18, 0.4))
    x0, x1 = r.uniform(-0.8, -0.7), r.uniform(-0.4, -0.25)
    band = [(x0, sole(x0)), (x0 + 0.05, foot(x0) - 0.08), ((x0 + x1) / 2, foot((x0 + x1) / 2) - 0.12),
            (x1, foot(x1) - 0.08), (x1 + 0.05, sole(x1 + 0.05))]
    parts.append(body(band))
    ring, y = _ankle_ring(sole, foot, r, x=0.55)
    parts.append(strap([(0.4, y + 0.08), (0.6, y - 0.02), (0.8, sole(0.8))]) if r.random() < 0.5
                 else ring)
    if r.random() < 0.5:
        parts.append(strap([(0.8, sole(0.8)), (0.74, y + 0.05)]))
    return parts


# ---------------------------------------------------------------- 6 Shirt

def _shirt(r, long=False, **kw):
    if long:
        base = _pull
        p = dict(neck="v", nd=r.uniform(0.12, 0.2), hem=r.choice(["curved", "straight"]))
    else:
        base = _tee
        p = dict(neck="v", nd=r.uniform(0.12, 0.2), ang=r.uniform(30, 48), hem=r.choice(["curved", "straight"]))
    p.update(kw)
    return base(r, **p)


def _shirt_front(I, r, pocket=True, n=None, double=False):
    parts = _collar(I, r) + _placket(I, r, I["ny"] + I["nd"], I["hy"], n=n, double=double)
    if pocket:
        side = r.choice((-1, 1))
        x0 = 0.12 if side > 0 else -0.32
        parts += _pocket(x0, -0.5, 0.2, 0.22, flap=r.random() < 0.4)
    return parts


def shirt_short(r):
    half, I = _shirt(r)
    parts = _garment(half, I) + _shirt_front(I, r, pocket=r.random() < 0.7)
    if r.random() < 0.5:
        parts += _sleeve_lines(I, 0.06)
    return parts


def shirt_long(r):
    half, I = _shirt(r, long=True)
    parts = _garment(half, I) + _shirt_front(I, r, pocket=r.random() < 0.6)
    parts += _sleeve_lines(I, 0.12, key=True)
    if r.random() < 0.5:
        o, i = _cuff(I, 0.06)
        parts += _both(dot(*_lerp(o, i, 0.5)))
    return parts


def shirt_work(r):
    half, I = _shirt(r, long=r.random() < 0.6, hem="straight")
    parts = _garment(half, I) + _shirt_front(I, r, pocket=False)
    parts += _pocket(-0.36, -0.5, 0.22, 0.22, key=True) + _pocket(0.14, -0.5, 0.22, 0.22, key=True)
    if "Eo" in I and r.random() < 0.5:
        parts += _sleeve_lines(I, 0.1)
    return parts


def shirt_hawaiian(r):
    half, I = _shirt(r, nd=r.uniform(0.22, 0.3), hem="straight")
    parts = _garment(half, I) + _collar(I, r, spread=1.8)
    parts += _placket(I, r, I["ny"] + I["nd"], I["hy"], n=int(r.integers(3, 5)))
    for _ in range(int(r.integers(3, 6))):
        x = r.uniform(0.12, 0.32) * r.choice((-1, 1))
        y = r.uniform(-0.35, 0.65)
        parts.append(det(_ell(x, y, 0.05, 0.05, 0, 360, 5, closed=True), closed=True))
    return parts


def shirt_plaid(r):
    half, I = _shirt(r, long=True, hem="curved")
    parts = _garment(half, I) + _shirt_front(I, r, pocket=False)
    for y in np.linspace(-0.35, 0.55, int(r.integers(2, 4))):
        parts.append(det(_across(I, y)))
    for x in (-0.24, 0.24):
        parts.append(det([(x, -0.6), (x, I["hy"] - 0.08)]))
    parts += _sleeve_lines(I, 0.12, key=True)
    return parts


def shirt_rolled(r):
    half, I = _shirt(r, long=True, ang=r.uniform(60, 72), sl=r.uniform(0.8, 1.0), sw=r.uniform(0.22, 0.27))
    parts = _garment(half, I) + _shirt_front(I, r, pocket=r.random() < 0.6)
    parts += _sleeve_lines(I, 0.1, key=True)
    return parts


def shirt_tpose(r):
    sx = r.uniform(0.36, 0.44)
    half, I = _shirt(r, long=True, sx=sx, ang=r.uniform(8, 25), sl=r.uniform(0.75, 0.95),
                     sw=r.uniform(0.2, 0.25), ax=sx, ay=None)
    parts = _garment(half, I) + _shirt_front(I, r, pocket=r.random() < 0.5)
    parts += _sleeve_lines(I, 0.08, key=True)
    return parts


def shirt_polo(r):
    half, I = _shirt(r, nd=r.uniform(0.1, 0.14), hem="straight")
    ny, nd = I["ny"], I["nd"]
    parts = _garment(half, I) + _collar(I, r, spread=1.3)
    parts.append(det([(0.0, ny + nd), (0.0, ny + nd + 0.3)], key=True))
    parts += [dot(0.04, ny + nd + 0.1, key=True), dot(0.04, ny + nd + 0.22, key=True)]
    parts += _sleeve_lines(I, 0.07)
    return parts


def shirt_tie(r):
    half, I = _shirt(r, long=r.random() < 0.5)
    ny, nd = I["ny"], I["nd"]
    parts = _garment(half, I) + _collar(I, r)
    k = ny + nd
    parts.append(det([(-0.05, k - 0.02), (0.05, k - 0.02), (0.03, k + 0.08), (-0.03, k + 0.08)], closed=True, key=True))
    parts.append(det([(-0.03, k + 0.08), (-0.09, 0.25), (0.0, 0.35), (0.09, 0.25), (0.03, k + 0.08)], key=True))
    if "Eo" in I and r.random() < 0.5:
        parts += _sleeve_lines(I, 0.08)
    return parts


# ---------------------------------------------------------------- 7 Sneaker

def _sneaker(r, collar=-0.34, back=-0.36, throat=0.12, sole=0.16, g=0.4, toe=0.0):
    s = g - sole
    pts = [(-0.98, s - 0.02 - toe), (-0.9, 0.02 - toe * 1.2), (-0.58, -0.08 - toe * 0.3), (-0.3, -0.15),
           (throat, collar), (0.45, collar + r.uniform(0.06, 0.14)), (0.82, back), (0.96, back + 0.26),
           (0.98, s + 0.06), (0.93, g), (-0.86, g), (-0.98, s + 0.06 - toe)]
    return pts, dict(s=s, g=g, collar=collar, throat=throat)


def _laces(a, b, n, length=0.13, cross=False):
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = (b - a) / np.linalg.norm(b - a)
    nrm = np.array([d[1], -d[0]]) * (-1 if d[0] < 0 else 1)
    out = []
    for t in np.linspace(0.12, 0.88, n):
        p = _lerp(a, b, t)
        if cross:
            out.append(det([p - nrm * length * 0.5 - d * 0.04, p + nrm * length * 0.5 + d * 0.04]))
            out.append(det([p - nrm * length * 0.5 + d * 0.04, p + nrm * length * 0.5 - d * 0.04]))
        else:
            out.append(det([p - nrm * length * 0.5, p + nrm * length * 0.5]))
    return out


def sneaker_low(r):
    pts, K = _sneaker(r)
    parts = [body(pts), det([(-0.96, K["s"]), (0.97, K["s"])], key=True)]
    parts += _laces((-0.32, -0.12), (K["throat"], K["collar"] + 0.03), int(r.integers(3, 5)), cross=r.random() < 0.4)
    if r.random() < 0.4:
        parts.append(det([(-0.88, K["s"]), (-0.78, 0.0), (-0.6, -0.06)]))
    return parts


def sneaker_high(r):
    top = r.uniform(-0.9, -0.75)
    pts, K = _sneaker(r, collar=top, back=top - 0.02, throat=0.08)
    parts = [body(pts), det([(-0.96, K["s"]), (0.97, K["s"])], key=True)]
    parts += _laces((-0.32, -0.12), (0.05, top + 0.08), int(r.integers(4, 7)), cross=r.random() < 0.5)
    if r.random() < 0.5:
        parts.append(det(_ell(0.55, top + 0.3, 0.1, 0.1, 0, 360, 7, closed=True), closed=True))
    return parts


def sneaker_slipon(r):
    pts, K = _sneaker(r, collar=r.uniform(-0.22, -0.12), back=r.uniform(-0.25, -0.15), throat=r.uniform(-0.15, 0.0))
    parts = [body(pts), det([(-0.96, K["s"]), (0.97, K["s"])], key=True)]
    parts.append(det([(-0.35, -0.1), (-0.22, 0.08), (-0.1, -0.14)]))
    if r.random() < 0.5:
        parts.append(det([(-0.9, K["s"]), (-0.8, 0.02), (-0.62, -0.04)]))
    return parts


def sneaker_runner(r):
    pts, K = _sneaker(r, toe=r.uniform(0.06, 0.12), sole=r.uniform(0.2, 0.26))
    parts = [body(pts)]
    xs = np.linspace(-0.9, 0.95, 7)
    ys = K["s"] + 0.05 * np.sin(np.linspace(0, 3 * np.pi, 7))
    parts.append(det(np.stack([xs, ys], 1), key=True))
    parts.append(det([(-0.5, K["s"] - 0.05), (0.0, K["s"] - 0.25), (0.6, -0.05)]))
    parts += _laces((-0.32, -0.12), (K["throat"], K["collar"] + 0.03), 3)
    return parts


def sneaker_chunky(r):
    pts, K = _sneaker(r, sole=r.uniform(0.3, 0.38), collar=-0.3, back=-0.32)
    parts = [body(pts), det([(-0.95, K["s"]), (0.97, K["s"])], key=True),
             det([(-0.9, K["s"] + 0.14), (0.95, K["s"] + 0.14)])]
    parts.append(det([(-0.6, K["s"]), (-0.4, -0.1), (0.3, -0.05), (0.5, K["s"])]))
    parts += _laces((-0.32, -0.12), (K["throat"], K["collar"] + 0.03), 3)
    return parts


def sneaker_canvas(r):
    pts, K = _sneaker(r, sole=r.uniform(0.14, 0.2))
    s = K["s"]
    parts = [body(pts), det([(-0.96, s), (0.97, s)], key=True), det([(-0.9, s + 0.08), (0.9, s + 0.08)])]
    parts.append(det([(-0.92, s), (-0.84, -0.02), (-0.6, -0.08), (-0.55, s)]))
    parts += _laces((-0.32, -0.12), (K["throat"], K["collar"] + 0.03), int(r.integers(4, 6)), cross=True)
    return parts


def sneaker_velcro(r):
    pts, K = _sneaker(r, collar=-0.3, throat=0.1)
    parts = [body(pts), det([(-0.96, K["s"]), (0.97, K["s"])], key=True)]
    for t in (0.3, 0.7):
        a = _lerp((-0.32, -0.12), (0.1, -0.28), t)
        parts.append(det([a, a + (0.22, 0.3)], key=True))
        parts.append(det([a + (0.1, -0.03), a + (0.32, 0.27)]))
    return parts


def sneaker_simple(r):
    g = 0.4
    h = r.uniform(0.5, 0.7)
    top = np.vstack([[(-0.95, 0.22)], _ell(0.05, 0.22, 0.95, h, 180, 290, 5), [(0.55, -h * 0.7 + 0.2), (0.95, 0.0)]])
    pts = np.vstack([top, [(0.97, g), (-0.95, g)]])
    parts = [body(pts), det([(-0.95, 0.24), (0.96, 0.24)], key=True)]
    if r.random() < 0.6:
        parts += _laces((-0.35, -0.05), (0.0, -0.3), 3)
    return parts


# ---------------------------------------------------------------- 8 Bag

def _box(x0, y0, x1, y1, round_=0.0):
    if round_ <= 0:
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    c = round_
    return [(x0 + c, y0), (x1 - c, y0), (x1, y0 + c), (x1, y1 - c), (x1 - c, y1),
            (x0 + c, y1), (x0, y1 - c), (x0, y0 + c)]


def bag_handbag(r):
    w, top = r.uniform(0.7, 0.9), r.uniform(-0.25, -0.1)
    tw = w - r.uniform(0.0, 0.2)
    parts = [body([(-tw, top), (tw, top), (w, 0.8), (-w, 0.8)])]
    hw, hh = r.uniform(0.3, 0.45), r.uniform(0.45, 0.65)
    parts.append(strap(_ell(0.0, top, hw, hh, 180, 360, 7)))
    if r.random() < 0.5:
        parts.append(det([(-tw, top + 0.2), (tw, top + 0.2)]))
        parts.append(dot(0.0, top + 0.3))
    return parts


def bag_tote(r):
    w, top = r.uniform(0.6, 0.78), r.uniform(-0.2, 0.0)
    bw = w - r.uniform(0.05, 0.18)
    parts = [body([(-w, top), (w, top), (bw, 0.9), (-bw, 0.9)])]
    hh = r.uniform(0.3, 0.5)
    x = r.uniform(0.15, 0.25)
    for cx in (-x, x):
        parts.append(strap(_ell(cx, top, r.uniform(0.22, 0.3), hh, 180, 360, 7)))
    return parts


def bag_shoulder(r):
    w, top, bot = r.uniform(0.65, 0.85), r.uniform(0.0, 0.15), r.uniform(0.75, 0.9)
    parts = [body(_box(-w, top, w, bot, r.uniform(0.0, 0.12)))]
    fy = top + (bot - top) * r.uniform(0.45, 0.6)
    parts.append(det([(-w, top + 0.03), (-w * 0.8, fy), (w * 0.8, fy), (w, top + 0.03)], key=True))
    parts.append(dot(0.0, fy))
    peak = r.uniform(-0.95, -0.75)
    parts.append(strap(_ell(0.0, top, w - 0.06, top - peak, 180, 360, 9)))
    return parts


def bag_backpack(r):
    w, top, bot = r.uniform(0.48, 0.6), r.uniform(-0.7, -0.55), 0.9
    outline = np.vstack([_ell(0.0, top + w * 0.8, w, w * 0.8, 180, 360, 7), [(w, bot), (-w, bot)]])
    parts = [body(outline)]
    parts.append(strap(_ell(0.0, top, 0.12, 0.14, 180, 360, 5)))
    py = r.uniform(0.2, 0.35)
    parts += [det(_box(-w * 0.7, py, w * 0.7, bot - 0.1, 0.05), closed=True, key=True)]
    if r.random() < 0.6:
        parts.append(det(_ell(0.0, top + w * 0.8, w * 0.75, w * 0.6, 195, 345, 6)))
    if r.random() < 0.5:
        parts += _both(strap([(w - 0.05, top + 0.35), (w + 0.12, 0.2), (w, bot - 0.15)]))
    return parts


def bag_clutch(r):
    w, h = r.uniform(0.85, 0.98), r.uniform(0.3, 0.45)
    parts = [body(_box(-w, -h, w, h, r.uniform(0.0, 0.1)))]
    parts.append(det([(-w, -h + 0.02), (0.0, h * 0.2), (w, -h + 0.02)], key=True))
    parts.append(dot(0.0, h * 0.2))
    if r.random() < 0.4:
        parts.append(strap([(w - 0.05, -h), (w + 0.05, -h - 0.35), (w * 0.3, -h - 0.45)]))
    return parts


def bag_bucket(r):
    w, top = r.uniform(0.5, 0.65), r.uniform(-0.35, -0.2)
    outline = np.vstack([[(-w, top), (w, top)], _ell(0.0, 0.5, w * 0.95, 0.4, 0, 180, 7)])
    parts = [body(outline)]
    parts.append(det(_zigzag(-w, w, top + 0.1, 0.03, 9)))
    parts.append(strap(_ell(0.0, top, w * 0.8, top + 0.95, 180, 360, 8)))
    return parts


def bag_briefcase(r):
    w, top, bot = r.uniform(0.8, 0.95), r.uniform(-0.3, -0.15), r.uniform(0.6, 0.75)
    parts = [body(_box(-w, top, w, bot, r.uniform(0.0, 0.08)))]
    hw = r.uniform(0.18, 0.28)
    parts.append(body([(-hw, top), (-hw, top - 0.22), (hw, top - 0.22), (hw, top)]))
    parts.append(hole([(-hw + 0.07, top - 0.01), (-hw + 0.07, top - 0.13), (hw - 0.07, top - 0.13), (hw - 0.07, top - 0.01)]))
    parts.append(det([(-w, top + 0.2), (w, top + 0.2)]))
    parts += [det([(-0.4, top + 0.14), (-0.4, top + 0.28)]), det([(0.4, top + 0.14), (0.4, top + 0.28)])]
    return parts


def bag_cutout(r):
    w, top = r.uniform(0.55, 0.7), r.uniform(-0.9, -0.7)
    parts = [body([(-w, top), (w, top), (w + 0.05, 0.9), (-w - 0.05, 0.9)])]
    hy, hw = top + r.uniform(0.14, 0.22), r.uniform(0.16, 0.24)
    parts.append(hole(_ell(0.0, hy, hw, 0.08, 0, 360, 8, closed=True)))
    if r.random() < 0.5:
        parts.append(det([(-w, top + 0.45), (w, top + 0.45)]))
    return parts


def bag_duffle(r):
    w = r.uniform(0.85, 0.98)
    outline = np.vstack([_ell(0.0, 0.1, w, 0.5, 180, 360, 8), [(w, 0.55), (-w, 0.55)]])
    parts = [body(outline), det(_ell(0.0, 0.1, w * 0.85, 0.42, 200, 340, 6), key=True)]
    parts.append(strap(_ell(0.0, -0.38, r.uniform(0.28, 0.4), r.uniform(0.3, 0.42), 180, 360, 7)))
    if r.random() < 0.5:
        parts += [det([(-w * 0.95, 0.4), (w * 0.95, 0.4)])]
    return parts


# ---------------------------------------------------------------- 9 Ankle boot

def _boot(r, h=None, top=None, toe_tip=None, heel="block", platform=0.0, shaft_front=None):
    g = 0.8
    h = h if h is not None else r.uniform(0.12, 0.28)
    top = top if top is not None else r.uniform(-0.95, -0.8)
    tip = toe_tip if toe_tip is not None else r.uniform(0.55, 0.65)
    sf = shaft_front if shaft_front is not None else r.uniform(0.02, 0.14)
    p = platform
    pts = [(-0.95, tip), (-0.85, g), (-0.15, g)]
    if heel == "wedge":
        pts += [(0.85, g)]
    else:
        hx0 = 0.45 if heel == "block" else 0.7
        pts += [(0.25, g - h - p), (hx0 - 0.03, g - h - p), (hx0, g)]
        pts += [(0.85, g)] if heel == "block" else [(0.76, g), (0.85, g - h - p)]
    pts += [(0.86, 0.35), (0.8, top), (sf, top), (sf + 0.04, -0.1), (-0.35, 0.22 - p), (-0.78, 0.38 - p)]
    return pts, dict(g=g, h=h, top=top, sf=sf, p=p)


def boot_zip(r):
    pts, B = _boot(r)
    parts = [body(pts), det([(-0.93, B["g"] - 0.1), (-0.2, B["g"] - 0.1)])]
    x = r.uniform(0.45, 0.6)
    parts += [det([(x, B["top"] + 0.05), (x, 0.35)], key=True), det([(x, B["top"] + 0.1), (x + 0.07, B["top"] + 0.2)])]
    return parts


def boot_combat(r):
    pts, B = _boot(r, h=r.uniform(0.05, 0.12), toe_tip=r.uniform(0.5, 0.6))
    g = B["g"]
    parts = [body(pts), det([(-0.9, g - 0.13), (0.84, g - 0.13)], key=True)]
    parts.append(det(_zigzag(-0.8, 0.8, g - 0.03, 0.03, 12)))
    a = (B["sf"] + 0.02, B["top"] + 0.05)
    parts += _laces((-0.28, 0.22), a, int(r.integers(4, 7)), 0.16, cross=r.random() < 0.5)
    return parts


def boot_chelsea(r):
    pts, B = _boot(r, h=r.uniform(0.08, 0.16))
    top = B["top"]
    parts = [body(pts), det([(0.28, top + 0.02), (0.38, 0.15), (0.55, 0.18), (0.62, top + 0.02)], key=True)]
    parts.append(strap([(0.72, top + 0.02), (0.75, top - 0.15), (0.86, top - 0.12), (0.82, top + 0.02)]))
    parts.append(det([(-0.92, B["g"] - 0.08), (0.84, B["g"] - 0.08)]))
    return parts


def boot_block(r):
    pts, B = _boot(r, h=r.uniform(0.28, 0.4))
    parts = [body(pts)]
    if r.random() < 0.6:
        parts.append(det([(B["sf"] + 0.02, B["top"] + 0.12), (0.8, B["top"] + 0.12)]))
    if r.random() < 0.5:
        parts.append(det([(0.5, B["top"] + 0.15), (0.5, 0.3)]))
    return parts


def boot_stiletto(r):
    pts, B = _boot(r, h=r.uniform(0.35, 0.5), heel="stiletto", toe_tip=r.uniform(0.68, 0.75))
    parts = [body(pts)]
    if r.random() < 0.6:
        parts.append(det([(0.55, B["top"] + 0.05), (0.55, 0.2)]))
    return parts


def boot_wedge(r):
    pts, B = _boot(r, heel="wedge", platform=r.uniform(0.1, 0.2))
    g = B["g"]
    parts = [body(pts), det([(-0.9, g - 0.1), (-0.2, g - 0.15), (0.3, g - 0.35), (0.85, g - 0.38)], key=True)]
    if r.random() < 0.5:
        parts += _laces((-0.28, 0.1), (B["sf"] + 0.02, B["top"] + 0.05), 4)
    return parts


def boot_platform(r):
    pts, B = _boot(r, h=r.uniform(0.15, 0.25), platform=r.uniform(0.12, 0.2))
    g = B["g"]
    parts = [body(pts), det([(-0.92, g - B["p"] - 0.05), (0.0, g - B["p"] - 0.05)], key=True)]
    if r.random() < 0.5:
        parts.append(det([(0.5, B["top"] + 0.08), (0.5, 0.1)]))
    return parts


def boot_cuffed(r):
    pts, B = _boot(r, h=r.uniform(0.08, 0.2))
    top = B["top"]
    parts = [body(pts), body([(B["sf"] - 0.06, top - 0.04), (0.88, top - 0.04), (0.9, top + 0.25), (B["sf"] - 0.03, top + 0.25)])]
    if r.random() < 0.5:
        parts.append(det(_zigzag(B["sf"], 0.85, top + 0.1, 0.04, 7)))
    parts.append(det([(-0.92, B["g"] - 0.08), (0.0, B["g"] - 0.08)]))
    return parts


def boot_hiking(r):
    pts, B = _boot(r, h=r.uniform(0.04, 0.1), toe_tip=r.uniform(0.48, 0.58))
    g = B["g"]
    parts = [body(pts), det([(-0.9, g - 0.15), (0.84, g - 0.15)], key=True)]
    parts.append(det(_zigzag(-0.8, 0.8, g - 0.04, 0.035, 10)))
    a = (B["sf"] + 0.02, B["top"] + 0.05)
    parts += _laces((-0.28, 0.22), a, 4, 0.16)
    parts.append(det([(-0.88, g - 0.15), (-0.75, 0.45), (-0.5, 0.38)]))
    return parts


DESIGNS = (
    (tee_crew, tee_vneck, tee_tank, tee_oversized, tee_child, tee_print, tee_ringer, tee_striped, tee_crop),
    (tr_straight, tr_flared, tr_skinny, tr_jeans, tr_wide, tr_belt, tr_joggers, tr_cargo, tr_crease),
    (pull_crew, pull_hoodie, pull_turtleneck, pull_knit, pull_tpose, pull_vneck, pull_striped, pull_raglan, pull_baggy),
    (dress_aline, dress_strapless, dress_belted, dress_gown, dress_sleeveless, dress_longsleeve,
     dress_pleated, dress_triangle, dress_tiered),
    (coat_buttons, coat_zip, coat_trench, coat_parka, coat_open, coat_apose, coat_puffer, coat_peacoat, coat_duffle),
    (sandal_heel, sandal_flipflop, sandal_slide, sandal_gladiator, sandal_wedge, sandal_sport, sandal_top,
     sandal_strappy, sandal_peeptoe),
    (shirt_short, shirt_long, shirt_work, shirt_hawaiian, shirt_plaid, shirt_rolled, shirt_tpose, shirt_polo, shirt_tie),
    (sneaker_low, sneaker_high, sneaker_slipon, sneaker_runner, sneaker_chunky, sneaker_canvas, sneaker_velcro,
     sneaker_simple),
    (bag_handbag, bag_tote, bag_shoulder, bag_backpack, bag_clutch, bag_bucket, bag_briefcase, bag_cutout, bag_duffle),
    (boot_zip, boot_combat, boot_chelsea, boot_block, boot_stiletto, boot_wedge, boot_platform, boot_cuffed, boot_hiking),
)


# --------------------------------------------------------------------------
# The hand.

def _hand(rng):
    device = "mouse" if rng.random() < MOUSE_P else "trackpad"
    h = {k: rng.uniform(lo, hi) for k, (lo, hi) in HANDS[device].items()}
    h["device"] = device
    h["brush"] = float(rng.choice(BRUSH_SIZES, p=BRUSH_ODDS))
    return h


def _place(parts, rng, h, shrink=1.0):
    """Garment units -> 2x canvas pixels: the student's sense of size and place."""
    mirror = rng.random() < MIRROR_P
    bend = rng.uniform(-BEND_MAX, BEND_MAX, 2)
    aspect = math.exp(rng.normal(0, ASPECT_SD))
    rot = math.radians(float(np.clip(rng.normal(0, ROTATION_SD_DEG), -ROTATION_MAX_DEG, ROTATION_MAX_DEG)))
    c, s = math.cos(rot), math.sin(rot)
    R = np.array([[c, -s], [s, c]])
    out = []
    for kind, pts, closed, key in parts:
        p = pts + rng.normal(0, CONTROL_JITTER, pts.shape)
        if mirror:
            p = p * (-1.0, 1.0)
        # slow warp: one side a bit bigger, the bottom a bit skewed
        p = p + np.stack([bend[0] * p[:, 1] ** 2, bend[1] * p[:, 0] ** 2], 1)
        p = p * (aspect, 1.0 / aspect)
        out.append((kind, p @ R.T, closed, key))
    allp = np.vstack([p for _, p, _, _ in out])
    lo, hi = allp.min(0), allp.max(0)
    ext = hi - lo
    u = rng.random()
    band = 0 if u < SIZE_BANDS[0][0] else (1 if u < SIZE_BANDS[0][0] + SIZE_BANDS[1][0] else 2)
    if band == 1 and h["brush"] >= BIG_BRUSH:
        band = 0
    frac = rng.uniform(*SIZE_BANDS[band][1:])
    if h["brush"] >= BIG_BRUSH:
        frac = max(frac, BIG_BRUSH_MIN_SIZE)
    frac *= shrink
    W = CANVAS * SUPER
    scale = frac * W / ext.max()
    size = ext * scale
    margin = h["brush"] * SUPER * 0.6 + 6
    slack = np.maximum((W - size) / 2 - margin, 0.0)
    if rng.random() < OFF_CENTRE_P:
        off = slack * rng.uniform(0.6, 1.0, 2) * rng.choice((-1, 1), 2)
    else:
        off = np.clip(rng.normal(0, 0.3, 2), -0.9, 0.9) * slack
    centre = W / 2 + off
    mid = (lo + hi) / 2
    return [(k, (p - mid) * scale + centre, cl, key) for k, p, cl, key in out], scale


def _arclen(p):
    seg = np.sqrt(((p[1:] - p[:-1]) ** 2).sum(1))
    return seg, np.concatenate([[0.0], np.cumsum(seg)])


def _sub(p, cum, a, b):
    """The piece of polyline p between arc lengths a and b."""
    a, b = max(a, 0.0), min(b, cum[-1])
    i0 = int(np.searchsorted(cum, a, side="right"))
    i1 = int(np.searchsorted(cum, b, side="left"))
    pts = [np.array([np.interp(a, cum, p[:, 0]), np.interp(a, cum, p[:, 1])])]
    pts += list(p[i0:i1])
    pts.append(np.array([np.interp(b, cum, p[:, 0]), np.interp(b, cum, p[:, 1])]))
    return np.array(pts)


def _corners(p, h, rng, S):
    out = [p[0]]
    for i in range(1, len(p) - 1):
        v = p[i]
        din, dout = v - p[i - 1], p[i + 1] - v
        li, lo = math.hypot(*din), math.hypot(*dout)
        if li < 1e-6 or lo < 1e-6:
            continue
        din, dout = din / li, dout / lo
        if din @ dout < CORNER_COS:
            u = rng.random()
            if u < h["over_p"]:
                # the hand is late to turn: a spike past the corner
                e = rng.uniform(0.4, 1.0) * h["overshoot"] * S
                out += [v + din * e, v + dout * min(0.25 * lo, e * 0.3)]
                continue
            if u < h["over_p"] + h["round_p"]:
                c = min(rng.uniform(0.5, 1.0) * h["round_r"] * S, 0.35 * li, 0.35 * lo)
                out += [v - din * c, v + dout * c]
                continue
        out.append(v)
    out.append(p[-1])
    return np.array(out)


def _wobble(p, h, rng, S, drift=1.0):
    seg, cum = _arclen(p)
    L = cum[-1]
    if L < 1e-6:
        return p[:1] + rng.normal(0, h["jitter"] * S, 2)
    step = h["step"] * S
    pieces = []
    for i in range(len(seg)):
        n = max(1, int(math.ceil(seg[i] / step)))
        t = np.arange(n)[:, None] / n
        pieces.append(p[i] + (p[i + 1] - p[i]) * t)
    pieces.append(p[-1:])
    q = np.vstack(pieces)
    _, qc = _arclen(q)
    t = qc / L
    A = min(h["drift"] * L, h["drift_cap"] * S) * drift
    off = np.zeros_like(q)
    for k in (1, 2, 3):
        off += np.outer(np.sin(math.pi * k * t + rng.normal(0, 0.25)), rng.normal(0, A / k, 2))
    q = q + off + rng.normal(0, h["jitter"] * S, q.shape)
    if len(q) >= 2 and rng.random() < h["hook_p"]:
        d = q[-1] - q[-2]
        nd = math.hypot(*d)
        if nd > 1e-6:
            a = math.radians(rng.uniform(110, 165)) * rng.choice((-1, 1))
            ca, sa = math.cos(a), math.sin(a)
            d = d / nd
            q = np.vstack([q, q[-1] + np.array([ca * d[0] - sa * d[1], sa * d[0] + ca * d[1]]) * h["hook"] * S])
    return q


def _mouse(pts, closed, h, rng, S, corners=True, lifts=True, drift=1.0):
    """One intended line -> the strokes a mouse or trackpad actually leaves."""
    p = np.asarray(pts, float)
    if len(p) == 1:
        return [p + rng.normal(0, h["jitter"] * S, 2)]
    if closed:
        k = int(rng.integers(len(p)))
        p = np.roll(p, -k, axis=0)
        start = _lerp(p[0], p[1], rng.uniform(0.2, 0.8))
        p = np.vstack([[start], p[1:], p[:1], [start]])
    if corners and len(p) > 2:
        p = _corners(p, h, rng, S)
    seg, cum = _arclen(p)
    L = cum[-1]
    if L < 3 * S:
        return [p[:1] + rng.normal(0, h["jitter"] * S, 2)]
    cuts = []
    if lifts and L > 0:
        for i in range(1, len(p) - 1):
            if rng.random() < h["lift_corner"] * 0.5:
                cuts.append(cum[i])
        s = rng.exponential(h["lift_every"] * S)
        while s < L:
            cuts.append(s)
            s += rng.exponential(h["lift_every"] * S)
    cuts = sorted(c for c in cuts if 0.12 * L < c < 0.95 * L and c > 8 * S)
    out = []
    a = 0.0
    for c in cuts + [L]:
        if c - a < 3 * S:
            continue
        piece = _sub(p, cum, a, c)
        if out:
            # restarting after a lift: land a little off the old line
            piece = piece + rng.normal(0, h["gap"] * 0.5 * S, 2)
        out.append(_wobble(piece, h, rng, S, drift))
        # positive: a gap before the next stroke; negative: it overlaps this one
        a = c + rng.normal(0.3, 1.0) * h["gap"] * S
    if closed and out and rng.random() < 0.5:
        # closing the loop: the last stroke runs on or stops short
        q = out[-1]
        extra = rng.normal(0.0, h["gap"] * S)
        if extra > 0 and len(p) > 1:
            d = p[1] - p[0]
            d = d / (math.hypot(*d) + 1e-9)
            out[-1] = np.vstack([q, q[-1] + d * extra])
    return out


def _draw(draw, q, width, fill):
    # PIL's ellipse box is inclusive: shave half a pixel so joints don't bead
    r = max(width / 2.0 - 0.5, 0.5)
    if len(q) == 1:
        x, y = q[0]
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)
        return
    draw.line(q.ravel().tolist(), fill=fill, width=max(1, int(round(width))))
    for x, y in q:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


# --------------------------------------------------------------------------
# Scribble fill.

def _row_spans(polys, y):
    spans = []
    for x1, y1, x2, y2 in polys:
        m = (y1 <= y) != (y2 <= y)
        if not m.any():
            continue
        xs = np.sort(x1[m] + (y - y1[m]) * (x2[m] - x1[m]) / (y2[m] - y1[m]))
        spans += list(zip(xs[0::2], xs[1::2]))
    return spans


def _union(spans):
    spans = sorted(spans)
    out = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _minus(spans, holes):
    for ha, hb in _union(holes):
        nxt = []
        for a, b in spans:
            if hb <= a or ha >= b:
                nxt.append([a, b])
            else:
                if ha > a:
                    nxt.append([a, ha])
                if hb < b:
                    nxt.append([hb, b])
        spans = nxt
    return spans


def _edges(p):
    q = np.roll(p, -1, axis=0)
    return p[:, 0], p[:, 1], q[:, 0], q[:, 1]


def _scribble(bodies, holes, h, rng, width, S, careful=False):
    """Back-and-forth mouse passes across the region, chained per limb.

    careful: there is no outline to hide a sloppy edge, so stay inside it.
    """
    allp = np.vstack(bodies)
    c = allp.mean(0)
    base = rng.choice((0.0, 0.0, 90.0, 45.0, -45.0))
    ang = math.radians(base + rng.normal(0, 10))
    ca, sa = math.cos(ang), math.sin(ang)
    R = np.array([[ca, sa], [-sa, ca]])           # into the pass frame
    B = [_edges((p - c) @ R.T) for p in bodies]
    Hh = [_edges((p - c) @ R.T) for p in holes]
    ys = np.concatenate([e[1] for e in B])
    zig = rng.random() < FILL_ZIGZAG_P
    gap = width * rng.uniform(*(FILL_SPACING_ZIGZAG if zig else FILL_SPACING_PASSES))
    inset = width * 0.5
    out_p = FILL_OUTSIDE_P * rng.uniform(0.3, 1.5)
    ins = (0.3, 1.1)
    if careful:
        gap, ins, out_p = gap * 0.8, (0.75, 1.0), 0.0
    rows = np.arange(ys.min() + gap * rng.uniform(0.3, 0.7), ys.max(), gap)
    chains, active = [], []
    for y in rows:
        y = y + rng.normal(0, gap * 0.08)
        spans = _minus(_union(_row_spans(B, y)), _row_spans(Hh, y) if Hh else [])
        fresh = []
        used = set()
        for j, (a, b) in enumerate(spans):
            # runs past the outline happen on the outside; by a gap or a hole people slow down
            ea = (-width * rng.uniform(0, 0.5) if j == 0 and rng.random() < out_p
                  else inset * rng.uniform(*ins))
            eb = (-width * rng.uniform(0, 0.5) if j == len(spans) - 1 and rng.random() < out_p
                  else inset * rng.uniform(*ins))
            a2, b2 = a + ea, b - eb
            if b2 - a2 < width * 0.2:
                a2 = b2 = (a + b) / 2
            hit = None
            for ci in active:
                if ci not in used:
                    la, lb = chains[ci][-1][3:]
                    if a <= lb and b >= la:
                        hit = ci
                        break
            if hit is None:
                chains.append([(y, a2, b2, a, b)])
                hit = len(chains) - 1
            else:
                chains[hit].append((y, a2, b2, a, b))
            used.add(hit)
            fresh.append(hit)
        active = fresh
    paths = []
    for ch in chains:
        pts = []
        for k, (y, a, b, _, _) in enumerate(ch):
            ends = [(a, y), (b, y)] if k % 2 == 0 else [(b, y), (a, y)]
            pts += ends[1:] if zig and k > 0 else ends
        paths.append(np.asarray(pts) @ R + c)
    return paths


# --------------------------------------------------------------------------

def _render(parts, style, h, rng, S, scale):
    W = CANVAS * S
    img = Image.new("L", (W, W), 0)
    draw = ImageDraw.Draw(img)
    brush = h["brush"] * S
    # On a small drawing a fat brush swallows the details; people drop them.
    ratio = h["brush"] * S / max(scale * 2.0, 1.0)
    drop = DETAIL_SKIP_P + max(0.0, (ratio - 0.07) * 5.0)
    lazy = rng.random() < LAZY_P
    keep = []
    for part in parts:
        kind, pts, closed, key = part
        if kind in ("detail", "dot") and not key and (lazy or rng.random() < drop):
            continue
        keep.append(part)
    outlines = [p for p in keep if p[0] in ("body", "hole")]
    strokes = [p for p in keep if p[0] == "stroke"]
    details = [p for p in keep if p[0] in ("detail", "dot")]

    def ink(plist, width, fill, **kw):
        for _, pts, closed, _ in plist:
            for q in _mouse(pts, closed, h, rng, S, **kw):
                _draw(draw, q, width, fill)

    if style == "outline":
        ink(outlines, brush, 255)
        ink(strokes, brush, 255)
        ink(details, brush, 255)
    else:
        outline_first = rng.random() < FILL_OUTLINE_P
        fw = brush
        if outline_first and rng.random() < FILL_BIGGER_BRUSH_P:
            # the outline is down, so switch to a fat brush to fill faster
            fw = min(brush * rng.choice((1.5, 2.0)), 40 * S)
        bodies = [p[1] for p in keep if p[0] == "body"]
        holes = [p[1] for p in keep if p[0] == "hole"]
        passes = _scribble(bodies, holes, h, rng, fw, S, careful=not outline_first)
        if rng.random() < FILL_SECOND_PASS_P:
            passes += _scribble(bodies, holes, h, rng, fw * 1.4, S, careful=not outline_first)
        for q in passes:
            for piece in _mouse(q, False, h, rng, S, corners=False, drift=0.5):
                _draw(draw, piece, fw, 255)
        if rng.random() < FILL_DETAILS_DARK_P:
            # the unpainted strip is a fraction of the brush, but nobody leaves a
            # zip a fifth as wide as the coat
            dark = max(3 * S, min(brush * rng.uniform(0.35, 0.65), DARK_MAX_FRAC * scale * 2.0))
            ink(details, dark, 0, lifts=False)
        if outline_first:
            ink(outlines, brush, 255)
        if rng.random() < FILL_GAPS_DARK_P:
            for _, pts, _, _ in (p for p in keep if p[0] == "gap"):
                q = _mouse(pts, True, h, rng, S, corners=False, lifts=False, drift=0.5)[0]
                if len(q) >= 3:
                    draw.polygon([tuple(v) for v in q], fill=0)
        ink(strokes, brush * rng.uniform(1.0, 1.3), 255)
    return np.asarray(img.reduce(S), dtype=np.uint8)


def _one(label, index, seed, style):
    rng = np.random.default_rng([seed, label, index])
    designs = DESIGNS[label]
    design = designs[int(rng.integers(len(designs)))]
    parts = design(rng)
    h = _hand(rng)
    shrink = 1.0
    for _ in range(4):
        placed, scale = _place(parts, rng, h, shrink)
        img = _render(placed, style, h, rng, SUPER, scale)
        ink = float((img > 127).mean())
        if INK_RANGE[0] <= ink <= INK_RANGE[1]:
            break
        if ink > INK_RANGE[1]:
            shrink *= 0.8
        else:
            h["brush"] = min(h["brush"] * 1.5, 36.0)
            shrink = min(shrink * 1.2, 1.2)
    return img


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)"""
    styles = (styles,) if isinstance(styles, str) else tuple(styles)
    bad = [s for s in styles if s not in STYLES]
    if not styles or bad:
        raise ValueError(f"unknown style(s) {bad or list(styles)}; choose from {list(STYLES)}")
    n = int(count_per_class)
    images = np.zeros((10 * n, CANVAS, CANVAS), dtype=np.uint8)
    labels = np.repeat(np.arange(10, dtype=np.int64), n)
    names = []
    for label in range(10):
        for i in range(n):
            style = styles[i % len(styles)]
            images[label * n + i] = _one(label, i, seed, style)
            names.append(style)
    return images, labels, names


# --------------------------------------------------------------------------

def _small(img, side=28):
    """Crop to the ink and scale the longest side to `side`, like the app does."""
    ys, xs = np.nonzero(img > 30)
    out = np.zeros((side, side), dtype=np.uint8)
    if len(xs) == 0:
        return out
    crop = Image.fromarray(img[ys.min():ys.max() + 1, xs.min():xs.max() + 1])
    w, h = crop.size
    k = side / max(w, h)
    crop = crop.resize((max(1, round(w * k)), max(1, round(h * k))), Image.LANCZOS)
    o = Image.fromarray(out)
    o.paste(crop, ((side - crop.size[0]) // 2, (side - crop.size[1]) // 2))
    return np.asarray(o)


def contact_sheet(images, labels, cell=70, small=False):
    per = int(np.bincount(labels).max())
    sheet = np.full((10 * (cell + 2), per * (cell + 2)), 60, dtype=np.uint8)
    counts = [0] * 10
    for img, lab in zip(images, labels):
        if small:
            tile = Image.fromarray(_small(img)).resize((cell, cell), Image.NEAREST)
        else:
            tile = Image.fromarray(img).resize((cell, cell), Image.BOX)
        j = counts[lab]
        counts[lab] += 1
        sheet[lab * (cell + 2):lab * (cell + 2) + cell, j * (cell + 2):j * (cell + 2) + cell] = np.asarray(tile)
    return Image.fromarray(sheet)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Mouse- and trackpad-drawn garments.")
    ap.add_argument("--per-class", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--styles", default=",".join(STYLES), help="comma-separated, from " + ",".join(STYLES))
    ap.add_argument("--sheet", default="", help="write a contact sheet PNG (one row per class)")
    ap.add_argument("--small-sheet", default="", help="also a sheet of the drawings shrunk to 28x28")
    ap.add_argument("--cell", type=int, default=70)
    a = ap.parse_args()
    t0 = time.perf_counter()
    imgs, labs, sty = make(a.per_class, a.seed, a.styles.split(","))
    dt = time.perf_counter() - t0
    print(f"{len(imgs)} drawings in {dt:.2f} s ({1000 * dt / max(len(imgs), 1):.1f} ms each)")
    print("designs per class:", ", ".join(f"{n} {len(d)}" for n, d in zip(CLASS_NAMES, DESIGNS)))
    if a.sheet:
        contact_sheet(imgs, labs, a.cell).save(a.sheet)
        print("sheet:", a.sheet)
    if a.small_sheet:
        contact_sheet(imgs, labs, 56, small=True).save(a.small_sheet)
        print("small sheet:", a.small_sheet)
