"""Any image -> the 28x28 Fashion-MNIST would have made of it -> top-k classes.

Fashion-MNIST was made from product photos: trimmed to the product, longest edge resized to 28,
centred on 28x28, intensities negated so the garment is light on a dark background. `preprocess`
does the same to a photo, a drawing or a canvas array, and returns the 28x28 it produced so the
app can show what the network sees.
"""
from __future__ import annotations

import contextlib
import math
import io
import os
import threading
import time
import warnings
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageOps, UnidentifiedImageError
from scipy import ndimage
from torch import nn

from .config import CLASS_NAMES, IMAGE_SIZE, TRIM_LEVEL
from .errors import FashionError
from .evaluate import predict_logits

MAX_PIXELS = 40_000_000        # larger images are refused before decoding (decompression bombs)
MAX_FILE_BYTES = 64 * 2**20    # larger files are refused before reading
WORKING_SIZE = 512             # images are shrunk to 512x512 pixels' worth before trimming: plenty for 28x28
MIN_CONTRAST = 8               # below this (of 255) between garment and background, there is nothing to see
# Photo and drawing formats only: no EPS (Pillow would run Ghostscript on it), PSD, PDF, ...
# (JPEG covers MPO, the multi-picture JPEGs of some phones; AVIF where Pillow was built with it.)
FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "BMP", "TIFF", "ICO", "PPM", "AVIF")
FORMAT_NAMES = "PNG, JPEG, WebP, GIF, BMP or TIFF"
# Filling drawings (preprocess(fill_outlines=True)); sizes are fractions of the drawing's longest side.
GAP_CLOSED = 0.04                 # outline gaps up to this fraction of the drawing's size are closed
WIDE_HOLE = 0.035                 # enclosed areas deeper than this fraction of its size get painted
DRAWING_SIZE = 112                # drawings are filled at this size (4x the 28x28 it becomes): fast
DRAWN_FILL = 255.0                # level the inside of a closed outline is painted at
# Uneven light (a phone photo of a drawing on paper): the background is fitted as a smooth surface;
# below this range (of 255) across the image it is taken as one flat level, the border's.
UNEVEN_LIGHT = 20.0
RULE_LENGTH = 1 / 24              # printed rules are straight over this fraction of the image's side...
RULE_WIDTH = 1 / 100              # ...thinner than this across...
FAINT_LINE = 0.5                  # ...and fainter than this fraction of the ink
# Stray marks (a finger's tap, a palm, a speck): marks further than STRAY_GAP of the image's side
# from the rest, with under STRAY_SHARE of the largest mark's ink, do not count in the trim box.
STRAY_GAP = 0.03
STRAY_SHARE = 0.1


def _quiet_pillow() -> None:
    """Pillow warns about what it reads: from 89 megapixels (our own, lower limit is checked
    before decoding) and about corrupt EXIF data and odd TIFF tags (the file then either decodes or
    fails with one error line). Those warnings would be noise on stderr. An "ignore" filter is
    (re)installed rather than catch_warnings() per call, whose save-and-restore of the global
    warnings state races between concurrent app sessions; reinstalling an existing filter only
    moves it to the front."""
    warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
    warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")


