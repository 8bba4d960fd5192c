#!/usr/bin/env python3
"""Expected values for PromotionTest and ElementwiseSemanticsTest, computed by NumPy.

Run by hand (NumPy 2.4.6 was used for the checked-in fixtures):

    python3 runtime/src/test/python/gen_semantics_fixtures.py           # print every generated block
    python3 runtime/src/test/python/gen_semantics_fixtures.py --write   # rewrite the blocks in the two tests

Each block is Java source placed between the markers
    // <generated:NAME>   ...   // </generated:NAME>
in runtime/src/test/java/org/ndjit/{PromotionTest,ElementwiseSemanticsTest}.java; --write replaces only
the text between markers, so the hand-written test code around them stays as it is.

Every expected value here comes from running NumPy. Where the library deliberately differs from NumPy
(/work/shared/SEMANTICS.md sections 0 and 1.2-1.10), the generator applies the documented divergence
explicitly, in one place each, and marks the row with a comment naming NumPy's own answer:
  * bool results that NumPy makes int8 / float16 become int32 / float32 (SEMANTICS 1.2);
  * logical ops on floats are rejected (SEMANTICS 1.2);
  * NumPy's OverflowError text "Python integer N out of bounds for int32" is expected without the
    word "Python" (SEMANTICS 1.2 recommendation).
Divergences that concern values only (integer division by zero throws, float->int astype uses Java's
cast, empty mean/var and ddof >= n are rejected) are asserted directly in the Java tests, citing
SEMANTICS, because NumPy has no value to give for them.

Floats are written as Java double literals: Python's repr() is the shortest decimal that round-trips,
and Java parses a literal to the nearest double, so the value is exact. A float32 value is written as
the (exact) double it widens to. Long tables go into text blocks parsed by the tests' doubles() and
longs() with Double.parseDouble / Long.parseLong (the same decimal-to-nearest-double rule), because
array initialisers that large would exceed the JVM's 64 KB limit on a class's static initializer.
"""

import math
import os
import re
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA_DIR = os.path.normpath(os.path.join(HERE, "..", "java", "org", "ndjit"))
PROMOTION_JAVA = os.path.join(JAVA_DIR, "PromotionTest.java")
ELEMENTWISE_JAVA = os.path.join(JAVA_DIR, "ElementwiseSemanticsTest.java")

DTYPES = ["bool", "int32", "int64", "float32", "float64"]
I32_MIN, I32_MAX = -2**31, 2**31 - 1
I64_MIN, I64_MAX = -2**63, 2**63 - 1

warnings.simplefilter("ignore")  # NumPy's RuntimeWarnings (divide by zero, overflow, invalid) are expected here


# ---------------------------------------------------------------------------------------------------
# Java literals
# ---------------------------------------------------------------------------------------------------

def jd(x):
    """An exact Java double literal for a float (float32 values are widened exactly)."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "INF" if x > 0 else "-INF"
    r = repr(x)
    return r


def jl(v):
    return str(int(v)) + "L"


def jb(v):
    return "true" if bool(v) else "false"


def jstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrap_list(items, per_line=6, indent="            "):
    lines = []
    for i in range(0, len(items), per_line):
        lines.append(indent + ", ".join(items[i:i + per_line]) + ",")
    return "\n".join(lines)


def darr(values, per_line=6, indent="            "):
    """A long double array as a text block parsed by the test's doubles() (array initialisers of this
    size would exceed the JVM's 64 KB limit on a static initializer)."""
    vals = [jd(v) for v in np.asarray(values).ravel()]
    return 'doubles("""\n' + wrap_list(vals, per_line, indent) + "\n" + indent + '""")'



def darr_inline(values):
    return "new double[] {" + ", ".join(jd(v) for v in np.asarray(values).ravel()) + "}"


def larr_inline(values):
    return "new long[] {" + ", ".join(jl(v) for v in np.asarray(values).ravel()) + "}"


def barr_inline(values):
    return "new boolean[] {" + ", ".join(jb(v) for v in np.asarray(values).ravel()) + "}"


def larr(values, per_line=6, indent="            "):
    """A long array as a text block parsed by the test's longs()."""
    vals = [str(int(v)) for v in np.asarray(values).ravel()]
    return 'longs("""\n' + wrap_list(vals, per_line, indent) + "\n" + indent + '""")'



def values_inline(a):
    """A Java array literal matching the NumPy array's kind."""
    a = np.asarray(a)
    if a.dtype.kind == "b":
        return barr_inline(a)
    if a.dtype.kind in "iu":
        return larr_inline(a)
    return darr_inline(a)


# ---------------------------------------------------------------------------------------------------
# Promotion (PromotionTest)
# ---------------------------------------------------------------------------------------------------

BINARY = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.true_divide, "pow": np.power,
    "floorDiv": np.floor_divide, "mod": np.remainder, "maximum": np.maximum, "minimum": np.minimum,
    "eq": np.equal, "ne": np.not_equal, "lt": np.less, "le": np.less_equal, "gt": np.greater,
    "ge": np.greater_equal, "and": np.logical_and, "or": np.logical_or,
}
UNARY = {
    "sqrt": np.sqrt, "exp": np.exp, "log": np.log, "sin": np.sin, "cos": np.cos, "tanh": np.tanh,
    "neg": np.negative, "abs": np.absolute, "sign": np.sign, "square": np.square, "not": np.logical_not,
}
REDUCTIONS = {
    "sum": np.sum, "prod": np.prod, "mean": np.mean, "var": np.var, "std": np.std, "max": np.max,
    "min": np.min, "argmax": np.argmax, "argmin": np.argmin, "any": np.any, "all": np.all,
}
LOGICAL = {"and", "or", "not"}
WEAK = {"True": True, "3": 3, "-1": -1, "0.5": 0.5, "2**40": 2**40, "1.0": 1.0, "2.0": 2.0, "7": 7,
        "0": 0, "3.0": 3.0, "2**41": 2**41}


def operand(tok):
    """The NumPy value for an operand token: a dtype name is a 1-d array [1, 2] of that dtype (bool:
    [True, True]), '0d:DTYPE' a 0-d array, anything else a weak Python scalar."""
    if tok in DTYPES:
        return np.array([1, 2], dtype=tok)
    if tok.startswith("0d:"):
        return np.array(2, dtype=tok[3:])
    return WEAK[tok]


def is_float_operand(tok):
    if tok in DTYPES:
        return tok.startswith("float")
    if tok.startswith("0d:"):
        return tok[3:].startswith("float")
    return isinstance(WEAK[tok], float)


DIVERGE_DTYPE = {"int8": "int32", "float16": "float32"}


