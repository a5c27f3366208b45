"""The run store: one folder per trained configuration under checkpoints/, and how to read,
write, lock and find them. (fashion.runs trains into it.)

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
import os
import platform
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import torch
from safetensors import SafetensorError
from safetensors.torch import load as load_safetensors_bytes
from safetensors.torch import save as save_safetensors_bytes
from torch import nn

from .config import HISTORY_COLUMNS, TrainConfig
from .data import refuse_pickle
from .errors import FashionError
from .models import create_model

DEFAULT_ROOT = Path(os.environ.get("FASHION_RUNS", "checkpoints"))
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$")
RUN_FILES = ("config.json", "history.csv", "model.safetensors", "summary.json")
STARTING_FILES = {".lock", "job.json", "train.log"}  # what a run folder holds before its config


# ----------------------------------------------------------------------------------------------
# Atomic file writes

def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: a temporary file beside it, synced, renamed."""
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


def remove_stale_temporaries(folder: Path, names: tuple[str, ...]) -> None:
    """Delete what atomic_write_bytes left of `names` in `folder` when its writer was killed mid-write
    (a SIGKILL runs no cleanup). Only for a folder whose lock the caller holds: no one else is
    writing those files."""
    for name in names:
        for temp in folder.glob(f".{name}.*.tmp"):
            temp.unlink(missing_ok=True)


def atomic_write_text(path: Path, text: str) -> None:
    """atomic_write_bytes for UTF-8 text."""
    atomic_write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, value: dict) -> None:
    """A JSON object, indented, written atomically (values JSON cannot hold are written as text)."""
    atomic_write_text(path, json.dumps(value, indent=2, default=str) + "\n")


def save_weights(path: Path, state_dict: dict, metadata: dict | None = None, half: bool = False) -> None:
    """Tensors (a state dict) as a safetensors file, atomically; metadata values are stored as
    strings; `half` stores floating-point tensors as float16."""
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
    """One run folder as read from disk: its config, summary and per-epoch history. The weights
    are loaded only when asked (load_model)."""

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
    """The run at a folder path, or named so in `root`; one FashionError if it is damaged."""
    path = run_path(name_or_path, root)
    config = read_config(path)
    summary = _read_json(path / "summary.json") if (path / "summary.json").exists() else {"status": "incomplete"}
    return Run(path, config, summary, read_history(path))


def read_config(path: Path) -> TrainConfig:
    """The TrainConfig saved in a run folder's config.json."""
    values = _read_json(path / "config.json")
    try:
        config = TrainConfig.from_dict(values)
    except TypeError as error:
        raise FashionError(f"{path / 'config.json'}: not a training config ({error})") from None
    create_model(config.arch)  # unknown architecture -> clear error now, not at load time
    return config


def read_history(path: Path) -> pd.DataFrame:
    """A run folder's history.csv, one row per epoch (empty when there is none yet)."""
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
    """The readable runs under root, newest first (damaged folders left out)."""
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
# Who is training a run, and whether it is done

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
        """Whether a trainer holds the run's lock. Checked with a shared lock, so that two checkers
        at the same moment never take each other for a trainer."""
        try:
            import fcntl
        except ImportError:
            return False
        try:
            with open(path / ".lock", "rb") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except BlockingIOError:
                    return True
                return False
        except OSError:
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
