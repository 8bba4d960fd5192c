#!/usr/bin/env python3
"""NumPy's answers for LinalgFixturesTest: inv, solve, det, slogdet, cholesky, norm, dot, vdot, inner,
outer, tensordot, trace and diagonal, on well-conditioned, ill-conditioned (Hilbert, graded) and
singular matrices, and NumPy's messages for the common mistakes.

Run by hand (NumPy 2.4.6 was used for the checked-in file):

    python3 runtime/src/test/python/gen_linalg_fixtures.py runtime/src/test/resources/linalg/cases.tsv

The format is case_table.py's (Linalg2FixturesTest reads it):

    case <TAB> id <TAB> function <TAB> argument ('-' for none)
    in <TAB> shape <TAB> dtype <TAB> values        one line per operand, in order
    out <TAB> shape <TAB> dtype <TAB> values       one line per result (slogdet: sign, logabsdet)
    error <TAB> message                            instead of out lines, for a call NumPy rejects

Arguments: norm "ord" or "ord;axis" ('-' for NumPy's default ord); tensordot an int n (NumPy's
axes=n) or "a0,a1;b0,b1" (axes=([a0, a1], [b0, b1])); trace and diagonal "offset,axis1,axis2".
"""

import sys

import numpy as np
from case_table import case, fmt, write

rng = np.random.default_rng(20261207)


def ints(*shape, dtype="float64"):
    return rng.integers(-5, 6, size=shape).astype(dtype)


def normal(*shape):
    return rng.standard_normal(shape)


def well(n, *stack):
    return normal(*stack, n, n) + 2 * np.sqrt(n) * np.eye(n)


def spd(n):
    a = normal(n, n)
    return a @ a.T + n * np.eye(n)


def hilbert(n):
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1)


def graded(n, decades):
    """Orthogonal factors around singular values 1 .. 10^-decades: condition number 10^decades."""
    q1, _ = np.linalg.qr(normal(n, n))
    q2, _ = np.linalg.qr(normal(n, n))
    return q1 @ np.diag(np.logspace(0, -decades, n)) @ q2.T


def one(id, function, *inputs):
    f = {"inv": np.linalg.inv, "det": np.linalg.det, "cholesky": np.linalg.cholesky, "solve": np.linalg.solve,
         "dot": np.dot, "vdot": np.vdot, "inner": np.inner, "outer": np.outer}[function]
    case(id, function, "-", inputs, lambda: [f(*inputs)])


SINGULAR = np.array([[1.0, 2], [2, 4]])
# Exactly singular; whether LU's last pivot rounds to 0 (LAPACK with OpenBLAS's FMA-free dgemm here: inv raises) or to
# 1e-16 depends on the BLAS's arithmetic, so only det, whose tolerance covers both, is a fixture.
RANK2 = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])

for id, a in [("well", well(5)), ("well_stack", well(3, 2)), ("int", ints(3, 3, dtype="int64") + 6 * np.eye(3, dtype="int64")),
              ("float32", well(4).astype("float32")), ("hilbert6", hilbert(6)), ("graded8", graded(6, 8)),
              ("one", np.array([[4.0]])), ("empty", np.zeros((0, 0))), ("permutation", np.array([[0.0, 1], [1, 0]]))]:
    one("inv_" + id, "inv", a)
    one("det_" + id, "det", a)
    case("slogdet_" + id, "slogdet", "-", [a], lambda a=a: list(np.linalg.slogdet(a)))
one("inv_singular", "inv", SINGULAR)
one("inv_singular_zeros", "inv", np.zeros((3, 3)))
one("inv_err_not_square", "inv", normal(2, 3))
one("inv_err_1d", "inv", normal(3))
one("det_singular", "det", SINGULAR)
one("det_rounded_singular", "det", RANK2)
one("det_err_not_square", "det", normal(3, 2))
one("det_hilbert10", "det", hilbert(10))
case("slogdet_singular", "slogdet", "-", [SINGULAR], lambda: list(np.linalg.slogdet(SINGULAR)))
case("slogdet_zeros", "slogdet", "-", [np.zeros((2, 2))], lambda: list(np.linalg.slogdet(np.zeros((2, 2)))))
case("slogdet_huge", "slogdet", "-", [300 * np.eye(150)], lambda: list(np.linalg.slogdet(300 * np.eye(150))))
case("slogdet_negative", "slogdet", "-", [np.diag([-2.0, 3, 5])], lambda: list(np.linalg.slogdet(np.diag([-2.0, 3, 5]))))

