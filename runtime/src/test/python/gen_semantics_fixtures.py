#!/usr/bin/env python3
"""Expected result dtypes for PromotionTest, computed by NumPy.

Run by hand (NumPy 2.4.6 was used for the checked-in fixtures):

    python3 runtime/src/test/python/gen_semantics_fixtures.py           # print the generated block
    python3 runtime/src/test/python/gen_semantics_fixtures.py --write   # rewrite the block in the test

The block is Java source placed between the markers
    // <generated:NAME>   ...   // </generated:NAME>
in runtime/src/test/java/org/ndjit/PromotionTest.java; --write replaces only the text between markers,
so the hand-written test code around them stays as it is. (Element values are tabled by
runtime/src/test/resources/semantics/generate.py for ElementwiseSemanticsTableTest.)

Every expected value here comes from running NumPy. Where the library deliberately differs from NumPy
(/work/shared/SEMANTICS.md sections 0 and 1.2-1.10), the generator applies the documented divergence
explicitly, in one place each, and marks the row with a comment naming NumPy's own answer:
  * logical ops on floats are rejected (SEMANTICS 1.2).
"""

import os
import re
import sys
import warnings

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA_DIR = os.path.normpath(os.path.join(HERE, "..", "java", "org", "ndjit"))
PROMOTION_JAVA = os.path.join(JAVA_DIR, "PromotionTest.java")

DTYPES = ["bool", "int32", "int64", "float32", "float64"]

warnings.simplefilter("ignore")  # NumPy's RuntimeWarnings (divide by zero, overflow, invalid) are expected here


# ---------------------------------------------------------------------------------------------------
# Java literals
# ---------------------------------------------------------------------------------------------------

def jstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


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
        if kind == "UFuncTypeError":
            msg = msg.split(" <class")[0]
            note = "numpy's text then names its dtype class"
        return "!" + kind + ": " + msg, note
    d = str(np.asarray(r).dtype)
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

BLOCKS = {
    PROMOTION_JAVA: {"promotion": block_promotion},
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
