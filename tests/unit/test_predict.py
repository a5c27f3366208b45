import io

import numpy as np
import pytest
from PIL import Image, ImageFilter

from fashion import drawings, paper
from fashion.errors import FashionError
from fashion.predict import predict, preprocess


def as_product_photo(image28: np.ndarray, size: int = 300, margin: int = 60) -> Image.Image:
    """What Fashion-MNIST was made from: a dark-on-white product shot, larger, with a margin."""
    negated = Image.fromarray(255 - image28).resize((size, size), Image.Resampling.BICUBIC)
    photo = Image.new("L", (size + 2 * margin, size + 2 * margin), 255)
    photo.paste(negated, (margin, margin))
    return photo.convert("RGB")


def encode(image: Image.Image, fmt: str = "PNG", **kwargs) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a.astype(float).ravel(), b.astype(float).ravel())[0, 1])


def blurred(image28: np.ndarray) -> np.ndarray:
    """Compare shapes, not the exact phase of fine textures that two resamplings shift."""
    return np.asarray(Image.fromarray(image28).filter(ImageFilter.GaussianBlur(1)))


def test_product_photo_comes_back_as_its_fashion_mnist_image(real_test):
    scores = []
    for index in range(40):
        original = real_test.images[index].numpy()
        recovered = preprocess(encode(as_product_photo(original), "JPEG", quality=92))
        assert recovered.shape == (28, 28) and recovered.dtype == np.uint8
        scores.append(correlation(blurred(recovered), blurred(original)))
    assert np.median(scores) > 0.95 and min(scores) > 0.7


def test_trained_model_classifies_photos_like_the_originals(tiny_run, real_test):
    model = tiny_run.load_model()
    agree = 0
    for index in range(30):
        original = real_test.images[index].numpy()
        photo = preprocess(encode(as_product_photo(original)))
        agree += predict(model, photo, k=1)[0]["class"] == predict(model, original, k=1)[0]["class"]
    assert agree >= 24


def test_canvas_drawing_white_on_black_and_on_transparent():
    canvas = np.zeros((280, 280, 4), dtype=np.uint8)
    canvas[..., 3] = 255
    canvas[60:220, 100:180, :3] = 255  # a white block, like a thick stroke
    opaque = preprocess(canvas)
    transparent = canvas.copy()
    transparent[..., 3] = np.where(canvas[..., 0] > 0, 255, 0)
    see_through = preprocess(transparent)
    for image28 in (opaque, see_through):
        assert image28.max() == 255 and image28[:, 0].max() == 0  # narrower than tall: side margins
        rows = np.flatnonzero(image28.max(1))
        assert rows.min() == 0 and rows.max() == 27  # the longest edge fills 28 pixels
    assert correlation(opaque, see_through) > 0.99


def test_top_k_probabilities(tiny_run, real_test):
    top = predict(tiny_run.load_model(), real_test.images[0].numpy(), k=3)
    assert len(top) == 3
    assert top[0]["probability"] >= top[1]["probability"] >= top[2]["probability"]
    assert 0.0 <= sum(t["probability"] for t in top) <= 1.0 + 1e-6


@pytest.mark.parametrize("data, expected", [
    (b"this is not an image", "not an image"),
    (encode(Image.new("RGB", (50, 50), "white")), "blank"),
    (encode(Image.new("L", (50, 50), 0)), "blank"),
])
def test_unusable_images_get_one_line(data, expected):
    with pytest.raises(FashionError, match=expected):
        preprocess(data, "upload.png")


