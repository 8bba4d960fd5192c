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

The library has no int8 or float16: where NumPy gives them for bool operands, the line holds NumPy's
answer for the operands cast to what the library computes in (float32, int32), its documented
divergence (SEMANTICS 1.2). Transcendental functions are compared within 2 ulps in float64 and 4 in
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
FLOAT_ONLY_OUT = {"tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "arcsinh", "arccosh", "arctanh", "exp2", "cbrt",
                  "degrees", "radians", "arctan2", "hypot", "copysign", "heaviside", "round"}
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


def library_operand(name, x):
    """The operand cast to what the library computes in where NumPy would use float16 or int8."""
    if x.dtype == np.bool_ and name in FLOAT_ONLY_OUT:
        return x.astype(np.float32)
    if x.dtype == np.bool_ and name in ("leftShift", "rightShift"):
        return x.astype(np.int32)
    return x


def check(name, out):
    if name in TRANSCENDENTAL and out.dtype.kind == "f":
        return "ulps=2" if out.dtype == np.float64 else "ulps=4"
    if name in ("fmax", "fmin") and out.dtype.kind == "f":
        return "+-0"  # NumPy's loops differ on fmax(0.0, -0.0) between lengths (8: its SIMD path); the sign is unspecified
    return "exact"


def main():
    lines = []
    for name, f in UNARY.items():
        lo, hi = DOMAIN.get(name, (-50, 50))
        vals = SPECIAL + floats(40, lo, hi)
        for d in DTYPES:
            if not accepted(name, d):
                continue
            x = operand(d, vals, name)
            out = f(library_operand(name, x))
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
            out = f(library_operand(name, a), library_operand(name, b))
            lines.append("\t".join([name, d, enc(a), enc(b), str(out.dtype), enc(out), check(name, out)]))
    with open(OUT, "w") as w:
        w.write("# Made by runtime/src/test/python/gen_ufunc_fixtures.py with NumPy " + np.__version__ + "; format in its docstring.\n")
        for line in lines:
            w.write(line + "\n")
    print(len(lines), "lines to", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
