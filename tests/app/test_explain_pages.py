"""The explanation features through AppTest: the Live classifier's "Why this answer?" tabs and the
calibration section of Compare models."""
import json

from streamlit.testing.v1 import AppTest

from app_helpers import REPO, garment_png
from fashion import explain
from fashion.config import CLASS_NAMES

VIEW = "explain_view"  # the tabs' key: setting it opens a tab, as a click does
SHOW = "explain_on"  # the "Explain" toggle (off by default)


def live_with_test_image(view: str | None = None) -> AppTest:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/live.py").run()
    widget(at.radio, "Input").set_value("Random test image").run()
    assert not at.tabs  # explanations are off until asked
    at.session_state[SHOW] = True
    at.run()
    if view:
        at.session_state[VIEW] = view
        at.run()
    assert_clean(at)
    return at


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def widget(widgets, label: str):
    return next(w for w in widgets if w.label == label)


def figures(at: AppTest) -> list[dict]:
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def text(at: AppTest) -> str:
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "subheader"):
        parts += [str(element.value) for element in getattr(at, kind)]
    return "\n".join(parts)


def selected_run(at: AppTest, root):
    return root / at.sidebar.selectbox(key="run").value


def test_saliency_for_the_predicted_class_and_a_picked_one(runs_root):
    at = live_with_test_image()
    assert "Why this answer?" in text(at)
    saliency = figures(at)[0]  # the top-k bars are not a figure
    assert sum(t["type"] == "heatmap" for t in saliency["data"]) == 5  # 3 images + Grad-CAM + IG overlays
    predicted = at.metric[0].value
    titles = [a["text"] for a in saliency["layout"]["annotations"]]
    assert f"Grad-CAM: where '{predicted}' is seen" in titles
    assert "Grad-CAM on the last conv stage" in text(at) and "Computed in" in text(at)
    other = next(i for i, name in enumerate(CLASS_NAMES) if name != predicted)
    widget(at.selectbox, "Explain the class").set_value(other).run()
    assert_clean(at)
    titles = [a["text"] for a in figures(at)[0]["layout"]["annotations"]]
    assert f"integrated gradients for '{CLASS_NAMES[other]}'" in titles
    assert at.metric[0].value == predicted  # the prediction itself does not change


def test_nearest_training_images(runs_root):
    at = live_with_test_image("Nearest training images")
    gallery = at.image[-1]
    assert len(gallery.captions) == 8
    assert all(c.split(" · ")[0] in CLASS_NAMES for c in gallery.captions)
    similarities = [float(c.split(" · ")[1]) for c in gallery.captions]
    assert similarities == sorted(similarities, reverse=True) and similarities[0] <= 1.0
    assert "nearest training images are" in text(at) and "cosine similarity" in text(at)
    widget(at.slider, "Neighbours").set_value(12).run()
    assert_clean(at)
    assert len(at.image[-1].captions) == 12


def test_embedding_map_is_drawn_with_the_input_and_cached_in_the_run_folder(runs_root):
    at = live_with_test_image("Embedding map")
    folder = selected_run(at, runs_root)
    cache = folder / explain.MAP_FILE
    assert cache.is_file()
    stamp = cache.stat().st_mtime_ns
    figure = next(f for f in figures(at) if any(t.get("name") == "your input" for t in f["data"]))
    names = [t["name"] for t in figure["data"]]
    assert names[:10] == list(CLASS_NAMES) and names[-1] == "your input"
    assert "principal component 1" in figure["layout"]["xaxis"]["title"]["text"]
    assert "Click a point to see its image." in text(at)
    # another server process (a fresh AppTest has empty in-memory caches) reads the file back
    again = live_with_test_image("Embedding map")
    assert cache.stat().st_mtime_ns == stamp
    assert any("your input" in json.dumps(f) for f in figures(again))


def test_inside_the_network_shows_filters_and_each_stage(runs_root):
    at = live_with_test_image("Inside the network")
    assert selected_run(at, runs_root).name.startswith("cnn-")  # the seed CNN: 5x5 filters, two stages
    titles = [f["layout"].get("title", {}).get("text", "") for f in figures(at)]
    assert "32 filters of 5x5" in titles
    stage_titles = [t for t in titles if " maps of " in t]
    assert stage_titles == ["features.1 · 32 maps of 28x28", "features.4 · 64 maps of 14x14"]
    widget(at.slider, "Feature maps per stage").set_value(8).run()
    assert_clean(at)


def test_a_click_on_the_map_names_a_test_image():
    from ui.explain_panel import clicked_index

    assert clicked_index({"selection": {"points": [{"x": 1.0, "y": 2.0, "customdata": 399}]}}) == 399
    assert clicked_index({"selection": {"points": [{"customdata": [17]}]}}) == 17
    assert clicked_index({"selection": {"points": []}}) is None
    assert clicked_index(None) is None


def test_explanations_without_the_dataset_say_so_in_one_line(runs_root, tmp_path, monkeypatch):
    nodata = tmp_path / "no-data"
    nodata.mkdir()
    monkeypatch.setenv("FASHION_DATA", str(nodata))
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/live.py").run()
    widget(at.radio, "Input").set_value("Upload a photo").run()
    at.session_state[SHOW] = True
    at.file_uploader[0].set_value(("trousers.png", garment_png(), "image/png")).run()
    assert_clean(at)
    assert any(t["type"] == "heatmap" for f in figures(at) for t in f["data"])  # saliency needs no data
    for view, message in (("Nearest training images", "training set"), ("Embedding map", "test set")):
        at.session_state[VIEW] = view
        at.run()
        assert_clean(at)
        assert len(at.info) == 1 and message in at.info[0].value and "not on this machine" in at.info[0].value
    assert not list(runs_root.glob(f"*/{explain.MAP_FILE}"))


def test_compare_calibration_reliability_ece_and_confidence_histogram(runs_root):
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    at.run()
    at.switch_page("app_pages/compare.py").run()
    assert_clean(at)
    assert "Calibration: can you trust its confidence?" in text(at)
    reliability = next(f for f in figures(at) if f["data"][0].get("name") == "perfectly calibrated")
    chosen = widget(at.multiselect, "Models to check").value
    assert len(reliability["data"]) == 1 + len(chosen) and "(ECE " in reliability["data"][1]["name"]
    table = at.dataframe[-1].value
    assert list(table["run"]) == chosen and table["ECE"].between(0, 1).all()
    histogram = next(f for f in figures(at) if f["data"][0].get("name", "").startswith("right ("))
    assert histogram["data"][1]["name"].startswith("wrong (")
    everything = widget(at.multiselect, "Models to check").options
    widget(at.multiselect, "Models to check").set_value([o.split(" · ")[0] for o in everything]).run()
    assert_clean(at)
    assert len(at.dataframe[-1].value) == 6
