"""Helpers for the app tests (a module of its own: `from conftest import ...` would pick up
whichever conftest.py pytest loaded last when tests/unit and tests/app run together)."""
from __future__ import annotations

import gzip
import io
import struct
from pathlib import Path

import numpy as np

from fashion.data import IDX_NAMES, Source, load_split, resolve_source
from fashion.errors import FashionError

REPO = Path(__file__).resolve().parents[2]
TRAIN_PER_CLASS = 150   # 1,500 training images: train_limit 1000 leaves 250 for validation
TEST_PER_CLASS = 30     # 300 test images: test accuracy in a blink
# AppTest gives every session a made-up remote address, so a session is the teacher only with
# the key, as a browser on another machine would be; open_page passes it (a real server on
# loopback makes the teacher's own browser the teacher without it).
TEACHER_KEY = "app-tests-teacher-key"


def _subset(images: np.ndarray, labels: np.ndarray, per_class: int) -> tuple[np.ndarray, np.ndarray]:
    index = np.sort(np.concatenate([np.flatnonzero(labels == c)[:per_class] for c in range(10)]))
    return images[index], labels[index]


def _synthetic(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Learnable stand-in when the real data is not installed: a bright bar whose place is the class."""
    rng = np.random.default_rng(seed)
    labels = np.repeat(np.arange(10), count)
    images = rng.integers(0, 40, (len(labels), 28, 28)).astype(np.uint8)
    for i, label in enumerate(labels):
        images[i, 2 + 2 * label:5 + 2 * label, 4:24] = 220
    return images, labels.astype(np.uint8)


def write_idx(folder: Path, split: str, images: np.ndarray, labels: np.ndarray) -> None:
    images_name, labels_name = IDX_NAMES[split]
    folder.mkdir(parents=True, exist_ok=True)
    header = struct.pack(">IIII", 0x803, len(images), 28, 28)
    (folder / f"{images_name}.gz").write_bytes(gzip.compress(header + images.astype(np.uint8).tobytes()))
    header = struct.pack(">II", 0x801, len(labels))
    (folder / f"{labels_name}.gz").write_bytes(gzip.compress(header + labels.astype(np.uint8).tobytes()))


def write_tiny_data(folder: Path) -> str:
    """A few hundred images per split as IDX files; returns where they came from."""
    try:
        source = resolve_source(download=False)
        train, test = load_split(source, "train"), load_split(source, "test")
        parts = {"train": _subset(train.images.numpy(), train.labels.numpy(), TRAIN_PER_CLASS),
                 "test": _subset(test.images.numpy(), test.labels.numpy(), TEST_PER_CLASS)}
        origin = source.describe()
    except FashionError:
        parts = {"train": _synthetic(TRAIN_PER_CLASS, 0), "test": _synthetic(TEST_PER_CLASS, 1)}
        origin = "synthetic (Fashion-MNIST is not installed)"
    for split, (images, labels) in parts.items():
        write_idx(folder, split, images, labels)
    return origin


def tiny_csv(data_dir: Path, rows: int = 40, labels: bool = True) -> bytes:
    """Test images in the seed's CSV format."""
    test = load_split(Source("idx", data_dir, "test"), "test")
    pixels = test.images[:rows].reshape(rows, -1).numpy()
    header = ",".join(["label"] * labels + [f"pixel{i}" for i in range(1, 785)])
    lines = [header]
    for label, row in zip(test.labels[:rows].tolist(), pixels):
        values = [str(label)] * labels + [str(v) for v in row]
        lines.append(",".join(values))
    return ("\n".join(lines) + "\n").encode()


def garment_png(size: int = 200) -> bytes:
    """A dark trouser-like shape on white, as a product photo would be."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([size * 0.3, size * 0.1, size * 0.48, size * 0.9], fill="black")
    draw.rectangle([size * 0.52, size * 0.1, size * 0.7, size * 0.9], fill="black")
    draw.rectangle([size * 0.3, size * 0.1, size * 0.7, size * 0.25], fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
