"""Our training pipeline vs the standard PyTorch recipe, same model, same machine, alternating.

Standard recipe: torchvision FashionMNIST + per-sample PIL transforms (RandomCrop(28, padding=4),
RandomHorizontalFlip, ToTensor, Normalize) + DataLoader(batch_size=128, shuffle=True,
num_workers=2) + Adam. Ours: fashion.train.train (uint8 tensors, batched crop/flip, index slices).
Both train one pass over the same N images; images/s is measured over the pass (DataLoader worker
start-up included, as it is in every epoch of the standard recipe).

    python benchmarks/pipeline.py                         # cnn, 3 repeats
    python benchmarks/pipeline.py --models all --images 1280 --repeats 2
"""
from __future__ import annotations

import argparse
import gzip
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from fashion.config import PIXEL_MEAN, PIXEL_STD, TrainConfig  # noqa: E402
from fashion.data import IDX_NAMES, resolve_source  # noqa: E402
from fashion.models import create_model, list_models  # noqa: E402
from fashion.train import train, train_val_split  # noqa: E402


def torchvision_root(source) -> Path:
    """torchvision's FashionMNIST wants the raw, un-gzipped IDX files under ROOT/FashionMNIST/raw."""
    root = Path(tempfile.mkdtemp(prefix="fmnist-tv-"))
    raw = root / "FashionMNIST" / "raw"
    raw.mkdir(parents=True)
    for stem in IDX_NAMES["train"]:
        gz = source.path / f"{stem}.gz"
        with gzip.open(gz) if gz.exists() else open(source.path / stem, "rb") as src, open(raw / stem, "wb") as dst:
            shutil.copyfileobj(src, dst)
    return root


def standard_images_per_s(arch: str, root: Path, n_images: int) -> float:
    from torch.utils.data import DataLoader, Subset
    from torchvision import datasets, transforms

    transform = transforms.Compose([
        transforms.RandomCrop(28, padding=4),
        transforms.RandomHorizontalFlip(),
        transforms.ToTensor(),
        transforms.Normalize((PIXEL_MEAN,), (PIXEL_STD,)),
    ])
    dataset = Subset(datasets.FashionMNIST(str(root), train=True, download=False, transform=transform),
                     range(n_images))
    torch.manual_seed(0)
    model = create_model(arch)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loader = DataLoader(dataset, batch_size=128, shuffle=True, num_workers=2)
    model.train()
    start = time.perf_counter()
    seen = 0
    for images, labels in loader:
        loss = F.cross_entropy(model(images), labels)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        seen += len(images)
    return seen / (time.perf_counter() - start)


def ours_images_per_s(arch: str, split, n_images: int) -> float:
    config = TrainConfig(arch=arch, epochs=1, batch_size=128, lr=1e-3, train_limit=n_images, device="cpu")
    state = train(config, split, verbose=False)
    return state.history[0]["images_per_s"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="cnn", help="comma-separated, or 'all'")
    parser.add_argument("--images", type=int, default=6400, help="images per timed pass")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    arches = list_models() if args.models == "all" else args.models.split(",")
    source = resolve_source()
    root = torchvision_root(source)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {args.images} images per pass, "
          f"{args.repeats} repeats (alternating)")
    print(f"{'model':<12} {'standard img/s':>15} {'ours img/s':>12} {'ratio':>7}")
    try:
        for arch in arches:
            split = train_val_split(TrainConfig(train_limit=args.images), source)
            standard, ours = [], []
            for _ in range(args.repeats):
                standard.append(standard_images_per_s(arch, root, args.images))
                ours.append(ours_images_per_s(arch, split, args.images))
            s, o = statistics.median(standard), statistics.median(ours)
            print(f"{arch:<12} {s:>15.0f} {o:>12.0f} {o / s:>6.2f}x", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
