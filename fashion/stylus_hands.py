"""Stylus hands: Fashion-MNIST's ten classes as teenagers who like fashion sketch them on a
tablet or phone, with a stylus or a finger, from the clothes they wear.

The app's canvas is drawn on by people the network has never seen; many of them are young and
know today's clothes well: oversized tees, crop tops, hoodies with a kangaroo pocket, puffers,
cargo pants, chunky sneakers, chelsea boots, tote bags. They draw quickly and loosely, the way
a fashion sketch is made: a garment built from several separate strokes rather than one closed
contour, lines gone over twice or three times slightly offset, corners that overshoot, small
gaps, a slightly crooked or perspective view, a sleeve that hangs or bends, a crease. Each
drawing is either an outline or the shape painted in (solid or scribbled) with the details left
as dark lines through the paint. Garments are built at real proportions (in centimetres), then
handled by a randomly drawn hand: size, place, tilt, brush, wobble and how sketchy it is.
"""
from __future__ import annotations

import argparse
import math
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageChops, ImageDraw

STYLES = ("outline", "filled")
SIZE = 280                      # the canvas, as the app hands it over
_UP = 2                         # drawn at twice the size, then averaged down: antialiased strokes
_BIG = SIZE * _UP
_STEP = 9.0                     # stroke points every this many (2x) pixels: smooth wobble, cheap lines


# --------------------------------------------------------------------------------------------
# Geometry in garment units (centimetres, y pointing down)

def _pts(*parts) -> np.ndarray:
    """Points and point arrays joined into one (n, 2) array, repeated neighbours dropped."""
    joined = np.concatenate([np.atleast_2d(np.asarray(part, dtype=float)) for part in parts])
    keep = np.ones(len(joined), dtype=bool)
    keep[1:] = np.abs(np.diff(joined, axis=0)).sum(axis=1) > 1e-6
    return joined[keep]


def _bez(p0, c, p1, n: int = 9) -> np.ndarray:
    """Quadratic Bezier from p0 to p1 pulled towards c."""
    t = np.linspace(0, 1, n)[:, None]
    p0, c, p1 = (np.asarray(p, dtype=float) for p in (p0, c, p1))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * c + t ** 2 * p1


def _arc(cx, cy, rx, ry, a0, a1, n: int = 14) -> np.ndarray:
    """Elliptic arc, angles in degrees (0 = right, 90 = down)."""
    a = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(a), cy + ry * np.sin(a)], axis=1)


def _ellipse(cx, cy, rx, ry, n: int = 18) -> np.ndarray:
    return _arc(cx, cy, rx, ry, 0, 360, n + 1)[:-1]


def _rect(x0, y0, x1, y1) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], dtype=float)


def _flip(p) -> np.ndarray:
    p = np.array(p, dtype=float)
    p[:, 0] *= -1
    return p


def _along(p: np.ndarray, t: float) -> np.ndarray:
    """The point a fraction t of the way along polyline p."""
    d = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(p, axis=0).T))])
    at = t * d[-1]
    return np.array([np.interp(at, d, p[:, 0]), np.interp(at, d, p[:, 1])])


def _part(p: np.ndarray, t0: float, t1: float, n: int = 8) -> np.ndarray:
    return np.array([_along(p, t) for t in np.linspace(t0, t1, n)])


def _offset(p: np.ndarray, dist: float) -> np.ndarray:
    """Polyline p moved sideways by dist (to its left, y down: positive is towards -normal)."""
    tangent = np.gradient(p, axis=0)
    tangent /= np.maximum(np.hypot(*tangent.T), 1e-9)[:, None]
    return p + dist * np.stack([tangent[:, 1], -tangent[:, 0]], axis=1)


def _bumpy(p: np.ndarray, depth: float, count: int, away) -> np.ndarray:
    """Polyline p as a row of `count` puffs bulging away from point `away` (puffer, fleece, fur)."""
    q = np.array([_along(p, t) for t in np.linspace(0, 1, count * 6 + 1)])
    normal = np.gradient(q, axis=0)
    normal = np.stack([normal[:, 1], -normal[:, 0]], axis=1)
    normal /= np.maximum(np.hypot(*normal.T), 1e-9)[:, None]
    if np.dot(normal[len(q) // 2], q[len(q) // 2] - np.asarray(away, dtype=float)) < 0:
        normal = -normal
    bulge = np.abs(np.sin(np.linspace(0, count * np.pi, len(q)))) ** 0.7
    return q + normal * (depth * bulge)[:, None]


def _zigzag(p0, p1, teeth: int, depth: float) -> np.ndarray:
    """A zigzag from p0 to p1 (fur, lace, pinking), `depth` either side."""
    p0, p1 = np.asarray(p0, dtype=float), np.asarray(p1, dtype=float)
    t = np.linspace(0, 1, 2 * teeth + 1)[:, None]
    d = p1 - p0
    n = np.array([-d[1], d[0]]) / max(np.hypot(*d), 1e-9)
    return p0 + t * d + n * depth * np.where(np.arange(len(t)) % 2, 1, -1)[:, None]


def _wave(p0, p1, waves: float, depth: float, n: int = 24) -> np.ndarray:
    p0, p1 = np.asarray(p0, dtype=float), np.asarray(p1, dtype=float)
    t = np.linspace(0, 1, n)[:, None]
    d = p1 - p0
    normal = np.array([-d[1], d[0]]) / max(np.hypot(*d), 1e-9)
    return p0 + t * d + normal * depth * np.sin(2 * np.pi * waves * t)


# --------------------------------------------------------------------------------------------
# A drawing as the student builds it: pieces in the order they are drawn

class _Sketch:
    """Pieces in garment units. A body is a closed shape (painted in the filled style, and in the
    outline style it hides what was drawn behind it); a line is a detail (a stroke on the outline,
    a gap left in the paint); a strap is a thin part drawn as one stroke in both styles (a handle,
    a sandal strap, a drawstring); a hole is an opening left unpainted (a handle's hole)."""

    def __init__(self, rng: np.random.Generator, fat: float = 0.05):
        self.r = rng
        self.fat = fat          # the brush as a fraction of the drawing's size: the hand adapts to it
        self.items: list[tuple] = []

    def u(self, low: float, high: float) -> float:
        return float(self.r.uniform(low, high))

    def chance(self, p: float) -> bool:
        return bool(self.r.random() < p)

    def pick(self, options):
        return options[int(self.r.integers(len(options)))]

    def body(self, pts, outline=None) -> None:
        """`outline`: the open polylines a hand strokes around it, if not its whole contour."""
        self.items.append(("body", _pts(pts), True, False, False, outline))

    def hole(self, pts) -> None:
        self.items.append(("hole", _pts(pts), True, False, False, None))

    def line(self, pts, closed: bool = False, minor: bool = False, inner: bool = False) -> None:
        """`inner`: the line's ends lie on the outline; painted in, the gap stops short of it."""
        self.items.append(("line", _pts(pts), closed, minor, inner, None))

    def strap(self, pts, closed: bool = False) -> None:
        self.items.append(("strap", _pts(pts), closed, False, False, None))

    def dot(self, x: float, y: float, minor: bool = True) -> None:
        self.items.append(("line", np.array([[x, y]], dtype=float), False, minor, False, None))


# --------------------------------------------------------------------------------------------
# The hand: one per drawing

@dataclass
class _Hand:
    brush: float        # stroke width, 2x pixels
    gap: float          # width of the unpainted details in the filled style, 2x pixels
    size: float         # the drawing's longest side, 2x pixels
    wobble: float       # sideways wander of a stroke, 2x pixels
    bow: float          # how far a stroke bows, as a fraction of its length
    over: float         # how far strokes run past a corner, 2x pixels
    offset: float       # how far a stroke gone over again lands from the first, 2x pixels
    repeat: float       # chance of going over a stroke again
    merge: float        # chance of carrying a stroke on round a corner
    breaks: float       # chance of a small gap inside a stroke
    solid: bool         # filled style: painted solid, or scribbled back and forth
    edged: bool         # filled style: the shape outlined (sketchily) before it is painted in
    spacing: float      # scribble's step between strokes, as a fraction of the brush
    angle: float        # scribble direction, radians
    drop_minor: float   # chance of leaving out a small detail (buttons, eyelets): thick brushes


def _hand(rng: np.random.Generator) -> _Hand:
    # The app's brush starts at 18 px: most leave it there, the rest pick anything from thin to fat.
    if rng.random() < 0.5:
        brush = float(np.clip(rng.normal(18, 2.5), 12, 24))
    else:
        brush = math.exp(rng.uniform(math.log(6), math.log(36)))
    # A fat finger-brush makes people draw big: nobody squeezes a coat into 100 px with 36 px lines.
    low = max(0.35, brush * 9.5 / SIZE)
    high = max(low, min(0.95, (SIZE - brush - 10) / SIZE))
    size = rng.uniform(low, high) * SIZE
    return _Hand(
        brush=brush * _UP,
        gap=max(brush * rng.uniform(0.3, 0.65), size * rng.uniform(0.016, 0.028)) * _UP,
        size=size * _UP,
        wobble=(rng.uniform(0.3, 2.2) + size * 0.004) * _UP,
        bow=rng.uniform(0.0, 0.035),
        over=rng.uniform(0.0, 0.05) * size * _UP,
        offset=(rng.uniform(0.15, 0.5) * min(brush, 12) + rng.uniform(0.5, 2.5)) * _UP,
        repeat=rng.uniform(0.0, 0.75),
        merge=rng.uniform(0.05, 0.6),
        breaks=rng.uniform(0.0, 0.25),
        solid=bool(rng.random() < 0.45),
        edged=bool(rng.random() < 0.8),
        spacing=rng.uniform(0.42, 0.62),
        angle=rng.uniform(-math.pi, math.pi),
        drop_minor=float(np.clip((brush / size - 0.05) * 7, 0, 0.85)),
    )


# --------------------------------------------------------------------------------------------
# Placing the drawing on the canvas

def _placement(sketch: _Sketch, hand: _Hand, rng: np.random.Generator):
    """A function from garment units to canvas pixels (2x): the drawing's size, place, tilt,
    aspect, a touch of perspective, and a smooth warp that makes it a little uneven."""
    parts = [item[1] for item in sketch.items]
    parts += [np.asarray(o, dtype=float) for item in sketch.items if item[5] for o in item[5]]
    every = np.concatenate(parts)
    low, high = every.min(axis=0), every.max(axis=0)
    centre, span = (low + high) / 2, max(float((high - low).max()), 1e-6)
    aspect = np.exp(rng.normal(0, 0.07, 2))
    perspective, shear = rng.normal(0, 0.12), rng.normal(0, 0.05)
    warp = rng.uniform(0.004, 0.022)
    freq = rng.uniform(2.0, 5.0, 2)
    phase = rng.uniform(0, 2 * np.pi, 4)
    turn = math.radians(float(np.clip(rng.normal(0, 6), -15, 15)))
    rotation = np.array([[math.cos(turn), -math.sin(turn)], [math.sin(turn), math.cos(turn)]])

    def shape(p: np.ndarray) -> np.ndarray:
        q = (np.asarray(p, dtype=float) - centre) / span * aspect
        x = q[:, 0] * (1 + perspective * q[:, 1]) + shear * q[:, 1]
        y = q[:, 1]
        x, y = (x + warp * np.sin(freq[0] * y + phase[0]) * np.cos(freq[1] * x + phase[1]),
                y + warp * np.sin(freq[1] * x + phase[2]) * np.cos(freq[0] * y + phase[3]))
        return np.stack([x, y], axis=1) @ rotation.T

    shaped = shape(every)
    lo, hi = shaped.min(axis=0), shaped.max(axis=0)
    margin = hand.brush / 2 + hand.over + 4 * _UP
    scale = hand.size / float((hi - lo).max())
    scale = min(scale, float(((_BIG - 2 * margin) / np.maximum(hi - lo, 1e-6)).min()))
    slack = np.maximum(_BIG - 2 * margin - (hi - lo) * scale, 0)
    # Off-centre as people draw: anywhere it fits, a bit more often near the middle.
    where = margin + slack * np.clip(rng.beta(2.2, 2.2, 2), 0, 1)
    return lambda p: (shape(p) - lo) * scale + where


# --------------------------------------------------------------------------------------------
# Strokes

def _resample(p: np.ndarray, step: float) -> tuple[np.ndarray, float]:
    d = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(p, axis=0).T))])
    if d[-1] < 1e-6:
        return p[:1], 0.0
    t = np.linspace(0, d[-1], max(2, int(d[-1] / step) + 1))
    return np.stack([np.interp(t, d, p[:, 0]), np.interp(t, d, p[:, 1])], axis=1), float(d[-1])


def _pieces(p: np.ndarray, closed: bool, rng: np.random.Generator, merge: float) -> list[np.ndarray]:
    """A contour cut where it turns sharply: a hand draws a shoulder, a sleeve, a side, a hem as
    separate strokes, and sometimes carries one on round a corner."""
    if closed:
        if len(p) > 2 and np.abs(p[0] - p[-1]).sum() < 1e-6:
            p = p[:-1]
        if len(p) < 3:
            return [p]
        seg = np.diff(np.vstack([p[-1:], p, p[:1]]), axis=0)
    else:
        if len(p) < 3:
            return [p]
        seg = np.diff(p, axis=0)
    heading = np.arctan2(seg[:, 1], seg[:, 0])
    turn = np.abs((np.diff(heading) + np.pi) % (2 * np.pi) - np.pi)
    if closed:
        corners = np.flatnonzero(turn > np.radians(38))
        if len(corners) == 0:   # an oval: two or three arcs
            corners = np.sort(rng.choice(len(p), size=min(len(p), int(rng.integers(2, 4))), replace=False))
        start = corners[0]
        p = np.roll(p, -start, axis=0)
        p = np.vstack([p, p[:1]])
        cuts = list(corners - start) + [len(p) - 1]
    else:
        cuts = [0] + list(np.flatnonzero(turn > np.radians(38)) + 1) + [len(p) - 1]
    kept = [cuts[0]] + [c for c in cuts[1:-1] if rng.random() > merge] + [cuts[-1]]
    return [p[a:b + 1] for a, b in zip(kept[:-1], kept[1:]) if b > a]


def _stroke(draw: ImageDraw.ImageDraw, p: np.ndarray, width: float, fill: int, hand: _Hand,
            rng: np.random.Generator, again: bool, trim: float = 0.0, bow: float = 0.0) -> None:
    """One pass of the brush along p: wobbling, bowing by `bow` (a fraction of its length),
    running past its ends or stopping short."""
    q, length = _resample(p, _STEP)
    radius = width / 2
    if length < 0.5 * width:
        x, y = q.mean(axis=0) + rng.normal(0, hand.wobble * 0.3, 2)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
        return
    ends = rng.uniform(-0.35, 1.0, 2) * hand.over - trim
    ends = np.maximum(ends, -0.3 * length)
    start_dir = q[min(2, len(q) - 1)] - q[0]
    end_dir = q[-1] - q[max(-3, -len(q))]
    start_dir /= max(np.hypot(*start_dir), 1e-9)
    end_dir /= max(np.hypot(*end_dir), 1e-9)
    q = np.vstack([q[0] - start_dir * max(ends[0], 0), q, q[-1] + end_dir * max(ends[1], 0)])
    q, length = _resample(q, _STEP)
    t = np.linspace(0, 1, len(q))
    cut = (t * length >= -min(ends[0], 0)) & ((1 - t) * length >= -min(ends[1], 0))
    if again:  # going over a line again rarely covers all of it, and lands a little off
        a, b = rng.uniform(0, 0.3), rng.uniform(0.7, 1.0)
        cut &= (t >= a) & (t <= b)
        shift = np.clip(rng.normal(0, hand.offset, 2), -2 * hand.offset, 2 * hand.offset)
        q = q + shift * min(1.0, length / (3 * hand.brush))
    q, t = q[cut], t[cut]
    if len(q) < 2:
        return
    normal = np.gradient(q, axis=0)
    normal = np.stack([normal[:, 1], -normal[:, 0]], axis=1)
    normal /= np.maximum(np.hypot(*normal.T), 1e-9)[:, None]
    cycles = max(0.5, length / rng.uniform(90, 260))
    sway = (min(bow * length, 0.03 * hand.size) * np.sin(np.pi * t)
            + hand.wobble * np.sin(2 * np.pi * cycles * t + rng.uniform(0, 6.3))
            + rng.normal(0, hand.wobble * 0.06, len(t)))
    q = q + normal * sway[:, None]
    runs = [q]
    if len(q) > 8 and rng.random() < hand.breaks:  # lifted the pen for a moment
        at = int(rng.integers(3, len(q) - 4))
        skip = max(1, int(rng.uniform(0.6, 1.6) * width / _STEP))
        runs = [q[:at], q[at + skip:]]
    for run in runs:
        if len(run) < 2:
            continue
        draw.line(run.ravel().tolist(), fill=fill, width=max(1, int(round(width))))
        # A stylus tip is round: round ends, and round joints (wide plain joints are notched).
        for x, y in run:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def _sketchy(draw, p: np.ndarray, closed: bool, width: float, fill: int, hand: _Hand,
             rng: np.random.Generator, passes: int | None = None, trim: float = 0.0) -> None:
    """A line drawn the way this hand draws: cut into strokes, each gone over once or more."""
    if len(p) == 1:
        _stroke(draw, p, width, fill, hand, rng, False)
        return
    for piece in _pieces(p, closed, rng, hand.merge):
        count = passes or 1 + int(rng.random() < hand.repeat) + int(rng.random() < hand.repeat * 0.4)
        for k in range(count):
            # Going over a line again, the hand bends it much the same way.
            bow = rng.normal(0, hand.bow) if k == 0 else bow + rng.normal(0, hand.bow * 0.3)
            _stroke(draw, piece, width, fill, hand, rng, k > 0, trim, bow)


