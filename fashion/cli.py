"""`python -m fashion COMMAND ...`: train, grid, evaluate, predict, runs, data."""
from __future__ import annotations

import argparse
import dataclasses
import json
import shlex
import sys
from pathlib import Path

from .config import CLASS_NAMES, PRESETS, TRAIN_FLAGS, TrainConfig, check, number_list
from .errors import FashionError

def _add_train_flags(parser: argparse.ArgumentParser) -> None:
    for flag, (field, kind, help_text) in TRAIN_FLAGS.items():
        parser.add_argument(flag, dest=field, type=kind, default=None, help=help_text)
    parser.add_argument("--preset", choices=sorted(PRESETS), help="start from a named recipe; flags override it")
    parser.add_argument("--no-augment", dest="augment", action="store_false", default=None,
                        help="turn off random crop + flip")
    parser.add_argument("--no-tta", action="store_true", help="no test-time augmentation (a preset's "
                                                              "included); --tta-flip/--tta-shift after it add theirs back")
    parser.add_argument("--tta-flip", dest="tta_flip", action="store_true", default=None,
                        help="average predictions over each image and its mirror")
    parser.add_argument("--tta-shift", dest="tta_shift", action="store_true", default=None,
                        help="also average over each image moved one pixel up, down, left and right "
                             "(for nets trained with random crops)")
    parser.add_argument("--compile", action="store_true", default=None, help="torch.compile on CUDA")
    _add_common(parser)
    parser.add_argument("--force", action="store_true", help="retrain even if the run is cached")
    parser.add_argument("--half-weights", action="store_true", help="store best weights as float16")
    parser.add_argument("--quiet", action="store_true", help="no progress bars or epoch lines")


def _add_jobs_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=_positive_int, default=1,
                        help="train this many runs at once, one process each (a GPU fits several small runs)")


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return int(text)


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", help="CSV file or folder of IDX .gz files (default: FASHION_DATA, "
                                       "./data, the Debian package, torchvision download)")
    parser.add_argument("--out", type=Path, default=None, help="run cache folder (default: checkpoints/)")


def config_from_args(args: argparse.Namespace) -> TrainConfig:
    base = PRESETS[args.preset] if getattr(args, "preset", None) else TrainConfig()
    overrides = {field: getattr(args, field) for field, *_ in TRAIN_FLAGS.values()
                 if getattr(args, field, None) is not None}
    if getattr(args, "no_tta", False):
        overrides.update(tta_flip=False, tta_shift=False)
    for field in ("augment", "tta_flip", "tta_shift", "compile"):
        if getattr(args, field, None) is not None:
            overrides[field] = getattr(args, field)
    config = dataclasses.replace(base, **overrides)
    _check_config(config)
    if config.pretrained:
        from .pretrained import resolved

        config = resolved(config)  # the weights' hash names the run: every command names it the same
    return config


def _check_config(config: TrainConfig) -> None:
    from .models import create_model

    create_model(config.arch)
    check(config)


def _root(args) -> Path:
    from .store import DEFAULT_ROOT

    return args.out or DEFAULT_ROOT


# ----------------------------------------------------------------------------------------------
# Commands

def cmd_train(args) -> int:
    from . import distributed
    from .runs import train_run

    config = config_from_args(args)
    run, _ = train_run(config, _root(args), force=args.force, data=args.data,
                       verbose=not args.quiet, half_weights=args.half_weights)
    if args.quiet and distributed.world().is_main:  # no bars or epoch lines, but say where the run is
        print(f"{run.status}: {run.path}")
    return 0 if run.status == "finished" else 3


def cmd_grid(args) -> int:
    from .grid import grid_configs

    batch_sizes = number_list(args.batch_sizes, int, "--batch-sizes")
    learning_rates = number_list(args.lrs, float, "--lrs")
    runs = _train_many(grid_configs(config_from_args(args), batch_sizes, learning_rates), args)
    if runs is not None:
        print(grid_table(runs))
    return 0


def cmd_suite(args) -> int:
    from .grid import suite_configs
    from .store import runs_table

    runs = _train_many(suite_configs(config_from_args(args)), args)
    if runs is not None:
        print(runs_table(runs).to_string(index=False))
    return 0


def _train_many(configs, args):
    """Train every config not yet cached (--jobs at once); with --dry-run print their commands."""
    from .grid import run_grid, train_command

    if args.dry_run:
        for config in configs:
            print(train_command(config, _root(args), args.data))
        return None
    if args.slurm:
        from .slurm import SlurmOptions, write_array_script

        options = SlurmOptions(args.partition or "", args.gpus_per_task or 0, args.time or "", args.array_limit or 0)
        path = write_array_script(configs, _root(args), options, args.command, args.data)
        print(f"wrote {path}: {len(configs)} array tasks, one run each; submit with: sbatch {shlex.quote(str(path))}")
        return None
    return run_grid(configs, _root(args), force=args.force, data=args.data, verbose=not args.quiet,
                    jobs=args.jobs, half_weights=args.half_weights)


