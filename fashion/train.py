"""The training loop: per-epoch history, best-validation-epoch weights, resumable state.

The whole training set lives on the device as one uint8 tensor; a batch is an index slice of a
random permutation, augmented as a batch. Nothing here writes files: `fashion.runs` persists what
`on_epoch` hands it.
"""
from __future__ import annotations

import copy
import math
import time
from dataclasses import dataclass, field
from typing import Callable

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from tqdm.auto import tqdm

from . import distill, distributed
from .config import TrainConfig
from .data import Dataset, augment, load_split, resolve_source, split_train_val, to_input
from .errors import FashionError
from .evaluate import predict_logits
from .models import create_model, fit_to_data
from .pretrained import adapt
from .sketch import Drawings, pool_share, sketch


def resolve_device(name: str = "auto") -> torch.device:
    """The torch device for --device: "auto" takes CUDA, then Apple's MPS, then the CPU."""
    if name == "auto":
        if torch.cuda.is_available():
            return torch.device("cuda")
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return torch.device("mps")
        return torch.device("cpu")
    try:
        device = torch.device(name)
    except RuntimeError:
        raise FashionError(f"unknown device {name!r}; use auto, cpu, cuda or mps") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise FashionError("device cuda asked for, but no CUDA GPU is available here")
    return device


