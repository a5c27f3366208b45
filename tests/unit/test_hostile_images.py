"""Hostile and awkward image uploads through the real prediction path and the real command line:
each ends in a prediction (the same one as for a plain PNG of the same garment, where the garment
is the same) or in one error line, within bounded time and memory.
"""
from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from fashion.errors import FashionError
from fashion.predict import open_image, predict, preprocess
from fashion.store import open_run
from nasty_images import (BIG_NAMES, SAME, all_cases, case_named, encode, on_plain, on_transparent,
                          reference_png, small_cases, trousers, tshirt)
from samples import SHIPPED_SPEEDRUN

REPO = Path(__file__).resolve().parents[2]
RUN = SHIPPED_SPEEDRUN
pytestmark = pytest.mark.skipif(not (RUN / "model.safetensors").is_file(),
                                reason="the shipped speedrun run is missing from checkpoints/")


@pytest.fixture(scope="module")
def model():
    return open_run(RUN).load_model()


@pytest.fixture(scope="module")
def reference(model):
    image28 = preprocess(reference_png(), "plain.png")
    return image28, predict(model, image28, k=1)[0]["name"]


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(a.astype(float).ravel(), b.astype(float).ravel())[0, 1])


def one_line_naming(message: str, filename: str) -> None:
    assert "\n" not in message and filename in message and len(message) < 300, message


# ----------------------------------------------------------------------------------------------
# The corpus through preprocess + predict

@pytest.mark.parametrize("filename", [case.filename for case in small_cases()] + list(BIG_NAMES))
def test_each_case_predicts_or_fails_in_one_line(filename, model, reference):
    case = case_named(filename)  # the big ones are built on first use, not at collection
    started = time.perf_counter()
    try:
        image28 = preprocess(case.data, case.filename)
        top = predict(model, image28, k=3)
    except FashionError as error:
        elapsed = time.perf_counter() - started
        assert not case.predicts, f"{case.filename}: expected a prediction, got {error}"
        one_line_naming(str(error), case.filename)
        assert re.search(case.expect, str(error)), str(error)
    else:
        elapsed = time.perf_counter() - started
        assert case.predicts, f"{case.filename}: expected an error matching {case.expect!r}, got {top}"
        assert image28.shape == (28, 28) and image28.dtype == np.uint8 and image28.max() == 255
        assert [t["probability"] for t in top] == sorted((t["probability"] for t in top), reverse=True)
        if case.expect == SAME:
            reference28, reference_name = reference
            assert correlation(image28, reference28) > 0.95, f"{case.filename} does not look like plain.png"
            assert top[0]["name"] == reference_name
    assert elapsed < 5, f"{case.filename} took {elapsed:.1f} s"


def test_a_decoded_image_is_the_callers_own(tmp_path):
    """preprocess shrinks the opened image in place: a caller's PIL image must stay untouched."""
    big = trousers(2000)
    preprocess(big)
    assert big.size == (2000, 2000)
    path = tmp_path / "big.png"
    path.write_bytes(encode(big))
    assert open_image(path).size == (2000, 2000)


# ----------------------------------------------------------------------------------------------
# Transparency is background; animations give their first frame; EXIF rotation is applied

@pytest.mark.parametrize("colour, background", [((0, 0, 0), (255, 255, 255)),       # dark on white
                                                ((255, 255, 255), (0, 0, 0)),       # light on black
                                                ((200, 30, 30), (255, 255, 255))])  # red on white
@pytest.mark.parametrize("shape", [trousers, tshirt], ids=["trousers", "tshirt"])
def test_transparent_background_predicts_like_a_plain_one(shape, colour, background, model):
    garment = shape()
    transparent = encode(on_transparent(garment, colour))
    plain = encode(on_plain(garment, colour, background))
    seen_transparent = preprocess(transparent, "transparent.png")
    seen_plain = preprocess(plain, "plain.png")
    assert correlation(seen_transparent, seen_plain) > 0.98
    assert predict(model, seen_transparent, k=1)[0]["class"] == predict(model, seen_plain, k=1)[0]["class"]
    # The random colours under the transparent pixels would be noise if alpha were ignored.
    ignored_alpha = preprocess(encode(on_transparent(garment, colour).convert("RGB")), "no-alpha.png")
    assert correlation(ignored_alpha, seen_plain) < 0.9


