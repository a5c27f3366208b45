"""Every network layer by layer, from one forward pass of the real module over a 1x28x28 image.

`layer_table` has a row per layer call (a layer used twice, like torchvision's shared ReLU, has
two rows; its parameters count once): the output shape C x H x W, the parameters, the forward
FLOPs (torch.utils.flop_counter, a multiply-add counts two, as fashion.models.forward_flops) and
the receptive field. `block_table` has a row per block a diagram draws: a residual block, a dense
layer, or a plain layer between them, with what connects it to the blocks before it.

The receptive field is followed along the main path (kernels, strides and dilations of the convs
and pools in forward order); a shortcut branch (`shortcut`, `downsample`) sees less than the path
it skips, so it is left out, and a global pool or a linear layer sees the whole image.

Not torchinfo: forward hooks give the shapes it would, and torch's FLOP counter gives the FLOPs
that `runs --models` and the Compare page already show (torchinfo counts mult-adds its own way).
"""
from __future__ import annotations

import pandas as pd
import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from .config import IMAGE_SIZE
from .models import create_model

BRANCHES = ("shortcut", "downsample")
CONTAINERS = (nn.Sequential, nn.ModuleList, nn.ModuleDict)
WINDOWED = (nn.Conv2d, nn.MaxPool2d, nn.AvgPool2d)
WHOLE_IMAGE = float("inf")         # the receptive field of a global pool or a linear layer


def _pair(value) -> tuple[int, int]:
    return tuple(value) if isinstance(value, (tuple, list)) else (value, value)


def _window(module: nn.Module) -> tuple[int, int, int, int] | None:
    """(kernel, stride, padding, dilation) along one side, for convs and pools; None otherwise."""
    if not isinstance(module, WINDOWED):
        return None
    kernel, stride = _pair(module.kernel_size)[0], _pair(module.stride or module.kernel_size)[0]
    padding = _pair(module.padding)[0] if not isinstance(module.padding, str) else 0
    dilation = _pair(getattr(module, "dilation", 1))[0]
    return kernel, stride, padding, dilation


def _shape(output) -> tuple[int, ...]:
    return tuple(output.shape[1:]) if isinstance(output, torch.Tensor) else ()


def _spell(shape: tuple[int, ...]) -> str:
    return " x ".join(str(n) for n in shape)


def _stage(shape: tuple[int, ...]) -> str:
    """Layers are grouped by the resolution they work at; 1x1 maps and vectors are the head."""
    return f"{shape[1]}x{shape[2]}" if len(shape) == 3 and shape[1] > 1 else "head"


def _forward(model: nn.Module, modules: dict[str, nn.Module]) -> tuple[list[tuple], dict[str, int]]:
    """One forward pass recording (name, module, output shape) per call of the given modules, in
    the order they finish, and the FLOPs of every module by name."""
    calls = []

    def hook(name):
        def record(module, _inputs, output):
            calls.append((name, module, _shape(output)))
        return record

    handles = [module.register_forward_hook(hook(name)) for name, module in modules.items()]
    try:
        with torch.no_grad(), FlopCounterMode(display=False) as counter:
            model(torch.zeros(1, 1, IMAGE_SIZE, IMAGE_SIZE))
    finally:
        for handle in handles:
            handle.remove()
    prefix = type(model).__name__
    flops = {name[len(prefix) + 1:]: sum(counts.values()) for name, counts in counter.get_flop_counts().items()
             if name.startswith(prefix + ".")}
    return calls, flops


