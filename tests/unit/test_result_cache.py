"""Test-set logits kept in the run folder (fashion.result_cache), as Compare models reads them."""
import numpy as np
import pytest
import torch

from fashion import result_cache
from fashion.data import Dataset
from fashion.evaluate import evaluate, evaluate_logits
from fashion.models import create_model
from fashion.store import load_weights, save_weights


def run_folder(tmp_path, seed: int = 0):
    torch.manual_seed(seed)
    model = create_model("fastnet").eval()
    folder = tmp_path / "run"
    save_weights(folder / "model.safetensors", model.state_dict())
    return folder, model


def first_images(real_test, count: int = 300) -> Dataset:
    return real_test.subset(np.arange(count), "test")


def test_logits_are_evaluate_s_and_are_read_back_from_the_run_folder(tmp_path, real_test):
    folder, model = run_folder(tmp_path)
    test = first_images(real_test)
    logits = result_cache.test_logits(folder, model, test, 200, tta="flip")
    subset = test.subset(np.arange(200), "test")
    fresh = evaluate(model, subset, tta="flip")
    cached = evaluate_logits(logits, subset.labels)
    assert cached["predicted"] == fresh["predicted"] and cached["accuracy"] == pytest.approx(fresh["accuracy"])
    tensors, meta = load_weights(folder / result_cache.LOGITS_FILE)  # safetensors: nothing to unpickle
    assert tensors["logits"].shape == (200, 10) and meta["images"] == "200"

    # Fewer images come from the file (what it holds is returned, not recomputed)...
    poisoned = tensors["logits"].clone()
    poisoned[:, 0] = 99.0
    save_weights(folder / result_cache.LOGITS_FILE, {"logits": poisoned}, meta)
    assert (result_cache.test_logits(folder, model, test, 150, tta="flip")[:, 0] == 99.0).all()
    # ...more images, or another TTA, are computed and kept.
    more = result_cache.test_logits(folder, model, test, 300, tta="flip")
    assert more.shape == (300, 10) and not (more[:, 0] == 99.0).any()
    assert load_weights(folder / result_cache.LOGITS_FILE)[1]["images"] == "300"
    assert not (result_cache.test_logits(folder, model, test, 100, tta="")[:, 0] == 99.0).any()


def test_logits_follow_the_weights_and_the_data_and_survive_a_damaged_file(tmp_path, real_test):
    folder, model = run_folder(tmp_path)
    test = first_images(real_test)
    first = result_cache.test_logits(folder, model, test, 100)
    _, retrained = run_folder(tmp_path, seed=1)  # new weights in the same folder
    second = result_cache.test_logits(folder, retrained, test, 100)
    assert not torch.allclose(first, second)
    assert torch.allclose(second, result_cache.test_logits(folder, retrained, test, 100))
    other = real_test.subset(np.arange(300, 600), "test")
    assert not torch.allclose(second, result_cache.test_logits(folder, retrained, other, 100))
    (folder / result_cache.LOGITS_FILE).write_bytes(b"garbage")
    assert torch.allclose(second, result_cache.test_logits(folder, retrained, test, 100), atol=1e-5)


def test_logits_where_the_run_folder_cannot_be_written(tmp_path, real_test, monkeypatch):
    folder, model = run_folder(tmp_path)

    def refuse(*args, **kwargs):
        raise PermissionError("read-only")

    monkeypatch.setattr(result_cache, "save_weights", refuse)
    logits = result_cache.test_logits(folder, model, first_images(real_test), 50)
    assert logits.shape == (50, 10) and not (folder / result_cache.LOGITS_FILE).exists()
