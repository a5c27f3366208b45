"""Drawings by people who draw a garment the way it looks in an online shop's product photo.

Asked to draw a coat or a sneaker, these people picture the catalogue shot they scroll past every
day: the garment alone, centred, laid flat or on an invisible mannequin, seen straight from the
front (clothes, bags) or from the side with the toe pointing left (shoes). They care about the
silhouette and its proportions more than its details: a long coat is clearly longer than a pullover
and hangs open a little at the hem; a shirt is narrow, with a collar and a long straight body; a
dress has a clear waist and skirt; trousers are two long legs with a gap. Their outline is one
careful contour with few inner lines. When they colour in, they paint the silhouette in broad
strokes (or scribble it over) and leave thin dark gaps where the photo shows a fold, a seam, the
coat's opening, the line between sleeve and body, a sole, a strap or a handle's hole; some paint
everything over.

Each design is a small function of a random generator returning parts in garment coordinates
(y down, about -1..1): "body" (a closed silhouette, painted in when filled), "line" (an inner
detail: white in an outline, a dark gap through the paint), "dot" (a button), "strap" (an open
stroke that is part of the silhouette: a sandal strap, a handle), "hole" (an opening through the
garment, a bag's handle hole), "cut" (a gap in the silhouette that a painter keeps open, between
the legs). A randomly drawn hand (size, place, tilt, brush, wobble, a contour that does not quite
close) then draws the parts on a 2x canvas that is shrunk to 280x280.
"""
from __future__ import annotations

import argparse
import math

import numpy as np
from PIL import Image, ImageDraw

from .config import CLASS_NAMES

STYLES = ("outline", "filled")
CANVAS = 280
SCALE = 2  # drawn at 2x and shrunk: antialiased strokes like the app's


# ---------------------------------------------------------------- geometry helpers

def pts(*xy) -> np.ndarray:
    return np.asarray(xy, float).reshape(-1, 2)


def bez(p0, p1, p2, n=10) -> np.ndarray:
    t = np.linspace(0, 1, n)[:, None]
    p0, p1, p2 = (np.asarray(p, float) for p in (p0, p1, p2))
    return (1 - t) ** 2 * p0 + 2 * (1 - t) * t * p1 + t ** 2 * p2


def arc(cx, cy, rx, ry, a0, a1, n=16) -> np.ndarray:
    a = np.radians(np.linspace(a0, a1, n))
    return np.stack([cx + rx * np.cos(a), cy + ry * np.sin(a)], axis=1)


def mirrored(right: np.ndarray) -> np.ndarray:
    """A symmetric garment's loop from its right half (centre top -> centre bottom)."""
    left = right[::-1].copy()
    left[:, 0] *= -1
    return np.vstack([right, left[1:]])


def flip(p: np.ndarray) -> np.ndarray:
    q = np.array(p, float)
    q[:, 0] *= -1
    return q


def body(p):
    return ("body", np.asarray(p, float))


def line(p):
    return ("line", np.asarray(p, float))


def strap(p, width=1.0):
    return ("strap", np.asarray(p, float), width)


def hole(p):
    return ("hole", np.asarray(p, float))


def dot(x, y):
    return ("dot", pts(x, y))


def both_sides(p):
    """A detail and its mirror image (pockets, seams)."""
    return [line(p), line(flip(p))]


# ---------------------------------------------------------------- tops (T-shirt, Pullover, Coat, Shirt)

def top(r, *, neck_w=0.18, neck_d=0.12, v_neck=False, shoulder=0.45, slope=0.1, sleeve=0.35,
        angle=30, sleeve_w=0.28, chest=0.42, waist=None, hem=None, length=1.9, split=0.0,
        hem_curve=0.0):
    """A front-view top laid flat: silhouette and the key points details hang on."""
    waist = chest if waist is None else waist
    hem = chest if hem is None else hem
    y0 = -length / 2
    bottom = y0 + length
    neck = (neck_w, y0)
    centre = (0.0, y0 + neck_d)
    neckline = pts(centre, neck) if v_neck else bez(centre, (neck_w * 0.95, y0 + neck_d), neck, 7)
    sh = np.array([shoulder, y0 + slope])
    arm_y = sh[1] + sleeve_w * 1.05
    k = {"sh": sh, "arm": np.array([chest, arm_y]), "y0": y0, "bottom": bottom, "neck": neck,
         "centre": centre, "hem": hem, "waist": waist}
    if sleeve > 0:
        a = math.radians(angle)
        d, n = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
        e1 = sh + sleeve * d
        e2 = e1 + sleeve_w * n
        side = [sh, e1, e2, k["arm"]]
        k.update(e1=e1, e2=e2, d=d)
    else:
        side = list(bez(sh, (chest + 0.02, sh[1] + 0.05), k["arm"] - (0, 0.0), 7))
    waist_y = y0 + length * 0.58
    hem_pts = [(waist, waist_y), (hem, bottom - hem_curve)]
    if split > 0:
        end = [(split * 0.6 + 0.02, bottom), (0.0, bottom - split)]
    else:
        end = list(bez((hem * 0.6, bottom), (0.0, bottom), (0.0, bottom), 3)) if hem_curve else [(0.0, bottom)]
    right = np.vstack([neckline, np.array(side), np.array(hem_pts), np.array(end)])
    return mirrored(right), k


def width_at(k, y):
    """The top's half width at height y (between armpit, waist and hem)."""
    ys = [k["arm"][1], k["y0"] + (k["bottom"] - k["y0"]) * 0.58, k["bottom"]]
    return float(np.interp(y, ys, [k["arm"][0], k["waist"], k["hem"]]))


def across(k, y, inset=0.0):
    w = width_at(k, y) - inset
    return line(pts(-w, y, w, y))


def cuffs(k, depth=0.1):
    if "e1" not in k:
        return []
    c1, c2 = k["e1"] - k["d"] * depth, k["e2"] - k["d"] * depth
    return both_sides(pts(c1, c2))


def seams(k):
    """The line between sleeve and body."""
    if "e1" not in k:
        return []
    return both_sides(pts(k["sh"], k["arm"]))


def rib(k, depth=0.12):
    return [across(k, k["bottom"] - depth, 0.01)]


def underarm(k):
    """The sleeve's inner edge, where a painted top shows a dark gap between sleeve and body."""
    if "e2" not in k:
        return []
    return both_sides(pts(k["arm"], k["e2"]))


def garment(g, k, r):
    return [body(g)] + maybe(r, .75, underarm(k))


def maybe(r, p, parts):
    return list(parts) if r.random() < p else []


def placket(k, r, buttons=(4, 6), bottom=None, x=0.0):
    y1 = k["centre"][1] + 0.05
    y2 = (k["bottom"] if bottom is None else bottom) - 0.02
    parts = [line(pts(x, y1, x, y2))]
    n = int(r.integers(*buttons)) if buttons else 0
    for y in np.linspace(y1 + 0.1, y2 - 0.15, n) if n else []:
        parts.append(dot(x + 0.07, y))
    return parts


def collar(k, spread=0.12, drop=0.2):
    nx, ny = k["neck"]
    cx, cy = k["centre"]
    tip = (spread, cy + drop * 0.6)
    return [body(pts((cx, cy), (nx + 0.02, ny - 0.05), (nx + 0.05, ny + 0.04), tip)),
            body(flip(pts((cx, cy), (nx + 0.02, ny - 0.05), (nx + 0.05, ny + 0.04), tip))),
            line(pts((cx, cy), (nx + 0.02, ny - 0.05), (nx + 0.05, ny + 0.04), tip, (cx, cy))),
            line(flip(pts((cx, cy), (nx + 0.02, ny - 0.05), (nx + 0.05, ny + 0.04), tip, (cx, cy))))]


def hood(k, r, h=0.35):
    nx, ny = k["neck"]
    w = nx + 0.12
    outer = np.vstack([pts(nx + 0.05, ny + 0.04), arc(0, ny - h * 0.2, w, h, 10, -190, 18)[::-1][::-1],
                       pts(-nx - 0.05, ny + 0.04)])
    return [body(outer), line(bez((-nx + 0.02, ny + 0.03), (0, ny - h * 0.6), (nx - 0.02, ny + 0.03), 9))]


def lapels(k, depth):
    nx, ny = k["neck"]
    v = (0.0, ny + depth)
    notch = (nx + 0.13, ny + depth * 0.45)
    return both_sides(pts((nx, ny), notch, v))


def pockets(k, y, x=0.22, w=0.13, flap=False):
    p = pts(x - w, y, x + w, y)
    if flap:
        p = pts(x - w, y, x + w, y, x + w, y + 0.15, x - w, y + 0.15, x - w, y)
    return both_sides(p)


# T-shirt / top: short or no sleeves, a plain neckline.

def tee(r):
    g, k = top(r, neck_w=r.uniform(.15, .22), neck_d=r.uniform(.08, .16), shoulder=r.uniform(.42, .5),
               sleeve=r.uniform(.3, .45), angle=r.uniform(22, 38), sleeve_w=r.uniform(.25, .33),
               chest=r.uniform(.38, .45), length=r.uniform(1.6, 1.85))
    return garment(g, k, r) + maybe(r, .5, cuffs(k, .08)) + maybe(r, .4, seams(k))


def vneck_tee(r):
    g, k = top(r, neck_w=r.uniform(.14, .2), neck_d=r.uniform(.25, .38), v_neck=True,
               sleeve=r.uniform(.28, .4), angle=r.uniform(20, 35), chest=r.uniform(.38, .44),
               length=r.uniform(1.7, 1.9))
    return garment(g, k, r) + maybe(r, .6, cuffs(k, .07))


