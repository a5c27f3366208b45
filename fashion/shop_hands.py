"""Drawings of the ten Fashion-MNIST classes by people who picture a garment the way they see it in
a shop, a wardrobe or an online store, with the props and views that come with it.

Most drawings are still of the garment itself, from the front (clothes) or from the side (shoes),
at normal proportions. Now and then the shop comes with it: tops, shirts, pullovers, dresses and
coats on a hanger (a hook, and a triangle, a wire, a wooden bar or a wide hanger over the
shoulders; long sleeves hang down beside the body), a T-shirt, pullover or shirt folded on a shelf
(a rectangle with its collar, sometimes a stack of two or three), a dress on a dress form,
trousers hanging from a clip hanger or folded over a hanger's bar, a price tag on a string hanging
from a sleeve, a belt loop, a lace or a handle, a garment turned a little (3/4). Shoes: about one
drawing in five is a pair, side by side or one overlapping the other; some sneakers and boots are
seen from a 3/4 angle with their opening visible and the sole a band, sandals are sometimes seen
from above (flip-flops, slides, strappy soles), a bag is sometimes a box with its side and top
visible, or a shop's paper bag, or hangs from a wall hook.

Each class has a handful to a dozen cuts (crew, V and polo tops, camisoles, jeans, joggers and wide
legs, hoodies, cable knits and cardigans, wrap, shirt and party dresses, trench coats, puffers and
blazers, flip-flops, wedges and gladiators, runners, plimsolls and slip-ons, totes, backpacks and
clutches, chelsea, combat and heeled boots), each drawn in a few views: `DESIGNS` lists the 195
(cut, view) pairs by class with their shares. The hand varies as a canvas hand does: size 40-92% of
the canvas (one drawing in ten 30-45%), position, tilt, aspect, wobble and tremor, brush 5-30 px,
outlines left open, details left out. Two styles, taking turns: outlines, and shapes painted in with
their details left unpainted (a few painted with a scribble). White on black, 280x280, like the Live
canvas.

    python -m fashion.shop_hands                     # timing and designs per class
    python -m fashion.shop_hands --preview shop.png  # a sheet of drawings to look at
"""
from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

CANVAS = 280
STYLES = ("outline", "filled")
_SS = 2                      # drawn at twice the size, then averaged down: soft edges like a canvas brush
_MAX_INK = 0.6               # a drawing painted over more of the canvas than this is drawn smaller


# --------------------------------------------------------------------------------------------
# Geometry: polylines as (n, 2) float arrays, y down.


@dataclass
class Q:
    """A quadratic curve from the previous point of a path to (x, y) via the control (cx, cy)."""
    cx: float
    cy: float
    x: float
    y: float


@dataclass
class C:
    """A cubic curve from the previous point of a path to (x, y) via two controls."""
    ax: float
    ay: float
    bx: float
    by: float
    x: float
    y: float


def path(*parts) -> np.ndarray:
    """A polyline from points (x, y), curves Q and C, and arrays of points, in order."""
    out: list[np.ndarray] = []
    for part in parts:
        if isinstance(part, (Q, C)):
            p0 = out[-1]
            t = np.linspace(0.0, 1.0, 14)[1:, None]
            if isinstance(part, Q):
                c, p1 = np.array([part.cx, part.cy]), np.array([part.x, part.y])
                seg = (1 - t) ** 2 * p0 + 2 * (1 - t) * t * c + t ** 2 * p1
            else:
                a, b, p1 = np.array([part.ax, part.ay]), np.array([part.bx, part.by]), np.array([part.x, part.y])
                seg = (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * a + 3 * (1 - t) * t ** 2 * b + t ** 3 * p1
            out.extend(seg)
        elif isinstance(part, np.ndarray) and part.ndim == 2:
            out.extend(part)
        else:
            out.append(np.array(part, dtype=float))
    return np.array(out, dtype=float)


def arc(cx: float, cy: float, rx: float, ry: float, a0: float, a1: float, n: int = 0) -> np.ndarray:
    """Points on an ellipse from angle a0 to a1 (degrees; 0 is +x, 90 is down)."""
    n = n or max(6, int(abs(a1 - a0) / 8))
    a = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(a), cy + ry * np.sin(a)], axis=1)


def ellipse(cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    return arc(cx, cy, rx, ry, 0, 360, 40)[:-1]


def rect(x0: float, y0: float, x1: float, y1: float, r: float = 0.0) -> np.ndarray:
    """A rectangle, its corners rounded by r."""
    if r <= 0:
        return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=float)
    r = min(r, abs(x1 - x0) / 2, abs(y1 - y0) / 2)
    return np.concatenate([arc(x1 - r, y0 + r, r, r, 270, 360, 5), arc(x1 - r, y1 - r, r, r, 0, 90, 5),
                           arc(x0 + r, y1 - r, r, r, 90, 180, 5), arc(x0 + r, y0 + r, r, r, 180, 270, 5)])


def mirror(half: np.ndarray) -> np.ndarray:
    """The closed outline of a garment symmetric about x = 0, from its right half drawn from the
    centre top down the right side to the centre bottom."""
    left = half[::-1] * np.array([-1.0, 1.0])
    return np.concatenate([half, left[1:-1]])


def flip_x(points: np.ndarray) -> np.ndarray:
    return points * np.array([-1.0, 1.0])


def lerp(a, b, t: float) -> np.ndarray:
    return np.asarray(a, dtype=float) * (1 - t) + np.asarray(b, dtype=float) * t


def offset(line: np.ndarray, d: float) -> np.ndarray:
    """The polyline moved sideways by d (to its left, y down)."""
    g = np.gradient(line, axis=0)
    n = np.stack([g[:, 1], -g[:, 0]], axis=1)
    n /= np.maximum(np.linalg.norm(n, axis=1, keepdims=True), 1e-9)
    return line + np.reshape(d, (-1, 1)) * n


def band(line: np.ndarray, width: float) -> np.ndarray:
    """A closed strip of `width` around a centre line: a strap or a handle drawn as two lines."""
    return np.concatenate([offset(line, width / 2), offset(line, -width / 2)[::-1]])


def scallop(line: np.ndarray, bumps: int, depth: float) -> np.ndarray:
    """The polyline with `bumps` outward bulges along it (a puffer's quilted edge)."""
    dense = _resample(line, max(bumps * 10, len(line)))
    t = np.linspace(0, bumps * math.pi, len(dense))
    return offset(dense, depth * np.abs(np.sin(t)))


