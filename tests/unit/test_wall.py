"""The class wall's store (fashion.wall): many writers, a killed writer, the cap, the rules."""
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from fashion.errors import FashionError
from fashion.wall import DATABASE, Wall, clean_nickname, confusion

REPO = Path(__file__).resolve().parents[2]


def image(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 256, (28, 28), dtype=np.uint8)


def post(wall: Wall, session: str, seed: int = 0, intended: int = 1, predicted: int = 1) -> int:
    return wall.post(session, f"kid {session}", intended, predicted, 0.75, "run", "canvas", image(seed),
                     np.zeros((280, 280, 4), np.uint8))


def test_thirty_threads_posting_at_once_lose_nothing(tmp_path):
    wall = Wall(tmp_path, post_interval=0)
    errors = []

    def student(number: int) -> None:
        try:
            for index in range(20):
                post(wall, f"{number}-{index}", seed=number * 100 + index)
        except Exception as error:  # noqa: BLE001 - any error is the failure we look for
            errors.append(error)

    threads = [threading.Thread(target=student, args=(n,)) for n in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    entries = wall.entries()
    assert len(entries) == 600 and len({e.id for e in entries}) == 600
    assert {e.nickname for e in entries} == {f"kid {n}-{i}" for n in range(30) for i in range(20)}
    by_name = {e.nickname: e for e in entries}
    assert np.array_equal(by_name["kid 7-3"].image28, image(703))  # each kept its own 28x28


WRITER = textwrap.dedent("""
    import sys, numpy as np
    from fashion.wall import Wall
    wall = Wall(sys.argv[1], post_interval=0)
    for index in range(int(sys.argv[3])):
        wall.post(f"{sys.argv[2]}-{index}", "kid", 1, 2, 0.5, "run", "canvas",
                  np.full((28, 28), index % 256, np.uint8), np.zeros((28, 28), np.uint8))
    print("done", flush=True)
""")


def test_processes_writing_at_once_lose_nothing_and_are_never_locked_out(tmp_path):
    """Eight server processes (each of the thirty threads above has its own connection already)."""
    Wall(tmp_path)  # the schema exists before they start
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), f"p{n}", "40"], cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for n in range(8)]
    results = [writer.communicate(timeout=300) for writer in writers]
    assert all(writer.returncode == 0 for writer in writers), [err for _, err in results if err]
    assert not any("locked" in err for _, err in results)
    assert Wall(tmp_path).count() == 320


def test_a_writer_killed_mid_write_leaves_a_readable_wall(tmp_path):
    Wall(tmp_path)
    forever = WRITER.replace('range(int(sys.argv[3]))', 'iter(int, 1)')
    writer = subprocess.Popen([sys.executable, "-c", forever, str(tmp_path), "killed", "1"], cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while Wall(tmp_path).count() < 50 and time.monotonic() < deadline:
        time.sleep(0.05)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    wall = Wall(tmp_path)
    committed = wall.entries()
    assert len(committed) >= 50
    assert all(entry.image28.shape == (28, 28) for entry in committed)
    with sqlite3.connect(tmp_path / DATABASE) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    post(wall, "after")  # and it takes posts again
    assert wall.count() == len(committed) + 1


def test_the_cap_drops_the_oldest(tmp_path):
    wall = Wall(tmp_path, max_entries=5, post_interval=0)
    ids = [post(wall, f"s{n}") for n in range(8)]
    assert [e.id for e in wall.entries()] == ids[::-1][:5]


def test_one_post_per_session_every_few_seconds(tmp_path):
    wall = Wall(tmp_path, post_interval=30)
    post(wall, "ada")
    with pytest.raises(FashionError, match="one post every 30 s"):
        post(wall, "ada")
    post(wall, "grace")  # another session is not held back
    assert wall.count() == 2


@pytest.mark.parametrize("given, shown", [
    ("  Ada   Lovelace ", "Ada Lovelace"),
    ("tab\there\x07bell\x1b[31m", "tab herebell[31m"),
    ("zero\u200bwidth\u202eflip", "zerowidthflip"),
    ("x" * 100, "x" * 24),
    ("**b** <i>i</i>", "**b** <i>i</i>"),   # kept as typed: the app shows it as text
])
def test_nicknames_are_cleaned_to_what_can_be_shown(given, shown):
    assert clean_nickname(given) == shown


@pytest.mark.parametrize("nickname, intended, message", [
    ("\x00\x07 ", 1, "type a nickname"),
    ("ok", 10, "pick what you meant"),
    ("ok", -1, "pick what you meant"),
])
def test_bad_posts_are_one_line_and_add_nothing(tmp_path, nickname, intended, message):
    wall = Wall(tmp_path)
    with pytest.raises(FashionError, match=message):
        wall.post("s", nickname, intended, 1, 0.5, "run", "canvas", image(0), image(0))
    assert wall.count() == 0


def test_hidden_entries_leave_the_wall_and_its_figures(tmp_path):
    wall = Wall(tmp_path, post_interval=0)
    keep = post(wall, "a", intended=1, predicted=1)
    gone = post(wall, "b", intended=2, predicted=3)
    wall.hide(gone)
    assert [e.id for e in wall.entries()] == [keep]
    assert [e.id for e in wall.entries(include_hidden=True)] == [gone, keep]
    matrix = confusion(wall.entries())
    assert matrix[1][1] == 1 and sum(map(sum, matrix)) == 1
    assert [e.id for e in wall.entries(label=2)] == []
