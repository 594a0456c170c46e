"""The seven optimizers follow the algorithm boxes of torch.optim's documentation, step for step."""

import math

import numpy as np
import pytest

from nnlab.core import optimizers


def reference_steps(name, hyper, grads, theta):
    """The update rules written out plainly from the PyTorch docs, one scalar formula per line."""
    theta = theta.copy()
    lr = hyper["learning_rate"]
    b = m = v = u = None
    s = np.full_like(theta, hyper.get("initial_accumulator_value", 0.0))
    for t, g in enumerate(grads, start=1):
        if name in ("sgd", "momentum", "nesterov"):
            mu = hyper["momentum"]
            if mu:
                b = g if t == 1 else mu * b + g
                g = g + mu * b if hyper["nesterov"] else b
            theta = theta - lr * g
        elif name == "adagrad":
            s = s + g * g
            theta = theta - lr * g / (np.sqrt(s) + hyper["epsilon"])
        elif name == "adadelta":
            rho, eps = hyper["rho"], hyper["epsilon"]
            v = (0 if t == 1 else v) * rho + g * g * (1 - rho)
            delta = np.sqrt((0 if t == 1 else u) + eps) / np.sqrt(v + eps) * g
            u = (0 if t == 1 else u) * rho + delta * delta * (1 - rho)
            theta = theta - lr * delta
        elif name == "rmsprop":
            rho = hyper["rho"]
            v = (0 if t == 1 else v) * rho + (1 - rho) * g * g
            theta = theta - lr * g / (np.sqrt(v) + hyper["epsilon"])
        elif name == "adam":
            b1, b2 = hyper["beta_1"], hyper["beta_2"]
            m = (0 if t == 1 else m) * b1 + (1 - b1) * g
            v = (0 if t == 1 else v) * b2 + (1 - b2) * g * g
            m_hat, v_hat = m / (1 - b1 ** t), v / (1 - b2 ** t)
            theta = theta - lr * m_hat / (np.sqrt(v_hat) + hyper["epsilon"])
    return theta


def run_ours(name, hyper, grads, theta):
    theta = theta.copy()
    opt = optimizers.get(name, **hyper)
    for g in grads:
        opt.apply_gradients([(g, theta)])
    return theta


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_update_rule_matches_the_documented_algorithm(name):
    rng = np.random.default_rng(7)
    theta = rng.normal(size=(5, 3))
    grads = [rng.normal(size=(5, 3)) for _ in range(20)]
    hyper = optimizers.hyperparameters(name)
    hyper["learning_rate"] = 0.05
    np.testing.assert_allclose(run_ours(name, hyper, grads, theta),
                               reference_steps(name, hyper, grads, theta), rtol=1e-12, atol=1e-12)


