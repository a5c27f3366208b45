"""A grid as a SLURM array (fashion.slurm), tested without SLURM: the script's body run for each
SLURM_ARRAY_TASK_ID, as sbatch would."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fashion.config import TrainConfig
from fashion.grid import grid_configs
from fashion.store import list_runs, open_run

REPO = Path(__file__).resolve().parents[2]
GRID = ["--arch", "cnn", "--epochs", "1", "--train-limit", "300", "--batch-sizes", "64,128", "--lrs", "0.001,0.01"]


def fashion(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "fashion", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=600, **kwargs)


def task(script: Path, number, **kwargs):
    env = {k: v for k, v in os.environ.items() if k != "SLURM_ARRAY_TASK_ID"}
    if number is not None:
        env["SLURM_ARRAY_TASK_ID"] = str(number)
    return subprocess.Popen(["bash", str(script)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, **kwargs)


@pytest.fixture
def script(tmp_path, source):
    result = fashion("grid", *GRID, "--slurm", "--partition", "gpu", "--gpus-per-task", "1",
                     "--time", "01:00:00", "--array-limit", "2", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.split("wrote ", 1)[1].split(":", 1)[0])
    assert f"sbatch {path}" in result.stdout and not list_runs(tmp_path)  # nothing trained yet
    return path


def test_the_script_asks_sbatch_for_one_task_per_cell(script, tmp_path):
    body = script.read_text()
    assert "#SBATCH --array=0-3%2" in body and "#SBATCH --partition=gpu" in body
    assert "#SBATCH --gpus-per-task=1" in body and "#SBATCH --time=01:00:00" in body
    assert f"#SBATCH --output={tmp_path.resolve() / 'slurm' / 'logs'}" in body
    expected = [c.run_name() for c in grid_configs(TrainConfig(arch="cnn", epochs=1, train_limit=300), (64, 128),
                                                    (0.001, 0.01))]
    assert [line.rsplit("# ", 1)[1] for line in body.splitlines() if line.lstrip()[:2] in ("0)", "1)", "2)", "3)")] == expected


def test_every_task_trains_its_cell_once_and_again_is_cached(script, tmp_path):
    for number in range(4):
        finished = task(script, number)
        out, err = finished.communicate(timeout=600)
        assert finished.returncode == 0, err
        assert "finished:" in out
    expected = {c.run_name() for c in grid_configs(TrainConfig(arch="cnn", epochs=1, train_limit=300), (64, 128),
                                                    (0.001, 0.01))}
    assert {run.name for run in list_runs(tmp_path)} == expected
    assert all(run.status == "finished" and len(run.history) == 1 for run in list_runs(tmp_path))
    again = task(script, 2)
    out, _ = again.communicate(timeout=600)
    assert again.returncode == 0 and "cached:" in out  # a resubmitted array skips finished cells
    listed = fashion("runs", "--out", tmp_path)
    assert listed.returncode == 0 and all(name in listed.stdout for name in expected)


def test_two_tasks_on_one_cell_train_it_once(script, tmp_path):
    first, second = task(script, 0), task(script, 0)
    results = [process.communicate(timeout=600) for process in (first, second)]
    codes = sorted([first.returncode, second.returncode])
    assert codes in ([0, 0], [0, 2]), results  # the other waits its turn and finds it cached, or is told
    told = "".join(err for _, err in results)
    assert codes == [0, 0] or "already being trained" in told
    run, = list_runs(tmp_path)
    assert len(open_run(run.path, tmp_path).history) == 1


def test_a_task_outside_the_array_or_outside_slurm_is_one_line(script):
    outside = task(script, 9)
    _, err = outside.communicate(timeout=60)
    assert outside.returncode == 2 and "no task 9 in this array (0-3)" in err
    bare = task(script, None)
    _, err = bare.communicate(timeout=60)
    assert bare.returncode != 0 and "submit this script with sbatch" in err


def test_dry_run_still_prints_the_plain_commands(tmp_path):
    result = fashion("grid", *GRID, "--dry-run", "--out", tmp_path)
    lines = result.stdout.strip().splitlines()
    assert result.returncode == 0 and len(lines) == 4 and all(line.startswith("python -m fashion train") for line in lines)
