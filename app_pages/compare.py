"""Compare models: accuracy against size and speed, where each model goes wrong, and whether its
confidence can be trusted."""
import streamlit as st

from fashion import calibration, report
from fashion.errors import FashionError
from ui import figures
from ui import state


def accuracy_ui(table) -> str:
    has_test = table["test_acc"].notna().any()
    options = ["test_acc", "best_val_acc"] if has_test else ["best_val_acc"]
    return st.radio("Accuracy", options, horizontal=True,
                    format_func={"test_acc": "test", "best_val_acc": "best validation"}.get)


def table_ui(runs) -> "object":
    table = report.leaderboard(runs)
    device = state.device().type
    latency = {arch: state.arch_latency_ms(arch, device) for arch in table["arch"].unique()}
    table["latency_ms"] = table["arch"].map(latency)
    st.dataframe(table[["run", "arch", "params", "latency_ms", "best_val_acc", "test_acc", "train_seconds"]],
                 hide_index=True, column_config={
                     "params": st.column_config.NumberColumn("params", format="localized"),
                     "latency_ms": st.column_config.NumberColumn("latency (ms)", format="%.2f",
                                                                 help=f"One image on {device} (one CPU thread), median of 20 runs"),
                     "best_val_acc": st.column_config.NumberColumn("best val acc", format="percent"),
                     "test_acc": st.column_config.NumberColumn("test acc", format="percent"),
                     "train_seconds": st.column_config.NumberColumn("train time (s)", format="%.0f"),
                 })
    return table


def test_size_ui(available: int) -> int:
    options = [n for n in (500, 1000, 2000, 5000) if n < available] + [available]
    if len(options) == 1:
        st.caption(f"On all {available:,} test images.")
        return available
    return st.select_slider("Test images", options, value=min(options, key=lambda n: abs(n - 2000)),
                            help="The first N official test images. All 10,000 take a while for the big "
                                 "networks on a CPU; results are cached.")


def mistakes_ui(result: dict, images) -> None:
    wrong = report.misclassified(result, limit=16)
    if not wrong:
        st.success("No mistakes on these images.")
        return
    st.image([state.pixels(images[i].numpy(), 3) for i in wrong], width=84, caption=[
        f"{state.class_name(result['labels'][i])} → {state.class_name(result['predicted'][i])} "
        f"({result['confidence'][i]:.0%})" for i in wrong])
    st.caption("True → predicted (confidence), most confident mistakes first.")


def per_class_ui(runs, limit: int) -> None:
    st.subheader("Per-class accuracy across models")
    by_name = {run.name: run for run in runs}
    names = st.multiselect("Models", list(by_name), default=[r.name for r in report.best_per_arch(runs)],
                           key="per_class_models")
    per_class = {}
    for name in names:
        try:
            per_class[name] = state.test_result(by_name[name], limit)["per_class"]
        except FashionError as error:
            st.warning(f"{name}: {error}")
    if per_class:
        st.plotly_chart(figures.per_class_figure(per_class))


def calibration_ui(runs, run, limit: int, result: dict | None) -> None:
    st.subheader("Calibration: can you trust its confidence?")
    st.write("Of the images a calibrated model answers with 80% confidence, 80% are right. Below the "
             "diagonal a model is overconfident; above it, underconfident (label smoothing does that).")
    by_name = {r.name: r for r in runs}
    names = st.multiselect("Models to check", list(by_name), default=[r.name for r in report.best_per_arch(runs)],
                           key="calibration_models")
    tables, rows = {}, []
    for name in names:
        try:
            confidence, correct = calibration.from_result(state.test_result(by_name[name], limit))
        except FashionError as error:
            st.warning(f"{name}: {error}")
            continue
        ece = calibration.expected_calibration_error(confidence, correct)
        tables[name] = (calibration.reliability_table(confidence, correct), ece)
        rows.append({"run": name, "ECE": ece, "accuracy": correct.mean(), "mean confidence": confidence.mean()})
    if tables:
        st.dataframe(rows, hide_index=True, column_config={
            "ECE": st.column_config.NumberColumn("ECE", format="percent",
                                                 help=f"Expected calibration error, {calibration.BINS} equal-width bins"),
            "accuracy": st.column_config.NumberColumn("accuracy", format="percent"),
            "mean confidence": st.column_config.NumberColumn("mean confidence", format="percent")})
        st.caption(f"ECE: the gap between confidence and accuracy in {calibration.BINS} equal-width "
                   "confidence bins, weighted by how many images fall in each; 0% is perfect.")
    left, right = st.columns(2)
    if tables:
        left.plotly_chart(figures.reliability_figure(tables))
        left.caption("One point per confidence bin; bigger points hold more images.")
    if result is not None:
        confidence, correct = calibration.from_result(result)
        right.plotly_chart(figures.confidence_histogram_figure(calibration.confidence_histogram(confidence, correct)))
        right.caption(f"Model **{run.name}**: how sure it is when right and when wrong. A model that knows "
                      "when it does not know puts its mistakes at low confidence.")


def render() -> None:
    st.title("Compare models")
    st.write("Bigger networks are not always better: accuracy against size and speed, the mistakes "
             "each model makes, and how far to trust its confidence.")
    chosen = state.runs_and_choice()
    if chosen is None:
        return
    runs, run = chosen
    table = table_ui(runs)
    accuracy = accuracy_ui(table)
    label = "test accuracy" if accuracy == "test_acc" else "best validation accuracy"
    left, right = st.columns(2)
    left.plotly_chart(figures.scatter_figure(table, "params", accuracy, "parameters", label))
    right.plotly_chart(figures.scatter_figure(table, "latency_ms", accuracy, "latency (ms per image)", label))
    st.caption("Ringed points on the dotted line form the Pareto front: no other run is both smaller "
               "(or faster) and more accurate.")

    st.subheader("Where it goes wrong")
    test = state.test_set()
    if test is None:
        return
    limit = test_size_ui(len(test))
    st.caption(f"Model **{run.name}** (pick another in the sidebar).")
    try:
        result = state.test_result(run, limit)
    except FashionError as error:
        result = None
        st.error(str(error))
    else:
        st.metric("Accuracy on these images", f"{result['accuracy']:.2%}")
        left, right = st.columns([3, 2])
        with left:
            normalize = st.toggle("Colour by share of each true class", value=True)
            st.plotly_chart(figures.confusion_figure(result["confusion"], normalize),
                            config={"displayModeBar": False})
        with right:
            mistakes_ui(result, test.images)
    per_class_ui(runs, limit)
    calibration_ui(runs, run, limit, result)


render()
