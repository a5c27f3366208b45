"""Training jobs started from the app: detached `python -m fashion train|grid` processes.

A job is a separate process, not a thread in the app, so it keeps going when browser tabs close,
and every browser session sees the same jobs because all their state is on disk:

    ROOT/<run>/job.json          pid, command, start time, the run(s) it trains, 'cancelled'
    ROOT/<run>/train.log         the process's stdout and stderr
    ROOT/.grid-<digest>/...      the same two files for a grid (one process trains every cell in
                                 turn); the folder is hidden so it is never taken for a run

Progress is what the trainer writes anyway (history.csv and summary.json after every epoch), and
the run's lock tells whether it is being trained (`store.RunLock.is_locked`). A cancelled job is killed;
starting the same config again resumes it from its last completed epoch (last.safetensors).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import platform
import shlex
import signal
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .cli import build_parser, config_from_args
from .config import TrainConfig, number_list, to_flags
from .errors import FashionError
from .grid import fashion_argv, grid_configs, train_argv as grid_train_argv
from .store import RunLock, atomic_write_text, is_finished

JOB_FILE = "job.json"
LOG_FILE = "train.log"
GRID_PREFIX = ".grid-"
PROJECT_DIR = Path(__file__).resolve().parent.parent  # so the child can `-m fashion` from anywhere
# At most this many jobs at once (a class of students shares one machine).
MAX_ACTIVE = int(os.environ.get("FASHION_MAX_JOBS", "2"))
# Processes this app process started: kept so they are not garbage-collected, which would let
# the subprocess module reap them behind our back and lose their exit codes.
_children: dict[int, subprocess.Popen] = {}


@dataclass
class Job:
    """One detached training process as its job.json describes it."""
    folder: Path                  # holds job.json and train.log
    kind: str                     # "train" or "grid"
    runs: list[str]               # run names, in training order
    pid: int
    command: list[str]
    started: str
    host: str = ""
    cancelled: bool = False
    returncode: int | None = None
    alive: bool = field(default=False, compare=False)

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def root(self) -> Path:
        return self.folder.parent

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = (self.folder / LOG_FILE).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return "\n".join(text.rstrip().splitlines()[-lines:])

    def run_status(self, name: str) -> str:
        """'finished', 'diverged', 'running', 'pending' or 'failed' for one of the job's runs."""
        path = self.root / name
        try:
            status = json.loads((path / "summary.json").read_text(encoding="utf-8")).get("status", "")
        except (OSError, ValueError, AttributeError):
            status = ""
        if status in ("finished", "diverged"):
            return status
        if RunLock.is_locked(path):
            return "running"
        return "pending" if self.alive else "failed"

    @property
    def state(self) -> str:
        """'running', 'stopping', 'cancelled', 'finished' (every run finished or diverged) or 'failed'."""
        if self.alive:
            return "stopping" if self.cancelled else "running"
        if self.cancelled:
            return "cancelled"
        done = all(self.run_status(name) in ("finished", "diverged") for name in self.runs)
        return "finished" if done else "failed"

    def command_line(self) -> str:
        return display_command(self.command)


# ----------------------------------------------------------------------------------------------
# Commands

def train_argv(config: TrainConfig, root: Path, data: str | None = None) -> list[str]:
    """The argv that trains exactly `config` into root/<config.run_name()>."""
    argv = grid_train_argv(config, root, data)
    check_command(argv, [config.run_name()])
    return argv


def grid_argv(base: TrainConfig, batch_sizes, learning_rates, root: Path, data: str | None = None) -> list[str]:
    """The argv of one process that trains every batch size x learning rate cell in turn."""
    flags = [*to_flags(base, leave_out=("batch_size", "lr")), "--batch-sizes", ",".join(str(b) for b in batch_sizes),
             "--lrs", ",".join(f"{lr:g}" for lr in learning_rates)]
    argv = fashion_argv("grid", flags, root, data)
    check_command(argv, [c.run_name() for c in grid_configs(base, batch_sizes, learning_rates)])
    return argv


def display_command(argv: list[str]) -> str:
    """The command as a person would type it: `python -m fashion ...`, without --quiet."""
    return shlex.join(["python", *(part for part in argv[1:] if part != "--quiet")])


