"""Drawing-like versions of training images, made on whole uint8 batches (CPU or GPU).

A network trained only on product photos learns their texture and grey levels, which a drawing
does not have. `sketch` turns a random part of each batch into what a drawing of the same garment
looks like at 28x28: its silhouette, its outline at a random thickness (with or without the inner
lines a student adds, such as a coat's opening or a collar), a flat-filled shape whose inner
lines are left dark, or a coloured-in one: ragged at its edge, with dark marks left in it (stripes,
dots), as hands colour a shape in. Each at a random grey level. All choices come from the
trainer's generator, so a run is reproducible and resumable.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F

from .config import TRIM_LEVEL

KINDS = ("silhouette", "outline", "filled", "coloured")
MAX_THICKNESS = 3            # outline thickness in pixels at 28x28: 1-3 (a 6-36 px brush on the canvas)
THRESHOLDS = (20, 80)        # garment vs background, of 255: the silhouette's threshold is drawn here
GREY_LEVELS = (0.45, 1.0)    # a drawing's stroke or fill level, as a fraction of 255
EDGE_QUANTILE = 0.85         # inner lines: the strongest 15% of the garment's intensity edges
MAX_TILT = 0.26              # drawings lean by up to 15 degrees (in radians)...
MAX_STRETCH = 0.22           # ...and are up to 25% wider or narrower (log of the width factor)
STRIPE_PERIODS = (3.0, 6.0)  # coloured-in: stripes left dark every 3-6 px at 28x28...
STRIPE_DARK = (0.15, 0.35)   # ...their dark share of a period...
MAX_DOTS = 6                 # ...or up to six dark dots (buttons, gaps in the colouring)
RAGGED = 0.4                 # how far a coloured-in edge strays: noise added to a 3x3 mean of the mask
DRAWINGS_PER_TEMPLATE = 60   # generated drawings per template and style, for --drawn...
OTHER_HANDS_PER_CLASS = 540  # ...and drawings per class by each of fashion.drawings.OTHER_HANDS
TRACED_PER_CLASS = 300       # training images traced per class, for --traced...
POOL_SIZED_FOR = 48_000      # ...all three for training on the whole 48k split: a smaller training set
                             # (--train-limit) gets a pool smaller by as much, as quick as the run


def _dilate(mask: torch.Tensor, radius: int) -> torch.Tensor:
    return F.max_pool2d(mask, 2 * radius + 1, stride=1, padding=radius)


def _erode(mask: torch.Tensor, radius: int) -> torch.Tensor:
    return 1.0 - _dilate(1.0 - mask, radius)


def _uniform(low: float, high: float, count: int, generator: torch.Generator, device) -> torch.Tensor:
    return low + (high - low) * torch.rand(count, generator=generator, device=device)


def tilted(images: torch.Tensor, angles: torch.Tensor, aspects: torch.Tensor) -> torch.Tensor:
    """float (B, 1, H, W) -> each image turned by its angle (radians) and stretched sideways by its
    aspect, then trimmed and fitted back to the frame (longest side across, centred) the way
    fashion.predict fits a drawing: nobody draws a garment upright and in its catalogue proportions."""
    count = len(images)
    cos, sin = angles.cos(), angles.sin()
    # affine_grid maps output to input positions: the inverse of turning and stretching, at 80%
    # size so the turned corners stay inside the frame.
    theta = torch.zeros(count, 2, 3, device=images.device)
    theta[:, 0, 0], theta[:, 0, 1] = cos / aspects / 0.8, -sin / aspects / 0.8
    theta[:, 1, 0], theta[:, 1, 1] = sin / 0.8, cos / 0.8
    turned = _warp(images, theta)
    # One resampling of the original through both moves: two in a row would blur a 28x28.
    bottom_row = torch.tensor([0.0, 0.0, 1.0], device=images.device).expand(count, 1, 3)
    fit = torch.cat([_fit_box(turned), bottom_row], 1)
    return _warp(images, theta @ fit)


def _warp(images: torch.Tensor, theta: torch.Tensor) -> torch.Tensor:
    return F.grid_sample(images, F.affine_grid(theta, images.shape, align_corners=False), align_corners=False)


def _fit_box(images: torch.Tensor) -> torch.Tensor:
    """The (B, 2, 3) affine_grid matrices that trim each image to what is brighter than TRIM_LEVEL
    of its peak and fit its longest side to the frame, centred."""
    count, _, height, width = images.shape
    seen = images[:, 0] > TRIM_LEVEL * images.flatten(1).amax(1).clamp_min(1.0)[:, None, None]
    bounds = []
    for profile in (seen.any(2), seen.any(1)):                 # columns, then rows
        index = torch.arange(profile.shape[1], device=images.device).expand_as(profile)
        first = torch.where(profile, index, profile.shape[1]).amin(1)
        last = torch.where(profile, index, -1).amax(1)
        bounds.append((first.clamp_max(last).float(), last.clamp_min(first).float()))
    (left, right), (top, bottom) = bounds
    extent = torch.maximum(right - left + 1, bottom - top + 1)
    theta = torch.zeros(count, 2, 3, device=images.device)
    theta[:, 0, 0], theta[:, 1, 1] = extent / width, extent / height
    theta[:, 0, 2] = (left + right + 1) / width - 1                # box centre, in [-1, 1]
    theta[:, 1, 2] = (top + bottom + 1) / height - 1
    return theta


def silhouettes(images: torch.Tensor, thresholds: torch.Tensor) -> torch.Tensor:
    """float (B, 1, H, W) in {0, 1}: pixels brighter than each image's threshold (of 255)."""
    return (images > thresholds[:, None, None, None]).float()


