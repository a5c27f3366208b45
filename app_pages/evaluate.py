"""Evaluate: a model on your own test CSV, as the seed's test notebook did."""
import numpy as np
import streamlit as st

from fashion import report
from fashion.config import CLASS_NAMES
from fashion.data import Dataset, csv_dataset, csv_text, parse_csv
from fashion.errors import FashionError
from fashion.evaluate import evaluate, predictions_table
from ui import figures
from ui import state

MAX_CSV_MB = 32


@st.cache_data(max_entries=4, show_spinner="Reading the CSV…")
def read_csv(key: str, name: str, _data: bytes) -> Dataset:
    """The uploaded CSV as a dataset (labels or None), cached by the file's digest."""
    return csv_dataset(parse_csv(_data, name), "upload")


@st.cache_data(max_entries=16, show_spinner="Evaluating…")
def evaluate_csv(key: str, run_path: str, model_stamp: int, _run, _dataset: Dataset) -> dict:
    return evaluate(state.load_model(_run), _dataset, tta=_run.config.tta)


@st.cache_data(show_spinner=False)
def sample_csv(data_key: str, _test, rows: int = 200) -> str:
    """The first test images in the seed's format, to try the page with."""
    return csv_text(_test.subset(np.arange(min(rows, len(_test))), "sample"))


def upload_ui():
    return st.file_uploader("Test CSV: label,pixel1..pixel784 (one image per row; the label column is optional)",
                            type=["csv"], max_upload_size=MAX_CSV_MB, key="eval_csv")


def sample_ui() -> None:
    test = state.test_set(quiet=True)
    if test is not None:
        st.download_button("No CSV at hand? Download 200 test images as one", sample_csv(str(len(test)), test),
                           file_name="fashion-mnist-sample.csv", mime="text/csv", icon=":material/download:")


def results_ui(result: dict, images: np.ndarray, run_name: str) -> None:
    table = predictions_table(result)
    if "accuracy" in result:
        first, second, third = st.columns(3)
        first.metric("Accuracy", f"{result['accuracy']:.2%}")
        second.metric("Loss", f"{result['loss']:.4f}")
        third.metric("Images", f"{result['n']:,}")
        left, right = st.columns([3, 2])
        left.plotly_chart(figures.confusion_figure(result["confusion"]), config={"displayModeBar": False})
        right.plotly_chart(figures.per_class_figure({run_name: result["per_class"]}))
        st.subheader("Misclassified")
        wrong = report.misclassified(result, limit=30)
        if wrong:
            st.image([state.pixels(images[i], 3) for i in wrong], width=84, caption=[
                f"#{i} {CLASS_NAMES[result['labels'][i]]} → {CLASS_NAMES[result['predicted'][i]]} "
                f"({result['confidence'][i]:.0%})" for i in wrong])
        else:
            st.success("Every image is classified correctly.")
    else:
        st.info(f"No label column: predictions only, for {result['n']:,} images.")
        counts = table["predicted_name"].value_counts().reindex(list(CLASS_NAMES), fill_value=0)
        st.bar_chart(counts, x_label="predicted class", y_label="images")
    st.subheader("Predictions")
    st.dataframe(table.head(1000), hide_index=True)
    st.download_button("Download predictions (CSV)", table.to_csv(index=False), file_name="predictions.csv",
                       mime="text/csv", icon=":material/download:")


def render() -> None:
    st.title("Evaluate")
    st.write("Upload a test CSV in the seed's format and see how the model picked in the sidebar does on it.")
    chosen = state.runs_and_choice()
    if chosen is None:
        return
    _, run = chosen
    st.caption(f"Model: **{run.name}** — {report.config_text(run.config)}")
    upload = upload_ui()
    if upload is None:
        sample_ui()
        return
    data = upload.getvalue()
    key = state.digest(data)
    try:
        dataset = read_csv(key, upload.name, data)
        model_file = run.path / "model.safetensors"
        result = evaluate_csv(key, str(run.path), model_file.stat().st_mtime_ns, run, dataset)
    except FashionError as error:
        st.error(str(error))
        return
    results_ui(result, dataset.images.numpy(), run.name)


render()
