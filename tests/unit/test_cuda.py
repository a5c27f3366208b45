"""The CUDA path: run on a machine with an NVIDIA GPU (skipped elsewhere, so CPU CI stays green).

On a GPU machine: `pytest tests/unit/test_cuda.py -v` with the dataset present.
"""
from __future__ import annotations

import os
import subprocess
import sys
import warnings

import pytest
import torch

from fashion.config import TrainConfig
from fashion.evaluate import evaluate
from fashion.runs import train_run
from fashion.train import train, train_val_split

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="needs an NVIDIA GPU")


@pytest.fixture(scope="module")
def split(source):
    return train_val_split(TrainConfig(train_limit=6400), source)


def count_synchronizations(function) -> int:
    """How many times `function` made the host wait for the GPU (item(), .cpu(), nonzero, ...)."""
    torch.cuda.set_sync_debug_mode("warn")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            function()
    finally:
        torch.cuda.set_sync_debug_mode("default")
    return sum("synchroniz" in str(w.message) for w in caught)


def test_training_on_cuda_learns_and_keeps_everything_on_the_device(split):
    state = train(TrainConfig(arch="cnn", epochs=1, train_limit=6400, device="cuda"), split, verbose=False)
    assert state.status == "finished" and state.history[0]["val_acc"] > 0.5
    assert next(state.model.parameters()).is_cuda
    assert next(state.model.parameters()).dtype == torch.float32  # bf16 is autocast only


def test_no_host_device_synchronization_per_step(source):
    """Twice the steps must not mean more waits for the GPU: syncs happen per run and per epoch.

    (Per run and per epoch there are dozens: each weight tensor copied in at the start and out
    when an epoch is the best; on an H100 one 100-step epoch of fastnet counted 60, all of that kind.)
    """
    def epoch_of(steps: int):
        config = TrainConfig(arch="fastnet", epochs=1, batch_size=64, train_limit=64 * steps, device="cuda")
        split = train_val_split(config, source)
        return lambda: train(config, split, verbose=False)

    epoch_of(100)()  # warm-up: cudnn.benchmark picks its kernels
    short, long = count_synchronizations(epoch_of(100)), count_synchronizations(epoch_of(200))
    assert long - short < 10, f"{short} syncs in 100 steps, {long} in 200: the training step waits for the GPU"


def test_cuda_and_cpu_agree_on_test_accuracy(tmp_path, source, real_test):
    run, _ = train_run(TrainConfig(arch="cnn", epochs=1, train_limit=6400, device="cuda"), tmp_path, verbose=False)
    on_cpu = evaluate(run.load_model("cpu"), real_test)["accuracy"]
    assert abs(on_cpu - run.summary["test_acc"]) <= 0.001  # bf16 autocast on the GPU, float32 on the CPU
    assert run.summary["device"] == torch.cuda.get_device_name()


def test_out_of_gpu_memory_is_a_one_line_error(tmp_path, source):
    """A batch no GPU can hold: the CLI says so and suggests a smaller batch, no traceback."""
    command = [sys.executable, "-m", "fashion", "train", "--arch", "densenet121", "--epochs", "1",
               "--batch-size", "40000", "--train-limit", "40000", "--quiet", "--out", str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=600, env=os.environ.copy())
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.startswith("error: out of GPU memory") and "--batch-size 20000" in result.stderr
    assert "Traceback" not in result.stderr
    # Nothing half-written: the run folder holds no weights or summary of a run that never trained.
    run_folder = next(tmp_path.iterdir())
    assert not (run_folder / "model.safetensors").exists()
