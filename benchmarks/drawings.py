"""How every run with weights classifies student-like drawings, through the Live page's own
preprocessing: outlines, painted-in shapes with their details left unpainted, shapes painted all
over, pen drawings on white paper (uploads), the same drawings photographed on paper by a phone
(fashion.paper: uneven light, ruled or squared sheets, blur, JPEG), and outlines and silhouettes
traced from validation images. The drawings are made by fashion.drawings from seeds no training
uses; `--drawn` training draws other drawings of the same templates, except the last of each class
("unseen" here). Sixteen generators were written apart from it, each by a hand that saw none of the
others, and draw the same classes their own way: fashion.other_hands, quick_hands (doodles of a few
seconds), careful_hands (a minute's drawing, with details), young_hands (children of 8-13,
colouring in), mouse_hands (a mouse or a trackpad), flat_hands (a design class's "flats",
seams and all), icon_hands (icons and emoji copied from memory), stylus_hands (teenagers
sketching today's clothes loosely with a stylus), prompt_hands (whatever kind of the garment its
name brings to mind), pattern_hands (decorated: stripes, checks, logos), shop_hands (on
hangers, folded, in pairs, with price tags), catalog_hands (as a shop's product photo shows the
garment), oneline_hands (one continuous line) and messy_hands (corrected outlines, colouring in
past the lines), which `--drawn` training also draws from
(other seeds), and benchmarks/phone_hands.py (a finger on a phone, a stylus on a tablet) and
benchmarks/fresh_hands.py, which no training and no choice uses: the nearest we have to a class's
own drawings.

    python benchmarks/drawings.py                        # every run in checkpoints/
    python benchmarks/drawings.py --record               # also store the figures in each run's summary
    python benchmarks/drawings.py --runs class-fastnet_wide_fc-bs64-lr0.003-e44-s0 --per-class 50

--record writes `drawings` into summary.json; the Live page answers drawings with the run whose
`drawings.score` is highest: the mean of its accuracy on outline and on filled drawings of the
templates that `--drawn` training never uses (one per class). The phone and fresh hands' drawings
are reported, never chosen by.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import torch  # noqa: E402

from fashion import drawings, paper  # noqa: E402
from fashion.config import CLASS_NAMES  # noqa: E402
from fashion.data import load_split, resolve_source, split_train_val  # noqa: E402
from fashion.evaluate import predict_logits  # noqa: E402
from fashion.predict import preprocess  # noqa: E402
from fashion.store import DEFAULT_ROOT, list_runs, write_json  # noqa: E402
import fresh_hands  # noqa: E402
import phone_hands  # noqa: E402

CLOTHING = (0, 2, 3, 4, 6)     # T-shirt/top, Pullover, Dress, Coat, Shirt: the classes drawings confuse
LOOK_ALIKE = (2, 4, 6)         # Pullover, Coat, Shirt: one silhouette when painted all over
SCORED = ("outline", "filled")  # the styles the Draw default is chosen by
# Generators written apart from fashion.drawings, by set name ("other hands" for other_hands): the
# hands training draws from too (fashion.drawings.OTHER_HANDS, other seeds), then phone_hands and
# fresh_hands, which no training and no choice sees.
OTHER_GENERATORS = {hand.__name__.rpartition(".")[2].replace("_", " "): hand
                    for hand in drawings.OTHER_HANDS + (phone_hands, fresh_hands)}
CHOSEN_BY = ("unseen outline", "unseen filled")


def drawing_sets(per_class: int, seed: int, validation) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """{set name: (28x28 uint8 images as the Live page makes them, labels)}. "unseen outline" and
    "unseen filled" are `per_class` drawings of each class's template that training never uses
    (the Draw default is chosen by them, so they are as many as the other sets);
    "<name> outline" and "<name> filled" come from each of the OTHER_GENERATORS."""
    rng = np.random.default_rng(seed)
    sets = {}
    for style in drawings.STYLES:
        images, labels, _ = drawings.sample(per_class, seed=seed, styles=(style,))
        sets[style] = (_canvas(images), labels)
        if style in SCORED:
            unseen, unseen_labels, _ = drawings.sample(per_class, seed=seed, styles=(style,), held_out=True)
            sets[f"unseen {style}"] = (_canvas(unseen), unseen_labels)
    for name, generator in OTHER_GENERATORS.items():
        images, labels, styles = generator.make(per_class, seed=seed)
        for style in SCORED:
            chosen = np.array(styles) == style
            sets[f"{name} {style}"] = (_canvas(images[chosen]), labels[chosen])
    pen_count = max(1, per_class // 2)
    images, labels, _ = drawings.sample(pen_count, seed=seed + 1, styles=("outline", "filled"))
    on_paper = drawings.invert(images)
    sets["pen on paper"] = (np.stack([preprocess(image, "upload.png", drawing=True) for image in on_paper]), labels)
    camera = np.random.default_rng([seed, 1])  # its own stream: the traced sets below stay as they were
    sets["photographed"] = (np.stack([preprocess(paper.photographed(image, camera), "photo.jpg", drawing=True)
                                      for image in on_paper]), labels)
    if validation is not None:
        picked = _per_class_indices(validation.labels.numpy(), per_class, rng)
        images28, labels = validation.images[picked].numpy(), validation.labels[picked].numpy()
        for style in ("outline", "silhouette"):
            sets[f"traced {style}"] = (_canvas(drawings.traced(images28, rng, style)), labels)
    return sets


def _canvas(images: np.ndarray) -> np.ndarray:
    """What the Live page makes of canvas drawings (white on black)."""
    return np.stack([preprocess(image, "canvas", drawing=True) for image in images])


def _per_class_indices(labels: np.ndarray, per_class: int, rng: np.random.Generator) -> np.ndarray:
    return np.concatenate([rng.choice(np.flatnonzero(labels == c), per_class, replace=False)
                           for c in range(len(CLASS_NAMES))])


def predictions(run, model, images28: np.ndarray) -> np.ndarray:
    with torch.inference_mode():
        return predict_logits(model, torch.from_numpy(images28), tta=run.config.tta).argmax(1).numpy()


def grouped(labels: np.ndarray) -> np.ndarray:
    return np.where(np.isin(labels, LOOK_ALIKE), LOOK_ALIKE[0], labels)


def scores(predicted: dict[str, np.ndarray], sets) -> dict:
    figures = {_key(name): float(np.mean(predicted[name] == sets[name][1])) for name in sets}
    figures["painted_grouped_acc"] = float(np.mean(grouped(predicted["painted"]) == grouped(sets["painted"][1])))
    labels = np.concatenate([sets[name][1] for name in SCORED])
    hits = np.concatenate([predicted[name] for name in SCORED]) == labels
    figures["class_acc"] = [float(hits[labels == c].mean()) for c in range(len(CLASS_NAMES))]
    # Chosen by drawings of templates no run trained on.
    figures["score"] = float(np.mean([figures[_key(name)] for name in CHOSEN_BY]))
    return figures


def _key(name: str) -> str:
    return f"{name.replace(' ', '_')}_acc"


def clothing_confusion(predicted: dict[str, np.ndarray], sets) -> pd.DataFrame:
    labels = np.concatenate([sets[name][1] for name in SCORED])
    guesses = np.concatenate([predicted[name] for name in SCORED])
    short = [CLASS_NAMES[c].split("/")[0] for c in CLOTHING]
    table = pd.DataFrame(0, index=short, columns=short + ["other"])
    for truth, guess in zip(labels, guesses):
        if truth in CLOTHING:
            column = short[CLOTHING.index(guess)] if guess in CLOTHING else "other"
            table.loc[short[CLOTHING.index(truth)], column] += 1
    return table


def stroke_latency_ms(run, canvases: np.ndarray) -> tuple[float, float]:
    """p50 and p95 of one canvas (280x280 RGBA, as the page gets it) to probabilities, one thread."""
    model = run.load_model()
    times = []
    for canvas in canvases:
        rgba = np.dstack([canvas] * 3 + [np.full_like(canvas, 255)])
        started = time.perf_counter()
        image28 = preprocess(rgba, "canvas", drawing=True)
        with torch.inference_mode():
            predict_logits(model, torch.from_numpy(image28[None]), tta=run.config.tta).softmax(1)
        times.append(time.perf_counter() - started)
    return tuple(float(np.percentile(times, q)) * 1000 for q in (50, 95))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="runs folder (default: checkpoints/)")
    parser.add_argument("--runs", help="comma-separated run names (default: every run with weights)")
    parser.add_argument("--per-class", type=int, default=30, help="drawings per class and set")
    parser.add_argument("--seed", type=int, default=0, help="seed of the drawings")
    parser.add_argument("--record", action="store_true", help="store the figures in each run's summary.json")
    args = parser.parse_args()
    if args.per_class < drawings.MOST_TEMPLATES:
        parser.error(f"--per-class must be at least {drawings.MOST_TEMPLATES}, so every template is drawn")
    torch.set_num_threads(1)  # as the app predicts: one thread

    runs = [run for run in list_runs(args.root) if run.has_weights]
    if args.runs:
        runs = [run for run in runs if run.name in args.runs.split(",")]
    try:
        source = resolve_source(download=False)
        full = load_split(source, "train")
        validation = full.subset(split_train_val(full.labels)[1], "validation")
    except Exception as error:  # noqa: BLE001 - the traced sets need the data; the rest does not
        print(f"no traced sets: {error}")
        validation = None
    started = time.perf_counter()
    sets = drawing_sets(args.per_class, args.seed, validation)
    seconds = time.perf_counter() - started
    count = sum(len(labels) for _, labels in sets.values())
    print(f"{count} drawings ({args.per_class} per class and set, seed {args.seed}) made and preprocessed "
          f"in {seconds:.1f} s ({seconds / count * 1000:.1f} ms each on one thread)\n")

    rows, per_class, results = [], {}, {}
    for run in runs:
        model = run.load_model()
        predicted = {name: predictions(run, model, images) for name, (images, _) in sets.items()}
        figures = scores(predicted, sets)
        results[run.name] = (figures, predicted)
        rows.append({"run": run.name, **{name: figures[_key(name)] for name in sets},
                     "painted (P/C/S as one)": figures["painted_grouped_acc"],
                     "worst class": min(figures["class_acc"]), "score": figures["score"]})
        per_class[run.name] = figures["class_acc"]
        if args.record:
            run.summary["drawings"] = {"seed": args.seed, "per_class": args.per_class, **figures}
            write_json(run.path / "summary.json", run.summary)
    if not rows:
        print(f"no run with weights in {args.root}")
        return
    table = pd.DataFrame(rows).sort_values("score", ascending=False)
    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.float_format", "{:.1%}".format):
        print(table.to_string(index=False))
        best = table.iloc[0]["run"]
        print("\nPer class, outline and filled together:")
        print(pd.DataFrame(per_class, index=CLASS_NAMES).T.loc[table["run"]].to_string())
        print(f"\nClothing confusion of {best} (rows: drawn, columns: predicted; outline and filled):")
        print(clothing_confusion(results[best][1], sets).to_string())
    canvases, _, _ = drawings.sample(5, seed=args.seed + 2, styles=("outline",))
    p50, p95 = stroke_latency_ms(next(run for run in runs if run.name == best), canvases)
    print(f"\nStroke to prediction with {best} (the 280x280 canvas preprocessed, then its "
          f"prediction), one thread: p50 {p50:.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
