"""Helpers that write real images in the formats users give us."""
import torch

from fashion.data import Dataset, save_csv


def write_seed_csv(path, images, labels=None, header=True):
    """Write images (and labels) in the seed's format: label,pixel1..pixel784."""
    labels = None if labels is None else torch.as_tensor(labels)
    return save_csv(path, Dataset(torch.as_tensor(images), labels, "sample"), header=header)
