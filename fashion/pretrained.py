"""Starting a network from ImageNet weights: finding them, reading them safely, fitting them to
one 28x28 grey channel.

Weights come from a local file (`--weights FILE`: torchvision's `.pth`, or a `.safetensors` made
from it) or from torchvision's download URL, into torch's usual hub cache. A `.pth` is read with
`torch.load(weights_only=True)` and accepted only as a flat dict of tensors: that and this
module's own download are the only places a pickle is ever opened, and only for these weights.
The run keeps what was read as `pretrained.safetensors`, so it never needs the file again.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import pickle
import socket
import zipfile
from pathlib import Path

import torch
from torch import nn

from .config import PIXEL_MEAN, PIXEL_STD, TrainConfig
from .data import PICKLE_SUFFIXES
from .errors import FashionError
from .store import load_weights, save_weights

# What `--pretrained` names, per architecture: torchvision's weights and their download file.
SOURCES = {"imagenet": "IMAGENET1K_V1"}
ARCHS = {"resnet18": "ResNet18_Weights", "resnet18_7x7": "ResNet18_Weights"}
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
DOWNLOAD_TIMEOUT = 30          # seconds a stalled connection may hang before we say so
RUN_FILE = "pretrained.safetensors"


def torchvision_weights(config: TrainConfig):
    """The torchvision weights enum member `config.pretrained` names for `config.arch`."""
    import torchvision.models as tvm

    if config.pretrained not in SOURCES:
        raise FashionError(f"--pretrained must be one of: {', '.join(SOURCES)} (got {config.pretrained!r})")
    if config.arch not in ARCHS:
        raise FashionError(f"--pretrained {config.pretrained} needs --arch {' or '.join(ARCHS)}, not {config.arch!r}")
    return getattr(getattr(tvm, ARCHS[config.arch]), SOURCES[config.pretrained])


def weights_name(config: TrainConfig) -> str:
    weights = torchvision_weights(config)
    return f"{type(weights).__name__}.{weights.name}"


def tensors_sha256(tensors: dict[str, torch.Tensor]) -> str:
    """A hash of the weights themselves (names, dtypes, shapes, values), so a `.pth` and a
    `.safetensors` made from it are the same weights."""
    digest = hashlib.sha256()
    for name in sorted(tensors):
        tensor = tensors[name].detach().cpu().contiguous()
        digest.update(f"{name}:{tensor.dtype}:{tuple(tensor.shape)}".encode())
        digest.update(tensor.reshape(-1).view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()


def read_state_dict(path: str | os.PathLike) -> dict[str, torch.Tensor]:
    """A flat {name: tensor} from a `.safetensors` file, or a `.pth`/`.pt` read with
    weights_only=True; one FashionError for anything else."""
    path = Path(path)
    if not path.is_file():
        raise FashionError(f"--weights {path}: no such file")
    if path.suffix.lower() == ".safetensors":
        tensors, _ = load_weights(path)
        return tensors
    if path.suffix.lower() not in PICKLE_SUFFIXES:
        raise FashionError(f"--weights {path}: expected a .pth or .safetensors file of weights")
    try:
        value = torch.load(path, map_location="cpu", weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError, zipfile.BadZipFile, ValueError, OSError) as error:
        first = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise FashionError(f"--weights {path}: not a plain file of weights, refused ({first[:160]})") from None
    if isinstance(value, dict) and isinstance(value.get("state_dict"), dict):
        value = value["state_dict"]  # a checkpoint that wraps its weights, as many training scripts save them
    if not isinstance(value, dict) or not value or not all(
            isinstance(k, str) and isinstance(v, torch.Tensor) for k, v in value.items()):
        raise FashionError(f"--weights {path}: expected a state dict (names to tensors), "
                           f"found {type(value).__name__}")
    return dict(value)


def hub_file(config: TrainConfig) -> Path:
    """Where torch keeps torchvision's download of these weights (TORCH_HOME/hub/checkpoints)."""
    return Path(torch.hub.get_dir()) / "checkpoints" / Path(torchvision_weights(config).url).name


def source_file(config: TrainConfig, download: bool = True) -> Path:
    """The file `config` starts from: its --weights file, else torch's cached download (made now
    from torchvision's URL if need be); one line saying what to do when there is none."""
    if config.weights:
        return Path(config.weights)
    cached = hub_file(config)
    if not cached.is_file():
        url = torchvision_weights(config).url
        if not download:
            raise FashionError(f"no {weights_name(config)} on this machine: fetch {url} and give its path "
                               "(or train once from a terminal with internet)")
        _download(url, cached, weights_name(config))
    return cached


def source_tensors(config: TrainConfig, download: bool = True) -> dict[str, torch.Tensor]:
    """The weights `config` starts from, read from source_file."""
    return read_state_dict(source_file(config, download))


