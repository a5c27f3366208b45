"""Data: samples, class balance, mean images and pixel values of each split."""
import streamlit as st

from fashion import report
from fashion.config import CLASS_NAMES
from ui import figures
from ui import state


@st.cache_data(show_spinner="Computing statistics…")
def split_stats(data_key: str, split: str, _dataset) -> dict:
    """Per-split numbers, cached by where the data is and which split."""
    return {
        "counts": report.class_counts(_dataset.labels),
        "means": report.mean_images(_dataset.images, _dataset.labels),
        "histogram": report.pixel_histogram(_dataset.images),
    }


def split_ui(splits: dict) -> str:
    return st.radio("Split", list(splits), horizontal=True,
                    format_func=lambda name: f"{name} ({len(splits[name]):,} images)",
                    help="The training images are split 4:1 into train and validation with a fixed "
                         "seed, as in the seed study; test is the official 10,000-image test set.")


def samples_ui(dataset) -> None:
    st.subheader("Samples")
    left, right = st.columns([1, 3])
    per_class = left.slider("Images per class", 4, 16, 10)
    seed = left.number_input("Shuffle", 0, 10_000, 0, help="Another number shows other images.")
    right.plotly_chart(figures.sample_grid_figure(dataset.images, dataset.labels, per_class, int(seed)),
                       width="content", config={"displayModeBar": False})


def render() -> None:
    st.title("Data")
    st.write("What the networks learn from: 28x28 grey images, garment light on a dark background.")
    loaded = state.load_data()
    if loaded is None:
        return
    source, splits, note = loaded
    st.caption(f"Source: {source.describe()}")
    if note:
        st.info(note)
    split = split_ui(splits)
    dataset = splits[split]
    stats = {name: split_stats(str(source.path), name, data) for name, data in splits.items()}

    samples_ui(dataset)
    st.subheader("Class balance")
    st.plotly_chart(figures.class_balance_figure({name: s["counts"] for name, s in stats.items()}))
    st.subheader(f"Mean image per class ({split})")
    st.image([state.pixels(image, 3) for image in stats[split]["means"]], caption=list(CLASS_NAMES), width=84)
    st.subheader(f"Pixel values ({split})")
    log_y = st.toggle("Log scale", value=True, help="Most pixels are background (0): a log scale shows the rest.")
    st.plotly_chart(figures.pixel_histogram_figure(stats[split]["histogram"], log_y))


render()
