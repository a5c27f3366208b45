"""Architectures: every network layer by layer, two side by side, where the cost and the shapes go."""
import pandas as pd
import streamlit as st

from fashion import layers
from fashion.models import describe_model, list_models
from ui import figures
from ui import state

NONE = "(none)"
PAIR = ("cnn", "resnet18")   # the seed study's first and chosen networks


@st.cache_data(show_spinner="Tracing the network...", max_entries=32)
def layer_table(arch: str) -> pd.DataFrame:
    return layers.layer_table(arch)


@st.cache_data(show_spinner=False, max_entries=32)
def block_table(arch: str) -> pd.DataFrame:
    return layers.block_table(arch)


def choice_ui() -> tuple[str, str | None]:
    models = list_models()
    left, right = st.columns(2)
    first = left.selectbox("Architecture", models, index=models.index(PAIR[0]), key="arch_first")
    # the same options whatever the first is, so that changing it keeps this choice
    others = [NONE, *models]
    second = right.selectbox("Side by side with", others, index=others.index(PAIR[1]), key="arch_second")
    return first, (None if second in (NONE, first) else second)


def network_ui(arch: str) -> None:
    table = layer_table(arch)
    st.subheader(arch)
    st.caption(f"{describe_model(arch)} **{table['params'].sum():,}** parameters, "
               f"**{table['flops'].sum() / 1e6:,.1f}** MFLOPs per image.")
    st.plotly_chart(figures.architecture_figure(block_table(arch)), key=f"diagram-{arch}")
    with st.expander("Every layer", expanded=False):
        shown = table.drop(columns=["shape"]).assign(
            flops=table["flops"] / 1e6,
            **{"receptive field": table["receptive field"].map(lambda v: None if v == layers.WHOLE_IMAGE else v)})
        st.dataframe(shown, hide_index=True, column_config={
            "params": st.column_config.NumberColumn("params", format="localized"),
            "flops": st.column_config.NumberColumn("MFLOPs", format="%.3f"),
            "receptive field": st.column_config.NumberColumn(
                "receptive field (px)", format="%d", help="Input pixels one output sees; empty: the whole image"),
        })


def accuracy_ui(archs: list[str]) -> None:
    """What each cost buys: the best shipped run of each architecture, by validation accuracy."""
    runs = [run for run in state.load_runs()[0] if run.summary.get("best_val_acc") is not None]
    for arch in archs:
        mine = [run for run in runs if run.config.arch == arch]
        if not mine:
            st.write(f"**{arch}**: no trained run yet (the Train page trains one).")
            continue
        best = max(mine, key=lambda run: run.summary["best_val_acc"])
        test = best.summary.get("test_acc")
        st.write(f"**{arch}**: best run `{best.name}`, {best.summary['best_val_acc']:.2%} validation"
                 + (f", {test:.2%} test" if test is not None else "") + ".")
    st.page_link("app_pages/compare.py", label="Compare these runs", icon=":material/leaderboard:")


def side_by_side_ui(first: str, second: str) -> None:
    tables = {arch: layer_table(arch) for arch in (first, second)}
    st.subheader(f"{first} and {second}")
    st.plotly_chart(figures.stage_bars_figure({arch: layers.stage_totals(t) for arch, t in tables.items()}))
    st.plotly_chart(figures.receptive_field_figure(tables))
    st.caption("The receptive field is how many input pixels one output of a layer can see: "
               "strides make it grow fast, and above 28 pixels a layer sees the whole garment.")


def render() -> None:
    st.title("Architectures")
    st.write("Each network as the layers an image goes through: the shape of the tensor after each, "
             "where the parameters and the computation are, and how far each layer sees.")
    first, second = choice_ui()
    if second is None:
        network_ui(first)
    else:
        left, right = st.columns(2)
        with left:
            network_ui(first)
        with right:
            network_ui(second)
        side_by_side_ui(first, second)
    accuracy_ui([arch for arch in (first, second) if arch])


render()
