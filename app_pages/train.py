"""Train: start a run or a grid in a separate process and follow it live."""
import dataclasses
from datetime import datetime

import streamlit as st

from fashion import jobs, pretrained, report
from fashion.config import PRESETS, TrainConfig
from fashion.errors import FashionError
from fashion.grid import SEED_BATCH_SIZES, SEED_LEARNING_RATES, grid_configs
from fashion.models import describe_model, list_models
from fashion.store import open_run
from ui import control, figures, roles
from ui import state

BATCH_SIZES = [16, 32, 64, 128, 256, 512]
LEARNING_RATES = [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1]
TRAIN_LIMITS = {1000: "1,000 (a quick demo)", 5000: "5,000", 10000: "10,000", 0: "all 48,000"}
FINISHED_SHOWN = 5


def options(values: list, *extra) -> list:
    return sorted(set(values) | set(extra))


def config_ui() -> tuple[TrainConfig, list[int], list[float]]:
    """The hyperparameters; for a grid, the batch sizes and learning rates too.

    A recipe (one of the CLI's presets) sets every default; the widgets are keyed by the recipe,
    so choosing another one resets them to its values."""
    grid = st.radio("Train", ["one run", "a grid"], horizontal=True,
                    help="A grid trains every batch size x learning rate pair, one after the other.") == "a grid"
    recipes = ["quick demo", *PRESETS]
    recipe = st.selectbox("Recipe", recipes, help="The CLI's --preset recipes; 'quick demo' is the seed's "
                          "settings on the small cnn, 3 epochs, 1,000 images.")
    base = PRESETS.get(recipe) or TrainConfig(arch="cnn", epochs=3, train_limit=1000)
    key = f"-{recipe}"
    first, second, third = st.columns(3)
    models = list_models()
    arch = first.selectbox("Architecture", models, index=models.index(base.arch), key="arch" + key)
    epochs = second.number_input("Epochs", 1, 200, base.epochs, key="epochs" + key)
    limits = options(list(TRAIN_LIMITS), base.train_limit)
    limit = third.selectbox("Training images", limits, index=limits.index(base.train_limit), key="limit" + key,
                            format_func=lambda n: TRAIN_LIMITS.get(n, f"{n:,}"),
                            help="Fewer images train much faster (and reach lower accuracy).")
    st.caption(f"**{arch}**: {describe_model(arch)}")
    left, right = st.columns(2)
    batch_sizes_all, lrs_all = options(BATCH_SIZES, base.batch_size), options(LEARNING_RATES, base.lr)
    if grid:
        batch_sizes = left.multiselect("Batch sizes", batch_sizes_all, default=list(SEED_BATCH_SIZES), key="bss" + key)
        lrs = right.multiselect("Learning rates", lrs_all, default=list(SEED_LEARNING_RATES), key="lrs" + key)
    else:
        batch_sizes = [left.selectbox("Batch size", batch_sizes_all, index=batch_sizes_all.index(base.batch_size),
                                      key="bs" + key)]
        lrs = [right.select_slider("Learning rate", lrs_all, value=base.lr, key="lr" + key)]
    with st.expander("More options"):
        first, second, third = st.columns(3)
        optimizers, schedules = ["adam", "adamw", "sgd"], ["constant", "cosine", "linear"]
        optimizer = first.selectbox("Optimizer", optimizers, index=optimizers.index(base.optimizer), key="opt" + key)
        schedule = second.selectbox("Schedule", schedules, index=schedules.index(base.schedule), key="sched" + key)
        seed = third.number_input("Seed", 0, 10_000, base.seed, key="seed" + key)
        weight_decay = first.select_slider("Weight decay", options([0.0, 1e-5, 1e-4, 5e-4, 1e-3, 1e-2], base.weight_decay),
                                           value=base.weight_decay, key="wd" + key)
        smoothing = second.select_slider("Label smoothing", options([0.0, 0.05, 0.1, 0.2], base.label_smoothing),
                                         value=base.label_smoothing, key="ls" + key)
        augment = third.toggle("Augment (crop + flip)", value=base.augment, key="aug" + key)
        start_from = pretrained_ui(arch, key)
    config = dataclasses.replace(base, arch=arch, epochs=int(epochs), batch_size=batch_sizes[0] if batch_sizes else 128,
                                 lr=lrs[0] if lrs else 0.001, optimizer=optimizer, schedule=schedule, seed=int(seed),
                                 weight_decay=weight_decay, label_smoothing=smoothing, augment=augment,
                                 train_limit=int(limit), **start_from)
    return config, (batch_sizes if grid else []), (lrs if grid else [])


def pretrained_ui(arch: str, key: str) -> dict:
    """Start from ImageNet weights (the architectures torchvision has them for): the config fields."""
    if arch not in pretrained.ARCHS:
        return {}
    if not st.toggle("Start from ImageNet weights", key="pre" + key,
                     help="torchvision's ResNet-18 trained on ImageNet, fitted to one grey 28x28 channel "
                          "(the seed study's final model). Downloaded once on a machine with internet."):
        return {}
    weights = st.text_input("Local copy of the weights (optional)", key="weights" + key,
                            placeholder="/path/to/resnet18-f37072fd.pth",
                            help="torchvision's .pth or a .safetensors made from it, on this machine.")
    return {"pretrained": "imagenet", "weights": weights.strip()}