TORCH_EQUIVALENT = {
    "sgd": ("SGD", lambda h: dict(lr=h["learning_rate"], momentum=h["momentum"], nesterov=h["nesterov"])),
    "momentum": ("SGD", lambda h: dict(lr=h["learning_rate"], momentum=h["momentum"])),
    "nesterov": ("SGD", lambda h: dict(lr=h["learning_rate"], momentum=h["momentum"], nesterov=True)),
    "adagrad": ("Adagrad", lambda h: dict(lr=h["learning_rate"], eps=h["epsilon"],
                                          initial_accumulator_value=h["initial_accumulator_value"])),
    "adadelta": ("Adadelta", lambda h: dict(lr=h["learning_rate"], rho=h["rho"], eps=h["epsilon"])),
    "rmsprop": ("RMSprop", lambda h: dict(lr=h["learning_rate"], alpha=h["rho"], eps=h["epsilon"])),
    "adam": ("Adam", lambda h: dict(lr=h["learning_rate"], betas=(h["beta_1"], h["beta_2"]), eps=h["epsilon"])),
}


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_step_for_step_against_torch(name):
    torch = pytest.importorskip("torch", reason="PyTorch is an optional reference; not installed")
    rng = np.random.default_rng(11)
    theta = rng.normal(size=(4, 6))
    grads = [rng.normal(size=(4, 6)) for _ in range(30)]
    hyper = optimizers.hyperparameters(name)
    cls, translate = TORCH_EQUIVALENT[name]
    param = torch.tensor(theta.copy(), dtype=torch.float64, requires_grad=True)
    opt = getattr(torch.optim, cls)([param], **translate(hyper))
    for g in grads:
        param.grad = torch.tensor(g)
        opt.step()
    np.testing.assert_allclose(run_ours(name, hyper, grads, theta), param.detach().numpy(),
                               rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_float32_state_does_not_decay_into_denormals(name):
    theta = np.ones(1000, dtype=np.float32)
    opt = optimizers.get(name)
    grad = np.full_like(theta, 1e-3)
    opt.apply_gradients([(grad, theta)])
    grad[:] = 0                      # from now on the gradient is 0: accumulators only decay
    for _ in range(3000):
        opt.apply_gradients([(grad, theta)])
    tiny = np.finfo(np.float32).tiny
    for array in opt._state[id(theta)].values():
        assert not np.any((array != 0) & (np.abs(array) < tiny)), "denormal values left in the state"


def test_learning_rate_change_applies_at_the_next_step():
    theta = np.zeros(3)
    opt = optimizers.get("sgd", learning_rate=0.1)
    grad = np.ones(3)
    opt.apply_gradients([(grad, theta)])
    np.testing.assert_allclose(theta, -0.1)
    opt.learning_rate = 1.0
    opt.apply_gradients([(grad, theta)])
    np.testing.assert_allclose(theta, -1.1)


def test_rho_change_applies_at_the_next_step():
    theta, grad = np.zeros(1), np.ones(1)
    opt = optimizers.get("rmsprop", learning_rate=1.0, epsilon=0.0)
    opt.apply_gradients([(grad, theta)])   # v = 0.1 -> step 1/sqrt(0.1)
    opt.rho = 0.0
    opt.apply_gradients([(grad, theta)])   # v = 1   -> step 1
    assert theta[0] == pytest.approx(-1 / math.sqrt(0.1) - 1)


def test_names_hyperparameters_and_errors():
    assert optimizers.NAMES == ["sgd", "momentum", "nesterov", "adagrad", "adadelta", "rmsprop", "adam"]
    assert set(optimizers.hyperparameters("adam")) == {"learning_rate", "beta_1", "beta_2", "epsilon"}
    assert optimizers.get("nesterov").nesterov is True
    assert optimizers.get("sgd", momentum=0.5).momentum == 0.5
    with pytest.raises(ValueError, match="unknown optimizer 'adamw'"):
        optimizers.get("adamw")
    with pytest.raises(ValueError, match="rmsprop has no hyperparameter beta_1"):
        optimizers.get("rmsprop", beta_1=0.9)


@pytest.mark.parametrize("name, hyper, word", [
    ("adam", {"beta_1": 1.0}, "beta_1"), ("adam", {"beta_2": 1.0}, "beta_2"), ("adam", {"beta_2": 1.5}, "beta_2"),
    ("adam", {"beta_1": -0.1}, "beta_1"), ("rmsprop", {"rho": 1.0}, "rho"), ("adadelta", {"rho": 2.0}, "rho"),
    ("momentum", {"momentum": 1.0}, "momentum"), ("sgd", {"momentum": -0.5}, "momentum"),
    ("sgd", {"learning_rate": "0.1"}, "learning_rate"), ("sgd", {"learning_rate": math.nan}, "learning_rate"),
    ("sgd", {"learning_rate": math.inf}, "learning_rate"), ("sgd", {"learning_rate": -1e-3}, "learning_rate"),
    ("sgd", {"learning_rate": True}, "learning_rate"), ("rmsprop", {"epsilon": -1e-7}, "epsilon"),
    ("adam", {"epsilon": math.inf}, "epsilon"), ("adagrad", {"initial_accumulator_value": -0.1},
                                                 "initial_accumulator_value"),
    ("nesterov", {"nesterov": "yes"}, "nesterov"), ("adam", {"learning_rate": [1e-3]}, "learning_rate"),
])
def test_impossible_hyperparameters_are_refused_at_construction_naming_them(name, hyper, word):
    with pytest.raises(ValueError, match=word):
        optimizers.get(name, **hyper)


def test_hyperparameters_set_between_steps_are_checked_too():
    opt = optimizers.get("adam")
    with pytest.raises(ValueError, match="beta_2 must be in"):
        opt.beta_2 = 1.0
    assert opt.beta_2 == 0.999                 # the refused value left the old one in place
    opt.learning_rate = np.float32(0.5)        # NumPy numbers are numbers
    assert type(opt.learning_rate) is float and opt.get_config()["learning_rate"] == 0.5


def test_the_limits_are_the_documented_ones():
    assert optimizers.get("adadelta", rho=1.0).rho == 1.0   # allowed, as in torch.optim
    assert optimizers.get("rmsprop", rho=0.0, epsilon=0.0, learning_rate=0.0).rho == 0.0
    assert optimizers.hyper_range("adam", "beta_1") == (0.0, 1.0, False)
    assert optimizers.hyper_range("adadelta", "rho") == (0.0, 1.0, True)


def test_float16_state_survives_the_denormal_flush():
    """1e8 x float16's smallest normal number is 6,000: flushing below it wiped every accumulator."""
    theta = np.zeros(100, dtype=np.float16)
    opt = optimizers.get("adagrad")
    grad = np.full_like(theta, 0.01)
    for _ in range(128):
        opt.apply_gradients([(grad, theta)])
    np.testing.assert_allclose(opt._state[id(theta)]["sum"], 0.1 + 128 * 1e-4, rtol=0.05)


@pytest.mark.parametrize("name", optimizers.NAMES)
def test_an_update_split_over_two_threads_is_the_one_thread_update_exactly(name):
    """Each half of the flat buffer in its own thread (nnlab.core.parallel): the same numbers bit for
    bit, also across the every-64th-step flush of tiny state values."""
    rng = np.random.default_rng(3)
    theta = rng.normal(size=10_001).astype(np.float32)
    grads = [rng.normal(size=theta.size).astype(np.float32) * (t % 3) for t in range(70)]
    one, two = theta.copy(), theta.copy()
    alone, split = optimizers.get(name), optimizers.get(name)
    split.threads = 2
    for g in grads:
        alone.apply_gradients([(g, one)])
        split.apply_gradients([(g, two)])
    np.testing.assert_array_equal(one, two)
    for key, value in alone._state[id(one)].items():
        np.testing.assert_array_equal(value, split._state[id(two)][key])


def test_two_callers_at_once_share_the_helpers_and_stay_exact():
    """Two runs training in two threads at once (a part a helper has not begun goes to its caller)."""
    import threading

    rng = np.random.default_rng(5)
    grads = [rng.normal(size=50_000).astype(np.float32) for _ in range(40)]
    start = rng.normal(size=50_000).astype(np.float32)
    expected = start.copy()
    alone = optimizers.get("adam")
    for g in grads:
        alone.apply_gradients([(g, expected)])
    results, errors = [], []

    def train():
        try:
            theta, opt = start.copy(), optimizers.get("adam")
            opt.threads = 2
            for g in grads:
                opt.apply_gradients([(g, theta)])
            results.append(theta)
        except Exception as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=train) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors and len(results) == 3
    for theta in results:
        np.testing.assert_array_equal(theta, expected)