def _paint(image: Image.Image, polygon: np.ndarray, hand: _Hand, rng: np.random.Generator) -> None:
    """The inside of a shape painted white: solid, or scribbled back and forth with a few gaps."""
    flat = [tuple(point) for point in polygon]
    if len(flat) < 3:
        return
    if hand.solid:
        ImageDraw.Draw(image).polygon(flat, fill=255)
        return
    mask = Image.new("L", image.size, 0)
    # The scribble runs a little past the shape's edge, as a hurried hand does.
    ImageDraw.Draw(mask).polygon(flat, fill=255)
    ImageDraw.Draw(mask).line(flat + flat[:1], fill=255, width=int(hand.brush * rng.uniform(0.2, 0.7)))
    angle = hand.angle + rng.normal(0, 0.12)
    along, across = np.array([math.cos(angle), math.sin(angle)]), np.array([-math.sin(angle), math.cos(angle)])
    pu, pv = polygon @ along, polygon @ across
    width = hand.brush * rng.uniform(0.9, 1.3)
    step = width * hand.spacing
    count = int((pv.max() - pv.min()) / step) + 3
    # Mostly even, with the odd wider step where the hand hurried: the gaps a scribble leaves.
    steps = step * np.where(rng.random(count) < 0.08, rng.uniform(1.3, 1.9, count), rng.uniform(0.85, 1.1, count))
    v = pv.min() - step + np.cumsum(steps)
    reach = rng.uniform(0.0, 0.4, count) * width
    u = np.where(np.arange(count) % 2 == 0, pu.min() - reach, pu.max() + reach)
    zig = u[:, None] * along + v[:, None] * across
    scribble = Image.new("L", image.size, 0)
    ImageDraw.Draw(scribble).line(zig.ravel().tolist(), fill=255, width=int(width))
    image.paste(255, mask=ImageChops.multiply(scribble, mask))


def _render(sketch: _Sketch, style: str, hand: _Hand, rng: np.random.Generator) -> np.ndarray:
    place = _placement(sketch, hand, rng)
    image = Image.new("L", (_BIG, _BIG), 0)
    draw = ImageDraw.Draw(image)
    outline = style == "outline"
    # Painting a shape in, the small things (buttons, eyelets, ribbing) mostly get painted over,
    # and now and then a bigger one too.
    drop = hand.drop_minor if outline else max(hand.drop_minor, 0.7)
    for kind, pts, closed, minor, inner, contour in sketch.items:
        if minor and rng.random() < drop:
            continue
        if kind == "line" and not outline and rng.random() < 0.2:
            continue
        p = place(pts)
        if kind == "body":
            lines = [(place(o), False) for o in contour] if contour else [(p, True)]
            if outline:
                draw.polygon([tuple(point) for point in p], fill=0)   # what is behind it is hidden
                for q, c in lines:
                    _sketchy(draw, q, c, hand.brush, 255, hand, rng)
            else:
                # A scribble is always outlined first; a solid fill sometimes just painted, its edge
                # one pass of the brush.
                edged = hand.edged or not hand.solid
                for q, c in lines:
                    _sketchy(draw, q, c, hand.brush, 255, hand, rng, passes=None if edged else 1)
                _paint(image, p, hand, rng)
        elif kind == "hole":
            draw.polygon([tuple(point) for point in p], fill=0)
            if outline:
                _sketchy(draw, p, True, hand.brush, 255, hand, rng)
        elif kind == "line":
            if outline:
                _sketchy(draw, p, closed, hand.brush, 255, hand, rng)
            else:
                trim = (hand.brush + hand.gap) * 0.6 if inner else 0.0
                _sketchy(draw, p, closed, hand.gap, 0, hand, rng, passes=1, trim=trim)
        else:
            _sketchy(draw, p, closed, hand.brush, 255, hand, rng)
    return np.asarray(image.reduce(_UP), dtype=np.uint8)


# --------------------------------------------------------------------------------------------
# Tops, dresses and coats: a torso with sleeves, built half by half

class _Frame:
    """Where a garment's parts ended up, for the details drawn on it."""

    def __init__(self, **parts):
        self.__dict__.update(parts)

    def hw(self, y: float) -> float:
        """Half the torso's width at height y."""
        return float(np.interp(y, self.side[:, 1], self.side[:, 0]))

    def across(self, y: float, sag: float = 0.0, inset: float = 0.0) -> np.ndarray:
        w = self.hw(y) - inset
        return _bez((-w, y), (0, y + 2 * sag), (w, y), 7)

    def sleeve_across(self, i: int, t: float) -> np.ndarray:
        top, bottom = self.sleeves[i]
        return np.array([_along(top, t), _along(bottom, t)])


def _neckline(neck: str, nw: float, nd: float, rise: float) -> np.ndarray:
    """From the centre front of the neck to the right neck point (nw, 0)."""
    if neck == "v":
        return _pts([0, nd], [nw, 0])
    if neck == "square":
        return _pts([0, nd], [nw * 0.92, nd], [nw, 0])
    if neck == "turtle":   # a collar standing `rise` above the shoulders
        return _pts([0, -rise], [nw * 1.04, -rise], [nw, 0])
    return _bez([0, nd], [nw * 0.9, nd], [nw, 0])     # crew, scoop, boat


def _sleeve(S, A, length: float, cuff: float, angle: float, bend: float, puffy: float):
    """A sleeve from the armhole S (shoulder) - A (armpit), its axis `angle` degrees below the
    horizontal, bent by `bend` at the elbow: (outer edge S..cuff, under edge A..cuff)."""
    S, A = np.asarray(S, dtype=float), np.asarray(A, dtype=float)
    a = math.radians(angle)
    d, n = np.array([math.cos(a), math.sin(a)]), np.array([math.sin(a), -math.cos(a)])
    mid = (S + A) / 2
    if bend:
        b = math.radians(angle + bend)
        d2, n2 = np.array([math.cos(b), math.sin(b)]), np.array([math.sin(b), -math.cos(b)])
        elbow = mid + d * length * 0.5
        ne = (n + n2) / np.hypot(*(n + n2))
        half = (np.hypot(*(S - A)) + cuff) / 4
        end = elbow + d2 * length * 0.5
        top = _pts(S, elbow + ne * half, end + n2 * cuff / 2)
        bottom = _pts(A, elbow - ne * half, end - n2 * cuff / 2)
    else:
        end = mid + d * length
        top, bottom = _pts(S, end + n * cuff / 2), _pts(A, end - n * cuff / 2)
    if puffy:
        top = _bumpy(top, puffy, max(2, int(length / 11)), bottom.mean(axis=0))
        bottom = _bumpy(bottom, puffy * 0.7, max(2, int(length / 13)), top.mean(axis=0))
    return top, bottom


def _poses(s: _Sketch, angle: float, limit: float) -> list[tuple[float, float]]:
    """(angle, bend) of the right and left sleeve: never quite the same, sometimes one bent."""
    poses = []
    for _ in range(2):
        a = float(np.clip(angle + s.r.normal(0, 5), -15, limit))
        poses.append([a, 0.0])
    if s.chance(0.25):
        side = int(s.r.integers(2))
        a = poses[side][0]
        bend = s.u(15, 40) if s.chance(0.7) else -s.u(10, 25)
        poses[side][1] = float(np.clip(a + bend, -30, limit) - a)
    return [tuple(p) for p in poses]


def _top(s: _Sketch, W: float, L: float, *, nw: float = 8.5, nd: float = 4.0, neck: str = "crew",
         sh: float | None = None, slope: float = 4.0, arm: float = 21.0, sides=(), hem: float | None = None,
         sleeve: float | None = None, cuff: float = 14.0, angle: float = 40.0, hem_curve: float = 0.0,
         puffy: float = 0.0, rise: float = 0.0, edge: str = "straight", add: bool = True) -> _Frame:
    """A top (or dress, or coat) laid flat: a torso W wide (half) and L long from the neck point,
    with sleeves `sleeve` long or none; `sides` are (x, y) points between armpit and hem (waist,
    hips, tiers). neck="strap" makes a strapless top edge (camisole, slip dress) at height `arm`."""
    sh = W - 1.0 if sh is None else sh
    hem = W if hem is None else hem
    side = _pts([W, arm], *sides, [hem, L]) if sides else _pts([W, arm], [hem, L])
    first = side[1] - side[0]
    limit = min(86.0, math.degrees(math.atan2(first[1], first[0])) - 8)
    poses = _poses(s, angle, limit) if sleeve else [(0.0, 0.0)] * 2
    halves, sleeves = [], []
    for sign, (a, bend) in zip((1, -1), poses):
        if neck == "strap":
            top = {"straight": _pts([0, nd], [W, arm]),
                   "sweetheart": _pts(_bez([0, nd], [W * 0.3, nd - 4], [W * 0.55, arm - 2], 6),
                                      _bez([W * 0.55, arm - 2], [W * 0.9, arm - 2.5], [W, arm], 5)),
                   "v": _pts([0, nd], [W * 0.55, arm - 3], [W, arm])}[edge]
            armhole = np.empty((0, 2))
        else:
            top = _neckline(neck, nw, nd, rise)
            if sleeve:
                w0 = math.hypot(W - sh, arm - slope)
                # A hanging sleeve folds at the armpit: the shoulder sits out past the body.
                shift = w0 * max(0.0, math.sin(math.radians(a)) - 0.3) * 0.9
                S = np.array([sh + shift, slope + shift * 0.25])
                top = _pts(top, S)
                outer, under = _sleeve(S, [W, arm], sleeve, cuff, a, bend, puffy)
                sleeves.append((outer, under))
                armhole = np.empty((0, 2))
            else:
                top = _pts(top, [sh, slope])
                armhole = _bez([sh, slope], [sh + 0.05 * (W - sh), arm - 0.15 * (arm - slope)], [W, arm], 7)
        down = _bumpy(side, puffy, max(2, int((L - arm) / 12)), [0, (arm + L) / 2]) if puffy else side
        bottom = _pts(down, _bez([hem, L], [hem * 0.5, L + hem_curve], [0, L + hem_curve], 7))
        halves.append((top, armhole, bottom))
    (top_r, hole_r, bottom_r), (top_l, hole_l, bottom_l) = halves
    body = _pts(top_r, hole_r, bottom_r, _flip(bottom_l)[::-1], _flip(hole_l)[::-1], _flip(top_l)[::-1])
    if sleeve and neck != "strap":
        outline = [_pts(_flip(top_l)[::-1], top_r), _pts(bottom_r, _flip(bottom_l)[::-1])]
    else:
        outline = None
    frame = _Frame(W=W, L=L, nw=nw, nd=nd, arm=arm, slope=slope, sh=sh, hem=hem, hem_curve=hem_curve,
                   side=side, body=body, outline=outline, rise=rise, edge=top_r,
                   sleeves=[sleeves[0], (_flip(sleeves[1][0]), _flip(sleeves[1][1]))] if sleeves else [],
                   neck=_pts(_flip(_neckline(neck, nw, nd, rise))[::-1], _neckline(neck, nw, nd, rise)))
    if add:
        _add_top(s, frame)
    return frame


def _add_top(s: _Sketch, f: _Frame) -> None:
    s.body(f.body, f.outline)
    for outer, under in f.sleeves:   # drawn over the body: a hanging sleeve hides the side
        s.body(_pts(outer, under[::-1]), [_pts(outer, under[::-1])])
    if f.sleeves and s.chance(0.3):   # some draw the armhole seams
        for outer, under in f.sleeves:
            s.line([outer[0], under[0]], minor=True, inner=True)


# Details on tops --------------------------------------------------------------------------

def _cuffs(s: _Sketch, f: _Frame, t: float = 0.88, minor: bool = False) -> None:
    for i in range(len(f.sleeves)):
        s.line(f.sleeve_across(i, t), minor=minor, inner=True)


def _band(s: _Sketch, f: _Frame, depth: float, ribs: bool = False) -> None:
    """A hem band (sweatshirt, bomber): a line across above the hem, maybe ribbed."""
    y = f.L - depth
    s.line(f.across(y, sag=f.hem_curve * 0.5), inner=True)
    if ribs:
        w = f.hw(y)
        for x in np.linspace(-w, w, 9)[1:-1]:
            s.line([[x, y + depth * 0.2], [x, f.L - depth * 0.15]], minor=True)


def _neckband(s: _Sketch, f: _Frame, width: float = 2.0) -> None:
    """A ribbed neckband: the neckline again, just below, and the back of the neck above."""
    band = f.neck * [1.0 + width / max(f.nw, 1), 1.0] + [0, width]
    s.line(band, inner=True)
    if s.chance(0.6):
        s.line(_bez([-f.nw, 0], [0, -width * 0.9], [f.nw, 0], 7))


def _placket(s: _Sketch, f: _Frame, y0: float, y1: float, buttons: int, x: float = 0.0,
             double: bool = True) -> None:
    if double:
        s.line([[x - 1.3, y0], [x - 1.3, y1]])
        s.line([[x + 1.3, y0], [x + 1.3, y1]], minor=True)
    else:
        s.line([[x, y0], [x, y1]])
    for y in np.linspace(y0 + 3, y1 - 4, buttons):
        s.dot(x, y)


def _shirt_collar(s: _Sketch, f: _Frame, spread: float = 5.0, drop: float = 7.0) -> None:
    """Two collar points lying on the chest and the collar's band round the back of the neck."""
    nw = f.nw
    for sign in (1, -1):
        s.line([[sign * nw * 1.05, -1.0], [sign * (nw * 0.6 + spread), f.nd + drop],
                [sign * 0.6, f.nd + 0.5]])
    s.line(_bez([-nw * 1.05, -1.0], [0, -3.0], [nw * 1.05, -1.0], 7))


def _lapels(s: _Sketch, f: _Frame, depth: float, width: float = 7.0, notch: bool = True) -> None:
    """Lapels folding back from the neck to the first button at `depth`."""
    for sign in (1, -1):
        tip = [sign * (f.nw + width), depth * 0.35]
        points = [[sign * f.nw * 1.1, -0.5], tip]
        if notch:
            points += [[sign * (f.nw + width * 0.55), depth * 0.38], [sign * (f.nw + width * 0.7), depth * 0.48]]
        points += [[sign * 0.5, depth]]
        s.line(points)
    s.line(_bez([-f.nw * 1.1, -0.5], [0, -3.0], [f.nw * 1.1, -0.5], 7))


def _pocket(s: _Sketch, x: float, y: float, w: float, h: float, flap: bool = False, point: bool = False,
            minor: bool = False) -> None:
    s.line(_rect(x - w / 2, y, x + w / 2, y + h), closed=True, minor=minor)
    if flap:
        if point:
            s.line([[x - w / 2, y], [x - w / 2, y + h * 0.3], [x, y + h * 0.45], [x + w / 2, y + h * 0.3],
                    [x + w / 2, y]], minor=minor)
        else:
            s.line([[x - w / 2, y + h * 0.33], [x + w / 2, y + h * 0.33]], minor=minor)


def _hood(s: _Sketch, f: _Frame, fur: bool = False) -> None:
    """A hood lying behind the shoulders (drawn before the body, which hides its lower part)."""
    rx, ry = f.nw * s.u(1.6, 2.0), s.u(15, 21)
    cy = -ry * 0.35
    if fur:
        outer = _ellipse(0, cy, rx, ry, 40)
        out = np.hypot(outer[:, 0] / rx, (outer[:, 1] - cy) / ry)
        spikes = 1 + np.where(np.arange(len(outer)) % 2, 0.12, -0.02) * s.u(0.8, 1.3)
        outer = np.stack([outer[:, 0] * spikes / out, cy + (outer[:, 1] - cy) * spikes / out], axis=1)
    else:
        outer = _ellipse(0, cy, rx, ry, 22)
    s.body(outer)
    f.hood = (rx, ry, cy)


def _hood_opening(s: _Sketch, f: _Frame, fur: bool = False) -> None:
    rx, ry, cy = f.hood
    inner = _pts(_bez([-f.nw, 0.5], [-f.nw * 0.9, cy - ry * 0.5], [0, cy - ry * 0.55], 6),
                 _bez([0, cy - ry * 0.55], [f.nw * 0.9, cy - ry * 0.5], [f.nw, 0.5], 6))
    if fur:
        s.line(_bumpy(inner, 1.0, 9, [0, 0]))
    else:
        s.line(inner)


def _drawstrings(s: _Sketch, f: _Frame, length: float = 14.0) -> None:
    for sign in (1, -1):
        x = sign * f.nw * s.u(0.35, 0.6)
        s.line([[x, f.nd * 0.6], [x + sign * s.u(-1, 1.5), f.nd + length]])


def _kangaroo(s: _Sketch, f: _Frame) -> None:
    top, bottom = f.L - s.u(26, 32), f.L - s.u(6, 8)
    w = f.hw(bottom) * s.u(0.6, 0.75)
    s.line([[-w, bottom], [-w * 0.7, top], [w * 0.7, top], [w, bottom]])
    if s.chance(0.5):
        s.line([[-w, bottom], [w, bottom]], minor=True)


