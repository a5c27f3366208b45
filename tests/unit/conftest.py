"""Shared fixtures: small samples of the real dataset, written in the formats users give us."""
from __future__ import annotations

import pytest

from fashion.data import load_split, resolve_source
from fashion.errors import FashionError
from samples import write_seed_csv


@pytest.fixture(scope="session")
def source():
    try:
        return resolve_source(download=False)
    except FashionError as error:
        pytest.skip(f"Fashion-MNIST not installed ({error}); apt-get install dataset-fashion-mnist")


@pytest.fixture(scope="session")
def real_test(source):
    return load_split(source, "test")


@pytest.fixture(scope="session")
def test_csv(tmp_path_factory, real_test):
    """The first 500 official test images as a seed-format CSV."""
    path = tmp_path_factory.mktemp("csv") / "test500.csv"
    return write_seed_csv(path, real_test.images[:500], real_test.labels[:500])


@pytest.fixture(scope="session")
def tiny_run(tmp_path_factory, source):
    """A cnn trained for 2 epochs on 2000 real images: a real, if weak, run."""
    from fashion.config import TrainConfig
    from fashion.runs import train_run

    root = tmp_path_factory.mktemp("runs")
    run, _ = train_run(TrainConfig(arch="cnn", epochs=2, train_limit=2000), root, verbose=False)
    return run
