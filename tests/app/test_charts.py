"""fashion.report (tables, arrays) and ui.figures (plotly figures), without Streamlit."""
from pathlib import Path
import numpy as np
import pandas as pd
import pytest
import torch

from fashion import report
from fashion.config import CLASS_NAMES, TrainConfig
from fashion.store import Run
from ui import figures


def make_run(name="r", arch="cnn", bs=128, lr=0.001, accs=(0.5, 0.7, 0.6), **config) -> Run:
    epochs = len(accs)
    history = pd.DataFrame({
        "epoch": range(1, epochs + 1), "train_loss": np.linspace(2, 1, epochs),
        "train_acc": np.linspace(0.3, 0.8, epochs), "val_loss": np.linspace(1.8, 1.1, epochs),
        "val_acc": list(accs), "lr": lr, "seconds": 2.0, "images_per_s": 100.0,
        "is_best": [a == max(accs) for a in accs],
    })
    best = int(np.argmax(accs)) + 1
    summary = {"status": "finished", "best_epoch": best, "best_val_acc": max(accs), "final_val_acc": accs[-1],
               "test_acc": max(accs) - 0.01, "params": 1000, "train_seconds": 2.0 * epochs, "device": "cpu",
               "epochs_done": epochs}
    return Run(path=Path(f"/tmp/{name}"), summary=summary, history=history,
               config=TrainConfig(arch=arch, batch_size=bs, lr=lr, epochs=epochs, **config))


def test_best_per_arch_and_leaderboard_order():
    runs = [make_run("a", accs=(0.5,)), make_run("b", accs=(0.9,)), make_run("c", arch="resnet20", accs=(0.7,))]
    assert [r.name for r in report.best_per_arch(runs)] == ["b", "c"]
    table = report.leaderboard(runs)
    assert list(table["run"]) == ["b", "c", "a"]
    assert {"arch", "params", "epochs", "best_val_acc", "test_acc", "train_seconds", "device"} <= set(table.columns)


def test_smooth_keeps_length_and_zero_is_identity():
    values = pd.Series([1.0, 3.0, 2.0, 5.0])
    assert report.smooth(values, 0).tolist() == values.tolist()
    smoothed = report.smooth(values, 0.8)
    assert len(smoothed) == 4 and smoothed.iloc[0] == 1.0 and smoothed.max() < 5.0


def test_curves_figure_one_legend_entry_per_run_and_best_star():
    runs = [make_run(f"run{i}", lr=0.001 * (i + 1)) for i in range(12)]
    figure = figures.curves_figure(runs, smoothing=0.5, log_y=True)
    legend = [t for t in figure.data if t.showlegend]
    assert [t.name for t in legend] == [r.name for r in runs]
    stars = [t for t in figure.data if t.marker.symbol == "star"]
    assert len(stars) == 2 * len(runs)  # val loss and val acc
    assert stars[1].x[0] == 2  # best epoch of accs (0.5, 0.7, 0.6)
    assert any("run1</b><br>cnn · bs 128 · lr 0.002" in t.hovertemplate for t in figure.data)  # hover: config
    assert figure.layout.yaxis.type == "log"
    assert len({t.line.color for t in legend}) == 12  # distinct colours


def test_curves_figure_time_axis_and_highlight():
    runs = [make_run("a"), make_run("b")]
    figure = figures.curves_figure(runs, x="time", highlight="b")
    first = figure.data[0]
    assert list(first.x) == [2.0, 4.0, 6.0]
    widths = {t.name: t.line.width for t in figure.data if t.mode != "markers"}
    assert widths["b"] > widths["a"]


def test_histories_frame_stacks_runs():
    frame = report.histories_frame([make_run("a"), make_run("b")])
    assert len(frame) == 6 and list(frame.columns[:4]) == ["run", "arch", "batch_size", "base_lr"]
    assert "val_acc" in frame


def test_grid_groups_table_and_heatmap():
    cells = [make_run(f"c{b}-{lr}", bs=b, lr=lr, accs=(b / 1000 + lr,)) for b in (64, 128) for lr in (0.001, 0.01)]
    other = make_run("other", arch="resnet20")
    groups = report.grid_groups(cells + [other])
    assert len(groups) == 1 and len(next(iter(groups.values()))) == 4
    table = report.grid_table(cells, "best_val_acc")
    assert table.shape == (2, 2) and table.loc[128, 0.01] == pytest.approx(0.138)
    figure = figures.heatmap_figure(table, "best val acc", True, highlight=(128, 0.01))
    assert figure.data[0].text[1][1] == "13.80%"
    assert len(figure.layout.shapes) == 1
    seconds = figures.heatmap_figure(report.grid_table(cells, "train_seconds"), "train time (s)", False)
    assert "%" not in seconds.data[0].text[0][0]


def test_parallel_figure_over_varying_params():
    runs = [make_run("a", bs=64, lr=0.001), make_run("b", arch="resnet20", bs=128, lr=0.01, optimizer="sgd")]
    params = report.varying_params(runs)
    assert params == ["arch", "batch_size", "lr", "optimizer"]
    figure = figures.parallel_figure(runs, params)
    labels = [d.label for d in figure.data[0].dimensions]
    assert labels[0] == "arch" and labels[-1] == "best val acc"