def tank(r):
    g, k = top(r, neck_w=r.uniform(.15, .22), neck_d=r.uniform(.2, .35), shoulder=r.uniform(.24, .3),
               slope=.02, sleeve=0, chest=r.uniform(.38, .44), hem=r.uniform(.4, .48), length=r.uniform(1.7, 1.95))
    return garment(g, k, r)


def cami(r):
    g, k = top(r, neck_w=.0, neck_d=r.uniform(.05, .15), shoulder=r.uniform(.3, .36), slope=.0, sleeve=0,
               chest=r.uniform(.36, .42), waist=r.uniform(.34, .4), hem=r.uniform(.42, .5), length=r.uniform(1.3, 1.5))
    y0 = k["y0"]
    straps = [strap(pts(.2, y0, .17, y0 - .45), .6), strap(pts(-.2, y0, -.17, y0 - .45), .6)]
    g = mirrored(pts(0, y0 + .08, .36, y0 - .02, k["arm"][0], y0 + .15, k["waist"], y0 + .8,
                     k["hem"], y0 + 1.4, 0, y0 + 1.4))
    return garment(g, k, r) + straps + maybe(r, .5, [line(bez((-.3, y0 + .05), (0, y0 + .25), (.3, y0 + .05), 8))])


def crop(r):
    g, k = top(r, neck_w=r.uniform(.16, .22), neck_d=r.uniform(.08, .14), shoulder=r.uniform(.45, .52),
               sleeve=r.uniform(.3, .4), angle=r.uniform(15, 30), sleeve_w=r.uniform(.25, .3),
               chest=r.uniform(.44, .5), length=r.uniform(1.05, 1.25))
    return garment(g, k, r) + maybe(r, .6, rib(k, .08))


def boxy_tee(r):
    g, k = top(r, neck_w=r.uniform(.16, .2), neck_d=.1, shoulder=r.uniform(.55, .62), slope=.14,
               sleeve=r.uniform(.25, .32), angle=r.uniform(35, 50), sleeve_w=r.uniform(.3, .36),
               chest=r.uniform(.5, .56), length=r.uniform(1.6, 1.8))
    return garment(g, k, r) + maybe(r, .6, seams(k)) + maybe(r, .5, cuffs(k, .06))


def fitted_top(r):
    g, k = top(r, neck_w=r.uniform(.17, .24), neck_d=r.uniform(.12, .22), shoulder=r.uniform(.38, .42),
               sleeve=r.uniform(.14, .22), angle=r.uniform(20, 35), sleeve_w=r.uniform(.2, .25),
               chest=r.uniform(.36, .4), waist=r.uniform(.28, .33), hem=r.uniform(.38, .45),
               length=r.uniform(1.6, 1.85))
    return garment(g, k, r)


def raglan_tee(r):
    g, k = top(r, neck_w=.17, neck_d=r.uniform(.08, .14), sleeve=r.uniform(.3, .42), angle=r.uniform(25, 38),
               chest=r.uniform(.39, .45), length=r.uniform(1.65, 1.85))
    nx, ny = k["neck"]
    return garment(g, k, r) + both_sides(pts((nx, ny + .02), k["arm"])) + maybe(r, .6, cuffs(k, .08))


def pocket_tee(r):
    g, k = top(r, neck_w=.18, neck_d=.12, sleeve=r.uniform(.3, .4), angle=r.uniform(25, 35),
               chest=r.uniform(.4, .46), length=r.uniform(1.8, 2.0))
    x, y = r.uniform(.12, .22), k["y0"] + .55
    return garment(g, k, r) + [line(pts(x, y, x, y + .22, x + .2, y + .22, x + .2, y))] + maybe(r, .5, rib(k, .06))


def polo(r):
    g, k = top(r, neck_w=.16, neck_d=.14, sleeve=r.uniform(.3, .4), angle=r.uniform(25, 35),
               chest=r.uniform(.4, .45), length=r.uniform(1.7, 1.9))
    return garment(g, k, r) + collar(k, .1, .15) + placket(k, r, (2, 4), bottom=k["centre"][1] + .4) + maybe(r, .6, cuffs(k, .07))


def logo_tee(r):
    g, k = top(r, neck_w=.19, neck_d=.12, sleeve=r.uniform(.32, .45), angle=r.uniform(25, 38),
               chest=r.uniform(.4, .46), length=r.uniform(1.7, 1.9))
    cy, rad = k["y0"] + r.uniform(.65, .8), r.uniform(.14, .22)
    mark = arc(0, cy, rad, rad, 0, 360, 18) if r.random() < .5 else pts(-rad, cy - .05, rad, cy - .05)
    return garment(g, k, r) + [line(mark)]


def sleeveless_wide(r):
    g, k = top(r, neck_w=r.uniform(.25, .3), neck_d=r.uniform(.1, .2), shoulder=r.uniform(.42, .48), slope=.05,
               sleeve=0, chest=r.uniform(.46, .52), hem=r.uniform(.48, .56), length=r.uniform(1.5, 1.75))
    return garment(g, k, r) + maybe(r, .5, rib(k, .08))


# Pullover: long sleeves, closed front, ribbed hem and cuffs.

def sweater_base(r, **kw):
    args = dict(neck_w=r.uniform(.15, .2), neck_d=r.uniform(.08, .14), shoulder=r.uniform(.44, .5),
                sleeve=r.uniform(1.15, 1.45), angle=r.uniform(58, 78), sleeve_w=r.uniform(.22, .28),
                chest=r.uniform(.4, .46), length=r.uniform(1.7, 1.9))
    args.update(kw)
    g, k = top(r, **args)
    return g, k


def crew_sweater(r):
    g, k = sweater_base(r)
    return garment(g, k, r) + rib(k, r.uniform(.1, .16)) + cuffs(k, .12) + maybe(r, .5, seams(k))


def sweater_spread(r):
    g, k = sweater_base(r, angle=r.uniform(20, 40), sleeve=r.uniform(.9, 1.1), sleeve_w=r.uniform(.22, .27))
    return garment(g, k, r) + rib(k, .12) + cuffs(k, .12)


def turtleneck(r):
    g, k = sweater_base(r, neck_d=.05)
    nx, ny = k["neck"]
    tube = pts(-nx, ny + .03, -nx, ny - .25, nx, ny - .25, nx, ny + .03)
    return garment(g, k, r) + [body(tube), line(pts(-nx, ny + .02, nx, ny + .02))] + rib(k, .12) + maybe(r, .7, cuffs(k, .12))


def vneck_sweater(r):
    g, k = sweater_base(r, v_neck=True, neck_d=r.uniform(.25, .4))
    nx, ny = k["neck"]
    return garment(g, k, r) + [line(pts((-nx + .06, ny), (0, k["centre"][1] + .08), (nx - .06, ny)))] + rib(k, .12) + cuffs(k, .12)


def hoodie(r):
    g, k = sweater_base(r, neck_w=.2, neck_d=.1)
    y = k["bottom"] - .15
    pouch = pts(-.26, y, -.2, y - .35, .2, y - .35, .26, y)
    nx, ny = k["neck"]
    strings = [line(pts(-.07, ny + .08, -.08, ny + .35)), line(pts(.07, ny + .08, .08, ny + .35))]
    return garment(g, k, r) + hood(k, r, r.uniform(.3, .4)) + [line(pouch)] + rib(k, .15) + cuffs(k, .12) + maybe(r, .6, strings)


def raglan_sweater(r):
    g, k = sweater_base(r)
    nx, ny = k["neck"]
    return garment(g, k, r) + both_sides(pts((nx, ny + .02), k["arm"])) + rib(k, .12) + cuffs(k, .12)


def cable_knit(r):
    g, k = sweater_base(r, chest=r.uniform(.44, .5))
    y1, y2 = k["y0"] + .35, k["bottom"] - .18
    waves = [line(np.stack([x + .04 * np.sin(np.linspace(0, 10, 14)), np.linspace(y1, y2, 14)], 1)) for x in (-.15, .15)]
    return garment(g, k, r) + waves + rib(k, .14) + cuffs(k, .12)


def sweatshirt(r):
    g, k = sweater_base(r, chest=r.uniform(.45, .5), hem=r.uniform(.4, .44))
    y = k["y0"] + .6
    text = line(pts(-.22, y, .22, y)) if r.random() < .5 else line(arc(0, y + .05, .15, .15, 0, 360, 16))
    return garment(g, k, r) + [text] + rib(k, .16) + cuffs(k, .14)


def cropped_sweater(r):
    g, k = sweater_base(r, length=r.uniform(1.3, 1.5), chest=r.uniform(.46, .52), sleeve=r.uniform(1.0, 1.2),
                        angle=r.uniform(50, 65))
    return garment(g, k, r) + rib(k, .14) + cuffs(k, .12)


def striped_sweater(r):
    g, k = sweater_base(r)
    ys = k["y0"] + np.linspace(.45, 1.3, int(r.integers(2, 4)))
    return garment(g, k, r) + [across(k, y, .01) for y in ys] + rib(k, .12) + maybe(r, .6, cuffs(k, .12))


def chunky_sweater(r):
    g, k = sweater_base(r, shoulder=r.uniform(.55, .62), chest=r.uniform(.5, .56), hem=r.uniform(.46, .5),
                        sleeve=r.uniform(1.0, 1.25), angle=r.uniform(55, 70), sleeve_w=r.uniform(.28, .33),
                        neck_w=.2)
    return garment(g, k, r) + rib(k, .2) + cuffs(k, .16) + seams(k)


# Coat: long sleeves, an opening down the front, usually longer, hanging open a little.

