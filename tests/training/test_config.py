"""A run's settings: what the lecture network counts, and the one check every config passes."""

import json
import math

import pytest

from nnlab.training.config import ConfigError, RunConfig


def test_lecture_config_counts_parameters_like_keras():
    config = RunConfig()
    assert config.layer_sizes() == [784, 512, 10]
    assert config.count_params() == 407_050
    assert config.architecture() == "784 → 512 → 10"
    assert RunConfig(hidden=()).count_params() == 785 * 10
    assert RunConfig(hidden=(64, 32)).count_params() == 785 * 64 + 65 * 32 + 33 * 10


def test_config_round_trips_through_a_dict():
    config = RunConfig(dataset="fashion_mnist", hidden=(32, 16), activation="tanh", optimizer="adam",
                       hyper={"learning_rate": 0.01, "beta_1": 0.8}, batch_size=7, epochs=3, seed=9,
                       validation_split=0.2)
    assert RunConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config


# -- one validation for every config: the Train page, nnlab train, settings and records ----------

@pytest.mark.parametrize("fields, field", [
    ({"hidden": (3_000_000,)}, "hidden"), ({"hidden": (16, 16, 16, 16)}, "hidden"), ({"hidden": "512"}, "hidden"),
    ({"hidden": (0,)}, "hidden"), ({"hidden": (True,)}, "hidden"), ({"seed": 2**70}, "seed"), ({"seed": -1}, "seed"),
    ({"batch_size": -5}, "batch_size"), ({"batch_size": 12.5}, "batch_size"), ({"epochs": 10**9}, "epochs"),
    ({"validation_split": 5}, "validation_split"), ({"validation_split": math.nan}, "validation_split"),
    ({"validation_split": -0.5}, "validation_split"), ({"validation_split": "0.1"}, "validation_split"),
    ({"dataset": "cifar"}, "dataset"), ({"activation": ["relu"]}, "activation"), ({"optimizer": [1, 2]}, "optimizer"),
    ({"hyper": {"learning_rate": "fast"}}, "learning_rate"), ({"hyper": {"warp": 1.0}}, "hyper"),
    ({"hyper": {"learning_rate": math.inf}}, "learning_rate"), ({"hyper": [1]}, "hyper"),
    ({"optimizer": "sgd", "hyper": {"nesterov": 1}}, "nesterov"),
])
def test_out_of_range_settings_are_refused_naming_the_field(fields, field):
    config = RunConfig(**fields)
    with pytest.raises(ConfigError, match=field) as caught:
        config.validate()
    assert caught.value.field == field and isinstance(caught.value, ValueError)
    with pytest.raises(ValueError, match=field):
        RunConfig.from_dict(config.to_dict() if not isinstance(config.hidden, str) else {**fields})


def test_the_lecture_settings_and_the_extremes_the_page_allows_are_accepted():
    assert RunConfig().validate() == RunConfig()
    RunConfig(hidden=(4096, 4096, 4096), batch_size=60000, epochs=500, seed=2**31 - 1,
              validation_split=0.5).validate()
    RunConfig(hidden=(), validation_split=0).validate()


@pytest.mark.parametrize("config", [None, [], "mnist", 3])
def test_a_config_that_is_not_an_object_is_a_value_error(config):
    with pytest.raises(ValueError, match="config"):
        RunConfig.from_dict(config)


def test_a_record_or_setting_with_a_denormal_learning_rate_is_refused_naming_it():
    config = RunConfig(optimizer="sgd", hyper={"learning_rate": 1e-320})
    with pytest.raises(ConfigError, match="learning_rate 1e-320 is a denormal number"):
        config.validate()
    with pytest.raises(ConfigError, match="denormal"):
        RunConfig.from_dict({**RunConfig().to_dict(), "hyper": {"learning_rate": 1e-320, "rho": 0.9,
                                                                  "epsilon": 1e-7}})
