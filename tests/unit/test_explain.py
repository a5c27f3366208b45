"""fashion.explain and its figures (ui.figures): the maths on models whose answers are known by hand."""
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from fashion import explain, result_cache
from fashion.config import CLASS_NAMES, PIXEL_MEAN, PIXEL_STD
from fashion.data import Dataset
from fashion.errors import FashionError
from fashion.models import create_model, list_models
from fashion.store import load_weights, open_run, save_weights
from ui import figures
from samples import SHIPPED_SPEEDRUN

PIXEL = (9, 17)                     # the one pixel the hand-built models look at
BIG = {"resnet18", "resnet34", "densenet121"}


def garment(seed: int = 0) -> np.ndarray:
    """A bright blob on black, with some texture: an input every pixel of which matters a little."""
    rng = np.random.default_rng(seed)
    image = np.zeros((28, 28), np.uint8)
    image[4:24, 8:20] = rng.integers(120, 255, (20, 12))
    return image


def normalised(value: int) -> float:
    return (value / 255 - PIXEL_MEAN) / PIXEL_STD


class Mask(nn.Module):
    """Zeroes every pixel but one: the rest of the network cannot see anything else."""

    def __init__(self, pixel=PIXEL):
        super().__init__()
        mask = torch.zeros(1, 1, 28, 28)
        mask[..., pixel[0], pixel[1]] = 1
        self.register_buffer("mask", mask)

    def forward(self, x):
        return x * self.mask


def one_pixel_cnn(kernel: int = 1, stride: int = 1) -> nn.Module:
    """logit[c] = (c + 1) * relu(x[PIXEL]) with a 1x1 conv; a stride-2 2x2 conv gives a 14x14 stage."""
    conv = nn.Conv2d(1, 1, kernel, stride=stride)
    size = 28 // stride
    head = nn.Linear(size * size, 10)
    with torch.no_grad():
        conv.weight.fill_(1.0)
        conv.bias.zero_()
        head.weight.copy_(torch.arange(1, 11, dtype=torch.float)[:, None].expand(10, size * size))
        head.bias.zero_()
    # the mask comes first, so after the conv only the pixel's neighbourhood is non-zero
    return nn.Sequential(Mask(), conv, nn.ReLU(), nn.Flatten(), head).eval()


class SquareOfOnePixel(nn.Module):
    """logit[c] = (c + 1) * x[PIXEL]^2: its gradient is linear along the IG path, so the midpoint
    rule integrates it exactly."""

    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.arange(1, 11, dtype=torch.float))

    def forward(self, x):
        return x[:, 0, PIXEL[0], PIXEL[1], None] ** 2 * self.scale


class SmoothCNN(nn.Module):
    """A small non-linear net with smooth activations, where completeness can be checked tightly."""

    def __init__(self):
        super().__init__()
        torch.manual_seed(0)
        self.features = nn.Sequential(nn.Conv2d(1, 6, 3, padding=1), nn.Tanh(), nn.AvgPool2d(2),
                                      nn.Conv2d(6, 8, 3, padding=1), nn.Softplus(), nn.AvgPool2d(2))
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8 * 7 * 7, 10))

    def forward(self, x):
        return self.head(self.features(x))


def mlp() -> nn.Module:
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 32), nn.ReLU(), nn.Linear(32, 10)).eval()


def image_with_pixel(value: int = 200) -> np.ndarray:
    image = garment()
    image[PIXEL] = value
    return image


# ----------------------------------------------------------------------------------------------
# Saliency on models that look at one pixel

def test_integrated_gradients_of_a_one_pixel_model_is_that_pixel_and_complete():
    model = one_pixel_cnn()
    image = image_with_pixel(200)
    attributions = explain.integrated_gradients(model, image, target=3)
    others = np.delete(attributions.reshape(-1), PIXEL[0] * 28 + PIXEL[1])
    assert np.all(others == 0)
    # completeness: all of logit(x) - logit(black) lands on the pixel (the ReLU switches on part of
    # the way along the path, so the midpoint rule is within a step of exact)
    expected = 4 * (max(normalised(200), 0) - max(normalised(0), 0))
    assert attributions[PIXEL] == pytest.approx(expected, rel=1 / explain.IG_STEPS)


