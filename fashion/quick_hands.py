"""Quick hands: drawings of the ten Fashion-MNIST garments as a class of students doodles them.

An independent generator of canvas drawings, written without looking at the project's other
drawing generators, so that a network trained with it (`--drawn` training) learns from a second,
separate idea of how people draw. The scene it imitates: 20-40 students (ages 10-18) and some
adults, each asked "draw a <garment>" on a black 280x280 web canvas with a white round brush
(18 px unless they change it; some use a finger on a phone or a trackpad), spending 5-20 seconds.
So: few strokes, iconic shapes, crude and lopsided proportions, outlines drawn as several strokes
that miss or overshoot each other, garments off centre, of any size, slightly rotated; some only
outline, some colour in (solid, or scribbles that leave gaps) and leave the details as dark gaps.

Each garment has several designs (poses, views, levels of detail). A design returns marks in its
own units; `_place` puts them on the canvas and `_render` draws them with one drawer's hand.

    python -m fashion.quick_hands --per-class 12 --sheet /tmp/quick_sheet.png
"""
from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageChops, ImageDraw

STYLES = ("outline", "filled")

CANVAS = 280                   # the web canvas, pixels a side
SUPERSAMPLE = 2                # drawn at 2x and box-shrunk: antialiased edges
INK = 255
DEFAULT_BRUSH = 18             # the canvas's brush width, which most people keep
BRUSH_RANGE = (6, 40)          # what people who change it pick
FINGER_BRUSH = (22, 40)        # a finger on a phone leaves a fat line
MAX_BRUSH_FRACTION = 0.14      # nobody keeps a brush wider than this fraction of their drawing...
MAX_BRUSH_OF_WIDTH = 0.25      # ...or than this fraction of its narrow side (trousers, shoes)
DEVICES = ("mouse", "trackpad", "finger")
DEVICE_CHANCES = (0.55, 0.2, 0.25)
SIZE_RANGE = (0.33, 1.0)       # the garment's longest side, as a fraction of the canvas
SIZE_BETA = (2.0, 1.5)         # most people fill much of the canvas, a few draw small
EDGE_OVERHANG = 0.02           # a big drawing may run this fraction past the canvas edge
ROTATION_SD = 7.0              # degrees; nobody turns the page much
MAX_ROTATION = 20.0
ASPECT_SD = 0.12               # log-scale stretch of width against height
MIRROR_SHOE = 0.35             # share of shoes drawn toe-right (Fashion-MNIST's point left)
SAMPLE_SPACING = 2.0           # px between points of a hand stroke
STAMPS_PER_RADIUS = 2.5        # brush stamps along a stroke: more gives smoother edges, slower
CURVE_POINTS = 14              # points a design samples along one curve
CORNER_TURN = 35.0             # degrees of turn at a point where a hand may lift the brush
SOLID_FILL_CHANCE = 0.55       # the others colour in with back-and-forth scribbles
NO_OUTLINE_CHANCE = 0.12       # some colour in without drawing the edge first
FILL_REACH = (-0.4, 0.15)      # how far colouring stops short of (or runs over) the outline, in brush widths
FILL_REACH_ALONE = (0.1, 0.5)   # the same without an outline: the brush's edge is the garment's edge
GAP_DETAIL_CHANCE = 0.7        # details a colourist paints round; the rest get drawn over the paint
GAP_OF_BRUSH = (0.4, 0.8)      # a detail left uncoloured is narrower than the brush that coloured round it
GAP_DOT_PX = (8.0, 24.0)       # a button left uncoloured: big enough to see, smaller than a fat brush
STRAY_CHANCE = 0.10            # a stray mark: a slip, a test dot
RETRACE_CHANCE = 0.15          # going over part of an outline a second time

SHAPE, LINE, DETAIL, DOT = "shape", "line", "detail", "dot"


@dataclass
class Mark:
    """One thing a drawer puts down, in design units (y grows downwards).

    shape: a closed outline of the garment's body, painted in when the drawer colours in.
    line: an open stroke that stays a white line even when coloured in (a handle, a strap).
    detail: an inner line (zip, collar, seam): white when outlined, a dark gap when coloured in.
    dot: a button or eyelet: a white tap, or a dark spot left in the colouring.
    """
    kind: str
    points: np.ndarray
    optional: bool = False     # a detail a hurried drawer leaves out
    group: str = ""            # marks of one group are left out together (both cuffs)
    size: float = 1.0          # a dot's diameter, in brush widths


@dataclass
class Hand:
    """How one person draws: the same for every stroke of their drawing (pixels at 1x)."""
    device: str
    brush: float
    wobble: float        # slow wander of a stroke off its path
    shake: float         # fast tremor: a finger or trackpad
    drift: float         # how far a whole stroke lands from where it should
    end_error: float     # how far a stroke's end misses or overshoots the point it aims at
    gap_chance: float    # share of stroke ends that stop short rather than overshoot
    max_pieces: int      # an outline is drawn in up to this many strokes
    care: float          # chance an optional detail gets drawn
    sloppiness: float    # lopsidedness of the whole drawing, as a fraction of its size


# ---------------------------------------------------------------- geometry a design draws with

def bezier(*controls, n: int = CURVE_POINTS) -> np.ndarray:
    """Points along the Bezier curve of these control points."""
    controls = np.asarray(controls, float)
    degree = len(controls) - 1
    t = np.linspace(0.0, 1.0, n)[:, None]
    return sum(math.comb(degree, k) * t ** k * (1 - t) ** (degree - k) * controls[k]
               for k in range(degree + 1))


def arc(centre, radii, start_deg: float, end_deg: float, n: int = CURVE_POINTS) -> np.ndarray:
    """Points along an ellipse arc; 0 degrees is right, 90 is down (y grows downwards)."""
    angles = np.radians(np.linspace(start_deg, end_deg, n))
    return np.stack([centre[0] + radii[0] * np.cos(angles), centre[1] + radii[1] * np.sin(angles)], 1)


def joined(*pieces) -> np.ndarray:
    """One polyline through points (x, y) and sampled curves, in order. A point repeated where
    two pieces meet is dropped: corners are found by how sharply the line turns at a point."""
    points = np.concatenate([np.atleast_2d(np.asarray(piece, float)) for piece in pieces])
    moved = np.concatenate([[True], np.any(np.abs(np.diff(points, axis=0)) > 1e-9, axis=1)])
    return points[moved]


def flipped(points) -> np.ndarray:
    """The mirror image across x = 0: the other side of a symmetric garment."""
    return np.asarray(points, float) * (-1.0, 1.0)


def symmetric(*right_half) -> np.ndarray:
    """A closed outline from its right half, drawn from the top of the centre line to its bottom."""
    right = joined(*right_half)
    return closed(joined(right, flipped(right[::-1])))


def closed(points: np.ndarray) -> np.ndarray:
    """An outline without its last point where that repeats the first (the loop closes anyway)."""
    return points[:-1] if len(points) > 2 and np.allclose(points[0], points[-1]) else points


def rectangle(x0, y0, x1, y1) -> np.ndarray:
    return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], float)


def shape(*pieces) -> Mark:
    return Mark(SHAPE, closed(joined(*pieces)))


def line(*pieces, optional: bool = False, group: str = "") -> Mark:
    return Mark(LINE, joined(*pieces), optional, group)


def detail(*pieces, optional: bool = True, group: str = "") -> Mark:
    return Mark(DETAIL, joined(*pieces), optional, group)


def details_both_sides(points, group: str, optional: bool = True) -> list[Mark]:
    """A detail on the right of the garment and its mirror on the left, drawn or skipped together."""
    return [detail(points, optional=optional, group=group),
            detail(flipped(points), optional=optional, group=group)]


def dot(x: float, y: float, size: float = 1.0, optional: bool = True, group: str = "") -> Mark:
    return Mark(DOT, np.array([[x, y]], float), optional, group, size)


def dot_column(x: float, y0: float, y1: float, count: int, group: str = "buttons",
               optional: bool = True, size: float = 1.0) -> list[Mark]:
    return [dot(x, y, size, optional, group) for y in np.linspace(y0, y1, count)]


def cross(centre, half: float, angle_deg: float = 45.0) -> list[Mark]:
    """An X (laces seen from the side): two short strokes."""
    a = math.radians(angle_deg)
    u = half * np.array([math.cos(a), math.sin(a)])
    v = half * np.array([-math.sin(a), math.cos(a)])
    c = np.asarray(centre, float)
    return [detail([c - u, c + u], group="laces"), detail([c - v, c + v], group="laces")]


def zigzag(x0: float, x1: float, y: float, teeth: int, height: float) -> np.ndarray:
    xs = np.linspace(x0, x1, 2 * teeth + 1)
    ys = y + height * (np.arange(len(xs)) % 2 - 0.5)
    return np.stack([xs, ys], 1)


def wave(x0: float, x1: float, y: float, bumps: int, height: float) -> np.ndarray:
    xs = np.linspace(x0, x1, 8 * bumps + 1)
    return np.stack([xs, y + height * np.sin(np.linspace(0, bumps * math.pi, len(xs)))], 1)


def sampled(rng, ranges: dict, changes: dict) -> dict:
    """Parameters drawn from (low, high) ranges; a change may be a range or a fixed value."""
    params = {**ranges, **changes}
    return {name: rng.uniform(*value) if isinstance(value, tuple) else value
            for name, value in params.items()}


# ---------------------------------------------------------------- tops: one cut, many garments

@dataclass
class Top:
    """The flat front view of anything worn on the upper body, in units of half a body width.

    The neck is at y = 0, the centre line at x = 0. A sleeve leaves the shoulder at
    `sleeve_angle` degrees below horizontal; length 0 makes a sleeveless armhole.
    """
    neck_half: float = 0.35
    neck_drop: float = 0.2          # how far the front of the neckline dips
    neck: str = "round"             # round, v, straight
    shoulder_half: float = 1.05
    shoulder_drop: float = 0.15
    sleeve_len: float = 0.6
    sleeve_angle: float = 25.0
    cuff: float = 0.5               # width of the sleeve's end
    body_half: float = 0.95         # half width of the body under the arms
    armpit_low: float = 0.45        # the armpit is at least this far down: arms hanging leave a notch
    waist_y: float = 0.0            # 0: no waist
    waist_half: float = 0.0
    hem_half: float = 1.0
    length: float = 2.4
    hem_curve: float = 0.0          # how much lower the hem's middle hangs than its sides

    def __post_init__(self):
        self.shoulder = np.array([self.shoulder_half, self.shoulder_drop])
        angle = math.radians(self.sleeve_angle)
        self.sleeve_dir = np.array([math.cos(angle), math.sin(angle)])
        across = np.array([-math.sin(angle), math.cos(angle)])
        self.cuff_out = self.shoulder + self.sleeve_len * self.sleeve_dir
        self.cuff_in = self.cuff_out + self.cuff * across
        if self.sleeve_len <= 0:
            armpit_y = self.armpit_low
        elif self.sleeve_dir[0] > 0.05:
            # Follow the sleeve's underside back to the body.
            back = (self.cuff_in[0] - self.body_half) / self.sleeve_dir[0]
            armpit_y = self.cuff_in[1] - back * self.sleeve_dir[1]
        else:
            armpit_y = self.armpit_low
        armpit_y = min(max(armpit_y, self.armpit_low), 0.45 * self.length)
        self.armpit = np.array([self.body_half, armpit_y])

    def neckline(self) -> np.ndarray:
        """The right half of the neckline, from the centre front to the shoulder."""
        centre, edge = (0.0, self.neck_drop), (self.neck_half, 0.0)
        if self.neck == "v":
            return np.array([centre, edge])
        if self.neck == "straight":
            return np.array([(0.0, 0.0), edge])
        return bezier(centre, (self.neck_half * 0.75, self.neck_drop), edge)

    def right_half(self) -> list:
        pieces = [self.neckline(), tuple(self.shoulder)]
        if self.sleeve_len > 0:
            pieces += [tuple(self.cuff_out), tuple(self.cuff_in), tuple(self.armpit)]
        else:  # an armhole curving in under the strap
            inward = min(self.shoulder[0], self.armpit[0]) - 0.18
            pieces.append(bezier(self.shoulder, (inward, 0.8 * self.armpit[1]), self.armpit))
        if self.waist_half > 0:
            pieces.append((self.waist_half, self.waist_y))
        hem_corner = (self.hem_half, self.length)
        centre = (0.0, self.length + self.hem_curve)
        pieces.append(bezier(hem_corner, (0.5 * self.hem_half, centre[1]), centre))
        return pieces

    def contour(self) -> np.ndarray:
        return symmetric(*self.right_half())

    def outline(self) -> Mark:
        return shape(self.contour())

    def side_x(self, y: float) -> float:
        """Half width of the body at height y."""
        ys, xs = [self.armpit[1]], [self.armpit[0]]
        if self.waist_half > 0:
            ys.append(self.waist_y), xs.append(self.waist_half)
        ys.append(self.length), xs.append(self.hem_half)
        return float(np.interp(y, ys, xs))

    def across(self, y: float, inset: float = 0.0) -> np.ndarray:
        """A line across the body at height y (a stripe, a belt, a hem band)."""
        x = self.side_x(y) - inset
        return np.array([(-x, y), (x, y)])

    def neckband(self, offset: float = 0.12) -> np.ndarray:
        """A second neckline just below the first: the ribbed band round the neck."""
        right = self.neckline() * (0.85, 1.0) + (0.0, offset)
        return np.concatenate([flipped(right[::-1]), right])

    def cuff_band(self, back: float = 0.2) -> np.ndarray:
        """A line across the right sleeve, `back` of its length before its end."""
        shift = back * self.sleeve_len * self.sleeve_dir
        return np.array([self.cuff_out - shift, self.cuff_in - shift])

    def sleeve_seam(self) -> np.ndarray:
        """Where the right sleeve joins the body."""
        return np.array([self.shoulder, self.armpit])

    def hem_band(self, height: float = 0.22) -> np.ndarray:
        return self.across(self.length - height)

    def centre_line(self, top: float | None = None) -> np.ndarray:
        top = self.neck_drop if top is None else top
        return np.array([(0.0, top), (0.0, self.length + self.hem_curve)])


