#!/usr/bin/env python3
"""NumPy's answers for the sorting, scan and order-statistics functions (OrderStatisticsFixturesTest).

Run by hand from the repository root (NumPy 2.4.6 made the checked-in file):

    python3 runtime/src/test/python/gen_order_fixtures.py

It writes runtime/src/test/resources/order/cases.tsv: one case a line,

    name <TAB> call <TAB> input arrays <TAB> expected arrays (or "error: <text>")

call is the function and its arguments as key=value words; an array is "dtype shape v0 v1 ...",
several arrays are separated by " | ". Values print with repr (nan, inf, -0.0 kept). Sorts use
kind='stable' where NumPy lets one choose (argsort); np.sort's quicksort may order -0.0 and 0.0
either way, so the Java test compares sorted values numerically (the sign of zero aside).
"""

import os
import warnings

import numpy as np

warnings.simplefilter("ignore")  # NumPy warns of inf - inf in interpolations and empty slices: expected here

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "order", "cases.tsv"))

nan, inf = np.nan, np.inf


def fmt(a):
    a = np.asarray(a)
    shape = "(" + ",".join(str(d) for d in a.shape) + ")"
    vals = []
    for v in a.ravel():
        if a.dtype.kind == "b":
            vals.append("1" if v else "0")
        elif a.dtype.kind == "f":
            vals.append(repr(float(v)))
        else:
            vals.append(str(int(v)))
    return " ".join([str(a.dtype), shape] + vals)


rows = []


def case(name, call, inputs, fn):
    try:
        out = fn(*inputs)
        if not isinstance(out, tuple):
            out = (out,)
        expected = " | ".join(fmt(o) for o in out)
    except Exception as e:  # NumPy's error text is the expected answer
        expected = "error: " + str(e)
    rows.append("\t".join([name, call, " | ".join(fmt(i) for i in inputs), expected]))


F = np.array([3.0, -1.0, nan, 2.0, -0.0, inf, 0.0, -inf, 2.0, 1.0])
M = np.array([[3.0, 1.0, 4.0, 1.0, 5.0], [9.0, 2.0, 6.0, 5.0, 3.0], [5.0, nan, 9.0, 7.0, 9.0]])
I = np.array([[5, 3, 5, 1], [2, 2, 8, -4], [0, 7, 7, 7]], dtype=np.int64)
I32 = I.astype(np.int32)
F32 = np.array([[1.5, -2.25, 3.0, 0.1], [7.0, 7.0, -1.0, 2.5]], dtype=np.float32)
B = np.array([[True, False, True], [False, False, True]])
EMPTY = np.array([], dtype=np.float64)

# sort and argsort (stable), along each axis and flattened
for nm, a in [("F", F), ("M", M), ("I", I), ("I32", I32), ("F32", F32), ("B", B), ("EMPTY", EMPTY)]:
    for axis in [None, 0, -1]:
        if axis == 0 and a.ndim == 1 and axis is not None:
            pass
        case(f"sort {nm} {axis}", f"sort axis={axis}", [a], lambda x, ax=axis: np.sort(x, axis=ax))
        case(f"argsort {nm} {axis}", f"argsort axis={axis}", [a], lambda x, ax=axis: np.argsort(x, axis=ax, kind="stable"))
    for axis in [None, 0, -1]:
        for fn in ["cumsum", "cumprod"]:
            case(f"{fn} {nm} {axis}", f"{fn} axis={axis}", [a], lambda x, ax=axis, f=fn: getattr(np, f)(x, axis=ax))
    for n in [1, 2, 4]:
        case(f"diff {nm} {n}", f"diff n={n} axis=-1", [a], lambda x, k=n: np.diff(x, n=k))
case("diff axis 0", "diff n=1 axis=0", [M], lambda x: np.diff(x, axis=0))

# median, percentile, quantile: every method, scalar and array q, axes, NaN and infinities
for nm, a in [("F", F), ("M", M), ("I", I), ("I32", I32), ("F32", F32), ("FIN", np.array([1.0, inf])), ("NEG0", np.array([-0.0, -0.0])),
              ("ONE", np.array([4.5]))]:
    for axis in [None, 0, -1]:
        case(f"median {nm} {axis}", f"median axis={axis}", [a], lambda x, ax=axis: np.median(x, axis=ax))
        for method in ["linear", "lower", "higher", "nearest", "midpoint"]:
            for q in [0.0, 0.3, 0.5, 0.75, 1.0, 1 / 3]:
                case(f"quantile {nm} {axis} {method} {q}", f"quantile q={q!r} axis={axis} method={method}", [a],
                     lambda x, ax=axis, m=method, qq=q: np.quantile(x, qq, axis=ax, method=m))
            case(f"quantile {nm} {axis} {method} array", f"quantiles q=0.1,0.5,0.9,1.0 axis={axis} method={method}", [a],
                 lambda x, ax=axis, m=method: np.quantile(x, [0.1, 0.5, 0.9, 1.0], axis=ax, method=m))
            case(f"percentile {nm} {axis} {method}", f"percentile q=37.5 axis={axis} method={method}", [a],
                 lambda x, ax=axis, m=method: np.percentile(x, 37.5, axis=ax, method=m))

