"""The seed's hyperparameter grid (batch size x learning rate) over the run cache."""
from __future__ import annotations

import dataclasses
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

from .config import TrainConfig, to_flags
from .errors import FashionError
from .store import DEFAULT_ROOT, Run, is_finished, open_run
from .runs import train_run

SEED_BATCH_SIZES = (64, 128, 256)
SEED_LEARNING_RATES = (0.001, 0.005, 0.01)


def grid_configs(base: TrainConfig, batch_sizes=SEED_BATCH_SIZES, learning_rates=SEED_LEARNING_RATES) -> list[TrainConfig]:
    """`base` at every batch size x learning rate, batch size first (the seed's 3x3 by default)."""
    return [dataclasses.replace(base, batch_size=b, lr=lr) for b in batch_sizes for lr in learning_rates]


DIVERGED_EXIT = 3  # `python -m fashion train` exit status of a run that diverged

SEED_ARCHITECTURES = ("cnn", "resnet20", "resnet18", "resnet34", "densenet121")


def suite_configs(base: TrainConfig, grid_arch: str = "resnet18") -> list[TrainConfig]:
    """The seed's whole study: every architecture with the seed recipe from scratch, then the 3x3
    grid on one, and, when `base` is pretrained, its final choice: ResNet-18 from those weights.

    The grid's (128, 0.001) cell is the same config as the architecture run, so it is trained once.
    """
    scratch = dataclasses.replace(base, pretrained="", weights="", pretrained_sha256="")
    configs = [dataclasses.replace(scratch, arch=arch) for arch in SEED_ARCHITECTURES]
    for config in grid_configs(dataclasses.replace(scratch, arch=grid_arch)):
        if config not in configs:
            configs.append(config)
    if base.pretrained:
        configs.append(dataclasses.replace(base, arch="resnet18"))
    return configs


def train_command(config: TrainConfig, root: Path = DEFAULT_ROOT, data: str | None = None) -> str:
    """The `python -m fashion train ...` line that trains exactly this config (for schedulers)."""
    parts = ["python", "-m", "fashion", "train", *to_flags(config), "--out", str(root)]
    return shlex.join(parts + (["--data", str(data)] if data else []))


def fashion_argv(command: str, flags: list[str], root: Path, data: str | None = None, quiet: bool = True) -> list[str]:
    """The argv of a (quiet) `python -m fashion COMMAND FLAGS` process that writes into root."""
    return [sys.executable, "-m", "fashion", command, *flags, "--out", str(Path(root).resolve()),
            *(["--data", str(data)] if data else []), *(["--quiet"] if quiet else [])]


def train_argv(config: TrainConfig, root: Path, data: str | None = None, quiet: bool = True) -> list[str]:
    """The argv of a (quiet) `python -m fashion train` process that trains exactly `config`."""
    return fashion_argv("train", to_flags(config), root, data, quiet)


def run_grid(configs: list[TrainConfig], root: Path = DEFAULT_ROOT, force: bool = False,
             data: str | None = None, verbose: bool = True, jobs: int = 1,
             half_weights: bool = False) -> list[Run]:
    """Train every cell not already in the cache; finished cells are loaded, so a grid resumes.

    jobs > 1 trains that many runs at once, each in its own `python -m fashion train` process:
    on a GPU small models leave most of the chip idle between kernel launches, so several runs
    side by side finish the study sooner than one after another.
    """
    if jobs > 1:
        return _run_parallel(configs, Path(root), force, data, verbose, jobs, half_weights)
    runs = []
    for number, config in enumerate(configs, start=1):
        if verbose:
            print(f"[grid {number}/{len(configs)}] {config.run_name()}", flush=True)
        run, _ = train_run(config, root, force=force, data=data, verbose=verbose, half_weights=half_weights)
        runs.append(run)
    return runs


def _run_parallel(configs: list[TrainConfig], root: Path, force: bool, data: str | None,
                  verbose: bool, jobs: int, half_weights: bool) -> list[Run]:
    """One process per run, at most `jobs` alive; each logs to <run>/train.log."""
    waiting = [c for c in configs if force or not is_finished(root / c.run_name(), c)]
    running: dict[str, tuple[subprocess.Popen, float]] = {}
    failed: list[str] = []
    done = len(configs) - len(waiting)
    try:
        while waiting or running:
            while waiting and len(running) < jobs:
                config = waiting.pop(0)
                running[config.run_name()] = (_spawn_train(config, root, data, force, half_weights), time.time())
            time.sleep(0.5)
            for name, (process, started) in list(running.items()):
                if process.poll() is None:
                    continue
                del running[name]
                done += 1
                if process.returncode not in (0, DIVERGED_EXIT):
                    failed.append(name)
                if verbose:
                    print(f"[{done}/{len(configs)}] {_outcome(root / name, process.returncode)} "
                          f"({time.time() - started:.0f}s)", flush=True)
    finally:  # interrupted: stop the trainers cleanly, so each keeps its last epoch for a resume
        _interrupt([process for process, _ in running.values()])
    if failed:
        raise FashionError(f"{len(failed)} run(s) did not finish: {', '.join(failed)} "
                           f"(see train.log in each run folder)")
    return [open_run(root / c.run_name(), root) for c in configs]


def _interrupt(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _spawn_train(config: TrainConfig, root: Path, data: str | None, force: bool, half_weights: bool):
    argv = train_argv(config, root, data) + ["--force"] * force + ["--half-weights"] * half_weights
    folder = root / config.run_name()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "train.log", "ab") as log:
        return subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def _outcome(path: Path, returncode: int) -> str:
    if returncode == DIVERGED_EXIT:
        return f"{path.name}: diverged (loss not finite); its history is kept"
    if returncode == 0:
        summary = open_run(path, path.parent).summary
        test = f", test {summary['test_acc']:.2%}" if summary.get("test_acc") is not None else ""
        return (f"{path.name}: best val {summary['best_val_acc']:.2%} at epoch "
                f"{summary['best_epoch']}{test}, {summary['train_seconds']:.0f}s training")
    lines = (path / "train.log").read_text(errors="replace").strip().splitlines() or ["(empty log)"]
    return f"{path.name} FAILED (exit {returncode}): {lines[-1]}"
