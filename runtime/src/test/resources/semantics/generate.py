#!/usr/bin/env python3
"""Writes the element-semantics tables that ElementwiseSemanticsTableTest reads: NumPy's answers for
ndjit's elementwise ops, casts and reductions, with the library's documented divergences applied here,
in one place each.

    python3 runtime/src/test/resources/semantics/generate.py           # rewrite the *.tsv files here
    python3 runtime/src/test/resources/semantics/generate.py --check   # exit 1 if a file would change

Needs NumPy 2.x (NEP 50 promotion); the committed files were written with the version named in
their first line. The Java test reads only the committed files and never runs Python.

FILE FORMAT (tab-separated, one case per line; lines starting with '#' are comments)

    id   op   operands   expected   check   source

id        unique name, GROUP/what; the test is named by it.
op        the Java call, applied to the operands in order (the first is the receiver):
            add sub mul div pow floorDiv mod maximum minimum eq ne lt le gt ge and or rsub rdiv
            neg abs sign square sqrt exp log sin cos tanh not      (x.op() or x.op(y))
            astype DTYPE                                            (x.astype(DType.DTYPE))
            clip                                                   (x.clip(lo, hi))
            Np.where Np.maximum                                    (Np.where(c, x, y), Np.maximum(d, x))
            sum prod max min any all mean var std argmax argmin, with optional parameters
            axis=K (absent: all axes), keepdims=1, ddof=N.
operands  ';'-separated. An array is DTYPE[SHAPE]=V,V,... with its values in C order, SHAPE
          comma-separated ('[]' is 0-d, '[0]' empty), optionally DTYPE[SHAPE].T=... for the
          transposed view of that array. A weak Java scalar (NumPy's weak Python scalar, NEP 50) is
          long=N or double=BITS.
expected  DTYPE[SHAPE]=V,... (result dtype, shape and values), or an error:
            !build CLASS: TEXT     building the expression throws CLASS with TEXT in its message
            !compute CLASS: TEXT   building succeeds; computing the result throws it
check     exact        bit for bit, except that any NaN equals any NaN (the sign of zero counts)
          ulps=N       within N units in the last place of the result dtype (NaN, infinities and
                       the sign of a zero result must still match)
          either may end with ' +-0': +0.0 and -0.0 compare equal (rows where NumPy's sign of zero
          is unspecified; see ZERO_SIGN_FREE)
source    numpy                   the expected value is NumPy's
          ndjit: WHY              a documented deliberate divergence: the value is the library's
          known-bug: WHY          an undocumented divergence found by this table: expected is
                                  NumPy's value; the test skips the row while it still diverges and
                                  fails once it matches (then remove the mark)

VALUES: float64 as the 16 hex digits of its IEEE bits, float32 as the 8 hex digits of its bits (NaN
written as the canonical quiet NaN), int32/int64 in decimal, bool as 0/1.

DIVERGENCES FROM NUMPY applied here (README "What it does (and where it deliberately differs from
NumPy)", SEMANTICS.md sections 1.2-1.10):
  * Integer floor_divide / remainder by zero throws ArithmeticException when computed, naming the op
    and the first zero divisor's index in C order (NumPy: 0 with a warning).  -> int_division_by_zero
  * Integer power with a negative exponent: NumPy raises ValueError; the library throws
    ArithmeticException when computed (array exponent, naming the index) or IllegalArgumentException
    when built (weak exponent).                                                -> negative_power
  * Logical and/or/not reject float operands when built (NumPy reads truthiness). -> logical_on_floats
  * float -> int astype uses Java's cast: truncation toward zero, saturation, NaN -> 0 (NumPy's
    result out of range is platform-defined).                                   -> java_float_to_int
  * mean / var / std over an empty axis, ddof >= n and negative ddof are rejected when built
    (NumPy: nan or inf with a warning, or it accepts negative ddof).             -> rejected_reductions
  * NumPy's error texts are expected as substrings; UFuncTypeError's dtype class names are
    dropped.                                                                    -> numpy_error

TOLERANCES: + - * / floor_divide remainder maximum minimum sqrt square neg abs sign, comparisons,
logical ops, where, clip, casts and integer ops are single IEEE roundings or exact, so they are
compared bit for bit (SEMANTICS decision 4), and so are sums, products, means, max/min and arg
reductions of values whose sums are exact in any order. exp, log, sin, cos, tanh and float pow are
within ULPS: 2 ulp in float64 and 4 ulp in float32, the bounds the hand-written test had for the
transcendentals (pow at C99's special cases stays bit for bit, as it was: the float-edge rows). var and
std are within 4 ulp: the library takes one pass (README), NumPy two. The float32 variance of
[1e4+1, 1e4+2, 1e4+3] is within 1 ulp and that of int32 [MAX, MIN] within 4 ulp, as before.
"""

import math
import os
import struct
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DTYPES = ["bool", "int32", "int64", "float32", "float64"]
I32_MIN, I32_MAX = -2**31, 2**31 - 1
I64_MIN, I64_MAX = -2**63, 2**63 - 1
INF, NAN = float("inf"), float("nan")
F32_MAX = float(np.finfo(np.float32).max)
F32_TINY = float(np.finfo(np.float32).tiny)      # smallest normal
F32_SUB = float(np.float32(1e-45))                # smallest subnormal
F64_MAX = float(np.finfo(np.float64).max)
F64_TINY = float(np.finfo(np.float64).tiny)
F64_SUB = 5e-324

warnings.simplefilter("ignore")  # NumPy's RuntimeWarnings (divide by zero, overflow, invalid) are expected

# ulp bounds for the functions that are not a single rounding: (float64, float32)
ULPS = {"exp": (2, 4), "log": (2, 4), "sin": (2, 4), "cos": (2, 4), "tanh": (2, 4), "pow": (2, 4)}

# SEMANTICS decision 4 and 1.6: NumPy's sign of a zero result is unspecified for these (it depends on
# operand order and on the loop NumPy picks: maximum([-0.,0.],[0.,-0.]) = [0.,-0.], max([0.,-0.]) = -0.);
# the library uses Math.max / Math.min (-0.0 < +0.0). Where such a row's expected value has a zero
# that ndjit gives with the other sign, the row compares +-0 as equal.
ZERO_SIGN_FREE = {"maximum", "minimum", "Np.maximum", "clip", "max", "min"}

