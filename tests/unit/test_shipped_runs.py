"""Every run shipped in checkpoints/ is whole, consistent, and as accurate as its summary says."""
from __future__ import annotations

import pytest
import torch

from fashion import result_cache
from fashion.evaluate import evaluate, evaluate_logits
from fashion.models import count_parameters, create_model
from fashion.store import RUN_FILES, scan_runs
from samples import SHIPPED_RUNS as SHIPPED
RUNS, PROBLEMS = scan_runs(SHIPPED)
# Models under this many parameters always ship their weights; of larger ones only the best run
# of an architecture may (the others ship history and summary, so curves and the grid still show).
BIG = 2_000_000
# Files that using the app or CLI leaves beside shipped runs on one machine (all git-ignored).
PER_MACHINE = (".lock", "job.json", "train.log", "embedding_map.safetensors", "last.safetensors")


def test_checkpoints_folder_is_clean_and_small():
    assert RUNS, "no shipped runs"
    assert PROBLEMS == []
    total = sum(f.stat().st_size for f in SHIPPED.rglob("*") if f.is_file())
    assert total < 60 * 2**20, f"checkpoints/ is {total / 2**20:.0f} MB"
    shipped = (*RUN_FILES, *PER_MACHINE, result_cache.LOGITS_FILE)
    stray = [f.name for f in SHIPPED.rglob("*") if f.is_file() and f.name not in shipped]
    assert stray == []


@pytest.mark.parametrize("run", RUNS, ids=[run.name for run in RUNS])
def test_shipped_run_is_consistent(run):
    summary, history = run.summary, run.history
    assert summary["status"] == "finished" and summary["name"] == run.name == run.config.run_name()
    assert summary["epochs_done"] == len(history) == run.config.epochs
    best = history["val_acc"].idxmax()
    assert summary["best_epoch"] == history.loc[best, "epoch"]
    assert summary["best_val_acc"] == pytest.approx(history["val_acc"].max())
    assert history["is_best"].sum() >= 1 and bool(history.loc[best, "is_best"])
    assert summary["train_seconds"] == pytest.approx(history["seconds"].sum(), abs=0.02)
    assert summary["device"] and summary["test_images"] == 10_000
    assert count_parameters(create_model(run.config.arch)) == summary["params"]  # config rebuilds it
    if summary["params"] < BIG:
        assert run.has_weights, "small models ship their weights"


WITH_WEIGHTS = [run for run in RUNS if run.has_weights]
# The weights are re-scored on every 5th test image: all 10,000 take a ResNet-18 minutes on a
# 2-core CPU. There they must give the answers of the test logits shipped beside them, and those
# logits, all 10,000, the summary's accuracy.
CHECKED_EVERY = 5


@pytest.mark.slow
@pytest.mark.parametrize("run", WITH_WEIGHTS, ids=[run.name for run in WITH_WEIGHTS])
def test_shipped_weights_score_what_the_summary_says(run, real_test):
    """Re-evaluated here on the CPU in float32 (trained and scored on a GPU in bf16, or on a CPU)."""
    torch.set_num_threads(max(torch.get_num_threads(), 1))
    # The test logits shipped beside it (what Compare models reads): all 10,000, the summary's accuracy...
    cached = result_cache.read_cached(run.path / result_cache.LOGITS_FILE,
                                      result_cache.logits_key(run.path, real_test, run.config.tta))
    assert cached is not None and len(cached["logits"]) == len(real_test)
    shipped = evaluate_logits(cached["logits"], real_test.labels)
    assert abs(shipped["accuracy"] - run.summary["test_acc"]) <= 0.001
    # ...and this model's: its weights give the same answers.
    checked = torch.arange(0, len(real_test), CHECKED_EVERY)
    result = evaluate(run.load_model("cpu"), real_test.subset(checked, "test"), tta=run.config.tta)
    assert result["predicted"] == [shipped["predicted"][i] for i in checked.tolist()]