TEE = dict(neck_half=(0.28, 0.4), neck_drop=(0.12, 0.3), shoulder_half=(0.95, 1.1),
           shoulder_drop=(0.08, 0.22), sleeve_len=(0.45, 0.75), sleeve_angle=(15, 40),
           cuff=(0.42, 0.6), body_half=(0.82, 0.95), hem_half=(0.85, 1.05), length=(2.1, 2.7))
SWEATER = dict(neck_half=(0.28, 0.38), neck_drop=(0.1, 0.22), shoulder_half=(0.95, 1.1),
               shoulder_drop=(0.1, 0.22), sleeve_len=(1.5, 2.1), sleeve_angle=(40, 65),
               cuff=(0.32, 0.45), body_half=(0.85, 0.95), hem_half=(0.8, 0.98), length=(2.2, 2.7))
COAT = dict(neck_half=(0.3, 0.4), neck_drop=(0.05, 0.15), shoulder_half=(1.0, 1.15),
            shoulder_drop=(0.1, 0.2), sleeve_len=(1.6, 2.2), sleeve_angle=(55, 75),
            cuff=(0.35, 0.48), body_half=(0.9, 1.0), hem_half=(0.95, 1.2), length=(2.9, 3.8))
SHIRT = dict(neck="v", neck_half=(0.25, 0.35), neck_drop=(0.18, 0.3), shoulder_half=(0.95, 1.1),
             shoulder_drop=(0.1, 0.2), sleeve_len=(1.5, 2.0), sleeve_angle=(45, 70),
             cuff=(0.3, 0.42), body_half=(0.85, 0.95), hem_half=(0.85, 1.0), length=(2.3, 2.8))
DRESS = dict(neck_half=(0.25, 0.35), neck_drop=(0.3, 0.5), shoulder_half=(0.42, 0.55),
             shoulder_drop=0.0, sleeve_len=0.0, body_half=(0.6, 0.75), armpit_low=(0.6, 0.8),
             waist_y=(1.2, 1.5), waist_half=(0.48, 0.6), hem_half=(1.2, 1.7), length=(3.0, 4.0))
ARMS_DOWN = dict(sleeve_angle=(80, 88), armpit_low=(0.4, 0.55))


def top_cut(rng, ranges: dict, **changes) -> Top:
    return Top(**sampled(rng, ranges, changes))


def arms_down(rng, ranges: dict, **changes) -> Top:
    """Sleeves hanging beside the body with a gap, as Fashion-MNIST's flat-laid photos show them."""
    params = sampled(rng, {**ranges, **ARMS_DOWN}, changes)
    params["shoulder_half"] = params["body_half"] + params["cuff"] + rng.uniform(0.02, 0.12)
    params["sleeve_len"] = max(params["sleeve_len"], 0.85 * params["length"])
    return Top(**params)


def hood(top: Top, rng) -> list[Mark]:
    """A hood standing up behind the neck, with its face opening."""
    half, height = top.neck_half + rng.uniform(0.05, 0.2), rng.uniform(0.7, 1.0)
    outer = bezier((-half, 0.05), (-half - 0.35, -height), (half + 0.35, -height), (half, 0.05))
    opening = bezier((-top.neck_half + 0.05, top.neck_drop), (-0.4, -0.7 * height),
                     (0.4, -0.7 * height), (top.neck_half - 0.05, top.neck_drop))
    return [shape(outer), detail(opening)]


def shirt_collar(top: Top, rng, spread: float = 1.0) -> list[Mark]:
    """Two pointed collar wings meeting at the neck's V."""
    tip = (top.neck_half * rng.uniform(0.45, 0.75) * spread, top.neck_drop + rng.uniform(0.2, 0.35))
    wing = np.array([(top.neck_half + 0.06, -0.02), tip, (0.03, top.neck_drop)])
    return details_both_sides(wing, optional=False, group="collar")


def lapels(top: Top, rng, notch: bool = True) -> tuple[list[Mark], float]:
    """The V of an open collar down to where the front closes; also returns that height."""
    bottom = rng.uniform(0.7, 1.2)
    width = top.neck_half + rng.uniform(0.1, 0.25)
    points = [(top.neck_half, 0.0)]
    if notch:
        points += [(width, 0.3), (width - 0.12, 0.4)]
    points.append((0.02, bottom))
    return details_both_sides(np.array(points), optional=False, group="lapels"), bottom


def pocket(x: float, y: float, width: float, height: float, flap: bool = False) -> list[Mark]:
    marks = [detail(joined(rectangle(x - width / 2, y, x + width / 2, y + height), (x - width / 2, y)),
                    group="pockets")]
    if flap:
        marks.append(detail([(x - width / 2, y + 0.3 * height), (x + width / 2, y + 0.3 * height)],
                            group="pockets"))
    return marks


def logo(rng, x: float, y: float, size: float) -> Mark:
    """A print on the chest: a circle, a star, a heart or a squiggle of letters."""
    kind = rng.integers(4)
    if kind == 0:
        points = arc((x, y), (size, size), 0, 360, 18)
    elif kind == 1:
        angles = np.radians(-90 + 144 * np.arange(6))
        points = np.stack([x + size * np.cos(angles), y + size * np.sin(angles)], 1)
    elif kind == 2:
        points = joined(bezier((x, y + size), (x - 1.6 * size, y - 0.2 * size), (x - 0.6 * size, y - 1.2 * size), (x, y - 0.4 * size)),
                        bezier((x, y - 0.4 * size), (x + 0.6 * size, y - 1.2 * size), (x + 1.6 * size, y - 0.2 * size), (x, y + size)))
    else:
        points = wave(x - 1.3 * size, x + 1.3 * size, y, 3, 0.8 * size)
    return detail(points, optional=False, group="logo")


# ---------------------------------------------------------------- 0 T-shirt/top

def tee_classic(rng):
    top = top_cut(rng, TEE)
    return [top.outline(), detail(top.neckband(0.1), group="neckband")]


def tee_v_neck(rng):
    top = top_cut(rng, TEE, neck="v", neck_drop=(0.35, 0.55))
    inner = np.array([(-top.neck_half * 0.7, 0.0), (0.0, top.neck_drop * 0.75), (top.neck_half * 0.7, 0.0)])
    return [top.outline(), detail(inner + (0, 0.08))]


def tee_in_pieces(rng):
    """Body first, then a sleeve stuck on each shoulder: three shapes that overlap."""
    half, length = rng.uniform(0.8, 1.0), rng.uniform(2.1, 2.6)
    neck = rng.uniform(0.28, 0.4)
    body = joined((-half, 0.0), bezier((-neck, 0.0), (0.0, rng.uniform(0.2, 0.35)), (neck, 0.0)),
                  (half, 0.0), (half, length), (-half, length))
    reach, droop, depth = rng.uniform(0.5, 0.8), rng.uniform(0.15, 0.45), rng.uniform(0.5, 0.75)
    sleeve = np.array([(half - 0.05, 0.0), (half + reach, droop), (half + reach - 0.15, droop + 0.45),
                       (half - 0.05, depth)])
    return [shape(body), shape(sleeve), shape(flipped(sleeve))]


def tee_crude(rng):
    """A capital T with a dent for the neck: four straight strokes in a hurry."""
    top = top_cut(rng, TEE, neck="straight", shoulder_drop=(0.0, 0.08), sleeve_angle=(0, 12),
                  sleeve_len=(0.5, 0.9), cuff=(0.4, 0.65), body_half=(0.7, 0.95))
    return [top.outline()]


def tee_banded(rng):
    top = top_cut(rng, TEE)
    return [top.outline(), detail(top.neckband(0.1), optional=False),
            *details_both_sides(top.cuff_band(0.2), optional=False, group="cuffs")]


def tee_print(rng):
    top = top_cut(rng, TEE)
    return [top.outline(), logo(rng, rng.uniform(-0.15, 0.15), rng.uniform(0.8, 1.1), rng.uniform(0.25, 0.4)),
            detail(top.neckband(0.1), group="neckband")]


def tank_top(rng):
    top = top_cut(rng, TEE, sleeve_len=0.0, shoulder_half=(0.48, 0.62), shoulder_drop=0.0,
                  neck_half=(0.26, 0.36), neck_drop=(0.35, 0.6), armpit_low=(0.6, 0.85),
                  body_half=(0.75, 0.9), length=(2.0, 2.6))
    return [top.outline()]


def fitted_top(rng):
    top = top_cut(rng, TEE, sleeve_len=(0.3, 0.5), cuff=(0.3, 0.4), sleeve_angle=(30, 50),
                  body_half=(0.8, 0.9), waist_y=(1.1, 1.4), waist_half=(0.62, 0.75), hem_half=(0.9, 1.1))
    return [top.outline(), detail(top.neckband(0.08), group="neckband")]


def tee_pocket(rng):
    top = top_cut(rng, TEE)
    width = rng.uniform(0.3, 0.45)
    return [top.outline(), *pocket(rng.choice([-1, 1]) * 0.45, rng.uniform(0.55, 0.8), width, width),
            detail(top.neckband(0.1), group="neckband")]


def tee_striped(rng):
    top = top_cut(rng, TEE)
    count = rng.integers(2, 5)
    ys = np.linspace(top.armpit[1] + 0.2, top.length - 0.3, count)
    return [top.outline(), *[detail(top.across(y), optional=False, group="stripes") for y in ys]]


def tee_raglan(rng):
    top = top_cut(rng, TEE, sleeve_angle=(25, 45))
    seam = np.array([(top.neck_half * 0.8, 0.05), top.armpit])
    return [top.outline(), *details_both_sides(seam, optional=False, group="raglan")]


