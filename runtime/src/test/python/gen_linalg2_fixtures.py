#!/usr/bin/env python3
"""NumPy's answers for Linalg2FixturesTest: einsum, svd, lstsq, pinv, matrix_rank, the SVD norms, cov, corrcoef.

Run by hand (NumPy 2.4.6 was used for the checked-in file):

    python3 runtime/src/test/python/gen_linalg2_fixtures.py runtime/src/test/resources/linalg2/cases.tsv

(LAPACK prints its complaints about NaN input to the process's standard output, hence the file argument.)

The file describes each call completely, so the Java test needs no twin of each case:

    case <TAB> id <TAB> function <TAB> argument ('-' for none)
    in <TAB> shape <TAB> dtype <TAB> values        one line per operand, in order
    out <TAB> shape <TAB> dtype <TAB> values       one line per result (lstsq: x, residuals, rank, s)
    error <TAB> message                            instead of out lines, for a call NumPy rejects

Shapes are comma-separated ('' for 0-d); values are C order, space-separated, floats as repr (exact).
Einsum inputs are small integers, so every einsum result is exact in every dtype.
"""

import sys

import numpy as np
from case_table import case, fmt, write

rng = np.random.default_rng(20261206)


def ints(*shape, dtype="float64"):
    return rng.integers(-5, 6, size=shape).astype(dtype)


def normal(*shape):
    return rng.standard_normal(shape)


def low_rank(m, n, r):
    return normal(m, r) @ normal(r, n)


def hilbert(n):
    i = np.arange(n)
    return 1.0 / (i[:, None] + i[None, :] + 1)


def einsum(id, subscripts, *operands):
    case(id, "einsum", subscripts, operands, lambda: [np.einsum(subscripts, *operands)])


# einsum: every form the issue names
einsum("ein_matmul", "ij,jk->ik", ints(3, 4), ints(4, 5))
einsum("ein_implicit_matmul", "ij,jk", ints(3, 4), ints(4, 5))
einsum("ein_transposed_out", "ij,jk->ki", ints(3, 4), ints(4, 5))
einsum("ein_diagonal", "ii->i", ints(4, 4))
einsum("ein_trace", "ii", ints(4, 4))
einsum("ein_diagonal_3d", "iij->ij", ints(3, 3, 2))
einsum("ein_diag_of_two", "iji->ij", ints(3, 2, 3))
einsum("ein_sum_all", "ij->", ints(3, 4))
einsum("ein_column_sums", "ij->j", ints(3, 4))
einsum("ein_transpose", "ij->ji", ints(2, 3))
einsum("ein_implicit_order", "ba", ints(2, 3))
einsum("ein_upper_first", "iJ", ints(2, 3))
einsum("ein_dot", "i,i", ints(5), ints(5))
einsum("ein_outer", "i,j->ij", ints(3), ints(4))
einsum("ein_elementwise", "ij,ij->ij", ints(2, 3), ints(2, 3))
einsum("ein_row_dots", "ij,ij->i", ints(4, 3), ints(4, 3))
einsum("ein_matvec", "ij,j->i", ints(3, 4), ints(4))
einsum("ein_vecmat", "j,jk->k", ints(4), ints(4, 3))
einsum("ein_batch", "bij,bjk->bik", ints(2, 3, 4), ints(2, 4, 2))
einsum("ein_ellipsis_batch", "...ij,...jk->...ik", ints(2, 3, 4), ints(2, 4, 2))
einsum("ein_ellipsis_broadcast", "...ij,...jk", ints(2, 1, 3, 4), ints(5, 4, 2))
einsum("ein_ellipsis_middle", "a...b,...", ints(3, 2, 4), ints(5, 1))
einsum("ein_ellipsis_sum", "...i->...", ints(2, 3, 4))
einsum("ein_ellipsis_out_last", "i...->...i", ints(2, 3, 4))
einsum("ein_three", "ij,jk,kl->il", ints(2, 3), ints(3, 4), ints(4, 2))
einsum("ein_three_implicit", "ij,jk,kl", ints(2, 3), ints(3, 4), ints(4, 2))
einsum("ein_three_dot", "i,i,i->", ints(4), ints(4), ints(4))
einsum("ein_chain_batch", "abc,cd,de->abe", ints(2, 3, 2), ints(2, 3), ints(3, 2))
einsum("ein_shared_kept", "ij,jk,jl->jkl", ints(2, 3), ints(3, 2), ints(3, 4))
einsum("ein_size1_broadcast", "ij,j->i", ints(3, 4), ints(1))
einsum("ein_size1_both", "ij,jk->ik", ints(3, 1), ints(4, 2))
einsum("ein_size1_elementwise", "i,i->i", ints(3), ints(1))
einsum("ein_scalar_operand", ",ij->ij", ints(), ints(2, 3))
einsum("ein_empty_sum", "ij,jk->ik", ints(2, 0), ints(0, 3))
einsum("ein_empty_rows", "ij,jk", ints(0, 3), ints(3, 2))
einsum("ein_float32", "ij,jk", ints(3, 4, dtype="float32"), ints(4, 2, dtype="float32"))
einsum("ein_int64", "ij,jk", ints(3, 4, dtype="int64"), ints(4, 2, dtype="int64"))
einsum("ein_int32_trace", "ii", ints(3, 3, dtype="int32"))
einsum("ein_mixed", "i,i->i", ints(3, dtype="int32"), ints(3, dtype="float32"))
einsum("ein_bool", "ij,jk->ik", ints(3, 4) > 0, ints(4, 2) > 0)
einsum("ein_spaces", "ij -> ji", ints(2, 3))
einsum("ein_err_too_many", "ijk,jk", ints(2, 3), ints(3, 4))
einsum("ein_err_too_few", "i,jk", ints(2, 3), ints(3, 4))
einsum("ein_err_output_unknown", "ij,jk->il", ints(2, 3), ints(3, 4))
einsum("ein_err_output_twice", "ij->ii", ints(2, 3))
einsum("ein_err_size", "ij,jk->ik", ints(2, 3), ints(4, 5))
einsum("ein_err_size_three", "ij,jk,kl->il", ints(2, 3), ints(3, 4), ints(5, 6))
einsum("ein_err_size_vectors", "i,j,i", ints(2), ints(3), ints(4))
einsum("ein_err_size_after_diagonal", "iij,j->i", ints(2, 2, 3), ints(4))
einsum("ein_err_ellipsis_size", "...i,...i", ints(2, 3), ints(4, 3))
einsum("ein_err_collapse", "ii,j", ints(2, 3), ints(2))
einsum("ein_err_collapse_single", "ii->i", ints(2, 3))
einsum("ein_err_more_operands_in_string", "ij,jk", ints(2, 3))
einsum("ein_err_fewer_operands_in_string", "ij", ints(2, 3), ints(3, 4))
einsum("ein_err_char", "i1", ints(2, 3))
einsum("ein_err_dot", "i.j", ints(2, 3))
einsum("ein_err_dot_output", "ij->i.", ints(2, 3))
einsum("ein_err_output_no_ellipsis", "...i->i", ints(2, 3))


