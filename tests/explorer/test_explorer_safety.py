"""Hostile input: the explorer must refuse code execution, walks to Python's internals and huge work,
and refuse it at once, without touching the workspace."""

import numpy as np
import pytest

from nnlab.explorer.evaluator import ExplorerError, evaluate


@pytest.fixture
def workspace():
    data = np.arange(24, dtype=np.uint8).reshape(2, 3, 4)
    data.flags.writeable = False
    return {"x": np.arange(6.0).reshape(3, 2), "train_images": data}


HOSTILE = [
    # walks to Python's internals
    "().__class__.__bases__", "().__class__.__bases__[0].__subclasses__()", "x.__class__", "x.__array_interface__",
    "np.__dict__", "np.zeros.__globals__", "np.zeros.impl", "x.reshape.target", "x.dtype.type", "x.dtype.name.upper()",
    "x.base", "x.ctypes", "x.ctypes.data", "x.data", "x.flags", "x.tofile", "x.dump", "x.view", "x.resize", "x.sort",
    "x.fill", "x.setflags", "x.itemset", "np.float32.type", "np.random.__name__",
    # code execution and modules
    "__import__('os')", "__builtins__", "eval('1')", "exec('1')", "open('/etc/passwd')", "compile('1', '', 'eval')",
    "globals()", "locals()", "vars()", "getattr(x, 'shape')", "getattr(x, '__class__')", "setattr(x, 'a', 1)",
    "type(x)", "import os", "from os import system", "np.load('/etc/passwd')", "np.loadtxt", "np.genfromtxt",
    "np.save('/tmp/x.npy', x)", "np.lib", "np.lib.format", "np.ctypeslib", "np.frombuffer(b'abc')", "np.fromfile",
    "np.memmap", "np.core", "np.f2py", "np.testing", "np.distutils", "np.random.bit_generator", "np.random.Generator",
    "np.vectorize", "np.frompyfunc", "np.apply_along_axis", "np.einsum", "np.set_printoptions", "np.dtype",
    "np.ndarray", "np.object_", "np.char", "np.rec", "np.ma", "np.linalg.inv", "np.fft",
    # other Python syntax
    "lambda: 1", "[i for i in x]", "{i for i in x}", "(i for i in x)", "{1: 2}", "{1, 2}", "f'{x}'",
    "f'{x.__class__}'", "'{0.__class__}'.format(x)", "'%s' % x", "x if x else x", "x and x", "not x",
    "(y := x)", "*x", "x[0] = 1", "x.shape = (6,)", "a, b = 1, 2", "a = b = x", "del x", "for i in x: pass",
    "while True: pass", "def f(): pass", "class A: pass", "x = 1; y = 2", "assert x", "raise x", "b'abc'",
    "np.array(['a', 'b'])", "x.astype('object')", "x.astype(object)", "np.zeros(3, dtype='U10')", "x << 3",
    "np.zeros(3, dtype=np.zeros)", "np.sum(x, out=x)", "np.add(x, x, out=x)", "x.sum(**{'axis': 0})",
    "np.array([10 ** 1000])", "x.tolist", "x.reshape(x.reshape)", "np.zeros", "np.zeros((2, 2))(1)", "x(1)",
    "_ = 1", "np = 1", "__class__", "x._private", "x.dtype.__class__",
]

