"""Metrics for a model on a set of images: accuracy, loss, per-class accuracy, confusion matrix."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch
import torch.nn.functional as F
from torch import nn

from .allocator import keep_freed_memory
from .config import CLASS_NAMES, NUM_CLASSES
from .data import Dataset, to_input


# One-pixel moves for shift test-time augmentation: (rows, columns) the image content moves by.
SHIFTS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def tta_views(images: torch.Tensor, tta: str = "") -> list[torch.Tensor]:
    """The uint8 (B, 28, 28) batch as the model sees it under test-time augmentation `tta` (a
    TrainConfig.tta): itself; with "shift" also moved one pixel each way (the uncovered edge is
    background, 0); with "flip" each of those mirrored too."""
    views = [images]
    if "shift" in tta:
        padded = F.pad(images, (1, 1, 1, 1))
        views += [padded[:, 1 - dy:29 - dy, 1 - dx:29 - dx] for dy, dx in SHIFTS]
    if "flip" in tta:
        views += [view.flip(-1) for view in views]
    return views


@torch.inference_mode()
def predict_logits(model: nn.Module, images: torch.Tensor, batch_size: int = 1000,
                   tta: str = "") -> torch.Tensor:
    """Logits (N, 10) as float32 on the images' device, for uint8 (N, 28, 28) images; with
    test-time augmentation, the mean of the views' logits. A forward pass takes up to `batch_size`
    inputs: all the views of a chunk of images at once, which for a few live images is one pass
    instead of one per view."""
    model.eval()
    device = next(model.parameters()).device
    if device.type == "cpu":
        keep_freed_memory()
    view_count = len(tta_views(images[:1], tta))
    chunk = max(1, batch_size // view_count)
    outputs = []
    for start in range(0, len(images), chunk):
        batch = images[start:start + chunk].to(device, non_blocking=True)
        x = to_input(torch.cat(tta_views(batch, tta))).contiguous(memory_format=torch.channels_last)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            logits = model(x).float()
        outputs.append(logits.reshape(view_count, len(batch), -1).mean(0))
    if not outputs:
        return torch.zeros((0, NUM_CLASSES), device=device)
    return torch.cat(outputs)


def loss_and_accuracy(logits: torch.Tensor, labels: torch.Tensor) -> tuple[float, float]:
    """Mean cross-entropy and accuracy of logits against labels."""
    labels = labels.to(logits.device)
    loss = F.cross_entropy(logits, labels).item()
    accuracy = (logits.argmax(1) == labels).float().mean().item()
    return loss, accuracy


def evaluate(model: nn.Module, dataset: Dataset, tta: str = "") -> dict:
    """Everything the CLI's `evaluate --json` and the app show for one dataset.

    Without labels only the predictions are returned.
    """
    return evaluate_logits(predict_logits(model, dataset.images, tta=tta), dataset.labels)


def evaluate_logits(logits: torch.Tensor, labels: torch.Tensor | None) -> dict:
    """evaluate()'s figures from logits (N, 10) already computed, and the labels if known."""
    logits = logits.float().cpu()
    probabilities = logits.softmax(1)
    predicted = probabilities.argmax(1)
    result = {
        "n": len(logits),
        "predicted": predicted.tolist(),
        "confidence": probabilities.max(1).values.tolist(),
    }
    if labels is None:
        return result
    labels = labels.cpu()
    loss, accuracy = loss_and_accuracy(logits, labels)
    confusion = torch.zeros((NUM_CLASSES, NUM_CLASSES), dtype=torch.int64)
    confusion.index_put_((labels, predicted), torch.ones_like(labels), accumulate=True)
    per_class_total = confusion.sum(1)
    per_class = {
        CLASS_NAMES[c]: (confusion[c, c].item() / per_class_total[c].item()) if per_class_total[c] else None
        for c in range(NUM_CLASSES)
    }
    result.update(accuracy=accuracy, loss=loss, per_class=per_class, confusion=confusion.tolist(),
                  labels=labels.tolist())
    return result


def predictions_table(result: dict) -> pd.DataFrame:
    """One row per image: index, predicted class and name, confidence, and the true label if known."""
    table = pd.DataFrame({
        "index": np.arange(result["n"]),
        "predicted": result["predicted"],
        "predicted_name": [CLASS_NAMES[p] for p in result["predicted"]],
        "confidence": np.round(result["confidence"], 5),
    })
    if "labels" in result:
        table["label"] = result["labels"]
        table["label_name"] = [CLASS_NAMES[label] for label in result["labels"]]
        table["correct"] = table["label"] == table["predicted"]
    return table


