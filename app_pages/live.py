"""Live classifier: draw, upload or pick an image and see what every model makes of it."""
import time

import numpy as np
import streamlit as st
from streamlit_drawable_canvas import st_canvas

from fashion import report, wall
from fashion.config import CLASS_NAMES
from fashion.errors import FashionError
from fashion.predict import preprocess
from ui import explain_panel, roles, state

SOURCES = ["Draw", "Upload a photo", "Random test image"]
IMAGE_TYPES = ["png", "jpg", "jpeg", "webp"]


def source_ui() -> str:
    return st.radio("Input", SOURCES, horizontal=True, key="live_source")


def draw_ui():
    """The canvas: white strokes on black, as Fashion-MNIST garments are light on dark."""
    brush = st.slider("Brush size", 4, 40, 18, key="brush")
    canvas = st_canvas(stroke_width=brush, stroke_color="#FFFFFF", background_color="#000000",
                       height=280, width=280, drawing_mode="freedraw", return_image_data=True,
                       key=f"canvas-{st.session_state.get('canvas_clears', 0)}")
    if st.button("Clear", icon=":material/delete:"):
        st.session_state["canvas_clears"] = st.session_state.get("canvas_clears", 0) + 1
        st.rerun(scope="fragment")
    st.caption("Undo and redo: the toolbar above the canvas. The prediction updates when a stroke ends.")
    image = canvas.image_data
    if image is None or int(np.asarray(image)[..., :3].max()) == 0:
        return None, "canvas"
    return np.asarray(image), "canvas"


def upload_ui():
    upload = st.file_uploader("A photo or drawing of one garment", type=IMAGE_TYPES, max_upload_size=20,
                              key="live_upload")
    if upload is None:
        return None, ""
    return upload.getvalue(), upload.name


def drawing_upload_ui() -> bool:
    return st.toggle("It is a drawing", key="upload_is_drawing",
                     help="A pen or pencil drawing, scanned or photographed on paper: answered by the "
                          "best model on drawings, as the canvas is, instead of the default for photos, and "
                          "trimmed to the drawing without the stray marks apart from it.")


def fill_ui() -> bool:
    return st.toggle("Fill closed outlines", key="fill_outlines",
                     help="Paint the inside of every closed outline before the network sees it. Off by "
                          "default: on the drawings benchmark the drawings model did better on outlines "
                          "as drawn. Compare the two 28x28s to see why.")


def random_ui():
    test = state.test_set()
    if test is None:
        return None, ""
    if st.button("Another image", icon=":material/shuffle:") or "random_index" not in st.session_state:
        st.session_state["random_index"] = int(np.random.default_rng().integers(len(test)))
    index = st.session_state["random_index"] % len(test)
    st.caption(f"Test image #{index}: truly **{state.class_name(test.labels[index])}**")
    return test.images[index].numpy(), f"test image #{index}"


def prediction_ui(run, why: str, image28: np.ndarray, started: float):
    """The top-k bars; returns (model, probabilities), or None when the model does not load."""
    try:
        model = state.load_model(run)
    except FashionError as error:
        st.error(str(error))
        return None
    probs = state.BATCHER.probabilities(model, image28, tta=run.config.tta)
    elapsed = time.perf_counter() - started
    best = int(np.argmax(probs))
    st.metric("Prediction", state.class_name(best), f"{probs[best]:.1%} sure", delta_color="off", delta_arrow="off")
    k = st.slider("Top k", 1, 10, 5, key="top_k")
    # Bars rather than a chart: with a class drawing at once, a plotly figure per stroke cost the
    # server 8 ms and each browser ~0.3 s of CPU.
    for name, probability in report.top_classes(probs, k):
        st.progress(probability, text=f"{name}: {probability:.1%}")
    st.caption(f"Answered by **{run.name}** ({why}; pick another in the sidebar). "
               f"Input to prediction: {elapsed * 1000:.0f} ms.")
    return model, probs