def tee_boxy(rng):
    top = top_cut(rng, TEE, sleeve_angle=(35, 55), sleeve_len=(0.5, 0.8), body_half=(0.95, 1.1),
                  hem_half=(0.95, 1.15), shoulder_half=(1.05, 1.2), length=(1.7, 2.1))
    return [top.outline(), *details_both_sides(top.sleeve_seam(), group="seams")]


# ---------------------------------------------------------------- 2 Pullover

def sweater_ribbed(rng):
    top = top_cut(rng, SWEATER)
    return [top.outline(), detail(top.neckband(0.1), group="bands"),
            detail(top.hem_band(), group="bands"),
            *details_both_sides(top.cuff_band(0.12), group="bands")]


def sweater_arms_out(rng):
    top = top_cut(rng, SWEATER, sleeve_angle=(3, 22), sleeve_len=(1.3, 1.8))
    return [top.outline(), *details_both_sides(top.cuff_band(0.12), group="cuffs"),
            detail(top.hem_band(), group="hem")]


def sweater_arms_down(rng):
    top = arms_down(rng, SWEATER)
    return [top.outline(), detail(top.neckband(0.1), group="bands"),
            detail(top.hem_band(), group="bands"),
            *details_both_sides(top.cuff_band(0.1), group="bands")]


def hoodie(rng):
    top = top_cut(rng, SWEATER, sleeve_angle=(45, 72), neck_drop=(0.15, 0.25))
    strings = [detail([(-0.15, top.neck_drop), (-0.18, top.neck_drop + rng.uniform(0.5, 0.8))], group="strings"),
               detail([(0.15, top.neck_drop), (0.18, top.neck_drop + rng.uniform(0.5, 0.8))], group="strings")]
    pouch_top, pouch_half = top.length - rng.uniform(0.7, 0.95), rng.uniform(0.45, 0.65)
    pouch = np.array([(-pouch_half - 0.15, top.length - 0.15), (-pouch_half, pouch_top),
                      (pouch_half, pouch_top), (pouch_half + 0.15, top.length - 0.15)])
    return [top.outline(), *hood(top, rng), *strings, detail(pouch, group="pouch"),
            *details_both_sides(top.cuff_band(0.1), group="cuffs")]


def christmas_jumper(rng):
    top = top_cut(rng, SWEATER)
    y = rng.uniform(0.9, 1.3)
    half = top.side_x(y)
    marks = [top.outline(), detail(top.across(y - 0.2), optional=False),
             detail(zigzag(-half, half, y, rng.integers(4, 7), 0.3), optional=False),
             detail(top.across(y + 0.2), group="band")]
    marks += [dot(x, y + 0.6, 0.8, group="spots") for x in np.linspace(-0.5 * half, 0.5 * half, 3)]
    return marks


def turtleneck(rng):
    top = top_cut(rng, SWEATER, neck="straight", neck_half=(0.32, 0.42))
    rise = rng.uniform(0.3, 0.5)
    collar = rectangle(-top.neck_half, -rise, top.neck_half, 0.02)
    ribs = [detail([(x, -rise + 0.05), (x, -0.02)], group="ribs")
            for x in np.linspace(-0.6, 0.6, 4) * top.neck_half]
    return [top.outline(), shape(collar), *ribs,
            *details_both_sides(top.cuff_band(0.12), group="cuffs")]


def sweater_crude(rng):
    top = top_cut(rng, SWEATER, sleeve_angle=(30, 65), neck="round")
    return [top.outline()]


def sweater_rib_ticks(rng):
    top = top_cut(rng, SWEATER)
    band_y = top.length - 0.25
    marks = [top.outline(), detail(top.across(band_y), optional=False)]
    half = top.side_x(band_y)
    marks += [detail([(x, band_y + 0.03), (x, top.length - 0.03)], group="ticks")
              for x in np.linspace(-0.8, 0.8, rng.integers(4, 8)) * half]
    marks += details_both_sides(top.cuff_band(0.15), optional=False, group="cuffs")
    return marks


def sweater_striped(rng):
    top = top_cut(rng, SWEATER, sleeve_angle=(30, 55))
    ys = np.linspace(top.armpit[1] + 0.15, top.length - 0.3, rng.integers(3, 5))
    marks = [top.outline(), *[detail(top.across(y), optional=False, group="stripes") for y in ys]]
    for back in (0.35, 0.65):
        marks += details_both_sides(top.cuff_band(back), group="sleeve_stripes")
    return marks


def sweater_v_neck(rng):
    top = top_cut(rng, SWEATER, neck="v", neck_drop=(0.4, 0.7))
    inner = np.array([(-top.neck_half, 0.0), (0.0, top.neck_drop + 0.15), (top.neck_half, 0.0)])
    return [top.outline(), detail(inner, optional=False), detail(top.hem_band(), group="bands"),
            *details_both_sides(top.cuff_band(0.12), group="bands")]


def sweatshirt_logo(rng):
    top = top_cut(rng, SWEATER, sleeve_angle=(40, 75))
    return [top.outline(), logo(rng, 0.0, rng.uniform(0.9, 1.2), rng.uniform(0.3, 0.5)),
            detail(top.neckband(0.1), group="bands"), detail(top.hem_band(), group="bands")]


def sweater_in_pieces(rng):
    """A box for the body, then two long sleeves drawn on as separate shapes."""
    half, length, neck = rng.uniform(0.8, 1.0), rng.uniform(2.2, 2.7), rng.uniform(0.28, 0.38)
    body = joined((-half, 0.0), bezier((-neck, 0.0), (0.0, 0.25), (neck, 0.0)), (half, 0.0),
                  (half, length), (-half, length))
    angle = math.radians(rng.uniform(45, 75))
    reach, width = rng.uniform(1.6, 2.1), rng.uniform(0.35, 0.45)
    start = np.array([half - 0.05, 0.0])
    out = start + reach * np.array([math.cos(angle), math.sin(angle)])
    across = width * np.array([-math.sin(angle), math.cos(angle)])
    sleeve = np.array([start, out, out + across, (half - 0.05, 0.55)])
    return [shape(body), shape(sleeve), shape(flipped(sleeve)),
            detail(np.array([(-half, length - 0.2), (half, length - 0.2)]), group="hem")]


# ---------------------------------------------------------------- 4 Coat

def coat_long_buttons(rng):
    top = top_cut(rng, COAT)
    marks, bottom = lapels(top, rng)
    count = rng.integers(3, 6)
    marks += [top.outline(), detail(top.centre_line(bottom), optional=False)]
    marks += dot_column(0.15, bottom + 0.1, top.length * 0.75, count)
    return marks


def zip_jacket(rng):
    top = top_cut(rng, COAT, length=(2.2, 2.7), neck="straight", neck_drop=0.0)
    stand = rectangle(-top.neck_half, -0.25, top.neck_half, 0.02)
    pull = np.array([(0.0, 0.35), (0.08, 0.55)])
    slant = np.array([(0.4, top.length - 0.9), (0.65, top.length - 0.45)])
    return [top.outline(), shape(stand), detail(top.centre_line(-0.25), optional=False),
            detail(pull, group="pull"), *details_both_sides(slant, group="pockets"),
            *details_both_sides(top.cuff_band(0.1), group="cuffs"), detail(top.hem_band(0.2), group="hem")]


def trench_coat(rng):
    top = top_cut(rng, COAT, length=(3.2, 3.9), hem_half=(1.05, 1.3))
    marks, bottom = lapels(top, rng)
    belt_y = rng.uniform(1.3, 1.6)
    marks += [top.outline(), detail(top.across(belt_y - 0.12), optional=False),
              detail(top.across(belt_y + 0.12), optional=False),
              detail(top.centre_line(bottom), group="front")]
    marks += dot_column(-0.3, bottom + 0.1, belt_y - 0.3, 2, group="buttons")
    marks += dot_column(0.3, bottom + 0.1, belt_y - 0.3, 2, group="buttons")
    return marks


def parka(rng):
    top = top_cut(rng, COAT, length=(2.5, 3.2), neck_drop=(0.1, 0.2))
    hood_marks = hood(top, rng)
    face = hood_marks[1].points
    fur = detail(face + 0.05 * np.sin(np.arange(len(face)) * 2.6)[:, None], group="fur")
    marks = [top.outline(), hood_marks[0], fur, detail(top.centre_line(), optional=False)]
    marks += pocket(0.55, top.length - 1.0, 0.45, 0.45, flap=True)
    marks += pocket(-0.55, top.length - 1.0, 0.45, 0.45, flap=True)
    return marks


def open_coat(rng):
    """Hanging open: two front edges running apart from the collar to the hem."""
    top = top_cut(rng, COAT)
    gap = rng.uniform(0.15, 0.4)
    edge = np.array([(top.neck_half, 0.0), (gap * 0.6, 0.8), (gap, top.length)])
    marks = [top.outline(), *details_both_sides(edge, optional=False, group="front")]
    marks += details_both_sides(np.array([(top.neck_half, 0.0), (top.neck_half + 0.25, 0.35), (gap * 0.6 + 0.05, 0.8)]),
                                group="lapels")
    marks += pocket(0.65, top.length * 0.6, 0.4, 0.3)
    return marks


def puffer(rng):
    top = top_cut(rng, COAT, length=(2.3, 2.9), neck="straight", neck_drop=0.0, cuff=(0.45, 0.55))
    ys = np.linspace(top.armpit[1] + 0.1, top.length - 0.25, rng.integers(3, 6))
    marks = [top.outline(), detail(top.centre_line(), optional=False)]
    marks += [detail(top.across(y), optional=False, group="quilting") for y in ys]
    for back in (0.3, 0.6):
        marks += details_both_sides(top.cuff_band(back), group="sleeve_quilting")
    marks.append(shape(rectangle(-top.neck_half, -0.3, top.neck_half, 0.02)))
    return marks


def blazer(rng):
    top = top_cut(rng, COAT, length=(2.4, 2.9), sleeve_angle=(62, 80))
    marks, bottom = lapels(top, rng, notch=True)
    marks += [top.outline(), detail(np.array([(0.0, bottom), (0.0, top.length)]), group="front")]
    marks += dot_column(0.0, bottom + 0.2, bottom + 0.55, rng.integers(1, 3), size=1.1)
    flap = np.array([(0.35, top.length - 0.8), (0.8, top.length - 0.8)])
    marks += details_both_sides(flap, group="flaps")
    return marks


def coat_crude(rng):
    top = top_cut(rng, COAT, neck="v", neck_drop=(0.3, 0.6))
    return [top.outline(), detail(top.centre_line(), optional=False),
            *dot_column(0.18, top.neck_drop + 0.3, top.length * 0.7, 3, optional=False)]


def double_breasted(rng):
    top = top_cut(rng, COAT)
    marks, bottom = lapels(top, rng, notch=False)
    marks += [top.outline(), detail(top.centre_line(bottom), group="front")]
    low = min(bottom + 1.2, top.length * 0.7)
    for x in (-0.3, 0.3):
        marks += dot_column(x, bottom + 0.15, low, 3, group="buttons", optional=False)
    return marks


def belted_a_line_coat(rng):
    top = top_cut(rng, COAT, hem_half=(1.3, 1.6), length=(3.0, 3.8), waist_y=(1.3, 1.6), waist_half=(0.8, 0.92))
    buckle = rectangle(-0.18, top.waist_y - 0.16, 0.18, top.waist_y + 0.16)
    marks = [top.outline(), detail(top.across(top.waist_y), optional=False),
             detail(joined(buckle, buckle[0]), group="buckle"), detail(top.centre_line(), optional=False)]
    marks += details_both_sides(np.array([(top.neck_half, 0.0), (top.neck_half + 0.2, 0.4), (0.02, 0.8)]),
                                group="collar")
    return marks