def test_an_error_in_the_helper_thread_reaches_the_caller():
    opt = optimizers.get("rmsprop")
    opt.threads = 2
    theta = np.ones(4096, np.float32)
    with pytest.raises(ValueError):
        opt.apply_gradients([(np.ones(4095, np.float32), theta)])


def test_the_helper_thread_follows_the_callers_floating_point_settings():
    """fit ignores overflow (it is divergence, handled by the guard); a caller that asks for errors gets
    them from the helper's half as from its own."""
    opt = optimizers.get("sgd", learning_rate=1e30)
    opt.threads = 2
    theta, grad = np.zeros(4096, np.float32), np.zeros(4096, np.float32)
    grad[3000:] = 1e30                                    # only in the second half: the helper's
    with np.errstate(over="ignore"):
        opt.apply_gradients([(grad, theta)])
    with np.errstate(over="raise"), pytest.raises(FloatingPointError):
        opt.apply_gradients([(grad, theta)])


@pytest.mark.parametrize("rate", [1e-320, 5e-324, 1e-39])
def test_a_denormal_learning_rate_is_refused_at_construction_and_live(rate):
    """Below float32's smallest normal number a step cannot move a float32 weight: refused, with why."""
    for name in optimizers.NAMES:
        with pytest.raises(ValueError, match=r"learning_rate .* is a denormal number.*use at least 1\.18e-38"):
            optimizers.get(name, learning_rate=rate)
        optimizer = optimizers.get(name)
        with pytest.raises(ValueError, match="denormal"):
            optimizer.learning_rate = rate
    assert optimizers.get("sgd", learning_rate=optimizers.SMALLEST_LEARNING_RATE).learning_rate > 0
