"""Pattern hands: drawings by people who decorate what they draw.

Who draws like this: the student who, once the garment's shape is down, cannot leave it plain.
They draw an ordinary front view (clothes) or side view (shoes, toe to the left mostly) with the
details everybody draws (collar, buttons, zip, cuffs, laces, sole, heel, handle, straps), and then
add what they like about the thing: stripes across a jumper or down a trouser leg, polka dots,
checks or plaid on a shirt or coat, a heart, a star, a number or a word on a T-shirt, flowers on a
dress, diamonds on a sweater, cable knit, pencil-style hatching along one side or fold lines,
stitching, a brand stripe on a sneaker, studs on a boot, a quilted grid on a puffer or a bag.
About a third of them get bored and leave it plain or nearly so.

How: each design is a small function that returns a `Sketch` in its own units (what is outlined,
what is painted, the inner detail lines, straps, buttons, where a chest motif would sit and which
decorations suit it). A decoration is chosen from the class's menu and drawn on its own layer,
clipped to the garment. A randomly drawn hand (size, place, tilt, stretch, brush 6-36 px, wobble,
strokes that do not quite close) then draws it at 2x and the result is downsampled (antialiased).
"outline": white outline, details and pattern lines. "filled": painted solid or scribbled over
with the brush, the pattern and details showing as dark lines through the paint (or painted over).
"""
from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from fashion.config import CLASS_NAMES

STYLES = ("outline", "filled")
CANVAS = 280
SCALE = 2                      # drawn at 2x, then box-downsampled: antialiased strokes
SIZE = CANVAS * SCALE


def U(r, a, b) -> float:
    return float(r.uniform(a, b))


def pick(r, items):
    return items[int(r.integers(len(items)))]


# ----------------------------------------------------------------------------------------------
# Geometry helpers (garment units: clothes y down from the shoulder line, shoes y up = negative).

def ell(cx, cy, rx, ry, a0=0.0, a1=360.0, n=16) -> np.ndarray:
    t = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def bez(*ctrl, n=12) -> np.ndarray:
    c = np.asarray(ctrl, float)
    t = np.linspace(0, 1, n)[:, None]
    m = len(c) - 1
    return sum(math.comb(m, i) * t ** i * (1 - t) ** (m - i) * c[i] for i in range(m + 1))


def mirrored(pts) -> np.ndarray:
    return np.asarray(pts, float) * [-1, 1]


def smooth(x):
    x = np.clip(x, 0, 1)
    return x * x * (3 - 2 * x)


class Sketch:
    """One garment in its own units, before any hand draws it."""

    def __init__(self, side_view=False):
        self.bodies = []       # closed shapes: outlined, painted in "filled", patterned
        self.lines = []        # inner detail lines: (points, closed)
        self.dots = []         # buttons, eyelets, studs: (x, y, r)
        self.straps = []       # handles and straps: part of the silhouette, stroked in both styles
        self.area = None       # where an all-over pattern goes, if not all the bodies
        self.trims = []        # edges that studs or stitching follow
        self.spot = None       # (x, y, size) of a chest logo or motif
        self.menu = {}         # extra weight for decorations this design invites
        self.stripe = 0.0      # which way its stripes run (degrees; 0 across, 90 down)
        self.side_view = side_view
        self.max_brush = 0.085  # the widest brush that still leaves its gaps open, per drawing size

    def body(self, pts):
        self.bodies.append(np.asarray(pts, float))
        return self

    def line(self, pts, closed=False, both=False):
        pts = np.asarray(pts, float)
        self.lines.append((pts, closed))
        if both:
            self.lines.append((mirrored(pts), closed))
        return self

    def dot(self, x, y, r=0.018):
        self.dots.append((x, y, r))

    def strap(self, pts, both=False):
        pts = np.asarray(pts, float)
        self.straps.append(pts)
        if both:
            self.straps.append(mirrored(pts))


# ----------------------------------------------------------------------------------------------
# Tops, dresses and coats: one front-view builder, mirrored about x = 0.

def neck_curve(kind, w, d) -> np.ndarray:
    """From (-w, 0) to (w, 0)."""
    if kind == "v":
        return np.array([(-w, 0), (0, d), (w, 0)], float)
    if kind == "square":
        return np.array([(-w, 0), (-w * 0.85, d), (w * 0.85, d), (w, 0)], float)
    if kind == "collar":   # closed: the back of a collar or band shows above the shoulder line
        return ell(0, 0, w, d, 180, 360, 12)
    if kind == "high":
        return np.array([(-w, 0), (-w * 0.92, -d), (w * 0.92, -d), (w, 0)], float)
    if kind == "straight":
        return np.array([(-w, 0), (w, 0)], float)
    if kind == "sweetheart":
        return np.vstack([bez((-w, 0), (-w * 0.5, -d), (0, d * 0.4), n=8),
                          bez((0, d * 0.4), (w * 0.5, -d), (w, 0), n=8)[1:]])
    return ell(0, 0, w, d, 180, 0, 14)   # round, scoop, boat


def top(neck_w=0.1, neck_d=0.07, neck="round", shoulder=0.24, drop=0.05, sleeve=0.18, angle=35.0,
        sleeve_w=0.14, arm=0.21, side=((0.22, 1.0),), armpit=None, taper=1.0, hem_curve=0.0):
    """Front view of anything worn on the top half. sleeve: its length, 0 for straps, None for a
    strapless top (then neck_w is the top edge and armpit its height). Returns (sketch, keys)."""
    a = math.radians(angle)
    d = np.array([math.cos(a), math.sin(a)])
    u = np.array([-math.sin(a), math.cos(a)])
    S = np.array([shoulder, drop])
    armpit = drop + sleeve_w * 1.1 if armpit is None else armpit
    A = np.array([arm, armpit])
    side = np.vstack([A, np.asarray(side, float)])
    k = dict(nw=neck_w, nd=neck_d, neck=neck, S=S, A=A, d=d, u=u, side=side, H=side[-1, 1],
             hx=side[-1, 0], Eo=None, Ei=None)
    if sleeve is None:
        right = [side]
    elif sleeve == 0:
        right = [[(neck_w, 0)], bez(S, (S[0] - 0.005, A[1]), A, n=8), side[1:]]
    else:
        Eo = S + sleeve * d
        Ei = Eo + sleeve_w * taper * u
        if Ei[1] > A[1]:   # a hanging sleeve must stay outside the body's side
            room = np.interp(Ei[1], side[:, 1], side[:, 0]) + 0.03 - Ei[0]
            if room > 0:
                Eo, Ei = Eo + [room, 0], Ei + [room, 0]
        k.update(Eo=Eo, Ei=Ei)
        right = [[(neck_w, 0), S, Eo, Ei], side]
    right = np.vstack(right)
    H, hx = k["H"], k["hx"]
    if hem_curve:
        right = np.vstack([right, [(hx * 0.55, H + hem_curve * 0.8)]])
        centre = [(0, H + hem_curve)]
    else:
        centre = np.zeros((0, 2))
    width = neck_w if sleeve is not None else arm
    poly = np.vstack([right, centre, mirrored(right[::-1]), neck_curve(neck, width, neck_d)[1:-1]])
    sk = Sketch()
    sk.body(poly)
    return sk, k


def side_x(k, y):
    return float(np.interp(y, k["side"][:, 1], k["side"][:, 0]))


def neckband(sk, k, g):
    w, d = k["nw"], k["nd"]
    if k["neck"] == "v":
        sk.line([(-w - g * 0.7, 0.01), (0, d + g * 1.5), (w + g * 0.7, 0.01)])
    elif k["neck"] in ("high", "collar"):
        sk.line([(-w * 0.95, -d * 0.45), (w * 0.95, -d * 0.45)])
    elif k["neck"] in ("round", "square"):
        sk.line(ell(0, 0, w + g, d + g, 180, 0, 12))


def cuffs(sk, k, depth, ribs=0):
    if k["Eo"] is None:
        return
    a, b = k["Eo"] - depth * k["d"], k["Ei"] - depth * k["d"]
    sk.line([a, b], both=True)
    for t in np.linspace(0, 1, ribs + 2)[1:-1]:
        p = a + t * (b - a)
        sk.line([p, p + depth * k["d"] * 0.9], both=True)


def hemband(sk, k, depth, ribs=0):
    y = k["H"] - depth
    x = side_x(k, y) * 0.98
    sk.line([(-x, y), (x, y)])
    for xx in np.linspace(-x, x, ribs + 2)[1:-1]:
        sk.line([(xx, y + 0.01), (xx, k["H"] - 0.01)])


def buttons(sk, x, y0, y1, n, r=0.018, placket=True, off=0.0):
    if placket:
        sk.line([(x, y0), (x, y1)])
    for y in np.linspace(y0 + 0.04, y1 - 0.05, n):
        sk.dot(x + off, y, r)


def shirt_collar(sk, k, r, meet=0.07):
    w = k["nw"]
    tip = (w * U(r, 0.3, 0.65), U(r, 0.12, 0.2))
    sk.line([(w, 0.0), tip, (0.0, meet)], both=True)


def lapels(sk, k, depth, wide=0.08):
    w = k["nw"]
    sk.line([(w, 0.0), (0.0, depth)], both=True)
    sk.line([(w + wide * 0.3, 0.02), (w + wide, depth * 0.3), (w + wide * 0.55, depth * 0.36),
             (w + wide * 1.05, depth * 0.45), (0.02, depth * 1.02)], both=True)


def pocket(sk, x, y, w, h, flap=False, both=True):
    if flap:
        sk.line([(x - w, y), (x + w, y), (x + w, y + h * 0.35), (x - w, y + h * 0.35)], closed=True,
                both=both)
    else:
        sk.line([(x - w, y), (x + w, y), (x + w, y + h), (x - w, y + h)], closed=True, both=both)


def belt(sk, k, y, h=0.05, buckle=True):
    x = side_x(k, y) * 1.02
    sk.line([(-x, y - h / 2), (x, y - h / 2)])
    sk.line([(-x, y + h / 2), (x, y + h / 2)])
    if buckle:
        sk.line([(-0.04, y - h * 0.8), (0.04, y - h * 0.8), (0.04, y + h * 0.8), (-0.04, y + h * 0.8)],
                closed=True)


def zip_line(sk, y0, y1, x=0.0):
    sk.line([(x, y0), (x, y1)])
    sk.line([(x - 0.015, y0 + 0.02), (x + 0.015, y0 + 0.02), (x + 0.015, y0 + 0.07),
             (x - 0.015, y0 + 0.07)], closed=True)


def hood(sk, k, r, h=0.3, fur=False):
    w = k["nw"] + U(r, 0.03, 0.08)
    arc = ell(0, 0.02, w, h, 180, 360, 16)
    sk.body(arc)
    sk.line(ell(0, 0.01, w * 0.62, h * 0.68, 190, 350, 10))
    if fur:
        n = 9
        pts = ell(0, 0.02, w * 0.85, h * 0.85, 180, 360, 2 * n + 1)
        pts[1::2] *= [1.12, 1.12]
        sk.line(pts)


def drawstrings(sk, k, r):
    w = k["nw"]
    for s in (-1, 1):
        sk.line([(s * w * 0.4, 0.04), (s * w * 0.45, U(r, 0.18, 0.28))])


def kangaroo(sk, k):
    H = k["H"]
    sk.line([(-0.2, 0.86 * H), (-0.2, 0.7 * H), (-0.12, 0.56 * H), (0.12, 0.56 * H), (0.2, 0.7 * H),
             (0.2, 0.86 * H)], closed=True)


def raglan(sk, k):
    sk.line([(k["nw"] * 1.05, 0.01), k["A"]], both=True)


# ---- T-shirt / top --------------------------------------------------------------------------

def tee(r, **over):
    p = dict(neck_w=U(r, 0.08, 0.12), neck_d=U(r, 0.05, 0.1), neck="round", shoulder=U(r, 0.2, 0.26),
             drop=U(r, 0.03, 0.07), sleeve=U(r, 0.13, 0.22), angle=U(r, 18, 45),
             sleeve_w=U(r, 0.12, 0.17), arm=U(r, 0.19, 0.23))
    H = over.pop("H", U(r, 0.85, 1.05))
    flare = over.pop("flare", U(r, 0.95, 1.1))
    p.update(over)
    p.setdefault("side", [(p["arm"] * flare, H)])
    sk, k = top(**p)
    sk.spot = (0.0, 0.32 + 0.1 * H * 0.3, 0.22)
    return sk, k


def t_crew(r):
    sk, k = tee(r)
    if r.random() < 0.7:
        neckband(sk, k, U(r, 0.025, 0.045))
    if r.random() < 0.3:
        cuffs(sk, k, 0.03)
    return sk


def t_vneck(r):
    sk, k = tee(r, neck="v", neck_d=U(r, 0.12, 0.22))
    if r.random() < 0.6:
        neckband(sk, k, 0.03)
    return sk


def t_tank(r):
    nw = U(r, 0.07, 0.11)
    sk, k = tee(r, sleeve=0, neck_w=nw, shoulder=nw + U(r, 0.04, 0.08), drop=0.02,
                neck_d=U(r, 0.12, 0.24), armpit=U(r, 0.22, 0.32), arm=U(r, 0.17, 0.22))
    if r.random() < 0.5:
        neckband(sk, k, 0.025)
    return sk


def t_cami(r):
    arm = U(r, 0.16, 0.21)
    H = U(r, 0.55, 0.8)
    sk, k = top(neck_w=arm, neck_d=U(r, 0.03, 0.07), neck=pick(r, ["straight", "sweetheart", "v"]),
                sleeve=None, arm=arm, armpit=0.0, side=[(arm * U(r, 1.0, 1.2), H)])
    for s in (-1, 1):
        sk.strap([(s * arm * 0.6, 0.01), (s * arm * U(r, 0.45, 0.6), -U(r, 0.18, 0.28))])
    if r.random() < 0.4:   # lace edge
        xs = np.linspace(-arm, arm, 11)
        sk.line(np.stack([xs, 0.04 + 0.025 * (np.arange(11) % 2)], 1))
    sk.spot = (0.0, H * 0.45, 0.15)
    return sk


def t_crop(r):
    if r.random() < 0.5:
        sk, k = tee(r, H=U(r, 0.45, 0.62), arm=U(r, 0.2, 0.25), sleeve=U(r, 0.1, 0.2))
    else:
        nw = U(r, 0.08, 0.11)
        sk, k = tee(r, H=U(r, 0.45, 0.6), sleeve=0, neck_w=nw, shoulder=nw + 0.05, drop=0.02,
                    armpit=U(r, 0.2, 0.26))
    sk.spot = (0.0, k["H"] * 0.55, 0.16)
    return sk


def t_oversized(r):
    arm = U(r, 0.26, 0.3)
    sk, k = tee(r, shoulder=U(r, 0.27, 0.31), drop=U(r, 0.08, 0.12), sleeve=U(r, 0.18, 0.28),
                angle=U(r, 40, 60), sleeve_w=U(r, 0.16, 0.2), arm=arm, H=U(r, 0.95, 1.15), flare=1.0)
    sk.line([k["S"], k["S"] + k["u"] * U(r, 0.14, 0.18)], both=True)   # dropped shoulder seam
    neckband(sk, k, 0.03)
    return sk


def t_fitted(r):
    arm = U(r, 0.18, 0.21)
    H = U(r, 0.8, 0.95)
    sk, k = tee(r, arm=arm, sleeve=U(r, 0.07, 0.11), angle=U(r, 25, 40),
                side=[(arm * 0.85, H * 0.55), (arm * U(r, 0.95, 1.05), H)])
    return sk