def denim_jacket(rng):
    top = top_cut(rng, COAT, length=(2.0, 2.4), hem_half=(0.9, 1.0))
    marks = [top.outline(), *shirt_collar(top, rng, 1.3), detail(top.centre_line(), optional=False),
             detail(top.hem_band(0.25), group="waistband")]
    for x in (-0.45, 0.45):
        marks += pocket(x, 0.55, 0.4, 0.35, flap=True)
    marks += dot_column(0.12, 0.5, top.length - 0.4, 4)
    return marks


def coat_arms_down(rng):
    top = arms_down(rng, COAT)
    marks, bottom = lapels(top, rng, notch=False)
    return marks + [top.outline(), detail(top.centre_line(bottom), optional=False),
                    *dot_column(0.14, bottom + 0.2, top.length * 0.7, rng.integers(3, 5))]


# ---------------------------------------------------------------- 6 Shirt

def dress_shirt(rng):
    top = top_cut(rng, SHIRT)
    return [top.outline(), *shirt_collar(top, rng), detail(top.centre_line(), group="placket"),
            *dot_column(0.0, top.neck_drop + 0.35, top.length - 0.3, rng.integers(4, 7), optional=False, size=0.8),
            *details_both_sides(top.cuff_band(0.15), group="cuffs")]


def short_sleeve_shirt(rng):
    top = top_cut(rng, SHIRT, sleeve_len=(0.5, 0.8), sleeve_angle=(20, 40), cuff=(0.45, 0.55))
    return [top.outline(), *shirt_collar(top, rng),
            *dot_column(0.0, top.neck_drop + 0.35, top.length - 0.3, rng.integers(3, 6), optional=False, size=0.8),
            *pocket(0.5, 0.6, 0.35, 0.35)]


def shirt_tails(rng):
    top = top_cut(rng, SHIRT, hem_curve=(0.25, 0.45), hem_half=(0.8, 0.9))
    return [top.outline(), *shirt_collar(top, rng), detail(top.centre_line(), optional=False),
            *dot_column(0.12, top.neck_drop + 0.35, top.length - 0.2, 4, size=0.8)]


def shirt_and_tie(rng):
    top = top_cut(rng, SHIRT)
    knot = top.neck_drop + 0.15
    tie = np.array([(-0.1, knot), (0.1, knot), (0.2, knot + 1.1), (0.0, knot + 1.35),
                    (-0.2, knot + 1.1), (-0.1, knot)])
    return [top.outline(), *shirt_collar(top, rng), detail(tie, optional=False),
            *details_both_sides(top.cuff_band(0.15), group="cuffs")]


def plaid_shirt(rng):
    top = top_cut(rng, SHIRT)
    marks = [top.outline(), *shirt_collar(top, rng), detail(top.centre_line(), optional=False)]
    for y in np.linspace(top.armpit[1] + 0.2, top.length - 0.3, rng.integers(2, 4)):
        marks.append(detail(top.across(y), group="checks"))
    for x in (-0.5, 0.5):
        marks.append(detail([(x, 0.2), (x, top.length - 0.05)], group="checks"))
    return marks


def hawaiian_shirt(rng):
    top = top_cut(rng, SHIRT, sleeve_len=(0.5, 0.8), sleeve_angle=(20, 40), cuff=(0.5, 0.62),
                  body_half=(0.92, 1.02), hem_half=(0.95, 1.05), length=(2.1, 2.5))
    marks = [top.outline(), *shirt_collar(top, rng, 1.4),
             *dot_column(0.0, top.neck_drop + 0.3, top.length - 0.3, 4, size=0.7)]
    for _ in range(rng.integers(3, 6)):
        x, y, r = rng.uniform(-0.7, 0.7), rng.uniform(0.8, top.length - 0.3), rng.uniform(0.1, 0.18)
        marks.append(detail(arc((x, y), (r, r), 0, 360, 12), group="flowers"))
    return marks


def shirt_crude(rng):
    top = top_cut(rng, SHIRT, sleeve_angle=(25, 60))
    collar = np.array([(-top.neck_half - 0.05, 0.0), (0.0, top.neck_drop + 0.3), (top.neck_half + 0.05, 0.0)])
    return [top.outline(), detail(collar, optional=False), detail(top.centre_line(top.neck_drop + 0.3), optional=False)]


def rolled_sleeve_shirt(rng):
    top = top_cut(rng, SHIRT, sleeve_len=(0.9, 1.2), cuff=(0.38, 0.48))
    return [top.outline(), *shirt_collar(top, rng),
            *details_both_sides(top.cuff_band(0.12), optional=False, group="rolls"),
            *details_both_sides(top.cuff_band(0.25), group="rolls2"),
            *dot_column(0.0, top.neck_drop + 0.35, top.length - 0.3, 4, size=0.8)]


def blouse(rng):
    top = top_cut(rng, SHIRT, neck="round", neck_drop=(0.1, 0.2), sleeve_len=(0.45, 0.7),
                  sleeve_angle=(25, 45), cuff=(0.45, 0.6), waist_y=(1.3, 1.6), waist_half=(0.72, 0.82),
                  hem_half=(0.85, 1.0), length=(2.2, 2.6))
    wing = arc((top.neck_half * 0.5, top.neck_drop), (top.neck_half * 0.55, 0.22), -170, 100, 12)
    return [top.outline(), *details_both_sides(wing, optional=False, group="collar"),
            *dot_column(0.0, top.neck_drop + 0.4, top.length - 0.3, 4, size=0.8)]


def shirt_arms_down(rng):
    top = arms_down(rng, SHIRT)
    return [top.outline(), *shirt_collar(top, rng), detail(top.centre_line(), group="placket"),
            *dot_column(0.1, top.neck_drop + 0.35, top.length - 0.3, 5, size=0.8),
            *details_both_sides(top.cuff_band(0.12), group="cuffs")]


def shirt_two_pockets(rng):
    top = top_cut(rng, SHIRT)
    marks = [top.outline(), *shirt_collar(top, rng), detail(top.centre_line(), optional=False)]
    for x in (-0.45, 0.45):
        marks += pocket(x, 0.6, 0.36, 0.36, flap=True)
    marks += details_both_sides(np.array([(top.neck_half + 0.1, 0.05), (top.shoulder_half - 0.1, 0.12)]),
                                group="epaulettes")
    return marks


def boxy_collared_shirt(rng):
    top = top_cut(rng, SHIRT, sleeve_angle=(15, 40), sleeve_len=(1.2, 1.7), hem_curve=(0.1, 0.3))
    band = np.array([(-top.neck_half, -0.12), (top.neck_half, -0.12)])
    return [top.outline(), *shirt_collar(top, rng), detail(band, group="band"),
            *dot_column(0.0, top.neck_drop + 0.35, top.length - 0.2, 5, size=0.8)]


# ---------------------------------------------------------------- 3 Dress

def dress_a_line(rng):
    top = top_cut(rng, DRESS)
    return [top.outline(), detail(top.across(top.waist_y), group="waist")]


def dress_short_sleeves(rng):
    top = top_cut(rng, DRESS, sleeve_len=(0.3, 0.5), sleeve_angle=(25, 45), cuff=(0.3, 0.4),
                  shoulder_half=(0.75, 0.9), shoulder_drop=(0.05, 0.15), neck_drop=(0.15, 0.3),
                  body_half=(0.65, 0.78), armpit_low=0.45)
    return [top.outline(), detail(top.across(top.waist_y), optional=False)]


def ball_gown(rng):
    top = top_cut(rng, DRESS, waist_half=(0.38, 0.48), waist_y=(1.1, 1.4), hem_half=(1.7, 2.2),
                  hem_curve=(0.1, 0.3), length=(3.0, 3.6))
    hem = wave(-top.hem_half * 0.85, top.hem_half * 0.85, top.length - 0.25, rng.integers(3, 6), 0.12)
    return [top.outline(), detail(top.across(top.waist_y), optional=False), detail(hem, group="frill")]


def shift_dress(rng):
    top = top_cut(rng, DRESS, waist_half=0.0, hem_half=(0.78, 0.95), body_half=(0.65, 0.75),
                  neck="round", neck_drop=(0.15, 0.3), shoulder_half=(0.5, 0.65), length=(3.0, 3.6))
    return [top.outline(), *details_both_sides(np.array([(0.3, 0.9), (0.35, 2.2)]), group="darts")]


def maxi_dress(rng):
    top = top_cut(rng, DRESS, length=(4.2, 5.0), hem_half=(1.0, 1.35), shoulder_half=(0.35, 0.42),
                  neck_half=(0.3, 0.36), waist_y=(1.3, 1.6))
    return [top.outline()]


def belted_dress(rng):
    top = top_cut(rng, DRESS, sleeve_len=(0.0, 0.4), sleeve_angle=(25, 40), cuff=(0.3, 0.38))
    if top.sleeve_len < 0.2:
        top = replace(top, sleeve_len=0.0)
    y = top.waist_y
    bow = joined((0, y), (-0.35, y - 0.2), (-0.35, y + 0.2), (0, y), (0.35, y - 0.2), (0.35, y + 0.2), (0, y))
    return [top.outline(), detail(top.across(y - 0.1), optional=False), detail(top.across(y + 0.1)),
            detail(bow, group="bow")]


def dress_crude(rng):
    """A small box on a big triangle: two shapes."""
    half, height = rng.uniform(0.45, 0.6), rng.uniform(0.8, 1.1)
    bodice = np.array([(-half, 0.0), (half, 0.0), (half * 0.9, height), (-half * 0.9, height)])
    skirt_half, length = rng.uniform(1.1, 1.6), rng.uniform(2.8, 3.5)
    skirt = np.array([(-half * 0.9, height), (half * 0.9, height), (skirt_half, length), (-skirt_half, length)])
    straps = details_both_sides(np.array([(half * 0.6, 0.0), (half * 0.6, -0.35)]), optional=False, group="straps")
    return [shape(bodice), shape(skirt), *straps]


def long_sleeve_dress(rng):
    top = top_cut(rng, DRESS, sleeve_len=(1.4, 1.9), sleeve_angle=(55, 75), cuff=(0.25, 0.35),
                  shoulder_half=(0.75, 0.9), shoulder_drop=(0.08, 0.15), neck_drop=(0.15, 0.3),
                  body_half=(0.65, 0.78), armpit_low=0.45)
    return [top.outline(), detail(top.across(top.waist_y), group="waist")]


def strapless_dress(rng):
    top = top_cut(rng, DRESS, neck_half=0.0, neck_drop=0.0, shoulder_half=(0.6, 0.72),
                  shoulder_drop=(0.0, 0.1), armpit_low=(0.2, 0.3), body_half=(0.62, 0.75))
    sweetheart = joined(bezier((-top.shoulder_half, top.shoulder_drop), (-0.35, -0.3), (0.0, 0.0)),
                        bezier((0.0, 0.0), (0.35, -0.3), (top.shoulder_half, top.shoulder_drop)))
    return [top.outline(), detail(sweetheart, optional=False), detail(top.across(top.waist_y), group="waist")]


def dress_with_pattern(rng):
    top = top_cut(rng, DRESS)
    marks = [top.outline(), detail(top.across(top.waist_y), optional=False)]
    if rng.random() < 0.5:
        for x in np.linspace(-0.6, 0.6, 4) * top.hem_half:
            marks.append(detail([(x * 0.35, top.waist_y + 0.1), (x, top.length - 0.1)], group="pleats"))
    else:
        for _ in range(rng.integers(4, 8)):
            y = rng.uniform(top.waist_y + 0.3, top.length - 0.3)
            marks.append(dot(rng.uniform(-0.8, 0.8) * top.side_x(y), y, 0.9, group="spots"))
    return marks


# ---------------------------------------------------------------- 1 Trouser

TROUSERS = dict(waist_half=(0.75, 0.95), length=(3.0, 4.0), hip=(0.0, 0.1), hem_out=(0.75, 1.0),
                hem_in=(0.25, 0.45), crotch=(0.7, 1.1))


def trouser_outline(params: dict) -> np.ndarray:
    """Waist to hems as one outline, from the middle of the waistband round the right leg."""
    p = params
    return symmetric((0.0, 0.0), (p["waist_half"], 0.0), (p["waist_half"] + p["hip"], 0.6),
                     (p["hem_out"], p["length"]), (p["hem_in"], p["length"]), (0.0, p["crotch"]))


