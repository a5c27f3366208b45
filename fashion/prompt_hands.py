"""Drawings from a one-word prompt: adults and teenagers who are not artists, told only the class's
name ("draw a coat", "draw a bag", "draw an ankle boot") on a 280x280 classroom canvas.

Who draws like this: people who draw whatever kind of the thing comes to mind first, in a hurry but
honestly. Their strength is breadth, since a class name means different things to different people:
"bag" is a backpack to one, a clutch, a tote, a paper shopping bag or a bum bag to others; "coat"
is a trench, a puffer, a duffel with toggles, a denim jacket or a zip hoodie; "sandal" a flip-flop
seen from above, a gladiator or a sport sandal with velcro. Their proportions are rough and the
shapes simplified (a sleeve is a slanted box, a sole a flat strip), but each is drawn from the view
people know it from: clothes from the front, shoes from the side with the toe left or right.

How: every design is a small function that lays out a garment in its own units as shapes (the
silhouette, painted in the "filled" style), strokes (handles, straps: always white) and details
(collars, seams, laces, buttons: white lines in outlines, dark lines left through the paint in
filled drawings, or painted over). A randomly drawn hand then places it on the canvas: its size,
position, tilt, a rough warp of the proportions, a brush of 6-36 px, a wobble along every stroke,
outlines that stop short of closing or overshoot, and details skipped in a hurry. Strokes are drawn
at twice the size and averaged down, so their edges are antialiased as the canvas draws them.
"""
from __future__ import annotations

import argparse
import math

import numpy as np
from PIL import Image, ImageDraw

from .config import CLASS_NAMES

STYLES = ("outline", "filled")
CANVAS = 280
ZOOM = 2  # drawn at twice the size, then averaged down: antialiased strokes


# --------------------------------------------------------------------------------------------
# A drawing as data: shapes, strokes, details and dots in the design's own units (y down).

class Sketch:
    def __init__(self):
        self.shapes = []    # (closed polygon that is painted, the lines that outline it)
        self.strokes = []   # (points, closed): drawn white in both styles
        self.details = []   # (points, closed, key): white lines, or dark through the paint
        self.dots = []      # (x, y, size, key): buttons, eyelets, clasps

    def shape(self, points, outline=None):
        """A painted area; `outline` the lines drawn around it when not all of its edge is seen."""
        points = np.asarray(points, float)
        lines = [(points, True)] if outline is None else [(np.asarray(p, float), False) for p in outline]
        self.shapes.append((points, lines))
        return self

    def stroke(self, points, closed=False, mirror=False):
        for p in _maybe_mirrored(points, mirror):
            self.strokes.append((p, closed))
        return self

    def detail(self, points, closed=False, key=True, mirror=False):
        """`key`: the detail that tells the class apart (a zip, a collar), never skipped in a hurry;
        "always": never painted over either (a flip-flop's strap seen from above)."""
        for p in _maybe_mirrored(points, mirror):
            self.details.append((p, closed, key))
        return self

    def dot(self, x, y, size=1.0, key=True, mirror=False):
        self.dots.append((x, y, size, key))
        if mirror:
            self.dots.append((-x, y, size, key))
        return self

    def points(self):
        parts = [p for p, _ in self.shapes] + [p for p, _ in self.strokes] + [p for p, *_ in self.details]
        parts += [np.array([[x, y]]) for x, y, *_ in self.dots]
        return np.vstack(parts)


def _maybe_mirrored(points, mirror):
    points = np.asarray(points, float)
    return [points, points * (-1, 1)] if mirror else [points]


def mirror_half(half):
    """A symmetric outline from its right half, drawn from the top centre round to the bottom centre."""
    half = np.asarray(half, float)
    other = half[::-1] * (-1, 1)
    if abs(half[0, 0]) < 1e-9:
        other = other[:-1]
    if abs(half[-1, 0]) < 1e-9:
        other = other[1:]
    return np.vstack([half, other])


def arc(cx, cy, rx, ry, a0, a1, n=10):
    """Points on an ellipse from angle a0 to a1 in degrees (0 right, 90 down)."""
    t = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def rect(x0, y0, x1, y1):
    return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], float)


def lerp(a, b, t):
    return (1 - t) * np.asarray(a, float) + t * np.asarray(b, float)


def up(points):
    """Shoe coordinates (x from toe to heel, height above the ground) to design units (y down)."""
    return np.asarray(points, float) * (1, -1)