def t_ringer(r):
    sk, k = tee(r)
    neckband(sk, k, 0.04)
    cuffs(sk, k, 0.04)
    return sk


def t_racer(r):
    nw = U(r, 0.09, 0.12)
    sk, k = tee(r, sleeve=0, neck_w=nw, shoulder=nw + U(r, 0.03, 0.05), drop=0.03,
                neck_d=U(r, 0.08, 0.14), armpit=U(r, 0.35, 0.45), arm=U(r, 0.2, 0.24))
    return sk


def t_peplum(r):
    arm = U(r, 0.18, 0.21)
    H = U(r, 0.72, 0.85)
    kw = dict(sleeve=0, shoulder=U(r, 0.14, 0.17), drop=0.02, armpit=U(r, 0.24, 0.3)) \
        if r.random() < 0.5 else dict(sleeve=U(r, 0.08, 0.13))
    w = H * 0.6
    sk, k = tee(r, arm=arm, side=[(arm * 0.85, w), (arm * U(r, 1.2, 1.4), H)], **kw)
    sk.line([(-arm * 0.86, w), (arm * 0.86, w)])
    return sk


def t_offshoulder(r):
    w = U(r, 0.22, 0.27)
    sk, k = tee(r, neck="straight", neck_w=w, shoulder=w + 0.01, drop=0.02, neck_d=0.0,
                sleeve=U(r, 0.12, 0.18), angle=U(r, 15, 35), sleeve_w=U(r, 0.14, 0.18),
                arm=U(r, 0.2, 0.23), H=U(r, 0.7, 0.9))
    sk.line([(-w * 0.95, 0.05), (w * 0.95, 0.05)])
    return sk


def t_henley(r):
    sk, k = tee(r)
    neckband(sk, k, 0.03)
    buttons(sk, 0.0, k["nd"] + 0.03, k["nd"] + U(r, 0.15, 0.22), int(r.integers(2, 4)))
    return sk


def t_pocket(r):
    sk, k = tee(r)
    neckband(sk, k, 0.03)
    x = U(r, 0.08, 0.12)
    pocket(sk, x, 0.24, 0.055, 0.11, both=False)
    return sk


def t_raglan(r):
    sk, k = tee(r, sleeve=U(r, 0.18, 0.3), angle=U(r, 30, 50))
    raglan(sk, k)
    neckband(sk, k, 0.03)
    return sk


def t_halter(r):
    nw = U(r, 0.05, 0.07)
    sk, k = tee(r, sleeve=0, neck_w=nw, neck_d=U(r, 0.1, 0.2), neck="v", shoulder=nw + 0.04,
                drop=-0.03, armpit=U(r, 0.25, 0.32), arm=U(r, 0.18, 0.21))
    sk.strap(ell(0, -0.03, nw + 0.02, U(r, 0.06, 0.1), 180, 360, 9))   # tied behind the neck
    return sk


def t_jersey(r):
    nw = U(r, 0.08, 0.11)
    if r.random() < 0.5:
        sk, k = tee(r, neck="v", neck_d=U(r, 0.12, 0.18), sleeve=0, neck_w=nw, shoulder=nw + 0.07,
                    drop=0.03, armpit=U(r, 0.28, 0.36), arm=U(r, 0.21, 0.25))
    else:
        sk, k = tee(r, neck="v", neck_d=U(r, 0.12, 0.18))
        cuffs(sk, k, 0.03)
    neckband(sk, k, 0.03)
    sk.spot = (0.0, 0.45, 0.3)
    sk.menu = {"motif": 5}
    return sk


# ---- Pullover ---------------------------------------------------------------------------------

def jumper(r, spread=None, **over):
    spread = r.random() < 0.25 if spread is None else spread
    p = dict(neck_w=U(r, 0.09, 0.12), neck_d=U(r, 0.05, 0.08), neck="round",
             shoulder=U(r, 0.22, 0.27), drop=U(r, 0.04, 0.08), sleeve=U(r, 0.55, 0.75),
             angle=U(r, 12, 38) if spread else U(r, 58, 72), sleeve_w=U(r, 0.13, 0.17),
             taper=U(r, 0.7, 0.9), arm=U(r, 0.2, 0.24))
    H = over.pop("H", U(r, 0.85, 1.05))
    p.update(over)
    p.setdefault("side", [(p["arm"] * U(r, 0.9, 1.02), H)])
    sk, k = top(**p)
    sk.spot = (0.0, 0.38, 0.22)
    return sk, k


