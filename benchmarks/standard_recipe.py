"""The standard PyTorch recipe we compare against, written the way tutorials write it.

torchvision FashionMNIST + per-sample PIL transforms (RandomCrop(28, padding=4),
RandomHorizontalFlip, ToTensor, Normalize) + DataLoader(batch_size=128, shuffle=True,
num_workers=2) + Adam(lr=1e-3).
"""
from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from fashion.config import PIXEL_MEAN, PIXEL_STD  # noqa: E402
from fashion.data import IDX_NAMES  # noqa: E402
from fashion.models import create_model  # noqa: E402


def torchvision_root(source) -> Path:
    """torchvision's FashionMNIST wants raw, un-gzipped IDX files under ROOT/FashionMNIST/raw."""
    root = Path(tempfile.mkdtemp(prefix="fmnist-tv-"))
    raw = root / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    for stem in (*IDX_NAMES["train"], *IDX_NAMES["test"]):
        gz = source.path / f"{stem}.gz"
        with (gzip.open(gz) if gz.exists() else open(source.path / stem, "rb")) as src, open(raw / stem, "wb") as dst:
            shutil.copyfileobj(src, dst)
    return root


def train_standard(arch: str, root: Path, n_images: int | None = None, seconds: float | None = None,
                   train_indices=None, device: str = "cpu") -> tuple[torch.nn.Module, float, float]:
    """Train until `n_images` are seen (one pass) or `seconds` pass; returns (model, images/s, seconds)."""
    from torch.utils.data import DataLoader, Subset
    from torchvision import datasets, transforms

    transform = transforms.Compose([
        transforms.RandomCrop(28, padding=4),
        transforms.RandomHorizontalFlip(),
        transforms.ToTensor(),
        transforms.Normalize((PIXEL_MEAN,), (PIXEL_STD,)),
    ])
    dataset = datasets.FashionMNIST(str(root), train=True, download=False, transform=transform)
    indices = train_indices if train_indices is not None else range(len(dataset))
    if n_images:
        indices = list(indices)[:n_images]
    dataset = Subset(dataset, list(indices))
    torch.manual_seed(0)
    model = create_model(arch).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    start = time.perf_counter()
    seen = 0
    while True:
        loader = DataLoader(dataset, batch_size=128, shuffle=True, num_workers=2)
        for images, labels in loader:
            images, labels = images.to(device), labels.to(device)
            loss = F.cross_entropy(model(images), labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            seen += len(images)
            if seconds and time.perf_counter() - start >= seconds:
                break
        if not seconds or time.perf_counter() - start >= seconds:
            break
    if device != "cpu":
        torch.cuda.synchronize()  # CUDA work is asynchronous: wait for it before reading the clock
    elapsed = time.perf_counter() - start
    return model.eval(), seen / elapsed, elapsed
