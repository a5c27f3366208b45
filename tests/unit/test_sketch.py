"""The drawing augmentation (fashion.sketch) on real training images."""
import numpy as np
import pytest
import torch

from fashion.config import TrainConfig
from fashion.sketch import (GREY_LEVELS, MAX_DOTS, MAX_THICKNESS, _dilate, _erode, coloured_in, outlines, silhouettes,
                            sketch, tilted)
from fashion.train import train, train_val_split


@pytest.fixture(scope="module")
def images(source):
    from fashion.data import load_split

    return load_split(source, "train").images[:512]


def generator(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def test_every_sketched_image_is_flat_black_and_one_grey_level_in_range(images):
    drawn = sketch(images, generator(), probability=1.0)
    assert drawn.shape == images.shape and drawn.dtype == torch.uint8
    low, high = GREY_LEVELS[0] * 255 - 1, GREY_LEVELS[1] * 255
    for image in drawn:
        levels = image.unique()
        assert len(levels) <= 2 and levels[0] == 0  # background black, strokes or fill one level
        assert low <= levels[-1] <= high
    assert len({int(image.max()) for image in drawn}) > 20  # the level varies from image to image


def test_probability_sets_the_share_of_images_that_become_drawings(images):
    drawn = sketch(images, generator(), probability=0.3)
    changed = (drawn != images).flatten(1).any(1).float().mean().item()
    assert 0.2 < changed < 0.4
    assert torch.equal(sketch(images, generator(), probability=0.0), images)


def test_same_seed_same_batch_and_another_seed_another(images):
    first = sketch(images, generator(5), probability=0.5)
    assert torch.equal(first, sketch(images, generator(5), probability=0.5))
    assert not torch.equal(first, sketch(images, generator(6), probability=0.5))


def test_silhouettes_are_binary_and_cover_the_garment(images):
    mask = silhouettes(images.float()[:, None], torch.full((len(images),), 30.0))
    assert set(mask.unique().tolist()) <= {0.0, 1.0}
    assert torch.equal(mask[:, 0].bool(), images > 30)


@pytest.mark.parametrize("thickness", range(1, MAX_THICKNESS + 1))
def test_outline_is_the_rim_of_the_silhouette_at_its_thickness(thickness):
    square = torch.zeros(1, 1, 28, 28)
    square[..., 4:24, 6:22] = 1.0
    rim = outlines(square, torch.tensor([thickness]))[0, 0]
    inside = torch.zeros(28, 28)
    inside[4 + thickness:24 - thickness, 6 + thickness:22 - thickness] = 1.0
    assert torch.equal(rim, square[0, 0] - inside)


def test_a_sketch_run_trains_on_its_drawings(source):
    config = TrainConfig(arch="cnn", epochs=1, train_limit=600, sketch=0.5, device="cpu")
    split = train_val_split(config, source)
    sketched = train(config, split, verbose=False)
    plain = train(TrainConfig(arch="cnn", epochs=1, train_limit=600, device="cpu"), split, verbose=False)
    assert plain.history[0]["train_loss"] != sketched.history[0]["train_loss"]  # the sketches were trained on


def test_tilted_garments_are_fitted_back_to_the_frame(images):
    x = images[:64].float()[:, None]
    upright = tilted(x, torch.zeros(64), torch.ones(64))
    assert torch.corrcoef(torch.stack([upright.flatten(), x.flatten()]))[0, 1] > 0.95  # already fitted: nearly unchanged
    leaning = tilted(x, torch.full((64,), 0.26), torch.full((64,), 0.8))
    seen = leaning[:, 0] > 0.15 * leaning.flatten(1).amax(1)[:, None, None]
    rows, cols = seen.any(2).sum(1), seen.any(1).sum(1)
    assert (torch.maximum(rows, cols) >= 26).float().mean() > 0.9  # the longest side spans the frame


def test_drawn_share_swaps_in_generated_drawings_of_the_same_class(images, source):
    from fashion.data import load_split
    from fashion.drawings import training_drawings
    from fashion.sketch import Drawings

    bank_images, bank_labels = training_drawings(1, seed=0)
    bank = Drawings(torch.from_numpy(bank_images), torch.from_numpy(bank_labels), torch.device("cpu"))
    labels = load_split(source, "train").labels[:len(images)]
    made = sketch(images, generator(), probability=1.0, labels=labels, drawings=bank, drawn=0.5)
    flat_bank = torch.from_numpy(bank_images).flatten(1)
    swapped = 0
    for image, label in zip(made, labels):
        match = (flat_bank == image.flatten()).all(1).nonzero().flatten()
        if len(match):
            swapped += 1
            assert set(bank_labels[match.numpy()]) == {int(label)}  # a drawing of its own class
    assert 0.4 < swapped / len(images) < 0.6


def test_traced_share_swaps_in_tracings_of_training_images_of_the_same_class(images, source):
    from fashion.data import load_split
    from fashion.drawings import training_drawings, training_traced
    from fashion.sketch import Drawings

    train = load_split(source, "train")
    templates = Drawings(*map(torch.from_numpy, training_drawings(1, seed=0)), torch.device("cpu"))
    traced_images, traced_labels = training_traced(train.images[:2000].numpy(), train.labels[:2000].numpy(),
                                                   per_class=20, seed=0)
    assert np.bincount(traced_labels, minlength=10).tolist() == [20] * 10
    for image in traced_images:  # each is a garment fitted to the frame, as the Live page fits a canvas
        rows, cols = np.nonzero(image > 40)
        assert max(np.ptp(rows), np.ptp(cols)) >= 25
    bank = Drawings(torch.from_numpy(traced_images), torch.from_numpy(traced_labels), torch.device("cpu"))
    labels = train.labels[:len(images)]
    made = sketch(images, generator(), probability=1.0, labels=labels, drawings=templates, drawn=1.0,
                  traced_drawings=bank, traced=0.5)
    flat_bank = torch.from_numpy(traced_images).flatten(1)
    tracings = 0
    for image, label in zip(made, labels):
        match = (flat_bank == image.flatten()).all(1).nonzero().flatten()
        if len(match):
            tracings += 1
            assert set(traced_labels[match.numpy()]) == {int(label)}
    assert 0.4 < tracings / len(images) < 0.6
    # the same tracings from the same images and seed, others from another seed
    again, _ = training_traced(train.images[:2000].numpy(), train.labels[:2000].numpy(), per_class=20, seed=0)
    other, _ = training_traced(train.images[:2000].numpy(), train.labels[:2000].numpy(), per_class=20, seed=1)
    assert np.array_equal(again, traced_images) and not np.array_equal(other, traced_images)


def _colouring(count: int, stripes: bool, seed: int = 0) -> dict:
    g = generator(seed)
    return {"stripes": torch.full((count,), stripes), "stripe_angles": torch.rand(count, generator=g) * torch.pi,
            "stripe_periods": 3 + 3 * torch.rand(count, generator=g), "stripe_dark": torch.full((count,), 0.25),
            "dots": torch.rand(count, MAX_DOTS, 3, generator=g), "edge_noise": torch.rand(count, 1, 28, 28, generator=g)}


@pytest.mark.parametrize("stripes", [True, False], ids=["stripes", "dots"])
def test_coloured_in_shapes_stray_a_pixel_at_most_and_keep_dark_marks_inside(images, stripes):
    mask = silhouettes(images[:64].float()[:, None], torch.full((64,), 30.0))
    lines = torch.zeros_like(mask)
    coloured = coloured_in(mask, lines, **_colouring(64, stripes))
    assert set(coloured.unique().tolist()) <= {0.0, 1.0}
    near = _dilate(mask, 1)
    assert (coloured <= near).all()                                   # never more than a pixel outside
    core = _erode(mask, 2)
    dark_inside = ((1.0 - coloured) * core).sum((1, 2, 3)) / core.sum((1, 2, 3)).clamp_min(1.0)
    if stripes:   # a quarter of every stripe period is left dark
        assert 0.15 < dark_inside.median() < 0.35
    else:         # a few dark dots: a small share
        assert dark_inside.mean() > 0.005 and dark_inside.max() < 0.15
    kept_lines = coloured_in(mask, mask, **_colouring(64, stripes))
    assert (kept_lines * mask).sum() == 0                            # inner lines stay dark
