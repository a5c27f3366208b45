"""The CLI as a user runs it: a real subprocess, real files, exit codes and messages."""
import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from fashion.cli import main

REPO = Path(__file__).resolve().parents[2]


def fashion(*args, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "fashion", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def fashion_here(capsys, *args):
    """The same command through fashion.cli.main in this process: each new process spends seconds
    importing torch, which the commands below (which fail or print before any work) do not need to
    show their exit code and output."""
    try:
        code = main([str(arg) for arg in args])
    except SystemExit as exit:  # argparse's --help and usage errors
        code = exit.code
    captured = capsys.readouterr()
    return subprocess.CompletedProcess(args, code, captured.out, captured.err)


def assert_one_line_error(result, *fragments):
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_help_lists_every_command(capsys):
    result = fashion("--help")
    for command in ("train", "grid", "evaluate", "predict", "runs", "data"):
        assert command in result.stdout
    for command in ("train", "grid", "evaluate", "predict", "runs", "data"):
        helped = fashion_here(capsys, command, "--help")
        assert helped.returncode == 0 and "usage: " in helped.stdout and command in helped.stdout


@pytest.mark.slow
def test_train_then_cache_hit_then_evaluate_and_predict(tmp_path, test_csv, real_test, source):
    out = tmp_path / "runs"
    first = fashion("train", "--arch", "cnn", "--epochs", "1", "--train-limit", "1500", "--out", out)
    assert first.returncode == 0, first.stderr
    assert "Epoch [1/1]" in first.stdout
    second = fashion("train", "--arch", "cnn", "--epochs", "1", "--train-limit", "1500", "--out", out)
    assert second.returncode == 0 and "cached" in second.stdout

    run = next(out.iterdir())
    evaluated = fashion("evaluate", "--run", run, "--csv", test_csv, "--json", "--predictions", tmp_path / "p.csv")
    assert evaluated.returncode == 0, evaluated.stderr
    report = json.loads(evaluated.stdout)
    assert report["n"] == 500 and 0.3 < report["accuracy"] <= 1
    assert len(report["confusion"]) == 10 and sum(map(sum, report["confusion"])) == 500
    assert set(report["per_class"]) == {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal",
                                        "Shirt", "Sneaker", "Bag", "Ankle boot"}
    assert len((tmp_path / "p.csv").read_text().splitlines()) == 501

    by_name = fashion("evaluate", "--run", run.name, "--out", out, "--csv", test_csv, "--json")
    assert json.loads(by_name.stdout)["accuracy"] == report["accuracy"]

    image = tmp_path / "shirt.png"
    Image.fromarray(255 - real_test.images[1].numpy()).resize((200, 200)).save(image)
    predicted = fashion("predict", "--run", run, image, "--json", "--top-k", "2")
    assert predicted.returncode == 0, predicted.stderr
    top = json.loads(predicted.stdout)["top"]
    assert len(top) == 2 and top[0]["probability"] >= top[1]["probability"]

    listed = fashion("runs", "--out", out, "--markdown")
    assert listed.returncode == 0 and run.name in listed.stdout and "|" in listed.stdout


def test_bad_inputs_get_one_line_and_exit_2(tmp_path, tiny_run, capsys):
    bad_csv = tmp_path / "bad.csv"
    bad_csv.write_text("label," + ",".join(f"pixel{i}" for i in range(1, 785)) + "\n" + "3," + "0," * 783 + "300\n")
    assert_one_line_error(fashion("evaluate", "--run", tiny_run.path, "--csv", bad_csv),
                          "bad.csv", "row 2", "pixel784", "300")
    here = functools.partial(fashion_here, capsys)
    assert_one_line_error(here("evaluate", "--run", "no-such-run", "--out", tmp_path), "no run named")
    assert_one_line_error(here("train", "--arch", "vgg", "--out", tmp_path), "unknown architecture")
    assert_one_line_error(here("train", "--data", tmp_path / "nope.csv", "--out", tmp_path), "does not exist")
    assert_one_line_error(here("train", "--drop-easy", "1", "--out", tmp_path), "--drop-easy", "below 1", "got 1")
    assert_one_line_error(here("train", "--val-every", "0", "--out", tmp_path), "--val-every", "at least 1", "got 0")
    not_image = tmp_path / "notes.png"
    not_image.write_text("hello")
    assert_one_line_error(here("predict", "--run", tiny_run.path, not_image), "not an image")


def test_predict_drawing_leaves_a_stray_tap_out(tmp_path, tiny_run, capsys):
    from PIL import ImageDraw

    drawn = Image.new("L", (280, 280), 0)
    ImageDraw.Draw(drawn).line([(120, 90), (170, 90), (180, 200), (110, 200), (120, 90)], fill=255, width=12)
    tapped = drawn.copy()
    ImageDraw.Draw(tapped).ellipse((10, 250, 22, 262), fill=255)
    clean_path, tapped_path = tmp_path / "clean.png", tmp_path / "tapped.png"
    drawn.save(clean_path)
    tapped.save(tapped_path)
    answers = {}
    for flags in ((), ("--drawing",)):
        result = fashion_here(capsys, "predict", "--run", tiny_run.path, clean_path, tapped_path, "--json", *flags)
        assert result.returncode == 0, result.stderr
        answers[flags] = [image["top"] for image in json.loads(result.stdout)]
    assert answers[("--drawing",)][1] == answers[("--drawing",)][0] == answers[()][0]
    assert answers[()][1] != answers[()][0]  # as a photo, the tap is part of the picture


def test_grid_dry_run_prints_one_command_per_cell(tmp_path):
    result = fashion("grid", "--arch", "resnet18", "--epochs", "30", "--dry-run", "--out", tmp_path)
    commands = result.stdout.strip().splitlines()
    assert result.returncode == 0 and len(commands) == 9
    assert all(c.startswith("python -m fashion train --arch resnet18") for c in commands)
    assert "--batch-size 64 --lr 0.005" in result.stdout and "--batch-size 256 --lr 0.01" in result.stdout


def test_data_command_reports_source_and_counts(source):
    result = fashion("data")
    assert result.returncode == 0
    assert "source:" in result.stdout and "48000" in result.stdout and "12000" in result.stdout


def test_export_official_test_set_as_seed_csv(tmp_path, source):
    out = tmp_path / "test.csv"
    result = fashion("data", "--export-csv", out, "--split", "test")
    assert result.returncode == 0, result.stderr
    lines = out.read_text().splitlines()
    assert lines[0].startswith("label,pixel1,pixel2") and len(lines) == 10001
    assert all(len(line.split(",")) == 785 for line in lines[:5])


@pytest.mark.parametrize("overrides", [
    {},
    {"arch": "resnet20", "batch_size": 64, "lr": 0.005, "epochs": 3},
    {"arch": "cnn", "crop_pad": 2, "tta_flip": True, "ema": 0.99, "schedule": "linear", "warmup_epochs": 0.5,
     "label_smoothing": 0.1, "optimizer": "sgd", "weight_decay": 5e-4, "augment": False, "train_limit": 100,
     "drop_easy": 0.5, "val_every": 3, "tta_shift": True},
])
def test_grid_commands_rebuild_exactly_their_config(overrides):
    import dataclasses
    import shlex

    from fashion.cli import build_parser, config_from_args
    from fashion.config import TrainConfig
    from fashion.grid import train_command

    config = dataclasses.replace(TrainConfig(), **overrides)
    argv = shlex.split(train_command(config))[3:]
    assert config_from_args(build_parser().parse_args(argv)) == config


@pytest.mark.parametrize("preset", ["speedrun", "class"])
@pytest.mark.parametrize("flip, shift", [(False, False), (True, False), (False, True), (True, True)])
def test_commands_rebuild_any_test_time_augmentation_over_a_preset(preset, flip, shift):
    import dataclasses
    import shlex

    from fashion.cli import build_parser, config_from_args
    from fashion.config import PRESETS
    from fashion.grid import train_command

    config = dataclasses.replace(PRESETS[preset], tta_flip=flip, tta_shift=shift)
    argv = shlex.split(train_command(config))[3:]
    assert config_from_args(build_parser().parse_args(argv)) == config


def test_evaluate_unlabelled_csv_gives_predictions(tmp_path, tiny_run, real_test):
    from samples import write_seed_csv

    csv_path = write_seed_csv(tmp_path / "unlabelled.csv", real_test.images[:7])
    result = fashion("evaluate", "--run", tiny_run.path, "--csv", csv_path, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["n"] == 7 and "accuracy" not in report
    assert [p["index"] for p in report["predictions"]] == list(range(7))
    assert all(0 <= p["predicted"] <= 9 and 0 < p["confidence"] <= 1 for p in report["predictions"])


@pytest.mark.slow
def test_grid_with_parallel_jobs_trains_every_cell_once(tmp_path, source):
    """--jobs 2: two trainer processes at a time; a second call finds every cell cached."""
    args = ("grid", "--arch", "cnn", "--epochs", "1", "--train-limit", "300", "--batch-sizes", "32,64",
            "--lrs", "0.001,0.002", "--jobs", "2", "--out", tmp_path)
    first = fashion(*args)
    assert first.returncode == 0, first.stdout + first.stderr
    folders = sorted(p for p in tmp_path.iterdir() if p.is_dir())
    assert len(folders) == 4
    for folder in folders:
        summary = json.loads((folder / "summary.json").read_text())
        assert summary["status"] == "finished" and (folder / "model.safetensors").exists()
        assert not (folder / "last.safetensors").exists()
    assert first.stdout.count("] cnn-bs") == 4  # one progress line per finished cell
    again = fashion(*args)
    assert again.returncode == 0 and "] cnn-bs" not in again.stdout  # nothing retrained