def knit(sk, k, r, neck=True):
    """The ribbed cuffs and hem that tell a pullover from a shirt."""
    ribs = int(r.integers(0, 6))
    cuffs(sk, k, U(r, 0.05, 0.09), ribs // 2)
    hemband(sk, k, U(r, 0.05, 0.09), ribs)
    if neck:
        neckband(sk, k, U(r, 0.025, 0.045))


def p_crew(r):
    sk, k = jumper(r)
    knit(sk, k, r)
    return sk


def p_vneck(r):
    sk, k = jumper(r, neck="v", neck_d=U(r, 0.14, 0.22))
    knit(sk, k, r)
    return sk


def p_turtle(r):
    sk, k = jumper(r, neck="high", neck_w=U(r, 0.08, 0.1), neck_d=U(r, 0.1, 0.16))
    knit(sk, k, r)
    for x in np.linspace(-0.06, 0.06, int(r.integers(0, 4))):
        sk.line([(x, -k["nd"] * 0.4), (x, -k["nd"] * 0.9)])
    return sk


def p_hoodie(r, spread=None):
    sk, k = jumper(r, spread=spread, neck="collar", neck_d=0.02)
    hood(sk, k, r, h=U(r, 0.24, 0.34))
    drawstrings(sk, k, r)
    kangaroo(sk, k)
    knit(sk, k, r, neck=False)
    sk.spot = (0.0, 0.3, 0.18)
    return sk


def p_raglan(r):
    sk, k = jumper(r)
    raglan(sk, k)
    knit(sk, k, r)
    return sk


def p_crop(r):
    sk, k = jumper(r, H=U(r, 0.55, 0.7), sleeve_w=U(r, 0.16, 0.2), taper=U(r, 0.6, 0.75),
                  arm=U(r, 0.23, 0.27))
    cuffs(sk, k, U(r, 0.08, 0.12), int(r.integers(0, 4)))
    hemband(sk, k, U(r, 0.07, 0.1), int(r.integers(0, 6)))
    sk.spot = (0.0, 0.3, 0.16)
    return sk


def p_chunky(r):
    sk, k = jumper(r, shoulder=U(r, 0.28, 0.32), drop=U(r, 0.09, 0.13), arm=U(r, 0.27, 0.31),
                  sleeve_w=U(r, 0.17, 0.21), sleeve=U(r, 0.5, 0.65), H=U(r, 0.9, 1.1))
    knit(sk, k, r)
    sk.menu = {"cable": 3, "diamonds": 2}
    return sk


def p_mock(r):
    sk, k = jumper(r, neck="high", neck_d=U(r, 0.04, 0.07))
    knit(sk, k, r, neck=False)
    return sk


def p_quarterzip(r):
    sk, k = jumper(r, neck="high", neck_w=U(r, 0.08, 0.1), neck_d=U(r, 0.07, 0.1))
    zip_line(sk, -k["nd"], U(r, 0.2, 0.3))
    knit(sk, k, r, neck=False)
    return sk


def p_spread(r):
    sk, k = jumper(r, spread=True)
    knit(sk, k, r)
    return sk


def p_batwing(r):
    sk, k = jumper(r, spread=True, angle=U(r, 25, 40), sleeve=U(r, 0.45, 0.6), sleeve_w=U(r, 0.3, 0.4),
                  taper=U(r, 0.25, 0.35), arm=U(r, 0.18, 0.22), armpit=U(r, 0.45, 0.55), H=U(r, 0.85, 1.0))
    knit(sk, k, r)
    return sk


def p_cowl(r):
    sk, k = jumper(r, neck_w=U(r, 0.12, 0.15), neck_d=U(r, 0.04, 0.07))
    for i in range(int(r.integers(2, 4))):
        g = 0.04 + i * 0.045
        sk.line(ell(0, 0, k["nw"] * 0.9 + g * 0.3, k["nd"] + g, 160, 20, 10))
    knit(sk, k, r, neck=False)
    return sk


def p_balloon(r):
    sk, k = jumper(r, sleeve_w=U(r, 0.2, 0.25), taper=U(r, 0.45, 0.55), angle=U(r, 50, 65))
    cuffs(sk, k, U(r, 0.08, 0.12), int(r.integers(2, 5)))
    hemband(sk, k, 0.06, int(r.integers(0, 5)))
    neckband(sk, k, 0.03)
    return sk


def p_hoodie_spread(r):
    return p_hoodie(r, spread=True)


def p_boat(r):
    sk, k = jumper(r, neck_w=U(r, 0.14, 0.18), neck_d=U(r, 0.02, 0.04), shoulder=U(r, 0.24, 0.28))
    knit(sk, k, r, neck=False)
    sk.menu = {"stripes": 4}
    return sk


# ---- Coat -------------------------------------------------------------------------------------

def coat(r, spread=None, **over):
    spread = r.random() < 0.2 if spread is None else spread
    p = dict(neck_w=U(r, 0.08, 0.11), neck_d=U(r, 0.02, 0.04), neck="collar",
             shoulder=U(r, 0.24, 0.28), drop=U(r, 0.04, 0.08), sleeve=U(r, 0.62, 0.8),
             angle=U(r, 15, 40) if spread else U(r, 60, 74), sleeve_w=U(r, 0.14, 0.18),
             taper=U(r, 0.8, 0.95), arm=U(r, 0.22, 0.26))
    H = over.pop("H", U(r, 1.15, 1.5))
    flare = over.pop("flare", U(r, 1.0, 1.2))
    p.update(over)
    p.setdefault("side", [(p["arm"] * flare, H)])
    sk, k = top(**p)
    sk.spot = (0.0, 0.45, 0.18)
    sk.stripe = 90.0 if r.random() < 0.5 else 0.0
    return sk, k


def c_overcoat(r, spread=None):
    sk, k = coat(r, spread=spread)
    depth = U(r, 0.3, 0.45)
    lapels(sk, k, depth)
    buttons(sk, 0.0, depth, k["H"] - 0.02, int(r.integers(3, 5)), placket=True, off=-0.04)
    y = k["H"] * U(r, 0.55, 0.7)
    pocket(sk, 0.13, y, 0.06, 0.1, flap=True)
    if r.random() < 0.5:
        cuffs(sk, k, 0.07)
    return sk


def c_trench(r):
    sk, k = coat(r, H=U(r, 1.3, 1.6), flare=U(r, 1.1, 1.3))
    depth = U(r, 0.25, 0.35)
    lapels(sk, k, depth, wide=0.1)
    for x in (-0.07, 0.07):
        buttons(sk, x, depth, depth + 0.3, 3, placket=False)
    sk.line([(0.0, depth + 0.35), (0.0, k["H"] - 0.02)])
    belt(sk, k, U(r, 0.5, 0.6), 0.06)
    cuffs(sk, k, 0.08)
    return sk


def c_puffer(r):
    sk, k = coat(r, H=U(r, 0.8, 1.0), neck="high", neck_d=U(r, 0.06, 0.1), arm=U(r, 0.25, 0.29),
                 sleeve_w=U(r, 0.17, 0.21), flare=U(r, 0.95, 1.05))
    zip_line(sk, -k["nd"], k["H"] - 0.02)
    sk.menu = {"quilt": 8}
    sk.stripe = 0.0
    return sk


def c_parka(r):
    sk, k = coat(r, H=U(r, 1.1, 1.3))
    hood(sk, k, r, h=U(r, 0.26, 0.34), fur=r.random() < 0.6)
    zip_line(sk, 0.02, k["H"] - 0.02)
    y = k["H"] * 0.6
    pocket(sk, 0.13, y, 0.07, 0.14, flap=r.random() < 0.5)
    if r.random() < 0.5:
        pocket(sk, 0.13, y, 0.07, 0.14)
    if r.random() < 0.5:
        sk.line([(-side_x(k, 0.5), 0.5), (side_x(k, 0.5), 0.5)])
    return sk


def c_blazer(r):
    sk, k = coat(r, H=U(r, 0.9, 1.05), drop=U(r, 0.02, 0.04), flare=U(r, 0.95, 1.05))
    depth = U(r, 0.4, 0.55)
    lapels(sk, k, depth, wide=U(r, 0.07, 0.1))
    buttons(sk, 0.0, depth, depth + 0.2, int(r.integers(1, 3)), placket=False, off=-0.03)
    sk.line([(0.0, depth + 0.15), (0.0, k["H"] - 0.02)])
    sk.line([(0.08, 0.3), (0.17, 0.28)])
    sk.line([(0.09, k["H"] * 0.72), (0.2, k["H"] * 0.72)], both=True)
    return sk


def c_denim(r):
    sk, k = coat(r, H=U(r, 0.75, 0.88), flare=U(r, 0.92, 1.0))
    shirt_collar(sk, k, r, meet=0.08)
    buttons(sk, 0.0, 0.08, k["H"] - 0.02, int(r.integers(4, 6)), placket=True)
    pocket(sk, 0.12, 0.25, 0.06, 0.1, flap=True)
    sk.line([(-k["A"][0], 0.2), (0.0, 0.17), (k["A"][0], 0.2)])
    hemband(sk, k, 0.07)
    cuffs(sk, k, 0.06)
    sk.menu = {"stitch": 4}
    return sk


def c_ziphoodie(r):
    sk, k = coat(r, H=U(r, 0.85, 1.0), flare=U(r, 0.9, 1.0))
    hood(sk, k, r, h=U(r, 0.24, 0.32))
    zip_line(sk, 0.02, k["H"] - 0.02)
    drawstrings(sk, k, r)
    H = k["H"]
    sk.line([(0.02, 0.58 * H), (0.12, 0.58 * H), (0.2, 0.75 * H), (0.2, 0.85 * H)], both=True)
    knit(sk, k, r, neck=False)
    return sk


def c_cardigan(r):
    sk, k = coat(r, neck="v", neck_w=U(r, 0.08, 0.1), neck_d=U(r, 0.3, 0.45), H=U(r, 0.9, 1.1),
                 flare=U(r, 0.9, 1.0))
    buttons(sk, 0.0, k["nd"], k["H"] - 0.02, int(r.integers(4, 7)), placket=True)
    w, d = k["nw"], k["nd"]
    sk.line([(w + 0.04, 0.0), (0.04, d + 0.02)], both=True)
    knit(sk, k, r, neck=False)
    return sk


def c_biker(r):
    sk, k = coat(r, H=U(r, 0.78, 0.92), flare=U(r, 0.92, 1.0))
    H = k["H"]
    sk.line([(k["nw"], 0.0), (0.1, 0.25), (-0.08, 0.4), (-0.06, H - 0.02)])
    sk.line([(k["nw"] + 0.02, 0.02), (0.28, 0.2), (0.12, 0.35)])
    sk.line([(-k["nw"], 0.0), (-0.2, 0.18), (-0.1, 0.3)])
    belt(sk, k, H - 0.05, 0.05, buckle=False)
    sk.line([(0.1, 0.55), (0.19, 0.5)])
    return sk


def c_peacoat(r):
    sk, k = coat(r, H=U(r, 0.95, 1.1))
    depth = U(r, 0.22, 0.3)
    lapels(sk, k, depth, wide=0.12)
    for x in (-0.08, 0.08):
        buttons(sk, x, depth + 0.02, depth + U(r, 0.35, 0.45), 3, placket=False, r=0.022)
    sk.line([(0.02, depth), (0.02, k["H"] - 0.02)])
    return sk


def c_duffle(r):
    sk, k = coat(r, H=U(r, 1.05, 1.3))
    hood(sk, k, r, h=U(r, 0.24, 0.32))
    sk.line([(0.0, 0.02), (0.0, k["H"] - 0.02)])
    for y in np.linspace(0.15, 0.55, int(r.integers(3, 5))):
        sk.line([(-0.06, y), (-0.02, y)])
        sk.line([(0.01, y - 0.015), (0.07, y), (0.01, y + 0.015)])
    pocket(sk, 0.14, k["H"] * 0.62, 0.07, 0.13)
    return sk


def c_bomber(r):
    arm = U(r, 0.23, 0.27)
    H = U(r, 0.75, 0.9)
    sk, k = coat(r, neck="high", neck_d=U(r, 0.03, 0.05), arm=arm,
                 side=[(arm * 1.08, H * 0.5), (arm * 0.95, H)])
    zip_line(sk, -k["nd"], H - 0.02)
    hemband(sk, k, 0.08, int(r.integers(0, 6)))
    cuffs(sk, k, 0.08, int(r.integers(0, 3)))
    pocket(sk, 0.14, H * 0.5, 0.05, 0.02, flap=True)
    return sk


def c_duster(r):
    sk, k = coat(r, neck="v", neck_d=U(r, 0.4, 0.6), H=U(r, 1.35, 1.6))
    sk.line([(k["nw"] + 0.04, 0.0), (0.06, k["nd"] + 0.03), (0.05, k["H"] - 0.02)], both=True)
    if r.random() < 0.5:
        pocket(sk, 0.16, k["H"] * 0.6, 0.06, 0.12)
    return sk


def c_spread(r):
    return c_overcoat(r, spread=True)


def c_varsity(r):
    sk, k = coat(r, H=U(r, 0.78, 0.9), neck="v", neck_d=U(r, 0.15, 0.22), flare=0.95)
    sk.line([(0.0, k["nd"]), (0.0, k["H"] - 0.02)])
    for y in np.linspace(k["nd"] + 0.05, k["H"] - 0.1, 5):
        sk.dot(-0.035, y, 0.02)
    hemband(sk, k, 0.08, 0)
    cuffs(sk, k, 0.08, 0)
    sk.line([(-side_x(k, k["H"] - 0.05), k["H"] - 0.05), (side_x(k, k["H"] - 0.05), k["H"] - 0.05)])
    sk.spot = (0.13, 0.35, 0.1)
    sk.menu = {"motif": 3}
    return sk


def c_wrap(r):
    sk, k = coat(r, H=U(r, 1.2, 1.5), neck="v", neck_d=U(r, 0.25, 0.35))
    w = k["nw"]
    sk.line([(w + 0.05, 0.0), (0.06, k["nd"] + 0.05)], both=True)
    sk.line([(0.06, k["nd"] + 0.05), (-0.12, k["H"] - 0.02)])   # the front edge that wraps over
    y = U(r, 0.5, 0.6)
    belt(sk, k, y, 0.05, buckle=False)
    sk.line([(0.05, y), (0.08, y + 0.25)])
    sk.line([(0.05, y), (0.12, y + 0.22)])
    return sk


# ---- Shirt ------------------------------------------------------------------------------------

def shirt(r, short=False, spread=None, collar=True, **over):
    spread = r.random() < 0.2 if spread is None else spread
    p = dict(neck_w=U(r, 0.07, 0.1), neck_d=U(r, 0.02, 0.04), neck="collar", shoulder=U(r, 0.22, 0.26),
             drop=U(r, 0.04, 0.07), sleeve_w=U(r, 0.12, 0.16), arm=U(r, 0.2, 0.24))
    if short:
        p.update(sleeve=U(r, 0.14, 0.22), angle=U(r, 22, 45), taper=1.0)
    else:
        p.update(sleeve=U(r, 0.55, 0.72), angle=U(r, 12, 35) if spread else U(r, 58, 72),
                 taper=U(r, 0.8, 0.95))
    H = over.pop("H", U(r, 0.9, 1.1))
    p.update(over)
    p.setdefault("side", [(p["arm"] * U(r, 0.95, 1.05), H)])
    p.setdefault("hem_curve", U(r, 0.0, 0.08))
    sk, k = top(**p)
    meet = U(r, 0.06, 0.09)
    if collar:
        shirt_collar(sk, k, r, meet)
    if not short:
        cuffs(sk, k, U(r, 0.05, 0.08))
    sk.stripe = 90.0 if r.random() < 0.6 else 0.0
    sk.spot = (0.12, 0.28, 0.08)
    k["meet"] = meet
    return sk, k


def placket(sk, k, r, n=None):
    n = int(r.integers(4, 7)) if n is None else n
    y0, y1 = k.get("meet", 0.07), k["H"] - 0.02
    buttons(sk, 0.0, y0, y1, n, r=0.016, placket=True, off=0.03)


def s_classic(r):
    sk, k = shirt(r)
    placket(sk, k, r)
    if r.random() < 0.5:
        pocket(sk, 0.12, 0.24, 0.05, 0.09, both=False)
    return sk


def s_camp(r):
    sk, k = shirt(r, short=True, collar=False, neck="v", neck_d=U(r, 0.15, 0.22), hem_curve=0.0)
    w, d = k["nw"], k["nd"]
    sk.line([(w, 0.0), (w + 0.07, 0.1), (0.04, d)], both=True)
    k["meet"] = d
    placket(sk, k, r, n=int(r.integers(3, 5)))
    return sk


def s_flannel(r):
    sk, k = shirt(r)
    placket(sk, k, r)
    pocket(sk, 0.12, 0.22, 0.055, 0.1, flap=True)
    sk.menu = {"checks": 8}
    return sk


def s_denim(r):
    sk, k = shirt(r)
    placket(sk, k, r)
    sk.line([(-k["A"][0], 0.17), (0.0, 0.14), (k["A"][0], 0.17)])
    for s in (-1, 1):
        sk.line([(s * 0.07, 0.22), (s * 0.17, 0.22), (s * 0.17, 0.34), (s * 0.12, 0.37), (s * 0.07, 0.34)],
                closed=True)
    sk.menu = {"stitch": 4}
    return sk


def s_puff(r):
    sk, k = shirt(r, sleeve_w=U(r, 0.18, 0.23), taper=U(r, 0.45, 0.6), collar=False,
                  neck="round", neck_d=U(r, 0.04, 0.07))
    placket(sk, k, r, n=int(r.integers(3, 6)))
    sk.line(ell(-0.05, 0.06, 0.05, 0.03, 0, 360, 10), closed=True)   # a bow at the neck
    sk.line(ell(0.05, 0.06, 0.05, 0.03, 0, 360, 10), closed=True)
    sk.line([(-0.01, 0.07), (-0.05, 0.2)])
    sk.line([(0.01, 0.07), (0.05, 0.2)])
    return sk


def s_ruffle(r):
    sk, k = shirt(r, collar=False, neck="round", neck_d=U(r, 0.05, 0.08))
    w, d = k["nw"], k["nd"]
    pts = ell(0, 0, w + 0.07, d + 0.07, 180, 0, 15)
    pts[1::2] *= 0.92
    sk.line(pts)
    k["meet"] = d + 0.05
    placket(sk, k, r)
    return sk


def s_band(r):
    sk, k = shirt(r, collar=False, neck="high", neck_d=U(r, 0.03, 0.05))
    sk.line([(-k["nw"], 0.0), (k["nw"], 0.0)])
    k["meet"] = 0.0
    placket(sk, k, r)
    return sk


def s_tunic(r):
    sk, k = shirt(r, H=U(r, 1.15, 1.3), sleeve=U(r, 0.35, 0.45), hem_curve=U(r, 0.0, 0.05))
    cuffs(sk, k, 0.06)
    sk.line([(0.0, k["meet"]), (0.0, 0.45)])
    for y in np.linspace(k["meet"] + 0.04, 0.4, 3):
        sk.dot(0.03, y, 0.016)
    sk.line([(side_x(k, k["H"] - 0.15), k["H"] - 0.15), (k["hx"], k["H"])], both=True)
    return sk


def s_oversized(r):
    sk, k = shirt(r, shoulder=U(r, 0.28, 0.31), drop=U(r, 0.08, 0.12), arm=U(r, 0.26, 0.29),
                  sleeve_w=U(r, 0.16, 0.19), hem_curve=U(r, 0.06, 0.12))
    placket(sk, k, r)
    pocket(sk, 0.13, 0.25, 0.06, 0.1, both=r.random() < 0.5)
    return sk


def s_western(r):
    sk, k = shirt(r)
    placket(sk, k, r)
    a = k["A"][0]
    sk.line([(-a, 0.2), (-0.1, 0.17), (-0.05, 0.28), (0.0, 0.17), (0.05, 0.28), (0.1, 0.17), (a, 0.2)])
    for s in (-1, 1):
        sk.line([(s * 0.07, 0.3), (s * 0.17, 0.3), (s * 0.12, 0.35)], closed=True)
    return sk


def s_spread(r):
    sk, k = shirt(r, spread=True)
    placket(sk, k, r)
    return sk


def s_hawaiian(r):
    sk, k = shirt(r, short=True, collar=False, neck="v", neck_d=U(r, 0.14, 0.2), hem_curve=0.0,
                  arm=U(r, 0.23, 0.26))
    w, d = k["nw"], k["nd"]
    sk.line([(w, 0.0), (w + 0.08, 0.09), (0.04, d)], both=True)
    k["meet"] = d
    placket(sk, k, r, n=int(r.integers(3, 5)))
    sk.menu = {"flowers": 8}
    return sk


def s_peterpan(r):
    sk, k = shirt(r, short=r.random() < 0.6, collar=False, neck="collar")
    w = k["nw"]
    for s in (-1, 1):
        sk.line(ell(s * w * 0.5, 0.04, w * 0.55, 0.07, 0, 180, 10))   # a round collar lobe
    k["meet"] = 0.1
    placket(sk, k, r, n=int(r.integers(3, 6)))
    return sk


def s_rolled(r):
    sk, k = shirt(r, sleeve=U(r, 0.38, 0.48))
    cuffs(sk, k, 0.09)
    placket(sk, k, r)
    pocket(sk, 0.12, 0.23, 0.05, 0.09, both=False)
    return sk


def s_tiefront(r):
    sk, k = shirt(r, H=U(r, 0.62, 0.75), hem_curve=U(r, 0.1, 0.16))
    placket(sk, k, r, n=3)
    H = k["H"]
    sk.line(ell(0.0, H + 0.03, 0.04, 0.03, 0, 360, 10), closed=True)
    sk.line([(0.03, H + 0.05), (0.1, H + 0.18)])
    sk.line([(-0.02, H + 0.05), (0.02, H + 0.2)])
    return sk


# ---- Dress ------------------------------------------------------------------------------------

def dress(r, waist=None, hem=None, H=None, bodice="sleeveless", **over):
    wy = U(r, 0.32, 0.42) if waist is None else waist
    H = U(r, 1.35, 1.8) if H is None else H
    hem = U(r, 0.3, 0.5) if hem is None else hem
    ww = U(r, 0.14, 0.17)
    p = dict(neck_w=U(r, 0.07, 0.1), neck_d=U(r, 0.06, 0.14), neck=pick(r, ["round", "v", "square"]),
             arm=U(r, 0.17, 0.2), side=[(ww, wy), (hem, H)])
    if bodice == "sleeveless":
        p.update(sleeve=0, shoulder=p["neck_w"] + U(r, 0.03, 0.06), drop=0.02, armpit=U(r, 0.18, 0.25))
    elif bodice == "short":
        p.update(sleeve=U(r, 0.08, 0.16), angle=U(r, 25, 45), sleeve_w=U(r, 0.1, 0.13),
                 shoulder=U(r, 0.18, 0.21), drop=0.04)
    elif bodice == "long":
        p.update(sleeve=U(r, 0.55, 0.7), angle=U(r, 60, 72), sleeve_w=U(r, 0.11, 0.14), taper=0.8,
                 shoulder=U(r, 0.18, 0.21), drop=0.04)
    elif bodice == "strapless":
        p.update(sleeve=None, neck="sweetheart", neck_w=p["arm"], neck_d=0.05, armpit=0.0)
        p["side"] = [(ww, wy - 0.15), (hem, H - 0.15)]
    p.update(over)
    sk, k = top(**p)
    k["wy"] = p["side"][0][1]
    sk.spot = (0.0, max(0.12, k["wy"] * 0.55), 0.1)
    sk.stripe = pick(r, [0.0, 0.0, 90.0])
    return sk, k


def waist_seam(sk, k):
    x = side_x(k, k["wy"])
    sk.line([(-x, k["wy"]), (x, k["wy"])])


def d_aline(r):
    sk, k = dress(r)
    if r.random() < 0.7:
        waist_seam(sk, k)
    return sk


def d_flare(r):
    sk, k = dress(r, bodice="short", hem=U(r, 0.45, 0.6), H=U(r, 1.2, 1.45))
    belt(sk, k, k["wy"], 0.05, buckle=r.random() < 0.5)
    return sk


def d_sheath(r):
    sk, k = dress(r, hem=U(r, 0.2, 0.25), H=U(r, 1.3, 1.5), bodice=pick(r, ["sleeveless", "short"]))
    return sk


def d_slip(r):
    arm = U(r, 0.15, 0.18)
    H = U(r, 1.7, 2.1)
    sk, k = top(neck_w=arm, neck_d=U(r, 0.04, 0.1), neck=pick(r, ["v", "straight", "sweetheart"]),
                sleeve=None, arm=arm, armpit=0.0, side=[(arm * 0.88, 0.3), (U(r, 0.28, 0.38), H)])
    for s in (-1, 1):
        sk.strap([(s * arm * 0.6, 0.01), (s * arm * 0.5, -U(r, 0.2, 0.28))])
    k["wy"] = 0.3
    sk.spot = (0.0, 0.15, 0.08)
    sk.stripe = 90.0
    return sk


def d_wrap(r):
    sk, k = dress(r, bodice=pick(r, ["long", "short"]), neck="v", neck_d=U(r, 0.2, 0.3))
    sk.line([(k["nw"], 0.0), (-0.14, k["wy"])])
    sk.line([(0.1, k["wy"]), (0.25, k["H"] - 0.02)])
    sk.line([(0.12, k["wy"]), (0.16, k["wy"] + 0.25)])
    sk.line([(0.12, k["wy"]), (0.2, k["wy"] + 0.22)])
    return sk


def d_shirtdress(r):
    sk, k = dress(r, bodice="short", neck="collar", neck_d=0.03, hem=U(r, 0.3, 0.42))
    shirt_collar(sk, k, r, 0.07)
    buttons(sk, 0.0, 0.07, k["wy"] + 0.25, 5, r=0.016, off=0.03)
    belt(sk, k, k["wy"], 0.05, buckle=False)
    return sk


def d_tiered(r):
    sk, k = dress(r, hem=U(r, 0.45, 0.6), H=U(r, 1.5, 1.9), bodice=pick(r, ["sleeveless", "short"]))
    waist_seam(sk, k)
    n = int(r.integers(2, 4))
    for y in np.linspace(k["wy"], k["H"], n + 2)[1:-1]:
        x = side_x(k, y)
        xs = np.linspace(-x, x, 9)
        sk.line(np.stack([xs, y + 0.02 * (np.arange(9) % 2)], 1))
    return sk


def d_strapless(r):
    sk, k = dress(r, bodice="strapless", hem=U(r, 0.45, 0.65), H=U(r, 1.3, 1.6))
    waist_seam(sk, k)
    return sk


def d_halter(r):
    sk, k = dress(r, neck="v", neck_w=0.05, neck_d=U(r, 0.1, 0.2), sleeve=0, shoulder=0.09, drop=-0.03,
                  armpit=U(r, 0.22, 0.28))
    waist_seam(sk, k)
    return sk


def d_mermaid(r):
    H = U(r, 1.6, 1.9)
    sk, k = dress(r, H=H, side=[(0.15, 0.4), (0.18, 0.7), (0.13, H * 0.7), (U(r, 0.35, 0.45), H)])
    return sk


def d_babydoll(r):
    sk, k = dress(r, waist=U(r, 0.2, 0.25), H=U(r, 0.95, 1.2), hem=U(r, 0.4, 0.55),
                  bodice=pick(r, ["short", "sleeveless"]))
    waist_seam(sk, k)
    return sk


def d_tshirt(r):
    sk, k = dress(r, bodice="short", waist=0.5, neck="round", H=U(r, 1.25, 1.45))
    k["side"][1] = (U(r, 0.2, 0.23), 0.5)
    neckband(sk, k, 0.03)
    sk.spot = (0.0, 0.35, 0.16)
    return sk


def d_longsleeve(r):
    sk, k = dress(r, bodice="long", neck="round", hem=U(r, 0.38, 0.5))
    waist_seam(sk, k)
    return sk


# ---- Trouser ----------------------------------------------------------------------------------

def trousers(r, waist, hip, hem, gap, knee=None, rise=None, length=None):
    """Front view: both legs in one polygon, `gap` half the space between the legs at the hem,
    knee the half width of a leg at 0.6 of its length (narrow for flares, wide for baggy)."""
    rise = U(r, 0.24, 0.32) if rise is None else rise
    gap *= 1.5
    L = U(r, 1.1, 1.35) if length is None else length
    hem_c = gap + hem
    right = [(waist, 0.0), (hip, 0.16)]
    if knee:
        kc = max(hem_c * 0.6 + hip * 0.5 * 0.4, gap * 0.7 + knee)
        right.append((kc + knee, L * 0.6))
    right += [(hem_c + hem, L), (gap, L)]
    if knee:
        right.append((kc - knee, L * 0.6))
    right = np.array(right, float)
    poly = np.vstack([right, [(0.0, rise)], mirrored(right[::-1])])
    sk = Sketch()
    sk.body(poly)
    sk.stripe = 90.0
    sk.spot = (hip * 0.5, 0.3, 0.1)
    sk.max_brush = 0.065
    return sk, dict(waist=waist, hip=hip, rise=rise, L=L, hem=hem, hem_c=hem_c)


def waistband(sk, k, d=0.06, loops=False, fly=True, pockets=True):
    w = k["waist"] + (k["hip"] - k["waist"]) * d / 0.16
    sk.line([(-w, d), (w, d)])
    if fly:
        sk.line([(0.04, d), (0.04, k["rise"] - 0.08), (0.0, k["rise"] - 0.03)])
    if pockets:
        sk.line(bez((w * 0.55, d), (w * 0.6, 0.14), (k["hip"] * 0.98, 0.16), n=6), both=True)
    if loops:
        for x in (0.5, 0.9):
            sk.line([(x * w, 0.0), (x * w, d)], both=True)


def crease(sk, k):
    sk.line([(k["hip"] * 0.5, 0.22), (k["hem_c"], k["L"] - 0.02)], both=True)


def cuff_lines(sk, k, depth):
    y = k["L"] - depth
    sk.line([(k["hem_c"] - k["hem"] * 0.95, y), (k["hem_c"] + k["hem"] * 0.95, y)], both=True)


def tr_jeans(r):
    sk, k = trousers(r, U(r, 0.2, 0.24), U(r, 0.23, 0.27), U(r, 0.08, 0.1), U(r, 0.04, 0.07))
    waistband(sk, k, loops=True)
    if r.random() < 0.4:
        cuff_lines(sk, k, 0.06)
    sk.menu = {"stitch": 3, "rips": 2}
    return sk


def tr_skinny(r):
    sk, k = trousers(r, U(r, 0.18, 0.21), U(r, 0.21, 0.24), U(r, 0.045, 0.06), U(r, 0.04, 0.07),
                     knee=U(r, 0.065, 0.08))
    waistband(sk, k, loops=r.random() < 0.5)
    sk.menu = {"rips": 2}
    return sk


def tr_wide(r):
    sk, k = trousers(r, U(r, 0.2, 0.23), U(r, 0.25, 0.28), U(r, 0.12, 0.15), U(r, 0.045, 0.065))
    waistband(sk, k, fly=r.random() < 0.5, pockets=r.random() < 0.5)
    if r.random() < 0.6:
        crease(sk, k)
    return sk


def tr_flare(r):
    sk, k = trousers(r, U(r, 0.19, 0.22), U(r, 0.22, 0.25), U(r, 0.11, 0.14), U(r, 0.03, 0.05),
                     knee=U(r, 0.06, 0.075))
    waistband(sk, k, loops=r.random() < 0.5)
    return sk


def tr_jogger(r):
    sk, k = trousers(r, U(r, 0.21, 0.24), U(r, 0.24, 0.28), U(r, 0.05, 0.065), U(r, 0.05, 0.08),
                     knee=U(r, 0.09, 0.11), rise=U(r, 0.3, 0.36))
    sk.line([(-k["waist"], 0.07), (k["waist"], 0.07)])
    sk.line([(-0.03, 0.07), (-0.05, 0.2)])
    sk.line([(0.03, 0.07), (0.05, 0.2)])
    cuff_lines(sk, k, 0.07)
    sk.menu = {"stripes": 2}
    return sk


def tr_cargo(r):
    sk, k = trousers(r, U(r, 0.21, 0.24), U(r, 0.25, 0.28), U(r, 0.09, 0.12), U(r, 0.04, 0.07))
    waistband(sk, k, loops=True)
    for s in (-1, 1):
        x = s * (k["hip"] + 0.01)
        sk.line([(x - s * 0.12, 0.45), (x, 0.45), (x, 0.65), (x - s * 0.12, 0.65)], closed=True)
        sk.line([(x - s * 0.12, 0.5), (x, 0.5)])
    return sk


def tr_leggings(r):
    sk, k = trousers(r, U(r, 0.17, 0.2), U(r, 0.2, 0.23), U(r, 0.035, 0.05), U(r, 0.04, 0.06),
                     knee=U(r, 0.06, 0.07), rise=U(r, 0.24, 0.28))
    sk.line([(-k["waist"], 0.08), (k["waist"], 0.08)])
    return sk


def tr_slacks(r):
    sk, k = trousers(r, U(r, 0.2, 0.23), U(r, 0.23, 0.26), U(r, 0.09, 0.11), U(r, 0.04, 0.06))
    waistband(sk, k, loops=True)
    crease(sk, k)
    return sk


def tr_palazzo(r):
    sk, k = trousers(r, U(r, 0.18, 0.2), U(r, 0.26, 0.3), U(r, 0.16, 0.2), U(r, 0.04, 0.055),
                     rise=U(r, 0.32, 0.38))
    sk.line([(-k["waist"] * 1.05, 0.1), (k["waist"] * 1.05, 0.1)])
    for x in np.linspace(-0.3, 0.3, int(r.integers(2, 5))):
        sk.line([(x * 0.5, 0.4), (x, k["L"] - 0.05)])
    return sk


def tr_paperbag(r):
    sk, k = trousers(r, U(r, 0.18, 0.2), U(r, 0.24, 0.27), U(r, 0.1, 0.13), U(r, 0.03, 0.06),
                     rise=U(r, 0.32, 0.36))
    xs = np.linspace(-k["waist"], k["waist"], 9)
    sk.line(np.stack([xs, 0.05 + 0.02 * (np.arange(9) % 2)], 1))
    sk.line([(-k["waist"] * 1.1, 0.12), (k["waist"] * 1.1, 0.12)])
    sk.line([(0.0, 0.12), (0.06, 0.3)])
    sk.line([(0.0, 0.12), (-0.05, 0.28)])
    return sk


def tr_track(r):
    sk, k = trousers(r, U(r, 0.21, 0.24), U(r, 0.24, 0.27), U(r, 0.07, 0.09), U(r, 0.04, 0.07))
    sk.line([(-k["waist"], 0.07), (k["waist"], 0.07)])
    for s in (-1, 1):   # the stripe down each leg's side
        sk.line([(s * (k["hip"] - 0.035), 0.12), (s * (k["hem_c"] + k["hem"] - 0.03), k["L"] - 0.03)])
    return sk


def tr_baggy(r):
    sk, k = trousers(r, U(r, 0.22, 0.25), U(r, 0.27, 0.3), U(r, 0.1, 0.13), U(r, 0.04, 0.06),
                     knee=U(r, 0.13, 0.15), rise=U(r, 0.33, 0.38))
    waistband(sk, k, loops=True)
    sk.menu = {"rips": 3, "folds": 3}
    return sk


# ---- Shoes (side view, toe at x = 0 on the left, ground at y = 0, up is negative) ---------------

def lift(x, heel):
    return heel * smooth((np.asarray(x, float) - 0.3) / 0.45)


def sole_line(sk, heel, t, x0=0.02, x1=0.99):
    xs = np.linspace(x0, x1, 10)
    sk.line(np.stack([xs, -(lift(xs, heel) + t)], 1))


def laces(sk, r, p0, p1, n=None, drop=0.06):
    """Criss-cross or ladder laces under the edge from p0 to p1."""
    n = int(r.integers(3, 6)) if n is None else n
    p0, p1 = np.asarray(p0, float), np.asarray(p1, float)
    along = p1 - p0
    normal = np.array([along[1], -along[0]]) / (np.hypot(*along) + 1e-9)
    if normal[1] < 0:
        normal = -normal
    top = [p0 + along * t for t in np.linspace(0.1, 0.95, n)]
    low = [p + normal * drop for p in top]
    if r.random() < 0.5:
        for i in range(n - 1):
            sk.line([top[i], low[i + 1]])
            sk.line([low[i], top[i + 1]])
    else:
        for a, b in zip(top, low):
            sk.line([a - along * 0.04, b + along * 0.04])


def sneaker(r, top_h=None, t=None, toe=None, chunky=False):
    t = U(r, 0.07, 0.13) if t is None else t
    th = U(r, 0.15, 0.22) if toe is None else toe
    top_h = U(r, 0.33, 0.44) if top_h is None else top_h
    front = U(r, 0.52, 0.62)
    wave = 0.03 if chunky else 0.0
    pts = np.vstack([
        [(0.05, 0.0), (0.5, -wave), (0.97, 0.0), (1.0, -t * 0.5)],
        bez((1.0, -t), (1.03, -top_h * 0.75), (0.93, -top_h), n=6),
        [(0.78, -top_h * 0.84), (front + 0.04, -top_h * 0.9), (front, -top_h * 1.04)],
        bez((front - 0.04, -top_h * 0.95), (0.35, -t - th * 1.1), (0.12, -t - th), n=6),
        bez((0.06, -t - th * 0.95), (0.0, -t - th * 0.7), (0.0, -t * 0.6), n=5),
    ])
    sk = Sketch(side_view=True)
    sk.body(pts)
    sk.line([(0.01, -t), (0.99, -t)])
    k = dict(t=t, th=th, top=top_h, front=front)
    sk.area = [pts]
    sk.spot = (0.6, -t - (top_h - t) * 0.45, (top_h - t) * 0.6)
    sk.trims = [np.array([(0.03, -t - 0.02), (0.97, -t - 0.02)])]
    return sk, k


def sn_laces(sk, k, r):
    laces(sk, r, (0.28, -k["t"] - k["th"] * 1.05), (k["front"] - 0.03, -k["top"] * 0.95))


def toe_cap(sk, k):
    t, th = k["t"], k["th"]
    sk.line(bez((0.2, -t), (0.17, -t - th * 0.95), (0.04, -t - th * 0.8), n=7))


def sn_classic(r):
    sk, k = sneaker(r)
    sn_laces(sk, k, r)
    if r.random() < 0.6:
        toe_cap(sk, k)
    sk.line([(0.9, -k["t"] - 0.02), (0.93, -k["top"] * 0.9)])
    return sk


def sn_runner(r):
    sk, k = sneaker(r, t=U(r, 0.12, 0.17), chunky=True)
    sn_laces(sk, k, r)
    sk.menu = {"brand": 4}
    return sk


def sn_hightop(r):
    sk, k = sneaker(r, top_h=U(r, 0.62, 0.8))
    laces(sk, r, (0.28, -k["t"] - k["th"] * 1.05), (k["front"] - 0.02, -k["top"] * 0.95), n=6)
    toe_cap(sk, k)
    sk.line(ell(0.8, -k["top"] * 0.65, 0.05, 0.05, 0, 360, 10), closed=True)
    sk.spot = (0.72, -k["top"] * 0.4, 0.12)
    return sk


def sn_slipon(r):
    sk, k = sneaker(r, top_h=U(r, 0.3, 0.38))
    f = k["front"]
    sk.line([(f - 0.07, -k["top"] * 0.8), (f - 0.03, -k["t"] - 0.1), (f + 0.01, -k["top"] * 0.85)])
    sk.menu = {"checks": 4}
    return sk


def sn_canvas(r):
    sk, k = sneaker(r, t=U(r, 0.08, 0.11), toe=U(r, 0.14, 0.18))
    sn_laces(sk, k, r)
    toe_cap(sk, k)
    sk.line([(0.02, -k["t"] * 0.5), (0.99, -k["t"] * 0.5)])
    return sk


def sn_chunky(r):
    sk, k = sneaker(r, t=U(r, 0.16, 0.22), chunky=True, top_h=U(r, 0.42, 0.5))
    sn_laces(sk, k, r)
    sk.line([(0.15, -k["t"] - 0.03), (0.4, -k["t"] - 0.1), (0.7, -k["t"] - 0.04)])
    sk.line([(0.02, -k["t"] * 0.5), (0.99, -k["t"] * 0.55)])
    return sk


def sn_velcro(r):
    sk, k = sneaker(r)
    for i in range(int(r.integers(2, 4))):
        x = 0.3 + i * 0.1
        sk.line([(x, -k["t"] - k["th"] * 1.05 - i * 0.04), (x + 0.06, -k["t"] - 0.04)])
    return sk


def sn_skate(r):
    sk, k = sneaker(r, t=U(r, 0.09, 0.12), top_h=U(r, 0.4, 0.48))
    sn_laces(sk, k, r)
    sk.line(bez((0.62, -k["top"] * 0.75), (0.78, -k["top"] * 0.6), (0.96, -k["top"] * 0.82), n=6))
    toe_cap(sk, k)
    return sk


def sn_sock(r):
    sk, k = sneaker(r, top_h=U(r, 0.5, 0.62), t=U(r, 0.1, 0.14))
    sk.line([(0.93, -k["top"]), (0.95, -k["top"] - 0.07), (0.99, -k["top"] * 0.95)])
    return sk


def sn_mid(r):
    sk, k = sneaker(r, top_h=U(r, 0.5, 0.6))
    sn_laces(sk, k, r)
    return sk


def sn_retro(r):
    sk, k = sneaker(r, t=U(r, 0.08, 0.11))
    sn_laces(sk, k, r)
    t = k["t"]
    sk.line(bez((0.25, -t), (0.2, -t - k["th"] * 1.1), (0.05, -t - k["th"] * 0.7), n=6))
    sk.line(bez((0.72, -t), (0.76, -k["top"] * 0.6), (0.85, -k["top"] * 0.88), n=6))
    sk.menu = {"brand": 3}
    return sk


def sn_platform(r):
    sk, k = sneaker(r, t=U(r, 0.18, 0.25), top_h=U(r, 0.45, 0.55))
    sn_laces(sk, k, r)
    toe_cap(sk, k)
    return sk


def boot(r, heel=None, t=None, shaft=None, toe=None, pointy=None, stiletto=False, wedge=False):
    h = U(r, 0.04, 0.3) if heel is None else heel
    t = U(r, 0.04, 0.08) if t is None else t
    H = U(r, 0.75, 0.95) if shaft is None else shaft
    th = U(r, 0.17, 0.24) if toe is None else toe
    p = U(r, 0, 1) if pointy is None else pointy
    fx = U(r, 0.42, 0.55)
    L = lambda x: float(lift(x, h))
    upper = [(fx, -H), (fx - 0.04, -H * 0.58 - L(0.45) * 0.3)]
    upper += list(bez((fx - 0.06, -H * 0.45 - L(0.4) * 0.3), (0.3, -L(0.3) - t - th * 1.2),
                      (0.1 + 0.04 * p, -L(0.1) - t - th * (0.85 - 0.2 * p)), n=6))
    upper += [(0.0, -t - th * (0.35 - 0.15 * p)), (0.01, -t * 0.4), (0.05, 0.0), (0.33, 0.0)]
    if wedge:
        bottom = [(0.97, 0.0)]
    elif h > 0.06:
        hx = 0.85 if stiletto else U(r, 0.76, 0.8)
        bottom = list(bez((0.34, 0.0), (0.6, -h * 0.15), (0.74, -h), n=6)[1:])
        bottom += [(0.78, -h), (hx, 0.0), (hx + (0.05 if stiletto else 0.14), 0.0)]
    else:
        bottom = [(0.97, 0.0)]
    back = [(0.99, -h - t * 0.8), (1.0, -h - t - 0.15), (0.97, -H * 0.6), (0.95, -H)]
    pts = np.array(upper + bottom + back, float)
    sk = Sketch(side_view=True)
    sk.body(pts)
    sole_line(sk, h, t, 0.01, 0.99)
    if h > 0.06 and not wedge:
        sk.line([(0.78, -h), (0.99, -h)])
    k = dict(h=h, t=t, H=H, th=th, fx=fx)
    sk.spot = (0.72, -H * 0.55, 0.14)
    sk.trims = [np.array([(fx + 0.02, -H + 0.04), (0.93, -H + 0.04)]),
                np.array([(0.96, -H * 0.9), (0.97, -h - t - 0.1)])]
    return sk, k


def b_chelsea(r):
    sk, k = boot(r, heel=U(r, 0.04, 0.12), pointy=U(r, 0, 0.4))
    H = k["H"]
    sk.line(bez((0.6, -H), (0.68, -H * 0.45), (0.8, -H), n=8))
    sk.strap([(0.92, -H), (0.93, -H - 0.1), (0.98, -H - 0.08), (0.97, -H)])
    return sk


def b_heeled(r):
    sk, k = boot(r, heel=U(r, 0.22, 0.35), pointy=U(r, 0.4, 1), t=0.04)
    H = k["H"]
    sk.line([(0.82, -H + 0.05), (0.84, -k["h"] - 0.2)])
    return sk


def b_combat(r):
    sk, k = boot(r, heel=U(r, 0.03, 0.06), t=U(r, 0.08, 0.12), pointy=0.0, toe=U(r, 0.2, 0.26))
    fx, H = k["fx"], k["H"]
    laces(sk, r, (0.3, -k["t"] - k["th"] * 1.15), (fx, -H), n=int(r.integers(4, 7)), drop=0.07)
    sk.line([(0.02, -k["t"] * 0.4), (0.98, -k["t"] * 0.4)])
    return sk


def b_work(r):
    sk, k = boot(r, heel=U(r, 0.03, 0.06), t=U(r, 0.09, 0.13), pointy=0.0, toe=U(r, 0.22, 0.28),
                 shaft=U(r, 0.7, 0.85))
    fx, H = k["fx"], k["H"]
    laces(sk, r, (0.3, -k["t"] - k["th"] * 1.15), (fx, -H), n=int(r.integers(3, 6)), drop=0.06)
    sk.line(bez((0.24, -k["t"]), (0.2, -k["t"] - k["th"]), (0.04, -k["t"] - k["th"] * 0.7), n=6))
    sk.line(ell((fx + 0.95) / 2, -H + 0.05, (0.95 - fx) / 2, 0.05, 0, 180, 8))
    sk.menu = {"stitch": 3}
    return sk


def b_stiletto(r):
    sk, k = boot(r, heel=U(r, 0.28, 0.4), pointy=U(r, 0.7, 1), t=0.03, stiletto=True,
                 shaft=U(r, 0.8, 1.0))
    return sk


def b_wedge(r):
    sk, k = boot(r, heel=U(r, 0.15, 0.28), wedge=True)
    sk.line([(0.85, -k["H"] + 0.05), (0.86, -k["h"] - 0.15)])
    return sk


def b_hiking(r):
    sk, k = boot(r, heel=U(r, 0.03, 0.05), t=U(r, 0.1, 0.14), pointy=0.0, toe=U(r, 0.22, 0.28),
                 shaft=U(r, 0.7, 0.85))
    fx, H = k["fx"], k["H"]
    laces(sk, r, (0.3, -k["t"] - k["th"] * 1.15), (fx, -H), n=int(r.integers(3, 6)))
    sk.line([(0.15, -k["t"] - 0.05), (0.45, -k["t"] - 0.12), (0.75, -k["t"] - 0.05)])
    sk.strap([(fx - 0.02, -H), (fx + 0.02, -H - 0.08), (fx + 0.08, -H)])
    return sk


def b_western(r):
    sk, k = boot(r, heel=U(r, 0.12, 0.2), pointy=1.0, shaft=U(r, 0.85, 1.0))
    H = k["H"]
    sk.line(bez((0.1, -k["t"] - 0.1), (0.3, -0.4), (0.5, -k["t"] - 0.12), n=8))
    sk.line(bez((0.6, -H * 0.3), (0.75, -H * 0.8), (0.9, -H * 0.3), n=8))
    sk.menu = {"studs": 2, "stitch": 2}
    return sk


def b_sock(r):
    sk, k = boot(r, heel=U(r, 0.15, 0.3), pointy=U(r, 0.5, 1.0), t=0.03, shaft=U(r, 0.85, 1.05))
    return sk


def b_buckle(r):
    sk, k = boot(r)
    H = k["H"]
    y = -H * 0.45
    sk.line([(k["fx"] - 0.05, y - 0.02), (0.97, y - 0.05)])
    sk.line([(k["fx"] - 0.05, y + 0.05), (0.97, y + 0.02)])
    sk.line([(0.7, y - 0.05), (0.78, y - 0.05), (0.78, y + 0.05), (0.7, y + 0.05)], closed=True)
    return sk


def b_chukka(r):
    sk, k = boot(r, heel=0.04, t=U(r, 0.07, 0.1), shaft=U(r, 0.6, 0.72), pointy=0.1)
    fx, H = k["fx"], k["H"]
    laces(sk, r, (fx - 0.1, -H * 0.55), (fx, -H), n=2)
    sk.line(bez((0.45, -k["t"]), (0.5, -H * 0.5), (fx - 0.06, -H * 0.65), n=6))
    return sk


def b_platform(r):
    sk, k = boot(r, heel=U(r, 0.12, 0.22), t=U(r, 0.12, 0.18), pointy=0.0)
    sk.line([(0.03, -k["t"] * 0.5), (0.97, -k["t"] * 0.5 - k["h"] * 0.6)])
    return sk


def sandal(r, heel=0.0, t=None, wedge=False, stiletto=False):
    """The sole (and heel), plus the line of the top of the foot that the straps go over: the foot
    itself is never drawn, its straps show its shape."""
    t = U(r, 0.03, 0.07) if t is None else t
    xs = np.linspace(0.0, 1.0, 14)
    base = -lift(xs, heel)
    top_edge = np.stack([xs, base - t], 1)
    bottom = np.stack([xs, base], 1)[::-1]
    bottom[-1, 0] += 0.03
    top_edge[0, 1] += t * 0.3
    sk = Sketch(side_view=True)
    if wedge and heel > 0:
        bottom = np.array([(1.0, 0.0), (0.3, 0.0), (0.04, 0.0)])
    sk.body(np.vstack([top_edge, bottom]))
    if heel > 0.06 and not wedge:
        hx = 0.84 if stiletto else U(r, 0.76, 0.82)
        w = 0.04 if stiletto else U(r, 0.1, 0.16)
        sk.body([(0.8, -heel), (0.98, -heel), (hx + w, 0.0), (hx, 0.0)])
    toe, instep = U(r, 0.1, 0.15), U(r, 0.25, 0.35)
    y = lambda x: float(-lift(x, heel) - t)
    foot = lambda x: y(x) - toe - instep * float(smooth(x / 0.7))
    k = dict(t=t, heel=heel, y=y, foot=foot)
    sk.area = [sk.bodies[0]]
    sk.spot = (0.3, foot(0.3) + 0.05, 0.06)
    sk.trims = [np.stack([xs[1:-1], base[1:-1] - t * 0.5], 1)]
    return sk, k


def over(k, x0, x1, xm=None):
    """A strap from the sole at x0, rounded over the foot (near xm) and down to the sole at x1."""
    xm = (x0 + x1) / 2 if xm is None else xm
    y0, y1, top = k["y"](x0), k["y"](x1), k["foot"](xm)
    lift_to = lambda y: y + (top - y) * 1.33
    return bez((x0, y0), (xm - (xm - x0) * 0.5, lift_to(y0)), (xm + (x1 - xm) * 0.5, lift_to(y1)), (x1, y1), n=12)


def band(k, x0, x1, width=0.06):
    """A wide strap, outlined and painted like the sole."""
    outer = over(k, x0, x1)
    inner = over(k, x0 + width, x1 - width)[::-1] + [0, width * 0.8]
    inner[[0, -1], 1] = [k["y"](x1 - width), k["y"](x0 + width)]
    return np.vstack([outer, inner])


def ankle_strap(sk, k, r):
    """Up the back of the heel, then forward round the ankle to the instep."""
    ya = k["y"](0.9) - U(r, 0.32, 0.45)
    xf = U(r, 0.62, 0.72)
    sk.strap([(0.97, k["y"](0.97)), (0.97, ya), (xf, min(ya + 0.06, k["foot"](xf)))])
    if r.random() < 0.4:   # a T-bar down to the toe strap
        sk.strap([(xf + 0.02, ya + 0.04), (0.35, k["foot"](0.35))])


def sa_flipflop(r):
    sk, k = sandal(r, t=U(r, 0.05, 0.08))
    sk.strap(over(k, 0.2, U(r, 0.5, 0.6), 0.36))
    return sk


def sa_slide(r):
    sk, k = sandal(r, t=U(r, 0.06, 0.1))
    x0, x1 = U(r, 0.05, 0.12), U(r, 0.45, 0.55)
    xm = (x0 + x1) / 2
    top = k["foot"](xm)
    sk.body(bez((x0, k["y"](x0)), (x0 + 0.03, top), (x1 - 0.02, top), (x1, k["y"](x1)), n=12))
    sk.area = [sk.bodies[-1]]
    sk.spot = (xm, top * 0.6 + k["y"](xm) * 0.4, 0.08)
    return sk


def sa_strappy(r):
    sk, k = sandal(r)
    sk.strap(over(k, 0.05, 0.3))
    sk.strap(over(k, U(r, 0.3, 0.38), U(r, 0.55, 0.65)))
    ankle_strap(sk, k, r)
    return sk


def sa_stiletto(r):
    sk, k = sandal(r, heel=U(r, 0.3, 0.42), t=0.03, stiletto=True)
    sk.strap(over(k, 0.04, 0.28))
    ankle_strap(sk, k, r)
    return sk


def sa_block(r):
    sk, k = sandal(r, heel=U(r, 0.15, 0.3), t=0.04)
    sk.strap(over(k, 0.04, 0.35))
    if r.random() < 0.6:
        ankle_strap(sk, k, r)
    else:
        sk.strap(over(k, 0.55, 0.99, 0.72))
    return sk


def sa_wedge(r):
    sk, k = sandal(r, heel=U(r, 0.2, 0.3), t=U(r, 0.05, 0.08), wedge=True)
    sk.menu = {"stripes": 3}
    sk.stripe = 0.0
    sk.strap(over(k, 0.05, 0.3))
    sk.strap(over(k, 0.3, 0.55))
    ankle_strap(sk, k, r)
    return sk


def sa_sport(r):
    sk, k = sandal(r, t=U(r, 0.09, 0.13))
    sk.body(band(k, 0.08, 0.38))
    sk.body(band(k, 0.42, 0.72))
    ankle_strap(sk, k, r)
    xs = np.linspace(0.05, 0.95, 13)
    sk.line(np.stack([xs, -0.02 - 0.025 * (np.arange(13) % 2)], 1))
    return sk


def sa_platform(r):
    sk, k = sandal(r, t=U(r, 0.14, 0.2), heel=U(r, 0.0, 0.1), wedge=True)
    sk.strap(over(k, 0.05, 0.4))
    ankle_strap(sk, k, r)
    sk.line([(0.03, -k["t"] * 0.5), (0.97, -k["t"] * 0.5 - k["heel"] * 0.7)])
    return sk


def sa_gladiator(r):
    sk, k = sandal(r)
    y = k["y"]
    for x0, x1 in ((0.05, 0.25), (0.25, 0.45), (0.45, 0.65)):
        sk.strap(over(k, x0, x1))
    top = y(0.88) - U(r, 0.5, 0.7)
    sk.strap([(0.97, y(0.97)), (0.95, top)])
    sk.strap([(0.65, y(0.65)), (0.75, top)])
    for yy in np.linspace(y(0.9) - 0.12, top + 0.02, 4):
        sk.strap([(0.72, yy + 0.02), (0.96, yy)])
    return sk


def sa_twoband(r):
    sk, k = sandal(r, t=U(r, 0.07, 0.1))
    for x0, x1 in ((0.06, 0.36), (0.38, 0.68)):
        sk.body(band(k, x0, x1, 0.07))
        xm = (x0 + x1) / 2
        sk.dot(xm + 0.06, k["foot"](xm) + 0.06, 0.02)
    return sk


def sa_crossed(r):
    sk, k = sandal(r, heel=pick(r, [0.0, U(r, 0.1, 0.25)]))
    y, foot = k["y"], k["foot"]
    sk.strap([(0.06, y(0.06)), (0.45, foot(0.45)), (0.55, y(0.55))])
    sk.strap([(0.45, y(0.45)), (0.15, foot(0.15)), (0.06, y(0.06))])
    if r.random() < 0.6:
        ankle_strap(sk, k, r)
    return sk


# ---- Bag (front view) -------------------------------------------------------------------------

def rounded_rect(w, h, rad, y0=0.0):
    rad = min(rad, w, h / 2)
    pts = []
    for cx, cy, a0 in ((w - rad, y0 + h - rad, 0), (-w + rad, y0 + h - rad, 90),
                       (-w + rad, y0 + rad, 180), (w - rad, y0 + rad, 270)):
        pts.append(ell(cx, cy, rad, rad, a0, a0 + 90, 5))
    return np.vstack(pts)


def handle(x0, x1, y, h, n=12):
    return bez((x0, y), (x0, y - h * 1.3), (x1, y - h * 1.3), (x1, y), n=n)


def bag(pts):
    sk = Sketch()
    sk.body(pts)
    ys = np.asarray(pts)[:, 1]
    sk.spot = (0.0, (ys.min() + ys.max()) / 2, (ys.max() - ys.min()) * 0.35)
    return sk


def bg_tote(r):
    tw, bw, h = U(r, 0.38, 0.45), U(r, 0.3, 0.38), U(r, 0.6, 0.8)
    sk = bag([(-tw, 0), (tw, 0), (bw, h), (-bw, h)])
    hx = U(r, 0.15, 0.25)
    sk.strap(handle(-hx, hx, 0.0, U(r, 0.25, 0.4)))
    if r.random() < 0.4:
        sk.strap(handle(-hx + 0.05, hx - 0.05, 0.0, U(r, 0.2, 0.3)))
    sk.stripe = 90.0
    return sk


def bg_handbag(r):
    tw, bw, h = U(r, 0.26, 0.33), U(r, 0.36, 0.44), U(r, 0.45, 0.6)
    sk = bag(np.vstack([[(-tw, 0), (tw, 0)], bez((bw, h * 0.6), (bw, h), (bw - 0.08, h), n=5),
                        bez((-bw + 0.08, h), (-bw, h), (-bw, h * 0.6), n=5)]))
    sk.strap(handle(-tw * 0.6, tw * 0.6, 0.0, U(r, 0.15, 0.25)))
    fy = h * U(r, 0.35, 0.5)
    sk.line(bez((-tw * 1.1, 0.02), (-tw * 0.5, fy * 1.6), (tw * 0.5, fy * 1.6), (tw * 1.1, 0.02), n=10))
    sk.dot(0.0, fy * 1.2, 0.03)
    return sk


def bg_backpack(r):
    w, h = U(r, 0.28, 0.34), U(r, 0.75, 0.95)
    sk = bag(np.vstack([ell(0, w, w, w, 180, 360, 12), [(w, h), (-w, h)]]))
    sk.strap(ell(0, -0.02, 0.07, 0.07, 180, 360, 8))
    py = h * U(r, 0.5, 0.6)
    sk.line(rounded_rect(w * 0.7, h - py - 0.05, 0.06, py), closed=True)
    sk.line(ell(0, w + 0.03, w * 0.8, w * 0.8, 200, 340, 10))
    sk.line([(-w * 0.7, py + 0.06), (w * 0.7, py + 0.06)])
    for s in (-1, 1):
        sk.strap([(s * w * 0.8, w * 0.4), (s * (w + 0.06), h * 0.5), (s * w * 0.95, h * 0.9)])
    sk.spot = (0.0, (py + h) / 2, 0.1)
    return sk


def bg_shoulder(r):
    w, h = U(r, 0.3, 0.4), U(r, 0.25, 0.4)
    sk = bag(rounded_rect(w, h, U(r, 0.02, 0.08)))
    top = U(r, 0.35, 0.6)
    sk.strap(bez((-w * 0.9, 0.0), (-w * 1.3, -top), (w * 1.3, -top), (w * 0.9, 0.0), n=16))
    if r.random() < 0.6:
        sk.line([(-w, h * 0.35), (0.0, h * 0.65), (w, h * 0.35)])
    return sk


def bg_clutch(r):
    w, h = U(r, 0.3, 0.4), U(r, 0.36, 0.5)
    sk = bag(rounded_rect(w, h, 0.03))
    fy = h * U(r, 0.45, 0.7)
    sk.line([(-w, 0.01), (0.0, fy), (w, 0.01)])
    sk.dot(0.0, fy - 0.02, 0.025)
    if r.random() < 0.3:
        sk.strap(ell(w + 0.05, h * 0.5, 0.08, 0.12, 0, 360, 12))
    return sk


def bg_satchel(r):
    w, h = U(r, 0.32, 0.4), U(r, 0.45, 0.6)
    sk = bag(rounded_rect(w, h, 0.06))
    fy = h * U(r, 0.5, 0.65)
    sk.line(np.vstack([[(-w, 0.03)], rounded_rect(w * 0.98, fy, 0.08)[:10][::-1], [(w, 0.03)]]))
    for x in (-w * 0.45, w * 0.45):
        sk.line([(x - 0.025, 0.0), (x - 0.025, fy + 0.07)])
        sk.line([(x + 0.025, 0.0), (x + 0.025, fy + 0.07)])
    sk.strap(handle(-0.1, 0.1, 0.0, 0.12))
    return sk


def bg_bucket(r):
    """Cinched at the top by a drawstring, flat at the bottom, on a long strap."""
    w, h = U(r, 0.26, 0.32), U(r, 0.55, 0.7)
    right = np.vstack([[(w * 0.75, 0.0)], bez((w * 0.85, h * 0.12), (w * 1.05, h * 0.3), (w, h * 0.6), n=5),
                       ell(w - 0.06, h - 0.06, 0.06, 0.06, 0, 90, 4)])
    sk = bag(np.vstack([right, mirrored(right[::-1])]))
    xs = np.linspace(-w * 0.75, w * 0.75, 9)
    sk.line(np.stack([xs, 0.06 + 0.02 * (np.arange(9) % 2)], 1))
    for s in (-1, 1):
        sk.line([(s * 0.02, 0.07), (s * 0.06, 0.22)])
        sk.dot(s * 0.06, 0.23, 0.02)
    sk.strap(bez((-w * 0.75, 0.0), (-w * 1.2, -U(r, 0.4, 0.6)), (w * 1.2, -U(r, 0.4, 0.6)), (w * 0.75, 0.0), n=14))
    return sk


def bg_duffel(r):
    w, h = U(r, 0.42, 0.5), U(r, 0.32, 0.42)
    sk = bag(rounded_rect(w, h, h * 0.45))
    sk.line([(-w * 0.8, 0.04), (w * 0.8, 0.04)])
    for s in (-1, 1):
        sk.line(ell(s * (w - h * 0.35), h / 2, h * 0.25, h * 0.4, 0, 360, 12), closed=True)
    sk.strap(handle(-0.16, 0.16, 0.0, U(r, 0.2, 0.3)))
    if r.random() < 0.4:
        sk.strap(handle(-w * 0.9, w * 0.9, h * 0.3, U(r, 0.4, 0.55)))
    return sk


def bg_kisslock(r):
    """A purse on a metal frame that clicks shut with two little balls."""
    w, h = U(r, 0.3, 0.36), U(r, 0.36, 0.46)
    right = bez((w * 0.7, 0.0), (w * 1.1, h * 0.2), (w * 1.05, h * 0.85), (w * 0.55, h), n=8)
    frame = ell(0, 0.0, w * 0.7, h * 0.16, 180, 360, 9)
    sk = bag(np.vstack([frame, right, mirrored(right[::-1])]))
    sk.line(ell(0, h * 0.08, w * 0.78, h * 0.16, 185, 355, 9))
    sk.dot(-0.03, -h * 0.16 - 0.025, 0.028)
    sk.dot(0.03, -h * 0.16 - 0.025, 0.028)
    if r.random() < 0.8:
        sk.strap(handle(-w * 0.65, w * 0.65, 0.0, U(r, 0.2, 0.4)))
    return sk


def bg_crossbody(r):
    w, h = U(r, 0.2, 0.26), U(r, 0.22, 0.3)
    sk = bag(rounded_rect(w, h, 0.04))
    sk.line([(-w, h * 0.45), (w, h * 0.45)])
    sk.dot(0.0, h * 0.45, 0.025)
    top = U(r, 0.45, 0.8)
    sk.strap(bez((-w * 0.9, 0.0), (-w * 1.6, -top), (w * 1.6, -top), (w * 0.9, 0.0), n=16))
    return sk


def bg_bowling(r):
    w, h = U(r, 0.4, 0.48), U(r, 0.4, 0.5)
    sk = bag(np.vstack([ell(0, h * 0.55, w, h * 0.55, 180, 360, 14), [(w, h), (-w, h)]]))
    sk.line(ell(0, h * 0.55, w * 0.8, h * 0.4, 190, 350, 10))
    sk.strap(handle(-0.15, 0.15, h * 0.05, U(r, 0.15, 0.22)))
    return sk


def bg_briefcase(r):
    w, h = U(r, 0.42, 0.5), U(r, 0.32, 0.4)
    sk = bag(rounded_rect(w, h, 0.03))
    sk.strap([(-0.1, 0.0), (-0.1, -0.08), (0.1, -0.08), (0.1, 0.0)])
    sk.line([(-w, h * 0.3), (w, h * 0.3)])
    for x in (-w * 0.6, w * 0.6):
        sk.line([(x - 0.03, h * 0.25), (x + 0.03, h * 0.25), (x + 0.03, h * 0.37), (x - 0.03, h * 0.37)],
                closed=True)
    return sk


def bg_halfmoon(r):
    w = U(r, 0.35, 0.45)
    sk = bag(ell(0, 0, w, w * U(r, 0.8, 1.0), 0, 180, 16))
    sk.strap(handle(-w * 0.85, w * 0.85, 0.0, U(r, 0.25, 0.4)))
    sk.line(ell(0, 0.0, w * 0.85, w * 0.7, 10, 170, 10))
    return sk


# ----------------------------------------------------------------------------------------------
# Decorations, in garment units, clipped to the garment later.

def parallel(rect, angle, sp, phase=0.0):
    """Segments of parallel lines at `angle` degrees, `sp` apart, across `rect`."""
    x0, y0, x1, y1 = rect
    a = math.radians(angle)
    dv = np.array([math.cos(a), math.sin(a)])
    nv = np.array([-dv[1], dv[0]])
    proj = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]]) @ nv
    segs = []
    for c in np.arange(proj.min() + phase % sp, proj.max(), sp):
        base = c * nv
        lo, hi = -1e9, 1e9
        for i, (a0, a1) in enumerate(((x0, x1), (y0, y1))):
            if abs(dv[i]) < 1e-9:
                if not a0 <= base[i] <= a1:
                    lo, hi = 1.0, 0.0
            else:
                t0, t1 = (a0 - base[i]) / dv[i], (a1 - base[i]) / dv[i]
                lo, hi = max(lo, min(t0, t1)), min(hi, max(t0, t1))
        if hi > lo:
            segs.append(np.array([base + lo * dv, base + hi * dv]))
    return segs