def expected(fn, toks, logical=False):
    """'DTYPE', or '!Kind: message' for an error, with SEMANTICS' divergences applied; plus a comment."""
    if logical and any(is_float_operand(t) for t in toks):
        try:
            r = fn(*[operand(t) for t in toks])
            numpy_says = "numpy: " + str(np.asarray(r).dtype)
        except Exception as e:  # pragma: no cover
            numpy_says = "numpy: " + type(e).__name__
        return "!Rejected: ", numpy_says + "; divergence: logical ops on floats are rejected (SEMANTICS 1.2)"
    try:
        r = fn(*[operand(t) for t in toks])
    except Exception as e:
        kind = type(e).__name__
        msg = str(e)
        note = ""
        if kind == "OverflowError" and msg.startswith("Python integer "):
            msg = msg[len("Python "):]
            note = "numpy's text starts with 'Python '"
        if kind == "UFuncTypeError":
            msg = msg.split(" <class")[0]
            note = "numpy's text then names its dtype class"
        return "!" + kind + ": " + msg, note
    d = str(np.asarray(r).dtype)
    if d in DIVERGE_DTYPE:
        return DIVERGE_DTYPE[d], "numpy: " + d + "; divergence: no int8/float16 (SEMANTICS 1.2)"
    return d, ""


def promotion_rows():
    rows = []

    def add(op, toks, fn, logical=False):
        exp, note = expected(fn, toks, logical)
        rows.append((" ".join([op] + toks) + " -> " + exp, note))

    # array with array, every op, every dtype pair
    for op, fn in BINARY.items():
        for a in DTYPES:
            for b in DTYPES:
                add(op, [a, b], fn, op in LOGICAL)
    # array with weak Java scalar (boolean / long / double), every op except the logical ones
    for op, fn in BINARY.items():
        if op in LOGICAL:
            continue
        for a in DTYPES:
            for w in ["True", "3", "-1", "0.5", "2**40"]:
                add(op, [a, w], fn)
    # weak double on the left: rsub, rdiv, Np.maximum(double, NDArray)
    for op in ["sub", "div", "maximum"]:
        for b in DTYPES:
            add(op, ["0.5", b], BINARY[op])
    # 0-d arrays are strong
    for toks in [["0d:float64", "float32"], ["float32", "0d:float64"], ["0d:int64", "int32"],
                 ["int32", "0d:int64"], ["0d:bool", "int32"], ["0d:float32", "3.0"], ["0d:float32", "int32"],
                 ["0d:int32", "3"], ["0d:int32", "2**40"], ["0d:float64", "3"], ["0d:int32", "int64"],
                 ["0d:float32", "float32"], ["0d:int64", "float32"], ["0d:int32", "float32"]]:
        add("add", toks, np.add)
    add("mul", ["0d:float32", "3.0"], np.multiply)
    add("mul", ["0d:float64", "float32"], np.multiply)
    add("maximum", ["0d:float64", "float32"], np.maximum)
    add("lt", ["0d:float64", "float32"], np.less)
    # unary
    for op, fn in UNARY.items():
        for a in DTYPES:
            add(op, [a], fn, op in LOGICAL)
    # reductions over all axes
    for op, fn in REDUCTIONS.items():
        for a in DTYPES:
            add(op, [a], fn)
    # where(c, x, y), c a bool array
    def where(x, y):
        return np.where(np.array([True, False]), x, y)
    for a in DTYPES:
        for b in DTYPES:
            add("where", [a, b], where)
    for a in DTYPES:
        add("where", [a, "0.5"], where)
        add("where", ["0.5", a], where)
        add("where", [a, "7"], where)
    add("where", ["1.0", "2.0"], where)
    add("where", ["3", "7"], where)
    # clip(x, lo, hi)
    for a in DTYPES:
        for b in DTYPES:
            add("clip", [a, b, b], np.clip)
        add("clip", [a, "0.5", "3.0"], np.clip)
        add("clip", [a, "0", "3"], np.clip)
    add("clip", ["int32", "2**40", "2**41"], np.clip)
    return rows


def block_promotion():
    rows = promotion_rows()
    out = ["    /** {@code \"op operands -> result\"}: see the class comment for the operand tokens. */",
           "    static final String[] ROWS = {"]
    for text, note in rows:
        out.append("            " + jstr(text) + "," + ("  // " + note if note else ""))
    out.append("    };")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------
# Elementwise values (ElementwiseSemanticsTest)
# ---------------------------------------------------------------------------------------------------

def f32(x):
    return float(np.float32(x))


# ---- integer floor_divide / remainder tables ----
I32_A = [-7, -3, -1, 0, 1, 3, 7, I32_MIN, I32_MIN + 1, I32_MAX]
I32_B = [-7, -3, -2, -1, 1, 2, 3, 7, I32_MIN, I32_MAX]
I64_A = [-7, -3, -1, 0, 1, 3, 7, I64_MIN, I64_MIN + 1, I64_MAX, 2**40 + 3]
I64_B = [-7, -3, -2, -1, 1, 2, 3, 7, I64_MIN, I64_MAX, 2**33]


def int_grid(dt, A, B, fn):
    a = np.array(A, dt)[:, None]
    b = np.array(B, dt)[None, :]
    r = fn(a, b)
    assert r.dtype == np.dtype(dt)
    # the weak-scalar form (array op Python int) gives the same values, column by column
    for j, bj in enumerate(B):
        w = fn(np.array(A, dt), bj)
        assert w.dtype == np.dtype(dt) and (w == r[:, j]).all(), (dt, bj)
    return r


def block_int_divmod():
    out = []
    for dt, A, B in [("int32", I32_A, I32_B), ("int64", I64_A, I64_B)]:
        p = "I32" if dt == "int32" else "I64"
        out.append(f"    static final long[] {p}_A = {larr_inline(A)};")
        out.append(f"    static final long[] {p}_B = {larr_inline(B)};")
        out.append(f"    /** NumPy {dt}: A[:, None] // B[None, :], row-major. */")
        out.append(f"    static final long[] {p}_FLOOR_DIV = {larr(int_grid(dt, A, B, np.floor_divide), 5, '            ')};")
        out.append(f"    /** NumPy {dt}: A[:, None] % B[None, :], row-major. */")
        out.append(f"    static final long[] {p}_MOD = {larr(int_grid(dt, A, B, np.remainder), 5, '            ')};")
    return "\n".join(out)


# ---- float floor_divide / remainder tables ----
INF, NAN = float("inf"), float("nan")
F64_A = [7.0, -7.0, 0.0, -0.0, 1e-10, -1e-10, 3.5, -3.5, 5.3, -5.3, 1e300, -1e300, 1e-300, INF, -INF, NAN, 0.1,
         2.0**53 + 2, 5e-324]
F64_B = [2.0, -2.0, 0.3, -0.3, 1.0, -1.0, 0.0, -0.0, INF, -INF, NAN, 1e-300, 1e300, 0.1, 7.0, 5e-324]
F32_A = [f32(v) for v in [7.0, -7.0, 0.0, -0.0, 1e-10, -1e-10, 3.5, -3.5, 5.3, -5.3, 1e30, -1e30, 1e-40, INF, -INF,
                          NAN, 0.1, 16777218.0, 1e-45]]
F32_B = [f32(v) for v in [2.0, -2.0, 0.3, -0.3, 1.0, -1.0, 0.0, -0.0, INF, -INF, NAN, 1e-40, 1e30, 0.1, 7.0, 1e-45]]


