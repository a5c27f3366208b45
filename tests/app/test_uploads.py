"""The Live classifier page fed the whole nasty-image corpus (tests/unit/nasty_images.py), one
upload after another in one browser session: each upload ends in a prediction (the same as for a
plain PNG of the same garment) or in exactly one error box naming the file, and the page keeps
working.
"""
from __future__ import annotations

import re
import shutil
import time

import pytest
from streamlit.testing.v1 import AppTest

from app_helpers import REPO
from fashion.config import CLASS_NAMES
from fashion.predict import predict, preprocess
from fashion.store import open_run

from nasty_images import SAME, all_cases, reference_png
from samples import SHIPPED_SPEEDRUN

RUN = SHIPPED_SPEEDRUN


@pytest.fixture
def shipped_run(tmp_path, monkeypatch):
    """A copy of the shipped speedrun run as the app's only run (no training needed)."""
    if not (RUN / "model.safetensors").is_file():
        pytest.skip("the shipped speedrun run is missing from checkpoints/")
    root = tmp_path / "runs"
    shutil.copytree(RUN, root / RUN.name, ignore=shutil.ignore_patterns(".lock", "job.json", "train.log"))
    nodata = tmp_path / "no-data"
    nodata.mkdir()
    monkeypatch.setenv("FASHION_RUNS", str(root))
    monkeypatch.setenv("FASHION_DATA", str(nodata))  # uploads need no dataset
    return root / RUN.name


def choice(widgets, label: str):
    return next(w for w in widgets if w.label == label)


@pytest.mark.slow
def test_live_page_takes_every_nasty_upload(shipped_run):
    model = open_run(shipped_run).load_model()
    expected_name = predict(model, preprocess(reference_png()), k=1)[0]["name"]
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/live.py").run()
    choice(at.radio, "Input").set_value("Upload a photo").run()
    assert not at.exception, [e.value for e in at.exception]
    allowed = {kind.lstrip(".") for kind in at.file_uploader[0].allowed_type}
    for case in all_cases():
        # The uploader only takes its own extensions: a GIF or TIFF comes renamed, as users do.
        filename = case.filename if case.filename.rsplit(".", 1)[-1] in allowed else case.filename + ".png"
        started = time.perf_counter()
        at.file_uploader[0].set_value((filename, case.data, "application/octet-stream")).run()
        elapsed = time.perf_counter() - started
        assert not at.exception, (case.filename, [e.value for e in at.exception])
        errors = [e.value for e in at.error]
        if case.predicts:
            assert not errors, (case.filename, errors)
            assert at.metric[0].label == "Prediction" and at.metric[0].value in CLASS_NAMES
            if case.expect == SAME:
                assert at.metric[0].value == expected_name, case.filename
        else:
            assert len(errors) == 1 and filename in errors[0] and "\n" not in errors[0], (filename, errors)
            assert re.search(case.expect, errors[0]), errors[0]
            assert not at.metric  # no stale prediction from the previous upload
        assert elapsed < 15, f"{case.filename}: {elapsed:.1f} s"
    # Still working after all that: a plain upload predicts.
    at.file_uploader[0].set_value(("again.png", reference_png(), "image/png")).run()
    assert not at.error and at.metric[0].value == expected_name