def coat_base(r, length=(2.1, 2.5), **kw):
    args = dict(neck_w=r.uniform(.17, .22), neck_d=r.uniform(.35, .6), v_neck=True, shoulder=r.uniform(.46, .52),
                sleeve=r.uniform(1.2, 1.5), angle=r.uniform(62, 80), sleeve_w=r.uniform(.24, .3),
                chest=r.uniform(.43, .48), hem=r.uniform(.5, .62), length=r.uniform(*length),
                split=r.uniform(.1, .3))
    args.update(kw)
    return top(r, **args)


def opening(k, x=0.0):
    return [line(pts(k["centre"], (x, k["bottom"] - 0.02)))]


def buttons(k, r, n=(2, 5), x=0.08):
    ys = np.linspace(k["centre"][1] + .1, k["centre"][1] + r.uniform(.6, 1.0), int(r.integers(*n)))
    return [dot(x, y) for y in ys]


def long_coat(r):
    g, k = coat_base(r)
    return (garment(g, k, r) + opening(k) + lapels(k, k["centre"][1] - k["y0"]) + buttons(k, r)
            + maybe(r, .6, pockets(k, k["y0"] + r.uniform(1.3, 1.5), .26, .12)) + maybe(r, .4, seams(k)))


def trench(r):
    g, k = coat_base(r, waist=r.uniform(.38, .42), hem=r.uniform(.58, .68))
    y = k["y0"] + (k["bottom"] - k["y0"]) * .5
    belt = across(k, y)
    return (garment(g, k, r) + [belt] + opening(k) + lapels(k, k["centre"][1] - k["y0"]) + buttons(k, r, (3, 5), .14)
            + maybe(r, .5, [line(pts(.05, y, .0, y + .35))]))


def parka(r):
    g, k = coat_base(r, neck_d=.08, v_neck=False, split=r.uniform(.05, .15))
    return (garment(g, k, r) + hood(k, r, r.uniform(.3, .4)) + opening(k)
            + pockets(k, k["y0"] + r.uniform(1.2, 1.5), .25, .13, flap=True) + cuffs(k, .1))


def blazer(r):
    g, k = coat_base(r, length=(1.75, 1.95), hem=r.uniform(.44, .5), waist=r.uniform(.38, .42),
                     neck_d=r.uniform(.6, .8), split=r.uniform(.15, .3))
    return (garment(g, k, r) + opening(k) + lapels(k, k["centre"][1] - k["y0"]) + [dot(.07, k["centre"][1] + .12)]
            + maybe(r, .7, pockets(k, k["y0"] + 1.25, .25, .12)) + maybe(r, .5, [line(pts(.15, k["y0"] + .7, .3, k["y0"] + .7))]))


def zip_hoodie(r):
    g, k = coat_base(r, length=(1.75, 2.0), neck_d=.1, v_neck=False, hem=r.uniform(.42, .46), split=0.0)
    y = k["bottom"] - .16
    return (garment(g, k, r) + hood(k, r, r.uniform(.3, .38)) + opening(k) + both_sides(pts(.05, y - .35, .25, y - .1, .25, y))
            + rib(k, .14) + cuffs(k, .12))


def puffer(r):
    g, k = coat_base(r, neck_d=.08, v_neck=False, chest=r.uniform(.48, .54), hem=r.uniform(.48, .56),
                     sleeve_w=r.uniform(.3, .34), length=(1.7, 2.3), split=r.uniform(0, .1))
    n = int(r.integers(3, 6))
    ys = np.linspace(k["arm"][1], k["bottom"] - .2, n)
    nx, ny = k["neck"]
    stand = pts(-nx, ny + .04, -nx, ny - .18, nx, ny - .18, nx, ny + .04)
    return garment(g, k, r) + [body(stand)] + opening(k) + [across(k, y, .02) for y in ys] + cuffs(k, .1)


def cardigan(r):
    g, k = coat_base(r, length=(1.8, 2.1), hem=r.uniform(.42, .48), neck_d=r.uniform(.55, .8), split=r.uniform(.05, .15))
    return garment(g, k, r) + opening(k) + buttons(k, r, (3, 6), .07) + rib(k, .12) + cuffs(k, .12) + maybe(r, .5, pockets(k, k["bottom"] - .45, .25, .1, True))


def denim_jacket(r):
    g, k = coat_base(r, length=(1.5, 1.7), hem=r.uniform(.44, .48), neck_d=.12, v_neck=False, split=0.0,
                     chest=r.uniform(.44, .5))
    return (garment(g, k, r) + collar(k, .18, .3) + opening(k) + buttons(k, r, (4, 6), .07)
            + pockets(k, k["y0"] + .55, .22, .1, True) + [across(k, k["bottom"] - .16, .01)] + cuffs(k, .1))


def peacoat(r):
    g, k = coat_base(r, length=(1.9, 2.2), neck_d=r.uniform(.45, .6))
    ys = k["centre"][1] + np.linspace(.15, .65, 3)
    return (garment(g, k, r) + [line(pts(.2, k["centre"][1], .2, k["bottom"]))] + lapels(k, k["centre"][1] - k["y0"])
            + [dot(x, y) for y in ys for x in (-.1, .1)] + maybe(r, .5, pockets(k, k["y0"] + 1.3, .27, .1)))


def open_coat(r):
    g, k = coat_base(r, split=r.uniform(.3, .45), hem=r.uniform(.6, .72), neck_d=r.uniform(.5, .7))
    return garment(g, k, r) + lapels(k, k["centre"][1] - k["y0"]) + maybe(r, .6, pockets(k, k["y0"] + 1.4, .3, .1)) + maybe(r, .5, seams(k))


def bomber(r):
    g, k = coat_base(r, length=(1.45, 1.65), neck_d=.1, v_neck=False, chest=r.uniform(.48, .54),
                     hem=r.uniform(.42, .46), sleeve_w=r.uniform(.28, .33), split=0.0)
    return (garment(g, k, r) + opening(k) + rib(k, .14) + cuffs(k, .12) + both_sides(pts(.2, k["y0"] + .85, .3, k["y0"] + 1.1))
            + maybe(r, .5, [line(bez((-k["neck"][0], k["y0"] + .05), (0, k["y0"] + .2), (k["neck"][0], k["y0"] + .05), 7))]))


def raincoat(r):
    g, k = coat_base(r, neck_d=.1, v_neck=False, length=(2.3, 2.7), hem=r.uniform(.6, .7))
    return garment(g, k, r) + hood(k, r, .38) + opening(k) + buttons(k, r, (4, 6), .1) + pockets(k, k["y0"] + 1.4, .27, .12, True)


# Shirt: narrow, collar, button placket, long straight body (often a curved tail).

def shirt_base(r, **kw):
    args = dict(neck_w=r.uniform(.13, .17), neck_d=r.uniform(.12, .18), shoulder=r.uniform(.4, .46), slope=.08,
                sleeve=r.uniform(1.2, 1.5), angle=r.uniform(68, 84), sleeve_w=r.uniform(.19, .23),
                chest=r.uniform(.35, .4), length=r.uniform(1.95, 2.2), hem_curve=r.uniform(0, .15))
    args.update(kw)
    return top(r, **args)


def dress_shirt(r):
    g, k = shirt_base(r)
    return garment(g, k, r) + collar(k, .14, .25) + placket(k, r) + cuffs(k, .13) + maybe(r, .3, seams(k))


def short_sleeve_shirt(r):
    g, k = shirt_base(r, sleeve=r.uniform(.35, .45), angle=r.uniform(30, 45), sleeve_w=r.uniform(.24, .28),
                      length=r.uniform(1.75, 1.95), chest=r.uniform(.38, .42))
    return garment(g, k, r) + collar(k, .16, .3) + placket(k, r, (3, 6)) + maybe(r, .5, [line(pts(.12, k["y0"] + .5, .3, k["y0"] + .5))])


def flannel(r):
    g, k = shirt_base(r, chest=r.uniform(.38, .43))
    ys = k["y0"] + np.linspace(.6, 1.6, 3)
    checks = [across(k, y, .03) for y in ys] + both_sides(pts(.22, k["arm"][1] + .1, .22, k["bottom"] - .1))
    return garment(g, k, r) + collar(k, .14, .25) + placket(k, r) + maybe(r, .8, checks) + cuffs(k, .13)


def blouse(r):
    g, k = shirt_base(r, neck_w=.17, neck_d=.18, sleeve_w=r.uniform(.24, .3), angle=r.uniform(55, 70),
                      waist=r.uniform(.32, .36), hem=r.uniform(.4, .46), length=r.uniform(1.8, 2.0))
    return garment(g, k, r) + placket(k, r, (3, 5)) + cuffs(k, .15) + maybe(r, .5, [line(bez((-.17, k["y0"]), (0, k["y0"] + .3), (.17, k["y0"]), 8))])


def denim_shirt(r):
    g, k = shirt_base(r)
    return garment(g, k, r) + collar(k, .14, .25) + placket(k, r) + pockets(k, k["y0"] + .55, .2, .09, True) + cuffs(k, .13)


def mandarin_shirt(r):
    g, k = shirt_base(r, neck_d=.06)
    nx, ny = k["neck"]
    band = pts(-nx, ny + .04, -nx, ny - .1, nx, ny - .1, nx, ny + .04)
    return garment(g, k, r) + [body(band), line(pts(-nx, ny + .03, nx, ny + .03))] + placket(k, r) + cuffs(k, .12)


