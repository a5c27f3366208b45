"""Careful hands: an independent generator of Fashion-MNIST garments as people draw them with care.

Teachers, older students and artsy kids asked to "draw a <garment>" on a black 280x280 web canvas
with a white round brush, taking 30-90 seconds: realistic proportions and the details that make a
garment what it is (collars, plackets, lapels, rib bands, zips, pockets, laces, soles, straps),
sometimes flat-laid, sometimes on an invisible body, sometimes in 3/4 view, with folds, seams,
stripes and prints. Some outline only ("outline"); others paint the garment in and leave the
details as unpainted gaps ("filled"), since a white brush cannot draw dark lines.

This module was written without looking at the project's other drawing generators, so that its
idea of how people draw is independent of theirs. Its drawings are used for `--drawn` training, to
recognise drawings by people the network has never seen.

    python -m fashion.careful_hands --per-class 12 --sheet /tmp/careful_sheet.png
"""
from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageChops, ImageDraw

STYLES = ("outline", "filled")
CANVAS = 280                     # the web canvas, in pixels
SUPERSAMPLE = 2                  # drawn at 2x, shrunk with a box filter: antialiased strokes
INK = 255

# The brush: most keep the default, many switch to a thin one for detail, a few take a fat one.
DEFAULT_BRUSH = 18
THIN_BRUSH = (4.0, 10.0)
MEDIUM_BRUSH = (11.0, 16.0)
THICK_BRUSH = (25.0, 40.0)
BRUSH_CHOICE = (0.42, 0.32, 0.14, 0.12)      # default, thin, medium, thick
GAP_WIDTH = (3.0, 7.5)           # canvas px of a detail left unpainted in a filled drawing

# Where and how big: longest side from a third of the canvas to nearly all of it.
MIN_SIZE, MAX_SIZE = 0.34, 0.94
MAX_ROTATION = 15.0              # degrees; most people hold the garment nearly upright
ROTATION_SD = 5.0
ASPECT_SD = 0.07                 # log-scale wobble of width against height
FLIP_SHOES = 0.3                 # shoes drawn toe-right instead of toe-left

# A steady hand: small slow wobble on each stroke, a slight warp of the whole drawing.
WOBBLE_PX = (0.3, 1.3)
WOBBLE_WAVELENGTH = (25.0, 110.0)
WARP_FRACTION = (0.004, 0.018)   # of the drawing's size
RESAMPLE_PX = 3.0
P_FORGET = 0.06                  # a detail left out
P_TWICE = 0.1                    # a stroke gone over twice
P_OPEN_END = 0.12                # a closed outline whose ends don't quite meet
FILLED_MODES = ("gaps", "few_gaps", "streaky")
FILLED_MODE_CHOICE = (0.6, 0.25, 0.15)
P_FORGET_FEW = 0.6               # "painted it in, left a few gaps"
P_LAYER_GAPS = 0.6               # a painter leaves a gap where a sleeve lies over the body


# ----------------------------------------------------------------------------------------------
# What a design draws: marks in its own coordinates (x right, y down, any scale).

@dataclass
class Part:
    """A piece of the garment: outlined in an outline drawing, painted in a filled one."""
    fill: np.ndarray                     # closed polygon
    edges: list                          # polylines the pen traces (an edge hidden under another part is left out)
    closed: bool = True                  # edges[0] is the whole closed outline
    layered: bool = False                # lies over an earlier part: a painter may leave a gap round it
    hole: bool = False                   # an opening: dark in both styles
    seam: bool = False                   # a piece sewn on (a pocket, a collar): its outline always left unpainted
    keep_open: bool = False              # a hole the drawer keeps clear whatever the brush (between trouser legs)


@dataclass
class Line:
    points: np.ndarray
    closed: bool = False
    ink: bool = False                    # True: white in both styles (a strap, a string); else a detail
    essential: bool = False              # never forgotten
    width: float = 1.0                   # of the detail brush (ink lines: of the main brush)


@dataclass
class Band:
    """A strap or handle: two lines if wide for the brush, else one stroke as wide as it."""
    centre: np.ndarray
    half_width: float
    polygon: np.ndarray
    over: bool = False                   # lies on a painted part: a painter leaves a gap along it


@dataclass
class Dots:
    centres: np.ndarray
    radius: float
    ring: bool = False                   # drawn as a small circle, not a blob, when the brush allows


@dataclass
class Pattern:
    """Stripes, checks, quilting: detail lines kept inside the given polygons."""
    lines: list
    clip: list
    width: float = 1.0


@dataclass
class Sketch:
    marks: list = field(default_factory=list)
    shoe: bool = False                   # a side view that may face either way

    def part(self, fill, edges=None, layered=False, hole=False, seam=False):
        fill = as_points(fill)
        if edges is None:
            self.marks.append(Part(fill, [fill], True, layered, hole, seam))
        else:
            self.marks.append(Part(fill, [as_points(e) for e in edges], False, layered, hole, seam))

    def detail(self, points, closed=False, essential=False, width=1.0):
        self.marks.append(Line(as_points(points), closed, False, essential, width))

    def ink(self, points, closed=False, width=1.0):
        self.marks.append(Line(as_points(points), closed, True, True, width))

    def band(self, centre, half_width, over=False):
        centre = as_points(centre)
        left, right = tube(centre, half_width)
        self.marks.append(Band(centre, half_width, np.vstack([left, right[::-1]]), over))

    def opening(self, polygon):
        """Background the drawer keeps clear between parts, however fat the brush (trouser legs)."""
        self.marks.append(Part(as_points(polygon), [], False, False, True, False, True))

    def dots(self, centres, radius, ring=False):
        self.marks.append(Dots(as_points(centres), radius, ring))

    def pattern(self, lines, clip, width=1.0):
        self.marks.append(Pattern([as_points(l) for l in lines], [as_points(c) for c in clip], width))


# ----------------------------------------------------------------------------------------------
# Geometry helpers.

def as_points(points) -> np.ndarray:
    return np.asarray(points, dtype=float).reshape(-1, 2)


def mirror(points) -> np.ndarray:
    mirrored = as_points(points).copy()
    mirrored[:, 0] *= -1
    return mirrored


def symmetric(right_half) -> np.ndarray:
    """Closed outline from its right half, given from the top centre round to the bottom centre."""
    right = as_points(right_half)
    left = mirror(right)[::-1]
    return np.vstack([right, left[1:-1]])


def chaikin(points, closed=True, iterations=3) -> np.ndarray:
    """Rounded curve through a control polygon; repeat a point to keep its corner sharp."""
    curve = as_points(points)
    for _ in range(iterations):
        if closed:
            following = np.roll(curve, -1, axis=0)
        else:
            following = curve[1:]
            curve_start = curve[:-1]
        base = curve if closed else curve_start
        quarter = 0.75 * base + 0.25 * following
        three_quarter = 0.25 * base + 0.75 * following
        refined = np.empty((2 * len(base), 2))
        refined[0::2], refined[1::2] = quarter, three_quarter
        curve = refined if closed else np.vstack([curve[:1], refined, curve[-1:]])
    return curve


def bezier(*control, n=16) -> np.ndarray:
    control = as_points(control)
    t = np.linspace(0, 1, n)[:, None]
    degree = len(control) - 1
    curve = np.zeros((n, 2))
    for k, point in enumerate(control):
        curve += math.comb(degree, k) * t ** k * (1 - t) ** (degree - k) * point
    return curve


def arc(cx, cy, rx, ry, start_deg, end_deg, n=20) -> np.ndarray:
    angles = np.radians(np.linspace(start_deg, end_deg, n))
    return np.stack([cx + rx * np.cos(angles), cy + ry * np.sin(angles)], 1)


def ellipse(cx, cy, rx, ry, n=28) -> np.ndarray:
    return arc(cx, cy, rx, ry, 0, 360, n + 1)[:-1]


def rect(x0, y0, x1, y1) -> np.ndarray:
    return as_points([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def rounded_rect(x0, y0, x1, y1, radius, n=5) -> np.ndarray:
    radius = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
    corners = [(x1 - radius, y0 + radius, -90, 0), (x1 - radius, y1 - radius, 0, 90),
               (x0 + radius, y1 - radius, 90, 180), (x0 + radius, y0 + radius, 180, 270)]
    return np.vstack([arc(cx, cy, radius, radius, a0, a1, n) for cx, cy, a0, a1 in corners])


def lerp(a, b, t) -> np.ndarray:
    return np.asarray(a, float) + (np.asarray(b, float) - np.asarray(a, float)) * t


def normals(points) -> np.ndarray:
    points = as_points(points)
    tangent = np.gradient(points, axis=0)
    tangent /= np.maximum(np.hypot(tangent[:, 0], tangent[:, 1]), 1e-9)[:, None]
    return np.stack([-tangent[:, 1], tangent[:, 0]], 1)


def tube(centre, half_width):
    """Left and right edges of a strip along a centre line (half_width: one value or one per point)."""
    centre = as_points(centre)
    if len(centre) == 2:
        centre = np.vstack([lerp(centre[0], centre[1], t) for t in np.linspace(0, 1, 6)])
    offset = normals(centre) * np.broadcast_to(np.asarray(half_width, float), (len(centre),))[:, None]
    return centre + offset, centre - offset


def offset(points, distance) -> np.ndarray:
    return as_points(points) + normals(points) * distance


def polyline_at(points, fraction) -> np.ndarray:
    """The point a fraction of the way along a polyline."""
    points = as_points(points)
    lengths = np.hypot(*np.diff(points, axis=0).T)
    along = np.concatenate([[0], np.cumsum(lengths)])
    target = fraction * along[-1]
    return np.array([np.interp(target, along, points[:, 0]), np.interp(target, along, points[:, 1])])


def zigzag(start, end, count, amplitude) -> np.ndarray:
    start, end = np.asarray(start, float), np.asarray(end, float)
    direction = end - start
    normal = np.array([-direction[1], direction[0]]) / max(np.hypot(*direction), 1e-9)
    t = np.linspace(0, 1, 2 * count + 1)
    sign = np.where(np.arange(len(t)) % 2 == 1, 1.0, -1.0)
    sign[[0, -1]] = 0.0   # the ends lie on the line
    return start + direction * t[:, None] + normal * (amplitude * sign)[:, None]


def wave(start, end, waves, amplitude, n=40) -> np.ndarray:
    start, end = np.asarray(start, float), np.asarray(end, float)
    direction = end - start
    normal = np.array([-direction[1], direction[0]]) / max(np.hypot(*direction), 1e-9)
    t = np.linspace(0, 1, n)
    return start + direction * t[:, None] + normal * (amplitude * np.sin(2 * np.pi * waves * t))[:, None]


def ticks(start, end, count, length, inset=0.12) -> list:
    """Short marks across a line: rib knitting, stitches, velcro."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    direction = end - start
    normal = np.array([-direction[1], direction[0]]) / max(np.hypot(*direction), 1e-9)
    marks = []
    for t in np.linspace(inset, 1 - inset, count):
        centre = start + direction * t
        marks.append([centre - normal * length / 2, centre + normal * length / 2])
    return marks


def hlines(x0, x1, y0, y1, spacing, jitter=0.0, rng=None) -> list:
    lines = []
    y = y0 + spacing / 2
    while y < y1:
        dy = rng.normal(0, jitter) if rng is not None and jitter else 0.0
        lines.append([(x0, y + dy), (x1, y + dy)])
        y += spacing
    return lines


def vlines(x0, x1, y0, y1, spacing) -> list:
    lines = []
    x = x0 + spacing / 2
    while x < x1:
        lines.append([(x, y0), (x, y1)])
        x += spacing
    return lines


def diagonal_lines(x0, y0, x1, y1, spacing, slope) -> list:
    """Parallel lines of the given slope (dy/dx) covering a box: quilting, argyle, hatching."""
    lines = []
    span = (x1 - x0) * abs(slope) + (y1 - y0)
    count = int(span / spacing) + 2
    for k in range(count):
        intercept = y0 - (x1 - x0) * abs(slope) + k * spacing
        if slope >= 0:
            lines.append([(x0, intercept), (x1, intercept + slope * (x1 - x0))])
        else:
            lines.append([(x0, intercept - slope * (x1 - x0)), (x1, intercept)])
    return lines


def chance(rng, p) -> bool:
    return bool(rng.random() < p)


def pick(rng, options):
    return options[int(rng.integers(len(options)))]


# ----------------------------------------------------------------------------------------------
# The hand: brush, size, placement and the small unsteadiness of a careful drawer.

@dataclass
class Hand:
    brush: float                         # canvas px of the outline brush
    detail_width: float                  # canvas px of the brush used for details
    gap_width: float                     # canvas px of a detail left unpainted
    size: float                          # canvas px of the drawing's longest side
    rotation: float                      # degrees
    aspect: float                        # width stretch
    wobble: float                        # canvas px
    flip: bool
    filled_mode: str
    layer_gaps: bool
    forget: float


def choose_brush(rng) -> float:
    kind = rng.choice(4, p=BRUSH_CHOICE)
    if kind == 0:
        return float(DEFAULT_BRUSH)
    return float(rng.uniform(*(THIN_BRUSH, MEDIUM_BRUSH, THICK_BRUSH)[kind - 1]))


def choose_hand(rng, style: str, shoe: bool) -> Hand:
    brush = choose_brush(rng)
    if brush > 20:   # a fat brush is hopeless for details: most switch to a thinner one for them
        detail_width = brush if chance(rng, 0.3) else float(rng.uniform(6, 14))
    else:
        detail_width = brush if chance(rng, 0.5) else float(rng.uniform(3, min(brush, 9)))
    # A fat brush needs room: nobody draws a small coat with it.
    smallest = max(MIN_SIZE, 0.22 + brush / 110)
    size = CANVAS * float(rng.uniform(smallest, MAX_SIZE))
    rotation = float(np.clip(rng.normal(0, ROTATION_SD), -MAX_ROTATION, MAX_ROTATION))
    filled_mode = str(rng.choice(FILLED_MODES, p=FILLED_MODE_CHOICE))
    forget = P_FORGET_FEW if style == "filled" and filled_mode == "few_gaps" else P_FORGET
    return Hand(brush=brush, detail_width=detail_width, gap_width=float(rng.uniform(*GAP_WIDTH)),
                size=size, rotation=rotation, aspect=float(np.exp(rng.normal(0, ASPECT_SD))),
                wobble=float(rng.uniform(*WOBBLE_PX)), flip=shoe and chance(rng, FLIP_SHOES),
                filled_mode=filled_mode, layer_gaps=chance(rng, P_LAYER_GAPS), forget=forget)


def mark_extent(mark) -> list:
    if isinstance(mark, Part):
        return [mark.fill]
    if isinstance(mark, Line):
        return [mark.points]
    if isinstance(mark, Band):
        return [mark.polygon]
    if isinstance(mark, Dots):
        return [mark.centres - mark.radius, mark.centres + mark.radius]
    return mark.clip


class Placement:
    """Design coordinates -> supersampled canvas pixels: stretch, rotate, scale, move, warp."""

    def __init__(self, sketch: Sketch, hand: Hand, rng):
        points = np.vstack([p for mark in sketch.marks for p in mark_extent(mark)])
        self.flip = -1.0 if hand.flip else 1.0
        points = points * [self.flip * hand.aspect, 1.0]
        self.centre = (points.min(0) + points.max(0)) / 2
        angle = math.radians(hand.rotation)
        self.rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
        self.stretch = np.array([self.flip * hand.aspect, 1.0])
        turned = (points - self.centre) @ self.rotation.T
        extent = turned.max(0) - turned.min(0)
        size = hand.size * SUPERSAMPLE
        self.scale = size / max(extent.max(), 1e-9)
        turned = turned * self.scale
        margin = (hand.brush / 2 + 3) * SUPERSAMPLE
        canvas = CANVAS * SUPERSAMPLE
        low = margin - turned.min(0)
        high = canvas - margin - turned.max(0)
        self.position = np.array([rng.uniform(lo, hi) if hi > lo else (lo + hi) / 2 for lo, hi in zip(low, high)])
        # The whole drawing bends a little: proportions a hand gets slightly off.
        warp = float(rng.uniform(*WARP_FRACTION)) * size
        self.warp_amplitude = rng.normal(0, warp, 2)
        self.warp_wavelength = rng.uniform(0.8, 1.8, 2) * size
        self.warp_phase = rng.uniform(0, 2 * np.pi, 2)

    def __call__(self, points) -> np.ndarray:
        points = as_points(points) * self.stretch
        placed = (points - self.centre) @ self.rotation.T * self.scale + self.position
        return placed

    def warp(self, points) -> np.ndarray:
        x, y = points[:, 0], points[:, 1]
        dx = self.warp_amplitude[0] * np.sin(2 * np.pi * y / self.warp_wavelength[0] + self.warp_phase[0])
        dy = self.warp_amplitude[1] * np.sin(2 * np.pi * x / self.warp_wavelength[1] + self.warp_phase[1])
        return points + np.stack([dx, dy], 1)

    def length(self, design_length: float) -> float:
        return design_length * self.scale


def resample(points, spacing) -> tuple:
    """Evenly spaced points along a polyline and their distance along it."""
    steps = np.hypot(*np.diff(points, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(steps)])
    total = along[-1]
    if total < 1e-6:
        return points[:1], np.zeros(1)
    count = max(2, int(total / spacing) + 1)
    # Keep the polyline's own corners: a resampled corner would be cut.
    targets = np.union1d(np.linspace(0, total, count), along)
    x = np.interp(targets, along, points[:, 0])
    y = np.interp(targets, along, points[:, 1])
    return np.stack([x, y], 1), targets


class Pen:
    """Turns placed polylines into the wobbly strokes of a steady hand."""

    def __init__(self, placement: Placement, hand: Hand, rng):
        self.placement = placement
        self.hand = hand
        self.rng = rng

    def path(self, points, closed=False, wobble=True, extra=0.0) -> np.ndarray:
        placed = self.placement(points)
        if closed:
            placed = np.vstack([placed, placed[:1]])
        spacing = RESAMPLE_PX * SUPERSAMPLE
        dense, along = resample(placed, spacing)
        dense = self.placement.warp(dense)
        if wobble and len(dense) > 2:
            amplitude = (self.hand.wobble + extra) * SUPERSAMPLE
            total = along[-1]
            # The wobble fades to nothing at the ends, so strokes still meet where they should.
            taper = np.clip(np.minimum(along, total - along) / (10 * SUPERSAMPLE), 0, 1)
            for axis in range(2):
                wavelength = self.rng.uniform(*WOBBLE_WAVELENGTH) * SUPERSAMPLE
                phase = self.rng.uniform(0, 2 * np.pi)
                dense[:, axis] += amplitude * taper * np.sin(2 * np.pi * along / wavelength + phase)
        return dense

    def strokes(self, points, closed=False) -> list:
        """One or two passes of the pen along a line; a closed outline may not quite meet."""
        points = as_points(points)
        if closed and len(points) > 2:
            points = np.roll(points, -int(self.rng.integers(len(points))), axis=0)
        first = self.path(points, closed)
        if closed and chance(self.rng, P_OPEN_END) and len(first) > 8:
            first = first[:-int(self.rng.integers(2, 5))]
        passes = [first]
        if chance(self.rng, P_TWICE):
            again = self.path(points, closed, extra=0.6) + self.rng.normal(0, 0.8 * SUPERSAMPLE, 2)
            passes.append(again)
        return passes

    def outline(self, points) -> np.ndarray:
        return self.path(points, closed=True, wobble=False)


def draw_stroke(draw, path, width, value):
    """A round brush: straight pieces between the points and a dab at every point."""
    width = max(1.0, width)
    if len(path) >= 2:
        draw.line(path.ravel().tolist(), fill=value, width=max(1, int(round(width))))
    radius = width / 2
    if width >= 3:
        for x, y in path:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=value)


def polygon_mask(shape, polygons) -> Image.Image:
    mask = Image.new("L", shape, 0)
    draw = ImageDraw.Draw(mask)
    for polygon in polygons:
        if len(polygon) >= 3:
            draw.polygon(polygon.ravel().tolist(), fill=INK)
    return mask


class Renderer:
    def __init__(self, sketch: Sketch, hand: Hand, style: str, rng):
        self.sketch, self.hand, self.style, self.rng = sketch, hand, style, rng
        self.placement = Placement(sketch, hand, rng)
        self.pen = Pen(self.placement, hand, rng)
        side = CANVAS * SUPERSAMPLE
        self.image = Image.new("L", (side, side), 0)
        self.draw = ImageDraw.Draw(self.image)
        self.brush = hand.brush * SUPERSAMPLE
        self.detail_width = hand.detail_width * SUPERSAMPLE
        self.gap = hand.gap_width * SUPERSAMPLE
        self.filled = style == "filled"
        self.streak_angle = rng.uniform(0, np.pi)
        self.streak_spacing = self.brush * rng.uniform(1.0, 1.35)

    def render(self) -> np.ndarray:
        for mark in self.sketch.marks:
            optional = isinstance(mark, (Dots, Pattern)) or (isinstance(mark, Line) and not mark.essential)
            if optional and chance(self.rng, self.hand.forget):
                continue
            getattr(self, "_" + type(mark).__name__.lower())(mark)
        small = self.image.resize((CANVAS, CANVAS), Image.Resampling.BOX)
        return np.asarray(small, dtype=np.uint8)

    def _trace(self, points, closed, width, value):
        for path in self.pen.strokes(points, closed):
            draw_stroke(self.draw, path, width, value)

    def _part(self, part: Part):
        fill = self.pen.outline(part.fill)
        if part.keep_open:
            self.draw.polygon(fill.ravel().tolist(), fill=0)
            return
        if not self.filled or part.hole:
            self.draw.polygon(fill.ravel().tolist(), fill=0)
            if not (self.filled and part.hole):
                for edge in part.edges:
                    self._trace(edge, part.closed, self.brush, INK)
            return
        if part.seam:
            # Painted over like the rest, its outline left as a thin unpainted line.
            self.draw.polygon(fill.ravel().tolist(), fill=INK)
            for edge in part.edges:
                self._trace(edge, part.closed, self.gap, 0)
            return
        if part.layered and self.hand.layer_gaps:
            for edge in part.edges:
                draw_stroke(self.draw, self.pen.path(edge, part.closed, wobble=False), self.brush + 2 * self.gap, 0)
        if self.hand.filled_mode == "streaky":
            self._streaky_fill(fill)
        else:
            self.draw.polygon(fill.ravel().tolist(), fill=INK)
        for edge in part.edges:
            self._trace(edge, part.closed, self.brush, INK)

    def _streaky_fill(self, fill):
        """Painted in back-and-forth strokes that don't quite cover: streaks of canvas show."""
        side = self.image.size[0]
        layer = Image.new("L", self.image.size, 0)
        draw = ImageDraw.Draw(layer)
        direction = np.array([math.cos(self.streak_angle), math.sin(self.streak_angle)])
        normal = np.array([-direction[1], direction[0]])
        centre = np.array([side / 2, side / 2])
        for k in np.arange(-side, side, self.streak_spacing):
            start, end = centre + normal * k - direction * side, centre + normal * k + direction * side
            draw.line([tuple(start), tuple(end)], fill=INK, width=int(self.brush))
        layer = ImageChops.darker(layer, polygon_mask(self.image.size, [fill]))
        self.image = ImageChops.lighter(self.image, layer)
        self.draw = ImageDraw.Draw(self.image)

    def _line(self, line: Line):
        if line.ink:
            self._trace(line.points, line.closed, max(self.detail_width, self.brush * line.width), INK)
        elif self.filled:
            self._trace(line.points, line.closed, self.gap * line.width, 0)
        else:
            self._trace(line.points, line.closed, self.detail_width * line.width, INK)

    def _band(self, band: Band):
        width_px = 2 * self.placement.length(band.half_width)
        if width_px > 1.6 * self.brush:
            self._part(Part(band.polygon, [band.polygon], True, False, False, band.over))
            return
        width = max(self.brush, width_px)
        if self.filled and band.over:
            draw_stroke(self.draw, self.pen.path(band.centre, wobble=False), width + 2 * self.gap, 0)
        self._trace(band.centre, False, width, INK)

    def _dots(self, dots: Dots):
        radius = self.placement.length(dots.radius)
        for centre in dots.centres:
            x, y = self.placement.warp(self.placement(centre))[0]
            if self.filled:
                r = max(radius, self.gap / 2)
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=0)
            elif dots.ring and 2 * radius > 3 * self.detail_width:
                self.draw.ellipse((x - radius, y - radius, x + radius, y + radius), outline=INK,
                                  width=max(1, int(self.detail_width)))
            else:
                r = max(radius, self.detail_width / 2)
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=INK)

    def _pattern(self, pattern: Pattern):
        layer = Image.new("L", self.image.size, 0)
        draw = ImageDraw.Draw(layer)
        width = (self.gap if self.filled else self.detail_width) * pattern.width
        for line in pattern.lines:
            for path in self.pen.strokes(line):
                draw_stroke(draw, path, width, INK)
        clip = [self.pen.outline(polygon) for polygon in pattern.clip]
        layer = ImageChops.darker(layer, polygon_mask(self.image.size, clip))
        if self.filled:
            self.image = ImageChops.subtract(self.image, layer)
        else:
            self.image = ImageChops.lighter(self.image, layer)
        self.draw = ImageDraw.Draw(self.image)