def _print(s: _Sketch, x: float, y: float, r: float) -> None:
    """A graphic on the chest: what a teenager would put on a tee."""
    kind = s.pick(("circle", "heart", "star", "text", "smile", "box", "flower"))
    if kind == "circle":
        s.line(_ellipse(x, y, r, r), closed=True)
    elif kind == "heart":
        s.line(_pts(_bez([x, y + r], [x - r * 1.6, y - r * 0.1], [x - r * 0.55, y - r * 0.8], 6),
                    _bez([x - r * 0.55, y - r * 0.8], [x, y - r * 0.9], [x, y - r * 0.3], 4),
                    _bez([x, y - r * 0.3], [x, y - r * 0.9], [x + r * 0.55, y - r * 0.8], 4),
                    _bez([x + r * 0.55, y - r * 0.8], [x + r * 1.6, y - r * 0.1], [x, y + r], 6)))
    elif kind == "star":
        a = np.radians(np.arange(11) * 144 - 90)
        s.line(np.stack([x + r * np.cos(a), y + r * np.sin(a)], axis=1))
    elif kind == "text":
        for k in range(int(s.r.integers(1, 4))):
            yy = y - r * 0.6 + k * r * 0.7
            s.line(_wave([x - r * 1.2, yy], [x + r * 1.2, yy], s.u(2, 4), r * 0.12))
    elif kind == "smile":
        s.line(_ellipse(x, y, r, r), closed=True)
        s.line(_arc(x, y, r * 0.55, r * 0.5, 20, 160, 7))
    elif kind == "box":
        s.line(_rect(x - r * 1.2, y - r * 0.8, x + r * 1.2, y + r * 0.8), closed=True)
        s.line([[x - r * 0.8, y], [x + r * 0.8, y]], minor=True)
    else:
        for k in range(5):
            a = math.radians(k * 72)
            s.line(_ellipse(x + r * 0.55 * math.cos(a), y + r * 0.55 * math.sin(a), r * 0.4, r * 0.4, 10),
                   closed=True, minor=True)
        s.dot(x, y, minor=False)


def _crease(s: _Sketch, f: _Frame) -> None:
    """Now and then a fold the student saw in the garment."""
    if s.chance(0.2):
        w = f.hw(f.L * 0.6)
        x0, y0 = s.u(-0.6, 0.2) * w, s.u(0.45, 0.65) * f.L
        s.line(_bez([x0, y0], [x0 + w * 0.3, y0 + s.u(-4, 4)], [x0 + w * s.u(0.5, 0.8), y0 + s.u(2, 9)], 5),
               minor=True)


def _sleeve_lines(s: _Sketch, f: _Frame, ts, minor: bool = False) -> None:
    for i in range(len(f.sleeves)):
        for t in ts:
            s.line(f.sleeve_across(i, t), minor=minor, inner=True)


# --------------------------------------------------------------------------------------------
# 0 T-shirt/top

def _tee(s: _Sketch) -> _Frame:
    f = _top(s, s.u(24, 27), s.u(64, 72), nw=s.u(8, 9.5), nd=s.u(3, 5), slope=s.u(3, 5), arm=s.u(20, 23),
             sleeve=s.u(16, 22), cuff=s.u(14, 17), angle=s.u(22, 45))
    if s.chance(0.6):
        _neckband(s, f)
    if s.chance(0.35):
        _cuffs(s, f, 0.9, minor=True)
    _crease(s, f)
    return f


def _oversized_tee(s: _Sketch) -> None:
    W = s.u(29, 33)
    f = _top(s, W, s.u(64, 72), nw=s.u(9, 10.5), nd=s.u(3, 5), sh=W + s.u(3, 6), slope=s.u(5, 7),
             arm=s.u(25, 29), sleeve=s.u(20, 26), cuff=s.u(18, 22), angle=s.u(40, 62))
    _neckband(s, f, s.u(1.5, 2.5))
    if s.chance(0.5):
        _print(s, 0, s.u(20, 26), s.u(5, 8))
    _crease(s, f)


def _crop_top(s: _Sketch) -> None:
    W = s.u(20, 24)
    f = _top(s, W, s.u(32, 42), nw=s.u(7.5, 9), nd=s.u(3, 8), slope=s.u(3, 4.5), arm=s.u(16, 19),
             sleeve=s.u(8, 15), cuff=s.u(11, 14), angle=s.u(25, 45), hem=W - s.u(0, 2))
    if s.chance(0.5):
        _neckband(s, f, 1.5)


def _tank(s: _Sketch) -> None:
    W, nw = s.u(20, 24), s.u(8, 10.5)
    f = _top(s, W, s.u(58, 68), nw=nw, nd=s.u(11, 17), sh=nw + s.u(3, 5), slope=s.u(1, 3), arm=s.u(20, 26),
             hem=W + s.u(0, 2), hem_curve=s.u(0, 3))
    if s.chance(0.5):
        _neckband(s, f, 1.5)
    _crease(s, f)


def _vneck_tee(s: _Sketch) -> None:
    f = _top(s, s.u(23, 26), s.u(64, 72), nw=s.u(7.5, 9), nd=s.u(11, 16), neck="v", slope=s.u(3, 5),
             arm=s.u(20, 23), sleeve=s.u(16, 21), cuff=s.u(13, 16), angle=s.u(25, 45))
    _neckband(s, f, s.u(1.5, 2.5))


def _graphic_tee(s: _Sketch) -> None:
    _tee(s)
    _print(s, s.u(-2, 2), s.u(20, 28), s.u(5, 9))


def _ringer_tee(s: _Sketch) -> None:
    f = _top(s, s.u(23, 26), s.u(62, 70), nw=s.u(8, 9), nd=s.u(3, 5), slope=s.u(3, 5), arm=s.u(20, 23),
             sleeve=s.u(15, 20), cuff=s.u(13, 16), angle=s.u(25, 40))
    _neckband(s, f, s.u(2, 3))
    _cuffs(s, f, s.u(0.78, 0.85))


def _pocket_tee(s: _Sketch) -> None:
    f = _tee(s)
    side = s.pick((1, -1))
    _pocket(s, side * f.W * s.u(0.4, 0.55), s.u(13, 17), s.u(7, 9), s.u(8, 10))


def _cami(s: _Sketch) -> None:
    W, arm = s.u(18, 22), s.u(1, 4)
    edge = s.pick(("straight", "sweetheart", "v"))
    nd = {"straight": arm + s.u(-1, 1), "sweetheart": arm + s.u(2, 4), "v": arm + s.u(5, 9)}[edge]
    f = _top(s, W, s.u(40, 56), neck="strap", nd=nd, arm=arm, edge=edge, hem=W + s.u(0, 3))
    _straps(s, f)
    if s.chance(0.4):
        s.line(_zigzag([-f.hem * 0.92, f.L - 3], [f.hem * 0.92, f.L - 3], 9, 0.8), minor=True)


def _straps(s: _Sketch, f: _Frame, halter: bool = False) -> None:
    """Thin straps rising from the top edge; laid flat they end in the air or loop back."""
    height = s.u(14, 22)
    for sign in (1, -1):
        x = f.W * s.u(0.45, 0.65)
        y = float(np.interp(x, f.edge[:, 0], f.edge[:, 1]))
        if halter:
            s.strap([[sign * x, y], [sign * s.u(1, 2.5), y - height]])
        elif s.chance(0.5):
            s.strap([[sign * x, y], [sign * (x + s.u(-0.5, 1.5)), y - height]])
        else:
            s.strap([[sign * x, y], [sign * (x + s.u(0, 1)), y - height], [sign * (x + s.u(2, 3.5)), y - height + 1.5]])
    if halter and s.chance(0.6):
        s.strap(_ellipse(0, y - height - 1.5, 2.5, 1.8, 10), closed=True)


def _baby_tee(s: _Sketch) -> None:
    W = s.u(20, 23)
    _top(s, W, s.u(44, 52), nw=s.u(7, 8), nd=s.u(3, 5), slope=s.u(3, 4), arm=s.u(16, 19),
         sides=[(W - s.u(2, 3.5), s.u(30, 36))], hem=W - s.u(0.5, 2), sleeve=s.u(8, 12), cuff=s.u(10, 12),
         angle=s.u(20, 35))


def _longline_tee(s: _Sketch) -> None:
    f = _top(s, s.u(23, 26), s.u(78, 86), nw=s.u(8, 9), nd=s.u(3, 5), slope=s.u(3, 5), arm=s.u(20, 23),
             sleeve=s.u(17, 21), cuff=s.u(13, 16), angle=s.u(25, 45), hem_curve=s.u(3, 7))
    if s.chance(0.5):
        _neckband(s, f)
    _crease(s, f)


def _tie_front(s: _Sketch) -> None:
    f = _top(s, s.u(22, 25), s.u(46, 54), nw=s.u(8, 9), nd=s.u(3, 6), slope=s.u(3, 5), arm=s.u(19, 22),
             sleeve=s.u(14, 19), cuff=s.u(13, 15), angle=s.u(25, 40))
    x = s.u(-6, 6)
    s.line(_ellipse(x, f.L - 2, 2.6, 2.2, 12), closed=True)
    s.strap([[x - 1.5, f.L], [x - s.u(3, 5), f.L + s.u(5, 8)]])
    s.strap([[x + 1.5, f.L], [x + s.u(3, 5), f.L + s.u(4, 7)]])


def _muscle_tee(s: _Sketch) -> None:
    W = s.u(24, 27)
    f = _top(s, W, s.u(64, 72), nw=s.u(8, 9), nd=s.u(3, 5), sh=W - s.u(4, 7), slope=s.u(3, 5),
             arm=s.u(28, 34), hem=W - s.u(0, 1.5))
    if s.chance(0.5):
        _print(s, 0, s.u(22, 28), s.u(5, 7))


def _off_shoulder(s: _Sketch) -> None:
    W = s.u(21, 24)
    f = _top(s, W, s.u(40, 52), nw=W * s.u(0.85, 0.95), nd=s.u(1, 3), slope=s.u(2, 4), sh=W + s.u(1, 3),
             arm=s.u(14, 18), sleeve=s.u(9, 14), cuff=s.u(15, 20), angle=s.u(40, 60))
    s.line(_wave([-f.nw * 0.9, 4.5], [f.nw * 0.9, 4.5], s.u(3, 6), 0.7), minor=True, inner=True)


def _peplum(s: _Sketch) -> None:
    W = s.u(19, 22)
    waist = s.u(32, 38)
    sleeved = s.chance(0.5)
    f = _top(s, W, waist + s.u(12, 18), nw=s.u(7, 8.5), nd=s.u(4, 9), sh=W - (1 if sleeved else s.u(5, 7)),
             slope=s.u(3, 4), arm=s.u(18, 21), sides=[(W - s.u(2, 3.5), waist)], hem=W + s.u(5, 9),
             sleeve=s.u(7, 11) if sleeved else None, cuff=s.u(11, 13), angle=s.u(25, 40), hem_curve=s.u(1, 3))
    s.line(f.across(waist), inner=True)


def _flutter_top(s: _Sketch) -> None:
    W = s.u(20, 23)
    _top(s, W, s.u(50, 60), nw=s.u(7.5, 9), nd=s.u(4, 9), slope=s.u(3, 4), arm=s.u(17, 20),
         sleeve=s.u(10, 14), cuff=s.u(20, 25), angle=s.u(45, 62), hem=W + s.u(0, 2))


# --------------------------------------------------------------------------------------------
# 2 Pullover: long sleeves, no opening, ribbed neck, cuffs and hem

def _sweat(s: _Sketch, W: float | None = None, L: float | None = None, add: bool = True, **kw) -> _Frame:
    W = s.u(25, 29) if W is None else W
    hanging = s.chance(0.5)
    params = dict(nw=s.u(7.5, 9), nd=s.u(3, 5), slope=s.u(4, 6), arm=s.u(21, 25), sleeve=s.u(54, 64),
                  cuff=s.u(9, 12), angle=s.u(60, 82) if hanging else s.u(32, 55), hem=W - s.u(0.5, 2.5))
    params.update(kw)
    return _top(s, W, s.u(60, 70) if L is None else L, add=add, **params)


def _ribbed(s: _Sketch, f: _Frame, hem: float | None = None) -> None:
    _cuffs(s, f, s.u(0.85, 0.9))
    _band(s, f, s.u(5, 7) if hem is None else hem, ribs=s.chance(0.4))


def _sweatshirt(s: _Sketch) -> None:
    f = _sweat(s)
    _neckband(s, f, s.u(1.5, 2.5))
    _ribbed(s, f)
    _crease(s, f)


def _hoodie(s: _Sketch, L: float | None = None, pocket: bool = True) -> _Frame:
    f = _sweat(s, L=L, add=False, nd=s.u(4, 6))
    _hood(s, f)
    _add_top(s, f)
    _hood_opening(s, f)
    _drawstrings(s, f, s.u(10, 16))
    if pocket:
        _kangaroo(s, f)
    _ribbed(s, f)
    return f


def _cropped_hoodie(s: _Sketch) -> None:
    _hoodie(s, L=s.u(42, 50), pocket=False)


def _turtleneck(s: _Sketch, rise: float | None = None, W: float | None = None) -> None:
    f = _sweat(s, W=s.u(22, 25) if W is None else W, neck="turtle", nw=s.u(6, 7.5),
               rise=s.u(6, 10) if rise is None else rise, cuff=s.u(8, 10))
    if f.rise > 5:
        s.line([[-f.nw * 1.02, -f.rise * s.u(0.4, 0.6)], [f.nw * 1.02, -f.rise * s.u(0.4, 0.6)]], inner=True)
    s.line(_bez([-f.nw, 0], [0, 2.5], [f.nw, 0], 6), minor=True)
    _cuffs(s, f, s.u(0.82, 0.88))
    if s.chance(0.5):
        _band(s, f, s.u(4, 6))


def _mock_neck(s: _Sketch) -> None:
    _turtleneck(s, rise=s.u(2.5, 4))


def _rollneck(s: _Sketch) -> None:
    _turtleneck(s, rise=s.u(8, 12), W=s.u(27, 31))


def _cable_knit(s: _Sketch) -> None:
    f = _sweat(s)
    _neckband(s, f, s.u(2, 3))
    _ribbed(s, f, s.u(6, 8))
    top, bottom = f.nd + s.u(5, 9), f.L - s.u(8, 10)
    columns = (0.0,) if f.W < 26 and s.chance(0.4) else (-0.5, 0.0, 0.5)
    waves = (bottom - top) / s.u(7, 10)
    for c in columns:
        x = c * f.W
        s.line(_wave([x, top], [x, bottom], waves, 1.6, 30))
        s.line(_wave([x, top], [x, bottom], waves, -1.6, 30))
        if s.chance(0.5):
            s.line([[x + 3.2, top], [x + 3.2, bottom]], minor=True)
    for i in range(len(f.sleeves)):
        outer, under = f.sleeves[i]
        s.line(_wave(_along(_pts(outer[0], under[0]), 0.5), (_along(outer, 0.8) + _along(under, 0.8)) / 2,
                     4, 1.2, 20), minor=True)


def _vneck_jumper(s: _Sketch) -> None:
    f = _sweat(s, neck="v", nd=s.u(12, 18))
    _neckband(s, f, s.u(2, 3))
    _ribbed(s, f)


def _oversized_knit(s: _Sketch) -> None:
    W = s.u(29, 33)
    f = _sweat(s, W=W, sh=W + s.u(3, 6), arm=s.u(26, 30), sleeve=s.u(48, 56), cuff=s.u(12, 14),
               angle=s.u(55, 80), hem=W - s.u(1, 3))
    _neckband(s, f, s.u(2, 3))
    _cuffs(s, f, s.u(0.8, 0.85))
    _band(s, f, s.u(7, 10), ribs=True)


def _striped_sweater(s: _Sketch) -> None:
    f = _sweat(s)
    _neckband(s, f)
    count = int(s.r.integers(3, 7))
    for y in np.linspace(f.arm - 4, f.L - 7, count):
        s.line(f.across(y), inner=True)
    _sleeve_lines(s, f, np.linspace(0.25, 0.8, max(2, count - 2)))
    _band(s, f, s.u(4, 6))


def _graphic_sweat(s: _Sketch) -> None:
    f = _sweat(s)
    _neckband(s, f, s.u(1.5, 2.5))
    _ribbed(s, f)
    _print(s, s.u(-2, 2), s.u(18, 26), s.u(5, 9))


def _raglan(s: _Sketch) -> None:
    f = _sweat(s, angle=s.u(30, 60))
    _neckband(s, f, s.u(1.5, 2.5))
    for outer, under in f.sleeves:
        sign = 1 if under[0][0] > 0 else -1
        s.line([[sign * f.nw * 0.95, 1.0], under[0]], inner=True)
    _ribbed(s, f)


def _fair_isle(s: _Sketch) -> None:
    f = _sweat(s)
    _neckband(s, f, s.u(2, 3))
    y = s.u(13, 19)
    s.line(f.across(y), inner=True)
    s.line(f.across(y + 6), inner=True)
    w = f.hw(y + 3) * 0.9
    s.line(_zigzag([-w, y + 3], [w, y + 3], int(s.r.integers(5, 9)), 1.6))
    _ribbed(s, f)


# --------------------------------------------------------------------------------------------
# 4 Coat: long sleeves and a front opening, always

def _coat(s: _Sketch, W: float, L: float, add: bool = True, **kw) -> _Frame:
    hanging = s.chance(0.55)
    params = dict(nw=s.u(7.5, 9), nd=s.u(4, 7), slope=s.u(3.5, 5.5), arm=s.u(22, 26), sleeve=s.u(56, 64),
                  cuff=s.u(11, 14), angle=s.u(58, 82) if hanging else s.u(32, 55))
    params.update(kw)
    return _top(s, W, L, add=add, **params)