def start_ui(config: TrainConfig, batch_sizes: list[int], lrs: list[float]) -> None:
    root = state.runs_root()
    source, problem = state.data_source()
    grid = bool(batch_sizes or lrs)
    try:
        config = pretrained.resolved(config, download=False)  # named by its weights' hash, as the CLI names it
    except FashionError as error:
        st.warning(str(error))
        return
    names = [c.run_name() for c in grid_configs(config, batch_sizes, lrs)] if grid else [config.run_name()]
    try:
        argv = jobs.grid_argv(config, batch_sizes, lrs, root) if grid else jobs.train_argv(config, root)
    except FashionError as error:
        st.warning(str(error))
        return
    st.caption(f"{len(names)} run(s): " + ", ".join(f"`{n}`" for n in names) + ". The same from a terminal:")
    st.code(jobs.display_command(argv), language="bash", wrap_lines=True)
    if source is None:
        st.info(state.NO_DATA)
    teacher = roles.is_teacher()
    if not teacher:
        st.caption(":material/lock: Only the teacher starts and cancels training; you can follow every job below.")
    if not st.button("Start training", type="primary", icon=":material/play_arrow:",
                     disabled=not teacher or source is None or (grid and not (batch_sizes and lrs))):
        return
    try:
        started_job = control.start_training(config, batch_sizes, lrs, root, str(source.path))
        if started_job is None:
            return
        job, started = started_job
    except FashionError as error:
        st.warning(str(error))
        return
    except OSError as error:  # e.g. a read-only runs folder
        st.error(f"Cannot start training in {root}: {error}")
        return
    if started:
        st.toast(f"Started {job.id}", icon=":material/play_arrow:")
    else:
        st.info(f"Already training ({job.id}, started {when(job)}): following that job below.")


def when(job: jobs.Job) -> str:
    return datetime.fromisoformat(job.started).astimezone().strftime("%Y-%m-%d %H:%M")


def job_ui(job: jobs.Job, root) -> None:
    """One job: its state, each run's epoch and curves, a cancel button while it runs."""
    with st.container(border=True):
        title = "grid" if job.kind == "grid" else "run"
        st.markdown(f"**{job.id}** ({title}, started {when(job)}) — {job.state}")
        for name in job.runs:
            status = job.run_status(name)
            try:
                run = open_run(root / name, root)
            except FashionError:
                if job.kind == "train" or status != "pending":
                    st.caption(f"{name}: {'starting…' if job.alive else 'did not start'}")
                continue
            done = int(run.summary.get("epochs_done", len(run.history)))
            best = report.percent(run.summary.get("best_val_acc"))
            st.progress(min(done / run.config.epochs, 1.0),
                        text=f"{name}: epoch {done}/{run.config.epochs} · best val {best or '–'} · {status}")
            if job.alive and status == "running" and not run.history.empty:
                st.plotly_chart(figures.curves_figure([run], height=300), key=f"curves-{job.id}-{name}")
        if job.alive and not job.cancelled:
            if st.button("Cancel", key=f"cancel-{job.id}", icon=":material/stop:", disabled=not roles.is_teacher()):
                control.cancel_job(job)
                st.rerun()
        elif job.state == "cancelled":
            st.caption("Cancelled. Start the same configuration again to resume from its last completed epoch.")
        elif job.state == "failed":
            st.error("The job stopped with an error; the end of its log:")
            st.code(job.log_tail() or "(empty log)", language="text")


@st.fragment(run_every=2)
def jobs_ui() -> None:
    root = state.runs_root()
    all_jobs = jobs.list_jobs(root)
    active = [job for job in all_jobs if job.alive]
    finished = [job for job in all_jobs if not job.alive][:FINISHED_SHOWN]
    # A job that just ended: rerun the whole page so the sidebar and other pages see the new run.
    seen = st.session_state.setdefault("active_jobs", set())
    if seen - {job.id for job in active}:
        st.session_state["active_jobs"] = {job.id for job in active}
        st.rerun()
    st.session_state["active_jobs"] = {job.id for job in active}
    st.subheader("Running")
    if not active:
        st.caption("No training job is running.")
    for job in active:
        job_ui(job, root)
    if finished:
        with st.expander(f"Recent jobs ({len(finished)})"):
            for job in finished:
                job_ui(job, root)


def render() -> None:
    st.title("Train")
    st.write("Pick an architecture and hyperparameters and start: training runs in its own process, "
             "keeps going if you close the tab, and the finished run appears on every page.")
    config, batch_sizes, lrs = config_ui()
    start_ui(config, batch_sizes, lrs)
    jobs_ui()
    st.caption(f"At most {jobs.MAX_ACTIVE} jobs run at once. Runs are saved in `{state.runs_root()}`; "
               "an interrupted run resumes from its last completed epoch.")


render()