def float_grid(dt, A, B, fn):
    a = np.array(A, dt)[:, None]
    b = np.array(B, dt)[None, :]
    r = fn(a, b)
    assert r.dtype == np.dtype(dt)
    for j, bj in enumerate(B):  # weak Python float: same values (B is exact in dt)
        w = fn(np.array(A, dt), bj)
        assert w.dtype == np.dtype(dt)
        assert np.array_equal(w, r[:, j], equal_nan=True), (dt, bj)
    return r


def block_float_divmod():
    out = []
    for dt, A, B in [("float64", F64_A, F64_B), ("float32", F32_A, F32_B)]:
        p = "F64" if dt == "float64" else "F32"
        out.append(f"    static final double[] {p}_A = {darr(A, 6)};")
        out.append(f"    static final double[] {p}_B = {darr(B, 6)};")
        out.append(f"    /** NumPy {dt}: A[:, None] // B[None, :], row-major. */")
        out.append(f"    static final double[] {p}_FLOOR_DIV = {darr(float_grid(dt, A, B, np.floor_divide), 6)};")
        out.append(f"    /** NumPy {dt}: A[:, None] % B[None, :], row-major. */")
        out.append(f"    static final double[] {p}_MOD = {darr(float_grid(dt, A, B, np.remainder), 6)};")
    return "\n".join(out)


# ---- named float binary cases ----
FLOAT_BINARY_CASES = [
    # (dtype, op, a, b) ; b is a 1-element array of the same dtype
    ("float32", "mod", -1e-10, 1.0),
    ("float32", "floorDiv", -1e-10, 1.0),
    ("float64", "mod", -1e-10, 1.0),
    ("float64", "mod", 7.0, INF), ("float64", "mod", -7.0, INF), ("float64", "floorDiv", -7.0, INF),
    ("float64", "floorDiv", 7.0, INF), ("float64", "floorDiv", 7.0, -INF), ("float64", "mod", 7.0, -INF),
    ("float32", "mod", 7.0, INF), ("float32", "mod", -7.0, INF), ("float32", "floorDiv", -7.0, INF),
    ("float64", "floorDiv", -0.0, 1.0), ("float64", "mod", -0.0, 1.0),
    ("float32", "floorDiv", -0.0, 1.0), ("float32", "mod", -0.0, 1.0),
    ("float64", "floorDiv", 1.0, 0.0), ("float64", "floorDiv", -1.0, 0.0), ("float64", "floorDiv", 0.0, 0.0),
    ("float64", "mod", 1.0, 0.0), ("float64", "mod", INF, 2.0), ("float64", "floorDiv", INF, 2.0),
    ("float64", "floorDiv", NAN, 2.0), ("float64", "mod", 2.0, NAN),
    ("float32", "floorDiv", 1.0, 0.0), ("float32", "mod", 1.0, 0.0),
    ("float64", "div", 1.0, 0.0), ("float64", "div", -1.0, 0.0), ("float64", "div", 0.0, 0.0),
    ("float64", "div", NAN, 0.0), ("float64", "div", 1.0, -0.0), ("float32", "div", -1.0, 0.0),
    ("float64", "mul", 0.0, INF), ("float64", "sub", INF, INF), ("float64", "add", INF, -INF),
    ("float32", "mul", 3e38, 10.0), ("float32", "div", 1e-45, 2.0), ("float32", "div", 3e-45, 2.0),
    ("float64", "div", 5e-324, 2.0), ("float64", "mul", 1e308, 10.0),
    ("float64", "pow", 1.0, NAN), ("float64", "pow", 1.0, INF), ("float64", "pow", 1.0, -INF),
    ("float64", "pow", -1.0, INF), ("float64", "pow", -1.0, -INF), ("float64", "pow", NAN, 0.0),
    ("float64", "pow", NAN, -0.0), ("float64", "pow", 0.0, 0.0), ("float64", "pow", -8.0, 1.0 / 3),
    ("float64", "pow", 0.0, -1.0), ("float64", "pow", -0.0, -1.0), ("float64", "pow", 2.0, 0.5),
    ("float64", "pow", 2.0, 1024.0), ("float64", "pow", 0.5, INF), ("float64", "pow", 2.0, -INF),
    ("float32", "pow", 1.0, NAN), ("float32", "pow", -1.0, INF), ("float32", "pow", -1.0, -INF),
    ("float32", "pow", NAN, 0.0), ("float32", "pow", 2.0, 128.0),
    ("float64", "maximum", NAN, 1.0), ("float64", "maximum", 1.0, NAN), ("float64", "minimum", NAN, 1.0),
    ("float64", "minimum", 1.0, NAN), ("float32", "maximum", NAN, 1.0), ("float32", "minimum", 1.0, NAN),
    ("float64", "maximum", -INF, NAN), ("float64", "maximum", INF, -INF),
    # operands where npy_divmod's final step (snapping the quotient to the nearest integer) changes the
    # result; found by a seeded search comparing np.floor_divide with the algorithm minus that step
    ("float64", "floorDiv", 1.205143054529419, 0.00688755197954037),
    ("float64", "floorDiv", 10153.06384374312, 8.627173465408395e-05),
    ("float64", "floorDiv", 163957610.94151142, 0.3920656813048089),
    ("float64", "floorDiv", 222152025182.07056, -0.20524259061506345),
    ("float64", "mod", 1.205143054529419, 0.00688755197954037),
    ("float32", "floorDiv", -1112.91943359375, -3.674450397491455),
    ("float32", "floorDiv", 567.85986328125, 0.3521900177001953),
    ("float32", "floorDiv", -17.419967651367188, 0.02002519741654396),
    ("float32", "mod", -17.419967651367188, 0.02002519741654396),
]


def np_binary_1(op, dt, a, b):
    r = BINARY[op](np.array([a], dt), np.array([b], dt))
    w = BINARY[op](np.array([a], dt), b)  # b as a weak Python float (exact in dt): the same value
    assert r.dtype == np.dtype(dt) and w.dtype == np.dtype(dt)
    assert np.array_equal(r, w, equal_nan=True), (op, dt, a, b)
    return r[0]


def block_float_binary_cases():
    out = ["    /** {dtype, op, a, b, NumPy's a op b} for 1-element arrays of dtype. */",
           "    static final Object[][] FLOAT_BINARY_CASES = {"]
    for dt, op, a, b in FLOAT_BINARY_CASES:
        a = float(np.array(a, dt)); b = float(np.array(b, dt))
        r = np_binary_1(op, dt, a, b)
        out.append(f"            {{{jstr(dt)}, {jstr(op)}, {jd(a)}, {jd(b)}, {jd(r)}}},")
    out.append("    };")
    return "\n".join(out)


# ---- unary specials ----
EXACT_UNARY = ["sqrt", "neg", "abs", "sign", "square"]
UNARY_SPECIAL_INPUTS = [-0.0, 0.0, NAN, INF, -INF, -2.5, 2.0, -1.0, 1e-310, 1e200, 3.0, 0.1]
TRANSCENDENTAL_SPECIALS = {
    "log": [0.0, -0.0, -1.0, 1.0, INF, -INF, NAN, 5e-324],
    "exp": [0.0, -0.0, 1000.0, -1000.0, INF, -INF, NAN, 100.0, -100.0, 709.0, -745.0],
    "sin": [0.0, -0.0, INF, -INF, NAN],
    "cos": [0.0, -0.0, INF, -INF, NAN],
    "tanh": [0.0, -0.0, INF, -INF, NAN, 20.0, -20.0, 1e-300],
}


