"""One run on several processes (`torchrun --nproc-per-node N -m fashion train ...`): torch.distributed
with NCCL on CUDA and Gloo on the CPU.

Every rank builds the same global batch (same shuffling, same augmentation: every random number
comes from the run's seeded generator) and trains on its share, every `size`-th image from its
rank; DistributedDataParallel averages the gradients, so the config's batch size stays the
global batch and a run's name does not depend on N. Only rank 0 writes the run folder.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass(frozen=True)
class World:
    rank: int = 0
    size: int = 1

    @property
    def active(self) -> bool:
        return self.size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def world() -> World:
    """This process's place in a torchrun launch (set up on first use), or a world of one."""
    size = int(os.environ.get("WORLD_SIZE", "1"))
    if size <= 1:
        return World()
    if not dist.is_initialized():
        cuda = torch.cuda.is_available()
        if cuda:
            torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))
        dist.init_process_group("nccl" if cuda else "gloo")
    return World(dist.get_rank(), dist.get_world_size())


def device_for(device: torch.device, here: World) -> torch.device:
    """Each rank's own GPU (LOCAL_RANK) in a CUDA launch; the CPU is shared."""
    if here.active and device.type == "cuda":
        return torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
    return device


def share(batch: torch.Tensor, here: World) -> torch.Tensor:
    """This rank's share of a global batch: every `size`-th item from its rank."""
    return batch[here.rank::here.size] if here.active else batch


def gather_shares(local: torch.Tensor, total: int, here: World) -> torch.Tensor:
    """The global batch's values (in its order) from every rank's share of it."""
    if not here.active:
        return local
    longest = -(-total // here.size)
    padded = torch.zeros(longest, dtype=local.dtype, device=local.device)
    padded[:len(local)] = local
    pieces = [torch.empty_like(padded) for _ in range(here.size)]
    dist.all_gather(pieces, padded)
    result = torch.empty(total, dtype=local.dtype, device=local.device)
    for rank, piece in enumerate(pieces):
        result[rank::here.size] = piece[:len(range(rank, total, here.size))]
    return result


def total(value: torch.Tensor, here: World) -> torch.Tensor:
    """The sum of `value` over the ranks."""
    if here.active:
        value = value.clone()
        dist.all_reduce(value)
    return value


def _device() -> torch.device:
    """Where collectives take their tensors: the rank's GPU for NCCL, the CPU for Gloo."""
    return torch.device("cuda", torch.cuda.current_device()) if dist.get_backend() == "nccl" else torch.device("cpu")


def agree(flag: bool, here: World) -> bool:
    """True on every rank when it is true on every rank."""
    if not here.active:
        return flag
    value = torch.tensor([0 if flag else 1], device=_device())
    dist.all_reduce(value)
    return int(value) == 0


def barrier(here: World) -> None:
    if here.active:
        dist.barrier()


def same_weights(model: torch.nn.Module, here: World) -> bool:
    """Whether every rank ends with the same weights (a sum of all parameters and buffers, compared)."""
    if not here.active:
        return True
    checksum = torch.stack([t.detach().double().sum() for t in model.state_dict().values()
                            if t.is_floating_point()]).sum().reshape(1).to(_device())
    sums = [torch.empty_like(checksum) for _ in range(here.size)]
    dist.all_gather(sums, checksum)
    return all(torch.equal(s, sums[0]) for s in sums)


def share_buffers(model: torch.nn.Module, here: World) -> None:
    """Rank 0's buffers (BatchNorm's running statistics) to every rank: each rank's last step
    updated them from its own share, and validation and the saved weights must be one model's."""
    if here.active:
        for buffer in model.buffers():
            dist.broadcast(buffer, 0)