# ----------------------------------------------------------------------------------------------
# Tops: one body-and-sleeves builder that T-shirts, pullovers, coats, shirts and dresses share.
# Right-hand pieces are built and mirrored; the neck is at (0, 0), the shoulders about x = +-1.

@dataclass
class Sleeve:
    fill: np.ndarray
    edge: np.ndarray
    cuff_outer: np.ndarray
    cuff_inner: np.ndarray
    direction: np.ndarray                # along the forearm, towards the cuff
    elbow: np.ndarray | None
    root: np.ndarray                     # middle of the armhole

    def mirrored(self) -> "Sleeve":
        flip = np.array([-1.0, 1.0])
        return Sleeve(mirror(self.fill), mirror(self.edge), self.cuff_outer * flip, self.cuff_inner * flip,
                      self.direction * flip, None if self.elbow is None else self.elbow * flip, self.root * flip)

    def centre_line(self) -> np.ndarray:
        cuff = (self.cuff_outer + self.cuff_inner) / 2
        if self.elbow is None:
            return np.vstack([self.root, cuff])
        return np.vstack([self.root, self.elbow, cuff])

    def across(self, back: float, t_outer=0.0, t_inner=1.0) -> np.ndarray:
        """A line across the sleeve `back` from the cuff: a cuff seam, a rib band, a roll-up."""
        outer = self.cuff_outer - self.direction * back
        inner = self.cuff_inner - self.direction * back
        return np.vstack([lerp(outer, inner, t_outer), lerp(outer, inner, t_inner)])


def unit(angle_deg) -> np.ndarray:
    """Direction `angle_deg` out from hanging straight down (right-hand side)."""
    angle = math.radians(angle_deg)
    return np.array([math.sin(angle), math.cos(angle)])


def make_sleeve(shoulder_point, armpit_point, angle, length, cuff, bend=0.0, elbow_at=0.55, puff=0.0,
                cuff_flare=0.0) -> Sleeve:
    """A right sleeve from the armhole (shoulder tip to armpit), `angle` degrees out from hanging
    down; `bend` turns the forearm back towards the body at the elbow."""
    shoulder_point, armpit_point = np.asarray(shoulder_point, float), np.asarray(armpit_point, float)
    root = (shoulder_point + armpit_point) / 2
    root_half = np.hypot(*(shoulder_point - armpit_point)) / 2
    upper = unit(angle)
    if bend:
        lower = unit(angle - bend)
        elbow = root + upper * length * elbow_at
        cuff_centre = elbow + lower * length * (1 - elbow_at)
        across_upper, across_lower = np.array([upper[1], -upper[0]]), np.array([lower[1], -lower[0]])
        across_elbow = (across_upper + across_lower) / np.hypot(*(across_upper + across_lower))
        elbow_half = (0.45 * root_half + 0.55 * cuff) / math.cos(math.radians(bend / 2))
        outer = [shoulder_point, elbow + across_elbow * elbow_half, cuff_centre + across_lower * cuff]
        inner = [cuff_centre - across_lower * cuff, elbow - across_elbow * elbow_half * 0.9, armpit_point]
    else:
        lower = upper
        elbow = None
        cuff_centre = root + upper * length
        across = np.array([upper[1], -upper[0]])
        outer = [shoulder_point, cuff_centre + across * (cuff + cuff_flare)]
        inner = [cuff_centre - across * (cuff + cuff_flare), armpit_point]
        if puff:
            # A puffed or balloon sleeve bulges between the armhole and a gathered cuff.
            outer.insert(1, lerp(outer[0], outer[1], 0.45) + across * puff)
            inner.insert(1, lerp(inner[0], inner[1], 0.55) - across * puff)
    outer_line = chaikin(outer, closed=False, iterations=2) if len(outer) > 2 else as_points(outer)
    inner_line = chaikin(inner, closed=False, iterations=2) if len(inner) > 2 else as_points(inner)
    edge = np.vstack([outer_line, inner_line])
    # The fill reaches a little into the body so painted sleeve and body leave no sliver between.
    inward = np.array([-0.1, 0.0])
    fill = np.vstack([edge, armpit_point + inward, shoulder_point + inward + [0, 0.04]])
    return Sleeve(fill, edge, np.asarray(outer[-1]), np.asarray(inner[0]), lower, elbow, root)


@dataclass
class Top:
    neck: float
    shoulder: float
    drop: float
    chest: float
    armpit: float
    hem: float
    length: float
    tail: float
    side: np.ndarray                     # right side from armpit to hem corner
    sleeves: list                        # [right, left] or []
    outline: np.ndarray                  # the body's closed outline
    bottom: np.ndarray                   # the hem from right to left

    def side_x(self, y) -> float:
        return float(np.interp(y, self.side[:, 1], self.side[:, 0]))

    def shoulder_y(self, x) -> float:
        return self.drop * max(0.0, abs(x) - self.neck) / max(self.shoulder - self.neck, 1e-9)

    def bottom_y(self, x) -> float:
        return float(np.interp(x, self.bottom[::-1, 0], self.bottom[::-1, 1]))

    def across(self, y, inset=0.0, n=12) -> np.ndarray:
        """A line across the body at height y, side to side."""
        half = self.side_x(y) - inset
        return as_points([(x, y) for x in np.linspace(-half, half, n)])

    def above_hem(self, distance, inset=0.0, n=16) -> np.ndarray:
        """The hem line raised by `distance`: a hem band or a stitching line."""
        half = self.side_x(self.length - distance) - inset
        return as_points([(x, self.bottom_y(x) - distance) for x in np.linspace(-half, half, n)])


def build_top(sk: Sketch, *, neck=0.3, shoulder=1.0, drop=0.12, chest=0.92, armpit=0.6, hem=0.95,
              length=2.3, waist=None, tail=0.0, hem_pull=0.0, pull_band=0.2, neck_depth=0.05,
              neck_shape="round", armhole_depth=None, sleeves=None, layered_sleeves=True, layered_body=False,
              side_profile=None, front_cut=None) -> Top:
    """Adds a top's body and sleeves to the sketch. `sleeves`: (right, left) keyword dicts for
    make_sleeve, or None for sleeveless. `waist`: (half width, height) of a fitted waist."""
    if neck_shape == "v":
        neck_curve = as_points([(-neck, 0), (0, neck_depth), (neck, 0)])
    elif neck_shape == "square":
        neck_curve = as_points([(-neck, 0), (-neck * 0.95, neck_depth), (neck * 0.95, neck_depth), (neck, 0)])
    else:
        neck_curve = arc(0, 0, neck, neck_depth, 180, 0, 14)
    top_edge = np.vstack([[(-shoulder, drop)], neck_curve, [(shoulder, drop)]])
    if side_profile is not None:
        side = [(chest, armpit)] + list(side_profile)
    else:
        side = [(chest, armpit)]
        if waist is not None:
            side.append(waist)
        if hem_pull:
            side.append((hem, length - pull_band))
            side.append((hem - hem_pull, length))
        else:
            side.append((hem, length))
    side = as_points(side)
    hem_half = side[-1, 0]
    xs = np.linspace(hem_half, -hem_half, 25)
    bottom = as_points([(x, length + tail * math.sqrt(max(0.0, 1 - (x / hem_half) ** 2))) for x in xs])
    if front_cut is not None:
        # A jacket's fronts curving away from each other at the bottom (a cutaway or open front).
        cut_half, cut_depth = front_cut
        bottom[:, 1] -= cut_depth * np.sqrt(np.clip(1 - (bottom[:, 0] / cut_half) ** 2, 0, 1))
    right_side = side
    left_side = mirror(side)[::-1]
    if sleeves is None:
        deep = armhole_depth if armhole_depth is not None else armpit
        right_armhole = bezier((shoulder, drop), (shoulder - 0.02, deep * 0.8), (chest - 0.12, deep), (chest, armpit),
                               n=12)
        outline = np.vstack([top_edge, right_armhole[1:], right_side[1:], bottom[1:-1], left_side[:-1],
                             mirror(right_armhole)[::-1][:-1]])
        sk.part(outline, layered=layered_body)
        made = []
    else:
        outline = np.vstack([top_edge, right_side, bottom[1:-1], left_side])
        lower_edge = np.vstack([right_side, bottom[1:-1], left_side])
        sk.part(outline, edges=[top_edge, lower_edge], layered=layered_body)
        right = make_sleeve((shoulder, drop), (chest, armpit), **sleeves[0])
        left = make_sleeve((shoulder, drop), (chest, armpit), **sleeves[1]).mirrored()
        made = [right, left]
        for sleeve in made:
            sk.part(sleeve.fill, edges=[sleeve.edge], layered=layered_sleeves)
    return Top(neck, shoulder, drop, chest, armpit, hem, length, tail, side, made, outline, bottom)


def pair(rng, spread=0.0, **kwargs) -> tuple:
    """Sleeve settings for both arms; `spread` degrees of difference between them (a pose)."""
    right = dict(kwargs)
    left = dict(kwargs)
    if spread:
        delta = rng.uniform(-spread, spread)
        right["angle"] = kwargs["angle"] + delta
        left["angle"] = kwargs["angle"] - delta
    return right, left


def neckline(sk, top: Top, shape="round", depth=0.18, band=0.0, back_band=False):
    """The front neck edge seen below the back neck, and a rib band round it."""
    n = top.neck
    if shape == "v":
        sk.detail([(-n, 0.0), (0, depth), (n, 0.0)], essential=True)
        if band:
            y_end = top.shoulder_y(n + band)
            sk.detail([(-n - band, y_end), (0, depth + band * 1.6), (n + band, y_end)])
    else:
        sk.detail(arc(0, 0, n, depth, 180, 0, 16), essential=True)
        if band:
            y_end = top.shoulder_y(n + band)
            sk.detail(arc(0, y_end, n + band, depth + band - y_end, 180, 0, 16))
    if back_band:
        sk.detail(arc(0, 0, n * 0.97, 0.05 + band * 0.7, 180, 0, 12))


def rib_ticks(sk, edge_a, edge_b, count):
    """Knitted rib: short lines joining two parallel edges."""
    edge_a, edge_b = as_points(edge_a), as_points(edge_b)
    marks = []
    for t in np.linspace(0.08, 0.92, count):
        marks.append([polyline_at(edge_a, t), polyline_at(edge_b, t)])
    for mark in marks:
        sk.detail(mark, width=0.7)


def hem_band(sk, top: Top, width, ribs=0):
    upper = top.above_hem(width)
    sk.detail(upper)
    if ribs:
        lower = top.above_hem(0.0, inset=0.02)
        rib_ticks(sk, upper, lower, ribs)


def cuff_bands(sk, top: Top, width, ribs=0):
    for sleeve in top.sleeves:
        line = sleeve.across(width)
        sk.detail(line)
        if ribs:
            rib_ticks(sk, line, np.vstack([sleeve.cuff_outer, sleeve.cuff_inner]), ribs)


def hem_stitch(sk, top: Top, distance=0.08):
    sk.detail(top.above_hem(distance, inset=0.02), width=0.7)


def buttons(sk, x, y0, y1, count, radius=0.04, ring=True):
    ys = np.linspace(y0, y1, count)
    sk.dots([(x, y) for y in ys], radius, ring)


def body_clip(top: Top) -> list:
    return [top.outline] + [sleeve.fill for sleeve in top.sleeves]


def folds(sk, rng, anchors, length=0.35, spread=40):
    """A few short drag lines from the given points: fabric folding as it hangs."""
    for (x, y, angle) in anchors:
        angle += rng.uniform(-spread / 4, spread / 4)
        direction = unit(angle)
        end = np.array([x, y]) + direction * length * rng.uniform(0.7, 1.2)
        bend = np.array([direction[1], -direction[0]]) * length * rng.uniform(-0.15, 0.15)
        sk.detail(bezier((x, y), lerp((x, y), end, 0.5) + bend, end, n=8), width=0.7)


def chest_print(sk, rng, cx, cy, size):
    """A print or logo on the chest, drawn as people draw them: simple shapes, letter-ish marks."""
    kind = pick(rng, ("star", "heart", "smile", "letters", "badge", "sun", "bolt"))
    r = size / 2
    if kind == "star":
        angles = np.radians(np.arange(10) * 36 - 90)
        radii = np.where(np.arange(10) % 2 == 0, r, r * 0.42)
        sk.detail(np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], 1), closed=True, essential=True)
    elif kind == "heart":
        t = np.linspace(0, 2 * np.pi, 40)
        x = 16 * np.sin(t) ** 3
        y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
        sk.detail(np.stack([cx + x / 17 * r, cy + y / 17 * r], 1), closed=True, essential=True)
    elif kind == "smile":
        sk.detail(ellipse(cx, cy, r, r), closed=True, essential=True)
        sk.dots([(cx - r * 0.35, cy - r * 0.25), (cx + r * 0.35, cy - r * 0.25)], r * 0.1)
        sk.detail(arc(cx, cy + r * 0.05, r * 0.5, r * 0.45, 20, 160, 10))
    elif kind == "letters":
        letters(sk, rng, cx, cy, size * 1.3, size * 0.45, int(rng.integers(3, 6)))
        if chance(rng, 0.5):
            sk.detail([(cx - size * 0.65, cy + size * 0.4), (cx + size * 0.65, cy + size * 0.4)], width=0.7)
    elif kind == "badge":
        sk.detail(rounded_rect(cx - r * 1.2, cy - r * 0.8, cx + r * 1.2, cy + r * 0.8, r * 0.2), closed=True,
                  essential=True)
        letters(sk, rng, cx, cy, size * 1.7, size * 0.5, int(rng.integers(2, 5)))
    elif kind == "sun":
        sk.detail(arc(cx, cy + r * 0.3, r * 0.55, r * 0.55, 180, 360, 12), essential=True)
        sk.detail([(cx - r * 1.1, cy + r * 0.3), (cx + r * 1.1, cy + r * 0.3)])
        for angle in (200, 235, 270, 305, 340):
            direction = np.array([math.cos(math.radians(angle)), math.sin(math.radians(angle))])
            start = np.array([cx, cy + r * 0.3]) + direction * r * 0.75
            sk.detail([start, start + direction * r * 0.45], width=0.8)
    else:
        sk.detail([(cx + r * 0.3, cy - r), (cx - r * 0.4, cy + r * 0.1), (cx + r * 0.2, cy + r * 0.1),
                   (cx - r * 0.3, cy + r)], essential=True)


def letters(sk, rng, cx, cy, width, height, count):
    """Marks that read as lettering from a distance: each a simple glyph of one or two strokes."""
    pitch = width / count
    for k in range(count):
        x0 = cx - width / 2 + pitch * (k + 0.15)
        x1 = x0 + pitch * 0.7
        y0, y1 = cy - height / 2, cy + height / 2
        glyph = int(rng.integers(5))
        if glyph == 0:
            sk.detail([(x0, y1), ((x0 + x1) / 2, y0), (x1, y1)], width=0.8)
        elif glyph == 1:
            sk.detail(ellipse((x0 + x1) / 2, cy, (x1 - x0) / 2, height / 2, 14), closed=True, width=0.8)
        elif glyph == 2:
            sk.detail([(x0, y0), (x0, y1), (x1, y1)], width=0.8)
        elif glyph == 3:
            sk.detail([(x1, y0), (x0, y0), (x0, cy), (x1, cy), (x1, y1), (x0, y1)], width=0.8)
        else:
            sk.detail([(x0, y1), (x0, y0), (x1, y1), (x1, y0)], width=0.8)


# ----------------------------------------------------------------------------------------------
# 0 T-shirt/top

def tee_body(rng, **overrides) -> dict:
    body = dict(neck=rng.uniform(0.26, 0.34), shoulder=1.0, drop=rng.uniform(0.08, 0.16),
                chest=rng.uniform(0.86, 0.96), armpit=rng.uniform(0.55, 0.72), length=rng.uniform(2.0, 2.6))
    body["hem"] = body["chest"] * rng.uniform(0.97, 1.07)
    body.update(overrides)
    return body


def tee_sleeves(rng, angle=(50, 66), length=(0.45, 0.75), cuff=(0.2, 0.27), spread=4.0, **extra) -> tuple:
    return pair(rng, spread, angle=rng.uniform(*angle), length=rng.uniform(*length), cuff=rng.uniform(*cuff), **extra)


def tee_neck(sk, rng, body: dict, shape="round", depth_range=(0.14, 0.22), band_p=0.7) -> tuple:
    """Either the neck cut into the outline or drawn as a line below the back neck."""
    depth = rng.uniform(*depth_range)
    notch = chance(rng, 0.35)
    body["neck_shape"] = shape
    body["neck_depth"] = depth if notch else rng.uniform(0.03, 0.07)
    band = rng.uniform(0.05, 0.09) if chance(rng, band_p) else 0.0
    return notch, depth, band


def finish_neck(sk, rng, top: Top, notch, depth, band, shape="round"):
    if notch:
        if band:
            y_end = top.shoulder_y(top.neck + band)
            if shape == "v":
                sk.detail([(-top.neck - band, y_end), (0, depth + band * 1.6), (top.neck + band, y_end)])
            else:
                sk.detail(arc(0, y_end, top.neck + band, depth + band - y_end, 180, 0, 16))
    else:
        neckline(sk, top, shape, depth, band, back_band=chance(rng, 0.3))


def tee_sleeve_hems(sk, rng, top: Top, p=0.6):
    if chance(rng, p):
        distance = rng.uniform(0.06, 0.12)
        for sleeve in top.sleeves:
            sk.detail(sleeve.across(distance), width=0.8)


def tee_crew(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng)
    notch, depth, band = tee_neck(sk, rng, body)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng))
    finish_neck(sk, rng, top, notch, depth, band)
    tee_sleeve_hems(sk, rng, top)
    if chance(rng, 0.5):
        hem_stitch(sk, top, rng.uniform(0.06, 0.12))
    return sk


def tee_vneck(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng, waist=None)
    body["waist"] = (body["chest"] * rng.uniform(0.86, 0.95), body["length"] * 0.55)
    notch, depth, band = tee_neck(sk, rng, body, "v", (0.35, 0.6))
    top = build_top(sk, **body, sleeves=tee_sleeves(rng))
    finish_neck(sk, rng, top, notch, depth, band, "v")
    tee_sleeve_hems(sk, rng, top)
    return sk


def tee_print(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng)
    notch, depth, band = tee_neck(sk, rng, body)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng))
    finish_neck(sk, rng, top, notch, depth, band)
    chest_print(sk, rng, rng.normal(0, 0.05), top.length * rng.uniform(0.36, 0.46), rng.uniform(0.5, 0.85))
    tee_sleeve_hems(sk, rng, top, 0.4)
    return sk


