"""Young hands: drawings of the 10 Fashion-MNIST garments as school children (ages 8-13) draw them.

An independent generator, written without looking at the project's other drawing generators, so
that its idea of how people draw differs from theirs. It is used for `--drawn` training: a network
that has to recognise drawings by people it has never seen should have seen more than one idea of
a hand.

The scene: a class on laptops, tablets and phones, each child asked "draw a <garment>" on a black
280x280 canvas with a white round brush. Children draw big, bold, simple, cartoonish shapes
(huge sleeves, short bodies, wide trousers), mostly centred and large, sometimes small in a
corner, and they love colouring in: about half scribble the whole garment in, leaving the parts
they see as different (a zip, buttons, a collar, a pocket) as dark gaps, or colouring over them.

Each design is a small function that returns a `Sketch` in its own units (garment about 2 wide,
y pointing down); `render` is the child's hand: placement, brush, wobble, pieces, colouring.

    python -m fashion.young_hands --per-class 12 --sheet /tmp/young_sheet.png
"""
from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

STYLES = ("outline", "filled")
CANVAS = 280
SUPERSAMPLE = 2                      # drawn at 2x and shrunk with a box filter: antialiased strokes
WORK = CANVAS * SUPERSAMPLE
INK = 255
STEP_PX = 5.0                        # resampling step of a stroke on the 2x canvas, for smooth wobble

# The brush: most children keep the default, many love the tiny or the huge one; fingers on tablets.
DEFAULT_BRUSH = 18
BRUSH_KINDS = ("default", "tiny", "medium", "big", "huge")
BRUSH_ODDS = (0.34, 0.16, 0.2, 0.16, 0.14)
BRUSH_RANGES = {"default": (18, 18), "tiny": (4, 8), "medium": (9, 16), "big": (20, 28), "huge": (30, 40)}
FINGER_ODDS = 0.25
FINGER_MIN_BRUSH = 14

# Size of the garment's longest side as a fraction of the canvas: mostly big, sometimes small.
SIZE_BANDS = ((0.7, 0.62, 0.92), (0.2, 0.45, 0.62), (0.1, 0.28, 0.45))
MAX_ROTATION_DEG = 20.0
ROTATION_SPREAD_DEG = 7.0
MIN_SIZE_IN_BRUSHES = 7.0           # the garment's longest side is at least this many brush widths
ASPECT_SPREAD = 0.12                 # log-normal stretch of width against height

# Colouring in.
FILL_PATTERNS = ("zigzag", "zigzag", "spiral", "solid", "patches")
KEEP_HOLES_ODDS = 0.7                # a pocket or collar left uncoloured rather than coloured over
KEEP_LINES_ODDS = 0.7                # a zip or seam left as a dark gap
KEEP_DOTS_ODDS = 0.75                # buttons left as dark dots
KEEP_PATTERN_ODDS = 0.5              # stripes and checks left as dark lines
STRAY_MARK_ODDS = 0.1
DECORATION_ODDS = 0.15               # an unasked-for heart, star or smiley
SHOE_FLIP_ODDS = 0.35                # toe pointing right instead of left
BAG_FLIP_ODDS = 0.5


@dataclass
class Sketch:
    """A garment in design units. Shapes are (n, 2) arrays of points, y pointing down."""
    parts: list = field(default_factory=list)     # closed outlines, coloured in when filled
    holes: list = field(default_factory=list)     # closed outlines a child leaves uncoloured (pocket)
    lines: list = field(default_factory=list)     # open details: strokes, or dark gaps when filled
    pattern: list = field(default_factory=list)   # stripes and checks, kept inside the garment
    dots: list = field(default_factory=list)      # (x, y, r): buttons, eyes
    extras: list = field(default_factory=list)    # thin things that stay strokes: handles, straps

    def add(self, other: "Sketch") -> "Sketch":
        for name in ("parts", "holes", "lines", "pattern", "dots", "extras"):
            getattr(self, name).extend(getattr(other, name))
        return self


# ---------------------------------------------------------------- geometry helpers

def pts(*points) -> np.ndarray:
    return np.asarray(points, dtype=float)


def ellipse(cx, cy, rx, ry, n=28, start=0.0, end=2 * math.pi) -> np.ndarray:
    closed = abs(end - start - 2 * math.pi) < 1e-6
    angles = np.linspace(start, end, n, endpoint=not closed)
    return np.stack([cx + rx * np.cos(angles), cy + ry * np.sin(angles)], axis=1)


