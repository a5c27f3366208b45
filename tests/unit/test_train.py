import dataclasses
import math

import pytest
import torch

from fashion.config import TrainConfig, check
from fashion.errors import FashionError
from fashion.train import (images_in_epoch, lr_factor, native_bf16, restore_state, state_metadata, state_tensors,
                           train, train_val_split, trains_in_bf16)


def strip_timing(history):
    return [{k: v for k, v in row.items() if k not in ("seconds", "images_per_s")} for row in history]


@pytest.fixture(scope="module")
def small_split(source):
    return train_val_split(TrainConfig(train_limit=3000), source)


def test_cnn_learns_on_real_images(small_split):
    state = train(TrainConfig(arch="cnn", epochs=1, train_limit=3000), small_split, verbose=False)
    assert state.status == "finished"
    assert state.history[0]["val_acc"] > 0.5  # chance is 0.1
    assert state.best_epoch == 1 and state.best_weights


def test_same_seed_same_history_on_cpu(source):
    config = TrainConfig(arch="resnet20", epochs=2, train_limit=400, device="cpu")
    split = train_val_split(config, source)
    first = train(config, split, verbose=False)
    second = train(config, split, verbose=False)
    assert strip_timing(first.history) == strip_timing(second.history)
    other = train(TrainConfig(arch="resnet20", epochs=2, train_limit=400, device="cpu", seed=1), split, verbose=False)
    assert strip_timing(other.history) != strip_timing(first.history)


def test_best_epoch_is_the_best_validation_accuracy(small_split):
    state = train(TrainConfig(arch="cnn", epochs=3, train_limit=3000, lr=0.01), small_split, verbose=False)
    accuracies = [row["val_acc"] for row in state.history]
    assert state.best_epoch == accuracies.index(max(accuracies)) + 1
    assert [row["is_best"] for row in state.history].count(True) >= 1


def test_divergent_run_stops_as_diverged(small_split):
    config = TrainConfig(arch="cnn", epochs=3, train_limit=3000, optimizer="sgd", lr=1e6, augment=False)
    state = train(config, small_split, verbose=False)
    assert state.status == "diverged"
    assert len(state.history) == 1 and not math.isfinite(state.history[0]["train_loss"])


def test_learning_rate_schedules():
    config = TrainConfig(schedule="linear", warmup_epochs=1)
    factors = [lr_factor(config, step, 100, 10) for step in range(100)]
    assert factors[0] == pytest.approx(0.1) and factors[9] == pytest.approx(1.0)
    assert factors[-1] < 0.02 and all(a >= b for a, b in zip(factors[10:], factors[11:]))
    cosine = TrainConfig(schedule="cosine")
    assert lr_factor(cosine, 0, 100, 10) == pytest.approx(1.0)
    assert lr_factor(cosine, 50, 100, 10) == pytest.approx(0.5)
    assert lr_factor(TrainConfig(), 77, 100, 10) == 1.0


def test_drop_easy_retrains_only_the_images_with_the_highest_loss(small_split):
    config = TrainConfig(arch="cnn", epochs=2, train_limit=3000, drop_easy=0.6, schedule="linear")
    losses_after = []
    state = train(config, small_split, on_epoch=lambda record, st: losses_after.append(st.sample_loss.clone()),
                  verbose=False)
    first, second = losses_after
    assert torch.isfinite(first).all()  # the first epoch sees every image
    retrained = (second != first).nonzero().flatten()
    kept = images_in_epoch(config, len(first), 1)
    assert kept == 1200 and len(retrained) == kept
    assert set(retrained.tolist()) == set(first.topk(kept).indices.tolist())
    # the linear schedule counts the shorter epoch (24 + 10 steps), so its last step is 1/34 of lr
    assert state.history[-1]["lr"] == pytest.approx(config.lr / (24 + 10))


@pytest.mark.parametrize("config", [
    TrainConfig(arch="cnn", epochs=3, train_limit=600, drop_easy=0.5, device="cpu"),
    TrainConfig(arch="cnn", epochs=3, train_limit=600, sketch=0.5, device="cpu"),
], ids=["drop-easy", "sketch"])
def test_run_resumes_to_the_same_history(config, small_split):
    saved = {}

    def keep_first_epoch(record, state):
        if state.epoch == 1:
            tensors = {name: tensor.clone() for name, tensor in state_tensors(state).items()}  # as if saved to disk
            saved.update(tensors=tensors, meta=state_metadata(state), history=list(state.history))

    straight = train(config, small_split, on_epoch=keep_first_epoch, verbose=False)
    resumed = train(config, small_split, verbose=False,
                    resume=lambda state: restore_state(state, saved["tensors"], saved["meta"], saved["history"]))
    assert strip_timing(resumed.history) == strip_timing(straight.history)


def test_val_every_validates_every_nth_and_the_last_epoch(small_split):
    config = TrainConfig(arch="cnn", epochs=5, train_limit=1000, val_every=2)
    state = train(config, small_split, verbose=False)
    validated = [row["epoch"] for row in state.history if math.isfinite(row["val_acc"])]
    assert validated == [2, 4, 5] and state.status == "finished"
    assert state.best_epoch in validated
    assert [row["epoch"] for row in state.history if row["is_best"]][-1] == state.best_epoch
    assert not any(row["is_best"] for row in state.history if row["epoch"] not in validated)


def test_bf16_autocast_where_the_cpu_has_it_and_float32_on_request(small_split):
    cpu = torch.device("cpu")
    base = TrainConfig(arch="cnn", epochs=2, train_limit=1000, device="cpu")
    fp32 = dataclasses.replace(base, precision="fp32")
    assert not trains_in_bf16(fp32, cpu)
    assert trains_in_bf16(base, cpu) == native_bf16(cpu)
    in_fp32 = train(fp32, small_split, verbose=False)
    auto = train(base, small_split, verbose=False)
    again = train(base, small_split, verbose=False)
    assert strip_timing(auto.history) == strip_timing(again.history)  # bf16 kernels are deterministic too
    assert all(p.dtype == torch.float32 for p in auto.model.parameters())  # autocast only: weights stay float32
    if native_bf16(cpu):  # the forward passes rounded to bf16: another run, that learns as well
        assert strip_timing(auto.history) != strip_timing(in_fp32.history)
        assert abs(auto.best_val_acc - in_fp32.best_val_acc) < 0.05
    else:
        assert strip_timing(auto.history) == strip_timing(in_fp32.history)
    assert auto.best_val_acc > 0.6


def test_precision_is_checked_and_names_no_new_run():
    with pytest.raises(FashionError, match="--precision must be auto or fp32"):
        check(TrainConfig(precision="fp16"))
    assert TrainConfig(precision="fp32").run_name() == TrainConfig().run_name()