BINARY = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.true_divide,
    # x.pow(c) is Python's x ** c: NumPy's fast scalar power (x ** 2 is square(x), x ** 0.5 sqrt(x))
    "pow": lambda a, b: np.asarray(a) ** b,
    "floorDiv": np.floor_divide, "mod": np.remainder, "maximum": np.maximum, "minimum": np.minimum,
    "eq": np.equal, "ne": np.not_equal, "lt": np.less, "le": np.less_equal, "gt": np.greater,
    "ge": np.greater_equal, "and": np.logical_and, "or": np.logical_or,
    "rsub": lambda a, b: np.subtract(b, a), "rdiv": lambda a, b: np.true_divide(b, a),
    "Np.maximum": np.maximum,
}
UNARY = {
    "sqrt": np.sqrt, "exp": np.exp, "log": np.log, "sin": np.sin, "cos": np.cos, "tanh": np.tanh,
    "neg": np.negative, "abs": np.absolute, "sign": np.sign, "square": np.square, "not": np.logical_not,
}
REDUCTIONS = {
    "sum": np.sum, "prod": np.prod, "mean": np.mean, "var": np.var, "std": np.std, "max": np.max,
    "min": np.min, "argmax": np.argmax, "argmin": np.argmin, "any": np.any, "all": np.all,
}
NUMPY_NAMES = {"and": "logical_and", "or": "logical_or", "not": "logical_not", "floorDiv": "floor_divide",
               "mod": "remainder"}
ARITH_OPS = ["add", "sub", "mul", "div", "pow", "floorDiv", "mod", "maximum", "minimum"]
CMP_OPS = ["eq", "ne", "lt", "le", "gt", "ge"]
ALL_BINARY = ARITH_OPS + CMP_OPS + ["and", "or"]
FLOAT_FUNCTIONS = ["sqrt", "exp", "log", "sin", "cos", "tanh"]


# ---------------------------------------------------------------------------------------------------
# Operands and their text
# ---------------------------------------------------------------------------------------------------

def fmt(v, dt):
    """One element's text in the file."""
    if dt == "float64":
        v = float(v)
        if math.isnan(v):
            return "7ff8000000000000"
        return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if dt == "float32":
        v = np.float32(v)
        if np.isnan(v):
            return "7fc00000"
        return "%08x" % int(np.array(v, np.float32).view(np.uint32))
    if dt == "float16":
        return "%04x" % int(np.array(v, np.float16).view(np.uint16))
    if dt in ("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"):
        return str(int(v))
    if dt == "bool":
        return "1" if bool(v) else "0"
    raise ValueError(dt)


class Arr:
    """An array operand: values in C order with a shape, optionally read through its transpose."""

    def __init__(self, values, dtype, shape=None, T=False):
        a = np.array(values, dtype=dtype)
        if shape is not None:
            a = a.reshape(shape)
        self.base, self.T = a, T

    def value(self):
        return self.base.T if self.T else self.base

    def text(self):
        dt = str(self.base.dtype)
        return (f"{dt}[{','.join(str(d) for d in self.base.shape)}]" + (".T" if self.T else "") + "="
                + ",".join(fmt(v, dt) for v in self.base.ravel()))


class Weak:
    """A weak Java scalar: long or double (NumPy: a Python int or float)."""

    def __init__(self, v):
        assert isinstance(v, (int, float)) and not isinstance(v, bool)
        self.v = v

    def value(self):
        return self.v

    def text(self):
        return f"long={self.v}" if isinstance(self.v, int) else f"double={fmt(self.v, 'float64')}"

    def is_float(self):
        return isinstance(self.v, float)


def arr(values, dtype, shape=None, T=False):
    return Arr(values, dtype, shape, T)


def result_text(r):
    r = np.asarray(r)
    dt = str(r.dtype)
    return f"{dt}[{','.join(str(d) for d in r.shape)}]=" + ",".join(fmt(v, dt) for v in r.ravel())


# ---------------------------------------------------------------------------------------------------
# NumPy's answer, then the library's
# ---------------------------------------------------------------------------------------------------

def parse_op(op):
    name, *params = op.split(" ")
    kw = {}
    for p in params:
        if "=" in p:
            k, v = p.split("=")
            kw[k] = int(v)
        else:
            kw["dtype"] = p
    return name, kw


def numpy_eval(op, operands):
    name, kw = parse_op(op)
    vals = [o.value() for o in operands]
    if name in BINARY:
        return np.asarray(BINARY[name](*vals))
    if name in UNARY:
        return np.asarray(UNARY[name](*vals))
    if name == "astype":
        return vals[0].astype(kw["dtype"])
    if name == "clip":
        return np.asarray(np.clip(*vals))
    if name == "Np.where":
        return np.asarray(np.where(*vals))
    if name in REDUCTIONS:
        args = {}
        if "axis" in kw:
            args["axis"] = kw["axis"]
        if kw.get("keepdims"):
            args["keepdims"] = True
        if "ddof" in kw:
            args["ddof"] = kw["ddof"]
        return np.asarray(REDUCTIONS[name](vals[0], **args))
    raise ValueError(op)


def first_index(mask):
    """The C-order index of the first True in mask, as the library prints it: (3,) or (1, 1)."""
    flat = int(np.flatnonzero(mask.ravel())[0])
    return str(tuple(int(i) for i in np.unravel_index(flat, mask.shape)))


def is_float_operand(o):
    return o.is_float() if isinstance(o, Weak) else o.value().dtype.kind == "f"


def numpy_error(e):
    """NumPy's exception text as the library words it (a substring of the library's message)."""
    msg = str(e)
    if type(e).__name__ == "UFuncTypeError":
        msg = msg.split(" <class")[0]
    return msg


