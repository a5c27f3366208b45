"""Why did the network answer that? Saliency maps, embeddings, neighbours and feature maps.

Every function takes a model from fashion.models (a normalised (B, 1, 28, 28) batch in, logits out)
and uint8 28x28 images, as the app and the CLI hold them. Nothing here is specific to one
architecture: layers are found with forward hooks, so every registered model works.

- Grad-CAM (Selvaraju et al. 2017): the last conv stage's feature maps, weighted by the spatially
  averaged gradient of the class logit, rectified and upsampled: *where* the evidence is.
- Integrated gradients (Sundararajan et al. 2017): (x - baseline) times the gradient averaged along
  the straight path from a black image: *which pixels*, signed, and summing to
  logit(x) - logit(black) (completeness).
- Embeddings: the input of the model's final nn.Linear (the penultimate layer), used for nearest
  training images (cosine similarity) and a 2-D PCA map of the test set, cached in the run folder.
"""
from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from .config import IMAGE_SIZE
from .data import Dataset, to_input
from .errors import FashionError
from .result_cache import content_key, read_cached, write_cached

IG_STEPS = 64                      # midpoint rule: the attributions' sum is within a few % of the
                                   # logit difference on the shipped ReLU nets, in ~0.1 s on one thread
IG_STEPS_BIG = 16                  # for networks over BIG_MODEL parameters on a CPU (ResNet-18: ~3 s at 64)
BIG_MODEL = 2_000_000
NEIGHBOUR_POOL = 12_000            # training images searched for neighbours (1,200 per class)
MAP_SAMPLE = 2_000                 # test images drawn on the embedding map
CAM_MIN_SIZE = 3                   # Grad-CAM's default stage is at least this many pixels wide
MAP_FILE = "embedding_map.safetensors"
MAP_VERSION = "1"                  # bump when what the cache holds changes


# ----------------------------------------------------------------------------------------------
# Inputs and layers

def device_of(model: nn.Module) -> torch.device:
    return next(model.parameters()).device


def model_input(model: nn.Module, images28) -> torch.Tensor:
    """uint8 (28, 28) or (N, 28, 28) images -> the normalised float batch the model takes."""
    images = torch.as_tensor(np.asarray(images28, dtype=np.uint8))
    if images.ndim == 2:
        images = images[None]
    if images.shape[-2:] != (IMAGE_SIZE, IMAGE_SIZE):
        raise FashionError(f"expected {IMAGE_SIZE}x{IMAGE_SIZE} images, got shape {tuple(images.shape)}")
    return to_input(images).to(device_of(model))


def final_linear(model: nn.Module) -> nn.Linear:
    """The classifier layer: its input is the penultimate-layer embedding."""
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    if not linears:
        raise FashionError(f"{type(model).__name__} has no nn.Linear layer to take embeddings from")
    return linears[-1]


@dataclass(frozen=True)
class Stage:
    """A conv stage: the last layer working at one resolution (after its ReLU, before pooling)."""

    name: str        # module name in model.named_modules()
    channels: int
    size: int        # height = width of its feature maps

    @property
    def label(self) -> str:
        return f"{self.name} · {self.channels} maps of {self.size}x{self.size}"


def conv_stages(model: nn.Module) -> list[Stage]:
    """Each resolution the convolutions work at, in order, as the module that ends it.

    One dummy forward records every module's output in the order modules finish; a run of 4-D
    outputs at one spatial size that contains a Conv2d is a stage, and its last module is the
    stage's output (e.g. the ReLU after the last conv at 7x7, before the max-pool to 3x3). The
    1x1 maps of global pooling are not a stage.
    """
    names = {module: name for name, module in model.named_modules()}
    events: list[tuple[str, bool, tuple]] = []

    def record(module, _inputs, output):
        if isinstance(output, torch.Tensor):
            events.append((names[module], isinstance(module, nn.Conv2d), tuple(output.shape)))

    handles = [m.register_forward_hook(record) for m in model.modules() if m is not model]
    try:
        with torch.inference_mode():
            model(torch.zeros((1, 1, IMAGE_SIZE, IMAGE_SIZE), device=device_of(model)))
    finally:
        for handle in handles:
            handle.remove()
    stages, run_size, has_conv, last = [], None, False, None
    for name, is_conv, shape in events + [("", False, ())]:  # a sentinel closes the last run
        size = shape[-1] if len(shape) == 4 and shape[-1] > 1 else None
        if size != run_size:
            if run_size is not None and has_conv:
                stages.append(Stage(last[0], last[2][1], run_size))
            run_size, has_conv = size, False
        if size is not None:
            has_conv, last = has_conv or is_conv, (name, is_conv, shape)
    return stages


