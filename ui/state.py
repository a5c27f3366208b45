"""What every page shares: where the runs are, the cached runs, models, data and test results,
the shared inference batcher and its one-thread lock, and which run answers by default.

Runs are cached by a fingerprint of the runs folder (each run's file times), so a run that finishes
in another process shows up on the next rerun; models are cached by their weights file's time.
Both are shared by every session as they are (st.cache_resource: no copy per rerun), so pages
read runs and never change them.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import threading
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import streamlit as st
import torch

from fashion import jobs, report
from fashion.classdb import folder as classroom_folder
from fashion.config import CLASS_NAMES
from fashion.data import Dataset, Source, load_split, resolve_source, split_train_val
from fashion.errors import FashionError
from fashion.evaluate import evaluate_logits
from fashion.models import forward_flops
from fashion.predict import InferenceBatcher
from fashion.quiz import Quiz
from fashion.result_cache import test_logits
from fashion.store import Run, RunLock, open_run
from fashion.train import resolve_device
from fashion.wall import Wall

APP_DIR = Path(__file__).resolve().parent.parent
RUN_KEY = "run"  # session_state key of the sidebar's model picker, read by every page
PICKED_KEY = "run_picked"  # True once the user chose a model in the sidebar (it then answers drawings too)
STAMP_FILES = ("config.json", "history.csv", "summary.json", "model.safetensors")
TRAIN_PAGE = "app_pages/train.py"
NO_DATA = (
    "**No Fashion-MNIST data on this machine**, and this part needs it. Install it with "
    "`sudo apt-get install dataset-fashion-mnist`, put the four IDX `.gz` files in `./data/`, or "
    "start the app with `FASHION_DATA=/path/to/folder-or.csv streamlit run app.py` "
    "(`python -m fashion data` downloads them when online). The rest of the app works without it."
)


def runs_root() -> Path:
    """FASHION_RUNS if set, else checkpoints/ next to app.py (wherever the app is started from)."""
    return Path(os.environ.get("FASHION_RUNS") or APP_DIR / "checkpoints")


def device():
    return resolve_device("auto")


_THREADS = threading.Lock()


@contextmanager
def one_thread():
    """Run single-image inference on one CPU thread: its tiny operations gain nothing from more,
    and a thread pool stalls badly (100x) when the cores are busy, e.g. with a training job."""
    with _THREADS:
        before = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(before)


# Live predictions from every session go through one batcher: when a class uploads at once,
# queued images run as one forward pass per model (on one thread, under the same lock).
BATCHER = InferenceBatcher(guard=one_thread)


# ----------------------------------------------------------------------------------------------
# Runs

def mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _stamp(root: Path) -> tuple:
    try:
        entries = sorted((e for e in os.scandir(root) if e.is_dir() and not e.name.startswith(".")),
                         key=lambda e: e.name)
    except OSError:
        return ()
    return tuple((e.name, tuple(mtime(Path(e.path) / f) for f in STAMP_FILES)) for e in entries)


@st.cache_resource(max_entries=4, show_spinner=False)
def _scan(root: str, stamp: tuple) -> tuple[list[Run], list[tuple[str, str]]]:
    runs, problems = [], []
    for name, _ in stamp:
        try:
            runs.append(open_run(Path(root) / name, Path(root)))
        except FashionError as error:
            problems.append((name, str(error)))
        except Exception as error:  # noqa: BLE001 - a damaged folder must not take the app down
            problems.append((name, f"{Path(root) / name}: unreadable ({type(error).__name__}: {error})"))
    runs.sort(key=lambda run: run.summary.get("updated", ""), reverse=True)
    return runs, problems


def load_runs() -> tuple[list[Run], list[str]]:
    """Readable runs (newest first) and one message per damaged run folder."""
    root = runs_root()
    runs, problems = _scan(str(root), _stamp(root))
    runs = [dataclasses.replace(run, summary={**run.summary, "status": "interrupted"})
            if run.status == "running" and not RunLock.is_locked(run.path) else run for run in runs]
    messages = [message for name, message in problems if not jobs.is_job_folder(root / name)]
    return runs, messages


def with_model(runs: list[Run]) -> list[Run]:
    return [run for run in runs if run.has_weights]


def runs_and_choice() -> tuple[list[Run], Run] | None:
    """Runs that have weights and the one picked in the sidebar; None, after saying how to get a
    run, when there is none."""
    runs = with_model(load_runs()[0])
    if not runs:
        no_runs_info()
        return None
    return runs, selected_run(runs) or runs[0]


def default_run(runs: list[Run], within: float = 0.01) -> Run:
    """The cheapest network (forward FLOPs per image) within one point of the best validation
    accuracy: a class of 30 gets answers and explanations at once from it, for almost the accuracy
    of the best (pick the best in the sidebar)."""
    top = max(report.best_val_acc(run) for run in runs)
    close = [run for run in runs if report.best_val_acc(run) >= top - within]
    return min(close, key=lambda run: (_forward_flops(run.config.arch), -report.best_val_acc(run)))


def drawing_score(run: Run) -> float | None:
    """The run's figure on the drawings benchmark (benchmarks/drawings.py --record), if measured."""
    figures = run.summary.get("drawings")
    score = figures.get("score") if isinstance(figures, dict) else None
    return float(score) if isinstance(score, (int, float)) else None


