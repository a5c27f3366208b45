"""A fixed corpus of hostile and awkward image uploads, generated in memory (no binary fixtures).

Each case is the file's bytes, a file name as a user would upload it, and what must happen: either
a prediction that agrees with the same garment as a plain PNG ("same"), any prediction ("any"), or
a one-line error matching a pattern. Used by tests/unit/test_hostile_images.py and
tests/app/test_uploads.py.
"""
from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

SIZE = 200
SAME = "same"   # a prediction, and the same 28x28 as the plain PNG of the garment
ANY = "any"     # a prediction (the content is odd on purpose)


@dataclass(frozen=True)
class Case:
    filename: str
    data: bytes
    expect: str   # SAME, ANY or a regular expression the one-line error must match

    @property
    def predicts(self) -> bool:
        return self.expect in (SAME, ANY)


def encode(image: Image.Image, fmt: str = "PNG", **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


def trousers(size: int = SIZE, fg=0, bg=255, mode: str = "L") -> Image.Image:
    """Dark trousers on a light background, like a Fashion-MNIST product photo before negation."""
    image = Image.new(mode, (size, size), bg)
    draw = ImageDraw.Draw(image)
    for box in ((0.3, 0.1, 0.48, 0.9), (0.52, 0.1, 0.7, 0.9), (0.3, 0.1, 0.7, 0.25)):
        draw.rectangle([v * size for v in box], fill=fg)
    return image


def tshirt(size: int = SIZE, fg=0, bg=255, mode: str = "L") -> Image.Image:
    image = Image.new(mode, (size, size), bg)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0.3 * size, 0.2 * size, 0.7 * size, 0.85 * size], fill=fg)
    draw.polygon([(0.3 * size, 0.2 * size), (0.1 * size, 0.4 * size), (0.3 * size, 0.45 * size)], fill=fg)
    draw.polygon([(0.7 * size, 0.2 * size), (0.9 * size, 0.4 * size), (0.7 * size, 0.45 * size)], fill=fg)
    return image


def on_transparent(shape: Image.Image, colour) -> Image.Image:
    """The garment (where `shape` is dark) in `colour`, everything else fully transparent, with
    random colours under the transparent pixels (they must not matter)."""
    rng = np.random.default_rng(0)
    rgba = rng.integers(0, 256, (shape.height, shape.width, 4), dtype=np.uint8)
    garment = np.asarray(shape) < 128
    rgba[garment, :3] = colour
    rgba[..., 3] = np.where(garment, 255, 0)
    return Image.fromarray(rgba)


def on_plain(shape: Image.Image, colour, background) -> Image.Image:
    garment = np.asarray(shape) < 128
    rgb = np.empty((shape.height, shape.width, 3), dtype=np.uint8)
    rgb[:] = background
    rgb[garment] = colour
    return Image.fromarray(rgb)


# ----------------------------------------------------------------------------------------------
# Large PNGs written row by row: they never exist decoded in this process

def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def big_png(width: int, height: int, bit_depth: int = 8, colour_type: int = 0, row_for=None) -> bytes:
    """A complete, valid PNG of any size (colour type 0 = grey, 2 = RGB); row_for(y) gives a
    row's bytes after the filter byte (default: all zero)."""
    channels = {0: 1, 2: 3}[colour_type]
    row_bytes = (width * channels * bit_depth + 7) // 8
    blank = bytes(row_bytes)
    compressor = zlib.compressobj(6)
    parts = [compressor.compress(b"\x00" + (row_for(y) if row_for else blank)) for y in range(height)]
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")


def big_trousers_png(side: int, colour_type: int = 0) -> bytes:
    """Dark trousers on white at side x side pixels, 8 bits per channel."""
    channels = {0: 1, 2: 3}[colour_type]
    white = b"\xff" * (side * channels)
    legs = bytearray(white)
    for x0, x1 in ((0.3, 0.48), (0.52, 0.7)):
        legs[int(x0 * side) * channels:int(x1 * side) * channels] = bytes((int(x1 * side) - int(x0 * side)) * channels)
    waist = bytearray(white)
    waist[int(0.3 * side) * channels:int(0.7 * side) * channels] = bytes((int(0.7 * side) - int(0.3 * side)) * channels)
    legs, waist = bytes(legs), bytes(waist)

    def row(y: int) -> bytes:
        if 0.1 * side <= y <= 0.25 * side:
            return waist
        return legs if 0.1 * side <= y <= 0.9 * side else white
    return big_png(side, side, 8, colour_type, row)


def gif_bomb() -> bytes:
    """A tiny GIF whose logical screen claims 65535x65535 pixels."""
    data = bytearray(encode(trousers(16).convert("P"), "GIF"))
    data[6:10] = struct.pack("<HH", 65535, 65535)
    return bytes(data)