def bow_blouse(r):
    g, k = shirt_base(r, neck_w=.16, neck_d=.14, angle=r.uniform(60, 75), sleeve_w=r.uniform(.22, .27),
                      length=r.uniform(1.8, 2.0))
    cy = k["centre"][1]
    bow = [line(pts(0, cy, -.18, cy - .08, -.18, cy + .1, 0, cy, .18, cy - .08, .18, cy + .1, 0, cy)),
           line(pts(-.02, cy, -.08, cy + .35)), line(pts(.02, cy, .08, cy + .35))]
    return garment(g, k, r) + bow + placket(k, r, (3, 5)) + cuffs(k, .13)


def rolled_shirt(r):
    g, k = shirt_base(r, sleeve=r.uniform(.75, .95), angle=r.uniform(55, 70), sleeve_w=r.uniform(.22, .26))
    return garment(g, k, r) + collar(k, .14, .25) + placket(k, r) + cuffs(k, .15) + cuffs(k, .08)


def tunic_shirt(r):
    g, k = shirt_base(r, length=r.uniform(2.2, 2.4), hem=r.uniform(.42, .48), hem_curve=r.uniform(.1, .2))
    return garment(g, k, r) + collar(k, .13, .22) + placket(k, r, (3, 5), bottom=k["centre"][1] + .7) + cuffs(k, .13)


def oversized_shirt(r):
    g, k = shirt_base(r, shoulder=r.uniform(.5, .55), chest=r.uniform(.44, .48), angle=r.uniform(40, 60),
                      sleeve=r.uniform(1.0, 1.2), sleeve_w=r.uniform(.24, .28), length=r.uniform(2.0, 2.2))
    return garment(g, k, r) + collar(k, .15, .28) + placket(k, r) + cuffs(k, .12) + seams(k)


def western_shirt(r):
    g, k = shirt_base(r)
    y = k["y0"] + .42
    yoke = both_sides(pts(.04, y + .05, .2, y - .05, k["arm"][0] - .01, y))
    return garment(g, k, r) + collar(k, .16, .28) + placket(k, r) + yoke + cuffs(k, .13)


# ---------------------------------------------------------------- dresses

def dress(r, *, neck_w=0.15, neck_d=0.15, shoulder=0.3, sleeve=0.0, angle=30, sleeve_w=0.2, chest=0.32,
          waist=0.26, waist_y=-0.35, hem=0.6, length=2.4, v_neck=False, flare=0.0):
    y0 = -length / 2
    bottom = y0 + length
    neck = (neck_w, y0)
    centre = (0.0, y0 + neck_d)
    neckline = pts(centre, neck) if v_neck else bez(centre, (neck_w * 0.95, y0 + neck_d), neck, 7)
    sh = np.array([shoulder, y0 + .05])
    arm = np.array([chest, y0 + max(.28, sleeve_w * 1.1)])
    if sleeve > 0:
        a = math.radians(angle)
        d, n = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
        e1 = sh + sleeve * d
        side = [sh, e1, e1 + sleeve_w * n, arm]
    else:
        side = list(bez(sh, (chest + .02, sh[1] + .05), arm, 6))
    wy = y0 + length * (waist_y + 1) / 2 if waist_y > -1 else y0 + .6
    skirt = bez((waist, wy), (waist + (hem - waist) * (0.2 + flare), (wy + bottom) / 2), (hem, bottom), 8)
    right = np.vstack([neckline, np.array(side), pts(waist, wy), skirt, pts(0, bottom + .03)])
    k = {"y0": y0, "bottom": bottom, "wy": wy, "waist": waist, "hem": hem, "centre": centre, "neck": neck}
    return mirrored(right), k


def waistline(k):
    return line(pts(-k["waist"], k["wy"], k["waist"], k["wy"]))


def a_line(r):
    g, k = dress(r, waist=r.uniform(.24, .28), waist_y=r.uniform(-.45, -.3), hem=r.uniform(.55, .75),
                 length=r.uniform(2.0, 2.4))
    return [body(g)] + maybe(r, .8, [waistline(k)])


def fit_flare(r):
    g, k = dress(r, sleeve=r.uniform(.15, .25), angle=30, sleeve_w=.2, waist=r.uniform(.22, .26),
                 waist_y=r.uniform(-.45, -.35), hem=r.uniform(.7, .9), length=r.uniform(2.0, 2.3), flare=.4)
    return [body(g), waistline(k)] + maybe(r, .5, [line(pts(0, k["wy"] + .1, -.15, k["bottom"] - .1)), line(pts(0, k["wy"] + .1, .15, k["bottom"] - .1))])


def maxi(r):
    g, k = dress(r, shoulder=.22, chest=r.uniform(.3, .34), waist=r.uniform(.25, .28), waist_y=r.uniform(-.5, -.4),
                 hem=r.uniform(.45, .6), length=r.uniform(2.8, 3.2), neck_d=.25, v_neck=r.random() < .5)
    return [body(g)] + maybe(r, .6, [waistline(k)])


def shift(r):
    g, k = dress(r, sleeve=r.uniform(0, .3), angle=25, chest=r.uniform(.34, .38), waist=r.uniform(.32, .36),
                 hem=r.uniform(.42, .5), length=r.uniform(2.0, 2.3), neck_d=.1)
    return [body(g)]


def slip(r):
    g, k = dress(r, neck_w=0, neck_d=.08, shoulder=.28, chest=r.uniform(.3, .34), waist=r.uniform(.26, .3),
                 waist_y=-.45, hem=r.uniform(.45, .6), length=r.uniform(2.1, 2.5))
    y0 = k["y0"]
    return [body(g), strap(pts(.18, y0 + .02, .16, y0 - .4), .55), strap(pts(-.18, y0 + .02, -.16, y0 - .4), .55)]


def wrap_dress(r):
    g, k = dress(r, neck_d=.45, v_neck=True, sleeve=r.uniform(.3, 1.0), angle=r.uniform(50, 70), sleeve_w=.2,
                 waist=r.uniform(.24, .28), waist_y=-.4, hem=r.uniform(.6, .75), length=r.uniform(2.1, 2.4))
    return [body(g), waistline(k), line(pts(-k["waist"], k["wy"], .25, k["bottom"]))]


def long_sleeve_dress(r):
    g, k = dress(r, sleeve=r.uniform(.9, 1.1), angle=r.uniform(62, 75), sleeve_w=.19, waist=r.uniform(.24, .28),
                 waist_y=r.uniform(-.4, -.3), hem=r.uniform(.55, .7), length=r.uniform(2.1, 2.4))
    return [body(g)] + maybe(r, .7, [waistline(k)])


def mermaid(r):
    g, k = dress(r, shoulder=.24, waist=.24, waist_y=-.4, hem=r.uniform(.6, .75), length=r.uniform(2.6, 3.0),
                 chest=.3, flare=-.15)
    return [body(g)] + maybe(r, .5, [waistline(k)])


def tiered(r):
    g, k = dress(r, sleeve=r.uniform(0, .2), waist=.26, waist_y=-.4, hem=r.uniform(.7, .85), length=r.uniform(2.1, 2.4))
    ys = np.linspace(k["wy"], k["bottom"], 4)[1:-1]
    ws = np.interp(ys, [k["wy"], k["bottom"]], [k["waist"], k["hem"]])
    return [body(g), waistline(k)] + [line(pts(-w, y, w, y)) for w, y in zip(ws, ys)]


def shirt_dress(r):
    g, k = dress(r, sleeve=r.uniform(.25, .9), angle=r.uniform(40, 70), neck_d=.12, waist=.28, waist_y=-.35,
                 hem=r.uniform(.5, .6), length=r.uniform(2.1, 2.4))
    kk = {"neck": k["neck"], "centre": k["centre"], "bottom": k["wy"]}
    return [body(g), waistline(k)] + collar(kk, .13, .22) + placket(kk, r, (3, 5))


def halter(r):
    g, k = dress(r, neck_w=0, neck_d=.1, shoulder=.2, chest=r.uniform(.3, .34), waist=.25, waist_y=-.4,
                 hem=r.uniform(.6, .8), length=r.uniform(2.1, 2.4))
    y0 = k["y0"]
    return [body(g), strap(pts(-.22, y0 + .08, 0, y0 - .35, .22, y0 + .08), .6)] + maybe(r, .6, [waistline(k)])


def off_shoulder(r):
    g, k = dress(r, neck_w=.4, neck_d=0.05, shoulder=.42, sleeve=.2, angle=35, sleeve_w=.15, chest=.33,
                 waist=.26, waist_y=-.35, hem=r.uniform(.6, .8), length=r.uniform(2.0, 2.3))
    return [body(g), line(pts(-.38, k["y0"] + .1, .38, k["y0"] + .1)), waistline(k)]


# ---------------------------------------------------------------- trousers

def trousers(r, *, waist=0.42, hip=0.5, hem_out=0.45, hem_in=0.1, crotch=-0.35, length=2.3, hip_y=0.35):
    y0 = -length / 2
    bottom = y0 + length
    cy = y0 + length * (crotch + 1) / 2
    hem_in = max(hem_in, 0.12)  # the gap between the legs must survive a thick brush
    right = pts((0, y0), (waist, y0), (hip, y0 + hip_y), (hem_out, bottom), (hem_in, bottom), (0.0, cy))
    k = {"y0": y0, "bottom": bottom, "cy": cy, "waist": waist, "hip": hip, "out": hem_out, "in": hem_in}
    return mirrored(right)[:-1], k


def legs(g, k):
    """Two legs with a gap: painted ones keep the gap open whatever the brush."""
    return [body(g), ("cut", pts((0, k["cy"]), (k["in"] - .04, k["bottom"] + .05), (-k["in"] + .04, k["bottom"] + .05)))]