def svdvals(id, a):
    case(id, "svdvals", "-", [a], lambda: [np.linalg.svd(a, compute_uv=False)])


svdvals("svd_tall", normal(6, 4))
svdvals("svd_wide", normal(3, 5))
svdvals("svd_square", normal(5, 5))
svdvals("svd_rank2", low_rank(5, 4, 2))
svdvals("svd_stack", normal(2, 3, 3))
svdvals("svd_float32", normal(4, 3).astype("float32"))
svdvals("svd_int", ints(4, 3, dtype="int64"))
svdvals("svd_hilbert", hilbert(8))
svdvals("svd_zeros", np.zeros((3, 2)))
svdvals("svd_empty", np.zeros((0, 3)))
svdvals("svd_err_1d", normal(3))
svdvals("svd_err_nan", np.array([[1.0, np.nan], [0.0, 1.0]]))


def lstsq(id, a, b, rcond=None):
    arg = "-" if rcond is None else repr(rcond)

    def call():
        x, res, rank, s = np.linalg.lstsq(a, b, rcond=rcond)
        return [x, res, np.array(rank, dtype=np.int64), s]
    case(id, "lstsq", arg, [a, b], call)


lstsq("lstsq_over", normal(8, 3), normal(8))
lstsq("lstsq_over_columns", normal(8, 3), normal(8, 2))
lstsq("lstsq_square", normal(4, 4) + 4 * np.eye(4), normal(4))
lstsq("lstsq_under", normal(3, 6), normal(3))
lstsq("lstsq_rank_deficient", low_rank(6, 4, 2), normal(6))
lstsq("lstsq_exact_fit", np.array([[1.0, 0], [0, 1], [1, 1]]), np.array([1.0, 2, 3]))
lstsq("lstsq_hilbert", hilbert(10), np.ones(10))
lstsq("lstsq_rcond_cuts", np.diag([10.0, 1.0, 0.01]) @ normal(3, 3) + 0.0, normal(3), 0.05)
lstsq("lstsq_rcond_negative", normal(5, 3), normal(5), -1.0)
lstsq("lstsq_no_rows", np.zeros((0, 2)), np.zeros(0))
lstsq("lstsq_no_columns", np.ones((2, 0)), np.ones(2))
lstsq("lstsq_float32", normal(5, 2).astype("float32"), normal(5).astype("float32"))
lstsq("lstsq_int", ints(5, 2, dtype="int64"), ints(5, dtype="int64"))
lstsq("lstsq_err_dims", normal(3, 2), normal(4))
lstsq("lstsq_err_3d", normal(2, 3, 2), normal(3))
lstsq("lstsq_err_nan", np.array([[1.0, np.nan], [0.0, 1.0]]), np.ones(2))