def tee_stripes(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng)
    notch, depth, band = tee_neck(sk, rng, body, band_p=0.4)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng))
    finish_neck(sk, rng, top, notch, depth, band)
    spacing = rng.uniform(0.18, 0.32)
    stripes = hlines(-3, 3, depth + 0.1, top.length + 0.4, spacing, 0.01, rng)
    sk.pattern(stripes, body_clip(top), width=rng.uniform(0.8, 1.6))
    return sk


def tank_top(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.3, 0.42)
    strap = rng.uniform(0.1, 0.24)
    depth = rng.uniform(0.3, 0.6)
    top = build_top(sk, neck=neck, shoulder=neck + strap, drop=rng.uniform(0.0, 0.06),
                    chest=rng.uniform(0.78, 0.9), armpit=rng.uniform(0.8, 1.05), hem=rng.uniform(0.82, 0.98),
                    length=rng.uniform(2.1, 2.6), neck_depth=depth,
                    neck_shape=pick(rng, ("round", "round", "v", "square")))
    if chance(rng, 0.5):   # binding round the neck and armholes
        sk.detail(arc(0, 0.04, neck + 0.05, depth + 0.05, 180, 0, 14), width=0.7)
    if chance(rng, 0.5):
        hem_stitch(sk, top, rng.uniform(0.06, 0.12))
    if chance(rng, 0.3):
        chest_print(sk, rng, 0, top.length * 0.5, rng.uniform(0.4, 0.6))
    return sk


def camisole(rng) -> Sketch:
    sk = Sketch()
    cup = rng.uniform(0.3, 0.4)
    top_y = rng.uniform(0.3, 0.45)
    width = rng.uniform(0.68, 0.82)
    hem = width * rng.uniform(1.0, 1.2)
    length = rng.uniform(1.6, 2.2)
    dip = rng.uniform(0.12, 0.28)
    right = [(0, top_y + dip), (cup, top_y), (width, top_y + 0.15), (width * 1.02, top_y + 0.45), (hem, length),
             (0, length + 0.02)]
    outline = symmetric(right)
    sk.part(outline)
    strap_top = rng.uniform(-0.5, -0.2)
    for side in (1, -1):
        if chance(rng, 0.6):   # a strap that goes over the shoulder and back down to the back
            strap = bezier((side * cup, top_y), (side * cup * 1.1, strap_top), (side * width * 0.9, strap_top),
                           (side * width * 0.9, top_y + 0.1), n=16)
        else:
            strap = [(side * cup, top_y), (side * cup * 1.15, strap_top)]
        sk.ink(strap, width=0.5)
    if chance(rng, 0.5):   # lace edging along the top
        sk.detail(offset(np.vstack([mirror(right[:3])[::-1], as_points(right[1:3])]), 0.07), width=0.7)
    if chance(rng, 0.5):
        xs = np.linspace(-hem * 0.95, hem * 0.95, 8)
        scallops = np.vstack([arc((a + b) / 2, length - 0.05, (b - a) / 2, 0.08, 180, 0, 6)
                              for a, b in zip(xs[:-1], xs[1:])])
        sk.detail(scallops, width=0.7)
    return sk


def crop_top(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng, length=rng.uniform(1.05, 1.45))
    notch, depth, band = tee_neck(sk, rng, body)
    sleeved = chance(rng, 0.7)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng, length=(0.35, 0.6)) if sleeved else None)
    finish_neck(sk, rng, top, notch, depth, band)
    if chance(rng, 0.5):
        hem_band(sk, top, rng.uniform(0.1, 0.16), ribs=int(rng.integers(6, 12)) if chance(rng, 0.5) else 0)
    tee_sleeve_hems(sk, rng, top, 0.5)
    return sk


def tee_on_body(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng, chest=rng.uniform(0.82, 0.92))
    body["waist"] = (body["chest"] * rng.uniform(0.88, 0.96), body["length"] * 0.6)
    body["hem"] = body["chest"] * rng.uniform(0.9, 1.0)
    notch, depth, band = tee_neck(sk, rng, body)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng, angle=(26, 40), length=(0.55, 0.75), spread=8))
    finish_neck(sk, rng, top, notch, depth, band)
    tee_sleeve_hems(sk, rng, top, 0.5)
    anchors = [(top.chest - 0.05, top.armpit + 0.1, -55), (-top.chest + 0.05, top.armpit + 0.1, 55)]
    if chance(rng, 0.6):
        anchors.append((rng.uniform(-0.4, 0.4), top.length - 0.05, pick(rng, (160, 200))))
    folds(sk, rng, anchors, length=rng.uniform(0.3, 0.5))
    return sk


def tee_oversized(rng) -> Sketch:
    sk = Sketch()
    chest = rng.uniform(1.1, 1.3)
    body = dict(neck=rng.uniform(0.28, 0.36), shoulder=chest, drop=rng.uniform(0.16, 0.28), chest=chest,
                armpit=rng.uniform(0.85, 1.05), hem=chest * rng.uniform(0.98, 1.04), length=rng.uniform(2.2, 2.6))
    notch, depth, band = tee_neck(sk, rng, body)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng, angle=(60, 78), length=(0.5, 0.8), cuff=(0.28, 0.36)))
    finish_neck(sk, rng, top, notch, depth, band)
    if chance(rng, 0.7):   # the dropped shoulder seam
        for side in (1, -1):
            sk.detail([(side * top.shoulder, top.drop), (side * top.chest, top.armpit)], width=0.8)
    tee_sleeve_hems(sk, rng, top, 0.5)
    return sk


def tee_raglan(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng, drop=rng.uniform(0.18, 0.26))
    notch, depth, band = tee_neck(sk, rng, body, band_p=0.9)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng))
    finish_neck(sk, rng, top, notch, depth, band)
    for side in (1, -1):
        sk.detail(bezier((side * (top.neck + 0.06), top.shoulder_y(top.neck + 0.06)),
                         (side * top.chest * 0.75, top.armpit * 0.45),
                         (side * top.chest, top.armpit), n=10), essential=True)
    tee_sleeve_hems(sk, rng, top, 0.9)
    return sk


def blouse_top(rng) -> Sketch:
    sk = Sketch()
    chest = rng.uniform(0.8, 0.9)
    waist_y = rng.uniform(1.3, 1.6)
    peplum = chance(rng, 0.5)
    body = dict(neck=rng.uniform(0.25, 0.32), shoulder=1.0, drop=rng.uniform(0.1, 0.16), chest=chest,
                armpit=rng.uniform(0.55, 0.7), waist=(chest * rng.uniform(0.8, 0.9), waist_y),
                hem=chest * (rng.uniform(1.15, 1.35) if peplum else rng.uniform(0.9, 1.0)),
                length=waist_y + (rng.uniform(0.5, 0.7) if peplum else rng.uniform(0.5, 0.9)))
    notch, depth, band = tee_neck(sk, rng, body, band_p=0.2)
    sleeves = tee_sleeves(rng, angle=(48, 64), length=(0.35, 0.55), cuff=(0.15, 0.2), puff=rng.uniform(0.08, 0.14))
    top = build_top(sk, **body, sleeves=sleeves)
    finish_neck(sk, rng, top, notch, depth, band)
    for sleeve in top.sleeves:   # gathered, elasticated sleeve ends
        sk.detail(sleeve.across(0.07), width=0.7)
    if chance(rng, 0.6):   # keyhole and tie at the back of the neck
        sk.detail(bezier((0, depth), (-0.12, depth + 0.25), (0.12, depth + 0.25), (0, depth), n=12), essential=True)
    if peplum:
        sk.detail(top.across(waist_y, 0.0), essential=True)
        for x in np.linspace(-0.6, 0.6, 5):
            sk.detail([(x * chest, waist_y + 0.05), (x * chest * 1.25, top.length - 0.1)], width=0.6)
    elif chance(rng, 0.5):
        for x in np.linspace(-0.15, 0.15, 4):   # gathers under the neckline
            sk.detail([(x, depth + 0.05), (x * 1.3, depth + 0.3)], width=0.6)
    return sk


def pocket_tee(rng) -> Sketch:
    sk = Sketch()
    body = tee_body(rng)
    notch, depth, band = tee_neck(sk, rng, body)
    top = build_top(sk, **body, sleeves=tee_sleeves(rng))
    finish_neck(sk, rng, top, notch, depth, band)
    x0, y0 = rng.uniform(0.28, 0.4), rng.uniform(0.55, 0.75)
    size = rng.uniform(0.28, 0.36)
    sk.part(rounded_rect(x0, y0, x0 + size, y0 + size * 1.1, 0.03), seam=True)
    sk.detail([(x0, y0 + 0.06), (x0 + size, y0 + 0.06)], width=0.7)
    if chance(rng, 0.6):   # rolled-up sleeve ends
        for sleeve in top.sleeves:
            sk.detail(sleeve.across(0.14), width=0.9)
    return sk


# ----------------------------------------------------------------------------------------------
# 2 Pullover: long sleeves, no front opening, rib at cuffs, hem and neck; knit patterns, hoods.

def sweater_body(rng, **overrides) -> dict:
    chest = rng.uniform(0.9, 1.0)
    body = dict(neck=rng.uniform(0.24, 0.32), shoulder=1.0, drop=rng.uniform(0.1, 0.18), chest=chest,
                armpit=rng.uniform(0.62, 0.78), hem=chest * rng.uniform(0.93, 1.02), length=rng.uniform(2.2, 2.7),
                hem_pull=rng.uniform(0.03, 0.09), pull_band=rng.uniform(0.16, 0.24))
    body.update(overrides)
    return body


def sweater_sleeves(rng, angle=(14, 28), length=(1.9, 2.35), cuff=(0.13, 0.18), spread=3.0, **extra) -> tuple:
    return pair(rng, spread, angle=rng.uniform(*angle), length=rng.uniform(*length), cuff=rng.uniform(*cuff), **extra)


def knit_bands(sk, rng, top: Top, body: dict, ribs_p=0.6, neck=True, neck_shape="round", neck_depth=None):
    """The rib bands that say 'knitted': at the hem, the cuffs and round the neck."""
    ribbed = chance(rng, ribs_p)
    hem_band(sk, top, body.get("pull_band", 0.2), ribs=int(rng.integers(8, 15)) if ribbed else 0)
    cuff_bands(sk, top, rng.uniform(0.15, 0.22), ribs=int(rng.integers(3, 6)) if ribbed else 0)
    if neck:
        depth = neck_depth if neck_depth is not None else rng.uniform(0.12, 0.2)
        neckline(sk, top, neck_shape, depth, band=rng.uniform(0.06, 0.1), back_band=chance(rng, 0.3))


def crew_sweater(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body)
    return sk


def vneck_jumper(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body, neck_shape="v", neck_depth=rng.uniform(0.45, 0.8))
    return sk


def turtleneck(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng, neck=rng.uniform(0.22, 0.28))
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body, neck=False)
    height = rng.uniform(0.3, 0.55)
    half = top.neck + 0.03
    collar = chaikin([(-half, 0.1), (-half, 0.1), (-half * 1.05, -height), (half * 1.05, -height), (half, 0.1),
                      (half, 0.1)], iterations=2)
    sk.part(collar, layered=True)
    fold = -height + rng.uniform(0.1, 0.2)
    sk.detail([(-half * 1.04, fold), (half * 1.04, fold)])
    if chance(rng, 0.6):
        rib_ticks(sk, [(-half, fold + 0.04), (half, fold + 0.04)], [(-half, 0.06), (half, 0.06)],
                  int(rng.integers(4, 8)))
    return sk


def hood_behind(sk, rng, neck, height, fur=False):
    """A hood lying up behind the neck, wide where it sits on the shoulders, its opening seen as
    an inner arch reaching down to the front of the neck."""
    width = neck + rng.uniform(0.32, 0.45)
    outer = bezier((-width, 0.15), (-width * 1.2, -height * 1.05), (width * 1.2, -height * 1.05), (width, 0.15), n=22)
    sk.part(np.vstack([outer, [(0, 0.5)]]), edges=[outer])
    inner = bezier((-neck * 0.95, 0.12), (-neck * 1.25, -height * 0.62), (neck * 1.25, -height * 0.62),
                   (neck * 0.95, 0.12), n=18)
    if fur:
        spikes = []
        for k, point in enumerate(inner):
            grow = normals(inner)[k] * (0.1 if k % 2 else -0.04)
            spikes.append(point + grow)
        sk.ink(np.vstack(spikes), width=0.6)
    else:
        sk.detail(inner, essential=True)


def hoodie(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng, neck=rng.uniform(0.26, 0.32))
    hood_behind(sk, rng, body["neck"], rng.uniform(0.7, 1.0))
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng), layered_body=True)
    knit_bands(sk, rng, top, body, neck=False)
    for side in (1, -1):   # drawstrings
        x = side * rng.uniform(0.1, 0.16)
        end = (x + side * rng.uniform(-0.05, 0.08), rng.uniform(0.6, 0.95))
        sk.ink([(x, 0.12), ((x + end[0]) / 2, (0.12 + end[1]) / 2), end], width=0.45)
    bottom = top.length - body["pull_band"]
    top_y = bottom - rng.uniform(0.6, 0.8)
    inner, outer = rng.uniform(0.38, 0.5), rng.uniform(0.65, 0.8) * top.side_x(bottom)
    pocket = [(-inner, top_y), (inner, top_y), (outer, top_y + 0.35), (outer, bottom), (-outer, bottom),
              (-outer, top_y + 0.35)]
    sk.part(pocket, seam=True)
    return sk


def cable(x, y0, y1, width, twists) -> list:
    """A cable: two strands crossing and recrossing, between two purl lines."""
    strand_a = wave((x, y0), (x, y1), twists, width * 0.5)
    strand_b = wave((x, y0), (x, y1), twists, -width * 0.5)
    return [strand_a, strand_b]


def cable_knit(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body)
    columns = pick(rng, ((-0.45, 0.0, 0.45), (-0.3, 0.3), (-0.55, -0.2, 0.2, 0.55)))
    width = rng.uniform(0.16, 0.24)
    y0, y1 = rng.uniform(0.3, 0.45), top.length - body["pull_band"]
    lines = []
    for x in columns:
        lines += cable(x, y0, y1, width, rng.uniform(3, 5))
        if chance(rng, 0.5):
            lines += [[(x - width * 0.9, y0), (x - width * 0.9, y1)], [(x + width * 0.9, y0), (x + width * 0.9, y1)]]
    if chance(rng, 0.6):
        for sleeve in top.sleeves:
            centre = sleeve.centre_line()
            lines += [wave(centre[0], centre[-1] - sleeve.direction * 0.2, 4, 0.07),
                      wave(centre[0], centre[-1] - sleeve.direction * 0.2, 4, -0.07)]
    sk.pattern(lines, body_clip(top), width=0.8)
    return sk


def nordic_sweater(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body)
    y0 = rng.uniform(0.35, 0.5)
    y1 = y0 + rng.uniform(0.35, 0.5)
    lines = [[(-3, y0), (3, y0)], [(-3, y1), (3, y1)],
             zigzag((-3, (y0 + y1) / 2), (3, (y0 + y1) / 2), 24, (y1 - y0) * 0.3)]
    if chance(rng, 0.7):   # a second band of motifs lower down
        y2 = top.length - body["pull_band"] - rng.uniform(0.3, 0.5)
        lines += [[(-3, y2 - 0.15), (3, y2 - 0.15)], zigzag((-3, y2), (3, y2), 22, 0.08)]
    if chance(rng, 0.5):   # a snowflake on the chest
        cx, cy, r = 0, y1 + 0.35, 0.15
        for angle in (0, 60, 120):
            d = np.array([math.cos(math.radians(angle)), math.sin(math.radians(angle))]) * r
            lines.append([(cx - d[0], cy - d[1]), (cx + d[0], cy + d[1])])
    sk.pattern(lines, body_clip(top), width=0.8)
    return sk


def logo_sweatshirt(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng, chest=rng.uniform(0.95, 1.05), drop=rng.uniform(0.15, 0.25))
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng, cuff=(0.14, 0.2)))
    knit_bands(sk, rng, top, body)
    if chance(rng, 0.5):   # raglan seams
        for side in (1, -1):
            sk.detail([(side * (top.neck + 0.08), top.shoulder_y(top.neck + 0.08)), (side * top.chest, top.armpit)],
                      width=0.8)
    cy = top.length * rng.uniform(0.3, 0.42)
    if chance(rng, 0.6):
        letters(sk, rng, 0, cy, rng.uniform(0.9, 1.3), rng.uniform(0.2, 0.3), int(rng.integers(3, 7)))
        if chance(rng, 0.5):
            letters(sk, rng, 0, cy + 0.35, rng.uniform(0.6, 0.9), 0.14, int(rng.integers(4, 8)))
    else:
        chest_print(sk, rng, 0, cy + 0.1, rng.uniform(0.5, 0.8))
    return sk


def sweater_bent_arms(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    sleeves = sweater_sleeves(rng, angle=(24, 34), length=(1.6, 1.9), spread=5,
                              bend=rng.uniform(50, 75), elbow_at=rng.uniform(0.45, 0.55))
    top = build_top(sk, **body, sleeves=sleeves)
    knit_bands(sk, rng, top, body)
    for sleeve in top.sleeves:   # creases inside the bent elbow
        if sleeve.elbow is not None and chance(rng, 0.7):
            inward = -np.sign(sleeve.elbow[0])
            for k in range(2):
                start = sleeve.elbow + np.array([inward * 0.05, -0.1 + 0.12 * k])
                sk.detail([start, start + np.array([-inward * 0.15, 0.05])], width=0.7)
    return sk


def striped_jumper(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body, ribs_p=0.3)
    spacing = rng.uniform(0.25, 0.42)
    stripes = hlines(-3, 3, 0.35, top.length - body["pull_band"] - 0.05, spacing)
    sk.pattern(stripes, body_clip(top), width=rng.uniform(1.4, 2.4))
    return sk


def balloon_sweater(rng) -> Sketch:
    sk = Sketch()
    chest = rng.uniform(1.05, 1.2)
    body = sweater_body(rng, shoulder=chest, chest=chest, drop=rng.uniform(0.2, 0.3), armpit=rng.uniform(0.85, 1.0),
                        hem=chest * rng.uniform(0.95, 1.0), length=rng.uniform(1.8, 2.2))
    sleeves = sweater_sleeves(rng, angle=(22, 34), length=(1.5, 1.9), cuff=(0.12, 0.15), puff=rng.uniform(0.18, 0.3))
    top = build_top(sk, **body, sleeves=sleeves)
    knit_bands(sk, rng, top, body)
    for side in (1, -1):   # dropped shoulder seam
        sk.detail([(side * top.shoulder, top.drop), (side * top.chest, top.armpit)], width=0.8)
    return sk


def clip_polygon_y(polygon, y0, y1) -> np.ndarray:
    """The part of a convex-ish outline between two heights (for patterns kept off rib bands)."""
    points = as_points(polygon)
    clipped = points.copy()
    clipped[:, 1] = np.clip(clipped[:, 1], y0, y1)
    return clipped


def argyle_sweater(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng))
    knit_bands(sk, rng, top, body, neck_shape="v", neck_depth=rng.uniform(0.45, 0.7))
    spacing = rng.uniform(0.4, 0.6)
    slope = rng.uniform(1.3, 1.8)
    y0, y1 = 0.7, top.length - body["pull_band"]
    lines = diagonal_lines(-1.1, y0, 1.1, y1, spacing * slope, slope) + diagonal_lines(-1.1, y0, 1.1, y1,
                                                                                       spacing * slope, -slope)
    sk.pattern(lines, [clip_polygon_y(top.outline, y0, y1)], width=0.8)
    return sk


def tpose_sweater(rng) -> Sketch:
    sk = Sketch()
    body = sweater_body(rng)
    top = build_top(sk, **body, sleeves=sweater_sleeves(rng, angle=(66, 84), length=(1.6, 2.0), cuff=(0.13, 0.17)))
    knit_bands(sk, rng, top, body)
    return sk


# ----------------------------------------------------------------------------------------------
# 4 Coat: a front opening or zip down the middle, buttons, lapels and collars, belts, flap
# pockets, often long; quilting on puffers, fur on hoods.

def coat_body(rng, length=(2.9, 3.7), **overrides) -> dict:
    chest = rng.uniform(0.95, 1.05)
    body = dict(neck=rng.uniform(0.24, 0.3), shoulder=rng.uniform(1.0, 1.1), drop=rng.uniform(0.1, 0.18),
                chest=chest, armpit=rng.uniform(0.7, 0.85), hem=chest * rng.uniform(1.0, 1.18),
                length=rng.uniform(*length), neck_depth=rng.uniform(0.02, 0.06))
    body.update(overrides)
    return body


def coat_sleeves(rng, angle=(9, 20), length=(2.0, 2.4), cuff=(0.17, 0.22), spread=3.0, **extra) -> tuple:
    return pair(rng, spread, angle=rng.uniform(*angle), length=rng.uniform(*length), cuff=rng.uniform(*cuff), **extra)


def lapels(sk, top: Top, rng, break_y, width, opening_x=0.0, notch=True, peak=False):
    """Collar and lapels folded back either side of the V at the neck."""
    n = top.neck
    for side in (1, -1):
        tip_y = rng.uniform(0.3, 0.45)
        points = [(n, top.shoulder_y(n) + 0.0), (n + width * 0.4, 0.16)]
        if notch:
            points += [(n + width * 0.3, tip_y - 0.06), (n + width * 0.15, tip_y - 0.02)]
        points += [(n + width * (1.05 if peak else 0.9), tip_y - (0.12 if peak else 0.0)),
                   (opening_x * side, break_y)]
        points = as_points(points) * [side, 1.0]
        sk.part(points, seam=True)


def front_opening(sk, top: Top, x, y0):
    sk.detail([(x, y0), (x, top.bottom_y(x))], essential=True)