def trousers_classic(rng):
    p = sampled(rng, TROUSERS, {})
    band = np.array([(-p["waist_half"], 0.22), (p["waist_half"], 0.22)])
    return [shape(trouser_outline(p)), detail(band, group="band")]


def jeans(rng):
    p = sampled(rng, TROUSERS, {})
    w = p["waist_half"]
    marks = [shape(trouser_outline(p)), detail([(-w, 0.22), (w, 0.22)], optional=False),
             detail(bezier((0.0, 0.22), (0.0, 0.65), (-0.15, 0.7)), group="fly")]
    marks += details_both_sides(bezier((w * 0.45, 0.22), (w * 0.5, 0.5), (w + p["hip"] * 0.7, 0.55)), group="pockets")
    marks += [detail([(x, 0.0), (x, 0.22)], group="loops") for x in (-0.5 * w, 0.5 * w)]
    return marks


def flared_trousers(rng):
    p = sampled(rng, TROUSERS, dict(hem_out=(1.1, 1.4), hem_in=(0.15, 0.3), waist_half=(0.7, 0.85)))
    return [shape(trouser_outline(p)), detail([(-p["waist_half"], 0.2), (p["waist_half"], 0.2)], group="band")]


def skinny_trousers(rng):
    p = sampled(rng, TROUSERS, dict(hem_out=(0.5, 0.65), hem_in=(0.2, 0.3), waist_half=(0.7, 0.85)))
    return [shape(trouser_outline(p)), detail([(-p["waist_half"], 0.2), (p["waist_half"], 0.2)], group="band")]


def trousers_crude(rng):
    """An upside-down U with a slit up the middle."""
    p = sampled(rng, TROUSERS, dict(hem_in=(0.1, 0.2), hip=0.0, crotch=(0.9, 1.5)))
    return [shape(trouser_outline(p))]


def trousers_in_pieces(rng):
    """A waistband strip, then each leg hanging from it as its own shape."""
    w, length, band = rng.uniform(0.75, 0.95), rng.uniform(2.8, 3.5), rng.uniform(0.2, 0.35)
    hem_out, hem_in = rng.uniform(0.8, 1.0), rng.uniform(0.08, 0.25)
    leg = np.array([(0.0, band), (w, band), (hem_out, length), (hem_in, length), (0.0, band + 0.8)])
    return [shape(rectangle(-w, 0.0, w, band)), shape(leg), shape(flipped(leg))]


def track_pants(rng):
    p = sampled(rng, TROUSERS, dict(hem_out=(0.6, 0.8), hem_in=(0.15, 0.25)))
    length = p["length"]
    stripe = np.array([(p["waist_half"] - 0.08, 0.3), (p["hem_out"] - 0.1, length - 0.3)])
    cuff = np.array([(p["hem_in"] + 0.05, length - 0.25), (p["hem_out"] - 0.02, length - 0.25)])
    bow = joined((0, 0.2), (-0.2, 0.45), (0.0, 0.2), (0.2, 0.45))
    return [shape(trouser_outline(p)), *details_both_sides(stripe, optional=False, group="stripes"),
            *details_both_sides(cuff, group="cuffs"), detail(bow, group="string"),
            detail([(-p["waist_half"], 0.2), (p["waist_half"], 0.2)], group="band")]


def cargo_trousers(rng):
    p = sampled(rng, TROUSERS, {})
    x = 0.5 * (p["hem_out"] + p["hem_in"]) + 0.1
    marks = [shape(trouser_outline(p)), detail([(-p["waist_half"], 0.2), (p["waist_half"], 0.2)], optional=False)]
    for side in (-1, 1):
        marks += pocket(side * x, p["length"] * 0.45, 0.4, 0.45, flap=True)
    return marks


def trousers_apart(rng):
    """Legs spread like an A: the hems far apart."""
    p = sampled(rng, TROUSERS, dict(hem_out=(1.2, 1.6), hem_in=(0.5, 0.9), crotch=(0.8, 1.1)))
    return [shape(trouser_outline(p)), detail([(-p["waist_half"], 0.2), (p["waist_half"], 0.2)], group="band")]


def wide_leg_trousers(rng):
    p = sampled(rng, TROUSERS, dict(hem_out=(1.2, 1.5), hem_in=(0.1, 0.2), crotch=(1.2, 1.6),
                                    length=(2.8, 3.2)))
    return [shape(trouser_outline(p)), detail([(-p["waist_half"], 0.25), (p["waist_half"], 0.25)], group="band")]


# ---------------------------------------------------------------- 5 Sandal (side views point left)

def sole(length: float = 2.6, thick: float = 0.14, heel_rise: float = 0.0) -> np.ndarray:
    """A thin sole seen from the side, its heel end raised by `heel_rise` (a heeled sandal)."""
    toe_y, heel_y = 0.0, -heel_rise
    top = bezier((0.0, toe_y - thick), (0.5 * length, toe_y - thick), (0.8 * length, heel_y - thick),
                 (length, heel_y - thick))
    bottom = bezier((length, heel_y), (0.8 * length, heel_y), (0.5 * length, toe_y), (0.0, toe_y))
    return joined(top, bottom)


def strap_arc(x0: float, x1: float, base: float, height: float) -> np.ndarray:
    return bezier((x0, base), (x0 + 0.1 * (x1 - x0), base - height), (x1 - 0.1 * (x1 - x0), base - height), (x1, base))


def ankle_strap(x: float, height: float, back: float, sole_top: float) -> list[Mark]:
    """The loop round the ankle and the strap down the back of the heel to the sole."""
    loop = arc((x, -height), (0.42, 0.12), 0, 360, 16)
    heel_strap = bezier((back, sole_top), (back + 0.12, -0.6 * height), (x + 0.35, -height))
    return [line(loop), line(heel_strap)]


def sandal_strappy(rng):
    thick = rng.uniform(0.1, 0.2)
    marks = [shape(sole(thick=thick))]
    for x0 in np.linspace(0.15, 0.9, rng.integers(2, 4)):
        marks.append(line(strap_arc(x0, x0 + 0.45, -thick, rng.uniform(0.35, 0.5))))
    marks += ankle_strap(1.95, rng.uniform(0.8, 1.1), 2.5, -thick)
    return marks


def flip_flop(rng):
    """From above: a foot-shaped sole and the Y of the thong."""
    width, length = rng.uniform(0.7, 0.9), rng.uniform(2.2, 2.6)
    heel = 0.75 * width
    outline = joined(arc((0.0, 0.5 * width), (width / 2, width / 2), 180, 360, 12),
                     bezier((width / 2, 0.5 * width), (width / 2 + 0.05, length * 0.5), (heel / 2, length * 0.7), (heel / 2, length - heel / 2)),
                     arc((0.0, length - heel / 2), (heel / 2, heel / 2), 0, 180, 12),
                     bezier((-heel / 2, length - heel / 2), (-heel / 2, length * 0.7), (-width / 2 - 0.05, length * 0.5), (-width / 2, 0.5 * width)))
    post = (rng.uniform(-0.1, 0.05), 0.35 * width)
    strap_y = rng.uniform(0.9, 1.1)
    strap = joined((-width / 2 + 0.02, strap_y), post, (width / 2 - 0.02, strap_y))
    return [shape(outline), detail(strap, optional=False)]


def heeled_sandal(rng):
    rise = rng.uniform(0.6, 1.0)
    heel = np.array([(2.3, -rise), (2.6, -rise), (2.58, 0.0), (2.46, 0.0)])
    marks = [shape(sole(thick=0.1, heel_rise=rise)), shape(heel),
             line(strap_arc(0.15, 0.75, -0.1, rng.uniform(0.3, 0.45)))]
    marks += ankle_strap(2.1, rise + rng.uniform(0.6, 0.8), 2.55, -rise - 0.1)
    return marks


def gladiator_sandal(rng):
    thick = rng.uniform(0.12, 0.18)
    height = rng.uniform(1.2, 1.8)
    marks = [shape(sole(thick=thick)),
             line(strap_arc(0.25, 0.8, -thick, 0.4)),
             line([(1.7, -thick - 0.2), (1.75, -height)]), line([(2.5, -thick), (2.45, -height)])]
    for y in np.linspace(-0.5, -height + 0.1, rng.integers(3, 6)):
        marks.append(line([(1.72, y), (2.47, y - 0.05)]))
    return marks


def slide_sandal(rng):
    thick = rng.uniform(0.15, 0.25)
    band = joined(bezier((0.3, -thick), (0.4, -0.8), (1.3, -0.8), (1.5, -thick)))
    return [shape(sole(thick=thick)), shape(band)]


def wedge_sandal(rng):
    rise = rng.uniform(0.45, 0.75)
    wedge = np.array([(0.0, 0.0), (0.05, -0.15), (1.2, -0.3), (2.6, -rise), (2.6, 0.0)])
    marks = [shape(wedge), line(strap_arc(0.25, 0.9, -0.18, rng.uniform(0.3, 0.45)))]
    return marks + ankle_strap(1.95, rise + rng.uniform(0.6, 0.8), 2.5, -rise)


def sandal_crisscross(rng):
    """Straps zigzagging from the toes up to the ankle over a flat sole."""
    thick = rng.uniform(0.1, 0.18)
    height = rng.uniform(0.8, 1.2)
    crossings = rng.integers(3, 5)
    xs = np.linspace(0.3, 2.2, 2 * crossings + 1)
    ys = np.where(np.arange(len(xs)) % 2 == 0, -thick, -np.linspace(0.35, height, len(xs)))
    return [shape(sole(thick=thick)), line(np.stack([xs, ys], 1)),
            line(bezier((2.5, -thick), (2.6, -0.6 * height), (2.25, -height)))]


def sport_sandal(rng):
    thick = rng.uniform(0.25, 0.35)
    marks = [shape(sole(thick=thick)),
             detail(zigzag(0.2, 2.4, -0.08, rng.integers(5, 9), 0.1), group="tread"),
             line([(0.4, -thick), (1.4, -0.9)]), line([(0.5, -0.85), (1.3, -thick)]),
             line(bezier((2.5, -thick), (2.6, -0.8), (2.3, -1.1))),
             line([(1.6, -0.95), (2.35, -1.05)])]
    return marks


def sandal_crude(rng):
    """A flat line for the sole and a couple of humps for straps."""
    marks = [line([(0.0, 0.0), (2.6, 0.0)])]
    for x0 in (rng.uniform(0.1, 0.4), rng.uniform(1.4, 1.9)):
        marks.append(line(strap_arc(x0, x0 + rng.uniform(0.5, 0.8), 0.0, rng.uniform(0.35, 0.6))))
    return marks


def flip_flop_pair(rng):
    left = flip_flop(rng)
    offset = np.array([rng.uniform(1.0, 1.3), rng.uniform(-0.2, 0.2)])
    right = [replace(mark, points=flipped(mark.points) + offset) for mark in flip_flop(rng)]
    return left + right


# ---------------------------------------------------------------- 7 Sneaker

def sneaker_outline(rng, height: float = 0.0) -> tuple[np.ndarray, dict]:
    """The side of a low shoe, toe on the left, with the key points a detail hangs on."""
    h = height or rng.uniform(0.75, 1.0)
    toe = rng.uniform(0.3, 0.45)
    heel_x = rng.uniform(2.4, 2.7)
    lace_start = np.array([rng.uniform(0.8, 1.1), -rng.uniform(0.55, 0.7) * h])
    collar = np.array([rng.uniform(1.4, 1.65), -h])
    heel_top = np.array([heel_x - rng.uniform(0.1, 0.2), -h * rng.uniform(0.98, 1.08)])
    outline = joined((0.15, 0.0), bezier((0.15, 0.0), (-0.08, 0.0), (-0.05, -toe), (0.35, -toe * 1.15)),
                     lace_start, collar, bezier(collar, (1.95, -h * 0.72), heel_top),
                     bezier(heel_top, (heel_x + 0.08, -h * 0.6), (heel_x + 0.02, -0.1), (heel_x - 0.1, 0.0)))
    return outline, dict(lace_start=lace_start, collar=collar, heel_x=heel_x, height=h)