def outlines(mask: torch.Tensor, thickness: torch.Tensor) -> torch.Tensor:
    """The inner rim of each silhouette, `thickness` pixels wide (1..MAX_THICKNESS each)."""
    rims = torch.stack([mask - _erode(mask, t) for t in range(1, MAX_THICKNESS + 1)])
    return rims[thickness - 1, torch.arange(len(mask), device=mask.device)]


def inner_lines(images: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """float (B, 1, H, W) 0-255 -> {0, 1}: strong intensity edges inside the silhouette (openings,
    collars, the gap between trouser legs), where a student would draw a line."""
    x = images / 255.0
    sobel = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]], device=x.device)
    kernels = torch.stack([sobel, sobel.T])[:, None]
    gradient = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="replicate"), kernels).norm(dim=1, keepdim=True)
    inside = _erode(mask, 1)
    values = (gradient * inside).flatten(1)
    level = torch.quantile(values, EDGE_QUANTILE, dim=1).clamp_min(0.15)
    return ((gradient * inside) > level[:, None, None, None]).float()


def pool_share(train_images: int) -> float:
    """The share of the full drawings pool a run on this many training images makes."""
    return min(1.0, train_images / POOL_SIZED_FOR)


def _scaled(count: int, share: float) -> int:
    return max(1, round(count * share))


class Drawings:
    """Drawings made by fashion.drawings, to swap in for training images of the same class."""

    def __init__(self, images: torch.Tensor, labels: torch.Tensor, device: torch.device):
        order = torch.argsort(labels, stable=True)
        counts = torch.bincount(labels, minlength=int(labels.max()) + 1)
        self.images = images[order].to(device)
        self.counts = counts.to(device)
        self.starts = (counts.cumsum(0) - counts).to(device)

    @classmethod
    def made(cls, seed: int, device: torch.device, share: float = 1.0) -> "Drawings":
        from .drawings import training_drawings  # PIL rendering, only for runs that use it

        images, labels = training_drawings(_scaled(DRAWINGS_PER_TEMPLATE, share), seed,
                                           _scaled(OTHER_HANDS_PER_CLASS, share))
        return cls(torch.from_numpy(images), torch.from_numpy(labels), device)

    @classmethod
    def traced_from(cls, images: torch.Tensor, labels: torch.Tensor, seed: int, device: torch.device,
                    share: float = 1.0) -> "Drawings":
        from .drawings import training_traced

        drawn, drawn_labels = training_traced(images.cpu().numpy(), labels.cpu().numpy(),
                                              _scaled(TRACED_PER_CLASS, share), seed)
        return cls(torch.from_numpy(drawn), torch.from_numpy(drawn_labels), device)

    def pick(self, labels: torch.Tensor, where: torch.Tensor) -> torch.Tensor:
        """A drawing of each label's class, at `where` (uniform in [0, 1)) along its drawings."""
        offset = (where * self.counts[labels]).long().clamp_max(self.counts[labels] - 1)
        return self.images[self.starts[labels] + offset]