def cam_stage(model: nn.Module) -> Stage | None:
    """The stage Grad-CAM maps by default: the last one at least CAM_MIN_SIZE wide (ResNet-18 with
    its ImageNet stem ends at 2x2 on a 28x28, too coarse to say where), else the last; None
    without convolutions."""
    stages = conv_stages(model)
    wide_enough = [stage for stage in stages if stage.size >= CAM_MIN_SIZE]
    return (wide_enough or stages or [None])[-1]


def _module(model: nn.Module, name: str) -> nn.Module:
    try:
        return model.get_submodule(name)
    except AttributeError:
        raise FashionError(f"{type(model).__name__} has no layer named {name!r}") from None


# ----------------------------------------------------------------------------------------------
# Saliency

def _check_target(logits: torch.Tensor, target: int) -> None:
    classes = logits.shape[1]
    if not 0 <= int(target) < classes:
        raise FashionError(f"class {target} does not exist: the model has classes 0-{classes - 1}")


def class_logits(model: nn.Module, image28) -> np.ndarray:
    """The 10 logits for one image (no flip averaging: this is the network the maps explain)."""
    model.eval()
    with torch.inference_mode():
        return model(model_input(model, image28)).float()[0].cpu().numpy()


def grad_cam(model: nn.Module, image28, target: int, stage: str | None = None) -> np.ndarray:
    """Grad-CAM for class `target` at `stage` (default: the last conv stage), as a 28x28 map in
    [0, 1] (divided by its maximum; all zeros when nothing speaks for the class)."""
    model.eval()
    if stage is None:
        default = cam_stage(model)
        if default is None:
            raise FashionError(f"{type(model).__name__} has no convolutional layer: Grad-CAM needs one")
        stage = default.name
    captured = {}

    def keep(_module, _inputs, output):
        captured["maps"] = output
        return output.clone()  # later in-place ops (DenseNet's final ReLU) then leave ours intact

    handle = _module(model, stage).register_forward_hook(keep)
    try:
        with torch.enable_grad():
            logits = model(model_input(model, image28))
            _check_target(logits, target)
            gradient, = torch.autograd.grad(logits[0, target], captured["maps"])
    finally:
        handle.remove()
    maps = captured["maps"].detach()[0].float()
    weights = gradient[0].float().mean(dim=(1, 2))               # alpha_k: pooled gradients
    cam = torch.relu((weights[:, None, None] * maps).sum(0))
    cam = F.interpolate(cam[None, None], size=(IMAGE_SIZE, IMAGE_SIZE), mode="bilinear",
                        align_corners=False)[0, 0].clamp(min=0)
    peak = float(cam.max())
    return (cam / peak if peak > 0 else cam).cpu().numpy()


def ig_steps(model: nn.Module) -> int:
    """Integration steps that keep the live page responsive: fewer for big networks on a CPU."""
    big = sum(p.numel() for p in model.parameters()) > BIG_MODEL
    return IG_STEPS_BIG if big and device_of(model).type == "cpu" else IG_STEPS


def integrated_gradients(model: nn.Module, image28, target: int, steps: int = IG_STEPS,
                         baseline28=None, batch_size: int = 64) -> np.ndarray:
    """Integrated gradients of the class logit against a baseline (default: a black image), as a
    signed 28x28 map whose sum is close to logit(image) - logit(baseline).

    Computed in the network's normalised input space with the midpoint rule over `steps` points.
    """
    model.eval()
    x = model_input(model, image28)
    base = model_input(model, np.zeros((IMAGE_SIZE, IMAGE_SIZE), np.uint8) if baseline28 is None else baseline28)
    alphas = (torch.arange(steps, device=x.device, dtype=x.dtype) + 0.5) / steps
    total = torch.zeros_like(x)
    with torch.enable_grad():
        for start in range(0, steps, batch_size):
            a = alphas[start:start + batch_size, None, None, None]
            path = (base + a * (x - base)).requires_grad_(True)
            logits = model(path)
            _check_target(logits, target)
            score = logits[:, target].sum()  # images are independent in eval mode
            total += torch.autograd.grad(score, path)[0].sum(0, keepdim=True)
    return ((x - base) * total / steps)[0, 0].detach().cpu().numpy()


