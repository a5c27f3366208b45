"""What only the teacher may do, each checked here where it is done (ui.roles.teacher_only)."""
from __future__ import annotations

from pathlib import Path

from fashion import jobs
from fashion.config import TrainConfig
from fashion.quiz import Quiz, Round
from fashion.wall import Wall
from ui.roles import teacher_only


@teacher_only("start training")
def start_training(config: TrainConfig, batch_sizes: list[int], lrs: list[float], root: Path,
                   data: str) -> tuple[jobs.Job, bool]:
    if batch_sizes or lrs:
        return jobs.start_grid(config, batch_sizes, lrs, root, data=data)
    return jobs.start_train(config, root, data=data)


@teacher_only("cancel training")
def cancel_job(job: jobs.Job) -> bool:
    jobs.cancel(job)
    return True


@teacher_only("hide an entry of the wall")
def hide_entry(wall: Wall, entry_id: int) -> bool:
    wall.hide(entry_id)
    return True


@teacher_only("clear the wall")
def clear_wall(wall: Wall) -> bool:
    wall.clear()
    return True


@teacher_only("start a quiz round")
def start_quiz_round(quiz: Quiz) -> Round:
    return quiz.start_round()
