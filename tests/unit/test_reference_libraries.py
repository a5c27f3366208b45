"""Our saliency and calibration code agrees with the reference libraries, captum and torchmetrics,
on shipped trained networks and real test images. They are the judges here, not dependencies of
the app: the README says why (and benchmarks/library_check.py times both)."""
import numpy as np
import pytest

from fashion import calibration, explain
from fashion.evaluate import predict_logits
from fashion.store import open_run
from samples import SHIPPED_CLASS, SHIPPED_RUNS, SHIPPED_SPEEDRUN

captum_attr = pytest.importorskip("captum.attr", reason="pip install -r requirements-dev.txt")
torchmetrics_classification = pytest.importorskip("torchmetrics.functional.classification")

RUNS = [SHIPPED_SPEEDRUN, SHIPPED_CLASS, SHIPPED_RUNS / "resnet20-bs128-lr0.001-e30-s0"]


@pytest.fixture(scope="module", params=RUNS, ids=lambda path: path.name.split("-")[0])
def model(request):
    return open_run(request.param).load_model()


def captum_grad_cam(model, image28, target):
    layer = explain._module(model, explain.conv_stages(model)[-1].name)
    cam = captum_attr.LayerGradCam(model, layer).attribute(explain.model_input(model, image28), target=target,
                                                           relu_attributions=True)
    cam = captum_attr.LayerAttribution.interpolate(cam, (28, 28), interpolate_mode="bilinear").clamp(min=0)
    cam = cam.detach()[0, 0]
    return (cam / cam.max()).numpy()


def targets(model, image28):
    """The answer, and the least likely class: a map with evidence and one with little."""
    logits = explain.class_logits(model, image28)
    return int(logits.argmax()), int(logits.argmin())


def test_grad_cam_is_captums_layer_grad_cam(model, real_test):
    for image in real_test.images[:4].numpy():
        for target in targets(model, image):
            ours = explain.grad_cam(model, image, target)
            if ours.max() == 0:
                continue  # nothing speaks for the class: captum's map is 0/0 there
            np.testing.assert_allclose(ours, captum_grad_cam(model, image, target), atol=1e-5)


def test_integrated_gradients_is_captums_midpoint_rule(model, real_test):
    steps = explain.ig_steps(model)
    for image in real_test.images[:3].numpy():
        target = targets(model, image)[0]
        ours = explain.integrated_gradients(model, image, target, steps)
        theirs = captum_attr.IntegratedGradients(model).attribute(
            explain.model_input(model, image), explain.model_input(model, np.zeros((28, 28), np.uint8)),
            target=target, n_steps=steps, method="riemann_middle", internal_batch_size=64)
        theirs = theirs.detach()[0, 0].numpy()
        np.testing.assert_allclose(ours, theirs, atol=1e-5 * np.abs(theirs).max())


def test_expected_calibration_error_is_torchmetrics(model, real_test):
    images, labels = real_test.images[:2000], real_test.labels[:2000].long()
    probabilities = predict_logits(model, images).softmax(1)
    confidence, predicted = probabilities.max(1)
    ours = calibration.expected_calibration_error(confidence.numpy(), (predicted == labels).numpy())
    theirs = float(torchmetrics_classification.multiclass_calibration_error(
        probabilities, labels, num_classes=10, n_bins=calibration.BINS, norm="l1"))
    # torchmetrics bins [l, u) in float32, we bin (l, u] (Guo et al.) in float64: only a confidence
    # on an edge can land in a different bin
    assert ours == pytest.approx(theirs, abs=2e-4)
    assert ours > 0
