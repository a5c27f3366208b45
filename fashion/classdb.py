"""The classroom's SQLite database (standard library sqlite3), shared by the class wall and the
quiz so that 40 browsers can write at once and a killed server loses nothing it committed.

One connection per thread (sqlite3 connections must not cross threads), WAL mode so readers
never wait for writers, a busy timeout so writers queue instead of failing with "database is
locked", and every `with db.transaction()` one immediate transaction.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

from .errors import FashionError

DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / "classroom"
DATABASE = "classroom.sqlite3"   # the wall's and the quiz's tables, in one file
BUSY_TIMEOUT_S = 30.0


def folder() -> Path:
    """FASHION_CLASSROOM if set, else classroom/ beside checkpoints/."""
    return Path(os.environ.get("FASHION_CLASSROOM") or DEFAULT_FOLDER)


class Database:
    """One SQLite file with `schema`; safe to share between threads."""

    def __init__(self, path: Path, schema: str):
        self.path = Path(path)
        self._local = threading.local()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.connection().executescript(schema)
        except (OSError, sqlite3.Error) as error:
            raise FashionError(f"cannot open {self.path} ({error})") from None

    def connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")  # in WAL mode a commit survives a killed process
            self._local.connection = connection
        return connection

    @contextlib.contextmanager
    def transaction(self):
        """An immediate transaction: committed at the end of the block, rolled back on an error."""
        connection = self.connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def query(self, sql: str, values=()) -> list[tuple]:
        return self.connection().execute(sql, values).fetchall()
