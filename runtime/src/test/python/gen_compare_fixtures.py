#!/usr/bin/env python3
"""NumPy's answers for CompareFixturesTest: partition and argpartition, isclose, allclose, array_equal,
nan_to_num with its nan/posinf/neginf values, and average with weights (its errors included).

Run by hand (NumPy 2.4.6 was used for the checked-in file):

    python3 runtime/src/test/python/gen_compare_fixtures.py runtime/src/test/resources/compare/cases.tsv

The format is case_table.py's (Linalg2FixturesTest reads it). Arguments:
partition / argpartition "kth,axis"; isclose / allclose "rtol,atol,equal_nan"; array_equal
"equal_nan"; nan_to_num "nan,posinf,neginf" ('None' for NumPy's default); average "axis" ('None'
for all). NumPy leaves the order on either side of kth unspecified, so the test checks the partition
property against NumPy's k-th value, not NumPy's arrangement.
"""

import sys

import numpy as np
from case_table import case, fmt, write

rng = np.random.default_rng(20261208)
nan, inf = np.nan, np.inf


def partition(id, x, kth, axis=-1):
    case(id, "partition", "%d,%d" % (kth, axis), [x], lambda: [np.partition(x, kth, axis)])
    case("arg" + id, "argpartition", "%d,%d" % (kth, axis), [x], lambda: [np.argpartition(x, kth, axis)])


TIES = np.array([3.0, 1.0, 2.0, 1.0, 3.0, 2.0, 1.0, 3.0])
partition("partition_middle", rng.standard_normal(11), 5)
partition("partition_first", rng.standard_normal(9), 0)
partition("partition_last", rng.standard_normal(9), 8)
partition("partition_negative_kth", rng.standard_normal(9), -2)
partition("partition_ties", TIES, 3)
partition("partition_nan_inf", np.array([2.0, nan, -inf, 0.0, inf, -0.0, nan, 1.0]), 5)
partition("partition_kth_on_nan", np.array([2.0, nan, 1.0, nan]), 3)
partition("partition_int", rng.integers(-5, 5, 12), 7)
partition("partition_int32_2d_axis0", rng.integers(-9, 9, (5, 4)).astype("int32"), 2, 0)
partition("partition_2d_last", rng.standard_normal((3, 6)), 4)
partition("partition_3d_middle", rng.integers(0, 4, (2, 5, 3)).astype("float32"), 1, 1)
partition("partition_bool", np.array([True, False, True, False, False]), 2)
partition("partition_one", np.array([4.0]), 0)
partition("partition_empty_rows", np.zeros((0, 3)), 1)
partition("partition_err_kth", rng.standard_normal(5), 5)
partition("partition_err_kth_negative", rng.standard_normal(5), -6)
partition("partition_err_empty", np.zeros(0), 0)