def expect(op, operands):
    """(expected text, source) for a case: NumPy's answer with the documented divergences applied."""
    name, kw = parse_op(op)
    # -- logical_on_floats: rejected when built (NumPy reads truthiness)
    if name in ("and", "or", "not") and any(is_float_operand(o) for o in operands):
        d = next(o.value().dtype if isinstance(o, Arr) else np.dtype("float64") for o in operands if is_float_operand(o))
        return (f"!build IllegalArgumentException: {NUMPY_NAMES[name]} is not supported for {d} operands",
                "ndjit: logical ops reject float operands (NumPy reads their truthiness)")
    # -- rejected_reductions: empty mean/var/std, ddof >= n, negative ddof
    if name in ("mean", "var", "std"):
        x = operands[0].value()
        axes = tuple(range(x.ndim)) if "axis" not in kw else (kw["axis"] % max(x.ndim, 1),)
        n = int(np.prod([x.shape[a] for a in axes])) if x.ndim else 1
        ddof = kw.get("ddof", 0)
        what = "mean" if name == "mean" else "var"
        if n == 0:
            return (f"!build IllegalArgumentException: {what} of an empty slice",
                    "ndjit: mean/var/std over an empty axis are rejected when built (NumPy: nan with a warning)")
        if ddof < 0:
            return ("!build IllegalArgumentException: ddof must be >= 0",
                    "ndjit: negative ddof is rejected when built (NumPy accepts it)")
        if ddof >= n:
            return ("!build IllegalArgumentException: degrees of freedom <= 0",
                    "ndjit: ddof >= n is rejected when built (NumPy: inf or nan with a warning)")
    try:
        r = numpy_eval(op, operands)
    except Exception as e:
        kind = type(e).__name__
        if kind == "ValueError" and "negative integer powers" in str(e):
            return negative_power(operands, str(e))
        return f"!build IllegalArgumentException: {numpy_error(e)}", f"numpy: {kind}"
    source = "numpy"
    # -- int_division_by_zero
    if name in ("floorDiv", "mod") and r.dtype.kind in "iu":
        divisor = operands[1].value()
        zero = np.broadcast_to(np.asarray(divisor) == 0, r.shape)
        if zero.any():
            return (f"!compute ArithmeticException: integer division by zero in {NUMPY_NAMES[name]} "
                    f"(at index {first_index(zero)})",
                    "ndjit: integer division by zero throws when computed (NumPy: 0 with a warning)")
    # -- java_float_to_int
    if name == "astype" and kw["dtype"] in ("int32", "int64") and operands[0].value().dtype.kind == "f":
        x = np.asarray(operands[0].value(), np.float64)
        j = java_float_to_int(x, kw["dtype"])
        lo, hi = (I32_MIN, I32_MAX) if kw["dtype"] == "int32" else (I64_MIN, I64_MAX)
        in_range = (x > lo - 1) & (x < hi + 1)  # NaN is out of range
        assert np.array_equal(j[in_range], r[in_range]), (op, x, j, r)  # NumPy agrees where it is defined
        if not np.array_equal(j, r):
            source = "ndjit: float->int astype uses Java's cast (truncate, saturate, NaN->0; NumPy: platform-defined)"
            r = j
    return result_text(r), source


def negative_power(operands, numpy_msg):
    """negative_power: an array exponent throws when computed, naming the first negative exponent's
    index; a weak exponent is rejected when built."""
    e = operands[1]
    if isinstance(e, Weak):
        return f"!build IllegalArgumentException: {numpy_msg}", "numpy: ValueError (ndjit: when built)"
    shape = np.broadcast_shapes(np.shape(operands[0].value()), e.value().shape)
    neg = np.broadcast_to(e.value() < 0, shape)
    return (f"!compute ArithmeticException: {numpy_msg} (at index {first_index(neg)})",
            "numpy: ValueError (ndjit: when computed)")


def java_float_to_int(x, dt):
    """Java's (int) / (long) cast of each element: truncate toward zero, saturate, NaN -> 0."""
    lo, hi = (I32_MIN, I32_MAX) if dt == "int32" else (I64_MIN, I64_MAX)
    out = []
    for v in np.asarray(x, np.float64).ravel():
        v = float(v)
        out.append(0 if math.isnan(v) else hi if v >= hi else lo if v <= lo else int(v))
    return np.array(out, dt).reshape(np.shape(x))


# ---------------------------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------------------------

FILES = {}      # file name -> list of rows
IDS = set()


def row(file, id, op, *operands, check=None, source=None, known_bug=None):
    assert id not in IDS, id
    IDS.add(id)
    text, src = expect(op, operands)
    if source is not None:
        src = source
    if known_bug is not None:
        src = "known-bug: " + known_bug
    if check is None:
        check = default_check(op, text)
    name = op.split(" ")[0]
    if name in ZERO_SIGN_FREE and not text.startswith("!") and both_zeros(operands):
        check += " +-0"
    FILES.setdefault(file, []).append("\t".join([id, op, ";".join(o.text() for o in operands), text, check, src]))


def both_zeros(operands):
    """Whether the operands hold a -0.0 and another zero (+0.0, or an integer or bool zero, which
    converts to +0.0): a tie whose sign NumPy leaves unspecified."""
    neg = pos = False
    for o in operands:
        v = np.asarray(o.value()).ravel()
        for x in v[v == 0]:
            if v.dtype.kind == "f" and math.copysign(1, float(x)) < 0:
                neg = True
            else:
                pos = True
    return neg and pos


def default_check(op, text):
    name = op.split(" ")[0]
    if name in ULPS and not text.startswith("!"):
        dt = text.split("[")[0]
        if dt == "float64":
            return f"ulps={ULPS[name][0]}"
        if dt == "float32":
            return f"ulps={ULPS[name][1]}"
        if dt == "float16":
            return "ulps=1"  # NumPy's float32 function rounded to float16; the library's within 1 float16 ulp of it
    return "exact"


def weak(v):
    return Weak(v)


# ---------------------------------------------------------------------------------------------------
# Value sets
# ---------------------------------------------------------------------------------------------------

def f32(x):
    return float(np.float32(x))


SPECIALS = {
    "bool": [False, True],
    "int32": [0, 1, -1, 2, -3, 7, -7, 46341, 65536, I32_MAX, I32_MIN, I32_MIN + 1],
    "int64": [0, 1, -1, 2, -3, 7, -7, 2**32, 2**53 + 1, 2**62, I64_MAX, I64_MIN, I64_MIN + 1],
    "float32": [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, f32(0.1), F32_SUB, F32_TINY, F32_MAX, -F32_MAX,
                16777216.0, INF, -INF, NAN],
    "float64": [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 0.1, F64_SUB, F64_TINY, F64_MAX, -F64_MAX,
                2.0**53, INF, -INF, NAN],
}
# fewer values for the 20 mixed-dtype pairs
SMALL = {
    "bool": [False, True],
    "int32": [0, 1, -1, 7, -7, I32_MAX, I32_MIN],
    "int64": [0, 1, -1, 7, 2**53 + 1, I64_MAX, I64_MIN],
    "float32": [0.0, -0.0, 1.0, -2.5, f32(0.1), F32_MAX, F32_SUB, INF, -INF, NAN],
    "float64": [0.0, -0.0, 1.0, -2.5, 0.1, F64_MAX, F64_SUB, INF, -INF, NAN],
}
WEAK_VALUES = [0, 1, -1, 7, 2**40, I64_MIN, 0.0, -0.0, 0.5, -2.5, 0.1, 1e40, INF, -INF, NAN]


