#!/usr/bin/env python3
"""NumPy's float16 sums and means for Float16SumsTest (issue 17), run by hand:

    python3 runtime/src/test/python/gen_float16_sums_fixture.py

How NumPy 2 adds float16 (checked below on random cases, not assumed):
  * a sum along a contiguous axis (a 1-D array, the rows of a C array, a whole C array) adds in float32,
    pairwise (blocks of 128 in 8 accumulators), and rounds to float16 once at the end;
  * a sum over axis 0 of a 2-D array adds row by row, out[j] = float16(float32(out[j]) + x[i, j]):
    every partial sum is rounded to float16, so a long column stagnates (each addend below half an ulp
    of the partial sum is lost);
  * a mean adds in float32 (np.mean's dtype='f4' for float16: buffered, pairwise in blocks of 8192
    and sequential across them, or row by row over axis 0), divides in float32, rounds to float16 once.
This library adds every float sum in compensated float64 lanes (ir.Reduction), so its float16 sum is
the exact sum rounded once to float16, and its mean the exact sum rounded to float32, divided in float32,
rounded to float16. The bound the test holds the two to, for one output of n addends, is

    |L - N| <= (ulp16(L) + ulp16(N)) / 2 + (n + 2) * 2^-24 * A + R * ((2^-11 + 2^-24) * A + 2^-25)

with A = sum(|x|) (sum(|x|) / n for a mean), R = NumPy's roundings of a partial sum to float16 (n - 1
for a sum over axis 0 of a 2-D array, 0 otherwise) and ulp16 the float16 spacing at a value (2^-24 at
least). Derivation: each result is within half an ulp of what it rounds; NumPy's float32 additions
err by at most (n - 1) * 2^-24 * A together (the sequential bound, which covers pairwise), and each of
its float16 partial roundings by 2^-11 of the partial sum (plus 2^-24 for the float32 addition before
it, and 2^-25 absolute among subnormals); the library's float32 rounding and division in a mean add
2 * 2^-24 * A. main() checks the bound over SWEEP random cases (random shapes, axes and the three kinds
of data) before writing the fixture, and prints how close NumPy came to it.

The fixture's inputs are made by a formula the Java test repeats (no input file): element i of a case
with seed s is from splitmix64(s + i * 0x9E3779B97F4A7C15), k = z >> 40 (24 bits), as a float32 value
exactly, then rounded to float16 (one rounding, the same in Java's Float.floatToFloat16):
  kind 0 (positive, the sum grows):       k * 2^-31
  kind 1 (both signs, magnitude below 1): (k - 2^23) * 2^-23
  kind 2 (both signs, 2^-12 to 2^3):      (k - 2^23) * 2^-23 * 2^((z & 15) - 12)
Writes resources/dtypes/float16_sums.tsv: name, kind, seed, shape, op, axis, NumPy's result as float16
bit patterns (hex, C order).
"""
import math
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dtypes", "float16_sums.tsv")
SWEEP = 3000
M64 = np.uint64(0xFFFFFFFFFFFFFFFF)

# (name, kind, seed, shape): long sums, the three kinds over both axes, long rows, and long columns
# (where NumPy's float16 partial sums stagnate).
CASES = [
    ("million positive", 0, 1, (1_000_000,)),
    ("long mixed", 1, 2, (100_003,)),
    ("long wide", 2, 3, (131_075,)),
    ("positive 200x37", 0, 4, (200, 37)),
    ("mixed 200x37", 1, 5, (200, 37)),
    ("wide 200x37", 2, 6, (200, 37)),
    ("long rows", 0, 7, (5, 1000)),
    ("long columns", 0, 8, (2000, 5)),
    ("wide columns", 2, 9, (1500, 3)),
]