def bezier(p0, p1, p2, n=8) -> np.ndarray:
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2 = (np.asarray(p, float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2


def rect(x0, y0, x1, y1) -> np.ndarray:
    return pts((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def rounded(polygon: np.ndarray, rounds: int = 1, closed: bool = True) -> np.ndarray:
    """Chaikin corner cutting: a child's corners are soft."""
    points = np.asarray(polygon, float)
    for _ in range(rounds):
        following = np.roll(points, -1, axis=0)
        cut = np.empty((2 * len(points), 2))
        cut[0::2] = 0.75 * points + 0.25 * following
        cut[1::2] = 0.25 * points + 0.75 * following
        points = cut if closed else np.concatenate([points[:1], cut[:-2], points[-1:]])
    return points


def mirrored(right_half) -> np.ndarray:
    """A closed outline from its right half, drawn from the top centre round to the bottom centre."""
    right = np.asarray(right_half, float)
    left = right[::-1] * [-1.0, 1.0]
    if abs(right[-1, 0]) < 1e-9:
        left = left[1:]
    if abs(right[0, 0]) < 1e-9:
        left = left[:-1]
    return np.concatenate([right, left])


def flipped(shape: np.ndarray) -> np.ndarray:
    return np.asarray(shape, float) * [-1.0, 1.0]


def both_sides(shape) -> list:
    return [np.asarray(shape, float), flipped(shape)]


def wave(x0, x1, y, bumps, height, n_per_bump=6) -> np.ndarray:
    """A wavy horizontal line (frills, fur, puffer edges)."""
    xs = np.linspace(x0, x1, bumps * n_per_bump + 1)
    ys = y - height * np.abs(np.sin(np.linspace(0, bumps * math.pi, len(xs))))
    return np.stack([xs, ys], axis=1)


def zigzag_line(x0, x1, y, teeth, height) -> np.ndarray:
    xs = np.linspace(x0, x1, 2 * teeth + 1)
    ys = y + height * (np.arange(len(xs)) % 2 - 0.5)
    return np.stack([xs, ys], axis=1)


def heart(cx, cy, size) -> np.ndarray:
    t = np.linspace(0, 2 * math.pi, 30, endpoint=False)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    return np.stack([cx + x / 32 * size, cy + y / 32 * size], axis=1)


def star(cx, cy, size, points=5) -> np.ndarray:
    angles = -math.pi / 2 + np.arange(2 * points) * math.pi / points
    radii = np.where(np.arange(2 * points) % 2 == 0, size / 2, size / 5)
    return np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], axis=1)


LETTER_STROKES = {
    "A": [[(0, 1), (0.5, 0), (1, 1)], [(0.25, 0.55), (0.75, 0.55)]],
    "E": [[(1, 0), (0, 0), (0, 1), (1, 1)], [(0, 0.5), (0.8, 0.5)]],
    "H": [[(0, 0), (0, 1)], [(1, 0), (1, 1)], [(0, 0.5), (1, 0.5)]],
    "K": [[(0, 0), (0, 1)], [(1, 0), (0, 0.55), (1, 1)]],
    "L": [[(0, 0), (0, 1), (0.9, 1)]],
    "M": [[(0, 1), (0, 0), (0.5, 0.6), (1, 0), (1, 1)]],
    "N": [[(0, 1), (0, 0), (1, 1), (1, 0)]],
    "T": [[(0, 0), (1, 0)], [(0.5, 0), (0.5, 1)]],
    "V": [[(0, 0), (0.5, 1), (1, 0)]],
    "Z": [[(0, 0), (1, 0), (0, 1), (1, 1)]],
    "1": [[(0.2, 0.25), (0.6, 0), (0.6, 1)]],
    "4": [[(0.7, 1), (0.7, 0), (0, 0.65), (1, 0.65)]],
    "7": [[(0, 0), (1, 0), (0.35, 1)]],
}


def letter(char, cx, cy, size) -> list:
    width = 0.75 * size
    return [pts(*stroke) * [width, size] + [cx - width / 2, cy - size / 2] for stroke in LETTER_STROKES[char]]


def smiley(cx, cy, size) -> Sketch:
    face = Sketch(holes=[ellipse(cx, cy, size / 2, size / 2)])
    face.dots += [(cx - size * 0.17, cy - size * 0.12, size * 0.07), (cx + size * 0.17, cy - size * 0.12, size * 0.07)]
    face.lines.append(ellipse(cx, cy + size * 0.02, size * 0.27, size * 0.22, n=10, start=0.3, end=math.pi - 0.3))
    return face


def chest_picture(rng, cx, cy, size) -> Sketch:
    """What a child puts on the front of a top: a heart, a star, a smiley, a letter, a circle logo."""
    kind = rng.integers(5)
    if kind == 0:
        return Sketch(holes=[heart(cx, cy, size)])
    if kind == 1:
        return Sketch(holes=[star(cx, cy, size * 1.2)])
    if kind == 2:
        return smiley(cx, cy, size)
    if kind == 3:
        return Sketch(lines=letter(str(rng.choice(list("AEHKLMNTVZ"))), cx, cy, size))
    return Sketch(holes=[ellipse(cx, cy, size / 2, size / 2)], lines=[star(cx, cy, size * 0.6)])


def buttons_down(x, y0, y1, count, radius) -> list:
    return [(x, y, radius) for y in np.linspace(y0, y1, count)]


def horizontal_lines(y0, y1, count, half_width=3.0) -> list:
    return [pts((-half_width, y), (half_width, y)) for y in np.linspace(y0, y1, count)]


def vertical_lines(x0, x1, count, y0=-3.0, y1=3.0) -> list:
    return [pts((x, y0), (x, y1)) for x in np.linspace(x0, x1, count)]


# ---------------------------------------------------------------- tops (T-shirt, pullover, coat, shirt)

@dataclass
class Top:
    outline: np.ndarray
    length: float
    hem: float
    neck_w: float
    neck_d: float
    shoulder: np.ndarray
    cuff_outer: np.ndarray
    cuff_inner: np.ndarray
    armpit: np.ndarray
    sleeve_dir: np.ndarray


def top_shape(shoulder, hem, length, sleeve, angle_deg, cuff, neck_w, neck_d,
              neck="round", drop=0.08, tail=0.0) -> Top:
    """A top laid flat. `angle_deg` 0 = arms straight out, 80 = hanging down; `tail` curves the hem."""
    angle = math.radians(angle_deg)
    direction = np.array([math.cos(angle), math.sin(angle)])
    across = np.array([-math.sin(angle), math.cos(angle)])
    shoulder_pt = np.array([shoulder, drop])
    cuff_outer = shoulder_pt + direction * sleeve
    cuff_inner = cuff_outer + across * cuff
    armpit = np.array([min(shoulder - 0.05, cuff_inner[0] - 0.02), drop + cuff * (1.0 + 0.8 * math.sin(angle))])
    if sleeve <= 0.0:
        armpit = np.array([shoulder, drop + 0.25])
    if neck == "v":
        neck_pts = pts((0, neck_d), (neck_w, 0))
    elif neck == "flat":
        neck_pts = pts((0, neck_d * 0.2), (neck_w, 0))
    else:
        neck_pts = bezier((0, neck_d), (neck_w * 0.9, neck_d), (neck_w, 0), n=6)
    if tail > 0:
        hem_pts = bezier((hem, length - tail), (hem * 0.9, length + tail * 0.3), (0, length + tail * 0.2), n=6)
    else:
        hem_pts = pts((hem, length), (0, length))
    body = [neck_pts, pts(shoulder_pt)]
    if sleeve > 0:
        body += [pts(cuff_outer, cuff_inner)]
    body += [pts(armpit), hem_pts]
    return Top(mirrored(np.concatenate(body)), length, hem, neck_w, neck_d, shoulder_pt, cuff_outer, cuff_inner,
               armpit, direction)


def cuff_bands(top: Top, depth: float) -> list:
    band = pts(top.cuff_outer - top.sleeve_dir * depth, top.cuff_inner - top.sleeve_dir * depth)
    return both_sides(band)


def waistband(top: Top, depth: float) -> list:
    return [pts((-3, top.length - depth), (3, top.length - depth))]


def neck_band(top: Top, depth: float) -> np.ndarray:
    return bezier((-top.neck_w - depth * 0.5, -0.01), (0, top.neck_d * 2 + depth * 1.5),
                  (top.neck_w + depth * 0.5, -0.01))


def shirt_collar(top: Top, rng) -> list:
    """Two pointed collar flaps meeting at the neck."""
    tip_y = top.neck_d + rng.uniform(0.1, 0.2)
    right = pts((0.02, top.neck_d), (top.neck_w + 0.04, -0.02), (top.neck_w * rng.uniform(0.5, 0.9), tip_y))
    return both_sides(right)


def pocket(x, y, w, h, flap=False) -> Sketch:
    shape = Sketch(holes=[rect(x - w / 2, y, x + w / 2, y + h)])
    if flap:
        shape.lines.append(pts((x - w / 2, y + h * 0.3), (x + w / 2, y + h * 0.3)))
    return shape


def long_sleeves(rng, arms="any"):
    if arms == "out":
        return rng.uniform(0.55, 0.8), rng.uniform(-5, 12)
    if arms == "down":
        return rng.uniform(0.6, 0.85), rng.uniform(68, 82)
    return rng.uniform(0.55, 0.85), rng.uniform(28, 60)


def basic_long_top(rng, length=None, arms="any", neck="round", cuff=None, tail=0.0) -> Top:
    sleeve, angle = long_sleeves(rng, arms)
    shoulder = rng.uniform(0.38, 0.52)
    hem = shoulder * rng.uniform(0.85, 1.05) if arms != "down" else shoulder - rng.uniform(0.12, 0.18)
    return top_shape(shoulder, hem, length or rng.uniform(0.85, 1.2), sleeve, angle,
                     cuff or rng.uniform(0.16, 0.26), rng.uniform(0.12, 0.18), rng.uniform(0.06, 0.14), neck=neck,
                     tail=tail)


def basic_short_top(rng, length=None, neck="round", huge=False) -> Top:
    shoulder = rng.uniform(0.4, 0.55)
    sleeve = rng.uniform(0.3, 0.4) if huge else rng.uniform(0.2, 0.34)
    cuff = rng.uniform(0.3, 0.38) if huge else rng.uniform(0.18, 0.28)
    angle = rng.uniform(30, 45) if huge else rng.uniform(15, 45)
    return top_shape(shoulder, shoulder * rng.uniform(0.85, 1.05), length or rng.uniform(0.8, 1.1), sleeve,
                     angle, cuff, rng.uniform(0.13, 0.2), rng.uniform(0.06, 0.15), neck=neck)


# T-shirt / top -------------------------------------------------------------

def tshirt_classic(rng):
    top = basic_short_top(rng)
    sketch = Sketch(parts=[top.outline])
    if rng.random() < 0.5:
        sketch.lines.append(neck_band(top, 0.05))
    return sketch


def tshirt_arms_out(rng):
    shoulder = rng.uniform(0.38, 0.5)
    top = top_shape(shoulder, shoulder, rng.uniform(0.85, 1.1), rng.uniform(0.28, 0.42), rng.uniform(-3, 10),
                    rng.uniform(0.2, 0.28), rng.uniform(0.12, 0.18), rng.uniform(0.06, 0.12))
    return Sketch(parts=[top.outline])


def tshirt_boxy_v(rng):
    top = basic_short_top(rng, neck="v")
    return Sketch(parts=[rounded(top.outline, 0)], lines=cuff_bands(top, 0.05) if rng.random() < 0.5 else [])


def tshirt_logo(rng):
    top = basic_short_top(rng)
    return Sketch(parts=[top.outline]).add(chest_picture(rng, 0, top.length * 0.45, rng.uniform(0.3, 0.45)))


def tshirt_stripes(rng):
    top = basic_short_top(rng)
    return Sketch(parts=[top.outline], pattern=horizontal_lines(0.3, top.length - 0.12, rng.integers(3, 6)))


def tshirt_tank(rng):
    width = rng.uniform(0.33, 0.45)
    strap = rng.uniform(0.06, 0.12)
    neck_w = rng.uniform(0.1, 0.18)
    length = rng.uniform(0.9, 1.2)
    right = np.concatenate([bezier((0, rng.uniform(0.2, 0.35)), (neck_w, 0.25), (neck_w, 0), n=6),
                            pts((neck_w + strap, 0)), bezier((neck_w + strap, 0), (neck_w + strap, 0.35),
                                                             (width, 0.4)),
                            pts((width * rng.uniform(1.0, 1.1), length), (0, length))])
    return Sketch(parts=[mirrored(right)])


def tshirt_cartoon(rng):
    top = basic_short_top(rng, length=rng.uniform(0.75, 0.9), huge=True)
    sketch = Sketch(parts=[top.outline])
    if rng.random() < 0.5:
        sketch.lines += cuff_bands(top, 0.06)
    return sketch


def tshirt_football(rng):
    top = basic_short_top(rng)
    number = str(rng.choice(list("147")))
    sketch = Sketch(parts=[top.outline], lines=letter(number, 0, top.length * 0.5, rng.uniform(0.3, 0.45)))
    sketch.lines += cuff_bands(top, 0.06)
    return sketch


def tshirt_crop(rng):
    shoulder = rng.uniform(0.45, 0.55)
    top = top_shape(shoulder, shoulder * 1.02, rng.uniform(0.7, 0.8), rng.uniform(0.2, 0.3), rng.uniform(20, 40),
                    rng.uniform(0.18, 0.25), rng.uniform(0.15, 0.22), rng.uniform(0.08, 0.14))
    return Sketch(parts=[top.outline])


def tshirt_dots(rng):
    top = basic_short_top(rng)
    sketch = Sketch(parts=[top.outline])
    for _ in range(rng.integers(4, 8)):
        x, y = rng.uniform(-top.hem * 0.7, top.hem * 0.7), rng.uniform(0.3, top.length - 0.1)
        sketch.holes.append(ellipse(x, y, 0.05, 0.05, n=10))
    return sketch


def tshirt_pieces(rng):
    """Body as a rectangle, sleeves as separate little boxes stuck on: a common young drawing."""
    width = rng.uniform(0.35, 0.5)
    length = rng.uniform(0.85, 1.15)
    sleeve_w = rng.uniform(0.22, 0.35)
    sleeve_h = rng.uniform(0.2, 0.3)
    drop = rng.uniform(0.1, 0.3)
    sleeve = pts((width, 0), (width + sleeve_w, drop), (width + sleeve_w, drop + sleeve_h), (width, sleeve_h + 0.05))
    sketch = Sketch(parts=[rect(-width, 0, width, length)] + both_sides(sleeve))
    sketch.lines.append(ellipse(0, 0, width * 0.35, 0.12, n=10, start=0, end=math.pi))
    return sketch


TSHIRT_DESIGNS = (tshirt_classic, tshirt_arms_out, tshirt_boxy_v, tshirt_logo, tshirt_stripes, tshirt_tank,
                  tshirt_cartoon, tshirt_football, tshirt_crop, tshirt_dots, tshirt_pieces)


# Pullover ---------------------------------------------------------------

def hood_behind(top: Top, rng) -> np.ndarray:
    width = top.neck_w + rng.uniform(0.08, 0.16)
    return ellipse(0, 0.02, width, rng.uniform(0.2, 0.3), n=16, start=math.pi, end=2 * math.pi)


def pullover_jumper(rng):
    top = basic_long_top(rng)
    sketch = Sketch(parts=[top.outline], lines=cuff_bands(top, rng.uniform(0.07, 0.12)))
    sketch.pattern += waistband(top, rng.uniform(0.08, 0.14))
    return sketch


def pullover_hoodie(rng):
    top = basic_long_top(rng)
    hood = np.concatenate([hood_behind(top, rng), pts((top.neck_w, 0), (0, top.neck_d), (-top.neck_w, 0))])
    sketch = Sketch(parts=[top.outline, hood], lines=cuff_bands(top, 0.08))
    pocket_w = top.hem * rng.uniform(0.6, 0.8)
    y0 = top.length * rng.uniform(0.55, 0.65)
    sketch.holes.append(pts((-pocket_w * 0.7, y0), (pocket_w * 0.7, y0), (pocket_w, top.length - 0.1),
                            (-pocket_w, top.length - 0.1)))
    for side in (-1, 1):
        sketch.extras.append(pts((side * 0.05, top.neck_d), (side * 0.06, top.neck_d + rng.uniform(0.2, 0.3))))
    return sketch


def pullover_arms_out_stripes(rng):
    top = basic_long_top(rng, arms="out")
    return Sketch(parts=[top.outline], pattern=horizontal_lines(0.25, top.length - 0.1, rng.integers(3, 6)),
                  lines=cuff_bands(top, 0.08))


def pullover_christmas(rng):
    top = basic_long_top(rng)
    y = top.length * rng.uniform(0.3, 0.45)
    sketch = Sketch(parts=[top.outline], pattern=[zigzag_line(-3, 3, y, 24, 0.1)], lines=cuff_bands(top, 0.08))
    sketch.pattern += waistband(top, 0.1)
    if rng.random() < 0.6:
        sketch.holes.append(star(0, y + 0.3, 0.3))
    return sketch


def pullover_arms_down(rng):
    top = basic_long_top(rng, arms="down")
    return Sketch(parts=[top.outline])


def pullover_vneck(rng):
    top = basic_long_top(rng, neck="v")
    sketch = Sketch(parts=[top.outline], lines=cuff_bands(top, 0.08))
    sketch.lines.append(pts((-top.neck_w - 0.05, 0), (0, top.neck_d + 0.1), (top.neck_w + 0.05, 0)))
    sketch.pattern += waistband(top, 0.1)
    return sketch


def pullover_hood_up(rng):
    top = basic_long_top(rng)
    hood_w = top.neck_w + rng.uniform(0.12, 0.2)
    hood_h = rng.uniform(0.35, 0.5)
    hood = ellipse(0, 0.05 - hood_h * 0.5, hood_w, hood_h * 0.75, n=24)
    face = ellipse(0, 0.05 - hood_h * 0.45, hood_w * 0.6, hood_h * 0.5, n=20)
    sketch = Sketch(parts=[top.outline, hood], holes=[face], lines=cuff_bands(top, 0.08))
    if rng.random() < 0.6:
        sketch.holes.append(rect(-top.hem * 0.5, top.length * 0.6, top.hem * 0.5, top.length - 0.1))
    return sketch


def pullover_turtleneck(rng):
    top = basic_long_top(rng, neck="flat")
    tube_h = rng.uniform(0.15, 0.25)
    tube = rect(-top.neck_w, -tube_h, top.neck_w, 0.03)
    sketch = Sketch(parts=[top.outline, tube], lines=cuff_bands(top, 0.08))
    sketch.lines += [pts((x, -tube_h + 0.03), (x, 0)) for x in np.linspace(-top.neck_w * 0.6, top.neck_w * 0.6, 3)]
    sketch.pattern += waistband(top, 0.1)
    return sketch


def pullover_logo(rng):
    top = basic_long_top(rng)
    sketch = Sketch(parts=[top.outline], lines=cuff_bands(top, 0.08))
    return sketch.add(chest_picture(rng, 0, top.length * 0.45, rng.uniform(0.35, 0.5)))


def pullover_striped_sleeves(rng):
    top = basic_long_top(rng)
    sketch = Sketch(parts=[top.outline])
    for depth in np.linspace(0.1, 0.45, rng.integers(2, 4)):
        sketch.lines += cuff_bands(top, depth)
    sketch.pattern += waistband(top, 0.1)
    return sketch


def pullover_plain(rng):
    top = basic_long_top(rng, length=rng.uniform(0.75, 1.0), cuff=rng.uniform(0.2, 0.3))
    return Sketch(parts=[rounded(top.outline, 1)])


PULLOVER_DESIGNS = (pullover_jumper, pullover_hoodie, pullover_arms_out_stripes, pullover_christmas,
                    pullover_arms_down, pullover_vneck, pullover_hood_up, pullover_turtleneck, pullover_logo,
                    pullover_striped_sleeves, pullover_plain)


# Coat ---------------------------------------------------------------

def coat_top(rng, length=(1.25, 1.6), arms="any", neck="v", flare=1.0) -> Top:
    sleeve, angle = long_sleeves(rng, arms)
    shoulder = rng.uniform(0.4, 0.52)
    hem = shoulder * rng.uniform(0.95, 1.15) * flare if arms != "down" else shoulder - 0.12
    return top_shape(shoulder, hem, rng.uniform(*length), sleeve, angle, rng.uniform(0.18, 0.26),
                     rng.uniform(0.12, 0.18), rng.uniform(0.15, 0.3), neck=neck)


def front_opening(top: Top, x=0.0) -> np.ndarray:
    return pts((x, top.neck_d), (x, top.length + 0.02))


def zip_with_teeth(top: Top) -> list:
    zip_line = [front_opening(top)]
    for y in np.linspace(top.neck_d + 0.1, top.length - 0.1, 7):
        zip_line.append(pts((-0.04, y), (0.04, y)))
    return zip_line


def coat_long_buttons(rng):
    top = coat_top(rng)
    sketch = Sketch(parts=[top.outline], lines=[front_opening(top)])
    sketch.dots += buttons_down(0.09, top.neck_d + 0.1, top.length * 0.75, rng.integers(3, 5), 0.045)
    return sketch


def coat_zip_jacket(rng):
    top = coat_top(rng, length=(0.95, 1.2), neck="round")
    sketch = Sketch(parts=[top.outline], lines=zip_with_teeth(top) if rng.random() < 0.6 else [front_opening(top)])
    y = top.length * 0.62
    for side in (-1, 1):
        sketch.add(pocket(side * top.hem * 0.55, y, top.hem * 0.45, top.length * 0.22))
    return sketch


def coat_raincoat(rng):
    top = coat_top(rng, neck="round")
    hood = np.concatenate([hood_behind(top, rng), pts((top.neck_w, 0), (0, top.neck_d), (-top.neck_w, 0))])
    sketch = Sketch(parts=[top.outline, hood], lines=[front_opening(top)])
    sketch.dots += buttons_down(0.08, top.neck_d + 0.1, top.length * 0.7, 4, 0.05)
    for side in (-1, 1):
        sketch.add(pocket(side * top.hem * 0.55, top.length * 0.65, top.hem * 0.4, top.length * 0.15, flap=True))
    return sketch


def coat_puffer(rng):
    top = coat_top(rng, length=(1.0, 1.3), neck="round")
    sketch = Sketch(parts=[rounded(top.outline, 2)], lines=[front_opening(top)])
    bands = rng.integers(3, 6)
    sketch.pattern += [wave(-3, 3, y, 24, 0.05) for y in np.linspace(0.3, top.length - 0.15, bands)]
    sketch.parts.append(rect(-top.neck_w - 0.03, -0.12, top.neck_w + 0.03, 0.05))
    return sketch


def coat_trench(rng):
    top = coat_top(rng)
    lapel_y = top.neck_d + rng.uniform(0.2, 0.35)
    lapels = both_sides(pts((top.neck_w, 0), (top.neck_w * 1.3, lapel_y * 0.6), (0.05, lapel_y)))
    belt_y = top.length * rng.uniform(0.45, 0.55)
    sketch = Sketch(parts=[top.outline], lines=lapels + [front_opening(top, 0.02)])
    sketch.pattern += [pts((-3, belt_y), (3, belt_y)), pts((-3, belt_y + 0.1), (3, belt_y + 0.1))]
    sketch.holes.append(rect(-0.08, belt_y - 0.02, 0.08, belt_y + 0.12))
    for x in (-0.14, 0.14):
        sketch.dots += buttons_down(x, lapel_y + 0.05, belt_y - 0.08, 2, 0.04)
    return sketch


def coat_open_jacket(rng):
    top = coat_top(rng, length=(1.0, 1.35), neck="round")
    gap = rng.uniform(0.08, 0.16)
    sketch = Sketch(parts=[top.outline])
    sketch.holes.append(pts((-0.02, top.neck_d), (0.02, top.neck_d), (gap, top.length - 0.01),
                            (-gap, top.length - 0.01)))
    sketch.lines += both_sides(pts((top.neck_w, 0), (top.neck_w + 0.12, 0.35), (gap * 0.6, top.length * 0.45)))
    return sketch


def coat_duffle(rng):
    top = coat_top(rng, neck="round")
    hood = np.concatenate([hood_behind(top, rng), pts((top.neck_w, 0), (0, top.neck_d), (-top.neck_w, 0))])
    sketch = Sketch(parts=[top.outline, hood], lines=[front_opening(top)])
    for y in np.linspace(top.neck_d + 0.12, top.length * 0.65, 3):
        sketch.lines.append(pts((-0.1, y), (0.1, y)))
        sketch.dots.append((0.14, y, 0.03))
    return sketch


def coat_arms_out(rng):
    top = coat_top(rng, arms="out", neck="round", flare=1.2)
    sketch = Sketch(parts=[top.outline], lines=zip_with_teeth(top))
    if rng.random() < 0.5:
        sketch.parts.append(np.concatenate([hood_behind(top, rng), pts((top.neck_w, 0), (-top.neck_w, 0))]))
    return sketch


def coat_blazer(rng):
    top = coat_top(rng, length=(1.0, 1.3))
    lapel_y = top.length * rng.uniform(0.4, 0.5)
    sketch = Sketch(parts=[top.outline], lines=[pts((0, lapel_y), (0, top.length))])
    sketch.lines += both_sides(pts((top.neck_w, 0), (top.neck_w + 0.1, lapel_y * 0.5), (0, lapel_y)))
    sketch.dots += buttons_down(0.0, lapel_y + 0.1, lapel_y + 0.3, 2, 0.05)
    sketch.lines += both_sides(pts((top.hem * 0.35, top.length * 0.72), (top.hem * 0.8, top.length * 0.72)))
    return sketch


def coat_parka(rng):
    top = coat_top(rng, neck="round")
    hood_w = top.neck_w + rng.uniform(0.14, 0.2)
    hood = ellipse(0, -0.08, hood_w, 0.38, n=24)
    sketch = Sketch(parts=[top.outline, hood], holes=[ellipse(0, -0.06, hood_w * 0.6, 0.26, n=20)])
    angles = np.linspace(0, 2 * math.pi, 40)
    radii = 1.0 + 0.12 * (np.arange(40) % 2)
    sketch.lines.append(np.stack([hood_w * 0.8 * radii * np.cos(angles), -0.06 + 0.32 * radii * np.sin(angles)], 1))
    sketch.lines.append(pts((0, 0.3), (0, top.length)))
    for side in (-1, 1):
        sketch.add(pocket(side * top.hem * 0.55, top.length * 0.6, top.hem * 0.45, top.length * 0.2, flap=True))
    return sketch


def coat_bomber(rng):
    top = coat_top(rng, length=(0.85, 1.05), neck="round")
    sketch = Sketch(parts=[rounded(top.outline, 1)], lines=zip_with_teeth(top) + cuff_bands(top, 0.1))
    sketch.pattern += waistband(top, 0.12)
    sketch.lines.append(pts((-top.neck_w, 0), (-top.neck_w - 0.1, 0.18), (-0.03, top.neck_d)))
    sketch.lines.append(pts((top.neck_w, 0), (top.neck_w + 0.1, 0.18), (0.03, top.neck_d)))
    return sketch


COAT_DESIGNS = (coat_long_buttons, coat_zip_jacket, coat_raincoat, coat_puffer, coat_trench, coat_open_jacket,
                coat_duffle, coat_arms_out, coat_blazer, coat_parka, coat_bomber)


# Shirt ---------------------------------------------------------------

def shirt_base(rng, short=False, arms="any", tail=0.0) -> tuple[Top, Sketch]:
    top = basic_short_top(rng, neck="v") if short else basic_long_top(rng, arms=arms, neck="v", tail=tail)
    sketch = Sketch(parts=[top.outline], holes=shirt_collar(top, rng))
    return top, sketch


def shirt_buttons(top: Top, count=None) -> list:
    count = count or max(3, int(top.length * 5))
    return buttons_down(0.0, top.neck_d + 0.2, top.length - 0.1, count, 0.035)


def shirt_long_buttons(rng):
    top, sketch = shirt_base(rng)
    sketch.dots += shirt_buttons(top)
    sketch.lines += cuff_bands(top, 0.1)
    return sketch


def shirt_short_pocket(rng):
    top, sketch = shirt_base(rng, short=True)
    sketch.dots += shirt_buttons(top)
    return sketch.add(pocket(top.hem * 0.5, top.length * 0.3, 0.2, 0.2))


def shirt_checked(rng):
    top, sketch = shirt_base(rng, short=rng.random() < 0.4)
    spacing = rng.uniform(0.18, 0.28)
    sketch.pattern += horizontal_lines(0.25, top.length, int(top.length / spacing))
    sketch.pattern += vertical_lines(-1.5, 1.5, int(3 / spacing))
    if rng.random() < 0.5:
        sketch.dots += shirt_buttons(top)
    return sketch


def shirt_tie(rng):
    top, sketch = shirt_base(rng, short=rng.random() < 0.5)
    knot_y = top.neck_d + 0.05
    tie = pts((-0.05, knot_y), (0.05, knot_y), (0.08, knot_y + 0.12), (0.12, top.length * 0.7), (0, top.length * 0.8),
              (-0.12, top.length * 0.7), (-0.08, knot_y + 0.12))
    sketch.holes.append(tie)
    return sketch


def shirt_placket(rng):
    top, sketch = shirt_base(rng)
    sketch.lines += [pts((x, top.neck_d), (x, top.length)) for x in (-0.06, 0.06)]
    sketch.dots += shirt_buttons(top)
    sketch.lines += cuff_bands(top, 0.1)
    return sketch


def shirt_hawaiian(rng):
    top, sketch = shirt_base(rng, short=True)
    sketch.lines.append(pts((0, top.neck_d), (0, top.length)))
    for _ in range(rng.integers(3, 6)):
        x, y = rng.uniform(-top.hem * 0.75, top.hem * 0.75), rng.uniform(0.3, top.length - 0.15)
        sketch.holes.append(star(x, y, 0.18, points=int(rng.integers(5, 7))))
    return sketch


def shirt_two_pockets(rng):
    top, sketch = shirt_base(rng, short=rng.random() < 0.4)
    sketch.dots += shirt_buttons(top)
    for side in (-1, 1):
        sketch.add(pocket(side * top.hem * 0.5, top.length * 0.28, 0.2, 0.2, flap=True))
    return sketch


def shirt_arms_out(rng):
    top, sketch = shirt_base(rng, arms="out")
    sketch.dots += shirt_buttons(top)
    sketch.lines.append(pts((0, top.neck_d), (0, top.length)))
    return sketch


def shirt_tails(rng):
    top, sketch = shirt_base(rng, tail=rng.uniform(0.12, 0.2))
    sketch.dots += shirt_buttons(top)
    sketch.lines.append(pts((0, top.neck_d), (0, top.length)))
    return sketch


def shirt_simple(rng):
    top, sketch = shirt_base(rng, short=True)
    sketch.dots += shirt_buttons(top, count=3)
    return sketch


def shirt_stripes(rng):
    top, sketch = shirt_base(rng, short=rng.random() < 0.3)
    sketch.pattern += vertical_lines(-1.2, 1.2, int(rng.integers(7, 12)))
    sketch.dots += shirt_buttons(top)
    return sketch


SHIRT_DESIGNS = (shirt_long_buttons, shirt_short_pocket, shirt_checked, shirt_tie, shirt_placket, shirt_hawaiian,
                 shirt_two_pockets, shirt_arms_out, shirt_tails, shirt_simple, shirt_stripes)


# Dress ---------------------------------------------------------------

def dress_shape(rng, waist_y, hem_w, length, neck_w=0.12, shoulder=0.25, waist=0.2, hem_pts=None, neck_d=0.12):
    bodice = np.concatenate([bezier((0, neck_d), (neck_w * 0.8, neck_d), (neck_w, 0), n=5),
                             pts((shoulder, 0.0), (shoulder * 0.95, waist_y * 0.45), (waist, waist_y))])
    hem = hem_pts if hem_pts is not None else pts((hem_w, length), (0, length))
    return mirrored(np.concatenate([bodice, hem]))


def scalloped_hem(hem_w, length, bumps) -> np.ndarray:
    xs = np.linspace(hem_w, 0, bumps * 6 + 1)
    ys = length + 0.06 * np.abs(np.sin(np.linspace(0, bumps * math.pi, len(xs))))
    return np.stack([xs, ys], axis=1)


def dress_triangle(rng):
    top_w = rng.uniform(0.12, 0.2)
    hem_w = rng.uniform(0.6, 0.85)
    length = rng.uniform(1.2, 1.6)
    body = pts((-top_w, 0.25), (top_w, 0.25), (hem_w, length), (-hem_w, length))
    straps = [pts((x, 0.25), (x * 0.9, 0.0)) for x in (-top_w * 0.8, top_w * 0.8)]
    return Sketch(parts=[body], extras=straps)


def dress_princess(rng):
    waist_y = rng.uniform(0.4, 0.5)
    hem_w = rng.uniform(0.75, 1.0)
    length = rng.uniform(1.2, 1.5)
    outline = dress_shape(rng, waist_y, hem_w, length, shoulder=0.22, waist=0.15,
                          hem_pts=scalloped_hem(hem_w, length, int(rng.integers(3, 6))))
    sleeves = both_sides(ellipse(0.3, 0.08, 0.12, 0.1, n=14))
    sketch = Sketch(parts=[outline] + sleeves)
    sketch.pattern.append(pts((-1, waist_y), (1, waist_y)))
    return sketch


def dress_bow(rng):
    waist_y = rng.uniform(0.55, 0.75)
    hem_w = rng.uniform(0.55, 0.8)
    outline = dress_shape(rng, waist_y, hem_w, rng.uniform(1.2, 1.5))
    sketch = Sketch(parts=[outline],
                    pattern=[pts((-1, waist_y), (1, waist_y)), pts((-1, waist_y + 0.1), (1, waist_y + 0.1))])
    bow = pts((0, waist_y + 0.05), (0.16, waist_y - 0.05), (0.16, waist_y + 0.15))
    sketch.holes += both_sides(bow)
    return sketch


def dress_frills(rng):
    waist_y = rng.uniform(0.4, 0.55)
    hem_w = rng.uniform(0.6, 0.85)
    length = rng.uniform(1.1, 1.45)
    outline = dress_shape(rng, waist_y, hem_w, length, hem_pts=scalloped_hem(hem_w, length, int(rng.integers(4, 7))))
    return Sketch(parts=[outline], pattern=[wave(-1.5, 1.5, length - 0.12, 12, 0.06)])


def dress_dots(rng):
    waist_y = rng.uniform(0.55, 0.75)
    hem_w = rng.uniform(0.55, 0.8)
    length = rng.uniform(1.2, 1.5)
    sketch = Sketch(parts=[dress_shape(rng, waist_y, hem_w, length, neck_w=0.15, neck_d=0.2)])
    for _ in range(rng.integers(5, 9)):
        y = rng.uniform(waist_y + 0.1, length - 0.1)
        half = 0.2 + (hem_w - 0.2) * (y - waist_y) / (length - waist_y)
        sketch.holes.append(ellipse(rng.uniform(-half * 0.8, half * 0.8), y, 0.05, 0.05, n=10))
    return sketch


def dress_tshirt(rng):
    shoulder = rng.uniform(0.35, 0.45)
    top = top_shape(shoulder, shoulder * rng.uniform(1.3, 1.7), rng.uniform(1.6, 2.0), rng.uniform(0.18, 0.3),
                    rng.uniform(25, 45), rng.uniform(0.15, 0.22), rng.uniform(0.12, 0.17), rng.uniform(0.07, 0.14))
    sketch = Sketch(parts=[top.outline])
    if rng.random() < 0.5:
        sketch.pattern.append(pts((-2, top.length * 0.4), (2, top.length * 0.4)))
    return sketch


def dress_tiered(rng):
    waist_y = rng.uniform(0.4, 0.5)
    hem_w = rng.uniform(0.6, 0.9)
    length = rng.uniform(1.2, 1.5)
    sketch = Sketch(parts=[dress_shape(rng, waist_y, hem_w, length, hem_pts=scalloped_hem(hem_w, length, 5))])
    tiers = np.linspace(waist_y + 0.25, length - 0.15, int(rng.integers(2, 4)))
    sketch.pattern += [wave(-1.5, 1.5, y, 10, 0.05) for y in tiers]
    return sketch


def dress_gown(rng):
    waist_y = rng.uniform(0.45, 0.55)
    hem_w = rng.uniform(0.7, 0.95)
    length = rng.uniform(1.7, 2.1)
    outline = dress_shape(rng, waist_y, hem_w, length, neck_w=0.12, shoulder=0.2, waist=0.13, neck_d=0.05)
    return Sketch(parts=[outline], pattern=[pts((-1, waist_y), (1, waist_y))])


def dress_sundress(rng):
    waist_y = rng.uniform(0.45, 0.55)
    hem_w = rng.uniform(0.55, 0.8)
    length = rng.uniform(1.1, 1.4)
    bust = pts((0, 0.3), (0.1, 0.2), (0.22, 0.25), (0.2, waist_y), (hem_w, length), (0, length))
    sketch = Sketch(parts=[mirrored(bust)], extras=both_sides(pts((0.15, 0.22), (0.18, 0.0))))
    for _ in range(rng.integers(2, 5)):
        sketch.holes.append(heart(rng.uniform(-hem_w * 0.5, hem_w * 0.5), rng.uniform(waist_y + 0.2,
                            length - 0.15), 0.16))
    return sketch


DRESS_DESIGNS = (dress_triangle, dress_princess, dress_bow, dress_frills, dress_dots, dress_tshirt, dress_tiered,
                 dress_gown, dress_sundress)


# Trouser ---------------------------------------------------------------

@dataclass
class Legs:
    outline: np.ndarray
    waist: float
    length: float
    crotch: float
    outer: float
    inner: float


def trouser_shape(waist, length, crotch, outer, inner) -> Legs:
    right = pts((0, 0), (waist, 0), (outer, length), (inner, length), (0, crotch))
    return Legs(mirrored(right), waist, length, crotch, outer, inner)


def classic_legs(rng, flare=1.0, length=None) -> Legs:
    waist = rng.uniform(0.35, 0.5)
    length = length or rng.uniform(1.5, 2.0)
    outer = waist * rng.uniform(0.95, 1.15) * flare
    inner = rng.uniform(0.08, 0.2) + (flare - 1.0) * 0.1
    return trouser_shape(waist, length, length * rng.uniform(0.28, 0.42), outer, inner)


def waist_line(legs: Legs, depth=0.12) -> np.ndarray:
    return pts((-legs.waist, depth), (legs.waist, depth))


def trouser_classic(rng):
    legs = classic_legs(rng)
    sketch = Sketch(parts=[legs.outline], lines=[waist_line(legs)])
    if rng.random() < 0.6:
        sketch.lines.append(pts((0, 0.12), (0, legs.crotch * 0.8)))
    return sketch


def trouser_flares(rng):
    legs = classic_legs(rng, flare=rng.uniform(1.3, 1.6))
    return Sketch(parts=[legs.outline], lines=[waist_line(legs)])


def trouser_jeans(rng):
    legs = classic_legs(rng)
    sketch = Sketch(parts=[legs.outline], lines=[waist_line(legs)])
    sketch.lines += both_sides(bezier((legs.waist * 0.5, 0.12), (legs.waist * 0.55, 0.35), (legs.waist * 0.98, 0.35)))
    if rng.random() < 0.5:
        sketch.lines += both_sides(pts((legs.waist * 0.55, 0.0), (legs.waist * 0.55, 0.12)))
    if rng.random() < 0.5:
        mid = (legs.outer + legs.inner) / 2
        sketch.lines += both_sides(pts((legs.waist * 0.6, legs.crotch), (mid, legs.length)))
    return sketch


def trouser_narrow(rng):
    waist = rng.uniform(0.28, 0.38)
    length = rng.uniform(1.8, 2.3)
    legs = trouser_shape(waist, length, length * 0.3, waist * 0.95, rng.uniform(0.08, 0.14))
    return Sketch(parts=[legs.outline])


def trouser_joggers(rng):
    legs = classic_legs(rng)
    sketch = Sketch(parts=[legs.outline], lines=[waist_line(legs, 0.15)])
    cuff_y = legs.length - 0.12
    for side in (-1, 1):
        sketch.lines.append(pts((side * (legs.inner + 0.01), cuff_y), (side * (legs.outer - 0.01), cuff_y)))
    sketch.extras += both_sides(pts((0.05, 0.1), (0.08, 0.35)))
    return sketch


def trouser_belt(rng):
    legs = classic_legs(rng)
    sketch = Sketch(parts=[legs.outline], pattern=[waist_line(legs, 0.08), waist_line(legs, 0.18)])
    sketch.holes.append(rect(-0.1, 0.04, 0.1, 0.22))
    return sketch


def trouser_simple_u(rng):
    waist = rng.uniform(0.4, 0.55)
    length = rng.uniform(1.3, 1.7)
    legs = trouser_shape(waist, length, length * rng.uniform(0.3, 0.45), waist, rng.uniform(0.06, 0.14))
    return Sketch(parts=[rounded(legs.outline, 1)])


def trouser_cargo(rng):
    legs = classic_legs(rng)
    sketch = Sketch(parts=[legs.outline], lines=[waist_line(legs)])
    y = legs.length * 0.5
    x = (legs.outer + legs.inner) / 2 + 0.05
    for side in (-1, 1):
        sketch.add(pocket(side * x, y, 0.2, 0.25, flap=True))
    return sketch


def trouser_wide(rng):
    waist = rng.uniform(0.55, 0.75)
    length = rng.uniform(1.1, 1.4)
    legs = trouser_shape(waist, length, length * 0.4, waist * 1.25, rng.uniform(0.12, 0.22))
    return Sketch(parts=[legs.outline], lines=[waist_line(legs)])


TROUSER_DESIGNS = (trouser_classic, trouser_flares, trouser_jeans, trouser_narrow, trouser_joggers, trouser_belt,
                   trouser_simple_u, trouser_cargo, trouser_wide)


# Sandal (side views with toe left; flipped later for some children) --------------

def flat_sole(rng, length=1.8, thickness=None) -> np.ndarray:
    thickness = thickness or rng.uniform(0.1, 0.18)
    half = length / 2
    return rounded(rect(-half, 0, half, thickness), 2)


def strap_arch(x0, x1, height, base=0.0) -> np.ndarray:
    return bezier((x0, base), ((x0 + x1) / 2, base - 2 * height), (x1, base), n=9)


def sandal_straps(rng):
    sketch = Sketch(parts=[flat_sole(rng)])
    for x0 in np.linspace(-0.7, 0.1, int(rng.integers(2, 4))):
        sketch.extras.append(strap_arch(x0, x0 + rng.uniform(0.3, 0.45), rng.uniform(0.25, 0.4)))
    sketch.extras.append(strap_arch(0.4, 0.85, rng.uniform(0.4, 0.6)))
    return sketch


def sandal_flipflop(rng):
    """Seen from above: a long foot-shaped sole with a V strap."""
    length = rng.uniform(1.6, 2.0)
    width = rng.uniform(0.55, 0.75)
    sole = ellipse(0, 0, width / 2, length / 2, n=30)
    sole[:, 0] *= np.where(sole[:, 1] > 0, 0.8, 1.0)
    toe = (0.02, -length * 0.3)
    sketch = Sketch(parts=[sole])
    sketch.lines.append(pts((-width * 0.45, length * 0.02), toe, (width * 0.45, length * 0.02)))
    sketch.dots.append((toe[0], toe[1], 0.04))
    return sketch


def sandal_heeled(rng):
    heel_h = rng.uniform(0.3, 0.5)
    sole = pts((-0.9, -0.02), (0.05, -0.05), (0.75, -heel_h), (0.85, -heel_h), (0.85, -heel_h + 0.08),
               (0.15, 0.06), (-0.9, 0.08))
    heel = rect(0.65, -heel_h, 0.8, 0.08)
    sketch = Sketch(parts=[rounded(sole, 1), heel])
    sketch.extras.append(strap_arch(-0.8, -0.3, 0.25, base=-0.02))
    sketch.extras.append(ellipse(0.55, -heel_h - 0.3, 0.22, 0.14, n=16))
    sketch.extras.append(pts((0.72, -heel_h), (0.7, -heel_h - 0.2)))
    return sketch


def sandal_gladiator(rng):
    sketch = Sketch(parts=[flat_sole(rng)])
    sketch.extras.append(strap_arch(-0.75, -0.3, 0.3))
    ankle_x = rng.uniform(0.3, 0.5)
    for i, y in enumerate(np.linspace(-0.2, -0.9, int(rng.integers(3, 6)))):
        sketch.extras.append(pts((ankle_x - 0.25 + 0.05 * i, y), (ankle_x + 0.35, y - 0.05)))
    sketch.extras.append(pts((ankle_x + 0.3, 0.0), (ankle_x + 0.3, -0.95)))
    return sketch


def sandal_slider(rng):
    sketch = Sketch(parts=[flat_sole(rng)])
    band = np.concatenate([bezier((-0.75, 0), (-0.35, -0.6), (0.15, 0), n=10),
                           bezier((-0.05, 0), (-0.35, -0.35), (-0.6, 0), n=8)])
    sketch.parts.append(band)
    if rng.random() < 0.5:
        sketch.lines.append(star(-0.35, -0.18, 0.15))
    return sketch


def sandal_top_view(rng):
    length = rng.uniform(1.6, 2.0)
    width = rng.uniform(0.5, 0.65)
    sole = ellipse(0, 0, width / 2, length / 2, n=30)
    sketch = Sketch(parts=[sole])
    for y in (-length * 0.2, length * 0.12):
        sketch.holes.append(rect(-width * 0.55, y - 0.1, width * 0.55, y + 0.1))
    return sketch


def sandal_wedge(rng):
    height = rng.uniform(0.35, 0.5)
    wedge = pts((-0.9, 0.0), (-0.9, 0.1), (0.85, 0.1), (0.85, -height), (0.3, -height * 0.6), (-0.9, -0.05))
    sketch = Sketch(parts=[wedge])
    sketch.extras.append(strap_arch(-0.8, -0.2, 0.3, base=-0.05))
    sketch.extras.append(strap_arch(0.35, 0.85, 0.35, base=-height * 0.85))
    return sketch


def sandal_sport(rng):
    sole = rect(-0.95, 0, 0.9, rng.uniform(0.2, 0.28))
    sketch = Sketch(parts=[rounded(sole, 1)], lines=[zigzag_line(-0.85, 0.8, 0.17, 10, 0.06)])
    for x0 in (-0.7, -0.2):
        sketch.parts.append(np.concatenate([strap_arch(x0, x0 + 0.45, 0.35), strap_arch(x0 + 0.38, x0 + 0.07, 0.24)]))
    sketch.extras.append(strap_arch(0.35, 0.85, 0.5))
    return sketch


SANDAL_DESIGNS = (sandal_straps, sandal_flipflop, sandal_heeled, sandal_gladiator, sandal_slider, sandal_top_view,
                  sandal_wedge, sandal_sport)


# Sneaker ---------------------------------------------------------------

def sneaker_upper(rng, collar=0.65, toe=0.35) -> np.ndarray:
    upper = pts((-0.85, 0.0), (-0.9, -toe * 0.5), (-0.65, -toe), (-0.2, -toe - 0.12), (0.15, -collar),
                (0.35, -collar + 0.08), (0.7, -collar - 0.05), (0.85, -collar * 0.5), (0.85, 0.0))
    return rounded(upper, 1)


def sneaker_sole(rng, thickness=None) -> np.ndarray:
    thickness = thickness or rng.uniform(0.1, 0.18)
    return rounded(rect(-0.95, 0.0, 0.9, thickness), 1)


def laces_crosses(rng, count=3) -> list:
    laces = []
    for i in range(count):
        x, y = -0.35 + 0.16 * i, -0.38 - 0.05 * i
        laces += [pts((x - 0.06, y - 0.06), (x + 0.06, y + 0.06)), pts((x - 0.06, y + 0.06), (x + 0.06, y - 0.06))]
    return laces


def sneaker_classic(rng):
    collar = rng.uniform(0.55, 0.75)
    sketch = Sketch(parts=[sneaker_upper(rng, collar), sneaker_sole(rng)])
    sketch.lines += laces_crosses(rng, int(rng.integers(2, 5)))
    return sketch


def sneaker_high_top(rng):
    upper = rounded(pts((-0.85, 0), (-0.9, -0.15), (-0.6, -0.32), (-0.1, -0.45), (0.05, -1.0), (0.7, -1.0),
                        (0.85, -0.5), (0.85, 0)), 1)
    sketch = Sketch(parts=[upper, sneaker_sole(rng)])
    sketch.lines.append(zigzag_line(-0.35, 0.1, -0.5, 5, 0.12) @ np.array([[0.6, -0.8], [0.8, 0.6]]) + [-0.15, -0.6])
    sketch.holes.append(ellipse(0.45, -0.55, 0.14, 0.14, n=16))
    return sketch


def sneaker_swoosh(rng):
    sketch = Sketch(parts=[sneaker_upper(rng, rng.uniform(0.55, 0.75)), sneaker_sole(rng)])
    swoosh = np.concatenate([bezier((-0.45, -0.18), (-0.1, 0.0), (0.6, -0.4), n=8), bezier((0.6, -0.4), (0.0,
                            -0.12), (-0.45, -0.18), n=8)])
    sketch.holes.append(swoosh)
    return sketch


def sneaker_stripes(rng):
    sketch = Sketch(parts=[sneaker_upper(rng, rng.uniform(0.55, 0.75)), sneaker_sole(rng)])
    for x in (-0.2, 0.0, 0.2):
        sketch.lines.append(pts((x, -0.05), (x + 0.2, -0.4)))
    return sketch


def sneaker_slip_on(rng):
    upper = rounded(pts((-0.85, 0), (-0.9, -0.15), (-0.6, -0.3), (0.0, -0.35), (0.8, -0.35), (0.85, 0)), 1)
    sketch = Sketch(parts=[upper, sneaker_sole(rng, 0.1)])
    sketch.lines.append(pts((-0.3, -0.32), (-0.18, -0.15), (-0.06, -0.33)))
    return sketch


def sneaker_chunky(rng):
    sketch = Sketch(parts=[sneaker_upper(rng, rng.uniform(0.6, 0.75), toe=0.35), sneaker_sole(rng,
                    rng.uniform(0.25, 0.35))])
    sketch.lines.append(wave(-0.85, 0.8, 0.22, 8, 0.06))
    sketch.lines.append(bezier((-0.5, 0.0), (-0.45, -0.3), (-0.75, -0.3)))
    sketch.lines += laces_crosses(rng, 2)
    return sketch


def sneaker_velcro(rng):
    sketch = Sketch(parts=[sneaker_upper(rng, rng.uniform(0.6, 0.75)), sneaker_sole(rng)])
    for i in range(int(rng.integers(2, 4))):
        x = -0.4 + 0.22 * i
        sketch.holes.append(pts((x - 0.12, -0.25 - 0.06 * i), (x + 0.1, -0.4 - 0.06 * i), (x + 0.16, -0.3 - 0.06 * i),
                                (x - 0.06, -0.15 - 0.06 * i)))
    return sketch


def sneaker_simple(rng):
    upper = rounded(pts((-0.9, 0), (-0.85, -0.25), (-0.2, -0.35), (0.1, -0.55), (0.85, -0.55), (0.9, 0)), 2)
    sketch = Sketch(parts=[upper])
    sketch.pattern.append(pts((-2, -0.08), (2, -0.08)))
    sketch.dots += [(-0.3 + 0.13 * i, -0.35 - 0.06 * i, 0.03) for i in range(3)]
    return sketch


SNEAKER_DESIGNS = (sneaker_classic, sneaker_high_top, sneaker_swoosh, sneaker_stripes, sneaker_slip_on, sneaker_chunky,
                   sneaker_velcro, sneaker_simple)


# Bag ---------------------------------------------------------------

def handle_arch(x0, x1, top, base) -> np.ndarray:
    return bezier((x0, base), ((x0 + x1) / 2, 2 * top - base), (x1, base), n=12)


def bag_handbag(rng):
    top_w = rng.uniform(0.45, 0.7)
    bottom_w = top_w + rng.uniform(0.15, 0.35)
    height = rng.uniform(0.8, 1.1)
    body = rounded(pts((-top_w, 0), (top_w, 0), (bottom_w, height), (-bottom_w, height)), 1)
    handle = handle_arch(-top_w * 0.6, top_w * 0.6, -rng.uniform(0.35, 0.6), 0.0)
    sketch = Sketch(parts=[body], extras=[handle])
    if rng.random() < 0.5:
        sketch.extras.append(handle * [0.75, 0.7])
    return sketch


def bag_tote(rng):
    width = rng.uniform(0.6, 0.8)
    height = rng.uniform(0.9, 1.2)
    sketch = Sketch(parts=[rect(-width, 0, width, height)])
    for side in (-1, 1):
        sketch.extras.append(handle_arch(side * width * 0.7, side * width * 0.2, -0.45, 0.0))
    return sketch


def bag_backpack(rng):
    width = rng.uniform(0.5, 0.65)
    height = rng.uniform(1.1, 1.4)
    body = rounded(pts((-width, 0.25), (-width * 0.7, 0), (width * 0.7, 0), (width, 0.25), (width, height),
                       (-width, height)), 2)
    sketch = Sketch(parts=[body], extras=[handle_arch(-0.15, 0.15, -0.15, 0.02)])
    sketch.holes.append(rounded(rect(-width * 0.65, height * 0.55, width * 0.65, height * 0.92), 2))
    sketch.lines.append(pts((-width * 0.65, height * 0.68), (width * 0.65, height * 0.68)))
    if rng.random() < 0.5:
        sketch.extras += both_sides(pts((width * 0.8, 0.2), (width * 1.15, height * 0.5), (width * 0.95,
                                    height * 0.9)))
    return sketch


def bag_purse_flap(rng):
    width = rng.uniform(0.7, 0.95)
    height = rng.uniform(0.6, 0.85)
    sketch = Sketch(parts=[rounded(rect(-width, 0, width, height), 1)])
    sketch.lines.append(pts((-width, 0.02), (0, height * 0.6), (width, 0.02)))
    sketch.dots.append((0, height * 0.6, 0.06))
    return sketch


def bag_shoulder(rng):
    width = rng.uniform(0.55, 0.75)
    height = rng.uniform(0.6, 0.85)
    sketch = Sketch(parts=[rounded(rect(-width, 0, width, height), 2)])
    sketch.extras.append(bezier((-width * 0.9, 0.05), (0, -rng.uniform(1.0, 1.5)), (width * 0.9, 0.05), n=12))
    if rng.random() < 0.5:
        sketch.lines.append(pts((-width, height * 0.35), (width, height * 0.35)))
    return sketch


def bag_round(rng):
    radius = rng.uniform(0.5, 0.65)
    sketch = Sketch(parts=[ellipse(0, 0, radius, radius * rng.uniform(0.85, 1.0), n=30)])
    sketch.extras.append(handle_arch(-radius * 0.5, radius * 0.5, -radius * 1.6, -radius * 0.85))
    if rng.random() < 0.6:
        sketch.holes += both_sides(pts((0, 0), (0.18, -0.1), (0.18, 0.1)))
    return sketch


def bag_decorated(rng):
    width = rng.uniform(0.6, 0.8)
    height = rng.uniform(0.8, 1.0)
    sketch = Sketch(parts=[rounded(rect(-width, 0, width, height), 1)])
    sketch.extras.append(handle_arch(-width * 0.5, width * 0.5, -0.45, 0.0))
    picture = heart(0, height * 0.55, 0.45) if rng.random() < 0.5 else star(0, height * 0.55, 0.55)
    sketch.holes.append(picture)
    return sketch


def bag_shopping(rng):
    width = rng.uniform(0.55, 0.7)
    height = rng.uniform(1.0, 1.3)
    sketch = Sketch(parts=[rect(-width, 0, width, height)])
    sketch.extras.append(handle_arch(-width * 0.4, width * 0.4, -0.35, 0.0))
    sketch.lines += letter(str(rng.choice(list("AHMTZ"))), 0, height * 0.5, 0.4)
    return sketch


def bag_briefcase(rng):
    width = rng.uniform(0.85, 1.05)
    height = rng.uniform(0.6, 0.8)
    sketch = Sketch(parts=[rect(-width, 0, width, height)])
    sketch.extras.append(pts((-0.2, 0), (-0.2, -0.18), (0.2, -0.18), (0.2, 0)))
    sketch.lines.append(pts((-width, height * 0.3), (width, height * 0.3)))
    sketch.holes += [rect(x - 0.07, height * 0.22, x + 0.07, height * 0.38) for x in (-width * 0.5, width * 0.5)]
    return sketch


BAG_DESIGNS = (bag_handbag, bag_tote, bag_backpack, bag_purse_flap, bag_shoulder, bag_round, bag_decorated,
               bag_shopping, bag_briefcase)


# Ankle boot ---------------------------------------------------------------

def boot_outline(rng, shaft_top=-1.1, shaft_front=0.1, toe_h=0.3, back=0.75) -> np.ndarray:
    outline = pts((-0.85, 0.0), (-0.9, -toe_h * 0.6), (-0.6, -toe_h), (shaft_front - 0.1, -toe_h - 0.1),
                  (shaft_front, shaft_top), (back, shaft_top), (back + 0.02, 0.0))
    return rounded(outline, 1)


def boot_sole_heel(rng, heel=0.18) -> list:
    return [rounded(rect(-0.92, 0.0, 0.78, 0.1), 1), rect(0.45, 0.08, 0.78, 0.08 + heel)]


def boot_plain(rng):
    return Sketch(parts=[boot_outline(rng, shaft_top=-rng.uniform(0.9, 1.2))] + boot_sole_heel(rng,
                  rng.uniform(0.1, 0.22)))


def boot_laced(rng):
    top = -rng.uniform(1.0, 1.2)
    sketch = Sketch(parts=[boot_outline(rng, shaft_top=top)] + boot_sole_heel(rng))
    for y in np.linspace(top + 0.15, -0.45, 4):
        sketch.lines += [pts((0.0, y - 0.06), (0.22, y + 0.06)), pts((0.0, y + 0.06), (0.22, y - 0.06))]
    return sketch


def boot_fur(rng):
    top = -rng.uniform(0.9, 1.1)
    sketch = Sketch(parts=[boot_outline(rng, shaft_top=top)] + boot_sole_heel(rng, 0.08))
    fur = np.concatenate([wave(-0.02, 0.87, top, 6, 0.12), pts((0.87, top + 0.25), (-0.02, top + 0.25))])
    sketch.parts.append(fur)
    return sketch


def boot_chelsea(rng):
    top = -rng.uniform(0.95, 1.15)
    sketch = Sketch(parts=[boot_outline(rng, shaft_top=top)] + boot_sole_heel(rng))
    sketch.holes.append(pts((0.2, top), (0.35, top + 0.45), (0.5, top)))
    sketch.extras.append(ellipse(0.72, top - 0.1, 0.06, 0.12, n=12))
    return sketch


def boot_high_heel(rng):
    top = -rng.uniform(1.1, 1.3)
    heel_h = rng.uniform(0.3, 0.45)
    outline = rounded(pts((-0.95, 0.0), (-0.85, -0.2), (0.0, -0.45), (0.1, top), (0.7, top), (0.75, -heel_h),
                          (0.55, -heel_h + 0.1), (-0.3, 0.05)), 1)
    heel = pts((0.55, -heel_h + 0.05), (0.75, -heel_h), (0.72, 0.15), (0.66, 0.15))
    return Sketch(parts=[outline, heel])


def boot_welly(rng):
    top = -rng.uniform(0.9, 1.1)
    sketch = Sketch(parts=[boot_outline(rng, shaft_top=top, toe_h=0.35), rounded(rect(-0.95, 0.0, 0.8, 0.2), 1)])
    sketch.lines.append(zigzag_line(-0.85, 0.7, 0.12, 9, 0.08))
    sketch.pattern.append(pts((-2, top + 0.15), (2, top + 0.15)))
    return sketch


def boot_zip(rng):
    top = -rng.uniform(1.0, 1.2)
    sketch = Sketch(parts=[boot_outline(rng, shaft_top=top)] + boot_sole_heel(rng))
    sketch.lines.append(pts((0.6, top + 0.05), (0.6, -0.15)))
    sketch.dots.append((0.6, top + 0.1, 0.04))
    return sketch


def boot_buckle(rng):
    top = -rng.uniform(0.9, 1.1)
    outline = rounded(boot_outline(rng, shaft_top=top, toe_h=0.4), 1)
    sketch = Sketch(parts=[outline] + boot_sole_heel(rng, 0.12))
    strap_y = top * 0.55
    sketch.pattern += [pts((-2, strap_y), (2, strap_y - 0.1)), pts((-2, strap_y + 0.15), (2, strap_y + 0.05))]
    sketch.holes.append(rect(0.3, strap_y - 0.08, 0.45, strap_y + 0.12))
    return sketch


BOOT_DESIGNS = (boot_plain, boot_laced, boot_fur, boot_chelsea, boot_high_heel, boot_welly, boot_zip, boot_buckle)

DESIGNS = (TSHIRT_DESIGNS, TROUSER_DESIGNS, PULLOVER_DESIGNS, DRESS_DESIGNS, COAT_DESIGNS, SANDAL_DESIGNS,
           SHIRT_DESIGNS, SNEAKER_DESIGNS, BAG_DESIGNS, BOOT_DESIGNS)
SHOE_LABELS = (5, 7, 9)
BAG_LABEL = 8
DECORATED_LABELS = (0, 2, 3, 8)     # garments a child might add a heart or a star to unasked


# ---------------------------------------------------------------- the child's hand

@dataclass
class Hand:
    brush: float          # px on the 2x canvas
    wobble: float         # px of slow wander
    jitter: float         # px of shake
    pieces_odds: float    # chance an outline is drawn in pieces
    gap_odds: float       # chance a stroke stops short
    overshoot: float      # px the colouring goes over the outline


def sample_hand(rng) -> Hand:
    kind = BRUSH_KINDS[rng.choice(len(BRUSH_KINDS), p=BRUSH_ODDS)]
    low, high = BRUSH_RANGES[kind]
    brush = rng.uniform(low, high) if high > low else float(DEFAULT_BRUSH)
    finger = rng.random() < FINGER_ODDS
    if finger:
        brush = max(brush, FINGER_MIN_BRUSH)
    wobble = rng.uniform(0.5, 3.0) + (rng.uniform(1.0, 3.0) if finger else 0.0)
    return Hand(brush * SUPERSAMPLE, wobble * SUPERSAMPLE, rng.uniform(0.0, 0.8) * SUPERSAMPLE,
                rng.uniform(0.1, 0.7), rng.uniform(0.0, 0.3), rng.uniform(0.0, 0.4) * brush * SUPERSAMPLE)


def placement(sketch: Sketch, rng, hand: Hand):
    """A function taking design points to the 2x canvas: size, stretch, tilt and position of the drawing."""
    main = np.concatenate(sketch.parts + sketch.extras)
    low, high = main.min(axis=0), main.max(axis=0)
    centre = (low + high) / 2
    band = rng.choice(len(SIZE_BANDS), p=[b[0] for b in SIZE_BANDS])
    target = rng.uniform(SIZE_BANDS[band][1], SIZE_BANDS[band][2]) * WORK
    # a child with a fat brush has to draw big to get anything recognisable at all
    target = min(max(target, MIN_SIZE_IN_BRUSHES * hand.brush), SIZE_BANDS[0][2] * WORK)
    # a hand wanders by about the same few pixels whatever it draws, but a small drawing is drawn slower
    hand.wobble *= min(1.0, target / (0.6 * WORK))
    stretch = math.exp(rng.normal(0.0, ASPECT_SPREAD))
    scale = np.array([stretch, 1.0 / stretch]) * target / max(high - low)
    angle = math.radians(float(np.clip(rng.normal(0.0, ROTATION_SPREAD_DEG), -MAX_ROTATION_DEG, MAX_ROTATION_DEG)))
    turn = np.array([[math.cos(angle), math.sin(angle)], [-math.sin(angle), math.cos(angle)]])
    corners = ((np.array([[low[0], low[1]], [high[0], low[1]], [high[0], high[1]], [low[0], high[1]]]) - centre)
               * scale) @ turn
    margin = hand.brush / 2 + 4
    span_low = -corners.min(axis=0) + margin
    span_high = WORK + corners.min(axis=0) * 0 - corners.max(axis=0) - margin
    position = np.empty(2)
    for axis in range(2):
        lo, hi = span_low[axis], max(span_low[axis], span_high[axis])
        middle = (lo + hi) / 2
        # mostly near the middle of the free room, sometimes pushed to a corner
        spread = (hi - lo) / 2 * (1.0 if band == 2 else 0.35)
        position[axis] = float(np.clip(middle + rng.uniform(-1, 1) * spread, lo, hi))
    return lambda points: ((np.asarray(points, float) - centre) * scale) @ turn + position, scale


def resampled(points: np.ndarray, closed: bool) -> np.ndarray:
    if closed:
        points = np.concatenate([points, points[:1]])
    seg = np.linalg.norm(np.diff(points, axis=0), axis=1)
    distance = np.concatenate([[0.0], np.cumsum(seg)])
    if distance[-1] < 1e-6:
        return points[:1].repeat(2, axis=0)
    samples = np.linspace(0.0, distance[-1], max(2, int(distance[-1] / STEP_PX) + 1))
    return np.stack([np.interp(samples, distance, points[:, 0]), np.interp(samples, distance, points[:, 1])], axis=1)


def wobbled(points: np.ndarray, rng, hand: Hand) -> np.ndarray:
    """Slow wander plus a little shake, the way a hand on a touchpad or a finger drifts."""
    count = len(points)
    arc = np.arange(count) * STEP_PX
    drift = np.zeros((count, 2))
    for _ in range(2):
        wavelength = rng.uniform(60, 260)
        phase = rng.uniform(0, 2 * math.pi, size=2)
        drift += hand.wobble * np.sin(2 * math.pi * arc[:, None] / wavelength + phase)
    return points + drift + rng.normal(0.0, hand.jitter, size=(count, 2))


def outline_strokes(points: np.ndarray, rng, hand: Hand) -> list:
    """A closed outline as the child draws it: one go (with overshoot or a gap at the join) or pieces."""
    loop = resampled(points, closed=True)[:-1]
    count = len(loop)
    start = int(rng.integers(count))
    loop = np.roll(loop, -start, axis=0)
    if count < 8 or rng.random() > hand.pieces_odds:
        end_extra = int(rng.integers(-2, 4))
        path = np.concatenate([loop, loop[:max(1, end_extra + 1)]]) if end_extra >= 0 else loop[:end_extra]
        return [wobbled(path, rng, hand)]
    cuts = np.sort(rng.choice(np.arange(2, count - 2), size=min(int(rng.integers(2, 5)), count - 4), replace=False))
    bounds = np.concatenate([[0], cuts, [count]])
    strokes = []
    for a, b in zip(bounds[:-1], bounds[1:]):
        overlap = int(rng.integers(0, 3))
        piece = np.concatenate([loop, loop])[a:b + 1 + overlap]
        if len(piece) >= 2:
            strokes.append(wobbled(piece, rng, hand) + rng.normal(0, hand.brush * 0.08, size=2))
    return strokes


def open_stroke(points: np.ndarray, rng, hand: Hand) -> np.ndarray:
    path = resampled(points, closed=False)
    if len(path) > 6 and rng.random() < hand.gap_odds:
        path = path[:-int(rng.integers(1, max(2, len(path) // 5)))]
    return wobbled(path, rng, hand)


def paint(draw: ImageDraw.ImageDraw, path: np.ndarray, width: float, value: int) -> None:
    """A round brush along a path."""
    radius = width / 2
    flat = [(float(x), float(y)) for x, y in path]
    if len(flat) >= 2:
        draw.line(flat, fill=value, width=max(1, int(round(width))), joint="curve")
    for x, y in (flat[0], flat[-1]):
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=value)


def polygon_mask(polygons: list, grow: float) -> Image.Image:
    mask = Image.new("L", (WORK, WORK), 0)
    draw = ImageDraw.Draw(mask)
    for polygon in polygons:
        flat = [(float(x), float(y)) for x, y in polygon]
        draw.polygon(flat, fill=255)
        if grow > 0.5:
            draw.line(flat + flat[:1], fill=255, width=int(round(2 * grow)), joint="curve")
    return mask


def zigzag_rows(polygon: np.ndarray, rng, hand: Hand, angle: float, spacing: float) -> list:
    """Back-and-forth scribble rows across a shape, some rows missed."""
    c, s = math.cos(angle), math.sin(angle)
    along = polygon @ np.array([c, s])
    across = polygon @ np.array([-s, c])
    rows = np.arange(across.min() + spacing * rng.uniform(0.1, 0.6), across.max(), spacing)
    miss = rng.uniform(0.0, 0.15)
    strokes, path = [], []
    for index, row in enumerate(rows):
        ends = [along.min() - hand.brush, along.max() + hand.brush]
        if index % 2:
            ends.reverse()
        wander = rng.normal(0, spacing * 0.15, size=2)
        row_pts = [(ends[0], row + wander[0]), (ends[1], row + wander[1])]
        if rng.random() < miss:
            if len(path) >= 2:
                strokes.append(path)
            path = []
            continue
        path.extend(row_pts)
    if len(path) >= 2:
        strokes.append(path)
    back = np.array([[c, s], [-s, c]])
    return [np.asarray(stroke) @ back for stroke in strokes]


def spiral_rings(polygon: np.ndarray, rng, hand: Hand, spacing: float) -> list:
    centre = polygon.mean(axis=0)
    size = max(polygon.max(axis=0) - polygon.min(axis=0))
    rings = []
    for shrink in np.arange(1.0, 0.05, -spacing / size * 1.6):
        rings.append(np.concatenate([(polygon - centre) * shrink + centre,
                     ((polygon - centre) * shrink + centre)[:1]]))
    return rings


def colouring(polygons: list, rng, hand: Hand) -> np.ndarray:
    """The inked area of a child colouring shapes in, clipped to the shapes grown by the overshoot."""
    mask = np.asarray(polygon_mask(polygons, hand.overshoot))
    pattern = FILL_PATTERNS[rng.integers(len(FILL_PATTERNS))]
    if pattern == "solid" or hand.brush > 50:
        return mask.copy()
    layer = Image.new("L", (WORK, WORK), 0)
    draw = ImageDraw.Draw(layer)
    spacing = hand.brush * rng.uniform(0.55, 1.5)
    shared_angle = rng.choice([0.0, math.pi / 2, math.pi / 4, -math.pi / 4]) + rng.normal(0, 0.2)
    for polygon in polygons:
        if pattern == "spiral":
            strokes = spiral_rings(polygon, rng, hand, spacing)
        else:
            angle = shared_angle if pattern == "zigzag" else rng.uniform(0, math.pi)
            strokes = zigzag_rows(polygon, rng, hand, angle, spacing)
        for stroke in strokes:
            paint(draw, wobbled(resampled(stroke, closed=False), rng, hand), hand.brush, INK)
    return np.minimum(np.asarray(layer), mask)


def stray_mark(rng, garment_low, garment_high) -> np.ndarray:
    """A small scribble, dash or squiggle somewhere off the garment."""
    best, best_room = None, -math.inf
    for _ in range(8):
        spot = rng.uniform(0.1, 0.9, size=2) * WORK
        room = float(np.max(np.maximum(garment_low - spot, spot - garment_high)))
        if room > best_room:
            best, best_room = spot, room
    size = rng.uniform(15, 40) * SUPERSAMPLE
    kind = rng.integers(3)
    if kind == 0:
        return best + rng.uniform(-0.5, 0.5, size=(int(rng.integers(4, 8)), 2)) * size
    if kind == 1:
        return best + pts((0, 0), (size, rng.uniform(-0.3, 0.3) * size))
    return best + star(0, 0, size)


def decorated(sketch: Sketch, rng) -> Sketch:
    main = np.concatenate(sketch.parts)
    low, high = main.min(axis=0), main.max(axis=0)
    size = 0.2 * float(min(high - low))
    centre = low + (high - low) * [rng.uniform(0.35, 0.65), rng.uniform(0.5, 0.7)]
    extra = Sketch(holes=[heart(*centre, size) if rng.random() < 0.5 else star(*centre, size * 1.2)])
    return sketch.add(extra)


def to_canvas_sketch(sketch: Sketch, transform, scale) -> Sketch:
    mean_scale = float(np.sqrt(abs(scale[0] * scale[1])))
    return Sketch(parts=[transform(p) for p in sketch.parts], holes=[transform(p) for p in sketch.holes],
                  lines=[transform(p) for p in sketch.lines], pattern=[transform(p) for p in sketch.pattern],
                  dots=[(*transform(np.array([[x, y]]))[0], r * mean_scale) for x, y, r in sketch.dots],
                  extras=[transform(p) for p in sketch.extras])


def render(sketch: Sketch, rng, style: str) -> np.ndarray:
    hand = sample_hand(rng)
    transform, scale = placement(sketch, rng, hand)
    drawing = to_canvas_sketch(sketch, transform, scale)
    canvas = Image.new("L", (WORK, WORK), 0)
    draw = ImageDraw.Draw(canvas)
    garment_mask = np.asarray(polygon_mask(drawing.parts, 0.0))
    gap = max(hand.brush * rng.uniform(0.4, 0.9), 3.0 * SUPERSAMPLE)

    if style == "filled":
        filled_parts = [p for i, p in enumerate(drawing.parts) if i == 0 or rng.random() > 0.12]
        ink = colouring(filled_parts, rng, hand)
        canvas = Image.fromarray(np.maximum(np.asarray(canvas), ink))
        draw = ImageDraw.Draw(canvas)
        keep_holes = rng.random() < KEEP_HOLES_ODDS
        if keep_holes:
            for hole in drawing.holes:
                draw.polygon([(float(x), float(y)) for x, y in hole], fill=0)
        if rng.random() < KEEP_LINES_ODDS:
            for line in drawing.lines:
                paint(draw, open_stroke(line, rng, hand), gap, 0)
        if rng.random() < KEEP_DOTS_ODDS:
            for x, y, r in drawing.dots:
                radius = max(r, gap / 2)
                draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
        if rng.random() < KEEP_PATTERN_ODDS and drawing.pattern:
            pattern_layer = Image.new("L", (WORK, WORK), 0)
            pattern_draw = ImageDraw.Draw(pattern_layer)
            for line in drawing.pattern:
                paint(pattern_draw, open_stroke(line, rng, hand), gap, INK)
            hidden = np.minimum(np.asarray(pattern_layer), garment_mask)
            canvas = Image.fromarray(np.where(hidden > 127, 0, np.asarray(canvas)).astype(np.uint8))
            draw = ImageDraw.Draw(canvas)
        for part in drawing.parts:
            for stroke in outline_strokes(part, rng, hand):
                paint(draw, stroke, hand.brush, INK)
        if keep_holes:
            for hole in drawing.holes:
                for stroke in outline_strokes(hole, rng, hand):
                    paint(draw, stroke, hand.brush, INK)
    else:
        for shape in drawing.parts + drawing.holes:
            for stroke in outline_strokes(shape, rng, hand):
                paint(draw, stroke, hand.brush, INK)
        for line in drawing.lines:
            paint(draw, open_stroke(line, rng, hand), hand.brush, INK)
        for x, y, r in drawing.dots:
            radius = max(r, hand.brush / 2)
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=INK)
        if drawing.pattern:
            pattern_layer = Image.new("L", (WORK, WORK), 0)
            pattern_draw = ImageDraw.Draw(pattern_layer)
            for line in drawing.pattern:
                paint(pattern_draw, open_stroke(line, rng, hand), hand.brush, INK)
            canvas = Image.fromarray(np.maximum(np.asarray(canvas), np.minimum(np.asarray(pattern_layer),
                                     garment_mask)))
            draw = ImageDraw.Draw(canvas)

    for extra in drawing.extras:
        paint(draw, open_stroke(extra, rng, hand), hand.brush, INK)
    if rng.random() < STRAY_MARK_ODDS:
        main = np.concatenate(drawing.parts)
        mark = stray_mark(rng, main.min(axis=0), main.max(axis=0))
        paint(draw, open_stroke(mark, rng, hand), min(hand.brush, 12 * SUPERSAMPLE), INK)
    return np.asarray(canvas.resize((CANVAS, CANVAS), Image.Resampling.BOX), dtype=np.uint8)


def sketch_for(label: int, design: int, rng) -> Sketch:
    sketch = DESIGNS[label][design](rng)
    if label in SHOE_LABELS and rng.random() < SHOE_FLIP_ODDS or label == BAG_LABEL and rng.random() < BAG_FLIP_ODDS:
        sketch = Sketch(parts=[flipped(p) for p in sketch.parts], holes=[flipped(p) for p in sketch.holes],
                        lines=[flipped(p) for p in sketch.lines], pattern=[flipped(p) for p in sketch.pattern],
                        dots=[(-x, y, r) for x, y, r in sketch.dots], extras=[flipped(p) for p in sketch.extras])
    if label in DECORATED_LABELS and not sketch.holes and rng.random() < DECORATION_ODDS:
        sketch = decorated(sketch, rng)
    return sketch


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)"""
    styles = tuple(styles)
    unknown = [style for style in styles if style not in STYLES]
    if unknown or not styles:
        raise ValueError(f"unknown style(s) {unknown or styles!r}; choose from {STYLES}")
    count = len(DESIGNS) * int(count_per_class)
    images = np.zeros((count, CANVAS, CANVAS), dtype=np.uint8)
    labels = np.zeros(count, dtype=np.int64)
    style_of = []
    for label in range(len(DESIGNS)):
        for index in range(int(count_per_class)):
            rng = np.random.default_rng([seed, label, index])
            designs = len(DESIGNS[label])
            design = index % designs
            # styles alternate, shifted each pass over the designs so every design meets every style
            style = styles[(index + index // designs) % len(styles)]
            row = label * int(count_per_class) + index
            images[row] = render(sketch_for(label, design, rng), rng, style)
            labels[row] = label
            style_of.append(style)
    return images, labels, style_of


def contact_sheet(images: np.ndarray, labels: np.ndarray, path: str, thumb: int = 112) -> None:
    classes = sorted(set(labels.tolist()))
    per_row = max(int(np.sum(labels == c)) for c in classes)
    sheet = Image.new("L", (per_row * (thumb + 4), len(classes) * (thumb + 4)), 60)
    for row, label in enumerate(classes):
        for column, image in enumerate(images[labels == label]):
            small = Image.fromarray(image).resize((thumb, thumb), Image.Resampling.BOX)
            sheet.paste(small, (column * (thumb + 4) + 2, row * (thumb + 4) + 2))
    sheet.save(path)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", help="write a PNG contact sheet, one row per class")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    images, labels, styles = make(args.per_class, args.seed)
    elapsed = time.perf_counter() - started
    filled = [i for i, s in enumerate(styles) if s == "filled"]
    outline = [i for i, s in enumerate(styles) if s == "outline"]
    print(f"{len(images)} drawings in {elapsed:.2f}s; mean ink outline {images[outline].mean():.1f}, "
          f"filled {images[filled].mean():.1f}" if filled and outline else f"{len(images)} drawings in {elapsed:.2f}s")
    if args.sheet:
        contact_sheet(images, labels, args.sheet)
        print(f"wrote {args.sheet}")


if __name__ == "__main__":
    main()
