"""The run cache: one folder per trained configuration under checkpoints/.

    checkpoints/resnet18-bs128-lr0.001-e30-s0/
        config.json         TrainConfig: rebuilds the model
        history.csv         one row per epoch
        model.safetensors   best-validation-epoch weights
        summary.json        status, best epoch, accuracies, timing, device, versions
        last.safetensors    resume state while training (removed when the run ends)
        .lock               held by the process that is training it

Every write goes to a temporary file that is renamed into place, so a killed process never leaves
a half-written file behind. Nothing here unpickles: weights are safetensors, the rest is JSON/CSV.
"""
from __future__ import annotations

import json
import math
import os
import platform
import re
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import torch
from safetensors import SafetensorError
from safetensors.torch import load as load_safetensors_bytes
from safetensors.torch import save as save_safetensors_bytes
from torch import nn

from .config import HISTORY_COLUMNS, TrainConfig
from .data import Source, load_split, refuse_pickle, resolve_source
from .errors import FashionError
from .evaluate import evaluate
from .models import count_parameters, create_model
from .train import resolve_device, restore_state, state_metadata, state_tensors, train, train_val_split

DEFAULT_ROOT = Path(os.environ.get("FASHION_RUNS", "checkpoints"))
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
RUN_FILES = ("config.json", "history.csv", "model.safetensors", "summary.json")
STARTING_FILES = {".lock", "job.json", "train.log"}  # what a run folder holds before its config


# ----------------------------------------------------------------------------------------------
# Atomic file writes

def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temp, 0o644)  # mkstemp makes 0600; runs are meant to be shared
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, value: dict) -> None:
    atomic_write_text(path, json.dumps(value, indent=2, default=str) + "\n")


def save_weights(path: Path, state_dict: dict, metadata: dict | None = None, half: bool = False) -> None:
    tensors = {}
    for key, value in state_dict.items():
        value = value.detach().cpu().contiguous()
        tensors[key] = value.half() if half and value.is_floating_point() else value
    meta = {k: str(v) for k, v in (metadata or {}).items()}
    atomic_write_bytes(path, save_safetensors_bytes(tensors, metadata=meta))