def test_truncated_png_is_reported(real_test):
    data = encode(as_product_photo(real_test.images[0].numpy()))
    with pytest.raises(FashionError, match="truncated or corrupt|cannot read"):
        preprocess(data[: len(data) // 2], "cut.png")


@pytest.mark.parametrize("tta, views", [("", 1), ("flip", 2), ("shift", 5), ("flip+shift", 10)])
def test_tta_views_move_a_pixel_one_step_each_way_and_mirror(tta, views):
    import torch

    from fashion.evaluate import tta_views

    image = torch.zeros((1, 28, 28), dtype=torch.uint8)
    image[0, 10, 5] = 255
    spots = {tuple(view[0].nonzero().flatten().tolist()) for view in tta_views(image, tta)}
    expected = {(10, 5)} | ({(11, 5), (9, 5), (10, 6), (10, 4)} if "shift" in tta else set())
    if "flip" in tta:
        expected |= {(row, 27 - column) for row, column in expected}
    assert spots == expected and len(spots) == views


def test_tta_prediction_is_the_mean_of_its_views(tiny_run, real_test):
    import torch

    from fashion.evaluate import predict_logits, tta_views

    model = tiny_run.load_model()
    images = real_test.images[:50]
    views = tta_views(images, "flip+shift")
    mean = torch.stack([predict_logits(model, view) for view in views]).mean(0)
    torch.testing.assert_close(predict_logits(model, images, tta="flip+shift"), mean, atol=1e-5, rtol=1e-5)
    assert not torch.allclose(predict_logits(model, images), mean, atol=1e-3)


# ----------------------------------------------------------------------------------------------
# Drawings

def canvas_drawing(strokes, width: int = 18, size: int = 280) -> np.ndarray:
    """What the Live canvas returns: white strokes (polylines) on black, RGBA."""
    from PIL import ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 255))
    draw = ImageDraw.Draw(image)
    for points in strokes:
        draw.line(points, fill=(255, 255, 255, 255), width=width, joint="curve")
    return np.asarray(image)


COAT = [[(90, 40), (190, 40), (205, 250), (75, 250), (90, 40)],  # body, closed
        [(140, 40), (140, 250)]]                                   # the opening down the middle


def test_closed_outline_comes_out_filled_with_its_inner_line_kept():
    outline = preprocess(canvas_drawing(COAT), "canvas", fill_outlines=True)
    as_is = preprocess(canvas_drawing(COAT), "canvas")
    assert (as_is[6:22, 8:12] > 128).mean() < 0.3  # inside the left half: dark without filling
    assert (outline[6:22, 8:12] > 128).mean() > 0.9 and (outline[6:22, 16:20] > 128).mean() > 0.9
    assert outline[6:22, 14].max() < 128 or outline[6:22, 13].max() < 128  # the opening stays a line


def test_outline_that_does_not_quite_close_is_filled_too():
    gapped = [[(90, 40), (190, 40), (205, 250), (75, 250), (86, 62)]]  # stops 22 px short of its start
    image28 = preprocess(canvas_drawing(gapped), "canvas", fill_outlines=True)
    assert (image28[6:22, 8:20] > 128).mean() > 0.9


def test_open_scribble_is_not_filled_into_a_blob():
    u_shape = [[(70, 40), (90, 240), (190, 240), (210, 40)]]
    zigzag = [[(40 + 40 * i, 80 + 120 * (i % 2)) for i in range(6)]]
    for strokes in (u_shape, zigzag):
        drawn = preprocess(canvas_drawing(strokes), "canvas", fill_outlines=True)
        plain = preprocess(canvas_drawing(strokes), "canvas")
        assert (drawn > 128).mean() < 0.45
        assert correlation(drawn, plain) > 0.95


def test_pen_drawing_on_paper_is_filled_like_the_canvas_drawing():
    paper = 255 - canvas_drawing(COAT, width=8)[..., :3]
    noisy = np.clip(paper.astype(int) - np.random.default_rng(0).integers(0, 25, paper.shape), 0, 255)
    upload = encode(Image.fromarray(noisy.astype(np.uint8)), "JPEG", quality=85)
    image28 = preprocess(upload, "pen.jpg", fill_outlines=True)
    assert (image28[6:22, 8:12] > 128).mean() > 0.9
    assert correlation(image28, preprocess(canvas_drawing(COAT, width=8), fill_outlines=True)) > 0.9


