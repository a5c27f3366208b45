"""Garments drawn as "flats": the hand of a textiles or design-and-technology student.

A flat is how clothes are drawn in a pattern room: the garment laid flat and seen from the front
(shoes from the side), more or less symmetric, with the lines that say how it is made - seams,
collars, plackets, cuffs, hems, pockets, zips, yokes, drawstrings, ribbing, soles and welts,
eyelets, straps and buckles. Such a hand knows what tells garments apart: a coat is long and opens
down the front, a shirt has a collar and buttons, a pullover has ribbed cuffs and hem, trousers
are two long legs. So every class has many designs (a tee, a tank, a raglan, a ringer...), and the
details that carry the class are always drawn while the others are sometimes left out.

The hand is a mouse or finger on a browser canvas: white strokes on black, one round brush
(5-30 px) for the whole drawing, lines that drift and tremble, strokes that stop short of meeting,
a drawing of any size, somewhere off-centre, a little tilted and stretched. It is drawn at twice
the size and box-filtered down, so its edges are antialiased as a browser brush's are.

Two styles take turns. "outline" is the line drawing. "filled" paints the garment's body white
(solid, or scribbled back and forth with gaps) and draws the details as dark lines through the
paint, as Fashion-MNIST's photos show seams and openings as darker lines; openings such as a bag's
handle hole are left dark.

Garments are built in garment units: about two units across, y pointing down, centred near 0.
Shoes are drawn toe to the left and mirrored at random.
"""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw
from scipy import ndimage

STYLES = ("outline", "filled")
CANVAS = 280
SCALE = 2                  # drawn at 2x, then box-filtered down: antialiased strokes
SIDE_VIEW = (5, 7, 9)      # sandals, sneakers and ankle boots: drawn from the side, either way round
STEP = 10.0                # strokes are followed in steps of this many (2x) pixels, for the wobble


# ---------------------------------------------------------------------------------------------
# Geometry: paths are (n, 2) float arrays in garment units.

def _pts(*pieces) -> np.ndarray:
    """Points and curves joined into one path."""
    return np.vstack([np.atleast_2d(np.asarray(piece, dtype=float)) for piece in pieces])