def _resample(line: np.ndarray, n: int) -> np.ndarray:
    seg = np.linalg.norm(np.diff(line, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    if s[-1] <= 0:
        return np.repeat(line[:1], n, axis=0)
    t = np.linspace(0, s[-1], n)
    return np.stack([np.interp(t, s, line[:, 0]), np.interp(t, s, line[:, 1])], axis=1)


# --------------------------------------------------------------------------------------------
# A drawing as its parts, in the order the hand draws them.


@dataclass
class Item:
    kind: str                # body: a closed shape, painted in the filled style; detail; prop; hole
    pts: np.ndarray
    closed: bool = False
    occlude: bool = True     # a body hides what was drawn before under it
    edge: bool = False       # painted: its outline stays dark where it lies on paint already there
    optional: bool = True    # a detail the hand may leave out


@dataclass
class Sketch:
    items: list[Item] = field(default_factory=list)
    anchors: dict = field(default_factory=dict)

    def body(self, pts, occlude: bool = True, edge: bool = False) -> None:
        self.items.append(Item("body", np.asarray(pts, dtype=float), True, occlude, edge, False))

    def detail(self, pts, closed: bool = False, optional: bool = True) -> None:
        self.items.append(Item("detail", np.asarray(pts, dtype=float), closed, optional=optional))

    def dot(self, x: float, y: float, r: float = 0.6) -> None:
        self.items.append(Item("detail", ellipse(x, y, r, r)[::5], True))

    def prop(self, pts, closed: bool = False) -> None:
        self.items.append(Item("prop", np.asarray(pts, dtype=float), closed, optional=False))

    def hole(self, pts) -> None:
        self.items.append(Item("hole", np.asarray(pts, dtype=float), True, optional=False))

    def strap(self, line: np.ndarray, width: float, as_band: bool, edge: bool = True) -> None:
        """A strap or a handle: a closed band (painted in) or a single line."""
        if as_band:
            self.body(band(line, width), edge=edge)
        else:
            self.prop(line)

    def extend(self, other: "Sketch", dx: float = 0.0, dy: float = 0.0, scale: float = 1.0,
               edge: bool | None = None) -> None:
        for item in other.items:
            moved = Item(item.kind, item.pts * scale + np.array([dx, dy]), item.closed, item.occlude,
                         item.edge if edge is None or item.kind != "body" else edge, item.optional)
            self.items.append(moved)

    def map(self, fn) -> None:
        for item in self.items:
            item.pts = fn(item.pts)
        for key, value in list(self.anchors.items()):
            if isinstance(value, np.ndarray) and value.shape == (2,):
                self.anchors[key] = fn(value[None])[0]

    def bbox(self) -> tuple[float, float, float, float]:
        pts = np.concatenate([item.pts for item in self.items])
        return float(pts[:, 0].min()), float(pts[:, 1].min()), float(pts[:, 0].max()), float(pts[:, 1].max())


def _p(x: float, y: float) -> np.ndarray:
    return np.array([x, y], dtype=float)


# --------------------------------------------------------------------------------------------
# The hand: how a drawing's parts reach the canvas.


@dataclass
class Hand:
    brush: float             # px on the 280 canvas
    wobble: float            # px: slow drift of a stroke off its line
    tremor: float            # px: fast jitter
    gap: float               # chance an outline is left open
    skip: float              # chance a detail is left out
    scribble: bool           # painted in with a back-and-forth scribble, not a flat fill
    detail_width: float      # of the unpainted details in the filled style, as a share of the brush


def _hand(rng: np.random.Generator) -> Hand:
    brush = float(np.clip(np.exp(rng.normal(math.log(11.0), 0.38)), 5, 30))
    shaky = rng.random() < 0.15
    return Hand(
        brush=brush,
        wobble=float(rng.uniform(1.5, 5.0) if shaky else rng.uniform(0.2, 2.2)),
        tremor=float(rng.uniform(0.3, 1.0) if shaky else rng.uniform(0.0, 0.4)),
        gap=float(rng.choice([0.0, 0.15, 0.4], p=[0.5, 0.3, 0.2])),
        skip=float(rng.choice([0.05, 0.15, 0.45], p=[0.55, 0.3, 0.15])),
        scribble=bool(rng.random() < 0.15),
        detail_width=float(rng.uniform(0.45, 0.9)),
    )


def _stroke(points: np.ndarray, closed: bool, hand: Hand, rng: np.random.Generator, step: float) -> np.ndarray:
    """The points the hand's brush passes through: resampled, drifting and trembling."""
    if closed:
        points = np.concatenate([points, points[:1]])
    seg = np.linalg.norm(np.diff(points, axis=0), axis=1)
    length = float(seg.sum())
    n = max(2, int(length / step) + 1)
    line = _resample(points, n)
    if n < 4:
        return line + rng.normal(0, hand.tremor, line.shape)
    s = np.linspace(0, length, n)
    drift = np.zeros_like(line)
    for axis in range(2):
        for _ in range(2):
            wavelength = rng.uniform(60, 260) * _SS
            drift[:, axis] += rng.normal(0, hand.wobble * _SS) * np.sin(2 * math.pi * s / wavelength + rng.uniform(0, 6.3))
    if hand.tremor > 0:
        shake = rng.normal(0, hand.tremor * _SS, line.shape)
        shake = (shake + np.roll(shake, 1, axis=0) + np.roll(shake, -1, axis=0)) / 2
        drift += shake
    return line + drift


def _line(draw: ImageDraw.ImageDraw, line: np.ndarray, width: float, value: int) -> None:
    w = max(1, int(round(width)))
    pts = [tuple(p) for p in line]
    if len(pts) > 1:
        draw.line(pts, fill=value, width=w)
    r = w / 2
    for x, y in pts:   # a round brush: no gaps where short segments turn
        draw.ellipse((x - r, y - r, x + r, y + r), fill=value)


def _mask(shape, draw_fn) -> np.ndarray:
    layer = Image.new("L", shape[::-1], 0)
    draw_fn(ImageDraw.Draw(layer))
    return np.asarray(layer) > 127


def _scribble(polygon: np.ndarray, width: float, rng: np.random.Generator) -> np.ndarray:
    """A zigzag back and forth across the polygon's box, to be clipped to it."""
    angle = rng.uniform(0, math.pi)
    direction = np.array([math.cos(angle), math.sin(angle)])
    across = np.array([-direction[1], direction[0]])
    centre = polygon.mean(axis=0)
    rel = polygon - centre
    a = rel @ direction
    b = rel @ across
    spacing = width * rng.uniform(0.7, 1.3)
    rows = np.arange(b.min() - spacing, b.max() + spacing, spacing)
    pts = []
    for i, row in enumerate(rows):
        ends = (a.min() - width, a.max() + width)
        for end in (ends if i % 2 == 0 else ends[::-1]):
            pts.append(centre + end * direction + (row + rng.normal(0, spacing * 0.15)) * across)
    return np.array(pts)


def render(sketch: Sketch, style: str, rng: np.random.Generator, flip: bool = False) -> np.ndarray:
    """The drawing on a 280x280 white-on-black canvas."""
    hand = _hand(rng)
    size = CANVAS * _SS
    x0, y0, x1, y1 = sketch.bbox()
    centre = np.array([(x0 + x1) / 2, (y0 + y1) / 2])
    tilt = math.radians(float(np.clip(rng.normal(0, 4.0), -10, 10)))
    aspect = float(np.exp(rng.normal(0, 0.07)))
    rot = np.array([[math.cos(tilt), -math.sin(tilt)], [math.sin(tilt), math.cos(tilt)]])
    sx = (-1.0 if flip else 1.0) * aspect

    def place(points: np.ndarray) -> np.ndarray:
        return ((points - centre) * np.array([sx, 1.0])) @ rot.T

    every = place(np.concatenate([item.pts for item in sketch.items]))
    span = every.max(axis=0) - every.min(axis=0)
    target = CANVAS * rng.uniform(0.40, 0.92) if rng.random() < 0.9 else CANVAS * rng.uniform(0.3, 0.45)
    scale = target / max(span.max(), 1e-6)
    half = span * scale / 2
    margin = hand.brush / 2 + 3
    lo = margin + half
    hi = CANVAS - margin - half
    mid = np.where(lo < hi, rng.uniform(np.minimum(lo, hi), np.maximum(lo, hi)), CANVAS / 2)
    shift = mid - (every.max(axis=0) + every.min(axis=0)) / 2 * scale

    def to_canvas(points: np.ndarray) -> np.ndarray:
        return (place(points) * scale + shift) * _SS

    canvas = np.zeros((size, size), dtype=np.uint8)
    painted = np.zeros((size, size), dtype=bool)
    width = hand.brush * _SS
    dark_width = max(3.0 * _SS, width * hand.detail_width)
    step = 2.5 * _SS
    filled = style == "filled"
    for item in sketch.items:
        if item.kind == "detail" and item.optional and rng.random() < hand.skip:
            continue
        pts = to_canvas(item.pts)
        if item.closed and item.kind == "body":
            pts = np.roll(pts, -int(rng.integers(len(pts))), axis=0)   # the hand starts anywhere
        line = _stroke(pts, item.closed, hand, rng, step)
        if item.kind == "body":
            polygon = [tuple(p) for p in line]
            if item.occlude or filled:
                inside = _mask(canvas.shape, lambda d: d.polygon(polygon, fill=255))
                if item.occlude:
                    canvas[inside] = 0
            drawn = line
            if rng.random() < hand.gap and len(line) > 12:
                drawn = line[: -max(1, int(len(line) * rng.uniform(0.03, 0.09)))]
            before = painted.copy()
            if filled:
                if hand.scribble:
                    zig = _scribble(line, width, rng)
                    scrawl = _mask(canvas.shape, lambda d: _line(d, zig, width, 255))
                    canvas[scrawl & inside] = 255
                else:
                    canvas[inside] = 255
                painted |= inside
            # Painted flat, the shape's edge is the paint's: a thick brush's outline would close the
            # gaps a hand leaves (between trouser legs, a handle and its bag).
            rim = width if not filled or hand.scribble else min(width, 5 * _SS)
            if filled and item.edge:
                edge = _mask(canvas.shape, lambda d: _line(d, drawn, dark_width, 255))
                canvas[edge & before] = 0
                outline = _mask(canvas.shape, lambda d: _line(d, drawn, rim, 255))
                canvas[outline & ~before & ~inside] = 255
            else:
                outline = _mask(canvas.shape, lambda d: _line(d, drawn, rim, 255))
                canvas[outline] = 255
        elif item.kind == "hole":
            polygon = [tuple(p) for p in line]
            if filled:
                inside = _mask(canvas.shape, lambda d: (d.polygon(polygon, fill=255), _line(d, line, dark_width, 255)))
                canvas[inside & painted] = 0
                rim = _mask(canvas.shape, lambda d: _line(d, line, width, 255)) & ~painted
                canvas[rim] = 255
            else:
                canvas[_mask(canvas.shape, lambda d: _line(d, line, width, 255))] = 255
        elif item.kind == "detail" and filled:
            mark = _mask(canvas.shape, lambda d: _line(d, line, dark_width, 255))
            canvas[mark & painted] = 0
            outside = _mask(canvas.shape, lambda d: _line(d, line, width, 255)) & ~painted
            canvas[outside] = 255
        else:   # a prop, or a detail in the outline style: the brush itself
            img = Image.fromarray(canvas)
            _line(ImageDraw.Draw(img), line, width, 255)
            canvas = np.asarray(img).copy()
    image = Image.fromarray(canvas).reduce(_SS)
    out = np.asarray(image).copy()
    ink = (out > 127).mean()
    if ink > _MAX_INK:   # painted over most of the canvas: the same drawing, smaller
        factor = math.sqrt(_MAX_INK * 0.9 / ink)
        small = image.resize((max(1, int(CANVAS * factor)),) * 2, Image.Resampling.BILINEAR)
        out = np.zeros((CANVAS, CANVAS), dtype=np.uint8)
        at = (CANVAS - small.size[0]) // 2
        out[at:at + small.size[1], at:at + small.size[0]] = np.asarray(small)
    return out


# --------------------------------------------------------------------------------------------
# Props: hangers, clips, tags, shelves.


def hook(top: float, rng: np.random.Generator, size: float = 1.0) -> np.ndarray:
    """A hanger's hook: a stem up from (0, top) bending over into a hook."""
    stem = rng.uniform(4, 10) * size
    r = rng.uniform(3.5, 6.5) * size
    end = rng.uniform(25, 70)
    return path((0, top), (0, top - stem), arc(r, top - stem, r, r * rng.uniform(0.9, 1.2), 180, 360 + end))


def hanger(sk: Sketch, rng: np.random.Generator, top: float, span: float, arm_y: float,
           kind: str | None = None) -> None:
    """A clothes hanger whose neck sits at (0, top) and whose arms end at (+-span, arm_y)."""
    kind = kind or str(rng.choice(["triangle", "wire", "wood", "wide", "hook"], p=[0.35, 0.2, 0.2, 0.15, 0.1]))
    neck = top + rng.uniform(-1, 1.5)
    sk.prop(hook(neck, rng))
    if kind == "hook":
        sk.prop(path((-3, neck + 2), (0, neck), (3, neck + 2)))
        return
    if kind == "wide":
        span *= rng.uniform(1.15, 1.3)
    sag = rng.uniform(-2, 1.5)
    right = path((0, neck), Q(span * 0.5, (neck + arm_y) / 2 + sag, span, arm_y))
    if kind == "wire":
        sk.prop(path((-1.5, neck + 3), (1.5, neck + 1.5), (-1.5, neck), (1.5, neck - 1.5)))
    if kind == "wood":
        thick = rng.uniform(2.5, 4.0)
        whole = np.concatenate([flip_x(right)[::-1], right[1:]])
        sk.prop(band(whole, thick), closed=True)
        return
    sk.prop(right)
    sk.prop(flip_x(right))
    if kind in ("triangle", "wire", "wide") and rng.random() < 0.8:
        bar_y = arm_y + rng.uniform(0, 3)
        sk.prop(path((-span, arm_y), (-span + 1, bar_y), (span - 1, bar_y), (span, arm_y)))


def clip_hanger(sk: Sketch, rng: np.random.Generator, top: float, half: float, clip_x: float) -> None:
    """A trouser or skirt hanger: a bar above the waistband, a hook, two clips biting the waistband.
    The clips go on afterwards (clips_on): they are in front of the garment."""
    bar = top - rng.uniform(4, 9)
    sk.prop(hook(bar, rng, 0.9))
    if rng.random() < 0.5:
        sk.prop(rect(-half, bar - 2.2, half, bar + 0.5, 1.0), closed=True)
    else:
        sk.prop(path((-half, bar), (half, bar)))
    sk.anchors["clips"] = (bar, clip_x, top)


def clips_on(sk: Sketch, rng: np.random.Generator) -> None:
    if "clips" not in sk.anchors:
        return
    bar, x, top = sk.anchors["clips"]
    w = rng.uniform(3.5, 6)
    for cx in (-x, x):
        sk.prop(path((cx, bar), (cx, bar + 1)))
        sk.body(rect(cx - w / 2, bar + 0.5, cx + w / 2, top + rng.uniform(3, 6), 0.8), edge=True)


def price_tag(sk: Sketch, rng: np.random.Generator, anchor, direction: float | None = None,
              size: float = 1.0) -> None:
    """A price tag on a string from `anchor`, hanging off at `direction` (degrees, 90 = down)."""
    ax, ay = float(anchor[0]), float(anchor[1])
    direction = math.radians(direction if direction is not None else rng.uniform(55, 125))
    length = rng.uniform(8, 16) * size
    u = np.array([math.cos(direction), math.sin(direction)])
    hole = np.array([ax, ay]) + length * u
    sag = rng.uniform(-3, 3) * size
    mid = (np.array([ax, ay]) + hole) / 2 + sag * np.array([-u[1], u[0]])
    sk.prop(path((ax, ay), Q(mid[0], mid[1], hole[0], hole[1])))
    w = rng.uniform(7, 11) * size
    h = rng.uniform(10, 16) * size
    c = w * rng.uniform(0.2, 0.35)
    local = np.array([(-w / 2, c), (-w / 2 + c, 0), (w / 2 - c, 0), (w / 2, c), (w / 2, h), (-w / 2, h)])
    local[:, 1] -= c * 0.6
    turn = direction - math.pi / 2 + rng.normal(0, 0.15)
    rot = np.array([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])
    place = lambda pts: np.asarray(pts) @ rot.T + hole   # noqa: E731
    sk.body(place(local), edge=True)
    sk.detail(place(ellipse(0, c * 0.3, 0.9 * size, 0.9 * size)), closed=True)
    for k in range(int(rng.integers(0, 3))):
        yy = h * (0.5 + 0.22 * k)
        sk.detail(place(np.array([(-w * 0.28, yy), (w * 0.28, yy)])))


def shelf(sk: Sketch, rng: np.random.Generator, x0: float, x1: float, y: float) -> None:
    over = (x1 - x0) * rng.uniform(0.08, 0.25)
    if rng.random() < 0.5:
        sk.prop(path((x0 - over, y), (x1 + over, y)))
    else:
        sk.body(rect(x0 - over, y, x1 + over, y + rng.uniform(3, 6)), edge=True)


# --------------------------------------------------------------------------------------------
# Tops, shirts, pullovers, dresses and coats: one parametric front view.


@dataclass
class Top:
    outline: np.ndarray
    sleeves: list[np.ndarray]          # drawn over the body (long sleeves hanging down)
    side: np.ndarray                    # right side seam, armpit to hem
    neck_w: float
    neck_d: float
    top: float                          # highest point at the centre (hook goes here)
    shoulder: np.ndarray
    armpit: np.ndarray
    hem: np.ndarray                     # right hem corner
    length: float
    cuff: tuple[np.ndarray, np.ndarray] | None   # right sleeve's outer and inner cuff points


def top_shape(rng: np.random.Generator, *, sleeve: str = "short", neck: str = "crew", hang: bool = False,
              sw: float | None = None, bw: float | None = None, length: float | None = None,
              hem_w: float | None = None, nw: float | None = None, nd: float | None = None,
              drop: float | None = None, sleeve_len: float | None = None, cuff_w: float | None = None,
              angle: float | None = None, waist: tuple[float, float] | None = None, hem_curve: float = 0.0,
              strap: float | None = None, armpit: float | None = None, tall: float = 0.0) -> Top:
    """The front view of an upper garment, right half mirrored. Sizes in units where the shoulders
    are about 60 across. `sleeve`: none, cap, short, elbow, long. `neck`: crew, v, scoop, boat,
    square, collar, turtle, hood. `hang`: on a hanger, sleeves falling; long sleeves then hang down
    beside the body and are drawn as their own shapes over it."""
    u = rng.uniform
    sw = sw if sw is not None else u(27, 33)
    bw = bw if bw is not None else sw * u(0.86, 1.0)
    length = length if length is not None else u(62, 78)
    hem_w = hem_w if hem_w is not None else bw * u(0.96, 1.06)
    nw = nw if nw is not None else u(9, 12.5)
    sd = drop if drop is not None else u(3, 8)
    depth = {"crew": (4, 8), "v": (13, 22), "scoop": (10, 17), "boat": (2, 4), "square": (8, 13),
             "collar": (7, 11), "turtle": (0, 1), "hood": (5, 9)}[neck]
    nd = nd if nd is not None else u(*depth)
    if neck == "boat":
        nw = max(nw, u(14, 17))
    top = 0.0
    if neck == "crew":
        neck_half = [(0, nd), Q(nw * u(0.7, 0.95), nd, nw, 0)]
    elif neck == "scoop":
        neck_half = [(0, nd), Q(nw * 1.05, nd * 0.95, nw, 0)]
    elif neck in ("v", "collar"):
        neck_half = [(0, nd), (nw, 0)]
    elif neck == "boat":
        neck_half = [(0, nd), Q(nw * 0.6, nd, nw, 0)]
    elif neck == "square":
        neck_half = [(0, nd), (nw * 0.92, nd), (nw, 0)]
    elif neck == "turtle":
        tn = tall or u(8, 13)
        top = -tn
        neck_half = [(0, -tn), (nw * 0.9, -tn), (nw * 0.95, -tn * 0.3), (nw, 0)]
    else:   # hood, lying behind the neck
        hh = tall or u(10, 16)
        top = -hh
        neck_half = [(0, -hh), Q(nw + 8, -hh, nw + 6, 1.0)]
        nw += 6
    shoulder = _p(sw, sd)
    ah = armpit if armpit is not None else sd + u(14, 20)
    A = _p(bw, ah)
    cuff = None
    sleeves: list[np.ndarray] = []
    if sleeve == "none":
        st = strap if strap is not None else u(4, 9)
        outer = _p(min(nw + st, bw - 2), u(0, 2))
        arm = [(nw, 0), outer, Q(outer[0] + (bw - outer[0]) * 0.15, ah * 0.9, bw, ah)]
        shoulder = outer
    else:
        lengths = {"cap": (5, 9), "short": (14, 22), "elbow": (28, 36), "long": (52, 66)}[sleeve]
        sl = sleeve_len if sleeve_len is not None else u(*lengths)
        cw = cuff_w if cuff_w is not None else (u(12, 17) if sleeve in ("cap", "short") else u(9, 13))
        if angle is None:
            if hang:
                angle = u(62, 78) if sleeve in ("cap", "short") else u(75, 86)
            else:
                angle = {"cap": u(15, 35), "short": u(22, 50), "elbow": u(35, 60), "long": u(50, 75)}[sleeve]
        a = math.radians(angle)
        O = shoulder + sl * np.array([math.cos(a), math.sin(a)])
        I = O + cw * np.array([-math.sin(a), math.cos(a)])
        cuff = (O, I)
        if hang and sleeve in ("long", "elbow"):
            hole = Q(sw - 1.5, ah * 0.75, bw, ah)
            arm = [(nw, 0), shoulder, hole]
            right = path(shoulder, O, I, A, Q(sw - 1.5, ah * 0.75, shoulder[0], shoulder[1]))
            sleeves = [right, flip_x(right)]
        else:
            arm = [(nw, 0), shoulder, O, I, A]
    H = _p(hem_w, length)
    if waist is not None:
        ww, wy = waist
        side = path(A, Q(bw * 0.97, (ah + wy) / 2, ww, wy),
                    Q(ww + (hem_w - ww) * 0.15, wy + (length - wy) * 0.45, H[0], H[1]))
    else:
        side = path(A, Q((bw + hem_w) / 2 + u(-1, 1), (ah + length) / 2, H[0], H[1]))
    if hem_curve:
        hem = [Q(hem_w * 0.55, length + hem_curve, 0, length + hem_curve)]
    else:
        hem = [(0, length)]
    half = path(*neck_half, *arm[1:], side[1:], *hem)
    return Top(mirror(half), sleeves, side, nw, nd if neck not in ("turtle", "hood") else 0.0, top,
               shoulder, A, H, length, cuff)


def width_at(top: Top, y: float) -> float:
    return float(np.interp(y, top.side[:, 1], top.side[:, 0]))


def across(top: Top, y: float, inset: float = 0.0) -> np.ndarray:
    w = width_at(top, y) - inset
    return np.array([(-w, y), (w, y)])


def sleeve_across(top: Top, t: float, right: bool = True) -> np.ndarray | None:
    """A line across the right (or left) sleeve, t of the way from the cuff to the shoulder."""
    if top.cuff is None:
        return None
    O, I = top.cuff
    line = np.array([lerp(O, top.shoulder, t), lerp(I, top.armpit, t)])
    return line if right else flip_x(line)


def put_top(sk: Sketch, top: Top, rng: np.random.Generator, occlude: bool = True) -> None:
    sk.body(top.outline, occlude=occlude)
    edge = rng.random() < 0.75
    for s in top.sleeves:
        sk.body(s, occlude=occlude, edge=edge)
    sk.anchors.update(top=_p(0, top.top), shoulder=top.shoulder.copy(), hem=top.hem.copy(),
                      length=top.length, neck_w=top.neck_w)
    if top.cuff is not None:
        sk.anchors["cuff"] = lerp(top.cuff[0], top.cuff[1], 0.5)


def cuffs(sk: Sketch, top: Top, rng: np.random.Generator, depth: float, ribs: int = 0) -> None:
    """Bands at both cuffs, `depth` in from the cuff, with rib ticks."""
    if top.cuff is None:
        return
    O, I = top.cuff
    d = O - top.shoulder
    d = d / np.linalg.norm(d) * depth
    for sign in (1, -1):
        m = np.array([1.0, 1.0]) if sign > 0 else np.array([-1.0, 1.0])
        sk.detail(np.array([O - d, I - d]) * m)
        for k in range(ribs):
            t = (k + 1) / (ribs + 1)
            p = lerp(O, I, t)
            sk.detail(np.array([p, p - d]) * m)


def hem_band(sk: Sketch, top: Top, depth: float, ribs: int = 0) -> None:
    y = top.length - depth
    w = width_at(top, y)
    sk.detail(np.array([(-w, y), (w, y)]))
    for k in range(ribs):
        x = -w + 2 * w * (k + 1) / (ribs + 1)
        sk.detail(np.array([(x, y), (x, top.length)]))


def neck_band(sk: Sketch, top: Top, depth: float) -> None:
    """A band round a round neckline, `depth` below it."""
    w, d = top.neck_w, top.neck_d + depth
    sk.detail(path((-w, 0), Q(-w * 0.8, d, 0, d), Q(w * 0.8, d, w, 0)))


def buttons(sk: Sketch, x: float, y0: float, y1: float, n: int, line: bool = True) -> None:
    if line:
        sk.detail(np.array([(x, y0), (x, y1)]))
    for k in range(n):
        y = y0 + (y1 - y0) * (k + 0.5) / n
        sk.dot(x + (1.8 if line else 0), y)


def pocket(sk: Sketch, x: float, y: float, w: float, h: float, flap: bool = False, closed: bool = True) -> None:
    if closed:
        sk.detail(rect(x - w / 2, y, x + w / 2, y + h), closed=True)
    else:
        sk.detail(np.array([(x - w / 2, y), (x - w / 2, y + h), (x + w / 2, y + h), (x + w / 2, y)]))
    if flap:
        sk.detail(np.array([(x - w / 2, y), (x - w / 2, y + h * 0.3), (x, y + h * 0.42), (x + w / 2, y + h * 0.3),
                            (x + w / 2, y)]))


def graphic(sk: Sketch, rng: np.random.Generator, cx: float, cy: float, s: float) -> None:
    """A print on a top's chest: a heart, a star, a circle, a smile, a stripe or a word's scribble."""
    kind = rng.choice(["heart", "star", "circle", "smile", "word", "stripes", "pocket"])
    if kind == "heart":
        sk.detail(path((cx, cy + s), Q(cx - s * 1.3, cy - s * 0.1, cx - s * 0.5, cy - s * 0.6),
                       Q(cx, cy - s * 0.8, cx, cy - s * 0.25), Q(cx, cy - s * 0.8, cx + s * 0.5, cy - s * 0.6),
                       Q(cx + s * 1.3, cy - s * 0.1, cx, cy + s)))
    elif kind == "star":
        a = np.radians(np.arange(10) * 36 - 90)
        r = np.where(np.arange(10) % 2 == 0, s, s * 0.45)
        sk.detail(np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], axis=1), closed=True)
    elif kind == "circle":
        sk.detail(ellipse(cx, cy, s, s), closed=True)
    elif kind == "smile":
        sk.detail(ellipse(cx, cy, s, s), closed=True)
        sk.detail(arc(cx, cy, s * 0.55, s * 0.5, 20, 160))
    elif kind == "word":
        n = int(rng.integers(3, 6))
        xs = np.linspace(cx - s * 1.3, cx + s * 1.3, n * 2)
        ys = cy + np.where(np.arange(n * 2) % 2 == 0, -s * 0.35, s * 0.35)
        sk.detail(np.stack([xs, ys], axis=1))
    elif kind == "stripes":
        for k in range(int(rng.integers(2, 4))):
            y = cy - s * 0.6 + k * s * 0.7
            sk.detail(np.array([(cx - s * 1.6, y), (cx + s * 1.6, y)]))
    else:
        pocket(sk, cx + s * 0.8, cy - s * 0.5, s * 1.2, s * 1.3)


