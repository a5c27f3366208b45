"""Humans vs models: students label official test images and are scored beside every model on
exactly those images. A round (started by the teacher) gives the whole class the same images;
without one each student gets a set of their own. The test set is used here, as everywhere, for
reporting only.

Rounds and answers live in the classroom's SQLite database (fashion.classdb).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .classdb import DATABASE, Database, folder
from .config import CLASS_NAMES
from .errors import FashionError
from .wall import clean_nickname

QUESTIONS = 20
HUMAN_ACCURACY = 0.835   # Xiao et al. 2017 (the Fashion-MNIST paper's human evaluation)

SCHEMA = """
CREATE TABLE IF NOT EXISTS rounds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started REAL NOT NULL,
    seed INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    round INTEGER NOT NULL,
    session TEXT NOT NULL,
    nickname TEXT NOT NULL,
    answered REAL NOT NULL,
    labels TEXT NOT NULL,
    score INTEGER NOT NULL,
    PRIMARY KEY (round, session)
);
"""


def questions(test_labels: np.ndarray, seed: int, count: int = QUESTIONS) -> np.ndarray:
    """`count` test-set indices, the same number of each class where possible, shuffled."""
    rng = np.random.default_rng(seed)
    labels = np.asarray(test_labels)
    per_class = [rng.permutation(np.flatnonzero(labels == c)) for c in range(len(CLASS_NAMES))]
    picked = [indices[i] for i in range(count) for indices in per_class if i < len(indices)][:count]
    return rng.permutation(np.array(picked, dtype=np.int64))


def score(labels, truth) -> int:
    """How many of the answers are the images' true classes."""
    return int((np.asarray(labels) == np.asarray(truth)).sum())


@dataclass(frozen=True)
class Round:
    id: int
    started: float
    seed: int


class Quiz:
    def __init__(self, path: Path | None = None):
        self.db = Database(Path(path or folder()) / DATABASE, SCHEMA)

    def start_round(self) -> Round:
        seed = int(np.random.default_rng().integers(2**31))
        with self.db.transaction() as connection:
            connection.execute("INSERT INTO rounds (started, seed) VALUES (?, ?)", (time.time(), seed))
        return self.current_round()

    def current_round(self) -> Round | None:
        rows = self.db.query("SELECT id, started, seed FROM rounds ORDER BY id DESC LIMIT 1")
        return Round(*rows[0]) if rows else None

    def submit(self, round_id: int, session: str, nickname: str, indices: np.ndarray, labels: list[int],
               truth: np.ndarray) -> int:
        """Keep a student's answers to a round (once per session) and return their score."""
        nickname = clean_nickname(nickname)
        if len(labels) != len(indices) or any(label is None or not 0 <= int(label) < len(CLASS_NAMES) for label in labels):
            raise FashionError("answer every image first")
        right = score(labels, truth)
        with self.db.transaction() as connection:
            if connection.execute("SELECT 1 FROM answers WHERE round = ? AND session = ?",
                                  (round_id, session)).fetchone():
                raise FashionError("you already answered this round")
            connection.execute("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                               (round_id, session, nickname, time.time(), ",".join(map(str, labels)), right))
        return right

    def answers(self, round_id: int) -> list[tuple[str, list[int], int]]:
        """(nickname, labels, score) of everyone who answered the round, best first."""
        rows = self.db.query("SELECT nickname, labels, score FROM answers WHERE round = ? "
                             "ORDER BY score DESC, answered", (round_id,))
        return [(nickname, [int(v) for v in labels.split(",")], score) for nickname, labels, score in rows]