# ----------------------------------------------------------------------------------------------
# Inside the network

def first_layer_filters(model: nn.Module) -> np.ndarray:
    """The first convolution's kernels as (filters, height, width), input channels averaged."""
    conv = next((m for m in model.modules() if isinstance(m, nn.Conv2d)), None)
    if conv is None:
        raise FashionError(f"{type(model).__name__} has no convolutional layer")
    return conv.weight.detach().float().mean(1).cpu().numpy()


def feature_maps(model: nn.Module, image28, stages: list[Stage] | None = None) -> list[tuple[Stage, np.ndarray]]:
    """Each conv stage's activations (channels, height, width) for one image."""
    model.eval()
    stages = conv_stages(model) if stages is None else stages
    outputs: dict[str, torch.Tensor] = {}
    handles = []
    for stage in stages:
        def keep(_module, _inputs, output, name=stage.name):
            outputs[name] = output.detach()[0].float().cpu().clone()  # clone: later in-place ops
        handles.append(_module(model, stage.name).register_forward_hook(keep))
    try:
        with torch.inference_mode():
            model(model_input(model, image28))
    finally:
        for handle in handles:
            handle.remove()
    return [(stage, outputs[stage.name].numpy()) for stage in stages]


# ----------------------------------------------------------------------------------------------
# Embeddings, neighbours, PCA

def embed(model: nn.Module, images28, batch_size: int = 1000,
          with_logits: bool = False) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    """Penultimate-layer embeddings (N, D) float32 on the CPU (and the logits, if asked)."""
    model.eval()
    images = torch.as_tensor(np.asarray(images28, dtype=np.uint8))
    if images.ndim == 2:
        images = images[None]
    if len(images) > batch_size:
        # Many images: a channels_last copy runs the convolutions about twice as fast on a CPU,
        # and the caller's model (shared by the app's pages) is left as it is.
        model = copy.deepcopy(model).to(memory_format=torch.channels_last)
    layer = final_linear(model)
    parts, logits = [], []

    def keep(_module, inputs):
        parts.append(inputs[0].detach().float().reshape(len(inputs[0]), -1).cpu())

    handle = layer.register_forward_pre_hook(keep)
    try:
        with torch.inference_mode():
            for start in range(0, len(images), batch_size):
                x = model_input(model, images[start:start + batch_size]).contiguous(memory_format=torch.channels_last)
                logits.append(model(x).float().cpu())
    finally:
        handle.remove()
    embeddings = torch.cat(parts) if parts else torch.zeros((0, layer.in_features))
    if with_logits:
        return embeddings, (torch.cat(logits) if logits else torch.zeros((0, layer.out_features)))
    return embeddings


def unit_rows(vectors: torch.Tensor) -> torch.Tensor:
    return F.normalize(vectors.float(), dim=-1)