def band(k, d=0.12):
    return line(pts(-k["waist"] - .01, k["y0"] + d, k["waist"] + .01, k["y0"] + d))


def fly(k):
    return line(pts(0, k["y0"] + .12, 0, k["cy"] - .05))


def jeans(r):
    g, k = trousers(r, waist=r.uniform(.38, .44), hip=r.uniform(.46, .52), hem_out=r.uniform(.38, .46),
                    hem_in=r.uniform(.1, .16), crotch=r.uniform(-.5, -.35), length=r.uniform(2.3, 2.6))
    y = k["y0"]
    pocket = both_sides(bez((.18, y + .12), (.22, y + .3), (k["waist"] + .03, y + .35), 6))
    return legs(g, k) + [band(k), fly(k)] + maybe(r, .8, pocket)


def wide_leg(r):
    g, k = trousers(r, waist=r.uniform(.36, .42), hip=r.uniform(.5, .55), hem_out=r.uniform(.6, .72),
                    hem_in=r.uniform(.05, .1), crotch=r.uniform(-.4, -.25), length=r.uniform(2.3, 2.6))
    return legs(g, k) + [band(k, .1)] + maybe(r, .5, [line(pts(.3, k["y0"] + .25, .35, k["bottom"] - .05)), line(pts(-.3, k["y0"] + .25, -.35, k["bottom"] - .05))])


def skinny(r):
    g, k = trousers(r, waist=r.uniform(.36, .42), hip=r.uniform(.42, .48), hem_out=r.uniform(.26, .32),
                    hem_in=r.uniform(.1, .14), crotch=r.uniform(-.45, -.35), length=r.uniform(2.4, 2.7))
    return legs(g, k) + maybe(r, .7, [band(k, .1)]) + maybe(r, .5, [fly(k)])


def leggings(r):
    g, k = trousers(r, waist=r.uniform(.34, .4), hip=r.uniform(.4, .45), hem_out=r.uniform(.2, .26),
                    hem_in=r.uniform(.08, .12), crotch=r.uniform(-.45, -.35), length=r.uniform(2.5, 2.8))
    return legs(g, k) + maybe(r, .5, [band(k, .15)])


def flares(r):
    g, k = trousers(r, waist=.4, hip=.46, hem_out=r.uniform(.55, .65), hem_in=r.uniform(0.02, .06),
                    crotch=-.4, length=r.uniform(2.4, 2.7))
    return legs(g, k) + [band(k)] + maybe(r, .6, [fly(k)])


def chinos(r):
    g, k = trousers(r, waist=r.uniform(.4, .45), hip=r.uniform(.47, .52), hem_out=r.uniform(.42, .48),
                    hem_in=r.uniform(.1, .14), crotch=r.uniform(-.4, -.3), length=r.uniform(2.3, 2.5))
    creases = [line(pts(.27, k["y0"] + .2, .28, k["bottom"] - .05)), line(pts(-.27, k["y0"] + .2, -.28, k["bottom"] - .05))]
    loops = [line(pts(x, k["y0"], x, k["y0"] + .12)) for x in (-.3, -.1, .1, .3)]
    return legs(g, k) + [band(k), fly(k)] + maybe(r, .6, creases) + maybe(r, .4, loops)


def joggers(r):
    g, k = trousers(r, waist=r.uniform(.4, .46), hip=r.uniform(.5, .56), hem_out=r.uniform(.3, .36),
                    hem_in=r.uniform(.1, .14), crotch=r.uniform(-.35, -.2), length=r.uniform(2.2, 2.5))
    cuff_y = k["bottom"] - .15
    cuff = [line(pts(k["in"] + .01, cuff_y, k["out"] + .02, cuff_y)), line(pts(-k["in"] - .01, cuff_y, -k["out"] - .02, cuff_y))]
    strings = [line(pts(-.05, k["y0"] + .14, -.08, k["y0"] + .45)), line(pts(.05, k["y0"] + .14, .08, k["y0"] + .45))]
    return legs(g, k) + [band(k, .16)] + cuff + maybe(r, .6, strings)


def cargo(r):
    g, k = trousers(r, waist=.42, hip=r.uniform(.5, .55), hem_out=r.uniform(.42, .5), hem_in=.12,
                    crotch=-.35, length=r.uniform(2.3, 2.5))
    y = k["y0"] + 1.0
    pocket = both_sides(pts(.3, y, .5, y, .5, y + .35, .3, y + .35, .3, y))
    return legs(g, k) + [band(k), fly(k)] + pocket


def palazzo(r):
    g, k = trousers(r, waist=.36, hip=.5, hem_out=r.uniform(.72, .82), hem_in=r.uniform(.1, .14), crotch=-.25,
                    length=r.uniform(2.2, 2.5))
    return legs(g, k) + [band(k, .16)]


def straight_suit(r):
    g, k = trousers(r, waist=.4, hip=.46, hem_out=r.uniform(.38, .42), hem_in=r.uniform(.08, .12),
                    crotch=r.uniform(-.35, -.25), length=r.uniform(2.4, 2.8))
    return legs(g, k) + maybe(r, .5, [band(k, .1)])


# ---------------------------------------------------------------- shoes (side view, toe to the left)

def shoe(r, *, toe=-1.0, heel=0.95, sole=0.14, top=-0.25, collar=-0.4, back=-0.45, toe_h=0.05, pointy=0.0,
         spring=0.06, heel_h=0.0):
    """A low shoe's silhouette: sole along y=0.3, the toe at x=-1, the heel at the right."""
    by = 0.3
    up = [(toe + .03, by - spring), (toe - .01 + pointy * .1, by - spring - sole * .8), (toe + .05 + pointy * .1, toe_h),
          (toe + .3, top + .15), (toe + .75, top), (0.25, collar), (0.55, collar + .06), (heel - .05, back),
          (heel + .02, back + .25), (heel, by - heel_h * .3), (heel - .02, by)]
    return np.array(up + [(toe + .4, by + .005), (toe + .1, by)]), by


def laces(x0, y0, x1, y1, n, w=0.09):
    out = []
    for t in np.linspace(0, 1, n):
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        out.append(line(pts(x - w, y - w * .8, x + w, y + w * .8)))
    return out


def sole_line(by, sole, x0=-0.98, x1=0.97):
    return line(pts(x0, by - sole, x1, by - sole))


def runner(r):
    s = r.uniform(.1, .18)
    g, by = shoe(r, sole=s, top=r.uniform(-.3, -.2), collar=r.uniform(-.48, -.38), back=r.uniform(-.52, -.42), spring=.08)
    swoosh = line(bez((-.35, by - s - .05), (.3, by - s - .02), (.55, -.25), 8))
    return [body(g), sole_line(by, s)] + laces(-.5, -.05, .05, -.3, int(r.integers(3, 5))) + maybe(r, .7, [swoosh])


def court(r):
    s = r.uniform(.14, .2)
    g, by = shoe(r, sole=s, top=r.uniform(-.2, -.12), collar=-.32, back=-.36, spring=.0, toe_h=.1)
    stripes = [line(pts(x, by - s - .02, x + .2, -.18)) for x in (-.05, .08, .21)][: int(r.integers(0, 4))]
    return [body(g), sole_line(by, s)] + laces(-.5, -.0, .0, -.22, 3) + stripes + maybe(r, .5, [line(pts(.85, -.3, .85, by - s))])


def high_top(r):
    s = r.uniform(.12, .18)
    g, by = shoe(r, sole=s, top=-.2, collar=-.9, back=-.95, spring=.03)
    g = np.array([p for p in g])
    g[5] = (.05, -.95)
    g[6] = (.5, -1.0)
    return ([body(g), sole_line(by, s), line(arc(.55, -.6, .1, .1, 0, 360, 12))]
            + laces(-.45, -.02, .05, -.8, int(r.integers(4, 7)), .08) + maybe(r, .6, [line(bez((-.9, by - s - .05), (-.8, -.15), (-.6, by - s - .05), 6))]))


def slip_on(r):
    s = r.uniform(.12, .18)
    g, by = shoe(r, sole=s, top=r.uniform(-.15, -.05), collar=-.25, back=-.3, spring=.0, toe_h=.1)
    return [body(g), sole_line(by, s), line(pts(-.1, -.2, 0.1, -.02, .3, -.22))] + maybe(r, .5, [line(bez((-.85, by - s), (-.75, -.05), (-.5, -.05), 6))])


def chunky(r):
    s = r.uniform(.25, .32)
    g, by = shoe(r, sole=s, top=r.uniform(-.35, -.25), collar=-.5, back=-.55, spring=.04, toe_h=.0)
    wave = line(np.stack([np.linspace(-.95, .95, 12), by - s * .5 + .04 * np.sin(np.linspace(0, 9, 12))], 1))
    return [body(g), sole_line(by, s), wave] + laces(-.45, -.15, .05, -.35, 4) + maybe(r, .6, [line(bez((-.3, by - s - .05), (.2, -.2), (.6, -.35), 6))])


def skate(r):
    s = r.uniform(.14, .2)
    g, by = shoe(r, sole=s, top=-.2, collar=-.38, back=-.42, spring=0, toe_h=.1)
    stripe = line(bez((-.2, by - s - .03), (0.2, -.45), (.55, -.05), 8))
    return [body(g), sole_line(by, s), stripe] + laces(-.55, -.05, -.05, -.3, 4)


def canvas_shoe(r):
    s = r.uniform(.12, .18)
    g, by = shoe(r, sole=s, top=-.18, collar=-.35, back=-.4, spring=0, toe_h=.12)
    cap = line(bez((-.72, by - s), (-.7, -.1), (-.95, -.05), 5))
    return [body(g), sole_line(by, s), cap] + laces(-.5, -.02, .02, -.25, 4) + maybe(r, .5, [line(pts(-.98, by - s * .5, .97, by - s * .5))])