one("solve_vector", "solve", well(5), normal(5))
one("solve_columns", "solve", well(4), normal(4, 3))
one("solve_stack", "solve", well(3, 2), normal(2, 3, 2))
one("solve_shared_rhs", "solve", well(3, 2), normal(3, 2))
one("solve_int", "solve", ints(3, 3, dtype="int64") + 6 * np.eye(3, dtype="int64"), ints(3, dtype="int64"))
one("solve_float32", "solve", well(3).astype("float32"), normal(3).astype("float32"))
one("solve_hilbert8", "solve", hilbert(8), np.ones(8))
one("solve_graded10", "solve", graded(5, 10), normal(5))
one("solve_singular", "solve", SINGULAR, np.ones(2))
one("solve_err_vector_size", "solve", well(3), normal(2))
one("solve_err_matrix_rows", "solve", well(3), normal(2, 2))
one("solve_err_not_square", "solve", normal(3, 2), normal(3))

one("cholesky_spd", "cholesky", spd(5))
one("cholesky_stack", "cholesky", np.stack([spd(3), spd(3)]))
one("cholesky_hilbert8", "cholesky", hilbert(8))
one("cholesky_float32", "cholesky", spd(3).astype("float32"))
one("cholesky_upper_ignored", "cholesky", np.array([[4.0, 99], [2, 3]]))
one("cholesky_err_indefinite", "cholesky", np.array([[1.0, 2], [2, 1]]))
one("cholesky_err_semidefinite", "cholesky", np.array([[1.0, 1], [1, 1]]))
one("cholesky_err_not_square", "cholesky", normal(2, 3))


def norm(id, x, ord=None, axis=None):
    arg = "-" if ord is None else str(ord)
    if axis is not None:
        arg += ";" + str(axis)
    case(id, "norm", arg, [x], lambda: [np.linalg.norm(x, ord, axis)])


v = np.array([3.0, -4, 0, 1, -0.5])
for ord in [None, 0, 1, 2, np.inf, -np.inf, 3, 0.5, -1, -2]:
    norm("norm_vector_%s" % ord, v, ord)
norm("norm_vector_float32", normal(7).astype("float32"), 3)
norm("norm_vector_int", ints(6, dtype="int64"), 1)
norm("norm_vector_with_inf", np.array([1.0, np.inf, -2]), 2)
norm("norm_vector_with_nan", np.array([1.0, np.nan, -2]), np.inf)
norm("norm_vector_empty", np.zeros(0), 2)
m = normal(4, 3)
for ord in [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]:
    norm("norm_matrix_%s" % ord, m, ord)
norm("norm_matrix_singular_minus2", SINGULAR, -2)
norm("norm_matrix_int_inf", ints(3, 4, dtype="int64"), np.inf)
for ord in [0, 1, 2, np.inf, -np.inf, 3]:
    norm("norm_axis0_%s" % ord, m, ord, 0)
    norm("norm_axis1_%s" % ord, m, ord, 1)
norm("norm_axis_last_3d", normal(2, 3, 4), 2, -1)
norm("norm_err_fro_vector", v, "fro")
norm("norm_err_nuc_vector", v, "nuc")
norm("norm_err_matrix_ord", m, 3)
norm("norm_err_matrix_ord0", m, 0)
norm("norm_err_3d", normal(2, 2, 2), 2)

