"""Knowledge distillation: a run learns from a trained run's answers (its "teacher") as well as
from the labels. The teacher's logits on the training images are computed once and kept in the
teacher's folder (fashion.result_cache), so a short run pays nothing for them after the first.
"""
from __future__ import annotations

from pathlib import Path

import torch
import torch.nn.functional as F

from . import result_cache
from .data import Dataset
from .errors import FashionError
from .store import open_run

# Softens both networks' answers before they are compared (Hinton et al. 2015), so the teacher's
# second and third choices, which say which classes look alike, carry weight.
TEMPERATURE = 2.0


def losses(logits: torch.Tensor, labels: torch.Tensor, teacher_logits: torch.Tensor | None,
           weight: float, label_smoothing: float) -> torch.Tensor:
    """Each image's loss: cross-entropy with its label, mixed with the KL divergence from the
    teacher's softened answer at `weight` (scaled by T^2, so its gradients match the label's)."""
    label_loss = F.cross_entropy(logits, labels, label_smoothing=label_smoothing, reduction="none")
    if teacher_logits is None or not weight:
        return label_loss
    t = TEMPERATURE
    teacher = F.log_softmax(teacher_logits.float() / t, dim=1)
    student = F.log_softmax(logits / t, dim=1)
    soft_loss = F.kl_div(student, teacher, log_target=True, reduction="none").sum(1) * t * t
    return (1.0 - weight) * label_loss + weight * soft_loss


def teacher_logits(teacher: str, train_set: Dataset, roots: tuple[Path, ...]) -> torch.Tensor:
    """The teacher run's logits on `train_set`, with the teacher's own test-time augmentation,
    computed once and kept in its folder (fashion.result_cache.training_logits). The teacher is
    looked for in each of `roots` in turn (the run's cache, then the shipped runs)."""
    path = next((Path(root) / teacher for root in roots if (Path(root) / teacher / "model.safetensors").is_file()), None)
    if path is None:
        raise FashionError(f"--teacher {teacher}: no trained run of that name with weights in "
                           f"{' or '.join(str(root) for root in roots)}")
    run = open_run(path)
    return result_cache.training_logits(path, run.load_model, train_set, run.config.tta)
