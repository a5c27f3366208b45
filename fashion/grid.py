"""The seed's hyperparameter grid (batch size x learning rate) over the run cache."""
from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path

from .config import PRESETS, TrainConfig
from .runs import DEFAULT_ROOT, Run, train_run

SEED_BATCH_SIZES = (64, 128, 256)
SEED_LEARNING_RATES = (0.001, 0.005, 0.01)


def grid_configs(base: TrainConfig, batch_sizes=SEED_BATCH_SIZES, learning_rates=SEED_LEARNING_RATES) -> list[TrainConfig]:
    return [dataclasses.replace(base, batch_size=b, lr=lr) for b in batch_sizes for lr in learning_rates]


SEED_ARCHITECTURES = ("cnn", "resnet20", "resnet18", "resnet34", "densenet121")


def suite_configs(base: TrainConfig, grid_arch: str = "resnet18") -> list[TrainConfig]:
    """The seed's whole study: every architecture with the seed recipe, then the 3x3 grid on one.

    The grid's (128, 0.001) cell is the same config as the architecture run, so it is trained once.
    """
    configs = [dataclasses.replace(base, arch=arch) for arch in SEED_ARCHITECTURES]
    for config in grid_configs(dataclasses.replace(base, arch=grid_arch)):
        if config not in configs:
            configs.append(config)
    return configs


def train_command(config: TrainConfig, root: Path = DEFAULT_ROOT, data: str | None = None) -> str:
    """The `python -m fashion train ...` line that trains exactly this config (for schedulers)."""
    from .cli import TRAIN_FLAGS

    base = PRESETS[config.preset] if config.preset else TrainConfig()
    parts = ["python", "-m", "fashion", "train"] + (["--preset", config.preset] if config.preset else [])
    always = ("arch", "epochs", "batch_size", "lr", "seed")
    for flag, (field, kind, _) in TRAIN_FLAGS.items():
        value = getattr(config, field)
        if field in always or value != getattr(base, field):
            parts += [flag, f"{value:g}" if kind is float else str(value)]
    if config.augment != base.augment:
        parts.append("--no-augment")
    if config.tta_flip and not base.tta_flip:
        parts.append("--tta-flip")
    if config.compile:
        parts.append("--compile")
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