def with_taps(canvas: np.ndarray, taps) -> np.ndarray:
    """`canvas` with a finger's stray taps: white dots (x, y, radius)."""
    from PIL import ImageDraw

    image = Image.fromarray(canvas)
    draw = ImageDraw.Draw(image)
    for x, y, radius in taps:
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, 255))
    return np.asarray(image)


def test_a_drawing_s_stray_taps_apart_from_it_do_not_shrink_it():
    small_coat = [[(x * 0.6 + 80, y * 0.6 + 60) for x, y in stroke] for stroke in COAT]
    clean = preprocess(canvas_drawing(small_coat), "canvas", drawing=True)
    tapped = with_taps(canvas_drawing(small_coat), [(20, 20, 6), (260, 250, 8), (250, 30, 5)])
    assert np.array_equal(preprocess(tapped, "canvas", drawing=True), clean)
    as_a_photo = preprocess(tapped, "canvas")                   # a photo keeps all that is in it
    assert (as_a_photo > 128).mean() < 0.6 * (clean > 128).mean()


def test_a_drawing_s_separate_parts_and_inner_dots_all_stay():
    bag = [[(60, 120), (220, 120), (220, 240), (60, 240), (60, 120)],   # its body, and its handle
           [(100, 85), (110, 30), (170, 30), (180, 85)]]                # drawn apart, 17 px above it
    buttoned = with_taps(canvas_drawing(COAT), [(120, 100, 5), (120, 160, 5)])
    for canvas in (canvas_drawing(bag), buttoned):
        assert np.array_equal(preprocess(canvas, "canvas", drawing=True), preprocess(canvas, "canvas"))


# ----------------------------------------------------------------------------------------------
# Drawings photographed on paper

def extent(image28: np.ndarray) -> tuple[int, int, int, int]:
    rows, cols = np.nonzero(image28 > 64)
    return rows.min(), rows.max(), cols.min(), cols.max()


def test_drawing_photographed_on_paper_comes_out_as_its_scan():
    """Light falling unevenly across the sheet, ruled and squared paper, blur, noise and JPEG: the
    28x28 is the drawing trimmed and fitted as a clean scan of it gives, not the sheet's darker
    side or its printed lines."""
    images, _, _ = drawings.sample(3, seed=5, styles=("outline", "filled"))
    camera = np.random.default_rng(0)
    scores = []
    for drawing in drawings.invert(images):
        scan = preprocess(drawing, "scan.png")
        photo = preprocess(paper.photographed(drawing, camera), "photo.jpg")
        scores.append(correlation(blurred(photo), blurred(scan)))
    assert np.median(scores) > 0.95 and np.percentile(scores, 10) > 0.85


def test_a_lamp_on_one_side_of_the_sheet_is_not_part_of_the_garment():
    scan = 255 - canvas_drawing(COAT, width=10)[..., 0]
    ramp = np.linspace(0, 90, scan.shape[1])[None, :]            # darker and darker to the right
    photo = np.clip(scan.astype(float) * 0.85 - ramp + 20, 0, 255).astype(np.uint8)
    image28 = preprocess(encode(Image.fromarray(photo), "JPEG", quality=90), "photo.jpg")
    scanned = preprocess(scan, "scan.png")
    assert correlation(blurred(image28), blurred(scanned)) > 0.95
    assert np.abs(np.subtract(extent(image28), extent(scanned))).max() <= 1   # trimmed and fitted alike


def test_bold_straight_strokes_on_ruled_paper_stay():
    bars = np.full((280, 280), 230, np.uint8)
    bars[60:80, 40:240] = 30                                      # a hem and a waistband, in pen
    bars[200:220, 40:240] = 30
    ruled = bars.copy()
    ruled[::14] = np.minimum(ruled[::14], 185)                    # printed rules every 14 px
    on_plain, on_ruled = preprocess(bars, "plain.png"), preprocess(ruled, "ruled.png")
    assert np.abs(on_ruled.astype(int) - on_plain).max() < 40     # the bars as they were...
    assert on_plain.max() == 255 and on_plain[12:16].max() < 40   # ...full strength, dark between