def waved(seg, amp, period):
    t = np.linspace(0, 1, 9)[:, None]
    pts = seg[0] + t * (seg[1] - seg[0])
    d = seg[1] - seg[0]
    length = np.hypot(*d) + 1e-9
    n = np.array([-d[1], d[0]]) / length
    return pts + n * amp * np.sin(t * length / period * 2 * np.pi)


def heart(cx, cy, s):
    t = np.linspace(0, 2 * np.pi, 20)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    return np.stack([cx + x / 34 * s, cy + (y + 2) / 34 * s], 1)


def star(cx, cy, s, n=5):
    a = np.radians(np.arange(2 * n) * 180 / n - 90)
    rad = np.where(np.arange(2 * n) % 2 == 0, s / 2, s * 0.2)
    return np.stack([cx + rad * np.cos(a), cy + rad * np.sin(a)], 1)


GLYPHS = {   # a stroke font in a 0.6 x 1 box, y down: the letters of the words people write
    "L": [[(0, 0), (0, 1), (0.6, 1)]],
    "O": [ell(0.3, 0.5, 0.3, 0.5, 0, 360, 14)],
    "V": [[(0, 0), (0.3, 1), (0.6, 0)]],
    "E": [[(0.6, 0), (0, 0), (0, 1), (0.6, 1)], [(0, 0.5), (0.45, 0.5)]],
    "N": [[(0, 1), (0, 0), (0.6, 1), (0.6, 0)]],
    "Y": [[(0, 0), (0.3, 0.5), (0.6, 0)], [(0.3, 0.5), (0.3, 1)]],
    "C": [ell(0.32, 0.5, 0.3, 0.5, 40, 320, 12)],
    "H": [[(0, 0), (0, 1)], [(0.6, 0), (0.6, 1)], [(0, 0.5), (0.6, 0.5)]],
    "I": [[(0.3, 0), (0.3, 1)]],
    "K": [[(0, 0), (0, 1)], [(0.6, 0), (0, 0.55), (0.6, 1)]],
    "X": [[(0, 0), (0.6, 1)], [(0.6, 0), (0, 1)]],
    "S": [[(0.6, 0.12), (0.3, 0), (0.02, 0.2), (0.3, 0.5), (0.58, 0.75), (0.3, 1), (0, 0.88)]],
    "B": [[(0, 0), (0, 1)], [(0, 0), (0.4, 0), (0.55, 0.12), (0.55, 0.35), (0.4, 0.5), (0, 0.5)],
          [(0.4, 0.5), (0.6, 0.62), (0.6, 0.88), (0.45, 1), (0, 1)]],
    "G": [ell(0.32, 0.5, 0.3, 0.5, 20, 330, 12), [(0.35, 0.6), (0.6, 0.6), (0.6, 0.95)]],
    "A": [[(0, 1), (0.3, 0), (0.6, 1)], [(0.12, 0.6), (0.48, 0.6)]],
    "0": [ell(0.3, 0.5, 0.3, 0.5, 0, 360, 14)],
    "1": [[(0.1, 0.2), (0.35, 0), (0.35, 1)]],
    "2": [[(0, 0.25), (0.15, 0.02), (0.45, 0.02), (0.6, 0.25), (0, 1), (0.6, 1)]],
    "3": [[(0, 0.05), (0.55, 0.05), (0.25, 0.45), (0.55, 0.6), (0.6, 0.85), (0.3, 1), (0, 0.9)]],
    "4": [[(0.45, 1), (0.45, 0), (0, 0.7), (0.6, 0.7)]],
    "5": [[(0.6, 0), (0.05, 0), (0, 0.45), (0.4, 0.42), (0.6, 0.65), (0.5, 0.95), (0, 0.95)]],
    "6": [[(0.5, 0), (0.1, 0.4), (0, 0.75), (0.3, 1), (0.6, 0.75), (0.3, 0.5), (0.05, 0.65)]],
    "7": [[(0, 0), (0.6, 0), (0.2, 1)]],
    "8": [ell(0.3, 0.25, 0.25, 0.25, 0, 360, 12), ell(0.3, 0.72, 0.3, 0.28, 0, 360, 12)],
    "9": [[(0.55, 0.35), (0.3, 0.55), (0.05, 0.35), (0.3, 0), (0.55, 0.3), (0.5, 1)]],
}
WORDS = ("LOVE", "NYC", "HI", "OK", "XO", "COOL", "YES", "BOSS", "GO", "LA", "SK8", "NO")