def test_integrated_gradients_is_exact_where_the_midpoint_rule_is():
    model = SquareOfOnePixel()
    image = image_with_pixel(230)
    attributions = explain.integrated_gradients(model, image, target=6, steps=8)
    logits = explain.class_logits(model, image)
    baseline = explain.class_logits(model, np.zeros((28, 28), np.uint8))
    assert logits[6] == pytest.approx(7 * normalised(230) ** 2, rel=1e-5)
    assert attributions.sum() == pytest.approx(logits[6] - baseline[6], rel=1e-5)  # completeness
    assert np.count_nonzero(attributions) == 1 and attributions[PIXEL] != 0


def test_integrated_gradients_completeness_on_a_smooth_network():
    model = SmoothCNN().eval()
    image = garment(1)
    for target in (0, 7):
        attributions = explain.integrated_gradients(model, image, target, steps=64)
        difference = explain.class_logits(model, image)[target] - explain.class_logits(model, np.zeros((28, 28), np.uint8))[target]
        assert attributions.sum() == pytest.approx(difference, rel=1e-3, abs=1e-4)
    custom = explain.integrated_gradients(model, image, 0, steps=64, baseline28=image)
    assert np.allclose(custom, 0)  # a baseline equal to the input leaves nothing to attribute


def test_grad_cam_of_a_one_pixel_model_is_that_pixel():
    model = one_pixel_cnn()
    assert [s.name for s in explain.conv_stages(model)] == ["2"]  # the ReLU after the conv
    cam = explain.grad_cam(model, image_with_pixel(200), target=5)
    assert cam.shape == (28, 28) and cam[PIXEL] == pytest.approx(1.0)
    assert np.count_nonzero(cam) == 1  # 28x28 stage: no upsampling, nothing anywhere else


def test_grad_cam_at_half_resolution_peaks_at_the_pixel():
    model = one_pixel_cnn(kernel=2, stride=2)
    assert explain.conv_stages(model)[-1].size == 14
    cam = explain.grad_cam(model, image_with_pixel(250), target=0)
    peak = np.unravel_index(cam.argmax(), cam.shape)
    assert abs(peak[0] - PIXEL[0]) <= 1 and abs(peak[1] - PIXEL[1]) <= 1
    assert cam[PIXEL] > 0.5 and cam.sum() < 8  # upsampling spreads it over a few pixels only
    far = cam.copy()
    far[PIXEL[0] - 2:PIXEL[0] + 3, PIXEL[1] - 2:PIXEL[1] + 3] = 0
    assert far.max() == 0


def test_grad_cam_is_zero_for_a_class_with_no_positive_evidence():
    model = one_pixel_cnn()
    with torch.no_grad():
        model[4].weight[2].mul_(-1)  # class 2 now counts the pixel against itself
    assert not explain.grad_cam(model, image_with_pixel(200), target=2).any()


def test_a_network_without_convolutions_has_no_grad_cam_but_the_rest_works():
    model = mlp()
    assert explain.conv_stages(model) == []
    with pytest.raises(FashionError, match="no convolutional layer"):
        explain.grad_cam(model, garment(), 0)
    with pytest.raises(FashionError, match="no convolutional layer"):
        explain.first_layer_filters(model)
    assert explain.integrated_gradients(model, garment(), 0).shape == (28, 28)
    assert explain.embed(model, garment()).shape == (1, 32)
    assert explain.feature_maps(model, garment()) == []


def test_bad_input_is_one_clear_error():
    with pytest.raises(FashionError, match="28x28"):
        explain.grad_cam(one_pixel_cnn(), np.zeros((32, 32), np.uint8), 0)
    for method in (explain.grad_cam, explain.integrated_gradients):
        with pytest.raises(FashionError, match="class 10 does not exist"):
            method(one_pixel_cnn(), garment(), 10)


# ----------------------------------------------------------------------------------------------
# Every registered model