def trainer_velcro(r):
    s = r.uniform(.14, .2)
    g, by = shoe(r, sole=s, top=-.25, collar=-.42, back=-.46, spring=.05)
    straps = [line(pts(-.55 + i * .22, -.02 - i * .1, -.3 + i * .22, .12 - i * .08)) for i in range(int(r.integers(2, 4)))]
    return [body(g), sole_line(by, s)] + straps


def sock_sneaker(r):
    s = r.uniform(.18, .26)
    g, by = shoe(r, sole=s, top=-.3, collar=-.7, back=-.72, spring=.08)
    g[5] = (.15, -.72)
    g[6] = (.5, -.75)
    return [body(g), sole_line(by, s), line(pts(.15, -.55, .6, -.58))] + maybe(r, .6, [line(bez((-.5, by - s - .05), (.1, -.05), (.6, -.2), 6))])


def trail(r):
    s = r.uniform(.16, .22)
    g, by = shoe(r, sole=s, top=-.32, collar=-.5, back=-.55, spring=.1)
    teeth = [line(pts(x, by, x, by - s * .5)) for x in np.linspace(-.7, .7, 6)]
    return [body(g), sole_line(by, s)] + laces(-.55, -.1, .05, -.4, 5) + maybe(r, .6, teeth) + [line(bez((-.85, by - s), (-.75, -.15), (-.5, -.2), 6))]


# Sandals: a sole and straps; the foot's shape shows through the gaps.

def sole(r, thick=0.1, rise=0.0, by=0.3):
    """A sandal's flat sole; `rise` lifts the heel end (for a heel)."""
    top = [(-1.0, by - thick * .6), (-.95, by - thick), (.95, by - thick - rise), (1.0, by - thick * .5 - rise)]
    bottom = [(1.0, by - rise), (.5, by - rise * .7), (-.95, by)]
    return np.array(top + bottom)


def heel_block(x0, x1, y0, y1, taper=0.0):
    return pts(x0, y0, x1, y0, x1 - taper, y1, x0 + taper * 1.5, y1)


def flat_sandal(r):
    t = r.uniform(.08, .14)
    by = .3
    n = int(r.integers(2, 4))
    straps = [strap(arc(-.55 + i * .32, by - t, .2, r.uniform(.25, .35), 180, 360, 9)) for i in range(n)]
    ankle = strap(arc(.65, by - t - .35, .22, .3, 0, 360, 14), .8)
    return [body(sole(r, t)), strap(pts(.85, by - t, .8, by - t - .35))] + straps + maybe(r, .8, [ankle])


def flip_flop(r):
    t = r.uniform(.1, .18)
    by = .3
    v = [strap(bez((-.6, by - t), (-.45, by - t - .2), (-.1, by - t - .3), 6)), strap(bez((-.1, by - t - .3), (.15, by - t - .15), (.35, by - t), 6))]
    return [body(sole(r, t)), line(pts(-.95, by - t * .5, .97, by - t * .5))][: 1 + int(r.random() < .4)] + v


def slide(r):
    t = r.uniform(.12, .22)
    by = .3
    band_ = pts(-.55, by - t, -.45, by - t - .35, .05, by - t - .4, .15, by - t)
    return [body(sole(r, t)), body(band_), line(pts(-.5, by - t, .1, by - t))] + maybe(r, .5, [line(pts(-.4, by - t - .2, 0, by - t - .22))])


def stiletto_sandal(r):
    rise = r.uniform(.45, .65)
    by = .3
    s = sole(r, .06, rise)
    heel = heel_block(.8, .95, by - rise, by, taper=.05)
    ankle = strap(arc(.75, by - rise - .3, .18, .25, 0, 360, 14), .7)
    toe = strap(arc(-.65, by - .06, .25, .25, 180, 360, 9))
    return [body(s), body(heel), toe, ankle, strap(pts(.9, by - rise - .05, .85, by - rise - .25), .8)]


def block_heel_sandal(r):
    rise = r.uniform(.3, .45)
    by = .3
    heel = heel_block(.7, .98, by - rise, by, taper=.03)
    straps = [strap(arc(-.55, by - .08, .22, .3, 180, 360, 9)), strap(pts(.05, by - rise * .5 - .08, .75, by - rise - .45, .95, by - rise - .35))]
    return [body(sole(r, .08, rise)), body(heel), line(pts(.7, by - rise, .98, by - rise))] + straps


def sport_sandal(r):
    t = r.uniform(.16, .24)
    by = .3
    straps = [body(pts(x - .08, by - t, x - .02, by - t - .38, x + .1, by - t - .38, x + .08, by - t))
              for x in (-.55, -.15)]
    heel = body(pts(.55, by - t, .62, by - t - .5, .9, by - t - .45, .92, by - t))
    return [body(sole(r, t)), line(pts(-.95, by - t * .45, .97, by - t * .45))] + straps + [heel, line(pts(-.6, by - t - .2, .8, by - t - .25))]


def gladiator(r):
    t = .1
    by = .3
    rows = [strap(pts(-.4 + i * .15, by - t - .05 - i * .05, .1 + i * .15, by - t - .3 - i * .12)) for i in range(3)]
    shaft = [strap(pts(.3, by - t - .6 - i * .2, .85, by - t - .6 - i * .2)) for i in range(3)]
    return [body(sole(r, t)), strap(pts(.3, by - t - .2, .3, by - t - 1.05)), strap(pts(.85, by - t, .85, by - t - 1.05))] + rows + shaft


def wedge_sandal(r):
    rise = r.uniform(.35, .5)
    by = .3
    wedge = pts(-.95, by, -.9, by - .12, .95, by - rise - .1, 1.0, by)
    straps = [strap(arc(-.5, by - .12, .25, .3, 180, 360, 9)), strap(arc(.6, by - rise - .35, .2, .25, 0, 360, 14), .8)]
    return [body(wedge), line(pts(-.9, by - .12, .95, by - rise - .1))] + straps


def platform_sandal(r):
    t = r.uniform(.25, .35)
    by = .3
    return ([body(sole(r, t)), line(pts(-.95, by - t * .5, .97, by - t * .5)), strap(arc(-.45, by - t, .3, .35, 180, 360, 9)),
             strap(pts(.3, by - t, .55, by - t - .4, .85, by - t))])


def t_strap(r):
    t = r.uniform(.08, .12)
    by = .3
    return [body(sole(r, t)), strap(pts(-.45, by - t, -.3, by - t - .3, .6, by - t - .45, .88, by - t)),
            strap(pts(.55, by - t - .42, .9, by - t - .55, .9, by - t - .3)), strap(pts(-.65, by - t, -.3, by - t - .3, -.1, by - t))]


def top_view_flip_flop(r):
    outline = np.vstack([arc(0, -.55, .42, .45, 180, 360, 12), arc(0, .55, .36, .45, 0, 180, 12)])
    outline[:, 0] *= r.uniform(.85, 1.1)
    # seen from above the thong is drawn on the sole: a detail line, a dark gap when painted
    return [body(outline), line(bez((-.36, .0), (-.15, -.4), (0, -.7), 6)), line(bez((.36, .0), (.15, -.4), (0, -.7), 6))]


# Ankle boots: a shoe with a shaft up to the ankle, often a heel.

def boot(r, *, shaft=-1.0, front=-0.05, heel_h=0.0, sole_t=0.12, toe_h=0.0, pointy=0.0, back=0.78):
    by = 0.3
    toe = (-.92, -.02 + toe_h + pointy * .1)
    instep = bez(toe, (front - .1, -.2 + pointy * .05), (front + .05, -.6), 7)
    p = [(-1.0 + pointy * .1, by - .02), (-1.02 + pointy * .15, by - sole_t - .05 + pointy * .05)] + [tuple(v) for v in instep]
    p += [(front + .08, shaft), (back - .02, shaft), (back, -.3), (back + .08, by - sole_t - heel_h)]
    if heel_h > 0:
        p += [(back + .08, by), (back - .18, by), (back - .2, by - heel_h), (-.3, by - heel_h * .4), (-.7, by)]
    else:
        p += [(back + .08, by), (-.7, by + .01)]
    return np.array(p), by


def chelsea(r):
    g, by = boot(r, shaft=r.uniform(-1.05, -.85), sole_t=r.uniform(.1, .16), heel_h=r.uniform(0, .12))
    panel = line(bez((.12, -.9), (.3, -.15), (.55, -.9), 8))
    tab = line(pts(.7, -.95, .72, -1.15, .8, -1.12, .78, -.95))
    return [body(g), sole_line(by, .12, -.98, .85)] + [panel] + maybe(r, .6, [tab])


def combat(r):
    g, by = boot(r, shaft=r.uniform(-1.1, -.95), sole_t=r.uniform(.16, .24), front=-.15)
    return [body(g), sole_line(by, .2, -.98, .85)] + laces(-.45, -.2, -.05, -.9, int(r.integers(4, 7)), .08) + maybe(r, .5, [line(bez((-.95, by - .2), (-.85, -.1), (-.6, -.1), 6))])


def heeled_bootie(r):
    h = r.uniform(.35, .55)
    g, by = boot(r, shaft=r.uniform(-1.1, -.9), heel_h=h, sole_t=.04, pointy=r.uniform(.3, 1.0), back=.82)
    return [body(g)] + maybe(r, .6, [line(pts(.4, -.85, .45, -.1))])