def text(word, cx, cy, s, flip=False):
    """Items for `word` centred on (cx, cy), letters s high."""
    n = len(word)
    adv = 0.85 * s
    x0 = cx - (n * adv - 0.25 * s) / 2
    items = []
    for i, ch in enumerate(word):
        for stroke in GLYPHS[ch]:
            pts = np.asarray(stroke, float) * s + [x0 + i * adv, cy - s / 2]
            if flip:   # drawn in the mirrored frame, so that it reads the right way round
                pts = pts * [-1, 1] + [2 * cx, 0]
            items.append(("line", pts, 0.8))
    return items


def motif(r, sk, kind, flip):
    x, y, s = sk.spot
    if kind == "heart":
        pts = heart(x, y, s)
        return [("poly", pts)] if r.random() < 0.5 else [("line", pts, 1.0)]
    if kind == "star":
        pts = star(x, y, s * 1.1)
        return [("poly", pts)] if r.random() < 0.4 else [("line", np.vstack([pts, pts[:1]]), 1.0)]
    if kind == "number":
        num = str(int(r.integers(1, 100)))
        return text(num, x, y, s * 0.9, flip)
    if kind == "word":
        word = pick(r, WORDS)
        return text(word, x, y, min(s * 0.6, 1.6 * s / len(word)), flip)
    if kind == "bolt":
        return [("line", np.array([(x + s * 0.15, y - s * 0.5), (x - s * 0.15, y + s * 0.05),
                                   (x + s * 0.15, y - s * 0.05), (x - s * 0.15, y + s * 0.5)]), 1.0)]
    if kind == "smile":
        return [("line", ell(x, y, s / 2, s / 2, 0, 360, 16), 1.0),
                ("line", ell(x, y, s * 0.3, s * 0.25, 20, 160, 8), 0.8),
                ("dot", x - s * 0.15, y - s * 0.12, s * 0.06), ("dot", x + s * 0.15, y - s * 0.12, s * 0.06)]
    # logo: a ring, a ring with a bar, a swoosh or a triangle
    form = int(r.integers(4))
    if form == 0:
        return [("line", ell(x, y, s / 2, s / 2, 0, 360, 16), 1.0)]
    if form == 1:
        return [("line", ell(x, y, s / 2, s / 2, 0, 360, 16), 1.0),
                ("line", np.array([(x - s / 2, y), (x + s / 2, y)]), 1.0)]
    if form == 2:
        return [("poly", np.vstack([bez((x - s * 0.5, y - s * 0.1), (x - s * 0.4, y + s * 0.35),
                                        (x + s * 0.6, y - s * 0.3), n=8),
                                    bez((x + s * 0.6, y - s * 0.3), (x - s * 0.2, y + s * 0.1),
                                        (x - s * 0.5, y - s * 0.1), n=8)]))]
    return [("line", np.array([(x, y - s / 2), (x + s / 2, y + s / 2), (x - s / 2, y + s / 2), (x, y - s / 2)]),
             1.0)]