def close(id, a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    arg = "%r,%r,%s" % (rtol, atol, equal_nan)
    case(id, "isclose", arg, [a, b], lambda: [np.isclose(a, b, rtol, atol, equal_nan)])
    case(id.replace("close", "allclose", 1), "allclose", arg, [a, b], lambda: [np.asarray(np.allclose(a, b, rtol, atol, equal_nan))])


A = np.array([1.0, 1e10, 1e-8, 0.0, 100.0, -5.0, 1e-300, 2.0])
B = np.array([1.0 + 1e-6, 1.00001e10, 1e-9, 1e-8, 100.002, -5.00004, 0.0, 2.0 + 2e-5])
close("close_defaults", A, B)
close("close_defaults_true", A, A + 1e-9)
close("close_rtol", A, B, rtol=1e-3)
close("close_atol_only", A, B, rtol=0.0, atol=1e-5)
close("close_zero_tolerances", A, A.copy(), rtol=0.0, atol=0.0)
close("close_asymmetric", np.array([1.0, 10.0]), np.array([1.1, 11.0]), rtol=0.1, atol=0.0)
close("close_asymmetric_swapped", np.array([1.1, 11.0]), np.array([1.0, 10.0]), rtol=0.1, atol=0.0)
close("close_infinities", np.array([inf, inf, -inf, inf, 1e308, -inf]), np.array([inf, -inf, -inf, 1e308, inf, 5.0]))
close("close_infinities_huge_tolerance", np.array([inf, 1.0]), np.array([-inf, inf]), rtol=1e300, atol=1e300)
close("close_nan", np.array([nan, 1.0, nan]), np.array([nan, nan, 1.0]))
close("close_nan_equal", np.array([nan, 1.0, nan]), np.array([nan, nan, 1.0]), equal_nan=True)
close("close_broadcast", np.array([[1.0], [2.0]]), np.array([1.0, 2.0, 2.00001]))
close("close_int", np.array([1, 100, 5, -3], dtype=np.int64), np.array([1, 101, 5, 3], dtype=np.int64), rtol=0.01)
close("close_int32_float32", np.array([1, 2], dtype=np.int32), np.array([1.0000001, 2.1], dtype=np.float32))
close("close_float32", np.array([1.0, 2.0], dtype=np.float32), np.array([1.00001, 2.0001], dtype=np.float32))
close("close_empty", np.zeros(0), np.zeros(0))
close("close_err_shapes", np.zeros(2), np.zeros(3))


def equal(id, a, b, equal_nan=False):
    case(id, "array_equal", str(equal_nan), [a, b], lambda: [np.asarray(np.array_equal(a, b, equal_nan))])


equal("equal_same", np.array([1.0, 2.0]), np.array([1.0, 2.0]))
equal("equal_differs", np.array([1.0, 2.0]), np.array([1.0, 2.5]))
equal("equal_shapes_differ", np.array([1.0, 2.0]), np.array([[1.0, 2.0]]))
equal("equal_lengths_differ", np.array([1.0, 2.0]), np.array([1.0, 2.0, 3.0]))
equal("equal_broadcastable_not_equal", np.array([1.0, 1.0]), np.array([1.0]))
equal("equal_nan", np.array([1.0, nan]), np.array([1.0, nan]))
equal("equal_nan_equal", np.array([1.0, nan]), np.array([1.0, nan]), True)
equal("equal_nan_equal_positions", np.array([nan, 1.0]), np.array([1.0, nan]), True)
equal("equal_int_float", np.array([1, 2], dtype=np.int64), np.array([1.0, 2.0]))
equal("equal_int_nan_equal", np.array([1, 2], dtype=np.int64), np.array([1, 2], dtype=np.int64), True)
equal("equal_zero_signs", np.array([0.0]), np.array([-0.0]))
equal("equal_empty", np.zeros(0), np.zeros(0))
equal("equal_empty_shapes", np.zeros((0, 2)), np.zeros((2, 0)))
equal("equal_bool", np.array([True, False]), np.array([True, False]))


def nan_to_num(id, x, nan_=0.0, posinf=None, neginf=None):
    case(id, "nan_to_num", "%r,%r,%r" % (nan_, posinf, neginf), [x], lambda: [np.nan_to_num(x, nan=nan_, posinf=posinf, neginf=neginf)])


S = np.array([nan, inf, -inf, 1.5, -0.0, 1e308])
nan_to_num("nan_to_num_defaults", S)
nan_to_num("nan_to_num_custom", S, -1.0, 1e6, -1e6)
nan_to_num("nan_to_num_only_nan", S, 7.0)
nan_to_num("nan_to_num_only_posinf", S, 0.0, 2.0)
nan_to_num("nan_to_num_only_neginf", S, 0.0, None, -2.0)
nan_to_num("nan_to_num_nan_to_inf", S, inf, nan, 5.0)
nan_to_num("nan_to_num_float32", S.astype("float32"))
nan_to_num("nan_to_num_float32_custom", S.astype("float32"), 1.0, 1e300, -3.5)
nan_to_num("nan_to_num_int", np.array([1, -2], dtype=np.int64), 5.0, 6.0, 7.0)
nan_to_num("nan_to_num_bool", np.array([True, False]))
nan_to_num("nan_to_num_empty", np.zeros(0), 1.0)


def average(id, x, w, axis=None):
    case(id, "average", str(axis), [x, w], lambda: [np.average(x, axis=axis, weights=w)])


X = rng.uniform(1, 2, (3, 4))
average("average_all", X, rng.uniform(0.5, 2, (3, 4)))
average("average_axis0", X, rng.uniform(0.5, 2, (3, 4)), 0)
average("average_axis1_1d", X, rng.uniform(0.5, 2, 4), 1)
average("average_axis_negative_1d", X, rng.uniform(0.5, 2, 3), -2)
average("average_int", np.array([[1, 2], [3, 4]], dtype=np.int64), np.array([[1, 0], [0, 1]], dtype=np.int64))
average("average_float32", X.astype("float32"), np.ones((3, 4), dtype="float32"))
average("average_negative_weights", np.array([1.0, 2.0, 3.0]), np.array([2.0, -1.0, 0.5]))
average("average_nan", np.array([1.0, nan]), np.array([1.0, 1.0]))
average("average_err_zero_sum", np.array([1.0, 2.0]), np.array([1.0, -1.0]))
average("average_err_zero_sum_axis", X, np.array([[1.0] * 4, [0.0] * 4, [-1.0] * 4]), 0)
average("average_err_no_axis", X, np.ones(4))
average("average_err_length", X, np.ones(3), 1)
average("average_err_2d_weights", X, np.ones((4, 3)), 1)


write(sys.argv[1], one_line_errors=True)
