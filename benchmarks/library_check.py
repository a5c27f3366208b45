"""Our saliency and calibration code against the libraries made for the job: captum's LayerGradCam
and IntegratedGradients, torchmetrics' MulticlassCalibrationError. Same runs, same test images:
how far apart the answers are, and how long each takes for one image on one thread, as the Live
page asks for it.

    pip install captum torchmetrics            # not requirements: only this check needs them
    python benchmarks/library_check.py
    python benchmarks/library_check.py --runs cnn-bs128-lr0.001-e30-s0 --images 20
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import torch  # noqa: E402

from fashion import calibration, explain  # noqa: E402
from fashion.data import load_split, resolve_source  # noqa: E402
from fashion.evaluate import predict_logits  # noqa: E402
from fashion.store import list_runs  # noqa: E402

DEFAULT_RUNS = ("cnn-bs128-lr0.001-e30-s0", "resnet20-bs128-lr0.001-e30-s0",
                "draw-fastnet_wide_fc-bs64-lr0.003-e44-s0")


def captum_grad_cam(model, image28, target: int) -> np.ndarray:
    from captum.attr import LayerAttribution, LayerGradCam
    layer = explain._module(model, explain.conv_stages(model)[-1].name)
    x = explain.model_input(model, image28)
    cam = LayerGradCam(model, layer).attribute(x, target=target, relu_attributions=True)
    cam = LayerAttribution.interpolate(cam, (28, 28), interpolate_mode="bilinear").clamp(min=0)[0, 0]
    peak = float(cam.max())
    return (cam / peak if peak > 0 else cam).detach().numpy()


def captum_integrated_gradients(model, image28, target: int, steps: int) -> np.ndarray:
    from captum.attr import IntegratedGradients
    x = explain.model_input(model, image28)
    base = explain.model_input(model, np.zeros((28, 28), np.uint8))
    ig = IntegratedGradients(model).attribute(x, base, target=target, n_steps=steps,
                                              method="riemann_middle", internal_batch_size=64)
    return ig[0, 0].detach().numpy()


def seconds(function, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def saliency_rows(run, images: np.ndarray) -> list[dict]:
    model = run.load_model()
    steps = explain.ig_steps(model)
    rows = []
    for image in images:
        target = int(explain.class_logits(model, image).argmax())
        ours_cam = explain.grad_cam(model, image, target)
        their_cam = captum_grad_cam(model, image, target)
        ours_ig = explain.integrated_gradients(model, image, target, steps)
        their_ig = captum_integrated_gradients(model, image, target, steps)
        rows.append({"cam_gap": float(np.abs(ours_cam - their_cam).max()),
                     "ig_gap": float(np.abs(ours_ig - their_ig).max() / (np.abs(their_ig).max() + 1e-12))})
    image, target = images[0], int(explain.class_logits(model, images[0]).argmax())
    timing = {"cam_ours": seconds(lambda: explain.grad_cam(model, image, target)),
              "cam_captum": seconds(lambda: captum_grad_cam(model, image, target)),
              "ig_ours": seconds(lambda: explain.integrated_gradients(model, image, target, steps)),
              "ig_captum": seconds(lambda: captum_integrated_gradients(model, image, target, steps))}
    return rows, timing


def calibration_row(run, test) -> dict:
    from torchmetrics.functional.classification import multiclass_calibration_error
    logits = torch.as_tensor(predict_logits(run.load_model(), test.images))
    probabilities = logits.softmax(1)
    confidence, predicted = probabilities.max(1)
    ours = calibration.expected_calibration_error(confidence.numpy(), (predicted == torch.as_tensor(test.labels)).numpy())
    theirs = float(multiclass_calibration_error(probabilities, torch.as_tensor(test.labels).long(), num_classes=10,
                                                n_bins=calibration.BINS, norm="l1"))
    return {"ece_ours": ours, "ece_torchmetrics": theirs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", nargs="+", default=list(DEFAULT_RUNS))
    parser.add_argument("--images", type=int, default=10, help="test images per run for the saliency maps")
    args = parser.parse_args()
    torch.set_num_threads(1)
    test = load_split(resolve_source(download=False), "test")
    runs = {run.name: run for run in list_runs() if run.has_weights}
    print(f"{'run':42} {'Grad-CAM max gap':>16} {'IG max gap/peak':>16} {'ECE ours':>9} {'torchmetrics':>12}"
          f"   ms one image, ours vs captum: Grad-CAM, IG")
    for name in args.runs:
        run = runs[name]
        rows, timing = saliency_rows(run, test.images[:args.images])
        ece = calibration_row(run, test)
        print(f"{name:42} {max(r['cam_gap'] for r in rows):16.2e} {max(r['ig_gap'] for r in rows):16.2e} "
              f"{ece['ece_ours']:9.5f} {ece['ece_torchmetrics']:12.5f}   "
              f"{timing['cam_ours'] * 1e3:.1f} vs {timing['cam_captum'] * 1e3:.1f}, "
              f"{timing['ig_ours'] * 1e3:.0f} vs {timing['ig_captum'] * 1e3:.0f}")


if __name__ == "__main__":
    main()
