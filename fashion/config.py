"""Constants and the training configuration saved next to every run's weights."""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass

from .errors import FashionError

CLASS_NAMES = (
    "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
    "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
)
NUM_CLASSES = len(CLASS_NAMES)
IMAGE_SIZE = 28
# A garment is trimmed to the pixels brighter than this fraction of its peak, then fitted to 28x28
# (fashion.predict for any image, fashion.sketch for drawings made in training).
TRIM_LEVEL = 0.15
# Mean and std of the 60k Fashion-MNIST training pixels in [0, 1]: one channel, so one number each
# (the seed normalised with 3-channel ImageNet-style statistics, which was wrong for 1 channel).
PIXEL_MEAN = 0.2860
PIXEL_STD = 0.3530
# Columns of a run's history.csv, one row per epoch.
HISTORY_COLUMNS = ["epoch", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "seconds",
                   "images_per_s", "is_best"]


@dataclass
class TrainConfig:
    """Everything that decides what a run learns. Defaults are the seed study's recipe."""

    arch: str = "resnet18"            # a name from fashion.models.list_models()
    epochs: int = 30                  # the seed trained 30 epochs and kept the best one
    batch_size: int = 128             # the seed's chosen batch size
    lr: float = 0.001                 # the seed's chosen Adam learning rate
    optimizer: str = "adam"           # adam | adamw | sgd (sgd uses Nesterov momentum 0.9)
    weight_decay: float = 0.0         # the seed used none
    schedule: str = "constant"        # constant | cosine | linear (decay to 0 per step)
    warmup_epochs: float = 0.0        # linear warm-up length before any schedule, in epochs
    augment: bool = True              # the seed's random crop (pad 4) + horizontal flip
    crop_pad: int = 4                 # random-crop padding in pixels; 0 = flips only (short runs)
    label_smoothing: float = 0.0      # 0 = plain cross-entropy, as in the seed
    ema: float = 0.0                  # >0: evaluate an exponential moving average of the weights
    tta_flip: bool = False            # average predictions over the image and its mirror
    tta_shift: bool = False           # also over the image moved one pixel up, down, left and right
                                      # (for nets trained with random crops; 5x the views)
    drop_easy: float = 0.0            # after epoch 1, skip this fraction of training images: those
                                      # with the lowest loss when last seen (they are already learned);
                                      # train loss/accuracy are then over the hard images trained on
    sketch: float = 0.0               # this fraction of training images becomes a drawing of itself
                                      # (silhouette, outline, flat fill or coloured in: fashion.sketch)
    drawn: float = 0.0                # ...and this share of those a drawing of its class made by
                                      # fashion.drawings (every template but one per class)
    traced: float = 0.0               # ...and this share of those, instead, a drawing traced from a
                                      # training image of its class (fashion.drawings.traced)
    teacher: str = ""                 # a trained run whose answers on the training images this run
                                      # also learns from (fashion.distill)...
    distill: float = 0.0              # ...with this weight; the labels have the rest
    pretrained: str = ""              # "imagenet": start from torchvision's ImageNet weights (fashion.pretrained)
    weights: str = ""                 # ...read from this local file (else torch's hub cache or a download)
    pretrained_sha256: str = ""       # the hash of those weights, filled in when they are read
    val_every: int = 1                # validate after every N-th epoch and after the last: on a CPU a
                                      # pass over the 12k images costs a good part of a short epoch
    val_fraction: float = 0.2         # the seed's 4:1 train/validation split of the 60k images
    split_seed: int = 0               # fixes the split, so every run validates on the same 12k
    train_limit: int = 0              # >0: train on only this many images (quick tests, demos)
    seed: int = 0                     # model init, shuffling and augmentation
    preset: str = ""                  # name of the preset this config came from, if any
    device: str = "auto"              # auto = cuda, then mps, then cpu (not part of the run's identity)
    compile: bool = False             # torch.compile the model (CUDA only, pays off on long runs)
    precision: str = "auto"           # auto: bf16 autocast where the device computes bf16 natively (CUDA,
                                      # a CPU with AVX512-BF16 or AMX), float32 elsewhere | fp32: always float32

    # Fields that change how fast a run goes but not what it learns.
    NOT_IDENTITY = ("device", "compile", "precision", "weights")  # the weights' hash is identity, not their path
    # Fields added after runs were first saved, with their defaults: at the default they are left
    # out of the identity, so runs saved before them keep their names and can still resume.
    LATER_FIELDS = {"drop_easy": 0.0, "val_every": 1, "tta_shift": False, "sketch": 0.0, "drawn": 0.0,
                    "traced": 0.0, "teacher": "", "distill": 0.0, "pretrained": "", "pretrained_sha256": ""}

    @property
    def tta(self) -> str:
        """The test-time augmentation every evaluation and prediction of this run uses:
        "", "flip", "shift" or "flip+shift" (see fashion.evaluate.tta_views)."""
        return "+".join(name for name, on in (("flip", self.tta_flip), ("shift", self.tta_shift)) if on)

    def identity(self) -> dict:
        values = {k: v for k, v in dataclasses.asdict(self).items() if k not in self.NOT_IDENTITY}
        for name, default in self.LATER_FIELDS.items():
            if values[name] == default:
                del values[name]
        return values

    def run_name(self) -> str:
        """A readable, unique folder name: the seed's knobs in clear, anything else as a hash."""
        head = f"{self.preset}-{self.arch}" if self.preset else self.arch
        if self.pretrained:
            head += f"-{self.pretrained}"
        name = f"{head}-bs{self.batch_size}-lr{self.lr:g}-e{self.epochs}-s{self.seed}"
        standard = TrainConfig(arch=self.arch, epochs=self.epochs, batch_size=self.batch_size,
                               lr=self.lr, seed=self.seed, preset=self.preset)
        if self.preset:
            standard = dataclasses.replace(PRESETS[self.preset], epochs=self.epochs,
                                           batch_size=self.batch_size, lr=self.lr, seed=self.seed)
        if self.identity() != standard.identity():
            digest = hashlib.sha1(json.dumps(self.identity(), sort_keys=True).encode()).hexdigest()
            name += f"-{digest[:6]}"
        return name

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), indent=2)

    @classmethod
    def from_dict(cls, values: dict) -> "TrainConfig":
        """Build from saved JSON, ignoring keys this version does not know (forward compatible)."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


# Named recipes for the CLI's --preset. Every choice was made on the validation split.
PRESETS: dict[str, TrainConfig] = {
    # The seed study's recipe (also the dataclass default).
    "seed": TrainConfig(preset="seed"),
    # The fastest way we found to 93% on a 2-core CPU (the README tells how it was chosen).
    "speedrun": TrainConfig(arch="fastnet_wide_fc", epochs=12, batch_size=128, lr=0.004, schedule="linear",
                            warmup_epochs=0.3, label_smoothing=0.1, crop_pad=2, tta_flip=True,
                            tta_shift=True, drop_easy=0.7, val_every=12, preset="speedrun"),
    # The best we found in under ten minutes on a 2-core CPU (the README tells how it was chosen).
    "class": TrainConfig(arch="fastnet_wide_fc", epochs=44, batch_size=64, lr=0.003, schedule="linear",
                         warmup_epochs=0.3, label_smoothing=0.1, crop_pad=2, tta_flip=True,
                         tta_shift=True, drop_easy=0.6, val_every=22, preset="class"),
}
# The class preset with a share of every batch turned into drawings: the Live canvas's default
# (the README's Drawings section tells how the shares were chosen).
PRESETS["draw"] = dataclasses.replace(PRESETS["class"], sketch=0.3, drawn=0.7, traced=0.3, preset="draw")


# ----------------------------------------------------------------------------------------------
# A config on the command line: its flags, their checks, and the flags that rebuild a config
# (`python -m fashion train`, grid jobs and SLURM lines are all made from these).

OPTIMIZERS = ("adam", "adamw", "sgd")
PRECISIONS = ("auto", "fp32")
SCHEDULES = ("constant", "cosine", "linear")
ALWAYS_SPELLED = ("arch", "epochs", "batch_size", "lr", "seed")  # in every command, for a reader

TRAIN_FLAGS = {  # flag -> (config field, type, help)
    "--arch": ("arch", str, "architecture (see 'python -m fashion runs --models')"),
    "--epochs": ("epochs", int, "epochs to train (seed: 30)"),
    "--batch-size": ("batch_size", int, "batch size (seed: 128)"),
    "--lr": ("lr", float, "learning rate (seed: 0.001)"),
    "--optimizer": ("optimizer", str, f"{' | '.join(OPTIMIZERS)} (seed: adam)"),
    "--weight-decay": ("weight_decay", float, "weight decay (seed: 0)"),
    "--schedule": ("schedule", str, f"{' | '.join(SCHEDULES)} (seed: constant)"),
    "--label-smoothing": ("label_smoothing", float, "label smoothing (seed: 0)"),
    "--crop-pad": ("crop_pad", int, "random-crop padding in pixels, 0 = flips only (seed: 4)"),
    "--warmup-epochs": ("warmup_epochs", float, "linear learning-rate warm-up, in epochs (seed: 0)"),
    "--drop-easy": ("drop_easy", float, "after epoch 1, skip this fraction of the training images, "
                                        "those with the lowest loss when last seen; train accuracy is then over the "
                                        "rest (seed: 0)"),
    "--sketch": ("sketch", float, "turn this fraction of training images into drawings of themselves: silhouettes, "
                                  "outlines, flat fills or coloured-in shapes at random grey levels, so drawings are understood (seed: 0)"),
    "--drawn": ("drawn", float, "of the images --sketch turns into drawings, this share becomes a generated "
                                "drawing of the same class instead (fashion.drawings; seed: 0)"),
    "--traced": ("traced", float, "of the drawings --drawn swaps in, this share is traced from a training image "
                                  "of the class (its outline or silhouette, drawn on the canvas) (seed: 0)"),
    "--teacher": ("teacher", str, "a trained run (its name in the cache or among the shipped runs) whose answers "
                                  "on the training images this run also learns from; see --distill"),
    "--distill": ("distill", float, "with --teacher: the weight of the teacher's answers in the loss, the labels "
                                    "having the rest (seed: 0)"),
    "--pretrained": ("pretrained", str, "imagenet: start from torchvision's ImageNet weights (--arch resnet18 "
                                        "or resnet18_7x7; downloaded, or see --weights)"),
    "--weights": ("weights", str, "with --pretrained: a local copy of those weights (torchvision's .pth, or a "
                                  ".safetensors made from it)"),
    "--val-every": ("val_every", int, "validate after every N-th epoch and the last one; the best epoch is "
                                      "chosen among those (seed: 1)"),
    "--ema": ("ema", float, "evaluate an exponential moving average of the weights with this decay (seed: 0 = off)"),
    "--seed": ("seed", int, "random seed for init, shuffling and augmentation"),
    "--train-limit": ("train_limit", int, "train on only N images, with a drawings pool as much smaller "
                                          "(quick demos and tests)"),
    "--device": ("device", str, "auto | cpu | cuda | mps"),
    "--precision": ("precision", str, "auto: bf16 autocast where the hardware computes bf16 (CUDA, AVX512-BF16 or "
                                      "AMX CPUs), else float32 | fp32: float32 everywhere"),
}


SHARE_FLAGS = ("--sketch", "--drawn", "--traced", "--distill")  # shares and weights: 0 to 1


def check(config: TrainConfig) -> None:
    """Every setting in its range (the architecture is the model registry's to check)."""
    if config.epochs < 1:
        raise FashionError(f"--epochs must be at least 1, got {config.epochs}")
    if config.batch_size < 2:
        raise FashionError(f"--batch-size must be at least 2, got {config.batch_size}")
    if not config.lr > 0:
        raise FashionError(f"--lr must be positive, got {config.lr}")
    if not 0 <= config.drop_easy < 1:
        raise FashionError(f"--drop-easy must be at least 0 and below 1, got {config.drop_easy}")
    for flag in SHARE_FLAGS:
        value = getattr(config, TRAIN_FLAGS[flag][0])
        if not 0 <= value <= 1:
            raise FashionError(f"{flag} must be between 0 and 1, got {value}")
    if bool(config.teacher) != bool(config.distill):
        raise FashionError("--teacher and --distill go together: a teacher run, and the weight of its answers")
    if config.weights and not config.pretrained:
        raise FashionError("--weights needs --pretrained imagenet (it names which weights the file holds)")
    if config.val_every < 1:
        raise FashionError(f"--val-every must be at least 1, got {config.val_every}")
    if config.optimizer not in OPTIMIZERS:
        raise FashionError(f"--optimizer must be adam, adamw or sgd, got {config.optimizer!r}")
    if config.precision not in PRECISIONS:
        raise FashionError(f"--precision must be auto or fp32, got {config.precision!r}")
    if config.schedule not in SCHEDULES:
        raise FashionError(f"--schedule must be constant, cosine or linear, got {config.schedule!r}")


def to_flags(config: TrainConfig, leave_out: tuple[str, ...] = ()) -> list[str]:
    """The `train` flags that rebuild exactly `config`: its preset, then what differs from it (and
    ALWAYS_SPELLED), except the fields in `leave_out` (a grid spells those its own way)."""
    base = PRESETS[config.preset] if config.preset else TrainConfig()
    flags = ["--preset", config.preset] if config.preset else []
    for flag, (name, kind, _) in TRAIN_FLAGS.items():
        value = getattr(config, name)
        if name not in leave_out and (name in ALWAYS_SPELLED or value != getattr(base, name)):
            flags += [flag, f"{value:g}" if kind is float else str(value)]
    if config.augment != base.augment:
        flags.append("--no-augment")
    no_tta = (base.tta_flip and not config.tta_flip) or (base.tta_shift and not config.tta_shift)
    if no_tta:
        flags.append("--no-tta")
    if config.tta_flip and (no_tta or not base.tta_flip):
        flags.append("--tta-flip")
    if config.tta_shift and (no_tta or not base.tta_shift):
        flags.append("--tta-shift")
    if config.compile:
        flags.append("--compile")
    return flags


def number_list(text: str, kind, flag: str) -> list:
    """`--batch-sizes 64,128` and the like: the numbers, or one error naming the flag."""
    try:
        values = [kind(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise FashionError(f"{flag}: expected comma-separated numbers, got {text!r}") from None
    if not values:
        raise FashionError(f"{flag}: no values given")
    return values