def flap_pockets(sk, top: Top, rng, y, width=None, height=None, welt=False):
    width = width or rng.uniform(0.35, 0.5)
    height = height or rng.uniform(0.12, 0.2)
    x_centre = top.side_x(y) * rng.uniform(0.5, 0.6)
    for side in (1, -1):
        x = side * x_centre
        if welt:
            sk.detail([(x - width / 2, y + side * 0.08), (x + width / 2, y - side * 0.08)], essential=True)
        else:
            sk.part(rect(x - width / 2, y, x + width / 2, y + height), seam=True)


def belt(sk, top: Top, rng, y, height=None, buckle_x=0.0, tail=True):
    height = height or rng.uniform(0.14, 0.2)
    half_top, half_bottom = top.side_x(y) + 0.04, top.side_x(y + height) + 0.04
    sk.part([(-half_top, y), (half_top, y), (half_bottom, y + height), (-half_bottom, y + height)], seam=True)
    sk.detail(rect(buckle_x - 0.12, y - 0.04, buckle_x + 0.12, y + height + 0.04), closed=True, essential=True)
    if tail:
        x = buckle_x + 0.15
        sk.ink([(x, y + height * 0.5), (x + 0.15, y + height + 0.3), (x + 0.1, y + height + 0.7)], width=0.5)


def zip_line(sk, x0, y0, x1, y1, rng, teeth=True):
    sk.detail([(x0, y0), (x1, y1)], essential=True)
    sk.detail(rect(x0 - 0.04, y0 + 0.05, x0 + 0.04, y0 + 0.2), closed=True)   # the pull
    if teeth and chance(rng, 0.4):
        for mark in ticks((x0, y0 + 0.25), (x1, y1), int(rng.integers(10, 18)), 0.08, inset=0.02):
            sk.detail(mark, width=0.6)


def stand_collar(sk, top: Top, height, ribs=0):
    half = top.neck + 0.04
    collar = chaikin([(-half, 0.1), (-half, 0.1), (-half * 1.02, -height), (half * 1.02, -height), (half, 0.1),
                      (half, 0.1)], iterations=2)
    sk.part(collar, layered=True)
    if ribs:
        rib_ticks(sk, [(-half, -height + 0.04), (half, -height + 0.04)], [(-half, 0.06), (half, 0.06)], ribs)


def long_coat(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(3.2, 4.1))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng, angle=(6, 15)))
    break_y = rng.uniform(0.8, 1.2)
    lapels(sk, top, rng, break_y, rng.uniform(0.25, 0.38))
    front_opening(sk, top, 0.0, break_y)
    count = int(rng.integers(3, 5))
    buttons(sk, -0.08, break_y + 0.15, break_y + 0.15 + 0.4 * (count - 1), count)
    flap_pockets(sk, top, rng, top.length * rng.uniform(0.55, 0.65))
    if chance(rng, 0.5):
        for sleeve in top.sleeves:
            sk.detail(sleeve.across(0.3), width=0.8)
    return sk


def trench_coat(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(3.4, 4.2))
    body["waist"] = (body["chest"] * rng.uniform(0.88, 0.95), 1.5)
    body["hem"] = body["chest"] * rng.uniform(1.15, 1.3)
    top = build_top(sk, **body, sleeves=coat_sleeves(rng))
    break_y = rng.uniform(0.7, 1.0)
    overlap = rng.uniform(0.18, 0.26)
    lapels(sk, top, rng, break_y, rng.uniform(0.35, 0.45), opening_x=overlap)
    front_opening(sk, top, overlap, break_y)
    for x in (-overlap * 0.7, overlap * 0.7 + 0.1):   # double-breasted: two columns of buttons
        buttons(sk, x, break_y + 0.1, 1.3, 3)
    belt(sk, top, rng, 1.45, buckle_x=rng.uniform(-0.1, 0.2))
    if chance(rng, 0.6):   # epaulettes
        for side in (1, -1):
            a, b = top.neck + 0.12, top.shoulder - 0.05
            sk.detail([(side * a, top.shoulder_y(a) + 0.08), (side * b, top.shoulder_y(b) + 0.08)], width=0.8)
    if chance(rng, 0.6):   # sleeve straps
        for sleeve in top.sleeves:
            sk.detail(sleeve.across(0.35), width=0.8)
            sk.detail(sleeve.across(0.45), width=0.8)
    flap_pockets(sk, top, rng, 2.0, welt=True)
    return sk


def quilt_lines(top: Top, spacing, y0, y1, sag=0.04) -> list:
    """Channels of a padded jacket: sagging lines across the body and the sleeves."""
    lines = []
    y = y0
    while y < y1:
        lines.append(bezier((-3, y), (0, y + sag * 8), (3, y), n=24))
        y += spacing
    for sleeve in top.sleeves:
        length = np.hypot(*(sleeve.root - (sleeve.cuff_outer + sleeve.cuff_inner) / 2))
        for back in np.arange(spacing * 0.8, length - 0.1, spacing):
            line = sleeve.across(back)
            extend = (line[1] - line[0]) * 0.3
            lines.append(np.vstack([line[0] - extend, line[1] + extend]))
    return lines


def puffer_jacket(rng) -> Sketch:
    sk = Sketch()
    chest = rng.uniform(1.0, 1.1)
    length = rng.uniform(2.2, 2.7)
    spacing = rng.uniform(0.3, 0.45)
    profile = []
    y = 0.8 + spacing / 2
    while y < length - 0.1:   # padding bulges between the stitched channels
        profile += [(chest + 0.06, y), (chest, y + spacing / 2)]
        y += spacing
    profile.append((chest * 0.97, length))
    body = coat_body(rng, chest=chest, hem=chest, length=(length, length))
    top = build_top(sk, **body, side_profile=profile, sleeves=coat_sleeves(rng, cuff=(0.18, 0.24), angle=(14, 24)))
    sk.pattern(quilt_lines(top, spacing, 0.8, length - 0.1), body_clip(top), width=0.9)
    stand_collar(sk, top, rng.uniform(0.25, 0.4))
    zip_line(sk, 0.0, -0.3, 0.0, top.bottom_y(0), rng, teeth=False)
    return sk


def parka(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(2.7, 3.3))
    hood_behind(sk, rng, body["neck"], rng.uniform(0.8, 1.1), fur=True)
    top = build_top(sk, **body, sleeves=coat_sleeves(rng), layered_body=True)
    zip_line(sk, 0.0, 0.1, 0.0, top.bottom_y(0), rng)
    y = top.length * rng.uniform(0.6, 0.68)
    flap_pockets(sk, top, rng, y, width=rng.uniform(0.45, 0.55), height=0.18)
    for side in (1, -1):   # the pockets themselves below their flaps
        x = side * top.side_x(y) * 0.55
        sk.detail([(x - 0.25, y + 0.18), (x - 0.25, y + 0.65), (x + 0.25, y + 0.65), (x + 0.25, y + 0.18)])
    if chance(rng, 0.6):   # drawcord at the waist
        waist_y = top.length * 0.42
        sk.detail(top.across(waist_y, 0.02), width=0.7)
        for side in (1, -1):
            sk.ink([(side * 0.15, waist_y), (side * 0.2, waist_y + 0.35)], width=0.4)
            sk.dots([(side * 0.2, waist_y + 0.38)], 0.04)
    return sk


def blazer(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(2.3, 2.7), shoulder=rng.uniform(1.05, 1.15))
    body["waist"] = (body["chest"] * rng.uniform(0.9, 0.97), 1.4)
    body["hem"] = body["chest"] * rng.uniform(0.98, 1.05)
    top = build_top(sk, **body, sleeves=coat_sleeves(rng), front_cut=(rng.uniform(0.35, 0.5), rng.uniform(0.2, 0.35)))
    break_y = rng.uniform(1.2, 1.5)
    lapels(sk, top, rng, break_y, rng.uniform(0.25, 0.35), peak=chance(rng, 0.3))
    front_opening(sk, top, 0.0, break_y)
    count = int(rng.integers(1, 3))
    buttons(sk, -0.06, break_y + 0.1, break_y + 0.1 + 0.35 * (count - 1), count)
    sk.detail([(0.45, 0.85), (0.78, 0.8)], width=0.9)   # breast pocket welt
    flap_pockets(sk, top, rng, top.length * rng.uniform(0.65, 0.72), height=rng.uniform(0.1, 0.15))
    if chance(rng, 0.5):
        for sleeve in top.sleeves:
            centre = (sleeve.cuff_outer + sleeve.cuff_inner) / 2 - sleeve.direction * 0.2
            sk.dots([centre, centre - sleeve.direction * 0.12], 0.03)
    return sk


def bomber(rng) -> Sketch:
    sk = Sketch()
    chest = rng.uniform(1.02, 1.12)
    body = coat_body(rng, length=(1.9, 2.3), chest=chest, hem=chest, hem_pull=rng.uniform(0.08, 0.14),
                     pull_band=rng.uniform(0.18, 0.25))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng, angle=(14, 26), cuff=(0.13, 0.17), puff=0.08))
    ribbed = chance(rng, 0.6)
    hem_band(sk, top, body["pull_band"], ribs=int(rng.integers(8, 14)) if ribbed else 0)
    cuff_bands(sk, top, 0.18, ribs=int(rng.integers(3, 6)) if ribbed else 0)
    stand_collar(sk, top, rng.uniform(0.12, 0.2), ribs=int(rng.integers(5, 9)) if ribbed else 0)
    zip_line(sk, 0.0, -0.05, 0.0, top.length, rng)
    if chance(rng, 0.6):   # the sleeve pocket
        sleeve = top.sleeves[1]
        centre = lerp(sleeve.root, sleeve.cuff_outer, 0.3)
        sk.detail(rect(centre[0] - 0.1, centre[1] - 0.12, centre[0] + 0.1, centre[1] + 0.12), closed=True)
    if chance(rng, 0.5):
        for side in (1, -1):
            sk.detail([(side * 0.45, 1.05), (side * 0.6, 1.55)], width=0.9)
    return sk


def pointed_collar(sk, top: Top, rng, spread=None, length=None, open_neck=False):
    """A shirt collar: its band round the back of the neck and two points lying on the chest."""
    n = top.neck
    spread = spread if spread is not None else rng.uniform(0.05, 0.25)
    length = length or rng.uniform(0.35, 0.5)
    band_top = -rng.uniform(0.06, 0.12)
    back = arc(0, 0.02, n + 0.04, band_top - 0.02, 180, 0, 14)
    sk.part(np.vstack([back, [(n, 0.15), (-n, 0.15)]]), edges=[back], layered=True)
    meet_y = rng.uniform(0.16, 0.24) + (0.35 if open_neck else 0.0)
    for side in (1, -1):
        leaf = [(side * (n + 0.04), 0.02), (side * (n + 0.12 + spread * 0.3), 0.12),
                (side * (0.16 + spread), meet_y + length * 0.6 + 0.1), (side * 0.02, meet_y)]
        sk.part(leaf, seam=True)
    return meet_y


def denim_jacket(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(1.9, 2.2), hem=rng.uniform(0.95, 1.02))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng, cuff=(0.15, 0.19)))
    meet_y = pointed_collar(sk, top, rng, spread=rng.uniform(0.15, 0.3))
    waistband = rng.uniform(0.16, 0.22)
    hem_band(sk, top, waistband)
    front_opening(sk, top, 0.0, meet_y)
    sk.detail([(0.08, meet_y + 0.05), (0.08, top.length - waistband)], width=0.7)   # placket stitching
    buttons(sk, -0.08, meet_y + 0.2, top.length - waistband / 2, int(rng.integers(4, 6)))
    yoke = rng.uniform(0.65, 0.8)
    for side in (1, -1):
        x = side * rng.uniform(0.42, 0.52)
        flap = [(x - 0.2, yoke + 0.05), (x + 0.2, yoke + 0.05), (x + 0.2, yoke + 0.18), (x, yoke + 0.28),
                (x - 0.2, yoke + 0.18)]
        sk.part(flap, seam=True)
        sk.dots([(x, yoke + 0.18)], 0.035)
        if chance(rng, 0.7):   # seams running down from the pockets
            sk.detail([(x - 0.15 * side, yoke + 0.3), (x - 0.15 * side, top.length - waistband)], width=0.7)
    if chance(rng, 0.6):
        sk.detail(top.across(yoke - 0.08, 0.0), width=0.8)
    cuff_bands(sk, top, 0.2)
    return sk


def biker_jacket(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(1.9, 2.3), hem=rng.uniform(0.95, 1.02))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng, cuff=(0.14, 0.18)))
    zip_x = rng.uniform(0.3, 0.45)
    kink_y = rng.uniform(0.9, 1.2)
    n = top.neck
    sk.part([(-n, 0.02), (-n - 0.35, 0.4), (-0.35, 0.7), (-0.2, 0.4)], seam=True)
    sk.part([(n, 0.02), (n + 0.4, 0.45), (zip_x, kink_y - 0.1), (0.2, 0.35)], seam=True)
    sk.detail([(-0.2, 0.4), (zip_x, kink_y), (zip_x, top.bottom_y(zip_x))], essential=True)
    sk.dots([(-n - 0.28, 0.4), (n + 0.33, 0.45)], 0.035)
    belt_height = rng.uniform(0.15, 0.2)
    hem_band(sk, top, belt_height)
    sk.detail(rect(-0.85, top.length - belt_height - 0.03, -0.65, top.length + 0.03), closed=True)
    for side in (1, -1):   # slanted zip pockets
        sk.detail([(side * 0.35, 1.55), (side * 0.75, 1.25)], width=0.9)
    if chance(rng, 0.5):
        for sleeve in top.sleeves:
            sk.detail(sleeve.across(0.35), width=0.7)
    return sk


def open_coat(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(3.0, 3.8))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng, angle=(8, 15), spread=5))
    break_y = rng.uniform(0.8, 1.2)
    gap = rng.uniform(0.2, 0.4)
    lapels(sk, top, rng, break_y, rng.uniform(0.28, 0.4), opening_x=0.04)
    bottom = top.length + 0.4
    opening = [(0.04, break_y), (gap, top.bottom_y(gap)), (gap * 1.05, bottom), (-gap * 1.05, bottom),
               (-gap, top.bottom_y(-gap)), (-0.04, break_y)]
    sk.part(opening, edges=[opening[:2], opening[4:]], hole=True)
    if chance(rng, 0.7):   # the belt untied, hanging from its loops
        y = top.length * 0.42
        for side in (1, -1):
            sk.detail([(side * top.side_x(y), y), (side * gap * 0.9, y)], width=1.0)
            sk.ink([(side * gap * 0.9, y), (side * gap * 0.8, y + 0.5), (side * gap * 0.9, y + 0.9)], width=0.5)
    flap_pockets(sk, top, rng, top.length * 0.6, width=0.35)
    return sk


def duffle_coat(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(2.5, 3.0))
    hood_behind(sk, rng, body["neck"], rng.uniform(0.7, 0.95))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng), layered_body=True)
    front_opening(sk, top, 0.0, 0.1)
    count = int(rng.integers(3, 5))
    for y in np.linspace(0.45, 0.45 + 0.4 * (count - 1), count):   # toggles on rope loops
        sk.ink([(-0.08, y - 0.05), (0.08, y + 0.05)], width=0.7)
        sk.detail([(-0.08, y), (-0.3, y)], width=0.6)
        sk.detail([(0.08, y), (0.3, y)], width=0.6)
    y = top.length * 0.62
    for side in (1, -1):
        x = side * top.side_x(y) * 0.55
        sk.part(rect(x - 0.25, y, x + 0.25, y + 0.55), seam=True)
    return sk


def peacoat(rng) -> Sketch:
    sk = Sketch()
    body = coat_body(rng, length=(2.3, 2.7))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng))
    break_y = rng.uniform(0.6, 0.85)
    overlap = rng.uniform(0.22, 0.3)
    lapels(sk, top, rng, break_y, rng.uniform(0.4, 0.5), opening_x=overlap, notch=chance(rng, 0.5))
    front_opening(sk, top, overlap, break_y)
    rows = int(rng.integers(2, 4))
    for x in (-overlap * 0.8, overlap * 0.8 + 0.12):
        buttons(sk, x, break_y + 0.2, break_y + 0.2 + 0.4 * (rows - 1), rows, 0.05)
    flap_pockets(sk, top, rng, top.length * 0.65, welt=True)
    return sk


def long_puffer(rng) -> Sketch:
    sk = Sketch()
    chest = rng.uniform(1.0, 1.08)
    length = rng.uniform(3.3, 4.0)
    spacing = rng.uniform(0.35, 0.5)
    body = coat_body(rng, chest=chest, hem=chest * rng.uniform(1.0, 1.1), length=(length, length))
    if chance(rng, 0.6):
        hood_behind(sk, rng, body["neck"], rng.uniform(0.75, 1.0), fur=chance(rng, 0.4))
    top = build_top(sk, **body, sleeves=coat_sleeves(rng, cuff=(0.18, 0.23)), layered_body=True)
    sk.pattern(quilt_lines(top, spacing, 0.6, length - 0.1, sag=0.03), body_clip(top), width=0.9)
    zip_line(sk, 0.0, 0.05, 0.0, top.bottom_y(0), rng, teeth=False)
    return sk


# ----------------------------------------------------------------------------------------------
# 6 Shirt: a pointed collar, a buttoned placket, cuffs, a chest pocket, curved tails, checks.

def shirt_body(rng, **overrides) -> dict:
    chest = rng.uniform(0.9, 0.98)
    body = dict(neck=rng.uniform(0.2, 0.25), shoulder=1.0, drop=rng.uniform(0.1, 0.16), chest=chest,
                armpit=rng.uniform(0.62, 0.75), hem=chest * rng.uniform(0.95, 1.02), length=rng.uniform(2.4, 2.8),
                tail=rng.uniform(0.12, 0.3), neck_depth=0.02)
    body.update(overrides)
    return body


def shirt_sleeves(rng, short=False, spread=3.0, **extra) -> tuple:
    if short:
        return pair(rng, spread, angle=rng.uniform(40, 56), length=rng.uniform(0.55, 0.8), cuff=rng.uniform(0.2, 0.25),
                    **extra)
    return pair(rng, spread, angle=rng.uniform(12, 24), length=rng.uniform(2.0, 2.35), cuff=rng.uniform(0.13, 0.17),
                **extra)


def placket(sk, top: Top, rng, y0, count=None, half=0.07, x=0.0):
    bottom = top.bottom_y(x) - 0.05
    for side in (1, -1):
        sk.detail([(x + side * half, y0), (x + side * half, bottom)], essential=side == 1)
    count = count or int(rng.integers(5, 8))
    buttons(sk, x, y0 + 0.15, bottom - 0.3, count, 0.035)


def shirt_cuffs(sk, top: Top, rng):
    depth = rng.uniform(0.2, 0.3)
    for sleeve in top.sleeves:
        sk.detail(sleeve.across(depth), essential=True)
        if chance(rng, 0.6):
            sk.dots([lerp(sleeve.cuff_outer, sleeve.cuff_inner, 0.5) - sleeve.direction * depth / 2], 0.03)
        if chance(rng, 0.4):   # the sleeve placket above the cuff
            start = lerp(sleeve.cuff_outer, sleeve.cuff_inner, 0.65) - sleeve.direction * depth
            sk.detail([start, start - sleeve.direction * 0.3], width=0.7)


def chest_pocket(sk, x, y, width=0.3, height=0.34, flap=False, pointed=False):
    if pointed:
        outline = [(x - width / 2, y), (x + width / 2, y), (x + width / 2, y + height), (x, y + height * 1.2),
                   (x - width / 2, y + height)]
    else:
        outline = rect(x - width / 2, y, x + width / 2, y + height)
    sk.part(outline, seam=True)
    if flap:
        sk.detail([(x - width / 2, y + height * 0.35), (x + width / 2, y + height * 0.35)], width=0.8)


def classic_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng)
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng))
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    shirt_cuffs(sk, top, rng)
    if chance(rng, 0.7):
        chest_pocket(sk, rng.uniform(0.4, 0.5), rng.uniform(0.6, 0.75))
    return sk


def hawaiian_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng, tail=0.0, length=rng.uniform(2.1, 2.5), chest=rng.uniform(0.95, 1.05))
    body["hem"] = body["chest"]
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng, short=True))
    # The camp collar lies open like small lapels.
    n = top.neck
    for side in (1, -1):
        sk.part(as_points([(n + 0.02, 0.0), (n + 0.28, 0.28), (n + 0.12, 0.42), (0.03, 0.75)]) * [side, 1], seam=True)
    sk.detail([(0.0, 0.75), (0.0, top.length - 0.03)], essential=True)
    buttons(sk, -0.06, 0.95, top.length - 0.3, int(rng.integers(3, 6)), 0.035)
    motifs = []
    for _ in range(int(rng.integers(9, 16))):
        cx, cy = rng.uniform(-1.6, 1.6), rng.uniform(0.3, top.length)
        r = rng.uniform(0.07, 0.13)
        if chance(rng, 0.5):
            motifs.append(ellipse(cx, cy, r, r, 10))
        else:   # a leaf
            angle = rng.uniform(0, np.pi)
            centre = np.array([cx, cy])
            d = np.array([math.cos(angle), math.sin(angle)]) * r * 1.6
            side = np.array([d[1], -d[0]])
            motifs.append(np.vstack([bezier(centre - d, centre + side, centre + d, n=6),
                                     bezier(centre + d, centre - side, centre - d, n=6)]))
    sk.pattern(motifs, body_clip(top), width=0.7)
    for sleeve in top.sleeves:
        sk.detail(sleeve.across(0.1), width=0.8)
    return sk


def flannel_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng)
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng))
    spacing = rng.uniform(0.25, 0.4)
    lines = hlines(-3, 3, 0.1, top.length + top.tail + 0.2, spacing) + vlines(-3, 3, -0.2, top.length + 0.4, spacing)
    sk.pattern(lines, body_clip(top), width=rng.uniform(0.7, 1.3))
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    shirt_cuffs(sk, top, rng)
    for side in (1, -1):
        chest_pocket(sk, side * rng.uniform(0.42, 0.5), 0.62, flap=True, pointed=chance(rng, 0.4))
    return sk