def check_command(argv: list[str], expected: list[str]) -> None:
    """The CLI must turn `argv` into the very runs we track (else dedupe and progress would lie)."""
    args = build_parser().parse_args(argv[3:])
    config = config_from_args(args)
    if args.command == "grid":
        names = [c.run_name() for c in grid_configs(config, number_list(args.batch_sizes, int, "--batch-sizes"), number_list(args.lrs, float, "--lrs"))]
    else:
        names = [config.run_name()]
    if names != expected:
        raise FashionError(f"the command line cannot express this configuration: it would train "
                           f"{', '.join(names)} instead of {', '.join(expected)}")


# ----------------------------------------------------------------------------------------------
# Process liveness

def _reap(pid: int) -> int | None:
    """The exit code of a child of this process that has exited, collecting it (else it lingers as a
    zombie); None while it runs or when it is not our child."""
    child = _children.get(pid)
    if child is not None:
        code = child.poll()
        if code is not None:
            del _children[pid]
        return code
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except (ChildProcessError, OSError):
        return None  # not our child: another app process started it
    if done == 0:
        return None
    return os.waitstatus_to_exitcode(status)


def _alive(job: Job) -> bool:
    if job.returncode is not None:
        return False  # reaped earlier: its pid may belong to another process by now
    if job.host and job.host != platform.node():
        # Started on another machine sharing this folder: only the run locks can tell.
        return any(RunLock.is_locked(job.root / name) for name in job.runs)
    ours = job.pid in _children
    code = _reap(job.pid)
    if code is not None:
        job.returncode = code  # our own child: keep its exit code
        _write(job)
        return False
    if ours:
        return True  # poll() says it has not fully exited
    return _process_running(job)