@pytest.mark.parametrize("arch", [pytest.param(a, marks=pytest.mark.slow) if a in BIG else a for a in list_models()])
def test_every_model_explains(arch):
    torch.manual_seed(0)
    model = create_model(arch).eval()
    image = garment()
    stages = explain.conv_stages(model)
    assert stages and all(s.size > 1 for s in stages) and explain.cam_stage(model).size >= 3
    assert [s.size for s in stages] == sorted((s.size for s in stages), reverse=True)
    cam = explain.grad_cam(model, image, 1)
    assert cam.shape == (28, 28) and 0 <= cam.min() and cam.max() <= 1 and np.isfinite(cam).all()
    attributions = explain.integrated_gradients(model, image, 1, steps=4)
    assert attributions.shape == (28, 28) and np.isfinite(attributions).all()
    maps = explain.feature_maps(model, image, stages)
    assert [m.shape for _, m in maps] == [(s.channels, s.size, s.size) for s in stages]
    assert explain.embed(model, np.stack([image, image])).shape == (2, explain.final_linear(model).in_features)
    filters = explain.first_layer_filters(model)
    assert filters.ndim == 3 and filters.shape[1] == filters.shape[2]
    # the hooks are gone: the model still predicts as before
    before = explain.class_logits(model, image)
    explain.grad_cam(model, image, 1)
    assert np.allclose(explain.class_logits(model, image), before)


def test_big_networks_on_a_cpu_integrate_in_fewer_steps():
    assert explain.ig_steps(create_model("fastnet")) == explain.IG_STEPS
    assert explain.ig_steps(create_model("resnet18")) == explain.IG_STEPS_BIG


def test_stages_of_the_small_models_are_where_the_convolutions_work():
    assert [(s.name, s.size) for s in explain.conv_stages(create_model("fastnet"))] == [("features.3", 14), ("features.8", 7)]
    assert [(s.name, s.size) for s in explain.conv_stages(create_model("cnn"))] == [("features.1", 28), ("features.4", 14)]
    assert explain.first_layer_filters(create_model("fastnet")).shape == (32, 2, 2)
    assert explain.first_layer_filters(create_model("cnn")).shape == (32, 5, 5)


def test_saliency_is_fast_on_the_shipped_speedrun_model():
    """Grad-CAM + integrated gradients, as the live page computes them, on one CPU thread."""
    run = open_run(SHIPPED_SPEEDRUN)
    model = run.load_model()
    image = garment(2)
    target = int(explain.class_logits(model, image).argmax())
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            explain.grad_cam(model, image, target)
            attributions = explain.integrated_gradients(model, image, target)
            times.append(time.perf_counter() - started)
    finally:
        torch.set_num_threads(threads)
    print(f"{run.config.arch} saliency (Grad-CAM + IG, {explain.IG_STEPS} steps, 1 thread): {min(times) * 1000:.0f} ms")
    assert min(times) < 1.0
    difference = explain.class_logits(model, image)[target] - explain.class_logits(model, np.zeros((28, 28), np.uint8))[target]
    assert attributions.sum() == pytest.approx(difference, rel=0.1)  # ReLU nets: the midpoint rule is close


# ----------------------------------------------------------------------------------------------
# Neighbours and PCA

def test_nearest_returns_the_exact_duplicate_first():
    generator = torch.Generator().manual_seed(0)
    bank = torch.randn(500, 64, generator=generator)
    rows, similarity = explain.nearest(explain.unit_rows(bank), bank[123] * 3.0, k=5)  # scale does not matter
    assert rows[0] == 123 and similarity[0] == pytest.approx(1.0, abs=1e-6)
    assert list(similarity) == sorted(similarity, reverse=True) and len(rows) == 5
    assert len(explain.nearest(explain.unit_rows(bank[:3]), bank[0], k=10)[0]) == 3


def test_nearest_training_images_find_the_same_image():
    rng = np.random.default_rng(0)
    images = torch.as_tensor(rng.integers(0, 256, (300, 28, 28), dtype=np.uint8))
    labels = torch.as_tensor(np.repeat(np.arange(10), 30))
    dataset = Dataset(images, labels, "train")
    model = create_model("fastnet").eval()
    pool = explain.neighbour_pool(model, dataset, size=100)
    assert len(pool.indices) == 100 and np.bincount(labels[pool.indices].numpy()).tolist() == [10] * 10
    query = int(pool.indices[37])
    found, similarity = explain.nearest_images(model, pool, images[query].numpy(), k=4)
    assert found[0] == query and similarity[0] == pytest.approx(1.0, abs=1e-5)