def drawing_run(runs: list[Run]) -> Run | None:
    """The run that classifies drawings best, by the benchmark figure in its summary."""
    scored = [run for run in runs if drawing_score(run) is not None]
    return max(scored, key=drawing_score, default=None)


def answering_run(runs: list[Run], picked: Run, drawing: bool) -> tuple[Run, str]:
    """The run that answers the Live page's input, and why it is that one: `picked` (the sidebar's
    run) when the user chose it; otherwise, for a drawing (the canvas, or an upload said to be
    one), the best run on drawings, else `picked`, the photo default."""
    if st.session_state.get(PICKED_KEY):
        return picked, "picked in the sidebar"
    if drawing:
        best = drawing_run(runs)
        if best is not None:
            return best, f"the best on drawings: {drawing_score(best):.0%} of the drawings benchmark"
    return picked, "the default for photos"


def _forward_flops(arch: str) -> float:
    try:
        return forward_flops(arch)
    except FashionError:  # a run of an architecture this version does not have
        return float("inf")


def run_label(run: Run) -> str:
    accuracy = run.summary.get("best_val_acc")
    return f"{run.name} · {accuracy:.1%}" if accuracy is not None else run.name


def selected_run(runs: list[Run]) -> Run | None:
    """The run picked in the sidebar (None when there is no run with weights)."""
    name = st.session_state.get(RUN_KEY)
    return next((run for run in runs if run.name == name), None)


def out_flag() -> str:
    """` --out ROOT` when the CLI's default (./checkpoints) is not where this app looks."""
    root = runs_root()
    default = Path(os.environ.get("FASHION_RUNS") or "checkpoints").resolve()
    return "" if root.resolve() == default else f" --out {root}"


def gpu_hint() -> None:
    """The one line that says how to get the runs a CPU cannot train in class."""
    st.caption("`resnet18`, `resnet34`, `densenet121` and the seed's full grid need a GPU: "
               f"`python -m fashion suite --jobs 6{out_flag()}` trains the whole seed study there "
               "(it skips what is already trained). Runs shipped without weights show curves but "
               "cannot classify.")


def no_runs_info() -> None:
    st.info(f"No trained runs in `{runs_root()}` yet. Start one on the **Train** page, or from a "
            f"terminal: `python -m fashion train --arch cnn --epochs 2{out_flag()}` (a few minutes on a "
            "laptop's CPU).")
    st.page_link(TRAIN_PAGE, label="Go to Train", icon=":material/model_training:")


@st.cache_resource(max_entries=24, show_spinner="Loading model…")
def _model(path: str, stamp: int):
    try:
        return open_run(Path(path), Path(path).parent).load_model(device())
    except OSError as error:
        raise FashionError(f"{path}: cannot read the weights ({error})") from None


def load_model(run: Run):
    """The run's network on the app's device, cached; FashionError if its weights are damaged."""
    return _model(str(run.path), mtime(run.path / "model.safetensors"))