def splitmix(seed, n):
    with np.errstate(over="ignore"):
        z = (np.uint64(seed) + np.arange(n, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) & M64
        z = ((z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)) & M64
        z = ((z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)) & M64
        return z ^ (z >> np.uint64(31))


def values(kind, seed, shape):
    n = math.prod(shape)
    z = splitmix(seed, n)
    k = (z >> np.uint64(40)).astype(np.int64)
    if kind == 0:
        v = k * 2.0 ** -31
    elif kind == 1:
        v = (k - 2 ** 23) * 2.0 ** -23
    else:
        v = (k - 2 ** 23) * 2.0 ** -23 * np.exp2((z & np.uint64(15)).astype(np.int64) - 12)
    f32 = v.astype(np.float32)
    assert (f32.astype(np.float64) == v).all()  # exact in float32: one rounding to float16, as in Java
    return f32.astype(np.float16).reshape(shape)


def ulp16(v):
    v = abs(float(v))
    return 2.0 ** -24 if v < 2.0 ** -14 else 2.0 ** (math.floor(math.log2(v)) - 10)


def library(x, op, axis):
    """The library's value: the exact sum (float16 values are multiples of 2^-24 below 2^16, so int64 holds it) rounded once."""
    exact = np.ravel((x.astype(np.float64) * 2 ** 24).astype(np.int64).sum(axis=axis))
    n = x.size if axis is None else x.shape[axis]
    if op == "sum":
        return [np.float16(int(e) / 2 ** 24) for e in exact]
    return [np.float16(np.float32(np.float32(int(e) / 2 ** 24) / np.float32(n))) for e in exact]


def numpy_result(x, op, axis):
    with np.errstate(all="ignore"):
        r = np.sum(x, axis=axis) if op == "sum" else np.mean(x, axis=axis)
    assert r.dtype == np.float16
    return np.ravel(r)


def ratios(x, op, axis):
    """|L - N| over the bound, for each output (finite ones only)."""
    n = x.size if axis is None else x.shape[axis]
    a = np.ravel(np.abs(x.astype(np.float64)).sum(axis=axis)) / (n if op == "mean" else 1)
    r = n - 1 if op == "sum" and axis == 0 and x.ndim == 2 else 0
    out = []
    for lib, np_, ai in zip(library(x, op, axis), numpy_result(x, op, axis), a):
        if not (np.isfinite(lib) and np.isfinite(np_)):
            continue
        bound = (ulp16(lib) + ulp16(np_)) / 2 + (n + 2) * 2.0 ** -24 * ai + r * ((2.0 ** -11 + 2.0 ** -24) * ai + 2.0 ** -25)
        out.append(abs(float(lib) - float(np_)) / bound)
    return out


def sweep():
    rng = np.random.default_rng(2026)
    worst = {}
    for t in range(SWEEP):
        if t % 10 == 0:
            shape = (int(rng.integers(1, 300_000)),)
        elif t % 2:
            shape = (int(rng.integers(1, 2500)), int(rng.integers(1, 40)))
        else:
            shape = (int(rng.integers(1, 60)), int(rng.integers(1, 3000)))
        x = values(t % 3, int(rng.integers(0, 2 ** 62)), shape)
        for axis in ([None] if x.ndim == 1 else [None, 0, 1]):
            for op in ("sum", "mean"):
                rs = ratios(x, op, axis)
                key = (op, "all" if axis is None else "axis %d" % axis)
                worst[key] = max([worst.get(key, 0.0)] + rs)
    for key, w in sorted(worst.items()):
        print("%s %s: largest |L - N| / bound %.3f" % (key + (w,)))
        assert w <= 1.0, key


def main():
    sweep()
    lines = ["# generated by runtime/src/test/python/gen_float16_sums_fixture.py with NumPy %s" % np.__version__,
             "# name\tkind\tseed\tshape\top\taxis\tNumPy's result (float16 bits, hex)"]
    for name, kind, seed, shape in CASES:
        x = values(kind, seed, shape)
        for axis in ([None] if x.ndim == 1 else [None, 0, 1]):
            for op in ("sum", "mean"):
                result = numpy_result(x, op, axis)
                assert max(ratios(x, op, axis)) <= 1.0
                ulps = max(abs(float(l) - float(r)) / ulp16(r) for l, r in zip(library(x, op, axis), result))
                print("%-17s %-4s axis %-4s: NumPy within %.0f ulp of the library" % (name, op, axis, ulps))
                bits = ",".join("%04x" % b for b in result.view(np.uint16))
                lines.append("\t".join([name, str(kind), str(seed), "x".join(map(str, shape)), op,
                                        "all" if axis is None else str(axis), bits]))
    with open(OUT, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
