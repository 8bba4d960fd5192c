#!/usr/bin/env python3
"""Fixtures for issue 17 (all of NumPy's real dtypes), computed by NumPy 2.x.

Run by hand (NumPy 2.4.6 was used for the checked-in files):

    python3 runtime/src/test/python/gen_dtype_fixtures.py

Writes into runtime/src/test/resources/dtypes/:
  * promotion.tsv  -- DtypePromotionTest: the result dtype (or NumPy's error) of every binary op
    category over every pair of the twelve dtypes, and of each dtype with weak Python scalars
    (int 3, 300, -1; float 0.5; bool True). Columns: op, left, right, expected, note. An operand is a
    dtype name (a 1-d array [1, 1]) or weak:int=N / weak:float=X / weak:bool=True. Expected is a
    dtype name or "!Kind: message" (NumPy's exception and text).
  * elementwise.tsv, reductions.tsv -- rows for ElementwiseSemanticsTableTest in the format of
    ../resources/semantics/generate.py (whose machinery, divergences and checks this script reuses):
    every elementwise op, comparison, cast and reduction on edge values of the seven new dtypes.
uint64 compared with signed integers (and with negative weak ints) is exact in NumPy 2 and in the
library (UnsignedComparisons): a bool result, no divergence.
"""

import math
import os
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "dtypes"))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "resources", "semantics")))
import generate as g  # noqa: E402  (the semantics tables' rows, operands and expected texts)

warnings.simplefilter("ignore")

ALL = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]
NEW = ["int8", "int16", "uint8", "uint16", "uint32", "uint64", "float16"]
INF, NAN = float("inf"), float("nan")

# ---------------------------------------------------------------------------------------------------
# Promotion
# ---------------------------------------------------------------------------------------------------

PROMOTION_OPS = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.true_divide, "floorDiv": np.floor_divide,
    "mod": np.remainder, "pow": np.power, "maximum": np.maximum, "eq": np.equal, "lt": np.less,
    "bitwiseAnd": np.bitwise_and, "leftShift": np.left_shift,
}
WEAK = {"weak:int=3": 3, "weak:int=300": 300, "weak:int=-1": -1, "weak:float=0.5": 0.5, "weak:bool=True": True}


def promotion_operand(tok):
    return np.array([1, 1], dtype=tok) if tok in ALL else WEAK[tok]


def promotion_expected(op, a, b):
    try:
        r = np.asarray(PROMOTION_OPS[op](promotion_operand(a), promotion_operand(b)))
    except Exception as e:
        return "!" + type(e).__name__ + ": " + str(e).split(" <class")[0], ""
    return str(r.dtype), ""


def promotion_rows():
    rows = []
    for op in PROMOTION_OPS:
        for a in ALL:
            for b in ALL + list(WEAK):
                exp, note = promotion_expected(op, a, b)
                rows.append("\t".join([op, a, b, exp, note]))
    return rows


# ---------------------------------------------------------------------------------------------------
# Element values (through generate.py's rows)
# ---------------------------------------------------------------------------------------------------

EDGES = {
    "int8": [-128, -127, -7, -1, 0, 1, 7, 127],
    "int16": [-32768, -300, -7, -1, 0, 1, 255, 32767],
    "uint8": [0, 1, 2, 7, 127, 128, 254, 255],
    "uint16": [0, 1, 7, 255, 256, 32768, 65534, 65535],
    "uint32": [0, 1, 7, 65536, 2**31 - 1, 2**31, 2**32 - 2, 2**32 - 1],
    "uint64": [0, 1, 7, 2**32, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1],
    "float16": [0.0, -0.0, 1.0, -1.5, 0.1, 65504.0, 6e-08, -3.0e-5, 2049.0, 0.3333, INF, -INF, NAN],
}
NONZERO = {d: [v for v in vs if v != 0] for d, vs in EDGES.items()}
SHIFTS = [0, 1, 3, 7, 8, 15, 31, 63]


def grid(d, left, right):
    """Every pair of left x right as two arrays of len(left)*len(right) elements."""
    a = [x for x in left for _ in right]
    b = [y for _ in left for y in right]
    return g.arr(a, d), g.arr(b, d)