def bezier(p0, p1, p2, n=8):
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2 = (np.asarray(p, float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * p0 + 2 * t * (1 - t) * p1 + t ** 2 * p2


def zigzag(a, b, teeth, depth):
    """A zigzag line from a to b (a fur trim, a tutu's hem, a knitted band)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    t = np.linspace(0, 1, 2 * teeth + 1)
    normal = np.array([-(b - a)[1], (b - a)[0]]) / (np.linalg.norm(b - a) + 1e-9)
    return a + t[:, None] * (b - a) + ((np.arange(len(t)) % 2) * depth)[:, None] * normal


# --------------------------------------------------------------------------------------------
# The upper body: T-shirts, pullovers, shirts, coats and some dresses share one silhouette.

class Top:
    """A front-view top from a few numbers: the half-widths of neck, shoulders, chest and hem; the
    sleeve's length, its angle below the horizontal and its width at the cuff."""

    def __init__(self, neck=0.15, neck_depth=0.07, shoulder=0.34, drop=0.06, sleeve=0.2, angle=30,
                 cuff=0.15, chest=0.3, armpit=None, hem=0.31, length=1.0, neckline="round",
                 waist=None, tail=0.0):
        self.neck, self.neck_depth, self.shoulder, self.drop = neck, neck_depth, shoulder, drop
        self.chest, self.hem, self.length = chest, hem, length
        a = math.radians(angle)
        self.along = np.array([math.cos(a), math.sin(a)])
        self.across_sleeve = np.array([-math.sin(a), math.cos(a)])
        self.sleeve_out = np.array([shoulder, drop]) + sleeve * self.along
        self.sleeve_in = self.sleeve_out + cuff * self.across_sleeve
        self.armpit = armpit if armpit is not None else drop + cuff / max(math.cos(a), 0.45) * 0.95
        side = [(chest, self.armpit)] + ([waist] if waist else []) + [(hem, length)]
        self.side = np.array(side, float)
        if neckline == "v":
            neck_line = [(0, neck_depth), (neck, 0)]
        elif neckline == "flat":   # the back of the neck seen across (collars, turtlenecks, hoods)
            neck_line = [(0, 0), (neck, 0)]
        else:
            neck_line = arc(0, 0, neck, neck_depth, 90, 0, 6)
        hem_line = [(hem * 0.5, length + tail * 0.8), (0, length + tail)] if tail else [(0, length)]
        self.half = np.vstack([neck_line, [(shoulder, drop)],
                               [self.sleeve_out, self.sleeve_in] if sleeve > 0 else np.empty((0, 2)),
                               self.side, hem_line])

    def outline(self):
        return mirror_half(self.half)

    def side_x(self, y):
        return float(np.interp(y, self.side[:, 1], self.side[:, 0]))

    def across(self, y, inset=0.0):
        x = self.side_x(y) - inset
        return [(-x, y), (x, y)]

    def cuff(self, back):
        """The line across the right sleeve `back` from its end (mirror it for the left)."""
        return [self.sleeve_out - back * self.along, self.sleeve_in - back * self.along]


def ribs(top, sketch, band, count, key=False):
    """Ribbed cuffs and hem: a line across and short ribs below it."""
    y = top.length - band
    sketch.detail(top.across(y), key=key)
    sketch.detail(top.cuff(band * 0.9), key=key, mirror=True)
    if count:
        xs = np.linspace(-top.side_x(y) * 0.8, top.side_x(y) * 0.8, count)
        for x in xs:
            sketch.detail([(x, y + band * 0.2), (x, top.length - band * 0.15)], key=False)


def hood_down(sketch, top, rise, spread=0.05):
    """A hood lying behind the neck, its rim seen above the shoulders."""
    rim = arc(0, 0.02, top.neck + spread, rise, 180, 360, 9)
    sketch.shape(np.vstack([rim, [(top.neck, 0.02), (0, top.neck_depth), (-top.neck, 0.02)]]), outline=[rim])


def hood_up(sketch, top, r):
    """A raised hood: a head-sized arch above the shoulders with the face's opening inside."""
    w, h = top.neck + r.uniform(0.05, 0.1), r.uniform(0.38, 0.5)
    rim = np.vstack([[(-top.shoulder * 0.8, top.drop)], arc(0, -h * 0.3, w, h * 0.75, 170, 370, 11),
                     [(top.shoulder * 0.8, top.drop)]])
    sketch.shape(np.vstack([rim, [(0, top.drop)]]), outline=[rim])
    sketch.detail(arc(0, -h * 0.25, w * 0.62, h * 0.55, 0, 360, 12), closed=True)


def buttons(sketch, x, y0, y1, count, size=1.0, key=True):
    for y in np.linspace(y0, y1, count):
        sketch.dot(x, y, size, key=key)


def pocket(sketch, x, y, w, h, flap=False, mirror=True, key=False):
    sketch.detail(rect(x - w / 2, y, x + w / 2, y + h), closed=True, key=key, mirror=mirror)
    if flap:
        sketch.detail([(x - w / 2, y + h * 0.3), (x + w / 2, y + h * 0.3)], key=False, mirror=mirror)


# --------------------------------------------------------------------------------------------
# T-shirt/top: short or no sleeves, a plain neck.

def _tee(r, **kw):
    u = r.uniform
    params = dict(neck=u(0.11, 0.16), neck_depth=u(0.04, 0.09), shoulder=u(0.29, 0.35), drop=u(0.03, 0.08),
                  sleeve=u(0.15, 0.25), angle=u(18, 42), cuff=u(0.12, 0.17), chest=u(0.26, 0.31),
                  hem=u(0.26, 0.33), length=u(0.82, 1.02))
    params.update(kw)
    return Top(**params)


def tee_plain(r):
    t = _tee(r)
    s = Sketch().shape(t.outline())
    if r.random() < 0.5:
        s.detail(arc(0, 0, t.neck * 1.12, t.neck_depth + 0.04, 10, 170, 8), key=False)
    if r.random() < 0.35:
        s.detail(t.cuff(0.04), key=False, mirror=True)
    return s


def tee_vneck(r):
    t = _tee(r, neckline="v", neck_depth=r.uniform(0.14, 0.24))
    return Sketch().shape(t.outline())


def tee_long(r):
    t = _tee(r, length=r.uniform(1.1, 1.3), sleeve=r.uniform(0.25, 0.34), angle=r.uniform(35, 55),
             hem=r.uniform(0.3, 0.36))
    return Sketch().shape(t.outline())


def tank_top(r):
    u = r.uniform
    neck, strap, chest, pit = u(0.1, 0.15), u(0.05, 0.09), u(0.25, 0.3), u(0.25, 0.36)
    hem, length = u(0.26, 0.32), u(0.85, 1.05)
    half = np.vstack([arc(0, 0, neck, u(0.15, 0.28), 90, 0, 6), [(neck + strap, 0)],
                      arc(neck + strap + (chest - neck - strap), 0, chest - neck - strap, pit, 180, 90, 5),
                      [(hem, length), (0, length)]])
    return Sketch().shape(mirror_half(half))


def crop_top(r):
    t = _tee(r, length=r.uniform(0.5, 0.62), hem=r.uniform(0.27, 0.33), angle=r.uniform(15, 35))
    s = Sketch().shape(t.outline())
    if r.random() < 0.4:
        s.detail(t.across(t.length - 0.05), key=False)
    return s


def frilly_top(r):
    u = r.uniform
    t = _tee(r, sleeve=u(0.08, 0.14), angle=u(25, 45), hem=u(0.33, 0.4))
    half = t.half[:-2]   # the hem becomes a row of scallops
    hem = np.vstack([arc(x, t.length, 0.05, 0.05, 180, 0, 5)[::-1] for x in np.linspace(t.hem - 0.05, 0.05, 4)])
    s = Sketch().shape(mirror_half(np.vstack([half, [(t.hem, t.length - 0.02)], hem, [(0, t.length)]])))
    s.detail(t.across(t.length - u(0.12, 0.2)), key=False)
    return s


def polo(r):
    t = _tee(r, neckline="flat")
    s = Sketch().shape(t.outline())
    collar = [(t.neck, 0), (t.neck * 0.35, 0.13), (0, 0.05)]
    s.detail(collar, mirror=True)
    s.detail([(0, 0.05), (0, 0.27)])
    buttons(s, 0.03, 0.12, 0.24, 2, 0.7, key=False)
    return s


def cami(r):
    # Thin straps over a body dipped at the neck and cut away under the arms.
    u = r.uniform
    top, w, hem, length = u(0.22, 0.3), u(0.25, 0.3), u(0.29, 0.36), u(0.8, 0.95)
    body = mirror_half([(0, top + u(0.06, 0.12)), (w * 0.5, top), (w, top + u(0.12, 0.18)), (hem, length),
                        (0, length)])
    s = Sketch().shape(body)
    s.stroke([(w * 0.5, top), (w * 0.45, 0)], mirror=True)
    return s


def baggy_tee(r):
    u = r.uniform
    t = _tee(r, shoulder=u(0.36, 0.42), drop=u(0.1, 0.16), sleeve=u(0.2, 0.28), angle=u(40, 60),
             chest=u(0.33, 0.38), hem=u(0.34, 0.39))
    return Sketch().shape(t.outline())


def tee_print(r):
    t = _tee(r)
    s = Sketch().shape(t.outline())
    cy, k = t.length * 0.45, r.integers(3)
    if k == 0:     # a heart
        heart = np.vstack([arc(-0.05, cy, 0.05, 0.05, 180, 360, 6), arc(0.05, cy, 0.05, 0.05, 180, 360, 6),
                           [(0, cy + 0.12)]])
        s.detail(heart, closed=True, key=False)
    elif k == 1:   # a smiley
        s.detail(arc(0, cy, 0.1, 0.1, 0, 360, 12), closed=True, key=False)
        s.detail(arc(0, cy, 0.06, 0.05, 20, 160, 5), key=False)
    else:          # a word, as squiggles
        for row in range(r.integers(1, 3)):
            xs = np.linspace(-0.14, 0.14, 9)
            s.detail(np.stack([xs, cy + row * 0.08 + 0.025 * np.sin(xs * 60)], 1), key=False)
    return s


def ringer_tee(r):
    t = _tee(r)
    s = Sketch().shape(t.outline())
    s.detail(arc(0, 0, t.neck * 1.2, t.neck_depth + 0.05, 5, 175, 8))
    s.detail(t.cuff(0.05), mirror=True)
    return s


def raglan_tee(r):
    t = _tee(r, angle=r.uniform(30, 50))
    s = Sketch().shape(t.outline())
    s.detail([(t.neck * 0.8, 0.02), (t.chest, t.armpit)], mirror=True)
    return s


def pocket_tee(r):
    t = _tee(r)
    s = Sketch().shape(t.outline())
    pocket(s, -0.14, t.length * 0.28, 0.1, 0.11, mirror=False)
    return s


# --------------------------------------------------------------------------------------------
# Trouser: a waistband and two long legs with a gap between them.

def _trouser(r, top_w=None, knee=None, foot=None, length=None, crotch=None, gap=None):
    """Right half of a pair of trousers: `gap` is half the space between the feet, `foot` and `knee`
    the width of one leg at the hem and at the knee (by default straight legs)."""
    u = r.uniform
    w = top_w or u(0.27, 0.34)
    length = length or u(1.35, 1.7)
    crotch = crotch or u(0.28, 0.4)
    gap = gap if gap is not None else u(0.09, 0.14)
    foot = foot if foot is not None else w - gap + u(-0.03, 0.02)
    knee_y = crotch + (length - crotch) * 0.45
    knee_gap = gap * 0.65
    knee = knee if knee is not None else (w + foot + gap - knee_gap) / 2 - knee_gap * 0.3
    half = [(0, 0), (w, 0), (w + u(0.0, 0.02), crotch * 0.7), (knee_gap + knee, knee_y), (gap + foot, length),
            (gap, length), (knee_gap, knee_y), (0, crotch)]
    return mirror_half(half), w, crotch, length, gap, foot


def _trouser_sketch(r, band=True, **kw):
    full, w, crotch, length, gap, foot = _trouser(r, **kw)
    s = Sketch().shape(full)
    if band:
        s.detail([(-w, 0.07), (w, 0.07)], key=False)
    return s, w, crotch, length


def trouser_straight(r):
    s, w, crotch, _ = _trouser_sketch(r)
    if r.random() < 0.5:
        s.detail([(0, 0.07), (0, crotch * 0.75)], key=False)
    return s


def trouser_wide(r):
    u = r.uniform
    s, *_ = _trouser_sketch(r, foot=u(0.34, 0.42), gap=u(0.05, 0.08))
    return s


def trouser_skinny(r):
    u = r.uniform
    s, *_ = _trouser_sketch(r, top_w=u(0.24, 0.3), foot=u(0.12, 0.16), knee=u(0.15, 0.18), gap=u(0.08, 0.13))
    return s


def trouser_flared(r):
    u = r.uniform
    s, *_ = _trouser_sketch(r, foot=u(0.34, 0.42), knee=u(0.16, 0.2), gap=u(0.05, 0.08))
    return s


def trouser_cargo(r):
    s, w, crotch, length = _trouser_sketch(r, foot=r.uniform(0.15, 0.2))
    y = crotch + (length - crotch) * 0.15
    x = w * 0.72
    pocket(s, x, y, w * 0.5, 0.2, flap=True)
    return s


def joggers(r):
    u = r.uniform
    full, w, crotch, length, gap, foot = _trouser(r, foot=u(0.15, 0.19), knee=u(0.22, 0.26))
    s = Sketch().shape(full)
    s.detail([(-w, 0.08), (w, 0.08)])
    s.stroke([(-0.03, 0.08), (-0.05, 0.25)]).stroke([(0.03, 0.08), (0.06, 0.24)])
    s.detail([(gap, length - 0.09), (gap + foot, length - 0.09)], mirror=True)
    return s


def jeans(r):
    s, w, crotch, _ = _trouser_sketch(r)
    s.detail([(0.0, 0.07), (0.0, crotch * 0.7), (0.06, crotch * 0.6)], key=False)
    s.detail(bezier((w * 0.45, 0.07), (w * 0.55, 0.2), (w, 0.2)), mirror=True, key=False)
    for x in (-w * 0.55, w * 0.55):
        s.detail([(x, 0.0), (x, 0.07)], key=False)
    return s


def trouser_belt(r):
    s, w, crotch, _ = _trouser_sketch(r, band=False)
    s.detail([(-w, 0.04), (w, 0.04)])
    s.detail([(-w, 0.1), (w, 0.1)])
    s.detail(rect(-0.05, 0.02, 0.05, 0.12), closed=True)
    return s


def leggings(r):
    u = r.uniform
    # The quickest trousers of all: one long upside-down U, legs barely apart.
    s, *_ = _trouser_sketch(r, band=r.random() < 0.3, top_w=u(0.22, 0.27), foot=u(0.1, 0.13),
                            knee=u(0.12, 0.15), gap=u(0.06, 0.09), length=u(1.6, 1.9))
    return s


def trouser_creased(r):
    s, w, crotch, length = _trouser_sketch(r)
    for sign in (-1, 1):
        s.detail([(sign * w * 0.5, 0.12), (sign * w * 0.55, length - 0.03)], key=False)
    return s


def trouser_turnups(r):
    full, w, crotch, length, gap, foot = _trouser(r)
    s = Sketch().shape(full).detail([(-w, 0.07), (w, 0.07)], key=False)
    s.detail([(gap, length - 0.08), (gap + foot, length - 0.08)], mirror=True)
    return s


# --------------------------------------------------------------------------------------------
# Pullover: long sleeves, a closed front, ribbed bands.

def _jumper(r, **kw):
    u = r.uniform
    params = dict(neck=u(0.11, 0.15), neck_depth=u(0.04, 0.08), shoulder=u(0.3, 0.36), drop=u(0.04, 0.09),
                  sleeve=u(0.6, 0.78), angle=u(52, 74), cuff=u(0.11, 0.15), chest=u(0.28, 0.33),
                  armpit=u(0.25, 0.33), hem=u(0.28, 0.33), length=u(0.9, 1.08))
    params.update(kw)
    return Top(**params)


def jumper_plain(r):
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    ribs(t, s, r.uniform(0.06, 0.1), 0 if r.random() < 0.5 else r.integers(4, 8))
    if r.random() < 0.5:
        s.detail(arc(0, 0, t.neck * 1.15, t.neck_depth + 0.04, 10, 170, 8), key=False)
    return s


def hoodie(r):
    t = _jumper(r, neckline="round")
    s = Sketch()
    hood_down(s, t, r.uniform(0.14, 0.22))
    s.shape(t.outline())
    ribs(t, s, 0.07, 0)
    y0 = t.length * 0.55
    s.detail([(-0.16, t.length - 0.07), (-0.12, y0), (0.12, y0), (0.16, t.length - 0.07)])
    s.stroke([(-0.04, t.neck_depth), (-0.05, 0.28)]).stroke([(0.04, t.neck_depth), (0.05, 0.28)])
    return s


def turtleneck(r):
    t = _jumper(r, neckline="flat", neck=r.uniform(0.1, 0.13))
    s = Sketch()
    h = r.uniform(0.1, 0.16)
    s.shape(rect(-t.neck, -h, t.neck, 0.02))
    s.shape(t.outline())
    if r.random() < 0.6:
        s.detail([(-t.neck, -h * 0.45), (t.neck, -h * 0.45)], key=False)
    ribs(t, s, 0.07, 0, key=False)
    return s


def jumper_vneck(r):
    t = _jumper(r, neckline="v", neck_depth=r.uniform(0.15, 0.24))
    s = Sketch().shape(t.outline())
    s.detail([(-t.neck - 0.04, 0), (0, t.neck_depth + 0.06), (t.neck + 0.04, 0)], key=False)
    ribs(t, s, 0.07, 0, key=False)
    return s


def cable_knit(r):
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    ribs(t, s, 0.08, 0)
    ys = np.linspace(t.armpit - 0.1, t.length - 0.1, 9)
    for x in ((-0.1, 0.1), (-0.15, 0, 0.15))[r.integers(2)]:
        s.detail(np.stack([x + 0.035 * np.sin(np.arange(9) * 1.7), ys], 1), key=False)
    return s


def sweatshirt(r):
    t = _jumper(r, sleeve=r.uniform(0.6, 0.75), angle=r.uniform(45, 70))
    s = Sketch().shape(t.outline())
    ribs(t, s, r.uniform(0.07, 0.1), 0)
    xs = np.linspace(-0.15, 0.15, 7)
    s.detail(np.stack([xs, t.length * 0.4 + 0.02 * np.sin(xs * 50)], 1), key=False)
    return s


def festive_jumper(r):
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    y = t.length * r.uniform(0.4, 0.55)
    s.detail(zigzag(t.across(y)[0], t.across(y)[1], 6, 0.06), key=False)
    s.detail(t.across(y - 0.08), key=False)
    ribs(t, s, 0.07, 0, key=False)
    return s


def striped_jumper(r):
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    for y in np.linspace(t.armpit + 0.05, t.length - 0.1, r.integers(3, 6)):
        s.detail(t.across(y), key=False)
    return s


def jumper_tpose(r):
    # Arms held straight out, the way a jumper lies flat on a bed.
    u = r.uniform
    t = _jumper(r, angle=u(5, 22), sleeve=u(0.45, 0.6), drop=u(0.02, 0.06), cuff=u(0.13, 0.17),
                armpit=u(0.2, 0.26))
    s = Sketch().shape(t.outline())
    ribs(t, s, 0.07, 0)
    return s


def jumper_oversized(r):
    u = r.uniform
    t = _jumper(r, shoulder=u(0.37, 0.42), drop=u(0.1, 0.16), angle=u(60, 72), sleeve=u(0.68, 0.8),
                chest=u(0.35, 0.39), hem=u(0.34, 0.38), cuff=u(0.14, 0.18))
    s = Sketch().shape(t.outline())
    ribs(t, s, u(0.08, 0.12), r.integers(0, 6))
    return s


def raglan_jumper(r):
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    s.detail([(t.neck * 0.8, 0.03), (t.chest, t.armpit)], mirror=True, key=False)
    ribs(t, s, 0.07, 0)
    return s


def jumper_collar(r):
    # A crew-neck jumper with a shirt's collar peeking out at the neck.
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    s.detail([(t.neck * 0.9, 0.01), (t.neck * 0.55, 0.12), (0.0, t.neck_depth)], mirror=True)
    ribs(t, s, 0.08, 0)
    return s


def argyle_jumper(r):
    t = _jumper(r)
    s = Sketch().shape(t.outline())
    ribs(t, s, 0.07, 0)
    y = t.length * 0.55
    for x in (-0.13, 0.0, 0.13):
        s.detail([(x, y - 0.1), (x + 0.065, y), (x, y + 0.1), (x - 0.065, y)], closed=True, key=False)
    return s


# --------------------------------------------------------------------------------------------
# Dress: a bodice and a skirt, from the front.

def _dress(r, top="tank", sleeves=0.0, flare=None, length=None, waist=True, neckline="round", tiers=0):
    """A dress from the front: a fitted bodice (`top`: "tank" with wide shoulder straps, "straps"
    thin ones, "strapless", or "sleeves" of length `sleeves`), a waist and a skirt out to the hem."""
    u = r.uniform
    length = length or u(1.2, 1.5)
    hem = flare or u(0.42, 0.58)
    waist_y, waist_w, chest, pit = u(0.4, 0.5), u(0.13, 0.17), u(0.19, 0.23), u(0.24, 0.3)
    neck, depth = u(0.08, 0.12), (u(0.14, 0.26) if neckline == "v" else u(0.05, 0.12))
    s = Sketch()
    if top == "sleeves":
        t = Top(neck=neck, neck_depth=depth, shoulder=u(0.2, 0.25), drop=0.04, sleeve=sleeves,
                angle=u(30, 55) if sleeves < 0.3 else u(62, 78), cuff=u(0.09, 0.12), chest=chest,
                armpit=u(0.18, 0.22), waist=(waist_w, waist_y), hem=hem, length=length, neckline=neckline)
        half = t.half
    else:
        if top == "tank":
            strap = u(0.04, 0.07)
            bodice = [arc(0, 0, neck, depth, 90, 0, 5) if neckline == "round" else [(0, depth), (neck, 0)],
                      [(neck + strap, 0)], arc(chest, 0, chest - neck - strap, pit, 180, 90, 5)]
        else:   # a straight or dipped top edge across the chest
            y0 = pit * 0.6
            bodice = [[(0, y0 + (u(0.04, 0.1) if neckline == "v" else u(0.0, 0.03))), (chest * 0.6, y0 - 0.01),
                       (chest, y0 + 0.02)]]
            if top == "straps":
                s.stroke([(chest * 0.6, y0), (chest * 0.5, 0)], mirror=True)
        half = np.vstack(bodice + [[(chest - 0.01, pit + 0.08), (waist_w, waist_y), (hem, length), (0, length)]])
    if tiers:
        # A skirt in tiers: each one steps out a little past the one above.
        ys = np.linspace(waist_y, length, tiers + 2)[1:-1]
        xs = np.interp(ys, [waist_y, length], [waist_w, hem])
        steps = [p for y, x in zip(ys, xs) for p in ((x, y), (x + 0.05, y + 0.01))]
        half = np.vstack([half[:-2], steps, half[-2:]])
        for y, x in zip(ys, xs):
            s.detail([(-x, y), (x, y)], key=False)
    s.shape(mirror_half(half))
    if waist and r.random() < 0.7:
        s.detail([(-waist_w, waist_y), (waist_w, waist_y)], key=False)
    return s, waist_w, waist_y, hem, length


def dress_aline(r):
    top = ("tank", "straps", "sleeves")[r.integers(3)]
    return _dress(r, top=top, sleeves=r.uniform(0.08, 0.16))[0]


def dress_shift(r):
    u = r.uniform
    top = "sleeves" if r.random() < 0.6 else "tank"
    s, *_ = _dress(r, top=top, sleeves=u(0.1, 0.18), flare=u(0.25, 0.32), waist=False, length=u(1.05, 1.25))
    return s


def dress_maxi(r):
    u = r.uniform
    s, *_ = _dress(r, top=("straps", "tank")[r.integers(2)], flare=u(0.36, 0.48), length=u(1.9, 2.3))
    return s


def dress_strapless(r):
    s, *_ = _dress(r, top="strapless")
    return s


def dress_wrap(r):
    u = r.uniform
    s, w, y, hem, length = _dress(r, top="sleeves", sleeves=u(0.1, 0.6), waist=False, neckline="v")
    s.detail([(-0.12, 0.0), (w, y)])
    s.detail([(w, y), (w + 0.09, y + 0.18)], key=False).detail([(w, y), (w + 0.02, y + 0.2)], key=False)
    s.detail([(w, y), (-hem * 0.55, length)], key=False)
    return s


def dress_belted(r):
    top = ("tank", "sleeves")[r.integers(2)]
    s, w, y, *_ = _dress(r, top=top, sleeves=r.uniform(0.08, 0.15), waist=False)
    s.detail([(-w, y - 0.03), (w, y - 0.03)]).detail([(-w, y + 0.04), (w, y + 0.04)])
    s.detail(rect(-0.04, y - 0.05, 0.04, y + 0.06), closed=True, key=False)
    return s


def dress_puff(r):
    u = r.uniform
    s, w, y, hem, length = _dress(r, top="sleeves", sleeves=u(0.04, 0.07))
    for sign in (-1, 1):
        s.shape(arc(sign * u(0.23, 0.26), 0.08, 0.085, 0.075, 0, 360, 10))
    return s


def dress_tutu(r):
    u = r.uniform
    s = Sketch()
    waist_w, waist_y = u(0.13, 0.16), u(0.42, 0.5)
    hem_w, length = u(0.42, 0.55), waist_y + u(0.35, 0.5)
    top, chest = u(0.14, 0.2), u(0.17, 0.2)
    s.shape(mirror_half([(0, top), (chest, top), (waist_w, waist_y), (0, waist_y)]))
    skirt = np.vstack([[(-waist_w, waist_y), (waist_w, waist_y)],
                       zigzag((hem_w, length), (-hem_w, length), 7, 0.06)])
    s.shape(skirt)
    s.stroke([(chest * 0.6, top), (chest * 0.5, 0)], mirror=True)
    mid = (waist_y + length) / 2
    s.detail(zigzag((hem_w * 0.7, mid), (-hem_w * 0.7, mid), 6, 0.05), key=False)
    return s


def dress_slip(r):
    s, *_ = _dress(r, top="straps", neckline="v", flare=r.uniform(0.32, 0.44), waist=False)
    return s


def dress_long_sleeves(r):
    s, *_ = _dress(r, top="sleeves", sleeves=r.uniform(0.5, 0.62), flare=r.uniform(0.45, 0.6))
    return s


def dress_triangle(r):
    # The quickest dress: a little top and a triangle skirt.
    u = r.uniform
    top_w, length, hem = u(0.1, 0.15), u(1.0, 1.3), u(0.45, 0.62)
    half = [(0, 0.0), (top_w, 0.0), (top_w * 1.1, u(0.2, 0.3)), (hem, length), (0, length)]
    s = Sketch().shape(mirror_half(half))
    if r.random() < 0.6:
        s.stroke([(top_w * 0.7, 0), (top_w * 0.7, -u(0.1, 0.15))], mirror=True)
    return s


def dress_halter(r):
    s, w, y, hem, length = _dress(r, top="strapless", flare=r.uniform(0.48, 0.6))
    s.stroke([(-0.12, 0.15), (0, -0.05), (0.12, 0.15)])
    return s


def dress_tiered(r):
    s, *_ = _dress(r, top=("straps", "tank")[r.integers(2)], tiers=int(r.integers(2, 4)), flare=r.uniform(0.5, 0.62))
    return s


# --------------------------------------------------------------------------------------------
# Coat: long sleeves, an opening down the front (buttons or a zip), collars, pockets, longer.

def _coat(r, **kw):
    u = r.uniform
    params = dict(neck=u(0.1, 0.14), neck_depth=u(0.05, 0.1), shoulder=u(0.3, 0.36), drop=u(0.04, 0.09),
                  sleeve=u(0.62, 0.8), angle=u(60, 78), cuff=u(0.11, 0.15), chest=u(0.29, 0.33),
                  armpit=u(0.26, 0.32), hem=u(0.31, 0.38), length=u(1.2, 1.55), neckline="flat")
    params.update(kw)
    return Top(**params)


def lapels(s, t, depth, notch=True):
    """The V of an open collar: each lapel folds back from the neck to where the coat closes."""
    n = t.neck
    lapel = [(n, 0), (n + 0.07, depth * 0.45)] + ([(n + 0.02, depth * 0.5)] if notch else []) + [(0.02, depth)]
    s.detail(lapel, mirror=True)
    s.detail([(n * 0.9, 0.0), (0.0, depth)], mirror=True, key=False)


def trench(r):
    u = r.uniform
    t = _coat(r, length=u(1.45, 1.75), hem=u(0.36, 0.44))
    s = Sketch().shape(t.outline())
    lapels(s, t, u(0.3, 0.4))
    y = t.length * u(0.4, 0.48)
    s.detail(t.across(y - 0.04)).detail(t.across(y + 0.04))
    s.detail([(0.02, t.length * 0.26), (0.02, t.length)])
    for x in (-0.1, 0.1):
        buttons(s, x, t.length * 0.3, y - 0.1, 2, key=False)
    return s


def puffer(r):
    u = r.uniform
    t = _coat(r, length=u(1.0, 1.25), cuff=u(0.14, 0.18), chest=u(0.33, 0.38), hem=u(0.33, 0.38))
    s = Sketch().shape(t.outline())
    s.shape(rect(-t.neck - 0.02, -u(0.08, 0.13), t.neck + 0.02, 0.04))
    s.detail([(0, -0.05), (0, t.length)])
    for y in np.linspace(t.armpit, t.length - 0.12, r.integers(3, 5)):
        left, right = t.across(y)
        s.detail(bezier(left, (0, y + 0.05), right), key=False)
    for b in (0.2, 0.38):
        s.detail(t.cuff(b), mirror=True, key=False)
    return s


def duffel(r):
    u = r.uniform
    t = _coat(r, length=u(1.1, 1.4))
    s = Sketch()
    hood_down(s, t, u(0.15, 0.22), 0.06)
    s.shape(t.outline())
    s.detail([(0, 0.02), (0, t.length)])
    for y in np.linspace(0.18, t.length * 0.6, r.integers(3, 5)):
        s.detail([(-0.06, y), (0.06, y)])
    pocket(s, 0.2, t.length * 0.62, 0.14, 0.18, flap=r.random() < 0.5)
    return s


def denim_jacket(r):
    u = r.uniform
    t = _coat(r, length=u(0.8, 0.95), hem=u(0.29, 0.33))
    s = Sketch().shape(t.outline())
    s.detail([(t.neck, 0), (t.neck * 0.4, 0.15), (0, 0.07)], mirror=True)
    s.detail([(0, 0.07), (0, t.length)])
    buttons(s, 0.04, 0.15, t.length - 0.15, 4, 0.8)
    pocket(s, 0.16, 0.26, 0.12, 0.12, flap=True)
    s.detail(t.across(t.length - 0.1), key=False)
    return s


def blazer(r):
    u = r.uniform
    t = _coat(r, length=u(1.0, 1.2), hem=u(0.3, 0.35))
    s = Sketch().shape(t.outline())
    depth = u(0.4, 0.55)
    lapels(s, t, depth)
    s.detail([(0.02, depth), (0.02, t.length - 0.05), (0.12, t.length)])
    buttons(s, 0.06, depth + 0.08, depth + 0.22, r.integers(1, 3))
    for x in (-0.18, 0.18):
        s.detail([(x - 0.07, t.length * 0.72), (x + 0.07, t.length * 0.72)], key=False)
    return s


def zip_hoodie(r):
    u = r.uniform
    t = _coat(r, length=u(0.95, 1.15), neckline="round", hem=u(0.3, 0.34))
    s = Sketch()
    hood_down(s, t, u(0.15, 0.22))
    s.shape(t.outline())
    s.detail([(0, t.neck_depth), (0, t.length)])
    ribs(t, s, 0.07, 0)
    for sign in (-1, 1):
        s.detail([(sign * 0.05, t.length * 0.55), (sign * 0.2, t.length * 0.6), (sign * 0.22, t.length - 0.08)],
                 key=False)
    s.stroke([(-0.05, t.neck_depth), (-0.06, 0.3)]).stroke([(0.05, t.neck_depth), (0.07, 0.3)])
    return s


def cardigan(r):
    u = r.uniform
    t = _coat(r, length=u(0.95, 1.2), neckline="v", neck_depth=u(0.3, 0.45), hem=u(0.3, 0.35))
    s = Sketch().shape(t.outline())
    s.detail([(0, t.neck_depth), (0, t.length)])
    buttons(s, 0.04, t.neck_depth + 0.06, t.length - 0.1, r.integers(4, 6), 0.8)
    ribs(t, s, 0.08, 0, key=False)
    return s


def raincoat_hood(r):
    u = r.uniform
    t = _coat(r, length=u(1.2, 1.5), hem=u(0.36, 0.44))
    s = Sketch()
    hood_up(s, t, r)
    s.shape(t.outline())
    s.detail([(0, 0.02), (0, t.length)])
    buttons(s, 0.06, 0.15, t.length * 0.7, r.integers(3, 5))
    pocket(s, 0.2, t.length * 0.6, 0.14, 0.14, flap=True)
    return s


def open_coat(r):
    u = r.uniform
    t = _coat(r)
    s = Sketch().shape(t.outline())
    gap = u(0.04, 0.1)
    s.detail([(t.neck * 0.9, 0), (gap, t.length * 0.3), (gap + 0.02, t.length)], mirror=True)
    s.detail([(t.neck, 0), (t.neck + 0.06, 0.14), (gap + 0.03, t.length * 0.3)], mirror=True, key=False)
    pocket(s, 0.2, t.length * 0.62, 0.1, 0.14, key=False)
    return s


def parka(r):
    u = r.uniform
    t = _coat(r, length=u(1.25, 1.5), hem=u(0.34, 0.4))
    s = Sketch()
    w, h = t.neck + 0.1, u(0.35, 0.45)
    rim = np.vstack([[(-t.shoulder * 0.7, t.drop)], arc(0, -h * 0.3, w, h * 0.75, 170, 370, 12),
                     [(t.shoulder * 0.7, t.drop)]])
    s.shape(rim, outline=[rim])
    # The fur round the face: a spiky ring.
    ring = arc(0, 0, w * 0.6, h * 0.55, 0, 360, 16) * (1 + 0.15 * (np.arange(16) % 2))[:, None]
    s.detail(ring + (0, -h * 0.25), closed=True)
    s.shape(t.outline())
    s.detail([(0, t.drop), (0, t.length)])
    for sign in (-1, 1):
        pocket(s, sign * 0.2, t.length * 0.6, 0.14, 0.16, flap=True, mirror=False)
    return s


def bomber(r):
    u = r.uniform
    t = _coat(r, length=u(0.8, 0.95), cuff=u(0.12, 0.15), hem=u(0.27, 0.31), chest=u(0.32, 0.36),
              neckline="round")
    s = Sketch().shape(t.outline())
    s.detail(arc(0, 0, t.neck * 1.2, t.neck_depth + 0.05, 5, 175, 8), key=False)
    s.detail([(0, t.neck_depth), (0, t.length)])
    ribs(t, s, 0.09, r.integers(0, 7))
    return s


def peacoat(r):
    u = r.uniform
    t = _coat(r, length=u(1.05, 1.3))
    s = Sketch().shape(t.outline())
    depth = u(0.28, 0.38)
    s.detail([(t.neck, 0), (t.neck + 0.12, depth * 0.4), (0.1, depth)], mirror=True)
    s.detail([(-0.1, depth), (0.12, depth + 0.05), (0.12, t.length)])
    for x in (-0.08, 0.16):
        buttons(s, x, depth + 0.1, t.length * 0.65, 3)
    return s


def biker_jacket(r):
    u = r.uniform
    t = _coat(r, length=u(0.8, 0.95), hem=u(0.29, 0.33))
    s = Sketch().shape(t.outline())
    s.detail([(t.neck, 0), (t.neck + 0.12, 0.2), (0.06, 0.35)], mirror=True)
    s.detail([(-0.08, 0.1), (0.06, 0.35), (0.12, t.length)])
    s.detail([(-0.25, t.length * 0.5), (-0.15, t.length * 0.62)], key=False)
    s.detail(t.across(t.length - 0.06), key=False)
    return s


def coat_tpose(r):
    u = r.uniform
    t = _coat(r, angle=u(8, 25), sleeve=u(0.5, 0.65), armpit=u(0.2, 0.26), cuff=u(0.13, 0.17))
    s = Sketch().shape(t.outline())
    s.detail([(t.neck, 0), (t.neck * 0.3, 0.15), (0, 0.04)], mirror=True)
    s.detail([(0, 0.08), (0, t.length)])
    buttons(s, 0.05, 0.22, t.length - 0.15, r.integers(3, 6))
    return s


# --------------------------------------------------------------------------------------------
# Shirt: a collar, a button placket, cuffs.

def _shirt(r, **kw):
    u = r.uniform
    params = dict(neck=u(0.09, 0.12), neck_depth=0.0, shoulder=u(0.3, 0.35), drop=u(0.04, 0.08),
                  sleeve=u(0.55, 0.72), angle=u(55, 76), cuff=u(0.1, 0.13), chest=u(0.27, 0.31),
                  armpit=u(0.24, 0.3), hem=u(0.27, 0.32), length=u(0.95, 1.15), neckline="flat")
    params.update(kw)
    return Top(**params)


def collar(s, t, point=0.16, spread=0.35, key=True):
    n = t.neck
    s.detail([(n, -0.03), (n * spread, point), (0, 0.05)], mirror=True, key=key)


def placket(s, t, y0=0.05, count=None, r=None, line=True, size=0.8):
    if line:
        s.detail([(0, y0), (0, t.length)])
    count = count if count is not None else int(r.integers(3, 6))
    buttons(s, 0.035, y0 + 0.08, t.length - 0.12, count, size)


def shirt_business(r):
    t = _shirt(r, tail=r.uniform(0.0, 0.06))
    s = Sketch().shape(t.outline())
    collar(s, t, r.uniform(0.13, 0.18))
    placket(s, t, r=r)
    s.detail(t.cuff(r.uniform(0.07, 0.1)), mirror=True, key=False)
    if r.random() < 0.4:
        pocket(s, -0.15, 0.25, 0.1, 0.11, mirror=False)
    return s


def shirt_summer(r):
    u = r.uniform
    t = _shirt(r, sleeve=u(0.16, 0.24), angle=u(25, 45), cuff=u(0.12, 0.16), length=u(0.9, 1.05),
               armpit=None)
    s = Sketch().shape(t.outline())
    s.detail([(t.neck, -0.02), (t.neck + 0.05, 0.14), (0.02, 0.25)], mirror=True)
    s.detail([(0, 0.25), (0, t.length)])
    buttons(s, 0.035, 0.32, t.length - 0.1, r.integers(3, 5))
    if r.random() < 0.5:   # a print of little flowers
        for x, y in r.uniform((-0.2, 0.3), (0.2, t.length - 0.15), (4, 2)):
            s.dot(x, y, 0.7, key=False)
    return s


def flannel(r):
    t = _shirt(r)
    s = Sketch().shape(t.outline())
    collar(s, t)
    placket(s, t, r=r, count=r.integers(2, 4))
    for sign in (-1, 1):
        pocket(s, sign * 0.15, 0.22, 0.11, 0.12, flap=True, mirror=False)
    for y in np.linspace(t.armpit + 0.15, t.length - 0.12, 3):
        s.detail(t.across(y, 0.03), key=False)
    for x in (-0.22, 0.22):
        s.detail([(x, 0.38), (x, t.length - 0.05)], key=False)
    return s


def blouse_bow(r):
    u = r.uniform
    t = _shirt(r, angle=u(60, 78), sleeve=u(0.55, 0.68), hem=u(0.28, 0.34))
    s = Sketch().shape(t.outline())
    s.detail(arc(-0.06, 0.06, 0.06, 0.04, 0, 360, 8), closed=True)
    s.detail(arc(0.06, 0.06, 0.06, 0.04, 0, 360, 8), closed=True)
    s.stroke([(0, 0.08), (-0.05, 0.25)]).stroke([(0, 0.08), (0.05, 0.25)])
    buttons(s, 0.0, 0.32, t.length - 0.1, r.integers(2, 5), 0.7)
    s.detail(t.cuff(0.08), mirror=True, key=False)
    return s


def shirt_rolled(r):
    u = r.uniform
    t = _shirt(r, sleeve=u(0.32, 0.42), angle=u(50, 70), cuff=u(0.12, 0.15))
    s = Sketch().shape(t.outline())
    collar(s, t)
    placket(s, t, r=r)
    s.detail(t.cuff(0.07), mirror=True)
    s.detail(t.cuff(0.12), mirror=True, key=False)
    return s


def shirt_tie(r):
    t = _shirt(r)
    s = Sketch().shape(t.outline())
    collar(s, t, 0.15)
    tie = [(0, 0.05), (-0.04, 0.1), (-0.05, 0.45), (0, 0.52), (0.05, 0.45), (0.04, 0.1)]
    s.detail(tie, closed=True)
    return s


def denim_shirt(r):
    t = _shirt(r)
    s = Sketch().shape(t.outline())
    collar(s, t)
    placket(s, t, r=r, size=1.0)
    for sign in (-1, 1):
        pocket(s, sign * 0.16, 0.18, 0.12, 0.13, flap=True, mirror=False)
        buttons(s, sign * 0.16, 0.24, 0.24, 1, 0.7, key=False)
    return s


def shirt_tail(r):
    t = _shirt(r, tail=r.uniform(0.08, 0.14), length=r.uniform(0.95, 1.1))
    s = Sketch().shape(t.outline())
    collar(s, t)
    placket(s, t, r=r)
    return s


def grandad_shirt(r):
    t = _shirt(r)
    s = Sketch().shape(t.outline())
    s.detail([(-t.neck, 0.04), (t.neck, 0.04)])
    placket(s, t, y0=0.0, r=r)
    return s


def striped_shirt(r):
    t = _shirt(r)
    s = Sketch().shape(t.outline())
    collar(s, t)
    placket(s, t, r=r)
    for x in (-0.2, -0.12, 0.12, 0.2):
        s.detail([(x, 0.25 if abs(x) < 0.15 else 0.35), (x, t.length - 0.04)], key=False)
    return s


def hawaiian(r):
    u = r.uniform
    t = _shirt(r, sleeve=u(0.18, 0.25), angle=u(25, 40), cuff=u(0.13, 0.17), hem=u(0.3, 0.35), armpit=None)
    s = Sketch().shape(t.outline())
    collar(s, t, 0.14, 0.2)
    placket(s, t, r=r)
    pocket(s, -0.15, 0.22, 0.1, 0.11, mirror=False)
    for x, y in r.uniform((-0.22, 0.35), (0.22, t.length - 0.1), (3, 2)):
        s.detail(arc(x, y, 0.035, 0.035, 0, 360, 6), closed=True, key=False)
    return s


def blouse_round_collar(r):
    t = _shirt(r, sleeve=r.uniform(0.14, 0.2), angle=r.uniform(25, 45), cuff=r.uniform(0.12, 0.15),
               armpit=None)
    s = Sketch().shape(t.outline())
    s.detail(np.vstack([[(0, 0.02)], arc(t.neck * 0.55, 0.04, t.neck * 0.55, 0.09, 180, 0, 7)]),
             mirror=True)
    placket(s, t, y0=0.12, r=r, line=False)
    return s


def shirt_arms_down(r):
    u = r.uniform
    t = _shirt(r, angle=u(70, 80), sleeve=u(0.68, 0.8), armpit=u(0.22, 0.26), chest=u(0.24, 0.28))
    s = Sketch().shape(t.outline())
    collar(s, t)
    placket(s, t, r=r)
    s.detail(t.cuff(0.08), mirror=True, key=False)
    return s


# --------------------------------------------------------------------------------------------
# Shoes, from the side with the toe to the left: (x from toe to heel, height above the ground).

def _sole_line(s, h, x0=0.01, x1=0.99, key=True):
    s.detail(up([(x0, h), (x1, h)]), key=key)


def flat_sole(t):
    """A flat sole `t` thick, toe to heel."""
    return up([(0, t * 0.5), (0.03, t), (0.97, t), (1.0, t * 0.6), (0.98, 0), (0.03, 0)])


def ankle_strap(s, heel_x, heel_y, height, reach=0.35):
    """The strap up the back of the heel and forward round the ankle, sagging a little."""
    s.stroke(up(np.vstack([[(heel_x, heel_y)], bezier((heel_x - 0.03, height), (heel_x - reach * 0.5, height - 0.05),
                                                      (heel_x - reach, height + 0.01), 5)])))


def sandal_flipflop(r):
    u = r.uniform
    t = u(0.05, 0.09)
    s = Sketch().shape(flat_sole(t))
    post, back = u(0.18, 0.26), u(0.52, 0.62)
    s.stroke(up([(post, t), (post + 0.14, u(0.22, 0.32)), (back, t)]))
    return s


def sandal_flipflop_above(r):
    # Seen from above, as a footprint with a Y-shaped strap: the toe up, or turned on its side.
    u = r.uniform
    w = u(0.17, 0.22)
    sole = np.vstack([arc(0, -0.3, w, 0.3, 180, 360, 9), [(w * 0.8, 0.15)], arc(0, 0.3, w * 0.75, 0.2, 0, 180, 7),
                      [(-w * 0.8, 0.15)]])
    s = Sketch().shape(sole)
    s.detail([(-w * 0.9, 0.0), (0, -0.4), (w * 0.9, 0.0)], key="always")
    s.dot(0, -0.4, 0.6, key=False)
    angle = (0, 90, -90, 80, -100)[r.integers(5)]
    if angle:
        a = math.radians(angle)
        rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
        s.shapes = [(p @ rot.T, [(q @ rot.T, c) for q, c in lines]) for p, lines in s.shapes]
        s.details = [(p @ rot.T, c, k) for p, c, k in s.details]
        s.dots = [(*(np.array([x, y]) @ rot.T), size, k) for x, y, size, k in s.dots]
    return s


def gladiator(r):
    u = r.uniform
    t = u(0.04, 0.07)
    s = Sketch().shape(flat_sole(t))
    top = u(0.55, 0.8)
    front = [(u(0.25, 0.35), t), (0.5, top)]
    back = [(0.92, t), (0.84, top)]
    s.stroke(up(front)).stroke(up(back))
    for k in np.linspace(0.25, 0.9, r.integers(3, 6)):
        a, b = lerp(*front, k), lerp(*back, k)
        s.stroke(up(bezier(a, (a + b) / 2 + (0, 0.04), b, 5)))
    s.stroke(up(bezier((0.06, t), (0.15, 0.2), (front[0][0] + 0.05, 0.1), 5)))
    return s


def slide(r):
    u = r.uniform
    t = u(0.08, 0.13)
    s = Sketch().shape(flat_sole(t))
    h, x0, x1 = u(0.3, 0.42), u(0.04, 0.1), u(0.5, 0.62)
    s.shape(up([(x0, t), (x0 + 0.06, h * 0.8), ((x0 + x1) / 2, h), (x1 - 0.04, h * 0.85), (x1, t)]))
    if r.random() < 0.5:
        s.detail(up([(x0 + 0.12, h * 0.55), (x1 - 0.1, h * 0.6)]), key=False)
    return s


def _heeled_sole(r, heel_h, t=0.05, block=False):
    """A sole that climbs from the ball of the foot to the heel, and the heel under it."""
    u = r.uniform
    ball = u(0.28, 0.36)
    hw = u(0.12, 0.18) if block else u(0.03, 0.045)
    top = [(0, t * 0.6), (ball, t), (0.65, heel_h * 0.7 + t), (1.0, heel_h + t)]
    bottom = [(1.0, heel_h), (0.98, 0), (0.98 - hw, 0), (0.96 - hw * 0.6, heel_h - 0.03),
              (0.65, heel_h * 0.7), (ball, 0), (0.03, 0)]
    return up(np.vstack([bezier(top[0], (ball * 0.7, t), top[1], 4), bezier(top[1], top[2], top[3], 6),
                         bottom]))


def heeled_sandal(r):
    u = r.uniform
    heel = u(0.3, 0.45)
    s = Sketch().shape(_heeled_sole(r, heel))
    s.stroke(up(bezier((0.05, 0.04), (0.15, 0.25), (0.3, 0.06))))
    ankle_strap(s, 0.97, heel + 0.05, heel + u(0.2, 0.3), reach=u(0.3, 0.4))
    if r.random() < 0.5:
        s.stroke(up([(0.4, 0.1), (0.68, heel + 0.25)]))
    return s


def sport_sandal(r):
    # Wide straps with velcro pads: over the toes, up the instep to the ankle and round the back.
    u = r.uniform
    t = u(0.1, 0.15)
    s = Sketch().shape(flat_sole(t))
    for x in np.linspace(0.1, 0.9, 6):
        s.detail(up([(x, 0), (x + 0.04, t * 0.45)]), key=False)
    s.stroke(up(bezier((0.06, t), (0.16, 0.38), (0.32, t))))
    instep, ankle = (u(0.45, 0.52), u(0.42, 0.5)), u(0.48, 0.56)
    s.stroke(up([(0.38, t), instep, (0.9, ankle), (0.92, t)]))
    s.stroke(up([(0.6, t), instep]))
    s.detail(up(rect(0.6, ankle - 0.07, 0.72, ankle + 0.03)), closed=True, key=False)
    return s


def wedge_sandal(r):
    u = r.uniform
    h = u(0.2, 0.35)
    s = Sketch().shape(up([(0, 0.03), (0.03, 0.07), (0.4, 0.1), (1.0, h), (0.98, 0), (0.03, 0)]))
    s.stroke(up(bezier((0.05, 0.06), (0.18, 0.32), (0.35, 0.1))))
    ankle_strap(s, 0.95, h, h + u(0.18, 0.26))
    return s


def tbar_sandal(r):
    u = r.uniform
    t = u(0.05, 0.08)
    s = Sketch().shape(flat_sole(t))
    toe = bezier((0.04, t), (0.12, 0.3), (0.32, t + 0.05))
    s.stroke(up(toe))
    s.stroke(up([(0.22, 0.2), (0.58, 0.42)]))
    s.stroke(up([(0.5, 0.42), (0.9, 0.42), (0.95, t)]))
    s.dot(0.58, -0.42, 1.0, key=False)
    return s


def platform_sandal(r):
    u = r.uniform
    t = u(0.15, 0.24)
    s = Sketch().shape(up([(0, t * 0.4), (0.05, t), (0.97, t + 0.03), (1.0, t * 0.6), (0.97, 0), (0.05, 0)]))
    s.stroke(up([(0.08, t), (0.42, t + 0.3)])).stroke(up([(0.45, t), (0.12, t + 0.26)]))
    ankle_strap(s, 0.95, t + 0.03, t + u(0.35, 0.45))
    return s


def mule_sandal(r):
    u = r.uniform
    heel = u(0.2, 0.32)
    s = Sketch().shape(_heeled_sole(r, heel, block=True))
    h = u(0.28, 0.36)
    s.shape(up([(0.03, 0.04), (0.1, h * 0.8), (0.28, h), (0.45, h * 0.8), (0.52, heel * 0.45)]))
    return s


def sneaker_base(r, collar=None, toe=None, sole=None, high=False):
    """A trainer's silhouette: rounded toe, instep rising to the collar, rounded heel."""
    u = r.uniform
    collar = collar or (u(0.8, 0.95) if high else u(0.4, 0.5))
    toe = toe or u(0.15, 0.22)
    sole = sole or u(0.08, 0.13)
    front = u(0.5, 0.58) if not high else u(0.45, 0.52)
    pts = [(0.0, sole * 0.7), (0.02, toe), (0.12, toe + 0.07), (0.32, toe + 0.12),
           (front, collar * (0.95 if high else 1.0)), (front + 0.1, collar * 0.9),
           (0.85, collar), (0.97, collar * 0.9), (1.0, 0.2), (0.99, 0.03), (0.95, 0), (0.05, 0), (0.01, 0.03)]
    return up(pts), sole, toe, front, collar


def _laces(s, start, end, count, key=True):
    """Short bars across the line where the laces run, drawn a little inside the shoe's top edge."""
    for k in np.linspace(0.12, 0.88, count):
        p = lerp(start, end, k) + (0.03, -0.07)
        s.detail(up([p + (-0.035, -0.03), p + (0.03, 0.03)]), key=key)


def sneaker_low(r):
    shape, sole, toe, front, collar = sneaker_base(r)
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    s.detail(up([(0.33, toe + 0.04), (front + 0.03, collar - 0.07)]), key=False)
    _laces(s, (0.3, toe + 0.11), (front, collar), r.integers(3, 5))
    if r.random() < 0.6:
        s.detail(up(bezier((0.35, sole + 0.04), (0.8, sole + 0.02), (0.9, collar * 0.8))), key=False)
    return s


def sneaker_high(r):
    shape, sole, toe, front, collar = sneaker_base(r, high=True)
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    s.detail(up([(0.31, toe + 0.03), (front + 0.03, collar * 0.95 - 0.07)]), key=False)
    _laces(s, (0.28, toe + 0.1), (front, collar * 0.95), r.integers(4, 7))
    s.detail(arc(0.78, -collar * 0.65, 0.06, 0.06, 0, 360, 8), closed=True, key=False)
    if r.random() < 0.5:
        s.detail(up(bezier((0.03, sole), (0.1, toe + 0.05), (0.2, sole))), key=False)
    return s


def running_shoe(r):
    u = r.uniform
    shape, sole, toe, front, collar = sneaker_base(r, sole=u(0.15, 0.2), toe=u(0.2, 0.26))
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    xs = np.linspace(0.05, 0.95, 10)
    s.detail(up(np.stack([xs, sole * 0.5 + 0.02 * np.sin(xs * 25)], 1)), key=False)
    _laces(s, (0.32, toe + 0.11), (front, collar), r.integers(3, 5), key=False)
    s.detail(up(bezier((0.3, sole + 0.05), (0.7, sole + 0.02), (0.9, collar * 0.85))))
    return s


def slip_on(r):
    u = r.uniform
    shape, sole, toe, front, collar = sneaker_base(r, collar=u(0.33, 0.4))
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    s.detail(up([(0.42, collar * 0.9), (0.47, collar * 0.55), (0.52, collar * 0.95)]), key=False)
    if r.random() < 0.5:   # a checkerboard
        for x in (0.6, 0.72, 0.84):
            s.detail(up([(x, sole), (x, collar * 0.9)]), key=False)
        s.detail(up([(0.55, (sole + collar) / 2), (0.95, (sole + collar) / 2)]), key=False)
    return s


def velcro_trainer(r):
    shape, sole, toe, front, collar = sneaker_base(r)
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    for x in np.linspace(0.3, front, r.integers(2, 4)):
        s.detail(up([(x, toe + 0.12), (x + 0.12, collar * 0.95), (x + 0.2, collar * 0.9), (x + 0.1, toe + 0.1)]),
                 closed=True)
    return s


def stripes_trainer(r):
    shape, sole, toe, front, collar = sneaker_base(r)
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    for dx in (0.0, 0.08, 0.16):
        s.detail(up([(0.5 + dx, sole), (0.42 + dx, collar * 0.85)]))
    _laces(s, (0.3, toe + 0.11), (front, collar), 3, key=False)
    return s


def chunky_trainer(r):
    u = r.uniform
    shape, sole, toe, front, collar = sneaker_base(r, sole=u(0.2, 0.28), toe=u(0.27, 0.33),
                                                   collar=u(0.55, 0.65))
    s = Sketch().shape(shape)
    xs = np.linspace(0.03, 0.97, 8)
    s.detail(up(np.stack([xs, sole + 0.03 * np.sin(xs * 14)], 1)))
    _laces(s, (0.3, toe + 0.1), (front, collar), 3, key=False)
    return s


def canvas_low(r):
    shape, sole, toe, front, collar = sneaker_base(r)
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    s.detail(up([(0.03, sole * 0.5), (0.97, sole * 0.5)]), key=False)
    s.detail(up(bezier((0.02, toe * 0.8), (0.1, toe + 0.06), (0.22, sole))), key=False)
    _laces(s, (0.3, toe + 0.11), (front, collar), r.integers(3, 6))
    return s


def skate_shoe(r):
    u = r.uniform
    shape, sole, toe, front, collar = sneaker_base(r, collar=u(0.45, 0.55), sole=u(0.11, 0.15))
    s = Sketch().shape(shape)
    # The padded tongue sticks up out of the collar.
    s.shape(up([(front - 0.06, collar * 0.9), (front - 0.08, collar + 0.12), (front + 0.05, collar + 0.13),
                (front + 0.06, collar)]))
    _sole_line(s, sole)
    _laces(s, (0.32, toe + 0.11), (front - 0.02, collar), 3)
    return s


def sock_runner(r):
    # A knitted runner without laces: a sock-like collar up the ankle on a thick wavy sole.
    u = r.uniform
    shape, sole, toe, front, collar = sneaker_base(r, collar=u(0.55, 0.68), sole=u(0.14, 0.19))
    s = Sketch().shape(shape)
    xs = np.linspace(0.03, 0.97, 8)
    s.detail(up(np.stack([xs, sole + 0.025 * np.sin(xs * 12)], 1)))
    s.detail(up([(front + 0.02, collar * 0.8), (0.85, collar * 0.82), (0.96, collar * 0.75)]), key=False)
    return s


def retro_runner(r):
    # A suede runner with a big letter on its side.
    shape, sole, toe, front, collar = sneaker_base(r)
    s = Sketch().shape(shape)
    _sole_line(s, sole)
    h0, h1 = sole + 0.05, collar * 0.75
    s.detail(up([(0.45, h0), (0.5, h1), (0.62, h0), (0.67, h1)]))
    s.detail(up(bezier((0.04, sole), (0.12, toe + 0.04), (0.25, sole)), ), key=False)
    _laces(s, (0.3, toe + 0.11), (front, collar), 3, key=False)
    return s


def _boot(r, shaft=None, heel=0.0, pointed=False, sole=0.06, front=None, back_lean=0.0, block=True):
    """An ankle boot's silhouette: the foot, the shaft up to above the ankle and, for a heeled one,
    the foot sloping down from the heel to the ball with the heel under it."""
    u = r.uniform
    shaft = shaft or u(0.75, 0.95)
    front = front or u(0.44, 0.52)
    toe = u(0.1, 0.14) if pointed else u(0.17, 0.24)
    tip = (0.0, 0.03) if pointed else (0.0, sole * 0.6)
    if heel > 0.08:
        hw = u(0.1, 0.15) if block else u(0.04, 0.06)
        top = [tip, (0.04, toe), (0.24, toe + 0.07), (front - 0.05, heel + u(0.3, 0.36)), (front, shaft),
               (0.9 + back_lean, shaft), (0.9, (shaft + heel) / 2), (1.0, heel + 0.12), (1.0, heel)]
        bottom = [(1.0, 0), (1.0 - hw, 0), (0.98 - hw, heel * 0.95), (0.6, heel * 0.55), (0.32, 0), (0.04, 0)]
    else:
        top = [tip, (0.02, toe), (0.2, toe + 0.08), (front - 0.06, toe + 0.15), (front, shaft),
               (0.88 + back_lean, shaft), (0.9, shaft * 0.55), (1.0, 0.2), (1.0, 0.05)]
        bottom = [(0.99, 0), (0.03, 0)]
    return up(top + bottom), shaft, front, toe


def chelsea(r):
    s_pts, shaft, front, toe = _boot(r, heel=r.uniform(0.0, 0.06))
    s = Sketch().shape(s_pts)
    _sole_line(s, 0.06)
    s.detail(up([(front + 0.08, shaft), (front + 0.18, shaft * 0.45), (front + 0.3, shaft)]))
    s.stroke(up([(0.83, shaft), (0.84, shaft + 0.1), (0.92, shaft + 0.1), (0.9, shaft)]))
    return s


def heeled_boot(r):
    u = r.uniform
    s_pts, shaft, front, toe = _boot(r, heel=u(0.2, 0.32), pointed=r.random() < 0.6, shaft=u(0.85, 1.05),
                                     block=r.random() < 0.6)
    s = Sketch().shape(s_pts)
    if r.random() < 0.6:
        s.detail(up([(0.75, shaft * 0.95), (0.75, shaft * 0.45)]), key=False)
    return s


def work_boot(r):
    u = r.uniform
    sole = u(0.12, 0.16)
    s_pts, shaft, front, toe = _boot(r, sole=sole, shaft=u(0.8, 0.95))
    s = Sketch().shape(s_pts)
    _sole_line(s, sole)
    for x in np.linspace(0.08, 0.92, 7):
        s.detail(up([(x, 0), (x, sole * 0.45)]), key=False)
    s.detail(up(bezier((0.03, sole), (0.08, toe + 0.08), (0.3, sole + 0.04))), key=False)
    _laces(s, (front - 0.08, toe + 0.18), (front + 0.02, shaft * 0.95), r.integers(4, 6))
    s.detail(up([(front, shaft * 0.85), (0.88, shaft * 0.85)]), key=False)
    return s


def sock_boot(r):
    u = r.uniform
    s_pts, shaft, front, toe = _boot(r, heel=u(0.22, 0.32), shaft=u(1.0, 1.2), pointed=True,
                                     front=u(0.52, 0.6), back_lean=-0.03, block=False)
    return Sketch().shape(s_pts)


def short_wellie(r):
    u = r.uniform
    sole = u(0.09, 0.13)
    s_pts, shaft, front, toe = _boot(r, sole=sole, shaft=u(0.75, 0.9), front=u(0.38, 0.45))
    s = Sketch().shape(s_pts)
    _sole_line(s, sole)
    s.detail(up([(front, shaft - 0.1), (0.88, shaft - 0.1)]), key=False)
    return s


def cowboy_boot(r):
    u = r.uniform
    s_pts, shaft, front, toe = _boot(r, heel=u(0.12, 0.17), pointed=True, shaft=u(0.95, 1.1))
    # The top of the shaft dips in a V between the pull-straps.
    dip = up([(front, shaft), (front + 0.06, shaft + 0.04), ((front + 0.9) / 2, shaft - 0.07),
              (0.84, shaft + 0.04), (0.9, shaft)])
    pts = np.vstack([s_pts[:4], dip, s_pts[6:]])
    s = Sketch().shape(pts)
    s.detail(up(bezier((front + 0.05, shaft * 0.6), ((front + 0.88) / 2, shaft * 0.3), (0.85, shaft * 0.6))),
             key=False)
    s.detail(up(bezier((0.1, toe), (0.25, toe + 0.14), (front - 0.02, toe + 0.12))), key=False)
    return s


def chukka(r):
    u = r.uniform
    sole = u(0.09, 0.12)
    s_pts, shaft, front, toe = _boot(r, sole=sole, shaft=u(0.65, 0.78))
    s = Sketch().shape(s_pts)
    _sole_line(s, sole)
    for y in (0.55, 0.75):
        s.dot(front + 0.02, -shaft * y, 0.8, key=False)
    s.detail(up([(front - 0.04, toe + 0.14), (front + 0.06, shaft * 0.7), (front + 0.1, toe + 0.15)]), key=False)
    return s


def platform_boot(r):
    u = r.uniform
    sole = u(0.16, 0.22)
    s_pts, shaft, front, toe = _boot(r, sole=sole, shaft=u(0.85, 1.0))
    s = Sketch().shape(s_pts)
    _sole_line(s, sole)
    for y in (0.5, 0.75):
        s.detail(up([(front - 0.01, shaft * y), (0.89, shaft * y + 0.04)]))
        s.detail(rect(0.62, -shaft * y - 0.07, 0.7, -shaft * y + 0.03), closed=True, key=False)
    return s


def hiking_boot(r):
    u = r.uniform
    sole = u(0.12, 0.16)
    s_pts, shaft, front, toe = _boot(r, sole=sole)
    s = Sketch().shape(s_pts)
    s.detail(up(zigzag((0.02, sole * 0.4), (0.98, sole * 0.4), 8, 0.05)), key=False)
    _sole_line(s, sole)
    _laces(s, (front - 0.1, toe + 0.15), (front + 0.02, shaft * 0.95), r.integers(3, 5))
    for k in np.linspace(0.3, 0.9, 3):
        s.dot(front + 0.06, -shaft * k, 0.6, key=False)
    return s


def furry_boot(r):
    u = r.uniform
    s_pts, shaft, front, toe = _boot(r, shaft=u(0.8, 0.95), front=u(0.38, 0.45))
    s = Sketch().shape(s_pts)
    s.detail(up(zigzag((front, shaft - 0.12), (0.89, shaft - 0.12), 5, -0.05)))
    _sole_line(s, 0.06, key=False)
    return s


# --------------------------------------------------------------------------------------------
# Bag, from the front.

def backpack(r):
    u = r.uniform
    w, h = u(0.3, 0.4), u(0.85, 1.05)
    body = np.vstack([arc(0, 0.25, w, 0.25, 180, 360, 8), [(w, h), (-w, h)]])
    s = Sketch().shape(body)
    s.stroke(arc(0, 0.02, 0.09, 0.1, 180, 360, 6))
    s.detail(rect(-w * 0.7, h * 0.5, w * 0.7, h * 0.9), closed=True)
    s.detail([(-w * 0.7, h * 0.62), (w * 0.7, h * 0.62)], key=False)
    if r.random() < 0.6:
        s.stroke(bezier((w * 0.7, 0.12), (w * 1.3, h * 0.5), (w * 1.0, h * 0.9)), mirror=True)
    return s


def handbag(r):
    u = r.uniform
    top, bottom, h = u(0.25, 0.35), u(0.38, 0.48), u(0.5, 0.7)
    s = Sketch().shape([(-top, 0), (top, 0), (bottom, h), (-bottom, h)])
    s.stroke(arc(0, 0, top * u(0.5, 0.8), u(0.2, 0.35), 180, 360, 9))
    if r.random() < 0.6:
        s.dot(0, 0.1, 1.0, key=False)
    return s


def tote(r):
    u = r.uniform
    w, h = u(0.35, 0.45), u(0.6, 0.85)
    s = Sketch().shape([(-w, 0), (w, 0), (w * 1.05, h), (-w * 1.05, h)])
    hh = u(0.35, 0.55)
    s.stroke(arc(0, 0, w * 0.55, hh, 180, 360, 9))
    if r.random() < 0.5:
        s.stroke(arc(0, 0, w * 0.35, hh * 0.85, 180, 360, 9))
    return s


def clutch(r):
    u = r.uniform
    w, h = u(0.45, 0.55), u(0.35, 0.5)
    s = Sketch().shape(rect(-w, 0, w, h))
    s.detail([(-w, 0.01), (0, h * u(0.5, 0.7)), (w, 0.01)])
    s.dot(0, h * 0.6, 1.0, key=False)
    return s


def shoulder_bag(r):
    u = r.uniform
    w, h = u(0.25, 0.35), u(0.35, 0.5)
    s = Sketch().shape(np.vstack([[(-w, 0), (w, 0)], arc(w - 0.08, h - 0.08, 0.08, 0.08, 0, 90, 4),
                                  arc(-w + 0.08, h - 0.08, 0.08, 0.08, 90, 180, 4)]))
    # The long strap hangs in a loose curve, pulled over to one side.
    s.stroke(bezier((-w, 0.02), (r.choice([-1, 1]) * u(0.1, 0.4), -u(0.9, 1.4)), (w, 0.02), 12))
    s.detail([(-w, 0.02), (0, h * 0.35), (w, 0.02)], key=False)
    return s


def bum_bag(r):
    u = r.uniform
    w, h = u(0.3, 0.38), u(0.22, 0.3)
    body = np.vstack([arc(0, 0, w, h * 0.4, 180, 360, 7), arc(0, 0, w, h, 0, 180, 9)])
    s = Sketch().shape(body)
    s.detail(arc(0, 0, w * 0.75, h * 0.5, 10, 170, 7))
    for sign in (-1, 1):
        s.stroke([(sign * w, -0.02), (sign * (w + u(0.18, 0.3)), -0.05 + u(-0.05, 0.05))])
    s.detail(rect(w + 0.12, -0.09, w + 0.2, 0.03), closed=True, key=False)
    return s


def doctors_bag(r):
    u = r.uniform
    top, bottom, h = u(0.3, 0.38), u(0.42, 0.5), u(0.5, 0.65)
    body = np.vstack([arc(0, 0.05, top, 0.08, 180, 360, 7), [(bottom, h), (-bottom, h)]])
    s = Sketch().shape(body)
    s.detail([(-top * 1.02, 0.08), (top * 1.02, 0.08)])
    s.stroke(arc(0, -0.02, 0.12, 0.12, 180, 360, 7))
    s.detail(rect(-0.04, 0.08, 0.04, 0.16), closed=True, key=False)
    return s


def paper_bag(r):
    u = r.uniform
    w, h = u(0.3, 0.4), u(0.7, 0.9)
    s = Sketch().shape(rect(-w, 0, w, h))
    s.detail([(-w, 0.08), (w, 0.08)], key=False)
    s.detail([(-w, 0.08), (-w * 0.8, h * 0.5), (-w, h)], key=False)
    for sign in (-1, 1):
        s.stroke(arc(sign * w * 0.35, 0.02, w * 0.25, u(0.25, 0.35), 180, 360, 7))
    return s


def drawstring_bag(r):
    u = r.uniform
    w, h = u(0.32, 0.4), u(0.7, 0.9)
    neck = u(0.08, 0.12)
    body = np.vstack([[(-neck, 0.0), (-0.12, -0.08), (0.12, -0.08), (neck, 0.0)],
                      bezier((neck, 0.0), (w * 1.1, h * 0.3), (w, h * 0.85), 6),
                      bezier((w, h * 0.85), (0, h * 1.1), (-w, h * 0.85), 6),
                      bezier((-w, h * 0.85), (-w * 1.1, h * 0.3), (-neck, 0.0), 6)])
    s = Sketch().shape(body)
    s.detail([(-neck, 0.0), (neck, 0.0)])
    s.stroke([(-0.02, 0.0), (-0.12, 0.25)]).stroke([(0.02, 0.0), (0.1, 0.28)])
    return s


def satchel(r):
    u = r.uniform
    w, h = u(0.38, 0.48), u(0.55, 0.7)
    s = Sketch().shape(rect(-w, 0, w, h))
    flap = h * u(0.45, 0.6)
    s.detail(np.vstack([[(-w, 0.0)], arc(-w + 0.08, flap - 0.08, 0.08, 0.08, 180, 90, 4),
                        arc(w - 0.08, flap - 0.08, 0.08, 0.08, 90, 0, 4), [(w, 0.0)]]))
    for x in (-w * 0.5, w * 0.5):
        s.detail(rect(x - 0.04, flap - 0.1, x + 0.04, flap + 0.04), closed=True, key=False)
    s.stroke(arc(0, 0, 0.12, 0.12, 180, 360, 7))
    return s


def kisslock_purse(r):
    u = r.uniform
    w, h = u(0.35, 0.45), u(0.45, 0.6)
    body = np.vstack([[(-w * 0.8, 0), (w * 0.8, 0)], arc(0, 0, w, h, 0, 180, 11)])
    s = Sketch().shape(body)
    s.detail(arc(0, 0.02, w * 0.8, 0.05, 180, 360, 7), key=False)
    s.dot(-0.04, -0.06, 0.8).dot(0.04, -0.06, 0.8)
    if r.random() < 0.6:
        s.stroke(arc(0, 0, w * 0.7, u(0.3, 0.5), 180, 360, 9))
    return s


def briefcase(r):
    u = r.uniform
    w, h = u(0.45, 0.55), u(0.45, 0.6)
    s = Sketch().shape(rect(-w, 0, w, h))
    s.stroke([(-0.12, 0), (-0.1, -0.1), (0.1, -0.1), (0.12, 0)])
    for x in (-w * 0.6, w * 0.6):
        s.detail(rect(x - 0.04, 0.04, x + 0.04, 0.1), closed=True, key=False)
    s.detail([(-w, h * 0.3), (w, h * 0.3)], key=False)
    return s


DESIGNS = (
    (tee_plain, tee_vneck, tee_long, tank_top, crop_top, frilly_top, polo, cami, baggy_tee, tee_print,
     ringer_tee, raglan_tee, pocket_tee),
    (trouser_straight, trouser_wide, trouser_skinny, trouser_flared, trouser_cargo, joggers, jeans,
     trouser_belt, leggings, trouser_creased, trouser_turnups),
    (jumper_plain, hoodie, turtleneck, jumper_vneck, cable_knit, sweatshirt, festive_jumper, striped_jumper,
     jumper_tpose, jumper_oversized, raglan_jumper, jumper_collar, argyle_jumper),
    (dress_aline, dress_shift, dress_maxi, dress_strapless, dress_wrap, dress_belted, dress_puff, dress_tutu,
     dress_slip, dress_long_sleeves, dress_triangle, dress_halter, dress_tiered),
    (trench, puffer, duffel, denim_jacket, blazer, zip_hoodie, cardigan, raincoat_hood, open_coat, parka,
     bomber, peacoat, biker_jacket, coat_tpose),
    (sandal_flipflop, sandal_flipflop_above, gladiator, slide, heeled_sandal, sport_sandal, wedge_sandal,
     tbar_sandal, platform_sandal, mule_sandal),
    (shirt_business, shirt_summer, flannel, blouse_bow, shirt_rolled, shirt_tie, denim_shirt, shirt_tail,
     grandad_shirt, striped_shirt, hawaiian, blouse_round_collar, shirt_arms_down),
    (sneaker_low, sneaker_high, running_shoe, slip_on, velcro_trainer, stripes_trainer, chunky_trainer,
     canvas_low, skate_shoe, sock_runner, retro_runner),
    (backpack, handbag, tote, clutch, shoulder_bag, bum_bag, doctors_bag, paper_bag, drawstring_bag, satchel,
     kisslock_purse, briefcase),
    (chelsea, heeled_boot, work_boot, sock_boot, short_wellie, cowboy_boot, chukka, platform_boot,
     hiking_boot, furry_boot),
)
SHOES = {5, 7, 9}


def designs_per_class() -> list[int]:
    return [len(designs) for designs in DESIGNS]


# --------------------------------------------------------------------------------------------
# The hand: where and how big, how rough, which brush, how hurried.

def _hand(rng, shoe):
    brush = float(np.clip(rng.lognormal(math.log(15), 0.38), 6, 36))
    return dict(
        brush=brush,
        # The drawing's longest side, px: big enough for its details to show through the brush.
        size=rng.uniform(min(max(120, 7.5 * brush), 240), 255),
        tilt=float(np.clip(rng.normal(0, 5), -14, 14)),
        squash=math.exp(rng.normal(0, 0.08)),
        flip=rng.random() < (0.35 if shoe else 0.5),
        warp=rng.uniform(0.0, 0.035),                         # rough proportions
        wobble=rng.uniform(0.3, 1.6) * (1 + brush / 30),      # px, along each stroke
        round=int(rng.choice([0, 1, 1, 2])),                  # corners cut in a hurry
        gap=rng.uniform(0.0, 0.07),                           # outlines that do not quite close
        pieces=int(rng.choice([1, 1, 2, 3])),                 # an outline in one go or a few strokes
        skip=rng.uniform(0.0, 0.35),                          # minor details left out
    )


def _rounded(points, closed, times, step=30.0):
    """Corners cut in a hurry: every edge split into pieces about `step` long first, so that a
    corner is rounded over a short stretch whatever the length of the edges that meet there."""
    if times == 0:
        return points
    ring = np.vstack([points, points[:1]]) if closed else points
    pieces = [ring[:1]]
    for a, b in zip(ring[:-1], ring[1:]):
        n = max(1, int(np.linalg.norm(b - a) / step))
        pieces.append(a + (b - a) * (np.arange(1, n + 1) / n)[:, None])
    dense = np.vstack(pieces)
    return _chaikin(dense[:-1] if closed else dense, closed, times)


def _chaikin(points, closed, times):
    for _ in range(times):
        if len(points) < 3:
            break
        nxt = np.roll(points, -1, axis=0) if closed else points[1:]
        cur = points if closed else points[:-1]
        q, r = 0.75 * cur + 0.25 * nxt, 0.25 * cur + 0.75 * nxt
        cut = np.empty((2 * len(cur), 2))
        cut[0::2], cut[1::2] = q, r
        points = cut if closed else np.vstack([points[:1], cut, points[-1:]])
    return points


def _resample(points, step):
    seg = np.linalg.norm(np.diff(points, axis=0), axis=1)
    length = np.concatenate([[0], np.cumsum(seg)])
    if length[-1] < 1e-6:
        return points[:1].repeat(2, axis=0)
    at = np.linspace(0, length[-1], max(2, int(length[-1] / step) + 1))
    return np.stack([np.interp(at, length, points[:, 0]), np.interp(at, length, points[:, 1])], 1)


class _Pen:
    """Maps the design to the (2x) canvas and draws its lines with this hand's wobble."""

    def __init__(self, sketch, hand, rng):
        self.hand, self.rng = hand, rng
        pts = sketch.points()
        lo, hi = pts.min(0), pts.max(0)
        self.centre, self.unit = (lo + hi) / 2, float((hi - lo).max())
        a = math.radians(hand["tilt"])
        sx = (-1 if hand["flip"] else 1) * hand["squash"]
        self.matrix = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]]) @ np.diag([sx, 1])
        self.waves = rng.uniform(1.5, 4.0, (2, 2)), rng.uniform(0, 2 * math.pi, 2)
        box = self._normal(pts)
        lo, hi = box.min(0), box.max(0)
        scale = hand["size"] * ZOOM / float((hi - lo).max())
        margin = (hand["brush"] / 2 + 6) * ZOOM
        room = CANVAS * ZOOM - 2 * margin
        scale = min(scale, room / float((hi - lo).max()))
        extent = (hi - lo) * scale
        # Roughly in the middle of the canvas, drifting as a hand does, never off its edge.
        offset = margin + np.clip(rng.normal(0.5, 0.2, 2), 0, 1) * np.maximum(room - extent, 0)
        self.scale, self.offset, self.lo = scale, offset, lo

    def _normal(self, pts):
        p = (pts - self.centre) / self.unit @ self.matrix.T
        k, phase = self.waves
        warp = self.hand["warp"] * np.sin(p @ k.T + phase)
        return p + warp

    def place(self, pts):
        return (self._normal(np.asarray(pts, float)) - self.lo) * self.scale + self.offset

    def line(self, pts, closed=False, rounding=True):
        """A hand-drawn version of the polyline: resampled, wobbled, and for an outline maybe left
        open or run past its start, maybe drawn as a few strokes that meet roughly."""
        hand, rng = self.hand, self.rng
        pts = self.place(pts)
        if rounding:
            pts = _rounded(pts, closed, hand["round"])
        if closed:
            start = rng.integers(len(pts))
            pts = np.vstack([np.roll(pts, -start, axis=0), np.roll(pts, -start, axis=0)[:1]])
        pts = _resample(pts, 9.0)
        pieces = [pts]
        if closed and len(pts) > 8:
            n = len(pts)
            gap = int(n * hand["gap"] * rng.uniform(-0.5, 1.0))   # negative: it runs past its start
            pts = pts[: n - gap] if gap > 0 else np.vstack([pts, pts[1: 1 - gap]])
            cuts = sorted(rng.choice(np.arange(3, len(pts) - 3), hand["pieces"] - 1, replace=False)) \
                if hand["pieces"] > 1 and len(pts) > 12 else []
            pieces = np.split(pts, cuts)
            pieces = [np.vstack([p, pts[min(len(pts) - 1, c): min(len(pts), c + 1)]])
                      for p, c in zip(pieces, list(cuts) + [len(pts)])]
        return [self._wobbled(p) for p in pieces if len(p) >= 2]

    def _wobbled(self, pts):
        n = len(pts)
        t = np.arange(n) / 12.0
        f, ph = self.rng.uniform(0.4, 1.2, 2), self.rng.uniform(0, 2 * math.pi, 2)
        w = self.hand["wobble"] * ZOOM
        drift = np.stack([np.sin(f[0] * t + ph[0]), np.sin(f[1] * t + ph[1])], 1) * w
        drift += self.rng.normal(0, w * 0.6, 2)   # each stroke starts a little off
        return pts + drift