def striped_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng)
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng))
    spacing = rng.uniform(0.14, 0.26)
    sk.pattern(vlines(-3, 3, -0.2, top.length + 0.4, spacing), [top.outline], width=0.8)
    for sleeve in top.sleeves:   # stripes follow the sleeve
        stripes = []
        for t in np.linspace(0.15, 0.85, 4):
            start = lerp(sleeve.edge[0], sleeve.edge[-1], t)
            stripes.append([start, start + sleeve.direction * 3])
        sk.pattern(stripes, [sleeve.fill], width=0.8)
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    shirt_cuffs(sk, top, rng)
    return sk


def rolled_tucked_shirt(rng) -> Sketch:
    sk = Sketch()
    tucked = chance(rng, 0.5)
    body = shirt_body(rng, tail=0.0 if tucked else rng.uniform(0.1, 0.2))
    if tucked:   # tucked in: blousing over a belt
        length = rng.uniform(2.2, 2.5)
        body.update(length=length, hem=body["chest"] * 0.88,
                    side_profile=[(body["chest"] * 0.98, length - 0.3), (body["chest"] * 0.86, length)])
    sleeves = pair(rng, 6, angle=rng.uniform(25, 40), length=rng.uniform(1.0, 1.3), cuff=rng.uniform(0.17, 0.21))
    top = build_top(sk, **body, sleeves=sleeves)
    meet_y = pointed_collar(sk, top, rng, open_neck=chance(rng, 0.5))
    placket(sk, top, rng, meet_y, count=int(rng.integers(3, 6)))
    for sleeve in top.sleeves:   # the roll above the elbow
        sk.detail(sleeve.across(0.2), essential=True)
        sk.detail(sleeve.across(0.05), width=0.7)
    if tucked:
        y = top.length - 0.05
        sk.part(rect(-top.hem * 0.9, y - 0.12, top.hem * 0.9, y + 0.12), seam=True)
        sk.detail(rect(-0.1, y - 0.15, 0.1, y + 0.15), closed=True)
        folds(sk, rng, [(-0.5, y - 0.2, 200), (0.5, y - 0.2, 160), (0.0, y - 0.2, 180)], length=0.25)
    return sk


def western_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng)
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng))
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    shirt_cuffs(sk, top, rng)
    for side in (1, -1):   # pointed yokes front and the flap pockets under them
        sk.detail([(side * top.chest, 0.55), (side * 0.55, 0.55), (side * 0.4, 0.75), (side * 0.25, 0.55),
                   (side * 0.08, 0.55)], essential=True)
        x = side * 0.45
        sk.part([(x - 0.17, 0.82), (x + 0.17, 0.82), (x + 0.17, 0.92), (x, 1.02), (x - 0.17, 0.92)], seam=True)
        sk.dots([(x, 0.94)], 0.03)
    return sk


def bow_blouse(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng, chest=rng.uniform(0.82, 0.9), tail=rng.uniform(0.0, 0.12))
    body["waist"] = (body["chest"] * rng.uniform(0.85, 0.92), body["length"] * 0.55)
    body["hem"] = body["chest"] * rng.uniform(0.95, 1.02)
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng, puff=rng.uniform(0.05, 0.12)))
    meet_y = pointed_collar(sk, top, rng, spread=rng.uniform(0.0, 0.1), length=rng.uniform(0.25, 0.35))
    placket(sk, top, rng, meet_y + 0.1, count=int(rng.integers(4, 7)))
    if chance(rng, 0.7):   # a bow tied at the neck
        y = meet_y + 0.05
        sk.detail(bezier((0, y), (-0.35, y - 0.2), (-0.35, y + 0.2), (0, y), n=12), essential=True)
        sk.detail(bezier((0, y), (0.35, y - 0.2), (0.35, y + 0.2), (0, y), n=12), essential=True)
        sk.detail([(0, y), (-0.12, y + 0.5)])
        sk.detail([(0, y), (0.1, y + 0.55)])
    for sleeve in top.sleeves:
        sk.detail(sleeve.across(0.2), essential=True)
    return sk


def band_collar_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng)
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng))
    half = top.neck + 0.03
    height = rng.uniform(0.1, 0.16)
    band = np.vstack([arc(0, 0.06, half, -height, 180, 360, 12)[::-1], arc(0, 0.06, half, 0.1, 0, 180, 12)[::-1]])
    sk.part(band, seam=True)
    placket(sk, top, rng, 0.14)
    shirt_cuffs(sk, top, rng)
    if chance(rng, 0.4):
        chest_pocket(sk, 0.45, 0.65)
    return sk


def folded_shirt(rng) -> Sketch:
    """A shirt folded as it comes from the shop: the collar, a few buttons, the folded sides."""
    sk = Sketch()
    width = rng.uniform(0.8, 1.0)
    height = rng.uniform(1.9, 2.4)
    body = rect(-width, 0.0, width, height)
    sk.part(body)
    n = rng.uniform(0.3, 0.38)
    back = arc(0, 0.02, n + 0.04, -0.15, 180, 0, 14)
    sk.part(np.vstack([back, [(n, 0.2), (-n, 0.2)]]), edges=[back], layered=True)
    meet_y = rng.uniform(0.22, 0.3)
    for side in (1, -1):
        sk.part([(side * (n + 0.04), 0.02), (side * (n + 0.2), 0.14),
                 (side * (0.25 + rng.uniform(0.05, 0.15)), meet_y + 0.45), (side * 0.02, meet_y)], seam=True)
    for side in (1, -1):   # the sides and sleeves folded behind
        inset = rng.uniform(0.15, 0.25)
        sk.detail([(side * (width - inset), 0.2), (side * (width - inset), height - 0.05)], width=0.8)
    sk.detail([(0.07, meet_y), (0.07, height)], essential=True)
    sk.detail([(-0.07, meet_y), (-0.07, height)])
    buttons(sk, 0.0, meet_y + 0.2, height - 0.3, int(rng.integers(3, 6)), 0.04)
    if chance(rng, 0.5):
        chest_pocket(sk, 0.45, 0.55, width=0.28, height=0.3)
    return sk


def tie_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng, tail=rng.uniform(0.0, 0.1))
    top = build_top(sk, **body, sleeves=shirt_sleeves(rng, short=chance(rng, 0.6)))
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    long_sleeved = np.hypot(*(top.sleeves[0].root - top.sleeves[0].cuff_outer)) > 1.3
    if long_sleeved:
        shirt_cuffs(sk, top, rng)
    chest_pocket(sk, 0.45, 0.65, width=0.28, height=0.3)
    if chance(rng, 0.7):   # a tie over the placket
        knot = [(-0.08, meet_y - 0.05), (0.08, meet_y - 0.05), (0.06, meet_y + 0.1), (-0.06, meet_y + 0.1)]
        sk.part(knot, seam=True)
        tie = [(-0.06, meet_y + 0.1), (0.06, meet_y + 0.1), (0.15, top.length * 0.62), (0.0, top.length * 0.68),
               (-0.15, top.length * 0.62)]
        sk.part(tie, seam=True)
    return sk


def spread_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng, tail=rng.uniform(0.2, 0.35))
    sleeves = pair(rng, 5, angle=rng.uniform(50, 68), length=rng.uniform(1.8, 2.2), cuff=rng.uniform(0.13, 0.17))
    top = build_top(sk, **body, sleeves=sleeves)
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    shirt_cuffs(sk, top, rng)
    if chance(rng, 0.6):
        chest_pocket(sk, 0.45, 0.65)
    return sk


def posed_shirt(rng) -> Sketch:
    sk = Sketch()
    body = shirt_body(rng)
    hanging = dict(angle=rng.uniform(8, 16), length=rng.uniform(2.0, 2.3), cuff=rng.uniform(0.13, 0.16))
    on_hip = dict(angle=rng.uniform(40, 55), length=rng.uniform(1.6, 1.9), cuff=rng.uniform(0.13, 0.16),
                  bend=rng.uniform(85, 110), elbow_at=0.5)
    sleeves = (hanging, on_hip) if chance(rng, 0.5) else (on_hip, hanging)
    top = build_top(sk, **body, sleeves=sleeves)
    meet_y = pointed_collar(sk, top, rng)
    placket(sk, top, rng, meet_y)
    shirt_cuffs(sk, top, rng)
    for sleeve in top.sleeves:
        if sleeve.elbow is not None:
            inward = -np.sign(sleeve.elbow[0])
            sk.detail([sleeve.elbow + [inward * 0.12, -0.05], sleeve.elbow + [inward * 0.25, 0.05]], width=0.7)
    return sk


# ----------------------------------------------------------------------------------------------
# 3 Dress: one piece from shoulders (or straps) to well below the hips; waists, flared skirts.

def dress_top(sk, rng, *, shoulder, neck, waist, hem, length, armpit=(0.62, 0.58), sleeves=None, neck_depth=0.25,
              neck_shape="round", tail=0.1, hip=None, profile=None) -> Top:
    side_profile = profile or ([waist] + ([hip] if hip else []) + [(hem, length)])
    return build_top(sk, neck=neck, shoulder=shoulder, drop=rng.uniform(0.03, 0.1), chest=armpit[0], armpit=armpit[1],
                     hem=hem, length=length, tail=tail, neck_depth=neck_depth, neck_shape=neck_shape,
                     sleeves=sleeves, side_profile=side_profile)


def skirt_folds(sk, rng, top: Top, waist_y, count):
    """Soft folds falling from the waist and fanning out to the hem."""
    waist_half = top.side_x(waist_y)
    hem_half = top.side[-1, 0]
    for t in np.linspace(-0.7, 0.7, count) + rng.normal(0, 0.05, count):
        start = (t * waist_half, waist_y + rng.uniform(0.2, 0.5))
        end_x = t * hem_half
        sk.detail([start, (end_x, top.bottom_y(end_x) - rng.uniform(0.0, 0.15))], width=0.7)


def aline_dress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.22, 0.3)
    waist_y = rng.uniform(1.1, 1.35)
    top = dress_top(sk, rng, shoulder=neck + rng.uniform(0.18, 0.3), neck=neck,
                    waist=(rng.uniform(0.45, 0.52), waist_y),
                    hem=rng.uniform(1.1, 1.45), length=rng.uniform(3.0, 3.6), neck_depth=rng.uniform(0.2, 0.35))
    if chance(rng, 0.8):
        sk.detail(top.across(waist_y), essential=True)
    if chance(rng, 0.5):
        skirt_folds(sk, rng, top, waist_y, int(rng.integers(2, 5)))
    if chance(rng, 0.4):
        hem_stitch(sk, top, 0.1)
    return sk


def shift_dress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.26, 0.34)
    length = rng.uniform(3.3, 3.9)
    sleeves = pair(rng, 3, angle=rng.uniform(55, 68), length=rng.uniform(0.12, 0.3), cuff=rng.uniform(0.16, 0.2))
    top = dress_top(sk, rng, shoulder=rng.uniform(0.7, 0.78), neck=neck, waist=(rng.uniform(0.6, 0.66), 1.3),
                    hem=rng.uniform(0.8, 0.95), length=length, armpit=(0.66, 0.55),
                    sleeves=sleeves if chance(rng, 0.6) else None, neck_depth=rng.uniform(0.1, 0.2), tail=0.05)
    if chance(rng, 0.6):
        hem_stitch(sk, top, 0.12)
    if chance(rng, 0.5):   # pockets in the side seams
        for side in (1, -1):
            sk.detail([(side * 0.4, 1.8), (side * 0.52, 2.3)], width=0.8)
    if chance(rng, 0.5):   # darts shaping the waist
        for side in (1, -1):
            sk.detail([(side * 0.3, 0.9), (side * 0.32, 1.6)], width=0.7)
    return sk


def wrap_dress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.24, 0.3)
    waist_y = rng.uniform(1.1, 1.3)
    long_sleeves = chance(rng, 0.15)
    sleeves = pair(rng, 3, angle=rng.uniform(12, 22) if long_sleeves else rng.uniform(45, 58),
                   length=rng.uniform(1.7, 2.0) if long_sleeves else rng.uniform(0.4, 0.6),
                   cuff=rng.uniform(0.11, 0.15))
    top = dress_top(sk, rng, shoulder=rng.uniform(0.74, 0.82), neck=neck, waist=(rng.uniform(0.42, 0.48), waist_y),
                    hem=rng.uniform(1.15, 1.45), length=rng.uniform(3.3, 3.9), armpit=(0.64, 0.6), sleeves=sleeves,
                    neck_depth=rng.uniform(0.6, 0.85), neck_shape="v")
    # The wrap: one front crossing over the other, from a shoulder down to the opposite waist.
    sk.detail(bezier((-neck, 0), (0.0, 0.6), (0.35, waist_y - 0.05), n=12), essential=True)
    sk.detail(top.across(waist_y, 0.0), essential=True)
    sk.detail(bezier((0.35, waist_y + 0.1), (0.3, waist_y + 1.2), (0.6, top.bottom_y(0.6)), n=12))
    bow = np.array([0.45, waist_y + 0.02])
    sk.detail(bezier(bow, bow + [0.3, -0.25], bow + [0.35, 0.15], bow, n=10))
    sk.ink([bow, bow + [0.05, 0.6]], width=0.45)
    sk.ink([bow, bow + [0.25, 0.5]], width=0.45)
    return sk


def maxi_strappy(rng) -> Sketch:
    sk = Sketch()
    top_y = rng.uniform(0.25, 0.35)
    bust = rng.uniform(0.5, 0.6)
    waist_y = rng.uniform(0.9, 1.1)
    length = rng.uniform(4.2, 5.0)
    hem = rng.uniform(1.2, 1.6)
    right = [(0, top_y + 0.08), (bust * 0.5, top_y - 0.04), (bust, top_y + 0.05), (bust * 0.92, waist_y),
             (hem, length), (0, length + 0.1)]
    sk.part(symmetric(right))
    for side in (1, -1):
        sk.ink([(side * bust * 0.55, top_y - 0.03), (side * bust * 0.6, -0.5)], width=0.45)
    sk.detail([(-bust * 0.92, waist_y), (bust * 0.92, waist_y)], essential=True)
    for t in (0.38, 0.68):   # tiers, each gathered onto the one above
        y = waist_y + (length - waist_y) * t
        half = bust * 0.92 + (hem - bust * 0.92) * t
        sk.detail([(-half, y), (0, y + 0.08), (half, y)])
        if chance(rng, 0.5):
            for mark in ticks((-half, y + 0.05), (half, y + 0.05), 7, 0.15, inset=0.1):
                sk.detail(mark, width=0.6)
    return sk


def belted_flare_dress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.22, 0.3)
    waist_y = rng.uniform(1.05, 1.25)
    sleeves = pair(rng, 2, angle=rng.uniform(58, 70), length=rng.uniform(0.2, 0.35), cuff=rng.uniform(0.16, 0.2))
    top = dress_top(sk, rng, shoulder=rng.uniform(0.72, 0.8), neck=neck, waist=(rng.uniform(0.44, 0.5), waist_y),
                    hem=rng.uniform(1.4, 1.8), length=rng.uniform(2.7, 3.1), armpit=(0.62, 0.55), sleeves=sleeves,
                    neck_depth=rng.uniform(0.15, 0.3), tail=0.15)
    half = top.side_x(waist_y)
    sk.part(rect(-half - 0.02, waist_y - 0.08, half + 0.02, waist_y + 0.08), seam=True)
    if chance(rng, 0.6):   # a bow on the belt
        centre = np.array([0.0, waist_y])
        sk.detail(bezier(centre, centre + [-0.3, -0.2], centre + [-0.3, 0.2], centre, n=10), essential=True)
        sk.detail(bezier(centre, centre + [0.3, -0.2], centre + [0.3, 0.2], centre, n=10), essential=True)
    else:
        sk.detail(rect(-0.08, waist_y - 0.1, 0.08, waist_y + 0.1), closed=True)
    skirt_folds(sk, rng, top, waist_y, int(rng.integers(3, 6)))
    return sk


def strapless_dress(rng) -> Sketch:
    sk = Sketch()
    width = rng.uniform(0.55, 0.65)
    waist_y = rng.uniform(0.85, 1.05)
    length = rng.uniform(2.4, 3.0)
    hem = rng.uniform(1.3, 1.7)
    right = [(0, 0.18), (width * 0.45, -0.02), (width, 0.12), (width * 0.8, waist_y),
             (hem, length), (hem * 0.5, length + 0.12), (0, length + 0.15)]
    outline = symmetric(chaikin(right, closed=False, iterations=1))
    sk.part(outline)
    sk.detail(bezier((-width * 0.8, waist_y), (0, waist_y + 0.12), (width * 0.8, waist_y), n=10), essential=True)
    for t in np.linspace(-0.75, 0.75, int(rng.integers(3, 6))):
        sk.detail(bezier((t * width * 0.6, waist_y + 0.3), (t * hem * 0.7, waist_y + (length - waist_y) * 0.5),
                         (t * hem * 0.95, length - 0.05), n=10), width=0.7)
    return sk


def slip_dress(rng) -> Sketch:
    sk = Sketch()
    top_y = rng.uniform(0.2, 0.3)
    width = rng.uniform(0.5, 0.6)
    length = rng.uniform(3.3, 4.2)
    hem = rng.uniform(0.7, 0.9)
    slant = rng.uniform(-0.3, 0.3)
    right = [(0, top_y + rng.uniform(0.25, 0.4)), (width * 0.55, top_y), (width, top_y + 0.1),
             (width * 0.95, 1.2), (hem, length + slant), (0, length)]
    outline = symmetric(right)
    outline[outline[:, 0] < 0, 1] -= 2 * slant * (outline[outline[:, 0] < 0, 1] > length - 0.5)
    sk.part(outline)
    for side in (1, -1):
        sk.ink([(side * width * 0.6, top_y), (side * width * 0.65, -0.6)], width=0.4)
    if chance(rng, 0.5):   # lace along the neckline
        v = np.vstack([mirror([(width * 0.55, top_y)]), [(0, top_y + 0.35)], [(width * 0.55, top_y)]])
        sk.detail(offset(chaikin(v, closed=False, iterations=1), -0.08), width=0.7)
    if chance(rng, 0.4):
        skirt_line = [(-width * 0.9, 1.3), (0, 1.35), (width * 0.9, 1.3)]
        sk.detail(skirt_line, width=0.7)
    return sk


def polka_sundress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.28, 0.35)
    waist_y = rng.uniform(1.0, 1.2)
    top = dress_top(sk, rng, shoulder=neck + rng.uniform(0.15, 0.22), neck=neck,
                    waist=(rng.uniform(0.45, 0.52), waist_y),
                    hem=rng.uniform(1.2, 1.5), length=rng.uniform(2.6, 3.2), neck_depth=rng.uniform(0.25, 0.4),
                    neck_shape="square")
    sk.detail(top.across(waist_y), essential=True)
    spacing = rng.uniform(0.28, 0.4)
    dots = []
    for row, y in enumerate(np.arange(0.3, top.length + 0.2, spacing)):
        for x in np.arange(-1.8 + (row % 2) * spacing / 2, 1.8, spacing):
            dots.append(ellipse(x, y, 0.05, 0.05, 8))
    sk.pattern(dots, [top.outline], width=rng.uniform(0.8, 1.4))
    return sk


def bodycon_dress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.2, 0.28)
    length = rng.uniform(3.6, 4.2)
    kind = rng.choice(3)
    sleeves = (pair(rng, 3, angle=rng.uniform(6, 12), length=rng.uniform(1.8, 2.1), cuff=rng.uniform(0.08, 0.1)),
               pair(rng, 3, angle=rng.uniform(45, 60), length=rng.uniform(0.3, 0.5), cuff=rng.uniform(0.13, 0.16)),
               None)[kind]
    waist_y = rng.uniform(1.2, 1.4)
    top = dress_top(sk, rng, shoulder=rng.uniform(0.66, 0.74) if sleeves else neck + 0.2, neck=neck,
                    waist=(rng.uniform(0.42, 0.48), waist_y), hip=(rng.uniform(0.62, 0.68), waist_y + 0.7),
                    hem=rng.uniform(0.5, 0.58), length=length, armpit=(0.6, 0.6), sleeves=sleeves,
                    neck_depth=rng.uniform(0.08, 0.3), tail=0.02)
    if chance(rng, 0.6):   # a slit
        x = top.side_x(length) * 0.5
        sk.detail([(x, top.bottom_y(x)), (x, length - rng.uniform(0.5, 0.8))], essential=True)
    if chance(rng, 0.5):
        folds(sk, rng, [(0.3, waist_y, -20), (-0.3, waist_y, 20)], length=0.3)
    return sk


def tiered_dress(rng) -> Sketch:
    sk = Sketch()
    neck = rng.uniform(0.28, 0.34)
    sleeves = pair(rng, 3, angle=rng.uniform(50, 62), length=rng.uniform(0.3, 0.45), cuff=rng.uniform(0.13, 0.17),
                   puff=rng.uniform(0.08, 0.13))
    seams = [1.1, 1.9, 2.75]
    widths = [0.66, 0.8, 1.0, 1.25]
    profile = []
    for k, y in enumerate(seams):
        profile += [(widths[k], y), (widths[k] + 0.08, y + 0.04)]
    length = seams[-1] + 0.9
    profile.append((widths[-1], length))
    top = dress_top(sk, rng, shoulder=rng.uniform(0.78, 0.85), neck=neck, waist=None, hem=widths[-1], length=length,
                    armpit=(0.66, 0.55), sleeves=sleeves, neck_depth=rng.uniform(0.2, 0.32), neck_shape="square",
                    tail=0.08, profile=profile)
    for y in seams:
        sk.detail(top.across(y + 0.02, 0.0), essential=True)
    if chance(rng, 0.6):   # smocking on the bodice
        for y in np.linspace(0.55, 0.95, 3):
            sk.detail(wave((-0.55, y), (0.55, y), 5, 0.03), width=0.6)
    for sleeve in top.sleeves:
        sk.detail(sleeve.across(0.06), width=0.7)
    return sk


