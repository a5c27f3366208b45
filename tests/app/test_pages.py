"""Every page through Streamlit's AppTest: no exception, the key elements, widgets change what is shown.

AppTest cannot drive the drawing canvas (a custom component): the canvas path is covered by the
browser test in test_e2e.py, and preprocessing of canvas-like arrays by the core's unit tests.
"""
import base64
import io
import json
import shutil
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from streamlit.testing.v1 import AppTest

from app_helpers import REPO, TEACHER_KEY, garment_png, tiny_csv
from fashion import explain, jobs, result_cache
from fashion.config import CLASS_NAMES, PRESETS
from samples import SHIPPED_CLASS, SHIPPED_SPEEDRUN

PAGES = ["overview", "data", "curves", "grid", "compare", "architectures", "live", "evaluate", "train"]
TITLES = {"overview": "Fashion-MNIST model lab", "data": "Data", "curves": "Training curves",
          "grid": "Hyperparameter grid", "compare": "Compare models", "architectures": "Architectures",
          "live": "Live classifier",
          "evaluate": "Evaluate", "train": "Train"}


def open_page(name: str) -> AppTest:
    """The page in a new session of the teacher's (see app_helpers.TEACHER_KEY)."""
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=90)
    at.query_params["teacher"] = TEACHER_KEY
    at.run()
    if name != "overview":
        at.switch_page(f"app_pages/{name}.py").run()
    assert_clean(at)
    assert at.title[0].value == TITLES[name]
    return at


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def figures(at: AppTest) -> list[dict]:
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def text(at: AppTest) -> str:
    """Everything written on the page, for `in` checks."""
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success", "subheader", "code"):
        parts += [str(element.value) for element in getattr(at, kind)]
    parts += [f"{m.label}: {m.value}" for m in at.metric]
    return "\n".join(parts)


