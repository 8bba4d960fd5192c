#!/usr/bin/env python3
"""NumPy's answers for the elementwise functions of issue 16, for UfuncNumpyFixtureTest.

Run by hand from the repository root (NumPy 2.4.6 made the checked-in file):

    python3 runtime/src/test/python/gen_ufunc_fixtures.py

writes runtime/src/test/resources/ufunc/elementwise.tsv: one line per function and input dtype(s),
    name <TAB> dtypes <TAB> operand 1 <TAB> operand 2 (or -) <TAB> result dtype <TAB> result <TAB> check
Values are comma-separated: floats as the hex of their bits in their dtype (so -0.0, infinities and
the sign of NaN are kept), integers in decimal, bools as 0 and 1. check is "exact", "+-0" (exact but
for the sign of zero) or "ulps=N". round(x, -1) of integers skips the dtype's extremes, whose float64
value is out of range when cast back (NumPy's cast gives INT_MIN there, the library's saturates:
SEMANTICS 1.5).

Where NumPy gives int8 or float16 for bool operands, so does the library (issue 17). Transcendental functions are compared within 2 ulps in float64 and 4 in
float32 (NumPy's own results come from its SIMD loops or the C library, not correctly rounded either).
"""

import os
import struct
import warnings

import numpy as np

warnings.simplefilter("ignore")
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "ufunc", "elementwise.tsv")
rng = np.random.default_rng(16)

SPECIAL = [0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 5e-324, -1e-310, 1e-300, 2.0 ** -30, 0.5, -0.5, 1.0, -1.0,
           2.0, -2.5, 3.5, np.pi, -np.pi / 2, 10.0, 1e10, -1e300, 700.0, -745.0, 1e-8, 0.999999]