def nearest(bank: torch.Tensor, query: torch.Tensor, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of `bank` most similar to `query` by cosine similarity, best first: (rows, similarities).

    `bank` is expected to hold unit rows already (see unit_rows), so one query costs one
    matrix-vector product.
    """
    similarity = bank @ unit_rows(query.reshape(-1))
    k = max(0, min(int(k), len(bank)))
    values, rows = similarity.topk(k)
    return rows.numpy(), values.numpy()


@dataclass
class NeighbourPool:
    """Unit-length embeddings of a fixed subset of training images, for nearest-image search."""

    embeddings: torch.Tensor   # (P, D) unit rows
    indices: np.ndarray        # (P,) positions in the dataset they came from


def stratified_sample(labels, size: int, seed: int = 0) -> np.ndarray:
    """`size` positions spread evenly across classes (a small class gives all it has and the rest
    are drawn at random), sorted; every position when there are no more than `size`."""
    labels = np.asarray(labels)
    if size >= len(labels):
        return np.arange(len(labels))
    rng = np.random.default_rng(seed)
    classes = np.unique(labels)
    share = -(-size // len(classes))
    picked = np.concatenate([rng.choice(members, size=min(len(members), share), replace=False)
                             for members in (np.flatnonzero(labels == c) for c in classes)])
    if len(picked) > size:
        picked = rng.choice(picked, size=size, replace=False)
    elif len(picked) < size:
        rest = np.setdiff1d(np.arange(len(labels)), picked)
        picked = np.concatenate([picked, rng.choice(rest, size=size - len(picked), replace=False)])
    return np.sort(picked)


def neighbour_pool(model: nn.Module, dataset: Dataset, size: int = NEIGHBOUR_POOL, seed: int = 0) -> NeighbourPool:
    labels = dataset.labels.numpy() if dataset.labels is not None else np.zeros(len(dataset), int)
    indices = stratified_sample(labels, size, seed)
    embeddings = embed(model, dataset.images[torch.as_tensor(indices)])
    return NeighbourPool(unit_rows(embeddings), indices)


def nearest_images(model: nn.Module, pool: NeighbourPool, image28, k: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """Dataset positions of the k training images closest to `image28`, and their similarities."""
    rows, similarity = nearest(pool.embeddings, embed(model, image28)[0], k)
    return pool.indices[rows], similarity


def pca(points: torch.Tensor, dims: int = 2) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(mean, components (D, dims), share of variance each explains) of the points.

    Plain PCA: the top eigenvectors of the covariance matrix, in float64 (the same as an SVD of
    the centred points, and 5x faster for 10,000 x 1,000 embeddings as D x D is the smaller side).
    Signs are fixed (each component's largest entry positive) so the map does not flip at random.
    """
    x = points.double()
    mean = x.mean(0)
    centred = x - mean
    variance, vectors = torch.linalg.eigh(centred.T @ centred / max(len(x) - 1, 1))  # ascending
    variance, vectors = variance.flip(0).clamp(min=0), vectors.flip(1)
    components = vectors[:, :dims]
    flip = torch.sign(components.gather(0, components.abs().argmax(0, keepdim=True)))
    components = components * torch.where(flip == 0, 1.0, flip)
    explained = variance[:dims] / variance.sum().clamp_min(1e-12)
    if components.shape[1] < dims:  # fewer features than dims: pad with zero directions
        pad = dims - components.shape[1]
        components = torch.cat([components, torch.zeros(len(mean), pad, dtype=x.dtype)], 1)
        explained = torch.cat([explained, torch.zeros(pad, dtype=x.dtype)])
    return mean.float(), components.float(), explained.float()


def project(points: torch.Tensor, mean: torch.Tensor, components: torch.Tensor) -> torch.Tensor:
    return (points.float() - mean) @ components


# ----------------------------------------------------------------------------------------------
# The embedding map, cached on disk in the run folder

@dataclass
class EmbeddingMap:
    """A 2-D PCA of the test set's embeddings and a sample of it to draw."""

    mean: torch.Tensor         # (D,)
    components: torch.Tensor   # (D, 2)
    explained: torch.Tensor    # (2,) share of variance on each axis
    indices: np.ndarray        # (S,) test-set positions drawn
    points: np.ndarray         # (S, 2)
    labels: np.ndarray         # (S,) true classes
    predicted: np.ndarray      # (S,) the network's classes

    def place(self, model: nn.Module, image28) -> np.ndarray:
        """Where an image lands on the map: (2,)."""
        return project(embed(model, image28), self.mean, self.components)[0].numpy()


def compute_embedding_map(model: nn.Module, test: Dataset, sample: int = MAP_SAMPLE, seed: int = 0) -> EmbeddingMap:
    """PCA fitted on every test image's embedding; `sample` of them (stratified) kept to draw."""
    if test.labels is None or len(test) == 0:
        raise FashionError(f"{test.name}: the embedding map needs labelled images")
    embeddings, logits = embed(model, test.images, with_logits=True)
    mean, components, explained = pca(embeddings)
    indices = stratified_sample(test.labels.numpy(), sample, seed)
    chosen = torch.as_tensor(indices)
    return EmbeddingMap(mean, components, explained, indices,
                        project(embeddings[chosen], mean, components).numpy(),
                        test.labels[chosen].numpy(), logits[chosen].argmax(1).numpy())


def map_key(weights_file: Path, test: Dataset, sample: int) -> str:
    """What the cached map depends on: the weights' bytes, the test images and labels, the sample."""
    return content_key(weights_file, test, f"{sample}/{MAP_VERSION}")


def _map_tensors(result: EmbeddingMap) -> dict[str, torch.Tensor]:
    return {"mean": result.mean, "components": result.components, "explained": result.explained,
            "indices": torch.as_tensor(result.indices, dtype=torch.int64),
            "points": torch.as_tensor(result.points, dtype=torch.float32),
            "labels": torch.as_tensor(result.labels, dtype=torch.int64),
            "predicted": torch.as_tensor(result.predicted, dtype=torch.int64)}


def _read_map(path: Path, key: str) -> EmbeddingMap | None:
    """The cached map if it exists and was made from the same weights and data; else None."""
    tensors = read_cached(path, key)
    try:
        return None if tensors is None else EmbeddingMap(
            tensors["mean"], tensors["components"], tensors["explained"], tensors["indices"].numpy(),
            tensors["points"].numpy(), tensors["labels"].numpy(), tensors["predicted"].numpy())
    except KeyError:
        return None  # from another version: recompute


def embedding_map(run_path: Path, model: nn.Module, test: Dataset, sample: int = MAP_SAMPLE) -> tuple[EmbeddingMap, bool]:
    """The run's embedding map, from its cache file when still valid: (map, computed_now).

    Cached as fashion.result_cache says: retrained weights or other data recompute it.
    """
    path = Path(run_path) / MAP_FILE
    key = map_key(Path(run_path) / "model.safetensors", test, sample)
    cached = _read_map(path, key)
    if cached is not None:
        return cached, False
    result = compute_embedding_map(model, test, sample)
    write_cached(path, key, _map_tensors(result), version=MAP_VERSION, sample=sample)
    return result, True


# ----------------------------------------------------------------------------------------------
# Timing: `python -m fashion.explain [RUN-FOLDER | ARCH ...]`

def time_saliency(model: nn.Module, image28, repeats: int = 5) -> dict[str, float]:
    """Median milliseconds of Grad-CAM and of integrated gradients (with the app's number of
    steps) for one image on one CPU thread, as the live page runs them, after a warm-up call."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        target, steps = int(class_logits(model, image28).argmax()), ig_steps(model)
        times = {"grad_cam": [], "integrated_gradients": []}
        for step in range(repeats + 1):
            for key, method in (("grad_cam", lambda: grad_cam(model, image28, target)),
                                ("integrated_gradients", lambda: integrated_gradients(model, image28, target, steps))):
                started = time.perf_counter()
                method()
                if step:
                    times[key].append((time.perf_counter() - started) * 1000)
    finally:
        torch.set_num_threads(threads)
    return {key: float(np.median(values)) for key, values in times.items()} | {"steps": steps}


def main(argv: list[str] | None = None) -> None:
    import sys

    from .models import create_model
    from .store import open_run

    names = (sys.argv[1:] if argv is None else argv) or ["fastnet", "cnn"]
    image = np.zeros((IMAGE_SIZE, IMAGE_SIZE), np.uint8)
    image[4:24, 8:20] = np.random.default_rng(0).integers(120, 255, (20, 12))  # a garment-like blob
    print("| model | Grad-CAM ms | integrated gradients ms (steps) | total ms |\n|---|---|---|---|")
    for name in names:
        model = open_run(name).load_model() if Path(name).is_dir() else create_model(name).eval()
        result = time_saliency(model, image)
        print(f"| {name} | {result['grad_cam']:.1f} | {result['integrated_gradients']:.1f} ({result['steps']}) | "
              f"{result['grad_cam'] + result['integrated_gradients']:.1f} |")


if __name__ == "__main__":
    main()