def sole_line(keys: dict, y: float = -0.2) -> np.ndarray:
    return bezier((0.02, y), (1.2, y + 0.03), (keys["heel_x"], y))


def laces(keys: dict, count: int) -> list[Mark]:
    marks = []
    for t in np.linspace(0.15, 0.85, count):
        centre = keys["lace_start"] + t * (keys["collar"] - keys["lace_start"]) + (0.05, 0.08)
        marks += cross(centre, 0.12)
    return marks


def sneaker_classic(rng):
    outline, keys = sneaker_outline(rng)
    swoosh = bezier((0.8, -0.45), (1.5, -0.05), (2.0, -0.3), (2.3, -0.65))
    return [shape(outline), detail(sole_line(keys), optional=False), *laces(keys, rng.integers(2, 4)),
            detail(swoosh, group="swoosh")]


def sneaker_crude(rng):
    outline, keys = sneaker_outline(rng)
    return [shape(outline), detail(sole_line(keys, rng.uniform(-0.3, -0.15)), optional=False)]


def running_shoe(rng):
    outline, keys = sneaker_outline(rng, rng.uniform(0.7, 0.9))
    marks = [shape(outline), detail(wave(0.05, keys["heel_x"], -0.22, 4, 0.06), optional=False)]
    for x in np.linspace(1.1, 1.6, 3):
        marks.append(detail([(x, -0.3), (x + 0.3, -0.75)], group="stripes"))
    return marks


def canvas_shoe(rng):
    outline, keys = sneaker_outline(rng, rng.uniform(0.65, 0.85))
    cap = bezier((0.0, -0.3), (0.35, -0.35), (0.55, -0.2))
    marks = [shape(outline), detail(sole_line(keys, -0.25), optional=False), detail(cap, group="cap")]
    for t in np.linspace(0.1, 0.9, 4):
        x, y = keys["lace_start"] + t * (keys["collar"] - keys["lace_start"])
        marks.append(dot(x + 0.08, y + 0.12, 0.7, group="eyelets"))
    return marks


def slip_on(rng):
    outline, keys = sneaker_outline(rng, rng.uniform(0.65, 0.85))
    x = keys["collar"][0]
    gusset = np.array([(x - 0.25, -keys["height"] * 0.9), (x - 0.05, -0.45), (x + 0.15, -keys["height"] * 0.92)])
    return [shape(outline), detail(sole_line(keys, -0.22), optional=False), detail(gusset)]


def sneaker_treads(rng):
    outline, keys = sneaker_outline(rng)
    return [shape(outline), detail(sole_line(keys, -0.25), optional=False),
            detail(zigzag(0.15, keys["heel_x"] - 0.15, -0.1, rng.integers(6, 10), 0.12), group="tread"),
            *laces(keys, 3)]


def sneaker_bow(rng):
    outline, keys = sneaker_outline(rng)
    collar = keys["collar"]
    tongue = bezier(collar + (-0.2, 0.05), collar + (-0.2, -0.3), collar + (0.15, -0.3), collar + (0.1, 0.05))
    knot = collar + (-0.1, 0.1)
    bow = joined(knot, knot + (-0.35, -0.2), knot + (-0.3, 0.1), knot, knot + (0.3, -0.25), knot + (0.3, 0.05), knot)
    return [shape(outline), line(tongue, optional=True), detail(sole_line(keys), optional=False),
            line(bow, optional=False), *laces(keys, 2)]


def chunky_sneaker(rng):
    outline, keys = sneaker_outline(rng, rng.uniform(0.9, 1.1))
    tab = np.array([(keys["heel_x"] - 0.15, -keys["height"]), (keys["heel_x"] - 0.05, -keys["height"] - 0.2),
                    (keys["heel_x"] + 0.05, -keys["height"] * 0.9)])
    return [shape(outline), detail(sole_line(keys, -0.35), optional=False), detail(sole_line(keys, -0.18)),
            line(tab, optional=True), *laces(keys, 3)]


def sneaker_with_separate_sole(rng):
    """Upper drawn first, then a long rounded strip under it for the sole."""
    outline, keys = sneaker_outline(rng)
    thick = rng.uniform(0.2, 0.3)
    strip = joined(arc((0.1, -thick / 2), (thick / 2, thick / 2), 90, 270, 8),
                   arc((keys["heel_x"] - 0.05, -thick / 2), (thick / 2, thick / 2), -90, 90, 8))
    return [shape(outline * (1.0, 0.9) - (0, thick * 0.8)), shape(strip), *laces(keys, 2)]


# ---------------------------------------------------------------- 9 Ankle boot

def boot_outline(rng, shaft: float = 0.0, heel: float = 0.0, pointed: bool = False) -> tuple[np.ndarray, dict]:
    """The side of a boot up to the ankle, toe on the left, with a heel block at the back."""
    height = shaft or rng.uniform(1.6, 2.2)
    heel = heel or rng.uniform(0.15, 0.35)
    toe = rng.uniform(0.3, 0.45) * (0.7 if pointed else 1.0)
    vamp = np.array([rng.uniform(0.9, 1.15), -rng.uniform(0.65, 0.85)])
    front_top = np.array([rng.uniform(1.1, 1.35), -height])
    back_x = rng.uniform(2.1, 2.4)
    heel_front = back_x - rng.uniform(0.4, 0.6)
    toe_curve = (bezier((0.2, 0.0), (-0.15, 0.0), (0.0, -toe), (0.45, -toe * 1.2)) if not pointed
                 else bezier((0.2, -0.05), (-0.2, 0.0), (0.3, -toe), (0.6, -toe * 1.3)))
    outline = joined(toe_curve, vamp, front_top, (back_x + rng.uniform(-0.05, 0.08), -height),
                     (back_x, -heel), (back_x, 0.0), (heel_front, 0.0), (heel_front, -heel),
                     bezier((heel_front, -heel), (heel_front - 0.4, -heel), (1.0, 0.0), (0.6, 0.0)))
    return outline, dict(height=height, heel=heel, back_x=back_x, heel_front=heel_front,
                         front_top=front_top, vamp=vamp)


def boot_classic(rng):
    outline, keys = boot_outline(rng)
    return [shape(outline), detail([(0.05, -0.15), (keys["heel_front"], -keys["heel"] - 0.05)], group="sole")]


def chelsea_boot(rng):
    outline, keys = boot_outline(rng, heel=rng.uniform(0.12, 0.22))
    h, x = keys["height"], 0.5 * (keys["front_top"][0] + keys["back_x"])
    panel = bezier((x - 0.35, -h), (x - 0.2, -h * 0.45), (x + 0.2, -h * 0.45), (x + 0.35, -h))
    tab = bezier((keys["back_x"] - 0.2, -h), (keys["back_x"] - 0.15, -h - 0.35), (keys["back_x"] + 0.1, -h - 0.3),
                 (keys["back_x"], -h * 0.92))
    return [shape(outline), detail(panel, optional=False), line(tab, optional=True)]


def heeled_boot(rng):
    outline, keys = boot_outline(rng, heel=rng.uniform(0.5, 0.8), pointed=True)
    return [shape(outline)]


def combat_boot(rng):
    outline, keys = boot_outline(rng, heel=rng.uniform(0.15, 0.25))
    vamp, top = keys["vamp"], keys["front_top"]
    marks = [shape(outline), detail([(0.05, -0.25), (keys["back_x"], -0.3)], optional=False),
             detail(zigzag(0.2, keys["back_x"] - 0.1, -0.1, 6, 0.12), group="tread")]
    for t in np.linspace(0.15, 0.85, rng.integers(3, 5)):
        marks += cross(vamp + t * (top - vamp) + (0.18, 0.0), 0.12)
    return marks


def boot_crude(rng):
    """A fat L: the leg, the foot and a step for the heel."""
    height, foot = rng.uniform(1.6, 2.2), rng.uniform(2.0, 2.5)
    shaft = rng.uniform(0.9, 1.2)
    outline = np.array([(foot - shaft, -height), (foot, -height), (foot, 0.0), (0.0, 0.0),
                        (0.0, -0.45), (foot - shaft, -0.7)])
    return [shape(outline)]


def zip_boot(rng):
    outline, keys = boot_outline(rng)
    x = 0.5 * (keys["front_top"][0] + keys["back_x"]) + 0.1
    return [shape(outline), detail([(x, -keys["height"] + 0.05), (x, -0.5)], optional=False),
            detail([(x, -keys["height"] + 0.05), (x + 0.1, -keys["height"] + 0.3)], group="pull"),
            detail([(0.05, -0.15), (keys["heel_front"], -keys["heel"] - 0.05)], group="sole")]


def fur_boot(rng):
    outline, keys = boot_outline(rng, shaft=rng.uniform(1.6, 2.0))
    h = keys["height"]
    fur = zigzag(keys["front_top"][0] - 0.05, keys["back_x"] + 0.05, -h + 0.3, rng.integers(4, 7), 0.2)
    return [shape(outline), detail(fur, optional=False)]


def wedge_boot(rng):
    height, back = rng.uniform(1.7, 2.1), rng.uniform(2.1, 2.3)
    rise = rng.uniform(0.45, 0.7)
    outline = joined(bezier((0.25, 0.0), (-0.1, 0.0), (0.0, -0.4), (0.5, -0.5)),
                     (1.1, -0.9), (1.25, -height), (back, -height), (back, 0.0))
    wedge = np.array([(0.6, -0.02), (0.6, -0.18), (back, -rise)])
    return [shape(outline), detail(wedge, optional=False)]


def boot_in_pieces(rng):
    """A box for the leg, the foot bulging out in front of it, a block for the heel."""
    height, shaft_x, back = rng.uniform(1.6, 2.1), rng.uniform(1.0, 1.3), rng.uniform(2.1, 2.4)
    heel = rng.uniform(0.2, 0.35)
    instep = rng.uniform(0.8, 1.0)
    leg = rectangle(shaft_x, -height, back, -heel)
    foot = joined((shaft_x + 0.05, -instep),
                  bezier((shaft_x, -instep), (shaft_x - 0.7, -instep + 0.05), (-0.1, -0.5), (0.1, 0.0)),
                  (back - 0.5, 0.0), (back - 0.5, -heel))
    block = rectangle(back - 0.5, -heel, back, 0.0)
    return [shape(leg), shape(foot), shape(block)]


# ---------------------------------------------------------------- 8 Bag

def handle(x0: float, x1: float, y: float, height: float) -> np.ndarray:
    return bezier((x0, y), (x0 - 0.05, y - height), (x1 + 0.05, y - height), (x1, y))


def handbag(rng):
    top_half, bottom_half, height = rng.uniform(0.6, 0.9), rng.uniform(0.9, 1.2), rng.uniform(1.1, 1.6)
    body = np.array([(-top_half, 0.0), (top_half, 0.0), (bottom_half, height), (-bottom_half, height)])
    grip = handle(-top_half * 0.6, top_half * 0.6, 0.0, rng.uniform(0.5, 0.9))
    return [shape(body), line(grip), dot(0.0, 0.25, 1.0, group="clasp")]


def tote_bag(rng):
    half, height = rng.uniform(0.8, 1.1), rng.uniform(1.3, 1.9)
    straps = [line(handle(-half * 0.7, half * 0.1, 0.0, rng.uniform(0.7, 1.0))),
              line(handle(-half * 0.1, half * 0.7, 0.0, rng.uniform(0.7, 1.0)))]
    return [shape(rectangle(-half, 0.0, half * rng.uniform(0.95, 1.05), height)), *straps]


