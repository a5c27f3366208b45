"""The class wall: students' drawings and uploads with what they meant and what the network said,
in the classroom's SQLite database (fashion.classdb). Each entry keeps the 28x28 the network saw
and a small PNG thumbnail of the input, never the upload itself; the wall keeps the newest
MAX_ENTRIES.
"""
from __future__ import annotations

import io
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .classdb import DATABASE, Database, folder
from .config import CLASS_NAMES, IMAGE_SIZE
from .errors import FashionError

MAX_ENTRIES = 2_000
MAX_NICKNAME = 24
POST_INTERVAL_S = 3.0            # one post per session this often
THUMBNAIL_PX = 64

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created REAL NOT NULL,
    session TEXT NOT NULL,
    nickname TEXT NOT NULL,
    intended INTEGER NOT NULL,
    predicted INTEGER NOT NULL,
    confidence REAL NOT NULL,
    model TEXT NOT NULL,
    source TEXT NOT NULL,
    image28 BLOB NOT NULL,
    thumbnail BLOB NOT NULL,
    hidden INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entries_session ON entries (session, created);
"""


@dataclass(frozen=True)
class Entry:
    id: int
    created: float
    nickname: str
    intended: int
    predicted: int
    confidence: float
    model: str
    source: str
    image28: np.ndarray
    thumbnail: bytes
    hidden: bool

    @property
    def right(self) -> bool:
        return self.intended == self.predicted


def clean_nickname(nickname: str) -> str:
    """The nickname as it will be shown: control and format characters removed, spaces collapsed,
    at most MAX_NICKNAME characters; one FashionError if nothing is left."""
    kept = "".join(" " if ch.isspace() else ch for ch in str(nickname)
                   if ch.isspace() or unicodedata.category(ch)[0] != "C")
    kept = " ".join(kept.split())[:MAX_NICKNAME]
    if not kept:
        raise FashionError("type a nickname first (letters, digits, anything printable)")
    return kept


def thumbnail(image: np.ndarray | bytes, name: str = "upload") -> bytes:
    """A small grey PNG of the input: a canvas's RGBA, an upload's bytes or a 28x28."""
    if isinstance(image, bytes):
        from .predict import open_image

        picture = open_image(image, name).convert("L")
    else:
        picture = Image.fromarray(np.asarray(image, dtype=np.uint8)).convert("L")
    picture.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


class Wall:
    """The wall in `path` (a folder); safe to share between threads."""

    def __init__(self, path: Path | None = None, max_entries: int = MAX_ENTRIES,
                 post_interval: float = POST_INTERVAL_S):
        self.db = Database(Path(path or folder()) / DATABASE, SCHEMA)
        self.max_entries = max_entries
        self.post_interval = post_interval

    def post(self, session: str, nickname: str, intended: int, predicted: int, confidence: float,
             model: str, source: str, image28: np.ndarray, original: np.ndarray | bytes) -> int:
        """Add an entry and return its id; one FashionError for a bad entry or a session posting
        again within post_interval seconds."""
        nickname = clean_nickname(nickname)
        if not (0 <= int(intended) < len(CLASS_NAMES) and 0 <= int(predicted) < len(CLASS_NAMES)):
            raise FashionError("pick what you meant to draw")
        image28 = np.asarray(image28, dtype=np.uint8)
        if image28.shape != (IMAGE_SIZE, IMAGE_SIZE):
            raise FashionError(f"the wall takes 28x28 images, not {image28.shape}")
        small = thumbnail(original, source)  # decoded and encoded before the write lock is taken
        now = time.time()
        with self.db.transaction() as connection:
            last = connection.execute("SELECT MAX(created) FROM entries WHERE session = ?", (session,)).fetchone()[0]
            if last is not None and now - last < self.post_interval:
                wait = self.post_interval - (now - last)
                raise FashionError(f"one post every {self.post_interval:.0f} s: try again in {wait:.0f} s")
            cursor = connection.execute(
                "INSERT INTO entries (created, session, nickname, intended, predicted, confidence, model, source,"
                " image28, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (now, session, nickname, int(intended), int(predicted), float(confidence), model, source,
                 image28.tobytes(), small))
            connection.execute("DELETE FROM entries WHERE id <= (SELECT id FROM entries ORDER BY id DESC "
                               "LIMIT 1 OFFSET ?)", (self.max_entries,))
            return int(cursor.lastrowid)

    def entries(self, label: int | None = None, include_hidden: bool = False) -> list[Entry]:
        """Newest first; only those meant as `label` if given."""
        query = "SELECT id, created, nickname, intended, predicted, confidence, model, source, image28, thumbnail, hidden FROM entries"
        conditions, values = [], []
        if not include_hidden:
            conditions.append("hidden = 0")
        if label is not None:
            conditions.append("intended = ?")
            values.append(int(label))
        if conditions:
            query += " WHERE " + " AND ".join(conditions)
        query += " ORDER BY id DESC"
        rows = self.db.query(query, values)
        return [Entry(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                      np.frombuffer(row[8], np.uint8).reshape(IMAGE_SIZE, IMAGE_SIZE), row[9], bool(row[10]))
                for row in rows]

    def count(self) -> int:
        return int(self.db.query("SELECT COUNT(*) FROM entries WHERE hidden = 0")[0][0])

    def hide(self, entry_id: int) -> None:
        with self.db.transaction() as connection:
            connection.execute("UPDATE entries SET hidden = 1 WHERE id = ?", (int(entry_id),))

    def clear(self) -> None:
        with self.db.transaction() as connection:
            connection.execute("DELETE FROM entries")


def confusion(entries: list[Entry]) -> list[list[int]]:
    """10x10 counts: rows what students meant, columns what the network said."""
    matrix = np.zeros((len(CLASS_NAMES), len(CLASS_NAMES)), dtype=int)
    for entry in entries:
        matrix[entry.intended, entry.predicted] += 1
    return matrix.tolist()


def as_dataset(entries: list[Entry]):
    """The wall as a labelled Dataset (intended class, the 28x28 the network saw): exported in the
    seed's CSV format, so the Evaluate page scores every model on the class's own drawings."""
    import torch

    from .data import Dataset

    images = np.stack([entry.image28 for entry in entries]) if entries else np.zeros((0, IMAGE_SIZE, IMAGE_SIZE), np.uint8)
    labels = np.array([entry.intended for entry in entries], dtype=np.int64)
    return Dataset(torch.from_numpy(images.copy()), torch.from_numpy(labels), "class wall")