def block_unary_cases():
    out = ["    /** {dtype, op, x, NumPy's op(x), allowed ulps}: 0 for single-rounding ops. */",
           "    static final Object[][] UNARY_CASES = {"]
    for dt in ["float64", "float32"]:
        for op in EXACT_UNARY:
            for x in UNARY_SPECIAL_INPUTS:
                x = float(np.array(x, dt))
                r = UNARY[op](np.array([x], dt))
                assert r.dtype == np.dtype(dt)
                out.append(f"            {{{jstr(dt)}, {jstr(op)}, {jd(x)}, {jd(r[0])}, 0}},")
        for op, xs in TRANSCENDENTAL_SPECIALS.items():
            for x in xs:
                x = float(np.array(x, dt))
                r = UNARY[op](np.array([x], dt))
                assert r.dtype == np.dtype(dt)
                ulps = 2 if dt == "float64" else 4
                out.append(f"            {{{jstr(dt)}, {jstr(op)}, {jd(x)}, {jd(r[0])}, {ulps}}},")
    out.append("    };")
    return "\n".join(out)


# ---- integer wraparound ----
INT_CASES = [
    # (dtype, op, a, b or None)
    ("int32", "add", I32_MAX, 1), ("int32", "sub", I32_MIN, 1), ("int32", "mul", I32_MIN, -1),
    ("int32", "mul", 65536, 65536), ("int32", "mul", 2**30, 4),
    ("int32", "neg", I32_MIN, None), ("int32", "abs", I32_MIN, None), ("int32", "square", 65536, None),
    ("int32", "square", 46341, None), ("int32", "sign", I32_MIN, None),
    ("int32", "floorDiv", I32_MIN, -1), ("int32", "mod", I32_MIN, -1),
    ("int32", "pow", 3, 40), ("int32", "pow", 0, 0), ("int32", "pow", -2, 31), ("int32", "pow", 2, 32),
    ("int32", "pow", -1, I32_MAX), ("int32", "pow", 7, 0),
    ("int64", "add", I64_MAX, 1), ("int64", "sub", I64_MIN, 1), ("int64", "mul", 2**62, 4),
    ("int64", "mul", I64_MIN, -1), ("int64", "neg", I64_MIN, None), ("int64", "abs", I64_MIN, None),
    ("int64", "square", 2**32, None), ("int64", "floorDiv", I64_MIN, -1), ("int64", "mod", I64_MIN, -1),
    ("int64", "pow", 3, 40), ("int64", "pow", 0, 0), ("int64", "pow", 2, 63), ("int64", "pow", 2, 64),
    ("int64", "pow", -3, 41), ("int64", "maximum", I64_MIN, I64_MAX), ("int64", "minimum", I64_MIN, I64_MAX),
    ("int32", "floorDiv", -7, 2), ("int32", "mod", -7, 2), ("int64", "floorDiv", 7, -2), ("int64", "mod", 7, -2),
]


def block_int_cases():
    out = ["    /** {dtype, op, a, b (null for unary), NumPy's array-op-array result, NumPy's array-op-weak-int result}. */",
           "    static final Object[][] INT_CASES = {"]
    for dt, op, a, b in INT_CASES:
        if b is None:
            r = UNARY[op](np.array([a], dt))
            assert r.dtype == np.dtype(dt)
            out.append(f"            {{{jstr(dt)}, {jstr(op)}, {jl(a)}, null, {jl(r[0])}, null}},")
        else:
            r = BINARY[op](np.array([a], dt), np.array([b], dt))
            w = BINARY[op](np.array([a], dt), b)
            assert r.dtype == np.dtype(dt) and w.dtype == np.dtype(dt)
            out.append(f"            {{{jstr(dt)}, {jstr(op)}, {jl(a)}, {jl(b)}, {jl(r[0])}, {jl(w[0])}}},")
    out.append("    };")
    # sums accumulate in int64 (i32) and wrap (i64)
    s1 = np.sum(np.array([2**30] * 3, np.int32))
    s2 = np.sum(np.array([2**62, 2**62], np.int64))
    s3 = np.sum(np.array([I32_MAX, I32_MAX, I32_MAX], np.int32))
    p1 = np.prod(np.array([65536, 65536], np.int32))
    assert s1.dtype == np.int64 and s2.dtype == np.int64 and p1.dtype == np.int64
    out.append(f"    /** np.sum(np.array([2**30] * 3, int32)): int64 accumulation. */")
    out.append(f"    static final long SUM_I32_2POW30_X3 = {jl(s1)};")
    out.append(f"    /** np.sum(np.array([2**62, 2**62], int64)): wraps. */")
    out.append(f"    static final long SUM_I64_2POW62_X2 = {jl(s2)};")
    out.append(f"    /** np.sum(np.array([MAX, MAX, MAX], int32)). */")
    out.append(f"    static final long SUM_I32_MAX_X3 = {jl(s3)};")
    out.append(f"    /** np.prod(np.array([65536, 65536], int32)): int64 accumulation. */")
    out.append(f"    static final long PROD_I32_65536_X2 = {jl(p1)};")
    # astype int64 -> int32 wraps
    return "\n".join(out)


# ---- NaN propagation and position ----
NAN_BASE = [3.0, 1.0, 4.0, 1.0, 5.0]
NAN_POSITIONS = [0, 2, 4]