def backpack(rng):
    half, height = rng.uniform(0.75, 0.95), rng.uniform(1.8, 2.3)
    body = joined(arc((0.0, half), (half, half), 180, 360, 14), (half, height), (-half, height))
    pouch_top = height * rng.uniform(0.5, 0.6)
    pouch = joined((-half * 0.7, height - 0.1), (-half * 0.7, pouch_top),
                   bezier((-half * 0.7, pouch_top), (0.0, pouch_top - 0.25), (half * 0.7, pouch_top)),
                   (half * 0.7, height - 0.1))
    loop = handle(-0.2, 0.2, 0.02, 0.3)
    straps = [line(bezier((-half, half * 0.6), (-half - 0.35, height * 0.5), (-half - 0.05, height - 0.2)), optional=True, group="straps"),
              line(bezier((half, half * 0.6), (half + 0.35, height * 0.5), (half + 0.05, height - 0.2)), optional=True, group="straps")]
    return [shape(body), detail(pouch, optional=False), line(loop), *straps]


def clutch(rng):
    half, height = rng.uniform(1.0, 1.3), rng.uniform(0.9, 1.2)
    flap = np.array([(-half, 0.0), (0.0, height * rng.uniform(0.5, 0.7)), (half, 0.0)])
    return [shape(rectangle(-half, 0.0, half, height)), detail(flap, optional=False),
            dot(0.0, height * 0.6, 1.0, group="clasp")]


def shoulder_bag(rng):
    half, height = rng.uniform(0.8, 1.1), rng.uniform(0.8, 1.2)
    corner = rng.uniform(0.2, 0.4)
    body = joined((-half, 0.0), (half, 0.0), (half, height - corner),
                  bezier((half, height - corner), (half, height), (half - corner, height)),
                  (-half + corner, height), bezier((-half + corner, height), (-half, height), (-half, height - corner)))
    rise = rng.uniform(1.3, 2.0)
    strap = bezier((-half + 0.05, 0.0), (-half * 0.3, -rise), (half * 0.3, -rise), (half - 0.05, 0.0))
    return [shape(body), line(strap), detail([(-half, 0.35), (half, 0.35)], group="flap"),
            dot(0.0, 0.45, 1.0, group="clasp")]


def shopping_bag(rng):
    half, height = rng.uniform(0.7, 0.9), rng.uniform(1.5, 2.0)
    marks = [shape(rectangle(-half, 0.0, half, height)), detail([(-half, 0.25), (half, 0.25)], group="fold")]
    for x in (-0.35, 0.35):
        marks.append(line(handle(x * half - 0.15, x * half + 0.15, 0.05, 0.4)))
    return marks


def kiss_lock_purse(rng):
    half, height = rng.uniform(0.8, 1.1), rng.uniform(1.0, 1.4)
    body = joined((-half * 0.8, 0.0), (half * 0.8, 0.0),
                  bezier((half * 0.8, 0.0), (half * 1.5, height * 1.2), (-half * 1.5, height * 1.2), (-half * 0.8, 0.0)))
    frame = bezier((-half * 0.8, 0.0), (-half * 0.7, -0.2), (half * 0.7, -0.2), (half * 0.8, 0.0))
    return [shape(body), line(frame, optional=True), dot(-0.1, -0.25, 1.1, group="clasp"),
            dot(0.1, -0.25, 1.1, group="clasp"), line(handle(-half * 0.7, half * 0.7, 0.0, 0.8), optional=True)]


def briefcase(rng):
    half, height = rng.uniform(1.1, 1.4), rng.uniform(0.9, 1.2)
    grip = np.array([(-0.3, 0.0), (-0.3, -0.3), (0.3, -0.3), (0.3, 0.0)])
    marks = [shape(rectangle(-half, 0.0, half, height)), line(grip),
             detail([(-half, height * 0.3), (half, height * 0.3)], group="lid")]
    marks += [detail(rectangle(x - 0.1, height * 0.2, x + 0.1, height * 0.4), group="latches") for x in (-0.6, 0.6)]
    return marks


def bucket_bag(rng):
    top_half, bottom_half, height = rng.uniform(0.8, 1.0), rng.uniform(0.6, 0.8), rng.uniform(1.3, 1.7)
    body = joined((-top_half, 0.0), (top_half, 0.0), (bottom_half, height - 0.2),
                  bezier((bottom_half, height - 0.2), (bottom_half * 0.6, height + 0.1), (-bottom_half * 0.6, height + 0.1), (-bottom_half, height - 0.2)))
    cord = wave(-top_half, top_half, 0.2, 4, 0.08)
    return [shape(body), detail(cord, group="cord"), line(handle(-top_half + 0.1, top_half - 0.1, 0.0, rng.uniform(0.9, 1.4)))]


DESIGNS = {
    0: (tee_classic, tee_v_neck, tee_in_pieces, tee_crude, tee_banded, tee_print, tank_top,
        fitted_top, tee_pocket, tee_striped, tee_raglan, tee_boxy),
    1: (trousers_classic, jeans, flared_trousers, skinny_trousers, trousers_crude, trousers_in_pieces,
        track_pants, cargo_trousers, trousers_apart, wide_leg_trousers),
    2: (sweater_ribbed, sweater_arms_out, sweater_arms_down, hoodie, christmas_jumper, turtleneck,
        sweater_crude, sweater_rib_ticks, sweater_striped, sweater_v_neck, sweatshirt_logo, sweater_in_pieces),
    3: (dress_a_line, dress_short_sleeves, ball_gown, shift_dress, maxi_dress, belted_dress, dress_crude,
        long_sleeve_dress, strapless_dress, dress_with_pattern),
    4: (coat_long_buttons, zip_jacket, trench_coat, parka, open_coat, puffer, blazer, coat_crude,
        double_breasted, belted_a_line_coat, denim_jacket, coat_arms_down),
    5: (sandal_strappy, flip_flop, heeled_sandal, gladiator_sandal, slide_sandal, wedge_sandal,
        sport_sandal, sandal_crude, flip_flop_pair, sandal_crisscross),
    6: (dress_shirt, short_sleeve_shirt, shirt_tails, shirt_and_tie, plaid_shirt, hawaiian_shirt,
        shirt_crude, rolled_sleeve_shirt, blouse, shirt_arms_down, shirt_two_pockets, boxy_collared_shirt),
    7: (sneaker_classic, sneaker_crude, running_shoe, canvas_shoe, slip_on, sneaker_treads, sneaker_bow,
        chunky_sneaker, sneaker_with_separate_sole),
    8: (handbag, tote_bag, backpack, clutch, shoulder_bag, shopping_bag, kiss_lock_purse, briefcase, bucket_bag),
    9: (boot_classic, chelsea_boot, heeled_boot, combat_boot, boot_crude, zip_boot, fur_boot, wedge_boot,
        boot_in_pieces),
}
SHOES = (5, 7, 9)


# ---------------------------------------------------------------- the drawer

def sample_hand(rng) -> Hand:
    device = DEVICES[rng.choice(len(DEVICES), p=DEVICE_CHANCES)]
    if device == "finger":
        brush = rng.uniform(*FINGER_BRUSH)
    elif rng.random() < 0.6:
        brush = DEFAULT_BRUSH
    else:
        brush = math.exp(rng.uniform(math.log(BRUSH_RANGE[0]), math.log(BRUSH_RANGE[1])))
    wobble = {"mouse": (0.5, 3.0), "trackpad": (1.0, 4.0), "finger": (1.5, 5.0)}[device]
    shake = {"mouse": (0.0, 0.4), "trackpad": (0.3, 1.0), "finger": (0.4, 1.4)}[device]
    return Hand(device=device, brush=brush, wobble=rng.uniform(*wobble), shake=rng.uniform(*shake),
                drift=rng.uniform(0.0, 4.0), end_error=rng.uniform(3.0, 18.0),
                gap_chance=rng.uniform(0.2, 0.7), max_pieces=int(rng.integers(1, 5)),
                care=rng.uniform(0.35, 1.0), sloppiness=rng.uniform(0.01, 0.05))


def _kept(marks: list[Mark], hand: Hand, rng) -> list[Mark]:
    """The marks this drawer bothers with: optional details survive with the drawer's care."""
    keep_group = {}
    kept = []
    for index, mark in enumerate(marks):
        key = mark.group or index
        if key not in keep_group:
            keep_group[key] = (not mark.optional) or rng.random() < hand.care
        if keep_group[key]:
            kept.append(mark)
    return kept


def _lopsided(points: np.ndarray, waves: list) -> np.ndarray:
    """Bend a drawing with a few slow waves: one side bigger, lines not quite parallel."""
    shift = np.zeros_like(points)
    for direction, phase, amplitude in waves:
        shift += amplitude * np.sin(points @ direction + phase)[:, None]
    return points + shift


def _place(marks: list[Mark], rng, hand: Hand, mirror: bool) -> tuple[list[Mark], np.ndarray]:
    """Marks in canvas pixels: scaled, stretched, bent, turned and put somewhere on the canvas.
    Also returns the drawing's width and height in pixels."""
    everything = np.concatenate([m.points for m in marks])
    low, high = everything.min(0), everything.max(0)
    centre, extent = (low + high) / 2, max(float((high - low).max()), 1e-6)
    waves = [(rng.normal(size=2) * rng.uniform(2.0, 6.0), rng.uniform(0, 2 * math.pi),
              rng.normal(size=2) * hand.sloppiness / 2) for _ in range(3)]
    stretch = math.exp(rng.normal(0.0, ASPECT_SD))
    angle = math.radians(float(np.clip(rng.normal(0.0, ROTATION_SD), -MAX_ROTATION, MAX_ROTATION)))
    turn = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])

    def to_unit(points):
        unit = _lopsided((points - centre) / extent, waves) * (stretch, 1.0)
        if mirror:
            unit = unit * (-1.0, 1.0)
        return unit @ turn.T

    unit_marks = [replace(m, points=to_unit(m.points)) for m in marks]
    everything = np.concatenate([m.points for m in unit_marks])
    low, high = everything.min(0), everything.max(0)
    low_size, high_size = SIZE_RANGE
    size = (low_size + (high_size - low_size) * rng.beta(*SIZE_BETA)) * CANVAS
    scale = size / float((high - low).max())
    span = (high - low) * scale
    overhang = EDGE_OVERHANG * CANVAS
    offset = np.array([rng.uniform(-overhang, max(-overhang, CANVAS - s) + overhang) for s in span])
    return [replace(m, points=(m.points - low) * scale + offset) for m in unit_marks], span


def _resample(points: np.ndarray, spacing: float) -> np.ndarray:
    steps = np.hypot(*np.diff(points, axis=0).T)
    along = np.concatenate([[0.0], np.cumsum(steps)])
    if along[-1] < 1e-6:
        return points[:1]
    at = np.linspace(0.0, along[-1], max(2, int(along[-1] / spacing) + 1))
    return np.stack([np.interp(at, along, points[:, 0]), np.interp(at, along, points[:, 1])], 1)


def _waves(along: np.ndarray, amplitude: float, wavelengths: tuple, rng) -> np.ndarray:
    total = np.zeros_like(along)
    for _ in range(3):
        total += rng.normal() * np.sin(2 * math.pi * along / rng.uniform(*wavelengths) + rng.uniform(0, 2 * math.pi))
    return amplitude * total / math.sqrt(3)


def _hand_stroke(points: np.ndarray, hand: Hand, rng) -> np.ndarray:
    """The path a hand actually takes when aiming along `points` (canvas pixels)."""
    path = _resample(points, SAMPLE_SPACING)
    if len(path) < 2:
        return path + rng.normal(0.0, hand.drift, 2)
    along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(path, axis=0).T))])
    tangent = np.gradient(path, axis=0)
    tangent /= np.maximum(np.hypot(*tangent.T), 1e-9)[:, None]
    normal = np.stack([-tangent[:, 1], tangent[:, 0]], 1)
    offset = _waves(along, hand.wobble, (60.0, 300.0), rng) + _waves(along, hand.shake, (15.0, 45.0), rng)
    path = path + normal * offset[:, None] + rng.normal(0.0, hand.drift, 2)
    return _miss_ends(path, along, hand, rng)


