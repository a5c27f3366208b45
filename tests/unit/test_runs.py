import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import torch

from fashion.config import TrainConfig
from fashion.errors import FashionError
from fashion.store import RunLock, load_weights, open_run, run_path, save_weights, scan_runs
from fashion.runs import train_run

REPO = Path(__file__).resolve().parents[2]


def test_run_folder_is_complete_and_consistent(tiny_run):
    files = {p.name for p in tiny_run.path.iterdir()}
    assert {"config.json", "history.csv", "model.safetensors", "summary.json"} <= files
    assert "last.safetensors" not in files and not [f for f in files if f.endswith(".tmp")]
    summary = tiny_run.summary
    history = tiny_run.history
    assert summary["status"] == "finished" and summary["epochs_done"] == len(history) == 2
    best = history.loc[history["val_acc"].idxmax()]
    assert summary["best_epoch"] == best["epoch"]
    assert summary["best_val_acc"] == pytest.approx(best["val_acc"])
    assert 0.1 < summary["test_acc"] <= 1.0
    model = tiny_run.load_model()
    assert model(torch.zeros(1, 1, 28, 28)).shape == (1, 10)


def test_second_call_is_a_cache_hit(tiny_run):
    run, trained = train_run(tiny_run.config, tiny_run.path.parent, verbose=False)
    assert not trained and run.path == tiny_run.path


def make_pickle_payload(path: Path, marker: Path) -> Path:
    """A real malicious checkpoint: unpickling it would create `marker`."""
    class Payload:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    torch.save({"state_dict": Payload()}, path)
    return path


@pytest.mark.parametrize("suffix", [".pt", ".pth", ".bin"])
def test_pickle_checkpoints_are_refused_without_running(tmp_path, suffix):
    marker = tmp_path / "pwned"
    payload = make_pickle_payload(tmp_path / f"model{suffix}", marker)
    with pytest.raises(FashionError, match="refusing to load"):
        load_weights(payload)
    with pytest.raises(FashionError, match="refusing to load"):
        open_run(payload, tmp_path)
    renamed = tmp_path / "model.safetensors"
    shutil.copy(payload, renamed)
    with pytest.raises(FashionError):
        load_weights(renamed)
    result = subprocess.run([sys.executable, "-m", "fashion", "evaluate", "--run", str(payload)],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 2 and "refusing to load" in result.stderr
    assert "Traceback" not in result.stderr
    assert not marker.exists()


def copy_run(run, tmp_path) -> Path:
    target = tmp_path / "root" / run.name
    shutil.copytree(run.path, target, ignore=shutil.ignore_patterns(".lock"))
    return target


def test_damaged_runs_give_clear_errors(tiny_run, tmp_path):
    path = copy_run(tiny_run, tmp_path)
    weights = path / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])
    with pytest.raises(FashionError, match="not a valid safetensors file"):
        open_run(path).load_model()

    path = copy_run(tiny_run, tmp_path / "b")
    config = json.loads((path / "config.json").read_text())
    config["arch"] = "resnet20"
    (path / "config.json").write_text(json.dumps(config))
    with pytest.raises(FashionError, match="do not fit architecture 'resnet20'"):
        open_run(path).load_model()
    config["arch"] = "vgg99"
    (path / "config.json").write_text(json.dumps(config))
    with pytest.raises(FashionError, match="unknown architecture 'vgg99'"):
        open_run(path)
    (path / "config.json").write_text("{not json")
    with pytest.raises(FashionError, match="config.json: not valid JSON"):
        open_run(path)
    runs, problems = scan_runs(tmp_path / "b" / "root")
    assert runs == [] and len(problems) == 1


@pytest.mark.parametrize("name", ["../etc", "..", "a/../../b", "/etc/passwd", "x;rm -rf"])
def test_run_names_cannot_escape_the_cache(tmp_path, name):
    with pytest.raises(FashionError):
        run_path(name, tmp_path)


def test_half_weights_round_trip(tiny_run, tmp_path):
    tensors, _ = load_weights(tiny_run.path / "model.safetensors")
    save_weights(tmp_path / "half.safetensors", tensors, half=True)
    half, _ = load_weights(tmp_path / "half.safetensors")
    assert all(half[k].dtype == torch.float16 for k in half if tensors[k].is_floating_point())
    assert (tmp_path / "half.safetensors").stat().st_size < 0.6 * (tiny_run.path / "model.safetensors").stat().st_size