def load_weights(path: Path) -> tuple[dict[str, torch.Tensor], dict]:
    """Tensors and metadata of a safetensors file, or one clear error for anything else."""
    path = Path(path)
    if not path.is_file():
        raise FashionError(f"{path}: file is missing")
    refuse_pickle(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FashionError(f"{path}: cannot read ({error.strerror or error})") from None
    try:
        tensors = load_safetensors_bytes(data)
        header_size = int.from_bytes(data[:8], "little")
        header = json.loads(data[8:8 + header_size])
    except (SafetensorError, ValueError, OverflowError, UnicodeDecodeError) as error:
        raise FashionError(f"{path}: not a valid safetensors file ({error})") from None
    return tensors, header.get("__metadata__", {}) or {}


# ----------------------------------------------------------------------------------------------
# Finding and opening runs

def run_path(name_or_path: str | os.PathLike, root: Path = DEFAULT_ROOT) -> Path:
    """A run folder from a path to it, or from a bare name inside `root` (which it cannot escape)."""
    candidate = Path(name_or_path)
    if candidate.is_dir() and (candidate / "config.json").exists():
        return candidate
    if candidate.is_dir() and (len(candidate.parts) > 1 or not (Path(root) / candidate).is_dir()):
        raise FashionError(f"{candidate}: not a run folder (config.json is missing)")
    name = str(name_or_path)
    if candidate.suffix.lower() in (".pt", ".pth", ".pkl", ".pickle", ".ckpt") or candidate.is_file():
        refuse_pickle(candidate)
        raise FashionError(f"{candidate}: is a file; give a run folder (holding config.json and model.safetensors)")
    if not NAME_PATTERN.match(name):
        raise FashionError(f"{name!r} is not a run folder nor a valid run name "
                           "(letters, digits, '.', '_' and '-' only)")
    path = Path(root) / name
    if not path.is_dir():
        raise FashionError(f"no run named {name!r} in {root}/ (see 'python -m fashion runs')")
    return path


@dataclass
class Run:
    path: Path
    config: TrainConfig
    summary: dict
    history: pd.DataFrame

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def status(self) -> str:
        return self.summary.get("status", "unknown")

    @property
    def has_weights(self) -> bool:
        """False for runs shipped without their (large) weights, or still before their first epoch."""
        return (self.path / "model.safetensors").exists()

    def load_model(self, device: str | torch.device = "cpu") -> nn.Module:
        model = create_model(self.config.arch)
        tensors, _ = load_weights(self.path / "model.safetensors")
        try:
            model.load_state_dict(tensors, strict=True)
        except RuntimeError as error:
            first = next((line.strip() for line in str(error).splitlines()[1:] if line.strip()), str(error))
            raise FashionError(f"{self.path / 'model.safetensors'}: weights do not fit architecture "
                               f"{self.config.arch!r} ({first.rstrip('.')})") from None
        return model.to(device).eval()


def open_run(name_or_path: str | os.PathLike, root: Path = DEFAULT_ROOT) -> Run:
    path = run_path(name_or_path, root)
    config = read_config(path)
    summary = _read_json(path / "summary.json") if (path / "summary.json").exists() else {"status": "incomplete"}
    return Run(path, config, summary, read_history(path))


def read_config(path: Path) -> TrainConfig:
    values = _read_json(path / "config.json")
    try:
        config = TrainConfig.from_dict(values)
    except TypeError as error:
        raise FashionError(f"{path / 'config.json'}: not a training config ({error})") from None
    create_model(config.arch)  # unknown architecture -> clear error now, not at load time
    return config


def read_history(path: Path) -> pd.DataFrame:
    file = path / "history.csv"
    if not file.exists():
        return pd.DataFrame(columns=HISTORY_COLUMNS)
    try:
        history = pd.read_csv(file)
    except (ValueError, OSError, pd.errors.ParserError) as error:
        raise FashionError(f"{file}: unreadable history ({error})") from None
    missing = [c for c in ("epoch", "train_loss", "val_loss", "val_acc") if c not in history.columns]
    if missing:
        raise FashionError(f"{file}: missing column(s) {', '.join(missing)}")
    return history


def _read_json(path: Path) -> dict:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FashionError(f"{path}: file is missing") from None
    except (ValueError, UnicodeDecodeError) as error:
        raise FashionError(f"{path}: not valid JSON ({error})") from None
    except OSError as error:
        raise FashionError(f"{path}: cannot read ({error.strerror or error})") from None
    if not isinstance(value, dict):
        raise FashionError(f"{path}: expected a JSON object")
    return value


def scan_runs(root: Path = DEFAULT_ROOT) -> tuple[list[Run], list[str]]:
    """All readable runs under root (newest first), and one message per folder that is damaged."""
    runs, problems = [], []
    root = Path(root)
    if not root.is_dir():
        return runs, problems
    for path in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if not (path / "config.json").exists() and {f.name for f in path.iterdir()} <= STARTING_FILES:
            continue  # a run whose training is just starting: not a run yet, not damaged either
        try:
            runs.append(open_run(path, root))
        except FashionError as error:
            problems.append(str(error))
    runs.sort(key=lambda run: run.summary.get("updated", ""), reverse=True)
    return runs, problems


def list_runs(root: Path = DEFAULT_ROOT) -> list[Run]:
    return scan_runs(root)[0]


def runs_table(runs: list[Run]) -> pd.DataFrame:
    """One row per run: what the leaderboard and `python -m fashion runs` show."""
    rows = []
    for run in runs:
        s = run.summary
        rows.append({
            "run": run.name, "arch": run.config.arch, "status": run.status,
            "epochs": f"{s.get('epochs_done', len(run.history))}/{run.config.epochs}",
            "batch_size": run.config.batch_size, "lr": run.config.lr,
            "params": s.get("params"), "best_epoch": s.get("best_epoch"),
            "best_val_acc": s.get("best_val_acc"), "test_acc": s.get("test_acc"),
            "train_seconds": s.get("train_seconds"), "device": s.get("device"),
        })
    columns = ["run", "arch", "status", "epochs", "batch_size", "lr", "params", "best_epoch",
               "best_val_acc", "test_acc", "train_seconds", "device"]
    return pd.DataFrame(rows, columns=columns)


# ----------------------------------------------------------------------------------------------
# Training into the cache

class RunLock:
    """An exclusive lock on a run folder. The OS drops it when its process dies, so a crash
    cannot leave a run stuck as 'being trained'."""

    def __init__(self, path: Path):
        self.file_path = path / ".lock"
        self.handle = None

    def __enter__(self) -> "RunLock":
        self.file_path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.file_path, "a+")
        try:
            _lock_with_retries(self.handle)
        except ImportError:
            pass  # Windows: no advisory locks; a second trainer is the user's own doing there
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "another process"
            self.handle.close()
            raise FashionError(f"run {self.file_path.parent.name} is already being trained by {holder}") from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(f"pid {os.getpid()} on {platform.node()}")
        self.handle.flush()
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()  # closing releases the lock

    @staticmethod
    def is_locked(path: Path) -> bool:
        try:
            import fcntl
        except ImportError:
            return False
        lock_file = path / ".lock"
        if not lock_file.exists():
            return False
        with open(lock_file, "a+") as handle:
            try:
                # Shared, so that two checkers never take each other for a trainer.
                fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            return False