# ----------------------------------------------------------------------------------------------
# 1 Trouser: two legs from a waistband; pockets, fly, creases, cuffs.

@dataclass
class Trousers:
    waist: float
    band: float
    hip: float
    crotch: float
    length: float
    outer: np.ndarray                    # right leg's outer seam, waist to hem
    inner: np.ndarray                    # right leg's inseam, hem to crotch

    def outer_x(self, y) -> float:
        return float(np.interp(y, self.outer[:, 1], self.outer[:, 0]))

    def inner_x(self, y) -> float:
        return float(np.interp(y, self.inner[::-1, 1], self.inner[::-1, 0]))

    def leg_centre(self, y) -> float:
        return (self.outer_x(y) + self.inner_x(y)) / 2


def build_trousers(sk, *, waist=0.66, band=0.16, hip=0.76, crotch=1.15, length=3.6, knee=None, hem_outer=0.72,
                   hem_inner=0.12, flare=None) -> Trousers:
    """Adds a pair of trousers seen flat from the front; `knee`: (outer, inner) half-widths at the knee."""
    knee_y = crotch + (length - crotch) * 0.45
    outer = [(waist, 0.0), (hip, 0.55), (hip * 0.98, crotch)]
    inner = [(hem_inner, length)]
    if knee is not None:
        outer.append((knee[0], knee_y))
        inner.append((knee[1], knee_y))
    if flare is not None:
        outer.append((flare[0], length - 0.6))
        inner.append((flare[1], length - 0.6))
    outer.append((hem_outer, length))
    inner.append((0.1, crotch + 0.06))
    inner.append((0.0, crotch))
    outer, inner = as_points(outer), as_points(inner)
    sk.part(symmetric(np.vstack([[(0.0, 0.0)], outer, inner])))
    between = np.vstack([inner[::-1], [(hem_inner * 1.05, length + 0.5)]])
    sk.opening(np.vstack([between, mirror(between)[::-1]]))
    return Trousers(waist, band, hip, crotch, length, outer, inner)


def waistband(sk, legs: Trousers, loops=False, button=True):
    sk.detail([(-legs.waist, legs.band), (legs.waist, legs.band)], essential=True)
    if button:
        sk.dots([(-0.04, legs.band / 2)], 0.04)
    if loops:
        for x in (-0.6, -0.3, 0.3, 0.6):
            x *= legs.waist / 0.66
            sk.detail([(x, -0.02), (x, legs.band + 0.06)], width=0.7)


def jeans_front(sk, legs: Trousers, rng, pockets=True, fly=True, coin=True):
    if fly:
        sk.detail([(0.0, legs.band), (0.0, legs.crotch - 0.15)], essential=True)
        sk.detail(bezier((0.14, legs.band), (0.14, legs.crotch - 0.35), (0.12, legs.crotch - 0.22),
                         (0.0, legs.crotch - 0.18), n=10), width=0.7)
    if pockets:
        for side in (1, -1):
            start = (side * legs.waist * 0.5, legs.band)
            end = (side * legs.outer_x(0.55), 0.55)
            sk.detail(bezier(start, (side * legs.waist * 0.55, 0.5), end, n=10), essential=True)
        if coin:
            x = legs.waist * 0.68
            sk.detail([(x - 0.1, legs.band + 0.05), (x - 0.1, legs.band + 0.22), (x + 0.08, legs.band + 0.22),
                       (x + 0.08, legs.band + 0.05)], width=0.7)


def leg_hems(sk, legs: Trousers, distance=0.12, width=0.8):
    for side in (1, -1):
        y = legs.length - distance
        sk.detail([(side * legs.inner_x(y), y), (side * legs.outer_x(y), y)], width=width)


def jeans(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.6, 0.7), band=rng.uniform(0.13, 0.18), hip=rng.uniform(0.72, 0.8),
                          crotch=rng.uniform(1.0, 1.25), length=rng.uniform(3.3, 3.9),
                          hem_outer=rng.uniform(0.68, 0.76),
                          hem_inner=rng.uniform(0.12, 0.2))
    waistband(sk, legs, loops=chance(rng, 0.6))
    jeans_front(sk, legs, rng)
    if chance(rng, 0.6):
        leg_hems(sk, legs)
    return sk


def wide_leg_trousers(rng) -> Sketch:
    sk = Sketch()
    waist = rng.uniform(0.52, 0.6)
    legs = build_trousers(sk, waist=waist, band=rng.uniform(0.18, 0.26), hip=rng.uniform(0.72, 0.8),
                          crotch=rng.uniform(1.2, 1.4),
                          length=rng.uniform(3.4, 4.0), hem_outer=rng.uniform(1.0, 1.2),
                          hem_inner=rng.uniform(0.02, 0.08))
    waistband(sk, legs, button=chance(rng, 0.6))
    for side in (1, -1):   # pleats falling into pressed creases
        for x in (0.22, 0.38):
            sk.detail([(side * x, legs.band), (side * (x + 0.02), legs.band + 0.45)], width=0.7)
        if chance(rng, 0.7):
            sk.detail([(side * legs.leg_centre(legs.crotch), legs.crotch),
                       (side * legs.leg_centre(legs.length - 0.1), legs.length - 0.1)], width=0.7)
    return sk


def cargo_pants(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.62, 0.7), band=rng.uniform(0.14, 0.2), hip=rng.uniform(0.76, 0.84),
                          crotch=rng.uniform(1.1, 1.3), length=rng.uniform(3.3, 3.8),
                          knee=(rng.uniform(0.76, 0.82), rng.uniform(0.08, 0.14)),
                          hem_outer=rng.uniform(0.6, 0.68), hem_inner=rng.uniform(0.16, 0.22))
    waistband(sk, legs, loops=True)
    jeans_front(sk, legs, rng, coin=False)
    y = legs.crotch + rng.uniform(0.35, 0.55)
    for side in (1, -1):   # thigh pockets with flaps
        outer = legs.outer_x(y)
        pocket = rect(outer - 0.42, y, outer - 0.02, y + 0.6)
        sk.part(pocket * [side, 1], seam=True)
        sk.detail(np.array([(outer - 0.44, y + 0.18), (outer, y + 0.18)]) * [side, 1])
        if chance(rng, 0.6):
            knee_y = legs.crotch + (legs.length - legs.crotch) * 0.6
            sk.detail([(side * legs.inner_x(knee_y), knee_y), (side * legs.outer_x(knee_y), knee_y)], width=0.7)
    leg_hems(sk, legs, 0.15)
    return sk


def joggers(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.62, 0.72), band=rng.uniform(0.2, 0.28), hip=rng.uniform(0.76, 0.84),
                          crotch=rng.uniform(1.15, 1.35), length=rng.uniform(3.2, 3.7),
                          knee=(rng.uniform(0.72, 0.78), rng.uniform(0.1, 0.14)),
                          flare=(rng.uniform(0.56, 0.62), rng.uniform(0.18, 0.22)), hem_outer=rng.uniform(0.52, 0.58),
                          hem_inner=rng.uniform(0.22, 0.26))
    waistband(sk, legs, button=False)
    if chance(rng, 0.6):
        rib_ticks(sk, [(-legs.waist, 0.02), (legs.waist, 0.02)],
                  [(-legs.waist, legs.band - 0.02), (legs.waist, legs.band - 0.02)], int(rng.integers(8, 14)))
    for side in (1, -1):   # the drawstring
        sk.ink([(side * 0.06, legs.band * 0.6), (side * 0.12, legs.band + 0.4), (side * 0.08, legs.band + 0.6)],
               width=0.4)
    cuff = rng.uniform(0.2, 0.3)
    for side in (1, -1):
        y = legs.length - cuff
        sk.detail([(side * legs.inner_x(y), y), (side * legs.outer_x(y), y)], essential=True)
        sk.detail(bezier((side * legs.waist * 0.55, legs.band), (side * legs.waist * 0.8, 0.45),
                         (side * legs.outer_x(0.7), 0.7), n=8))
        if chance(rng, 0.5):   # side stripe
            sk.detail([(side * (legs.outer_x(0.3) - 0.06), 0.3), (side * (legs.outer_x(y) - 0.06), y)])
    return sk


def skinny_ripped_jeans(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.58, 0.66), band=rng.uniform(0.12, 0.16), hip=rng.uniform(0.7, 0.76),
                          crotch=rng.uniform(1.0, 1.15), length=rng.uniform(3.4, 4.0),
                          knee=(rng.uniform(0.6, 0.66), rng.uniform(0.16, 0.2)),
                          hem_outer=rng.uniform(0.48, 0.54), hem_inner=rng.uniform(0.22, 0.26))
    waistband(sk, legs, loops=chance(rng, 0.5))
    jeans_front(sk, legs, rng)
    knee_y = legs.crotch + (legs.length - legs.crotch) * 0.45
    for side in (1, -1):   # rips at the knees
        centre = legs.leg_centre(knee_y)
        half = (legs.outer_x(knee_y) - legs.inner_x(knee_y)) * 0.3
        for k in range(int(rng.integers(2, 5))):
            y = knee_y - 0.15 + 0.1 * k
            sk.detail([(side * (centre - half), y), (side * (centre + half), y + rng.normal(0, 0.02))], width=0.8)
    return sk


def chinos(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.62, 0.7), band=rng.uniform(0.14, 0.18), hip=rng.uniform(0.72, 0.8),
                          crotch=rng.uniform(1.1, 1.3), length=rng.uniform(3.4, 3.9), hem_outer=rng.uniform(0.62, 0.7),
                          hem_inner=rng.uniform(0.14, 0.2))
    waistband(sk, legs, loops=True, button=False)
    sk.detail(rect(-0.12, 0.0, 0.12, legs.band), closed=True)   # belt buckle
    jeans_front(sk, legs, rng, pockets=False)
    for side in (1, -1):   # slant pockets and the pressed crease
        sk.detail([(side * legs.waist * 0.6, legs.band), (side * legs.outer_x(0.55), 0.55)], essential=True)
        sk.detail([(side * legs.leg_centre(legs.crotch - 0.3), legs.crotch - 0.3),
                   (side * legs.leg_centre(legs.length - 0.05), legs.length - 0.05)], width=0.7)
    return sk


def flared_trousers(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.58, 0.66), band=rng.uniform(0.12, 0.18), hip=rng.uniform(0.72, 0.78),
                          crotch=rng.uniform(1.05, 1.2), length=rng.uniform(3.5, 4.0),
                          knee=(rng.uniform(0.6, 0.66), rng.uniform(0.18, 0.22)),
                          hem_outer=rng.uniform(0.9, 1.05), hem_inner=rng.uniform(0.0, 0.06))
    waistband(sk, legs, loops=chance(rng, 0.5))
    jeans_front(sk, legs, rng, coin=chance(rng, 0.5))
    if chance(rng, 0.5):
        leg_hems(sk, legs, 0.1)
    return sk


def walking_trousers(rng) -> Sketch:
    """Trousers on an invisible body mid-stride: the legs apart, one knee bent, folds at the knees."""
    sk = Sketch()
    waist = rng.uniform(0.6, 0.68)
    band = rng.uniform(0.14, 0.18)
    leg_top = 0.45
    length = rng.uniform(3.3, 3.8)
    hips = as_points([(-waist * 1.04, leg_top), (-waist, 0.0), (waist, 0.0), (waist * 1.04, leg_top),
                      (0.0, leg_top + 0.4)])
    sk.part(hips, edges=[hips[:4]])
    stride = rng.uniform(6, 12)
    inner_edges = {}
    forward = pick(rng, (1, -1))
    for side in (1, -1):
        angle = stride * (0.6 if side == forward else 0.4) + rng.uniform(0, 2)
        bend = -rng.uniform(4, 10) if side == forward else rng.uniform(0, 4)
        top_centre = np.array([side * waist * 0.52, leg_top])
        knee = top_centre + unit(side * angle) * (length - leg_top) * 0.5
        ankle = knee + unit(side * (angle + bend)) * (length - leg_top) * 0.5
        centre = np.vstack([polyline_at([top_centre, knee, ankle], t) for t in np.linspace(0, 1, 9)])
        left, right = tube(centre, np.interp(np.linspace(0, 1, 9), [0, 0.5, 1], [waist * 0.52, 0.3, 0.26]))
        inner_edges[side] = left if side == 1 else right
        sk.part(np.vstack([left, right[::-1]]), edges=[left, right[::-1]], layered=True)
        sk.detail(np.vstack([left[-1], right[-1]]), essential=True)
        if chance(rng, 0.7):   # folds behind the knee
            for k in range(2):
                sk.detail([knee + [-0.2 * side, -0.1 + 0.15 * k], knee + [0.05 * side, -0.05 + 0.15 * k]], width=0.7)
    right_inner, left_inner = inner_edges[1][1:], inner_edges[-1][1:]
    sk.opening(np.vstack([[(0.0, leg_top + 0.45)], right_inner, [right_inner[-1] + (0, 0.5)],
                          [left_inner[-1] + (0, 0.5)], left_inner[::-1]]))
    legs = Trousers(waist, band, waist * 1.04, leg_top + 0.5, length, as_points([(waist, 0), (waist * 1.04, leg_top)]),
                    as_points([(0.1, length), (0, leg_top + 0.5)]))
    waistband(sk, legs, loops=chance(rng, 0.5))
    sk.detail([(0.0, band), (0.0, leg_top + 0.35)], essential=True)
    if chance(rng, 0.6):
        jeans_front(sk, legs, rng, fly=False, coin=False)
    return sk


def leggings(rng) -> Sketch:
    sk = Sketch()
    legs = build_trousers(sk, waist=rng.uniform(0.56, 0.62), band=rng.uniform(0.25, 0.35), hip=rng.uniform(0.68, 0.74),
                          crotch=rng.uniform(0.95, 1.1), length=rng.uniform(3.5, 4.1),
                          knee=(rng.uniform(0.52, 0.58), rng.uniform(0.2, 0.24)),
                          hem_outer=rng.uniform(0.42, 0.47), hem_inner=rng.uniform(0.24, 0.28))
    waistband(sk, legs, button=False)
    if chance(rng, 0.6):   # seams down the legs
        for side in (1, -1):
            sk.detail([(side * legs.leg_centre(legs.crotch), legs.band + 0.2),
                       (side * legs.leg_centre(legs.length), legs.length - 0.02)], width=0.6)
    return sk


# ----------------------------------------------------------------------------------------------
# Shoes, side views with the toe to the left (the hand may turn them round): x from the toe,
# y down to the ground at y = 1.

def shoe_sketch() -> Sketch:
    return Sketch(shoe=True)


def rounded(control, iterations=3) -> np.ndarray:
    return chaikin(control, closed=True, iterations=iterations)


def sneaker_upper(rng, length, sole_top, high=False, low_collar=False) -> tuple:
    """The upper of a trainer: toe box, laced throat, tongue, collar and heel counter."""
    throat = (rng.uniform(1.25, 1.45), rng.uniform(-0.05, 0.05))
    control = [(0.03, sole_top), (0.0, sole_top - 0.14), (0.1, rng.uniform(0.38, 0.46)),
               (0.55, rng.uniform(0.28, 0.33)),
               (1.0, 0.17)]
    if high:
        top = rng.uniform(-0.8, -0.6)
        control += [(throat[0], throat[1] - 0.1), (throat[0] + 0.12, top - 0.05), (throat[0] + 0.3, top - 0.08),
                    (length - 0.1, top), (length, top + 0.15), (length + 0.04, 0.4)]
        lace_end = (throat[0] + 0.14, top + 0.05)
    elif low_collar:
        control += [(throat[0], throat[1] + 0.1), (1.75, 0.1), (length - 0.15, 0.08), (length, 0.2),
                    (length + 0.04, 0.5)]
        lace_end = throat
    else:
        control += [throat, (throat[0] + 0.08, throat[1] - 0.15), (throat[0] + 0.25, throat[1] - 0.12),
                    (throat[0] + 0.32, 0.05), (1.95, 0.13), (length - 0.18, 0.0), (length - 0.02, 0.12),
                    (length + 0.05, 0.5)]
        lace_end = throat
    control += [(length, sole_top), (length, sole_top)]
    return rounded(control, 3), np.array([0.8, 0.24]), np.array(lace_end)


def sole(length, sole_top, bottom=1.0, toe_rise=0.1, heel_extra=0.04) -> np.ndarray:
    return rounded([(-0.04, sole_top - toe_rise), (0.15, sole_top), (length + heel_extra, sole_top - 0.02),
                    (length + heel_extra + 0.03, bottom - 0.05), (length - 0.05, bottom), (0.2, bottom),
                    (0.0, bottom - 0.08)], 2)


def laces(sk, rng, start, end, count, drop=(0.12, 0.16)):
    """Criss-cross laces over the throat between two rows of eyelets."""
    start, end = np.asarray(start, float), np.asarray(end, float)
    low = np.array(drop)
    edge = [lerp(start, end, t) for t in np.linspace(0.05, 0.95, count)]
    holes = [p + low for p in edge]
    for k in range(count - 1):
        sk.detail([holes[k], edge[k + 1]], width=0.8)
        sk.detail([edge[k], holes[k + 1]], width=0.8)
    if chance(rng, 0.5):
        sk.dots(holes, 0.025)


def classic_sneaker(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.72, 0.8)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top)
    sk.part(upper)
    sk.part(sole(length, sole_top), layered=True)
    sk.detail([(0.1, (sole_top + 1) / 2), (length, (sole_top + 1) / 2)], width=0.8)   # the stripe round the sole
    # toe cap
    sk.detail(bezier((0.05, sole_top - 0.05), (0.1, 0.38), (0.55, 0.38), (0.62, sole_top), n=12), essential=True)
    laces(sk, rng, lace_start, lace_end, int(rng.integers(4, 6)))
    if chance(rng, 0.6):
        sk.detail([(length - 0.2, 0.05), (length - 0.15, 0.45)], width=0.8)   # heel tab seam
    return sk


def high_top(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.4, 2.7), rng.uniform(0.7, 0.78)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top, high=True)
    sk.part(upper)
    sk.part(sole(length, sole_top), layered=True)
    sk.detail([(0.1, (sole_top + 1) / 2), (length, (sole_top + 1) / 2)], width=0.8)
    sk.detail(bezier((0.05, sole_top - 0.05), (0.1, 0.38), (0.55, 0.38), (0.62, sole_top), n=12))
    laces(sk, rng, lace_start, lace_end, int(rng.integers(6, 9)), drop=(0.14, 0.06))
    if chance(rng, 0.7):   # the ankle patch
        sk.detail(ellipse(length - 0.55, -0.2, 0.16, 0.16, 16), closed=True, essential=True)
    return sk


def runner(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.6, 2.9), rng.uniform(0.62, 0.7)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top)
    sk.part(upper)
    midsole = rounded([(-0.05, sole_top - 0.12), (0.3, sole_top), (1.2, sole_top + 0.03),
                       (length + 0.1, sole_top - 0.1),
                       (length + 0.12, 0.96), (length - 0.1, 1.0), (0.3, 1.0), (-0.02, 0.9)], 2)
    sk.part(midsole, layered=True)
    sk.detail(wave((0.2, 0.88), (length, 0.86), 2, 0.04), width=0.8)
    # The swoosh-like logo on the side.
    a, b = np.array([0.75, 0.55]), np.array([length - 0.3, 0.15])
    swoosh = np.vstack([bezier(a, (1.0, 0.72), (1.8, 0.5), b, n=12),
                        bezier(b, (1.7, 0.4), (1.0, 0.6), a + (0.05, -0.08), n=12)])
    sk.detail(swoosh, closed=True, essential=True)
    laces(sk, rng, lace_start, lace_end, int(rng.integers(4, 6)))
    if chance(rng, 0.5):   # tread under the sole
        for mark in ticks((0.2, 1.0), (length - 0.1, 1.0), int(rng.integers(7, 12)), 0.12, inset=0.02):
            sk.detail(mark, width=0.6)
    return sk


def slip_on(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.7, 0.78)
    upper, _, throat = sneaker_upper(rng, length, sole_top, low_collar=True)
    sk.part(upper)
    sk.part(sole(length, sole_top), layered=True)
    sk.detail([(0.1, (sole_top + 1) / 2), (length, (sole_top + 1) / 2)], width=0.8)
    x = throat[0] + 0.1
    # elastic gore
    sk.detail([(x - 0.12, throat[1] + 0.12), (x, throat[1] + 0.45), (x + 0.12, throat[1] + 0.12)], essential=True)
    if chance(rng, 0.5):   # a checkerboard side
        squares = []
        for i, cx in enumerate(np.arange(1.5, length - 0.1, 0.22)):
            for j, cy in enumerate(np.arange(0.2, sole_top - 0.1, 0.22)):
                if (i + j) % 2 == 0:
                    squares.append(rect(cx, cy, cx + 0.2, cy + 0.2))
        sk.pattern([np.vstack([sq, sq[:1]]) for sq in squares], [upper], width=0.8)
    else:
        sk.detail(bezier((0.05, sole_top - 0.05), (0.1, 0.38), (0.55, 0.38), (0.62, sole_top), n=12))
    return sk


def chunky_sneaker(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.55, 0.62)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top)
    sk.part(upper)
    chunky = rounded([(-0.06, sole_top - 0.1), (0.4, sole_top + 0.02), (1.3, sole_top - 0.04),
                      (length + 0.12, sole_top - 0.12),
                      (length + 0.15, 0.98), (1.5, 1.02), (0.2, 1.0), (-0.05, 0.85)], 2)
    sk.part(chunky, layered=True)
    sk.detail(wave((0.0, (sole_top + 1) / 2), (length + 0.1, (sole_top + 1) / 2 - 0.03), 3, 0.05), essential=True)
    # Overlay panels stitched on the side.
    sk.detail(bezier((0.2, sole_top), (0.6, 0.2), (1.2, 0.45), (1.6, sole_top), n=12))
    sk.detail(bezier((1.6, 0.1), (1.8, 0.4), (2.2, 0.4), (length - 0.05, 0.2), n=10))
    laces(sk, rng, lace_start, lace_end, int(rng.integers(4, 6)))
    return sk


