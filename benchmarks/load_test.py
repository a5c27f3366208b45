"""Load test of the Live classifier: N simultaneous users, each uploading photos and waiting for
the prediction, through the code the Live page runs for an upload.

Streamlit runs every browser session's script in its own thread of one server process, so the
users here are threads of one process calling what app_pages/live.py calls, in the same order and
under the same lock:

    preprocess(upload bytes)                                  the 28x28 the network sees
    state.load_model(run)                                    cached, as in the app
    state.BATCHER.probabilities(model, image28)              the selected model's answer

state.BATCHER is the app's one fashion.predict.InferenceBatcher: concurrent users' images go
through the model together, one pass per model, on one thread under the page's lock.
`--path unbatched` instead runs each image alone (`with state.one_thread(): probabilities(...)`).

`--scope page` adds the rest of an upload's page run when its "Explain" toggle is on (off by
default): saliency, the first "Why this answer?" tab; `--scope all` also asks every model (the
page's "Ask all models" toggle, also off by default).
What this does not include: Streamlit's own work (widget state, protobuf deltas, the websocket)
and the browser.

The selected model is the page's default (state.default_run: the smallest model within one point
of the best validation accuracy) unless --run names another. Photos are product-photo-like PNGs made from the
official test images (dark garment on white, 420x420), or synthetic garments without the dataset.

    python benchmarks/load_test.py                      # 30 users x 10 predictions each
    python benchmarks/load_test.py --users 1            # the same path without contention
    python benchmarks/load_test.py --scope page --users 10
    python benchmarks/load_test.py --run speedrun-fastnet_wide_fc-bs128-lr0.004-e12-s0
"""
from __future__ import annotations

import argparse
import io
import logging
import os
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("FASHION_RUNS", str(REPO / "checkpoints"))
logging.getLogger("streamlit").setLevel(logging.ERROR)  # "no runtime" warnings outside `streamlit run`

import numpy as np  # noqa: E402
import torch  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from fashion import report# noqa: E402
from fashion.errors import FashionError  # noqa: E402
from fashion.predict import preprocess, probabilities  # noqa: E402


def quiet_streamlit() -> None:
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)