def test_animated_gif_gives_its_first_frame():
    first, second = trousers().convert("RGB"), tshirt().convert("RGB")
    gif = encode(first, "GIF", save_all=True, append_images=[second], duration=100, loop=0)
    assert Image.open(io.BytesIO(gif)).n_frames == 2
    seen = preprocess(gif, "anim.gif")
    assert correlation(seen, preprocess(encode(first))) > 0.99
    assert correlation(seen, preprocess(encode(second))) < 0.9


@pytest.mark.parametrize("orientation, stored_as", [(6, Image.Transpose.ROTATE_90),
                                                    (8, Image.Transpose.ROTATE_270),
                                                    (3, Image.Transpose.ROTATE_180)])
def test_exif_rotated_photo_is_turned_upright(orientation, stored_as):
    upright = tshirt(300).convert("RGB")  # different in every rotation
    stored = upright.transpose(stored_as)
    exif = Image.Exif()
    exif[0x0112] = orientation
    with_tag = preprocess(encode(stored, "JPEG", quality=95, exif=exif), "phone.jpg")
    without_tag = preprocess(encode(stored, "JPEG", quality=95), "phone.jpg")
    reference = preprocess(encode(upright, "JPEG", quality=95))
    assert correlation(with_tag, reference) > 0.98
    assert correlation(without_tag, reference) < 0.8  # the tag is what makes the difference


def test_large_exif_jpeg_is_decoded_small_and_upright():
    """JPEGs over 1024 pixels are decoded at reduced size (draft) before the EXIF rotation."""
    upright = trousers(3000).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encode(upright.transpose(Image.Transpose.ROTATE_90), "JPEG", quality=90, exif=exif)
    image = open_image(data, "big.jpg")
    assert max(image.size) <= 1500 and image.height > image.width * 0.9
    assert correlation(preprocess(data, "big.jpg"), preprocess(encode(upright.resize((300, 300))))) > 0.98


# ----------------------------------------------------------------------------------------------
# The command line: exit 0 or 2, one `error:` line per bad file, no traceback, bounded time and memory

def run_measured(args: list[str], tmp_path: Path, timeout: float = 120) -> tuple[int, str, str, float, float]:
    """(exit code, stdout, stderr, seconds, peak resident MB) of one real process."""
    out, err = tmp_path / "stdout.txt", tmp_path / "stderr.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen(args, cwd=REPO, stdout=stdout, stderr=stderr)
        timer = threading.Timer(timeout, lambda: os.kill(process.pid, signal.SIGKILL))
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
        elapsed = time.monotonic() - started
    assert process.returncode != -signal.SIGKILL, f"killed after {timeout} s: {args}"
    return process.returncode, out.read_text(), err.read_text(), elapsed, usage.ru_maxrss / 1024


def cli(*files: Path) -> list[str]:
    return [sys.executable, "-m", "fashion", "predict", "--run", str(RUN), *map(str, files)]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("nasty-images")
    for case in all_cases():
        (folder / case.filename).write_bytes(case.data)
    return folder


@pytest.mark.slow
def test_cli_on_the_whole_corpus(corpus_dir, reference, tmp_path):
    """Every file through one `python -m fashion predict`: an answer or an error line for each."""
    cases = all_cases()
    code, stdout, stderr, elapsed, _ = run_measured(cli(*(corpus_dir / c.filename for c in cases)), tmp_path)
    assert "Traceback" not in stderr and "Warning" not in stderr, stderr
    assert code == 2  # some files are bad
    errors = stderr.splitlines()
    assert all(line.startswith("error: ") for line in errors), stderr
    answers = stdout.splitlines()
    for case in cases:
        path = str(corpus_dir / case.filename)
        mine = [line for line in errors if line.startswith(f"error: {path}: ")]
        said = [line for line in answers if line.startswith(f"{path}: ")]
        if case.predicts:
            assert not mine and len(said) == 1, (case.filename, mine, said)
            if case.expect == SAME:
                assert said[0].split(": ", 1)[1].startswith(reference[1] + " "), said[0]
        else:
            assert not said and len(mine) == 1, (case.filename, mine, said)
            assert re.search(case.expect, mine[0]), mine[0]
    assert len(errors) == sum(not c.predicts for c in cases)
    assert elapsed < 60, f"{len(cases)} files took {elapsed:.0f} s"