def lapels(sk: Sketch, nw: float, vd: float, rng: np.random.Generator, notch: bool = True) -> None:
    """Notched lapels down to the V's point at (0, vd)."""
    out = nw + rng.uniform(5, 9)
    for m in (1, -1):
        pts = [(m * nw, 0), (m * out, vd * 0.35)]
        if notch:
            pts += [(m * (out - 3), vd * 0.38), (m * (out - 1.5), vd * 0.48)]
        pts += [(m * 1.5, vd)]
        sk.detail(np.array(pts))


def shirt_collar(sk: Sketch, nw: float, nd: float, rng: np.random.Generator, size: float = 1.0) -> None:
    tip_y = nd + rng.uniform(6, 10) * size
    for m in (1, -1):
        sk.detail(np.array([(m * nw, 0), (m * (nw + rng.uniform(2, 5) * size), nd * 0.6),
                            (m * nw * rng.uniform(0.2, 0.6), tip_y), (0, nd)]))


def turned(sk: Sketch, rng: np.random.Generator, radius: float) -> None:
    """The garment turned a little, as if seen from 3/4: its middle slides to one side, the far
    half narrows."""
    a = math.radians(rng.uniform(14, 26)) * (1 if rng.random() < 0.5 else -1)

    def fn(points):
        x = points[:, 0]
        bulge = radius * math.sin(a) * np.sqrt(np.clip(1 - (x / radius) ** 2, 0, None))
        return np.stack([x * math.cos(a) + bulge, points[:, 1]], axis=1)

    sk.map(fn)


# Shows: a cut drawn (front), hung (on a hanger), turned a little, with a tag now and then.


def show_top(rng: np.random.Generator, cut, view: str) -> Sketch:
    """A top-like cut (a function of rng and hang returning a sketch with anchors) in a view."""
    hang = view == "hanger"
    sk = Sketch()
    garment = cut(rng, hang)
    if view == "turned":
        turned(garment, rng, radius=garment.anchors["shoulder"][0] * 1.05)
    if hang:
        shoulder = garment.anchors["shoulder"]
        span = shoulder[0] * rng.uniform(0.85, 1.08)
        hanger(sk, rng, float(garment.anchors["top"][1]) - 0.5 + garment.anchors.get("hook_drop", 0.0),
               span, shoulder[1] + rng.uniform(1, 6))
        if rng.random() < 0.2:   # drawn see-through: the hanger shows through the garment
            for item in garment.items:
                item.occlude = False
    sk.extend(garment)
    sk.anchors = garment.anchors
    if rng.random() < (0.3 if hang else 0.1):
        where = rng.choice(["cuff", "neck", "hem"])
        if where == "cuff" and "cuff" in sk.anchors:
            price_tag(sk, rng, sk.anchors["cuff"], rng.uniform(60, 110))
        elif where == "neck":
            price_tag(sk, rng, (sk.anchors["neck_w"] * 0.8, 1.0), rng.uniform(20, 70))
        else:
            hem = sk.anchors["hem"]
            price_tag(sk, rng, (hem[0] * 0.8, hem[1] - 1), rng.uniform(70, 110))
    return sk


def folded(rng: np.random.Generator, kind: str) -> Sketch:
    """A T-shirt, pullover or shirt folded on a shelf: a rectangle with its collar, maybe a stack."""
    u = rng.uniform
    sk = Sketch()
    w = u(26, 34)
    h = u(44, 58) if kind != "shirt" else u(56, 72)
    count = int(rng.choice([1, 1, 2, 3]))
    below = u(6, 11)
    for k in range(count - 1, -1, -1):
        dy = k * below
        dx = rng.normal(0, 1.5) * k
        sd = u(2, 5)
        nw = u(8, 11) if kind != "shirt" else u(6, 8)
        nd = u(4, 8) if kind == "tee" else (u(5, 8) if kind == "pullover" else u(5, 8))
        half = path((0, nd), Q(nw * 0.85, nd, nw, 0), (w - 3, sd), Q(w, sd, w, sd + 3), (w, h - 2), Q(w, h, w - 2, h),
                    (0, h))
        outline = mirror(half) + np.array([dx, dy])
        sk.body(outline, edge=k < count - 1 or count > 1)
        if k > 0:
            continue
        if kind == "tee":
            sk.detail(path((-nw, 0), Q(-nw * 0.8, nd + 3.5, 0, nd + 3.5), Q(nw * 0.8, nd + 3.5, nw, 0)))
            for m in (1, -1):
                if rng.random() < 0.7:
                    sk.detail(np.array([(m * (w - u(7, 10)), sd + 1), (m * w, sd + u(9, 14))]))
            if rng.random() < 0.35:
                graphic(sk, rng, 0, h * 0.5, u(5, 8))
        elif kind == "pullover":
            sk.detail(path((-nw, 0), Q(-nw * 0.8, nd + 4, 0, nd + 4), Q(nw * 0.8, nd + 4, nw, 0)))
            y = h - u(5, 8)
            sk.detail(np.array([(-w, y), (w, y)]))
            for x in np.linspace(-w, w, int(rng.integers(6, 11)))[1:-1]:
                sk.detail(np.array([(x, y), (x, h)]))
            if rng.random() < 0.4:   # sleeves folded across the front
                yy = h * u(0.42, 0.55)
                sk.detail(np.array([(-w, yy), (w, yy)]))
                sk.detail(np.array([(-w, yy + 8), (w, yy + 8)]))
            elif rng.random() < 0.4:
                for x in (-w * 0.35, 0, w * 0.35):
                    sk.detail(path((x, nd + 8), (x + 2, (nd + h) / 2), (x, h - 10)))
        else:
            shirt_collar(sk, nw, nd, rng)
            buttons(sk, 0, nd + 2, h - 2, int(rng.integers(3, 6)))
            if rng.random() < 0.5:
                pocket(sk, -w * 0.45, nd + 10, 9, 10)
    if count > 1 or rng.random() < 0.3:
        shelf(sk, rng, -w, w, h + (count - 1) * below + 0.5)
    if rng.random() < 0.12:
        price_tag(sk, rng, (w - 1, 8), rng.uniform(20, 60))
    return sk


# ------------------------------------------------------------------ T-shirt/top cuts


def tee_crew(rng, hang):
    t = top_shape(rng, sleeve="short", neck="crew", hang=hang)
    sk = Sketch()
    put_top(sk, t, rng)
    if rng.random() < 0.6:
        neck_band(sk, t, 3)
    if rng.random() < 0.4:
        cuffs(sk, t, rng, 3)
    if rng.random() < 0.3:
        graphic(sk, rng, 0, t.length * 0.4, rng.uniform(6, 10))
    return sk


def tee_v(rng, hang):
    t = top_shape(rng, sleeve="short", neck="v", hang=hang)
    sk = Sketch()
    put_top(sk, t, rng)
    if rng.random() < 0.5:
        sk.detail(np.array([(-t.neck_w, 0), (0, t.neck_d + 3), (t.neck_w, 0)]))
    if rng.random() < 0.3:
        hem_band(sk, t, 3)
    return sk


def tank(rng, hang):
    t = top_shape(rng, sleeve="none", neck=str(rng.choice(["scoop", "crew", "v"])), hang=hang,
                  strap=rng.uniform(3, 8), bw=rng.uniform(22, 27), sw=rng.uniform(24, 28))
    sk = Sketch()
    put_top(sk, t, rng)
    sk.anchors["shoulder"] = _p(t.armpit[0] * 1.05, 6)
    if rng.random() < 0.3:
        graphic(sk, rng, 0, t.length * 0.45, rng.uniform(5, 8))
    return sk


def cami(rng, hang):
    """A camisole or strappy top: a V or sweetheart edge on top, thin straps, a flared body."""
    u = rng.uniform
    bw = u(18, 22)
    length = u(58, 70)
    top_y = u(16, 22)
    dip = u(4, 9)
    sk = Sketch()
    if rng.random() < 0.5:   # V
        edge = [(0, top_y + dip), (bw * 0.55, top_y - 2), (bw, top_y + 2)]
    else:                    # sweetheart
        edge = [(0, top_y + dip * 0.6), Q(bw * 0.25, top_y - 3, bw * 0.55, top_y - 2), Q(bw * 0.9, top_y - 1, bw, top_y + 3)]
    hem = bw * u(1.1, 1.35)
    half = path(*edge, Q(bw * 0.95, (top_y + length) / 2, hem, length), (0, length + u(0, 3)))
    sk.body(mirror(half))
    for m in (1, -1):
        sk.strap(np.array([(m * bw * 0.62, top_y - 1.5), (m * bw * 0.45, 0)]), 2.5, rng.random() < 0.4)
    if rng.random() < 0.5:
        y = top_y + u(10, 16)
        sk.detail(np.array([(-bw * 0.95, y), (bw * 0.95, y)]))
    if rng.random() < 0.3:   # lace at the hem
        xs = np.linspace(-hem, hem, 11)
        sk.detail(np.stack([xs, length - 3 + np.where(np.arange(11) % 2 == 0, 0, -2.5)], axis=1))
    sk.anchors.update(top=_p(0, 0), shoulder=_p(bw * 0.7, 2), hem=_p(hem, length), length=length, neck_w=bw * 0.45)
    return sk


def polo(rng, hang):
    t = top_shape(rng, sleeve="short", neck="collar", hang=hang, nd=rng.uniform(5, 8))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng, 0.8)
    buttons(sk, 0, t.neck_d, t.neck_d + rng.uniform(12, 18), int(rng.integers(2, 4)))
    if rng.random() < 0.6:
        cuffs(sk, t, rng, 3)
    if rng.random() < 0.3:
        sk.dot(-t.neck_w - 4, t.neck_d + 10, 1.5)
    return sk


def tee_oversized(rng, hang):
    t = top_shape(rng, sleeve="short", neck="crew", hang=hang, sw=rng.uniform(34, 40), bw=rng.uniform(32, 36),
                  drop=rng.uniform(8, 12), armpit=rng.uniform(26, 32), cuff_w=rng.uniform(16, 21),
                  sleeve_len=rng.uniform(14, 19), length=rng.uniform(66, 78))
    sk = Sketch()
    put_top(sk, t, rng)
    for m in (1, -1):
        if rng.random() < 0.7:
            sk.detail(np.array([(m * t.shoulder[0], t.shoulder[1]), (m * t.armpit[0], t.armpit[1])]))
    if rng.random() < 0.5:
        graphic(sk, rng, 0, t.length * 0.42, rng.uniform(7, 11))
    return sk


def crop_top(rng, hang):
    t = top_shape(rng, sleeve=str(rng.choice(["short", "short", "cap"])), neck=str(rng.choice(["crew", "scoop"])),
                  hang=hang, length=rng.uniform(38, 48), bw=rng.uniform(24, 28))
    sk = Sketch()
    put_top(sk, t, rng)
    if rng.random() < 0.5:
        hem_band(sk, t, 3, int(rng.integers(0, 8)))
    return sk


def raglan_tee(rng, hang):
    t = top_shape(rng, sleeve=str(rng.choice(["short", "elbow"])), neck="crew", hang=hang)
    sk = Sketch()
    put_top(sk, t, rng)
    for m in (1, -1):
        sk.detail(np.array([(m * t.neck_w * 0.9, t.neck_d * 0.5), (m * t.armpit[0], t.armpit[1])]), optional=False)
    if rng.random() < 0.4:
        graphic(sk, rng, 0, t.length * 0.45, rng.uniform(6, 9))
    return sk


def long_tee(rng, hang):
    t = top_shape(rng, sleeve="long", neck=str(rng.choice(["crew", "v", "boat"])), hang=hang, cuff_w=rng.uniform(8, 10))
    sk = Sketch()
    put_top(sk, t, rng)
    if rng.random() < 0.4:
        cuffs(sk, t, rng, 3)
    if rng.random() < 0.4:
        for k in range(int(rng.integers(3, 7))):
            y = t.armpit[1] + 4 + k * (t.length - t.armpit[1] - 6) / 6
            sk.detail(across(t, y, 1))
    return sk


def peplum_top(rng, hang):
    """A blouse-like top flaring below the waist: a frill."""
    wy = rng.uniform(34, 42)
    t = top_shape(rng, sleeve=str(rng.choice(["none", "cap", "short"])), neck=str(rng.choice(["scoop", "square", "v"])),
                  hang=hang, waist=(rng.uniform(19, 22), wy), length=wy + rng.uniform(12, 18), hem_w=rng.uniform(30, 36))
    sk = Sketch()
    put_top(sk, t, rng)
    sk.detail(across(t, wy, 0.5))
    return sk


long_tee.weight = 0.4       # a T-shirt first, a long-sleeved top now and then
TSHIRT_CUTS = (tee_crew, tee_v, tank, cami, polo, tee_oversized, crop_top, raglan_tee, long_tee, peplum_top)


# ------------------------------------------------------------------ Shirt cuts


def shirt_classic(rng, hang):
    t = top_shape(rng, sleeve="long", neck="collar", hang=hang, nw=rng.uniform(7, 9), hem_curve=rng.uniform(3, 8),
                  length=rng.uniform(68, 82), cuff_w=rng.uniform(9, 12))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    buttons(sk, 0, t.neck_d + 1, t.length - 3, int(rng.integers(4, 8)))
    if rng.random() < 0.65:
        cuffs(sk, t, rng, rng.uniform(4, 6))
    if rng.random() < 0.6:
        pocket(sk, -t.neck_w - 6, t.neck_d + 10, 10, 11, flap=rng.random() < 0.3)
    return sk