def _draw_line(draw, pts, width, fill):
    """A round brush: segments with a disc at every point (PIL's curved joints leave nicks in
    thick lines, and are slower)."""
    flat = [tuple(p) for p in pts]
    draw.line(flat, fill=fill, width=width)
    r = width / 2
    for x, y in flat:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=fill)


def _dot(draw, xy, radius, fill):
    x, y = xy
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def _scribble(shape_xy, brush, rng, side):
    """Colouring in with a thick brush: back-and-forth strokes across the shape, clipped to a little
    beyond its outline (the hand overshoots), gaps where the strokes lie further apart than the brush."""
    a = rng.uniform(-0.8, 0.8) + (math.pi / 2 if rng.random() < 0.15 else 0.0)
    d, n = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
    along, across = shape_xy @ d, shape_xy @ n
    spacing = brush * rng.uniform(0.55, 1.1)
    rows = np.arange(across.min() + spacing * 0.4, across.max(), spacing)
    ends = np.where(np.arange(len(rows)) % 2 == 0, along.min() - brush, along.max() + brush)
    starts = np.where(np.arange(len(rows)) % 2 == 0, along.max() + brush, along.min() - brush)
    pts = np.empty((2 * len(rows), 2))
    pts[0::2] = starts[:, None] * d + rows[:, None] * n
    pts[1::2] = ends[:, None] * d + (rows + spacing * 0.5)[:, None] * n
    layer = Image.new("L", (side, side))
    if len(pts) >= 2:
        _draw_line(ImageDraw.Draw(layer), pts, int(brush), 255)
    return np.asarray(layer)


