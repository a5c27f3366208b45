"""The seed's hyperparameter grid (batch size x learning rate) over the run cache."""
from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path

from .config import TrainConfig
from .runs import DEFAULT_ROOT, Run, train_run

SEED_BATCH_SIZES = (64, 128, 256)
SEED_LEARNING_RATES = (0.001, 0.005, 0.01)


def grid_configs(base: TrainConfig, batch_sizes=SEED_BATCH_SIZES, learning_rates=SEED_LEARNING_RATES) -> list[TrainConfig]:
    return [dataclasses.replace(base, batch_size=b, lr=lr) for b in batch_sizes for lr in learning_rates]


def train_command(config: TrainConfig, root: Path = DEFAULT_ROOT, data: str | None = None) -> str:
    """The `python -m fashion train ...` line that trains exactly this config (for schedulers)."""
    defaults = TrainConfig()
    parts = ["python", "-m", "fashion", "train", "--arch", config.arch, "--epochs", str(config.epochs),
             "--batch-size", str(config.batch_size), "--lr", f"{config.lr:g}", "--seed", str(config.seed)]
    flags = {"optimizer": "--optimizer", "weight_decay": "--weight-decay", "schedule": "--schedule",
             "label_smoothing": "--label-smoothing", "train_limit": "--train-limit", "device": "--device"}
    for field, flag in flags.items():
        value = getattr(config, field)
        if value != getattr(defaults, field):
            parts += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
    if not config.augment:
        parts.append("--no-augment")
    parts += ["--out", str(root)]
    if data:
        parts += ["--data", str(data)]
    return shlex.join(parts)


def run_grid(configs: list[TrainConfig], root: Path = DEFAULT_ROOT, force: bool = False,
             data: str | None = None, verbose: bool = True) -> list[Run]:
    """Train every cell not already in the cache; finished cells are loaded, so a grid resumes."""
    runs = []
    for number, config in enumerate(configs, start=1):
        if verbose:
            print(f"[grid {number}/{len(configs)}] {config.run_name()}", flush=True)
        run, _ = train_run(config, root, force=force, data=data, verbose=verbose)
        runs.append(run)
    return runs