def _bez(p0, p1, p2, n: int = 9) -> np.ndarray:
    """A quadratic Bezier curve from p0 to p2, pulled towards p1."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    p0, p1, p2 = (np.asarray(p, dtype=float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2


def _arc(cx, cy, rx, ry, start, end, n: int = 17) -> np.ndarray:
    """Part of an ellipse, angles in degrees (y points down: 90 is the bottom, 270 the top)."""
    angles = np.radians(np.linspace(start, end, n))
    return np.column_stack([cx + rx * np.cos(angles), cy + ry * np.sin(angles)])


def _mirror(path) -> np.ndarray:
    return np.asarray(path, dtype=float) * [-1.0, 1.0]


def _sym(half) -> np.ndarray:
    """A closed symmetric outline from its right half, drawn from the top centre down the right
    side to the bottom centre: flats are symmetric, so only half is designed."""
    half = _pts(half)
    left = _mirror(half)[::-1]
    if abs(half[-1, 0]) < 1e-9:
        left = left[1:]
    if abs(half[0, 0]) < 1e-9:
        left = left[:-1]
    return np.vstack([half, left])


def _across(half) -> np.ndarray:
    """An open symmetric line (a neckline, a yoke) from its right half, which starts at x = 0."""
    half = _pts(half)
    return np.vstack([_mirror(half)[::-1][:-1], half])


def _lerp(p, q, t: float) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    return p + (np.asarray(q, dtype=float) - p) * t


def _rect(x0, y0, x1, y1) -> np.ndarray:
    return np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], dtype=float)


def _closed(path) -> np.ndarray:
    path = _pts(path)
    return np.vstack([path, path[:1]])


def _normals(path: np.ndarray) -> np.ndarray:
    tangent = np.gradient(path, axis=0)
    tangent /= np.maximum(np.hypot(*tangent.T), 1e-9)[:, None]
    return np.column_stack([-tangent[:, 1], tangent[:, 0]])


def _band(path, width: float) -> np.ndarray:
    """The outline of a strap or handle `width` wide along `path`."""
    path = _pts(path)
    offset = _normals(path) * width / 2
    return np.vstack([path + offset, (path - offset)[::-1]])


def _zigzag(path, amplitude: float, teeth: int) -> np.ndarray:
    """`path` as a zigzag (fur trim, lace, a lug sole's teeth)."""
    path = _densify(_pts(path), _length(_pts(path)) / (2 * teeth))
    signs = np.where(np.arange(len(path)) % 2 == 0, 1.0, -1.0)[:, None]
    return path + _normals(path) * amplitude * signs


def _wave(p, q, amplitude: float, waves: float, n: int = 25) -> np.ndarray:
    """A wavy line from p to q (a cable knit, a running shoe's stripe)."""
    line = np.array([_lerp(p, q, t) for t in np.linspace(0, 1, n)])
    phase = np.sin(np.linspace(0, 2 * math.pi * waves, n))[:, None]
    return line + _normals(line) * amplitude * phase


def _length(path: np.ndarray) -> float:
    return float(np.hypot(*np.diff(path, axis=0).T).sum())


def _densify(path: np.ndarray, step: float) -> np.ndarray:
    """`path` with points added so that none is more than `step` from the next; corners stay."""
    if len(path) < 2:
        return path
    segments = np.diff(path, axis=0)
    pieces = np.maximum(1, np.ceil(np.hypot(*segments.T) / step)).astype(int)
    index = np.repeat(np.arange(len(segments)), pieces)
    t = (np.arange(pieces.sum()) - np.repeat(np.cumsum(pieces) - pieces, pieces)) / np.repeat(pieces, pieces)
    return np.vstack([path[index] + segments[index] * t[:, None], path[-1:]])


# ---------------------------------------------------------------------------------------------
# A flat: what a student puts on the page, by what each line is.

class _Flat:
    """One garment as drawn, in garment units.

    shapes: closed outlines of the garment's body (painted in "filled").
    seams:  details inside the body (white lines, or dark lines through the paint).
    edges:  thin parts of the garment itself - straps, handles, strings: white in both styles.
    holes:  openings inside the body (a handle's cut-out): left dark in "filled".
    buttons: dots (buttons, eyelets, studs), drawn like seams.
    cuts:   dark lines through the paint only, where the outline alone would close up under a
            thick brush (the gap between trouser legs); the line drawing has them already.
    Seams and buttons come in groups, which a hand draws or leaves out together; `keep` marks the
    details that carry the class (a coat's opening, the gap between trouser legs).
    """

    def __init__(self):
        self.shapes: list[np.ndarray] = []
        self.seams: list[tuple[list[np.ndarray], bool]] = []
        self.edges: list[np.ndarray] = []
        self.holes: list[np.ndarray] = []
        self.buttons: list[tuple[np.ndarray, bool]] = []
        self.cuts: list[np.ndarray] = []

    def shape(self, path) -> None:
        self.shapes.append(_pts(path))

    def seam(self, *paths, keep: bool = False, both: bool = False) -> None:
        """Inner lines; `both` adds their mirror image (the other side of a symmetric garment)."""
        group = [_pts(path) for path in paths]
        if both:
            group += [_mirror(path) for path in group]
        self.seams.append((group, keep))

    def edge(self, *paths, both: bool = False) -> None:
        for path in paths:
            self.edges.append(_pts(path))
            if both:
                self.edges.append(_mirror(path))

    def hole(self, path) -> None:
        self.holes.append(_pts(path))

    def cut(self, path) -> None:
        self.cuts.append(_pts(path))

    def dots(self, points, keep: bool = False, both: bool = False) -> None:
        points = _pts(points)
        if both:
            points = np.vstack([points, _mirror(points)])
        self.buttons.append((points, keep))

    def dots_along(self, p, q, n: int, keep: bool = False, both: bool = False) -> None:
        self.dots([_lerp(p, q, t) for t in np.linspace(0, 1, n)], keep=keep, both=both)


# ---------------------------------------------------------------------------------------------
# Tops, dresses and coats share one body: neck, shoulder, sleeve, armpit, waist, hem.

TEE = dict(neck="crew", nw=0.2, nd=0.12, shoulder=(0.56, -0.88), sleeve=(0.42, 30, 0.3),
           armpit=(0.48, -0.42), waist=None, hem=(0.5, 0.85), hem_dip=0.0)
SWEATER = dict(TEE, nd=0.1, sleeve=(1.5, 72, 0.27), armpit=(0.5, -0.45), hem=(0.5, 0.82))
SHIRT = dict(TEE, nw=0.16, nd=0.1, shoulder=(0.55, -0.9), sleeve=(1.55, 73, 0.25),
             armpit=(0.48, -0.45), hem=(0.5, 0.92), hem_dip=0.08)
COAT = dict(TEE, neck="v", nw=0.2, nd=0.55, shoulder=(0.58, -0.88), sleeve=(1.6, 74, 0.29),
            armpit=(0.52, -0.45), hem=(0.6, 1.2))
DRESS = dict(TEE, neck="scoop", nd=0.22, shoulder=(0.34, -1.0), sleeve=None, armpit=(0.38, -0.55),
             waist=(0.3, -0.1), hem=(0.68, 1.3))


def _neckline(kind: str, nw: float, nd: float, top: float) -> np.ndarray:
    """Right half of a front neckline, from the centre front up to the side of the neck."""
    centre, side = (0.0, top + nd), (nw, top)
    if kind == "v":
        return _pts(centre, side)
    if kind == "square":
        return _pts(centre, (nw, top + nd), side)
    return _bez(centre, (nw * 0.9, top + nd), side)


def _top(f: _Flat, rng, base: dict, top: float = -1.0, **changes) -> dict:
    """Adds the body of a top, dress or coat to `f` and returns its landmarks: N neck side,
    C centre front neck, S shoulder point, O and I the sleeve end's outer and inner corners,
    A armpit, W waist, H hem corner. Proportions vary a little from drawing to drawing."""
    p = dict(base, **changes)

    def vary(value, spread=0.07):
        return value * rng.uniform(1 - spread, 1 + spread)

    nw, nd = vary(p["nw"]), vary(p["nd"])
    S = np.array([vary(p["shoulder"][0]), p["shoulder"][1] + rng.uniform(-0.02, 0.02)])
    A = np.array([vary(p["armpit"][0], 0.05), p["armpit"][1] + rng.uniform(-0.04, 0.04)])
    H = np.array([vary(p["hem"][0]), p["hem"][1] + rng.uniform(-0.06, 0.06)])
    marks = dict(N=np.array([nw, top]), C=np.array([0.0, top + nd]), S=S, A=A, H=H, W=None,
                 top=top, nw=nw, nd=nd, neck=p["neck"], dip=p["hem_dip"])
    half = [_neckline(p["neck"], nw, nd, top), S]
    if p["sleeve"]:
        length, angle, cuff = p["sleeve"]
        length, angle, cuff = vary(length), math.radians(angle + rng.uniform(-5, 5)), vary(cuff)
        O = S + length * np.array([math.cos(angle), math.sin(angle)])
        I = O + cuff * np.array([-math.sin(angle), math.cos(angle)])
        half += [O, I]
        marks.update(O=O, I=I)
    else:  # an armhole: down from the strap, then out to the armpit
        half.append(_bez(S, (S[0] - 0.03, A[1]), A)[1:-1])
    half.append(A)
    if p["waist"]:
        marks["W"] = np.array([vary(p["waist"][0], 0.05), p["waist"][1]])
        half.append(marks["W"])
    half.append(H)
    bottom = (0.0, H[1] + p["hem_dip"])
    half.append(_bez(H, (H[0] * 0.5, bottom[1]), bottom)[1:] if p["hem_dip"] else bottom)
    f.shape(_sym(_pts(*half)))
    return marks


def _side_x(m: dict, y: float) -> float:
    """Half the body's width at height y (below the armpit)."""
    chain = [m["A"]] + ([m["W"]] if m["W"] is not None else []) + [m["H"]]
    ys = [p[1] for p in chain]
    xs = [p[0] for p in chain]
    return float(np.interp(y, ys, xs))


def _across_body(f: _Flat, m: dict, y: float, keep: bool = False, inset: float = 0.0) -> None:
    x = _side_x(m, y) - inset
    f.seam([(-x, y), (x, y)], keep=keep)


def _hem_band(f: _Flat, m: dict, depth: float, keep: bool = False, ribs: int = 0) -> None:
    """A line across the body `depth` above the hem (a rib band, a turned hem), with rib ticks."""
    y = m["H"][1] - depth
    x = _side_x(m, y)
    dip = m["dip"]
    f.seam(_bez((-x, y), (0, y + 2 * dip), (x, y)), keep=keep)
    if ribs:
        xs = np.linspace(-x, x, ribs + 2)[1:-1]
        sag = dip * (1 - (xs / x) ** 2)   # the hem's curve under each tick
        f.seam(*[[(t, y + d + 0.02), (t, m["H"][1] + d - 0.02)] for t, d in zip(xs, sag)])


def _sleeve_line(m: dict, t: float) -> np.ndarray:
    """A line across the right sleeve, t of the way from the shoulder to the sleeve's end."""
    return _pts(_lerp(m["S"], m["O"], t), _lerp(m["A"], m["I"], t))


def _cuffs(f: _Flat, m: dict, depth: float = 0.1, keep: bool = False) -> None:
    """A line across both sleeves `depth` from their ends (a cuff, a hem, a rib band)."""
    t = 1 - depth / np.hypot(*(m["O"] - m["S"]))
    f.seam(_sleeve_line(m, t), keep=keep, both=True)


def _armholes(f: _Flat, m: dict, keep: bool = False) -> None:
    S, A = m["S"], m["A"]
    f.seam(_bez(S, (min(S[0], A[0]) - 0.04, (S[1] + A[1]) / 2), A), keep=keep, both=True)


def _neck_band(f: _Flat, m: dict, width: float = 0.06, keep: bool = False) -> None:
    kind = "crew" if m["neck"] == "scoop" else m["neck"]
    f.seam(_across(_neckline(kind, m["nw"] + width * 0.6, m["nd"] + width, m["top"])), keep=keep)


def _back_neck(f: _Flat, m: dict) -> None:
    """The back of the neck seen through the neckline: closes the notch at the top."""
    nw, top = m["nw"], m["top"]
    f.edge(_bez((-nw, top), (0, top + 0.07), (nw, top)))


def _placket(f: _Flat, m: dict, bottom: float, buttons: int, width: float = 0.05, keep: bool = True) -> None:
    """Button stand down the centre front, with its buttons."""
    y0 = m["C"][1]
    f.seam([(width, y0), (width, bottom)], keep=keep)
    f.seam([(-width, y0), (-width, bottom)])
    f.dots_along((0, y0 + 0.08), (0, bottom - 0.1), buttons, keep=keep)


def _collar(f: _Flat, m: dict, kind: str = "point") -> None:
    """A shirt collar over a high neck: the stand closes the neck, the leaves point down."""
    nw, top, nd = m["nw"], m["top"], m["nd"]
    f.shape([(-nw, top), (-nw * 0.8, top - 0.07), (nw * 0.8, top - 0.07), (nw, top), (0, top + nd)])
    if kind == "point":
        leaf = [(nw, top - 0.02), (nw + 0.07, top + 0.3), (0.02, top + nd + 0.03)]
    elif kind == "round":
        leaf = _pts((nw, top - 0.02), _bez((nw + 0.1, top + 0.05), (nw + 0.1, top + 0.26), (0.02, top + nd + 0.05)))
    elif kind == "camp":  # open, lying flat like a small lapel
        leaf = [(nw, top - 0.02), (nw + 0.16, top + 0.2), (nw + 0.02, top + 0.3), (0.0, top + nd + 0.28)]
    else:  # a band (mandarin) collar: just the stand, drawn as two lines
        f.seam(_bez((-nw, top + 0.02), (0, top + 0.12), (nw, top + 0.02)), keep=True)
        return
    f.seam(leaf, keep=True, both=True)


def _lapels(f: _Flat, m: dict, notch: bool = True, wide: float = 0.14) -> None:
    """Coat lapels: from the neck out to the collar point, a notch, the lapel's tip, down to the
    break where the coat closes."""
    nw, top, bottom = m["nw"], m["top"], m["C"][1]
    right = [(nw, top), (nw + wide, top + 0.2)]
    if notch:
        right += [(nw + wide * 0.5, top + 0.25), (nw + wide * 1.5, top + 0.3)]
    right.append((0.02, bottom))
    f.seam(right, keep=True, both=True)


def _opening(f: _Flat, m: dict, x: float = 0.0, top: float | None = None) -> None:
    """A coat's centre front, open from the neck to the hem: the line that makes it a coat."""
    y0 = m["C"][1] if top is None else top
    f.seam([(x, y0), (x, m["H"][1] + m["dip"])], keep=True)


def _pocket(f: _Flat, x0, y0, x1, y1, flap: bool = False, keep: bool = False, both: bool = True) -> None:
    """A patch pocket, with a flap line if `flap`."""
    lines = [_closed(_rect(x0, y0, x1, y1))]
    if flap:
        lines.append([(x0, y0 + 0.08), (x1, y0 + 0.08)])
    f.seam(*lines, keep=keep, both=both)


def _hood(f: _Flat, m: dict, height: float = 0.45, fur: bool = False) -> None:
    """A hood lying behind the neck, its face opening seen as a U inside it."""
    nw, top = m["nw"], m["top"]
    width = nw + 0.13
    f.shape(_arc(0, top + 0.06, width, height + 0.06, 180, 360))
    opening = _arc(0, top + 0.1, nw * 0.85, height * 0.72, 180, 360)
    f.seam(opening, keep=True)
    if fur:
        f.seam(_zigzag(_arc(0, top + 0.08, nw + 0.05, height * 0.85, 185, 355), 0.035, 9))


# ---------------------------------------------------------------------------------------------
# 0 T-shirt/top

def _tee_crew(f, rng):
    m = _top(f, rng, TEE)
    _neck_band(f, m)
    _cuffs(f, m, 0.07)
    _hem_band(f, m, 0.07)


def _tee_vneck(f, rng):
    m = _top(f, rng, TEE, neck="v", nd=0.32)
    _neck_band(f, m, 0.06)
    _cuffs(f, m, 0.07)
    _hem_band(f, m, 0.06)


def _tank_top(f, rng):
    m = _top(f, rng, TEE, neck="scoop", nw=0.19, nd=0.3, shoulder=(0.33, -1.0), sleeve=None,
             armpit=(0.46, -0.36), hem=(0.48, 0.85))
    _back_neck(f, m)
    _hem_band(f, m, 0.07)


def _crop_top(f, rng):
    m = _top(f, rng, TEE, neck="scoop", nd=0.16, sleeve=(0.36, 28, 0.27), armpit=(0.47, -0.45),
             hem=(0.48, 0.12))
    _neck_band(f, m, 0.05)
    _cuffs(f, m, 0.06)


def _raglan_tee(f, rng):
    m = _top(f, rng, TEE, shoulder=(0.6, -0.78), sleeve=(0.4, 34, 0.3))
    f.seam([(m["nw"] + 0.02, m["top"] + 0.04), m["A"]], keep=True, both=True)  # the raglan seam
    _neck_band(f, m)
    _cuffs(f, m, 0.07)


def _ringer_tee(f, rng):
    m = _top(f, rng, TEE)
    _neck_band(f, m, 0.08, keep=True)
    _cuffs(f, m, 0.1, keep=True)


def _long_tee(f, rng):
    m = _top(f, rng, TEE, armpit=(0.45, -0.42), hem=(0.47, 1.15))
    _neck_band(f, m)
    _cuffs(f, m, 0.07)
    _hem_band(f, m, 0.07)


def _pocket_tee(f, rng):
    m = _top(f, rng, TEE)
    _neck_band(f, m)
    _pocket(f, 0.12, -0.55, 0.34, -0.3, both=False, keep=True)
    _hem_band(f, m, 0.07)


def _fitted_top(f, rng):
    m = _top(f, rng, TEE, neck="scoop", nd=0.26, shoulder=(0.5, -0.9), sleeve=(0.24, 25, 0.22),
             armpit=(0.44, -0.45), waist=(0.36, 0.15), hem=(0.46, 0.85))
    _neck_band(f, m, 0.05)
    _hem_band(f, m, 0.06)


def _camisole(f, rng):
    """Thin straps over a straight, slightly shaped neckline."""
    top = rng.uniform(-0.6, -0.5)
    half = [(0, top + 0.08), (0.16, top - 0.02), (0.38, top + 0.02), (0.42, top + 0.15),
            (0.44, 0.4), (0.5, 0.85), (0, 0.85)]
    f.shape(_sym(half))
    f.edge([(0.3, top + 0.0), (0.24, -1.0)], both=True)
    f.seam(_across([(0, top + 0.16), (0.16, top + 0.08), (0.38, top + 0.12)]))
    f.seam([(-0.49, 0.77), (0.49, 0.77)])


def _graphic_tee(f, rng):
    m = _top(f, rng, TEE)
    _neck_band(f, m)
    kind = rng.integers(3)
    if kind == 0:    # a star
        angles = np.radians(np.arange(11) * 36 - 90)
        radius = np.where(np.arange(11) % 2 == 0, 0.24, 0.1)
        f.seam(np.column_stack([radius * np.cos(angles), -0.25 + radius * np.sin(angles)]), keep=True)
    elif kind == 1:  # a smiley
        f.seam(_arc(0, -0.25, 0.22, 0.22, 0, 360), _arc(0, -0.25, 0.12, 0.1, 20, 160), keep=True)
        f.dots([(-0.08, -0.32), (0.08, -0.32)], keep=True)
    else:            # a band of lettering, as a student scribbles it
        f.seam(_wave((-0.3, -0.35), (0.3, -0.35), 0.05, 4), _wave((-0.22, -0.15), (0.22, -0.15), 0.04, 3), keep=True)


def _boxy_tee(f, rng):
    m = _top(f, rng, TEE, shoulder=(0.66, -0.8), sleeve=(0.36, 48, 0.32), armpit=(0.62, -0.25),
             hem=(0.62, 0.75))
    _neck_band(f, m)
    f.seam([m["S"], m["A"]], both=True)  # dropped shoulder seam
    _hem_band(f, m, 0.07)


def _striped_tee(f, rng):
    m = _top(f, rng, TEE, neck="boat", nw=0.28, nd=0.07)
    for y in np.linspace(-0.2, 0.65, rng.integers(3, 5)):
        _across_body(f, m, y, inset=0.01)


TOPS = (_tee_crew, _tee_vneck, _tank_top, _crop_top, _raglan_tee, _ringer_tee, _long_tee,
        _pocket_tee, _fitted_top, _camisole, _graphic_tee, _boxy_tee, _striped_tee)


# ---------------------------------------------------------------------------------------------
# 1 Trouser: two long legs from a waistband, the gap between them up to the crotch.

def _trousers(f: _Flat, rng, waist=0.4, hip=(0.47, -0.55), knee=None, hem=(0.44, 0.12),
              crotch=-0.3, top=-1.0, bottom=1.0) -> dict:
    """Adds the outline of a pair of trousers (hem: outer and inner x of a leg's hem) and returns
    its landmarks."""
    def vary(value, spread=0.06):
        return value * rng.uniform(1 - spread, 1 + spread)

    W = np.array([vary(waist), top])
    P = np.array([vary(hip[0]), hip[1]])
    half = [(0, top), W, P]
    if knee:
        half.append((vary(knee[0]), knee[1]))
    out, inner = np.array([vary(hem[0]), bottom]), np.array([hem[1] * rng.uniform(0.8, 1.25), bottom])
    crotch = crotch + rng.uniform(-0.05, 0.05)
    half += [out, inner, (0, crotch)]
    f.shape(_sym(half))
    f.cut([(0, crotch), (0, bottom + 0.05)])
    return dict(W=W, P=P, out=out, inner=inner, crotch=crotch, top=top, bottom=bottom, half=_pts(half[:-2]))


def _outer_x(t: dict, y: float) -> float:
    return float(np.interp(y, t["half"][1:, 1], t["half"][1:, 0]))


def _waistband(f, t, depth=0.1, keep=True, loops=False):
    y = t["top"] + depth
    x = _outer_x(t, y)
    f.seam([(-x, y), (x, y)], keep=keep)
    if loops:
        f.seam(*[[(s, t["top"]), (s, y + 0.03)] for s in (0.15, 0.36)], both=True)


def _fly(f, t, depth=0.1):
    """The centre seam down to the crotch (keeps the legs apart), and the fly's J stitch."""
    y = t["top"] + depth
    f.seam([(0, y), (0, t["crotch"])], keep=True)
    bend = t["crotch"] - 0.2
    f.seam(_pts((0.09, y), _bez((0.09, bend), (0.09, bend + 0.12), (0, bend + 0.14))))


def _front_pockets(f, t, depth=0.1, slant=False):
    y = t["top"] + depth
    x0 = t["W"][0] * 0.55
    y1 = y + 0.32
    if slant:
        f.seam([(x0 + 0.05, y), (_outer_x(t, y1), y1)], both=True)
    else:
        f.seam(_bez((x0, y), (x0 + 0.04, y1), (_outer_x(t, y1), y1)), both=True)


def _leg_hems(f, t, depth=0.08, keep=False):
    y = t["bottom"] - depth
    f.seam([(t["inner"][0] + 0.01, y), (t["out"][0] - 0.01, y)], keep=keep, both=True)


def _creases(f, t):
    mid_top = (_outer_x(t, t["crotch"]) * 0.5, t["crotch"] - 0.25)
    mid_bottom = ((t["out"][0] + t["inner"][0]) / 2, t["bottom"] - 0.05)
    f.seam([mid_top, mid_bottom], both=True)


def _jeans(f, rng):
    t = _trousers(f, rng)
    _waistband(f, t, loops=True)
    _fly(f, t)
    _front_pockets(f, t)
    _leg_hems(f, t)
    f.dots([(0, t["top"] + 0.05)])


def _skinny_jeans(f, rng):
    t = _trousers(f, rng, waist=0.38, hip=(0.44, -0.55), knee=(0.34, 0.3), hem=(0.28, 0.12))
    _waistband(f, t)
    _fly(f, t)
    _front_pockets(f, t)


def _flares(f, rng):
    t = _trousers(f, rng, waist=0.38, hip=(0.45, -0.55), knee=(0.36, 0.35), hem=(0.54, 0.11))
    _waistband(f, t)
    _fly(f, t)
    _front_pockets(f, t)
    _leg_hems(f, t, 0.06)


def _joggers(f, rng):
    t = _trousers(f, rng, waist=0.42, hip=(0.5, -0.5), knee=(0.4, 0.4), hem=(0.32, 0.13))
    _waistband(f, t, depth=0.14)
    f.seam([(0, t["top"] + 0.14), (0, t["crotch"])], keep=True)
    f.edge([(-0.04, t["top"] + 0.1), (-0.08, t["top"] + 0.42)], [(0.04, t["top"] + 0.1), (0.1, t["top"] + 0.4)])
    _leg_hems(f, t, 0.13, keep=True)   # ribbed cuffs
    _front_pockets(f, t, 0.14, slant=True)


def _wide_leg(f, rng):
    t = _trousers(f, rng, waist=0.42, hip=(0.52, -0.5), hem=(0.62, 0.1), crotch=-0.25)
    _waistband(f, t)
    f.seam([(0, t["top"] + 0.1), (0, t["crotch"])], keep=True)
    f.seam(*[[(x, t["top"] + 0.1), (x + 0.01, t["top"] + 0.35)] for x in (0.16, 0.26)], both=True)  # pleats
    _creases(f, t)


def _chinos(f, rng):
    t = _trousers(f, rng, waist=0.4, hip=(0.46, -0.55), hem=(0.42, 0.12))
    _waistband(f, t, loops=True)
    _fly(f, t)
    _front_pockets(f, t, slant=True)
    _creases(f, t)
    f.dots([(0, t["top"] + 0.05)])


def _cargo(f, rng):
    t = _trousers(f, rng, waist=0.42, hip=(0.5, -0.52), hem=(0.47, 0.12))
    _waistband(f, t, loops=True)
    _fly(f, t)
    x = _outer_x(t, 0.1)
    _pocket(f, x - 0.3, 0.0, x - 0.03, 0.35, flap=True, keep=True)
    _leg_hems(f, t)


def _leggings(f, rng):
    t = _trousers(f, rng, waist=0.35, hip=(0.4, -0.5), knee=(0.3, 0.35), hem=(0.22, 0.1), crotch=-0.35)
    _waistband(f, t, depth=0.12)
    f.seam([(0, t["top"] + 0.12), (0, t["crotch"])], keep=True)


def _palazzo(f, rng):
    t = _trousers(f, rng, waist=0.4, hip=(0.55, -0.45), hem=(0.72, 0.1), crotch=-0.2)
    _waistband(f, t, depth=0.13)
    f.seam([(0, t["top"] + 0.13), (0, t["crotch"])], keep=True)
    f.seam(*[[(x, t["top"] + 0.2), (x * 1.5, t["bottom"] - 0.05)] for x in (0.2, 0.32)], both=True)  # folds


def _track_pants(f, rng):
    t = _trousers(f, rng, waist=0.42, hip=(0.48, -0.5), hem=(0.38, 0.12))
    _waistband(f, t, depth=0.12)
    f.seam([(0, t["top"] + 0.12), (0, t["crotch"])], keep=True)
    side = t["half"][1:]
    f.seam(side + [-0.07, 0], side + [-0.12, 0], keep=True, both=True)  # stripes down the side
    _leg_hems(f, t, 0.1)


def _belted_trousers(f, rng):
    t = _trousers(f, rng, waist=0.38, top=-1.05, hip=(0.48, -0.5), hem=(0.48, 0.11))
    _waistband(f, t, depth=0.14)
    f.seam(_closed(_rect(-0.09, t["top"] + 0.02, 0.09, t["top"] + 0.13)), keep=True)  # buckle
    f.seam([(0, t["top"] + 0.14), (0, t["crotch"])], keep=True)
    f.seam([(0.2, t["top"] + 0.14), (0.21, t["top"] + 0.4)], both=True)
    _creases(f, t)


def _ripped_jeans(f, rng):
    t = _trousers(f, rng, waist=0.4, hip=(0.46, -0.55), hem=(0.41, 0.12))
    _waistband(f, t)
    _fly(f, t)
    x = (t["out"][0] + t["inner"][0]) / 2 + 0.02
    f.seam(*[[(x - 0.1, y), (x + 0.1, y + 0.01)] for y in (0.2, 0.27, 0.34)], both=True)
    _leg_hems(f, t)


TROUSERS = (_jeans, _skinny_jeans, _flares, _joggers, _wide_leg, _chinos, _cargo, _leggings,
            _palazzo, _track_pants, _belted_trousers, _ripped_jeans)


# ---------------------------------------------------------------------------------------------
# 2 Pullover: long sleeves, no opening, ribbed neck, cuffs and hem.

def _ribbed(f, m, neck=True, ribs=True):
    if neck:
        _neck_band(f, m)
    _cuffs(f, m, 0.14, keep=True)   # no rib ticks: on a narrow cuff they only blot it
    _hem_band(f, m, 0.13, keep=True, ribs=7 if ribs else 0)


def _crew_sweater(f, rng):
    m = _top(f, rng, SWEATER)
    _ribbed(f, m)
    _armholes(f, m)


def _turtleneck(f, rng):
    m = _top(f, rng, SWEATER, nw=0.2, nd=0.05)
    nw, top = m["nw"], m["top"]
    height = rng.uniform(0.22, 0.32)
    f.shape([(-nw, top + 0.04), (-nw * 0.92, top - height), (nw * 0.92, top - height), (nw, top + 0.04)])
    f.seam(_across(_neckline("crew", nw, 0.05, top)), keep=True)
    f.seam([(-nw * 0.95, top - height * 0.5), (nw * 0.95, top - height * 0.5)])  # the fold
    _ribbed(f, m, neck=False)


def _hoodie(f, rng):
    m = _top(f, rng, SWEATER, nw=0.2, nd=0.12)
    _hood(f, m)
    top = m["top"]
    f.edge([(-0.07, top + 0.12), (-0.09, top + 0.5)], [(0.07, top + 0.12), (0.1, top + 0.48)])  # drawstrings
    f.seam([(-0.28, 0.15), (0.28, 0.15), (0.38, 0.42), (0.38, 0.62), (-0.38, 0.62), (-0.38, 0.42), (-0.28, 0.15)],
           keep=True)  # kangaroo pocket
    _ribbed(f, m, neck=False, ribs=False)


def _vneck_sweater(f, rng):
    m = _top(f, rng, SWEATER, neck="v", nd=0.35)
    _neck_band(f, m, 0.07, keep=True)
    _ribbed(f, m, neck=False)


def _sweatshirt(f, rng):
    m = _top(f, rng, SWEATER, shoulder=(0.6, -0.78))
    f.seam([(m["nw"] + 0.02, m["top"] + 0.04), m["A"]], both=True)   # raglan
    _neck_band(f, m, 0.07)
    f.seam([(-0.06, m["top"] + m["nd"] + 0.07), (0, m["top"] + m["nd"] + 0.2), (0.06, m["top"] + m["nd"] + 0.07)])
    _ribbed(f, m, neck=False, ribs=False)


def _batwing(f, rng):
    m = _top(f, rng, SWEATER, shoulder=(0.52, -0.86), sleeve=(1.35, 60, 0.18), armpit=(0.44, 0.15),
              hem=(0.42, 0.82))
    _neck_band(f, m)
    _cuffs(f, m, 0.12, keep=True)
    _hem_band(f, m, 0.14, keep=True, ribs=7)


def _cable_knit(f, rng):
    m = _top(f, rng, SWEATER)
    y0, y1 = m["C"][1] + 0.12, m["H"][1] - 0.16
    f.seam(*[_wave((x, y0), (x, y1), 0.05, 5) for x in (-0.25, 0.0, 0.25)], keep=True)
    _ribbed(f, m, ribs=False)


def _yoke_sweater(f, rng):
    m = _top(f, rng, SWEATER)
    top = m["top"]
    f.seam(_arc(0, top, 0.5, 0.48, 20, 160), keep=True)
    f.seam(_zigzag(_arc(0, top, 0.38, 0.34, 30, 150), 0.04, 8))
    _ribbed(f, m, ribs=False)


def _quarter_zip(f, rng):
    m = _top(f, rng, SWEATER, nd=0.05)
    nw, top = m["nw"], m["top"]
    f.shape([(-nw, top + 0.04), (-nw * 0.95, top - 0.16), (nw * 0.95, top - 0.16), (nw, top + 0.04)])
    f.seam([(0, top - 0.16), (0, top + 0.5)], keep=True)
    f.dots([(0.05, top + 0.02)], keep=True)
    _ribbed(f, m, neck=False, ribs=False)


def _striped_jumper(f, rng):
    m = _top(f, rng, SWEATER)
    for y in np.linspace(-0.25, 0.45, 3):
        _across_body(f, m, y, inset=0.01)
    f.seam(_sleeve_line(m, 0.45), _sleeve_line(m, 0.65), both=True)
    _ribbed(f, m, ribs=False)


def _cropped_sweater(f, rng):
    m = _top(f, rng, SWEATER, shoulder=(0.66, -0.82), sleeve=(1.3, 62, 0.3), armpit=(0.62, -0.3),
              hem=(0.6, 0.45))
    f.seam([m["S"], m["A"]], both=True)
    _ribbed(f, m)


def _rib_knit(f, rng):
    m = _top(f, rng, SWEATER, neck="crew", nd=0.1)
    y0, y1 = m["C"][1] + 0.1, m["H"][1] - 0.02
    f.seam(*[[(x, y0 + 0.1 * abs(x)), (x, y1)] for x in np.linspace(-0.36, 0.36, 7)], keep=True)
    _neck_band(f, m)
    _cuffs(f, m, 0.14, keep=True)


PULLOVERS = (_crew_sweater, _turtleneck, _hoodie, _vneck_sweater, _sweatshirt, _batwing, _cable_knit,
             _yoke_sweater, _quarter_zip, _striped_jumper, _cropped_sweater, _rib_knit)


# ---------------------------------------------------------------------------------------------
# 3 Dress: long, narrow at the waist, wider at the hem.

def _a_line(f, rng):
    m = _top(f, rng, DRESS)
    _back_neck(f, m)
    _across_body(f, m, m["W"][1])
    _hem_band(f, m, 0.06)


def _shift(f, rng):
    m = _top(f, rng, DRESS, neck="boat", nw=0.26, nd=0.07, shoulder=(0.44, -0.95), sleeve=(0.25, 25, 0.22),
              armpit=(0.42, -0.55), waist=(0.38, -0.05), hem=(0.48, 1.2))
    f.seam(*[[(x, -0.35), (x, 0.05)] for x in (-0.18, 0.18)])  # darts
    _hem_band(f, m, 0.06)


def _wrap_dress(f, rng):
    m = _top(f, rng, DRESS, neck="v", nw=0.18, nd=0.55, shoulder=(0.44, -0.95), sleeve=(0.3, 28, 0.24),
              armpit=(0.4, -0.55), waist=(0.31, -0.05), hem=(0.64, 1.25))
    W = m["W"]
    f.seam([(0, m["C"][1]), (W[0], W[1])], [(W[0], W[1]), (0.25, m["H"][1])], keep=True)  # the wrap's edge
    _across_body(f, m, W[1] - 0.06)
    f.edge([(W[0], W[1]), (W[0] + 0.15, W[1] + 0.45)], [(W[0] - 0.02, W[1]), (W[0] + 0.02, W[1] + 0.5)])  # tie


def _maxi(f, rng):
    top = -0.55
    half = [(0, top + 0.08), (0.15, top - 0.02), (0.34, top), (0.31, -0.1), (0.7, 1.9), (0, 1.95)]
    f.shape(_sym(half))
    f.edge([(0.26, top), (0.22, -1.0)], both=True)
    f.seam([(-0.31, -0.1), (0.31, -0.1)], keep=True)
    f.seam(*[[(x * 0.3, 0.0), (x, 1.85)] for x in (-0.4, 0.0, 0.4)])  # folds of the skirt


def _slip_dress(f, rng):
    top = -0.55
    half = [(0, top + 0.18), (0.2, top - 0.02), (0.33, top + 0.02), (0.3, 0.0), (0.46, 1.15), (0, 1.15)]
    f.shape(_sym(half))
    f.edge([(0.25, top), (0.2, -1.0)], both=True)
    f.seam(_zigzag([(-0.45, 1.05), (0.45, 1.05)], 0.03, 8))  # lace at the hem


def _shirt_dress(f, rng):
    m = _top(f, rng, DRESS, nw=0.16, nd=0.1, shoulder=(0.44, -0.95), sleeve=(0.32, 30, 0.24),
              armpit=(0.4, -0.55), waist=(0.32, -0.05), hem=(0.6, 1.25))
    _collar(f, m, "point")
    _placket(f, m, -0.05, 4)
    W = m["W"]
    f.seam([(-W[0], W[1] - 0.04), (W[0], W[1] - 0.04)], [(-W[0], W[1] + 0.06), (W[0], W[1] + 0.06)])  # belt


def _tiered(f, rng):
    top = -0.6
    half = [(0, top + 0.1), (0.14, top - 0.02), (0.33, top), (0.3, -0.2), (0.42, 0.3), (0.52, 0.3),
            (0.6, 0.8), (0.7, 0.8), (0.78, 1.3), (0, 1.3)]
    f.shape(_sym(half))
    f.edge([(0.27, top), (0.23, -1.0)], both=True)
    f.seam(*[[(-x, y), (x, y)] for x, y in ((0.3, -0.2), (0.48, 0.3), (0.66, 0.8))], keep=True)


def _strapless(f, rng):
    half = _pts(_bez((0, -0.55), (0.1, -0.72), (0.2, -0.68)), _bez((0.2, -0.68), (0.33, -0.66), (0.34, -0.58))[1:],
                (0.3, -0.05), _bez((0.3, -0.05), (0.5, 0.4), (0.76, 1.05))[1:], (0, 1.1))
    f.shape(_sym(half))
    f.seam([(-0.3, -0.05), (0.3, -0.05)], keep=True)
    f.seam(*[[(x * 0.4, 0.0), (x, 1.0)] for x in (-0.45, -0.15, 0.15, 0.45)])


def _sheath(f, rng):
    m = _top(f, rng, DRESS, neck="crew", nw=0.18, nd=0.12, shoulder=(0.42, -0.96), sleeve=(0.15, 20, 0.2),
              armpit=(0.4, -0.55), waist=(0.32, -0.05), hem=(0.38, 1.2))
    f.seam(*[[(x, -0.3), (x * 0.9, 0.1), (x, 0.4)] for x in (-0.17, 0.17)])  # darts
    _hem_band(f, m, 0.06)


def _halter(f, rng):
    half = [(0, -0.45), (0.06, -1.0), (0.15, -1.0), (0.38, -0.5), (0.31, -0.05), (0.62, 1.2), (0, 1.2)]
    f.shape(_sym(half))
    f.seam(_across([(0, -0.45), (0.3, -0.55)]))
    f.seam([(-0.31, -0.05), (0.31, -0.05)], keep=True)


def _tshirt_dress(f, rng):
    """Long enough, and flared enough, to be a dress rather than a long tee."""
    m = _top(f, rng, TEE, armpit=(0.46, -0.42), waist=(0.4, 0.1), hem=(0.64, 1.55))
    _neck_band(f, m)
    _cuffs(f, m, 0.07)
    _hem_band(f, m, 0.07)


def _babydoll(f, rng):
    m = _top(f, rng, DRESS, neck="square", nw=0.18, nd=0.18, shoulder=(0.4, -0.96),
              sleeve=(0.3, 35, 0.3), armpit=(0.38, -0.55), waist=(0.38, -0.45), hem=(0.72, 0.95))
    y = m["W"][1]
    f.seam([(-0.38, y), (0.38, y)], keep=True)                                   # the yoke under the bust
    f.seam(*[[(x, y + 0.03), (x * 1.5, y + 0.3)] for x in (-0.25, -0.1, 0.1, 0.25)])  # gathers
    _cuffs(f, m, 0.06)


DRESSES = (_a_line, _shift, _wrap_dress, _maxi, _slip_dress, _shirt_dress, _tiered, _strapless, _sheath,
           _halter, _tshirt_dress, _babydoll)


# ---------------------------------------------------------------------------------------------
# 4 Coat: long, long sleeves, open down the front, pockets.

def _hip_pockets(f, m, kind="flap"):
    y = m["H"][1] - 0.55
    x = _side_x(m, y) - 0.08
    if kind == "flap":
        _pocket(f, x - 0.28, y, x, y + 0.26, flap=True)
    elif kind == "welt":   # a slanted slit
        f.seam([(x - 0.22, y + 0.2), (x - 0.06, y - 0.05)], both=True)
    else:
        f.seam([(x - 0.3, y), (x, y)], both=True)


def _trench(f, rng):
    m = _top(f, rng, COAT, nd=0.6, hem=(0.62, 1.25))
    _lapels(f, m, wide=0.18)
    _opening(f, m, x=-0.04)
    f.dots([(x, y) for x in (-0.16, 0.16) for y in (-0.28, 0.0)], keep=True)
    f.seam([(-_side_x(m, 0.12), 0.12), (_side_x(m, 0.12), 0.12)], [(-_side_x(m, 0.22), 0.22), (_side_x(m, 0.22), 0.22)],
           keep=True)  # the belt
    f.seam(_closed(_rect(-0.1, 0.09, 0.06, 0.25)))  # buckle
    f.edge([(0.05, 0.2), (0.14, 0.6)])
    _hip_pockets(f, m, "welt")


def _puffer(f, rng):
    m = _top(f, rng, COAT, neck="crew", nd=0.06, hem=(0.58, 0.95))
    nw, top = m["nw"], m["top"]
    f.shape([(-nw, top + 0.04), (-nw, top - 0.17), (nw, top - 0.17), (nw, top + 0.04)])  # stand collar
    _opening(f, m, top=top - 0.17)
    for y in np.linspace(-0.45, m["H"][1] - 0.2, 4):
        _across_body(f, m, y, keep=y < -0.2)
    f.seam(*[_sleeve_line(m, t) for t in (0.3, 0.55, 0.8)], both=True)


def _peacoat(f, rng):
    m = _top(f, rng, COAT, nd=0.5, hem=(0.6, 0.95))
    _lapels(f, m, wide=0.22)
    _opening(f, m, x=-0.1)
    f.dots([(x, y) for x in (-0.2, 0.12) for y in (-0.3, -0.05, 0.2)], keep=True)
    _hip_pockets(f, m, "welt")


def _parka(f, rng):
    m = _top(f, rng, COAT, neck="crew", nw=0.2, nd=0.12, hem=(0.62, 1.25))
    _hood(f, m, fur=True)
    _opening(f, m)
    _across_body(f, m, 0.05)
    f.dots([(-0.1, 0.05), (0.1, 0.05)])          # drawstring toggles
    _hip_pockets(f, m, "flap")
    _cuffs(f, m, 0.1)


def _zip_coat(f, rng):
    m = _top(f, rng, COAT, neck="crew", nd=0.06, hem=(0.58, 1.15))
    nw, top = m["nw"], m["top"]
    f.shape([(-nw, top + 0.04), (-nw * 1.05, top - 0.2), (nw * 1.05, top - 0.2), (nw, top + 0.04)])
    _opening(f, m, top=top - 0.2)
    f.dots([(0.05, top - 0.12)], keep=True)      # the zip's pull
    _hip_pockets(f, m, "welt")
    _cuffs(f, m, 0.1)


def _blazer_coat(f, rng):
    m = _top(f, rng, COAT, nd=0.7, hem=(0.6, 0.95), hem_dip=0.0)
    _lapels(f, m, wide=0.15)
    _opening(f, m)
    f.dots([(0.06, m["C"][1] + 0.06)], keep=True)
    _hip_pockets(f, m, "flap")
    f.seam([(0.18, -0.5), (0.38, -0.53)])         # chest welt pocket


def _raincoat(f, rng):
    m = _top(f, rng, COAT, neck="crew", nd=0.12, armpit=(0.5, -0.45), hem=(0.74, 1.25))
    _hood(f, m, height=0.4)
    _opening(f, m)
    f.dots_along((0.06, -0.75), (0.06, 0.6), 5, keep=True)   # snaps
    _hip_pockets(f, m, "flap")


def _duffle(f, rng):
    m = _top(f, rng, COAT, neck="crew", nd=0.12, hem=(0.62, 1.1))
    _hood(f, m, height=0.42)
    _opening(f, m)
    f.seam(*[[(-0.16, y), (-0.02, y)] for y in (-0.6, -0.3, 0.0)], keep=True)   # toggles
    f.seam(*[[(0.02, y - 0.03), (0.16, y + 0.03)] for y in (-0.6, -0.3, 0.0)])  # their loops
    _hip_pockets(f, m, "flap")


def _overcoat(f, rng):
    m = _top(f, rng, COAT, nd=0.6, hem=(0.62, 1.4))
    _lapels(f, m)
    _opening(f, m)
    f.dots_along((0.07, -0.3), (0.07, 0.3), 3, keep=True)
    _hip_pockets(f, m, "flap")


def _bomber(f, rng):
    m = _top(f, rng, COAT, neck="crew", nd=0.1, sleeve=(1.5, 70, 0.3), hem=(0.56, 0.7))
    _neck_band(f, m, 0.08, keep=True)
    _opening(f, m)
    _cuffs(f, m, 0.13, keep=True)
    _hem_band(f, m, 0.13, keep=True)
    f.seam(*[[(x, 0.1), (x + 0.15, 0.4)] for x in (0.25,)], both=True)  # slanted pockets


def _wrap_coat(f, rng):
    m = _top(f, rng, COAT, nd=0.75, hem=(0.64, 1.3))
    f.seam(_bez((m["nw"], m["top"]), (m["nw"] + 0.2, -0.3), (0.0, m["C"][1])), keep=True, both=True)  # shawl collar
    _opening(f, m)
    y = m["C"][1] + 0.05
    f.seam([(-_side_x(m, y), y), (_side_x(m, y), y)], [(-_side_x(m, y + 0.1), y + 0.1), (_side_x(m, y + 0.1), y + 0.1)])
    f.edge([(0.15, y + 0.05), (0.25, y + 0.5)], [(0.12, y + 0.08), (0.08, y + 0.48)])  # the tie


def _quilted_jacket(f, rng):
    m = _top(f, rng, COAT, neck="v", nd=0.3, hem=(0.58, 1.0))
    _opening(f, m)
    f.dots_along((0.05, -0.55), (0.05, 0.75), 5, keep=True)
    lines = []
    for c in np.linspace(-1.2, 0.8, 5):   # a diamond lattice, clipped to the body
        for sign in (1, -1):
            x0, x1 = -0.45, 0.45
            y0, y1 = c + sign * 0.9 * (x0 + 0.45), c + sign * 0.9 * (x1 + 0.45)
            t0, t1 = np.clip([y0, y1], -0.4, m["H"][1] - 0.05)
            if abs(t1 - t0) > 0.1:
                lines.append([(x0 + (t0 - y0) / (0.9 * sign), t0), (x0 + (t1 - y0) / (0.9 * sign), t1)])
    f.seam(*lines)


COATS = (_trench, _puffer, _peacoat, _parka, _zip_coat, _blazer_coat, _raincoat, _duffle, _overcoat,
         _bomber, _wrap_coat, _quilted_jacket)


# ---------------------------------------------------------------------------------------------
# 6 Shirt: a collar, a button stand, cuffs.

def _shirt(f, rng, collar="point", **changes) -> dict:
    m = _top(f, rng, SHIRT, **changes)
    _collar(f, m, collar)
    _placket(f, m, m["H"][1] + m["dip"] - 0.04, 6)
    return m


def _shirt_cuffs(f, m):
    _cuffs(f, m, 0.16, keep=True)
    t = 1 - 0.08 / np.hypot(*(m["O"] - m["S"]))
    f.dots([_lerp(*_sleeve_line(m, t), 0.5)], both=True)


def _button_down(f, rng):
    m = _shirt(f, rng)
    _shirt_cuffs(f, m)
    _pocket(f, 0.14, -0.55, 0.34, -0.3, both=False)


def _flannel(f, rng):
    m = _shirt(f, rng)
    _shirt_cuffs(f, m)
    lines = [[(x, -0.72 + 0.3 * abs(x)), (x, m["H"][1] - 0.02)] for x in (-0.32, -0.17, 0.17, 0.32)]
    for y in np.linspace(-0.45, m["H"][1] - 0.12, 4):
        x = _side_x(m, y) - 0.02
        lines.append([(-x, y), (-0.07, y)])
        lines.append([(0.07, y), (x, y)])
    f.seam(*lines, keep=True)   # the check
    f.seam(*[_sleeve_line(m, t) for t in (0.35, 0.6)], both=True)


def _short_sleeve_shirt(f, rng):
    m = _shirt(f, rng, collar="camp", sleeve=(0.45, 32, 0.3), hem_dip=0.0, hem=(0.52, 0.88))
    _cuffs(f, m, 0.07)
    _pocket(f, 0.14, -0.5, 0.34, -0.27, both=False)


def _blouse(f, rng):
    m = _top(f, rng, SHIRT, sleeve=(1.45, 66, 0.3), hem_dip=0.05)
    _collar(f, m, "round")
    f.dots_along((0, m["C"][1] + 0.1), (0, 0.6), 5, keep=True)
    _cuffs(f, m, 0.14, keep=True)
    t = 1 - 0.14 / np.hypot(*(m["O"] - m["S"]))
    line = _sleeve_line(m, t)
    f.seam(*[[_lerp(*line, s), _lerp(*line, s) - (m["O"] - m["S"]) * 0.08] for s in (0.25, 0.5, 0.75)],
           both=True)  # gathers above the cuff


def _denim_shirt(f, rng):
    m = _shirt(f, rng)
    _shirt_cuffs(f, m)
    f.seam(_across([(0, -0.68), (0.5, -0.72)]))   # the yoke
    for x0 in (0.1,):
        f.seam(_closed([(x0, -0.55), (x0 + 0.24, -0.55), (x0 + 0.24, -0.3), (x0 + 0.12, -0.25), (x0, -0.3)]),
               [(x0, -0.48), (x0 + 0.24, -0.48)], keep=True, both=True)


def _mandarin_shirt(f, rng):
    m = _shirt(f, rng, collar="band")
    _shirt_cuffs(f, m)


def _rolled_sleeves(f, rng):
    m = _shirt(f, rng, sleeve=(0.85, 55, 0.28))
    f.seam(_sleeve_line(m, 0.8), _sleeve_line(m, 0.9), keep=True, both=True)   # the roll


def _oxford(f, rng):
    m = _shirt(f, rng, hem_dip=0.2)
    _shirt_cuffs(f, m)
    nw, top = m["nw"], m["top"]
    f.dots([(nw + 0.04, top + 0.24)], both=True)   # button-down collar points
    _pocket(f, 0.14, -0.55, 0.34, -0.3, both=False)


def _hawaiian(f, rng):
    m = _shirt(f, rng, collar="camp", sleeve=(0.45, 32, 0.3), hem_dip=0.0, hem=(0.54, 0.85))
    _cuffs(f, m, 0.07)
    centres = [(-0.3, -0.35), (0.28, -0.1), (-0.22, 0.4), (0.3, 0.55)]
    f.seam(*[_arc(x, y, 0.09, 0.06, 0, 360, 9) for x, y in centres])   # the print


def _tuxedo(f, rng):
    m = _shirt(f, rng)
    _shirt_cuffs(f, m)
    y0 = m["C"][1]
    f.seam(*[[(x, y0 + 0.05), (x, 0.15)] for x in (-0.2, -0.13, 0.13, 0.2)], keep=True)  # pleats
    f.seam(_closed([(0, y0 - 0.02), (-0.16, y0 - 0.09), (-0.16, y0 + 0.05)]),
           _closed([(0, y0 - 0.02), (0.16, y0 - 0.09), (0.16, y0 + 0.05)]))  # bow tie


def _western(f, rng):
    m = _shirt(f, rng)
    _shirt_cuffs(f, m)
    f.seam([(0.52, -0.65), (0.25, -0.6), (0.12, -0.45), (0.05, -0.55)], keep=True, both=True)  # pointed yokes
    f.seam([(0.14, -0.35), (0.36, -0.35), (0.25, -0.26), (0.14, -0.35)], both=True)           # flaps


def _shirt_and_tie(f, rng):
    m = _top(f, rng, SHIRT)
    _collar(f, m, "point")
    _shirt_cuffs(f, m)
    y0 = m["C"][1]
    f.seam(_closed([(-0.05, y0), (0.05, y0), (0.035, y0 + 0.08), (-0.035, y0 + 0.08)]),
           _closed([(-0.035, y0 + 0.08), (0.035, y0 + 0.08), (0.08, 0.3), (0, 0.4), (-0.08, 0.3)]), keep=True)


SHIRTS = (_button_down, _flannel, _short_sleeve_shirt, _blouse, _denim_shirt, _mandarin_shirt,
          _rolled_sleeves, _oxford, _hawaiian, _tuxedo, _western, _shirt_and_tie)


# ---------------------------------------------------------------------------------------------
# Shoes, seen from the side, toe to the left. Ground at y = GROUND.

GROUND = 0.45


def _flat_sole(f, top=0.28, bottom=GROUND, front=-1.02, back=1.0, keep=True) -> None:
    """A sole: a long slab with rounded ends, and the line where the upper meets it."""
    r = (bottom - top) / 2
    f.shape(_pts(_arc(front + r, top + r, r * 1.4, r, 90, 270, 9), _arc(back - r, top + r, r, r, 270, 450, 9)))
    f.seam([(front + r * 0.5, top), (back - r * 0.5, top)], keep=keep)


def _insole(height: float, ball=-0.45) -> np.ndarray:
    """The line a heeled shoe's foot stands on: flat under the toes, rising to the heel seat."""
    seat = GROUND - 0.12 - height
    return _pts((-1.0, GROUND - 0.12), (ball, GROUND - 0.12),
                _bez((ball, GROUND - 0.12), (0.2, GROUND - 0.12), (0.55, seat + 0.05))[1:], (0.95, seat))


def _heeled_sole(f, height: float, heel: str = "block") -> np.ndarray:
    """A thin sole along the insole, and a heel under its back: stiletto, block or wedge."""
    line = _insole(height)
    f.shape(_band(line + [0, 0.06], 0.12))
    seat = line[-1, 1] + 0.12
    if heel == "stiletto":
        f.shape([(0.68, seat - 0.02), (0.97, seat), (0.88, GROUND), (0.82, GROUND), (0.78, seat + 0.12)])
    elif heel == "wedge":
        f.shape(_pts(_band(line + [0, 0.06], 0.12)[len(line) // 3: len(line)], (0.97, GROUND), (-0.3, GROUND)))
    else:
        f.shape([(0.62, seat - 0.03), (0.97, seat), (0.95, GROUND), (0.68, GROUND)])
    return line


def _arch(x0, x1, peak, y=0.28) -> np.ndarray:
    """A strap over the foot, from the sole at x0 to the sole at x1, up to `peak` (x, y)."""
    px, py = peak
    return _bez((x0, y), (2 * px - (x0 + x1) / 2, 2 * py - y), (x1, y), 13)


# 5 Sandal: a sole and straps, the gaps between them open.

def _ankle_strap(f, cx, cy, heel, wide=False):
    """A strap round the ankle (a flat ring, seen from the side), held by a strap up the back of
    the heel from the sole at `heel`."""
    rx = 0.27
    ring = _arc(cx, cy, rx, 0.09, 0, 360)
    back = [heel, (cx + rx - 0.02, cy)]
    if wide:
        f.shape(_band(ring, 0.08))
        f.shape(_band(back, 0.1))
    else:
        f.edge(ring, back)
    f.seam(_closed(_rect(cx - rx - 0.05, cy - 0.05, cx - rx + 0.05, cy + 0.06)))   # buckle


def _strappy_flat(f, rng):
    _flat_sole(f, top=0.32)
    for x0, x1, peak in ((-0.92, -0.6, (-0.75, -0.02)), (-0.5, -0.1, (-0.25, -0.18)), (-0.05, 0.35, (0.18, -0.32))):
        f.edge(_arch(x0, x1, peak, 0.32))
    _ankle_strap(f, 0.55, -0.3, heel=(0.92, 0.32))


def _slide(f, rng):
    _flat_sole(f, top=0.18)
    outer = _arch(-0.85, 0.15, (-0.35, -0.3), 0.18)
    inner = _arch(-0.7, 0.02, (-0.35, -0.12), 0.18)
    f.shape(np.vstack([outer, inner[::-1]]))
    f.seam([(-0.55, -0.18), (-0.15, -0.2)])   # a logo's line across the band


def _flip_flop(f, rng):
    _flat_sole(f, top=0.25, bottom=GROUND)
    f.edge([(-0.62, 0.25), (-0.56, -0.15), (0.1, 0.25)], [(-0.56, -0.15), (-0.05, 0.1)])  # the Y strap
    f.dots([(-0.56, -0.15)], keep=True)


def _gladiator(f, rng):
    _flat_sole(f, top=0.32)
    for x0, x1, peak in ((-0.9, -0.55, (-0.72, 0.0)), (-0.45, -0.1, (-0.28, -0.15))):
        f.edge(_arch(x0, x1, peak, 0.32))
    for cy in (-0.25, -0.55, -0.85):
        f.edge(_arc(0.6, cy, 0.23, 0.08, 0, 360))
    f.edge([(0.37, -0.25), (0.37, -0.85)], [(0.9, 0.32), (0.83, -0.85)])


def _stiletto_sandal(f, rng):
    line = _heeled_sole(f, 0.55, "stiletto")
    toe = line[0] + [0.1, 0]
    f.shape(_band(_arch(toe[0], toe[0] + 0.45, (toe[0] + 0.2, toe[1] - 0.3), toe[1]), 0.09))
    _ankle_strap(f, 0.68, -0.62, heel=line[-1])


def _block_heel_sandal(f, rng):
    line = _heeled_sole(f, 0.4, "block")
    y = line[0][1]
    f.shape(_band(_arch(-0.9, -0.45, (-0.68, y - 0.32), y), 0.12))
    f.shape(_band(_arch(-0.3, 0.25, (-0.05, y - 0.55), y - 0.12), 0.12))
    _ankle_strap(f, 0.68, -0.5, heel=line[-1], wide=True)


def _wedge_sandal(f, rng):
    line = _heeled_sole(f, 0.45, "wedge")
    y = line[0][1]
    f.edge(_arch(-0.9, -0.2, (-0.5, y - 0.42), y), [(-0.85, y), (-0.1, y - 0.6)])
    _ankle_strap(f, 0.68, -0.55, heel=line[-1])
    f.seam(*[[(x, GROUND - 0.02), (x + 0.08, GROUND - 0.18)] for x in np.linspace(0.0, 0.8, 6)])  # rope texture


def _sport_sandal(f, rng):
    _flat_sole(f, top=0.22, bottom=GROUND)
    f.seam(_zigzag([(-0.9, GROUND - 0.03), (0.9, GROUND - 0.03)], 0.03, 10))   # tread
    for x0, x1, peak in ((-0.88, -0.45, (-0.66, -0.1)), (-0.3, 0.25, (-0.02, -0.35))):
        f.shape(_band(_arch(x0, x1, peak, 0.22), 0.13))
    f.shape(_band(_arc(0.6, -0.4, 0.32, 0.1, 0, 360), 0.12))
    f.shape(_band([(0.9, 0.22), (0.82, -0.4)], 0.12))
    f.seam(_closed(_rect(-0.1, -0.34, 0.08, -0.24)), _closed(_rect(0.3, -0.46, 0.44, -0.34)))  # hook-and-loop pads


def _platform_sandal(f, rng):
    _flat_sole(f, top=0.08, bottom=GROUND)
    f.seam([(-0.95, 0.27), (0.95, 0.27)])
    f.shape(_band(_arch(-0.9, -0.35, (-0.62, -0.28), 0.08), 0.14))
    f.shape(_band(_arch(-0.2, 0.35, (0.08, -0.42), 0.08), 0.14))
    _ankle_strap(f, 0.6, -0.45, heel=(0.92, 0.08))


def _t_bar(f, rng):
    _flat_sole(f, top=0.32)
    f.edge(_arch(-0.92, -0.5, (-0.71, 0.0), 0.32), [(-0.71, 0.0), (0.27, -0.3)])   # the T
    _ankle_strap(f, 0.55, -0.3, heel=(0.92, 0.32))


def _cross_strap(f, rng):
    _flat_sole(f, top=0.32)
    f.shape(_band([(-0.85, 0.32), (-0.1, -0.22)], 0.11))
    f.shape(_band([(-0.1, 0.32), (-0.8, -0.12)], 0.11))
    _ankle_strap(f, 0.5, -0.3, heel=(0.92, 0.32))


def _espadrille_sandal(f, rng):
    _flat_sole(f, top=0.22)
    f.seam(*[[(x, 0.26), (x + 0.06, GROUND - 0.03)] for x in np.linspace(-0.85, 0.8, 10)])  # rope
    f.shape(_band(_arch(-0.9, -0.3, (-0.6, -0.18), 0.22), 0.14))
    f.edge(_arc(0.55, -0.45, 0.27, 0.09, 0, 360), [(0.28, -0.45), (0.1, -0.1)], [(0.28, -0.45), (0.0, -0.2)],
           [(0.9, 0.22), (0.81, -0.45)])   # ankle ties


SANDALS = (_strappy_flat, _slide, _flip_flop, _gladiator, _stiletto_sandal, _block_heel_sandal, _wedge_sandal,
           _sport_sandal, _platform_sandal, _t_bar, _cross_strap, _espadrille_sandal)


# 7 Sneaker: low, a thick sole band, laces over the instep.

def _sneaker_upper(f, throat=(-0.38, -0.16), tongue=(0.1, -0.5), heel=(0.85, -0.42), sole=0.28,
                   collar_dip=-0.25) -> dict:
    """A low shoe's upper over a sole line at y = `sole`; returns where its laces go."""
    (tx, ty), (gx, gy), (hx, hy) = throat, tongue, heel
    outline = _pts((-1.0, sole), _bez((-1.0, sole), (-1.05, -0.02), (-0.78, -0.04))[1:], (tx, ty),
                   (gx - 0.05, gy + 0.1), (gx, gy), (gx + 0.15, gy + 0.02), (gx + 0.2, collar_dip - 0.05),
                   _bez((gx + 0.2, collar_dip - 0.05), ((gx + hx) / 2 + 0.1, collar_dip + 0.05), (hx, hy))[1:],
                   _bez((hx, hy), (1.06, -0.3), (1.0, sole))[1:])
    f.shape(outline)
    return dict(throat=np.array(throat), tongue=np.array([gx - 0.05, gy + 0.1]), sole=sole, heel=np.array(heel))


def _laces(f, s, n=5, keep=True):
    """Lace bars across the throat, each from an eyelet up to the throat's edge."""
    p, q = s["throat"], s["tongue"]
    drop = np.array([0.05, 0.12])
    eyelets = [_lerp(p, q, t) + drop for t in np.linspace(0.12, 0.88, n)]
    f.seam(*[[e, _lerp(p, q, t + 0.1)] for e, t in zip(eyelets, np.linspace(0.12, 0.88, n))], keep=keep)
    f.dots(eyelets)


def _toe_cap(f, s, x=-0.72):
    f.seam(_bez((x, s["sole"]), (x - 0.05, -0.05), (x - 0.12, -0.06)))


def _heel_counter(f, s):
    f.seam(_bez((0.6, s["sole"]), (0.75, -0.05), (s["heel"][0] - 0.02, s["heel"][1] + 0.12)))


def _low_top(f, rng):
    s = _sneaker_upper(f)
    _flat_sole(f, top=0.28)
    _laces(f, s)
    _toe_cap(f, s)
    _heel_counter(f, s)


def _slip_on(f, rng):
    s = _sneaker_upper(f, throat=(-0.3, -0.12), tongue=(0.08, -0.32), heel=(0.85, -0.36), collar_dip=-0.22)
    _flat_sole(f, top=0.26)
    f.seam([(-0.95, 0.36), (0.95, 0.36)])
    f.seam([(-0.05, -0.3), (0.02, -0.1), (0.1, -0.3)], keep=True)  # elastic gore
    _toe_cap(f, s)


def _runner(f, rng):
    s = _sneaker_upper(f, heel=(0.82, -0.45))
    f.shape(_pts((-1.0, 0.28), _bez((-0.4, 0.3), (0.4, 0.2), (1.0, 0.15)), (1.03, 0.4),
                 _bez((1.03, 0.4), (0.0, 0.5), (-0.9, 0.45)), (-1.05, 0.35)))
    f.seam(_bez((-1.0, 0.29), (0.2, 0.26), (1.0, 0.16)), keep=True)
    f.seam(_bez((-0.5, 0.15), (0.2, 0.25), (0.55, -0.25)), keep=True)   # the stripe
    _laces(f, s)


def _high_top(f, rng):
    outline = _pts((-1.0, 0.28), _bez((-1.0, 0.28), (-1.05, -0.02), (-0.78, -0.04))[1:], (-0.35, -0.15),
                   (0.05, -0.45), (0.12, -0.95), (0.3, -1.05), (0.78, -0.98), (0.86, -0.5),
                   _bez((0.86, -0.5), (1.06, -0.2), (1.0, 0.28))[1:])
    f.shape(outline)
    _flat_sole(f, top=0.28)
    f.seam([(-0.95, 0.37), (0.95, 0.37)])
    s = dict(throat=np.array([-0.3, -0.18]), tongue=np.array([0.12, -0.9]), sole=0.28, heel=np.array([0.86, -0.5]))
    _laces(f, s, n=7)
    f.seam(_arc(0.58, -0.45, 0.13, 0.13, 0, 360))   # the ankle patch
    _toe_cap(f, s)


def _plimsoll(f, rng):
    s = _sneaker_upper(f, tongue=(0.05, -0.4), heel=(0.85, -0.32), collar_dip=-0.2)
    _flat_sole(f, top=0.24)
    f.seam([(-0.95, 0.34), (0.95, 0.34)], keep=True)
    f.seam(_bez((-0.62, 0.24), (-0.68, -0.05), (-0.85, -0.04)))
    _laces(f, s, n=3)


def _chunky(f, rng):
    s = _sneaker_upper(f, sole=0.18, heel=(0.85, -0.45))
    f.shape(_pts(_zigzag([(-1.05, 0.18), (1.02, 0.12)], 0.02, 6), (1.05, GROUND), (-0.95, GROUND)))
    f.seam(_wave((-0.95, 0.3), (0.95, 0.3), 0.04, 3), keep=True)
    f.seam(_bez((-0.6, 0.18), (-0.2, -0.05), (0.2, 0.18)), _bez((0.2, 0.18), (0.5, -0.15), (0.8, 0.1)))
    _laces(f, s)


def _tennis(f, rng):
    s = _sneaker_upper(f)
    _flat_sole(f, top=0.28)
    f.seam(*[[(x, 0.26), (x + 0.3, -0.25)] for x in (-0.2, -0.05, 0.1)], keep=True)  # three stripes
    _laces(f, s, n=4, keep=False)
    _heel_counter(f, s)


def _skate_shoe(f, rng):
    s = _sneaker_upper(f, tongue=(0.1, -0.55), heel=(0.85, -0.45), collar_dip=-0.3, sole=0.24)
    _flat_sole(f, top=0.24, bottom=GROUND + 0.03)
    f.seam([(-0.95, 0.34), (0.95, 0.34)])
    f.seam(_pts(_bez((0.3, -0.3), (0.55, -0.18), (0.85, -0.34))), keep=True)   # padded collar
    f.seam(_wave((-0.3, 0.15), (0.6, 0.05), 0.06, 1.5))
    _laces(f, s)


def _velcro(f, rng):
    s = _sneaker_upper(f, tongue=(0.08, -0.48))
    _flat_sole(f, top=0.28)
    for t in (0.2, 0.5, 0.8):
        p = _lerp(s["throat"], s["tongue"], t)
        f.seam(_band([p + [0.02, -0.02], p + [0.25, 0.28]], 0.1), keep=True)
    _toe_cap(f, s)


def _sock_runner(f, rng):
    _sneaker_upper(f, throat=(-0.35, -0.2), tongue=(0.12, -0.62), heel=(0.8, -0.62), collar_dip=-0.62, sole=0.22)
    f.shape(_pts((-1.0, 0.22), (1.0, 0.16), (1.03, GROUND), (-0.92, GROUND), (-1.05, 0.35)))
    f.seam([(-1.0, 0.22), (1.0, 0.16)], keep=True)
    f.seam(*[[(x, -0.6), (x + 0.02, -0.45)] for x in (0.25, 0.4, 0.55, 0.7)])   # ribbed sock collar
    f.seam(_wave((-0.9, 0.34), (0.95, 0.32), 0.04, 4))


def _bubble_trainer(f, rng):
    s = _sneaker_upper(f, sole=0.22, heel=(0.85, -0.42))
    f.shape(_pts((-1.03, 0.22), (1.02, 0.18), (1.03, GROUND), (-0.9, GROUND), (-1.08, 0.35)))
    f.seam([(-1.0, 0.22), (1.0, 0.18)], keep=True)
    f.hole(_arc(0.6, 0.33, 0.2, 0.05, 0, 360))   # the air window in the heel
    f.seam(_bez((-0.9, 0.05), (0.0, 0.12), (0.9, 0.0)))   # mudguard
    _laces(f, s)


def _retro_runner(f, rng):
    s = _sneaker_upper(f, heel=(0.83, -0.4))
    _flat_sole(f, top=0.28, bottom=GROUND + 0.02)
    f.seam(_bez((-0.7, 0.28), (-0.7, -0.05), (-0.9, -0.05)), _bez((0.55, 0.28), (0.6, -0.1), (0.83, -0.3)))
    f.seam(_wave((-0.4, 0.22), (0.45, -0.15), 0.04, 1), keep=True)
    f.dots([(-0.9, 0.1), (-0.82, 0.14), (-0.85, 0.02)])   # perforations
    _laces(f, s)


SNEAKERS = (_low_top, _slip_on, _runner, _high_top, _plimsoll, _chunky, _tennis, _skate_shoe, _velcro,
            _sock_runner, _bubble_trainer, _retro_runner)


# 9 Ankle boot: a shaft up to the ankle, a heel.

def _boot_upper(f, top=-1.0, front=0.12, back=0.88, toe=-1.0, sole=0.28, point=False) -> None:
    tip = (toe, sole - 0.02) if point else (toe, sole)
    toe_top = (toe + 0.28, -0.02) if point else (toe + 0.22, -0.02)
    outline = _pts(tip, _bez(tip, (toe - 0.04 if not point else toe + 0.15, -0.02), toe_top)[1:],
                   (-0.25, -0.2), _bez((-0.25, -0.2), (front - 0.05, -0.3), (front, -0.55))[1:], (front + 0.02, top),
                   (back, top), (back + 0.03, -0.45), _bez((back + 0.03, -0.45), (1.06, -0.1), (0.98, sole))[1:])
    f.shape(outline)


def _chelsea(f, rng):
    _boot_upper(f)
    _flat_sole(f, top=0.28, bottom=GROUND)
    f.shape([(0.62, 0.28), (0.97, 0.28), (0.96, GROUND + 0.02), (0.64, GROUND + 0.02)])
    f.seam(_bez((0.26, -1.0), (0.46, 0.0), (0.68, -1.0)), keep=True)   # the elastic side panel
    f.seam(*[[(x, -0.95), (x, -0.75 + 0.25 * (1 - abs(x - 0.47) / 0.2))] for x in (0.37, 0.47, 0.57)])
    f.edge(_arc(0.86, -1.07, 0.05, 0.12, 90, 360))   # pull tab


def _lace_up_boot(f, rng):
    _boot_upper(f, top=-1.05)
    _flat_sole(f, top=0.28, bottom=GROUND + 0.04)
    s = dict(throat=np.array([-0.35, -0.15]), tongue=np.array([0.12, -1.0]), sole=0.28, heel=np.array([0.9, -0.45]))
    _laces(f, s, n=6)
    f.seam([(0.12, -1.05), (0.14, -1.15), (0.3, -1.15), (0.3, -1.05)])   # tongue above the top


def _heeled_bootie(f, rng):
    line = _heeled_sole(f, 0.5, "stiletto")
    seat = line[-1][1]
    f.shape(_pts((-1.02, line[0][1] + 0.01), _bez((-1.02, line[0][1]), (-0.7, -0.05), (-0.3, -0.2))[1:],
                 _bez((-0.3, -0.2), (0.15, -0.3), (0.18, -0.6))[1:], (0.2, -1.1), (0.85, -1.1), (0.88, -0.5),
                 (0.98, seat), line[::-1][1:]))
    f.seam([(0.6, -1.05), (0.6, seat - 0.05)], keep=True)   # side zip
    f.dots([(0.6, -1.0)])


def _combat_boot(f, rng):
    _boot_upper(f, top=-1.1, sole=0.22)
    f.shape(_pts((-1.04, 0.22), (1.0, 0.22), _zigzag([(1.0, GROUND + 0.05), (-0.95, GROUND + 0.05)], 0.04, 10)))
    f.seam([(-0.98, 0.33), (0.98, 0.33)])
    s = dict(throat=np.array([-0.4, -0.12]), tongue=np.array([0.12, -1.05]), sole=0.22, heel=np.array([0.9, -0.45]))
    _laces(f, s, n=7)
    f.seam([(0.14, -0.98), (0.88, -0.98)])   # padded collar
    _toe_cap(f, s, x=-0.65)


def _zip_boot(f, rng):
    _boot_upper(f, point=True)
    _flat_sole(f, top=0.28, bottom=0.36)
    f.shape([(0.6, 0.3), (0.97, 0.28), (0.95, GROUND), (0.66, GROUND)])
    f.seam([(0.5, -1.0), (0.5, 0.25)], keep=True)
    f.dots([(0.5, -0.94)], keep=True)


def _chukka(f, rng):
    _boot_upper(f, top=-0.75, front=0.08)
    _flat_sole(f, top=0.28, bottom=GROUND + 0.04)
    f.seam(*[[(x, 0.3), (x + 0.04, GROUND)] for x in np.linspace(-0.8, 0.8, 9)])   # crepe texture
    f.seam(_bez((0.1, -0.45), (0.35, -0.2), (0.3, 0.28)))   # the quarter's seam
    f.dots([(0.18, -0.62), (0.16, -0.42)], keep=True)
    f.edge([(0.16, -0.62), (-0.02, -0.45)], [(0.16, -0.42), (-0.05, -0.3)])


def _western_boot(f, rng):
    line = _heeled_sole(f, 0.35, "block")
    seat = line[-1][1]
    f.shape(_pts((-1.04, line[0][1]), _bez((-1.04, line[0][1]), (-0.65, -0.05), (-0.25, -0.22))[1:],
                 _bez((-0.25, -0.22), (0.12, -0.35), (0.15, -0.65))[1:], (0.15, -1.05), (0.5, -0.9), (0.85, -1.05),
                 (0.88, -0.5), (0.98, seat), line[::-1][1:]))
    f.seam(_bez((-0.6, 0.0), (0.1, -0.1), (0.35, -0.6)), _bez((0.35, -0.6), (0.5, -0.2), (0.7, -0.6)))   # stitching
    f.edge([(0.2, -1.05), (0.22, -1.18)], [(0.82, -1.05), (0.8, -1.18)])   # pull tabs


def _wedge_bootie(f, rng):
    line = _heeled_sole(f, 0.4, "wedge")
    seat = line[-1][1]
    f.shape(_pts((-1.02, line[0][1]), _bez((-1.02, line[0][1]), (-0.7, -0.05), (-0.3, -0.2))[1:],
                 _bez((-0.3, -0.2), (0.12, -0.3), (0.15, -0.6))[1:], (0.18, -1.05), (0.85, -1.05), (0.88, -0.5),
                 (0.98, seat), line[::-1][1:]))
    f.seam([(0.55, -1.0), (0.55, seat - 0.05)])
    f.seam(_bez((-0.5, line[0][1] + 0.12), (0.3, 0.3), (0.95, seat + 0.12)), keep=True)


def _hiking_boot(f, rng):
    _boot_upper(f, top=-1.0, sole=0.22)
    f.shape(_pts((-1.04, 0.22), (1.0, 0.22), _zigzag([(1.0, GROUND + 0.04), (-0.95, GROUND + 0.04)], 0.035, 8)))
    f.seam(_wave((-0.95, 0.08), (0.95, 0.1), 0.05, 3), keep=True)   # mudguard
    s = dict(throat=np.array([-0.38, -0.14]), tongue=np.array([0.12, -0.95]), sole=0.22, heel=np.array([0.9, -0.45]))
    _laces(f, s, n=6)
    f.seam(_bez((0.14, -0.9), (0.5, -0.8), (0.88, -0.92)))


def _sock_boot(f, rng):
    line = _heeled_sole(f, 0.55, "stiletto")
    seat = line[-1][1]
    f.shape(_pts((-1.02, line[0][1]), _bez((-1.02, line[0][1]), (-0.6, -0.1), (-0.2, -0.22))[1:],
                 _bez((-0.2, -0.22), (0.18, -0.35), (0.22, -0.7))[1:], (0.25, -1.15), (0.8, -1.15),
                 (0.82, -0.6), (0.98, seat), line[::-1][1:]))


def _platform_boot(f, rng):
    _boot_upper(f, top=-1.0, sole=0.15)
    f.shape([(-1.05, 0.15), (1.0, 0.15), (0.98, GROUND + 0.05), (-0.9, GROUND + 0.05)])
    f.seam([(-1.0, 0.15), (1.0, 0.15)], keep=True)
    f.shape(_band([(0.1, -0.5), (0.9, -0.62)], 0.13))   # ankle strap
    f.seam(_closed(_rect(0.25, -0.6, 0.38, -0.45)), keep=True)   # buckle


def _work_boot(f, rng):
    _boot_upper(f, top=-1.0)
    _flat_sole(f, top=0.28, bottom=GROUND + 0.04)
    f.seam([(-0.98, 0.36), (0.98, 0.36)])   # welt
    s = dict(throat=np.array([-0.35, -0.15]), tongue=np.array([0.12, -0.95]), sole=0.28, heel=np.array([0.9, -0.45]))
    _laces(f, s, n=5)
    _toe_cap(f, s, x=-0.6)
    f.edge(_arc(0.9, -1.05, 0.06, 0.1, 180, 450))   # pull loop


BOOTS = (_chelsea, _lace_up_boot, _heeled_bootie, _combat_boot, _zip_boot, _chukka, _western_boot, _wedge_bootie,
         _hiking_boot, _sock_boot, _platform_boot, _work_boot)


# ---------------------------------------------------------------------------------------------
# 8 Bag: a body, seen from the front, with handles or a strap.

def _handle(f, x0, x1, top, base, width=0.09):
    """A handle arching from (x0, base) to (x1, base) up to y = top: a band, open underneath."""
    f.shape(_band(_bez((x0, base), ((x0 + x1) / 2, 2 * top - base), (x1, base), 15), width))


def _tote(f, rng):
    f.shape([(-0.72, -0.25), (0.72, -0.25), (0.62, 0.95), (-0.62, 0.95)])
    _handle(f, -0.4, 0.4, -0.95, -0.2)
    f.seam([(-0.71, -0.13), (0.71, -0.13)])


def _handbag(f, rng):
    f.shape(_pts((-0.58, -0.2), (0.58, -0.2), (0.8, 0.75), _bez((0.8, 0.75), (0.8, 0.9), (0.6, 0.9))[1:],
                 (-0.6, 0.9), _bez((-0.6, 0.9), (-0.8, 0.9), (-0.8, 0.75))[1:]))
    _handle(f, -0.35, 0.35, -0.8, -0.18, 0.08)
    f.seam(_bez((-0.63, 0.0), (0, 0.45), (0.63, 0.0)), keep=True)   # the flap
    f.seam(_closed(_rect(-0.06, 0.18, 0.06, 0.3)))                # clasp


def _backpack(f, rng):
    f.shape(_pts(_arc(0, -0.4, 0.62, 0.45, 180, 360), (0.65, 0.9), (-0.65, 0.9)))
    f.edge(_arc(0, -0.85, 0.12, 0.12, 180, 360))                   # grab loop
    f.seam(_arc(0, -0.35, 0.5, 0.36, 190, 350), keep=True)         # the zip round the top
    f.seam(_pts(_arc(0, 0.2, 0.45, 0.12, 180, 360), (0.45, 0.75), (-0.45, 0.75), (-0.45, 0.2)), keep=True)  # pocket
    f.edge(_bez((0.55, -0.65), (0.95, 0.0), (0.66, 0.7)), both=True)   # shoulder straps showing at the sides


def _clutch(f, rng):
    f.shape(_rect(-0.95, -0.35, 0.95, 0.35))
    f.seam([(-0.95, -0.35), (0, 0.15), (0.95, -0.35)], keep=True)  # envelope flap
    f.dots([(0, 0.1)], keep=True)


def _shoulder_bag(f, rng):
    f.shape(_pts((-0.7, 0.0), (0.7, 0.0), (0.7, 0.7), _bez((0.7, 0.7), (0.7, 0.85), (0.55, 0.85))[1:],
                 (-0.55, 0.85), _bez((-0.55, 0.85), (-0.7, 0.85), (-0.7, 0.7))[1:]))
    f.edge(_arc(0, 0.0, 0.64, 1.0, 180, 360, 21))                      # the long strap
    f.seam([(-0.7, 0.35), (0.7, 0.35)], keep=True)
    f.dots([(0, 0.35)])


def _bucket_bag(f, rng):
    f.shape(_pts((-0.5, -0.3), (0.5, -0.3), _bez((0.5, -0.3), (0.8, 0.9), (0.0, 0.9))[1:],
                 _bez((0.0, 0.9), (-0.8, 0.9), (-0.5, -0.3))[1:]))
    f.seam(_arc(0, -0.3, 0.5, 0.08, 0, 180), keep=True)
    f.seam(*[[(x, -0.2), (x * 1.1, 0.0)] for x in (-0.3, -0.1, 0.1, 0.3)])   # gathers of the drawstring
    f.edge([(0.1, -0.22), (0.2, 0.25)], [(0.05, -0.22), (0.0, 0.3)])
    f.edge(_arc(0, -0.25, 0.47, 0.7, 180, 360))


def _satchel(f, rng):
    f.shape(_rect(-0.75, -0.3, 0.75, 0.85))
    f.seam([(-0.75, -0.3), (-0.75, 0.3), (0.75, 0.3), (0.75, -0.3)], keep=True)   # flap
    for x in (-0.4, 0.4):
        f.seam(_closed(_rect(x - 0.08, 0.0, x + 0.08, 0.45)), _closed(_rect(x - 0.11, 0.15, x + 0.11, 0.3)))
    _handle(f, -0.25, 0.25, -0.65, -0.28, 0.07)


def _duffel(f, rng):
    f.shape(_pts(_arc(-0.8, 0.15, 0.25, 0.45, 90, 270), _arc(0.8, 0.15, 0.25, 0.45, 270, 450)))
    f.seam(_arc(-0.8, 0.15, 0.15, 0.35, 0, 360), _arc(0.8, 0.15, 0.15, 0.35, 0, 360))   # end panels
    f.seam([(-0.8, -0.2), (0.8, -0.2)], keep=True)                                     # zip
    _handle(f, -0.35, 0.35, -0.85, -0.3, 0.08)


def _cutout_bag(f, rng):
    f.shape(_pts((-0.65, -0.9), (0.65, -0.9), (0.75, 0.85), (-0.75, 0.85)))
    f.hole(_pts(_arc(-0.22, -0.6, 0.1, 0.1, 90, 270), _arc(0.22, -0.6, 0.1, 0.1, 270, 450)))  # handle hole
    f.seam([(-0.68, -0.35), (0.68, -0.35)])


def _messenger(f, rng):
    f.shape(_rect(-0.9, -0.15, 0.9, 0.7))
    f.seam([(-0.9, -0.15), (-0.88, 0.45), (0.88, 0.45), (0.9, -0.15)], keep=True)
    f.seam(_closed(_rect(-0.07, 0.3, 0.07, 0.55)))
    f.edge(_arc(0, -0.15, 0.84, 0.85, 180, 360, 21))


def _chain_bag(f, rng):
    f.shape(_rect(-0.55, 0.1, 0.55, 0.8))
    f.seam([(-0.55, 0.1), (0, 0.45), (0.55, 0.1)], keep=True)
    chain = _arc(0, 0.12, 0.5, 0.9, 180, 360, 21)
    f.edge(chain)
    f.edge(*[[p - [0.03, 0], p + [0.03, 0]] for p in chain[2:-2:2]])   # the links


def _paper_bag(f, rng):
    f.shape(_rect(-0.7, -0.3, 0.7, 0.9))
    f.edge(_bez((-0.3, -0.3), (0, -1.3), (0.3, -0.3)), _bez((-0.22, -0.3), (0.05, -1.15), (0.35, -0.3)))
    f.seam([(-0.7, -0.3), (-0.6, -0.05), (-0.7, 0.9)], [(0.7, -0.3), (0.6, -0.05), (0.7, 0.9)])   # folded sides
    f.seam([(-0.6, 0.75), (0.6, 0.75)])


def _doctor_bag(f, rng):
    f.shape(_pts(_bez((-0.85, 0.0), (-0.8, -0.55), (0, -0.55)), _bez((0, -0.55), (0.8, -0.55), (0.85, 0.0))[1:],
                 (0.8, 0.85), (-0.8, 0.85)))
    f.seam(_bez((-0.75, -0.05), (0, -0.6), (0.75, -0.05)), keep=True)
    f.seam([(-0.5, -0.35), (-0.5, 0.85)], [(0.5, -0.35), (0.5, 0.85)])
    _handle(f, -0.3, 0.3, -0.95, -0.45, 0.08)


BAGS = (_tote, _handbag, _backpack, _clutch, _shoulder_bag, _bucket_bag, _satchel, _duffel, _cutout_bag,
        _messenger, _chain_bag, _paper_bag, _doctor_bag)

DESIGNS = (TOPS, TROUSERS, PULLOVERS, DRESSES, COATS, SANDALS, SHIRTS, SNEAKERS, BAGS, BOOTS)


# ---------------------------------------------------------------------------------------------
# The hand: how a student puts a flat on the canvas.

class _Hand:
    """One drawing's habits: its size and place on the canvas, tilt and stretch, brush, wobble."""

    def __init__(self, rng):
        self.size = rng.uniform(0.45, 0.95)               # longest side, of the canvas
        self.tilt = math.radians(rng.uniform(-10, 10))
        self.stretch = rng.uniform(-0.15, 0.15)            # wider or narrower than designed
        drawing = self.size * CANVAS
        # One brush for the whole drawing; a big brush on a small drawing is capped, since a
        # student shrinks the brush rather than paint a blob.
        self.brush = min(math.exp(rng.uniform(math.log(5), math.log(30))), max(5.0, 0.11 * drawing)) * SCALE
        self.wobble = rng.uniform(0.0, 0.015) * drawing * SCALE    # slow drift of the hand
        self.tremor = rng.uniform(0.0, 0.8) * SCALE                # the shake on top of it
        self.miss = rng.uniform(0.0, 0.006) * drawing * SCALE      # how far a stroke starts off its mark
        self.omit = rng.uniform(0.0, 0.3)                          # chance of leaving a detail out
        self.gap = rng.uniform(0.0, 0.6)                           # chance an outline is left open
        self.scribble = rng.random() < 0.35                        # "filled" painted in zigzags
        self.dark = max(2.5 * SCALE, self.brush * rng.uniform(0.35, 0.7))   # dark lines through paint
        self.warp = rng.uniform(0, 2 * math.pi, 2)                 # phase of the whole drawing's sway


def _placement(flat: _Flat, hand: _Hand, rng):
    """The map from garment units to 2x canvas pixels: stretched, tilted, sized and placed."""
    c, s = math.cos(hand.tilt), math.sin(hand.tilt)
    matrix = np.array([[c, -s], [s, c]]) @ np.diag([1 + hand.stretch, 1.0])
    every = np.vstack(flat.shapes + flat.edges + [p for group, _ in flat.seams for p in group]) @ matrix.T
    low, high = every.min(axis=0), every.max(axis=0)
    side = CANVAS * SCALE
    margin = hand.brush / 2 + hand.wobble + 4 * SCALE
    scale = min(hand.size * side / (high - low).max(), (side - 2 * margin) / (high - low).max())
    room = np.maximum(side - 2 * margin - (high - low) * scale, 0)
    offset = margin + rng.uniform(0, 1, 2) * room - low * scale
    return lambda path: np.asarray(path, dtype=float) @ matrix.T * scale + offset, scale


def _wobbly(path: np.ndarray, hand: _Hand, rng) -> np.ndarray:
    """A stroke as a hand draws it: a little off its mark, drifting slowly, trembling."""
    points = _densify(path, STEP * SCALE)
    along = np.concatenate([[0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))])
    drift = np.zeros_like(points)
    for axis in (0, 1):
        wavelength = rng.uniform(150, 500) * SCALE
        amplitude = hand.wobble * rng.uniform(0.3, 1)
        drift[:, axis] = amplitude * np.sin(2 * math.pi * along / wavelength + rng.uniform(0, 2 * math.pi))
    shake = rng.normal(0, hand.tremor, points.shape)
    if len(points) > 2:
        shake[1:-1] = (shake[:-2] + 2 * shake[1:-1] + shake[2:]) / 4
    # The whole drawing sways a little too, so that its halves are not exact mirror images.
    sway = hand.wobble * 0.8 * np.column_stack([np.sin(points[:, 1] / 120 / SCALE + hand.warp[0]),
                                                np.sin(points[:, 0] / 140 / SCALE + hand.warp[1])])
    return points + drift + shake + sway + rng.normal(0, hand.miss, 2)


def _left_open(points: np.ndarray, hand: _Hand, rng) -> np.ndarray:
    """A closed outline as drawn in one go: from a random start round to where it began, or a
    little short of it."""
    start = rng.integers(len(points))
    points = np.roll(points, -start, axis=0)
    if rng.random() < hand.gap:
        return points[: max(2, int(len(points) * rng.uniform(0.95, 0.99)))]
    return np.vstack([points, points[:1]])


def _stroke(draw: ImageDraw.ImageDraw, points: np.ndarray, width: float, fill: int) -> None:
    """A round brush along `points`: a line, with discs at its ends and sharp turns."""
    radius = width / 2
    if len(points) > 1:
        draw.line(points.ravel().tolist(), fill=fill, width=max(1, round(width)))
        heading = np.diff(points, axis=0) @ [1, 1j]
        turn = np.abs(np.angle(heading[1:] / (heading[:-1] + 1e-9)))
        joints = points[1:-1][turn > 0.3]
        caps = np.vstack([points[:1], points[-1:], joints])
    else:
        caps = points
    for x, y in caps:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def _scribble(size: int, box: np.ndarray, hand: _Hand, rng) -> Image.Image:
    """Back-and-forth strokes over `box` (a student colouring in): spaced unevenly, stopping short
    of the edges now and then, so the paint has gaps."""
    layer = Image.new("L", (size, size), 0)
    (x0, y0), (x1, y1) = box
    angle = rng.uniform(0, math.pi)
    direction, across = np.array([math.cos(angle), math.sin(angle)]), np.array([-math.sin(angle), math.cos(angle)])
    corners = np.array([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    centre = corners.mean(axis=0)
    reach = np.abs((corners - centre) @ direction).max()
    spread = np.abs((corners - centre) @ across).max()
    width = hand.brush * rng.uniform(1.0, 1.6)
    points, v, side = [], -spread, 1
    while v < spread:
        short = reach * rng.uniform(0, 0.25) if rng.random() < 0.3 else -width / 2
        points.append(centre + direction * side * (reach - short) + across * v)
        v += width * rng.uniform(0.6, 1.25)
        side = -side
    if len(points) > 1:
        _stroke(ImageDraw.Draw(layer), np.array(points), width, 255)
    return layer


def _render(flat: _Flat, style: str, rng) -> np.ndarray:
    hand = _Hand(rng)
    place, scale = _placement(flat, hand, rng)
    seams = [p for group, keep in flat.seams if keep or rng.random() > hand.omit for p in group]
    buttons = [p for group, keep in flat.buttons if keep or rng.random() > hand.omit for p in group]
    shapes = [_wobbly(place(_closed(s)), hand, rng) for s in flat.shapes]
    holes = [_wobbly(place(_closed(h)), hand, rng) for h in flat.holes]
    seams = [_wobbly(place(s), hand, rng) for s in seams]
    edges = [_wobbly(place(e), hand, rng) for e in flat.edges]
    dots = [place(b) + rng.normal(0, hand.miss, 2) for b in buttons]
    cuts = [_wobbly(place(c), hand, rng) for c in flat.cuts]
    side = CANVAS * SCALE
    if style == "outline":
        image = Image.new("L", (side, side), 0)
        draw = ImageDraw.Draw(image)
        for outline in shapes + holes:
            _stroke(draw, _left_open(outline[:-1], hand, rng), hand.brush, 255)
        for line in seams + edges:
            _stroke(draw, line, hand.brush, 255)
        for dot in dots:
            _stroke(draw, dot[None], max(hand.brush, 0.06 * scale), 255)
    else:
        image = _painted(shapes, holes, seams, edges, dots, cuts, hand, scale, rng)
    return np.asarray(image.reduce(SCALE))


def _painted(shapes, holes, seams, edges, dots, cuts, hand: _Hand, scale: float, rng) -> Image.Image:
    """The "filled" style: the body painted white, its details dark lines through the paint."""
    side = CANVAS * SCALE
    body = Image.new("L", (side, side), 0)
    outlines = Image.new("L", (side, side), 0)
    dark = Image.new("L", (side, side), 0)
    for outline in shapes:
        ImageDraw.Draw(body).polygon(outline.ravel().tolist(), fill=255)
        _stroke(ImageDraw.Draw(outlines), outline, hand.brush, 255)
    for line in seams:
        _stroke(ImageDraw.Draw(dark), line, hand.dark, 255)
    for dot in dots:
        _stroke(ImageDraw.Draw(dark), dot[None], max(hand.dark * 1.1, 0.04 * scale), 255)
    body_mask = np.asarray(body)
    paint = body_mask
    if hand.scribble:
        every = np.vstack(shapes)
        paint = np.minimum(np.asarray(_scribble(side, (every.min(axis=0), every.max(axis=0)), hand, rng)), body_mask)
    white = np.maximum(paint, np.asarray(outlines)).astype(np.uint16)
    # Dark lines stop short of the silhouette, as a student's do: the outline stays whole.
    inner = ndimage.minimum_filter(body_mask, size=max(3, int(hand.brush * 1.1)))
    white = white * (255 - np.minimum(np.asarray(dark), inner)) // 255
    image = Image.fromarray(white.astype(np.uint8))
    draw = ImageDraw.Draw(image)
    for outline in holes:
        draw.polygon(outline.ravel().tolist(), fill=0)
    for line in cuts:
        _stroke(draw, line, max(hand.dark, 0.5 * hand.brush), 0)
    for line in edges:
        _stroke(draw, line, hand.brush, 255)
    return image


# ---------------------------------------------------------------------------------------------

def make(count_per_class: int, seed: int = 0, styles=STYLES) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(images uint8 (N, 280, 280) white on black, labels int64 (N,), style of each): N is
    10 * count_per_class, grouped by label, styles taking turns within each class. Each drawing
    depends only on (seed, label, index, style)."""
    styles = tuple(styles)
    for style in styles:
        if style not in STYLES:
            raise ValueError(f"unknown style {style!r}: expected one of {', '.join(STYLES)}")
    if not styles:
        raise ValueError("no styles given")
    images = np.zeros((len(DESIGNS) * count_per_class, CANVAS, CANVAS), dtype=np.uint8)
    drawn_styles = []
    for label, designs in enumerate(DESIGNS):
        # Designs are taken in turn from a seeded starting point; each round moves on by one so
        # that, with two styles, every design is drawn in both.
        start = int(np.random.default_rng([seed, label]).integers(len(designs)))
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            design = designs[(start + i + i // len(designs)) % len(designs)]
            rng = np.random.default_rng([seed, label, i, STYLES.index(style)])
            flat = _Flat()
            design(flat, rng)
            if label in SIDE_VIEW and rng.random() < 0.5:
                flat = _mirrored(flat)
            images[label * count_per_class + i] = _render(flat, style, rng)
            drawn_styles.append(style)
    labels = np.repeat(np.arange(len(DESIGNS)), count_per_class).astype(np.int64)
    return images, labels, drawn_styles


def _mirrored(flat: _Flat) -> _Flat:
    """The shoe pointing the other way."""
    other = _Flat()
    other.shapes = [_mirror(p) for p in flat.shapes]
    other.edges = [_mirror(p) for p in flat.edges]
    other.holes = [_mirror(p) for p in flat.holes]
    other.seams = [([_mirror(p) for p in group], keep) for group, keep in flat.seams]
    other.buttons = [(_mirror(p), keep) for p, keep in flat.buttons]
    other.cuts = [_mirror(p) for p in flat.cuts]
    return other
