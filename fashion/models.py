"""The candidate networks and a small registry: create_model(name), list_models(), describe_model(name).

Every model takes a normalised (B, 1, 28, 28) float batch and returns (B, num_classes) logits.
"""
from __future__ import annotations

import functools
from typing import Callable

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.flop_counter import FlopCounterMode
from torchvision.models import densenet121 as tv_densenet121
from torchvision.models import resnet18 as tv_resnet18
from torchvision.models import resnet34 as tv_resnet34

from .config import IMAGE_SIZE, NUM_CLASSES
from .errors import FashionError

_MODELS: dict[str, Callable[..., nn.Module]] = {}


def register_model(builder: Callable[..., nn.Module]) -> Callable[..., nn.Module]:
    """Decorator: the builder's function name becomes an architecture create_model and --arch know."""
    _MODELS[builder.__name__] = builder
    return builder


def list_models() -> list[str]:
    """The registered architecture names, sorted."""
    return sorted(_MODELS)


def create_model(name: str, num_classes: int = NUM_CLASSES) -> nn.Module:
    """A new, randomly initialised network of a registered architecture; one FashionError otherwise."""
    if name not in _MODELS:
        raise FashionError(f"unknown architecture {name!r}; choose one of: {', '.join(list_models())}")
    return _MODELS[name](num_classes=num_classes)


def describe_model(name: str) -> str:
    """The builder's one-line docstring."""
    create_model(name)  # same clear error for unknown names
    return (_MODELS[name].__doc__ or "").strip().splitlines()[0]


def count_parameters(model: nn.Module) -> int:
    """All parameters, trainable or not (whitenet's frozen filters count)."""
    return sum(p.numel() for p in model.parameters())


@functools.cache
def forward_flops(name: str) -> int:
    """Floating-point operations of one forward pass over one 28x28 image (a multiply-add counts
    two): what a prediction costs, where the parameter count can mislead (a wide linear layer has
    many parameters and costs little; a convolution at full resolution, the reverse)."""
    model = create_model(name).eval()
    with torch.no_grad(), FlopCounterMode(display=False) as counter:
        model(torch.zeros(1, 1, IMAGE_SIZE, IMAGE_SIZE))
    return counter.get_total_flops()


# ----------------------------------------------------------------------------------------------
# Building blocks

def conv_bn(c_in: int, c_out: int, stride: int = 1, kernel: int = 3) -> nn.Sequential:
    padding = kernel // 2 if kernel % 2 else 0  # odd kernels keep the size; a 2x2 patchify stem has none
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, kernel, stride=stride, padding=padding, bias=False),
        nn.BatchNorm2d(c_out),
    )


