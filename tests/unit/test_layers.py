"""fashion.layers: every network layer by layer, against real forward passes and known answers."""
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from fashion import layers
from fashion.models import count_parameters, create_model, forward_flops, list_models

REPO = Path(__file__).resolve().parents[2]


def forward_shapes(arch: str) -> tuple[list[tuple[str, tuple]], tuple]:
    """(layer name, output shape) for every call of a leaf module, and the network's output shape."""
    model = create_model(arch).eval()
    seen = []
    handles = [module.register_forward_hook(lambda m, i, o, name=name: seen.append((name, tuple(o.shape[1:]))))
               for name, module in model.named_modules() if name and not list(module.children())]
    with torch.no_grad():
        output = model(torch.rand(1, 1, 28, 28))
    for handle in handles:
        handle.remove()
    return seen, tuple(output.shape[1:])


@pytest.mark.parametrize("arch", list_models())
def test_the_table_is_what_a_forward_pass_computes(arch):
    table = layers.layer_table(arch)
    seen, output = forward_shapes(arch)
    leaves = table[table["layer"].isin({name for name, _ in seen})]
    assert list(zip(leaves["layer"], leaves["shape"])) == seen
    assert table["shape"].iat[-1] == output == (10,)
    assert table["params"].sum() == count_parameters(create_model(arch))
    assert table["flops"].sum() == forward_flops(arch)
    blocks = layers.block_table(arch)
    assert blocks["params"].sum() == count_parameters(create_model(arch))
    assert blocks["shape"].iat[-1] == (10,)
    fields = table["receptive field"].tolist()
    assert fields == sorted(fields) and fields[-1] == layers.WHOLE_IMAGE  # it only grows, to the whole image


def test_resnet18_is_the_study_s_table():
    """The seed study's table of ResNet-18 on 1x28x28: 64x28x28 after the stem, then 64, 128, 256
    and 512 channels at 28, 14, 7 and 4 pixels, 512x1x1 after pooling."""
    blocks = layers.block_table("resnet18").set_index("block")["shape"]
    assert blocks["conv1"] == (64, 28, 28)
    assert [blocks[f"layer{i}.1"] for i in range(1, 5)] == [(64, 28, 28), (128, 14, 14), (256, 7, 7), (512, 4, 4)]
    assert blocks["avgpool"] == (512, 1, 1) and blocks["fc"] == (10,)


def test_receptive_fields_of_the_seed_cnn_by_hand():
    table = layers.layer_table("cnn").set_index("layer")["receptive field"]
    # 5x5 conv: 5; 2x2/2 pool: 5 + 1 = 6, steps of 2; 5x5 conv: 6 + 4 * 2 = 14; pool: 14 + 1 * 2 = 16
    assert [table[f"features.{i}"] for i in (0, 2, 3, 5)] == [5, 6, 14, 16]
    assert table["classifier.1"] == layers.WHOLE_IMAGE


def test_shortcuts_do_not_widen_the_receptive_field():
    table = layers.layer_table("resnet20").set_index("layer")["receptive field"]
    # stem 3; block 0 adds two 3x3 convs at stride 1: 7; the projection shortcut of block 3 (1x1/2) adds nothing
    assert table["stem.0.0"] == 3 and table["layers.0.conv2.0"] == 7
    assert table["layers.3.shortcut.0"] == table["layers.3.conv2.1"]


def test_blocks_know_their_connections():
    def connections(arch):
        return layers.block_table(arch)["connection"].value_counts().to_dict()
    assert connections("resnet18") == {"residual": 8, "": 6}
    assert connections("resnet20")["residual"] == 9
    dense = layers.block_table("densenet121")
    assert dense[dense["connection"] == "dense"].groupby("group", sort=False).size().tolist() == [6, 12, 24, 16]
    assert set(connections("cnn")) == {""}


def test_stage_totals_add_up_in_the_order_reached():
    table = layers.layer_table("fastnet")
    totals = layers.stage_totals(table)
    assert totals["stage"].tolist() == ["14x14", "7x7", "3x3", "head"]
    assert totals["params"].sum() == table["params"].sum() and totals["flops"].sum() == table["flops"].sum()


def test_the_command_line_prints_the_table():
    result = subprocess.run([sys.executable, "-m", "fashion", "runs", "--models", "--layers", "cnn"], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0
    assert "features.3" in result.stdout and "64 x 14 x 14" in result.stdout and "whole image" in result.stdout
    assert f"cnn: {count_parameters(create_model('cnn')):,} parameters" in result.stdout
    bad = subprocess.run([sys.executable, "-m", "fashion", "runs", "--models", "--layers", "nope"], cwd=REPO,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown architecture 'nope'" in bad.stderr and "Traceback" not in bad.stderr