def block_nan_cases():
    out = []
    out.append("    static final double[] NAN_BASE = " + darr_inline(NAN_BASE) + ";")
    out.append("    static final int[] NAN_POSITIONS = {" + ", ".join(map(str, NAN_POSITIONS)) + "};")
    out.append("    /** {dtype, NaN position, max, min, argmax, argmin} of NAN_BASE with a NaN there. */")
    out.append("    static final Object[][] NAN_REDUCE = {")
    for dt in ["float64", "float32"]:
        for p in NAN_POSITIONS:
            x = np.array(NAN_BASE, dt); x[p] = np.nan
            out.append(f"            {{{jstr(dt)}, {p}, {jd(np.max(x))}, {jd(np.min(x))}, {int(np.argmax(x))}, {int(np.argmin(x))}}},")
        # two NaNs: the first wins
        x = np.array(NAN_BASE, dt); x[1] = np.nan; x[3] = np.nan
        out.append(f"            {{{jstr(dt)}, 13, {jd(np.max(x))}, {jd(np.min(x))}, {int(np.argmax(x))}, {int(np.argmin(x))}}},")
    out.append("    };")
    out.append("    /** {dtype, NaN position, maximum(x, 2), maximum(2, x), minimum(x, 2), minimum(2, x), clip(x, 1.5, 3.5),"
               " clip(x, lo, 3.5) with lo = 1.5 but NaN at the position, clip(x, 1.5, hi) likewise}; 2 is an array. */")
    out.append("    static final Object[][] NAN_ELEMENTWISE = {")
    for dt in ["float64", "float32"]:
        for p in NAN_POSITIONS:
            x = np.array(NAN_BASE, dt); x[p] = np.nan
            two = np.full(5, 2.0, dt)
            lo = np.full(5, 1.5, dt); lo[p] = np.nan
            hi = np.full(5, 3.5, dt); hi[p] = np.nan
            base = np.array(NAN_BASE, dt)
            cols = [np.maximum(x, two), np.maximum(two, x), np.minimum(x, two), np.minimum(two, x),
                    np.clip(x, 1.5, 3.5), np.clip(base, lo, np.full(5, 3.5, dt)), np.clip(base, np.full(5, 1.5, dt), hi)]
            for c in cols:
                assert c.dtype == np.dtype(dt)
            out.append(f"            {{{jstr(dt)}, {p}, " + ", ".join(darr_inline(c) for c in cols) + "},")
    out.append("    };")
    # clip with a NaN scalar bound gives NaN everywhere; clip with lo > hi gives hi
    x = np.array(NAN_BASE)
    out.append(f"    /** np.clip(NAN_BASE, nan, 3.5), np.clip(NAN_BASE, 1.5, nan), np.clip(NAN_BASE, 4.0, 2.0). */")
    out.append(f"    static final double[] CLIP_NAN_LO = {darr_inline(np.clip(x, np.nan, 3.5))};")
    out.append(f"    static final double[] CLIP_NAN_HI = {darr_inline(np.clip(x, 1.5, np.nan))};")
    out.append(f"    static final double[] CLIP_LO_GT_HI = {darr_inline(np.clip(x, 4.0, 2.0))};")
    # 2-D with NaNs, reductions along each axis
    m = np.arange(12, dtype=np.float64).reshape(3, 4) * np.array([1, -1, 1, -1])
    m[0, 1] = np.nan; m[2, 3] = np.nan; m[1, 0] = np.nan
    out.append("    /** A 3x4 matrix with NaNs at (0,1), (1,0), (2,3); reductions along axis 0 and 1. */")
    out.append(f"    static final double[] NAN_MATRIX = {darr_inline(m)};")
    for name, fn in [("MAX", np.max), ("MIN", np.min), ("ARGMAX", np.argmax), ("ARGMIN", np.argmin)]:
        for ax in [0, 1]:
            out.append(f"    static final double[] NAN_MATRIX_{name}_AXIS{ax} = {darr_inline(fn(m, axis=ax).astype(np.float64))};")
    # long array with one NaN
    big = np.arange(1000, dtype=np.float64) % 97
    big[777] = np.nan
    out.append(f"    /** arange(1000) % 97 with a NaN at 777: np.max, np.argmax, np.argmin. */")
    out.append(f"    static final double BIG_NAN_MAX = {jd(np.max(big))};")
    out.append(f"    static final long BIG_NAN_ARGMAX = {jl(np.argmax(big))};")
    out.append(f"    static final long BIG_NAN_ARGMIN = {jl(np.argmin(big))};")
    for name, data, fn in [("ARGMAX_INF_NAN", [INF, NAN], np.argmax), ("ARGMIN_NEGINF_NAN", [-INF, NAN], np.argmin),
                           ("ARGMAX_TIES", [1.0, 3.0, 3.0, 2.0], np.argmax), ("ARGMIN_TIES", [2.0, 1.0, 1.0, 3.0], np.argmin)]:
        out.append(f"    /** np.{fn.__name__}({data}). */")
        out.append(f"    static final long {name} = {jl(fn(np.array(data)))};")
    ti = np.array([1, 3, 3, 2], np.int32)
    out.append(f"    /** np.argmax / np.argmin of int32 [1, 3, 3, 2]. */")
    out.append(f"    static final long ARGMAX_I32_TIES = {jl(np.argmax(ti))};")
    out.append(f"    static final long ARGMIN_I32_TIES = {jl(np.argmin(ti))};")
    # NaN truthiness and sums
    out.append(f"    /** np.any([nan]), np.all([nan, 1.0]), np.sum([1, nan]), np.sum([inf, -inf]). */")
    out.append(f"    static final boolean ANY_NAN = {jb(np.any(np.array([NAN])))};")
    out.append(f"    static final boolean ALL_NAN_1 = {jb(np.all(np.array([NAN, 1.0])))};")
    out.append(f"    static final double SUM_1_NAN = {jd(np.sum(np.array([1.0, NAN])))};")
    out.append(f"    static final double SUM_INF_NEGINF = {jd(np.sum(np.array([INF, -INF])))};")
    return "\n".join(out)


# ---- comparisons with NaN ----
CMP_A = [NAN, 1.0, NAN, INF, -INF, 0.0, -0.0, 1.0, 2.0]
CMP_B = [1.0, NAN, NAN, INF, NAN, -0.0, 0.0, 1.0, 1.0]
CMP_OPS = ["eq", "ne", "lt", "le", "gt", "ge"]


def block_comparisons():
    out = [f"    static final double[] CMP_A = {darr_inline(CMP_A)};",
           f"    static final double[] CMP_B = {darr_inline(CMP_B)};",
           "    /** {dtype, op, NumPy's CMP_A op CMP_B, NumPy's CMP_A op nan (weak), NumPy's CMP_A op 1.0 (weak)}. */",
           "    static final Object[][] CMP_CASES = {"]
    for dt in ["float64", "float32"]:
        for op in CMP_OPS:
            a = np.array(CMP_A, dt)
            r = BINARY[op](a, np.array(CMP_B, dt))
            w = BINARY[op](a, NAN)
            w1 = BINARY[op](a, 1.0)
            out.append(f"            {{{jstr(dt)}, {jstr(op)}, {barr_inline(r)}, {barr_inline(w)}, {barr_inline(w1)}}},")
    out.append("    };")
    # int64 vs float64: compared after converting to float64; int32 vs a weak int beyond int32
    out.append("    /** np.array([2**53 + 1]) == np.array([2.0**53]); np.array([2**53 + 1]) == 2.0**53 (weak). */")
    out.append(f"    static final boolean I64_EQ_F64 = {jb((np.array([2**53 + 1]) == np.array([2.0**53]))[0])};")
    out.append(f"    static final boolean I64_EQ_WEAK_F64 = {jb((np.array([2**53 + 1]) == 2.0**53)[0])};")
    i32 = np.array([I32_MIN, -1, 0, I32_MAX], np.int32)
    for op in CMP_OPS:
        out.append(f"    /** np.array([MIN, -1, 0, MAX], int32) {op} 2**40 and {op} -2**40 (weak, compared exactly). */")
        out.append(f"    static final boolean[] I32_{op.upper()}_2POW40 = {barr_inline(BINARY[op](i32, 2**40))};")
        out.append(f"    static final boolean[] I32_{op.upper()}_NEG2POW40 = {barr_inline(BINARY[op](i32, -2**40))};")
    return "\n".join(out)


# ---- float32 with a weak double constant ----
def x32_inputs(n=320):
    # values of many magnitudes and both signs; exactly float32
    rng = np.random.default_rng(20240611)
    mant = rng.uniform(-1000.0, 1000.0, n)
    scale = np.ldexp(1.0, rng.integers(-30, 31, n))
    x = (mant * scale).astype(np.float32)
    x[:8] = np.array([0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 16777216.0, 1e-38], np.float32)
    return x