def test_a_second_trainer_is_refused_while_the_first_holds_the_lock(tmp_path):
    with RunLock(tmp_path / "run"):
        assert RunLock.is_locked(tmp_path / "run")
        with pytest.raises(FashionError, match="already being trained"):
            with RunLock(tmp_path / "run"):
                pass
    assert not RunLock.is_locked(tmp_path / "run")


def _epochs_done(run_folder) -> int:
    try:
        return json.loads((run_folder / "summary.json").read_text())["epochs_done"]
    except (FileNotFoundError, ValueError, KeyError):
        return 0


@pytest.mark.slow
def test_killed_training_resumes_to_the_same_history(tmp_path, source):
    """SIGKILL a real training process after its first epoch; the rerun must finish the run and
    match an uninterrupted run epoch for epoch (CPU, same seed)."""
    args = ["--arch", "cnn", "--epochs", "3", "--train-limit", "1500", "--device", "cpu"]
    command = [sys.executable, "-m", "fashion", "train", *args, "--out", str(tmp_path / "a")]
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        if line.startswith("Epoch [1/3]"):
            break
    run_folder = next((tmp_path / "a").iterdir())
    deadline = time.monotonic() + 60
    while _epochs_done(run_folder) < 1 and time.monotonic() < deadline:
        time.sleep(0.02)  # epoch 1's files are written after its line is printed (the summary last)
    time.sleep(0.2)  # well inside epoch 2
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert (run_folder / "last.safetensors").exists()
    assert not list(run_folder.glob("*.tmp")) and not list(run_folder.glob(".*.tmp"))
    assert json.loads((run_folder / "summary.json").read_text())["status"] == "running"
    # What a kill in the middle of a write leaves behind (a SIGKILL runs no cleanup): the rerun removes it.
    stale = run_folder / ".last.safetensors.k1ll3d.tmp"
    stale.write_bytes(b"half a checkpoint")

    resumed = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    assert not stale.exists()
    assert "resuming" in resumed.stdout and "Epoch [1/3]" not in resumed.stdout
    straight = subprocess.run([*command[:-1], str(tmp_path / "b")], cwd=REPO, capture_output=True, text=True)
    assert straight.returncode == 0, straight.stderr

    columns = ["epoch", "train_loss", "train_acc", "val_loss", "val_acc", "is_best"]
    history_a = pd.read_csv(run_folder / "history.csv")[columns]
    history_b = pd.read_csv(next((tmp_path / "b").iterdir()) / "history.csv")[columns]
    pd.testing.assert_frame_equal(history_a, history_b)


def test_run_names_survive_new_config_fields():
    """A field added later (drop_easy, val_every) must not rename, and so orphan, runs cached before it."""
    assert TrainConfig(arch="cnn", crop_pad=2, epochs=3).run_name() == "cnn-bs128-lr0.001-e3-s0-56e614"
    assert TrainConfig(arch="cnn", crop_pad=2, epochs=3, drop_easy=0.5).run_name() != "cnn-bs128-lr0.001-e3-s0-56e614"
    assert TrainConfig(arch="cnn", crop_pad=2, epochs=3, val_every=3).run_name() != "cnn-bs128-lr0.001-e3-s0-56e614"


def test_run_validated_every_few_epochs_saves_gaps_and_draws_them_joined(tmp_path, source):
    from ui import figures

    run, _ = train_run(TrainConfig(arch="cnn", epochs=3, train_limit=1000, val_every=2), tmp_path, verbose=False)
    run = open_run(run.path)
    assert run.history["val_acc"].isna().tolist() == [True, False, False]  # an empty cell in history.csv
    assert run.summary["best_epoch"] in (2, 3)
    assert run.summary["final_val_acc"] == pytest.approx(run.history["val_acc"].iloc[-1])
    figure = figures.curves_figure([run], smoothing=0.6)
    val_acc = next(t for t in figure.data if t.meta == "val acc")
    assert val_acc.connectgaps and pd.isna(val_acc.y[0])  # smoothing fills no gap
    assert all(pd.notna(val_acc.y[1:]))
