"""Training into the run store (fashion.store): `train_run` trains a config into its folder, or
opens it when it is trained already, resumes an interrupted run, and writes its summary with the
test metrics.
"""
from __future__ import annotations

import contextlib
import json
import math
import os
import platform
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import torch

from .config import HISTORY_COLUMNS, TrainConfig
from .data import Source, load_split, resolve_source
from . import distill, distributed, pretrained
from .errors import FashionError
from .evaluate import evaluate
from .models import count_parameters, create_model
from .store import (DEFAULT_ROOT, RUN_FILES, Run, RunLock, atomic_write_text, is_finished, load_weights,
                    open_run, read_history, remove_stale_temporaries, save_weights, write_json)
from .train import (resolve_device, restore_state, state_metadata, state_tensors, train, train_val_split,
                    trains_in_bf16)


# ----------------------------------------------------------------------------------------------
# Training into the cache

def train_run(config: TrainConfig, root: Path = DEFAULT_ROOT, force: bool = False,
              data: str | os.PathLike | None = None, verbose: bool = True,
              half_weights: bool = False) -> tuple[Run, bool]:
    """Train `config` into root/<run name>, or load it if it is already trained.

    Returns (run, trained_now). An interrupted run resumes from its last completed epoch.
    """
    config = pretrained.resolved(config) if config.pretrained and not config.pretrained_sha256 else config
    path = Path(root) / config.run_name()
    here = distributed.world()
    verbose = verbose and here.is_main
    with _run_lock(path, here):
        if not force and distributed.agree(is_finished(path, config), here):
            if verbose:
                print(f"cached: {path} (use --force to retrain)")
            return open_run(path, root), False
        source = resolve_source(data)
        split = train_val_split(config, source)
        teacher_logits = distill.teacher_logits(config.teacher, split[0], (root, DEFAULT_ROOT)) if config.teacher else None
        if here.is_main:  # only rank 0 writes the run folder; the others read it once it has
            written = (*RUN_FILES, "last.safetensors")
            remove_stale_temporaries(path, written)
            if force:
                for name in written:
                    (path / name).unlink(missing_ok=True)
            write_json(path / "config.json", json.loads(config.to_json()))
            start_from = pretrained.run_start(path, config) if config.pretrained else None
        distributed.barrier(here)
        if not here.is_main:
            start_from = pretrained.run_start(path, config) if config.pretrained else None
        started = datetime.now(timezone.utc).isoformat(timespec="seconds")
        resume = _resume_function(path, config)
        if verbose and resume:
            print(f"resuming {path.name} from its last completed epoch")

        def on_epoch(record: dict, state) -> None:
            if record["is_best"]:
                save_weights(path / "model.safetensors", state.best_weights,
                             {"arch": config.arch, "epoch": state.epoch}, half=half_weights)
            history = pd.DataFrame(state.history, columns=HISTORY_COLUMNS)
            atomic_write_text(path / "history.csv", history.to_csv(index=False))
            meta = state_metadata(state) | {"config": json.dumps(config.identity(), sort_keys=True)}
            save_weights(path / "last.safetensors", state_tensors(state), meta)
            write_json(path / "summary.json", _summary(config, state, source, split, started))

        try:
            state = train(config, split, on_epoch=on_epoch if here.is_main else None, resume=resume,
                          verbose=verbose, start_from=start_from, teacher_logits=teacher_logits)
        except (torch.cuda.OutOfMemoryError, MemoryError):
            raise FashionError(_out_of_memory_message(config, path)) from None
        except RuntimeError as error:  # cuDNN and the CPU allocator say it in words, not a type
            if "out of memory" not in str(error).lower() and "can't allocate memory" not in str(error):
                raise
            raise FashionError(_out_of_memory_message(config, path)) from None
        if here.is_main:
            summary = _summary(config, state, source, split, started) | ({"processes": here.size} if here.active else {})
            if state.best_weights:
                summary.update(_test_metrics(config, state, source))
            write_json(path / "summary.json", summary)
            (path / "last.safetensors").unlink(missing_ok=True)
            if verbose:
                _print_result(path, summary)
        distributed.barrier(here)
    return open_run(path, root), True