def dashed(pts, dash, gap):
    pts = np.asarray(pts, float)
    seg = np.hypot(*np.diff(pts, axis=0).T)
    cum = np.concatenate([[0], np.cumsum(seg)])
    out = []
    s = 0.0
    while s < cum[-1]:
        e = min(s + dash, cum[-1])
        ts = np.linspace(s, e, 3)
        out.append(np.stack([np.interp(ts, cum, pts[:, 0]), np.interp(ts, cum, pts[:, 1])], 1))
        s = e + gap
    return out


def inset(poly, f):
    c = poly.mean(axis=0)
    return c + (poly - c) * f


def box_of(polys):
    pts = np.vstack(polys)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    return x0, y0, x1, y1


def decoration(kind, r, sk, amount, flip):
    """Pattern items ("line", pts, width), ("poly", pts), ("dot"/"ring", x, y, r) for one kind of
    decoration; amount 1 = a touch, 2 = some, 3 = all over."""
    area = sk.area or sk.bodies
    x0, y0, x1, y1 = box = box_of(area)
    w, h = x1 - x0, y1 - y0
    m = min(w, h)
    items = []
    if kind in ("stripes", "vstripes", "dstripes"):
        angle = {"stripes": sk.stripe, "vstripes": 90.0, "dstripes": pick(r, [45.0, -45.0, 30.0])}[kind]
        n = {1: U(r, 2, 3), 2: U(r, 4, 6), 3: U(r, 6, 11)}[amount]
        span = w if abs(math.sin(math.radians(angle))) > 0.7 else h
        sp = span / n
        if amount == 1:   # a couple of stripes across the chest or the hem
            yc = pick(r, [y0 + h * 0.3, y0 + h * 0.8, y0 + h * 0.5])
            band = (x0, yc - sp * 1.2, x1, yc + sp * 1.2) if angle == 0 else box
            segs = parallel(band, angle, sp * 0.5, U(r, 0, sp))
        else:
            segs = parallel(box, angle, sp, U(r, 0, sp))
        wavy = r.random() < 0.2
        bands = amount == 3 and r.random() < 0.35
        for seg in segs:
            if bands:
                d = seg[1] - seg[0]
                nv = np.array([-d[1], d[0]]) / (np.hypot(*d) + 1e-9) * sp * 0.22
                items.append(("poly", np.array([seg[0] - nv, seg[1] - nv, seg[1] + nv, seg[0] + nv])))
            else:
                items.append(("line", waved(seg, sp * 0.15, sp * 1.5) if wavy else seg, 1.0))
    elif kind in ("checks", "quilt", "diamonds"):
        n = {1: U(r, 3, 4), 2: U(r, 4, 6), 3: U(r, 5, 9)}[amount]
        sp = m / n * (1.3 if kind == "checks" else 1.0)
        if kind == "checks":
            angles = (0.0, 90.0)
        elif kind == "diamonds" or r.random() < 0.5:
            angles = (45.0, -45.0) if r.random() < 0.6 else (60.0, -60.0)
        else:
            angles = (0.0,)   # a puffer's channels
        plaid = kind == "checks" and r.random() < 0.5
        for a in angles:
            for seg in parallel(box, a, sp, U(r, 0, sp)):
                items.append(("line", seg, 1.0))
                if plaid:
                    items.append(("line", seg + np.array([-math.sin(math.radians(a)), math.cos(math.radians(a))])
                                  * sp * 0.2, 0.6))
        if kind == "diamonds" and r.random() < 0.4:   # argyle: a column of painted diamonds
            s = sp * 0.5
            for yy in np.arange(y0 + s, y1, 2 * s):
                items.append(("poly", np.array([(0, yy - s), (s * 0.7, yy), (0, yy + s), (-s * 0.7, yy)])))
    elif kind == "chequer":
        sp = m / U(r, 3, 6)
        for i, xx in enumerate(np.arange(x0, x1, sp)):
            for j, yy in enumerate(np.arange(y0, y1, sp)):
                if (i + j) % 2 == 0:
                    items.append(("poly", np.array([(xx, yy), (xx + sp, yy), (xx + sp, yy + sp), (xx, yy + sp)])))
    elif kind == "dots":
        sp = m / {1: 3.0, 2: U(r, 3.5, 5), 3: U(r, 5, 8)}[amount]
        rad = sp * U(r, 0.1, 0.22)
        ring = r.random() < 0.3
        pts = [(xx + (sp / 2 if j % 2 else 0), yy) for j, yy in enumerate(np.arange(y0 + sp / 3, y1, sp))
               for xx in np.arange(x0 + U(r, 0, sp / 2), x1, sp)]
        if amount == 1:
            pts = [pts[i] for i in r.permutation(len(pts))[:int(r.integers(3, 7))]]
        for px, py in pts:
            items.append(("ring" if ring else "dot", px + U(r, -0.1, 0.1) * sp, py + U(r, -0.1, 0.1) * sp, rad))
    elif kind == "flowers":
        sp = m / {1: 2.5, 2: U(r, 2.5, 3.5), 3: U(r, 3.5, 5.5)}[amount]
        pts = [(xx + (sp / 2 if j % 2 else 0) + U(r, -0.2, 0.2) * sp, yy + U(r, -0.2, 0.2) * sp)
               for j, yy in enumerate(np.arange(y0 + sp / 2, y1, sp)) for xx in np.arange(x0, x1, sp)]
        if amount == 1:
            pts = [pts[i] for i in r.permutation(len(pts))[:int(r.integers(1, 4))]]
        s = sp * U(r, 0.22, 0.32)
        daisy = r.random() < 0.5
        for px, py in pts:
            items.append(("dot", px, py, s * 0.3))
            for a in np.radians(np.arange(5) * 72 + U(r, 0, 72)):
                if daisy:
                    items.append(("ring", px + s * math.cos(a), py + s * math.sin(a), s * 0.38))
                else:
                    tip = (px + s * 1.2 * math.cos(a), py + s * 1.2 * math.sin(a))
                    items.append(("line", np.array([(px, py), tip]), 0.7))
    elif kind == "cable":
        cols = int(r.integers(2, 5))
        for xc in np.linspace(x0, x1, cols + 2)[1:-1]:
            ys = np.linspace(y0, y1, 24)
            a, per = w / cols * 0.18, U(r, 0.12, 0.2)
            for ph in (0, np.pi):
                items.append(("line", np.stack([xc + a * np.sin(ys / per * 2 * np.pi + ph), ys], 1), 0.8))
            for s in (-1, 1):
                items.append(("line", np.array([(xc + s * a * 1.8, y0), (xc + s * a * 1.8, y1)]), 0.6))
    elif kind == "hatch":
        frac = {1: 0.2, 2: 0.3, 3: 0.45}[amount]
        rect = (x1 - w * frac, y0, x1, y1) if r.random() < 0.5 else (x0, y0, x0 + w * frac, y1)
        sp = m / U(r, 8, 14)
        for seg in parallel(rect, pick(r, [45.0, 60.0, -45.0, 120.0]), sp, U(r, 0, sp)):
            items.append(("line", seg, 0.6))
    elif kind == "folds":
        n = {1: 2, 2: 3, 3: 5}[amount]
        for _ in range(n):
            px, py = U(r, x0 + w * 0.15, x1 - w * 0.15), U(r, y0 + h * 0.2, y1 - h * 0.1)
            if sk.stripe == 90.0 and not sk.side_view and r.random() < 0.5:
                length = h * U(r, 0.15, 0.35)   # long folds down a leg or a skirt
                items.append(("line", bez((px, py), (px + U(r, -0.05, 0.05), py + length / 2),
                                          (px + U(r, -0.04, 0.04), py + length), n=6), 0.6))
            else:
                length = w * U(r, 0.1, 0.2)   # wrinkles across, at a knee or an elbow
                items.append(("line", bez((px, py), (px + length / 2, py + U(r, -0.04, 0.04)), (px + length, py),
                                          n=6), 0.6))
    elif kind == "stitch":
        paths = sk.trims or [inset(b, 1 - 0.05 / max(0.3, m)) for b in area]
        if amount == 1:
            paths = paths[:1]
        for p in paths:
            p = np.vstack([p, p[:1]]) if len(p) > 4 and not sk.trims else p
            for dash in dashed(p, m * 0.05, m * 0.04):
                items.append(("line", dash, 0.5))
    elif kind == "studs":
        paths = sk.trims or [inset(b, 0.85) for b in area]
        rad = m * U(r, 0.02, 0.035)
        for p in paths[: 1 if amount == 1 else None]:
            seg = np.hypot(*np.diff(p, axis=0).T)
            cum = np.concatenate([[0], np.cumsum(seg)])
            for s in np.arange(rad * 2, cum[-1], rad * U(r, 3, 5)):
                items.append(("dot", np.interp(s, cum, p[:, 0]), np.interp(s, cum, p[:, 1]), rad))
    elif kind == "block":
        if r.random() < 0.5:
            ya = U(r, y0 + h * 0.3, y0 + h * 0.6)
            items.append(("poly", np.array([(x0, ya), (x1, ya), (x1, ya + h * U(r, 0.1, 0.25)), (x0, ya + h * 0.18)])))
        else:
            items.append(("poly", np.array([(x0, y1), (x1, y0 + h * U(r, 0.4, 0.7)), (x1, y1)])))
    elif kind == "rips":
        for s in (-1, 1):
            if amount == 1 and s < 0:
                continue
            xc = s * (x1 * 0.45)
            for yy in np.linspace(0.5, 0.62, int(r.integers(2, 5))):
                items.append(("line", np.array([(xc - 0.05, yy), (xc + 0.05, yy + U(r, -0.01, 0.01))]), 0.6))
    elif kind == "brand":
        x, y, s = sk.spot
        form = int(r.integers(3))
        if form == 0:
            for i in range(int(r.integers(2, 4))):
                dx = (i - 1) * s * 0.35
                items.append(("line", np.array([(x + dx + s * 0.35, y + s * 0.55), (x + dx - s * 0.2, y - s * 0.6)]),
                              1.0))
        elif form == 1:
            items.append(("poly", np.vstack([bez((x - s * 1.1, y + s * 0.1), (x - s * 0.6, y + s * 0.8),
                                                 (x + s * 1.0, y - s * 0.5), n=8),
                                             bez((x + s * 1.0, y - s * 0.5), (x - s * 0.3, y + s * 0.35),
                                                 (x - s * 1.1, y + s * 0.1), n=8)])))
        else:
            items.append(("line", bez((x - s, y + s * 0.3), (x, y + s * 0.7), (x + s, y - s * 0.3), n=8), 1.0))
            items.append(("line", bez((x - s * 0.9, y), (x, y + s * 0.4), (x + s * 0.9, y - s * 0.55), n=8), 1.0))
    elif kind == "motif" and sk.spot:
        kinds = ["heart", "star", "logo", "bolt"] if sk.side_view else \
            ["heart", "star", "logo", "number", "word", "smile", "bolt"]
        items += motif(r, sk, pick(r, kinds), flip)
    return items