def product_photos(count: int) -> list[bytes]:
    """PNG uploads: real test garments as product photos, or synthetic garments."""
    try:
        from fashion.data import load_split, resolve_source

        test = load_split(resolve_source(download=False), "test")
        images = [test.images[i].numpy() for i in range(count)]
    except FashionError:
        images = []
        for i in range(count):
            image = Image.new("L", (28, 28), 0)
            ImageDraw.Draw(image).rectangle([8 + i % 4, 3, 19 - i % 3, 25], fill=200 + i % 50)
            images.append(np.asarray(image))
    photos = []
    for image28 in images:
        negated = Image.fromarray(255 - image28).resize((300, 300), Image.Resampling.BICUBIC)
        photo = Image.new("L", (420, 420), 255)
        photo.paste(negated, (60, 60))
        buffer = io.BytesIO()
        photo.convert("RGB").save(buffer, format="PNG")
        photos.append(buffer.getvalue())
    return photos


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=30, help="simultaneous users (default 30)")
    parser.add_argument("--requests", type=int, default=10, help="predictions per user (default 10)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds each user waits between predictions (default 0: back to back)")
    parser.add_argument("--scope", choices=["prediction", "page", "all"], default="prediction",
                        help="prediction: preprocess + the selected model (the page's default); "
                             "page: + saliency (Explain on); all: + every model")
    parser.add_argument("--run", help="run name in checkpoints/ (default: the page's default model)")
    parser.add_argument("--path", choices=["batched", "unbatched"], default="batched",
                        help="batched: the Live page's shared batcher; unbatched: one pass per image")
    args = parser.parse_args()

    from ui import explain_panel, state  # the page's own helpers and lock
    quiet_streamlit()

    runs = sorted(state.with_model(state.load_runs()[0]), key=report.best_val_acc, reverse=True)
    if not runs:
        print(f"no runs with weights in {state.runs_root()}", file=sys.stderr)
        return 2
    run = next((r for r in runs if r.name == args.run), None) if args.run else state.default_run(runs)
    if run is None:
        print(f"no run named {args.run!r} with weights in {state.runs_root()}", file=sys.stderr)
        return 2
    photos = product_photos(64)
    # Warm up as a running app is: models loaded and cached, first calls done.
    for each in runs if args.scope == "all" else [run]:
        with state.one_thread():
            probabilities(state.load_model(each), preprocess(photos[0]), tta=each.config.tta)

    batcher = state.BATCHER

    def answer(model, image28: np.ndarray, tta: str) -> np.ndarray:
        if args.path == "batched":
            return batcher.probabilities(model, image28, tta=tta)
        with state.one_thread():
            return probabilities(model, image28, tta=tta)

    def live_prediction(photo: bytes, user: int) -> float:
        """Runs one upload's work; returns when the prediction was there (the page shows it then)."""
        image28 = preprocess(photo, f"user{user}.png")
        model = state.load_model(run)
        probs = answer(model, image28, run.config.tta)
        predicted = time.perf_counter()
        if args.scope in ("page", "all"):
            target = int(np.argmax(probs))
            # explain_panel._saliency is cached per image in the app; every upload here is a new image.
            explain_panel._saliency.__wrapped__(model, explain_panel._weights_key(run), image28.tobytes(), target)
        if args.scope == "all":
            for other, other_model in state.models_or_warn(runs):
                answer(other_model, image28, other.config.tta)
        return predicted

    latencies: list[float] = []     # upload to prediction
    page_times: list[float] = []    # upload to the end of the page run (scope page)
    failures: list[str] = []
    record = threading.Lock()
    start_line = threading.Barrier(args.users)

    def user(index: int) -> None:
        rng = np.random.default_rng(index)
        start_line.wait()
        for _ in range(args.requests):
            photo = photos[int(rng.integers(len(photos)))]
            started = time.perf_counter()
            try:
                predicted = live_prediction(photo, index)
            except Exception as error:  # noqa: BLE001 - counted and reported, not fatal
                with record:
                    failures.append(f"{type(error).__name__}: {error}")
                continue
            finished = time.perf_counter()
            with record:
                latencies.append(predicted - started)
                page_times.append(finished - started)
            if args.think:
                time.sleep(rng.uniform(0.5, 1.5) * args.think)

    load_before = os.getloadavg()
    threads = [threading.Thread(target=user, args=(i,)) for i in range(args.users)]
    wall = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - wall
    load_after = os.getloadavg()

    print(f"Live classifier load test: {args.users} users x {args.requests} predictions, scope {args.scope}, "
          f"path {args.path}, think time {args.think:g} s")
    print(f"model {run.name} ({run.config.arch}, tta {run.config.tta or 'off'}); "
          f"{os.cpu_count()} CPUs, torch {torch.__version__}, {torch.get_num_threads()} threads outside the "
          f"page's one-thread lock; load average before {load_before[0]:.1f}, after {load_after[0]:.1f}")
    if latencies:
        for label, values in (("upload to prediction", latencies), ("upload to end of page", page_times)):
            if label.endswith("page") and args.scope == "prediction":
                continue
            ms = [value * 1000 for value in values]
            print(f"{label}, ms: p50 {percentile(ms, 50):.0f}  p95 {percentile(ms, 95):.0f}  "
                  f"max {max(ms):.0f}  mean {statistics.fmean(ms):.0f}")
        print(f"throughput: {len(latencies) / wall:.1f} uploads/s over {wall:.1f} s")
        if args.path == "batched":
            print(f"batches: {batcher.requests} images in {batcher.passes} forward passes")
    if failures:
        print(f"{len(failures)} failed, e.g. {failures[0]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