def shirt_short(rng, hang):
    t = top_shape(rng, sleeve="short", neck="collar", hang=hang, nw=rng.uniform(7, 9), hem_curve=rng.uniform(0, 6))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    buttons(sk, 0, t.neck_d + 1, t.length - 2, int(rng.integers(4, 7)))
    if rng.random() < 0.5:
        for m in (1, -1):
            pocket(sk, m * (t.neck_w + 6), t.neck_d + 10, 10, 11, flap=True)
    if rng.random() < 0.25:   # a Hawaiian print
        for _ in range(int(rng.integers(3, 6))):
            x, y = rng.uniform(-20, 20), rng.uniform(t.neck_d + 14, t.length - 8)
            sk.detail(ellipse(x, y, 3, 3), closed=True)
    return sk


def shirt_checked(rng, hang):
    t = top_shape(rng, sleeve="long", neck="collar", hang=hang, nw=rng.uniform(7, 9), hem_curve=rng.uniform(3, 7))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    buttons(sk, 0, t.neck_d + 1, t.length - 3, int(rng.integers(4, 7)), line=False)
    step = rng.uniform(9, 14)
    for y in np.arange(t.armpit[1], t.length - 4, step):
        sk.detail(across(t, y, 1))
    for x in np.arange(-t.armpit[0] + step, t.armpit[0] - 2, step):
        sk.detail(np.array([(x, t.armpit[1] - 4), (x, t.length - 2)]))
    return sk


def shirt_tie(rng, hang):
    t = top_shape(rng, sleeve=str(rng.choice(["long", "short"])), neck="collar", hang=hang, nw=rng.uniform(7, 9))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    k = t.neck_d + 1
    tie = np.array([(-2, k), (2, k), (1.5, k + 4), (4, k + 30), (0, k + 35), (-4, k + 30), (-1.5, k + 4)])
    sk.body(tie, edge=True)
    buttons(sk, 0, k + 36, t.length - 2, int(rng.integers(2, 4)), line=False)
    return sk


def blouse(rng, hang):
    t = top_shape(rng, sleeve=str(rng.choice(["long", "elbow", "short"])), neck=str(rng.choice(["collar", "v"])),
                  hang=hang, nw=rng.uniform(7, 10), hem_curve=rng.uniform(0, 5),
                  waist=(rng.uniform(22, 25), rng.uniform(36, 44)))
    sk = Sketch()
    put_top(sk, t, rng)
    if rng.random() < 0.6:
        shirt_collar(sk, t.neck_w, t.neck_d, rng, 0.8)
    else:   # a bow at the neck
        k = t.neck_d
        sk.detail(np.array([(0, k), (-6, k - 3), (-6, k + 3), (0, k), (6, k - 3), (6, k + 3), (0, k)]))
        sk.detail(np.array([(0, k), (-3, k + 12)]))
        sk.detail(np.array([(0, k), (3, k + 12)]))
    buttons(sk, 0, t.neck_d + 2, t.length - 2, int(rng.integers(3, 7)), line=rng.random() < 0.5)
    if rng.random() < 0.6:
        cuffs(sk, t, rng, 4)
    return sk


def denim_shirt(rng, hang):
    t = top_shape(rng, sleeve="long", neck="collar", hang=hang, nw=rng.uniform(7, 9), hem_curve=rng.uniform(2, 6))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    buttons(sk, 0, t.neck_d + 1, t.length - 3, int(rng.integers(4, 7)))
    y = t.neck_d + rng.uniform(5, 9)
    sk.detail(np.array([(-t.armpit[0] + 1, y), (t.armpit[0] - 1, y)]))   # the yoke
    for m in (1, -1):
        pocket(sk, m * 12, y + 4, 10, 10, flap=True)
    cuffs(sk, t, rng, 5)
    return sk


def shirt_tunic(rng, hang):
    """A long collarless shirt with a half placket (a grandad collar)."""
    t = top_shape(rng, sleeve="long", neck="crew", hang=hang, nw=rng.uniform(7, 9), nd=rng.uniform(3, 5),
                  length=rng.uniform(75, 90), hem_curve=rng.uniform(5, 10))
    sk = Sketch()
    put_top(sk, t, rng)
    sk.detail(path((-t.neck_w, -2), Q(0, t.neck_d + 1, t.neck_w, -2)))
    buttons(sk, 0, t.neck_d, t.neck_d + rng.uniform(18, 28), int(rng.integers(3, 5)))
    cuffs(sk, t, rng, 4)
    return sk


def shirt_work(rng, hang):
    """A flannel or work shirt: epaulettes, two flap pockets, cuffs, stripes."""
    t = top_shape(rng, sleeve="long", neck="collar", hang=hang, nw=rng.uniform(7, 9), sw=rng.uniform(30, 35))
    sk = Sketch()
    put_top(sk, t, rng)
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    buttons(sk, 0, t.neck_d + 1, t.length - 2, int(rng.integers(5, 8)))
    for m in (1, -1):
        pocket(sk, m * (t.neck_w + 6), t.neck_d + 9, 10, 12, flap=True)
        if rng.random() < 0.5:
            s = t.shoulder
            sk.detail(np.array([(m * t.neck_w * 1.4, 2), (m * s[0] * 0.95, s[1] - 0.5), (m * s[0] * 0.95, s[1] + 3.5),
                                (m * t.neck_w * 1.4, 5)]))
    if rng.random() < 0.4:   # pinstripes
        for x in np.arange(-t.armpit[0] + 6, t.armpit[0] - 3, rng.uniform(7, 10)):
            if abs(x) > 3:
                sk.detail(np.array([(x, t.neck_d + 3), (x, t.length - 3)]))
    return sk


SHIRT_CUTS = (shirt_classic, shirt_short, shirt_checked, shirt_tie, blouse, denim_shirt, shirt_tunic, shirt_work)


# ------------------------------------------------------------------ Pullover cuts


def _knit(rng, hang, neck, **kw):
    t = top_shape(rng, sleeve="long", neck=neck, hang=hang, cuff_w=kw.pop("cuff_w", rng.uniform(8, 11)),
                  hem_w=kw.pop("hem_w", None), **kw)
    sk = Sketch()
    put_top(sk, t, rng)
    ribs = int(rng.integers(0, 9)) if rng.random() < 0.6 else 0
    if rng.random() < 0.8:
        cuffs(sk, t, rng, rng.uniform(4, 6), min(ribs, 3))
    if rng.random() < 0.8:
        hem_band(sk, t, rng.uniform(4, 7), ribs)
    return t, sk


def sweater_crew(rng, hang):
    t, sk = _knit(rng, hang, "crew")
    neck_band(sk, t, 4)
    if rng.random() < 0.3:
        graphic(sk, rng, 0, t.length * 0.42, rng.uniform(6, 10))
    return sk


def sweater_v(rng, hang):
    t, sk = _knit(rng, hang, "v")
    sk.detail(np.array([(-t.neck_w, 0), (0, t.neck_d + 4), (t.neck_w, 0)]))
    if rng.random() < 0.3:   # argyle diamonds
        for x in (-10, 0, 10):
            y = t.length * 0.55
            sk.detail(np.array([(x, y - 7), (x + 5, y), (x, y + 7), (x - 5, y)]), closed=True)
    return sk


def hoodie(rng, hang):
    t, sk = _knit(rng, hang, "hood", sw=rng.uniform(29, 34))
    nw = t.neck_w - 6
    sk.detail(path((-nw + 1, t.top * 0.45), Q(-nw * 0.3, rng.uniform(5, 9), 0, rng.uniform(7, 11)),
                   Q(nw * 0.3, rng.uniform(5, 9), nw - 1, t.top * 0.45)))
    if rng.random() < 0.7:
        for m in (1, -1):
            x = m * rng.uniform(3, 5)
            sk.detail(np.array([(x, 8), (x + m * 0.5, 8 + rng.uniform(10, 16))]))
    if rng.random() < 0.75:
        L = t.length
        y0 = L - rng.uniform(26, 32)
        sk.detail(np.array([(-20, L - 6), (-13, y0), (13, y0), (20, L - 6)]))
    if rng.random() < 0.3:   # a zip-up hoodie
        sk.detail(np.array([(0, 9), (0, t.length)]))
    sk.anchors["hook_drop"] = rng.uniform(0, 4)
    return sk


def turtleneck(rng, hang):
    t, sk = _knit(rng, hang, "turtle")
    sk.detail(np.array([(-t.neck_w * 0.92, t.top * 0.45), (t.neck_w * 0.92, t.top * 0.45)]))
    if rng.random() < 0.5:
        for k in range(int(rng.integers(3, 6))):
            x = -t.neck_w * 0.7 + k * t.neck_w * 1.4 / 4
            sk.detail(np.array([(x, t.top + 1), (x, t.top * 0.5)]))
    return sk


def cable_knit(rng, hang):
    t, sk = _knit(rng, hang, str(rng.choice(["crew", "turtle"])))
    y0, y1 = t.armpit[1] - 6, t.length - 8
    for x in (-14, 0, 14)[: int(rng.integers(2, 4))] if rng.random() < 0.5 else (-12, 0, 12):
        n = int(rng.integers(4, 7))
        ys = np.linspace(y0, y1, n * 2 + 1)
        xs = x + np.where(np.arange(n * 2 + 1) % 2 == 0, -3, 3)
        sk.detail(np.stack([xs, ys], axis=1))
        sk.detail(np.stack([2 * x - xs, ys], axis=1))
    return sk


def nordic(rng, hang):
    t, sk = _knit(rng, hang, "crew")
    y = t.armpit[1] + rng.uniform(-6, 2)
    sk.detail(across(t, y - 5, 0.5))
    sk.detail(across(t, y + 5, 0.5))
    w = width_at(t, y)
    n = int(rng.integers(5, 9))
    xs = np.linspace(-w, w, n * 2 + 1)
    sk.detail(np.stack([xs, y + np.where(np.arange(n * 2 + 1) % 2 == 0, 4, -4)], axis=1))
    for m in (1, -1):
        line = sleeve_across(t, 0.45, m > 0)
        if line is not None:
            sk.detail(line)
    return sk


def sweatshirt(rng, hang):
    t, sk = _knit(rng, hang, "crew", bw=rng.uniform(27, 31))
    neck_band(sk, t, 4)
    if rng.random() < 0.5:   # raglan seams
        for m in (1, -1):
            sk.detail(np.array([(m * t.neck_w * 0.9, t.neck_d * 0.6), (m * t.armpit[0], t.armpit[1])]))
    graphic(sk, rng, 0, t.length * 0.42, rng.uniform(7, 11))
    return sk


def quarter_zip(rng, hang):
    t, sk = _knit(rng, hang, "turtle", tall=rng.uniform(6, 9))
    zl = rng.uniform(14, 22)
    sk.detail(np.array([(0, t.top), (0, zl)]), optional=False)
    sk.detail(rect(-1.5, t.top + 2, 1.5, t.top + 7), closed=True)
    sk.detail(path((-t.neck_w, -0.5), Q(-2, 4, 0, zl), Q(2, 4, t.neck_w, -0.5)))
    return sk


def cardigan(rng, hang):
    t, sk = _knit(rng, hang, "v", nd=rng.uniform(18, 28))
    buttons(sk, 0, t.neck_d, t.length, int(rng.integers(4, 7)))
    if rng.random() < 0.5:
        for m in (1, -1):
            pocket(sk, m * 14, t.length - 24, 10, 10)
    return sk


def batwing(rng, hang):
    """A wide, slouchy knit whose sleeves start low on the body."""
    t, sk = _knit(rng, hang, str(rng.choice(["boat", "crew"])), sw=rng.uniform(32, 38), drop=rng.uniform(7, 11),
                  armpit=rng.uniform(30, 38), bw=rng.uniform(26, 30), hem_w=rng.uniform(22, 26), cuff_w=rng.uniform(7, 9))
    return sk


PULLOVER_CUTS = (sweater_crew, sweater_v, hoodie, turtleneck, cable_knit, nordic, sweatshirt, quarter_zip, cardigan, batwing)


# ------------------------------------------------------------------ Dress cuts


def _dress(rng, hang, sleeve, neck, **kw):
    u = rng.uniform
    wy = kw.pop("wy", u(30, 40))
    defaults = dict(sw=u(24, 29), bw=u(21, 25), length=wy + u(50, 85), waist=(u(16, 20), wy), hem_w=u(28, 44))
    if sleeve in ("cap", "short"):   # a dress's sleeves are smaller than a T-shirt's
        defaults.update(sleeve_len=u(6, 13), cuff_w=u(8, 11))
    defaults.update(kw)
    t = top_shape(rng, sleeve=sleeve, neck=neck, hang=hang, **defaults)
    sk = Sketch()
    put_top(sk, t, rng)
    if sleeve == "none":
        sk.anchors["shoulder"] = _p(t.armpit[0] * 1.05, 5)
    return t, sk


def dress_aline(rng, hang):
    wy = rng.uniform(30, 40)
    t, sk = _dress(rng, hang, "none", str(rng.choice(["scoop", "crew", "v", "square"])), wy=wy, strap=rng.uniform(4, 8))
    if rng.random() < 0.5:
        sk.detail(across(t, wy, 0.5))
    return sk


def dress_fit_flare(rng, hang):
    wy = rng.uniform(32, 38)
    t, sk = _dress(rng, hang, str(rng.choice(["short", "cap"])), str(rng.choice(["crew", "scoop", "boat"])), wy=wy,
                   hem_w=rng.uniform(38, 50), length=wy + rng.uniform(45, 60))
    sk.detail(across(t, wy, 0.3), optional=False)
    if rng.random() < 0.5:
        sk.detail(across(t, wy + 4, 0.3))   # a belt
        sk.detail(rect(-3, wy - 1, 3, wy + 5), closed=True)
    if rng.random() < 0.4:
        for m in (-1, 0, 1):
            sk.detail(np.array([(m * 8, wy + 8), (m * 14, t.length - 3)]))
    return sk


def dress_maxi(rng, hang):
    wy = rng.uniform(30, 36)
    t, sk = _dress(rng, hang, "none", str(rng.choice(["v", "scoop", "square"])), wy=wy, length=wy + rng.uniform(90, 115),
                   hem_w=rng.uniform(30, 40), strap=rng.uniform(2, 5))
    if rng.random() < 0.5:
        for k in range(int(rng.integers(1, 3))):
            y = wy + (t.length - wy) * (0.4 + 0.3 * k)
            sk.detail(across(t, y, 0.3))
    return sk


def dress_shift(rng, hang):
    length = rng.uniform(95, 115)
    t, sk = _dress(rng, hang, str(rng.choice(["none", "cap", "short", "elbow"])),
                   str(rng.choice(["crew", "boat", "square"])),
                   waist=None, bw=rng.uniform(21, 24), hem_w=rng.uniform(27, 34), length=length)
    if rng.random() < 0.4:
        for m in (1, -1):
            pocket(sk, m * 12, length * 0.5, 9, 10)
    if rng.random() < 0.3:
        graphic(sk, rng, 0, length * 0.35, 6)
    return sk


def dress_wrap(rng, hang):
    wy = rng.uniform(34, 40)
    t, sk = _dress(rng, hang, str(rng.choice(["elbow", "short", "short", "cap"])), "v", wy=wy, nd=rng.uniform(22, 28))
    sk.detail(np.array([(-t.neck_w, 0), (rng.uniform(8, 14), wy), (t.hem[0] * 0.55, t.length)]))
    sk.detail(np.array([(6, wy), (14, wy + 14)]))
    sk.detail(np.array([(6, wy), (10, wy + 17)]))
    return sk


def dress_shirt(rng, hang):
    wy = rng.uniform(34, 42)
    t, sk = _dress(rng, hang, str(rng.choice(["short", "short", "cap", "elbow"])), "collar", wy=wy, nw=rng.uniform(7, 9),
                   waist=(rng.uniform(19, 22), wy), hem_w=rng.uniform(28, 36))
    shirt_collar(sk, t.neck_w, t.neck_d, rng)
    buttons(sk, 0, t.neck_d + 1, t.length - 3, int(rng.integers(5, 9)))
    sk.detail(across(t, wy, 0.3))
    return sk