TOO_BIG = [
    "np.ones((10**6, 10**6))", "np.ones((100000, 100000))", "np.zeros(10**9)", "np.arange(10**11)",
    "np.arange(0, 1, 1e-10)", "np.linspace(0, 1, 10**9)", "np.eye(100000)", "np.full((10**5, 10**5), 3)",
    "np.random.random((10**5, 10**5))", "np.random.rand(10**5, 10**5)", "np.random.randn(10**5, 10**5)",
    "np.random.randint(0, 9, size=(10**5, 10**5))", "np.random.normal(0, 1, (10**5, 10**5))",
    "np.ones(10**7)[:, None] + np.ones(10**7)", "np.outer(np.ones(10**5), np.ones(10**5))",
    "np.ones((4000, 4000)) @ np.ones((4000, 4000))", "np.dot(np.ones((5000, 5000)), np.ones((5000, 5000)))",
    "np.ones((2000, 2000), dtype='int64') @ np.ones((2000, 2000), dtype='int64')",
    "np.ones(10**7, dtype='int64')[np.zeros(10**7, dtype='int64')][:, None] * np.ones(10)",
    "np.ones(5)[np.zeros((10**4, 10**4), dtype='int64')]", "np.ones((10000, 1)) * np.ones((1, 10000))",
    "np.ones(10**5).reshape(1, -1) + np.ones(10**5).reshape(-1, 1)", "np.random.permutation(10**10)",
    "[np.ones(3 * 10**7, 'complex128'), 1]", "np.ones((3100, 3100), 'float16') @ np.ones((3100, 3100), 'float16')",
    "np.dot(np.ones((5, 1000, 1000)), np.ones((5, 1000, 1000)))",
    "np.zeros((0, 2**31))[:, None, :] + np.zeros((2**31, 1, 1))",
    "np.ones(10) * 10 ** 4000", "2 ** 10 ** 10", "10 ** 10 ** 10", "(-3) ** 10 ** 6", "2 ** 2 ** 2 ** 2 ** 2 ** 2",
    "9 ** 9 ** 9", "(10 ** 1000) * (10 ** 1000) * (10 ** 1000) * (10 ** 1000) * (10 ** 1000)", "2.0 ** 10 ** 10",
    "round(5, -10 ** 1000)", "np.round(x, 10 ** 100)", "np.zeros(10**6).tolist()",
    "-" * 300 + "1", "(" * 300 + "1" + ")" * 300, "[" * 300 + "]" * 300, "x" + "[0]" * 200, "1" + " + 1" * 500,
    "x" * 2000, "np.ones((3, 3))" + " @ np.ones((3, 3))" * 200,
]


@pytest.mark.parametrize("expression", HOSTILE)
def test_hostile_expressions_are_refused(workspace, expression):
    with pytest.raises(ExplorerError):
        evaluate(expression, workspace)


@pytest.mark.parametrize("expression", TOO_BIG)
def test_huge_work_is_refused_by_the_limits(workspace, expression):
    """Refused by the explorer's own limits (worked out from shapes before allocating), not by NumPy
    running out of memory halfway."""
    with pytest.raises(ExplorerError, match="stops at|binary digits|nested too deeply|too long|decimals|too large"):
        evaluate(expression, workspace)


def test_refusals_are_friendly_sentences(workspace):
    for expression, words in [("().__class__", "belong to Python's machinery"),
                              ("np.load('/etc/passwd')", "np.load is not available"),
                              ("open('/etc/passwd')", "part of Python, not of the explorer"),
                              ("np.ones((100000, 100000))", "10,000,000,000 elements"),
                              ("2 ** 10 ** 10", "binary digits"),
                              ("lambda: 1", "lambda is not available"),
                              ("x[0] = 1", "not change part of a tensor")]:
        with pytest.raises(ExplorerError, match=words):
            evaluate(expression, workspace)


def test_the_workspace_is_left_alone(workspace):
    before = {name: value.copy() for name, value in workspace.items()}
    for expression in ["x += 1", "x = x * 0", "np.add(x, x, out=x)", "train_images[0] = 0", "x.sort()", "x.fill(0)"]:
        try:
            evaluate(expression, workspace)
        except ExplorerError:
            pass
    assert set(workspace) == set(before)
    for name, value in before.items():
        assert np.array_equal(workspace[name], value)


def test_results_are_always_data(workspace):
    for expression in ["np", "np.random", "x.reshape", "len", "np.zeros"]:
        with pytest.raises(ExplorerError, match="call it|pick one"):
            evaluate(expression, workspace)
    for expression in ["np.float32", "x.shape", "x.dtype", "x.tolist()", "x", "x.dtype.name"]:
        value = evaluate(expression, workspace).value
        assert isinstance(value, (np.ndarray, np.generic, np.dtype, tuple, list, str, int, float))
