"""fashion.jobs: training in detached processes, deduplicated, cancellable, visible to every session."""
import dataclasses
import json
import time
from pathlib import Path

import pytest

from fashion import jobs
from fashion.cli import build_parser, config_from_args
from fashion.config import PRESETS, TrainConfig
from fashion.errors import FashionError
from fashion.store import open_run

TINY = dict(arch="cnn", epochs=1, train_limit=300)


def wait_for(predicate, timeout=180.0, step=0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out")


def job_named(root: Path, job_id: str) -> jobs.Job:
    return next(job for job in jobs.list_jobs(root) if job.id == job_id)


@pytest.mark.parametrize("config", [
    TrainConfig(arch="cnn", epochs=3),
    TrainConfig(arch="resnet20", epochs=2, batch_size=64, lr=0.01, optimizer="sgd", schedule="cosine",
                weight_decay=5e-4, label_smoothing=0.1, augment=False, train_limit=1000, seed=3),
])
def test_commands_train_exactly_the_config(config, tmp_path):
    argv = jobs.train_argv(config, tmp_path)
    jobs.check_command(argv, [config.run_name()])  # the CLI rebuilds the same run name
    assert argv[-1] == "--quiet" and str(tmp_path.resolve()) in argv
    shown = jobs.display_command(argv)
    assert shown.startswith("python -m fashion train --arch ") and "--quiet" not in shown
    args = build_parser().parse_args(argv[3:])
    assert config_from_args(args).identity() == config.identity()


def test_grid_command_lists_every_cell(tmp_path):
    base = TrainConfig(**TINY)
    argv = jobs.grid_argv(base, [64, 128], [0.001, 0.01], tmp_path, data="/data")
    assert argv[3] == "grid" and "--batch-size" not in argv and argv[argv.index("--lrs") + 1] == "0.001,0.01"
    names = [TrainConfig(**TINY, batch_size=b, lr=lr).run_name() for b in (64, 128) for lr in (0.001, 0.01)]
    jobs.check_command(argv, names)
    with pytest.raises(FashionError):
        jobs.check_command(argv, names[:1])


def test_presets_round_trip_and_what_the_cli_cannot_express_is_refused(tmp_path):
    for name, preset in PRESETS.items():
        config = dataclasses.replace(preset, epochs=2, train_limit=1000)
        argv = jobs.train_argv(config, tmp_path)  # checks the round trip itself
        assert name == "seed" or argv[4:6] == ["--preset", name]
        jobs.grid_argv(config, [64, 128], [0.001, 0.003], tmp_path)
    with pytest.raises(FashionError, match="cannot express"):
        jobs.train_argv(TrainConfig(arch="cnn", val_fraction=0.3), tmp_path)


def test_job_files_of_dead_or_damaged_jobs(tmp_path):
    folder = tmp_path / "cnn-bs128-lr0.001-e1-s0"
    folder.mkdir()
    job = jobs.Job(folder=folder, kind="train", runs=[folder.name], pid=2 ** 22 + 12345, command=["x"],
                   started="2020-01-01T00:00:00+00:00")
    jobs._write(job)
    (folder / jobs.LOG_FILE).write_text("$ python -m fashion train\nerror: no data\n")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / jobs.JOB_FILE).write_text("{not json")
    listed = jobs.list_jobs(tmp_path)
    assert [j.id for j in listed] == [folder.name]
    assert listed[0].state == "failed" and "no data" in listed[0].log_tail()
    assert jobs.active_jobs(tmp_path) == []
    assert jobs.is_job_folder(folder)  # no config.json: a job's folder, not a damaged run
    assert not jobs.is_job_folder(tmp_path / "broken" / "missing")


@pytest.mark.slow
def test_cancel_then_start_again_resumes(tmp_path, data_dir):
    config = TrainConfig(arch="cnn", epochs=2, train_limit=300)
    run = tmp_path / config.run_name()
    job, _ = jobs.start_train(config, tmp_path, data=str(data_dir))
    # An epoch is done (a fast machine may finish both before a poll sees the resumable state,
    # which a finished run removes: the branch below is for that).
    wait_for(lambda: (run / "last.safetensors").exists() or (run / "model.safetensors").exists()
             and open_run(run).status == "finished")
    jobs.cancel(job)
    cancelled = wait_for(lambda: (j := job_named(tmp_path, job.id)).state == "cancelled" and j, timeout=30)
    assert not cancelled.alive
    if open_run(run).status != "finished":  # a fast machine may have finished meanwhile
        assert (run / "last.safetensors").exists()
        job, started = jobs.start_train(config, tmp_path, data=str(data_dir))
        assert started
        wait_for(lambda: job_named(tmp_path, job.id).state == "finished")
    assert len(open_run(run).history) == 2


@pytest.mark.slow
def test_runs_and_grids_start_once_block_each_other_and_finish(tmp_path, data_dir):
    """A run and a grid train side by side (two processes); a third job is over the limit."""
    assert jobs.MAX_ACTIVE == 2
    config = TrainConfig(**TINY, lr=0.002)
    job, started = jobs.start_train(config, tmp_path, data=str(data_dir))
    assert started and job.alive and (tmp_path / config.run_name() / jobs.JOB_FILE).exists()
    again, started_again = jobs.start_train(config, tmp_path, data=str(data_dir))  # e.g. another session
    assert not started_again and again.id == job.id and again.pid == job.pid

    base = TrainConfig(**TINY)
    grid, started = jobs.start_grid(base, [64, 128], [0.001], tmp_path, data=str(data_dir))
    assert started and grid.kind == "grid" and grid.folder.name.startswith(jobs.GRID_PREFIX)
    assert len(grid.runs) == 2
    same, started_again = jobs.start_grid(base, [128, 64], [0.001], tmp_path, data=str(data_dir))
    assert not started_again and same.id == grid.id
    owner, started = jobs.start_train(TrainConfig(**TINY, batch_size=128), tmp_path, data=str(data_dir))
    assert not started and owner.id == grid.id  # a cell of the running grid: follow the grid
    with pytest.raises(FashionError, match="already being trained by job"):  # a grid overlapping it
        jobs.start_grid(TrainConfig(**TINY, batch_size=128), [128], [0.001, 0.01], tmp_path, data=str(data_dir))
    with pytest.raises(FashionError, match="limit is 2"):
        jobs.start_train(TrainConfig(**TINY, lr=0.02), tmp_path, data=str(data_dir))

    for started_job in (job, grid):
        done = wait_for(lambda: (j := job_named(tmp_path, started_job.id)).state == "finished" and j)
        assert done.returncode == 0 and not done.alive
        assert [done.run_status(name) for name in done.runs] == ["finished"] * len(done.runs)
        assert json.loads((done.folder / jobs.JOB_FILE).read_text())["returncode"] == 0
    assert open_run(tmp_path / config.run_name()).status == "finished"
    assert "--quiet" in job_named(tmp_path, job.id).log_tail()
    with pytest.raises(FashionError, match="already trained"):
        jobs.start_train(config, tmp_path, data=str(data_dir))
    with pytest.raises(FashionError, match="every cell"):
        jobs.start_grid(base, [64, 128], [0.001], tmp_path, data=str(data_dir))