def dress_tiered(rng, hang):
    wy = rng.uniform(28, 34)
    t, sk = _dress(rng, hang, str(rng.choice(["none", "short"])), str(rng.choice(["square", "crew"])), wy=wy,
                   hem_w=rng.uniform(38, 48), length=wy + rng.uniform(55, 75))
    n = int(rng.integers(2, 4))
    for k in range(1, n + 1):
        y = wy + (t.length - wy) * k / (n + 1)
        w = width_at(t, y)
        xs = np.linspace(-w, w, 9)
        sk.detail(np.stack([xs, y + np.where(np.arange(9) % 2 == 0, 0, 2)], axis=1))
    sk.detail(across(t, wy, 0.3))
    return sk


def dress_party(rng, hang):
    """A fitted bodice over a wide, full skirt."""
    wy = rng.uniform(30, 36)
    t, sk = _dress(rng, hang, "none", str(rng.choice(["scoop", "v", "square"])), wy=wy, strap=rng.uniform(2, 5),
                   hem_w=rng.uniform(48, 60), length=wy + rng.uniform(42, 58))
    sk.detail(across(t, wy, 0.3), optional=False)
    for x in (-0.5, 0, 0.5):
        sk.detail(np.array([(x * 10, wy + 4), (x * t.hem[0] * 1.4, t.length - 2)]))
    if rng.random() < 0.4:
        sk.detail(path((0, wy), (-6, wy - 4), (-6, wy + 4), (0, wy), (6, wy - 4), (6, wy + 4), (0, wy)))
    return sk


def dress_slip(rng, hang):
    length = rng.uniform(90, 110)
    t, sk = _dress(rng, hang, "none", "v", strap=rng.uniform(1.5, 3), nd=rng.uniform(10, 14), waist=None,
                   bw=rng.uniform(20, 23), hem_w=rng.uniform(26, 32), length=length, nw=rng.uniform(8, 11))
    if rng.random() < 0.5:
        sk.detail(np.array([(-t.armpit[0], t.armpit[1] + 2), (0, t.neck_d + 4), (t.armpit[0], t.armpit[1] + 2)]))
    return sk


DRESS_CUTS = (dress_aline, dress_fit_flare, dress_maxi, dress_shift, dress_wrap, dress_shirt, dress_tiered, dress_party,
              dress_slip)


def dress_form(rng: np.random.Generator) -> Sketch:
    """A dress on a dress form: the form's neck above it, a pole below, a stand at the foot."""
    u = rng.uniform
    cut = DRESS_CUTS[int(rng.integers(len(DRESS_CUTS)))]
    garment = cut(rng, False)
    sk = Sketch()
    shoulder = garment.anchors["shoulder"]
    neck = rng.uniform(6, 8)
    top = float(garment.anchors["top"][1])
    sk.body(path((-neck, top + 3), (-neck, top - 6), Q(-neck, top - 10, 0, top - 10), Q(neck, top - 10, neck, top - 6),
                 (neck, top + 3)))
    s = max(shoulder[0], 22) * u(1.0, 1.12)
    sk.body(path((-neck, top - 1), Q(-s, top, -s, top + 12), (-s * 0.85, top + 22), (s * 0.85, top + 22), (s, top + 12),
                 Q(s, top, neck, top - 1)))
    sk.extend(garment)
    hem_y = float(garment.anchors["length"])
    pole = u(18, 32)
    sk.prop(np.array([(0, hem_y), (0, hem_y + pole)]))
    foot = hem_y + pole
    if rng.random() < 0.5:
        for dx, dy in ((-14, 5), (14, 5), (0, 3)):
            sk.prop(np.array([(0, foot), (dx * u(0.8, 1.2), foot + dy)]))
    else:
        sk.prop(ellipse(0, foot + 2, u(10, 16), u(2.5, 4)), closed=True)
    sk.anchors = garment.anchors
    return sk


# ------------------------------------------------------------------ Coat cuts


def _coat(rng, hang, **kw):
    u = rng.uniform
    defaults = dict(sleeve="long", neck="v", sw=u(29, 35), length=u(85, 120), nd=u(22, 36), cuff_w=u(10, 13),
                    hem_w=None)
    defaults.update(kw)
    t = top_shape(rng, hang=hang, **defaults)
    sk = Sketch()
    put_top(sk, t, rng)
    return t, sk


def coat_long(rng, hang):
    t, sk = _coat(rng, hang)
    lapels(sk, t.neck_w, t.neck_d, rng)
    double = rng.random() < 0.45
    n = int(rng.integers(2, 5))
    if double:
        sk.detail(np.array([(3, t.neck_d), (3, t.length)]))
        for k in range(n):
            y = t.neck_d + 4 + k * 9
            sk.dot(-6, y, 0.9)
            sk.dot(9, y, 0.9)
    else:
        buttons(sk, 0, t.neck_d, t.length * 0.75, n)
    if rng.random() < 0.7:
        for m in (1, -1):
            y = t.length * rng.uniform(0.55, 0.62)
            sk.detail(np.array([(m * 8, y), (m * 20, y - 2)]))
    if rng.random() < 0.5:
        cuffs(sk, t, rng, 6)
    return sk


def trench(rng, hang):
    t, sk = _coat(rng, hang, length=rng.uniform(95, 120), hem_w=rng.uniform(34, 42), nd=rng.uniform(20, 28))
    lapels(sk, t.neck_w, t.neck_d, rng)
    wy = t.length * rng.uniform(0.4, 0.48)
    sk.detail(across(t, wy - 2.5, 0.2), optional=False)
    sk.detail(across(t, wy + 2.5, 0.2), optional=False)
    sk.detail(rect(-4, wy - 4, 4, wy + 4), closed=True)
    sk.detail(np.array([(2, wy + 3), (5, wy + rng.uniform(12, 20))]))
    for k in range(3):
        y = t.neck_d + 3 + k * 7
        sk.dot(-5, y, 0.8)
        sk.dot(7, y, 0.8)
    sk.detail(np.array([(4, wy + 4), (4, t.length)]))
    cuffs(sk, t, rng, 7)
    return sk


def puffer(rng, hang):
    u = rng.uniform
    t = top_shape(rng, sleeve="long", neck=str(rng.choice(["turtle", "hood"])), hang=hang, sw=u(31, 36), bw=u(29, 34),
                  length=u(58, 95), hem_w=None, cuff_w=u(11, 14), tall=u(7, 12))
    sk = Sketch()
    sk.body(scallop(t.outline, int(rng.integers(14, 24)), u(0.8, 1.8)))
    edge = rng.random() < 0.75
    for s in t.sleeves:
        sk.body(s, edge=edge)
    sk.anchors.update(top=_p(0, t.top), shoulder=t.shoulder.copy(), hem=t.hem.copy(), length=t.length, neck_w=t.neck_w)
    if t.cuff is not None:
        sk.anchors["cuff"] = lerp(t.cuff[0], t.cuff[1], 0.5)
    step = u(8, 13)
    for y in np.arange(max(4.0, t.armpit[1] - 8), t.length - 3, step):
        sk.detail(across(t, y, 0.5))
    for k in range(1, int(rng.integers(3, 6))):
        for m in (True, False):
            line = sleeve_across(t, k / 5, m)
            if line is not None:
                sk.detail(line)
    sk.detail(np.array([(0, t.top + 1), (0, t.length)]), optional=False)
    return sk


def parka(rng, hang):
    t, sk = _coat(rng, hang, neck="hood", length=rng.uniform(85, 110), tall=rng.uniform(12, 18))
    sk.detail(np.array([(0, 6), (0, t.length)]), optional=False)
    sk.detail(path((-t.neck_w + 6, t.top * 0.5), Q(-4, 5, 0, 6), Q(4, 5, t.neck_w - 6, t.top * 0.5)))
    if rng.random() < 0.5:   # fur trim
        n = 10
        a = np.linspace(200, 340, n)
        pts = np.stack([np.cos(np.radians(a)) * (t.neck_w + 1), t.top * 0.45 + np.sin(np.radians(a)) * -t.top * 0.6], axis=1)
        sk.detail(pts + rng.normal(0, 0.8, pts.shape))
    for m in (1, -1):
        pocket(sk, m * 14, t.length * 0.55, 12, 13, flap=True)
    if rng.random() < 0.6:
        sk.detail(across(t, t.length * 0.42, 0.3))
    return sk


def blazer(rng, hang):
    t, sk = _coat(rng, hang, length=rng.uniform(70, 82), nd=rng.uniform(28, 38), hem_w=rng.uniform(27, 31))
    lapels(sk, t.neck_w, t.neck_d, rng)
    for k in range(int(rng.integers(1, 3))):
        sk.dot(0, t.neck_d + 4 + k * 9, 1.0)
    sk.detail(path((1.5, t.neck_d), (1.5, t.length - 8), Q(2, t.length, 9, t.length)))
    for m in (1, -1):
        sk.detail(rect(m * 10, t.length - 18, m * 21, t.length - 15), closed=True)   # a pocket's flap
    if rng.random() < 0.6:
        sk.detail(np.array([(-20, t.neck_d - 2), (-12, t.neck_d - 3)]))
    return sk


def denim_jacket(rng, hang):
    t, sk = _coat(rng, hang, neck="collar", length=rng.uniform(55, 65), nd=rng.uniform(6, 9), nw=rng.uniform(8, 10))
    shirt_collar(sk, t.neck_w, t.neck_d, rng, 1.2)
    buttons(sk, 0, t.neck_d + 1, t.length - 2, int(rng.integers(4, 6)))
    y = t.neck_d + rng.uniform(6, 10)
    sk.detail(across(t, y, 1))
    hem_band(sk, t, rng.uniform(5, 7))
    for m in (1, -1):
        pocket(sk, m * 13, y + 3, 11, 11, flap=True)
        sk.detail(np.array([(m * 6, y + 3), (m * 6, t.length - 6)]))
    cuffs(sk, t, rng, 5)
    return sk


def coat_open(rng, hang):
    """An open coat: its two fronts falling apart, the lining or nothing between."""
    t, sk = _coat(rng, hang, nd=rng.uniform(14, 22), hem_w=rng.uniform(30, 38))
    gap = rng.uniform(3, 8)
    sk.detail(np.array([(-t.neck_w, 0), (-gap, t.neck_d + 8), (-gap * 1.4, t.length)]), optional=False)
    sk.detail(np.array([(t.neck_w, 0), (gap, t.neck_d + 8), (gap * 1.4, t.length)]), optional=False)
    if rng.random() < 0.6:
        sk.detail(np.array([(-t.neck_w, 0), (-t.neck_w - 7, 12), (-gap, t.neck_d + 8)]))
        sk.detail(np.array([(t.neck_w, 0), (t.neck_w + 7, 12), (gap, t.neck_d + 8)]))
    return sk


def duffle(rng, hang):
    t, sk = _coat(rng, hang, neck="hood", length=rng.uniform(80, 100), tall=rng.uniform(12, 16))
    sk.detail(np.array([(2, 6), (2, t.length)]))
    for k in range(int(rng.integers(3, 5))):
        y = 12 + k * rng.uniform(9, 12)
        sk.detail(np.array([(-5, y), (6, y)]))
        sk.detail(rect(-1, y - 1.5, 3, y + 1.5), closed=True)
    for m in (1, -1):
        pocket(sk, m * 15, t.length * 0.6, 11, 12, flap=True)
    return sk


def bomber(rng, hang):
    t, sk = _coat(rng, hang, neck="crew", length=rng.uniform(52, 62), nd=rng.uniform(3, 6),
                  hem_w=None, bw=rng.uniform(28, 32))
    sk.detail(path((-t.neck_w, 0), Q(0, t.neck_d + 5, t.neck_w, 0)))
    sk.detail(np.array([(0, t.neck_d + 1), (0, t.length)]), optional=False)
    hem_band(sk, t, rng.uniform(5, 8), int(rng.integers(0, 10)))
    cuffs(sk, t, rng, rng.uniform(5, 7), int(rng.integers(0, 3)))
    if rng.random() < 0.6:
        sk.detail(np.array([(-22, t.length * 0.5), (-15, t.length * 0.68)]))
        sk.detail(np.array([(22, t.length * 0.5), (15, t.length * 0.68)]))
    if rng.random() < 0.4:
        sk.detail(rect(-22, 18, -15, 26), closed=True)
    return sk


COAT_CUTS = (coat_long, trench, puffer, parka, blazer, denim_jacket, coat_open, duffle, bomber)


# --------------------------------------------------------------------------------------------
# Trousers: one parametric front view, hung from a clip hanger or folded over a bar.


@dataclass
class Legs:
    outline: np.ndarray
    waist: float          # half width at the top
    band: float           # waistband depth
    crotch: float
    length: float
    hem_out: float
    hem_in: float


def legs_shape(rng: np.random.Generator, *, ww=None, length=None, crotch=None, hem_out=None, hem_in=None,
               hip=None, knee=None) -> Legs:
    u = rng.uniform
    ww = ww if ww is not None else u(21, 27)
    length = length if length is not None else u(105, 130)
    crotch = crotch if crotch is not None else u(28, 40)
    hip = hip if hip is not None else ww * u(1.02, 1.1)
    hem_out = hem_out if hem_out is not None else ww * u(0.92, 1.02)
    hem_in = hem_in if hem_in is not None else u(4, 9)
    band = u(4.5, 7.5)
    if knee is None:
        side = [(hip, crotch * 0.6), Q(hip, (crotch + length) / 2, hem_out, length)]
    else:
        kx, kin = knee
        ky = crotch + (length - crotch) * 0.55
        side = [(hip, crotch * 0.6), Q(hip, (crotch * 0.6 + ky) / 2, kx, ky), (hem_out, length)]
    inner = [(hem_in, length)]
    if knee is not None:
        inner.append((knee[1], crotch + (length - crotch) * 0.55))
    half = path((0, 0), (ww, 0), *side, *inner, (0, crotch))
    return Legs(mirror(half), ww, band, crotch, length, hem_out, hem_in)


def put_legs(sk: Sketch, legs: Legs, rng: np.random.Generator, fly: bool = True, loops: bool = True,
             pockets: str = "slant") -> None:
    sk.body(legs.outline)
    w, b = legs.waist, legs.band
    sk.detail(np.array([(-w, b), (w, b)]), optional=rng.random() < 0.5)
    if fly:
        sk.detail(path((1.5, b), (1.5, legs.crotch - 9), Q(2, legs.crotch - 4, -1, legs.crotch - 3)))
        sk.dot(0, b / 2, 0.7)
    if loops:
        for x in (-w * 0.75, -w * 0.3, w * 0.3, w * 0.75)[:: (1 if rng.random() < 0.5 else 3)]:
            sk.detail(np.array([(x, -0.5), (x, b + 1)]))
    if pockets == "slant":
        for m in (1, -1):
            sk.detail(np.array([(m * w * 0.62, b), (m * w * 1.02, b + 12)]))
    elif pockets == "jeans":
        for m in (1, -1):
            sk.detail(path((m * w * 0.55, b), Q(m * w * 0.65, b + 10, m * w * 1.03, b + 11)))
            if rng.random() < 0.5:
                sk.detail(np.array([(m * w * 0.9, b), (m * w * 0.9, b + 4), (m * w * 1.02, b + 4)]))
    sk.anchors.update(waist=w, length=legs.length, loop=_p(w * 0.75, b))


def trousers(rng):
    legs = legs_shape(rng)
    sk = Sketch()
    put_legs(sk, legs, rng)
    if rng.random() < 0.6:   # pressed creases
        for m in (1, -1):
            x = m * (legs.hem_out + legs.hem_in) / 2
            sk.detail(np.array([(m * legs.waist * 0.5, legs.band + 3), (x, legs.length - 2)]))
    return sk


def jeans(rng):
    legs = legs_shape(rng, hem_out=rng.uniform(18, 24), hem_in=rng.uniform(3, 7))
    sk = Sketch()
    put_legs(sk, legs, rng, pockets="jeans")
    if rng.random() < 0.5:
        for m in (1, -1):
            sk.detail(np.array([(m * legs.hem_out, legs.length - 5), (m * legs.hem_in, legs.length - 5)]))
    if rng.random() < 0.3:   # ripped knees
        y = legs.crotch + (legs.length - legs.crotch) * 0.4
        for m in (1, -1):
            x = m * (legs.hem_out + legs.hem_in) / 2
            sk.detail(np.array([(x - 4, y), (x + 4, y)]))
            sk.detail(np.array([(x - 3, y + 3), (x + 3, y + 3)]))
    return sk