F32_WEAK_OPS = [
    # (op, weak constant expression as Java source, the Python value)
    ("mul", "0.1", 0.1), ("mul", "1e-3", 1e-3), ("add", "1.0 / 3", 1.0 / 3), ("sub", "0.7", 0.7),
    ("div", "3.3", 3.3), ("rsub", "0.1", 0.1), ("rdiv", "0.3", 0.3), ("mod", "0.1", 0.1),
    ("floorDiv", "0.1", 0.1), ("maximum", "0.1", 0.1), ("add", "16777217L", 16777217),
    ("add", "1152921573326323713L", 2**60 + 2**36 + 1), ("mul", "1e40", 1e40),
]


def block_f32_weak():
    x = x32_inputs()
    out = [f"    /** float32 inputs (written as the doubles they widen to). */",
           f"    static final double[] X32 = {darr(x, 5)};",
           "    /** {op, constant (Java source), NumPy's X32 op constant, all float32}. */",
           "    static final Object[][] F32_WEAK = {"]
    consts = []
    for op, src, c in F32_WEAK_OPS:
        if op == "rsub":
            r = np.subtract(c, x)
        elif op == "rdiv":
            r = np.true_divide(c, x)
        else:
            r = BINARY[op](x, c)
        assert r.dtype == np.float32, (op, r.dtype)
        # how many elements a double-then-round implementation would get wrong (for the comment)
        if isinstance(c, float) and op in ("mul", "add", "sub", "div", "rsub", "rdiv"):
            xd = x.astype(np.float64)
            f = {"mul": lambda: xd * c, "add": lambda: xd + c, "sub": lambda: xd - c, "div": lambda: xd / c,
                 "rsub": lambda: c - xd, "rdiv": lambda: c / xd}[op]
            wrong = int(np.sum(~((f().astype(np.float32) == r) | (np.isnan(r)))))
            note = f"  // {wrong} of {len(x)} differ if computed in double with the unrounded constant"
        else:
            note = ""
        out.append(f"            {{{jstr(op)}, {src}, {darr(r, 5, '                    ')}}},{note}")
    out.append("    };")
    return "\n".join(out)


# ---- single-rounding ops over many values, bit for bit ----
def random_operands(dt, n, seed):
    rng = np.random.default_rng(seed)
    emax = 60 if dt == "float64" else 20
    x = rng.uniform(-1000.0, 1000.0, n) * np.ldexp(1.0, rng.integers(-emax, emax + 1, n))
    return x.astype(dt)


EXACT_BINARY_OPS = ["add", "sub", "mul", "div", "maximum", "minimum", "floorDiv", "mod"]
EXACT_UNARY_OPS = ["sqrt", "square", "neg", "abs", "sign"]


def block_exact_random():
    out = []
    for dt, p in [("float64", "F64"), ("float32", "F32")]:
        x = random_operands(dt, 256, 7 if dt == "float64" else 8)
        y = random_operands(dt, 256, 9 if dt == "float64" else 10)
        y[:4] = np.array([0.0, -0.0, np.inf, np.nan], dt)
        out.append(f"    static final double[] RX_{p} = {darr(x, 5)};")
        out.append(f"    static final double[] RY_{p} = {darr(y, 5)};")
    out.append("    /** {dtype, op, NumPy's op(RX) or RX op RY}. */")
    out.append("    static final Object[][] EXACT_RANDOM = {")
    for dt, p in [("float64", "F64"), ("float32", "F32")]:
        x = random_operands(dt, 256, 7 if dt == "float64" else 8)
        y = random_operands(dt, 256, 9 if dt == "float64" else 10)
        y[:4] = np.array([0.0, -0.0, np.inf, np.nan], dt)
        for op in EXACT_BINARY_OPS:
            r = BINARY[op](x, y)
            assert r.dtype == np.dtype(dt)
            out.append(f"            {{{jstr(dt)}, {jstr(op)}, {darr(r, 5, '                    ')}}},")
        for op in EXACT_UNARY_OPS:
            r = UNARY[op](x)
            assert r.dtype == np.dtype(dt)
            out.append(f"            {{{jstr(dt)}, {jstr(op)}, {darr(r, 5, '                    ')}}},")
    out.append("    };")
    return "\n".join(out)


# ---- mixed int / float32 promotion values ----
def block_mixed():
    out = []
    a = np.array([16777217, I32_MAX, I32_MIN, 123456789, 3, -7], np.int32)
    b = np.array([0.0, 0.1, 1e-3, 3.3, 0.7, -2.5], np.float32)
    out.append(f"    static final long[] MIX_I32 = {larr_inline(a)};")
    out.append(f"    static final double[] MIX_F32 = {darr_inline(b)};")
    out.append("    /** {op, NumPy's int32 array op float32 array (float64)}. */")
    out.append("    static final Object[][] MIX_I32_F32 = {")
    for op in ["add", "sub", "mul", "div", "maximum", "floorDiv", "mod"]:
        r = BINARY[op](a, b)
        assert r.dtype == np.float64
        out.append(f"            {{{jstr(op)}, {darr_inline(r)}}},")
    out.append("    };")
    c = np.array([2**53 + 1, 2**60 + 1, -(2**62) + 1, I64_MAX], np.int64)
    d = np.array([0.0, 0.5, 1.0, 0.0], np.float32)
    r = c + d
    assert r.dtype == np.float64
    out.append(f"    static final long[] MIX_I64 = {larr_inline(c)};")
    out.append(f"    static final double[] MIX_F32B = {darr_inline(d)};")
    out.append(f"    /** int64 + float32 (float64). */")
    out.append(f"    static final double[] MIX_I64_ADD_F32 = {darr_inline(r)};")
    w = a + 0.5
    assert w.dtype == np.float64
    out.append(f"    /** MIX_I32 + 0.5 (weak double: float64). */")
    out.append(f"    static final double[] MIX_I32_ADD_HALF = {darr_inline(w)};")
    q = np.array([1, -7, 7, I32_MIN], np.int32) / np.array([3, 2, -2, 3], np.int32)
    assert q.dtype == np.float64
    out.append(f"    /** int32 [1, -7, 7, MIN] / int32 [3, 2, -2, 3] (float64). */")
    out.append(f"    static final double[] I32_TRUE_DIV = {darr_inline(q)};")
    q0 = np.array([1, -1, 0], np.int32) / np.array([0, 0, 0], np.int32)
    out.append(f"    /** int32 [1, -1, 0] / int32 [0, 0, 0] (float64, no error). */")
    out.append(f"    static final double[] I32_TRUE_DIV_ZERO = {darr_inline(q0)};")
    q1 = np.array([7, -7], np.int32) // 0.0
    out.append(f"    /** int32 [7, -7] // 0.0 (weak double: float64 floor_divide, no error). */")
    out.append(f"    static final double[] I32_FLOORDIV_ZERO_DOUBLE = {darr_inline(q1)};")
    # bool arithmetic
    p = np.array([True, True, False, False]); q = np.array([True, False, True, False])
    out.append(f"    static final boolean[] BOOL_P = {barr_inline(p)};")
    out.append(f"    static final boolean[] BOOL_Q = {barr_inline(q)};")
    for name, r in [("ADD", p + q), ("MUL", p * q), ("MAXIMUM", np.maximum(p, q)), ("MINIMUM", np.minimum(p, q)),
                    ("ABS", np.abs(p))]:
        assert r.dtype == np.bool_
        out.append(f"    static final boolean[] BOOL_{name} = {barr_inline(r)};")
    out.append(f"    /** bool * 2 (weak int: int64) and bool + 0.5 (float64). */")
    out.append(f"    static final long[] BOOL_MUL_2 = {larr_inline(p * 2)};")
    out.append(f"    static final double[] BOOL_ADD_HALF = {darr_inline(p + 0.5)};")
    out.append(f"    /** np.square(p) (numpy int8, int32 here) and np.sqrt(p) (numpy float16, float32 here): values. */")
    out.append(f"    static final long[] BOOL_SQUARE = {larr_inline(np.square(p).astype(np.int64))};")
    out.append(f"    static final double[] BOOL_SQRT = {darr_inline(np.sqrt(p).astype(np.float64))};")
    out.append(f"    /** p // [True]*4 and p % [True]*4 (numpy int8, int32 here): values. */")
    t = np.array([True] * 4)
    out.append(f"    static final long[] BOOL_FLOORDIV_TRUE = {larr_inline((p // t).astype(np.int64))};")
    out.append(f"    static final long[] BOOL_MOD_TRUE = {larr_inline((p % t).astype(np.int64))};")
    return "\n".join(out)