MEASURE = """
import json, sys, time
from fashion.errors import FashionError
from fashion.predict import predict, preprocess
from fashion.store import open_run

def status_mb(field):
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1]) / 1024

model = open_run(sys.argv[1]).load_model()
predict(model, preprocess(sys.argv[2]))  # warm up: imports, first-call allocations
results = {}
for path in sys.argv[3:]:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")  # peak resident memory (VmHWM) := current
    before = status_mb("VmRSS")
    started = time.perf_counter()
    try:
        outcome = predict(model, preprocess(path), k=1)[0]["name"]
    except FashionError as error:
        outcome = "error: " + str(error)
    results[path] = {"seconds": time.perf_counter() - started, "outcome": outcome,
                     "extra_mb": status_mb("VmHWM") - before}
print(json.dumps(results))
"""


@pytest.mark.slow
@pytest.mark.skipif(not os.access("/proc/self/clear_refs", os.W_OK), reason="needs Linux's /proc/self/clear_refs")
def test_bombs_and_large_images_take_bounded_time_and_memory(corpus_dir, reference, tmp_path):
    """In a fresh process: the peak memory that preprocess + predict adds for each file. (VmHWM is
    what getrusage's ru_maxrss reports, read where a reset of the peak shows: getrusage keeps the
    peak of exited threads.)"""
    files = ["plain.png", "bomb.png", "huge.png", "gif-bomb.gif", "large.png"]  # plain.png: the control
    code, stdout, stderr, _, _ = run_measured(
        [sys.executable, "-c", MEASURE, str(RUN), str(corpus_dir / "plain.png"), *(str(corpus_dir / f) for f in files)],
        tmp_path)
    assert code == 0, stderr
    results = {Path(path).name: value for path, value in json.loads(stdout).items()}
    control = results["plain.png"]["extra_mb"]
    for name in ("bomb.png", "huge.png", "gif-bomb.gif"):  # refused before decoding
        assert results[name]["outcome"].startswith(f"error: {corpus_dir / name}: image is too large"), results[name]
        assert results[name]["extra_mb"] < control + 10 and results[name]["seconds"] < 2, results
    large = results["large.png"]  # 36 megapixels: decoded (108 MB as RGB) and predicted
    assert large["outcome"] == reference[1], large
    assert large["extra_mb"] < control + 300 and large["seconds"] < 10, results
    print({name: f"{value['extra_mb']:.0f} MB, {value['seconds']:.2f} s" for name, value in results.items()})


def test_missing_and_unreadable_files_are_one_line(tmp_path):
    with pytest.raises(FashionError, match="no such file"):
        preprocess(tmp_path / "missing.png")
    with pytest.raises(FashionError, match="no such file"):
        preprocess(tmp_path)  # a folder
    big = tmp_path / "big.png"
    with big.open("wb") as handle:
        handle.truncate(65 * 2**20)  # sparse: no disk used
    with pytest.raises(FashionError, match="the limit is 64 MB"):
        preprocess(big)


# ----------------------------------------------------------------------------------------------
# Randomly damaged files of every accepted format: a prediction or one line, never a crash

def _seed_files() -> list[bytes]:
    garment = trousers(48).convert("RGB")
    return [encode(garment, "PNG"), encode(garment, "JPEG"), encode(garment.convert("P"), "GIF"),
            encode(garment, "WEBP"), encode(garment, "BMP"), encode(garment, "TIFF"),
            encode(on_transparent(trousers(48), (0, 0, 0)), "PNG"), encode(garment, "ICO")]


SEED_FILES = _seed_files()


@settings(max_examples=300, deadline=3000)
@given(st.sampled_from(range(len(SEED_FILES))),
       st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.sampled_from(["replace", "insert", "delete", "cut"]),
                          st.binary(min_size=1, max_size=8) | st.sampled_from([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00",
                                                                              b"\x7f\xff\xff\xff"])),
                min_size=1, max_size=4))
def test_damaged_files_of_every_format_never_crash(index, edits):
    data = bytearray(SEED_FILES[index])
    for where, operation, chunk in edits:
        position = int(where * len(data))
        if operation == "replace":
            data[position:position + len(chunk)] = chunk
        elif operation == "insert":
            data[position:position] = chunk
        elif operation == "delete":
            del data[position:position + len(chunk)]
        else:
            del data[position:]
    with warnings.catch_warnings(record=True) as caught:
        try:
            image28 = preprocess(bytes(data), "damaged.img")
        except FashionError as error:
            one_line_naming(str(error), "damaged.img")
        else:
            assert image28.shape == (28, 28) and image28.dtype == np.uint8
    assert not caught, [str(w.message) for w in caught]  # the CLI's stderr would show them
