"""The sidebar every page shares: the model picker and what is in the runs folder."""
import streamlit as st

from fashion import jobs, report
from ui import roles, state


def _mark_picked() -> None:
    st.session_state[state.PICKED_KEY] = True


def render() -> None:
    """The model picker every page shares, plus what is in the runs folder."""
    root = state.runs_root()
    runs, problems = state.load_runs()
    usable = sorted(state.with_model(runs), key=report.best_val_acc, reverse=True)
    with st.sidebar:
        if usable:
            names = [run.name for run in usable]
            if st.session_state.get(state.RUN_KEY) not in names:
                st.session_state[state.RUN_KEY] = state.default_run(usable).name
            labels = {run.name: state.run_label(run) for run in usable}
            st.selectbox("Model", names, key=state.RUN_KEY, format_func=labels.get, on_change=_mark_picked,
                         help="Used by Live classifier, Evaluate and Compare models. "
                              "Shows best validation accuracy. Until you pick one, drawings on the Live "
                              "page are answered by the best model on drawings.")
            st.caption(report.config_text(next(r for r in usable if r.name == st.session_state[state.RUN_KEY]).config))
        st.caption(f"{len(runs)} runs in `{root}`")
        st.caption(":material/school: You are the teacher: you start training and moderate the wall."
                   if roles.is_teacher() else ":material/person: Student view")
        if problems:
            st.warning(f"{len(problems)} run folder(s) could not be read; the others work:\n\n"
                       + "\n".join(f"- {problem}" for problem in problems))
        active = jobs.active_jobs(root)
        if active:
            st.page_link(state.TRAIN_PAGE, label=f"{len(active)} training job(s) running", icon=":material/sync:")