def values(array) -> list:
    """A plotly array from a figure's JSON (plotly 6+ encodes numeric arrays as base64)."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).tolist()
    return list(array)


def run_named(root: Path, prefix: str) -> str:
    return next(p.name for p in sorted(root.iterdir()) if p.name.startswith(prefix))


def widget(widgets, label: str):
    return next(w for w in widgets if w.label == label)


def snapshot(root: Path) -> dict:
    return {str(p.relative_to(root)): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


# ----------------------------------------------------------------------------------------------
# Every page, with runs and with nothing at all

@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders(name, runs_root):
    at = open_page(name)
    assert not at.error, [e.value for e in at.error]
    assert at.sidebar.selectbox(key="run").value  # the shared model picker


@pytest.mark.parametrize("name", PAGES)
def test_every_page_says_what_is_missing_without_runs_or_data(name, empty_root):
    at = open_page(name)
    assert not at.error, [e.value for e in at.error]
    shown = text(at)
    if name in ("curves", "compare", "live", "evaluate"):
        assert "python -m fashion train" in shown
    if name == "data":
        assert "apt-get install dataset-fashion-mnist" in shown and "FASHION_DATA" in shown
    if name == "train":
        assert "apt-get install dataset-fashion-mnist" in shown
        assert widget(at.button, "Start training").disabled
    if name == "grid":
        assert "python -m fashion grid" in shown
    assert "0 runs in" in "\n".join(c.value for c in at.sidebar.caption)


# ----------------------------------------------------------------------------------------------
# Pages one by one

def test_overview_leaderboard_and_classes(runs_root):
    at = open_page("overview")
    table = at.dataframe[0].value
    assert len(table) == 6 and table["best_val_acc"].is_monotonic_decreasing
    assert {"arch", "params", "epochs", "test_acc", "train_seconds", "device"} <= set(table.columns)
    assert at.image[0].captions == [f"{i} {name}" for i, name in enumerate(CLASS_NAMES)]


def test_data_page_split_changes_the_statistics(runs_root):
    at = open_page("data")
    assert "Source: IDX at" in text(at)
    assert "Mean image per class (train)" in text(at)
    before = figures(at)[-1]["data"][0]["y"]
    widget(at.radio, "Split").set_value("test").run()
    assert_clean(at)
    assert "Mean image per class (test)" in text(at)
    assert figures(at)[-1]["data"][0]["y"] != before  # pixel histogram of another split
    widget(at.toggle, "Log scale").set_value(False).run()
    assert figures(at)[-1]["layout"]["yaxis"]["type"] == "linear"


def curves_of_shipped(runs_root, shipped: Path) -> AppTest:
    """The Curves page showing one shipped run, copied beside the test runs."""
    shutil.copytree(shipped, runs_root / shipped.name)
    at = open_page("curves")
    widget(at.multiselect, "Runs").set_value([shipped.name]).run()
    assert_clean(at)
    return at


def test_curves_say_what_a_drop_easy_run_trained_on(runs_root):
    at = curves_of_shipped(runs_root, SHIPPED_SPEEDRUN)
    drop = PRESETS["speedrun"].drop_easy
    assert f"only on the {1 - drop:.0%} with the highest loss (`--drop-easy {drop:g}`)" in text(at)
    widget(at.multiselect, "Runs").set_value([run_named(runs_root, "resnet20")]).run()
    assert "--drop-easy" not in text(at)


def test_curves_join_the_epochs_of_a_run_validated_every_few(runs_root):
    at = curves_of_shipped(runs_root, SHIPPED_CLASS)
    every = PRESETS["class"].val_every
    assert f"validated every {every} epochs and after the last one (`--val-every {every}`)" in text(at)
    val_acc = next(trace for trace in figures(at)[-1]["data"] if trace.get("meta") == "val acc")
    measured = [y for y in val_acc["y"] if y is not None]
    assert val_acc["connectgaps"] and len(measured) == PRESETS["class"].epochs // every
    widget(at.multiselect, "Runs").set_value([run_named(runs_root, "resnet20")]).run()
    assert "--val-every" not in text(at)


def test_curves_default_best_per_arch_and_controls(runs_root):
    at = open_page("curves")
    runs = widget(at.multiselect, "Runs")
    assert len(runs.value) == 2 and any(v.startswith("resnet20") for v in runs.value)
    figure = figures(at)[0]
    assert sum(1 for t in figure["data"] if t.get("showlegend")) == 2
    all_runs = runs.options
    runs.set_value([o.split(" · ")[0] for o in all_runs]).run()
    assert sum(1 for t in figures(at)[0]["data"] if t.get("showlegend")) == 6
    widget(at.toggle, "Log-scale loss").set_value(True).run()
    assert figures(at)[0]["layout"]["yaxis"]["type"] == "log"
    widget(at.radio, "x axis").set_value("time").run()
    assert figures(at)[0]["layout"]["xaxis"]["title"]["text"] == "wall time (s)"
    def two_epoch_curve():
        return next(values(t["y"]) for t in figures(at)[0]["data"] if "-e2-" in t["name"])

    raw = two_epoch_curve()
    widget(at.slider, "Smoothing").set_value(0.9).run()
    assert_clean(at)
    smoothed = two_epoch_curve()
    assert smoothed[0] == raw[0] and smoothed[1] != raw[1]
    download = at.get("download_button")
    assert download and "histories" in download[0].proto.label.lower()


def test_grid_heatmap_metric_cell_and_parallel_view(runs_root):
    at = open_page("grid")
    heatmap = figures(at)[0]["data"][0]
    assert heatmap["type"] == "heatmap" and any("%" in cell for row in heatmap["text"] for cell in row)
    widget(at.radio, "Show").set_value("train time (s)").run()
    assert not any("%" in cell for row in figures(at)[0]["data"][0]["text"] for cell in row)
    cell = widget(at.selectbox, "Cell")
    assert cell.value.startswith("cnn-bs64-lr0.001-")  # the best cell
    first_highlight = figures(at)[0]["layout"]["shapes"][0]
    cell.set_value(run_named(runs_root, "cnn-bs128-lr0.01-e1")).run()  # widgets take values, show labels
    assert widget(at.selectbox, "Cell").value.startswith("cnn-bs128-lr0.01-")
    assert figures(at)[0]["layout"]["shapes"][0] != first_highlight
    assert any(t["type"] == "parcoords" for f in figures(at) for t in f["data"])  # runs differ in 5 params


def test_compare_scatter_confusion_and_mistakes(runs_root):
    at = open_page("compare")
    charts = figures(at)
    assert any(t.get("name") == "Pareto front" for t in charts[0]["data"])
    assert charts[1]["layout"]["xaxis"]["title"]["text"] == "latency (ms per image)"
    assert any(t["type"] == "heatmap" and t["x"][0] == CLASS_NAMES[0] for f in charts for t in f["data"])
    assert "Accuracy on these images" in text(at)
    assert "→" in at.image[-1].captions[0]  # the misclassified gallery: true → predicted
    widget(at.radio, "Accuracy").set_value("best_val_acc").run()
    assert figures(at)[0]["layout"]["yaxis"]["title"]["text"] == "best validation accuracy"


def test_sidebar_model_choice_drives_the_pages(runs_root):
    at = open_page("evaluate")
    picker = at.sidebar.selectbox(key="run")
    assert picker.value.startswith("cnn-bs128-lr0.001-e2")  # the best run by validation accuracy
    resnet = run_named(runs_root, "resnet20")
    picker.set_value(resnet).run()
    assert_clean(at)
    assert f"Model: **{resnet}**" in text(at)
    at.switch_page("app_pages/live.py").run()
    assert at.sidebar.selectbox(key="run").value == resnet  # the choice follows to other pages


def test_live_random_image_and_uploads(runs_root):
    at = open_page("live")
    assert "Draw a garment" in text(at)
    widget(at.radio, "Input").set_value("Random test image").run()
    assert_clean(at)
    assert at.metric[0].label == "Prediction" and at.metric[0].value in CLASS_NAMES
    assert "Input to prediction:" in text(at)
    assert not at.dataframe  # asking every model is off until the toggle is on
    widget(at.toggle, "Ask all 6 models").set_value(True).run()
    every = at.dataframe[-1].value
    assert len(every) == 6 and set(every["prediction"]) <= set(CLASS_NAMES)  # every cached model
    widget(at.slider, "Top k").set_value(3).run()
    bars = [bar.text for bar in at.get("progress")]
    assert len(bars) == 3 and bars[0].startswith(at.metric[0].value + ":")  # the most likely on top

    widget(at.radio, "Input").set_value("Upload a photo").run()
    uploader = at.file_uploader[0]
    assert set(uploader.allowed_type) >= {".png", ".jpg", ".webp"} or set(uploader.allowed_type) >= {"png", "jpg", "webp"}
    uploader.set_value(("trousers.png", garment_png(), "image/png")).run()
    assert_clean(at)
    assert at.metric[0].value in CLASS_NAMES and not at.error


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("filename, make, message", [
    ("notes.png", lambda: b"this is not an image at all", "not an image"),
    ("cut.png", lambda: garment_png()[:300], "truncated or corrupt"),
    ("white.png", lambda: png(Image.new("RGB", (64, 64), "white")), "blank"),
    ("huge.png", lambda: png(Image.new("1", (9000, 5000))), "megapixels"),  # 45 MP in a few kB
])
def test_live_bad_uploads_show_an_error_and_the_page_keeps_working(filename, make, message, runs_root):
    data = make()
    before = snapshot(runs_root)
    at = open_page("live")
    widget(at.radio, "Input").set_value("Upload a photo").run()
    at.file_uploader[0].set_value((filename, data, "image/png")).run()
    assert_clean(at)
    assert len(at.error) == 1 and message in at.error[0].value and filename in at.error[0].value
    assert at.sidebar.selectbox(key="run").value and at.radio  # the rest of the page is there
    widget(at.radio, "Input").set_value("Random test image").run()
    assert not at.error and at.metric[0].value in CLASS_NAMES
    assert snapshot(runs_root) == before  # nothing on disk changed


def test_evaluate_labelled_and_unlabelled_csv(runs_root, data_dir):
    at = open_page("evaluate")
    assert any("200 test images" in b.proto.label for b in at.get("download_button"))  # a sample to try
    at.file_uploader[0].set_value(("test.csv", tiny_csv(data_dir, 40), "text/csv")).run()
    assert_clean(at)
    shown = text(at)
    assert "Accuracy: " in shown and "Images: 40" in shown
    assert "Misclassified" in shown
    assert any("predictions" in b.proto.label.lower() for b in at.get("download_button"))
    assert len(at.dataframe[-1].value) == 40

    at.file_uploader[0].set_value(("unlabelled.csv", tiny_csv(data_dir, 10, labels=False), "text/csv")).run()
    assert_clean(at)
    assert "No label column" in text(at) and "Accuracy: " not in text(at)


@pytest.mark.parametrize("content, message", [
    (b"label,pixel1,pixel2\n1,0,0\n", "expected 785"),
    (None, "outside 0-255"),
    (b"\x00\x01binary", "binary"),
    (b"", "empty"),
])
def test_evaluate_bad_csv_names_the_problem(content, message, runs_root, data_dir):
    if content is None:
        content = tiny_csv(data_dir, 3).replace(b"\n0,0,0,", b"\n0,300,0,", 1)
        if b",300," not in content:  # first pixels of the first row are not 0,0: put one in anyway
            lines = content.split(b"\n")
            lines[1] = lines[1].split(b",", 2)[0] + b",300," + lines[1].split(b",", 2)[2]
            content = b"\n".join(lines)
    before = snapshot(runs_root)
    at = open_page("evaluate")
    at.file_uploader[0].set_value(("bad.csv", content, "text/csv")).run()
    assert_clean(at)
    assert len(at.error) == 1 and message in at.error[0].value
    assert snapshot(runs_root) == before


def test_damaged_run_folders_warn_and_the_rest_works(runs_root):
    names = sorted(p.name for p in runs_root.iterdir())
    (runs_root / names[0] / "summary.json").write_text("{broken")
    (runs_root / names[1] / "history.csv").write_text("no,columns\n1,2\n")
    resnet = next(n for n in names if n.startswith("resnet20"))
    weights = runs_root / resnet / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:100])
    (runs_root / "stray-folder").mkdir()
    (runs_root / names[2] / "history.csv").unlink()
    (runs_root / names[2] / "history.csv").mkdir()  # the core's reader does not expect that
    before = snapshot(runs_root)

    at = open_page("overview")
    warning = at.sidebar.warning[0].value
    assert "4 run folder(s) could not be read" in warning and names[0] in warning and "stray-folder" in warning
    assert "unreadable history" in warning and "config.json is missing" in warning
    assert len(at.dataframe[0].value) == 3  # the readable runs (resnet20's json files are fine)

    at.sidebar.selectbox(key="run").set_value(resnet).run()
    at.switch_page("app_pages/live.py").run()
    widget(at.radio, "Input").set_value("Random test image").run()
    at.session_state["all_models"] = True
    at.run()
    assert_clean(at)
    assert any("not a valid safetensors file" in e.value for e in at.error)  # the chosen model
    assert any(resnet in w.value for w in at.warning)  # its row in the every-model table
    assert len(at.dataframe[-1].value) == 2  # the other models still predict
    for name in PAGES:
        at.switch_page(f"app_pages/{name}.py").run()
        assert_clean(at)
    after = snapshot(runs_root)
    assert {path: after.get(path) for path in before} == before  # nothing saved changed or went
    added = {Path(path).name for path in after.keys() - before.keys()}
    assert added <= {result_cache.LOGITS_FILE, explain.MAP_FILE}  # what was added is a cache


def test_new_run_shows_up_without_restarting(runs_root, store):
    at = open_page("overview")
    assert len(at.dataframe[0].value) == 6
    copy = runs_root / "copied-run"
    shutil.copytree(next(p for p in runs_root.iterdir() if p.name.startswith("resnet20")), copy)
    at.run()
    assert len(at.dataframe[0].value) == 7
    assert "copied-run" in set(at.dataframe[0].value["run"])


# ----------------------------------------------------------------------------------------------
# Architectures

def test_architectures_page_draws_every_model_and_a_pair(runs_root):
    from fashion.models import list_models

    at = open_page("architectures")
    assert "cnn and resnet18" in text(at)  # the seed's first and chosen networks, by default
    assert len(figures(at)) == 4  # two diagrams, the stage bars, the receptive fields
    widget(at.selectbox, "Side by side with").set_value("(none)").run()
    for arch in list_models():
        started = time.perf_counter()
        widget(at.selectbox, "Architecture").set_value(arch).run()
        assert_clean(at)
        assert not at.error and at.subheader[0].value == arch
        diagram, = figures(at)
        assert len(diagram["data"][0]["hovertext"]) == len(layers_blocks(arch))  # a bar per block
        print(f"{arch}: {time.perf_counter() - started:.2f}s")
    widget(at.selectbox, "Architecture").set_value("whitenet").run()
    widget(at.selectbox, "Side by side with").set_value("resnet20").run()
    assert_clean(at)
    assert [s.value for s in at.subheader][:3] == ["whitenet", "resnet20", "whitenet and resnet20"]
    bars = figures(at)[2]
    assert {trace["name"] for trace in bars["data"]} == {"whitenet", "resnet20"}


def layers_blocks(arch: str):
    from fashion.layers import block_table

    return block_table(arch)


def test_architectures_page_works_without_runs_or_data(empty_root):
    at = open_page("architectures")
    assert not at.error
    assert "no trained run yet" in text(at)


# ----------------------------------------------------------------------------------------------
# Train

def test_train_form_shows_the_command_and_grid_cells(runs_root):
    at = open_page("train")
    assert "python -m fashion train --arch cnn" in text(at)
    widget(at.radio, "Train").set_value("a grid").run()
    assert_clean(at)
    assert "python -m fashion grid" in text(at) and "--batch-sizes 64,128,256" in text(at)
    assert "9 run(s)" in text(at)
    assert "No training job is running." in text(at)
    widget(at.radio, "Train").set_value("one run").run()
    widget(at.selectbox, "Recipe").set_value("speedrun").run()  # the CLI's presets set every default
    assert_clean(at)
    speedrun = PRESETS["speedrun"]
    assert widget(at.selectbox, "Architecture").value == speedrun.arch
    assert f"python -m fashion train --preset speedrun --arch {speedrun.arch} --epochs {speedrun.epochs}" in text(at)
    assert f"`{speedrun.run_name()}`" in text(at)


def test_train_from_imagenet_weights_names_them_or_says_what_is_missing(runs_root, tmp_path, monkeypatch):
    import torch
    from torchvision.models import resnet18

    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch"))  # no download was ever made here
    at = open_page("train")
    widget(at.selectbox, "Architecture").set_value("resnet18_7x7").run()
    widget(at.toggle, "Start from ImageNet weights").set_value(True).run()
    assert_clean(at)
    warning = " ".join(w.value for w in at.warning)
    assert "no ResNet18_Weights.IMAGENET1K_V1 on this machine" in warning and "resnet18-f37072fd.pth" in warning
    assert not [b for b in at.button if b.label == "Start training"]
    torch.manual_seed(0)
    torch.save(resnet18().state_dict(), tmp_path / "resnet18 copy.pth")
    widget(at.text_input, "Local copy of the weights (optional)").set_value(str(tmp_path / "resnet18 copy.pth")).run()
    assert_clean(at)
    assert "--pretrained imagenet --weights" in text(at) and "resnet18 copy.pth" in text(at)
    assert "`resnet18_7x7-imagenet-bs128-lr0.001-e3-s0-" in text(at)  # the weights' hash names the run
    widget(at.selectbox, "Architecture").set_value("cnn").run()  # no ImageNet weights for the cnn
    assert not [t for t in at.toggle if t.label == "Start from ImageNet weights"]


@pytest.mark.slow
def test_train_starts_one_job_that_two_sessions_share_and_can_cancel(runs_root):
    first = open_page("train")
    widget(first.selectbox, "Training images").set_value(1000).run()
    widget(first.number_input, "Epochs").set_value(50).run()
    widget(first.button, "Start training").click().run()
    assert_clean(first)
    assert not first.error and not first.warning, [e.value for e in [*first.error, *first.warning]]
    running = [m.value for m in first.markdown if "— running" in m.value]
    assert len(running) == 1
    name = running[0].split("**")[1]

    second = open_page("train")  # another browser session sees the same job
    assert any(name in m.value and "— running" in m.value for m in second.markdown)
    widget(second.selectbox, "Training images").set_value(1000).run()
    widget(second.number_input, "Epochs").set_value(50).run()
    widget(second.button, "Start training").click().run()
    assert "Already training" in text(second)  # no second job for the same config
    assert len(jobs.active_jobs(runs_root)) == 1

    second.button(key=f"cancel-{name}").click().run()
    assert_clean(second)
    deadline = time.monotonic() + 60
    while jobs.active_jobs(runs_root) and time.monotonic() < deadline:
        time.sleep(0.5)
    first.run()
    assert "No training job is running." in text(first)
    assert any(name in m.value and "— cancelled" in m.value for m in first.markdown)
    assert "resume" in text(first)


@pytest.mark.slow
def test_a_diverged_run_is_shown_as_diverged(runs_root, data_dir, monkeypatch):
    from fashion.config import TrainConfig
    from fashion.runs import train_run

    monkeypatch.setenv("FASHION_DATA", str(data_dir))
    config = TrainConfig(arch="cnn", epochs=3, train_limit=300, optimizer="sgd", lr=1e6, augment=False)
    run, _ = train_run(config, runs_root, verbose=False)
    assert run.status == "diverged" and len(run.history) == 1
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.run()
    board = at.dataframe[0].value
    assert board.loc[board["run"] == run.name, "status"].item() == "diverged"
    at.switch_page("app_pages/curves.py").run()
    assert not at.exception
    assert any(run.name in w.value and "diverged at epoch 1" in w.value for w in at.warning)