def _zip(s: _Sketch, f: _Frame, y0: float, x: float = 0.0) -> None:
    s.line([[x, y0], [x, f.L + f.hem_curve]])
    if s.chance(0.6):
        s.line(_rect(x - 0.9, y0 + 1.5, x + 0.9, y0 + 5), closed=True, minor=True)


def _puffer(s: _Sketch) -> None:
    W, L = s.u(27, 31), s.u(56, 74)
    f = _coat(s, W, L, neck="turtle", rise=s.u(4, 7), nw=s.u(7.5, 9), arm=s.u(22, 26), puffy=s.u(1.2, 2.2),
              cuff=s.u(12, 15), hem=W - s.u(0, 2))
    _zip(s, f, -f.rise)
    count = max(3, int((L - f.arm) / s.u(9, 12)))
    for y in np.linspace(f.arm - 6, L - 5, count):
        s.line(f.across(y, sag=s.u(0, 1)), inner=True)
    _sleeve_lines(s, f, np.linspace(0.22, 0.82, int(s.r.integers(3, 5))))


def _trench(s: _Sketch) -> None:
    W, L = s.u(23, 26), s.u(95, 112)
    waist = s.u(38, 44)
    f = _coat(s, W, L, nw=s.u(7, 8.5), nd=s.u(18, 24), neck="v", sides=[(W - s.u(0.5, 1.5), waist)],
              hem=W + s.u(5, 9), cuff=s.u(11, 13))
    _lapels(s, f, f.nd, s.u(6, 8))
    for y in (f.nd + 3, f.nd + 11):
        s.dot(-4.5, y)
        s.dot(4.5, y)
    s.line([[W * 0.2, f.nd], [W * 0.25 + 1, L]])
    s.line(f.across(waist - 1.5), inner=True)
    s.line(f.across(waist + 1.5), inner=True)
    s.line(_rect(-2, waist - 2.2, 2, waist + 2.2), closed=True, minor=True)
    if s.chance(0.6):
        s.strap([[1.5, waist], [s.u(3, 6), waist + s.u(10, 15)]])
    _cuffs(s, f, 0.8, minor=True)


def _parka(s: _Sketch) -> None:
    W, L = s.u(27, 30), s.u(80, 92)
    f = _coat(s, W, L, add=False, nw=s.u(7.5, 8.5), nd=s.u(4, 6), hem=W + s.u(0, 3))
    _hood(s, f, fur=True)
    _add_top(s, f)
    _hood_opening(s, f, fur=True)
    _zip(s, f, f.nd)
    for sign in (1, -1):
        _pocket(s, sign * W * s.u(0.45, 0.55), L - s.u(28, 32), s.u(10, 12), s.u(11, 14), flap=True)
    if s.chance(0.5):
        s.line(f.across(L * 0.5), minor=True, inner=True)
    _cuffs(s, f, 0.9, minor=True)


def _denim_jacket(s: _Sketch) -> None:
    W, L = s.u(25, 28), s.u(50, 57)
    f = _coat(s, W, L, nw=s.u(7.5, 8.5), nd=s.u(5, 8), neck="v", hem=W - s.u(0, 1), cuff=s.u(11, 13))
    _shirt_collar(s, f, s.u(5, 7), s.u(6, 9))
    _placket(s, f, f.nd, L, 5, double=False)
    for sign in (1, -1):
        x = sign * W * s.u(0.45, 0.55)
        _pocket(s, x, f.nd + s.u(4, 7), s.u(8, 10), s.u(9, 11), flap=True, point=True)
        s.line([[x, f.nd + 18], [x, L - 6]], minor=True)
    _band(s, f, s.u(5, 7))
    _cuffs(s, f, 0.88)


def _bomber(s: _Sketch) -> None:
    W, L = s.u(27, 30), s.u(50, 58)
    f = _coat(s, W, L, nw=s.u(7.5, 8.5), nd=s.u(4, 7), hem=W - s.u(2, 4), cuff=s.u(10, 12))
    _neckband(s, f, s.u(2, 3))
    _zip(s, f, f.nd)
    _band(s, f, s.u(5, 7), ribs=s.chance(0.5))
    _cuffs(s, f, s.u(0.84, 0.9))
    if s.chance(0.5):
        p = f.sleeve_across(1, 0.3).mean(axis=0)
        s.line(_rect(p[0] - 2.5, p[1] - 2, p[0] + 2.5, p[1] + 2), closed=True, minor=True)


def _wool_coat(s: _Sketch) -> None:
    W, L = s.u(24, 27), s.u(88, 105)
    f = _coat(s, W, L, nw=s.u(7, 8.5), nd=s.u(20, 28), neck="v", hem=W + s.u(1, 4))
    _lapels(s, f, f.nd, s.u(6, 8))
    s.line([[1.5, f.nd], [1.5, L]])
    for k in range(int(s.r.integers(2, 4))):
        s.dot(-1.5, f.nd + 2 + k * 10)
    for sign in (1, -1):
        x = sign * W * 0.55
        s.line([[x - sign * 4, L * 0.6 + 1], [x + sign * 4, L * 0.6 - 1]], minor=True)


def _zip_hoodie(s: _Sketch) -> None:
    f = _sweat(s, add=False, nd=s.u(4, 6))
    _hood(s, f)
    _add_top(s, f)
    _hood_opening(s, f)
    _drawstrings(s, f, s.u(10, 15))
    _zip(s, f, f.nd)
    y = f.L - s.u(22, 28)
    for sign in (1, -1):
        s.line(_bez([sign * 3, y], [sign * f.W * 0.3, y + 1], [sign * f.W * 0.6, y + 12], 6), minor=True)
    _ribbed(s, f)


def _blazer(s: _Sketch) -> None:
    W, L = s.u(24, 26), s.u(62, 72)
    f = _coat(s, W, L, nw=s.u(7, 8), nd=s.u(28, 36), neck="v", hem_curve=-s.u(2, 5), cuff=s.u(11, 12.5))
    _lapels(s, f, f.nd, s.u(6, 8))
    s.line([[0, f.nd], [0, L - f.hem_curve * 0.3]])
    s.dot(0.5, f.nd + 1.5, minor=False)
    for sign in (1, -1):
        x = sign * W * 0.55
        s.line([[x - 5, L - 18], [x + 5, L - 18]])
    s.line([[-W * 0.55 - 4, 20], [-W * 0.55 + 3, 20]], minor=True)


def _biker(s: _Sketch) -> None:
    W, L = s.u(25, 28), s.u(46, 54)
    f = _coat(s, W, L, nw=s.u(7, 8), nd=s.u(6, 9), neck="v", cuff=s.u(10, 12))
    s.line([[-f.nw * 0.4, 1.5], [W * 0.3, f.nd + s.u(10, 14)], [W * 0.3, L]])
    for sign in (1, -1):
        s.line([[sign * f.nw, -0.5], [sign * (f.nw + s.u(7, 10)), s.u(8, 12)], [sign * W * 0.25, f.nd + 12]])
    _band(s, f, s.u(4, 5))
    s.line(_rect(W * 0.55, L - 4.5, W * 0.55 + 3.5, L - 0.5), closed=True, minor=True)
    for sign in (1, -1):
        s.line([[sign * W * 0.35, L - 20], [sign * W * 0.7, L - 12]], minor=True)


def _varsity(s: _Sketch) -> None:
    W, L = s.u(27, 30), s.u(54, 62)
    f = _coat(s, W, L, nw=s.u(7.5, 8.5), nd=s.u(5, 8), hem=W - s.u(1.5, 3))
    _neckband(s, f, s.u(2, 3))
    s.line([[0, f.nd], [0, L]])
    for y in np.linspace(f.nd + 3, L - 9, 5):
        s.dot(0, y)
    _band(s, f, s.u(5, 7), ribs=s.chance(0.5))
    _cuffs(s, f, 0.88)
    for outer, under in f.sleeves:
        s.line([outer[0], under[0]], inner=True)
    x, y, r = -W * 0.5, s.u(16, 20), s.u(3.5, 5)
    s.line([[x - r * 0.8, y + r], [x, y - r], [x + r * 0.8, y + r]])
    s.line([[x - r * 0.4, y + r * 0.2], [x + r * 0.4, y + r * 0.2]], minor=True)


def _raincoat(s: _Sketch) -> None:
    W, L = s.u(26, 29), s.u(75, 90)
    f = _coat(s, W, L, add=False, nw=s.u(7.5, 8.5), nd=s.u(4, 6), hem=W + s.u(1, 4))
    _hood(s, f)
    _add_top(s, f)
    _hood_opening(s, f)
    _zip(s, f, f.nd)
    s.line([[2.5, f.nd + 1], [2.5, L]], minor=True)
    for sign in (1, -1):
        s.line([[sign * W * 0.35, L - 26], [sign * W * 0.75, L - 26]])
    if s.chance(0.5):
        s.strap([[-W * 0.4, L], [-W * 0.45, L + 5]])


def _teddy(s: _Sketch) -> None:
    W, L = s.u(27, 30), s.u(55, 66)
    f = _coat(s, W, L, nw=s.u(7.5, 8.5), nd=s.u(5, 8), neck="v", puffy=s.u(0.6, 1.0), cuff=s.u(12, 14))
    _shirt_collar(s, f, s.u(5, 7), s.u(5, 8))
    _zip(s, f, f.nd)
    for sign in (1, -1):
        _pocket(s, sign * W * 0.5, L - s.u(22, 26), s.u(9, 11), s.u(10, 12), flap=s.chance(0.5))


def _peacoat(s: _Sketch) -> None:
    W, L = s.u(26, 29), s.u(70, 82)
    f = _coat(s, W, L, nw=s.u(7.5, 8.5), nd=s.u(16, 22), neck="v", hem=W + s.u(0, 2))
    _lapels(s, f, f.nd, s.u(8, 10))
    s.line([[W * 0.25, f.nd], [W * 0.25, L]])
    for k in range(3):
        for x in (-5, 5):
            s.dot(x, f.nd + 3 + k * 8)
    for sign in (1, -1):
        s.line([[sign * W * 0.4, L * 0.62], [sign * W * 0.75, L * 0.62 - 2]], minor=True)


def _duster(s: _Sketch) -> None:
    W, L = s.u(24, 27), s.u(95, 115)
    f = _coat(s, W, L, nw=s.u(7, 8), nd=s.u(26, 34), neck="v", hem=W + s.u(2, 5))
    gap = s.u(2.5, 5)
    s.hole([[0, f.nd - 0.5], [gap, L + 1.5], [-gap, L + 1.5]])
    for sign in (1, -1):
        s.line([[sign * f.nw * 1.25, -0.3], [sign * 2.2, f.nd + 4], [sign * (gap + 1.5), L]], minor=s.chance(0.5))
        _pocket(s, sign * W * 0.55, L * 0.58, s.u(9, 11), s.u(10, 13))


# --------------------------------------------------------------------------------------------
# 6 Shirt: collar, button placket; long or short sleeves

def _shirt(s: _Sketch, W: float | None = None, L: float | None = None, long: bool = True,
           add: bool = True, **kw) -> _Frame:
    W = s.u(24, 27) if W is None else W
    params = dict(nw=s.u(7, 8), nd=s.u(4, 7), neck="v", slope=s.u(3.5, 5), arm=s.u(21, 24),
                  sleeve=s.u(56, 64) if long else s.u(18, 24), cuff=s.u(10, 12) if long else s.u(14, 17),
                  angle=(s.u(58, 82) if s.chance(0.5) else s.u(35, 55)) if long else s.u(25, 45),
                  hem_curve=s.u(2, 6))
    params.update(kw)
    return _top(s, W, s.u(70, 78) if L is None else L, add=add, **params)


def _button_down(s: _Sketch) -> _Frame:
    f = _shirt(s)
    _shirt_collar(s, f, s.u(4, 6), s.u(5, 8))
    _placket(s, f, f.nd, f.L + f.hem_curve, int(s.r.integers(5, 8)), double=s.chance(0.6))
    _cuffs(s, f, s.u(0.86, 0.9))
    _crease(s, f)
    return f


def _flannel(s: _Sketch) -> None:
    f = _button_down(s)
    for x in (-0.7, -0.35, 0.35, 0.7):
        s.line([[x * f.W, f.nd + 2], [x * f.W, f.L - 1]], inner=True)
    for y in np.linspace(f.arm - 2, f.L - 12, int(s.r.integers(3, 5))):
        s.line(f.across(y), inner=True)
    _sleeve_lines(s, f, (0.35, 0.6))
    for sign in (1, -1):
        _pocket(s, sign * f.W * 0.5, f.nd + 5, 8, 9, flap=True, minor=True)


def _camp_shirt(s: _Sketch, L: float | None = None) -> _Frame:
    f = _shirt(s, W=s.u(25, 28), L=s.u(68, 74) if L is None else L, long=False, nd=s.u(9, 13),
               hem_curve=s.u(0, 1.5))
    _lapels(s, f, f.nd, s.u(4.5, 6), notch=False)
    s.line([[0, f.nd], [0, f.L]])
    for y in np.linspace(f.nd + 4, f.L - 6, 4):
        s.dot(0.5, y)
    return f


def _short_sleeve_shirt(s: _Sketch) -> None:
    f = _camp_shirt(s)
    if s.chance(0.6):
        _pocket(s, -f.W * 0.5, f.nd + 2, 8, 9)
    _cuffs(s, f, 0.85, minor=True)


def _hawaiian(s: _Sketch) -> None:
    f = _camp_shirt(s)
    for _ in range(int(s.r.integers(4, 8))):
        x, y = s.u(-0.8, 0.8) * f.W, s.u(f.nd + 4, f.L - 6)
        if abs(x) > 2.5:
            s.line(_ellipse(x, y, 2.0, 2.0, 8), closed=True, minor=True)


def _blouse(s: _Sketch) -> None:
    W = s.u(21, 24)
    f = _shirt(s, W=W, L=s.u(56, 64), neck=s.pick(("crew", "v")), nd=s.u(3, 8), sleeve=s.u(50, 58),
               cuff=s.u(8, 10), angle=s.u(45, 75), hem_curve=s.u(0, 3))
    for sign in (1, -1):
        s.line(_ellipse(sign * 3, f.nd + 1.5, 3, 2, 10), closed=True)
        s.strap([[sign * 1, f.nd + 2.5], [sign * s.u(2, 5), f.nd + s.u(10, 15)]])
    _cuffs(s, f, s.u(0.85, 0.9))
    s.line([[0, f.nd + 4], [0, f.L]], minor=True)


def _polo(s: _Sketch) -> None:
    f = _shirt(s, W=s.u(25, 28), L=s.u(66, 72), long=False, nd=s.u(2, 4), hem_curve=s.u(0, 2))
    _shirt_collar(s, f, s.u(5, 7), s.u(4, 6))
    depth = s.u(12, 16)
    s.line([[-1.5, f.nd + 1], [-1.5, depth], [1.5, depth], [1.5, f.nd + 1]])
    for y in np.linspace(f.nd + 3, depth - 2, int(s.r.integers(2, 4))):
        s.dot(0, y)
    _cuffs(s, f, s.u(0.78, 0.84))
    for sign in (1, -1):
        s.line([[sign * f.hem * 0.97, f.L - 5], [sign * f.hem, f.L]], minor=True)


def _denim_shirt(s: _Sketch) -> None:
    f = _button_down(s)
    y = s.u(8, 11)
    s.line(_pts([-f.hw(y), y], [0, y + s.u(0, 3)], [f.hw(y), y]), inner=True)
    for sign in (1, -1):
        _pocket(s, sign * f.W * 0.5, y + 3, s.u(8, 9), s.u(9, 10), flap=True, point=s.chance(0.5))


def _rolled_sleeves(s: _Sketch) -> None:
    W = s.u(28, 31)
    f = _shirt(s, W=W, sh=W + s.u(2, 4), L=s.u(72, 80), sleeve=s.u(32, 42), cuff=s.u(15, 18),
               angle=s.u(40, 65), hem_curve=s.u(4, 8))
    _shirt_collar(s, f, s.u(5, 7), s.u(6, 9))
    _placket(s, f, f.nd, f.L + f.hem_curve, 6, double=False)
    _cuffs(s, f, s.u(0.72, 0.8))


def _striped_shirt(s: _Sketch) -> None:
    f = _button_down(s)
    count = int(s.r.integers(2, 4))
    for x in np.concatenate([np.linspace(-0.8, -0.35, count), np.linspace(0.35, 0.8, count)]):
        s.line([[x * f.W, f.nd + 2], [x * f.W, f.L - 1]], inner=True)
    for outer, under in f.sleeves:
        s.line(np.array([(outer[0] + under[0]) / 2, (_along(outer, 0.85) + _along(under, 0.85)) / 2]),
               minor=True)


def _mandarin(s: _Sketch) -> None:
    f = _shirt(s, neck="turtle", nw=s.u(6.5, 7.5), rise=s.u(2, 3.5))
    s.line(_bez([-f.nw, 0], [0, 2], [f.nw, 0], 6), inner=True)
    _placket(s, f, -f.rise, f.L + f.hem_curve, int(s.r.integers(5, 8)), double=s.chance(0.5))
    _cuffs(s, f, 0.88)


def _ruffle_blouse(s: _Sketch) -> None:
    f = _shirt(s, W=s.u(21, 24), L=s.u(58, 66), neck="turtle", nw=s.u(6, 7), rise=s.u(2, 3),
               sleeve=s.u(50, 58), cuff=s.u(9, 11), hem_curve=s.u(0, 3))
    depth = s.u(22, 30)
    for sign in (1, -1):
        s.line(_wave([sign * 1.8, 1], [sign * 2.5, depth], s.u(4, 6), 1.2))
    s.line([[0, depth], [0, f.L]], minor=True)
    _cuffs(s, f, 0.86)