def elementwise_rows():
    f = "../dtypes/elementwise"
    for d in NEW:
        vals = EDGES[d]
        a, b = grid(d, vals, vals)
        for op in ["add", "sub", "mul", "maximum", "minimum", "eq", "ne", "lt", "le", "gt", "ge", "div"]:
            g.row(f, f"{d}/{op}", op, a, b)
        a, b = grid(d, vals, NONZERO[d])
        for op in ["floorDiv", "mod"]:
            g.row(f, f"{d}/{op}", op, a, b)
        g.row(f, f"{d}/floorDiv by zero", "floorDiv", g.arr(vals[:2], d), g.arr([1, 0] if d != "float16" else [1.0, 0.0], d))
        if d == "float16":
            a, b = grid(d, vals, [0.0, 0.5, 1.0, 2.0, -1.0, 3.0])
            g.row(f, f"{d}/pow", "pow", a, b)
        else:
            a, b = grid(d, vals, [0, 1, 2, 3, 7, 64])
            g.row(f, f"{d}/pow", "pow", a, b)
            a, b = grid(d, vals, SHIFTS)
            for op in ["leftShift", "rightShift", "bitwiseAnd", "bitwiseXor"]:
                g.row(f, f"{d}/{op}", op, a, b)
            x = g.arr(vals, d)
            for op in ["invert", "reciprocal"] if 0 not in vals else ["invert"]:
                g.row(f, f"{d}/{op}", op, x)
            g.row(f, f"{d}/reciprocal nonzero", "reciprocal", g.arr(NONZERO[d], d))
        x = g.arr(vals, d)
        for op in ["neg", "abs", "sign", "square", "sqrt", "exp", "log", "sin"]:
            g.row(f, f"{d}/{op}", op, x)
        for w in ([3, 1] if d != "float16" else [3, 0.1, 1e-4, 70000.0]):
            for op in ["add", "mul", "sub", "maximum"]:
                g.row(f, f"{d}/{op} weak {w}", op, x, g.weak(w))
        g.row(f, f"{d}/add weak 300", "add", x, g.weak(300))
        g.row(f, f"{d}/add weak -1", "add", x, g.weak(-1))
        g.row(f, f"{d}/lt weak 300", "lt", x, g.weak(300))
        # casts to every dtype (float to integer only where NumPy defines it: in range, not NaN)
        for to in ALL:
            if to == d:
                continue
            src = vals
            if d == "float16" and to not in ("float16", "float32", "float64", "bool"):
                lo, hi = (np.iinfo(to).min, np.iinfo(to).max)
                src = [v for v in vals if not math.isnan(v) and lo <= v <= hi]
            g.row(f, f"{d}/astype {to}", f"astype {to}", g.arr(src, d))
    # float64/float32 to float16 casts round once to nearest even (not through float32 for float64)
    tricky = [1 + 2**-11 + 2**-40, 1 + 2**-11, 1 + 3 * 2**-11, 65519.99, 65520.0, 5.960464477539063e-08, 2.9802322387695312e-08,
              2.98023223876953125e-08 * 1.0000001, -1e-10, 1e6, NAN, -INF]
    g.row(f, "float64/astype float16 rounding", "astype float16", g.arr(tricky, "float64"))
    g.row(f, "float32/astype float16 rounding", "astype float16", g.arr(tricky, "float32"))
    g.row(f, "int64/astype float16", "astype float16", g.arr([2049, 2051, 65519, 65520, -70000, 3], "int64"))
    g.row(f, "int64/astype uint8 wraps", "astype uint8", g.arr([-1, 256, 300, -129, 2**40 + 5], "int64"))
    g.row(f, "float64/astype uint8", "astype uint8", g.arr([0.0, 1.9, 254.99, 255.0, -0.5], "float64"))
    g.row(f, "float64/astype uint64", "astype uint64", g.arr([0.0, 2.0**63, 2.0**64 - 2048, 1.5], "float64"))


def reduction_rows():
    f = "../dtypes/reductions"
    for d in NEW:
        vals = EDGES[d][:6] if d != "float16" else [1.0, -1.5, 0.1, 2049.0, 3.0, 0.5]
        x = g.arr(vals, d, (2, 3))
        for op in ["sum", "prod", "max", "min", "argmax", "argmin", "mean", "any", "all"]:
            for ax in [None, 0, 1]:
                o = op if ax is None else f"{op} axis={ax}"
                g.row(f, f"{d}/{o}", o, x)
    # sums that overflow the element type but not NumPy's accumulator
    g.row(f, "int8/sum no overflow", "sum", g.arr([127] * 5, "int8"))
    g.row(f, "uint8/sum no overflow", "sum", g.arr([255] * 5, "uint8"))
    g.row(f, "uint64/sum wraps", "sum", g.arr([2**64 - 1, 2], "uint64"))
    g.row(f, "uint64/max unsigned", "max", g.arr([1, 2**64 - 1, 2**63], "uint64"))
    # float16 sums: NumPy accumulates in float32; with few small exact terms both give the same float16
    g.row(f, "float16/sum exact", "sum", g.arr([0.5, 0.25, 1024.0, 3.0], "float16"))


def main():
    assert np.__version__.startswith("2."), "NEP 50 promotion needs NumPy 2"
    g.BINARY.update({"leftShift": np.left_shift, "rightShift": np.right_shift, "bitwiseAnd": np.bitwise_and,
                     "bitwiseXor": np.bitwise_xor})
    g.UNARY.update({"invert": np.invert, "reciprocal": np.reciprocal})
    os.makedirs(OUT, exist_ok=True)
    rows = promotion_rows()
    with open(os.path.join(OUT, "promotion.tsv"), "w") as fh:
        fh.write(f"# generated by runtime/src/test/python/gen_dtype_fixtures.py with NumPy {np.__version__}\n"
                 "# op\tleft\tright\texpected\tnote\n" + "\n".join(rows) + "\n")
    print(f"promotion.tsv: {len(rows)} rows")
    elementwise_rows()
    reduction_rows()
    for name, rs in g.FILES.items():
        path = os.path.join(g.HERE, name + ".tsv")
        with open(path, "w") as fh:
            fh.write(f"# generated by runtime/src/test/python/gen_dtype_fixtures.py with NumPy {np.__version__} "
                     "(format: see ../semantics/generate.py)\n# id\top\toperands\texpected\tcheck\tsource\n" + "\n".join(rs) + "\n")
        print(f"{os.path.normpath(path)}: {len(rs)} rows")


if __name__ == "__main__":
    main()