one("dot_vectors", "dot", ints(5), ints(5))
one("dot_matrices", "dot", ints(3, 4), ints(4, 2))
one("dot_matrix_vector", "dot", ints(3, 4), ints(4))
one("dot_vector_matrix", "dot", ints(3), ints(3, 4))
one("dot_3d_2d", "dot", ints(2, 3, 4), ints(4, 2))
one("dot_3d_3d", "dot", ints(2, 3, 4), ints(3, 4, 2))
one("dot_scalar", "dot", ints(), ints(2, 3))
one("dot_int", "dot", ints(3, 4, dtype="int64"), ints(4, 2, dtype="int64"))
one("dot_mixed", "dot", ints(3, 4, dtype="int32"), ints(4, dtype="float32"))
one("dot_normal", "dot", normal(6, 40), normal(40, 5))
one("dot_empty", "dot", ints(2, 0), ints(0, 3))
one("dot_err", "dot", ints(2, 3), ints(2, 3))
one("dot_err_vectors", "dot", ints(3), ints(4))
one("vdot_matrices", "vdot", ints(2, 3), ints(3, 2))
one("vdot_int", "vdot", ints(4, dtype="int64"), ints(2, 2, dtype="int64"))
one("vdot_err", "vdot", ints(3), ints(4))
one("inner_vectors", "inner", ints(4), ints(4))
one("inner_matrices", "inner", ints(2, 3), ints(4, 3))
one("inner_3d", "inner", ints(2, 2, 3), ints(3))
one("inner_scalar", "inner", ints(3), ints())
one("inner_err", "inner", ints(2, 3), ints(2, 2))
one("outer_vectors", "outer", ints(3), ints(4))
one("outer_matrices", "outer", ints(2, 2), ints(3))
one("outer_int", "outer", ints(3, dtype="int64"), ints(2, dtype="int64"))
one("outer_empty", "outer", ints(0), ints(3))


def tensordot(id, a, b, axes):
    if isinstance(axes, int):
        arg = str(axes)
    else:
        arg = ",".join(map(str, axes[0])) + ";" + ",".join(map(str, axes[1]))
    case(id, "tensordot", arg, [a, b], lambda: [np.tensordot(a, b, axes)])


tensordot("tensordot_default_2", ints(2, 3, 4), ints(3, 4, 5), 2)
tensordot("tensordot_int_1", ints(2, 3), ints(3, 4), 1)
tensordot("tensordot_int_0_outer", ints(2, 3), ints(2), 0)
tensordot("tensordot_int_3", ints(2, 2, 3, 4), ints(2, 3, 4, 2), 3)
tensordot("tensordot_pairs", ints(2, 3, 4), ints(4, 3, 2), ([1, 2], [1, 0]))
tensordot("tensordot_negative_axes", ints(2, 3, 4), ints(4, 5), ([-1], [0]))
tensordot("tensordot_all", ints(2, 3), ints(2, 3), 2)
tensordot("tensordot_int64", ints(2, 3, dtype="int64"), ints(3, 2, dtype="int64"), 1)
tensordot("tensordot_err_size", ints(2, 3), ints(2, 3), 1)
tensordot("tensordot_err_pairs", ints(2, 3), ints(3, 3), ([0], [0]))
tensordot("tensordot_err_count", ints(2, 3), ints(3), ([1, 0], [0]))


def along(id, function, a, offset=0, axis1=0, axis2=1):
    f = np.trace if function == "trace" else np.diagonal
    case(id, function, "%d,%d,%d" % (offset, axis1, axis2), [a], lambda: [f(a, offset, axis1, axis2)])


along("trace_square", "trace", ints(4, 4))
along("trace_int", "trace", ints(3, 5, dtype="int64"))
along("trace_offset", "trace", ints(4, 5), 1)
along("trace_negative_offset", "trace", ints(4, 5), -2)
along("trace_3d", "trace", ints(2, 3, 4), 0, 1, 2)
along("trace_axes_reversed", "trace", ints(3, 4, 2), 1, 2, 0)
along("trace_past_end", "trace", ints(3, 3), 5)
along("trace_bool", "trace", ints(3, 3) > 0)
along("trace_err_1d", "trace", ints(3))
along("diagonal_square", "diagonal", ints(4, 4))
along("diagonal_wide_offset", "diagonal", ints(3, 5), 2)
along("diagonal_negative_offset", "diagonal", ints(5, 3), -1)
along("diagonal_3d_last_axes", "diagonal", ints(2, 3, 4), 1, 1, 2)
along("diagonal_3d_first_last", "diagonal", ints(3, 2, 3), 0, 0, -1)
along("diagonal_axes_reversed", "diagonal", ints(3, 4), 1, 1, 0)
along("diagonal_past_end", "diagonal", ints(3, 3), 4)
along("diagonal_err_1d", "diagonal", ints(3))
along("diagonal_err_same_axes", "diagonal", ints(3, 3), 0, 1, 1)


write(sys.argv[1])
