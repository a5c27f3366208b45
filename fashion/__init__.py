"""Fashion-MNIST model lab: data, models, training, run cache, evaluation and prediction."""
from .config import CLASS_NAMES, TrainConfig
from .errors import FashionError
from .models import create_model, list_models

__all__ = ["CLASS_NAMES", "FashionError", "TrainConfig", "create_model", "list_models"]
