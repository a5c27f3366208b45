"""Results computed from a run's weights, kept in its folder so that a restarted app (or a class
opening the same page at once) reads them instead of recomputing: the official test set's logits
for Compare models and Evaluate, a teacher's logits on a training set (fashion.distill), and
(fashion.explain) the embedding map.

A cache file is safetensors, written atomically, with a key in its metadata: a hash of the
weights' bytes, the images and labels it was made from, and what else it depends on. Any other
weights or data recompute it. A read-only run folder is fine: the result is then computed every time.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

import numpy as np
import torch
from torch import nn

from .data import Dataset
from .errors import FashionError
from .evaluate import predict_logits
from .store import load_weights, save_weights

LOGITS_FILE = "test_logits.safetensors"
TRAIN_LOGITS_FILE = "train_logits.safetensors"   # a teacher's answers for fashion.distill
LOGITS_VERSION = "1"  # bump when what the file holds changes


def content_key(weights_file: Path, dataset: Dataset, extra: str) -> str:
    """What a cached result depends on: the weights' bytes, the images and labels, and `extra`."""
    digest = hashlib.sha256()
    try:
        digest.update(Path(weights_file).read_bytes())
    except OSError as error:
        raise FashionError(f"{weights_file}: cannot read ({error.strerror or error})") from None
    digest.update(dataset.images.numpy().tobytes())
    digest.update(b"" if dataset.labels is None else dataset.labels.numpy().astype(np.int64).tobytes())
    digest.update(extra.encode())
    return digest.hexdigest()


def read_cached(path: Path, key: str) -> dict[str, torch.Tensor] | None:
    """The cache file's tensors when it was made for `key`; None when missing, stale or damaged."""
    if not path.is_file():
        return None
    try:
        tensors, meta = load_weights(path)
    except FashionError:
        return None
    return tensors if meta.get("key") == key else None


def write_cached(path: Path, key: str, tensors: dict[str, torch.Tensor], **metadata) -> None:
    try:
        save_weights(path, tensors, {"key": key, **metadata})
    except OSError:
        pass  # cannot write there (read-only checkpoints): still show the result


def logits_key(run_path: Path, test: Dataset, tta: str) -> str:
    return content_key(Path(run_path) / "model.safetensors", test, f"tta={tta}/{LOGITS_VERSION}")


def test_logits(run_path: Path, model: nn.Module, test: Dataset, limit: int, tta: str = "") -> torch.Tensor:
    """Logits (limit, 10) of the first `limit` images of `test`, as evaluate() computes them.

    The file keeps the logits of the first n images of this test set; a request for at most n
    is read from it, a larger one computes and keeps `limit` images' logits.
    """
    limit = max(0, min(limit, len(test)))
    path = Path(run_path) / LOGITS_FILE
    key = logits_key(run_path, test, tta)
    cached = read_cached(path, key)
    if cached is not None and "logits" in cached and len(cached["logits"]) >= limit:
        return cached["logits"][:limit].float()
    logits = predict_logits(model, test.images[:limit], tta=tta).float().cpu()
    write_cached(path, key, {"logits": logits}, version=LOGITS_VERSION, images=limit)
    return logits


def training_logits(run_path: Path, load_model: Callable[[], nn.Module], train_set: Dataset, tta: str) -> torch.Tensor:
    """Logits of the run's model on every image of `train_set`, read from its folder when they were
    made for these weights and images; else `load_model()` computes them and they are kept.

    They are kept in half precision (a 60k-image file is 1.2 MB), and the copy returned is the one
    kept, so the first caller and later ones get the same numbers."""
    path = Path(run_path) / TRAIN_LOGITS_FILE
    key = content_key(Path(run_path) / "model.safetensors", train_set, f"tta={tta}/train")
    cached = read_cached(path, key)
    if cached is not None and "logits" in cached:
        return cached["logits"].float()
    logits = predict_logits(load_model(), train_set.images, tta=tta).cpu().half()
    write_cached(path, key, {"logits": logits}, images=len(train_set))
    return logits.float()