MENUS = {   # which decorations each class's decorators reach for, and how often
    0: {"stripes": 3, "dots": 2, "motif": 4, "hatch": 1, "stitch": 0.5, "checks": 0.5, "block": 1,
        "flowers": 1, "dstripes": 0.5},
    1: {"vstripes": 1, "checks": 1.5, "hatch": 2, "folds": 2.5, "stitch": 2, "rips": 1.5, "dots": 0.3,
        "flowers": 0.2},
    2: {"stripes": 3, "diamonds": 3, "cable": 2, "motif": 2, "dots": 0.7, "block": 1, "hatch": 1,
        "checks": 0.3, "flowers": 0.3},
    3: {"flowers": 3, "dots": 3, "stripes": 1.5, "checks": 1, "folds": 2, "hatch": 1, "block": 0.5,
        "dstripes": 0.5},
    4: {"checks": 4, "quilt": 1.5, "stitch": 1.2, "hatch": 1.5, "folds": 1, "dots": 0.3, "stripes": 0.3,
        "block": 0.5},
    5: {"stitch": 2, "studs": 1, "hatch": 0.5, "stripes": 0.5, "dots": 0.5, "motif": 0.5},
    6: {"checks": 5, "stripes": 3, "dots": 1, "flowers": 1, "hatch": 1, "motif": 0.4, "stitch": 0.5},
    7: {"brand": 5, "stitch": 2, "dots": 1, "hatch": 1, "motif": 0.5, "stripes": 0.5},
    8: {"quilt": 3, "stripes": 1.5, "checks": 1.5, "dots": 1, "motif": 1.5, "stitch": 2, "flowers": 0.5,
        "block": 0.7},
    9: {"studs": 2.5, "stitch": 2, "hatch": 2, "quilt": 0.3, "motif": 0.3, "stripes": 0.3},
}
LIGHT = {"motif", "stitch", "hatch", "folds", "dots", "stripes", "studs", "rips", "brand", "flowers"}