def _paint(image, sketch, pen, rng, brush):
    """The shapes painted in, solid or scribbled over, and half the time outlined first. Colouring
    in, a person keeps the brush's edge near the outline, so the paint runs only a little past it:
    without an outline, the gap between trouser legs or a bag's handle hole stays open."""
    side = image.size[0]
    mask = Image.new("L", (side, side))
    mdraw = ImageDraw.Draw(mask)
    polys = []
    for shape, _ in sketch.shapes:
        poly = _rounded(pen.place(shape), True, pen.hand["round"])
        polys.append(poly)
        flat = [tuple(p) for p in poly]
        mdraw.polygon(flat, fill=255)
        mdraw.line(flat + flat[:1], fill=255, width=max(2, brush // 5))
    if rng.random() < 0.4:
        paint = np.minimum(_scribble(np.vstack(polys), brush, rng, side), np.asarray(mask))
    else:
        paint = np.asarray(mask)
    image.paste(255, mask=Image.fromarray(paint))
    if rng.random() < 0.5:   # outlined first, coloured in after
        draw = ImageDraw.Draw(image)
        for _, lines in sketch.shapes:
            for pts, closed in lines:
                for p in pen.line(pts, closed):
                    _draw_line(draw, p, brush, 255)


def _render(sketch, style, rng, shoe):
    hand = _hand(rng, shoe)
    pen = _Pen(sketch, hand, rng)
    side = CANVAS * ZOOM
    image = Image.new("L", (side, side))
    draw = ImageDraw.Draw(image)
    brush = int(round(hand["brush"] * ZOOM))
    filled = style == "filled"

    if filled:
        _paint(image, sketch, pen, rng, brush)
    else:
        for _, lines in sketch.shapes:
            for pts, closed in lines:
                for p in pen.line(pts, closed):
                    _draw_line(draw, p, brush, 255)

    for pts, closed in sketch.strokes:
        for p in pen.line(pts, closed):
            _draw_line(draw, p, brush, 255)

    painted_over = filled and rng.random() < 0.2
    dark = max(int(5 * ZOOM), int(brush * rng.uniform(0.35, 0.75)))
    for pts, closed, key in sketch.details:
        if (painted_over and key != "always") or (not key and rng.random() < hand["skip"]):
            continue
        for p in pen.line(pts, closed):
            _draw_line(draw, p, dark if filled else brush, 0 if filled else 255)
    for x, y, size, key in sketch.dots:
        if painted_over or (not key and rng.random() < hand["skip"]):
            continue
        xy = pen.place([(x, y)])[0] + rng.normal(0, hand["wobble"] * ZOOM, 2)
        radius = max(4 * ZOOM, (dark if filled else brush) * 0.5 * (0.8 + 0.5 * size) * 0.8)
        _dot(draw, xy, radius, 0 if filled else 255)
    return np.asarray(image.reduce(ZOOM))


def draw_one(label: int, index: int, style: str, seed: int = 0) -> np.ndarray:
    """One drawing, decided by (seed, label, index, style) alone."""
    rng = np.random.default_rng([seed, label, index, STYLES.index(style)])
    designs = DESIGNS[label]
    # Designs take turns (with a random start), so every kind turns up in a small set.
    design = designs[(index // 2 + int(np.random.default_rng([seed, label]).integers(len(designs)))) % len(designs)]
    return _render(design(rng), style, rng, label in SHOES)


def make(count_per_class: int, seed: int = 0, styles=STYLES):
    styles = tuple(styles)
    if not styles or any(style not in STYLES for style in styles):
        raise ValueError(f"styles must be a non-empty selection of {STYLES}, not {styles!r}")
    n = len(CLASS_NAMES) * count_per_class
    images = np.zeros((n, CANVAS, CANVAS), np.uint8)
    labels = np.repeat(np.arange(len(CLASS_NAMES), dtype=np.int64), count_per_class)
    chosen = []
    for k in range(n):
        label, i = divmod(k, count_per_class)
        style = styles[i % len(styles)]
        images[k] = draw_one(label, i, style, seed)
        chosen.append(style)
    return images, labels, chosen


def contact_sheet(images, columns, tile=140) -> Image.Image:
    rows = max(1, math.ceil(len(images) / columns))
    sheet = Image.new("L", (columns * tile, rows * tile), 60)
    for k, image in enumerate(images):
        im = Image.fromarray(np.asarray(image, np.uint8)).resize((tile - 4, tile - 4), Image.Resampling.BILINEAR)
        sheet.paste(im, ((k % columns) * tile + 2, (k // columns) * tile + 2))
    return sheet


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", default="/tmp/prompt_sheet.png")
    parser.add_argument("--net", action="store_true", help="also save what the network sees (28x28)")
    args = parser.parse_args(argv)
    images, labels, styles = make(args.per_class, args.seed)
    contact_sheet(images, args.per_class).save(args.sheet)
    print(f"saved {args.sheet}: {len(images)} drawings, a row per class ({', '.join(CLASS_NAMES)})")
    if args.net:
        from .predict import preprocess
        seen = [preprocess(image, "canvas", drawing=True) for image in images]
        path = args.sheet.rsplit(".", 1)[0] + "_net." + args.sheet.rsplit(".", 1)[1]
        contact_sheet(seen, args.per_class, tile=56).save(path)
        print(f"saved {path}: what the network sees")


if __name__ == "__main__":
    main()