def sneaker_from_above(rng) -> Sketch:
    """A trainer seen in 3/4 from slightly above: the opening shows, laces across the top."""
    sk = shoe_sketch()
    length = rng.uniform(2.5, 2.8)
    outline = rounded([(0.0, 0.7), (0.05, 0.45), (0.4, 0.25), (1.1, 0.05), (1.8, -0.15), (2.3, -0.25), (length, -0.1),
                       (length + 0.05, 0.5), (length, 0.95), (0.3, 1.0), (0.02, 0.88)], 3)
    sk.part(outline)
    # The top edge of the sole, curving round the toe as seen from above.
    sk.detail(bezier((0.05, 0.8), (0.6, 0.86), (1.8, 0.84), (length + 0.03, 0.72), n=16), essential=True)
    opening = ellipse(length - 0.5, -0.02, 0.42, 0.14, 18)
    sk.part(opening, hole=True)
    tongue = [(1.55, 0.0), (1.7, -0.22), (1.9, -0.18), (1.85, 0.1)]
    sk.detail(tongue)
    for k in range(4):   # laces across the throat
        t = k / 3
        a = lerp((0.95, 0.2), (1.65, 0.02), t)
        sk.detail([a, a + (0.12, 0.22)], width=0.8)
    return sk


def skate_shoe(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.68, 0.76)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top)
    sk.part(upper)
    sk.part(sole(length, sole_top, toe_rise=0.16), layered=True)
    sk.detail([(-0.02, (sole_top + 1) / 2), (length + 0.03, (sole_top + 1) / 2)], width=0.8)
    # side stripe
    sk.detail(bezier((0.5, sole_top - 0.05), (1.0, 0.2), (1.4, 0.75), (length - 0.1, 0.3), n=16), essential=True)
    sk.detail(bezier((1.75, 0.12), (2.0, 0.32), (2.3, 0.3), (length - 0.05, 0.15), n=10))   # padded collar
    laces(sk, rng, lace_start, lace_end, int(rng.integers(4, 6)))
    return sk


def basketball_shoe(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.66, 0.74)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top, high=True)
    sk.part(upper)
    sk.part(sole(length, sole_top, heel_extra=0.08), layered=True)
    sk.detail(wave((0.1, (sole_top + 1) / 2), (length, (sole_top + 1) / 2), 2, 0.03), width=0.8)
    laces(sk, rng, lace_start, (lace_end + lace_start) / 2, 4, drop=(0.12, 0.08))
    strap_y = rng.uniform(-0.45, -0.25)
    sk.part([(1.35, strap_y - 0.1), (length + 0.02, strap_y - 0.22), (length + 0.04, strap_y + 0.02),
             (1.35, strap_y + 0.15)], seam=True)
    sk.detail(bezier((1.6, sole_top), (1.7, 0.3), (2.0, 0.2), (length, 0.1), n=10))
    return sk


def three_stripe_sneaker(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.72, 0.8)
    upper, lace_start, lace_end = sneaker_upper(rng, length, sole_top)
    sk.part(upper)
    sk.part(sole(length, sole_top), layered=True)
    for k in range(3):
        x = 1.05 + 0.2 * k
        sk.detail([(x, 0.2 - 0.03 * k), (x + 0.35, sole_top - 0.02)], essential=True, width=1.3)
    laces(sk, rng, lace_start, lace_end, int(rng.integers(4, 6)))
    sk.detail([(length - 0.35, 0.1), (length - 0.02, 0.12)], width=0.8)   # heel tab
    return sk


def sock_sneaker(rng) -> Sketch:
    sk = shoe_sketch()
    length, sole_top = rng.uniform(2.5, 2.8), rng.uniform(0.58, 0.66)
    top = rng.uniform(-0.35, -0.15)
    upper = rounded([(0.03, sole_top), (0.0, sole_top - 0.14), (0.1, 0.4), (0.6, 0.28), (1.2, 0.05), (1.45, top + 0.1),
                     (1.55, top), (2.3, top), (2.38, top + 0.1), (length, 0.3), (length + 0.04, sole_top),
                     (length, sole_top)], 3)
    sk.part(upper)
    sk.part(sole(length, sole_top, bottom=1.0, toe_rise=0.12), layered=True)
    sk.detail([(1.48, top + 0.15), (2.35, top + 0.15)], essential=True)   # the knit collar
    lines = [wave((0.0, y), (length, y - 0.1), 6, 0.03) for y in np.arange(0.15, sole_top, 0.14)]
    sk.pattern(lines, [upper], width=0.6)
    return sk


# ----------------------------------------------------------------------------------------------
# 9 Ankle boot: a shaft above the ankle bone, a heel, elastic, laces or a zip.

def boot_upper(rng, length, sole_top, shaft_top, toe="round", shaft_front=None, heel_height=0.0) -> np.ndarray:
    front = shaft_front or rng.uniform(1.25, 1.45)
    back = length - rng.uniform(0.05, 0.15)
    if toe == "round":
        toe_tip = [(0.0, sole_top - 0.12), (0.12, sole_top - 0.4)]
    else:
        toe_tip = [(-0.15, sole_top - 0.06), (0.15, sole_top - 0.3)]
    instep = [(0.7, sole_top - 0.5 - heel_height * 0.2), (front - 0.1, sole_top - 0.75 - heel_height * 0.4)]
    # Repeated points keep the corners of the shaft's top sharp when the outline is rounded.
    shaft = [(front, shaft_top + 0.3), (front + 0.02, shaft_top), (front + 0.02, shaft_top),
             (back, shaft_top - 0.02), (back, shaft_top - 0.02), (back - 0.05, shaft_top + 0.6)]
    heel = [(length + 0.02, sole_top - 0.5 - heel_height), (length, sole_top - heel_height),
            (length, sole_top - heel_height)]
    return rounded([(0.05, sole_top)] + toe_tip + instep + shaft + heel, 3)


def boot_heel(sk, length, sole_top, height, width, block=True):
    back = length + 0.02
    if block:
        heel = [(back - width, sole_top - 0.02), (back, sole_top - 0.02), (back - 0.02, sole_top + height),
                (back - width + 0.04, sole_top + height)]
    else:   # a stiletto
        heel = [(back - width, sole_top - 0.02), (back, sole_top - 0.02), (back - 0.08, sole_top + height),
                (back - 0.14, sole_top + height)]
    sk.part(heel, layered=True)


def chelsea_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.3, 2.6), rng.uniform(-1.0, -0.8)
    sole_top = 0.86
    upper = boot_upper(rng, length, sole_top, shaft_top)
    sk.part(upper)
    sk.part(rounded([(-0.02, sole_top - 0.06), (0.3, sole_top), (length - 0.5, sole_top + 0.01), (length - 0.5, 0.95),
                     (0.2, 0.95), (0.0, 0.9)], 2), layered=True)
    boot_heel(sk, length, sole_top, 0.14, 0.5)
    centre = rng.uniform(1.75, 1.95)
    gore = bezier((centre - 0.2, shaft_top + 0.02), (centre - 0.05, 0.0), (centre + 0.05, 0.0),
                  (centre + 0.2, shaft_top + 0.02), n=14)
    sk.detail(gore, essential=True)
    for x in np.linspace(centre - 0.12, centre + 0.12, 4):
        sk.detail([(x, shaft_top + 0.1), (x * 0.3 + centre * 0.7, -0.25)], width=0.6)
    back = length - 0.08
    sk.ink(bezier((back - 0.05, shaft_top + 0.05), (back - 0.05, shaft_top - 0.3), (back + 0.15, shaft_top - 0.3),
                  (back + 0.05, shaft_top + 0.1), n=10), width=0.5)
    return sk


def combat_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.4, 2.7), rng.uniform(-1.05, -0.85)
    sole_top = 0.78
    upper = boot_upper(rng, length, sole_top, shaft_top, shaft_front=rng.uniform(1.2, 1.35))
    sk.part(upper)
    lug = rounded([(-0.06, sole_top - 0.1), (0.3, sole_top), (length + 0.05, sole_top - 0.02), (length + 0.06, 1.0),
                   (length - 0.3, 1.0), (0.2, 1.0), (-0.04, 0.92)], 2)
    sk.part(lug, layered=True)
    sk.detail(zigzag((0.15, 0.97), (length - 0.05, 0.97), 9, 0.03), width=0.7)
    laces(sk, rng, (0.95, 0.25), (1.3, shaft_top + 0.1), int(rng.integers(6, 9)), drop=(0.14, 0.05))
    sk.detail([(1.3, shaft_top + 0.15), (length - 0.1, shaft_top + 0.12)], width=0.8)   # padded collar
    sk.detail(bezier((0.05, sole_top - 0.1), (0.1, 0.4), (0.55, 0.35), (0.65, sole_top), n=10))
    return sk


def heeled_bootie(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.2, 2.5), rng.uniform(-0.95, -0.7)
    heel = rng.uniform(0.45, 0.75)
    sole_top = 0.98
    # The foot slopes from the ball down at the toe up to a high heel seat.
    upper = rounded([(0.1, sole_top), (-0.2, sole_top - 0.08), (0.2, sole_top - 0.3), (0.8, sole_top - 0.55),
                     (1.25, sole_top - 0.95),
                     (1.35, shaft_top), (1.35, shaft_top), (length - 0.1, shaft_top), (length - 0.1, shaft_top),
                     (length - 0.15, 0.0),
                     (length, sole_top - heel - 0.25), (length, sole_top - heel), (length, sole_top - heel)], 3)
    sk.part(upper)
    sole_line = bezier((-0.15, sole_top - 0.05), (0.5, sole_top + 0.05), (1.3, sole_top - heel * 0.6),
                       (length, sole_top - heel), n=14)
    sk.detail(sole_line, essential=True)
    boot_heel(sk, length, sole_top - heel, heel, rng.uniform(0.25, 0.4), block=chance(rng, 0.5))
    zip_x = rng.uniform(1.7, 1.9)
    sk.detail([(zip_x, shaft_top + 0.05), (zip_x, 0.2)], essential=True)
    sk.detail(rect(zip_x - 0.04, shaft_top + 0.05, zip_x + 0.04, shaft_top + 0.2), closed=True, width=0.7)
    return sk


def chukka_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.4, 2.7), rng.uniform(-0.6, -0.45)
    sole_top = 0.82
    upper = boot_upper(rng, length, sole_top, shaft_top, shaft_front=rng.uniform(1.3, 1.45))
    sk.part(upper)
    # crepe sole
    sk.part([(-0.02, sole_top), (length + 0.04, sole_top), (length + 0.07, 1.0), (-0.02, 1.0)], layered=True)
    laces(sk, rng, (1.05, 0.1), (1.35, shaft_top + 0.12), 3, drop=(0.14, 0.04))
    # quarter seam
    sk.detail(bezier((1.1, 0.15), (1.3, 0.55), (1.6, sole_top - 0.05), (1.65, sole_top), n=10), essential=True)
    return sk


def hiking_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.5, 2.8), rng.uniform(-0.95, -0.75)
    sole_top = 0.72
    upper = boot_upper(rng, length, sole_top, shaft_top, shaft_front=rng.uniform(1.25, 1.4))
    sk.part(upper)
    tread = rounded([(-0.08, sole_top - 0.15), (0.3, sole_top), (length + 0.08, sole_top - 0.03), (length + 0.1, 1.0),
                     (0.2, 1.0), (-0.05, 0.9)], 2)
    sk.part(tread, layered=True)
    sk.detail(zigzag((0.1, 0.96), (length, 0.96), 10, 0.04), width=0.8)
    sk.detail([(0.0, 0.84), (length + 0.08, 0.84)], width=0.7)
    sk.detail(bezier((0.0, sole_top - 0.15), (0.3, 0.35), (1.6, 0.55), (length, 0.45), n=12))   # mudguard
    laces(sk, rng, (0.95, 0.2), (1.3, shaft_top + 0.12), int(rng.integers(5, 8)), drop=(0.13, 0.05))
    # padded collar
    sk.detail(bezier((1.32, shaft_top + 0.2), (1.8, shaft_top + 0.35), (2.2, shaft_top + 0.3),
                     (length - 0.08, shaft_top + 0.15), n=10))
    return sk


def western_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.4, 2.7), rng.uniform(-1.1, -0.9)
    sole_top = 0.82
    upper = boot_upper(rng, length, sole_top, shaft_top, toe="pointed", heel_height=0.1)
    sk.part(upper)
    sk.detail(bezier((-0.1, sole_top - 0.02), (0.6, sole_top + 0.06), (1.4, sole_top + 0.02),
                     (length - 0.45, sole_top - 0.05), n=10), essential=True)
    heel = [(length - 0.45, sole_top - 0.12), (length + 0.02, sole_top - 0.12), (length - 0.05, 1.0),
            (length - 0.35, 1.0)]
    sk.part(heel, layered=True)
    for k in range(2):   # decorative stitching on the shaft
        y = shaft_top + 0.3 + 0.25 * k
        sk.detail(bezier((1.5, y), (1.75, y - 0.25), (2.0, y + 0.15), (length - 0.2, y - 0.1), n=12), width=0.7)
    sk.ink([(1.5, shaft_top + 0.05), (1.52, shaft_top - 0.22)], width=0.5)
    return sk


def lug_platform_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.3, 2.6), rng.uniform(-0.95, -0.75)
    sole_top = 0.6
    upper = boot_upper(rng, length, sole_top, shaft_top)
    sk.part(upper)
    platform = np.vstack([[(-0.05, sole_top - 0.06), (length + 0.05, sole_top - 0.03)],
                          zigzag((length + 0.05, 1.0), (-0.05, 1.0), 8, 0.05)[::1]])
    sk.part(rounded(platform, 1), layered=True)
    sk.detail([(0.0, sole_top + 0.12), (length, sole_top + 0.14)], width=0.8)
    zip_x = rng.uniform(1.7, 1.95)
    sk.detail([(zip_x, shaft_top + 0.05), (zip_x + 0.05, 0.25)], essential=True)
    return sk


def shearling_boot(rng) -> Sketch:
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.2, 2.5), rng.uniform(-0.9, -0.7)
    sole_top = 0.84
    upper = boot_upper(rng, length, sole_top, shaft_top, shaft_front=rng.uniform(1.15, 1.3))
    sk.part(upper)
    sk.part(rect(-0.02, sole_top, length + 0.03, 1.0), layered=True)
    cuff_bottom = shaft_top + rng.uniform(0.25, 0.35)
    fluffy = wave((1.2, cuff_bottom), (length, cuff_bottom), 6, 0.04)
    sk.detail(fluffy, essential=True)
    if chance(rng, 0.5):
        sk.detail(bezier((0.9, 0.4), (1.2, 0.3), (1.4, 0.6), (1.5, sole_top), n=10), width=0.8)
    return sk


def boot_from_above(rng) -> Sketch:
    """An ankle boot in 3/4 from slightly above: the round opening of the shaft shows."""
    sk = shoe_sketch()
    length, shaft_top = rng.uniform(2.3, 2.6), rng.uniform(-0.95, -0.75)
    sole_top = 0.84
    upper = boot_upper(rng, length, sole_top, shaft_top)
    sk.part(upper)
    sk.part(rounded([(-0.02, sole_top - 0.06), (0.3, sole_top), (length + 0.04, sole_top), (length + 0.05, 0.98),
                     (0.2, 0.98), (0.0, 0.92)], 2), layered=True)
    front, back = 1.38, length - 0.1
    sk.part(ellipse((front + back) / 2, shaft_top + 0.02, (back - front) / 2 - 0.02, 0.12, 18), hole=True)
    if chance(rng, 0.6):
        laces(sk, rng, (1.0, 0.2), (1.35, shaft_top + 0.2), 5, drop=(0.13, 0.05))
    else:
        sk.detail([(1.9, shaft_top + 0.15), (1.9, 0.3)], width=0.8)
    return sk


# ----------------------------------------------------------------------------------------------
# 5 Sandal: a sole and straps with the foot left out; side views, and flip-flops and slides from above.

def flat_sole(sk, length, top=0.88, bottom=1.0):
    sk.part(rounded([(0.02, top), (length, top - 0.02), (length + 0.03, bottom - 0.02), (length - 0.1, bottom),
                     (0.1, bottom), (-0.02, bottom - 0.04)], 2))


def strap_arch(sk, x0, x1, height, half_width, base=0.88):
    """A strap over the (invisible) foot seen from the side: an arch rising off the sole."""
    sk.band(bezier((x0, base), (x0 + (x1 - x0) * 0.1, base - height * 1.3), (x1 - (x1 - x0) * 0.1, base - height * 1.3),
                   (x1, base), n=14), half_width)


def ankle_loop(sk, cx, cy, rx, half_width):
    sk.band(np.vstack([ellipse(cx, cy, rx, rx * 0.35, 24), ellipse(cx, cy, rx, rx * 0.35, 24)[:1]]), half_width)


def flat_sandal(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.4, 2.7)
    flat_sole(sk, length)
    strap = rng.uniform(0.05, 0.09)
    strap_arch(sk, 0.2, rng.uniform(0.8, 1.0), rng.uniform(0.28, 0.36), strap)
    if chance(rng, 0.5):
        strap_arch(sk, 1.0, 1.5, 0.45, strap)
    cx = length - rng.uniform(0.4, 0.55)
    ankle_loop(sk, cx, rng.uniform(-0.05, 0.1), rng.uniform(0.28, 0.36), strap)
    sk.band([(length - 0.12, 0.88), (cx + 0.25, 0.1)], strap)
    sk.detail(rect(cx - 0.42, -0.02, cx - 0.3, 0.14), closed=True, width=0.8)   # buckle
    return sk


def stiletto_sandal(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.2, 2.5)
    heel_seat = rng.uniform(0.1, 0.3)
    arch = bezier((0.0, 0.93), (0.75, 0.95), (1.3, 0.75), (length, heel_seat), n=18)
    thickness = 0.08
    sole_outline = np.vstack([arch - [0, thickness], arch[::-1]])
    sk.part(sole_outline)
    heel_x = length - 0.15
    sk.part([(heel_x - 0.08, heel_seat + 0.02), (heel_x + 0.12, heel_seat), (heel_x + 0.05, 1.0), (heel_x, 1.0)],
            layered=True)
    strap = rng.uniform(0.04, 0.07)
    for x0, x1 in ((0.15, 0.6), (0.55, 0.95))[: int(rng.integers(1, 3))]:
        sk.band(bezier((x0, 0.86), (x0 + 0.05, 0.45), (x1 - 0.05, 0.45), (x1, 0.84), n=12), strap)
    cx = length - 0.4
    ankle_loop(sk, cx, -0.45, 0.3, strap)
    sk.band([(length - 0.05, heel_seat - 0.05), (cx + 0.2, -0.4)], strap)
    sk.dots([(cx - 0.3, -0.45)], 0.04)
    return sk


def wedge_sandal(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.3, 2.6)
    heel_top = rng.uniform(0.2, 0.4)
    wedge = rounded([(0.0, 0.82), (0.0, 0.82), (length, heel_top), (length, heel_top), (length, 1.0), (length, 1.0),
                     (0.15, 1.0), (0.0, 0.95)], 1)
    sk.part(wedge)
    sk.detail(bezier((0.05, 0.88), (0.8, 0.85), (1.6, 0.6), (length, heel_top + 0.08), n=12), width=0.8)
    strap = rng.uniform(0.05, 0.08)
    sk.band(bezier((0.4, 0.82), (0.7, 0.3), (1.1, 0.2), (1.3, 0.62), n=12), strap)   # crossing straps
    sk.band(bezier((0.3, 0.8), (0.5, 0.3), (1.0, 0.35), (1.6, 0.55), n=12), strap)
    cx = length - 0.45
    ankle_loop(sk, cx, heel_top - 0.55, 0.3, strap)
    sk.band([(length - 0.1, heel_top), (cx + 0.2, heel_top - 0.5)], strap)
    return sk


def gladiator(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.4, 2.7)
    flat_sole(sk, length)
    strap = rng.uniform(0.04, 0.07)
    top = rng.uniform(-1.0, -0.6)
    front = bezier((0.55, 0.86), (1.1, 0.5), (1.45, 0.2), (1.55, top), n=14)   # up the front of the foot and shin
    back_x = length - 0.15
    sk.band(front, strap)
    sk.band([(back_x, 0.88), (back_x - 0.1, top)], strap)
    count = int(rng.integers(4, 7))
    for k in range(count):
        t = (k + 0.6) / (count + 0.2)
        point = polyline_at(front, t)
        back = (back_x - 0.1 * (0.88 - point[1]) / (0.88 - top), point[1])
        if point[1] > 0.55:   # across the foot: a strap from the sole over to the front strap
            sk.band(bezier((point[0] - 0.45, 0.86), (point[0] - 0.35, point[1] - 0.1), point, n=8), strap)
        else:   # round the ankle and shin: sagging a little as they wrap
            sk.band(bezier(point, ((point[0] + back[0]) / 2, point[1] + 0.12), back, n=8), strap)
    strap_arch(sk, 0.12, 0.55, 0.25, strap)
    return sk


def flip_flop(rng) -> Sketch:
    """A flip-flop from above, toe up: a foot-shaped sole and a Y strap from the toe post."""
    sk = Sketch()
    width = rng.uniform(0.5, 0.62)
    sole_outline = rounded([(0.0, -1.35), (width * 0.85, -1.2), (width, -0.6), (width * 0.78, 0.25),
                            (width * 0.82, 0.9),
                            (width * 0.55, 1.3), (0.0, 1.38), (-width * 0.55, 1.3), (-width * 0.8, 0.9),
                            (-width * 0.75, 0.25),
                            (-width * 0.95, -0.6), (-width * 0.8, -1.2)], 3)
    sk.part(sole_outline)
    post = np.array([-width * 0.25, -0.95])
    strap = rng.uniform(0.05, 0.08)
    sk.band(bezier(post, (width * 0.3, -0.6), (width * 0.85, -0.25), n=10), strap, over=True)
    sk.band(bezier(post, (-width * 0.5, -0.55), (-width * 0.8, -0.2), n=10), strap, over=True)
    sk.dots([post], 0.06)
    if chance(rng, 0.4):
        sk.detail(offset(sole_outline, -0.08)[::2], closed=True, width=0.6)
    return sk


