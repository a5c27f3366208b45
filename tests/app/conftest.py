"""Fixtures for the app tests: tiny Fashion-MNIST data and a few tiny trained runs.

They are built once and kept in pytest's cache folder (.pytest_cache/), keyed by the source of the
core modules that decide what a run contains, so a second test session starts in seconds.
`pytest --cache-clear` rebuilds them. Every test gets its own copy of the runs folder.
"""
from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The repo for `fashion` and `app_pages`; tests/unit for the helpers both suites share (samples,
# nasty_images).
for shared in (REPO, REPO / "tests" / "unit"):
    if str(shared) not in sys.path:
        sys.path.insert(0, str(shared))

from app_helpers import TEACHER_KEY, write_tiny_data  # noqa: E402
from fashion.config import TrainConfig  # noqa: E402
from fashion.grid import grid_configs  # noqa: E402

RUN_CONFIGS = [
    TrainConfig(arch="cnn", epochs=2, train_limit=1000),
    TrainConfig(arch="resnet20", epochs=1, train_limit=500),
    *grid_configs(TrainConfig(arch="cnn", epochs=1, train_limit=500), (64, 128), (0.001, 0.01)),
]
CORE_FILES = ("config.py", "data.py", "models.py", "train.py", "runs.py", "store.py", "evaluate.py", "grid.py")


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: real-browser end-to-end test (Debian Chromium + Playwright)")
    config.addinivalue_line("markers", "slow: takes more than a few seconds (trains or starts processes)")


# ----------------------------------------------------------------------------------------------
# Tiny runs, built once per core version

def _fixture_key() -> str:
    digest = hashlib.sha1(repr(RUN_CONFIGS).encode())
    for name in CORE_FILES:
        digest.update((REPO / "fashion" / name).read_bytes())
    digest.update(Path(__file__).read_bytes())
    digest.update((Path(__file__).parent / "app_helpers.py").read_bytes())
    return digest.hexdigest()[:12]


@pytest.fixture(scope="session")
def store(request, tmp_path_factory) -> Path:
    """{data/, runs/} built once and reused by later sessions."""
    from fashion.runs import train_run

    name = f"app-fixture-{_fixture_key()}"
    cache = getattr(request.config, "cache", None)  # absent with -p no:cacheprovider
    folder = Path(cache.mkdir(name)) if cache else tmp_path_factory.mktemp(name)
    if not (folder / "complete").exists():
        for old in folder.parent.glob("app-fixture-*"):  # built for an older core
            if old != folder:
                shutil.rmtree(old, ignore_errors=True)
        shutil.rmtree(folder / "runs", ignore_errors=True)
        write_tiny_data(folder / "data")
        for config in RUN_CONFIGS:
            train_run(config, root=folder / "runs", data=str(folder / "data"), verbose=False)
        for lock in (folder / "runs").glob("*/.lock"):
            lock.unlink()
        (folder / "complete").write_text("ok\n")
    return folder


@pytest.fixture(scope="session")
def data_dir(store) -> Path:
    return store / "data"


@pytest.fixture
def runs_root(store, tmp_path, monkeypatch) -> Path:
    """A fresh copy of the fixture runs, which the app reads through FASHION_RUNS and FASHION_DATA."""
    root = tmp_path / "runs"
    shutil.copytree(store / "runs", root)
    monkeypatch.setenv("FASHION_RUNS", str(root))
    monkeypatch.setenv("FASHION_DATA", str(store / "data"))
    return root


@pytest.fixture
def empty_root(tmp_path, monkeypatch) -> Path:
    """No runs and no data at all: FASHION_DATA points at an empty folder."""
    root = tmp_path / "empty-runs"
    nodata = tmp_path / "no-data"
    nodata.mkdir()
    monkeypatch.setenv("FASHION_RUNS", str(root))
    monkeypatch.setenv("FASHION_DATA", str(nodata))
    return root


@pytest.fixture(autouse=True)
def classroom(tmp_path, monkeypatch) -> Path:
    """Every app test has its own class wall, never the repository's classroom/."""
    folder = tmp_path / "classroom"
    monkeypatch.setenv("FASHION_CLASSROOM", str(folder))
    monkeypatch.delenv("FASHION_STUDENT_VIEW", raising=False)
    monkeypatch.setenv("FASHION_TEACHER_KEY", TEACHER_KEY)
    return folder