def open_image(source: str | os.PathLike | bytes | Image.Image | np.ndarray, name: str = "image") -> Image.Image:
    """A decoded PIL image of its own (first frame, EXIF rotation applied), or one clear
    FashionError: never another exception, whatever the bytes."""
    _quiet_pillow()
    if isinstance(source, np.ndarray):
        return _image_from_array(source, name)
    if isinstance(source, Image.Image):
        return _decode(source.copy(), name)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = str(path)
        if not path.is_file():
            raise FashionError(f"{name}: no such file")
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise FashionError(f"{name}: file is {size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
            source = path.read_bytes()
        except OSError as error:
            raise FashionError(f"{name}: cannot read ({error.strerror or error})") from None
    source = bytes(source)
    if len(source) > MAX_FILE_BYTES:
        raise FashionError(f"{name}: file is {len(source) / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB")
    if not source:
        raise FashionError(f"{name}: file is empty")
    try:
        image = Image.open(io.BytesIO(source), formats=_formats())
    except UnidentifiedImageError:
        raise FashionError(f"{name}: not an image ({FORMAT_NAMES} expected)") from None
    except Image.DecompressionBombError:
        raise FashionError(f"{name}: image is too large to decode safely (the limit is "
                           f"{MAX_PIXELS // 1_000_000} megapixels)") from None
    except MemoryError:
        raise FashionError(f"{name}: image is too large to decode") from None
    except Exception as error:  # noqa: BLE001 - a crafted header can raise anything inside Pillow
        raise FashionError(f"{name}: image file is truncated or corrupt ({_reason(error)})") from None
    return _decode(image, name)


def _formats() -> list[str]:
    Image.init()
    return [name for name in FORMATS if name in Image.OPEN]


def _decode(image: Image.Image, name: str) -> Image.Image:
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise FashionError(f"{name}: image is {width}x{height} pixels; the limit is "
                           f"{MAX_PIXELS // 1_000_000} megapixels")
    if width < 1 or height < 1:
        raise FashionError(f"{name}: image is empty ({width}x{height})")
    try:
        image.seek(0)  # first frame of an animation
        if image.format == "JPEG" and max(image.size) > 2 * WORKING_SIZE:
            image.draft(image.mode, (WORKING_SIZE, WORKING_SIZE))  # decode at reduced size: fast
        image.load()
        ImageOps.exif_transpose(image, in_place=True)  # phone photos: upright as the phone showed them
    except MemoryError:
        raise FashionError(f"{name}: image is too large to decode") from None
    except Exception as error:  # noqa: BLE001 - truncated data, bad EXIF, odd TIFF tags, ...
        raise FashionError(f"{name}: image file is truncated or corrupt ({_reason(error)})") from None
    return image


def _reason(error: Exception) -> str:
    """An exception as a short, one-line reason."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _image_from_array(array: np.ndarray, name: str) -> Image.Image:
    if array.ndim == 3 and array.shape[2] in (1, 3, 4):
        array = array[:, :, 0] if array.shape[2] == 1 else array
    if array.ndim not in (2, 3) or array.size == 0:
        raise FashionError(f"{name}: expected an HxW, HxWx3 or HxWx4 array, got shape {array.shape}")
    if array.size > MAX_PIXELS * 4:
        raise FashionError(f"{name}: array of shape {array.shape} is too large")
    if array.dtype != np.uint8:
        array = np.clip(np.nan_to_num(array.astype(np.float64)), 0, 255).astype(np.uint8)
    return Image.fromarray(np.ascontiguousarray(array))  # L, RGB or RGBA from the shape


def _grayscale(image: Image.Image, name: str = "image") -> np.ndarray:
    """Float luminance 0-255; transparent areas become the background (black or white, whichever
    contrasts with the opaque part)."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        values = np.asarray(image, dtype=np.float32)
        finite = np.isfinite(values)
        if not finite.all():  # NaN or infinite pixels in a float TIFF: take them for background
            values = np.where(finite, values, np.median(values[finite]) if finite.any() else 0.0)
        top = 65535.0 if image.mode.startswith("I;16") else max(float(values.max()), 255.0)
        return np.clip(values / top * 255.0, 0, 255)
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    try:
        if not has_alpha:
            return np.asarray(image.convert("L"), dtype=np.float32)
        rgba = image.convert("RGBA")
    except (ValueError, OSError) as error:  # LAB or HSV TIFFs, odd palettes
        raise FashionError(f"{name}: unsupported colour mode {image.mode} ({_reason(error)})") from None
    luminance = np.asarray(rgba.convert("L"), dtype=np.float32)
    alpha = np.asarray(rgba.getchannel("A"), dtype=np.float32) / 255.0
    if alpha.min() > 0.98:
        return luminance
    opaque = alpha > 0.5
    foreground_brightness = luminance[opaque].mean() if opaque.any() else 255.0
    background = 0.0 if foreground_brightness > 127 else 255.0
    return luminance * alpha + background * (1 - alpha)


def preprocess(source, name: str = "image", fill_outlines: bool = False, drawing: bool = False) -> np.ndarray:
    """The 28x28 uint8 image (garment light on dark, trimmed, longest edge 28, centred).

    A drawing takes the same path as a photo but for its stray marks (below): on the drawings
    benchmark (benchmarks/drawings.py) that beat filling its outlines, greying its strokes and
    thinning them, for networks trained with drawings. `fill_outlines` paints the inside of closed
    outlines (drawing_as_garment), for the Live page's switch that shows what filling does. A
    `drawing` (the canvas, or an upload the student says is one) is trimmed to the drawing
    without the stray marks apart from it (a finger's tap, a palm): a photo keeps every part of
    the product, a sandal's strap or a bag's handle the trim would otherwise take for strays.
    """
    image = open_image(source, name)  # a fresh image: shrinking it in place touches nothing else
    width, height = image.size
    if width * height > WORKING_SIZE ** 2:
        # Shrink by area, not by the longest edge: a garment on a long strip keeps enough pixels.
        scale = (WORKING_SIZE ** 2 / (width * height)) ** 0.5
        image.thumbnail((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.BOX)
    gray = _grayscale(image, name)
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    negated = np.median(border) > 127
    if negated:  # dark garment on a light background, like the product photos: negate
        gray, border = 255.0 - gray, 255.0 - border
    garment = np.clip(gray - _background(gray, border), 0, None)
    peak = float(np.percentile(garment, 99.5)) if garment.size > 400 else float(garment.max())
    if peak < MIN_CONTRAST:
        raise FashionError(f"{name}: image is blank (one flat colour): nothing to classify")
    # Not a studio's white: a photographed sheet of paper, maybe, whose printed lines and specks
    # of noise are not the garment.
    on_paper = negated and np.ptp(np.percentile(border, [1, 99])) >= MIN_CONTRAST
    if on_paper:
        garment = _without_ruled_lines(garment, peak)
    drawn = garment > TRIM_LEVEL * peak
    if on_paper:
        specks_gone = ndimage.binary_opening(drawn, structure=np.ones((3, 3)))
        drawn = specks_gone if specks_gone.any() else drawn
    if drawing:
        drawn = _without_stray_marks(drawn)
    rows, cols = np.nonzero(drawn)
    garment = garment[rows.min():rows.max() + 1, cols.min():cols.max() + 1]
    garment = np.clip(garment / peak * 255.0, 0, 255)
    if fill_outlines:
        garment = drawing_as_garment(_shrunk(garment, DRAWING_SIZE))
    return _fit_to_square(garment.astype(np.uint8))


def _background(gray: np.ndarray, border: np.ndarray) -> float | np.ndarray:
    """The background's level under the garment (dark: `gray` is already negated if need be): the
    median of the image's border, or, where light falls unevenly across it (a drawing on paper
    photographed under a lamp, with a shadow or a vignette), a quadratic surface fitted to what is
    not the garment, so that the sheet's darker side is not taken for part of the garment."""
    low, flat, high = np.percentile(border, [5, 50, 95])
    if high - low < UNEVEN_LIGHT or min(gray.shape) < 32:  # evenly lit, or too small to tell
        return float(flat)
    height, width = gray.shape
    step = max(1, round(max(height, width) / 128))  # about 128 samples a side: plenty for 6 terms
    y, x = np.mgrid[0:height:step, 0:width:step]
    values = gray[y, x].ravel()
    terms = np.stack(_quadratic_terms(y.ravel() / height - 0.5, x.ravel() / width - 0.5), axis=1)
    # Start from the darkest quarter (background, whatever share of the image the garment covers),
    # then take in what lies near the fitted surface, and leave out what stands above it.
    kept = values <= np.percentile(values, 25)
    for _ in range(6):
        coefficients = np.linalg.lstsq(terms[kept], values[kept], rcond=None)[0]
        residuals = values - terms @ coefficients
        spread = 1.4826 * float(np.median(np.abs(residuals[kept])))
        kept = np.abs(residuals) < 3 * spread + MIN_CONTRAST / 2
    y, x = np.ogrid[0:height, 0:width]
    surface = sum(c * term for c, term in zip(coefficients, _quadratic_terms(y / height - 0.5, x / width - 0.5)))
    surface = np.clip(surface, 0, 255)
    return float(flat) if float(surface.max() - surface.min()) < UNEVEN_LIGHT else surface


def _without_ruled_lines(garment: np.ndarray, peak: float) -> np.ndarray:
    """`garment` less the long, thin, faint lines in it (the rules of lined or squared paper):
    what is straight along an axis for RULE_LENGTH of the side, thinner than RULE_WIDTH across it
    (a grey opening along the line, less one across it as well), and fainter than FAINT_LINE of the
    peak. Pen strokes are far brighter, and a garment's grey areas wider, so both stay."""
    length = max(3, round(RULE_LENGTH * max(garment.shape)))
    width = max(3, round(RULE_WIDTH * max(garment.shape)))
    for along, across in (((1, length), (width, length)), ((length, 1), (length, width))):
        lines = ndimage.grey_opening(garment, size=along) - ndimage.grey_opening(garment, size=across)
        garment = np.clip(garment - np.where(lines < FAINT_LINE * peak, lines, 0), 0, None)
    return garment


def _without_stray_marks(drawn: np.ndarray) -> np.ndarray:
    """`drawn` less the small marks apart from the drawing: marks are what is drawn, joined across
    gaps of STRAY_GAP of the side (strokes that nearly meet are one mark), and a mark with under
    STRAY_SHARE of the largest one's pixels goes. Marks inside the drawing's box (buttons, laces)
    stay in the image all the same: only the box is decided here."""
    # Each mark grows by half the gap, as a square: a maximum filter is separable, 5x a disk's speed.
    reach = round(STRAY_GAP * max(drawn.shape) / 2)
    marks, count = ndimage.label(ndimage.maximum_filter(drawn, size=2 * reach + 1))
    if count < 2:
        return drawn
    ink = ndimage.sum_labels(drawn, marks, index=np.arange(1, count + 1))
    kept = np.flatnonzero(ink >= STRAY_SHARE * ink.max()) + 1
    return drawn & np.isin(marks, kept)


def _quadratic_terms(y: np.ndarray, x: np.ndarray) -> tuple[np.ndarray, ...]:
    return np.ones_like(x * y), x, y, x * x, x * y, y * y


def drawing_as_garment(garment: np.ndarray) -> np.ndarray:
    """A drawing (float 0-255, strokes light on dark) made to look like a Fashion-MNIST garment:
    the inside of every closed outline painted at the stroke level, and lines inside the garment
    (a zip, a collar, the gap between trouser legs, unpainted parts of a painted-in shape) left
    dark, as they are in the photos."""
    size = max(garment.shape)
    margin = max(1, math.ceil(GAP_CLOSED * size))
    garment = np.pad(garment, margin)  # distances are to background, which must surround the drawing
    strokes = garment > 0.5 * 255
    width = 2.0 * float(np.percentile(ndimage.distance_transform_edt(strokes)[strokes], 90))
    # Close the gaps a hand leaves where an outline should meet itself, then fill what is enclosed.
    closed = ndimage.binary_closing(strokes, structure=_disk(margin))
    filled = ndimage.binary_fill_holes(closed | strokes)
    holes = filled & ~strokes
    labels, count = ndimage.label(holes)
    if count == 0:
        return garment[margin:-margin, margin:-margin]
    # A wide hole is the inside of an outline: paint it. A narrow one is a line left unpainted.
    depth = ndimage.distance_transform_edt(holes)
    hole_depth = ndimage.maximum(depth, labels, index=np.arange(1, count + 1))
    wide = np.concatenate([[False], hole_depth > WIDE_HOLE * size])
    painted = strokes | wide[labels]
    # Strokes well inside the painted shape are details a student drew on it: they stay lines.
    painted &= ~(strokes & (ndimage.distance_transform_edt(painted) > 1.5 * width))
    drawn = np.where(painted, DRAWN_FILL, np.where(filled, 0.0, garment))
    return drawn[margin:-margin, margin:-margin]


def _shrunk(garment: np.ndarray, size: int) -> np.ndarray:
    """Float image with its longest side at most `size` (averaging pixels)."""
    height, width = garment.shape
    scale = size / max(height, width)
    if scale >= 1:
        return garment
    shape = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(garment.astype(np.float32), "F").resize(shape, Image.Resampling.BOX))


def _disk(radius: int) -> np.ndarray:
    y, x = np.ogrid[-radius:radius + 1, -radius:radius + 1]
    return x * x + y * y <= radius * radius


def _fit_to_square(crop: np.ndarray) -> np.ndarray:
    height, width = crop.shape
    scale = IMAGE_SIZE / max(height, width)
    new_size = (max(1, round(width * scale)), max(1, round(height * scale)))
    resized = np.asarray(Image.fromarray(crop).resize(new_size, Image.Resampling.LANCZOS))
    canvas = np.zeros((IMAGE_SIZE, IMAGE_SIZE), dtype=np.uint8)
    top = (IMAGE_SIZE - resized.shape[0]) // 2
    left = (IMAGE_SIZE - resized.shape[1]) // 2
    canvas[top:top + resized.shape[0], left:left + resized.shape[1]] = resized
    return canvas


def predict(model: nn.Module, image28: np.ndarray, k: int = 3, tta: str = "") -> list[dict]:
    """Top-k classes for one preprocessed 28x28 image: [{"class", "name", "probability"}, ...]."""
    return predict_batch(model, image28[None], k, tta)[0]


def predict_batch(model: nn.Module, images28: np.ndarray, k: int = 3, tta: str = "") -> list[list[dict]]:
    """predict() for many 28x28 images in one pass: per image, its top k classes and probabilities."""
    images = torch.as_tensor(np.asarray(images28, dtype=np.uint8))
    probabilities = predict_logits(model, images, tta=tta).float().softmax(1).cpu()
    k = max(1, min(k, len(CLASS_NAMES)))
    values, indices = probabilities.topk(k, dim=1)
    return [
        [{"class": int(c), "name": CLASS_NAMES[int(c)], "probability": float(p)} for p, c in zip(row_p, row_c)]
        for row_p, row_c in zip(values, indices)
    ]


def probabilities(model: nn.Module, image28: np.ndarray, tta: str = "") -> np.ndarray:
    """All 10 class probabilities for one 28x28 image (for bar charts)."""
    images = torch.as_tensor(np.asarray(image28, dtype=np.uint8))[None]
    return predict_logits(model, images, tta=tta).float().softmax(1)[0].cpu().numpy()


class InferenceBatcher:
    """Single-image predictions from many threads (app sessions), run as batches.

    Each caller queues its image; whoever holds the run lock takes what is queued and runs it as
    one forward pass per (model, tta) group, inside `guard` (e.g. the app's one-CPU-thread lock).
    Callers that arrive while a batch runs are served together by a next one. On a CPU a batch
    costs less per image than one pass per image (4x for fastnet, 1.4x for resnet18 at 1 thread).
    A batch is cut at about `batch_seconds` of estimated work (each model's cost per image is
    measured as it runs), so that a heavy model's big batch does not hold up the callers that
    arrive just after it starts: they wait for about one batch, then their own.
    No background thread: one of the waiting callers runs each batch, the oldest requests first.
    """

    def __init__(self, guard=None, max_batch: int = 64, batch_seconds: float = 0.15):
        self._guard = guard
        self._max_batch = max_batch
        self._batch_seconds = batch_seconds
        self._cost: dict[tuple[int, str], float] = {}  # seconds per image, by (model id, tta)
        self._pending: list[_Request] = []
        self._changed = threading.Condition(threading.Lock())  # guards _pending and _running
        self._running = False
        self.passes = 0       # forward passes run (batches per model), for tests and benchmarks
        self.requests = 0

    def probabilities(self, model: nn.Module, image28: np.ndarray, tta: str = "") -> np.ndarray:
        """Same as probabilities(model, image28, tta), from any thread."""
        request = _Request(model, np.asarray(image28, dtype=np.uint8), tta)
        if request.image.shape != (IMAGE_SIZE, IMAGE_SIZE):
            raise FashionError(f"expected a 28x28 image, got shape {request.image.shape}")
        with self._changed:
            self._pending.append(request)
            while not request.done:
                if self._running:  # someone's batch is running: wait for it, then look again
                    self._changed.wait()
                    continue
                # Run one batch of the oldest requests (ours or not), outside the lock.
                self._running = True
                batch = self._take()
                self._changed.release()
                try:
                    self._run(batch)
                finally:
                    self._changed.acquire()
                    self._running = False
                    self._changed.notify_all()  # the served return, the next runs a batch
        if request.error is not None:
            raise request.error
        return request.result

    def _take(self) -> list["_Request"]:
        """The oldest queued requests, up to max_batch and about batch_seconds of work."""
        work, count = 0.0, 0
        for request in self._pending[:self._max_batch]:
            cost = self._cost.get(request.key, self._batch_seconds)  # unknown: alone, to measure it
            if count and work + cost > self._batch_seconds:
                break
            work, count = work + cost, count + 1
        batch, self._pending = self._pending[:count], self._pending[count:]
        return batch

    def _run(self, batch: list["_Request"]) -> None:
        groups: dict[tuple[int, str], list[_Request]] = {}
        for request in batch:
            groups.setdefault(request.key, []).append(request)
        try:
            with self._guard() if self._guard else contextlib.nullcontext():
                for key, members in groups.items():
                    self.passes += 1
                    self.requests += len(members)
                    started = time.perf_counter()
                    try:
                        images = torch.from_numpy(np.stack([member.image for member in members]))
                        logits = predict_logits(members[0].model, images, tta=members[0].tta)
                        for member, row in zip(members, logits.float().softmax(1).cpu().numpy()):
                            member.result = row
                    except Exception as error:  # noqa: BLE001 - raised in each caller of the group
                        for member in members:
                            member.error = error
                    per_image = (time.perf_counter() - started) / len(members)
                    self._cost[key] = 0.7 * self._cost.get(key, per_image) + 0.3 * per_image
        except Exception as error:  # noqa: BLE001 - the guard itself failed
            for request in batch:
                request.error = request.error or error
        finally:
            for request in batch:
                request.done = True


class _Request:
    __slots__ = ("model", "image", "tta", "key", "result", "error", "done")

    def __init__(self, model: nn.Module, image: np.ndarray, tta: str):
        self.model, self.image, self.tta = model, image, tta
        self.key = (id(model), tta)
        self.result, self.error, self.done = None, None, False