@functools.lru_cache(maxsize=8)
def _file_sha256(path: str, size: int, modified_ns: int) -> str:
    """tensors_sha256 of a weights file, once per version of it: the Train page names a pretrained
    run, and checks its command line, on every rerun."""
    return tensors_sha256(read_state_dict(path))


def _download(url: str, target: Path, name: str) -> None:
    hash_prefix = Path(url).stem.rsplit("-", 1)[-1]  # torchvision names its files name-<sha256 prefix>.pth
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(DOWNLOAD_TIMEOUT)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        torch.hub.download_url_to_file(url, str(target), hash_prefix=hash_prefix, progress=False)
    except (OSError, RuntimeError) as error:
        reason = getattr(error, "reason", None) or error
        raise FashionError(f"could not download {name} ({str(reason)[:120]}): on a machine with internet, "
                           f"fetch {url} and pass it with --weights FILE") from None
    finally:
        socket.setdefaulttimeout(previous)


def resolved(config: TrainConfig, download: bool = True) -> TrainConfig:
    """`config` with the hash of the weights it starts from (part of the run's name, so runs from
    other weights never share a folder); unchanged when it is not pretrained."""
    if not config.pretrained:
        return config
    torchvision_weights(config)  # the arch and the source are checked before any download
    path = source_file(config, download)
    if not path.is_file():
        read_state_dict(path)  # says so, in one line
    stat = path.stat()
    return dataclasses.replace(config, pretrained_sha256=_file_sha256(str(path), stat.st_size, stat.st_mtime_ns))


# ----------------------------------------------------------------------------------------------
# Fitting ImageNet weights to a 1x28x28 network

def grey_stem(rgb_weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """An ImageNet first conv (out, 3, k, k) as one for our normalised grey input x = (g - m) / s:
    fed g in all three channels, normalised by ImageNet's mean and std, it computes
    sum_c W_c (g - mean_c) / std_c = (s sum_c W_c / std_c) x + sum_c W_c (m - mean_c) / std_c,
    a weight (out, 1, k, k) and a bias (out,) that give the same answer away from the border."""
    std = torch.tensor(IMAGENET_STD, dtype=rgb_weight.dtype)[None, :, None, None]
    mean = torch.tensor(IMAGENET_MEAN, dtype=rgb_weight.dtype)[None, :, None, None]
    per_std = rgb_weight / std
    weight = PIXEL_STD * per_std.sum(1, keepdim=True)
    bias = (per_std * (PIXEL_MEAN - mean)).sum((1, 2, 3))
    return weight, bias


def adapt(model: nn.Module, source: dict[str, torch.Tensor]) -> list[str]:
    """Load into `model` every tensor of `source` that fits it: the first conv's RGB filters folded
    to grey when its kernel matches, everything of the same name and shape as it is; the rest (the
    10-class head, a stem of another shape) keeps its fresh initialisation. Returns what was
    loaded; one FashionError if the weights fit almost nothing (they are for another network)."""
    own = model.state_dict()
    taken = {}
    for name, tensor in source.items():
        if name == "conv1.weight" and tensor.ndim == 4 and tensor.shape[1] == 3 and "conv1.weight" in own:
            weight, bias = grey_stem(tensor.float())
            if weight.shape == own["conv1.weight"].shape:
                taken["conv1.weight"] = weight
                if "conv1.bias" in own:
                    taken["conv1.bias"] = bias
            continue
        if name in own and own[name].shape == tensor.shape and not name.startswith("fc."):
            taken[name] = tensor
    learnable = [n for n in own if not n.endswith("num_batches_tracked")]
    if len(taken) < len(learnable) // 2:
        raise FashionError(f"these weights fit {len(taken)} of {type(model).__name__}'s {len(learnable)} "
                           f"tensors: they are not ImageNet {type(model).__name__} weights")
    model.load_state_dict({**own, **{n: t.to(own[n].dtype) for n, t in taken.items()}})
    return sorted(taken)


# ----------------------------------------------------------------------------------------------
# In a run folder

def run_start(path: Path, config: TrainConfig) -> dict[str, torch.Tensor]:
    """The weights a pretrained run starts from, kept in its folder as RUN_FILE (read from there
    on a resume or a retrain); checked against the hash in its config."""
    kept = Path(path) / RUN_FILE
    if kept.is_file():
        tensors, _ = load_weights(kept)
        if tensors_sha256(tensors) == config.pretrained_sha256:
            return tensors
    tensors = source_tensors(config)
    digest = tensors_sha256(tensors)
    if digest != config.pretrained_sha256:
        raise FashionError(f"the weights changed since this run was named ({digest[:12]}, "
                           f"not {config.pretrained_sha256[:12]}): start the command again")
    save_weights(kept, tensors, {"weights": weights_name(config), "sha256": digest})
    return tensors


def describe(config: TrainConfig) -> dict | None:
    """What the summary says of the starting weights, or None for a run from scratch."""
    if not config.pretrained:
        return None
    return {"weights": weights_name(config), "sha256": config.pretrained_sha256,
            "from": config.weights or torchvision_weights(config).url}