class PatchWhitening(nn.Conv2d):
    """A frozen first layer that whitens k x k patches (airbench's trick for fast training): its
    filters are the eigenvectors of the training patches' covariance, scaled by 1/sqrt(eigenvalue),
    each also negated so that a ReLU after it loses nothing. `fit` sets them from training images
    before training; they are saved with the weights. Unfitted, they are the one-pixel basis."""

    def __init__(self, kernel: int = 3, stride: int = 2, eps: float = 1e-2):
        patch = kernel * kernel
        super().__init__(1, 2 * patch, kernel, stride=stride, padding=kernel // 2, bias=False)
        self.eps = eps
        basis = torch.eye(patch).reshape(patch, 1, kernel, kernel)
        self.weight = nn.Parameter(torch.cat([basis, -basis]), requires_grad=False)

    @torch.no_grad()
    def fit(self, x: torch.Tensor) -> None:
        """x: normalised (N, 1, 28, 28) training images."""
        kernel = self.kernel_size[0]
        patches = F.unfold(x.float(), kernel).transpose(1, 2).reshape(-1, kernel * kernel)
        eigenvalues, eigenvectors = torch.linalg.eigh(torch.cov(patches.T.double()))
        filters = (eigenvectors / torch.sqrt(eigenvalues.clamp(min=0) + self.eps)).T
        filters = filters.reshape(-1, 1, kernel, kernel).to(self.weight)
        self.weight.copy_(torch.cat([filters, -filters]))


def fit_to_data(model: nn.Module, x: torch.Tensor) -> None:
    """Fit every data-dependent layer (PatchWhitening) of a new model to normalised training images."""
    for module in model.modules():
        if isinstance(module, PatchWhitening):
            module.fit(x.to(module.weight.device))


class BasicBlock(nn.Module):
    """Two 3x3 conv-BN layers with an identity (or 1x1 projection) shortcut: F(x) + x."""

    def __init__(self, c_in: int, c_out: int, stride: int = 1):
        super().__init__()
        self.conv1 = conv_bn(c_in, c_out, stride)
        self.conv2 = conv_bn(c_out, c_out)
        self.shortcut = nn.Identity() if stride == 1 and c_in == c_out else conv_bn(c_in, c_out, stride, kernel=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = torch.relu(self.conv1(x))
        return torch.relu(self.conv2(out) + self.shortcut(x))


class SeedCNN(nn.Module):
    """The seed's Model 1: two 5x5 conv + max-pool layers (28 -> 14 -> 7) and three FC layers."""

    def __init__(self, num_classes: int = NUM_CLASSES):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
        )
        self.classifier = nn.Sequential(
            nn.Flatten(),
            nn.Linear(64 * 7 * 7, 256), nn.ReLU(),
            nn.Linear(256, 128), nn.ReLU(),
            nn.Linear(128, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(x))


class ResNet20(nn.Module):
    """He et al.'s CIFAR ResNet-20: a 3x3 stem and three stages of three blocks (16, 32, 64 channels).

    The seed's version called one layer object several times, sharing weights by accident; here
    every block owns its weights.
    """

    def __init__(self, num_classes: int = NUM_CLASSES, widths: tuple[int, ...] = (16, 32, 64), blocks: int = 3):
        super().__init__()
        self.stem = nn.Sequential(conv_bn(1, widths[0]), nn.ReLU())
        layers, c_in = [], widths[0]
        for stage, width in enumerate(widths):
            for block in range(blocks):
                stride = 2 if stage > 0 and block == 0 else 1  # 28 -> 14 -> 7
                layers.append(BasicBlock(c_in, width, stride))
                c_in = width
        self.layers = nn.Sequential(*layers)
        self.head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(c_in, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.layers(self.stem(x)))


class FastNet(nn.Module):
    """Our CPU-first design for short runs. A 2x2 stride-2 "patchify" stem goes straight to 14x14,
    because on a CPU the memory-bound layers (BatchNorm, ReLU, pooling) at full 28x28 resolution
    cost more than the convolutions; then one conv at 14x14 and two at 7x7, max-pool to 3x3, and a
    linear head, with a hidden layer of `hidden` units if not 0."""

    def __init__(self, num_classes: int = NUM_CLASSES, stem: int = 32, mid: int = 48, wide: int = 96,
                 hidden: int = 0):
        super().__init__()
        self.features = nn.Sequential(
            conv_bn(1, stem, stride=2, kernel=2), nn.ReLU(inplace=True),                 # 28 -> 14
            conv_bn(stem, mid), nn.ReLU(inplace=True), nn.MaxPool2d(2),                 # 14 -> 7
            conv_bn(mid, wide), nn.ReLU(inplace=True),
            conv_bn(wide, wide), nn.ReLU(inplace=True), nn.MaxPool2d(2),                # 7 -> 3
        )
        hidden_layers = [nn.Linear(wide * 3 * 3, hidden), nn.ReLU(inplace=True)] if hidden else []
        self.head = nn.Sequential(nn.Flatten(), *hidden_layers, nn.Linear(hidden or wide * 3 * 3, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


class FlattenChannelsLast(nn.Module):
    """Flatten (B, C, H, W) in H, W, C order: for a channels_last tensor that is a view, where
    nn.Flatten's C, H, W order makes a copy."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.permute(0, 2, 3, 1).flatten(1)


class WhiteNet(nn.Module):
    """Our first speedrun design: a frozen 3x3 patch-whitening layer with stride 2 (28 -> 14, 18
    channels), max-pool to 7x7 at once, two convs there, max-pool to 3x3, a linear head. In a run
    of a minute on a 2-core CPU, learned layers at 14x14 cost more time than they give accuracy,
    so only the cheap, frozen layer works at that size. Pooling comes before the first BatchNorm
    (as in airbench's conv groups), so BatchNorm and ReLU work on a quarter of the positions."""

    def __init__(self, num_classes: int = NUM_CLASSES, mid: int = 64, wide: int = 128):
        super().__init__()
        whiten = PatchWhitening(kernel=3, stride=2)
        self.features = nn.Sequential(
            whiten, nn.MaxPool2d(2), nn.BatchNorm2d(whiten.out_channels), nn.ReLU(inplace=True),  # 28 -> 14 -> 7
            conv_bn(whiten.out_channels, mid), nn.ReLU(inplace=True),
            conv_bn(mid, wide), nn.ReLU(inplace=True), nn.MaxPool2d(2),                          # 7 -> 3
        )
        self.head = nn.Sequential(FlattenChannelsLast(), nn.Linear(wide * 3 * 3, num_classes))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))


def _small_input_resnet(net: nn.Module) -> nn.Module:
    """Adapt a torchvision ImageNet ResNet to 1x28x28: 3x3 stride-1 stem, no max-pool."""
    net.conv1 = nn.Conv2d(1, 64, 3, stride=1, padding=1, bias=False)
    net.maxpool = nn.Identity()
    return net


def _small_input_densenet(net: nn.Module) -> nn.Module:
    net.features.conv0 = nn.Conv2d(1, 64, 3, stride=1, padding=1, bias=False)
    net.features.pool0 = nn.Identity()
    return net


# ----------------------------------------------------------------------------------------------
# The registry: one-line builders

@register_model
def cnn(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """The seed's 2-conv/3-FC CNN (5x5 convs, max-pool to 7x7, FC 3136-256-128-10)."""
    return SeedCNN(num_classes)


@register_model
def resnet20(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """ResNet-20 (He et al. 2016, CIFAR variant): 19 conv layers + FC, 16/32/64 channels."""
    return ResNet20(num_classes)


@register_model
def resnet18(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """torchvision ResNet-18 with a 3x3 stride-1 stem and no max-pool for 28x28 inputs."""
    return _small_input_resnet(tv_resnet18(num_classes=num_classes))


@register_model
def resnet18_7x7(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """torchvision ResNet-18 with its ImageNet stem kept (7x7 stride-2 conv, max-pool: 28 -> 7)
    on one grey channel, with a bias for ImageNet's input normalisation folded in: the layout
    that `--pretrained imagenet` fills entirely (fashion.pretrained)."""
    net = tv_resnet18(num_classes=num_classes)
    net.conv1 = nn.Conv2d(1, 64, 7, stride=2, padding=3, bias=True)
    return net


@register_model
def resnet34(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """torchvision ResNet-34 with a 3x3 stride-1 stem and no max-pool for 28x28 inputs."""
    return _small_input_resnet(tv_resnet34(num_classes=num_classes))


@register_model
def densenet121(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """torchvision DenseNet-121 with a 3x3 stride-1 stem and no max-pool for 28x28 inputs."""
    return _small_input_densenet(tv_densenet121(num_classes=num_classes))


@register_model
def fastnet(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """Our fast CPU net: 2x2 patchify stem to 14x14, convs 32-48-96-96, 0.15M params."""
    return FastNet(num_classes, stem=32, mid=48, wide=96)


@register_model
def fastnet_wide(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """fastnet with wider layers, convs 32-64-128-128, 0.25M params."""
    return FastNet(num_classes, stem=32, mid=64, wide=128)


@register_model
def fastnet_wide_fc(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """fastnet_wide with a hidden fully connected layer of 256 units in its head, 0.54M params (speedrun and class presets)."""
    return FastNet(num_classes, stem=32, mid=64, wide=128, hidden=256)


@register_model
def whitenet(*, num_classes: int = NUM_CLASSES) -> nn.Module:
    """Frozen 3x3 patch-whitening stem to 14x14, pool, convs 64-128 at 7x7, 0.09M params (the first speedrun preset)."""
    return WhiteNet(num_classes)