def wide_leg(rng):
    legs = legs_shape(rng, hem_out=rng.uniform(30, 38), hem_in=rng.uniform(2, 4), crotch=rng.uniform(32, 42))
    sk = Sketch()
    put_legs(sk, legs, rng, fly=rng.random() < 0.5, pockets=str(rng.choice(["slant", "none"])))
    if rng.random() < 0.5:
        for m in (1, -1):
            sk.detail(np.array([(m * legs.waist * 0.5, legs.band + 3), (m * legs.hem_out * 0.55, legs.length - 2)]))
    return sk


def joggers(rng):
    u = rng.uniform
    ww = u(22, 27)
    length = u(100, 120)
    legs = legs_shape(rng, ww=ww, length=length, hem_out=u(14, 18), hem_in=u(6, 8), knee=(u(21, 25), u(3, 5)))
    sk = Sketch()
    put_legs(sk, legs, rng, fly=False, loops=False, pockets="slant")
    for m in (1, -1):
        sk.detail(np.array([(m * legs.hem_out, length - u(5, 8)), (m * legs.hem_in, length - u(5, 8))]))
    for m in (1, -1):
        sk.detail(path((m * 2, legs.band), Q(m * 3, legs.band + 8, m * u(2, 6), legs.band + u(12, 18))))
    if rng.random() < 0.5:
        for m in (1, -1):
            sk.detail(np.array([(m * ww * 1.05, legs.crotch), (m * (legs.hem_out + 1), length - 8)]))
    return sk


def cargo(rng):
    legs = legs_shape(rng, hem_out=rng.uniform(20, 26))
    sk = Sketch()
    put_legs(sk, legs, rng)
    y = legs.crotch + rng.uniform(6, 14)
    for m in (1, -1):
        x = m * (legs.waist * 0.85)
        pocket(sk, x, y, 11, 15, flap=True)
    if rng.random() < 0.4:
        for m in (1, -1):
            sk.detail(np.array([(m * legs.hem_out, legs.length - 6), (m * legs.hem_in, legs.length - 6)]))
    return sk


def chinos(rng):
    legs = legs_shape(rng, hem_out=rng.uniform(16, 21), hem_in=rng.uniform(4, 7))
    sk = Sketch()
    put_legs(sk, legs, rng)
    cuff = rng.uniform(4, 7)
    for m in (1, -1):
        y = legs.length - cuff
        sk.detail(np.array([(m * (legs.hem_out + 0.5), y), (m * (legs.hem_in - 0.5), y)]), optional=False)
    return sk


def flares(rng):
    u = rng.uniform
    legs = legs_shape(rng, hem_out=u(26, 34), hem_in=u(2, 4), knee=(u(17, 21), u(6, 8)))
    sk = Sketch()
    put_legs(sk, legs, rng, pockets=str(rng.choice(["jeans", "slant"])))
    return sk


def belted(rng):
    legs = legs_shape(rng)
    sk = Sketch()
    put_legs(sk, legs, rng, loops=False)
    w, b = legs.waist, legs.band
    sk.detail(rect(-w, 0.5, w, b - 0.5), closed=True)
    sk.detail(rect(-4, -0.5, 4, b + 0.5), closed=True, optional=False)
    sk.detail(np.array([(0, b / 2), (3, b / 2)]))
    return sk


def leggings(rng):
    u = rng.uniform
    legs = legs_shape(rng, ww=u(19, 23), hem_out=u(9, 12), hem_in=u(6, 8), crotch=u(26, 32), knee=(u(15, 18), u(4, 6)))
    sk = Sketch()
    put_legs(sk, legs, rng, fly=False, loops=False, pockets="none")
    return sk


def pleated(rng):
    """Pleat-front trousers: pleats from the waistband, wide, tapering to turn-ups."""
    u = rng.uniform
    legs = legs_shape(rng, ww=u(23, 28), hip=u(28, 32), hem_out=u(17, 22), hem_in=u(3, 6))
    sk = Sketch()
    put_legs(sk, legs, rng)
    for m in (1, -1):
        for x in (0.35, 0.55):
            sk.detail(np.array([(m * legs.waist * x, legs.band), (m * legs.waist * x * 1.05, legs.band + u(8, 14))]))
    return sk


TROUSER_CUTS = (trousers, jeans, wide_leg, joggers, cargo, chinos, flares, belted, leggings, pleated)


def on_clip_hanger(rng: np.random.Generator) -> Sketch:
    cut = TROUSER_CUTS[int(rng.integers(len(TROUSER_CUTS)))]
    garment = cut(rng)
    sk = Sketch()
    w = garment.anchors["waist"]
    clip_hanger(sk, rng, 0.0, w * rng.uniform(1.05, 1.25), w * rng.uniform(0.7, 0.9))
    sk.extend(garment)
    clips_on(sk, rng)
    sk.anchors.update(garment.anchors)
    if rng.random() < 0.3:
        price_tag(sk, rng, garment.anchors["loop"], rng.uniform(40, 80))
    return sk


def over_bar(rng: np.random.Generator) -> Sketch:
    """Trousers hung over a hanger's bar: folded at the knee, the two lower legs hanging in front
    and the seat behind, its waistband showing below the hems; or folded lengthwise too, one leg's
    width hanging on each side of the bar."""
    u = rng.uniform
    sk = Sketch()
    bar = u(14, 20)
    if rng.random() < 0.65:
        lw, gap = u(8, 11), u(2.5, 5)
        half = gap / 2 + 2 * lw
        hanger(sk, rng, 0.0, half * u(1.1, 1.35), bar, "triangle")
        front = u(42, 56)
        back = front + u(7, 16)
        bottom = bar + back
        sk.body(path((-half * 0.85, bar - 1), (-half * 0.98, bottom), (half * 0.98, bottom), (half * 0.85, bar - 1)))
        sk.detail(np.array([(-half * 0.98, bottom - 5), (half * 0.98, bottom - 5)]))
        sk.detail(path((1.5, bottom - 5), (1.5, bottom - 14), Q(1, bottom - 18, -3, bottom - 19)))
        for x in (-half * 0.7, half * 0.7):
            sk.detail(np.array([(x, bottom - 6), (x, bottom + 0.5)]))
        for m in (1, -1):
            cx = m * (gap / 2 + lw)
            flare = u(1.0, 1.15)
            leg = path((cx - lw, bar + 2), Q(cx - lw, bar - 4, cx, bar - 4), Q(cx + lw, bar - 4, cx + lw, bar + 2),
                       (cx + lw * flare, bar + front), (cx - lw * flare, bar + front))
            sk.body(leg, edge=True)
            if rng.random() < 0.6:
                sk.detail(np.array([(cx - lw * flare, bar + front - 4), (cx + lw * flare, bar + front - 4)]))
        sk.anchors.update(waist=half, length=back, loop=_p(half * 0.7, bottom - 3))
        return sk
    w = u(9, 13)
    hanger(sk, rng, 0.0, u(24, 32), bar, "triangle")
    drop = u(60, 85)
    back = drop + u(-12, 12)
    dx = u(-4, 4)
    sk.body(path((-w + dx, bar - 1), (-w * 1.05 + dx, bar + back), (w * 1.1 + dx, bar + back), (w + dx, bar - 1)))
    front = path((-w, bar + 2), Q(-w, bar - 4, 0, bar - 4), Q(w, bar - 4, w, bar + 2), (w * u(1.0, 1.2), bar + drop),
                 (-w * u(1.0, 1.2), bar + drop))
    sk.body(front, edge=True)
    if rng.random() < 0.5:   # the waist end: waistband and a pocket
        y = bar + drop
        sk.detail(np.array([(-w * 1.05, y - 5), (w * 1.05, y - 5)]))
        sk.dot(w * 0.6, y - 2.5, 0.7)
        sk.detail(path((-w * 0.7, y - 5), Q(-w * 0.6, y - 15, -w * 1.05, y - 16)))
    else:
        sk.detail(np.array([(-w * 1.05, bar + drop - 4), (w * 1.05, bar + drop - 4)]))
        if rng.random() < 0.6:
            sk.detail(np.array([(0, bar + 2), (0, bar + drop - 5)]))
    sk.anchors.update(waist=w, length=drop, loop=_p(w, bar + 4))
    return sk


# --------------------------------------------------------------------------------------------
# Shoes: side views (toe at x = 0, heel at x = 100, ground at y = 0, up is -y), 3/4 views,
# sandals from above; pairs.


def sneaker(rng: np.random.Generator, kind: str | None = None) -> Sketch:
    u = rng.uniform
    kind = kind or str(rng.choice(["classic", "runner", "canvas", "chunky", "court", "skate", "slipon", "velcro"]))
    t = {"classic": u(8, 12), "runner": u(9, 14), "canvas": u(5, 8), "chunky": u(14, 20), "court": u(7, 10),
         "skate": u(9, 12), "slipon": u(5, 8), "velcro": u(8, 11)}[kind]
    toe = u(15, 20) + (t - 10) * 0.5
    col = u(29, 36) + (t - 10) * 0.7
    tongue = u(2, 6) if kind not in ("canvas", "slipon") else u(-1, 2)
    heel_up = u(0, 4) if kind == "runner" else 0
    sk = Sketch()
    outline = path((97, 0), (9, 0), Q(0, 0, 0, -t * 0.7), Q(0, -toe - 2, 14, -toe - 3), (38, -toe - 9),
                   (55, -col - tongue), (60, -col + 1), Q(75, -col + u(3, 8), 90, -col - heel_up),
                   Q(101 + heel_up, -col * 0.5, 99, -t * 0.4), Q(99, 0, 97, 0))
    if kind == "skate":
        outline = path((97, 0), (9, 0), Q(0, 0, 0, -t * 0.7), Q(-1, -toe - 3, 16, -toe - 4), (38, -toe - 10),
                       (54, -col - tongue), (60, -col), Q(68, -col - 3, 78, -col - 1), Q(86, -col - 2, 92, -col),
                       Q(102, -col * 0.5, 99, -t * 0.4), Q(99, 0, 97, 0))
    sk.body(outline)
    sole = path((1.5, -t), Q(40, -t - (2 if kind == "runner" else 0), 99.5, -t - heel_up))
    sk.detail(sole, optional=False)
    if kind == "chunky":
        xs = np.linspace(4, 96, 9)
        sk.detail(np.stack([xs, -t * 0.5 + np.where(np.arange(9) % 2 == 0, -2, 2)], axis=1))
    if kind in ("canvas", "court", "slipon") and rng.random() < 0.7:
        sk.detail(path((2, -t), Q(8, -toe - 1, 20, -t)))     # toe cap
    v0, v1 = np.array([38, -toe - 9]), np.array([56, -col])
    if kind == "slipon":   # no laces: an elastic gore at the side of the opening
        sk.detail(np.array([v1 + (-6, 3), v1 + (-1, 11), v1 + (4, 3)]))
        if rng.random() < 0.5:   # a checkerboard's lines
            for x in (20, 32, 44):
                sk.detail(np.array([(x, -t - 1), (x + 4, -toe - 5)]))
    elif kind == "velcro":   # two or three straps across the vamp
        for k in range(int(rng.integers(2, 4))):
            p = lerp(v0, v1, (k + 0.5) / 3)
            sk.detail(np.array([p + (-2, -3), p + (6, 10), p + (11, 8), p + (3, -5)]), closed=True)
    else:   # laces along the vamp
        n = int(rng.integers(3, 6))
        for k in range(n):
            p = lerp(v0, v1, (k + 0.5) / n)
            sk.detail(np.array([p + (-3, -2), p + (3, 4)]))
        if rng.random() < 0.6:
            sk.detail(np.array([v0 + (2, 5), v1 + (4, 6)]))
    stripe = rng.choice(["swoosh", "stripes", "panel", "none"], p=[0.35, 0.25, 0.25, 0.15])
    if stripe == "swoosh":
        sk.detail(path((28, -t - 5), Q(55, -t - 2, 82, -col * 0.62), Q(60, -t - 8, 40, -t - 8)))
    elif stripe == "stripes":
        for k in range(3):
            sk.detail(np.array([(48 + k * 6, -t - 2), (58 + k * 6, -col + 6)]))
    elif stripe == "panel":
        sk.detail(path((22, -t), Q(30, -toe - 4, 45, -toe - 7)))
        sk.detail(path((70, -t), Q(72, -col * 0.7, 86, -col + 3)))
    if rng.random() < 0.5:
        sk.detail(rect(91, -col - heel_up - 3, 98, -col * 0.7), closed=True)
    if kind == "runner" and rng.random() < 0.6:
        sk.detail(np.array([(60, -t - 1), (75, -t - 2), (90, -t - 3)]))
    sk.anchors.update(tag=_p(56, -col), collar=_p(75, -col + 4), height=col)
    return sk


def sneaker_34(rng: np.random.Generator) -> Sketch:
    """A sneaker seen from a 3/4 angle above: its opening an oval on top, laces across a visible
    strip, the sole a band running round the toe, the heel a little farther off than the toe."""
    u = rng.uniform
    t = u(8, 13)
    toe = u(17, 22)
    col = u(30, 36)
    w = u(7, 11)   # how much of the top is seen
    sk = Sketch()
    outline = path((95, 0), (12, 2), Q(-2, 3, -3, -t), Q(-4, -toe - w, 16, -toe - w - 4), (40, -toe - w - 9),
                   (56, -col - w - 3), Q(64, -col - w - 4, 78, -col - w - 2), Q(96, -col - w, 98, -col + 2),
                   Q(101, -col * 0.5, 99, -t * 0.4), Q(99, 0, 95, 0))
    sk.body(outline)
    sk.hole(path((60, -col - 1), Q(62, -col - w - 1, 78, -col - w + 1), Q(95, -col - w + 2, 93, -col + 1),
                 Q(76, -col + 4, 60, -col - 1)))
    sk.detail(path((-2, -t), Q(4, -t - 1, 14, -t + 1), (99, -t)), optional=False)
    sk.detail(path((-1, -t * 0.3), Q(6, 2, 16, 1)))
    for side in (0, 1):   # the two rows of eyelets
        a = np.array([30 + side * 4, -toe - 4 - side * w])
        b = np.array([58 + side * 2, -col + 1 - side * w])
        sk.detail(np.array([a, b]))
    n = int(rng.integers(3, 6))
    for k in range(n):
        f = (k + 0.5) / n
        p = lerp([30, -toe - 4], [58, -col + 1], f)
        q = lerp([34, -toe - 4 - w], [60, -col + 1 - w], f)
        sk.detail(np.array([p, q + (2, 0)]))
    if rng.random() < 0.6:
        sk.detail(path((30, -t - 4), Q(58, -t - 2, 84, -col * 0.6)))
    sk.anchors.update(tag=_p(58, -col - w), collar=_p(90, -col), height=col + w)
    return sk


