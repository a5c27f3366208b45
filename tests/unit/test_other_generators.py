"""The generators written apart from fashion.drawings (fashion.other_hands, quick_hands,
careful_hands, young_hands, mouse_hands, flat_hands, icon_hands, stylus_hands, prompt_hands,
pattern_hands, shop_hands, catalog_hands, oneline_hands and messy_hands, and
benchmarks/phone_hands.py and fresh_hands.py):
canvas-like drawings of every class in both styles, the same for the same seed."""
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import fresh_hands  # noqa: E402
import phone_hands  # noqa: E402
from fashion.config import CLASS_NAMES  # noqa: E402
from fashion.drawings import OTHER_HANDS  # noqa: E402
from fashion.predict import preprocess  # noqa: E402

GENERATORS = OTHER_HANDS + (phone_hands, fresh_hands)
GENERATOR_IDS = [hand.__name__.rpartition(".")[2] for hand in GENERATORS]


@pytest.mark.parametrize("generator", GENERATORS, ids=GENERATOR_IDS)
def test_every_class_in_both_styles_white_on_black_and_seeded(generator):
    images, labels, styles = generator.make(4, seed=3)
    assert images.shape == (4 * len(CLASS_NAMES), 280, 280) and images.dtype == np.uint8   # 4 per class, styles taking turns
    assert np.bincount(labels, minlength=len(CLASS_NAMES)).tolist() == [4] * len(CLASS_NAMES)
    assert sorted(set(styles)) == sorted(generator.STYLES) == ["filled", "outline"]
    styles = np.array(styles)
    ink = (images > 127).mean(axis=(1, 2))
    assert (ink > 0.005).all() and (ink < 0.7).all()         # something drawn, on a mostly black canvas
    assert (images[:, 0, :] < 128).mean() > 0.8              # black background at the edge
    assert ink[styles == "filled"].mean() > ink[styles == "outline"].mean()   # painted in: more ink
    again, _, _ = generator.make(4, seed=3)
    assert np.array_equal(images, again)
    other, _, _ = generator.make(4, seed=4)
    assert not np.array_equal(images, other)
    assert all(preprocess(image, "canvas").max() > 0 for image in images[::7])


@pytest.mark.parametrize("generator", GENERATORS, ids=GENERATOR_IDS)
def test_styles_narrow_to_the_ones_asked_for_and_unknown_ones_are_refused(generator):
    _, labels, styles = generator.make(2, seed=1, styles=("filled",))
    assert styles == ["filled"] * len(labels) == ["filled"] * 2 * len(CLASS_NAMES)
    for wrong in ((), ("sketch",)):
        with pytest.raises(ValueError):
            generator.make(1, seed=1, styles=wrong)