def grid_rows(file, prefix, op, da, A, db, B):
    """A[:, None] op B. Where the result is an integer, the divisors that make the op throw (zero for
    // and %, negative exponents for **) are taken out of B and given a row of their own."""
    bad = []
    if da in ("bool", "int32", "int64") and db in ("bool", "int32", "int64"):
        if op in ("floorDiv", "mod"):
            bad = [b for b in B if b == 0]
        elif op == "pow":
            bad = [b for b in B if b < 0]
    row(file, f"{prefix}/{da},{db}/{op}", op, arr(A, da, (len(A), 1)), arr([b for b in B if b not in bad], db))
    if bad:
        row(file, f"{prefix}/{da},{db}/{op}/error", op, arr(A, da), arr([1] * (len(A) - 1) + [bad[0]], db))


# ---------------------------------------------------------------------------------------------------
# Groups
# ---------------------------------------------------------------------------------------------------

def group_grids():
    """Every binary op over every dtype pair: the special values of each dtype against each other."""
    for da in DTYPES:
        for op in ALL_BINARY:
            grid_rows("grids", "grid", op, da, SPECIALS[da], da, SPECIALS[da])
    for da in DTYPES:
        for db in DTYPES:
            if da != db:
                for op in ALL_BINARY:
                    grid_rows("grids", "mixed", op, da, SMALL[da], db, SMALL[db])


def group_weak():
    """Array op weak Java scalar (long or double) for every dtype and op; weak double op array."""
    for d in DTYPES:
        a = arr(SPECIALS[d], d)
        for op in ARITH_OPS + CMP_OPS:
            for w in WEAK_VALUES:
                row("weak", f"weak/{d}/{op}/{Weak(w).text()}", op, a, weak(w))
        for op in ["rsub", "rdiv", "Np.maximum"]:
            for w in [0.5, -0.0, 0.1, NAN]:
                if op == "Np.maximum":
                    row("weak", f"weak/{d}/{op}/{Weak(w).text()}", op, weak(w), a)
                else:
                    row("weak", f"weak/{d}/{op}/{Weak(w).text()}", op, a, weak(w))


def group_unary():
    """Every unary op over every dtype's special values."""
    for d in DTYPES:
        for op in UNARY:
            row("unary", f"unary/{d}/{op}", op, arr(SPECIALS[d], d))


def group_astype():
    """Every cast between the five dtypes over the special values (and float values that round)."""
    extra = {"float64": [0.1, 2.7, -2.7, 0.5, -0.5, 1e15 + 0.5, 2147483647.9, -2147483648.9, 3e10, -3e10, 1e19, -1e19,
                         9.0e18, 16777217.0, 1.0000000596046448, 1e40, -1e40, 1e-46, 7e-46,
                         3.4028235677973366e+38, 3.4028234663852886e+38],
             "float32": [f32(v) for v in [2.7, -2.7, 16777216.0, -1e9, 1e18, -1e18, 3e10, 1e10]]}
    for a in DTYPES:
        for b in DTYPES:
            row("astype", f"astype/{a}/{b}", f"astype {b}", arr(SPECIALS[a] + extra.get(a, []), a))


def group_where_clip():
    """Np.where over dtype pairs and condition dtypes; clip with scalar and array bounds."""
    for dx in DTYPES:
        for dy in DTYPES:
            x, y = SMALL[dx], SMALL[dy]
            c = (np.arange(len(x) * len(y)).reshape(len(x), len(y)) % 3 == 0)
            row("where_clip", f"where/{dx},{dy}", "Np.where", arr(c, "bool"), arr(x, dx, (len(x), 1)), arr(y, dy))
    for d in DTYPES:
        x = SPECIALS[d]
        c = [i % 2 == 0 for i in range(len(x))]
        row("where_clip", f"where/{d},weak-double", "Np.where", arr(c, "bool"), arr(x, d), weak(0.5))
        row("where_clip", f"where/weak-double,{d}", "Np.where", arr(c, "bool"), weak(-0.0), arr(x, d))
        row("where_clip", f"where/{d},weak-long", "Np.where", arr(c, "bool"), arr(x, d), weak(7))
        row("where_clip", f"where/cond-{d}", "Np.where", arr(x, d), weak(1), weak(0))
    row("where_clip", "where/weak-double,weak-double", "Np.where", arr([True, False, True], "bool"), weak(1.5), weak(NAN))
    row("where_clip", "where/weak-long,weak-long", "Np.where", arr([True, False, True], "bool"), weak(3), weak(I64_MIN))
    for d in DTYPES:
        x = arr(SPECIALS[d], d)
        row("where_clip", f"clip/{d}/double", "clip", x, weak(-1.5), weak(2.5))
        row("where_clip", f"clip/{d}/long", "clip", x, weak(-1), weak(3))
        row("where_clip", f"clip/{d}/crossed", "clip", x, weak(3), weak(-1))
        lo = arr(SMALL[d][:1] * len(SPECIALS[d]), d)
        hi = arr(SPECIALS[d][::-1], d)
        row("where_clip", f"clip/{d}/arrays", "clip", x, lo, hi)
    for d in ["float32", "float64"]:
        x = arr(SPECIALS[d], d)
        row("where_clip", f"clip/{d}/nan-lo", "clip", x, weak(NAN), weak(2.5))
        row("where_clip", f"clip/{d}/nan-hi", "clip", x, weak(-1.5), weak(NAN))
        row("where_clip", f"clip/{d}/inf", "clip", x, weak(-INF), weak(INF))


# ---- every case of the former hand-written ElementwiseSemanticsTest (its values came from NumPy too) ----

