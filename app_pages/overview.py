"""Overview: what this is, the 10 classes, and a leaderboard of the cached runs."""
import numpy as np
import streamlit as st

from fashion import report
from fashion.config import CLASS_NAMES
from ui import state


@st.cache_data(show_spinner=False)
def class_examples(data_key: str, _images: np.ndarray, _labels: np.ndarray) -> list[np.ndarray]:
    """The first test image of each class (cached by where the data is)."""
    images, labels = _images, _labels
    firsts = [int(np.flatnonzero(labels == c)[0]) if (labels == c).any() else None for c in range(len(CLASS_NAMES))]
    return [state.pixels(images[i], 3) if i is not None else np.zeros((84, 84), np.uint8) for i in firsts]


def classes_ui() -> None:
    st.subheader("The 10 classes")
    loaded = state.load_data(quiet=True)
    if loaded is None:
        st.write(" · ".join(f"{i} {name}" for i, name in enumerate(CLASS_NAMES)))
        st.caption("Sample images need the dataset: see the Data page for how to install it.")
        return
    source, splits, _ = loaded
    split = splits.get("test") or splits["train"]
    examples = class_examples(str(source.path), split.images.numpy(), split.labels.numpy())
    st.image(examples, caption=[f"{i} {name}" for i, name in enumerate(CLASS_NAMES)], width=84)


def leaderboard_ui(runs) -> None:
    st.subheader("Leaderboard")
    table = report.leaderboard(runs)
    st.dataframe(table, hide_index=True, column_config={
        "run": st.column_config.TextColumn("run", width="medium"),
        "params": st.column_config.NumberColumn("params", format="localized"),
        "best_val_acc": st.column_config.NumberColumn("best val acc", format="percent"),
        "test_acc": st.column_config.NumberColumn("test acc", format="percent"),
        "train_seconds": st.column_config.NumberColumn("train time (s)", format="%.0f"),
    })
    st.caption("Best validation accuracy picks each run's epoch; the test set (10,000 images) is "
               "only reported, never used to choose.")
    state.gpu_hint()


def render() -> None:
    st.title("Fashion-MNIST model lab")
    st.write("Neural networks that tell apart 10 kinds of clothing from 28x28 grey product photos "
             "(Zalando's Fashion-MNIST: 60,000 training and 10,000 test images). Explore the data, "
             "compare the trained runs in the leaderboard below, draw a garment for the models to "
             "classify, or train a model of your own.")
    classes_ui()
    runs, _ = state.load_runs()
    if not runs:
        state.no_runs_info()
        return
    leaderboard_ui(runs)


render()