def block_bootie(r):
    h = r.uniform(.25, .4)
    g, by = boot(r, shaft=r.uniform(-1.0, -.85), heel_h=h, sole_t=.08, back=.8)
    return [body(g), line(pts(.62, by - h, .88, by - h))] + maybe(r, .7, [line(pts(.5, -.85, .5, -.2))])


def work_boot(r):
    g, by = boot(r, shaft=r.uniform(-1.0, -.9), sole_t=r.uniform(.2, .28), toe_h=-.05, front=-.2)
    collar = line(pts(-.08, -.82, .78, -.8))
    cap = line(bez((-.65, by - .22), (-.6, -.15), (-.95, -.1), 5))
    return [body(g), sole_line(by, .22, -.98, .85), collar, cap] + laces(-.45, -.22, -.12, -.75, 4, .07)


def wedge_bootie(r):
    g, by = boot(r, shaft=-.95, heel_h=0, sole_t=.1)
    wedge = pts(-.6, by, .86, by, .86, by - .4, .2, by - .15)
    return [body(g), body(wedge), line(pts(-.5, by - .05, .86, by - .4))] + maybe(r, .5, [line(pts(.45, -.85, .45, -.25))])


def western(r):
    h = r.uniform(.2, .3)
    g, by = boot(r, shaft=r.uniform(-1.15, -1.0), heel_h=h, sole_t=.06, pointy=.8, back=.78)
    stitch = line(bez((.0, -.85), (.35, -.5), (.65, -.9), 8))
    return [body(g), stitch] + maybe(r, .5, [line(pts(.6, by - h, .86, by - h))])


def chukka(r):
    g, by = boot(r, shaft=r.uniform(-.8, -.7), sole_t=r.uniform(.1, .14), front=-.05)
    return [body(g), sole_line(by, .12, -.98, .85), line(pts(-.05, -.4, -.05, -.72))] + laces(-.3, -.3, -.08, -.6, 2, .07)


def platform_boot(r):
    g, by = boot(r, shaft=-1.05, sole_t=r.uniform(.3, .38), heel_h=0)
    return [body(g), sole_line(by, .34, -.98, .85), line(pts(.55, -.95, .55, -.2))] + maybe(r, .5, [line(pts(-.98, by - .17, .85, by - .17))])


def hiking(r):
    g, by = boot(r, shaft=-1.0, sole_t=r.uniform(.18, .24), front=-.18)
    teeth = [line(pts(x, by, x, by - .1)) for x in np.linspace(-.8, .7, 6)]
    return [body(g), sole_line(by, .2, -.98, .85), line(pts(-.1, -.8, .8, -.75))] + laces(-.5, -.2, -.1, -.85, 5, .08) + maybe(r, .5, teeth)


# ---------------------------------------------------------------- bags (front, or a slight angle)

def rect(x0, y0, x1, y1):
    return pts(x0, y0, x1, y0, x1, y1, x0, y1)


def handle(x0, x1, y, h):
    return strap(arc((x0 + x1) / 2, y, (x1 - x0) / 2, h, 180, 360, 12), 1.0)


def tote(r):
    w, h = r.uniform(.75, .95), r.uniform(.85, 1.0)
    g = pts(-w * .85, -.3, w * .85, -.3, w, -.3 + h * 1.2, -w, -.3 + h * 1.2)
    return [body(g), handle(-.45, -.15, -.3, r.uniform(.5, .7)), handle(.15, .45, -.3, r.uniform(.5, .7))][: 2 + int(r.random() < .7)]


def top_handle(r):
    w = r.uniform(.8, 1.0)
    g = np.vstack([pts(-w * .8, -.2, w * .8, -.2), pts(w, .2, w, .75, -w, .75, -w, .2)])
    flap = line(pts(-w * .9, 0, -.1, .2, .1, .2, w * .9, 0))
    return [body(g), handle(-.35, .35, -.2, r.uniform(.45, .6)), flap] + maybe(r, .6, [dot(0, .28)])


def backpack(r):
    w = r.uniform(.6, .75)
    g = np.vstack([arc(0, -.45, w, .4, 180, 360, 12), pts(w, .9, -w, .9)])
    pocket = line(rect(-w * .7, .25, w * .7, .8))
    return [body(g), pocket, strap(arc(0, -.85, .2, .15, 180, 360, 7), .8), line(arc(0, -.45, w * .8, .3, 180, 360, 10))][: 3 + int(r.random() < .6)] + [
        strap(pts(-w, -.3, -w - .12, .3, -w, .8), .8)]


def clutch(r):
    w, h = r.uniform(.9, 1.0), r.uniform(.45, .6)
    g = rect(-w, -h, w, h)
    return [body(g), line(pts(-w, -h, 0, h * r.uniform(.1, .5), w, -h))] + maybe(r, .6, [dot(0, h * .2)])


def shoulder_bag(r):
    w, h = r.uniform(.65, .85), r.uniform(.45, .6)
    g = np.vstack([pts(-w, 0), arc(-w + .15, 0 + 2 * h - .15, .15, .15, 180, 90, 4), arc(w - .15, 2 * h - .15, .15, .15, 90, 0, 4), pts(w, 0)])
    st = strap(bez((-w + .05, .02), (0, -2.2 * h - .6), (w - .05, .02), 14), .7)
    return [body(g), st] + maybe(r, .7, [line(pts(-w, .25, w, .25))])


def satchel(r):
    w, h = r.uniform(.8, .95), r.uniform(.55, .7)
    g = rect(-w, -h + .2, w, h + .2)
    flap = line(pts(-w, -h + .2, -w, .25, w, .25, w, -h + .2))
    buckle = [line(rect(-.12, .15, .12, .4)), line(rect(-.55, .15, -.35, .4))][: 1 + int(r.random() < .5)]
    return [body(g), flap, handle(-.25, .25, -h + .2, .3)] + buckle


def bucket(r):
    w = r.uniform(.55, .7)
    g = np.vstack([arc(0, -.4, w, .12, 180, 360, 10), pts(w * 1.05, .5), arc(0, .5, w * 1.05, .35, 0, 180, 10)])
    return [body(g), line(arc(0, -.4, w, .12, 0, 180, 8)), strap(bez((-w, -.4), (0, -1.8), (w, -.4), 12), .8)]


def purse(r):
    w = r.uniform(.7, .85)
    g = np.vstack([pts(-w * .7, -.2, w * .7, -.2), arc(0, -.2, w, .9, 0, 180, 14)])
    clasp = [line(arc(-.08, -.3, .07, .07, 0, 360, 8)), line(arc(.08, -.3, .07, .07, 0, 360, 8))]
    return [body(g), line(pts(-w * .7, -.2, w * .7, -.2))] + maybe(r, .7, clasp) + maybe(r, .6, [handle(-.4, .4, -.2, .45)])


def duffel(r):
    w, h = 1.0, r.uniform(.38, .48)
    g = np.vstack([arc(-w + h, 0, h, h, 90, 270, 10), arc(w - h, 0, h, h, -90, 90, 10)])
    return [body(g), line(pts(-w + h, -h, w - h, -h)), line(arc(-w + h, 0, h * .6, h * .8, 90, 270, 7)),
            handle(-.35, .35, -h, .3)]


def angled_box_bag(r):
    w, h, d = r.uniform(.65, .8), r.uniform(.6, .75), r.uniform(.25, .35)
    g = pts(-w, -h + .2, w, -h + .2, w + d, -h + .2 - d * .5 + d * .5, w + d, h + .05, w, h + .2, -w, h + .2)
    side = line(pts(w, -h + .2, w, h + .2))
    return [body(g), side, handle(-.3, .3, -h + .2, r.uniform(.35, .5))] + maybe(r, .5, [line(pts(-w, -h + .45, w, -h + .45))])


def cutout_tote(r):
    w, h = r.uniform(.75, .9), r.uniform(.9, 1.1)
    g = np.vstack([pts(-w, -h), pts(w, -h), pts(w * 1.05, h), pts(-w * 1.05, h)])
    hole_ = arc(0, -h + .28, .28, .11, 0, 360, 14)
    return [body(g), hole(hole_)] + maybe(r, .5, [line(pts(-w, -h + .55, w, -h + .55))])


def hobo(r):
    w = r.uniform(.8, .95)
    g = np.vstack([bez((-w * .6, -.3), (0, -.05), (w * .6, -.3), 7), bez((w * .6, -.3), (w * 1.3, .35), (0, .8), 8)[1:],
                   bez((0, .8), (-w * 1.3, .35), (-w * .6, -.3), 8)[1:]])
    return [body(g), strap(bez((-w * .6, -.3), (0, -1.4), (w * .6, -.3), 12), .9)]


# ---------------------------------------------------------------- the hand

DESIGNS = (
    (tee, vneck_tee, tank, cami, crop, boxy_tee, fitted_top, raglan_tee, pocket_tee, polo, logo_tee, sleeveless_wide),
    (jeans, wide_leg, skinny, leggings, flares, chinos, joggers, cargo, palazzo, straight_suit),
    (crew_sweater, sweater_spread, turtleneck, vneck_sweater, hoodie, raglan_sweater, cable_knit, sweatshirt,
     cropped_sweater, striped_sweater, chunky_sweater),
    (a_line, fit_flare, maxi, shift, slip, wrap_dress, long_sleeve_dress, mermaid, tiered, shirt_dress, halter, off_shoulder),
    (long_coat, trench, parka, blazer, zip_hoodie, puffer, cardigan, denim_jacket, peacoat, open_coat, bomber, raincoat),
    (flat_sandal, flip_flop, slide, stiletto_sandal, block_heel_sandal, sport_sandal, gladiator, wedge_sandal,
     platform_sandal, t_strap, top_view_flip_flop),
    (dress_shirt, short_sleeve_shirt, flannel, blouse, denim_shirt, mandarin_shirt, bow_blouse, rolled_shirt,
     tunic_shirt, oversized_shirt, western_shirt),
    (runner, court, high_top, slip_on, chunky, skate, canvas_shoe, trainer_velcro, sock_sneaker, trail),
    (tote, top_handle, backpack, clutch, shoulder_bag, satchel, bucket, purse, duffel, angled_box_bag, cutout_tote, hobo),
    (chelsea, combat, heeled_bootie, block_bootie, work_boot, wedge_bootie, western, chukka, platform_boot, hiking),
)