def test_stratified_sample():
    labels = np.array([0] * 50 + [1] * 30 + [2] * 5)
    picked = explain.stratified_sample(labels, 30, seed=1)
    assert len(picked) == 30 and list(picked) == sorted(set(picked))
    counts = np.bincount(labels[picked])
    assert counts[2] == 5 and counts[0] >= 10 and counts[1] >= 10  # the small class gives all it has
    assert len(explain.stratified_sample(labels, 1000)) == len(labels)


def test_pca_of_points_on_a_line_finds_the_line():
    direction = torch.tensor([3.0, -4.0, 0.0, 12.0]) / 13.0
    positions = torch.linspace(-5, 5, 41)
    points = positions[:, None] * direction + torch.tensor([1.0, 2.0, 3.0, 4.0])
    mean, components, explained = explain.pca(points)
    assert torch.allclose(mean, torch.tensor([1.0, 2.0, 3.0, 4.0]), atol=1e-5)
    assert abs(float(components[:, 0] @ direction)) == pytest.approx(1.0, abs=1e-5)
    assert float(explained[0]) == pytest.approx(1.0, abs=1e-6) and float(explained[1]) == pytest.approx(0.0, abs=1e-6)
    projected = explain.project(points, mean, components)
    assert torch.allclose(projected[:, 0].abs(), positions.abs(), atol=1e-4)
    assert projected[:, 1].abs().max() < 1e-4
    assert float(components[:, 0].abs().argmax()) == 3 and float(components[3, 0]) > 0  # sign is fixed


def test_pca_on_a_plane_orders_the_axes_by_variance():
    generator = torch.Generator().manual_seed(1)
    points = torch.randn(2000, 2, generator=generator) * torch.tensor([5.0, 1.0])
    mean, components, explained = explain.pca(torch.cat([points, torch.zeros(2000, 3)], 1))
    assert abs(float(components[0, 0])) == pytest.approx(1.0, abs=0.01)
    assert abs(float(components[1, 1])) == pytest.approx(1.0, abs=0.01)
    assert float(explained[0]) == pytest.approx(25 / 26, abs=0.01)
    assert explain.pca(points[:1])[1].shape == (2, 2)  # one point: no variance, still two axes


# ----------------------------------------------------------------------------------------------
# The embedding map and its cache

def tiny_run(tmp_path: Path, arch: str = "fastnet", seed: int = 0) -> tuple[Path, nn.Module]:
    torch.manual_seed(seed)
    model = create_model(arch).eval()
    folder = tmp_path / "run"
    save_weights(folder / "model.safetensors", model.state_dict())
    return folder, model


def tiny_test(count: int = 200) -> Dataset:
    rng = np.random.default_rng(0)
    return Dataset(torch.as_tensor(rng.integers(0, 256, (count, 28, 28), dtype=np.uint8)),
                   torch.as_tensor(np.arange(count) % 10), "test")


def test_embedding_map_is_cached_in_the_run_folder_as_safetensors(tmp_path):
    folder, model = tiny_run(tmp_path)
    test = tiny_test()
    first, computed = explain.embedding_map(folder, model, test, sample=50)
    assert computed and first.points.shape == (50, 2) and len(first.indices) == 50
    assert np.bincount(first.labels).tolist() == [5] * 10
    cache = folder / explain.MAP_FILE
    assert cache.is_file() and not list(folder.glob("*.tmp"))
    tensors, meta = load_weights(cache)  # a safetensors file: nothing to unpickle
    assert set(tensors) >= {"mean", "components", "points"} and len(meta["key"]) == 64
    again, computed = explain.embedding_map(folder, model, test, sample=50)
    assert not computed and np.array_equal(again.points, first.points)
    # the points are the test images' own projections, and the live marker uses the same transform
    index = int(first.indices[7])
    assert np.allclose(first.place(model, test.images[index].numpy()), first.points[7], atol=1e-4)