def grid_table(runs) -> str:
    from .report import grid_table as best_val_grid

    table = best_val_grid(runs, "best_val_acc")
    return "best validation accuracy (rows: batch size, columns: learning rate)\n" + (table * 100).round(2).to_string()


def cmd_evaluate(args) -> int:
    from .data import load_csv, load_split, resolve_source
    from .evaluate import evaluate, evaluate_logits, predictions_table
    from .result_cache import test_logits
    from .store import atomic_write_text, open_run

    run = open_run(args.run, _root(args))
    model = run.load_model()
    if args.csv:
        result = evaluate(model, load_csv(args.csv), tta=run.config.tta)
    else:  # the official test set's logits are kept in the run folder, for the app's Compare page too
        dataset = load_split(resolve_source(args.data), "test")
        result = evaluate_logits(test_logits(run.path, model, dataset, len(dataset), tta=run.config.tta),
                                 dataset.labels)
    table = predictions_table(result)
    out = Path(args.predictions) if args.predictions else None
    if out:
        atomic_write_text(out, table.to_csv(index=False))
    summary = {k: v for k, v in result.items() if k not in ("predicted", "confidence", "labels")}
    summary.update(run=run.name, data=args.csv or "official test set")
    if "labels" not in result:  # nothing to score: the predictions are the result
        summary["predictions"] = table[["index", "predicted", "predicted_name", "confidence"]].to_dict("records")
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{run.name} on {summary['data']}: {result['n']} images")
    if "accuracy" in result:
        print(f"accuracy {result['accuracy']:.2%}  loss {result['loss']:.4f}")
        for name, value in result["per_class"].items():
            print(f"  {name:<12} {'-' if value is None else f'{value:.2%}'}")
    else:
        print("no labels in the file: predictions only")
        print(table.head(10).to_string(index=False))
    if out:
        print(f"predictions written to {out}")
    return 0


def cmd_predict(args) -> int:
    from .predict import predict, preprocess
    from .store import open_run

    run = open_run(args.run, _root(args))
    model = run.load_model()
    results, failures = [], 0
    for image_path in args.images:
        try:
            image28 = preprocess(image_path, str(image_path), drawing=args.drawing)
            top = predict(model, image28, k=args.top_k, tta=run.config.tta)
            results.append({"image": str(image_path), "top": top})
        except FashionError as error:
            failures += 1
            results.append({"image": str(image_path), "error": str(error)})
    if args.json:
        print(json.dumps(results if len(results) > 1 else results[0], indent=2))
    else:
        for result in results:
            if "error" in result:
                print(f"error: {result['error']}", file=sys.stderr)
                continue
            guesses = ", ".join(f"{t['name']} {t['probability']:.1%}" for t in result["top"])
            print(f"{result['image']}: {guesses}")
    return 2 if failures else 0


def cmd_runs(args) -> int:
    from .models import count_parameters, create_model, describe_model, forward_flops, list_models
    from .store import runs_table, scan_runs

    if args.layers:
        from .layers import text_table

        print(text_table(args.layers))
        return 0
    if args.models:
        for name in list_models():
            print(f"{name:<16} {count_parameters(create_model(name)):>11,} params "
                  f"{forward_flops(name) / 1e6:>8,.0f} MFLOPs  {describe_model(name)}")
        return 0
    runs, problems = scan_runs(_root(args))
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not runs:
        print(f"no runs in {_root(args)}/ yet: train one with 'python -m fashion train --arch cnn --epochs 2'")
        return 0
    table = runs_table(runs)
    print(markdown_table(table) if args.markdown else table.to_string(index=False))
    return 0


def markdown_table(table) -> str:
    shown = table.copy()
    for column in ("best_val_acc", "test_acc"):
        shown[column] = shown[column].map(lambda v: "" if v is None or v != v else f"{v:.2%}")
    shown["train_seconds"] = shown["train_seconds"].map(lambda v: "" if v is None or v != v else f"{v:.0f}")
    shown["params"] = shown["params"].map(lambda v: "" if v is None or v != v else f"{int(v):,}")
    return shown.to_markdown(index=False) if _has_tabulate() else _plain_markdown(shown)


def _has_tabulate() -> bool:
    try:
        import tabulate  # noqa: F401
        return True
    except ImportError:
        return False


def _plain_markdown(table) -> str:
    header = "| " + " | ".join(table.columns) + " |"
    rule = "|" + "|".join("---" for _ in table.columns) + "|"
    rows = ["| " + " | ".join(str(v) for v in row) + " |" for row in table.itertuples(index=False)]
    return "\n".join([header, rule, *rows])


