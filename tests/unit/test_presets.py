"""Presets and benchmarks: they run and mean what they say (timing targets are for benchmarks/)."""
import subprocess
import sys
from pathlib import Path

import pytest

from fashion.config import PRESETS
from fashion.models import create_model

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", sorted(PRESETS))
def test_presets_name_a_registered_model_and_their_runs(name):
    preset = PRESETS[name]
    create_model(preset.arch)
    assert preset.preset == name and preset.run_name().startswith(f"{name}-{preset.arch}-")


@pytest.mark.slow
@pytest.mark.parametrize("name, settings", [
    ("speedrun", ['"tta_flip": true']),
    ("draw", ['"sketch": 0.3', '"drawn": 0.7']),  # it makes its generated drawings too
])
def test_preset_trains_from_the_cli(name, settings, tmp_path, source):
    result = subprocess.run([sys.executable, "-m", "fashion", "train", "--preset", name, "--epochs", "1",
                             "--train-limit", "2000", "--out", str(tmp_path)],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    run_folder = next(tmp_path.iterdir())
    assert run_folder.name.startswith(f"{name}-{PRESETS[name].arch}-")
    config = (run_folder / "config.json").read_text()
    assert all(setting in config for setting in settings)


@pytest.mark.slow
def test_pipeline_benchmark_prints_a_ratio(source):
    result = subprocess.run([sys.executable, "benchmarks/pipeline.py", "--images", "512", "--repeats", "1"],
                            cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    row = [line for line in result.stdout.splitlines() if line.startswith("cnn")][0]
    standard, ours, ratio = row.split()[1:4]
    assert float(standard) > 0 and float(ours) > 0 and ratio.endswith("x")

