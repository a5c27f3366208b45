"""Starting from ImageNet weights (fashion.pretrained), with weights made here: nothing downloads."""
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torchvision.models import resnet18 as tv_resnet18

from fashion import pretrained
from fashion.config import PIXEL_MEAN, PIXEL_STD, TrainConfig
from fashion.errors import FashionError
from fashion.models import create_model
from fashion.store import load_weights, save_weights
from fashion.train import new_state
from test_runs import make_pickle_payload

REPO = Path(__file__).resolve().parents[2]
# Any download attempt meets a closed port at once, whatever network the machine has.
OFFLINE = {"https_proxy": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}


@pytest.fixture(scope="module")
def imagenet_like(tmp_path_factory):
    """torchvision's ResNet-18 state dict, as its ImageNet .pth holds it, with made-up values."""
    torch.manual_seed(7)
    state = tv_resnet18().state_dict()
    path = tmp_path_factory.mktemp("weights") / "resnet18-made-here.pth"
    torch.save(state, path)
    return path, state


def fashion_cli(*args, env=None, cwd=REPO):
    return subprocess.run([sys.executable, "-m", "fashion", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, env=dict(os.environ, **(env or {})), timeout=600)


def test_the_grey_stem_computes_what_the_rgb_stem_computes_on_imagenet_normalised_grey():
    torch.manual_seed(0)
    rgb = torch.randn(64, 3, 7, 7)
    grey = torch.rand(2, 1, 28, 28)                       # pixel values in [0, 1]
    mean = torch.tensor(pretrained.IMAGENET_MEAN)[None, :, None, None]
    std = torch.tensor(pretrained.IMAGENET_STD)[None, :, None, None]
    imagenet_input = (grey.expand(-1, 3, -1, -1) - mean) / std
    weight, bias = pretrained.grey_stem(rgb)
    ours = F.conv2d((grey - PIXEL_MEAN) / PIXEL_STD, weight, bias)  # no padding: the border differs
    assert torch.allclose(ours, F.conv2d(imagenet_input, rgb), atol=1e-4)


def test_state_dict_file_loads_into_the_imagenet_layout_entirely(imagenet_like):
    path, state = imagenet_like
    source = pretrained.read_state_dict(path)
    model = create_model("resnet18_7x7")
    taken = pretrained.adapt(model, source)
    loaded = model.state_dict()
    assert "conv1.weight" in taken and "conv1.bias" in taken and not any(n.startswith("fc.") for n in taken)
    assert all(torch.equal(loaded[n], state[n]) for n in state if n != "conv1.weight" and not n.startswith("fc."))
    assert torch.allclose(loaded["conv1.weight"], pretrained.grey_stem(state["conv1.weight"])[0])
    # every tensor but the 10-class head came from the file
    assert set(taken) == {n for n in loaded if not n.startswith("fc.")}


def test_the_small_stem_resnet18_takes_the_body_and_learns_its_stem(imagenet_like):
    _, state = imagenet_like
    model = create_model("resnet18")
    fresh_stem = model.conv1.weight.clone()
    taken = pretrained.adapt(model, state)
    assert "conv1.weight" not in taken and torch.equal(model.conv1.weight, fresh_stem)
    assert torch.equal(model.layer4[1].conv2.weight, state["layer4.1.conv2.weight"])


def test_weights_of_another_network_are_one_clear_error():
    with pytest.raises(FashionError, match="not ImageNet ResNet weights"):
        pretrained.adapt(create_model("resnet18_7x7"), create_model("cnn").state_dict())


def test_a_pth_and_a_safetensors_of_the_same_weights_are_the_same_run(imagenet_like, tmp_path):
    path, state = imagenet_like
    copy = tmp_path / "resnet18.safetensors"
    save_weights(copy, state)
    base = TrainConfig(arch="resnet18_7x7", pretrained="imagenet", epochs=1)
    from_pth = pretrained.resolved(dataclasses.replace(base, weights=str(path)))
    from_safetensors = pretrained.resolved(dataclasses.replace(base, weights=str(copy)))
    assert from_pth.pretrained_sha256 == from_safetensors.pretrained_sha256 == pretrained.tensors_sha256(state)
    assert from_pth.run_name() == from_safetensors.run_name()
    # ...and neither shares a folder with the same network from scratch, nor with other weights
    other = {name: tensor + 1 if tensor.is_floating_point() else tensor for name, tensor in state.items()}
    save_weights(tmp_path / "other.safetensors", other)
    from_other = pretrained.resolved(dataclasses.replace(base, weights=str(tmp_path / "other.safetensors")))
    names = {from_pth.run_name(), TrainConfig(arch="resnet18_7x7", epochs=1).run_name(), from_other.run_name()}
    assert len(names) == 3 and from_pth.run_name().startswith("resnet18_7x7-imagenet-")


def test_a_new_training_state_starts_from_the_weights(imagenet_like):
    _, state = imagenet_like
    config = TrainConfig(arch="resnet18_7x7", pretrained="imagenet", epochs=1, train_limit=256, batch_size=64)
    begun = new_state(config, torch.device("cpu"), start_from=state)
    assert torch.equal(begun.model.layer2[0].conv1.weight, state["layer2.0.conv1.weight"])


def test_train_with_weights_from_the_cli_records_them_and_keeps_them_as_safetensors(imagenet_like, tmp_path, source):
    path, state = imagenet_like
    result = fashion_cli("train", "--arch", "resnet18_7x7", "--pretrained", "imagenet", "--weights", path,
                         "--epochs", 1, "--train-limit", 256, "--batch-size", 64, "--out", tmp_path / "runs",
                         "--quiet", env=OFFLINE)
    assert result.returncode == 0, result.stderr
    run, = (tmp_path / "runs").iterdir()
    summary = json.loads((run / "summary.json").read_text())
    assert summary["status"] == "finished"
    assert summary["pretrained"] == {"weights": "ResNet18_Weights.IMAGENET1K_V1",
                                     "sha256": pretrained.tensors_sha256(state), "from": str(path)}
    kept, meta = load_weights(run / pretrained.RUN_FILE)
    assert kept.keys() == state.keys() and all(torch.equal(kept[n], state[n]) for n in state)
    assert meta["sha256"] == pretrained.tensors_sha256(state)
    trained, _ = load_weights(run / "model.safetensors")
    moved = trained["layer1.0.conv1.weight"].float() - state["layer1.0.conv1.weight"]
    assert 0 < moved.abs().max() < 0.1  # one epoch of Adam moved the pretrained body, a little
    # the same command again is the same run, found in the cache
    again = fashion_cli("train", "--arch", "resnet18_7x7", "--pretrained", "imagenet", "--weights", path,
                        "--epochs", 1, "--train-limit", 256, "--batch-size", 64, "--out", tmp_path / "runs",
                        env=OFFLINE)
    assert again.returncode == 0 and "cached" in again.stdout


def test_a_crafted_pickle_as_weights_runs_nothing(tmp_path):
    marker = tmp_path / "pwned"
    payload = make_pickle_payload(tmp_path / "resnet18.pth", marker)
    with pytest.raises(FashionError, match="not a plain file of weights"):
        pretrained.read_state_dict(payload)
    result = fashion_cli("train", "--arch", "resnet18", "--pretrained", "imagenet", "--weights", payload,
                         "--epochs", 1, "--out", tmp_path / "runs", env=OFFLINE)
    assert result.returncode == 2 and "not a plain file of weights" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not marker.exists()


@pytest.mark.parametrize("content, message", [
    (lambda: [torch.zeros(3)], "expected a state dict"),
    (lambda: {"conv1.weight": "not a tensor"}, "expected a state dict"),
    (lambda: {}, "expected a state dict"),
])
def test_files_that_are_not_state_dicts_are_refused(tmp_path, content, message):
    path = tmp_path / "weights.pth"
    torch.save(content(), path)
    with pytest.raises(FashionError, match=message):
        pretrained.read_state_dict(path)


def test_offline_without_weights_is_one_line_and_exit_2(tmp_path):
    result = fashion_cli("train", "--arch", "resnet18", "--pretrained", "imagenet", "--epochs", 1,
                         "--out", tmp_path / "runs", env={**OFFLINE, "TORCH_HOME": str(tmp_path / "torch")})
    assert result.returncode == 2, result.stderr
    line, = result.stderr.strip().splitlines()
    assert "--weights" in line and pretrained.torchvision_weights(TrainConfig(pretrained="imagenet")).url in line
    assert not (tmp_path / "runs").exists() or not any((tmp_path / "runs").iterdir())


def test_the_hub_cache_is_used_when_the_weights_were_downloaded_before(imagenet_like, tmp_path, monkeypatch):
    path, state = imagenet_like
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))
    cached = pretrained.hub_file(TrainConfig(pretrained="imagenet"))
    cached.parent.mkdir(parents=True)
    cached.write_bytes(path.read_bytes())
    config = pretrained.resolved(TrainConfig(pretrained="imagenet"))
    assert config.pretrained_sha256 == pretrained.tensors_sha256(state)


@pytest.mark.parametrize("flags, message", [
    (["--arch", "cnn", "--pretrained", "imagenet"], "needs --arch resnet18"),
    (["--pretrained", "imagenette"], "--pretrained must be one of"),
    (["--weights", "resnet18.pth"], "--weights needs --pretrained"),
])
def test_bad_pretrained_flags_are_one_line(flags, message, tmp_path):
    result = fashion_cli("train", *flags, "--out", tmp_path, env=OFFLINE)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
