"""Two real `python -m fashion train` processes on the same config: exactly one trains, the other
says at once that the run is already being trained (exit 2, one line naming the trainer's pid).
Killing the trainer with SIGKILL releases the lock: nothing is left stuck.

tests/unit/test_runs.py checks the lock within one process and that a SIGKILLed run resumes;
these tests use separate processes, as two terminals (or two app sessions) would.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from fashion.config import TrainConfig
from fashion.errors import FashionError
from fashion.store import RunLock

REPO = Path(__file__).resolve().parents[2]


def synthetic_csv(path: Path, per_class: int = 100) -> Path:
    """Learnable stand-in data in the seed's CSV format: a bright bar whose height is the class."""
    rng = np.random.default_rng(0)
    labels = np.repeat(np.arange(10), per_class)
    images = rng.integers(0, 40, (len(labels), 28, 28))
    for index, label in enumerate(labels):
        images[index, 2 + 2 * label:5 + 2 * label, 4:24] = 220
    rows = np.concatenate([labels[:, None], images.reshape(len(labels), -1)], axis=1)
    header = "label," + ",".join(f"pixel{i}" for i in range(1, 785))
    np.savetxt(path, rows, fmt="%d", delimiter=",", header=header, comments="")
    return path


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


@pytest.mark.slow
def test_two_trainers_on_one_config_one_trains_the_other_is_told(tmp_path):
    data = synthetic_csv(tmp_path / "train.csv")
    # Many epochs so that the winner is surely still training when the loser, which started at
    # the same moment, reaches the lock; it is killed once the loser has answered.
    args = ["--arch", "fastnet", "--epochs", "200", "--train-limit", "800", "--device", "cpu"]
    run = tmp_path / "runs" / TrainConfig(arch="fastnet", epochs=200, train_limit=800, device="cpu").run_name()
    command = [sys.executable, "-m", "fashion", "train", *args, "--out", str(tmp_path / "runs")]
    env = {**os.environ, "FASHION_DATA": str(data), "FASHION_CACHE": str(tmp_path / "cache")}
    processes, outputs = [], []
    for index in range(2):  # started together, as two users would
        out, err = (tmp_path / f"out{index}.txt").open("w"), (tmp_path / f"err{index}.txt").open("w")
        outputs.append((out, err))
        processes.append(subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=err, text=True))
    try:
        loser = wait_until(lambda: next((p for p in processes if p.poll() is not None), None), 120,
                           "one trainer to give up")
        winner = next(p for p in processes if p is not loser)
        for out, err in outputs:
            out.flush(), err.flush()
        index = processes.index(loser)
        stdout = (tmp_path / f"out{index}.txt").read_text()
        stderr = (tmp_path / f"err{index}.txt").read_text()
        assert loser.returncode == 2, (stdout, stderr)
        assert stderr.splitlines() == [f"error: run {run.name} is already being trained by pid {winner.pid} "
                                       f"on {os.uname().nodename}"], stderr
        assert "Traceback" not in stderr and "Epoch" not in stdout
        assert winner.poll() is None and RunLock.is_locked(run)
        # The winner is training: it wrote the run's config (inside the lock, just before epoch 1).
        wait_until(lambda: (run / "config.json").exists(), 120, "the winner to start training")
        with pytest.raises(FashionError, match=f"already being trained by pid {winner.pid}"):
            with RunLock(run):
                pass

        winner.send_signal(signal.SIGKILL)  # a crash: no cleanup code runs
        winner.wait(timeout=30)
        assert not RunLock.is_locked(run)  # the OS dropped the lock with the process
        with RunLock(run):  # and a new trainer takes it at once
            assert RunLock.is_locked(run)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
        for out, err in outputs:
            out.close(), err.close()


# ----------------------------------------------------------------------------------------------
# Many app sessions predicting at once: the shared batcher gives each the answer it would get alone

def test_inference_batcher_answers_each_caller_as_alone():
    import threading
    from contextlib import contextmanager

    import torch
    from torch import nn

    from fashion.models import create_model
    from fashion.predict import InferenceBatcher, probabilities

    torch.manual_seed(0)
    models = [create_model("fastnet").eval(), create_model("cnn").eval()]

    class Broken(nn.Module):
        def __init__(self):
            super().__init__()
            self.weight = nn.Parameter(torch.zeros(1))

        def forward(self, x):
            raise RuntimeError("broken model")

    broken = Broken()
    guarded = []

    @contextmanager
    def guard():  # like the app's one-thread lock; slow enough that callers queue up meanwhile
        guarded.append(threading.get_ident())
        before = torch.get_num_threads()
        torch.set_num_threads(1)
        time.sleep(0.05)
        try:
            yield
        finally:
            torch.set_num_threads(before)

    batcher = InferenceBatcher(guard=guard, batch_seconds=2.0)  # a busy test machine is slow
    rng = np.random.default_rng(0)
    jobs = [(models[i % 2], rng.integers(0, 256, (28, 28), dtype=np.uint8),
             "flip+shift" if i % 3 == 0 else "") for i in range(40)]
    jobs.append((broken, jobs[0][1], ""))
    results: list = [None] * len(jobs)
    start = threading.Barrier(len(jobs))

    def call(index: int) -> None:
        model, image, tta = jobs[index]
        start.wait()
        try:
            results[index] = batcher.probabilities(model, image, tta=tta)
        except RuntimeError as error:
            results[index] = error

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    threads_before = torch.get_num_threads()
    torch.set_num_threads(1)  # one image at a time: as the app does (and much faster on a busy machine)
    try:
        for (model, image, tta), result in zip(jobs[:-1], results[:-1]):
            np.testing.assert_allclose(result, probabilities(model, image, tta=tta), atol=1e-5)
    finally:
        torch.set_num_threads(threads_before)
    assert isinstance(results[-1], RuntimeError) and "broken model" in str(results[-1])
    assert batcher.requests == len(jobs)
    assert batcher.passes <= 16, f"{batcher.passes} passes for {len(jobs)} images: no batching"
    assert len(guarded) < len(jobs)  # batches, each inside the guard
    with pytest.raises(FashionError, match="expected a 28x28 image"):
        batcher.probabilities(models[0], np.zeros((28, 27), dtype=np.uint8))
    # A batch is cut at about batch_seconds of measured work: with none allowed, one image each.
    one_by_one = InferenceBatcher(batch_seconds=0.0)
    calls = [threading.Thread(target=one_by_one.probabilities, args=(models[0], jobs[i][1])) for i in range(6)]
    for thread in calls:
        thread.start()
    for thread in calls:
        thread.join(timeout=60)
    assert one_by_one.requests == one_by_one.passes == 6