def _lock_with_retries(handle, attempts: int = 10) -> None:
    """Take the exclusive lock; a checker's momentary shared lock is waited out, a trainer's is not."""
    import fcntl

    for attempt in range(attempts):
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05)


def train_run(config: TrainConfig, root: Path = DEFAULT_ROOT, force: bool = False,
              data: str | os.PathLike | None = None, verbose: bool = True,
              half_weights: bool = False) -> tuple[Run, bool]:
    """Train `config` into root/<run name>, or load it if it is already trained.

    Returns (run, trained_now). An interrupted run resumes from its last completed epoch.
    """
    path = Path(root) / config.run_name()
    with RunLock(path):
        if not force and is_finished(path, config):
            if verbose:
                print(f"cached: {path} (use --force to retrain)")
            return open_run(path, root), False
        if force:
            for name in (*RUN_FILES, "last.safetensors"):
                (path / name).unlink(missing_ok=True)
        source = resolve_source(data)
        split = train_val_split(config, source)
        write_json(path / "config.json", json.loads(config.to_json()))
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
            state = train(config, split, on_epoch=on_epoch, resume=resume, verbose=verbose)
        except (torch.cuda.OutOfMemoryError, MemoryError):
            raise FashionError(_out_of_memory_message(config, path)) from None
        except RuntimeError as error:  # cuDNN and the CPU allocator say it in words, not a type
            if "out of memory" not in str(error).lower() and "can't allocate memory" not in str(error):
                raise
            raise FashionError(_out_of_memory_message(config, path)) from None
        summary = _summary(config, state, source, split, started)
        if state.best_weights:
            summary.update(_test_metrics(config, state, source))
        write_json(path / "summary.json", summary)
        (path / "last.safetensors").unlink(missing_ok=True)
        if verbose:
            _print_result(path, summary)
    return open_run(path, root), True


def _out_of_memory_message(config: TrainConfig, path: Path) -> str:
    on_gpu = resolve_device(config.device).type == "cuda"
    if on_gpu:
        torch.cuda.empty_cache()
    kept = " (its completed epochs are kept; the same command resumes)" if (path / "last.safetensors").exists() else ""
    return (f"out of {'GPU memory' if on_gpu else 'memory'} training {path.name} with batch size {config.batch_size}{kept}: "
            f"try --batch-size {max(2, config.batch_size // 2)}, or fewer runs at once")


def is_finished(path: Path, config: TrainConfig) -> bool:
    """True when path holds a completed (finished or diverged) run of exactly this config."""
    summary_file = path / "summary.json"
    if not summary_file.exists() or not (path / "model.safetensors").exists():
        return False
    try:
        summary = _read_json(summary_file)
        return summary.get("status") in ("finished", "diverged") and read_config(path).identity() == config.identity()
    except FashionError:
        return False  # damaged: retrain


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
        "train_seconds": round(sum(r["seconds"] for r in history), 2),
        "train_images": len(split[0]), "val_images": len(split[1]),
        "device": _device_name(config), "data": source.describe(),
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