I32_A = [-7, -3, -1, 0, 1, 3, 7, I32_MIN, I32_MIN + 1, I32_MAX]
I32_B = [-7, -3, -2, -1, 1, 2, 3, 7, I32_MIN, I32_MAX]
I64_A = [-7, -3, -1, 0, 1, 3, 7, I64_MIN, I64_MIN + 1, I64_MAX, 2**40 + 3]
I64_B = [-7, -3, -2, -1, 1, 2, 3, 7, I64_MIN, I64_MAX, 2**33]
F64_A = [7.0, -7.0, 0.0, -0.0, 1e-10, -1e-10, 3.5, -3.5, 5.3, -5.3, 1e300, -1e300, 1e-300, INF, -INF, NAN, 0.1,
         2.0**53 + 2, 5e-324]
F64_B = [2.0, -2.0, 0.3, -0.3, 1.0, -1.0, 0.0, -0.0, INF, -INF, NAN, 1e-300, 1e300, 0.1, 7.0, 5e-324]
F32_A = [f32(v) for v in [7.0, -7.0, 0.0, -0.0, 1e-10, -1e-10, 3.5, -3.5, 5.3, -5.3, 1e30, -1e30, 1e-40, INF, -INF,
                          NAN, 0.1, 16777218.0, 1e-45]]
F32_B = [f32(v) for v in [2.0, -2.0, 0.3, -0.3, 1.0, -1.0, 0.0, -0.0, INF, -INF, NAN, 1e-40, 1e30, 0.1, 7.0, 1e-45]]


def group_divmod():
    """floor_divide and remainder tables (SEMANTICS 1.3-1.5): A[:, None] op B, and A op each B weak."""
    for dt, A, B in [("int32", I32_A, I32_B), ("int64", I64_A, I64_B), ("float64", F64_A, F64_B),
                     ("float32", F32_A, F32_B)]:
        for op in ["floorDiv", "mod"]:
            row("cases", f"divmod/{dt}/{op}/grid", op, arr(A, dt, (len(A), 1)), arr(B, dt))
            for b in B:
                row("cases", f"divmod/{dt}/{op}/weak {b!r}", op, arr(A, dt), weak(b))


