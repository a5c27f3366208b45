"""The in-class presets on this machine: training seconds, validation and test accuracy, images/s
per seed and their mean, and the standard recipe with the seed's CNN given the speedrun's time budget.

    python benchmarks/presets.py                      # speedrun and class, into a temporary cache
    python benchmarks/presets.py --presets speedrun --seeds 0,1,2 --no-standard
    python benchmarks/presets.py --presets speedrun --out checkpoints

The test set is only reported here: the presets were chosen on the validation split.
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import torch  # noqa: E402

from fashion.config import PRESETS  # noqa: E402
from fashion.data import load_split, resolve_source, split_train_val  # noqa: E402
from fashion.evaluate import loss_and_accuracy, predict_logits  # noqa: E402
from fashion.runs import train_run  # noqa: E402
from fashion.train import images_in_epoch  # noqa: E402
from standard_recipe import torchvision_root, train_standard  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--presets", default="speedrun,class", help="comma-separated preset names")
    parser.add_argument("--out", type=Path, help="run cache to train into (default: a temporary folder)")
    parser.add_argument("--seeds", default="0", help="comma-separated seeds of each preset (default: 0)")
    parser.add_argument("--no-standard", action="store_true", help="skip the standard-recipe comparison")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="fmnist-presets-"))
    source = resolve_source()
    test = load_split(source, "test")
    rows = []
    seeds = [int(seed) for seed in args.seeds.split(",")]
    for name in args.presets.split(","):
        preset_rows = []
        for seed in seeds:
            config = dataclasses.replace(PRESETS[name], seed=seed)
            run, _ = train_run(config, out, force=args.out is None, verbose=True)
            s = run.summary
            epoch_images = [images_in_epoch(run.config, s["train_images"], e) for e in range(len(run.history))]
            step_seconds = (epoch_images / run.history["images_per_s"]).sum()  # each epoch's steps alone
            preset_rows.append((f"preset {name} ({run.config.arch}) seed {seed}", step_seconds, s["train_seconds"],
                                s["best_val_acc"], s["test_acc"], run.history["images_per_s"].median()))
        rows += preset_rows
        if len(seeds) > 1:
            means = [sum(row[column] for row in preset_rows) / len(seeds) for column in range(1, 6)]
            rows.append((f"preset {name}, mean of {len(seeds)} seeds", *means))
    if not args.no_standard:
        budget = next((r[1] for r in rows if r[0].startswith("preset speedrun (")), 60.0)  # its steps' seconds
        train_labels = load_split(source, "train").labels
        train_idx, val_idx = split_train_val(train_labels)
        root = torchvision_root(source)
        try:
            model, images_per_s, seconds = train_standard("cnn", root, seconds=budget, train_indices=train_idx.tolist())
        finally:
            shutil.rmtree(root, ignore_errors=True)
        full = load_split(source, "train")
        val_acc = loss_and_accuracy(predict_logits(model, full.images[val_idx]), full.labels[val_idx])[1]
        test_acc = loss_and_accuracy(predict_logits(model, test.images), test.labels)[1]
        rows.append(("standard recipe, seed cnn", seconds, seconds, val_acc, test_acc, images_per_s))
    print(f"\n{torch.get_num_threads()} threads, torch {torch.__version__}")
    # "train s" counts the training steps; "+ val s" adds the validation passes.
    print(f"{'what':<44} {'train s':>8} {'+ val s':>8} {'val acc':>8} {'test acc':>9} {'img/s':>7}")
    for what, seconds, with_val, val_acc, test_acc, images_per_s in rows:
        print(f"{what:<44} {seconds:>8.1f} {with_val:>8.1f} {val_acc:>8.2%} {test_acc:>9.2%} {images_per_s:>7.0f}")
    if args.out is None:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