def _process_running(job: Job) -> bool:
    try:
        os.kill(job.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    proc = Path(f"/proc/{job.pid}")
    if not proc.exists():
        return True  # no procfs (macOS): trust the signal check
    try:
        cmdline = (proc / "cmdline").read_bytes()
        state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    if state in ("Z", "X"):
        # Its main thread has exited; other threads may still be closing its files, run lock included.
        return any(RunLock.is_locked(job.root / name) for name in job.runs)
    if not cmdline:
        return True  # exiting right now: it may still hold its run lock
    return b"fashion" in cmdline  # guard against a recycled pid


# ----------------------------------------------------------------------------------------------
# Job files

def _write(job: Job) -> None:
    values = {k: v for k, v in dataclasses.asdict(job).items() if k not in ("folder", "alive")}
    atomic_write_text(job.folder / JOB_FILE, json.dumps(values, indent=2) + "\n")


def read_job(folder: Path) -> Job | None:
    """The job whose files are in `folder`, or None when there is none (or it is unreadable)."""
    try:
        values = json.loads((folder / JOB_FILE).read_text(encoding="utf-8"))
        job = Job(folder=folder, kind=values["kind"], runs=list(values["runs"]), pid=int(values["pid"]),
                  command=list(values["command"]), started=values["started"], host=values.get("host", ""),
                  cancelled=bool(values.get("cancelled")), returncode=values.get("returncode"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    job.alive = _alive(job)
    return job


def list_jobs(root: Path) -> list[Job]:
    """Every job with a job file under root, newest first."""
    root = Path(root)
    if not root.is_dir():
        return []
    jobs = []
    for folder in root.iterdir():
        if folder.is_dir() and (not folder.name.startswith(".") or folder.name.startswith(GRID_PREFIX)):
            if (folder / JOB_FILE).exists():
                job = read_job(folder)
                if job is not None:
                    jobs.append(job)
    return sorted(jobs, key=lambda job: job.started, reverse=True)


def active_jobs(root: Path) -> list[Job]:
    """The jobs under `root` whose process is still running."""
    return [job for job in list_jobs(root) if job.alive]


def is_job_folder(path: Path) -> bool:
    """A run folder without config.json that is being trained or holds only a job's files (its job
    is starting, or failed before training began): not a damaged run."""
    path = Path(path)
    if (path / "config.json").exists():
        return False
    return RunLock.is_locked(path) or (path / JOB_FILE).exists()


@contextmanager
def _start_lock(root: Path):
    """Serialises check-then-start across threads, sessions and app processes (a lock on the
    runs folder itself, so no lock file is left in it)."""
    root.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:
        yield
        return
    descriptor = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


# ----------------------------------------------------------------------------------------------
# Starting and cancelling

def _owner(name: str, root: Path, jobs: list[Job]) -> Job | None:
    return next((job for job in jobs if name in job.runs), None)


def start_train(config: TrainConfig, root: Path, data: str | None = None) -> tuple[Job, bool]:
    """Start training `config` into root, unless it is trained or training already.

    Returns (job, started): an already running job for the same run is returned with False.
    Raises FashionError when the run is already trained or too many jobs are running.
    """
    root = Path(root).resolve()
    name = config.run_name()
    argv = train_argv(config, root, data)
    with _start_lock(root):
        active = active_jobs(root)
        owner = _owner(name, root, active)
        if owner is not None:
            return owner, False
        if RunLock.is_locked(root / name):
            raise FashionError(f"{name} is already being trained by a process outside the app")
        if is_finished(root / name, config):
            raise FashionError(f"{name} is already trained: it is in the run cache (see Training curves)")
        _check_capacity(active)
        return _spawn(root / name, "train", [name], argv), True


def start_grid(base: TrainConfig, batch_sizes, learning_rates, root: Path,
               data: str | None = None) -> tuple[Job, bool]:
    """Start one process that trains every untrained cell of a batch size x learning rate grid."""
    root = Path(root).resolve()
    batch_sizes, learning_rates = sorted(set(batch_sizes)), sorted(set(learning_rates))
    if not batch_sizes or not learning_rates:
        raise FashionError("choose at least one batch size and one learning rate")
    configs = grid_configs(base, batch_sizes, learning_rates)
    names = [c.run_name() for c in configs]
    argv = grid_argv(base, batch_sizes, learning_rates, root, data)
    digest = hashlib.sha1("\n".join(names).encode()).hexdigest()[:10]
    folder = root / f"{GRID_PREFIX}{base.arch}-{digest}"
    with _start_lock(root):
        active = active_jobs(root)
        same = next((job for job in active if job.folder == folder), None)
        if same is not None:
            return same, False
        for name in names:
            owner = _owner(name, root, active)
            if owner is not None:
                raise FashionError(f"cell {name} is already being trained by job {owner.id}; "
                                   "wait for it or cancel it first")
            if RunLock.is_locked(root / name):
                raise FashionError(f"cell {name} is already being trained by a process outside the app")
        if all(is_finished(root / n, c) for n, c in zip(names, configs)):
            raise FashionError("every cell of this grid is already trained: see the Hyperparameter grid page")
        _check_capacity(active)
        return _spawn(folder, "grid", names, argv), True


def _check_capacity(active: list[Job]) -> None:
    if len(active) >= MAX_ACTIVE:
        raise FashionError(f"{len(active)} training jobs are already running (the limit is {MAX_ACTIVE}, "
                           "set by FASHION_MAX_JOBS): wait for one to finish or cancel one")


def _spawn(folder: Path, kind: str, runs: list[str], argv: list[str]) -> Job:
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_DIR), env.get("PYTHONPATH")]))
    with open(folder / LOG_FILE, "ab") as log:
        log.write(f"$ {shlex.join(argv)}\n".encode())
        log.flush()
        options = dict(start_new_session=True) if os.name == "posix" else \
            dict(creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0))
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   cwd=PROJECT_DIR, env=env, **options)
    _children[process.pid] = process
    job = Job(folder=folder, kind=kind, runs=runs, pid=process.pid, command=argv,
              started=datetime.now(timezone.utc).isoformat(timespec="seconds"), host=platform.node(),
              alive=True)
    _write(job)
    return job


def cancel(job: Job) -> None:
    """Stop the job's process (and its children). Its runs keep their last completed epoch."""
    job = read_job(job.folder) or job
    if job.alive:
        try:
            if os.name == "posix":
                os.killpg(job.pid, signal.SIGTERM)  # start_new_session made it a group leader
            else:
                os.kill(job.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass
    job.cancelled = True
    _write(job)
