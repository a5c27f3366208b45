"""The Live classifier's "Why this answer?" panels:
saliency, nearest training images, the embedding map and the network's insides, for one input.

Only the open tab runs. Saliency is computed per input (about 0.1 s for the small nets); the
neighbour search's training embeddings and the embedding map are computed once per model (the map
is also cached on disk in the run folder, so a restart does not recompute it).
"""
import time

import numpy as np
import streamlit as st

from fashion import explain
from fashion.config import CLASS_NAMES
from fashion.errors import FashionError
from ui import figures
from ui import state

VIEWS = ["Saliency", "Nearest training images", "Embedding map", "Inside the network"]
VIEW_KEY = "explain_view"
SHOW_KEY = "explain_on"
PREDICTED = -1  # the class picker's "whatever the model predicts" option
NO_TRAIN = ("Nearest training images need the Fashion-MNIST training set, which is not on this machine "
            "(the **Data** page says how to get it).")
NO_TEST = ("The embedding map needs the Fashion-MNIST test set, which is not on this machine "
           "(the **Data** page says how to get it).")


def explain_ui(run, model, image28: np.ndarray, probs: np.ndarray) -> None:
    st.subheader("Why this answer?")
    # Off until asked: a saliency map costs 10-50 predictions, and when a whole class uploads at
    # once on a small server the answers come first (30 users: p95 0.3 s without, 6.5 s with).
    if not st.toggle("Explain: saliency, nearest training images, embedding map, inside the network",
                     key=SHOW_KEY):
        return
    tabs = st.tabs(VIEWS, key=VIEW_KEY, on_change="rerun")
    for tab, panel in zip(tabs, (saliency_ui, neighbours_ui, map_ui, inside_ui)):
        if tab.open:
            with tab:
                panel(run, model, image28, probs)


def _weights_key(run) -> tuple:
    """What a model's cached results depend on: its run folder and its weights file's time."""
    return str(run.path), state.mtime(run.path / "model.safetensors")


# ----------------------------------------------------------------------------------------------
# Saliency

def target_ui(probs: np.ndarray) -> int:
    """The class to explain: the predicted one by default, or any other."""
    best = int(np.argmax(probs))

    def label(option: int) -> str:
        if option == PREDICTED:
            return f"the predicted class: {CLASS_NAMES[best]} ({probs[best]:.0%})"
        return f"{CLASS_NAMES[option]} ({probs[option]:.0%})"

    choice = st.selectbox("Explain the class", [PREDICTED, *range(len(CLASS_NAMES))], format_func=label,
                          key="explain_class", help="Why the network sees this class in the image "
                                                    "(or why not: compare with a class it ruled out).")
    return best if choice == PREDICTED else int(choice)


@st.cache_data(max_entries=64, show_spinner=False)
def _saliency(_model, weights_key: tuple, image: bytes, target: int) -> tuple:
    image28 = np.frombuffer(image, np.uint8).reshape(28, 28).copy()  # writable, as torch wants
    with state.one_thread():
        started = time.perf_counter()
        stage = explain.cam_stage(_model)
        cam = explain.grad_cam(_model, image28, target, stage.name) if stage else None
        stage = stage.label if stage else ""
        steps = explain.ig_steps(_model)
        attributions = explain.integrated_gradients(_model, image28, target, steps)
        seconds = time.perf_counter() - started
        logit = explain.class_logits(_model, image28)[target]
        black = explain.class_logits(_model, np.zeros_like(image28))[target]
    return cam, stage, attributions, steps, float(logit - black), seconds


def saliency_ui(run, model, image28: np.ndarray, probs: np.ndarray) -> None:
    target = target_ui(probs)
    cam, stage, attributions, steps, change, seconds = _saliency(model, _weights_key(run), image28.tobytes(), target)
    st.plotly_chart(figures.saliency_figure(image28, cam, attributions, CLASS_NAMES[target]),
                    config={"displayModeBar": False})
    where = f"Grad-CAM on the last conv stage ({stage})" if cam is not None else "No Grad-CAM (no conv layer)"
    st.caption(f"{where}: the regions whose features raise the class's score. Integrated gradients "
               f"({steps} steps from a black image): red pixels push towards "
               f"**{CLASS_NAMES[target]}**, blue ones away; they add up to {attributions.sum():+.2f}, and the "
               f"score (logit) rose by {change:+.2f} from a black image. Computed in {seconds * 1000:.0f} ms "
               "(one CPU thread), on the image as it is (no flip averaging).")


# ----------------------------------------------------------------------------------------------
# Nearest training images