def boot(rng: np.random.Generator, kind: str | None = None) -> Sketch:
    u = rng.uniform
    kind = kind or str(rng.choice(["block", "chelsea", "combat", "stiletto", "zip", "hiker", "wedge", "western", "winter"]))
    t = {"combat": u(7, 10), "hiker": u(9, 13), "winter": u(8, 12)}.get(kind, u(4, 7))
    h = {"block": u(8, 16), "chelsea": u(3, 7), "combat": u(3, 6), "stiletto": u(20, 30), "zip": u(6, 14),
         "hiker": u(2, 4), "wedge": u(14, 22), "western": u(8, 13), "winter": u(2, 4)}[kind]
    H = u(58, 75) + h * 0.6
    toe = u(18, 24) + h * 0.3
    front = u(54, 62)
    tip = -6 if kind in ("stiletto", "western") else 0
    sk = Sketch()
    parts = [(6 + tip, 0), (36, 0)]
    if kind == "wedge":
        parts += [(98, 0)]
    elif h > 5:
        heel_w = u(8, 12) if kind == "stiletto" else u(18, 26)
        hx = 99 - heel_w
        parts += [Q(52, 0, hx - 3, -h), (hx, -h), (hx + (heel_w * 0.35 if kind == "stiletto" else u(0, 3)), 0), (98, 0)]
    else:
        parts += [(98, 0)]
    parts += [(99, -h - t), Q(101, -H * 0.45 - h * 0.3, 97, -H), (front, -H),
              C(front - 2, -H * 0.55, front - 8, -toe - 12, 28, -toe), Q(tip, -toe + 2, tip, -t * 0.8),
              Q(tip, 0, 6 + tip, 0)]
    sk.body(path(*parts))
    if kind == "wedge":
        sk.detail(path((2 + tip, -t), (36, -t), (99, -h - t)), optional=False)
    else:
        sk.detail(path((1 + tip, -t), (36, -t), Q(55, -t - 1, 72, -h - t)), optional=False)
        if h > 5:
            sk.detail(np.array([(74, -h - t), (99, -h - t)]))
    if kind == "chelsea":
        x0 = u(66, 72)
        gore = path((x0, -H), Q(x0 + 4, -H * 0.35, x0 + 9, -H * 0.35), Q(x0 + 14, -H * 0.35, x0 + 18, -H))
        sk.detail(gore, optional=False)
    if kind in ("combat", "hiker"):
        n = int(rng.integers(4, 8))
        for k in range(n):
            y = -toe - 8 - k * (H - toe - 10) / n
            x = front - 6 + (y + H) * 0.25
            sk.detail(np.array([(x - 4, y), (x + 4, y - 3)]))
            sk.dot(x - 5, y, 0.7)
        sk.detail(np.array([(front + 3, -H + 1), (front - 12, -toe - 6)]))
        if kind == "hiker":
            xs = np.linspace(2, 98, 13)
            sk.detail(np.stack([xs, np.where(np.arange(13) % 2 == 0, -1, -t * 0.6)], axis=1))
            sk.detail(path((front, -H + 6), Q(80, -H + 10, 97, -H + 5)))
    if kind == "zip":
        sk.detail(np.array([(86, -H + 1), (86, -h - t - 6)]), optional=False)
        sk.detail(rect(84.5, -H + 2, 87.5, -H + 8), closed=True)
    if kind == "western":
        sk.detail(path((front + 4, -H * 0.75), Q(75, -H * 0.5, 92, -H * 0.78)))
        sk.detail(path((20, -toe + 3), Q(35, -toe - 8, 50, -toe - 4)))
    if kind == "winter":
        n = int(rng.integers(6, 10))
        xs = np.linspace(front, 97, n)
        sk.detail(np.stack([xs, -H + 8 + np.where(np.arange(n) % 2 == 0, 0, 2.5)], axis=1), optional=False)
    if kind in ("block", "stiletto") and rng.random() < 0.5:
        sk.detail(path((front + 3, -H + 2), Q(78, -H * 0.6, 93, -H + 2)))
    if rng.random() < 0.5:   # a pull tab
        sk.detail(path((94, -H + 5), (95, -H - 5), (99, -H - 5), (99, -H + 3)))
    sk.anchors.update(tag=_p(97, -H + 2), collar=_p(80, -H), height=H)
    return sk


def boot_34(rng: np.random.Generator) -> Sketch:
    """An ankle boot standing, seen from a little above and to the side: the shaft's opening an
    oval on top, the sole a thick band round the foot."""
    u = rng.uniform
    t = u(7, 11)
    h = u(0, 12)
    H = u(58, 72)
    toe = u(20, 26)
    front = u(52, 60)
    ry = u(5, 9)
    sk = Sketch()
    sk.body(path((8, 1), (70, 0), (98, 0), (99, -h - t), Q(101, -H * 0.5, 98, -H), Q(front + 20, -H - ry * 2.2, front, -H),
                 C(front - 2, -H * 0.55, front - 8, -toe - 14, 24, -toe - 2), Q(-3, -toe + 2, -3, -t * 0.5),
                 Q(-3, 2, 8, 1)))
    sk.hole(path((front + 1, -H), Q(front + 20, -H - ry * 1.8, 97, -H), Q(front + 20, -H + ry * 0.9, front + 1, -H)))
    sk.detail(path((-2, -t), Q(10, -t - 2, 40, -t - 1), Q(70, -t, 99, -h - t)), optional=False)
    if h > 4:
        sk.detail(np.array([(72, -h - t * 0.3), (72, 0)]))
    sk.detail(path((-2, -t * 0.4), Q(3, 0, 10, 0)))
    style = rng.choice(["chelsea", "laces", "plain", "zip"])
    if style == "chelsea":
        sk.detail(path((70, -H - 1), Q(74, -H * 0.4, 80, -H * 0.4), Q(86, -H * 0.4, 90, -H - 1)))
    elif style == "laces":
        for k in range(int(rng.integers(4, 7))):
            y = -toe - 10 - k * 8
            sk.detail(np.array([(front - 12 + k * 2, y), (front - 4 + k * 2, y - 4)]))
    elif style == "zip":
        sk.detail(np.array([(84, -H), (84, -t - 10)]))
    sk.anchors.update(tag=_p(97, -H), collar=_p(80, -H), height=H)
    return sk


def sandal(rng: np.random.Generator, kind: str | None = None) -> Sketch:
    """A sandal from the side: a sole (flat, heeled, wedge or platform) and straps over the foot
    that is not drawn."""
    u = rng.uniform
    kind = kind or str(rng.choice(["flat", "heeled", "wedge", "gladiator", "sport", "platform", "mule"]))
    as_band = rng.random() < 0.55
    sw = u(2.5, 4.5)
    sk = Sketch()
    if kind in ("flat", "gladiator", "sport", "mule"):
        t = u(4, 7) if kind != "sport" else u(8, 12)
        sk.body(path((5, 0), (96, 0), Q(101, 0, 100, -t), (4, -t), Q(-1, -t, 0, -t * 0.4), Q(0, 0, 5, 0)))
        if kind == "sport":
            xs = np.linspace(4, 96, 12)
            sk.detail(np.stack([xs, np.where(np.arange(12) % 2 == 0, -1, -t * 0.45)], axis=1))
        heel_y, toe_y, ankle = -t, -t, u(30, 40)
    elif kind == "heeled":
        h = u(24, 38)
        t = u(2.5, 4)
        sole = path((0, -t * 0.5), (30, 0), Q(60, -2, 88, -h))
        sk.body(band(sole, t))
        heel = u(3, 6)
        sk.body(np.array([(86, -h + 1), (86 + heel, -h + 1), (90 + heel * 0.3, 0), (88.5, 0)]))
        heel_y, toe_y, ankle = -h - t / 2, -t, h + u(18, 26)
    else:   # wedge / platform
        h = u(16, 26) if kind == "wedge" else u(10, 16)
        front = u(4, 8) if kind == "wedge" else h * 0.7
        sk.body(path((4, 0), (97, 0), (98, -h), Q(60, -h * 0.7, 30, -front - 2), (4, -front), Q(0, -front / 2, 4, 0)))
        if rng.random() < 0.6:
            sk.detail(path((2, -front + 3), Q(30, -front - 1, 98, -h + 3)))
        heel_y, toe_y, ankle = -h, -front, h + u(20, 28)
    # Straps over the foot, which is not drawn: the foot's top rises from the toes to the ankle.
    def sole_at(x):
        return toe_y if kind != "heeled" else float(np.interp(x, [0, 30, 88], [-t, -t, heel_y]))

    rise = np.array([3, 11, 17, 25, 30]) * u(0.9, 1.25)

    def foot_at(x):
        return sole_at(x) - float(np.interp(x, [0, 10, 30, 55, 75], rise))

    if kind == "mule":
        sk.strap(path((16, sole_at(16)), Q(30, foot_at(30) - 10, 50, sole_at(50))), u(9, 14), True)
        ankle_top = foot_at(40)
    else:
        x0 = u(6, 14)
        x1 = x0 + u(14, 22)
        sk.strap(path((x0, sole_at(x0)), Q((x0 + x1) / 2, foot_at((x0 + x1) / 2) - 8, x1, sole_at(x1))), sw, as_band)
        if kind in ("gladiator", "sport", "flat") and rng.random() < 0.7:
            x0 = u(34, 40)
            x1 = x0 + u(16, 24)
            sk.strap(path((x0, sole_at(x0)), Q((x0 + x1) / 2, foot_at((x0 + x1) / 2) - 10, x1, sole_at(x1))), sw, as_band)
        ax = u(80, 86)
        ay = (heel_y if kind == "heeled" else sole_at(ax)) - (u(30, 40) if kind != "heeled" else u(24, 32))
        rx, ry = u(9, 13), u(3, 5)
        ring = arc(ax, ay, rx, ry, -10, 190)
        heel = heel_y if kind == "heeled" else sole_at(97)
        sk.strap(path((97, heel), Q(99, (heel_y + ay) / 2, ax + rx - 1, ay + 1)), sw, as_band)
        sk.strap(ring, sw, as_band)
        if kind in ("gladiator", "sport") or rng.random() < 0.35:   # a T-strap down the instep
            sk.strap(path((ax - rx + 1, ay + 2), Q(ax - rx - 8, (ay + foot_at(55)) / 2, 52, foot_at(52) + 3)), sw, as_band)
        if kind == "gladiator":
            for k in range(1, int(rng.integers(2, 4))):
                sk.strap(arc(ax + 1, ay - k * u(8, 11), rx * 0.9, ry, -10, 190), sw, as_band)
        if rng.random() < 0.5:
            sk.detail(rect(ax - rx - 2, ay - 2, ax - rx + 2, ay + 3), closed=True)   # a buckle
        ankle_top = ay
    sk.anchors.update(tag=_p(80, ankle_top), height=-ankle_top)
    return sk


def sandal_above(rng: np.random.Generator, kind: str | None = None) -> Sketch:
    """A sandal from above, toe up: the footbed's outline, a thong, a slide's band or straps."""
    u = rng.uniform
    kind = kind or str(rng.choice(["flipflop", "slide", "cross", "strappy"]))
    w = u(16, 20)
    right = path((0, 0), Q(w * 1.1, 0, w, 28), Q(w * 0.7, 58, w * 0.75, 75), Q(w * 0.8, 100, 0, 100))
    bed = mirror(right)
    bed[:, 0] += np.where(bed[:, 1] < 40, -bed[:, 1] * 0.05 + 2, 0)   # the big toe's side straighter
    sk = Sketch()
    sk.body(bed)
    as_band = rng.random() < 0.6
    if kind == "flipflop":
        post = _p(-4, 16)
        for x in (-w * 0.95, w * 0.92):
            sk.strap(path(post, Q(x * 0.6, 30, x, 44)), u(2.5, 4), as_band)
        sk.dot(post[0], post[1], 1.2)
    elif kind == "slide":
        y0, y1 = u(22, 30), u(44, 55)
        sk.body(path((-w - 1.5, y0), Q(0, y0 - 6, w + 1.5, y0), (w + 1, y1), Q(0, y1 - 4, -w - 1, y1)), edge=True)
        if rng.random() < 0.4:
            sk.detail(np.array([(-w * 0.6, (y0 + y1) / 2), (w * 0.6, (y0 + y1) / 2)]))
    elif kind == "cross":
        for a, b in (((-w, 28), (w, 48)), ((w, 28), (-w, 48))):
            sk.strap(np.array([a, b]), u(3, 5), True)
    else:
        for y in (u(16, 22), u(40, 50)):
            sk.strap(path((-w - 1, y), Q(0, y - 5, w + 1, y)), u(3, 5), True)
        ay = u(78, 86)
        sk.strap(path((-w - 5, ay), Q(0, ay - 3, w + 5, ay)), u(2.5, 4), as_band)
    sk.anchors.update(tag=_p(w, 40), height=100)
    return sk


def pair(rng: np.random.Generator, build, above: bool = False) -> Sketch:
    """Two of the same shoe: side by side, or one behind the other, the one in front hiding part of
    it."""
    seed = int(rng.integers(1 << 31))
    back = build(np.random.default_rng(seed))
    front = build(np.random.default_rng(seed))
    x0, y0, x1, y1 = back.bbox()
    sk = Sketch()
    if above:   # from above: a left and a right, toes up, side by side or one a little ahead
        gap = (x1 - x0) * rng.uniform(0.05, 0.3)
        left = Sketch([type(i)(i.kind, flip_x(i.pts) - np.array([x1 - x0 + gap, 0]) + np.array([2 * x0, 0]), i.closed,
                               i.occlude, i.edge, i.optional) for i in back.items])
        sk.extend(left, dy=rng.uniform(-10, 10))
        sk.extend(front)
    else:
        dx = (x1 - x0) * rng.uniform(0.15, 0.55) * (1 if rng.random() < 0.7 else -1)
        dy = -(y1 - y0) * rng.uniform(0.05, 0.3)
        sk.extend(back, dx=dx, dy=dy, scale=rng.uniform(0.93, 1.0))
        sk.extend(front, edge=True)
    sk.anchors = front.anchors
    return sk


def shoe_show(rng: np.random.Generator, single, above=None) -> Sketch:
    """A shoe drawing: one shoe, or a pair about one time in five; a tag now and then."""
    if rng.random() < 0.2:
        sk = pair(rng, single, above=above is not None and above)
    else:
        sk = single(rng)
    if rng.random() < 0.1 and "tag" in sk.anchors:
        price_tag(sk, rng, sk.anchors["tag"], rng.uniform(-20, 40), size=1.2)
    return sk


# --------------------------------------------------------------------------------------------
# Bags.


def _handles(sk: Sketch, rng, xs, base_y, height, width, as_band=None):
    as_band = rng.random() < 0.5 if as_band is None else as_band
    for x0, x1 in xs:
        line = path((x0, base_y), C(x0, base_y - height * 1.3, x1, base_y - height * 1.3, x1, base_y))
        sk.strap(line, width, as_band)


def handbag(rng):
    u = rng.uniform
    W, H = u(38, 50), u(28, 38)
    inset = u(2, 8)
    sk = Sketch()
    _handles(sk, rng, [(-W * 0.5 + inset + 6, W * 0.5 - inset - 6)] if rng.random() < 0.5 else
             [(-W * 0.45, -W * 0.1), (W * 0.1, W * 0.45)], 0, u(14, 26), u(2.5, 4))
    sk.body(path((-W / 2 + inset, 0), (W / 2 - inset, 0), (W / 2, H - 4), Q(W / 2, H, W / 2 - 4, H), (-W / 2 + 4, H),
                 Q(-W / 2, H, -W / 2, H - 4)))
    if rng.random() < 0.6:
        fy = H * u(0.35, 0.55)
        sk.detail(path((-W / 2 + inset * 0.6, 1), Q(-W * 0.3, fy, 0, fy), Q(W * 0.3, fy, W / 2 - inset * 0.6, 1)))
        sk.detail(rect(-2.5, fy - 2, 2.5, fy + 3, 1), closed=True)
    elif rng.random() < 0.5:
        sk.detail(np.array([(-W / 2 + inset + 2, 5), (W / 2 - inset - 2, 5)]))
    sk.anchors.update(tag=_p(-W * 0.3, 0))
    return sk


def tote(rng):
    u = rng.uniform
    W, H = u(40, 52), u(38, 50)
    sk = Sketch()
    hx = W * u(0.2, 0.32)
    if rng.random() < 0.5:   # the back handle, behind
        _handles(sk, rng, [(-hx - 3, hx + 3)], -1, u(22, 32) * 1.1, 3, as_band=False)
    _handles(sk, rng, [(-hx, hx)], 0, u(22, 32), u(3, 4.5))
    sk.body(np.array([(-W / 2, 0), (W / 2, 0), (W / 2 + u(0, 4), H), (-W / 2 - u(0, 4), H)]))
    if rng.random() < 0.5:
        graphic(sk, rng, 0, H * 0.55, u(6, 10))
    sk.anchors.update(tag=_p(hx, -2))
    return sk