# ----------------------------------------------------------------------------------------------
# The corpus

def reference_png() -> bytes:
    """The plain PNG every SAME case must agree with."""
    return encode(trousers().convert("RGB"))


@lru_cache(maxsize=1)
def small_cases() -> tuple[Case, ...]:
    plain = trousers()
    rgb = plain.convert("RGB")
    png = reference_png()
    tiff_float = np.asarray(plain, dtype=np.float32)
    tiff_float[0, 0], tiff_float[3, 3] = np.nan, np.inf
    upright_to_stored = rgb.transpose(Image.Transpose.ROTATE_90)   # the phone stored it sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90 degrees clockwise to display"
    gif_frames = [rgb, tshirt().convert("RGB")]
    palette_transparent = plain.convert("P")
    background_index = palette_transparent.getpixel((0, 0))
    return (
        Case("notes.png", b"this is not an image, just some text\n" * 20, r"not an image"),
        Case("empty.png", b"", r"file is empty"),
        Case("drawing.png", b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200">'
             b'<rect x="60" y="20" width="80" height="160"/></svg>', r"not an image"),
        Case("script.eps", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n"
             b"newpath 10 10 moveto 90 90 lineto stroke\n", r"not an image"),  # never handed to Ghostscript
        Case("cut.png", png[:len(png) // 2], r"truncated or corrupt"),
        Case("cut.jpg", encode(rgb, "JPEG")[:600], r"truncated or corrupt"),
        Case("pixel.png", encode(Image.new("RGB", (1, 1), "red")), r"blank"),
        Case("white.png", encode(Image.new("RGB", (64, 64), "white")), r"blank"),
        Case("black.jpg", encode(Image.new("RGB", (64, 64), "black"), "JPEG"), r"blank"),
        Case("nan.tiff", encode(Image.fromarray(np.full((40, 40), np.nan, dtype=np.float32)), "TIFF"), r"blank"),
        Case("lab.tiff", encode(rgb.convert("LAB"), "TIFF"), r"unsupported colour mode LAB"),
        Case("gif-bomb.gif", gif_bomb(), r"too large|megapixels"),
        Case("plain.png", png, SAME),
        Case("grey16.png", encode(Image.fromarray(np.asarray(plain, dtype=np.uint16) * 257)), SAME),
        Case("cmyk.jpg", encode(rgb.convert("CMYK"), "JPEG", quality=95), SAME),
        Case("palette.png", encode(rgb.convert("P")), SAME),
        Case("palette-transparent.png", encode(palette_transparent, transparency=background_index), SAME),
        Case("transparent.png", encode(on_transparent(plain, (0, 0, 0))), SAME),
        Case("animated.gif", encode(gif_frames[0], "GIF", save_all=True, append_images=gif_frames[1:],
                                    duration=200, loop=0), SAME),
        Case("rotated-exif.jpg", encode(upright_to_stored, "JPEG", quality=95, exif=exif), SAME),
        Case("photo.webp", encode(rgb, "WEBP", quality=95), SAME),
        Case("photo.bmp", encode(rgb, "BMP"), SAME),
        Case("photo.tiff", encode(rgb, "TIFF"), SAME),
        Case("float-nan.tiff", encode(Image.fromarray(tiff_float), "TIFF"), SAME),
        Case("grey-alpha.png", encode(plain.convert("LA")), SAME),
        Case("one-bit.png", encode(plain.convert("1")), SAME),
        Case("wide.png", encode(Image.fromarray(np.pad(np.asarray(plain), ((0, 0), (3000, 3000)),
                                                       constant_values=255))), SAME),
    )


@lru_cache(maxsize=1)
def big_cases() -> tuple[Case, ...]:
    """Built in a second or two; kept for the session."""
    return (
        # 2.5 gigapixels of 1-bit zeros, complete and valid, in about 300 kB.
        Case("bomb.png", big_png(50_000, 50_000, bit_depth=1), r"too large to decode safely"),
        # Large but valid: 400 megapixels of garment (400 MB decoded) in about 400 kB.
        Case("huge.png", big_trousers_png(20_000), r"too large to decode safely"),
        # Under the 40-megapixel limit: decoded (108 MB as RGB) and predicted.
        Case("large.png", big_trousers_png(6_000, colour_type=2), SAME),
    )


BIG_NAMES = ("bomb.png", "huge.png", "large.png")  # big_cases(), known without building them


def all_cases() -> tuple[Case, ...]:
    return small_cases() + big_cases()


def case_named(filename: str) -> Case:
    return next(case for case in all_cases() if case.filename == filename)