@st.cache_resource(max_entries=2, show_spinner=False)
def _pool(_model, weights_key: tuple, data_key: tuple, _train) -> explain.NeighbourPool:
    return explain.neighbour_pool(_model, _train)


def neighbours_ui(run, model, image28: np.ndarray, probs: np.ndarray) -> None:
    loaded = state.load_data(quiet=True)
    if loaded is None:
        st.info(NO_TRAIN)
        return
    source, splits, _ = loaded
    train = splits["train"]
    if train.labels is None:
        st.info(f"Nearest training images need labelled training images; {source.describe()} has no labels.")
        return
    size = min(explain.NEIGHBOUR_POOL, len(train))
    with st.spinner(f"Embedding {size:,} training images (once per model)…"):
        pool = _pool(model, _weights_key(run), (str(source.path), state.data_stamp(source)), train)
    k = st.slider("Neighbours", 4, 24, 8, step=4, key="neighbours_k")
    with state.one_thread():
        found, similarity = explain.nearest_images(model, pool, image28, k)
    labels = [int(train.labels[i]) for i in found]
    best = int(np.argmax(probs))
    st.markdown(f"**{labels.count(best)} of {len(found)}** nearest training images are "
                f"**{CLASS_NAMES[best]}**, the predicted class.")
    st.image([state.pixels(train.images[i].numpy(), 3) for i in found], width=84,
             caption=[f"{CLASS_NAMES[label]} · {s:.2f}" for label, s in zip(labels, similarity)])
    st.caption(f"Closest by cosine similarity (shown under each image) of the penultimate layer's "
               f"{pool.embeddings.shape[1]} features: the input of the final linear layer, what the "
               f"network's last step decides from. Searched: {len(pool.indices):,} training images, drawn "
               "evenly across the classes.")


# ----------------------------------------------------------------------------------------------
# Embedding map

@st.cache_resource(max_entries=8, show_spinner=False)
def _map(_model, weights_key: tuple, data_key: tuple, _test) -> tuple[explain.EmbeddingMap, bool]:
    return explain.embedding_map(weights_key[0], _model, _test)


def clicked_index(event) -> int | None:
    """The test-set index of the point clicked on the map, if any."""
    points = (event or {}).get("selection", {}).get("points", []) if hasattr(event, "get") else []
    for point in points:
        data = point.get("customdata")
        data = data[0] if isinstance(data, (list, tuple)) and data else data
        if isinstance(data, (int, float)):
            return int(data)
    return None


def map_ui(run, model, image28: np.ndarray, probs: np.ndarray) -> None:
    test = state.test_set(quiet=True)
    if test is None:
        st.info(NO_TEST)
        return
    source, _ = state.data_source()
    with st.spinner(f"Embedding the {len(test):,} test images (once per model; then cached in the run folder)…"):
        try:
            emap, _ = _map(model, _weights_key(run), (str(source.path), state.data_stamp(source)), test)
        except FashionError as error:
            st.error(str(error))
            return
    with state.one_thread():
        live = emap.place(model, image28)
    left, right = st.columns([4, 1])
    with left:
        event = st.plotly_chart(figures.embedding_map_figure(emap, live), key="embedding_map",
                                on_select="rerun", selection_mode="points")
    with right:
        index = clicked_index(event)
        if index is None:
            st.caption("Click a point to see its image.")
        else:
            st.image(state.pixels(test.images[index].numpy(), 4), width=112,
                     caption=f"test image #{index}: {state.class_name(test.labels[index])}")
    st.caption(f"The penultimate-layer features of all {len(test):,} test images, squeezed to 2-D by PCA "
               f"({float(emap.explained.sum()):.0%} of their variance); {len(emap.indices):,} of them drawn, "
               "coloured by true class (x = the network got it wrong). The red star is your input: "
               "images the network finds alike land close together.")


# ----------------------------------------------------------------------------------------------
# Inside the network

def inside_ui(run, model, image28: np.ndarray, probs: np.ndarray) -> None:
    try:
        filters = explain.first_layer_filters(model)
    except FashionError as error:
        st.info(str(error))
        return
    st.markdown("**First layer's filters**: what each one responds to (red: light pixels, blue: dark).")
    st.plotly_chart(figures.filters_figure(filters), config={"displayModeBar": False})
    count = st.slider("Feature maps per stage", 8, 32, 16, step=8, key="feature_maps_count")
    with state.one_thread():
        stages = explain.feature_maps(model, image28)
    st.markdown(f"**Feature maps of each conv stage** for this input, the {count} most active of each "
                "(each scaled to its own peak): early stages find edges, later ones parts of garments.")
    for stage, maps in stages:
        st.plotly_chart(figures.feature_maps_figure(maps, stage.label, count),
                        config={"displayModeBar": False})
