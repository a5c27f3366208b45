"""Helpers that write real images in the formats users give us, and where the shipped runs are."""
from pathlib import Path

import torch

from fashion.config import PRESETS
from fashion.data import Dataset, save_csv

SHIPPED_RUNS = Path(__file__).resolve().parents[2] / "checkpoints"
# The shipped runs of the presets: the speedrun's is a small real model every test may load.
SHIPPED_SPEEDRUN = SHIPPED_RUNS / PRESETS["speedrun"].run_name()
SHIPPED_CLASS = SHIPPED_RUNS / PRESETS["class"].run_name()


def write_seed_csv(path, images, labels=None, header=True):
    """Write images (and labels) in the seed's format: label,pixel1..pixel784."""
    labels = None if labels is None else torch.as_tensor(labels)
    return save_csv(path, Dataset(torch.as_tensor(images), labels, "sample"), header=header)