def box_bag(rng):
    """A bag drawn as a box: its front, its side and its top, the handle over the top."""
    u = rng.uniform
    W, H, D = u(36, 48), u(26, 36), u(9, 15)
    e = D * u(0.5, 0.8)
    sk = Sketch()
    top_mid = ((W + D) / 2, -e / 2)
    hx = W * 0.25
    (mx, my), lift = top_mid, u(16, 26)
    line = path((mx - hx, my), C(mx - hx, my - lift, mx + hx, my - lift, mx + hx, my))
    sk.strap(line, 3, rng.random() < 0.5)
    sk.body(np.array([(0, 0), (D, -e), (W + D, -e), (W + D, H - e), (W, H), (0, H)]))
    sk.detail(np.array([(0, 0), (W, 0), (W + D, -e)]), optional=False)
    sk.detail(np.array([(W, 0), (W, H)]), optional=False)
    if rng.random() < 0.6:
        fy = H * u(0.3, 0.5)
        sk.detail(np.array([(0, 0), (0, fy), (W, fy), (W, 0)]))
        sk.detail(rect(W / 2 - 2.5, fy - 2, W / 2 + 2.5, fy + 2.5), closed=True)
    sk.anchors.update(tag=_p(top_mid[0] + hx, top_mid[1]))
    return sk


def shopping_bag(rng):
    """A shop's paper bag from 3/4: its gusseted side, rope handles, maybe a logo."""
    u = rng.uniform
    W, H, D = u(34, 44), u(40, 54), u(10, 16)
    e = D * u(0.45, 0.7)
    sk = Sketch()
    hx = W * 0.22
    lift = u(16, 24)
    back = path((D + W / 2 - hx, -e + 2), C(D + W / 2 - hx, -e - lift, D + W / 2 + hx, -e - lift, D + W / 2 + hx, -e + 2))
    sk.prop(back)   # the far side's handle, behind the bag
    sk.body(np.array([(0, 0), (D, -e), (W + D, -e), (W + D, H - e), (W, H), (0, H)]))
    front = path((W / 2 - hx, 2), C(W / 2 - hx, -lift, W / 2 + hx, -lift, W / 2 + hx, 2))
    sk.strap(front, 2.5, rng.random() < 0.3)
    sk.detail(np.array([(0, 0), (W, 0), (W + D, -e)]), optional=False)
    sk.detail(np.array([(W, 0), (W, H)]), optional=False)
    sk.detail(np.array([(W, 0), (W + D / 2, H * 0.25), (W + D, -e)]))
    if rng.random() < 0.6:
        graphic(sk, rng, W / 2, H * 0.5, u(5, 8))
    sk.anchors.update(tag=_p(W / 2 + W * 0.22, 2))
    return sk


def backpack(rng):
    u = rng.uniform
    W, H = u(30, 38), u(44, 54)
    sk = Sketch()
    for m in (1, -1):   # shoulder straps, peeking out at the sides
        sk.strap(path((m * W * 0.3, 4), Q(m * (W / 2 + 6), H * 0.4, m * W / 2 * 0.95, H - 6)), u(3, 5), True)
    sk.prop(path((-4, 1), Q(-4, -7, 0, -7), Q(4, -7, 4, 1)))
    sk.body(rect(-W / 2, 0, W / 2, H, u(8, 14)))
    py = H * u(0.45, 0.58)
    sk.detail(rect(-W * 0.38, py, W * 0.38, H - 3, 5), closed=True)
    if rng.random() < 0.7:
        sk.detail(path((-W * 0.3, py + 4), Q(0, py + 2, W * 0.3, py + 4)))
    if rng.random() < 0.6:
        sk.detail(path((-W / 2 + 4, 8), Q(0, -1, W / 2 - 4, 8)))
    sk.anchors.update(tag=_p(-W * 0.3, py))
    return sk


def clutch(rng):
    u = rng.uniform
    W, H = u(50, 64), u(26, 34)
    sk = Sketch()
    sk.body(rect(-W / 2, 0, W / 2, H, u(1, 4)))
    fy = H * u(0.45, 0.65)
    if rng.random() < 0.6:
        sk.detail(np.array([(-W / 2, 0), (0, fy), (W / 2, 0)]), optional=False)
        sk.detail(ellipse(0, fy, 2, 2), closed=True)
    else:
        sk.detail(np.array([(-W / 2, fy * 0.6), (W / 2, fy * 0.6)]), optional=False)
        sk.detail(rect(-3, fy * 0.6 - 2, 3, fy * 0.6 + 3), closed=True)
    if rng.random() < 0.3:   # a wrist strap
        sk.prop(path((W / 2 - 4, 2), Q(W / 2 + 10, -2, W / 2 + 8, 12)))
    sk.anchors.update(tag=_p(W / 2, 3))
    return sk


def crossbody(rng):
    u = rng.uniform
    W, H = u(30, 40), u(22, 30)
    sk = Sketch()
    apex = _p(u(-6, 6), -u(28, 50))
    for x in (-W / 2 + 2, W / 2 - 2):
        sk.strap(path((x, 2), Q((x + apex[0]) / 2 + (3 if x > 0 else -3), (apex[1]) / 2, apex[0], apex[1])), 2.5,
                 rng.random() < 0.3)
    sk.body(rect(-W / 2, 0, W / 2, H, u(2, 6)))
    fy = H * u(0.4, 0.7)
    sk.detail(path((-W / 2, 2), (-W / 2, fy - 3), Q(-W / 2, fy, -W / 2 + 4, fy), (W / 2 - 4, fy),
                   Q(W / 2, fy, W / 2, fy - 3)))
    sk.dot(0, fy, 1.2)
    sk.anchors.update(tag=_p(W / 2 - 2, 2), apex=apex)
    return sk


def on_wall_hook(rng):
    """A bag hanging by its strap from a shop's wall hook."""
    sk = Sketch()
    bag = crossbody(rng)
    ax, ay = bag.anchors["apex"]
    sk.prop(rect(ax - 3, ay - 9, ax + 3, ay - 4, 1), closed=True)
    sk.prop(path((ax, ay - 4), (ax, ay + 1), Q(ax, ay + 4, ax + 3, ay + 2)))
    sk.extend(bag)
    sk.anchors = bag.anchors
    return sk


def bucket(rng):
    u = rng.uniform
    W, H = u(30, 38), u(34, 44)
    sk = Sketch()
    sk.strap(path((-W / 2 + 2, 3), Q(0, -u(30, 44), W / 2 - 2, 3)), 2.5, rng.random() < 0.4)
    n = 7
    xs = np.linspace(-W / 2, W / 2, n)
    top = np.stack([xs, np.where(np.arange(n) % 2 == 0, 0, -2.5)], axis=1)
    rest = path((W / 2, 0), Q(W / 2 - 2, H, W / 2 - 6, H), (-W / 2 + 6, H), Q(-W / 2 + 2, H, -W / 2, 0))
    sk.body(np.concatenate([top, rest[1:-1]]))
    sk.detail(np.array([(-W / 2 + 1, 5), (W / 2 - 1, 5)]))
    sk.detail(path((0, 5), Q(-3, 14, -5, 18)))
    sk.detail(path((0, 5), Q(3, 14, 5, 19)))
    sk.anchors.update(tag=_p(W / 2 - 2, 3))
    return sk


def doctor_bag(rng):
    """A bowling or doctor's bag: a domed top with a zip, two short handles."""
    u = rng.uniform
    W, H = u(46, 58), u(28, 36)
    dome = u(8, 14)
    sk = Sketch()
    _handles(sk, rng, [(-W * 0.2, W * 0.2)], -dome + 1, u(10, 16), 3)
    sk.body(path((-W / 2, H * 0.3), Q(-W / 2, -dome, 0, -dome), Q(W / 2, -dome, W / 2, H * 0.3), (W / 2 - 2, H),
                 (-W / 2 + 2, H)))
    sk.detail(path((-W / 2 + 3, H * 0.25), Q(-W / 2 + 4, -dome + 4, 0, -dome + 4),
                   Q(W / 2 - 4, -dome + 4, W / 2 - 3, H * 0.25)))
    if rng.random() < 0.5:
        sk.detail(np.array([(-W / 2 + 2, H - 5), (W / 2 - 2, H - 5)]))
    sk.anchors.update(tag=_p(W * 0.2, -dome + 1))
    return sk


def satchel(rng):
    u = rng.uniform
    W, H = u(40, 52), u(30, 38)
    sk = Sketch()
    _handles(sk, rng, [(-W * 0.15, W * 0.15)], 0, u(8, 12), 3)
    sk.body(rect(-W / 2, 0, W / 2, H, u(2, 6)))
    fy = H * u(0.55, 0.7)
    flap = path((-W / 2, 1), (-W / 2 + 1, fy - 3), Q(-W / 2 + 1, fy, -W / 2 + 4, fy), (W / 2 - 4, fy),
                Q(W / 2 - 1, fy, W / 2 - 1, fy - 3), (W / 2, 1))
    sk.detail(flap, optional=False)
    for x in (-W * 0.25, W * 0.25) if rng.random() < 0.6 else (0,):
        sk.detail(np.array([(x, fy - 10), (x, fy + 4)]))
        sk.detail(rect(x - 3, fy - 2, x + 3, fy + 3), closed=True)
    sk.anchors.update(tag=_p(W * 0.15, 0))
    return sk


BAG_CUTS = (handbag, tote, box_bag, shopping_bag, backpack, clutch, crossbody, on_wall_hook, bucket, doctor_bag, satchel)


def bag_show(rng: np.random.Generator, cut) -> Sketch:
    sk = cut(rng)
    if rng.random() < 0.12 and "tag" in sk.anchors:
        price_tag(sk, rng, sk.anchors["tag"], rng.uniform(60, 150))
    return sk


# --------------------------------------------------------------------------------------------
# The designs: each class's cuts in each of its views. A view's weight is its share of the
# class's drawings; cuts share their view's weight equally.


def _clothes(cuts, views, extras=()):
    designs = []
    for view, weight in views:
        for cut in cuts:
            share = getattr(cut, "weight", 1.0) / sum(getattr(c, "weight", 1.0) for c in cuts)
            designs.append((f"{cut.__name__}/{view}", weight * share,
                            lambda rng, c=cut, v=view: show_top(rng, c, v)))
    for name, weight, fn in extras:
        designs.append((name, weight, fn))
    return designs


def _shoes(singles, weight_each, above=False):
    return [(f"{name}", weight_each, lambda rng, s=single: shoe_show(rng, s, above=above)) for name, single in singles]


def _kinds(fn, kinds):
    return [(f"{fn.__name__}/{k}", (lambda rng, k=k: fn(rng, k))) for k in kinds]


DESIGNS: tuple[list, ...] = (
    # T-shirt/top
    _clothes(TSHIRT_CUTS, [("front", 0.62), ("hanger", 0.2), ("turned", 0.06)],
             [("tee/folded", 0.12, lambda rng: folded(rng, "tee"))]),
    # Trouser
    [(f"{cut.__name__}/front", 0.7 / len(TROUSER_CUTS), lambda rng, c=cut: _tagged(rng, c(rng), 0.08))
     for cut in TROUSER_CUTS]
    + [("trousers/clip_hanger", 0.22, on_clip_hanger), ("trousers/over_bar", 0.08, over_bar)],
    # Pullover
    _clothes(PULLOVER_CUTS, [("front", 0.6), ("hanger", 0.22), ("turned", 0.06)],
             [("pullover/folded", 0.12, lambda rng: folded(rng, "pullover"))]),
    # Dress
    _clothes(DRESS_CUTS, [("front", 0.62), ("hanger", 0.26), ("turned", 0.04)],
             [("dress/dress_form", 0.08, dress_form)]),
    # Coat
    _clothes(COAT_CUTS, [("front", 0.66), ("hanger", 0.28), ("turned", 0.06)]),
    # Sandal
    _shoes(_kinds(sandal, ["flat", "heeled", "wedge", "gladiator", "sport", "platform", "mule"]), 0.75 / 7)
    + _shoes(_kinds(sandal_above, ["flipflop", "slide", "cross", "strappy"]), 0.25 / 4, above=True),
    # Shirt
    _clothes(SHIRT_CUTS, [("front", 0.62), ("hanger", 0.26), ("turned", 0.04)],
             [("shirt/folded", 0.08, lambda rng: folded(rng, "shirt"))]),
    # Sneaker
    _shoes(_kinds(sneaker, ["classic", "runner", "canvas", "chunky", "court", "skate", "slipon", "velcro"]), 0.82 / 8)
    + _shoes([("sneaker/three_quarter", sneaker_34)], 0.18),
    # Bag
    [(cut.__name__, 1.0 / len(BAG_CUTS), lambda rng, c=cut: bag_show(rng, c)) for cut in BAG_CUTS],
    # Ankle boot
    _shoes(_kinds(boot, ["block", "chelsea", "combat", "stiletto", "zip", "hiker", "wedge", "western", "winter"]), 0.82 / 9)
    + _shoes([("boot/three_quarter", boot_34)], 0.18),
)
SHOE_CLASSES = (5, 7, 9)


def _tagged(rng: np.random.Generator, sk: Sketch, chance: float) -> Sketch:
    if rng.random() < chance and "loop" in sk.anchors:
        price_tag(sk, rng, sk.anchors["loop"], rng.uniform(30, 80))
    return sk


def designs_per_class() -> list[int]:
    return [len(designs) for designs in DESIGNS]


def draw(label: int, style: str, rng: np.random.Generator) -> np.ndarray:
    """One drawing of class `label` in `style`."""
    designs = DESIGNS[label]
    weights = np.array([w for _, w, _ in designs], dtype=float)
    index = int(rng.choice(len(designs), p=weights / weights.sum()))
    sketch = designs[index][2](rng)
    if label in SHOE_CLASSES:
        flip = rng.random() < 0.35
    else:
        flip = rng.random() < 0.5
    return render(sketch, style, rng, flip=flip)


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """`count_per_class` drawings of each class (280x280 uint8, white on black), their labels, and
    their styles, which take turns within each class. The same seed gives the same drawings."""
    styles = tuple(styles)
    if not styles:
        raise ValueError("styles is empty: give at least one of " + ", ".join(STYLES))
    for style in styles:
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}: expected one of {STYLES}")
    n_classes = len(DESIGNS)
    images = np.zeros((n_classes * count_per_class, CANVAS, CANVAS), dtype=np.uint8)
    kinds: list[str] = []
    for label in range(n_classes):
        for i in range(count_per_class):
            style = styles[(i + label) % len(styles)]
            rng = np.random.default_rng([seed, label, i, 5303])
            images[label * count_per_class + i] = draw(label, style, rng)
            kinds.append(style)
    labels = np.repeat(np.arange(n_classes), count_per_class).astype(np.int64)
    return images, labels, kinds


def _sheet(images: np.ndarray, columns: int) -> Image.Image:
    rows = math.ceil(len(images) / columns)
    cell = CANVAS // 2
    sheet = Image.new("L", (columns * (cell + 4), rows * (cell + 4)), 90)
    for k, image in enumerate(images):
        tile = Image.fromarray(image).resize((cell, cell), Image.Resampling.BILINEAR)
        sheet.paste(tile, ((k % columns) * (cell + 4) + 2, (k // columns) * (cell + 4) + 2))
    return sheet


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--preview", help="write a sheet of the drawings (a class a row) to this PNG")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    images, labels, styles = make(args.per_class, seed=args.seed)
    seconds = time.perf_counter() - start
    from .config import CLASS_NAMES
    print(f"{len(images)} drawings in {seconds:.2f}s ({1000 * seconds / len(images):.1f} ms each); designs per class: "
          + ", ".join(f"{name} {n}" for name, n in zip(CLASS_NAMES, designs_per_class())) + f" ({sum(designs_per_class())} in all)")
    ink = (images > 127).mean(axis=(1, 2))
    for style in STYLES:
        chosen = np.array(styles) == style
        print(f"  {style}: ink {ink[chosen].mean():.3f} (min {ink[chosen].min():.3f}, max {ink[chosen].max():.3f})")
    if args.preview:
        _sheet(images, args.per_class).save(args.preview)
        print(f"wrote {args.preview}")


if __name__ == "__main__":
    main()