# ---- astype ----
ASTYPE_CASES = [
    ("int64", "int32", [2**31, 2**32 + 5, -2**31 - 1, 2**40 + 7, -1, I64_MAX, I64_MIN, 123]),
    ("int64", "float32", [2**60 + 2**36 + 1, 2**60 + 2**36, 2**60 + 3 * 2**36, 2**24 + 1, -(2**60 + 2**36 + 1),
                          I64_MAX, I64_MIN, 2**53 + 1]),
    ("int64", "float64", [2**53 + 1, I64_MAX, I64_MIN, -(2**53 + 3)]),
    ("int64", "bool", [0, 1, -1, I64_MIN]),
    ("int32", "float32", [16777217, I32_MAX, I32_MIN, -16777219]),
    ("int32", "int64", [I32_MIN, -1, I32_MAX]),
    ("int32", "bool", [0, 5, -1]),
    ("float64", "bool", [0.0, -0.0, NAN, INF, -INF, 0.5, 1e-300, 5e-324]),
    ("float32", "bool", [0.0, -0.0, NAN, INF, -INF, 0.5, 1e-45]),
    ("bool", "float64", [True, False]),
    ("bool", "float32", [True, False]),
    ("bool", "int32", [True, False]),
    ("bool", "int64", [True, False]),
    ("float64", "float32", [0.1, 1e40, -1e40, 1e-46, 3.4028235677973366e+38, 3.4028234663852886e+38, 1.401298464324817e-45,
                            7e-46, NAN, -0.0, 16777217.0, 1.0000000596046448]),
    ("float32", "float64", [0.1, 1e-45, 3.4e38, NAN, -0.0]),
    # in-range float -> int truncates toward zero (the same in NumPy and Java)
    ("float64", "int64", [2.7, -2.7, 0.5, -0.5, -0.0, 1e15 + 0.5, -2.0**62, 9.0e18]),
    ("float64", "int32", [2.7, -2.7, 2147483647.9, -2147483648.9, 1e9 + 0.5]),
    ("float32", "int32", [2.7, -2.7, 16777216.0, -1e9]),
    ("float32", "int64", [2.7, -2.7, 1e18, -1e18]),
]


def block_astype():
    out = ["    /** {from, to, input values, NumPy's x.astype(to)}. */",
           "    static final Object[][] ASTYPE_CASES = {"]
    for frm, to, vals in ASTYPE_CASES:
        x = np.array(vals, dtype=frm)
        r = x.astype(to)
        out.append(f"            {{{jstr(frm)}, {jstr(to)}, {values_inline(x)}, {values_inline(r)}}},")
    out.append("    };")
    return "\n".join(out)


