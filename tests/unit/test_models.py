import pytest
import torch
from torch import nn

from fashion.errors import FashionError
from fashion.models import count_parameters, create_model, describe_model, forward_flops, list_models


@pytest.mark.parametrize("name", list_models())
def test_every_model_maps_batch_to_finite_logits_and_trains(name):
    torch.manual_seed(0)
    model = create_model(name)
    x = torch.randn(3, 1, 28, 28)
    logits = model(x)
    assert logits.shape == (3, 10)
    assert torch.isfinite(logits).all()
    logits.logsumexp(1).sum().backward()
    grads = [p.grad for p in model.parameters() if p.requires_grad]
    assert all(g is not None and torch.isfinite(g).all() for g in grads)
    assert describe_model(name) and count_parameters(model) > 0


def test_forward_flops_count_every_multiply_add_of_a_prediction_twice():
    # fastnet_wide, layer by layer: output positions x output channels x inputs per output
    multiply_adds = (14 * 14 * 32 * (1 * 2 * 2)          # 2x2 stride-2 stem
                     + 14 * 14 * 64 * (32 * 3 * 3)       # conv at 14x14
                     + 7 * 7 * 128 * (64 * 3 * 3)        # convs at 7x7
                     + 7 * 7 * 128 * (128 * 3 * 3)
                     + 10 * (128 * 3 * 3))               # linear head
    assert forward_flops("fastnet_wide") == 2 * multiply_adds
    # the hidden layer doubles the parameters but adds 2% to the cost
    assert forward_flops("fastnet_wide_fc") < 1.03 * forward_flops("fastnet_wide")
    assert count_parameters(create_model("fastnet_wide_fc")) > 2 * count_parameters(create_model("fastnet_wide"))
    with pytest.raises(FashionError, match="unknown architecture"):
        forward_flops("resnet1000")


def test_unknown_model_is_a_clear_error():
    with pytest.raises(FashionError, match="unknown architecture 'resnet1000'.*cnn"):
        create_model("resnet1000")


def test_resnet20_gives_every_block_its_own_weights():
    model = create_model("resnet20")
    convs = [m for m in model.modules() if isinstance(m, nn.Conv2d) and m.kernel_size == (3, 3)]
    assert len(convs) == 19  # stem + 3 stages x 3 blocks x 2 convs: with the FC layer, 20 layers
    assert len({id(c.weight) for c in convs}) == len(convs)
    ptrs = {c.weight.data_ptr() for c in convs}
    assert len(ptrs) == len(convs)


def test_seed_cnn_shapes_follow_the_seed():
    model = create_model("cnn")
    features = model.features(torch.zeros(1, 1, 28, 28))
    assert features.shape == (1, 64, 7, 7)
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    convs = [m for m in model.modules() if isinstance(m, nn.Conv2d)]
    assert len(linears) == 3 and len(convs) == 2 and convs[0].kernel_size == (5, 5)


def test_patch_whitening_fitted_on_real_images_whitens_their_patches(real_test):
    from fashion.data import to_input
    from fashion.models import PatchWhitening

    layer = PatchWhitening(kernel=3, stride=2, eps=0.0)
    images = to_input(real_test.images[:2000])
    layer.fit(images)
    halves = layer(images)
    assert torch.equal(halves[:, 9:], -halves[:, :9])  # each filter and its negation: ReLU keeps both signs
    # Every 3x3 patch the layer was fitted on, through its first nine filters: unit variance, uncorrelated.
    whitened = torch.nn.functional.conv2d(images, layer.weight[:9]).permute(0, 2, 3, 1).reshape(-1, 9)
    covariance = torch.cov(whitened.double().T)
    assert torch.allclose(covariance, torch.eye(9, dtype=torch.float64), atol=1e-3)
    assert not layer.weight.requires_grad


def test_training_fits_the_whitening_layer_and_checkpoints_keep_it(tmp_path, source):
    from fashion.config import TrainConfig
    from fashion.runs import train_run

    config = TrainConfig(arch="whitenet", epochs=1, train_limit=600)
    run, _ = train_run(config, tmp_path, verbose=False)
    fitted = run.load_model().features[0].weight
    unfitted = create_model("whitenet").features[0].weight
    assert not torch.allclose(fitted, unfitted)
