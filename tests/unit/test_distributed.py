"""One run on two processes (torchrun, Gloo on this CPU): it finishes, the ranks agree, it learns
what one process learns from the same global batches, and a killed launch resumes."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest

from fashion.store import list_runs

REPO = Path(__file__).resolve().parents[2]
RUN = ["--arch", "cnn", "--train-limit", "2000", "--batch-size", "64"]

pytestmark = pytest.mark.slow


def launch(*args, processes: int = 2, **kwargs) -> subprocess.Popen:
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc-per-node={processes}",
               "-m", "fashion", "train", *map(str, args), "--quiet"]
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, **kwargs)


def finish(process: subprocess.Popen) -> str:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-3000:]
    return out


def history(root: Path) -> pd.DataFrame:
    run, = list_runs(root)
    return run.history


def test_two_processes_learn_what_one_does(tmp_path, source):
    # float32: bf16 autocast rounds a rank's half-batch differently from the whole batch, a drift
    # of its own on top of the one compared here
    fp32 = [*RUN, "--precision", "fp32"]
    finish(launch(*fp32, "--epochs", 2, "--out", tmp_path / "two"))  # fails if the ranks' weights differ
    single = subprocess.run([sys.executable, "-m", "fashion", "train", *fp32, "--epochs", "2", "--out",
                             tmp_path / "one", "--quiet"], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert single.returncode == 0, single.stderr
    two, one = history(tmp_path / "two"), history(tmp_path / "one")
    run, = list_runs(tmp_path / "two")
    assert run.status == "finished" and run.summary["processes"] == 2
    assert run.name == list_runs(tmp_path / "one")[0].name  # the global batch names the run, not N
    # the same images, order and augmentation; the gradients summed in another order
    assert (two["train_loss"] - one["train_loss"]).abs().max() < 0.02 * one["train_loss"].max()
    assert (two["val_acc"] - one["val_acc"]).abs().max() < 0.02


def test_batchnorm_and_drop_easy_and_a_fitted_first_layer_on_two_processes(tmp_path, source):
    """The speedrun preset on whitenet: its whitening fitted on the data, BatchNorm, and --drop-easy,
    whose per-image losses come from both ranks."""
    finish(launch("--preset", "speedrun", "--arch", "whitenet", "--epochs", 2, "--train-limit", 3000,
                  "--out", tmp_path))
    run, = list_runs(tmp_path)
    assert run.status == "finished" and len(run.history) == 2 and run.summary["best_val_acc"] > 0.5


def test_a_killed_launch_resumes_to_the_end(tmp_path, source):
    longer = ["--arch", "cnn", "--train-limit", "8000", "--batch-size", "64", "--epochs", 4]  # seconds per epoch
    first = launch(*longer, "--out", tmp_path)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        runs = list_runs(tmp_path)
        # after a whole epoch's save: history, resume state, then the summary (killed between
        # those, the run reads as "incomplete" until it resumes)
        if (runs and runs[0].status == "running" and len(runs[0].history) >= 1
                and (runs[0].path / "last.safetensors").exists()):
            break
        time.sleep(0.05)
    launcher = psutil.Process(first.pid)
    family = [launcher, *launcher.children(recursive=True)]  # the launcher and its ranks, as on a lost node
    for process in family:
        process.send_signal(signal.SIGKILL)
    first.wait()
    psutil.wait_procs(family[1:], timeout=30)
    run, = list_runs(tmp_path)
    assert run.status == "running" and 1 <= len(run.history) < 4
    finish(launch(*longer, "--out", tmp_path))
    run, = list_runs(tmp_path)
    assert run.status == "finished" and run.history["epoch"].tolist() == [1, 2, 3, 4]


def test_a_second_launch_on_a_run_being_trained_stops_on_every_rank(tmp_path, source):
    longer = ["--arch", "cnn", "--train-limit", "8000", "--batch-size", "64", "--epochs", 3]
    first = launch(*longer, "--out", tmp_path)
    deadline = time.monotonic() + 300
    while not list_runs(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = launch(*longer, "--out", tmp_path)
    _, err = second.communicate(timeout=300)
    assert second.returncode != 0 and "is already being trained" in err
    finish(first)
    run, = list_runs(tmp_path)
    assert run.status == "finished" and len(run.history) == 3