def _tied_shirt(s: _Sketch) -> None:
    f = _camp_shirt(s, L=s.u(44, 50))
    x = s.u(-4, 4)
    s.line(_ellipse(x, f.L - 2, 2.8, 2.2, 12), closed=True)
    s.strap([[x - 1.5, f.L], [x - s.u(3, 6), f.L + s.u(5, 9)]])
    s.strap([[x + 1.5, f.L], [x + s.u(3, 6), f.L + s.u(4, 8)]])


def _western_shirt(s: _Sketch) -> None:
    f = _shirt(s)
    _shirt_collar(s, f, s.u(4, 6), s.u(5, 8))
    _placket(s, f, f.nd, f.L + f.hem_curve, 6, double=False)
    for sign in (1, -1):
        s.line([[sign * f.hw(10), 6], [sign * f.W * 0.45, 10], [sign * f.W * 0.25, 7], [sign * 1.5, 11]])
        _pocket(s, sign * f.W * 0.5, 15, 7, 8, flap=True, point=True, minor=True)
    _cuffs(s, f, 0.86)


# --------------------------------------------------------------------------------------------
# 3 Dress

def _slip_dress(s: _Sketch) -> None:
    W, arm = s.u(16, 19), s.u(1, 4)
    edge = s.pick(("straight", "v", "sweetheart"))
    nd = {"straight": arm + s.u(-1, 1), "sweetheart": arm + s.u(2, 4), "v": arm + s.u(5, 9)}[edge]
    f = _top(s, W, s.u(85, 112), neck="strap", nd=nd, arm=arm, edge=edge,
             sides=[(W - s.u(1, 2.5), s.u(26, 32)), (W + s.u(0, 2), s.u(42, 50))], hem=W + s.u(6, 13),
             hem_curve=s.u(0, 3))
    _straps(s, f)


def _wrap_dress(s: _Sketch) -> None:
    W, waist = s.u(19, 22), s.u(33, 38)
    f = _top(s, W, s.u(88, 105), nw=s.u(7, 8.5), nd=s.u(16, 22), neck="v", slope=s.u(3, 4), arm=s.u(18, 21),
             sides=[(W - s.u(2.5, 3.5), waist)], hem=W + s.u(8, 13), sleeve=s.u(12, 22), cuff=s.u(11, 13),
             angle=s.u(28, 45), hem_curve=s.u(1, 3))
    s.line(f.across(waist), inner=True)
    s.line([[f.hw(waist) * 0.3, waist + 1], [f.hem * s.u(0.3, 0.5), f.L + f.hem_curve]], inner=True)
    x = f.hw(waist)
    s.line(_ellipse(x - 2, waist, 2.2, 1.5, 10), closed=True, minor=True)
    s.strap([[x - 1, waist + 1], [x + s.u(1, 3), waist + s.u(12, 18)]])
    s.strap([[x - 2.5, waist + 1], [x - s.u(0, 2), waist + s.u(10, 15)]])


def _aline_dress(s: _Sketch) -> None:
    W, nw, waist = s.u(18, 21), s.u(7, 9), s.u(32, 36)
    f = _top(s, W, s.u(82, 98), nw=nw, nd=s.u(4, 10), neck=s.pick(("crew", "square", "v")), sh=nw + s.u(3, 6),
             slope=s.u(1.5, 3), arm=s.u(18, 22), sides=[(W - s.u(1.5, 3), waist)], hem=W + s.u(12, 18),
             hem_curve=s.u(1, 4))
    if s.chance(0.6):
        s.line(f.across(waist), inner=True)


def _maxi_dress(s: _Sketch) -> None:
    W, arm, waist = s.u(17, 20), s.u(1, 4), s.u(28, 32)
    halter = s.chance(0.4)
    f = _top(s, W, s.u(125, 145), neck="strap", nd=arm + s.u(0, 6), arm=arm, edge=s.pick(("straight", "v")),
             sides=[(W - s.u(1.5, 2.5), waist)], hem=W + s.u(10, 18), hem_curve=s.u(1, 4))
    _straps(s, f, halter=halter)
    for y in np.linspace(waist + 30, f.L - 20, int(s.r.integers(1, 4))):
        s.line(f.across(y, sag=1), inner=True)


def _sleeved_dress(s: _Sketch) -> None:
    W, waist = s.u(18, 21), s.u(34, 38)
    f = _top(s, W, s.u(100, 115), nw=s.u(7, 8.5), nd=s.u(3, 7), neck=s.pick(("crew", "square")), slope=s.u(3, 5),
             arm=s.u(19, 22), sides=[(W - s.u(2.5, 3.5), waist), (W + s.u(-0.5, 1), waist + 20)],
             hem=W + s.u(6, 14), sleeve=s.u(50, 58), cuff=s.u(8, 10), angle=s.u(62, 84), hem_curve=s.u(1, 4))
    if s.chance(0.5):
        s.line(f.across(waist), inner=True)


def _shirt_dress(s: _Sketch) -> None:
    W, waist = s.u(21, 24), s.u(36, 40)
    f = _top(s, W, s.u(95, 105), nw=s.u(7, 8), nd=s.u(6, 8), neck="v", slope=s.u(3, 4.5), arm=s.u(20, 23),
             sides=[(W - s.u(1.5, 3), waist)], hem=W + s.u(3, 8), sleeve=s.u(15, 20), cuff=s.u(12, 15),
             angle=s.u(28, 45), hem_curve=s.u(0, 3))
    _shirt_collar(s, f, s.u(4, 6), s.u(5, 7))
    _placket(s, f, f.nd, f.L if s.chance(0.5) else waist, 6, double=False)
    s.line(f.across(waist - 1.5), inner=True)
    s.line(f.across(waist + 1.5), inner=True)


def _bodycon(s: _Sketch) -> None:
    W, waist = s.u(18, 20), s.u(30, 34)
    sleeved = s.chance(0.5)
    f = _top(s, W, s.u(70, 85), nw=s.u(7, 8.5), nd=s.u(4, 10), neck=s.pick(("crew", "square", "v")),
             sh=W - (1 if sleeved else s.u(4, 7)), slope=s.u(2, 4), arm=s.u(18, 21),
             sides=[(W - s.u(2, 3), waist), (W + s.u(0, 1), waist + 20)], hem=W - s.u(0, 1.5),
             sleeve=s.u(8, 16) if sleeved else None, cuff=s.u(10, 12), angle=s.u(25, 40))


def _tiered_dress(s: _Sketch) -> None:
    W, arm = s.u(18, 20), s.u(1, 4)
    tiers = int(s.r.integers(2, 4))
    bodice = s.u(18, 24)
    length = s.u(22, 28)
    sides, y, x = [(W - 1, bodice)], bodice, W - 1
    for _ in range(tiers - 1):
        y += length
        sides += [(x + 2, y), (x + s.u(3.5, 5), y + 0.5)]
        x += s.u(3.5, 5)
    f = _top(s, W, y + length, neck="strap", nd=arm + s.u(0, 3), arm=arm, edge=s.pick(("straight", "sweetheart")),
             sides=sides, hem=x + 2, hem_curve=s.u(0, 2))
    _straps(s, f)
    for k in range(tiers):
        s.line(f.across(bodice + k * length, sag=0.5), inner=True)
    for yy in (6, 10, 14):
        s.line(f.across(yy), minor=True, inner=True)


def _fit_flare(s: _Sketch) -> None:
    W, waist = s.u(19, 21), s.u(32, 36)
    f = _top(s, W, s.u(82, 96), nw=s.u(7, 8.5), nd=s.u(4, 10), neck=s.pick(("crew", "square", "v")),
             slope=s.u(3, 4), arm=s.u(18, 20), sides=[(W - s.u(2.5, 3.5), waist)], hem=W + s.u(16, 24),
             sleeve=s.u(7, 12), cuff=s.u(13, 17), angle=s.u(30, 50), hem_curve=s.u(3, 6))
    s.line(f.across(waist), inner=True)
    for x in (-0.4, 0.4):
        s.line([[x * f.hw(waist), waist + 2], [x * f.hem * 1.3, f.L - 4]], minor=True)


def _strapless(s: _Sketch) -> None:
    W, arm, waist = s.u(17, 19), s.u(1, 4), s.u(24, 28)
    edge = s.pick(("straight", "sweetheart"))
    f = _top(s, W, s.u(80, 100), neck="strap", nd=arm + (s.u(2, 4) if edge == "sweetheart" else 0), arm=arm,
             edge=edge, sides=[(W - s.u(1.5, 2.5), waist)], hem=W + s.u(8, 16), hem_curve=s.u(1, 4))
    if s.chance(0.6):
        s.line(f.across(waist), inner=True)
    for x in (-0.5, 0.0, 0.5):
        if s.chance(0.5):
            s.line([[x * f.hw(waist), waist + 3], [x * f.hem * 1.2, f.L - 5]], minor=True)


def _tshirt_dress(s: _Sketch) -> None:
    W = s.u(24, 27)
    f = _top(s, W, s.u(90, 102), nw=s.u(8, 9.5), nd=s.u(3, 5), slope=s.u(3, 5), arm=s.u(20, 23),
             hem=W + s.u(2, 6), sleeve=s.u(16, 22), cuff=s.u(14, 16), angle=s.u(25, 45), hem_curve=s.u(0, 3))
    if s.chance(0.6):
        _neckband(s, f)


def _halter_dress(s: _Sketch) -> None:
    W, arm = s.u(17, 20), s.u(1, 4)
    edge = s.pick(("straight", "v"))
    f = _top(s, W, s.u(85, 110), neck="strap", nd=arm + (s.u(6, 12) if edge == "v" else 0), arm=arm, edge=edge,
             sides=[(W - s.u(1.5, 3), s.u(28, 32))], hem=W + s.u(10, 16), hem_curve=s.u(1, 3))
    _straps(s, f, halter=True)


def _babydoll(s: _Sketch) -> None:
    W, empire = s.u(18, 20), s.u(15, 19)
    sleeved = s.chance(0.6)
    f = _top(s, W, s.u(70, 84), nw=s.u(7, 8.5), nd=s.u(4, 9), neck=s.pick(("square", "crew", "v")),
             sh=W - (1 if sleeved else s.u(4, 6)), slope=s.u(2, 4), arm=s.u(13, 16),
             sides=[(W - s.u(0, 1), empire)], hem=W + s.u(12, 18), sleeve=s.u(7, 11) if sleeved else None,
             cuff=s.u(12, 16), angle=s.u(30, 50), hem_curve=s.u(2, 5))
    s.line(f.across(empire + 1), inner=True)


def _gown(s: _Sketch) -> None:
    W, arm = s.u(17, 19), s.u(1, 4)
    f = _top(s, W, s.u(140, 155), neck="strap", nd=arm + s.u(0, 4), arm=arm, edge=s.pick(("straight", "sweetheart")),
             sides=[(W - s.u(2, 3), 30), (W + s.u(0, 1.5), 50), (W - s.u(1, 2.5), s.u(80, 95))],
             hem=W + s.u(10, 16), hem_curve=s.u(1, 4))
    if s.chance(0.5):
        _straps(s, f)
    if s.chance(0.5):
        x = f.hem * s.u(0.3, 0.5)
        s.line([[x * 0.8, f.L - s.u(35, 50)], [x, f.L]], inner=True)


# --------------------------------------------------------------------------------------------
# 1 Trouser: two legs from a waistband

def _pants(s: _Sketch, w: float, L: float, *, rise: float | None = None, knee: float = 0.8, hem: float = 0.7,
           splay: float = 0.0, hem_wave: float = 0.0, waist_wave: float = 0.0) -> _Frame:
    """Trousers laid flat: waist half-width w, length L; knee and hem as fractions of the thigh."""
    rise = s.u(25, 30) if rise is None else rise
    hip, gap = w + s.u(0.5, 2.0), s.u(0.5, 1.5)
    thigh = hip - gap
    xc = (gap + hip) / 2
    ky = rise + (L - rise) * 0.45
    halves, legs = [], []
    # Laid flat (or drawn), the legs part a little: the gap between them is what says trousers.
    splay += s.u(1.5, 4.0)
    for sign in (1, -1):
        sp = splay + s.r.normal(0, 0.6)
        xk, xh = xc + sp * 0.45, xc + sp
        # With a fat brush people leave the legs wider apart, or the gap would close.
        xh = max(xh, hem * thigh / 2 + 0.8, hem * thigh / 2 + 0.8 * s.fat * L)
        yh = L + s.r.normal(0, 0.5)
        outer = _pts([w, 0], [hip, rise * 0.5], [xk + knee * thigh / 2, ky], [xh + hem * thigh / 2, yh])
        inner = _pts([xh - hem * thigh / 2, yh], [xk - knee * thigh / 2, ky], [gap, rise])
        hem_line = _pts(outer[-1], inner[0])
        if hem_wave:
            hem_line = _bumpy(hem_line, hem_wave, 3, [xh, yh - 10])
        top = _pts([0, 0], [w, 0])
        if waist_wave:
            top = _bumpy(top, waist_wave, 4, [w / 2, 10])
        halves.append(_pts(top, outer, hem_line, inner, [0, rise - s.u(0.5, 2)]))
        legs.append((outer, inner))
    right, left = halves
    body = _pts(right, _flip(left)[::-1])
    s.body(body)
    return _Frame(w=w, L=L, rise=rise, hip=hip, legs=[legs[0], (_flip(legs[1][0]), _flip(legs[1][1]))], body=body)


def _waist_x(f: _Frame, y: float) -> float:
    return float(np.interp(y, [0, f.rise * 0.5], [f.w, f.hip]))


def _leg_across(f: _Frame, i: int, y: float) -> np.ndarray:
    outer, inner = f.legs[i]
    inner = inner[::-1]
    return np.array([[np.interp(y, outer[:, 1], outer[:, 0]), y], [np.interp(y, inner[:, 1], inner[:, 0]), y]])


def _jeans_top(s: _Sketch, f: _Frame, band: float = 4.0, pockets: bool = True, fly: bool = True) -> None:
    s.line([[-_waist_x(f, band), band], [_waist_x(f, band), band]], inner=True)
    if fly:
        x = -f.w * s.u(0.18, 0.25) * s.pick((1, -1))
        s.line(_pts([x, band], [x, f.rise * 0.5], _bez([x, f.rise * 0.5], [x, f.rise * 0.68], [0, f.rise * 0.7], 5)))
        s.dot(0, band / 2)
    if pockets:
        for sign in (1, -1):
            y = f.rise * s.u(0.32, 0.42)
            s.line(_bez([sign * f.w * 0.55, band], [sign * f.w * 0.62, y * 0.9], [sign * _waist_x(f, y), y], 6),
                   inner=True)
    for x in (-0.75, -0.2, 0.2, 0.75):
        s.line([[x * f.w, 0], [x * f.w, band]], minor=True)


def _crease_lines(s: _Sketch, f: _Frame, y0: float) -> None:
    for i in range(2):
        a, b = _leg_across(f, i, y0).mean(axis=0), _leg_across(f, i, f.L - 0.5).mean(axis=0)
        s.line([a, b], inner=True)


def _leg_cuffs(s: _Sketch, f: _Frame, depth: float, minor: bool = False) -> None:
    for i in range(2):
        s.line(_leg_across(f, i, f.L - depth), minor=minor, inner=True)


def _jeans(s: _Sketch) -> None:
    f = _pants(s, s.u(19, 22), s.u(100, 110), knee=s.u(0.72, 0.8), hem=s.u(0.62, 0.72))
    _jeans_top(s, f)
    if s.chance(0.4):
        _leg_cuffs(s, f, s.u(3, 5))


def _skinny_jeans(s: _Sketch) -> None:
    f = _pants(s, s.u(17, 20), s.u(95, 105), knee=s.u(0.55, 0.62), hem=s.u(0.4, 0.48))
    _jeans_top(s, f)


def _ripped_jeans(s: _Sketch) -> None:
    f = _pants(s, s.u(18, 21), s.u(98, 106), knee=s.u(0.65, 0.75), hem=s.u(0.55, 0.68))
    _jeans_top(s, f)
    for i in range(2):
        for k in range(int(s.r.integers(1, 4))):
            y = f.rise + (f.L - f.rise) * s.u(0.3, 0.55)
            a, b = _leg_across(f, i, y)
            m = (a + b) / 2
            half = abs(a[0] - b[0]) * s.u(0.15, 0.3)
            s.line([[m[0] - half, y], [m[0] + half, y + s.u(-1, 1)]])


def _wide_leg(s: _Sketch) -> None:
    f = _pants(s, s.u(18, 21), s.u(100, 110), knee=s.u(1.0, 1.1), hem=s.u(1.1, 1.35), splay=s.u(3, 6))
    s.line([[-_waist_x(f, 5), 5], [_waist_x(f, 5), 5]], inner=True)
    if s.chance(0.5):
        _crease_lines(s, f, 8)


def _flares(s: _Sketch) -> None:
    f = _pants(s, s.u(17, 20), s.u(100, 110), knee=s.u(0.55, 0.65), hem=s.u(1.0, 1.25), splay=s.u(2, 5))
    _jeans_top(s, f, pockets=s.chance(0.7))