def decorate(r, sk, label, flip):
    """How much this decorator does this time: nothing (bored), a touch, some, or all over."""
    level = int(r.choice(4, p=[0.22, 0.13, 0.3, 0.35]))
    if level == 0:
        return []
    menu = dict(MENUS[label])
    for kind, weight in sk.menu.items():
        menu[kind] = menu.get(kind, 0) + weight
    if not sk.spot:
        menu.pop("motif", None)
    if level == 1:
        menu = {k: v for k, v in menu.items() if k in LIGHT} or menu
    kinds = list(menu)
    weights = np.array([menu[k] for k in kinds], float)
    first = kinds[int(r.choice(len(kinds), p=weights / weights.sum()))]
    items = decoration(first, r, sk, level, flip)
    if level == 3 and r.random() < 0.5:
        extra = pick(r, [k for k in ("motif", "hatch", "stitch", "folds") if k in menu and k != first] or [first])
        items += decoration(extra, r, sk, 2, flip)
    return items


# ----------------------------------------------------------------------------------------------
# The hand.

@dataclass
class Hand:
    brush: float       # stroke width on the 2x canvas
    detail: float      # width of inner lines
    fine: float        # width of pattern lines
    wobble: float      # how far a stroke strays, px on the 2x canvas
    gap: float         # >0: closed strokes left this open; <0: overshoot
    size: float        # the drawing's longest side, as a share of the canvas
    tilt: float
    stretch: float
    flip: bool


def draw_hand(r, sk, style) -> Hand:
    # The default brush, or one they chose: thinner to draw lines, fatter to paint with.
    low, high = (6, 26) if style == "outline" else (12, 36)
    brush = 18.0 if r.random() < 0.35 else float(np.exp(r.uniform(np.log(low), np.log(high))))
    size = U(r, 0.5, 0.9) if style == "outline" else U(r, 0.62, 0.92)   # painting needs room
    brush = min(brush, size * CANVAS * sk.max_brush * (1.0 if style == "outline" else 1.25))
    detail = brush if r.random() < 0.5 else brush * U(r, 0.5, 0.9)
    fine = max(4.0, brush * U(r, 0.35, 0.85))
    roll = r.random()
    gap = U(r, 0.01, 0.06) if roll < 0.5 else (-U(r, 0.01, 0.05) if roll < 0.75 else 0.0)
    return Hand(brush=brush * SCALE, detail=max(4.0, detail) * SCALE, fine=fine * SCALE,
                wobble=U(r, 0.0, 3.5) * SCALE, gap=gap, size=size,
                tilt=float(np.clip(r.normal(0, 6 if sk.side_view else 4), -14, 14)), stretch=U(r, 0.88, 1.12),
                flip=r.random() < (0.2 if sk.side_view else 0.5))


def placement(r, sk, hand):
    """The map from garment units to the 2x canvas: size, stretch, tilt, flip and a place."""
    pts = np.vstack(sk.bodies + sk.straps)
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    centre = (lo + hi) / 2
    a = math.radians(hand.tilt)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    A = rot @ np.diag([hand.stretch * (-1 if hand.flip else 1), 1.0])
    q = (pts - centre) @ A.T
    ext = q.max(axis=0) - q.min(axis=0)
    margin = hand.brush / 2 + 6 * SCALE
    k = min(hand.size * SIZE / ext.max(), (SIZE - 2 * margin) / ext[0], (SIZE - 2 * margin) / ext[1])
    A = A * k
    qmin, qmax = q.min(axis=0) * k, q.max(axis=0) * k
    room = (SIZE - 2 * margin - (qmax - qmin)) / 2
    where = SIZE / 2 + r.uniform(-1, 1, 2) * room * 0.8 - (qmin + qmax) / 2
    return lambda p: (np.asarray(p, float) - centre) @ A.T + where, k


def resample(pts, step):
    seg = np.hypot(*np.diff(pts, axis=0).T)
    cum = np.concatenate([[0], np.cumsum(seg)])
    n = max(2, int(cum[-1] / step) + 1)
    s = np.linspace(0, cum[-1], n)
    return np.stack([np.interp(s, cum, pts[:, 0]), np.interp(s, cum, pts[:, 1])], 1), s


def wobbly(pts, hand, r, closed=False, amount=1.0):
    """A hand's version of a path: it strays a little, and a closed one may not quite close."""
    pts = np.asarray(pts, float)
    if closed:
        pts = np.roll(pts, -int(r.integers(len(pts))), axis=0)   # a stroke starts anywhere
        pts = np.vstack([pts, pts[:1]])
    pts, s = resample(pts, 6.0)
    amp = hand.wobble * amount
    if amp > 0:
        for _ in range(2):
            wl = U(r, 90, 320)
            pts = pts + amp * U(r, 0.3, 0.7) * np.stack(
                [np.sin(s / wl * 2 * np.pi + U(r, 0, 6.3)), np.sin(s / wl * 2 * np.pi + U(r, 0, 6.3))], 1)
    if closed and hand.gap > 0:
        pts = pts[s <= s[-1] * (1 - hand.gap)]
    elif closed and hand.gap < 0:
        extra = pts[1:][s[1:] <= s[-1] * -hand.gap]
        pts = np.vstack([pts, extra])
    return pts


def stroke(draw, pts, width, fill=255):
    w = max(1, int(round(width)))
    rad = width / 2
    if len(pts) > 1:   # PIL's own curved joints leave hairline cracks: round every vertex instead
        draw.line(pts.ravel().tolist(), fill=fill, width=w)
    for x, y in pts if w > 3 else (pts[0], pts[-1]):
        draw.ellipse([x - rad, y - rad, x + rad, y + rad], fill=fill)


def paint_items(draw, items, T, k, hand, r, fine):
    for item in items:
        if item[0] == "line":
            stroke(draw, wobbly(T(item[1]), hand, r, amount=0.3), fine * item[2])
        elif item[0] == "poly":
            pts = T(item[1])
            draw.polygon(pts.ravel().tolist(), fill=255)
            stroke(draw, np.vstack([pts, pts[:1]]), fine * 0.6)
        else:
            _, x, y, rad = item
            (cx, cy), = T([(x, y)])
            rad = max(rad * k, fine * 0.6)
            if item[0] == "dot":
                draw.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=255)
            else:
                rad = max(rad, fine * 1.2)
                draw.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], outline=255, width=max(1, int(fine * 0.8)))


def scribble(r, box, brush):
    """A back-and-forth colouring-in stroke covering `box`."""
    x0, y0, x1, y1 = box
    c = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    R = math.hypot(x1 - x0, y1 - y0) / 2
    a = math.radians(pick(r, [U(r, -25, 25), U(r, 30, 60), U(r, -60, -30), 90 + U(r, -15, 15)]))
    sp = brush * U(r, 0.5, 0.95)
    vs = np.arange(-R, R + sp, sp)
    us = np.where(np.arange(len(vs)) % 2 == 0, -R, R) * r.uniform(0.9, 1.1, len(vs))
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    return np.stack([us, vs], 1) @ rot.T + c


def render(sk, style, r, label) -> np.ndarray:
    hand = draw_hand(r, sk, style)
    items = decorate(r, sk, label, hand.flip)
    T, k = placement(r, sk, hand)
    canvas = Image.new("L", (SIZE, SIZE), 0)
    draw = ImageDraw.Draw(canvas)
    outlines = [wobbly(T(b), hand, r, closed=True) for b in sk.bodies]
    straps = [wobbly(T(s), hand, r) for s in sk.straps]
    details = [wobbly(T(p), hand, r, closed=c, amount=0.6) for p, c in sk.lines]
    dots = [(T([(x, y)])[0], max(rad * k, hand.detail * 0.45)) for x, y, rad in sk.dots]

    body_mask = Image.new("L", (SIZE, SIZE), 0)
    mdraw = ImageDraw.Draw(body_mask)
    for pts in outlines:
        mdraw.polygon(pts.ravel().tolist(), fill=255)
    if sk.area is not None:
        area_mask = Image.new("L", (SIZE, SIZE), 0)
        adraw = ImageDraw.Draw(area_mask)
        for poly in sk.area:
            adraw.polygon(T(poly).ravel().tolist(), fill=255)
    else:
        area_mask, adraw = body_mask, mdraw
    pattern = Image.new("L", (SIZE, SIZE), 0)
    paint_items(ImageDraw.Draw(pattern), items, T, k, hand, r,
                hand.fine * (1.0 if style == "outline" else U(r, 0.5, 0.8)))

    if style == "outline":
        for pts in outlines + straps:
            stroke(draw, pts, hand.brush)
        for pts in details:
            stroke(draw, pts, hand.detail)
        for (x, y), rad in dots:
            draw.ellipse([x - rad, y - rad, x + rad, y + rad], fill=255)
        canvas = ImageChops.lighter(canvas, ImageChops.darker(pattern, area_mask))
    else:
        if r.random() < 0.55:
            for pts in outlines:
                draw.polygon(pts.ravel().tolist(), fill=255)
        else:   # coloured in with the brush, back and forth, up to about the outline
            lo, hi = np.vstack(outlines).min(axis=0), np.vstack(outlines).max(axis=0)
            fill = Image.new("L", (SIZE, SIZE), 0)
            stroke(ImageDraw.Draw(fill), scribble(r, (*lo, *hi), hand.brush), hand.brush)
            reach = body_mask.copy()
            rdraw = ImageDraw.Draw(reach)
            for pts in outlines:
                stroke(rdraw, pts, hand.brush * U(r, 0.0, 0.8))
            canvas = ImageChops.darker(fill, reach)
            draw = ImageDraw.Draw(canvas)
        if r.random() < 0.7:   # most go round the edge again after colouring in
            for pts in outlines:
                stroke(draw, pts, hand.brush * U(r, 0.5, 1.0))
        for pts in straps:   # straps and handles get painted thicker too
            stroke(draw, pts, hand.brush * 1.3)
        if r.random() < 0.8:   # the details and the pattern show as dark lines through the paint
            dark = Image.new("L", (SIZE, SIZE), 0)
            ddraw = ImageDraw.Draw(dark)
            for pts in details:
                stroke(ddraw, pts, hand.detail * 0.6)
            for (x, y), rad in dots:
                ddraw.ellipse([x - rad, y - rad, x + rad, y + rad], fill=255)
            for pts in outlines:   # keep the dark marks off the garment's own edge
                stroke(mdraw, pts, hand.brush, fill=0)
            if area_mask is not body_mask:
                for poly in sk.area:
                    stroke(adraw, np.vstack([T(poly), T(poly)[:1]]), hand.brush, fill=0)
            dark = ImageChops.lighter(ImageChops.darker(dark, body_mask), ImageChops.darker(pattern, area_mask))
            canvas = ImageChops.subtract(canvas, dark)
    return np.asarray(canvas.reduce(SCALE))


DESIGNS = (
    (t_crew, t_vneck, t_tank, t_cami, t_crop, t_oversized, t_fitted, t_ringer, t_racer, t_peplum,
     t_offshoulder, t_henley, t_pocket, t_raglan, t_halter, t_jersey),
    (tr_jeans, tr_skinny, tr_wide, tr_flare, tr_jogger, tr_cargo, tr_leggings, tr_slacks, tr_palazzo,
     tr_paperbag, tr_track, tr_baggy),
    (p_crew, p_vneck, p_turtle, p_hoodie, p_raglan, p_crop, p_chunky, p_mock, p_quarterzip, p_spread,
     p_batwing, p_cowl, p_balloon, p_hoodie_spread, p_boat),
    (d_aline, d_flare, d_sheath, d_slip, d_wrap, d_shirtdress, d_tiered, d_strapless, d_halter, d_mermaid,
     d_babydoll, d_tshirt, d_longsleeve),
    (c_overcoat, c_trench, c_puffer, c_parka, c_blazer, c_denim, c_ziphoodie, c_cardigan, c_biker,
     c_peacoat, c_duffle, c_bomber, c_duster, c_spread, c_varsity, c_wrap),
    (sa_flipflop, sa_slide, sa_strappy, sa_stiletto, sa_block, sa_wedge, sa_sport, sa_platform,
     sa_gladiator, sa_twoband, sa_crossed),
    (s_classic, s_camp, s_flannel, s_denim, s_puff, s_ruffle, s_band, s_tunic, s_oversized, s_western,
     s_spread, s_hawaiian, s_peterpan, s_rolled, s_tiefront),
    (sn_classic, sn_runner, sn_hightop, sn_slipon, sn_canvas, sn_chunky, sn_velcro, sn_skate, sn_sock,
     sn_mid, sn_retro, sn_platform),
    (bg_tote, bg_handbag, bg_backpack, bg_shoulder, bg_clutch, bg_satchel, bg_bucket, bg_duffel,
     bg_kisslock, bg_crossbody, bg_bowling, bg_briefcase, bg_halfmoon),
    (b_chelsea, b_heeled, b_combat, b_work, b_stiletto, b_wedge, b_hiking, b_western, b_sock, b_buckle,
     b_chukka, b_platform),
)


def designs_per_class() -> list[int]:
    return [len(d) for d in DESIGNS]


def drawing(label: int, style: str, r) -> np.ndarray:
    design = DESIGNS[label][int(r.integers(len(DESIGNS[label])))]
    return render(design(r), style, r, label)


def make(count_per_class: int, seed: int = 0, styles=STYLES):
    styles = tuple(styles)
    if not styles or any(s not in STYLES for s in styles):
        raise ValueError(f"styles must be a non-empty selection of {STYLES}, got {styles!r}")
    n = len(CLASS_NAMES) * count_per_class
    images = np.zeros((n, CANVAS, CANVAS), np.uint8)
    labels = np.repeat(np.arange(len(CLASS_NAMES), dtype=np.int64), count_per_class)
    names = []
    for label in range(len(CLASS_NAMES)):
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            r = np.random.default_rng([seed, label, i, STYLES.index(style)])
            images[label * count_per_class + i] = drawing(label, style, r)
            names.append(style)
    return images, labels, names


def contact_sheet(images, columns, tile=140) -> Image.Image:
    rows = math.ceil(len(images) / columns)
    sheet = Image.new("L", (columns * (tile + 2), rows * (tile + 2)), 60)
    for i, img in enumerate(images):
        im = Image.fromarray(np.asarray(img, np.uint8))
        im = im.resize((tile, tile), Image.Resampling.NEAREST if im.width < tile else Image.Resampling.BOX)
        sheet.paste(im, ((i % columns) * (tile + 2) + 1, (i // columns) * (tile + 2) + 1))
    return sheet


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-class", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sheet", default="/tmp/pattern_sheet.png")
    ap.add_argument("--net", action="store_true", help="also save what the network sees (28x28)")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    images, labels, _ = make(args.per_class, args.seed)
    took = time.perf_counter() - start
    print(f"{len(images)} drawings, {took / len(images) * 1000:.1f} ms each; designs {designs_per_class()}")
    contact_sheet(images, args.per_class).save(args.sheet)
    print("saved", args.sheet)
    if args.net:
        from fashion.predict import preprocess
        small = [preprocess(image, "canvas", drawing=True) for image in images]
        path = args.sheet.replace(".png", "_net.png")
        contact_sheet(small, args.per_class, tile=84).save(path)
        print("saved", path)


if __name__ == "__main__":
    main()