def test_embedding_map_cache_follows_the_weights_and_the_data(tmp_path):
    folder, model = tiny_run(tmp_path)
    test = tiny_test()
    first, _ = explain.embedding_map(folder, model, test, sample=50)
    torch.manual_seed(1)
    retrained = create_model("fastnet").eval()
    save_weights(folder / "model.safetensors", retrained.state_dict())
    second, computed = explain.embedding_map(folder, retrained, test, sample=50)
    assert computed and not np.allclose(second.points, first.points)
    other_data = tiny_test(100)
    assert explain.embedding_map(folder, retrained, other_data, sample=50)[1]
    (folder / explain.MAP_FILE).write_bytes(b"garbage")  # a damaged cache is recomputed, not an error
    assert explain.embedding_map(folder, retrained, other_data, sample=50)[1]
    assert not explain.embedding_map(folder, retrained, other_data, sample=50)[1]


def test_embedding_map_works_where_the_run_folder_cannot_be_written(tmp_path, monkeypatch):
    folder, model = tiny_run(tmp_path)

    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(result_cache, "save_weights", refuse)
    result, computed = explain.embedding_map(folder, model, tiny_test(), sample=20)
    assert computed and result.points.shape == (20, 2) and not (folder / explain.MAP_FILE).exists()


def test_embedding_map_needs_labels(tmp_path):
    folder, model = tiny_run(tmp_path)
    unlabelled = Dataset(tiny_test().images, None, "upload.csv")
    with pytest.raises(FashionError, match="labelled"):
        explain.embedding_map(folder, model, unlabelled)


# ----------------------------------------------------------------------------------------------
# Figures

def test_saliency_figure_overlays_on_the_image():
    cam = np.zeros((28, 28))
    cam[PIXEL] = 1.0
    attributions = np.zeros((28, 28))
    attributions[PIXEL], attributions[0, 0] = 2.0, -0.001
    figure = figures.saliency_figure(garment(), cam, attributions, "Coat")
    heatmaps = [t for t in figure.data if t.type == "heatmap"]
    assert len(heatmaps) == 5  # three grey images, two overlays
    overlay_cam, overlay_ig = heatmaps[3], heatmaps[4]
    assert np.count_nonzero(~np.isnan(np.asarray(overlay_cam.z, float))) == 1
    assert np.isnan(np.asarray(overlay_ig.z, float)[0, 0])  # too small to draw: the image shows through
    assert overlay_ig.zmin == -2.0 and overlay_ig.zmax == 2.0
    assert "Coat" in figure.layout.annotations[1].text
    without = figures.saliency_figure(garment(), None, attributions, "Coat")
    assert len([t for t in without.data if t.type == "heatmap"]) == 4
    assert any("no Grad-CAM" in a.text for a in without.layout.annotations)


def test_embedding_map_figure_one_trace_per_class_and_the_live_star(tmp_path):
    folder, model = tiny_run(tmp_path)
    emap, _ = explain.embedding_map(folder, model, tiny_test(), sample=60)
    figure = figures.embedding_map_figure(emap, live=np.array([0.5, -0.5]))
    assert [t.name for t in figure.data[:10]] == list(CLASS_NAMES)
    assert sum(len(t.customdata) for t in figure.data[:10]) == 60
    star = figure.data[-1]
    assert star.name == "your input" and star.marker.symbol == "star" and list(star.x) == [0.5]
    assert "principal component 1" in figure.layout.xaxis.title.text


def test_filter_and_feature_map_figures():
    filters = np.arange(32 * 4, dtype=float).reshape(32, 2, 2) - 60
    figure = figures.filters_figure(filters)
    sheet = np.asarray(figure.data[0].z, float)
    assert sheet.shape == (2 * 3 - 1, 16 * 3 - 1) and np.isnan(sheet[:, 2]).all()
    assert figure.data[0].zmin == -67 and figure.data[0].zmax == 67  # symmetric: white is zero
    maps = np.zeros((20, 7, 7))
    maps[5] = 3.0
    maps[11] = 1.0
    assert list(figures.strongest_channels(maps, 2)) == [5, 11]
    figure = figures.feature_maps_figure(maps, "stage", count=4, columns=2)
    assert np.nanmax(np.asarray(figure.data[0].z, float)) == 1.0
    assert np.nanmax(np.asarray(figure.data[0].customdata, float)[:7, :7]) == 5