def _cargo(s: _Sketch) -> None:
    f = _pants(s, s.u(20, 23), s.u(100, 108), knee=s.u(0.8, 0.9), hem=s.u(0.75, 0.9), splay=s.u(0, 2))
    _jeans_top(s, f, pockets=s.chance(0.6))
    y = f.rise + s.u(6, 12)
    for i in range(2):
        a, b = _leg_across(f, i, y + 7)
        width = abs(a[0] - b[0])
        x = a[0] - np.sign(a[0]) * width * 0.32
        _pocket(s, x, y, width * s.u(0.4, 0.5), s.u(13, 16), flap=True)
    if s.chance(0.5):
        _leg_cuffs(s, f, s.u(3, 5))


def _joggers(s: _Sketch) -> None:
    f = _pants(s, s.u(19, 22), s.u(95, 104), knee=s.u(0.72, 0.82), hem=s.u(0.42, 0.5))
    s.line([[-_waist_x(f, 5), 5], [_waist_x(f, 5), 5]], inner=True)
    _leg_cuffs(s, f, s.u(5, 8))
    for sign in (1, -1):
        x = sign * s.u(1, 2.5)
        s.strap([[x, 3], [x + sign * s.u(0, 1.5), s.u(12, 17)]])
    if s.chance(0.5):
        for sign in (1, -1):
            s.line(_bez([sign * f.w * 0.6, 5], [sign * f.w * 0.75, 11], [sign * _waist_x(f, 13), 13], 5), minor=True)


def _suit_trousers(s: _Sketch) -> None:
    f = _pants(s, s.u(18, 21), s.u(102, 110), knee=s.u(0.75, 0.85), hem=s.u(0.7, 0.8))
    s.line([[-_waist_x(f, 4), 4], [_waist_x(f, 4), 4]], inner=True)
    _crease_lines(s, f, 4)
    for sign in (1, -1):
        s.line([[sign * f.w * 0.62, 4], [sign * _waist_x(f, 14), 14]], inner=True)
    s.dot(0, 2)


def _chinos(s: _Sketch) -> None:
    f = _pants(s, s.u(19, 21), s.u(92, 100), knee=s.u(0.72, 0.8), hem=s.u(0.65, 0.72))
    _jeans_top(s, f, fly=s.chance(0.6))
    _leg_cuffs(s, f, s.u(4, 6))
    _leg_cuffs(s, f, s.u(8, 10), minor=True)


def _baggy(s: _Sketch) -> None:
    f = _pants(s, s.u(22, 25), s.u(100, 112), knee=s.u(0.95, 1.05), hem=s.u(0.9, 1.05), splay=s.u(1, 3),
               hem_wave=s.u(0.8, 1.5))
    _jeans_top(s, f, band=s.u(4, 5))
    for i in range(2):
        y = f.L - s.u(12, 20)
        a, b = _leg_across(f, i, y)
        s.line(_bez(a * [0.9, 1] + b * [0.1, 0], (a + b) / 2 + [0, 3], b * [0.9, 1] + a * [0.1, 0], 5), minor=True)


def _leggings(s: _Sketch) -> None:
    f = _pants(s, s.u(16, 18), s.u(88, 98), knee=s.u(0.5, 0.58), hem=s.u(0.36, 0.44))
    if s.chance(0.7):
        s.line([[-_waist_x(f, 6), 6], [_waist_x(f, 6), 6]], inner=True)


def _track_pants(s: _Sketch) -> None:
    f = _pants(s, s.u(19, 22), s.u(98, 106), knee=s.u(0.75, 0.85), hem=s.u(0.6, 0.72))
    s.line([[-_waist_x(f, 5), 5], [_waist_x(f, 5), 5]], inner=True)
    for i in range(2):
        outer = f.legs[i][0]
        sign = 1 if outer[-1][0] > 0 else -1
        for d in (1.6, 3.2)[: int(s.r.integers(1, 3))]:
            s.line(outer[1:] - [sign * d, 0], inner=True)


def _parachute(s: _Sketch) -> None:
    f = _pants(s, s.u(20, 23), s.u(100, 110), knee=s.u(0.9, 1.0), hem=s.u(0.6, 0.75), splay=s.u(0, 2),
               hem_wave=s.u(0.8, 1.4))
    s.line([[-_waist_x(f, 5), 5], [_waist_x(f, 5), 5]], inner=True)
    _leg_cuffs(s, f, s.u(2, 4), minor=True)
    for i in range(2):
        a, b = _leg_across(f, i, f.L - 1)
        s.strap([(a + b) / 2, (a + b) / 2 + [s.u(-2, 2), s.u(4, 7)]])
        y = f.rise + s.u(8, 14)
        c, d = _leg_across(f, i, y)
        s.line([c * [0.9, 1] + d * [0.1, 0], (c + d) / 2 + [0, 4], d * [0.9, 1] + c * [0.1, 0]], minor=True)


def _paperbag(s: _Sketch) -> None:
    f = _pants(s, s.u(19, 22), s.u(95, 105), knee=s.u(0.75, 0.85), hem=s.u(0.6, 0.72), waist_wave=s.u(0.8, 1.5))
    s.line([[-_waist_x(f, 6), 6], [_waist_x(f, 6), 6]], inner=True)
    s.line([[-_waist_x(f, 9), 9], [_waist_x(f, 9), 9]], inner=True)
    x = s.u(-4, 4)
    for sign in (1, -1):
        s.line(_ellipse(x + sign * 2.8, 7.5, 2.6, 1.6, 10), closed=True, minor=True)
    s.strap([[x, 9], [x - s.u(1, 3), s.u(18, 24)]])
    s.strap([[x, 9], [x + s.u(1, 3), s.u(17, 22)]])


# --------------------------------------------------------------------------------------------
# Footwear, seen from the side, toe to the right (mirrored at random later); ground at y = 0

def _ground(L: float, heel: float, ball: float = 0.68) -> np.ndarray:
    """Where the underside of the foot sits: on the ground under the ball and toes, up on the heel."""
    x = np.linspace(0, L, 14)
    k = np.clip((ball * L - x) / ((ball - 0.2) * L), 0, 1)
    return np.stack([x, -heel * k * k * (3 - 2 * k)], axis=1)


def _gy(g: np.ndarray, x: float) -> float:
    return float(np.interp(x, g[:, 0], g[:, 1]))


def _sole(s: _Sketch, L: float, t: float, heel: float = 0.0, kind: str = "flat", lug: float = 0.0,
          spring: float = 1.5, pointed: float = 0.0, heel_kind: str = "block") -> np.ndarray:
    """The sole (and heel): flat, a wedge, or a forefoot sole on a separate heel. Returns the
    line the foot stands on."""
    g = _ground(L, heel if kind != "flat" else 0.0)
    tip = [L * 1.02 + pointed, -t * 0.5 - spring]
    toe = _pts(_bez([0.8 * L, 0], [L * 1.0 + pointed * 0.6, 0], tip, 6),
               _bez(tip, [L * 0.99 + pointed * 0.3, -t - spring * 0.8],
                    [0.86 * L, _gy(g, 0.86 * L) - t - spring * 0.3], 6))
    if kind == "heel":
        top = [[0.02 * L, _gy(g, 0.02 * L)]]
        if heel_kind == "stiletto":
            s.body(_pts(top, [0.15 * L, _gy(g, 0.15 * L)], _bez([0.15 * L, _gy(g, 0.15 * L)], [0.1 * L, -heel * 0.4],
                                                                  [0.1 * L, 0], 5), [0.075 * L, 0]))
        else:
            s.body(_pts(top, [0.21 * L, _gy(g, 0.21 * L)], [0.18 * L, 0], [0.04 * L, 0]))
        under = np.array([[x, _gy(g, x)] for x in np.linspace(0.02 * L, 0.8 * L, 8)])
        over = np.array([[x, _gy(g, x) - t] for x in np.linspace(0.86 * L, 0.0, 9)])
        s.body(_pts(under, toe, over, _bez(over[-1], [-0.02 * L, over[-1][1] + t * 0.5], under[0], 4)))
        return g - [0, t]
    if kind == "wedge":
        over = np.array([[x, _gy(g, x) - t] for x in np.linspace(0.86 * L, 0.0, 9)])
        s.body(_pts([[0.04 * L, 0], [0.8 * L, 0]], toe, over, [[-0.01 * L, _gy(g, 0) - t * 0.5]]))
        return g - [0, t]
    bottom = _pts([0.02 * L, 0], [0.8 * L, 0])
    if lug:
        bottom = _zigzag([0.02 * L, lug * 0.5], [0.8 * L, lug * 0.5], int(L / 3.5), lug * 0.5)
    over = _pts([0.86 * L, -t - spring * 0.3], [0.0, -t])
    s.body(_pts(bottom, toe, over, _bez([0.0, -t], [-0.03 * L, -t * 0.5], [0.02 * L, 0], 4)))
    return g - [0, t]


def _upper(s: _Sketch, L: float, foot: np.ndarray, *, toe: float = 5.5, pointed: float = 0.0,
           back: float = 8.0, dip: float = 6.5, throat: tuple = (0.55, 9.0), shaft: float = 0.0,
           front: float = 0.42, dent: float = 0.0) -> _Frame:
    """A shoe's upper on the line `foot` (low: collar at `back`, dipping, to the throat; a boot:
    a shaft `shaft` high). Drawn before the sole, which hides its lower edge."""
    def base(x):
        return _gy(foot, x) + 1.0

    yb = base(L)
    tip = [L + pointed, yb - toe * (0.3 if pointed else 0.5)]
    bottom = np.array([[x, base(x)] for x in np.linspace(0.04 * L, 0.86 * L, 8)])
    toe_line = _pts(_bez([0.86 * L, yb], [L + pointed * 0.8, yb], tip, 6),
                    _bez(tip, [L * 0.98 + pointed * 0.2, yb - toe * 1.05], [0.8 * L, yb - toe], 6))
    heel_y = base(0.04 * L)
    if shaft:
        top_y = base(0.0) - shaft
        ankle = [front * L + 0.05 * L, (yb - toe + top_y) / 2 + 1]
        vamp = _pts(_bez([0.8 * L, yb - toe], [0.6 * L, yb - toe - 1.0], ankle, 7), [front * L, top_y + dent])
        top = _pts([front * L, top_y + dent], [0.0, top_y])
        back_line = _bez([0.0, top_y], [-0.05 * L, (top_y + heel_y) / 2 + 2], [0.04 * L, heel_y], 7)
        contour = _pts(bottom, toe_line, vamp, top, back_line)
        lace = _part(vamp, 0.45, 1.0)
    else:
        t_pt = [throat[0] * L, base(throat[0] * L) - throat[1]]
        back_pt = [0.01 * L, base(0.0) - back]
        vamp = _bez([0.8 * L, yb - toe], [0.7 * L, yb - toe - 1.0], t_pt, 7)
        top = _bez(t_pt, [0.3 * L, base(0.3 * L) - dip], back_pt, 8)
        back_line = _bez(back_pt, [-0.05 * L, (back_pt[1] + heel_y) / 2], [0.04 * L, heel_y], 6)
        contour = _pts(bottom, toe_line, vamp, top, back_line)
        lace = _part(vamp, 0.3, 1.0)
    s.body(contour)
    return _Frame(L=L, vamp=vamp, top=top, lace=lace, base=base, toe=toe, yb=yb, back=back_line,
                  top_y=top[-1][1])


def _laces(s: _Sketch, f: _Frame, count: int, length: float = 2.5, cross: bool = True, bow: bool = False) -> None:
    inside = np.array([f.L * 0.35, f.yb - 1.0])
    for t in np.linspace(0.08, 0.95, count):
        p = _along(f.lace, t)
        d = _along(f.lace, min(1.0, t + 0.03)) - _along(f.lace, max(0.0, t - 0.03))
        d /= max(np.hypot(*d), 1e-9)
        n = np.array([d[1], -d[0]])
        if np.dot(n, inside - p) < 0:
            n = -n
        s.line([p - d * 0.8, p + n * length + d * 0.8])
        if cross:
            s.line([p + d * 0.8, p + n * length - d * 0.8], minor=True)
    if bow:
        p = _along(f.lace, 0.95)
        s.line(_ellipse(p[0] - 2, p[1] - 1.5, 2, 1.2, 8), closed=True, minor=True)
        s.strap([p, p + [-1.5, 4]])


def _toe_cap(s: _Sketch, f: _Frame, x: float = 0.74) -> None:
    start = _along(f.vamp, 0.15)
    s.line(_bez(start, [x * f.L, start[1] + 0.5], [x * f.L - 1, f.base(x * f.L) - 1.2], 5), inner=True)


def _stripe(s: _Sketch, f: _Frame, y: float, x0: float = 0.03, x1: float = 0.95, minor: bool = True) -> None:
    s.line([[x0 * f.L, y], [x1 * f.L, y]], minor=minor, inner=True)


# 7 Sneaker ----------------------------------------------------------------------------------

def _sneaker(s: _Sketch, t: float | None = None, lug: float = 0.0, **kw) -> _Frame:
    L = s.u(26, 30)
    t = s.u(2.5, 3.5) if t is None else t
    params = dict(toe=s.u(5, 6.5), back=s.u(8, 9.5), dip=s.u(6, 7.5), throat=(s.u(0.52, 0.58), s.u(9, 10.5)))
    params.update(kw)
    foot = _ground(L, 0) - [0, t]
    f = _upper(s, L, foot, **params)
    _sole(s, L, t, lug=lug, spring=s.u(1, 2.5))
    f.t = t
    return f


def _low_top(s: _Sketch) -> None:
    f = _sneaker(s)
    _laces(s, f, int(s.r.integers(4, 7)), bow=s.chance(0.3))
    if s.chance(0.5):
        _toe_cap(s, f)
    if s.chance(0.6):
        s.line(_bez([0.15 * f.L, f.base(0.15 * f.L) - 5], [0.45 * f.L, f.base(0.4 * f.L) - 1],
                    [0.72 * f.L, f.base(0.7 * f.L) - 5], 6))
    s.line([[0.06 * f.L, f.top_y + 1.5], [0.07 * f.L, f.base(0.07 * f.L) - 1.5]], minor=True)
    _stripe(s, f, -f.t * 0.5)


def _chunky(s: _Sketch) -> None:
    f = _sneaker(s, t=s.u(5, 7), back=s.u(9, 10.5), throat=(0.55, s.u(10, 11.5)))
    s.line(_wave([0.02 * f.L, -f.t * 0.55], [0.95 * f.L, -f.t * 0.55], s.u(2, 4), f.t * 0.15), minor=s.chance(0.4))
    _laces(s, f, 5)
    s.line(_bez([0.1 * f.L, f.base(0.1 * f.L) - 3], [0.35 * f.L, f.top_y - 1], [0.6 * f.L, f.base(0.6 * f.L) - 2], 6))
    s.line(_bez([0.55 * f.L, f.base(0.55 * f.L) - 1], [0.7 * f.L, f.base(0.7 * f.L) - 5], [0.85 * f.L, f.yb - 1], 5),
           minor=True)
    if s.chance(0.5):
        s.strap([[0.02 * f.L, f.top_y + 1], [-0.01 * f.L, f.top_y - 2.5], [0.05 * f.L, f.top_y - 2.5],
                 [0.06 * f.L, f.top_y + 1]])


def _high_top(s: _Sketch) -> None:
    f = _sneaker(s, back=s.u(15, 17), dip=s.u(14, 16), throat=(s.u(0.42, 0.48), s.u(15, 17)))
    _laces(s, f, int(s.r.integers(6, 9)))
    s.line(_ellipse(0.18 * f.L, f.base(0.18 * f.L) - s.u(10, 12), 2.3, 2.3, 12), closed=True)
    if s.chance(0.6):
        _toe_cap(s, f)
    _stripe(s, f, -f.t * 0.5, minor=False)


def _slip_on(s: _Sketch) -> None:
    f = _sneaker(s, back=s.u(6, 7), dip=s.u(5, 6), throat=(s.u(0.58, 0.64), s.u(7, 8)))
    p = _along(f.vamp, s.u(0.75, 0.9))
    s.line([p + [-2, 0.3], p + [0, 4], p + [2, 0.5]])
    _stripe(s, f, -f.t * 0.5, minor=False)
    if s.chance(0.5):
        _toe_cap(s, f)


def _runner(s: _Sketch) -> None:
    f = _sneaker(s, t=s.u(3, 4.5), back=s.u(8.5, 10), throat=(0.56, s.u(9.5, 11)))
    _laces(s, f, 5)
    s.line(_bez([0.1 * f.L, f.base(0.1 * f.L) - 2], [0.45 * f.L, f.base(0.4 * f.L) - 1.5],
                [0.7 * f.L, f.base(0.7 * f.L) - 6], 7))
    for x in (0.6, 0.68, 0.76):
        s.line([[x * f.L, f.base(x * f.L) - 1.5], [x * f.L + 1, f.base(x * f.L) - 4]], minor=True)
    s.line(_wave([0.05 * f.L, -f.t * 0.5], [0.9 * f.L, -f.t * 0.6], 2.5, 0.6), minor=True)


def _skate(s: _Sketch) -> None:
    f = _sneaker(s, t=s.u(3, 4), back=s.u(9, 10.5), dip=s.u(7.5, 8.5), throat=(0.55, s.u(9.5, 11)), toe=s.u(5.5, 7))
    s.line(_offset(_part(f.top, 0.05, 0.95), 1.6), minor=True)
    s.line(_wave([0.12 * f.L, f.base(0.12 * f.L) - 4], [0.68 * f.L, f.base(0.68 * f.L) - 3], 1.0, 1.5))
    _laces(s, f, 5)
    _stripe(s, f, -f.t * 0.5)