def train_val_split(config: TrainConfig, source=None) -> tuple[Dataset, Dataset]:
    """The 4:1 split of the 60k training images (the same for every run with the same split_seed)."""
    full = load_split(source or resolve_source(), "train")
    train_idx, val_idx = split_train_val(full.labels, config.val_fraction, config.split_seed)
    if config.train_limit:
        generator = torch.Generator().manual_seed(config.split_seed)
        keep = torch.randperm(len(train_idx), generator=generator)[:config.train_limit]
        train_idx = train_idx[keep.sort().values]
        val_idx = val_idx[:max(config.train_limit // 4, 1)]
    return full.subset(train_idx, "train"), full.subset(val_idx, "validation")


def native_bf16(device: torch.device) -> bool:
    """Whether the device multiplies bfloat16 in hardware: CUDA GPUs, and CPUs with AVX512-BF16 or
    AMX (where oneDNN's bf16 convolutions ran 1.6-1.8x the images/s of float32 here). Elsewhere a
    CPU would emulate bf16, slower than float32."""
    if device.type == "cuda":
        return True
    if device.type != "cpu":
        return False
    checks = [getattr(torch.cpu, name, None) for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
    return any(check() for check in checks if check is not None)


def trains_in_bf16(config: TrainConfig, device: torch.device) -> bool:
    """Forward passes under bf16 autocast (weights, gradients and optimizer stay float32)."""
    return config.precision == "auto" and native_bf16(device)


def lr_factor(config: TrainConfig, step: int, total_steps: int, steps_per_epoch: int) -> float:
    """Multiplier of config.lr at a given optimizer step."""
    warmup = config.warmup_epochs * steps_per_epoch
    if warmup and step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(total_steps - warmup, 1)
    if config.schedule == "constant":
        return 1.0
    if config.schedule == "cosine":
        return 0.5 * (1 + math.cos(math.pi * progress))
    if config.schedule == "linear":
        return max(1.0 - progress, 0.0)
    raise FashionError(f"unknown schedule {config.schedule!r}; use constant, cosine or linear")


def make_optimizer(config: TrainConfig, model: nn.Module) -> torch.optim.Optimizer:
    """The optimizer the config names (config.OPTIMIZERS), at its learning rate and weight decay."""
    params = model.parameters()
    if config.optimizer == "adam":
        return torch.optim.Adam(params, lr=config.lr, weight_decay=config.weight_decay)
    if config.optimizer == "adamw":
        return torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    if config.optimizer == "sgd":
        return torch.optim.SGD(params, lr=config.lr, momentum=0.9, nesterov=True,
                               weight_decay=config.weight_decay)
    raise FashionError(f"unknown optimizer {config.optimizer!r}; use adam, adamw or sgd")


@dataclass
class TrainState:
    """Everything needed to continue a run after its last completed epoch."""

    config: TrainConfig
    model: nn.Module
    optimizer: torch.optim.Optimizer
    generator: torch.Generator
    ema_model: nn.Module | None = None
    epoch: int = 0                       # completed epochs
    best_val_acc: float = -1.0
    best_epoch: int = 0
    best_weights: dict = field(default_factory=dict)   # CPU copy of the evaluated model's state
    sample_loss: torch.Tensor | None = None           # each training image's loss when last trained on
    history: list = field(default_factory=list)
    status: str = "running"              # running | finished | diverged

    @property
    def eval_model(self) -> nn.Module:
        return self.ema_model if self.ema_model is not None else self.model


# How many training images fit a model's data-dependent layers (patch whitening): plenty for a
# 9x9 covariance, and the first ones of the fixed split, so a run is reproducible.
FIT_IMAGES = 5000


def new_state(config: TrainConfig, device: torch.device, train_images: torch.Tensor | None = None,
              start_from: dict[str, torch.Tensor] | None = None) -> TrainState:
    """A fresh run at epoch 0: the seeded model (started from the weights `start_from` where they
    fit, its data-fitted layers fitted to `train_images`), its EMA copy if asked, the optimizer
    and its own random generator."""
    torch.manual_seed(config.seed)
    model = create_model(config.arch)
    if start_from is not None:
        adapt(model, start_from)
    # channels_last suits cuDNN and oneDNN alike: faster convolutions on GPUs and on CPUs.
    model = model.to(device, memory_format=torch.channels_last)
    if train_images is not None:
        fit_to_data(model, to_input(train_images[:FIT_IMAGES]))
    ema_model = copy.deepcopy(model) if config.ema else None
    generator = torch.Generator(device=device).manual_seed(config.seed)
    state = TrainState(config, model, make_optimizer(config, model), generator, ema_model)
    if config.drop_easy and train_images is not None:
        state.sample_loss = torch.full((len(train_images),), math.inf, device=device)
    return state


def images_in_epoch(config: TrainConfig, train_size: int, epoch: int) -> int:
    """How many training images epoch `epoch` (0-based) trains on: all of them in the first."""
    if epoch == 0 or not config.drop_easy:
        return train_size
    return max(math.ceil(train_size * (1.0 - config.drop_easy)), 2)


def steps_before(config: TrainConfig, train_size: int, epoch: int) -> int:
    """Optimizer steps taken before `epoch` begins: where a resumed run's schedule picks up."""
    return sum(math.ceil(images_in_epoch(config, train_size, e) / config.batch_size) for e in range(epoch))


def epoch_order(state: TrainState, train_size: int, device: torch.device) -> torch.Tensor:
    """The training images of the next epoch, shuffled: all, or the hardest by their last loss."""
    count = images_in_epoch(state.config, train_size, state.epoch)
    permutation = torch.randperm(count, generator=state.generator, device=device)
    if count == train_size:
        return permutation
    return state.sample_loss.topk(count).indices[permutation]


# ----------------------------------------------------------------------------------------------
# Resumable state as flat tensors (for safetensors) plus JSON-able metadata

def state_tensors(state: TrainState) -> dict[str, torch.Tensor]:
    """Everything a resume needs as flat named tensors for one safetensors file: model, EMA, best
    epoch's weights and the optimizer's state."""
    tensors = {f"model.{k}": v for k, v in state.model.state_dict().items()}
    if state.ema_model is not None:
        tensors.update({f"ema.{k}": v for k, v in state.ema_model.state_dict().items()})
    tensors.update({f"best.{k}": v for k, v in state.best_weights.items()})
    for index, values in state.optimizer.state_dict()["state"].items():
        for key, value in values.items():
            tensors[f"optim.{index}.{key}"] = value if torch.is_tensor(value) else torch.tensor(value)
    if state.sample_loss is not None:
        tensors["sample_loss"] = state.sample_loss
    tensors["rng.generator"] = state.generator.get_state()
    tensors["rng.torch"] = torch.get_rng_state()
    return {k: v.detach().cpu().contiguous() for k, v in tensors.items()}


def state_metadata(state: TrainState) -> dict:
    """The counters saved next to state_tensors: epoch, best validation accuracy and its epoch."""
    return {"epoch": state.epoch, "best_val_acc": state.best_val_acc, "best_epoch": state.best_epoch}


def restore_state(state: TrainState, tensors: dict[str, torch.Tensor], metadata: dict, history: list) -> None:
    """Put a saved state (state_tensors, state_metadata, the history so far) back into `state`."""
    def part(prefix: str) -> dict:
        return {k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)}

    state.model.load_state_dict(part("model."))
    if state.ema_model is not None:
        state.ema_model.load_state_dict(part("ema."))
    state.best_weights = part("best.")
    optimizer_state = state.optimizer.state_dict()
    restored: dict[int, dict] = {}
    for key, value in part("optim.").items():
        index, name = key.split(".", 1)
        restored.setdefault(int(index), {})[name] = value
    optimizer_state["state"] = restored
    state.optimizer.load_state_dict(optimizer_state)
    if state.sample_loss is not None and "sample_loss" in tensors:
        state.sample_loss.copy_(tensors["sample_loss"])
    state.generator.set_state(tensors["rng.generator"])
    torch.set_rng_state(tensors["rng.torch"])
    state.epoch = int(metadata["epoch"])
    state.best_val_acc = float(metadata["best_val_acc"])
    state.best_epoch = int(metadata["best_epoch"])
    state.history = list(history)


# ----------------------------------------------------------------------------------------------
# The loop

def train(config: TrainConfig, data: tuple[Dataset, Dataset] | None = None,
          on_epoch: Callable[[dict, TrainState], None] | None = None,
          resume: Callable[[TrainState], None] | None = None, verbose: bool = True,
          start_from: dict[str, torch.Tensor] | None = None,
          teacher_logits: torch.Tensor | None = None) -> TrainState:
    """Train `config.epochs` epochs (or what remains after `resume`), keeping the best-val epoch.

    `on_epoch(record, state)` is called after every epoch; `resume(state)` may restore a saved state;
    `start_from` are weights to begin with (a pretrained run's, fitted by fashion.pretrained.adapt);
    `teacher_logits`, one row per training image, are what config.distill learns from.
    """
    here = distributed.world()
    device = distributed.device_for(resolve_device(config.device), here)
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True
    verbose = verbose and here.is_main
    train_set, val_set = data or train_val_split(config)
    if len(train_set) < 2 or len(val_set) < 1:
        raise FashionError(f"not enough data to train: {len(train_set)} train / {len(val_set)} validation images")
    train_images = train_set.images.to(device)
    train_labels = train_set.labels.to(device)
    val_images = val_set.images.to(device)
    val_labels = val_set.labels.to(device)
    if teacher_logits is not None:
        teacher_logits = teacher_logits.to(device)

    state = new_state(config, device, train_images, start_from)
    share = pool_share(len(train_images))
    drawings = Drawings.made(config.seed, device, share) if config.sketch and config.drawn else None
    traced_drawings = (Drawings.traced_from(train_set.images, train_set.labels, config.seed, device, share)
                       if drawings is not None and config.traced else None)
    if resume:
        resume(state)
    if here.active and device.type == "cuda":  # per-GPU batches can be small: BatchNorm over the global batch
        state.model = nn.SyncBatchNorm.convert_sync_batchnorm(state.model)
    step_model = torch.compile(state.model) if config.compile and device.type == "cuda" else state.model
    if here.active:  # averages the ranks' gradients; rank 0's weights and buffers are everyone's at the start
        step_model = DistributedDataParallel(step_model, device_ids=[device.index] if device.type == "cuda" else None)
    steps_per_epoch = math.ceil(len(train_images) / config.batch_size)
    total_steps = steps_before(config, len(train_images), config.epochs)
    autocast = dict(device_type=device.type, dtype=torch.bfloat16, enabled=trains_in_bf16(config, device))

    while state.epoch < config.epochs and state.status == "running":
        epoch_start = time.perf_counter()
        state.model.train()
        permutation = epoch_order(state, len(train_images), device)
        loss_sum = torch.zeros((), device=device)
        correct = torch.zeros((), device=device, dtype=torch.int64)
        step = steps_before(config, len(train_images), state.epoch)
        batches = range(0, len(permutation), config.batch_size)
        bar = tqdm(batches, desc=f"Epoch {state.epoch + 1}/{config.epochs}", leave=False,
                   disable=not verbose, unit="batch")
        for start in bar:
            index = permutation[start:start + config.batch_size]
            if len(index) < 2 * here.size:
                continue  # BatchNorm cannot train on a single image (per rank)
            images = train_images[index]
            y = train_labels[index]
            if config.sketch:
                images = sketch(images, state.generator, config.sketch, y, drawings, config.drawn,
                                traced_drawings, config.traced)
            if config.augment:
                images = augment(images, state.generator, pad=config.crop_pad)
            x = to_input(distributed.share(images, here)).contiguous(memory_format=torch.channels_last)
            y_local = distributed.share(y, here)
            lr = config.lr * lr_factor(config, step, total_steps, steps_per_epoch)
            for group in state.optimizer.param_groups:
                group["lr"] = lr
            with torch.autocast(**autocast):
                logits = step_model(x)
                teacher = None if teacher_logits is None else distributed.share(teacher_logits[index], here)
                losses = distill.losses(logits.float(), y_local, teacher, config.distill, config.label_smoothing)
                loss = losses.mean()
            state.optimizer.zero_grad(set_to_none=True)
            loss.backward()
            state.optimizer.step()
            if state.sample_loss is not None:
                state.sample_loss[index] = distributed.gather_shares(losses.detach(), len(index), here)
            if state.ema_model is not None:
                _update_ema(state.ema_model, state.model, config.ema)
            loss_sum += losses.detach().sum()
            correct += (logits.argmax(1) == y_local).sum()
            step += 1
        bar.close()
        distributed.share_buffers(state.model, here)
        if state.ema_model is not None:
            distributed.share_buffers(state.ema_model, here)
        loss_sum, correct = distributed.total(loss_sum, here), distributed.total(correct, here)
        train_loss = loss_sum.item() / len(permutation)  # waits for the GPU, so the clock below is true
        train_seconds = time.perf_counter() - epoch_start
        state.epoch += 1
        validated = state.epoch % config.val_every == 0 or state.epoch == config.epochs
        val_loss = val_acc = math.nan  # not validated: an empty cell in history.csv, a gap in the curves
        if validated:
            val_loss, val_acc = _validate(state.eval_model, val_images, val_labels, config.tta, here)
        diverged = not math.isfinite(train_loss) or (validated and not math.isfinite(val_loss))
        is_best = validated and not diverged and val_acc > state.best_val_acc
        if is_best:
            state.best_val_acc, state.best_epoch = val_acc, state.epoch
            state.best_weights = {k: v.detach().cpu().clone() for k, v in state.eval_model.state_dict().items()}
        record = {
            "epoch": state.epoch, "train_loss": train_loss, "train_acc": correct.item() / len(permutation),
            "val_loss": val_loss, "val_acc": val_acc, "lr": lr,
            "seconds": time.perf_counter() - epoch_start,
            "images_per_s": len(permutation) / train_seconds, "is_best": is_best,
        }
        state.history.append(record)
        if diverged:
            state.status = "diverged"
        elif state.epoch >= config.epochs:
            state.status = "finished"
        if verbose:
            print(format_record(record, config.epochs, state.status), flush=True)
        if on_epoch:
            on_epoch(record, state)
    if state.status == "running":
        state.status = "finished"  # resumed a run whose epochs were all done
    if not distributed.same_weights(state.model, here):
        raise FashionError("the ranks of this run ended with different weights: please report this")
    return state


def _validate(model: nn.Module, images: torch.Tensor, labels: torch.Tensor, tta: str,
              here: distributed.World) -> tuple[float, float]:
    """Loss and accuracy on the validation images, each rank scoring its share."""
    mine = distributed.share(torch.arange(len(images), device=images.device), here)
    logits = predict_logits(model, images[mine], tta=tta)
    labels = labels[mine].to(logits.device)
    sums = torch.stack([F.cross_entropy(logits, labels, reduction="sum"), (logits.argmax(1) == labels).sum().float()])
    loss_sum, right = distributed.total(sums, here).tolist()
    return loss_sum / len(images), right / len(images)


@torch.no_grad()
def _update_ema(ema_model: nn.Module, model: nn.Module, decay: float) -> None:
    ema_params = list(ema_model.parameters())
    torch._foreach_lerp_(ema_params, list(model.parameters()), 1.0 - decay)
    for ema_buffer, buffer in zip(ema_model.buffers(), model.buffers()):
        ema_buffer.copy_(buffer)


def format_record(record: dict, epochs: int, status: str = "running") -> str:
    """The seed-style log line: Epoch [3/30] loss 0.41 train 85.2% val 86.9% (best) 12.3s"""
    val = f"{record['val_acc']:.2%}" if math.isfinite(record["val_acc"]) else "-"
    line = (f"Epoch [{record['epoch']}/{epochs}] loss {record['train_loss']:.4f} "
            f"train {record['train_acc']:.2%} val {val}"
            f"{' (best)' if record['is_best'] else ''} {record['seconds']:.1f}s "
            f"{record['images_per_s']:.0f} img/s")
    return line + (" DIVERGED (loss is not finite)" if status == "diverged" else "")
