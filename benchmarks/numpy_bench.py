#!/usr/bin/env python3
"""The benchmark pipelines under NumPy, on one thread, on the same data as the Java suite.

Usage: numpy_bench.py MANIFEST SECONDS

MANIFEST lists the input arrays the Java report wrote (raw native-order values), one per line:
"<pipeline> <name> <dtype> <file> <dim>...". Each pipeline is timed for about SECONDS after a
warm-up; for each it prints "RESULT <pipeline> <median seconds per call> <samples> <sum of |result|>"
on stdout (the sum lets the report check that NumPy computed the same thing) and progress on stderr.
Output allocation is included, as in the Java benchmarks.
"""
import os

# One thread, also for matmul's BLAS: set before NumPy is imported.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[var] = "1"

import statistics
import sys
import time

import numpy as np


def b2(a, b, c, d, e):
    return a * b + c * d - e


def softmax(X):
    e = np.exp(X - X.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


PIPELINES = {
    "B1": lambda x: x ** 2,
    "B2": b2,
    "B3": lambda x: np.exp(-0.5 * x * x) * 0.3989422804014327,
    "B4": lambda X, W, b: np.maximum(0, X @ W + b),
    "B5": lambda X: (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True),
    "B6": softmax,
    "B7": lambda a, b: np.sqrt(np.sum((a - b) ** 2)),
    "B8": lambda M: (M + M.T) * 0.5,
    "B9": lambda M: M.sum(axis=0),
    "B10": lambda x: x[x > 0],
    "B11": b2,
    "B12": lambda A, B: A @ B,
}


def load(manifest):
    inputs = {}
    folder = os.path.dirname(os.path.abspath(manifest))
    with open(manifest) as f:
        for line in f:
            pipeline, _name, dtype, file, *shape = line.split()
            data = np.fromfile(os.path.join(folder, file), dtype=np.dtype(dtype)).reshape([int(s) for s in shape])
            inputs.setdefault(pipeline, []).append(data)
    return inputs


def measure(f, args, seconds):
    """Median seconds per call; short calls are timed in batches of at least 2 ms."""
    f(*args)
    start = time.perf_counter()
    f(*args)
    once = max(time.perf_counter() - start, 1e-9)
    loops = max(1, int(0.002 / once))
    warm_until = time.perf_counter() + seconds / 3
    while time.perf_counter() < warm_until:
        f(*args)
    samples = []
    until = time.perf_counter() + seconds
    while time.perf_counter() < until or len(samples) < 5:
        t = time.perf_counter_ns()
        for _ in range(loops):
            f(*args)
        samples.append((time.perf_counter_ns() - t) / loops / 1e9)
    return statistics.median(samples), len(samples)


def main():
    manifest, seconds = sys.argv[1], float(sys.argv[2])
    print("NUMPY", np.__version__, flush=True)
    inputs = load(manifest)
    for name, f in PIPELINES.items():
        if name not in inputs:
            continue
        args = inputs[name]
        checksum = float(np.sum(np.abs(np.asarray(f(*args), dtype=np.float64))))
        median, samples = measure(f, args, seconds)
        print(f"numpy {name}: {median * 1e3:.4g} ms per call ({samples} samples)", file=sys.stderr, flush=True)
        print("RESULT", name, repr(median), samples, repr(checksum), flush=True)


if __name__ == "__main__":
    main()