def floats(n, lo, hi):
    return list(rng.uniform(lo, hi, n)) + list(np.exp(rng.uniform(-30, 30, n // 2)) * rng.choice([-1, 1], n // 2))


def ints(dtype):
    info = np.iinfo(dtype)
    return [0, 1, -1, 2, -2, 3, 7, -8, 63, 64, 65, 31, 32, 33, -33, 100, info.max, info.min] + list(rng.integers(-1000, 1000, 12))


def enc(a):
    a = np.asarray(a)
    if a.dtype == np.float64:
        return ",".join("%016x" % struct.unpack("<Q", struct.pack("<d", v))[0] for v in a.tolist())
    if a.dtype == np.float32:
        return ",".join("%08x" % v for v in a.view(np.uint32).tolist())
    if a.dtype == np.float16:
        return ",".join("%04x" % v for v in a.view(np.uint16).tolist())
    if a.dtype == np.bool_:
        return ",".join("1" if v else "0" for v in a.tolist())
    return ",".join(str(v) for v in a.tolist())


def operand(dtype, values, name=None):
    if dtype == "bool":
        return np.array([bool(v) for v in (values if values else [0, 1])][:2] + [True, False], dtype=bool)
    if dtype in ("int32", "int64"):
        return np.array(ints(dtype) if name != "round-1" else ints(dtype)[:16], dtype=dtype)
    return np.array(values, dtype=np.float64).astype(dtype)


TRANSCENDENTAL = {"tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "exp2", "cbrt",
                  "arctan2", "hypot"}
UNARY = {
    "tan": np.tan, "arcsin": np.arcsin, "arccos": np.arccos, "arctan": np.arctan, "sinh": np.sinh, "cosh": np.cosh,
    "arcsinh": np.arcsinh, "arccosh": np.arccosh, "arctanh": np.arctanh, "exp2": np.exp2, "cbrt": np.cbrt,
    "isnan": np.isnan, "isinf": np.isinf, "isfinite": np.isfinite, "signbit": np.signbit, "degrees": np.degrees,
    "radians": np.radians, "reciprocal": np.reciprocal, "invert": np.invert, "nanToNum": np.nan_to_num,
    "round": np.round, "round2": lambda x: np.round(x, 2), "round-1": lambda x: np.round(x, -1),
}
DOMAIN = {"arcsin": (-1, 1), "arccos": (-1, 1), "arctanh": (-1, 1), "arccosh": (1, 50), "sinh": (-720, 720),
          "cosh": (-720, 720), "exp2": (-1080, 1030), "round2": (-100, 100), "round-1": (-1000, 1000)}
BINARY = {
    "arctan2": np.arctan2, "hypot": np.hypot, "copysign": np.copysign, "heaviside": np.heaviside, "fmax": np.fmax,
    "fmin": np.fmin, "logicalXor": np.logical_xor, "bitwiseAnd": np.bitwise_and, "bitwiseOr": np.bitwise_or,
    "bitwiseXor": np.bitwise_xor, "leftShift": np.left_shift, "rightShift": np.right_shift,
}
DTYPES = ["float64", "float32", "int64", "int32", "bool"]


def accepted(name, dtype):
    if name in ("invert", "bitwiseAnd", "bitwiseOr", "bitwiseXor", "leftShift", "rightShift"):
        return dtype != "float64" and dtype != "float32"
    if name == "logicalXor":
        return dtype == "bool" or dtype.startswith("int")  # the library rejects logical ops on floats
    if name == "reciprocal":
        return dtype.startswith("float")  # integer reciprocal of 0 is C's undefined behaviour in NumPy; tested by hand
    if name in ("round2", "round-1"):
        return dtype != "bool"
    return True


def check(name, out):
    if name in TRANSCENDENTAL and out.dtype.kind == "f":
        return "ulps=2" if out.dtype == np.float64 else "ulps=1" if out.dtype == np.float16 else "ulps=4"
    if name in ("fmax", "fmin") and out.dtype.kind == "f":
        return "+-0"  # NumPy's loops differ on fmax(0.0, -0.0) between lengths (8: its SIMD path); the sign is unspecified
    return "exact"


def empty_lines():
    """Every function and accepted dtype on empty operands: the result dtype is the one to check."""
    lines = []
    for name, f in UNARY.items():
        for d in DTYPES:
            if accepted(name, d):
                out = f(np.zeros(0, dtype=d))
                lines.append("\t".join([name, d, "", "-", str(out.dtype), "", "exact"]))
    for name, f in BINARY.items():
        for d in DTYPES:
            if accepted(name, d):
                out = f(np.zeros(0, dtype=d), np.zeros(0, dtype=d))
                lines.append("\t".join([name, d, "", "", str(out.dtype), "", "exact"]))
    return lines


def main():
    lines = []
    for name, f in UNARY.items():
        lo, hi = DOMAIN.get(name, (-50, 50))
        vals = SPECIAL + floats(40, lo, hi)
        for d in DTYPES:
            if not accepted(name, d):
                continue
            x = operand(d, vals, name)
            out = f(x)
            lines.append("\t".join([name, d, enc(x), "-", str(out.dtype), enc(out), check(name, out)]))
    for name, f in BINARY.items():
        for d in DTYPES:
            if not accepted(name, d):
                continue
            if d.startswith("float"):
                a = np.array(SPECIAL + floats(40, -50, 50), dtype=np.float64).astype(d)
                b = np.array((SPECIAL + floats(40, -50, 50))[::-1], dtype=np.float64).astype(d)
                grid_a, grid_b = np.repeat(np.array(SPECIAL[:8], dtype=d), 8), np.tile(np.array(SPECIAL[:8], dtype=d), 8)
                a, b = np.concatenate([a, grid_a]), np.concatenate([b, grid_b])
            elif d == "bool":
                a, b = np.array([0, 0, 1, 1], dtype=bool), np.array([0, 1, 0, 1], dtype=bool)
            else:
                a = operand(d, None)
                b = a[::-1].copy() if not name.endswith("Shift") else np.array(ints(d)[:18][::-1] + list(rng.integers(-5, 70, 12)), dtype=d)
            out = f(a, b)
            lines.append("\t".join([name, d, enc(a), enc(b), str(out.dtype), enc(out), check(name, out)]))
    lines += empty_lines()
    with open(OUT, "w") as w:
        w.write("# Made by runtime/src/test/python/gen_ufunc_fixtures.py with NumPy " + np.__version__ + "; format in its docstring.\n")
        for line in lines:
            w.write(line + "\n")
    print(len(lines), "lines to", os.path.normpath(OUT))
    reductions()


# ---------------------------------------------------------------------------------------------------
# NaN-aware reductions, ptp, average, isclose (UfuncReductionFixtureTest): reductions.tsv, one line per
#   name <TAB> dtype <TAB> shape <TAB> values <TAB> axis (or -) <TAB> extra <TAB> result dtype <TAB>
#   result shape <TAB> result <TAB> check
# extra is ddof for nanvar and nanstd, the weights (encoded as the values) for average, the second
# operand for isclose, else -. Shapes are comma-separated ("" for 0-d).
# ---------------------------------------------------------------------------------------------------

NAN_REDUCTIONS = {
    "nansum": np.nansum, "nanprod": np.nanprod, "nanmax": np.nanmax, "nanmin": np.nanmin, "nanmean": np.nanmean,
    "nanvar": np.nanvar, "nanstd": np.nanstd, "nanargmax": np.nanargmax, "nanargmin": np.nanargmin, "ptp": np.ptp,
}
TOLERANT = {"nansum", "nanprod", "nanmean", "nanvar", "nanstd", "average"}


def data(dtype, with_all_nan_row):
    if dtype in ("int32", "int64"):
        return rng.integers(-9, 10, (4, 5)).astype(dtype)
    if dtype == "bool":
        return rng.integers(0, 2, (4, 5)).astype(bool)
    x = rng.uniform(-10, 10, (4, 5))
    x[rng.random((4, 5)) < 0.3] = np.nan
    x[0, 1], x[2, 2] = np.inf, -np.inf
    if with_all_nan_row:
        x[3, :] = np.nan
    else:
        x[3, 0] = 1.5
    return x.astype(dtype)


def reductions():
    lines = []

    def add(name, x, axis, extra, out, check):
        out = np.asarray(out)
        lines.append("\t".join([name, str(x.dtype), ",".join(map(str, x.shape)), enc(x.ravel()),
                                "-" if axis is None else str(axis), extra, str(out.dtype),
                                ",".join(map(str, out.shape)), enc(out.ravel()), check]))

    for name, f in NAN_REDUCTIONS.items():
        for d in DTYPES:
            if name == "ptp" and d == "bool":
                continue  # NumPy raises (bool subtract); ErrorMessages-style test by hand
            x = data(d, not name.startswith("nanarg"))
            for axis in (None, 0, 1):
                check = "ulps=4" if name in TOLERANT else "exact"
                if name in ("nanvar", "nanstd"):
                    for ddof in (0, 1):
                        add(name, x, axis, str(ddof), f(x, axis=axis, ddof=ddof), check)
                else:
                    add(name, x, axis, "-", f(x, axis=axis), check)
    for d in ("float64", "float32", "int64"):
        x = data(d, False)
        x = np.abs(np.where(np.isnan(x) | np.isinf(x), 1, x)).astype(d)  # no cancellation: the sums' orders differ
        w = rng.uniform(0.5, 2, (4, 5)).astype(d) if d.startswith("float") else rng.integers(1, 4, (4, 5)).astype(d)
        add("average", x, None, enc(w.ravel()), np.average(x, weights=w), "ulps=4")
        add("average", x, 1, enc(w.ravel()), np.average(x, axis=1, weights=w), "ulps=4")
        w1 = w[0, :]
        add("average1d", x, 1, enc(w1), np.average(x, axis=1, weights=w1), "ulps=4")
    for d in ("float64", "float32", "int64"):
        a = np.array([1.0, 1e10, 1e-8, np.nan, np.inf, -np.inf, 0.0, 1e-300, 100.0, np.nan, 2.0, 1.0]).astype(d) \
            if d.startswith("float") else np.array([1, 100, 5, -3, 0, 7], dtype=d)
        b = np.array([1.0 + 1e-6, 1.00001e10, 1e-9, np.nan, np.inf, np.inf, 1e-9, 0.0, 100.002, 1.0, 2.0 + 2e-5, 1.0 + 1.5e-5]).astype(d) \
            if d.startswith("float") else np.array([1, 101, 5, 3, 0, 8], dtype=d)
        add("isclose", a, None, enc(b), np.isclose(a, b), "exact")
        add("isclose_nan", a, None, enc(b), np.isclose(a, b, rtol=1e-3, atol=0.0, equal_nan=True), "exact")
    with open(os.path.join(os.path.dirname(OUT), "reductions.tsv"), "w") as w:
        w.write("# Made by runtime/src/test/python/gen_ufunc_fixtures.py with NumPy " + np.__version__ + "; format in its source.\n")
        for line in lines:
            w.write(line + "\n")
    print(len(lines), "lines to reductions.tsv")


if __name__ == "__main__":
    main()