def wall_post_ui(run, raw, name: str, image28: np.ndarray, probs: np.ndarray) -> None:
    """Send this input to the class wall, with a nickname and what it was meant to be."""
    with st.popover("Send to the wall", icon=":material/photo_library:"):
        nickname = st.text_input("Nickname", key="wall_nickname", max_chars=wall.MAX_NICKNAME)
        meant = st.selectbox("I meant", range(len(CLASS_NAMES)), index=None, format_func=state.class_name,
                             placeholder="what is it?", key="wall_meant")
        if not st.button("Send", key="wall_send", disabled=meant is None, icon=":material/send:"):
            return
        board = state.classroom(wall.Wall)
        if board is None:
            return
        best = int(np.argmax(probs))
        try:
            entry = board.post(roles.session_id(), nickname, meant, best, float(probs[best]), run.name,
                               "canvas" if name == "canvas" else "upload", image28, raw)
        except FashionError as error:
            st.warning(str(error))
            return
        st.success(f"On the wall as entry {entry}.")


def all_models_ui(runs, image28: np.ndarray) -> None:
    st.subheader("Every model on the same input")
    # Off until asked: with a whole class uploading, every model on every input is the slow part.
    if not st.toggle(f"Ask all {len(runs)} models", key="all_models"):
        return
    rows = []
    for run, model in state.models_or_warn(sorted(runs, key=report.best_val_acc, reverse=True)):
        probs = state.BATCHER.probabilities(model, image28, tta=run.config.tta)
        order = np.argsort(-probs)
        rows.append({"run": run.name, "arch": run.config.arch, "prediction": state.class_name(order[0]),
                     "probability": float(probs[order[0]]),
                     "runner-up": f"{state.class_name(order[1])} ({probs[order[1]]:.0%})",
                     "best val acc": run.summary.get("best_val_acc")})
    st.dataframe(rows, hide_index=True, column_config={
        "probability": st.column_config.ProgressColumn("probability", format="percent", min_value=0, max_value=1),
        "best val acc": st.column_config.NumberColumn("best val acc", format="percent"),
    })


def render() -> None:
    st.title("Live classifier")
    st.write("Draw a garment, upload a photo or take a test image: see the 28x28 the network gets, what it "
             "says, and why.")
    chosen = state.runs_and_choice()
    if chosen is None:
        return
    runs, picked = chosen
    source = source_ui()
    input_and_answer_ui(runs, picked, source)


@st.fragment
def input_and_answer_ui(runs, picked, source: str) -> None:
    """Everything a stroke, an upload or a toggle changes. A fragment: a stroke reruns only this,
    not the page and the sidebar, which with a class drawing at once is most of the server's work."""
    started = time.perf_counter()
    left, middle, right = st.columns([3, 2, 4], gap="large")
    with left:
        if source == "Draw":
            raw, name = draw_ui()
        elif source == "Upload a photo":
            raw, name = upload_ui()
        else:
            raw, name = random_ui()
        drawing = source == "Draw" or (source == "Upload a photo" and drawing_upload_ui())
        fill = source != "Random test image" and fill_ui()
    run, why = state.answering_run(runs, picked, drawing)
    if raw is None:
        middle.info("Draw a garment on the black canvas." if source == "Draw" else "Waiting for an image.")
        middle.caption(f"**{run.name}** will answer ({why}).")
        return
    try:
        image28 = raw if name.startswith("test image") else preprocess(raw, name, fill_outlines=fill, drawing=drawing)
    except FashionError as error:
        middle.error(str(error))
        return
    with middle:
        st.image(state.pixels(image28, 6), caption="What the network sees (28x28)", width=168)
    with right:
        predicted = prediction_ui(run, why, image28, started)
        if predicted is not None and source != "Random test image":
            wall_post_ui(run, raw, name, image28, predicted[1])
    if predicted is not None:
        model, probs = predicted
        explain_panel.explain_ui(run, model, image28, probs)
    all_models_ui(runs, image28)


render()
