"""Training curves: loss and accuracy per epoch for the runs you pick."""
import streamlit as st

from fashion import report
from ui import figures

from ui import state


def runs_ui(runs) -> list:
    by_name = {run.name: run for run in runs}
    default = [run.name for run in report.best_per_arch(runs)]
    names = st.multiselect("Runs", list(by_name), default=default, format_func=lambda n: state.run_label(by_name[n]),
                           help="Default: the best run of each architecture. Type to filter.")
    return [by_name[name] for name in names]


def diverged_ui(runs) -> None:
    for run in runs:
        if run.status == "diverged":
            st.warning(f"**{run.name}** diverged at epoch {len(run.history)}: its loss stopped being a "
                       "number, so training stopped there. Its history is kept; a smaller learning rate "
                       "usually cures it.", icon=":material/warning:")


def drop_easy_ui(runs) -> None:
    for run in runs:
        if run.config.drop_easy:
            st.caption(f"**{run.name}** trained on every image in epoch 1, then only on the "
                       f"{1 - run.config.drop_easy:.0%} with the highest loss (`--drop-easy {run.config.drop_easy:g}`): "
                       "after epoch 1 its training curve is over those hard images, so it runs below validation.")


def val_every_ui(runs) -> None:
    for run in runs:
        if run.config.val_every > 1:
            st.caption(f"**{run.name}** was validated every {run.config.val_every} epochs and after the last one "
                       f"(`--val-every {run.config.val_every}`): its validation curves join those epochs' dots.")


def options_ui() -> tuple[str, float, bool]:
    left, middle, right = st.columns([2, 3, 2])
    x = left.radio("x axis", ["epoch", "time"], horizontal=True,
                   format_func={"epoch": "epoch", "time": "wall time"}.get)
    smoothing = middle.slider("Smoothing", 0.0, 0.95, 0.0, 0.05, help="Exponential moving average of each curve.")
    log_y = right.toggle("Log-scale loss", value=False)
    return x, smoothing, log_y


def render() -> None:
    st.title("Training curves")
    st.write("Loss and accuracy after every epoch: solid lines are training, dashed lines validation, "
             "a star marks the epoch whose weights were kept.")
    runs, _ = state.load_runs()
    runs = [run for run in runs if not run.history.empty]
    if not runs:
        state.no_runs_info()
        return
    diverged_ui(runs)
    selected = runs_ui(runs)
    if not selected:
        st.info("Pick one or more runs above.")
        return
    drop_easy_ui(selected)
    val_every_ui(selected)
    x, smoothing, log_y = options_ui()
    st.plotly_chart(figures.curves_figure(selected, x, smoothing, log_y))
    histories = report.histories_frame(selected)
    st.download_button("Download these histories (CSV)", histories.to_csv(index=False),
                       file_name="histories.csv", mime="text/csv", icon=":material/download:")
    with st.expander("Configurations"):
        st.dataframe(report.leaderboard(selected), hide_index=True)


render()
