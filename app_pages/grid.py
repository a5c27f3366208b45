"""Hyperparameter grid: batch size x learning rate, as the seed study searched it."""
import streamlit as st

from fashion import report
from ui import figures

from ui import state


def group_ui(groups: dict) -> list:
    label = st.selectbox("Grid", list(groups), format_func=lambda g: f"{g} ({len(groups[g])} cells)",
                         help="Runs that differ only in batch size and learning rate.")
    return groups[label]


def metric_ui() -> str:
    return st.radio("Show", list(report.GRID_METRICS), horizontal=True)


def cell_ui(cells) -> object:
    by_name = {r.name: r for r in sorted(cells, key=lambda r: (r.config.batch_size, r.config.lr))}
    best = max(cells, key=report.best_val_acc).name

    def label(name: str) -> str:
        r = by_name[name]
        return (f"batch size {r.config.batch_size} · lr {r.config.lr:g} · "
                f"best val {report.percent(r.summary.get('best_val_acc'))}")

    name = st.selectbox("Cell", list(by_name), index=list(by_name).index(best), format_func=label,
                        help="Default: the best cell. Its curves are drawn in colour, the others in grey.")
    return by_name[name]


def parallel_ui(runs) -> None:
    params = report.varying_params(runs)
    if len(params) <= 2:
        return
    st.subheader("Every run")
    labels = ", ".join(report.IDENTITY_LABELS.get(p, p) for p in params)
    st.write(f"These runs differ in {len(params)} hyperparameters ({labels}): each line is a run, "
             "coloured by its best validation accuracy. Drag along an axis to filter.")
    st.plotly_chart(figures.parallel_figure(runs, params))


def render() -> None:
    st.title("Hyperparameter grid")
    st.write("How batch size and learning rate together decide what a network reaches.")
    runs, _ = state.load_runs()
    groups = report.grid_groups(runs)
    if not groups:
        st.info("No grid in the run cache yet: a grid is two or more runs that differ only in batch size and "
                "learning rate. Start one on the **Train** page, or from a terminal: "
                f"`python -m fashion grid --arch cnn --epochs 5 --batch-sizes 64,128,256 --lrs 0.001,0.005,0.01{state.out_flag()}`")
        st.page_link(state.TRAIN_PAGE, label="Go to Train", icon=":material/model_training:")
    else:
        cells = group_ui(groups)
        metric = metric_ui()
        key, as_percent = report.GRID_METRICS[metric]
        cell = cell_ui(cells)
        left, right = st.columns([2, 3])
        with left:
            table = report.grid_table(cells, key)
            st.plotly_chart(figures.heatmap_figure(table, metric, as_percent, (cell.config.batch_size, cell.config.lr),
                                                  lower_is_better=not as_percent),
                            config={"displayModeBar": False})
            if metric == "test acc" and table.isna().all().all():
                st.caption("No test accuracy recorded for these runs.")
        with right:
            st.plotly_chart(figures.curves_figure(cells, highlight=cell.name, height=380))
        st.caption(f"Selected: **{cell.name}** — {report.config_text(cell.config)}")
        state.gpu_hint()
    parallel_ui(runs)


render()