@pytest.mark.parametrize("costs, scores, expected", [
    ([1, 2, 3], [0.5, 0.6, 0.7], [True, True, True]),
    ([1, 2, 3], [0.7, 0.6, 0.5], [True, False, False]),
    ([1, 1, 2], [0.5, 0.6, 0.6], [False, True, False]),
    ([1, None, 2], [0.5, 0.9, float("nan")], [True, False, False]),
])
def test_pareto_mask(costs, scores, expected):
    assert report.pareto_mask(costs, scores) == expected


def test_scatter_figure_marks_the_front():
    frame = pd.DataFrame({"run": ["a", "b", "c"], "arch": ["cnn", "resnet20", "resnet18"],
                          "params": [1e6, 3e5, 1e7], "test_acc": [0.9, 0.85, 0.88]})
    figure = figures.scatter_figure(frame, "params", "test_acc", "parameters", "test accuracy")
    front = [t for t in figure.data if t.name == "Pareto front"][0]
    assert list(front.text) == ["b", "a"]
    assert list(figure.layout.xaxis.ticktext)[:3] == ["200k", "500k", "1M"]


def test_log_ticks_and_short_numbers():
    assert figures.log_ticks(3, 40) == [2, 5, 10, 20, 50]
    assert figures.log_ticks(0, 10) == []
    assert [figures.short_number(v) for v in (0.5, 2000, 3e6)] == ["0.5", "2k", "3M"]


def test_confusion_and_per_class_figures():
    confusion = np.eye(10, dtype=int) * 5
    confusion[0, 6] = 5
    figure = figures.confusion_figure(confusion.tolist())
    assert figure.data[0].z[0][0] == pytest.approx(0.5) and figure.data[0].text[0][6] == "5"
    per_class = figures.per_class_figure({"m1": {n: 0.5 for n in CLASS_NAMES}, "m2": {n: None for n in CLASS_NAMES}})
    assert per_class.data[0].text[0] == ["50%", ""]


def test_misclassified_most_confident_first():
    result = {"predicted": [1, 2, 3, 4], "labels": [1, 0, 0, 4], "confidence": [0.9, 0.6, 0.8, 0.7]}
    assert report.misclassified(result) == [2, 1]
    assert report.misclassified({"predicted": [1], "confidence": [1.0]}) == []


def test_top_classes():
    probs = np.full(10, 0.05)
    probs[7], probs[2] = 0.4, 0.15
    top = report.top_classes(probs, k=3)
    assert [name for name, _ in top] == ["Sneaker", "Pullover", "T-shirt/top"]  # ties: lowest label first
    assert top[0][1] == pytest.approx(0.4)
    assert len(report.top_classes(probs, k=0)) == 1 and len(report.top_classes(probs, k=99)) == 10


def test_images_and_statistics():
    images = torch.randint(0, 256, (40, 28, 28), dtype=torch.uint8)
    labels = torch.arange(40) % 10
    sheet = report.image_grid(images[:7].numpy(), columns=3)
    assert sheet.shape == (3 * 30 + 2, 3 * 30 + 2)
    assert report.upscale(images[0].numpy(), 3).shape == (84, 84)
    samples = report.samples_per_class(images, labels, per_class=5)
    assert samples.shape == (50, 28, 28)
    assert (samples[4] == 0).all()  # only 4 images per class exist: the rest stays black
    assert report.class_counts(labels).tolist() == [4] * 10
    means = report.mean_images(images, labels)
    assert means.shape == (10, 28, 28) and means.dtype == np.uint8
    expected = images[labels == 3].double().mean(0).round()
    assert np.array_equal(means[3], expected.numpy().astype(np.uint8))
    histogram = report.pixel_histogram(images)
    assert histogram.sum() == 40 * 784 and len(histogram) == 256
    assert figures.sample_grid_figure(images, labels, per_class=4).layout.yaxis.ticktext[0] == CLASS_NAMES[0]
    assert figures.class_balance_figure({"train": report.class_counts(labels)}).data[0].y[0] == 4
    assert figures.pixel_histogram_figure(histogram).layout.yaxis.type == "log"


def test_measure_latency_is_positive():
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, 10))
    assert 0 < report.measure_latency_ms(model, repeats=3) < 1000


def test_config_text_names_what_differs():
    text = report.config_text(TrainConfig(arch="cnn", epochs=1, train_limit=500, augment=False))
    assert text.startswith("cnn · bs 128 · lr 0.001 · 1 epoch ·") and "no augment" in text and "500 train" in text


def test_default_run_is_the_cheapest_network_within_a_point_of_the_best():
    from ui.state import default_run

    runs = [make_run("resnet18", arch="resnet18", accs=(0.9433,)),
            make_run("resnet20", arch="resnet20", accs=(0.9374,)),      # fewer parameters, twice the FLOPs
            make_run("class", arch="fastnet_wide_fc", accs=(0.9435,)),
            make_run("speedrun", arch="whitenet", accs=(0.9259,)),      # cheapest, but 1.8 points below
            make_run("retired", arch="no_longer_registered", accs=(0.9430,))]
    for run, params in zip(runs, (11_172_810, 272_186, 538_186, 96_208, 1_000)):
        run.summary["params"] = params
    assert default_run(runs).name == "class"
    assert default_run([r for r in runs if r.name != "class"]).name == "resnet20"