def cmd_data(args) -> int:
    from .data import load_split, resolve_source, split_train_val

    source = resolve_source(args.data)
    if args.export_csv:
        from .data import save_csv

        save_csv(args.export_csv, load_split(source, args.split))
        print(f"wrote the {args.split} set of {source.describe()} to {args.export_csv} in the seed's CSV format")
        return 0
    print(f"source: {source.describe()}")
    train = load_split(source, "train")
    train_idx, val_idx = split_train_val(train.labels)
    parts = {"train": train.labels[train_idx], "validation": train.labels[val_idx]}
    try:
        parts["test"] = load_split(source, "test").labels
    except FashionError as error:
        print(f"test: {error}")
    print(f"{'class':<14}" + "".join(f"{name:>12}" for name in parts))
    for label, class_name in enumerate(CLASS_NAMES):
        print(f"{label} {class_name:<12}" + "".join(f"{int((v == label).sum()):>12}" for v in parts.values()))
    print(f"{'total':<14}" + "".join(f"{len(v):>12}" for v in parts.values()))
    return 0


# ----------------------------------------------------------------------------------------------

def _add_slurm_flags(parser) -> None:
    group = parser.add_argument_group("SLURM", "--slurm writes an sbatch array script (one run per task) "
                                               "into OUT/slurm/ instead of training")
    group.add_argument("--slurm", action="store_true", help="write the array script and stop")
    group.add_argument("--partition", help="#SBATCH --partition")
    group.add_argument("--gpus-per-task", type=int, help="#SBATCH --gpus-per-task")
    group.add_argument("--time", help="#SBATCH --time, e.g. 02:00:00")
    group.add_argument("--array-limit", type=int, help="at most this many tasks at once (--array=0-N%%K)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m fashion", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    train = commands.add_parser("train", help="train one configuration into the run cache")
    _add_train_flags(train)
    train.set_defaults(handler=cmd_train)

    grid = commands.add_parser("grid", help="batch size x learning rate grid over the run cache")
    _add_train_flags(grid)
    grid.add_argument("--batch-sizes", default="64,128,256", help="comma-separated (seed: 64,128,256)")
    grid.add_argument("--lrs", default="0.001,0.005,0.01", help="comma-separated (seed: 0.001,0.005,0.01)")
    grid.add_argument("--dry-run", action="store_true", help="print one train command per cell and stop")
    _add_jobs_flag(grid)
    _add_slurm_flags(grid)
    grid.set_defaults(handler=cmd_grid)

    suite = commands.add_parser("suite", help="the seed's whole study: 5 architectures + the 3x3 grid on resnet18 (GPU)")
    _add_train_flags(suite)
    suite.add_argument("--dry-run", action="store_true", help="print one train command per run and stop")
    _add_jobs_flag(suite)
    _add_slurm_flags(suite)
    suite.set_defaults(handler=cmd_suite)

    evaluate = commands.add_parser("evaluate", help="evaluate a run on a CSV or the official test set")
    evaluate.add_argument("--run", required=True, help="run folder or run name in the cache")
    evaluate.add_argument("--csv", help="CSV in the seed's format (label,pixel1..pixel784; labels optional)")
    evaluate.add_argument("--predictions", help="write per-image predictions to this CSV")
    evaluate.add_argument("--json", action="store_true", help="print a JSON object")
    _add_common(evaluate)
    evaluate.set_defaults(handler=cmd_evaluate)

    predict = commands.add_parser("predict", help="classify image files (photos, drawings, scans)")
    predict.add_argument("--run", required=True, help="run folder or run name in the cache")
    predict.add_argument("images", nargs="+", help="image files (png, jpg, webp, gif, ...)")
    predict.add_argument("--top-k", type=int, default=3, help="how many classes to show (default 3)")
    predict.add_argument("--json", action="store_true", help="print JSON")
    predict.add_argument("--drawing", action="store_true",
                         help="the images are drawings: trim each to the drawing without the stray marks apart from it")
    predict.add_argument("--out", type=Path, default=None, help="run cache folder (default: checkpoints/)")
    predict.set_defaults(handler=cmd_predict)

    runs = commands.add_parser("runs", help="table of cached runs")
    runs.add_argument("--markdown", action="store_true", help="as a Markdown table (for the README)")
    runs.add_argument("--models", action="store_true", help="list the architectures instead")
    runs.add_argument("--layers", metavar="ARCH", help="with --models: one architecture layer by layer (output "
                                                       "shape, parameters, FLOPs, receptive field)")
    runs.add_argument("--out", type=Path, default=None, help="run cache folder (default: checkpoints/)")
    runs.set_defaults(handler=cmd_runs)

    data = commands.add_parser("data", help="where the data comes from, and images per class")
    data.add_argument("--data", help="CSV file or folder of IDX .gz files")
    data.add_argument("--export-csv", type=Path, help="write a split to this CSV (label,pixel1..pixel784)")
    data.add_argument("--split", choices=["train", "test"], default="test", help="split to export (default test)")
    data.set_defaults(handler=cmd_data)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except FashionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `python -m fashion ... | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("\ninterrupted: run the same command again to resume from the last completed epoch",
              file=sys.stderr)
        return 130