def models_or_warn(runs: list[Run]) -> list[tuple[Run, object]]:
    """(run, model) for every run whose weights load; one warning per run that fails."""
    loaded = []
    for run in runs:
        try:
            loaded.append((run, load_model(run)))
        except FashionError as error:
            st.warning(f"{run.name}: {error}")
    return loaded


@st.cache_data(show_spinner=False)
def arch_latency_ms(arch: str, device_name: str) -> float:
    """Median time for one image through a freshly built `arch` (weights do not change speed)."""
    from fashion.models import create_model

    with one_thread():
        return report.measure_latency_ms(create_model(arch).to(device_name).eval())


# ----------------------------------------------------------------------------------------------
# Data

def data_source() -> tuple[Source | None, str]:
    """Where the data is, never downloading: (source, "") or (None, why not)."""
    try:
        return resolve_source(download=False), ""
    except FashionError as error:
        return None, str(error)


def data_stamp(source: Source) -> tuple:
    if source.kind == "csv":
        return (mtime(source.path),)
    return tuple(sorted((p.name, mtime(p)) for p in source.path.iterdir() if "ubyte" in p.name))


@st.cache_resource(max_entries=2, show_spinner="Loading Fashion-MNIST…")
def _splits(kind: str, path: str, origin: str, stamp: tuple) -> tuple[dict[str, Dataset], str]:
    source = Source(kind, Path(path), origin)
    full = load_split(source, "train")
    train_idx, val_idx = split_train_val(full.labels)
    splits = {"train": full.subset(train_idx, "train"), "validation": full.subset(val_idx, "validation")}
    note = ""
    try:
        splits["test"] = load_split(source, "test")
    except FashionError as error:
        note = str(error)
    return splits, note


def load_data(quiet: bool = False) -> tuple[Source, dict[str, Dataset], str] | None:
    """(source, {"train", "validation", "test"}, note) or None after saying what is missing."""
    source, problem = data_source()
    if source is None:
        if not quiet:
            st.info(NO_DATA if problem.startswith("no Fashion-MNIST data found") else f"{problem}\n\n{NO_DATA}")
        return None
    try:
        splits, note = _splits(source.kind, str(source.path), source.origin, data_stamp(source))
    except (FashionError, OSError) as error:
        if not quiet:
            st.error(f"Cannot read the data: {error}")
        return None
    return source, splits, note


def test_set(quiet: bool = False) -> Dataset | None:
    loaded = load_data(quiet)
    if loaded is None:
        return None
    source, splits, note = loaded
    if "test" not in splits:
        if not quiet:
            st.info(f"No test set: {note}")
        return None
    return splits["test"]


@st.cache_data(max_entries=64, show_spinner="Evaluating on the test set…")
def _test_result(run_path: str, model_stamp: int, data_key: tuple, limit: int) -> dict:
    run = open_run(Path(run_path), Path(run_path).parent)
    test = test_set(quiet=True)
    logits = test_logits(run.path, load_model(run), test, limit, tta=run.config.tta)
    return evaluate_logits(logits, None if test.labels is None else test.labels[:len(logits)])


def test_result(run: Run, limit: int) -> dict:
    """evaluate() on the first `limit` official test images, cached in memory and (the logits) in
    the run folder (raises FashionError)."""
    source, _ = data_source()
    return _test_result(str(run.path), mtime(run.path / "model.safetensors"),
                        (str(source.path), data_stamp(source)), limit)


def digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


def pixels(image: np.ndarray, factor: int = 6) -> np.ndarray:
    """A 28x28 enlarged without blurring, for st.image."""
    return report.upscale(image, factor)


def class_name(label: int) -> str:
    return CLASS_NAMES[int(label)]


@st.cache_resource(show_spinner=False)
def _classroom(_kind: type, name: str, folder: str):
    return _kind(Path(folder))


def classroom(kind: type[Wall] | type[Quiz]) -> Wall | Quiz | None:
    """The class wall or the quiz, shared by every session (FASHION_CLASSROOM, else classroom/
    beside checkpoints/); None, after saying why, when its folder cannot be written."""
    try:
        return _classroom(kind, kind.__name__, str(classroom_folder()))
    except FashionError as error:
        st.warning(str(error))
        return None
