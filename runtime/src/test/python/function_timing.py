#!/usr/bin/env python3
"""NumPy's side of FunctionTiming.java: the same functions on the same 10^6 inputs, median and minimum of 41 calls
after 30 warm-up calls, in microseconds.  python3 runtime/src/test/python/function_timing.py"""

import time

import numpy as np

N = 1_000_000
t = np.arange(N) / N
u = ((np.arange(N, dtype=np.int64) * 7919) % N) / N


def floats(f):
    return f(t), f(u)


def ints(f):
    return f(t).astype(np.int64), f(u).astype(np.int64)


WORKLOADS = [
    ("x + 1 (calibration)", floats(lambda t: t), lambda x, y: x + 1),
    ("exp (calibration)", floats(lambda t: 20 * t - 10), lambda x, y: np.exp(x)),
    ("log1p", floats(lambda t: 10 * t - 0.5), lambda x, y: np.log1p(x)),
    ("expm1", floats(lambda t: 20 * t - 10), lambda x, y: np.expm1(x)),
    ("log10", floats(lambda t: 1e3 * t + 1e-3), lambda x, y: np.log10(x)),
    ("log2", floats(lambda t: 1e3 * t + 1e-3), lambda x, y: np.log2(x)),
    ("exp2", floats(lambda t: 40 * t - 20), lambda x, y: np.exp2(x)),
    ("sinh", floats(lambda t: 10 * t - 5), lambda x, y: np.sinh(x)),
    ("cosh", floats(lambda t: 10 * t - 5), lambda x, y: np.cosh(x)),
    ("sign", floats(lambda t: 2 * t - 1), lambda x, y: np.sign(x)),
    ("copysign", floats(lambda t: 2 * t - 1), lambda x, y: np.copysign(x, y)),
    ("heaviside", floats(lambda t: 2 * t - 1), lambda x, y: np.heaviside(x, 0.5)),
    ("fmax", floats(lambda t: 2 * t - 1), lambda x, y: np.fmax(x, y)),
    ("fmin", floats(lambda t: 2 * t - 1), lambda x, y: np.fmin(x, y)),
    ("isnan", floats(lambda t: 2 * t - 1), lambda x, y: np.isnan(x)),
    ("less", floats(lambda t: 2 * t - 1), lambda x, y: x < y),
    ("invert int64", ints(lambda t: np.floor(1e6 * t)), lambda x, y: np.invert(x)),
    ("left_shift int64", ints(lambda t: np.floor(1e6 * t)), lambda x, y: np.left_shift(x, y & 63)),
    ("right_shift int64", ints(lambda t: np.floor(1e6 * t)), lambda x, y: np.right_shift(x, y & 63)),
]

for name, (x, y), f in WORKLOADS:
    samples = []
    for k in range(-30, 41):
        t0 = time.perf_counter()
        f(x, y)
        t1 = time.perf_counter()
        if k >= 0:
            samples.append((t1 - t0) * 1e6)
    samples.sort()
    print("%-22s median %8.1f us (min %8.1f)" % (name, samples[20], samples[0]))