FLOAT_BINARY_CASES = [
    ("float32", "mod", -1e-10, 1.0), ("float32", "floorDiv", -1e-10, 1.0), ("float64", "mod", -1e-10, 1.0),
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


def group_float_binary_cases():
    """Named IEEE edge cases (SEMANTICS 1.5): arrays, and b as a weak double (exact in the dtype).
    pow here is exact: these are C99's special cases and correctly rounded values."""
    for dt, op, a, b in FLOAT_BINARY_CASES:
        a, b = float(np.array(a, dt)), float(np.array(b, dt))
        check = "exact" if op == "pow" else None
        row("cases", f"float-edge/{dt}/{op}({a!r}, {b!r})", op, arr([a], dt), arr([b], dt), check=check)
        row("cases", f"float-edge/{dt}/{op}({a!r}, weak {b!r})", op, arr([a], dt), weak(b), check=check)


INT_CASES = [
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


def group_int_cases():
    """Integer wrap-around (SEMANTICS 1.3), array op array and array op weak long; division by zero
    and negative powers (divergences, SEMANTICS 1.4)."""
    for dt, op, a, b in INT_CASES:
        if b is None:
            row("cases", f"int-wrap/{dt}/{op}({a})", op, arr([a], dt))
        else:
            row("cases", f"int-wrap/{dt}/{op}({a}, {b})", op, arr([a], dt), arr([b], dt))
            row("cases", f"int-wrap/{dt}/{op}({a}, weak {b})", op, arr([a], dt), weak(b))
    for dt in ["int32", "int64"]:
        a, b = arr([7, -7, 1, 5, 3, 2], dt), arr([1, 2, 3, 0, 4, 0], dt)
        for op in ["floorDiv", "mod"]:
            row("cases", f"int-div-zero/{dt}/{op}", op, a, b)
            row("cases", f"int-div-zero/{dt}/{op}/weak 0", op, a, weak(0))
    t, f = arr([True, True, True], "bool"), arr([True, True, False], "bool")
    row("cases", "int-div-zero/bool/floorDiv", "floorDiv", t, f)
    row("cases", "int-div-zero/bool/mod", "mod", t, f)
    row("cases", "int-div-zero/int64/floorDiv/2-d", "floorDiv", arr([[1, 2, 3], [4, 5, 6]], "int64"),
        arr([[1, 1, 1], [1, 0, 0]], "int64"))
    row("cases", "int-div-zero/int64/mod/broadcast", "mod", arr([1, 2, 3], "int64", (3, 1)), arr([5, 0], "int64"))
    row("cases", "negative-power/int32/array", "pow", arr([2, 3], "int32"), arr([1, -1], "int32"))
    row("cases", "negative-power/int64/weak", "pow", arr([2, 3], "int64"), weak(-1))
    row("cases", "negative-power/int32/weak", "pow", arr([2, 3], "int32"), weak(-2))
    # int / int is float64 true division; by zero it gives inf / nan, and // by a weak 0.0 is float
    row("cases", "true-div/int32 by zero", "div", arr([1, -1, 0], "int32"), arr([0, 0, 0], "int32"))
    row("cases", "true-div/int32", "div", arr([1, -7, 7, I32_MIN], "int32"), arr([3, 2, -2, 3], "int32"))
    row("cases", "true-div/int32 // weak 0.0", "floorDiv", arr([7, -7], "int32"), weak(0.0))


UNARY_SPECIAL_INPUTS = [-0.0, 0.0, NAN, INF, -INF, -2.5, 2.0, -1.0, 1e-310, 1e200, 3.0, 0.1]
TRANSCENDENTAL_SPECIALS = {
    "log": [0.0, -0.0, -1.0, 1.0, INF, -INF, NAN, 5e-324],
    "exp": [0.0, -0.0, 1000.0, -1000.0, INF, -INF, NAN, 100.0, -100.0, 709.0, -745.0],
    "sin": [0.0, -0.0, INF, -INF, NAN],
    "cos": [0.0, -0.0, INF, -INF, NAN],
    "tanh": [0.0, -0.0, INF, -INF, NAN, 20.0, -20.0, 1e-300],
}


def group_unary_cases():
    """IEEE edges of unary ops (SEMANTICS 1.5): sqrt(-0.0), sign(-0.0), log(0), exp overflow, ..."""
    for dt in ["float64", "float32"]:
        for op in ["sqrt", "neg", "abs", "sign", "square"]:
            row("cases", f"unary-edge/{dt}/{op}", op, arr([float(np.array(x, dt)) for x in UNARY_SPECIAL_INPUTS], dt))
        for op, xs in TRANSCENDENTAL_SPECIALS.items():
            row("cases", f"unary-edge/{dt}/{op}", op, arr([float(np.array(x, dt)) for x in xs], dt))


NAN_BASE = [3.0, 1.0, 4.0, 1.0, 5.0]


def group_nan():
    """NaN propagation and position (SEMANTICS 1.6)."""
    for dt in ["float64", "float32"]:
        for p in [0, 2, 4, (1, 3)]:
            v = list(NAN_BASE)
            for q in (p if isinstance(p, tuple) else (p,)):
                v[q] = NAN
            where = "nan at " + ",".join(str(q) for q in (p if isinstance(p, tuple) else (p,)))
            for op in ["max", "min", "argmax", "argmin"]:
                row("cases", f"nan/{dt}/{op}/{where}", op, arr(v, dt))
            if isinstance(p, tuple):
                continue
            x, two = arr(v, dt), arr([2.0] * 5, dt)
            row("cases", f"nan/{dt}/maximum(x, 2)/{where}", "maximum", x, two)
            row("cases", f"nan/{dt}/maximum(2, x)/{where}", "maximum", two, x)
            row("cases", f"nan/{dt}/minimum(x, 2)/{where}", "minimum", x, two)
            row("cases", f"nan/{dt}/minimum(2, x)/{where}", "minimum", two, x)
            row("cases", f"nan/{dt}/clip(x, 1.5, 3.5)/{where}", "clip", x, weak(1.5), weak(3.5))
            lo, hi = [1.5] * 5, [3.5] * 5
            lo[p] = NAN
            row("cases", f"nan/{dt}/clip(base, lo, hi)/nan lo at {p}", "clip", arr(NAN_BASE, dt), arr(lo, dt), arr([3.5] * 5, dt))
            hi[p] = NAN
            row("cases", f"nan/{dt}/clip(base, lo, hi)/nan hi at {p}", "clip", arr(NAN_BASE, dt), arr([1.5] * 5, dt), arr(hi, dt))
    base = arr(NAN_BASE, "float64")
    row("cases", "nan/clip(x, nan, 3.5)", "clip", base, weak(NAN), weak(3.5))
    row("cases", "nan/clip(x, 1.5, nan)", "clip", base, weak(1.5), weak(NAN))
    row("cases", "nan/clip(x, 4, 2) gives hi", "clip", base, weak(4.0), weak(2.0))
    m = np.arange(12, dtype=np.float64).reshape(3, 4) * np.array([1, -1, 1, -1])
    m[0, 1] = NAN; m[2, 3] = NAN; m[1, 0] = NAN
    for op in ["max", "min", "argmax", "argmin"]:
        for ax in [0, 1]:
            row("cases", f"nan/matrix/{op} axis={ax}", f"{op} axis={ax}", arr(m, "float64"))
            row("cases", f"nan/matrix.T/{op} axis={ax}", f"{op} axis={ax}", arr(m, "float64", T=True))
    big = np.arange(1000, dtype=np.float64) % 97
    big[777] = NAN
    for dt in ["float64", "float32"]:
        for op in ["max", "argmax", "argmin"]:
            row("cases", f"nan/{dt}/1000 values/{op}", op, arr(big, dt))
        row("cases", f"nan/{dt}/argmax([inf, nan])", "argmax", arr([INF, NAN], dt))
        row("cases", f"nan/{dt}/argmin([-inf, nan])", "argmin", arr([-INF, NAN], dt))
        row("cases", f"nan/{dt}/argmax ties", "argmax", arr([1, 3, 3, 2], dt))
        row("cases", f"nan/{dt}/argmin ties", "argmin", arr([2, 1, 1, 3], dt))
        row("cases", f"nan/{dt}/sum([inf, -inf])", "sum", arr([INF, -INF], dt))
    row("cases", "nan/int32/argmax ties", "argmax", arr([1, 3, 3, 2], "int32"))
    row("cases", "nan/int32/argmin ties", "argmin", arr([1, 3, 3, 2], "int32"))
    row("cases", "nan/any([nan])", "any", arr([NAN], "float64"))
    row("cases", "nan/all([nan, 1])", "all", arr([NAN, 1.0], "float64"))
    row("cases", "nan/sum([1, nan])", "sum", arr([1.0, NAN], "float64"))


CMP_A = [NAN, 1.0, NAN, INF, -INF, 0.0, -0.0, 1.0, 2.0]
CMP_B = [1.0, NAN, NAN, INF, NAN, -0.0, 0.0, 1.0, 1.0]


def group_comparisons():
    """Comparisons with NaN, +-0 and inf (SEMANTICS 1.2, 1.6); mixed kinds compared exactly."""
    for dt in ["float64", "float32"]:
        for op in CMP_OPS:
            a = arr(CMP_A, dt)
            row("cases", f"cmp/{dt}/{op}", op, a, arr(CMP_B, dt))
            row("cases", f"cmp/{dt}/{op} weak nan", op, a, weak(NAN))
            row("cases", f"cmp/{dt}/{op} weak 1.0", op, a, weak(1.0))
    row("cases", "cmp/int64 == float64 (2**53+1)", "eq", arr([2**53 + 1], "int64"), arr([2.0**53], "float64"))
    row("cases", "cmp/int64 == weak float (2**53+1)", "eq", arr([2**53 + 1], "int64"), weak(2.0**53))
    i32 = arr([I32_MIN, -1, 0, I32_MAX], "int32")
    for op in CMP_OPS:
        row("cases", f"cmp/int32 {op} weak 2**40", op, i32, weak(2**40))
        row("cases", f"cmp/int32 {op} weak -2**40", op, i32, weak(-2**40))


def x32_inputs(n=320):
    rng = np.random.default_rng(20240611)
    mant = rng.uniform(-1000.0, 1000.0, n)
    scale = np.ldexp(1.0, rng.integers(-30, 31, n))
    x = (mant * scale).astype(np.float32)
    x[:8] = np.array([0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 16777216.0, 1e-38], np.float32)
    return x


def group_f32_weak():
    """float32 op weak constant rounds the constant to float32 first, then computes in float32
    (SEMANTICS 1.2): computing in double with the unrounded constant differs for many elements."""
    x = arr(x32_inputs(), "float32")
    for op, c in [("mul", 0.1), ("mul", 1e-3), ("add", 1.0 / 3), ("sub", 0.7), ("div", 3.3), ("rsub", 0.1),
                  ("rdiv", 0.3), ("mod", 0.1), ("floorDiv", 0.1), ("maximum", 0.1), ("add", 16777217),
                  ("add", 2**60 + 2**36 + 1), ("mul", 1e40)]:
        row("cases", f"f32-weak/{op} {c!r}", op, x, weak(c))


def random_operands(dt, n, seed):
    rng = np.random.default_rng(seed)
    emax = 60 if dt == "float64" else 20
    x = rng.uniform(-1000.0, 1000.0, n) * np.ldexp(1.0, rng.integers(-emax, emax + 1, n))
    return x.astype(dt)


def group_random():
    """Single-rounding ops over 256 random values of many magnitudes, bit for bit; pow within ULPS."""
    for dt in ["float64", "float32"]:
        x = random_operands(dt, 256, 7 if dt == "float64" else 8)
        y = random_operands(dt, 256, 9 if dt == "float64" else 10)
        y[:4] = np.array([0.0, -0.0, np.inf, np.nan], dt)
        for op in ["add", "sub", "mul", "div", "maximum", "minimum", "floorDiv", "mod"]:
            row("cases", f"random/{dt}/{op}", op, arr(x, dt), arr(y, dt))
        for op in ["sqrt", "square", "neg", "abs", "sign"]:
            row("cases", f"random/{dt}/{op}", op, arr(x, dt))
        # pow: bases of both signs and magnitudes near 1, exponents that keep most results finite
        rng = np.random.default_rng(11 if dt == "float64" else 12)
        base = np.concatenate([rng.uniform(0, 4, 96), rng.uniform(-4, 0, 32), 1 + rng.uniform(-1e-3, 1e-3, 32)])
        ex = np.concatenate([rng.uniform(-30, 30, 96), rng.integers(-20, 21, 32).astype(float), rng.uniform(-1e4, 1e4, 32)])
        row("cases", f"random/{dt}/pow", "pow", arr(base.astype(dt), dt), arr(ex.astype(dt), dt))


def group_mixed():
    """int / float32 mixing computes in float64 (SEMANTICS 1.2); bool arithmetic."""
    a = arr([16777217, I32_MAX, I32_MIN, 123456789, 3, -7], "int32")
    b = arr([0.0, 0.1, 1e-3, 3.3, 0.7, -2.5], "float32")
    for op in ["add", "sub", "mul", "div", "maximum", "floorDiv", "mod"]:
        row("cases", f"mix/int32 {op} float32", op, a, b)
    row("cases", "mix/int64 add float32", "add", arr([2**53 + 1, 2**60 + 1, -(2**62) + 1, I64_MAX], "int64"),
        arr([0.0, 0.5, 1.0, 0.0], "float32"))
    row("cases", "mix/int32 add weak 0.5", "add", a, weak(0.5))
    p, q = arr([True, True, False, False], "bool"), arr([True, False, True, False], "bool")
    t = arr([True] * 4, "bool")
    for op in ["add", "mul", "maximum", "minimum", "floorDiv", "mod", "pow", "div"]:
        row("cases", f"bool/{op}", op, p, q if op not in ("floorDiv", "mod") else t)
    for op in ["abs", "square", "sqrt", "exp", "not"]:
        row("cases", f"bool/{op}", op, p)
    row("cases", "bool/mul weak 2", "mul", p, weak(2))
    row("cases", "bool/add weak 0.5", "add", p, weak(0.5))


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
    ("bool", "float64", [True, False]), ("bool", "float32", [True, False]),
    ("bool", "int32", [True, False]), ("bool", "int64", [True, False]),
    ("float64", "float32", [0.1, 1e40, -1e40, 1e-46, 3.4028235677973366e+38, 3.4028234663852886e+38, 1.401298464324817e-45,
                            7e-46, NAN, -0.0, 16777217.0, 1.0000000596046448]),
    ("float32", "float64", [0.1, 1e-45, 3.4e38, NAN, -0.0]),
    ("float64", "int64", [2.7, -2.7, 0.5, -0.5, -0.0, 1e15 + 0.5, -2.0**62, 9.0e18]),
    ("float64", "int32", [2.7, -2.7, 2147483647.9, -2147483648.9, 1e9 + 0.5]),
    ("float32", "int32", [2.7, -2.7, 16777216.0, -1e9]),
    ("float32", "int64", [2.7, -2.7, 1e18, -1e18]),
    # out of range and NaN: Java's cast (a divergence, applied by expect())
    ("float64", "int32", [NAN, INF, -INF, 3e10, -3e10, 1e19, -1e19, -2.9]),
    ("float64", "int64", [NAN, INF, -INF, 3e10, -3e10, 1e19, -1e19, -2.9]),
    ("float32", "int32", [NAN, INF, -INF, 3e10, -2.9]),
    ("float32", "int64", [NAN, INF, -INF, 3e10, -2.9]),
]


def group_astype_cases():
    """Casts (SEMANTICS 1.3, 1.5): wrap-around, single rounding (no double rounding through float64),
    truthiness of NaN and -0.0, and float -> int by Java's cast."""
    for i, (a, b, vals) in enumerate(ASTYPE_CASES):
        row("cases", f"astype/{a}->{b}/{i}", f"astype {b}", arr(vals, a))


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
    else:
        x = np.concatenate([rng.uniform(-20, 20, n), rng.uniform(-1, 1, n // 2), rng.uniform(-1e-5, 1e-5, 8)])
    return x.astype(dt)


def group_transcendentals():
    """exp, log, sin, cos, tanh over random arguments, within ULPS of NumPy."""
    for dt in ["float64", "float32"]:
        for op in ["exp", "log", "sin", "cos", "tanh"]:
            row("cases", f"transcendental/{dt}/{op}", op, arr(transcendental_inputs(op, dt), dt))


def group_reductions():
    """Integer sums in int64, 0-d and empty arrays, mean/var/std with ddof (SEMANTICS 1.8-1.10)."""
    f = "reductions"
    row(f, "int-sum/int32 [2**30]*3", "sum", arr([2**30] * 3, "int32"))
    row(f, "int-sum/int32 [MAX]*3", "sum", arr([I32_MAX] * 3, "int32"))
    row(f, "int-sum/int64 [2**62]*2 wraps", "sum", arr([2**62] * 2, "int64"))
    row(f, "int-sum/int32 prod [65536]*2", "prod", arr([65536] * 2, "int32"))
    z = arr(5.0, "float64")
    for op in ["sum", "sum axis=0", "sum axis=-1", "prod", "max", "argmax", "sum axis=1"]:
        row(f, f"0-d/{op}", op, z)
    row(f, "0-d/int32 sum", "sum", arr(7, "int32"))
    e = arr([], "float64")
    for op in ["sum", "prod", "any", "all", "max", "min", "argmax", "argmin", "mean", "var", "std"]:
        row(f, f"empty/{op}", op, e)
    row(f, "empty/int32 sum", "sum", arr([], "int32"))
    row(f, "empty/int32 prod", "prod", arr([], "int32"))
    z03, z30 = arr(np.zeros((0, 3)), "float64"), arr(np.zeros((3, 0)), "float64")
    for op in ["sum axis=0", "prod axis=0", "any axis=0", "all axis=0", "mean axis=0", "max axis=1", "argmax axis=1"]:
        row(f, f"empty/(0,3) {op}", op, z03)
    for op in ["max axis=0", "sum axis=1", "max axis=1"]:
        row(f, f"empty/(3,0) {op}", op, z30)
    row(f, "empty/(0,0) max axis=0", "max axis=0", arr(np.zeros((0, 0)), "float64"))
    a12 = arr(np.arange(12), "int64")
    for op in ["mean", "std", "std ddof=1", "std ddof=11", "var", "var ddof=1", "std ddof=12", "var ddof=13",
               "var ddof=-1"]:
        row(f, f"var/arange(12) {op}", op, a12)
    m = arr(np.arange(12).reshape(3, 4), "int64")
    row(f, "var/arange(12).reshape(3,4) std axis=0 ddof=1", "std axis=0 ddof=1", m)
    row(f, "var/arange(12).reshape(3,4) var axis=1", "var axis=1", m)
    row(f, "var/arange(12).reshape(3,4) var axis=1 keepdims", "var axis=1 keepdims=1", m)
    row(f, "var/std([2.0], ddof=1)", "std ddof=1", arr([2.0], "float64"))
    # not a single rounding: the squares of +-2**31 are inexact in float64 (SEMANTICS decision 5)
    row(f, "var/int32 [MAX, MIN]", "var", arr([I32_MAX, I32_MIN], "int32"), check="ulps=4")
    row(f, "var/int32 mean [MAX, MAX] no overflow", "mean", arr([I32_MAX, I32_MAX], "int32"))
    # one-pass in the library, two-pass in NumPy: 0.6666667 either way within 1 float32 ulp
    row(f, "var/float32 [1e4+1, 1e4+2, 1e4+3]", "var", arr([1e4 + 1, 1e4 + 2, 1e4 + 3], "float32"), check="ulps=1")
    row(f, "var/float32 mean [1, 2, 4]", "mean", arr([1, 2, 4], "float32"))
    b = arr([True, False, True, True], "bool")
    for op in ["mean", "sum", "max", "min", "any", "all", "argmax", "argmin", "prod"]:
        row(f, f"bool/{op}", op, b)
    # every reduction over every dtype, along each axis, on values whose sums are exact in any order
    vals = {"bool": [True, False, True, True, False, True], "int32": [3, -1, 4, 1, -5, I32_MAX],
            "int64": [3, -1, 4, 1, -5, I64_MAX], "float32": [3.0, -0.5, 4.0, 1.0, -5.0, 0.25],
            "float64": [3.0, -0.5, 4.0, 1.0, -5.0, 0.25]}
    for d in DTYPES:
        x = arr(vals[d], d, (2, 3))
        for op in REDUCTIONS:
            for ax in [None, 0, 1, -1]:
                o = op if ax is None else f"{op} axis={ax}"
                # var and std take one pass here, two in NumPy (README): a few ulps apart
                check = "ulps=4" if op in ("var", "std") else None
                row(f, f"all/{d}/{o}", o, x, check=check)
        row(f, f"all/{d}/sum axis=0 keepdims", "sum axis=0 keepdims=1", x)
        row(f, f"all/{d}/argmax axis=1 keepdims", "argmax axis=1 keepdims=1", x)
    for d in ["float32", "float64"]:
        x = arr([1.0, INF, 2.0, -INF, NAN, 3.0], d, (2, 3))
        for op in ["sum", "prod", "max", "min", "argmax", "argmin", "any", "all", "mean"]:
            for ax in [None, 0, 1]:
                o = op if ax is None else f"{op} axis={ax}"
                row(f, f"specials/{d}/{o}", o, x)


GROUPS = [group_divmod, group_float_binary_cases, group_int_cases, group_unary_cases, group_nan, group_comparisons,
          group_f32_weak, group_random, group_mixed, group_astype_cases, group_transcendentals, group_reductions,
          group_grids, group_weak, group_unary, group_astype, group_where_clip]


def main():
    assert np.__version__.startswith("2."), "NEP 50 promotion needs NumPy 2"
    for g in GROUPS:
        g()
    check = "--check" in sys.argv[1:]
    stale = []
    for name, rows in FILES.items():
        path = os.path.join(HERE, name + ".tsv")
        text = (f"# generated by generate.py with NumPy {np.__version__}; do not edit by hand (format: see generate.py)\n"
                "# id\top\toperands\texpected\tcheck\tsource\n" + "\n".join(rows) + "\n")
        old = open(path).read() if os.path.exists(path) else None
        if old != text:
            stale.append(name)
            if not check:
                with open(path, "w") as fh:
                    fh.write(text)
        print(f"{name}.tsv: {len(rows)} rows" + (" (changed)" if old != text else ""))
    if check and stale:
        sys.exit("stale: " + ", ".join(stale))


if __name__ == "__main__":
    main()
