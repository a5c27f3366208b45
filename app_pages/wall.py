"""Class wall: every drawing and upload the class sent, what it was meant to be and what the
network said; for the projector."""
import streamlit as st

from fashion import wall
from fashion.config import CLASS_NAMES
from fashion.data import csv_text
from ui import control, figures, roles
from ui import state

SHOWN = (48, 120, 480, wall.MAX_ENTRIES)   # how many of the newest entries to draw; the figures count all
COLUMNS = 8
REFRESH_S = 2


def filter_ui() -> int | None:
    return st.selectbox("Show", [None, *range(len(CLASS_NAMES))], key="wall_filter",
                        format_func=lambda label: "every class" if label is None else f"meant as {CLASS_NAMES[label]}")


def summary_ui(entries: list[wall.Entry]) -> None:
    right = sum(entry.right for entry in entries)
    left, middle = st.columns([1, 2])
    left.metric("The network got right", f"{right / len(entries):.0%}", f"{right} of {len(entries)} entries",
                delta_color="off", delta_arrow="off")
    left.caption("Against what each student meant to draw or upload.")
    middle.plotly_chart(figures.confusion_figure(wall.confusion(entries), normalize=False)
                        .update_yaxes(title_text="meant").update_layout(height=420), key="wall_confusion")


def entry_ui(board: wall.Wall, entry: wall.Entry, teacher: bool) -> None:
    st.image([entry.thumbnail, state.pixels(entry.image28, 2)], width=56, caption=["drawn", "seen"])
    st.text(entry.nickname)  # text, never markdown: nicknames come from students
    verdict = ":green[right]" if entry.right else ":red[wrong]"
    st.caption(f"{CLASS_NAMES[entry.intended]} → {CLASS_NAMES[entry.predicted]} ({entry.confidence:.0%}) {verdict}")
    if teacher and st.button("Hide", key=f"hide-{entry.id}", icon=":material/visibility_off:"):
        control.hide_entry(board, entry.id)
        st.rerun()


@st.fragment(run_every=REFRESH_S)
def wall_ui(board: wall.Wall, teacher: bool) -> None:
    """Redrawn every few seconds for everyone watching: new posts appear by themselves."""
    label = filter_ui()
    entries = board.entries(label=label)
    if not entries:
        st.info("Nothing on the wall yet: on the Live page, draw or upload a garment and "
                "press **Send to the wall**.")
        return
    summary_ui(entries)
    shown = min(len(entries), st.select_slider("Entries shown, newest first", SHOWN, key="wall_shown"))
    st.caption(f"{shown} of {len(entries)} entries.")
    for start in range(0, shown, COLUMNS):
        for column, entry in zip(st.columns(COLUMNS), entries[start:start + COLUMNS]):
            with column:
                entry_ui(board, entry, teacher)


def export_ui(board: wall.Wall) -> None:
    with st.expander("Export the wall"):
        st.caption("A CSV in the seed's format (what each entry was meant to be, then its 784 pixels): "
                   "the Evaluate page scores every model on the class's own drawings with it.")
        if st.button("Prepare the CSV", icon=":material/download:"):
            entries = board.entries()
            st.download_button(f"Download {len(entries)} entries", csv_text(wall.as_dataset(entries)),
                               file_name="class-wall.csv", mime="text/csv")


def teacher_ui(board: wall.Wall) -> None:
    with st.expander("Teacher: clear the wall"):
        sure = st.checkbox("Yes, remove every entry", key="wall_clear_sure")
        if st.button("Clear the wall", disabled=not sure, icon=":material/delete_sweep:"):
            if control.clear_wall(board):
                st.toast("The wall is empty.")


def render() -> None:
    st.title("Class wall")
    st.write("What the class drew and uploaded, what each was meant to be, and what the network said.")
    board = state.classroom(wall.Wall)
    if board is None:
        return
    teacher = roles.is_teacher()
    export_ui(board)
    if teacher:
        teacher_ui(board)
    wall_ui(board, teacher)


render()