def sketch(images: torch.Tensor, generator: torch.Generator, probability: float,
           labels: torch.Tensor | None = None, drawings: Drawings | None = None,
           drawn: float = 0.0, traced_drawings: Drawings | None = None, traced: float = 0.0) -> torch.Tensor:
    """uint8 (B, H, W) -> the same batch where each image, with `probability`, became a drawing:
    of itself, or (a share `drawn` of those, given `drawings` and the batch's labels) one of the
    generated drawings of its class, or (a share `traced` of those, given `traced_drawings`) one
    traced from a training image of its class. Every random number is drawn for the whole batch, so a
    batch's randomness does not depend on which images were chosen; the work is done only for
    the images that change."""
    count, device = len(images), images.device
    chosen = torch.rand(count, generator=generator, device=device) < probability
    style = {
        "kind": torch.randint(0, len(KINDS), (count,), generator=generator, device=device),
        "thresholds": _uniform(*THRESHOLDS, count, generator, device),
        "thickness": torch.randint(1, MAX_THICKNESS + 1, (count,), generator=generator, device=device),
        "grey": _uniform(*GREY_LEVELS, count, generator, device) * 255.0,
        "with_lines": torch.rand(count, generator=generator, device=device) < 0.7,
        "angles": _uniform(-MAX_TILT, MAX_TILT, count, generator, device),
        "aspects": torch.exp(_uniform(-MAX_STRETCH, MAX_STRETCH, count, generator, device)),
        "stripes": torch.rand(count, generator=generator, device=device) < 0.5,
        "stripe_angles": _uniform(0.0, torch.pi, count, generator, device),
        "stripe_periods": _uniform(*STRIPE_PERIODS, count, generator, device),
        "stripe_dark": _uniform(*STRIPE_DARK, count, generator, device),
        "dots": torch.rand(count, MAX_DOTS, 3, generator=generator, device=device),
        "edge_noise": torch.rand(count, 1, *images.shape[1:], generator=generator, device=device),
    }
    swapped = (torch.rand(count, generator=generator, device=device) < drawn) & (drawings is not None)
    picked = torch.rand(count, generator=generator, device=device)
    made = images.clone()
    own = (chosen & ~swapped).nonzero().flatten()
    if len(own):
        made[own] = _drawn_from(images[own], **{name: values[own] for name, values in style.items()})
    from_traced = torch.zeros(count, dtype=torch.bool, device=device)
    if traced_drawings is not None:  # no draw otherwise: runs without --traced keep their randomness
        from_traced = torch.rand(count, generator=generator, device=device) < traced
    generated = (chosen & swapped & ~from_traced).nonzero().flatten()
    if len(generated):
        made[generated] = drawings.pick(labels[generated], picked[generated])
    tracings = (chosen & swapped & from_traced).nonzero().flatten()
    if len(tracings):
        made[tracings] = traced_drawings.pick(labels[tracings], picked[tracings])
    return made


def coloured_in(mask: torch.Tensor, lines: torch.Tensor, stripes, stripe_angles, stripe_periods,
                stripe_dark, dots, edge_noise) -> torch.Tensor:
    """float {0, 1} (B, 1, H, W) silhouettes -> shapes coloured in by hand: the edge ragged, the
    inner lines left dark, and either stripes left dark (a striped top, scribbles that did not
    meet) or up to MAX_DOTS dark dots (buttons, spots the colouring missed)."""
    count, _, height, width = mask.shape
    ragged = (F.avg_pool2d(mask, 3, stride=1, padding=1) + RAGGED * (edge_noise - 0.5)) > 0.5
    y = torch.arange(height, device=mask.device, dtype=torch.float32)[:, None]
    x = torch.arange(width, device=mask.device, dtype=torch.float32)[None, :]
    along = x * stripe_angles.cos()[:, None, None] + y * stripe_angles.sin()[:, None, None]
    stripe = torch.remainder(along / stripe_periods[:, None, None], 1.0) < stripe_dark[:, None, None]
    # A dot: (column, row, used?) in [0, 1); about half of the MAX_DOTS places are used.
    dx = x - dots[:, :, 0, None, None] * width
    dy = y - dots[:, :, 1, None, None] * height
    dot = ((dx * dx + dy * dy < 1.0) & (dots[:, :, 2, None, None] < 0.5)).any(1)
    dark = torch.where(stripes[:, None, None], stripe, dot)[:, None]
    return ragged.float() * (1.0 - lines) * (~dark).float()


def _drawn_from(images: torch.Tensor, kind, thresholds, thickness, grey, with_lines, angles,
                aspects, **colouring) -> torch.Tensor:
    """uint8 (B, H, W) -> each image as a drawing of the given kind (a KINDS index) and style."""
    garments = tilted(images.float()[:, None], angles, aspects)
    peaks = garments.flatten(1).amax(1).clamp_min(1.0)
    mask = silhouettes(garments, thresholds * peaks / 255.0)  # dark garments have silhouettes too
    lines = inner_lines(garments, mask) * with_lines[:, None, None, None]
    outline = torch.maximum(outlines(mask, thickness), lines)
    filled = mask * (1.0 - lines)                              # inner lines left unpainted (dark)
    coloured = coloured_in(mask, lines, **colouring)
    drawn = torch.stack([mask, outline, filled, coloured])[kind, torch.arange(len(images), device=images.device)]
    return (drawn[:, 0] * grey[:, None, None]).round().clamp(0, 255).to(torch.uint8)