def pinv(id, a, rcond=None):
    arg = "-" if rcond is None else repr(rcond)
    case(id, "pinv", arg, [a], lambda: [np.linalg.pinv(a) if rcond is None else np.linalg.pinv(a, rcond)])


pinv("pinv_tall", normal(5, 3))
pinv("pinv_wide", normal(3, 5))
pinv("pinv_rank2", low_rank(4, 5, 2))
pinv("pinv_stack", normal(2, 3, 4))
pinv("pinv_rcond", np.diag([1.0, 1e-3]) @ normal(2, 2), 0.01)
pinv("pinv_empty", np.zeros((0, 3)))


def matrix_rank(id, a, tol=None):
    arg = "-" if tol is None else repr(tol)
    case(id, "matrix_rank", arg, [a], lambda: [np.asarray(np.linalg.matrix_rank(a, tol), dtype=np.int64)])


matrix_rank("rank_full", normal(4, 6))
matrix_rank("rank_two", low_rank(6, 5, 2))
matrix_rank("rank_stack", np.stack([low_rank(4, 4, 1), normal(4, 4)]))
matrix_rank("rank_vector", normal(3))
matrix_rank("rank_zero_vector", np.zeros(3))
matrix_rank("rank_zeros", np.zeros((3, 3)))
matrix_rank("rank_tol", np.diag([1.0, 0.1, 0.001]), 0.01)
matrix_rank("rank_hilbert", hilbert(12))


def norm(id, a, ord):
    case(id, "norm", ord, [a], lambda: [np.linalg.norm(a, ord if ord == "nuc" else float(ord))])


norm("norm_2", normal(4, 3), "2")
norm("norm_minus2", normal(3, 3), "-2")
norm("norm_nuc", normal(3, 5), "nuc")
norm("norm_2_int", ints(3, 3, dtype="int64"), "2")
norm("norm_2_empty", np.zeros((0, 3)), "2")


def cov(id, m, y=None, rowvar=True, bias=False, ddof=None):
    arg = "rowvar=%s,bias=%s,ddof=%s" % (rowvar, bias, ddof)
    inputs = [m] if y is None else [m, y]
    case(id, "cov", arg, inputs, lambda: [np.cov(m, y, rowvar, bias, ddof)])


def corrcoef(id, x, y=None, rowvar=True):
    inputs = [x] if y is None else [x, y]
    case(id, "corrcoef", "rowvar=%s" % rowvar, inputs, lambda: [np.corrcoef(x, y, rowvar)])


cov("cov_rows", normal(3, 10))
cov("cov_columns", normal(10, 3), rowvar=False)
cov("cov_bias", normal(3, 6), bias=True)
cov("cov_ddof", normal(2, 6), ddof=3)
cov("cov_vector", normal(7))
cov("cov_with_y", normal(2, 5), normal(5))
cov("cov_one_row_columns", normal(1, 5), rowvar=False)
cov("cov_int", ints(2, 6, dtype="int64"))
cov("cov_float32", normal(2, 6).astype("float32"))
cov("cov_one_observation", normal(2, 1))
cov("cov_err_3d", normal(2, 2, 2))
cov("cov_err_y_3d", normal(2, 2), normal(2, 2, 2))
cov("cov_no_variables", np.zeros((0, 3)))
cov("cov_y_columns", normal(5, 2), normal(5, 1), rowvar=False)
corrcoef("corr_rows", normal(3, 10))
corrcoef("corr_with_y", normal(8), normal(8), rowvar=True)
corrcoef("corr_columns", normal(6, 2), rowvar=False)
corrcoef("corr_vector", normal(5))
corrcoef("corr_constant_row", np.array([[1.0, 2, 4], [1, 1, 1]]))


write(sys.argv[1])
