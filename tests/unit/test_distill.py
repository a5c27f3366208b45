"""Distillation: a run learns from a teacher run's cached answers on its training images."""
import os

import pytest
import torch
import torch.nn.functional as F

from fashion import distill, result_cache
from fashion.cli import main as cli_main
from fashion.config import TrainConfig
from fashion.errors import FashionError
from fashion.evaluate import predict_logits
from fashion.runs import train_run
from fashion.train import train_val_split


@pytest.fixture(scope="module")
def teacher(tmp_path_factory, source):
    root = tmp_path_factory.mktemp("teacher")
    run, _ = train_run(TrainConfig(arch="cnn", epochs=2, train_limit=2000, tta_flip=True, precision="fp32"), root,
                       verbose=False)
    return run


def test_the_loss_is_cross_entropy_without_a_teacher_and_zero_kl_when_the_student_agrees():
    logits = torch.randn(8, 10)
    labels = torch.randint(0, 10, (8,))
    plain = F.cross_entropy(logits, labels, label_smoothing=0.1, reduction="none")
    assert torch.allclose(distill.losses(logits, labels, None, 0.0, 0.1), plain)
    assert torch.allclose(distill.losses(logits, labels, logits.half(), 0.0, 0.1), plain)
    agreeing = distill.losses(logits, labels, logits, 1.0, 0.1)
    assert agreeing.abs().max() < 1e-5
    assert (distill.losses(logits, labels, torch.randn(8, 10), 1.0, 0.1) > 1e-3).all()


def test_a_student_learns_from_the_teacher_alone_and_its_logits_are_cached(tmp_path, teacher, source):
    # distill 1: the labels carry no weight, so all the student knows comes from the teacher.
    # float32: 32 steps of a cnn are noisy, and bf16 autocast (where the CPU has it) moves this
    # seed's student from 0.57 to 0.47; the teacher's signal is what is tested here
    config = TrainConfig(arch="cnn", epochs=2, train_limit=2000, teacher=teacher.name, distill=1.0, seed=1,
                         precision="fp32")
    run, _ = train_run(config, teacher.path.parent, verbose=False)
    assert run.summary["best_val_acc"] > 0.5            # chance is 0.1
    alone, _ = train_run(TrainConfig(arch="cnn", epochs=2, train_limit=2000, seed=1, precision="fp32"),
                         teacher.path.parent, verbose=False)
    assert run.name != alone.name
    assert run.history["train_loss"].tolist() != alone.history["train_loss"].tolist()
    cache = teacher.path / result_cache.TRAIN_LOGITS_FILE
    assert cache.is_file()
    train_set = train_val_split(config, source)[0]
    expected = predict_logits(teacher.load_model(), train_set.images, tta="flip")
    cached = distill.teacher_logits(teacher.name, train_set, (teacher.path.parent,))
    assert torch.allclose(cached, expected, atol=0.02 * expected.abs().max().item())
    stamp = cache.stat().st_mtime_ns
    distill.teacher_logits(teacher.name, train_set, (teacher.path.parent,))
    assert cache.stat().st_mtime_ns == stamp             # read, not recomputed


def test_a_damaged_cache_is_recomputed_and_other_images_get_their_own(teacher, source):
    train_set = train_val_split(TrainConfig(train_limit=2000), source)[0]
    first = distill.teacher_logits(teacher.name, train_set, (teacher.path.parent,))
    (teacher.path / result_cache.TRAIN_LOGITS_FILE).write_bytes(b"not safetensors")
    assert torch.equal(distill.teacher_logits(teacher.name, train_set, (teacher.path.parent,)), first)
    other = train_val_split(TrainConfig(train_limit=500), source)[0]
    assert len(distill.teacher_logits(teacher.name, other, (teacher.path.parent,))) == 500


def test_a_missing_teacher_is_one_clear_line(tmp_path, source):
    with pytest.raises(FashionError, match="--teacher no-such-run: no trained run"):
        train_run(TrainConfig(arch="cnn", epochs=1, train_limit=200, teacher="no-such-run", distill=0.5),
                  tmp_path, verbose=False)
    assert not (tmp_path / "no-such-run").exists()


@pytest.mark.parametrize("flags, message", [
    (["--teacher", "cnn-bs128-lr0.001-e30-s0"], "--teacher and --distill go together"),
    (["--distill", "0.5"], "--teacher and --distill go together"),
    (["--teacher", "x", "--distill", "1.5"], "--distill must be between 0 and 1"),
])
def test_distill_flags_are_checked(tmp_path, capsys, flags, message):
    code = cli_main(["train", "--arch", "cnn", "--epochs", "1", "--out", str(tmp_path), *flags])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not os.listdir(tmp_path)