def _platform_sneaker(s: _Sketch) -> None:
    f = _sneaker(s, t=s.u(6, 9))
    _laces(s, f, 5)
    _stripe(s, f, -f.t * s.u(0.4, 0.6), minor=s.chance(0.5))
    if s.chance(0.5):
        _toe_cap(s, f)


def _three_stripes(s: _Sketch) -> None:
    f = _sneaker(s)
    _laces(s, f, 5)
    for k in range(3):
        x = (0.42 + 0.07 * k) * f.L
        s.line([[x, f.base(x) - 8], [x - 0.08 * f.L, f.base(x) - 1.2]])
    s.line([[0.06 * f.L, f.top_y + 1.5], [0.07 * f.L, f.base(0.07 * f.L) - 1.5]], minor=True)


def _tennis(s: _Sketch) -> None:
    f = _sneaker(s, t=s.u(2, 3))
    _laces(s, f, 4, cross=False)
    for x in (0.78, 0.84, 0.9):
        s.dot(x * f.L, f.yb - 2.5)
    s.line([[0.05 * f.L, f.top_y + 1], [0.06 * f.L, f.base(0.06 * f.L) - 1]])


def _velcro(s: _Sketch) -> None:
    f = _sneaker(s, back=s.u(11, 13), dip=s.u(9, 11), throat=(s.u(0.48, 0.52), s.u(11.5, 13)))
    for t in np.linspace(0.4, 0.95, int(s.r.integers(2, 4))):
        p = _along(f.vamp, t)
        s.line([p, [p[0] - 4.5, f.base(p[0] - 4.5) - 2]])
        s.line([p + [-2.2, 0.5], [p[0] - 6.5, f.base(p[0] - 6.5) - 2]], minor=True)
    _stripe(s, f, -f.t * 0.5)


def _sock_sneaker(s: _Sketch) -> None:
    f = _sneaker(s, t=s.u(4, 5.5), back=s.u(14, 16), dip=s.u(12, 14), throat=(s.u(0.46, 0.5), s.u(13, 15)))
    for k in range(3):
        s.line(_offset(_part(f.top, 0.1, 0.9), 1.2 + k * 1.2), minor=k > 0)
    if s.chance(0.5):
        _laces(s, f, 3, cross=False)
    _stripe(s, f, -f.t * 0.5, minor=s.chance(0.5))


def _canvas(s: _Sketch) -> None:
    high = s.chance(0.5)
    f = _sneaker(s, t=s.u(3, 4), toe=s.u(4.5, 5.5),
                 **(dict(back=s.u(14, 16), dip=s.u(13, 15), throat=(0.45, s.u(14, 16))) if high else {}))
    _laces(s, f, 7 if high else 5)
    s.line(_bez([0.76 * f.L, f.yb], [0.8 * f.L, f.yb - f.toe * 0.9], [0.95 * f.L, f.yb - f.toe * 0.4], 5))
    _stripe(s, f, -f.t * 0.35, minor=False)
    if high:
        s.line(_ellipse(0.16 * f.L, f.base(0.16 * f.L) - 10, 2.2, 2.2, 12), closed=True)


# 9 Ankle boot -------------------------------------------------------------------------------

def _boot(s: _Sketch, *, heel: float = 2.5, t: float = 2.5, kind: str = "heel", heel_kind: str = "block",
          lug: float = 0.0, pointed: float = 0.0, **kw) -> _Frame:
    L = s.u(25, 29)
    g = _ground(L, heel if kind != "flat" else 0)
    foot = g - [0, t]
    params = dict(toe=s.u(5, 6.5), shaft=s.u(14, 18), front=s.u(0.36, 0.44))
    params.update(kw)
    f = _upper(s, L, foot, pointed=pointed, **params)
    _sole(s, L, t, heel=heel, kind=kind, lug=lug, pointed=pointed, heel_kind=heel_kind, spring=s.u(0.5, 1.5))
    f.t, f.heel = t, heel
    return f


def _pull_tab(s: _Sketch, f: _Frame) -> None:
    """The loop at the back of a boot's shaft."""
    s.strap([[0.02 * f.L, f.top_y + 1.5], [0.01 * f.L, f.top_y - 3], [0.08 * f.L, f.top_y - 3], [0.08 * f.L, f.top_y + 1]])


def _chelsea(s: _Sketch) -> None:
    f = _boot(s, heel=s.u(2, 3.5), t=s.u(1.8, 2.8))
    x0, x1 = s.u(0.12, 0.16) * f.L, s.u(0.3, 0.34) * f.L
    y = f.base((x0 + x1) / 2) - s.u(5, 7)
    s.line(_pts(_bez([x0, f.top_y + 0.3], [x0 + 0.5, y], [(x0 + x1) / 2, y], 5),
                _bez([(x0 + x1) / 2, y], [x1 - 0.5, y], [x1, f.top_y + 0.3], 5)))
    _pull_tab(s, f)


def _combat(s: _Sketch) -> None:
    f = _boot(s, heel=0.0, t=s.u(3.5, 5), kind="flat", lug=s.u(1, 1.6), shaft=s.u(15, 19))
    _laces(s, f, int(s.r.integers(6, 10)), length=3)
    s.line(_offset(f.top, 1.5), minor=True)
    if s.chance(0.6):
        _toe_cap(s, f)


def _heeled_bootie(s: _Sketch) -> None:
    stiletto = s.chance(0.5)
    f = _boot(s, heel=s.u(7, 10), t=s.u(1.0, 1.6), heel_kind="stiletto" if stiletto else "block",
              pointed=s.u(1.5, 4), shaft=s.u(11, 14), toe=s.u(4, 5))
    if s.chance(0.5):
        s.line([[0.03 * f.L, f.top_y + 1], [0.05 * f.L, f.base(0.05 * f.L) - 2]], minor=True)


def _side_zip(s: _Sketch) -> None:
    f = _boot(s, heel=s.u(3, 5), t=s.u(1.5, 2.5), shaft=s.u(14, 17))
    x = s.u(0.24, 0.3) * f.L
    s.line([[x, f.top_y + 0.5], [x + 0.5, f.base(x) - 2.5]])
    s.line(_rect(x - 0.8, f.top_y + 1, x + 0.8, f.top_y + 3.5), closed=True, minor=True)


def _hiking(s: _Sketch) -> None:
    f = _boot(s, heel=0.0, t=s.u(3.5, 5), kind="flat", lug=s.u(1, 1.6), shaft=s.u(12, 15), toe=s.u(6, 7))
    _laces(s, f, 6, length=2.5)
    for t in np.linspace(0.1, 0.9, 5):
        p = _along(f.lace, t)
        s.dot(p[0] + 0.5, p[1])
    s.line(_offset(f.top, 1.8))
    s.line(_bez([0.05 * f.L, f.base(0.05 * f.L) - 3], [0.5 * f.L, f.base(0.5 * f.L) - 2], [0.85 * f.L, f.yb - 3.5], 6),
           minor=True)


def _platform_boot(s: _Sketch) -> None:
    f = _boot(s, heel=s.u(8, 10), t=s.u(4.5, 6.5), shaft=s.u(14, 16), toe=s.u(6, 7))
    if s.chance(0.5):
        _laces(s, f, 6, length=2.5)
    else:
        x = 0.2 * f.L
        s.line([[x - 2, f.top_y + 0.3], [x, f.base(x) - 6], [x + 2, f.top_y + 0.3]])


def _cowboy_boot(s: _Sketch) -> None:
    f = _boot(s, heel=s.u(4, 6), t=s.u(1.2, 2), pointed=s.u(3, 5), toe=s.u(4, 5), shaft=s.u(14, 17),
              dent=s.u(1, 2.5))
    s.line(_bez([0.12 * f.L, f.top_y + 4], [0.25 * f.L, f.top_y + 10], [0.35 * f.L, f.top_y + 4], 6), minor=True)
    s.line(_bez([0.45 * f.L, f.yb - 5], [0.7 * f.L, f.yb - 7], [0.85 * f.L, f.yb - 3], 6), minor=True)
    s.strap([[0.01 * f.L, f.top_y + 1], [0.0, f.top_y - 2.5], [0.06 * f.L, f.top_y - 2.5], [0.06 * f.L, f.top_y + 1]])


def _sock_boot(s: _Sketch) -> None:
    _boot(s, heel=s.u(8, 10), t=s.u(1.0, 1.5), heel_kind="stiletto", pointed=s.u(2, 4), toe=s.u(4, 5),
          shaft=s.u(15, 19), front=s.u(0.3, 0.36))


def _chukka(s: _Sketch) -> None:
    f = _boot(s, heel=0.0, t=s.u(2.5, 3.5), kind="flat", shaft=s.u(12.5, 15), toe=s.u(5.5, 6.5))
    _laces(s, f, int(s.r.integers(2, 4)), length=2.2, cross=False)
    s.line([[0.45 * f.L, f.base(0.45 * f.L) - 1.5], [0.4 * f.L, f.top_y + 4]], minor=True)
    _stripe(s, f, -f.t * 0.5)


def _shearling(s: _Sketch) -> None:
    f = _boot(s, heel=0.0, t=s.u(2, 3), kind="flat", shaft=s.u(14, 17), toe=s.u(7, 8), front=s.u(0.38, 0.44))
    cuff = f.top_y + s.u(3.5, 5)
    s.line(_bumpy(_pts([0.0, cuff], [f.L * 0.43, cuff - 1]), 0.8, 6, [0.2 * f.L, cuff + 10]))
    s.line(_bez([0.55 * f.L, f.yb - 1.5], [0.62 * f.L, f.yb - f.toe * 1.1], [0.85 * f.L, f.yb - 1.5], 5), minor=True)


def _wedge_bootie(s: _Sketch) -> None:
    f = _boot(s, heel=s.u(6, 8), t=s.u(1.5, 2.5), kind="wedge", shaft=s.u(12, 14), toe=s.u(5, 6))
    if s.chance(0.5):
        _laces(s, f, 5)
    else:
        x = 0.28 * f.L
        s.line([[x, f.top_y + 0.5], [x, f.base(x) - 2]])


def _buckle_boot(s: _Sketch) -> None:
    f = _boot(s, heel=s.u(3, 4.5), t=s.u(1.8, 2.8), shaft=s.u(13, 16))
    for y in (f.top_y + s.u(2.5, 3.5), f.top_y + s.u(6.5, 8)):
        s.line([[0.0, y], [0.38 * f.L, y + 1]])
        s.line([[0.0, y + 1.8], [0.38 * f.L, y + 2.8]], minor=True)
        s.line(_rect(0.3 * f.L, y - 0.5, 0.3 * f.L + 2.5, y + 2.8), closed=True)


def _rain_boot(s: _Sketch) -> None:
    f = _boot(s, heel=0.0, t=s.u(3, 4), kind="flat", shaft=s.u(15, 18), toe=s.u(6.5, 7.5), front=s.u(0.4, 0.46))
    _pull_tab(s, f)
    s.line(_offset(f.top, 2), minor=True)
    _stripe(s, f, -f.t - 2.5, x1=0.8)


# 5 Sandal -----------------------------------------------------------------------------------

def _arch(s: _Sketch, foot: np.ndarray, x0: float, x1: float, h: float, width: float = 0.0,
          solid: bool = False) -> None:
    """A strap over the foot seen from the side: an arch h high from the sole; `width`>0 makes it
    a band, `solid` a dome (a slide's upper)."""
    a, b = [x0, _gy(foot, x0)], [x1, _gy(foot, x1)]
    peak = [(x0 + x1) / 2, min(a[1], b[1]) - 2 * h]
    outer = _bez(a, peak, b, 9)
    if solid:
        s.body(outer)
        return
    if width <= 0:
        s.strap(outer)
        return
    inner = _bez([x1 - width * 0.6, _gy(foot, x1 - width * 0.6)], [peak[0], peak[1] + 2 * width],
                 [x0 + width * 0.6, _gy(foot, x0 + width * 0.6)], 9)
    s.body(_pts(outer, inner))


def _few(s: _Sketch, xs) -> list[float]:
    """Strap positions, fewer when the brush is fat: nobody draws five straps with a finger."""
    xs = list(xs)
    keep = max(1, len(xs) - int(s.fat > 0.065) - int(s.fat > 0.09))
    return [xs[i] for i in np.round(np.linspace(0, len(xs) - 1, keep)).astype(int)] if keep < len(xs) else xs


def _instep(L: float, x: float) -> float:
    """How high the (unseen) foot is at x: toes low, rising to the ankle."""
    return float(np.interp(x, [0.1 * L, 0.3 * L, 0.5 * L, 0.75 * L, 0.95 * L], [10, 8.5, 6.5, 4.0, 2.5]))


def _ankle_strap(s: _Sketch, L: float, foot: np.ndarray, front: bool = False) -> None:
    """A strap round the ankle, held by a strap up the back of the heel (and maybe one from the front)."""
    x, y = 0.13 * L, _gy(foot, 0.13 * L) - s.u(7, 9)
    rx = s.u(3, 4)
    s.strap(_ellipse(x, y, rx, s.u(1.2, 2), 14), closed=True)
    s.strap([[x - rx * 0.9, y + 0.5], [0.01 * L, _gy(foot, 0.01 * L) - 0.3]])
    if front or s.chance(0.3):
        s.strap([[x + rx * 0.9, y + 0.5], [0.45 * L, _gy(foot, 0.45 * L) - _instep(L, 0.45 * L) * 0.8]])
    s.dot(x + rx + 0.3, y)


def _sandal_base(s: _Sketch, t: float, heel: float = 0.0, kind: str = "flat", **kw) -> tuple[float, np.ndarray]:
    L = s.u(24, 27)
    foot = _sole(s, L, t, heel=heel, kind=kind if heel > 0.3 or kind != "heel" else "flat", spring=s.u(0.3, 1.2), **kw)
    return L, foot


def _slides(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(3, 5))
    _arch(s, foot, 0.45 * L, 0.9 * L, s.u(3.5, 5), solid=True)
    if s.chance(0.5):
        s.line([[0.55 * L, _gy(foot, 0.55 * L) - 4], [0.75 * L, _gy(foot, 0.75 * L) - 4]], minor=True)


def _strappy(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.5, 2.5), heel=s.u(0, 3), kind="heel")
    for x in _few(s, (0.62, 0.8)[: int(s.r.integers(1, 3))]):
        _arch(s, foot, x * L - 3.2, x * L + 3.2, _instep(L, x * L) * 1.15)
    _ankle_strap(s, L, foot)


def _platform_sandal(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(6, 9))
    for x in _few(s, (0.6, 0.82)):
        _arch(s, foot, x * L - 3.6, x * L + 3.6, _instep(L, x * L) * 1.15, width=s.u(1.5, 2.5))
    _ankle_strap(s, L, foot)
    if s.chance(0.5):
        s.line([[0.02 * L, -s.u(3, 5)], [0.92 * L, -s.u(3, 5)]], minor=True)


def _flip_flop(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.5, 2.5))
    x0 = s.u(0.74, 0.8) * L
    s.strap(_pts(_bez([x0, _gy(foot, x0)], [x0 - 2, _gy(foot, x0) - 5], [0.55 * L, _gy(foot, 0.55 * L) - 6], 5),
                 _bez([0.55 * L, _gy(foot, 0.55 * L) - 6], [0.45 * L, _gy(foot, 0.45 * L) - 4],
                      [0.38 * L, _gy(foot, 0.38 * L)], 5)))
    if s.chance(0.5):
        s.strap([[x0, _gy(foot, x0)], [0.5 * L, _gy(foot, 0.5 * L) - 4.5], [0.45 * L, _gy(foot, 0.45 * L)]])


def _heeled_sandal(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.0, 1.8), heel=s.u(7, 10), kind="heel",
                           heel_kind=s.pick(("stiletto", "block")))
    _arch(s, foot, 0.76 * L, 0.9 * L, 2.0)
    if s.chance(0.5):
        _arch(s, foot, 0.5 * L, 0.62 * L, 3.0)
    _ankle_strap(s, L, foot)


def _gladiator(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.5, 2.5))
    for x in _few(s, (0.45, 0.62, 0.8)):
        _arch(s, foot, x * L - 2.8, x * L + 2.8, _instep(L, x * L) * 1.15)
    top = _gy(foot, 0.1 * L) - s.u(18, 24)
    s.strap([[0.04 * L, _gy(foot, 0.04 * L)], [0.08 * L, top]])
    for k, y in enumerate(_few(s, np.linspace(_gy(foot, 0.1 * L) - 7, top + 1, int(s.r.integers(3, 5))))):
        s.strap(_ellipse(0.12 * L + k * 0.3, y, 3.5, 1.3, 12), closed=True)


def _sport_sandal(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(3.5, 5), lug=s.u(0.8, 1.4))
    for x in _few(s, (0.5, 0.75)):
        _arch(s, foot, x * L - 3.6, x * L + 3.6, _instep(L, x * L) * 1.15, width=s.u(1.8, 2.6))
    _arch(s, foot, 0.02 * L, 0.3 * L, s.u(4, 5), width=s.u(1.8, 2.4))


def _wedge_sandal(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.5, 2.5), heel=s.u(6, 9), kind="wedge")
    for x in _few(s, (0.62, 0.82)):
        _arch(s, foot, x * L - 3.2, x * L + 3.2, _instep(L, x * L) * 1.15, width=s.chance(0.5) * 1.8)
    _ankle_strap(s, L, foot)