# ---- transcendentals ----
def transcendental_inputs(op, dt):
    rng = np.random.default_rng({"exp": 1, "log": 2, "sin": 3, "cos": 4, "tanh": 5}[op] + (10 if dt == "float32" else 0))
    n = 48
    if op == "exp":
        hi = 700.0 if dt == "float64" else 88.0
        lo = -700.0 if dt == "float64" else -87.0
        x = np.concatenate([rng.uniform(lo, hi, n), rng.uniform(-2, 2, n // 2), rng.uniform(-1e-6, 1e-6, 8)])
    elif op == "log":
        emax = 1000 if dt == "float64" else 120
        x = np.concatenate([np.ldexp(rng.uniform(1, 2, n), rng.integers(-emax, emax, n)),
                            rng.uniform(0.5, 2.0, n // 2), 1 + rng.uniform(-1e-6, 1e-6, 8)])
    elif op in ("sin", "cos"):
        big = [1e6, 1e10, 1e22, 1e300] if dt == "float64" else [1e4, 1e6, 12345.678]
        x = np.concatenate([rng.uniform(-10, 10, n), rng.uniform(-1000, 1000, n // 2), rng.uniform(-1e-5, 1e-5, 4), big])
    else:  # tanh
        x = np.concatenate([rng.uniform(-20, 20, n), rng.uniform(-1, 1, n // 2), rng.uniform(-1e-5, 1e-5, 8)])
    return x.astype(dt)


def block_transcendentals():
    out = ["    /** {dtype, op, inputs, NumPy's op(inputs)}. */",
           "    static final Object[][] TRANSCENDENTAL = {"]
    for dt in ["float64", "float32"]:
        for op in ["exp", "log", "sin", "cos", "tanh"]:
            x = transcendental_inputs(op, dt)
            r = UNARY[op](x)
            assert r.dtype == np.dtype(dt)
            out.append(f"            {{{jstr(dt)}, {jstr(op)},")
            out.append(f"                    {darr(x, 4, '                        ')},")
            out.append(f"                    {darr(r, 4, '                        ')}}},")
    out.append("    };")
    return "\n".join(out)


# ---- reductions: 0-d, empty, std/var ----
def block_reductions():
    out = []

    def const(name, value, expr, kind):
        lit = {"d": jd, "l": jl, "b": jb}[kind](value)
        jtype = {"d": "double", "l": "long", "b": "boolean"}[kind]
        out.append(f"    /** {expr} */")
        out.append(f"    static final {jtype} {name} = {lit};")

    z = np.array(5.0)
    const("SUM_0D", np.sum(z), "np.sum(np.array(5.0)), also with axis=0, axis=-1", "d")
    assert np.sum(z, axis=0) == np.sum(z) and np.sum(z, axis=-1) == np.sum(z)
    const("PROD_0D", np.prod(z), "np.prod(np.array(5.0))", "d")
    zi = np.array(7, np.int32)
    assert np.sum(zi).dtype == np.int64
    const("SUM_0D_I32", np.sum(zi), "np.sum(np.array(7, int32)) (int64)", "l")
    const("MAX_0D", np.max(z), "np.max(np.array(5.0))", "d")
    const("ARGMAX_0D", np.argmax(z), "np.argmax(np.array(5.0))", "l")
    const("SUM_EMPTY", np.sum(np.array([], np.float64)), "np.sum(np.array([]))", "d")
    const("PROD_EMPTY", np.prod(np.array([], np.float64)), "np.prod(np.array([]))", "d")
    assert np.sum(np.array([], np.int32)).dtype == np.int64
    const("SUM_EMPTY_I32", np.sum(np.array([], np.int32)), "np.sum(np.array([], int32)) (int64)", "l")
    const("PROD_EMPTY_I32", np.prod(np.array([], np.int32)), "np.prod(np.array([], int32)) (int64)", "l")
    const("ANY_EMPTY", np.any(np.array([], np.float64)), "np.any(np.array([]))", "b")
    const("ALL_EMPTY", np.all(np.array([], np.float64)), "np.all(np.array([]))", "b")
    z03 = np.zeros((0, 3))
    out.append(f"    /** np.sum(np.zeros((0, 3)), axis=0), np.prod(...), np.any(...), np.all(...). */")
    out.append(f"    static final double[] SUM_0x3_AXIS0 = {darr_inline(np.sum(z03, axis=0))};")
    out.append(f"    static final double[] PROD_0x3_AXIS0 = {darr_inline(np.prod(z03, axis=0))};")
    out.append(f"    static final boolean[] ANY_0x3_AXIS0 = {barr_inline(np.any(z03, axis=0))};")
    out.append(f"    static final boolean[] ALL_0x3_AXIS0 = {barr_inline(np.all(z03, axis=0))};")
    out.append(f"    /** np.max(np.zeros((3, 0)), axis=0).shape and np.sum(np.zeros((3, 0)), axis=1). */")
    out.append(f"    static final long[] MAX_3x0_AXIS0_SHAPE = {larr_inline(np.max(np.zeros((3, 0)), axis=0).shape)};")
    out.append(f"    static final double[] SUM_3x0_AXIS1 = {darr_inline(np.sum(np.zeros((3, 0)), axis=1))};")
    msgs = {}
    for name, f in [("MAX_EMPTY_MESSAGE", lambda: np.max(np.array([]))),
                    ("MIN_EMPTY_MESSAGE", lambda: np.min(np.array([]))),
                    ("ARGMAX_EMPTY_MESSAGE", lambda: np.argmax(np.array([])))]:
        try:
            f()
            raise AssertionError(name)
        except ValueError as e:
            msgs[name] = str(e)
        out.append(f"    /** NumPy's ValueError text. */")
        out.append(f"    static final String {name} = {jstr(msgs[name])};")
    a12 = np.arange(12)
    const("STD_ARANGE12", np.std(a12), "np.std(np.arange(12))", "d")
    const("STD_ARANGE12_DDOF1", np.std(a12, ddof=1), "np.std(np.arange(12), ddof=1)", "d")
    const("STD_ARANGE12_DDOF11", np.std(a12, ddof=11), "np.std(np.arange(12), ddof=11)", "d")
    const("VAR_ARANGE12", np.var(a12), "np.var(np.arange(12))", "d")
    const("VAR_ARANGE12_DDOF1", np.var(a12, ddof=1), "np.var(np.arange(12), ddof=1)", "d")
    const("MEAN_ARANGE12", np.mean(a12), "np.mean(np.arange(12))", "d")
    m = np.arange(12).reshape(3, 4)
    out.append("    /** np.std(np.arange(12).reshape(3, 4), axis=0, ddof=1) and np.var(..., axis=1). */")
    out.append(f"    static final double[] STD_3x4_AXIS0_DDOF1 = {darr_inline(np.std(m, axis=0, ddof=1))};")
    out.append(f"    static final double[] VAR_3x4_AXIS1 = {darr_inline(np.var(m, axis=1))};")
    vi = np.var(np.array([I32_MAX, I32_MIN], np.int32))
    assert vi.dtype == np.float64
    const("VAR_I32_MAX_MIN", vi, "np.var(np.array([MAX, MIN], int32)) (float64)", "d")
    mi = np.mean(np.array([I32_MAX, I32_MAX], np.int32))
    const("MEAN_I32_MAX_MAX", mi, "np.mean(np.array([MAX, MAX], int32)) (float64, no overflow)", "d")
    v32 = np.var(np.array([1e4 + 1, 1e4 + 2, 1e4 + 3], np.float32))
    assert v32.dtype == np.float32
    const("VAR_F32_1E4", v32, "np.var(np.array([1e4+1, 1e4+2, 1e4+3], float32)) (float32)", "d")
    m32 = np.mean(np.array([1, 2, 4], np.float32))
    assert m32.dtype == np.float32
    const("MEAN_F32_124", m32, "np.mean(np.array([1, 2, 4], float32)) (float32)", "d")
    const("MEAN_BOOL", np.mean(np.array([True, False, True, True])), "np.mean([True, False, True, True])", "d")
    const("SUM_BOOL", np.sum(np.array([True, False, True, True])), "np.sum([True, False, True, True]) (int64)", "l")
    const("MAX_BOOL", np.max(np.array([False, True, False])), "np.max([False, True, False]) (bool)", "b")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------

BLOCKS = {
    PROMOTION_JAVA: {"promotion": block_promotion},
    ELEMENTWISE_JAVA: {
        "int-divmod": block_int_divmod,
        "float-divmod": block_float_divmod,
        "float-binary-cases": block_float_binary_cases,
        "unary-cases": block_unary_cases,
        "int-cases": block_int_cases,
        "nan": block_nan_cases,
        "comparisons": block_comparisons,
        "f32-weak": block_f32_weak,
        "exact-random": block_exact_random,
        "mixed": block_mixed,
        "astype": block_astype,
        "transcendentals": block_transcendentals,
        "reductions": block_reductions,
    },
}


def main():
    assert np.__version__.startswith("2."), "NEP 50 promotion needs NumPy 2"
    write = "--write" in sys.argv[1:]
    for path, blocks in BLOCKS.items():
        if write:
            with open(path) as f:
                text = f.read()
        for name, fn in blocks.items():
            body = fn()
            start, end = f"// <generated:{name}>", f"// </generated:{name}>"
            if write:
                pattern = re.compile(r"[ \t]*" + re.escape(start) + r".*?" + re.escape(end), re.S)
                header = f"{start} by gen_semantics_fixtures.py with NumPy {np.__version__}; do not edit by hand\n"
                text, n = pattern.subn(lambda m: "    " + header + body + "\n    " + end, text)
                if n != 1:
                    sys.exit(f"{os.path.basename(path)}: marker {start} found {n} times")
            else:
                print(f"    {start}  ({os.path.basename(path)})")
                print(body)
                print(f"    {end}")
        if write:
            with open(path, "w") as f:
                f.write(text)
            print("wrote", path)


if __name__ == "__main__":
    main()