case("percentile out of range", "percentile q=101.0 axis=None method=linear", [F], lambda x: np.percentile(x, 101))
case("percentile negative", "percentile q=-1.0 axis=None method=linear", [F], lambda x: np.percentile(x, -1))
case("quantile out of range", "quantile q=1.5 axis=None method=linear", [F], lambda x: np.quantile(x, 1.5))
case("quantile of empty", "quantile q=0.5 axis=None method=linear", [EMPTY], lambda x: np.quantile(x, 0.5))

# searchsorted and digitize
S = np.array([-inf, -1.0, 0.0, 0.0, 2.0, 2.0, 2.0, 5.0, inf, nan, nan])
V = np.array([[nan, -inf, 2.0], [-0.0, 3.0, inf]])
for side in ["left", "right"]:
    case(f"searchsorted {side}", f"searchsorted side={side}", [S, V], lambda a, v, s=side: np.searchsorted(a, v, side=s))
    case(f"searchsorted int {side}", f"searchsorted side={side}", [np.array([1, 3, 3, 7]), np.array([0, 3, 4, 9])],
         lambda a, v, s=side: np.searchsorted(a, v, side=s))
case("searchsorted 2d", "searchsorted side=left", [M, V], lambda a, v: np.searchsorted(a, v))
X = np.array([0.2, 6.4, 3.0, 1.6, 10.0, -1.0, 2.5, nan])
for right in [False, True]:
    case(f"digitize up {right}", f"digitize right={right}", [X, np.array([0.0, 1.0, 2.5, 4.0, 10.0])],
         lambda x, b, r=right: np.digitize(x, b, right=r))
    case(f"digitize down {right}", f"digitize right={right}", [X, np.array([10.0, 4.0, 2.5, 1.0, 0.0])],
         lambda x, b, r=right: np.digitize(x, b, right=r))
case("digitize not monotonic", "digitize right=False", [X, np.array([1.0, 3.0, 2.0])], lambda x, b: np.digitize(x, b))

# unique with first indices, inverse and counts
for nm, a in [("F", F), ("NANS", np.array([2.0, nan, 1.0, nan, -0.0, 0.0, 1.0])), ("I", I), ("B", B), ("EMPTY", EMPTY)]:
    case(f"unique {nm}", "unique", [a], lambda x: np.unique(x, return_index=True, return_inverse=True, return_counts=True))

# bincount
BC = np.array([0, 1, 1, 3, 2, 1, 7])
case("bincount", "bincount minlength=0", [BC], lambda x: np.bincount(x))
case("bincount minlength", "bincount minlength=10", [BC], lambda x: np.bincount(x, minlength=10))
case("bincount weights", "bincount minlength=0", [BC, np.array([0.3, 0.5, 0.2, 0.7, 1.0, -0.6, 0.1])],
     lambda x, w: np.bincount(x, weights=w))
case("bincount empty", "bincount minlength=0", [np.array([], dtype=np.int64)], lambda x: np.bincount(x))
case("bincount empty minlength", "bincount minlength=3", [np.array([], dtype=np.int64)], lambda x: np.bincount(x, minlength=3))
case("bincount negative", "bincount minlength=0", [np.array([1, -1])], lambda x: np.bincount(x))
case("bincount float", "bincount minlength=0", [np.array([1.0])], lambda x: np.bincount(x))
case("bincount negative minlength", "bincount minlength=-1", [BC], lambda x: np.bincount(x, minlength=-1))
case("bincount weights length", "bincount minlength=0", [BC, np.array([1.0])], lambda x, w: np.bincount(x, weights=w))

# histogram: equal bins (the last closed), a range, edges, empty and constant data, NaN
rng = np.random.default_rng(7)
H = np.round(rng.normal(size=200) * 3, 2)
for nm, a in [("H", H), ("INT", np.array([1, 2, 3, 3, 10])), ("EMPTY", EMPTY), ("CONST", np.array([5.0, 5.0])),
              ("TENTHS", np.arange(0, 1.01, 0.1))]:
    for bins in [1, 3, 10]:
        case(f"histogram {nm} {bins}", f"histogram bins={bins}", [a], lambda x, b=bins: np.histogram(x, bins=b))
    case(f"histogram {nm} range", "histogram bins=4 range=-1.0,2.0", [a], lambda x: np.histogram(x, bins=4, range=(-1.0, 2.0)))
    case(f"histogram {nm} edges", "histogram edges", [a, np.array([-5.0, -1.0, 0.0, 0.5, 3.0, 10.0])],
         lambda x, e: np.histogram(x, bins=e))
case("histogram nan", "histogram bins=10", [np.array([1.0, nan])], lambda x: np.histogram(x))
case("histogram nan range", "histogram bins=2 range=0.0,2.0", [np.array([1.0, nan, 2.0])], lambda x: np.histogram(x, bins=2, range=(0.0, 2.0)))
case("histogram bins 0", "histogram bins=0", [F], lambda x: np.histogram(x, bins=0))
case("histogram bad range", "histogram bins=4 range=2.0,1.0", [H], lambda x: np.histogram(x, bins=4, range=(2.0, 1.0)))
case("histogram edges decreasing", "histogram edges", [H, np.array([1.0, 0.0])], lambda x, e: np.histogram(x, bins=e))

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    f.write("\n".join(rows) + "\n")
print(f"wrote {len(rows)} cases to {OUT}")