@contextlib.contextmanager
def _run_lock(path: Path, here: distributed.World):
    """The run's lock, held by rank 0 of a torchrun launch for all its ranks; every rank learns
    whether it was taken, so a second launch on the same run stops everywhere with one message."""
    lock = RunLock(path) if here.is_main else None
    refused = None
    if lock is not None:
        try:
            lock.__enter__()
        except FashionError as error:
            refused, lock = error, None
    if not distributed.agree(refused is None, here):
        if lock is not None:
            lock.__exit__(None, None, None)
        raise refused or FashionError(f"run {path.name} is already being trained (rank 0 could not lock it)")
    try:
        yield
    finally:
        if lock is not None:
            lock.__exit__(None, None, None)


def _out_of_memory_message(config: TrainConfig, path: Path) -> str:
    on_gpu = resolve_device(config.device).type == "cuda"
    if on_gpu:
        torch.cuda.empty_cache()
    kept = " (its completed epochs are kept; the same command resumes)" if (path / "last.safetensors").exists() else ""
    return (f"out of {'GPU memory' if on_gpu else 'memory'} training {path.name} with batch size {config.batch_size}{kept}: "
            f"try --batch-size {max(2, config.batch_size // 2)}, or fewer runs at once")


def _resume_function(path: Path, config: TrainConfig):
    last = path / "last.safetensors"
    if not last.exists():
        return None
    try:
        tensors, meta = load_weights(last)
        if json.loads(meta.get("config", "{}")) != json.loads(json.dumps(config.identity(), sort_keys=True)):
            return None
        history = read_history(path).to_dict("records")[: int(meta["epoch"])]
    except (FashionError, KeyError, ValueError):
        return None  # damaged resume state: start over rather than fail

    def resume(state) -> None:
        restore_state(state, tensors, meta, history)

    return resume


def _device_name(config: TrainConfig) -> str:
    device = resolve_device(config.device)
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    if device.type == "cpu":
        return f"CPU ({platform.processor() or platform.machine()}, {torch.get_num_threads()} threads)"
    return device.type.upper()


def _summary(config: TrainConfig, state, source: Source, split, started: str) -> dict:
    import torchvision

    history = state.history
    return {
        "name": config.run_name(), "arch": config.arch, "preset": config.preset,
        "status": state.status, "epochs_done": state.epoch, "epochs": config.epochs,
        "best_epoch": state.best_epoch, "best_val_acc": state.best_val_acc if state.best_epoch else None,
        "final_val_acc": next((r["val_acc"] for r in reversed(history) if math.isfinite(r["val_acc"])), None),
        "test_acc": None, "test_loss": None,
        "params": count_parameters(state.model),
        **({"pretrained": pretrained.describe(config)} if config.pretrained else {}),
        "train_seconds": round(sum(r["seconds"] for r in history), 2),
        "train_images": len(split[0]), "val_images": len(split[1]),
        "device": _device_name(config), "data": source.describe(),
        "precision": "bf16 autocast" if trains_in_bf16(config, resolve_device(config.device)) else "float32",
        "versions": {"python": platform.python_version(), "torch": torch.__version__,
                     "torchvision": torchvision.__version__},
        "created": started, "updated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _test_metrics(config: TrainConfig, state, source: Source) -> dict:
    """The official test set, for reporting only (nothing is chosen by it)."""
    try:
        test = load_split(source, "test")
    except FashionError:
        return {}
    model = create_model(config.arch)
    model.load_state_dict(state.best_weights)
    model.to(next(state.model.parameters()).device, memory_format=torch.channels_last)
    result = evaluate(model, test, tta=config.tta)
    return {"test_acc": result["accuracy"], "test_loss": result["loss"], "test_images": len(test),
            "test_per_class": result["per_class"], "test_confusion": result["confusion"]}


def _print_result(path: Path, summary: dict) -> None:
    test = f", test {summary['test_acc']:.2%}" if summary.get("test_acc") is not None else ""
    print(f"{summary['status']}: {path} best val {summary['best_val_acc'] or 0:.2%} "
          f"at epoch {summary['best_epoch']}{test}, {summary['train_seconds']:.0f}s on {summary['device']}")
