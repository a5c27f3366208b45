"""Our training pipeline vs the standard PyTorch recipe, same model, same machine, alternating.

Standard recipe: torchvision FashionMNIST + per-sample PIL transforms (RandomCrop(28, padding=4),
RandomHorizontalFlip, ToTensor, Normalize) + DataLoader(batch_size=128, shuffle=True,
num_workers=2) + Adam. Ours: fashion.train.train (uint8 tensors, batched crop/flip, index slices).
Both train one pass over the same N images; images/s is measured over the pass (DataLoader worker
start-up included, as it is in every epoch of the standard recipe). The last column is the ceiling
for any pipeline: the same model's Adam steps on one fixed batch, with no data work at all.

    python benchmarks/pipeline.py                         # cnn, 3 repeats
    python benchmarks/pipeline.py --models all --images 1280 --repeats 2
    python benchmarks/pipeline.py --device cuda --images 25600 --repeats 2   # on a GPU
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402

from fashion.config import TrainConfig  # noqa: E402
from fashion.data import resolve_source  # noqa: E402
from fashion.models import list_models  # noqa: E402
from fashion.train import train, train_val_split  # noqa: E402
from standard_recipe import torchvision_root, train_standard  # noqa: E402


def ours_images_per_s(arch: str, split, n_images: int, device: str = "cpu") -> float:
    config = TrainConfig(arch=arch, epochs=1, batch_size=128, lr=1e-3, train_limit=n_images, device=device)
    state = train(config, split, verbose=False)
    return state.history[0]["images_per_s"]


def model_only_images_per_s(arch: str, n_images: int, device: str = "cpu") -> float:
    """The ceiling for any pipeline: Adam steps on one fixed batch, no data loading or augmentation."""
    import torch.nn.functional as F
    from fashion.models import create_model

    torch.manual_seed(0)
    model = create_model(arch).to(device, memory_format=torch.channels_last)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.randn(128, 1, 28, 28, device=device).contiguous(memory_format=torch.channels_last)
    y = torch.randint(0, 10, (128,), device=device)
    steps = max(n_images // 128, 2)
    for step in range(steps + 2):  # two warm-up steps, not timed
        if step == 2:
            if device != "cpu":
                torch.cuda.synchronize()
            start = time.perf_counter()
        with torch.autocast(device, dtype=torch.bfloat16, enabled=device == "cuda"):
            loss = F.cross_entropy(model(x).float(), y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
    if device != "cpu":
        torch.cuda.synchronize()
    return steps * 128 / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default="cnn", help="comma-separated, or 'all'")
    parser.add_argument("--images", type=int, default=6400, help="images per timed pass")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--device", default="cpu", help="cpu | cuda (both pipelines train there)")
    args = parser.parse_args()
    arches = list_models() if args.models == "all" else args.models.split(",")
    source = resolve_source()
    root = torchvision_root(source)
    where = torch.cuda.get_device_name() if args.device == "cuda" else f"{torch.get_num_threads()} CPU threads"
    print(f"torch {torch.__version__}, {where}, {args.images} images per pass, "
          f"{args.repeats} repeats (alternating)")
    print(f"{'model':<16} {'standard img/s':>15} {'ours img/s':>12} {'ratio':>7} {'model-only img/s':>17}")
    try:
        for arch in arches:
            split = train_val_split(TrainConfig(train_limit=args.images), source)
            standard, ours = [], []
            if args.device != "cpu":  # first CUDA use of a model pays kernel selection: not timed
                train_standard(arch, root, n_images=1280, device=args.device)
                ours_images_per_s(arch, split, 1280, args.device)
            for _ in range(args.repeats):
                standard.append(train_standard(arch, root, n_images=args.images, device=args.device)[1])
                ours.append(ours_images_per_s(arch, split, args.images, args.device))
            s, o = statistics.median(standard), statistics.median(ours)
            ceiling = model_only_images_per_s(arch, args.images, args.device)
            print(f"{arch:<16} {s:>15.0f} {o:>12.0f} {o / s:>6.2f}x {ceiling:>17.0f}", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