def designs_per_class() -> list[int]:
    return [len(d) for d in DESIGNS]


def draw_hand(r):
    """How one person draws this time: size, place, tilt, brush, wobble, care at the ends."""
    return {
        "size": r.uniform(145, 230) if r.random() < .85 else r.uniform(100, 145),
        "shift": r.normal(0, 14, 2),
        "tilt": float(np.clip(r.normal(0, 3.5), -10, 10)),
        "squash": r.uniform(.9, 1.1),
        "brush": float(np.clip(r.lognormal(math.log(14), .38), 6, 36)),
        "wobble": r.uniform(0, 3.0),
        "open": r.random() < .35,
        "paint_over": r.random() < .2,   # some paint everything, gaps and all
        "scribble": r.random() < .3,
    }


def densify(p, step):
    seg = np.hypot(*np.diff(p, axis=0).T)
    s = np.concatenate([[0], np.cumsum(seg)])
    if s[-1] < 1e-6:
        return p
    n = max(2, int(s[-1] / step) + 1)
    t = np.linspace(0, s[-1], n)
    return np.stack([np.interp(t, s, p[:, 0]), np.interp(t, s, p[:, 1])], axis=1)


def wobbled(p, hand, r, closed):
    """A careful hand still wavers a little along a stroke, and places each detail a little off."""
    if closed:
        p = np.vstack([p, p[:1]])
    p = densify(p, 5.0 * SCALE)
    a = hand["wobble"] * SCALE
    if a > 0 and len(p) > 2:
        s = np.linspace(0, 1, len(p)) * len(p) * 5.0 * SCALE
        for axis in (0, 1):
            lam = r.uniform(60, 160) * SCALE
            p[:, axis] += a * np.sin(2 * np.pi * s / lam + r.uniform(0, 6.3))
        if closed:  # the end meets the start again
            p[-1] = p[0]
    return p


def to_canvas(parts, hand):
    allp = np.vstack([q[1] for q in parts])
    t = math.radians(hand["tilt"])
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]]) * [[hand["squash"]], [1.0]]
    lo, hi = (allp @ rot.T).min(0), (allp @ rot.T).max(0)
    scale = hand["size"] / max(hi - lo)
    # a square garment (a clutch, a box bag) drawn as big as a long one would fill the canvas
    scale = min(scale, math.sqrt(0.42 * CANVAS ** 2 / max(np.prod(hi - lo), 1e-6)))
    margin = hand["brush"] / 2 + 6
    centre = CANVAS / 2 + hand["shift"]
    half = (hi - lo) * scale / 2
    centre = np.clip(centre, margin + half, CANVAS - margin - half) if (half < CANVAS / 2 - margin).all() else np.full(2, CANVAS / 2)
    mid = (lo + hi) / 2
    return lambda p: ((p @ rot.T - mid) * scale + centre) * SCALE


def stroke(draw, p, width, fill):
    draw.line([tuple(q) for q in p], fill=fill, width=int(round(width)), joint="curve")
    rr = width / 2
    for x, y in (p[0], p[-1]):
        draw.ellipse([x - rr, y - rr, x + rr, y + rr], fill=fill)


def scribbled(img, poly, width, r):
    """Coloured in with back-and-forth strokes that stop at the outline (mostly)."""
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon([tuple(q) for q in poly], fill=255)
    layer = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(layer)
    xs, ys = poly[:, 0], poly[:, 1]
    gap = width * r.uniform(.7, 1.2)
    angle = math.radians(r.uniform(-35, 35) + (90 if r.random() < .3 else 0))
    c, s = math.cos(angle), math.sin(angle)
    cx, cy, rad = xs.mean(), ys.mean(), max(np.ptp(xs), np.ptp(ys)) * .75
    zig = []
    for i, off in enumerate(np.arange(-rad, rad, gap)):
        a, b = (-rad, rad) if i % 2 == 0 else (rad, -rad)
        zig += [(cx + a * c - off * s, cy + a * s + off * c), (cx + b * c - (off + gap / 2) * s, cy + b * s + (off + gap / 2) * c)]
    d.line(zig, fill=255, width=int(width), joint="curve")
    img.paste(255, (0, 0), Image.fromarray(np.minimum(np.asarray(layer), np.asarray(mask))))


def render(parts, style, hand, r):
    img = Image.new("L", (CANVAS * SCALE, CANVAS * SCALE), 0)
    draw = ImageDraw.Draw(img)
    place = to_canvas(parts, hand)
    w = hand["brush"] * SCALE
    gap = float(np.clip(hand["brush"] * r.uniform(.25, .45), 3, 9)) * SCALE
    filled = style == "filled"
    for kind, p, *extra in parts:
        q = place(p)
        if kind == "body":
            loop = wobbled(q, hand, r, closed=True)
            if filled:
                if hand["scribble"]:
                    scribbled(img, loop, w, r)
                else:
                    draw.polygon([tuple(v) for v in loop], fill=255)
                stroke(draw, loop, w, 255)
            else:
                if hand["open"] and r.random() < .7:  # the contour's end stops short of its start
                    loop = np.roll(loop[:-1], r.integers(len(loop)), axis=0)
                    loop = loop[: max(2, int(len(loop) * r.uniform(.93, .985)))]
                stroke(draw, loop, w, 255)
        elif kind == "strap":
            stroke(draw, wobbled(q, hand, r, False), max(w * extra[0] * (1.3 if filled else 1.0), 3 * SCALE), 255)
    for kind, p, *extra in parts:
        q = place(p)
        if kind == "line":
            if not filled:
                stroke(draw, wobbled(q, hand, r, False), w, 255)
            elif not hand["paint_over"] and r.random() < .85:
                stroke(draw, wobbled(q, hand, r, False), gap, 0)
        elif kind == "cut" and filled:
            draw.polygon([tuple(v) for v in q], fill=0)
        elif kind == "hole":
            loop = wobbled(q, hand, r, closed=True)
            if filled:
                draw.polygon([tuple(v) for v in loop], fill=0)
            else:
                stroke(draw, loop, w, 255)
        elif kind == "dot":
            x, y = q[0] + r.normal(0, hand["wobble"] * SCALE, 2)
            if not filled:
                rr = max(w * .45, 3 * SCALE)
                draw.ellipse([x - rr, y - rr, x + rr, y + rr], fill=255)
            elif not hand["paint_over"] and r.random() < .6:
                rr = gap * .9
                draw.ellipse([x - rr, y - rr, x + rr, y + rr], fill=0)
    return np.asarray(img.resize((CANVAS, CANVAS), Image.Resampling.BOX))


def draw_one(label: int, index: int, style: str, seed: int) -> np.ndarray:
    designs = DESIGNS[label]
    n = len(designs)
    order = np.random.default_rng([seed, label, 7919]).permutation(n)
    design = designs[order[(index + index // n) % n]]  # every design in both styles over the rounds
    r = np.random.default_rng([seed, label, index, STYLES.index(style)])
    parts = design(r)
    return render(parts, style, draw_hand(r), r)


def make(count_per_class: int, seed: int = 0, styles=STYLES):
    styles = tuple(styles)
    if not styles or any(s not in STYLES for s in styles):
        raise ValueError(f"styles must be a non-empty subset of {STYLES}, got {styles!r}")
    images, labels, names = [], [], []
    for label in range(len(CLASS_NAMES)):
        for i in range(count_per_class):
            style = styles[i % len(styles)]
            images.append(draw_one(label, i, style, seed))
            labels.append(label)
            names.append(style)
    out = np.stack(images) if images else np.zeros((0, CANVAS, CANVAS), np.uint8)
    return out.astype(np.uint8), np.array(labels, dtype=np.int64), names


def contact_sheet(images, columns, tile=140) -> Image.Image:
    images = np.asarray(images)
    rows = max(1, math.ceil(len(images) / columns))
    sheet = Image.new("L", (columns * tile, rows * tile), 40)
    for i, im in enumerate(images):
        t = Image.fromarray(im).resize((tile - 2, tile - 2), Image.Resampling.BILINEAR if im.shape[0] > tile else Image.Resampling.NEAREST)
        sheet.paste(t, ((i % columns) * tile + 1, (i // columns) * tile + 1))
    return sheet


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-class", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sheet", default="/tmp/catalog_hands_sheet.png")
    ap.add_argument("--net", action="store_true", help="also save the 28x28 the network sees")
    a = ap.parse_args(argv)
    images, labels, _ = make(a.per_class, a.seed)
    contact_sheet(images, a.per_class).save(a.sheet)
    print("saved", a.sheet)
    if a.net:
        from .predict import preprocess
        small = np.stack([preprocess(im, "canvas", drawing=True) for im in images])
        path = a.sheet.replace(".png", "_net.png") if a.sheet.endswith(".png") else a.sheet + "_net.png"
        contact_sheet(small, a.per_class, tile=84).save(path)
        print("saved", path)


if __name__ == "__main__":
    main()