def _espadrille(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.5, 2.5), heel=s.u(5, 8), kind="wedge")
    for x in np.linspace(0.1, 0.7, 6):
        s.line([[x * L, _gy(foot, x * L) + 1], [x * L - 0.5, -0.6]], minor=True)
    _arch(s, foot, 0.55 * L, 0.85 * L, 3.0)
    _arch(s, foot, 0.62 * L, 0.78 * L, 4.0)
    _ankle_strap(s, L, foot, front=True)


def _fisherman(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(2, 3))
    for x in _few(s, np.linspace(0.55, 0.9, 3)):
        _arch(s, foot, x * L - 2.4, x * L + 2.4, _instep(L, x * L) * 1.15)
    _arch(s, foot, 0.0, 0.3 * L, s.u(3, 4), width=s.u(1.5, 2.2))
    _arch(s, foot, 0.28 * L, 0.45 * L, 3.5)


def _cross_slide(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(2.5, 4))
    _arch(s, foot, 0.42 * L, 0.78 * L, s.u(4.5, 6), width=s.u(2, 3))
    _arch(s, foot, 0.6 * L, 0.92 * L, s.u(3.5, 4.5), width=s.u(2, 3))


def _mule_sandal(s: _Sketch) -> None:
    L, foot = _sandal_base(s, s.u(1.2, 2), heel=s.u(5, 7), kind="heel")
    _arch(s, foot, 0.55 * L, 0.88 * L, s.u(3.5, 4.5), solid=True)


# --------------------------------------------------------------------------------------------
# 8 Bag, from the front

def _handles(s: _Sketch, x: float, y: float, h: float, count: int = 2) -> None:
    for k in range(count):
        dx, dy = k * s.u(-1.5, 1.5), k * s.u(1, 3)
        s.strap(_bez([-x + dx, y + 0.5], [dx * 0.5, y - 2 * h + dy], [x + dx, y + 0.5], 11))


def _tote(s: _Sketch) -> None:
    W, H = s.u(32, 40), s.u(30, 38)
    tw, bw = W / 2 * s.u(0.85, 1.0), W / 2 * s.u(0.95, 1.1)
    s.body([[-tw, 0], [tw, 0], [bw, H], [-bw, H]])
    if s.chance(0.4):   # drawn a little in perspective: the side shows
        g = s.u(3, 5)
        s.body([[tw, 0], [tw + g, -g * 0.5], [bw + g, H - g * 0.5], [bw, H]])
    _handles(s, tw * s.u(0.3, 0.45), 0, H * s.u(0.35, 0.6), count=int(s.r.integers(1, 3)))
    if s.chance(0.4):
        s.line([[-tw, 3], [tw, 3]], minor=True, inner=True)
    if s.chance(0.4):
        _print(s, 0, H * 0.5, min(W, H) * 0.16)


def _strap_loop(half: float, height: float, r: float, x: float) -> np.ndarray:
    """A long strap above a bag: from (-half, 0) up to a round top `height` high and down to (half, 0)."""
    return _pts([-half, 0.5], _arc(x, -height + r, r, r * 0.9, 180, 360, 11), [half, 0.5])


def _crossbody(s: _Sketch) -> None:
    W, H = s.u(18, 24), s.u(13, 17)
    r = s.u(2, 4)
    s.body(_pts(_arc(-W / 2 + r, r, r, r, 180, 270, 4), _arc(W / 2 - r, r, r, r, 270, 360, 4),
                _arc(W / 2 - r, H - r, r, r, 0, 90, 4), _arc(-W / 2 + r, H - r, r, r, 90, 180, 4)))
    s.line(_bez([-W / 2, 1], [0, H * 1.2], [W / 2, 1], 8), inner=True)
    s.dot(0, H * 0.58, minor=False)
    # The long strap, laid out above the bag: up from the corners, round over the top.
    s.strap(_strap_loop(W / 2 - 1, s.u(24, 38), W * s.u(0.25, 0.4), s.u(-3, 3)))


def _top_handle(s: _Sketch) -> None:
    W, H = s.u(28, 34), s.u(20, 26)
    tw = W / 2 * s.u(0.75, 0.88)
    a, h, th = tw * s.u(0.45, 0.65), H * s.u(0.4, 0.6), s.u(1.8, 2.6)
    outer = _bez([-a, 1], [0, -2 * h], [a, 1], 11)
    inner = _bez([a - th, 1], [0, -2 * h + 2.2 * th], [-a + th, 1], 11)
    s.body(_pts(outer, inner))
    s.body([[-tw, 0], [tw, 0], [W / 2, H], [-W / 2, H]])
    s.line([[-tw, 0.5], [0, H * s.u(0.35, 0.5)], [tw, 0.5]], inner=True)
    s.line(_rect(-1.2, H * 0.42, 1.2, H * 0.42 + 2.5), closed=True, minor=True)
    for x in (-0.35, 0.35):
        s.dot(x * W, H + 0.8)


def _backpack(s: _Sketch) -> None:
    w, H = s.u(13, 16), s.u(36, 42)
    top = w * s.u(0.9, 1.2)
    body = _pts(_arc(0, top, w, top, 180, 360, 12), [w, H - 3], [w - 3, H], [-w + 3, H], [-w, H - 3])
    for sign in (1, -1):
        s.strap([[sign * (w - 2), top * 0.6], [sign * (w + s.u(2, 4)), H * 0.55], [sign * (w - 1), H - 4]])
    s.body(body)
    s.strap(_bez([-3, 0.5], [0, -6], [3, 0.5], 6))
    y = H * s.u(0.45, 0.55)
    pw = w * s.u(0.65, 0.8)
    s.line(_pts(_arc(0, y + 3, pw, 3, 180, 360, 7), [pw, H - 3], [-pw, H - 3]), closed=True)
    s.line(_arc(0, top + 2.5, w - 2.5, top - 1, 190, 350, 10), minor=True)


def _clutch(s: _Sketch) -> None:
    W, H = s.u(28, 34), s.u(15, 19)
    s.body(_rect(-W / 2, 0, W / 2, H))
    depth = H * s.u(0.5, 0.7)
    if s.chance(0.5):
        s.line([[-W / 2, 0.5], [0, depth], [W / 2, 0.5]], inner=True)
    else:
        s.line(_bez([-W / 2, 0.5], [0, depth * 1.5], [W / 2, 0.5], 8), inner=True)
    s.dot(0, depth - 1.5, minor=False)
    if s.chance(0.3):
        s.strap(_ellipse(W / 2 + 3, H * 0.4, 4, 5, 12), closed=True)


def _bucket(s: _Sketch) -> None:
    tw, bw, H = s.u(10, 13), s.u(11, 15), s.u(22, 28)
    s.body(_pts([-tw, 0], [tw, 0], [bw, H - 4], _arc(0, H - 4, bw, 4, 0, 180, 9)))
    s.line(_ellipse(0, 0, tw, 2, 14), closed=True, minor=True)
    s.line(_bez([-tw, 4], [0, 5.5], [tw, 4], 7), inner=True)
    for sign in (1, -1):
        s.strap([[sign * 1, 4.5], [sign * s.u(2, 4), s.u(11, 15)]])
    s.strap(_bez([-tw + 1, 0], [0, -s.u(20, 34)], [tw - 1, 0], 11))


def _baguette(s: _Sketch) -> None:
    W, H = s.u(26, 32), s.u(11, 15)
    r = H / 2
    s.body(_pts(_arc(-W / 2 + r, r, r, r, 90, 270, 8), _arc(W / 2 - r, r, r, r, -90, 90, 8)))
    s.line([[-W / 2 + 2, H * 0.55], [W / 2 - 2, H * 0.55]], inner=True)
    s.line(_rect(-1.5, H * 0.45, 1.5, H * 0.75), closed=True, minor=True)
    s.strap(_bez([-W / 2 + 3, 0.5], [0, -2 * H * s.u(0.8, 1.3)], [W / 2 - 3, 0.5], 11))


def _shopping_bag(s: _Sketch) -> None:
    W, H = s.u(26, 32), s.u(30, 36)
    s.body(_rect(-W / 2, 0, W / 2, H))
    _handles(s, W * s.u(0.15, 0.22), 0, H * s.u(0.25, 0.35), count=2)
    s.line([[-W / 2, 4], [W / 2, 4]], minor=True, inner=True)
    if s.chance(0.5):
        _print(s, 0, H * 0.55, W * 0.14)


def _duffel(s: _Sketch) -> None:
    W, H = s.u(42, 50), s.u(20, 26)
    r = H / 2
    s.body(_pts(_arc(-W / 2 + r, r, r * 0.8, r, 90, 270, 9), _arc(W / 2 - r, r, r * 0.8, r, -90, 90, 9)))
    if s.chance(0.4):
        for sign in (1, -1):
            s.line(_ellipse(sign * (W / 2 - r), r, r * 0.45, r * 0.7, 12), closed=True, minor=True)
    s.line([[-W / 2 + r, 2.5], [W / 2 - r, 2.5]])
    _handles(s, W * 0.15, 0.5, H * s.u(0.4, 0.6), count=2)


def _satchel(s: _Sketch) -> None:
    W, H = s.u(30, 36), s.u(22, 28)
    s.body(_rect(-W / 2, 0, W / 2, H))
    flap = H * s.u(0.5, 0.62)
    s.line([[-W / 2, flap], [W / 2, flap]], inner=True)
    for x in (-0.25, 0.25):
        s.line([[x * W - 1.5, flap - 4], [x * W - 1.5, flap + 5]])
        s.line([[x * W + 1.5, flap - 4], [x * W + 1.5, flap + 5]])
        s.line(_rect(x * W - 2.2, flap - 1.2, x * W + 2.2, flap + 1.6), closed=True, minor=True)
    s.strap(_bez([-W * 0.2, 0.5], [0, -H * s.u(0.5, 0.8)], [W * 0.2, 0.5], 9))


def _belt_bag(s: _Sketch) -> None:
    W, H = s.u(26, 32), s.u(11, 14)
    s.body(_pts(_bez([-W / 2, 0], [0, -2], [W / 2, 0], 7), _bez([W / 2, 0], [W * 0.45, H * 1.35], [0, H], 7),
                _bez([0, H], [-W * 0.45, H * 1.35], [-W / 2, 0], 7)))
    s.line(_bez([-W * 0.42, 3], [0, 1], [W * 0.42, 3], 7), inner=True)
    for sign in (1, -1):
        reach = s.u(5, 12)
        s.strap(_bez([sign * W / 2, 1.5], [sign * (W / 2 + reach * 0.5), 3], [sign * (W / 2 + reach), s.u(0, 4)], 6))
    s.line(_rect(W / 2 + 3, 0, W / 2 + 6, 3.5), closed=True, minor=True)


def _hobo(s: _Sketch) -> None:
    W, H = s.u(34, 40), s.u(20, 24)
    sag = s.u(3, 6)
    s.body(_pts(_bez([-W / 2, 0], [0, 2 * sag], [W / 2, 0], 9),
                _bez([W / 2, 0], [W * 0.6, H * 1.1], [0, H], 8), _bez([0, H], [-W * 0.6, H * 1.1], [-W / 2, 0], 8)))
    s.strap(_bez([-W * 0.36, sag * 0.7], [0, -s.u(14, 22)], [W * 0.36, sag * 0.7], 11))
    if s.chance(0.5):
        s.line(_bez([-W * 0.25, sag + 2], [0, H * 0.5], [W * 0.2, sag + 3], 5), minor=True)


def _chain_bag(s: _Sketch) -> None:
    W, H = s.u(18, 24), s.u(13, 17)
    s.body(_rect(-W / 2, 0, W / 2, H))
    for c in np.arange(-W / 2 - H, W / 2, W / 3)[1:]:   # quilted diamonds, kept inside the bag
        for sign in (1, -1):
            t0, t1 = np.clip(np.array([(-W / 2 - c) / H, (W / 2 - c) / H]), 0, 1)
            if t1 - t0 > 0.15:
                line = np.array([[c + t * H, t * H] for t in (t0, t1)])
                if sign < 0:
                    line[:, 0] = -line[:, 0]
                s.line(line, minor=True)
    s.line([[-W / 2, H * 0.45], [W / 2, H * 0.45]], inner=True)
    s.dot(0, H * 0.45, minor=False)
    # A chain: the strap's loop drawn as a tight zigzag.
    loop = _strap_loop(W / 2 - 1, s.u(22, 34), W * s.u(0.25, 0.35), s.u(-2, 2))
    chain = np.array([_along(loop, t) for t in np.linspace(0, 1, 41)])
    s.strap(chain + np.where(np.arange(41) % 2, 0.45, -0.45)[:, None] * [1, 0])


# --------------------------------------------------------------------------------------------
# The classes, in Fashion-MNIST's order

_DESIGNS = (
    (_tee, _oversized_tee, _crop_top, _tank, _vneck_tee, _graphic_tee, _ringer_tee, _pocket_tee, _cami,
     _baby_tee, _longline_tee, _tie_front, _muscle_tee, _off_shoulder, _peplum, _flutter_top),
    (_jeans, _skinny_jeans, _wide_leg, _flares, _cargo, _joggers, _suit_trousers, _chinos, _baggy, _leggings,
     _track_pants, _ripped_jeans, _parachute, _paperbag),
    (_sweatshirt, _hoodie, _turtleneck, _cable_knit, _vneck_jumper, _oversized_knit, _cropped_hoodie,
     _striped_sweater, _graphic_sweat, _mock_neck, _raglan, _fair_isle, _rollneck),
    (_slip_dress, _wrap_dress, _aline_dress, _maxi_dress, _sleeved_dress, _shirt_dress, _bodycon, _tiered_dress,
     _fit_flare, _strapless, _tshirt_dress, _halter_dress, _babydoll, _gown),
    (_puffer, _trench, _parka, _denim_jacket, _bomber, _wool_coat, _zip_hoodie, _blazer, _biker, _varsity,
     _raincoat, _teddy, _peacoat, _duster),
    (_slides, _strappy, _platform_sandal, _flip_flop, _heeled_sandal, _gladiator, _sport_sandal, _wedge_sandal,
     _espadrille, _fisherman, _cross_slide, _mule_sandal),
    (_button_down, _flannel, _short_sleeve_shirt, _blouse, _polo, _denim_shirt, _rolled_sleeves, _striped_shirt,
     _hawaiian, _mandarin, _ruffle_blouse, _tied_shirt, _western_shirt),
    (_low_top, _chunky, _high_top, _slip_on, _runner, _skate, _platform_sneaker, _three_stripes, _tennis, _velcro,
     _sock_sneaker, _canvas),
    (_tote, _crossbody, _top_handle, _backpack, _clutch, _bucket, _baguette, _shopping_bag, _duffel, _satchel,
     _belt_bag, _hobo, _chain_bag),
    (_chelsea, _combat, _heeled_bootie, _side_zip, _hiking, _platform_boot, _cowboy_boot, _sock_boot, _chukka,
     _shearling, _wedge_bootie, _buckle_boot, _rain_boot),
)
_SHOES = (5, 7, 9)


def _design(label: int, index: int):
    """Designs in turn; with an even number of designs every second round is shifted by one, so
    that each design comes in both styles (styles take turns by index)."""
    designs = _DESIGNS[label]
    n = len(designs)
    return designs[(index + (index // n) * (1 - n % 2)) % n]


def draw(label: int, index: int, style: str, seed: int = 0) -> np.ndarray:
    """One drawing (uint8 280x280, white on black) of class `label`: depends only on its arguments."""
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of {STYLES}")
    rng = np.random.default_rng([seed, label, index, STYLES.index(style)])
    hand = _hand(rng)
    sketch = _Sketch(rng, hand.brush / hand.size)
    _design(label, index)(sketch)
    # Shoes point either way (more often left, as in the product photos); anything else may be
    # mirrored too, which only matters for the few asymmetric designs.
    if rng.random() < (0.6 if label in _SHOES else 0.5):
        sketch.items = [(k, _flip(p), c, m, i, [_flip(o) for o in outline] if outline else None)
                        for k, p, c, m, i, outline in sketch.items]
    return _render(sketch, style, hand, rng)


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each): N is
    10 * count_per_class, grouped by label (all of class 0 first), styles taking turns within each class.
    Each drawing depends only on (seed, label, index, style)."""
    styles = tuple(styles)
    if not styles:
        raise ValueError("styles is empty")
    for style in styles:
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}; expected some of {STYLES}")
    images, labels, names = [], [], []
    for label in range(len(_DESIGNS)):
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            images.append(draw(label, i, style, seed))
            labels.append(label)
            names.append(style)
    if not images:
        return np.zeros((0, SIZE, SIZE), dtype=np.uint8), np.zeros(0, dtype=np.int64), []
    return np.stack(images), np.array(labels, dtype=np.int64), names


def contact_sheet(images: np.ndarray, columns: int, tile: int = 140) -> Image.Image:
    """Drawings in rows of `columns` (one class a row when columns = count per class)."""
    rows = math.ceil(len(images) / columns)
    sheet = Image.new("L", (columns * (tile + 2) + 2, rows * (tile + 2) + 2), 90)
    for k, image in enumerate(images):
        small = Image.fromarray(image).resize((tile, tile), Image.Resampling.BOX)
        sheet.paste(small, (2 + (k % columns) * (tile + 2), 2 + (k // columns) * (tile + 2)))
    return sheet


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-class", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", default="stylus_sheet.png", help="contact sheet to write (PNG)")
    parser.add_argument("--tile", type=int, default=140)
    args = parser.parse_args(argv)
    images, _, _ = make(args.per_class, seed=args.seed)
    contact_sheet(images, args.per_class, args.tile).save(args.sheet)
    print(f"{len(images)} drawings, one class a row -> {args.sheet}")


if __name__ == "__main__":
    main()
