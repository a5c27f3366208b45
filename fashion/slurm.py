"""A grid or the suite as a SLURM array job: one cell per array task, every task writing into one
shared runs folder.

The script is plain bash around `python -m fashion train` lines, so what a task does is what the
command line does: a finished cell prints "cached" and exits 0 (submitting the array again
skips it), and the run's lock (fashion.store.RunLock) turns away a second task on the same cell.
The lock is an fcntl lock: the shared folder must be on a file system that honours them (NFSv4,
Lustre and GPFS do; check yours).
"""
from __future__ import annotations

import hashlib
import shlex
from dataclasses import dataclass
from pathlib import Path

from .config import TrainConfig
from .grid import train_argv
from .store import atomic_write_text

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class SlurmOptions:
    partition: str = ""
    gpus_per_task: int = 0
    time: str = ""                 # e.g. "02:00:00"
    array_limit: int = 0           # at most this many tasks at once (0: SLURM decides)


def script_path(root: Path, kind: str, configs: list[TrainConfig]) -> Path:
    """root/slurm/<kind>-<arch>-<digest>.sbatch: the same grid always gets the same script."""
    digest = hashlib.sha1("\n".join(c.run_name() for c in configs).encode()).hexdigest()[:8]
    return Path(root) / "slurm" / f"{kind}-{configs[0].arch}-{digest}.sbatch"


def array_script(configs: list[TrainConfig], root: Path, options: SlurmOptions, name: str,
                 data: str | None = None) -> str:
    """The sbatch script: task i trains configs[i] into root."""
    root = Path(root).resolve()
    last = len(configs) - 1
    array = f"0-{last}" + (f"%{options.array_limit}" if options.array_limit else "")
    directives = [f"--job-name=fashion-{name}", f"--array={array}",
                  f"--output={root / 'slurm' / 'logs' / (name + '-%A_%a.out')}"]
    if options.partition:
        directives.append(f"--partition={options.partition}")
    if options.gpus_per_task:
        directives.append(f"--gpus-per-task={options.gpus_per_task}")
    if options.time:
        directives.append(f"--time={options.time}")
    # Not quiet: each task's log then says what it trained, or that the run was cached.
    cells = [f"  {index}) {shlex.join(train_argv(config, root, data, quiet=False))} ;;  # {config.run_name()}"
             for index, config in enumerate(configs)]
    return "\n".join([
        "#!/bin/bash",
        f"# {len(configs)} runs, one per array task, into {root}/ (written by python -m fashion ... --slurm).",
        "# Submitting again skips the finished runs; a run being trained by another task is left to it.",
        *(f"#SBATCH {directive}" for directive in directives),
        "set -euo pipefail",
        f"cd {shlex.quote(str(REPO))}",
        'case "${SLURM_ARRAY_TASK_ID:?submit this script with sbatch (or set SLURM_ARRAY_TASK_ID)}" in',
        *cells,
        f'  *) echo "no task $SLURM_ARRAY_TASK_ID in this array (0-{last})" >&2; exit 2 ;;',
        "esac",
        "",
    ])


def write_array_script(configs: list[TrainConfig], root: Path, options: SlurmOptions, kind: str,
                       data: str | None = None) -> Path:
    path = script_path(root, kind, configs)
    (path.parent / "logs").mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, array_script(configs, root, options, path.stem, data))
    path.chmod(0o755)
    return path