def layer_table(arch: str) -> pd.DataFrame:
    """One row per layer call: stage, block, layer, type, kernel / stride / padding, output shape
    (and its C, H, W), parameters, FLOPs and receptive field in input pixels."""
    model = create_model(arch).eval()
    layers = {name: module for name, module in model.named_modules()
              if name and (not list(module.children()) or list(module.parameters(recurse=False)))}
    calls, flops = _forward(model, layers)
    block_of = {name: block for block, _ in blocks(model) for name in layers if _inside(name, block)}
    rows, counted = [], set()
    field, jump = 1.0, 1.0
    for name, module, shape in calls:
        window = _window(module)
        if not any(part in BRANCHES for part in name.split(".")):
            if window:
                kernel, stride, _, dilation = window
                field, jump = field + (kernel - 1) * dilation * jump, jump * stride
            elif isinstance(module, (nn.Linear, nn.AdaptiveAvgPool2d, nn.AdaptiveMaxPool2d)):
                field = WHOLE_IMAGE
        first_call = name not in counted  # a layer used twice counts its weights and FLOPs once
        counted.add(name)
        rows.append({
            "stage": _stage(shape), "block": block_of.get(name, name), "layer": name, "type": type(module).__name__,
            "kernel / stride / padding": f"{window[0]}x{window[0]} / {window[1]} / {window[2]}" if window else "",
            "output": _spell(shape), "shape": shape,
            "params": sum(p.numel() for p in module.parameters(recurse=False)) if first_call else 0,
            "flops": flops.get(name, 0) if first_call else 0, "receptive field": field,
        })
    return pd.DataFrame(rows)


def _inside(name: str, block: str) -> bool:
    return name == block or name.startswith(block + ".")


def blocks(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """The blocks a diagram draws, in definition order: containers (Sequential, ModuleList,
    ModuleDict such as DenseNet's dense blocks) are opened, anything with a forward of its own
    (a residual block, a dense layer) or a plain layer is a block."""
    def expand(prefix: str, module: nn.Module):
        for name, child in module.named_children():
            full = f"{prefix}{name}"
            if isinstance(child, CONTAINERS) and list(child.children()):
                yield from expand(full + ".", child)
            else:
                yield full, child
    return list(expand("", model))


def _connection(module: nn.Module) -> str:
    names = {name for name, _ in module.named_children()}
    if names & set(BRANCHES) or type(module).__name__ in ("BasicBlock", "Bottleneck"):
        return "residual"
    if type(module).__name__ == "_DenseLayer":
        return "dense"
    return ""


def block_table(arch: str) -> pd.DataFrame:
    """One row per block: name, type, output shape, parameters, FLOPs, its connection ("residual":
    its input is added to its output; "dense": it reads every earlier layer of its dense block)
    and that dense block's name."""
    model = create_model(arch).eval()
    drawn = dict(blocks(model))
    calls, flops = _forward(model, drawn)
    rows, seen = [], set()
    for name, module, shape in calls:
        if name in seen:
            continue
        seen.add(name)
        connection = _connection(module)
        rows.append({"block": name, "type": type(module).__name__, "output": _spell(shape), "shape": shape,
                     "channels": shape[0] if shape else 0, "size": shape[1] if len(shape) == 3 else 1,
                     "params": sum(p.numel() for p in module.parameters()), "flops": flops.get(name, 0),
                     "connection": connection,
                     "group": name.rsplit(".", 1)[0] if connection == "dense" else ""})
    return pd.DataFrame(rows)


def stage_totals(table: pd.DataFrame) -> pd.DataFrame:
    """Parameters and FLOPs per stage (resolution), in the order the network reaches them."""
    return table.groupby("stage", sort=False)[["params", "flops"]].sum().reset_index()


def text_table(arch: str) -> str:
    """The layer table as `python -m fashion runs --models --layers ARCH` prints it."""
    table = layer_table(arch)
    shown = table[["stage", "layer", "type", "kernel / stride / padding", "output", "params", "flops",
                   "receptive field"]].copy()
    shown["flops"] = shown["flops"].map(lambda v: "" if not v else f"{v / 1e6:,.2f}M" if v >= 1e4 else f"{v / 1e3:.1f}K")
    shown["params"] = shown["params"].map(lambda v: f"{v:,}" if v else "")
    shown["receptive field"] = shown["receptive field"].map(_field_text)
    total = f"{arch}: {table['params'].sum():,} parameters, {table['flops'].sum() / 1e6:,.1f} MFLOPs per image"
    return shown.to_string(index=False) + "\n" + total


def _field_text(field: float) -> str:
    return "whole image" if field == WHOLE_IMAGE else f"{field:.0f} px"