def slide(rng) -> Sketch:
    if chance(rng, 0.5):   # from above
        sk = Sketch()
        width = rng.uniform(0.5, 0.6)
        sole_outline = rounded([(0.0, -1.3), (width * 0.9, -1.1), (width, -0.5), (width * 0.8, 0.4), (width * 0.7, 1.2),
                                (0.0, 1.35), (-width * 0.7, 1.2), (-width * 0.8, 0.4), (-width * 0.95, -0.5),
                                (-width * 0.85, -1.1)], 3)
        sk.part(sole_outline)
        y0, y1 = rng.uniform(-0.9, -0.7), rng.uniform(-0.1, 0.1)
        band = [(-width * 1.08, y0 + 0.05), (width * 1.1, y0), (width * 1.05, y1), (-width * 1.02, y1 + 0.05)]
        sk.part(rounded(band, 1), seam=True)
        if chance(rng, 0.6):
            letters(sk, rng, 0, (y0 + y1) / 2, width * 1.4, 0.2, int(rng.integers(3, 6)))
        return sk
    sk = shoe_sketch()
    length = rng.uniform(2.3, 2.6)
    sk.part(rounded([(0.0, 0.8), (length, 0.75), (length + 0.03, 1.0), (0.1, 1.0), (-0.03, 0.92)], 2))
    band = bezier((0.15, 0.8), (0.3, 0.15), (1.2, 0.1), (1.45, 0.78), n=14)
    sk.part(np.vstack([band, bezier((1.25, 0.78), (1.05, 0.35), (0.5, 0.4), (0.35, 0.8), n=10)]), layered=True)
    if chance(rng, 0.5):
        sk.detail([(0.45, 0.45), (1.15, 0.42)], width=0.8)
    return sk


def sport_sandal(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.4, 2.7)
    sole_top = 0.75
    sk.part(rounded([(-0.03, 0.72), (length + 0.03, 0.72), (length + 0.05, 1.0), (0.1, 1.0), (-0.04, 0.92)], 2))
    sk.detail(zigzag((0.1, 0.97), (length - 0.05, 0.97), 10, 0.03), width=0.7)
    sk.detail([(0.0, 0.84), (length + 0.03, 0.84)], width=0.7)
    strap = rng.uniform(0.08, 0.11)
    strap_arch(sk, 0.25, 0.85, 0.28, strap, base=sole_top)
    strap_arch(sk, 0.95, 1.6, 0.45, strap, base=sole_top)
    cx = length - 0.45
    ankle_loop(sk, cx, -0.05, 0.33, strap)
    sk.band([(length - 0.1, sole_top), (cx + 0.25, 0.0)], strap)
    for x in (0.55, 1.28):   # velcro tabs
        sk.detail(rect(x - 0.08, 0.35, x + 0.08, 0.52), closed=True, width=0.7)
    return sk


def platform_sandal(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.3, 2.6)
    platform = rng.uniform(0.25, 0.35)
    heel_top = rng.uniform(0.1, 0.3)
    sole_outline = rounded([(0.0, 1.0 - platform), (1.3, 1.0 - platform - 0.05), (length - 0.5, heel_top + 0.05),
                            (length, heel_top),
                            (length, heel_top), (length + 0.02, 1.0), (length + 0.02, 1.0), (length - 0.55, 1.0),
                            (length - 0.55, 1.0),
                            (length - 0.65, 1.0 - platform + 0.1), (1.3, 1.0), (0.1, 1.0), (-0.02, 0.95)], 2)
    sk.part(sole_outline)
    sk.detail([(0.0, 1.0 - platform + 0.05), (1.2, 1.0 - platform)], width=0.7)
    band_top = 1.0 - platform - rng.uniform(0.35, 0.5)
    sk.part(rounded([(0.1, 1.0 - platform), (0.35, band_top), (0.95, band_top - 0.05), (1.15, 1.0 - platform - 0.03)],
                    1), layered=True)
    cx = length - 0.4
    strap = rng.uniform(0.05, 0.08)
    ankle_loop(sk, cx, heel_top - 0.55, 0.3, strap)
    sk.band([(length - 0.05, heel_top), (cx + 0.2, heel_top - 0.5)], strap)
    return sk


def tstrap_sandal(rng) -> Sketch:
    sk = shoe_sketch()
    length = rng.uniform(2.3, 2.6)
    heel_seat = rng.uniform(0.45, 0.6)
    arch = bezier((0.0, 0.92), (0.8, 0.94), (1.4, 0.8), (length, heel_seat), n=16)
    sk.part(np.vstack([arch - [0, 0.09], arch[::-1]]))
    block = rng.uniform(0.25, 0.35)
    sk.part([(length - block, heel_seat + 0.02), (length + 0.02, heel_seat - 0.02), (length, 1.0),
             (length - block + 0.05, 1.0)], layered=True)
    strap = rng.uniform(0.05, 0.08)
    sk.band(bezier((0.15, 0.85), (0.25, 0.45), (0.75, 0.4), (0.85, 0.85), n=12), strap)
    cx = length - 0.45
    ankle_y = heel_seat - 0.7
    ankle_loop(sk, cx, ankle_y, 0.32, strap)
    sk.band(bezier((0.5, 0.46), (0.9, 0.1), (cx - 0.25, ankle_y + 0.05), n=10), strap)   # the T
    sk.band([(length - 0.05, heel_seat - 0.05), (cx + 0.22, ankle_y + 0.08)], strap)
    return sk


# ----------------------------------------------------------------------------------------------
# 8 Bag: front-on, or in 3/4 with depth; handles, straps, flaps, zips, clasps.

def handles(sk, rng, x0, x1, top_y, height, half_width, pair_offset=0.0):
    sk.band(bezier((x0, top_y), (x0, top_y - height * 1.3), (x1, top_y - height * 1.3), (x1, top_y), n=16), half_width)
    if pair_offset:
        sk.band(bezier((x0 + pair_offset, top_y), (x0 + pair_offset, top_y - height * 1.15),
                       (x1 + pair_offset, top_y - height * 1.15), (x1 + pair_offset, top_y), n=16), half_width)


def tote(rng) -> Sketch:
    sk = Sketch()
    top_half, bottom_half = rng.uniform(0.8, 1.0), rng.uniform(0.9, 1.15)
    height = rng.uniform(1.2, 1.6)
    handles(sk, rng, -top_half * 0.5, top_half * 0.5, 0.05, rng.uniform(0.55, 0.8), rng.uniform(0.05, 0.09),
            pair_offset=rng.uniform(0.08, 0.15) if chance(rng, 0.5) else 0.0)
    body = rounded([(-top_half, 0.0), (-top_half, 0.0), (top_half, 0.0), (top_half, 0.0), (bottom_half, height),
                    (-bottom_half, height)], 2)
    sk.part(body, layered=True)
    if chance(rng, 0.5):
        sk.part(rect(-top_half * 0.5, height * 0.45, top_half * 0.5, height * 0.85), seam=True)
    return sk


def backpack(rng) -> Sketch:
    sk = Sketch()
    half = rng.uniform(0.7, 0.85)
    height = rng.uniform(1.9, 2.3)
    for side in (1, -1):   # shoulder straps showing at the sides
        sk.band(bezier((side * half * 0.5, 0.2), (side * half * 1.25, 0.6), (side * half * 1.2, 1.4),
                       (side * half * 0.9, height - 0.15), n=12), 0.08)
    body = np.vstack([arc(0, half * 0.9, half, half * 0.9, 180, 360, 16),
                      [(half, height - 0.15), (half - 0.1, height), (-half + 0.1, height), (-half, height - 0.15)]])
    sk.part(body, layered=True)
    sk.band(bezier((-0.2, 0.02), (-0.2, -0.3), (0.2, -0.3), (0.2, 0.02), n=10), 0.05)
    pocket_top = height * rng.uniform(0.5, 0.6)
    pocket = rounded_rect(-half * 0.7, pocket_top, half * 0.7, height - 0.12, 0.15)
    sk.part(pocket, seam=True)
    sk.detail(arc(0, half * 0.9 + 0.05, half * 0.8, half * 0.75, 195, 345, 14), essential=True)   # the main zip
    sk.detail([(half * 0.3, pocket_top + 0.12), (half * 0.3, pocket_top + 0.35)], width=0.8)   # zip pull
    return sk


def satchel(rng) -> Sketch:
    sk = Sketch()
    half, height = rng.uniform(0.9, 1.1), rng.uniform(1.2, 1.5)
    sk.band(bezier((-0.3, 0.02), (-0.3, -0.45), (0.3, -0.45), (0.3, 0.02), n=12), rng.uniform(0.05, 0.08))
    sk.part(rounded_rect(-half, 0.0, half, height, 0.15), layered=True)
    flap_bottom = height * rng.uniform(0.55, 0.7)
    flap = np.vstack([[(-half - 0.02, -0.02), (half + 0.02, -0.02)],
                      arc(half - 0.25, flap_bottom - 0.25, 0.27, 0.25, 0, 90, 6),
                      arc(-half + 0.25, flap_bottom - 0.25, 0.27, 0.25, 90, 180, 6)])
    sk.part(flap, seam=True)
    for x in (-half * 0.45, half * 0.45):   # buckled straps
        sk.detail([(x - 0.07, 0.1), (x - 0.07, flap_bottom + 0.25)], width=0.8)
        sk.detail([(x + 0.07, 0.1), (x + 0.07, flap_bottom + 0.25)], width=0.8)
        sk.detail(rect(x - 0.12, flap_bottom - 0.12, x + 0.12, flap_bottom + 0.05), closed=True, essential=True)
    return sk


def clutch(rng) -> Sketch:
    sk = Sketch()
    half, height = rng.uniform(1.0, 1.2), rng.uniform(0.7, 0.9)
    sk.part(rounded_rect(-half, 0.0, half, height, 0.08))
    point = rng.uniform(0.45, 0.65) * height
    sk.detail([(-half, 0.02), (0.0, point), (half, 0.02)], essential=True)
    sk.dots([(0.0, point + 0.02)], 0.06, ring=True)
    if chance(rng, 0.4):   # a wrist strap
        sk.ink(bezier((half - 0.1, 0.1), (half + 0.5, 0.0), (half + 0.5, 0.7), (half - 0.05, 0.5), n=12), width=0.4)
    return sk


def crossbody(rng) -> Sketch:
    sk = Sketch()
    half, height = rng.uniform(0.55, 0.75), rng.uniform(0.6, 0.85)
    strap_top = -rng.uniform(1.0, 1.7)
    strap = bezier((-half + 0.05, 0.05), (-half * 1.1, strap_top * 1.3), (half * 1.1, strap_top * 1.3),
                   (half - 0.05, 0.05), n=20)
    sk.band(strap, rng.uniform(0.025, 0.04))
    sk.part(rounded_rect(-half, 0.0, half, height, 0.12), layered=True)
    if chance(rng, 0.7):   # a flap with a rounded edge and a clasp
        flap_y = height * rng.uniform(0.5, 0.65)
        flap = np.vstack([[(-half, 0.0), (half, 0.0)], arc(0, flap_y - 0.2, half, 0.2, 0, 180, 12)])
        sk.part(flap, seam=True)
        sk.dots([(0.0, flap_y - 0.03)], 0.045)
    else:
        sk.detail([(-half + 0.1, 0.15), (half - 0.1, 0.15)], essential=True)
        sk.detail([(half - 0.25, 0.15), (half - 0.25, 0.3)], width=0.8)
    return sk


def box_bag_3d(rng) -> Sketch:
    """A structured bag in 3/4 view: front face, side face and top, with a handle."""
    sk = Sketch()
    width, height = rng.uniform(1.6, 2.0), rng.uniform(1.1, 1.4)
    depth = np.array([rng.uniform(0.35, 0.5), -rng.uniform(0.2, 0.3)])
    a, b, c, d = np.array([0, 0.0]), np.array([width, 0.0]), np.array([width, height]), np.array([0, height])
    outline = np.vstack([a, a + depth, b + depth, c + depth, c, d])
    sk.band(bezier(a + depth * 0.5 + (width * 0.3, 0), a + depth * 0.5 + (width * 0.3, -0.7),
                   a + depth * 0.5 + (width * 0.7, -0.7),
                   a + depth * 0.5 + (width * 0.7, 0), n=12), 0.05)
    sk.part(outline, layered=True)
    sk.detail([a, b, c], essential=True)
    sk.detail([b, b + depth], essential=True)
    if chance(rng, 0.6):
        sk.detail(rect(width * 0.42, 0.15, width * 0.58, 0.3), closed=True)
    return sk


def bucket_bag(rng) -> Sketch:
    sk = Sketch()
    top_half, bottom_half = rng.uniform(0.6, 0.75), rng.uniform(0.8, 0.95)
    height = rng.uniform(1.4, 1.8)
    sk.band(bezier((-top_half, 0.05), (-top_half * 0.8, -1.4), (top_half * 0.8, -1.4), (top_half, 0.05), n=16),
            rng.uniform(0.04, 0.06))
    body = np.vstack([arc(0, 0, top_half, 0.12, 180, 0, 12), [(bottom_half, height - 0.2)],
                      arc(0, height - 0.2, bottom_half, 0.2, 0, 180, 12)])
    sk.part(body, layered=True)
    sk.part(ellipse(0, 0, top_half * 0.95, 0.12, 18), hole=chance(rng, 0.5))
    sk.detail(wave((-top_half, 0.3), (top_half, 0.3), 5, 0.03), essential=True)   # the drawstring channel
    for x in (-0.05, 0.08):
        sk.ink([(x, 0.3), (x + 0.05, 0.8)], width=0.4)
    return sk


def print_shopper(rng) -> Sketch:
    sk = Sketch()
    half, height = rng.uniform(0.85, 1.0), rng.uniform(1.5, 1.9)
    handles(sk, rng, -half * 0.55, half * 0.55, 0.05, rng.uniform(0.9, 1.3), rng.uniform(0.04, 0.07))
    body = rect(-half, 0.0, half, height)
    sk.part(body, layered=True)
    if chance(rng, 0.5):
        sk.pattern(vlines(-half, half, 0.0, height, rng.uniform(0.25, 0.4)), [body], width=1.3)
    else:
        chest_print(sk, rng, 0.0, height * 0.5, rng.uniform(0.6, 0.9))
    return sk


def bowling_bag(rng) -> Sketch:
    sk = Sketch()
    half, height = rng.uniform(1.0, 1.2), rng.uniform(1.1, 1.3)
    handles(sk, rng, -0.4, 0.4, 0.05, rng.uniform(0.45, 0.6), rng.uniform(0.05, 0.07))
    dome = np.vstack([arc(0, height * 0.75, half, height * 0.75, 180, 360, 20), [(half, height), (-half, height)]])
    sk.part(dome, layered=True)
    zip_arc = arc(0, height * 0.75, half * 0.85, height * 0.62, 190, 350, 16)
    sk.detail(zip_arc, essential=True)
    if chance(rng, 0.5):   # the zip pull
        sk.detail([zip_arc[3], zip_arc[3] + (0.0, 0.25)], width=0.8)
    sk.detail([(-half, height - 0.15), (half, height - 0.15)], width=0.8)
    return sk


def quilted_chain_bag(rng) -> Sketch:
    sk = Sketch()
    half, height = rng.uniform(0.8, 1.0), rng.uniform(0.9, 1.2)
    chain_top = -rng.uniform(1.0, 1.5)
    chain = bezier((-half + 0.1, 0.02), (-half * 0.6, chain_top * 1.2), (half * 0.6, chain_top * 1.2),
                   (half - 0.1, 0.02), n=18)
    for k in range(len(chain) - 1):   # a chain: a row of small links
        centre = (chain[k] + chain[k + 1]) / 2
        sk.ink(ellipse(centre[0], centre[1], 0.07, 0.05, 8), closed=True, width=0.3)
    body = rounded_rect(-half, 0.0, half, height, 0.1)
    sk.part(body, layered=True)
    spacing = rng.uniform(0.25, 0.35)
    sk.pattern(diagonal_lines(-half, 0, half, height, spacing * 1.4, 1.0) + diagonal_lines(-half, 0, half, height,
                                                                                           spacing * 1.4, -1.0), [body],
               width=0.7)
    flap_y = height * 0.55
    sk.detail([(-half, flap_y), (half, flap_y)], essential=True)
    sk.detail(rect(-0.1, flap_y - 0.08, 0.1, flap_y + 0.08), closed=True, essential=True)
    return sk


# ----------------------------------------------------------------------------------------------
# The designs of each class, in label order (fashion.config.CLASS_NAMES).

DESIGNS = (
    (tee_crew, tee_vneck, tee_print, tee_stripes, tank_top, camisole, crop_top, tee_on_body, tee_oversized,
     tee_raglan, blouse_top, pocket_tee),                                                   # 0 T-shirt/top
    (jeans, wide_leg_trousers, cargo_pants, joggers, skinny_ripped_jeans, chinos, flared_trousers,
     walking_trousers, leggings),                                                           # 1 Trouser
    (crew_sweater, vneck_jumper, turtleneck, hoodie, cable_knit, nordic_sweater, logo_sweatshirt,
     sweater_bent_arms, striped_jumper, balloon_sweater, argyle_sweater, tpose_sweater),    # 2 Pullover
    (aline_dress, shift_dress, wrap_dress, maxi_strappy, belted_flare_dress, strapless_dress, slip_dress,
     polka_sundress, bodycon_dress, tiered_dress),                                          # 3 Dress
    (long_coat, trench_coat, puffer_jacket, parka, blazer, bomber, denim_jacket, biker_jacket, open_coat,
     duffle_coat, peacoat, long_puffer),                                                    # 4 Coat
    (flat_sandal, stiletto_sandal, wedge_sandal, gladiator, flip_flop, slide, sport_sandal, platform_sandal,
     tstrap_sandal),                                                                        # 5 Sandal
    (classic_shirt, hawaiian_shirt, flannel_shirt, striped_shirt, rolled_tucked_shirt, western_shirt,
     bow_blouse, band_collar_shirt, folded_shirt, tie_shirt, spread_shirt, posed_shirt),   # 6 Shirt
    (classic_sneaker, high_top, runner, slip_on, chunky_sneaker, sneaker_from_above, skate_shoe,
     basketball_shoe, three_stripe_sneaker, sock_sneaker),                                  # 7 Sneaker
    (tote, backpack, satchel, clutch, crossbody, box_bag_3d, bucket_bag, print_shopper, bowling_bag,
     quilted_chain_bag),                                                                    # 8 Bag
    (chelsea_boot, combat_boot, heeled_bootie, chukka_boot, hiking_boot, western_boot, lug_platform_boot,
     shearling_boot, boot_from_above),                                                      # 9 Ankle boot
)


def draw(design, style: str, rng) -> np.ndarray:
    """One drawing (uint8 280x280, white on black) of a design in a style, by a hand drawn from rng."""
    sketch = design(rng)
    hand = choose_hand(rng, style, sketch.shoe)
    return Renderer(sketch, hand, style, rng).render()


def plan(label: int, index: int, styles=STYLES) -> tuple:
    """The design and style of a class's index-th drawing: designs in turn, styles alternating,
    shifted each round so every design comes in every style."""
    designs = DESIGNS[label]
    turn, position = divmod(index, len(designs))
    return designs[position], styles[(position + turn) % len(styles)]


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)"""
    styles = tuple(styles)
    if not styles:
        raise ValueError("no styles given")
    unknown = [style for style in styles if style not in STYLES]
    if unknown:
        raise ValueError(f"unknown style(s) {unknown}: expected some of {STYLES}")
    if count_per_class < 0:
        raise ValueError(f"count_per_class must be >= 0, got {count_per_class}")
    total = count_per_class * len(DESIGNS)
    images = np.zeros((total, CANVAS, CANVAS), dtype=np.uint8)
    labels = np.zeros(total, dtype=np.int64)
    drawn_styles = []
    for label in range(len(DESIGNS)):
        for index in range(count_per_class):
            design, style = plan(label, index, styles)
            # Each drawing has its own stream: it depends on nothing but the seed, class and index.
            rng = np.random.default_rng([seed, label, index])
            k = label * count_per_class + index
            images[k] = draw(design, style, rng)
            labels[k] = label
            drawn_styles.append(style)
    return images, labels, drawn_styles


def contact_sheet(images: np.ndarray, labels: np.ndarray, tile: int = CANVAS // 2) -> Image.Image:
    """One row per class, drawings shrunk to `tile` pixels with a grey frame."""
    classes = sorted(set(labels.tolist()))
    per_row = max(int((labels == label).sum()) for label in classes)
    cell = tile + 2
    sheet = Image.new("L", (per_row * cell, len(classes) * cell), 90)
    for row, label in enumerate(classes):
        for column, image in enumerate(images[labels == label]):
            small = Image.fromarray(image).resize((tile, tile), Image.Resampling.BOX)
            sheet.paste(small, (column * cell + 1, row * cell + 1))
    return sheet


def main(argv=None):
    parser = argparse.ArgumentParser(description="Careful hands: the 10 garments as careful people draw them.")
    parser.add_argument("--per-class", type=int, default=12, help="drawings of each class")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", metavar="PATH", help="write a PNG contact sheet, one row per class")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    images, labels, styles = make(args.per_class, args.seed)
    seconds = time.perf_counter() - started
    filled = [image.mean() for image, style in zip(images, styles) if style == "filled"]
    outline = [image.mean() for image, style in zip(images, styles) if style == "outline"]
    print(f"{len(images)} drawings in {seconds:.2f}s; designs per class {[len(d) for d in DESIGNS]}; "
          f"mean ink: outline {np.mean(outline) if outline else 0:.1f}, filled {np.mean(filled) if filled else 0:.1f}")
    if args.sheet:
        contact_sheet(images, labels).save(args.sheet)
        print(f"contact sheet: {args.sheet}")


if __name__ == "__main__":
    main()
