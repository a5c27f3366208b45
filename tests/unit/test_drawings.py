"""The generator of student-like drawings behind benchmarks/drawings.py and --drawn training."""
import numpy as np

from fashion import drawings
from fashion.config import CLASS_NAMES


def test_same_seed_same_drawings_every_class_and_style_drawn():
    images, labels, styles = drawings.sample(2, seed=3)
    again, _, _ = drawings.sample(2, seed=3)
    other, _, _ = drawings.sample(2, seed=4)
    assert np.array_equal(images, again) and not np.array_equal(images, other)
    assert images.shape == (len(CLASS_NAMES) * 3 * 2, 280, 280) and images.dtype == np.uint8
    assert set(labels) == set(range(len(CLASS_NAMES))) and set(styles) == set(drawings.STYLES)
    assert all(0.01 < (image > 128).mean() < 0.8 for image in images)  # something drawn, not a blob


def test_outlines_are_strokes_and_painted_shapes_are_filled():
    outline, _, _ = drawings.sample(5, seed=0, styles=("outline",))
    painted, _, _ = drawings.sample(5, seed=0, styles=("painted",))
    assert np.median((outline > 128).mean((1, 2))) < np.median((painted > 128).mean((1, 2)))
    assert np.array_equal(drawings.invert(outline), 255 - outline)


def test_held_out_templates_are_the_last_of_each_class():
    for label in range(len(CLASS_NAMES)):
        count = len(drawings.TEMPLATES[CLASS_NAMES[label]])
        assert drawings.held_out_template(label) == count - 1


def test_a_held_out_sample_draws_only_each_class_s_held_out_template():
    images, labels, _ = drawings.sample(2, seed=3, styles=("outline",), held_out=True)
    outline = drawings.STYLES.index("outline")
    for image, label, i in zip(images, labels, [0, 1] * len(CLASS_NAMES)):
        last = drawings.held_out_template(label)
        key = [3, label, outline, i, 1]
        assert np.array_equal(image, drawings.draw(label, "outline", np.random.default_rng(key), template=last))
        assert not np.array_equal(image, drawings.draw(label, "outline", np.random.default_rng(key), template=0))
    plain, _, _ = drawings.sample(2, seed=3, styles=("outline",))
    assert not any(np.array_equal(a, b) for a in images for b in plain)  # a stream of its own


def test_training_drawings_are_28x28_garments_of_every_class():
    images, labels = drawings.training_drawings(1, seed=0)
    assert images.shape[1:] == (28, 28) and images.dtype == np.uint8
    assert set(labels) == set(range(len(CLASS_NAMES)))
    assert (images.max((1, 2)) == 255).all()  # fitted like the Live page's canvas


def test_training_drawings_add_every_other_hand_s_drawings_from_seeds_the_benchmark_does_not_use():
    from fashion.predict import preprocess

    ours, our_labels = drawings.training_drawings(1, seed=0)
    every, labels = drawings.training_drawings(1, seed=0, other_hands_per_class=2)
    assert np.array_equal(every[:len(ours)], ours) and np.array_equal(labels[:len(ours)], our_labels)
    start = len(ours)
    for hand in drawings.OTHER_HANDS:
        theirs, their_labels, _ = hand.make(2, seed=drawings.TRAINING_SEED)
        end = start + len(theirs)
        assert np.array_equal(labels[start:end], their_labels)
        assert np.array_equal(every[start:end], np.stack([preprocess(image, "canvas", drawing=True) for image in theirs]))
        benchmark_seed, _, _ = hand.make(2, seed=0)
        assert not np.array_equal(theirs, benchmark_seed)
        start = end
    assert start == len(every)


def test_outline_strokes_are_a_drawing_stroke_by_stroke_inside_the_canvas():
    from PIL import Image, ImageDraw

    for label in range(len(CLASS_NAMES)):
        strokes = drawings.outline_strokes(label, np.random.default_rng(label), size=280, brush=18)
        assert strokes and all(line.ndim == 2 and line.shape[1] == 2 for line in strokes)
        assert all((line >= 1).all() and (line <= 278).all() for line in strokes)
        assert np.allclose(strokes[0][0], strokes[0][-1])  # the garment's contour comes first, closed
        canvas = Image.new("L", (280, 280), 0)
        for line in strokes:
            ImageDraw.Draw(canvas).line(line.ravel().tolist(), fill=255, width=18)
        assert 0.02 < (np.asarray(canvas) > 128).mean() < 0.6  # a garment's outline, not a dot or a blob