def _miss_ends(path: np.ndarray, along: np.ndarray, hand: Hand, rng) -> np.ndarray:
    """Stop a stroke short of where it aims, or run past it."""
    total = along[-1]
    start_cut = end_cut = 0.0
    ends = [path[0], path[-1]]
    extra = [None, None]
    for side, sign in ((0, 1), (1, -1)):
        miss = rng.uniform(0.2, 1.0) * hand.end_error
        if rng.random() < hand.gap_chance:
            if side == 0:
                start_cut = min(miss, 0.25 * total)
            else:
                end_cut = min(miss, 0.25 * total)
        else:
            neighbour = path[1] if side == 0 else path[-2]
            direction = ends[side] - neighbour
            direction /= max(float(np.hypot(*direction)), 1e-9)
            extra[side] = ends[side] + direction * miss * 0.7
    keep = (along >= start_cut) & (along <= total - end_cut)
    path = path[keep] if keep.sum() >= 2 else path
    pieces = [path]
    if extra[0] is not None:
        pieces.insert(0, extra[0][None])
    if extra[1] is not None:
        pieces.append(extra[1][None])
    return np.concatenate(pieces)


def _corners(points: np.ndarray) -> list[int]:
    """Where an outline turns sharply: where a hand lifts the brush between strokes."""
    before = points - np.roll(points, 1, axis=0)
    after = np.roll(points, -1, axis=0) - points
    turn = np.degrees(np.abs(np.arctan2(before[:, 0] * after[:, 1] - before[:, 1] * after[:, 0],
                                        (before * after).sum(1))))
    return [i for i in range(len(points)) if turn[i] > CORNER_TURN]


def _outline_strokes(points: np.ndarray, hand: Hand, rng) -> list[np.ndarray]:
    """A closed outline cut into the one to few strokes a person draws it in."""
    corners = _corners(points) or [0]
    count = min(int(rng.integers(1, hand.max_pieces + 1)), len(corners))
    breaks = sorted(rng.choice(corners, size=count, replace=False))
    loop = np.concatenate([points, points])
    strokes = []
    for k, start in enumerate(breaks):
        end = breaks[k + 1] if k + 1 < count else breaks[0] + len(points)
        strokes.append(loop[start:end + 1])
    return strokes


def _draw_path(draw: ImageDraw.ImageDraw, path: np.ndarray, width: float, value: int) -> None:
    """Stamp the round brush along the path, as a canvas does: smooth edges whatever the path."""
    big = path * SUPERSAMPLE
    radius = width * SUPERSAMPLE / 2
    if len(big) > 1:
        big = _resample(big, max(1.0, radius / STAMPS_PER_RADIUS))
    for x, y in big:
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=value)


def _shape_mask(points: np.ndarray, grow: float) -> Image.Image:
    """The inside of an outline, grown (or shrunk, when negative) by `grow` pixels."""
    mask = Image.new("L", (CANVAS * SUPERSAMPLE,) * 2, 0)
    draw = ImageDraw.Draw(mask)
    big = [tuple(p) for p in points * SUPERSAMPLE]
    draw.polygon(big, fill=INK)
    if abs(grow) >= 0.5:
        draw.line(big + big[:1], fill=INK if grow > 0 else 0, width=round(2 * abs(grow) * SUPERSAMPLE), joint="curve")
    return mask


def _scribble(points: np.ndarray, hand: Hand, rng) -> Image.Image:
    """Back-and-forth colouring over an outline's box, as a layer to cut to the outline."""
    layer = Image.new("L", (CANVAS * SUPERSAMPLE,) * 2, 0)
    angle = math.radians(rng.choice([0.0, 45.0, -45.0, 90.0]) + rng.normal(0.0, 12.0))
    along, across = np.array([math.cos(angle), math.sin(angle)]), np.array([-math.sin(angle), math.cos(angle)])
    centre = points.mean(0)
    reach_along = np.abs((points - centre) @ along).max() + hand.brush
    reach_across = np.abs((points - centre) @ across).max() + hand.brush
    spacing = hand.brush * rng.uniform(0.4, 1.4)  # wider than the brush leaves stripes uncoloured
    rows = np.arange(-reach_across, reach_across + spacing, spacing)
    sides = np.where(np.arange(len(rows)) % 2 == 0, -reach_along, reach_along)
    turns = centre + sides[:, None] * along + rows[:, None] * across
    turns += rng.normal(0.0, hand.brush * 0.3, turns.shape)
    _draw_path(ImageDraw.Draw(layer), _hand_stroke(turns, hand, rng), hand.brush, INK)
    return layer


def _paint(image: Image.Image, shapes: list[Mark], solid: bool, reach: tuple, hand: Hand, rng) -> None:
    for mark in shapes:
        mask = _shape_mask(mark.points, rng.uniform(*reach) * hand.brush)
        if not solid:
            mask = ImageChops.multiply(mask, _scribble(mark.points, hand, rng))
        image.paste(INK, mask=mask)


def _render(marks: list[Mark], style: str, hand: Hand, rng) -> np.ndarray:
    image = Image.new("L", (CANVAS * SUPERSAMPLE,) * 2, 0)
    draw = ImageDraw.Draw(image)
    shapes = [m for m in marks if m.kind == SHAPE]
    inner = [m for m in marks if m.kind in (DETAIL, DOT)]
    filled = style == "filled"
    solid = rng.random() < SOLID_FILL_CHANCE
    # Only a solid colouring makes an edge of its own: scribblers draw the outline first.
    outlined = not (filled and solid) or rng.random() >= NO_OUTLINE_CHANCE
    white_inner = inner
    if filled:
        _paint(image, shapes, solid, FILL_REACH if outlined else FILL_REACH_ALONE, hand, rng)
        dark = _left_uncoloured(inner, rng)
        for mark in dark:
            _draw_inner(draw, mark, hand, rng, dark=True)
        white_inner = [m for m in inner if not any(m is d for d in dark)]  # drawn over the paint
    if outlined:
        for mark in shapes:
            _draw_outline(draw, mark, hand, rng)
    for mark in marks:
        if mark.kind == LINE:
            _draw_path(draw, _hand_stroke(mark.points, hand, rng), hand.brush, INK)
    for mark in white_inner:
        _draw_inner(draw, mark, hand, rng, dark=False)
    if rng.random() < STRAY_CHANCE:
        _stray(draw, marks, hand, rng)
    return np.asarray(image.resize((CANVAS, CANVAS), Image.Resampling.BOX), dtype=np.uint8)


def _left_uncoloured(inner: list[Mark], rng) -> list[Mark]:
    """The details a colourist paints round, as dark gaps; the others they draw over the paint."""
    chosen = {}
    for index, mark in enumerate(inner):
        key = mark.group or index
        if key not in chosen:
            chosen[key] = rng.random() < GAP_DETAIL_CHANCE
    return [m for index, m in enumerate(inner) if chosen[m.group or index]]


def _draw_outline(draw: ImageDraw.ImageDraw, mark: Mark, hand: Hand, rng) -> None:
    for stroke in _outline_strokes(mark.points, hand, rng):
        _draw_path(draw, _hand_stroke(stroke, hand, rng), hand.brush, INK)
    if rng.random() < RETRACE_CHANCE:
        stroke = _outline_strokes(mark.points, replace(hand, max_pieces=4), rng)[0]
        _draw_path(draw, _hand_stroke(stroke, replace(hand, drift=hand.drift + 3.0), rng), hand.brush, INK)


def _draw_inner(draw: ImageDraw.ImageDraw, mark: Mark, hand: Hand, rng, dark: bool) -> None:
    """A detail or button: a white stroke or tap, or (dark) the gap left for it in the colouring."""
    if mark.kind == DOT:
        where = mark.points + rng.normal(0.0, 1.0, 2)
        if dark:
            width = float(np.clip(hand.brush * mark.size * rng.uniform(0.7, 1.2), *GAP_DOT_PX))
        else:
            width = hand.brush * mark.size * rng.uniform(0.9, 1.3)
        _draw_path(draw, where, width, 0 if dark else INK)
        return
    width = hand.brush * (rng.uniform(*GAP_OF_BRUSH) if dark else 1.0)
    _draw_path(draw, _hand_stroke(mark.points, hand, rng), width, 0 if dark else INK)


def _stray(draw: ImageDraw.ImageDraw, marks: list[Mark], hand: Hand, rng) -> None:
    """A slip of the brush or a test dot somewhere near the drawing."""
    everything = np.concatenate([m.points for m in marks])
    low, high = everything.min(0), everything.max(0)
    start = rng.uniform(low - 0.1 * (high - low), high + 0.1 * (high - low))
    if rng.random() < 0.4:
        _draw_path(draw, start[None], hand.brush, INK)
    else:
        end = start + rng.normal(0.0, 0.12 * float((high - low).max()), 2)
        _draw_path(draw, _hand_stroke(np.array([start, end]), hand, rng), hand.brush, INK)


def draw_one(label: int, index: int, style: str, seed: int = 0) -> np.ndarray:
    """Drawing number `index` of class `label`: its own random stream, so it depends on nothing else."""
    rng = np.random.default_rng([seed, label, index])
    designs = DESIGNS[label]
    design = designs[index % len(designs)]
    hand = sample_hand(rng)
    marks = _kept(design(rng), hand, rng)
    mirror = rng.random() < (MIRROR_SHOE if label in SHOES else 0.5)
    placed, span = _place(marks, rng, hand, mirror)
    widest = min(MAX_BRUSH_FRACTION * span.max(), MAX_BRUSH_OF_WIDTH * span.min())
    hand = replace(hand, brush=min(hand.brush, max(BRUSH_RANGE[0], widest)))
    return _render(placed, style, hand, rng)


def style_of(index: int, design_count: int, styles) -> str:
    """Styles cycle, shifted each round of designs, so every design meets every style."""
    return styles[(index + index // design_count) % len(styles)]


def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each)"""
    styles = tuple(styles)
    if not styles:
        raise ValueError("no styles asked for")
    unknown = [s for s in styles if s not in STYLES]
    if unknown:
        raise ValueError(f"unknown style {unknown[0]!r}: choose from {', '.join(STYLES)}")
    if count_per_class < 0:
        raise ValueError(f"count_per_class must be >= 0, not {count_per_class}")
    images = np.zeros((10 * count_per_class, CANVAS, CANVAS), np.uint8)
    labels = np.repeat(np.arange(10, dtype=np.int64), count_per_class)
    drawn_styles = []
    for label in range(10):
        for index in range(count_per_class):
            style = style_of(index, len(DESIGNS[label]), styles)
            images[label * count_per_class + index] = draw_one(label, index, style, seed)
            drawn_styles.append(style)
    return images, labels, drawn_styles


def contact_sheet(images: np.ndarray, count_per_class: int, cell: int = 140) -> Image.Image:
    """One row per class, grey lines between the cells."""
    rows = max(1, len(images) // max(count_per_class, 1))
    sheet = Image.new("L", (count_per_class * (cell + 2), rows * (cell + 2)), 90)
    for k, image in enumerate(images):
        row, col = divmod(k, count_per_class)
        tile = Image.fromarray(image).resize((cell, cell), Image.Resampling.BOX)
        sheet.paste(tile, (col * (cell + 2), row * (cell + 2)))
    return sheet


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=12, help="drawings of each garment")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", help="write a PNG contact sheet here, one row per class")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    images, labels, styles = make(args.per_class, args.seed)
    seconds = time.perf_counter() - started
    print(f"{len(images)} drawings in {seconds:.2f} s "
          f"({sum(s == 'filled' for s in styles)} filled, {sum(s == 'outline' for s in styles)} outlined)")
    if args.sheet:
        contact_sheet(images, args.per_class).save(args.sheet)
        print(f"contact sheet: {args.sheet}")


if __name__ == "__main__":
    main()
