#!/usr/bin/env python3
"""NumPy's times for the workloads of LinalgTiming.java (median and minimum of 31 calls after 15 warm-up calls, and
the median process CPU time (with OMP_NUM_THREADS=1 it is that of the calling thread), microseconds).

einsum is timed with NumPy's default (optimize=False, one nditer pass over every index) and with
optimize=True (pairwise, through BLAS where it can)."""
import time

import numpy as np


def inputs(*shapes):
    out = []
    for i, s in enumerate(shapes):
        n = int(np.prod(s))
        out.append(np.sin(np.arange(n) * 0.37 + i).reshape(s))
    return out


def einsum(s):
    return [(s, lambda *a: np.einsum(s, *a)), (s + " optimize=True", lambda *a: np.einsum(s, *a, optimize=True))]


WORKLOADS = [
    ("einsum ij,jk->ik 256x256 @ 256x256", ((256, 256), (256, 256)), einsum("ij,jk->ik")),
    ("einsum ij,j->i 2000x500, 500", ((2000, 500), (500,)), einsum("ij,j->i")),
    ("einsum ij,ij->i 2000x500 (row dots)", ((2000, 500), (2000, 500)), einsum("ij,ij->i")),
    ("einsum bij,bjk->bik 32x64x64 (batched)", ((32, 64, 64), (32, 64, 64)), einsum("bij,bjk->bik")),
    ("einsum ij,jk,kl->il 100x100 (three)", ((100, 100), (100, 100), (100, 100)), einsum("ij,jk,kl->il")),
    ("einsum ii 1000x1000 (trace)", ((1000, 1000),), einsum("ii")),
    ("einsum i,j->ij 1000, 1000 (outer)", ((1000,), (1000,)), einsum("i,j->ij")),
    ("svd 100x100 (reduced)", ((100, 100),), [("", lambda a: np.linalg.svd(a, full_matrices=False))]),
    ("svdvals 200x200", ((200, 200),), [("", lambda a: np.linalg.svd(a, compute_uv=False))]),
    ("lstsq 1000x50, 1000", ((1000, 50), (1000,)), [("", lambda a, b: np.linalg.lstsq(a, b))]),
    ("cov 50x2000", ((50, 2000),), [("", lambda a: np.cov(a))]),
]

for name, shapes, variants in WORKLOADS:
    args = inputs(*shapes)
    line = f"{name:44s}"
    for label, f in variants:
        t, cpu = [], []
        for k in range(46):
            c0 = time.process_time()
            t0 = time.perf_counter()
            f(*args)
            t1 = time.perf_counter()
            c1 = time.process_time()
            if k >= 15:
                t.append((t1 - t0) * 1e6)
                cpu.append((c1 - c0) * 1e6)
        t.sort()
        cpu.sort()
        line += f" numpy{' (opt)' if 'optimize' in label else ''} {t[len(t) // 2]:9.1f} us (min {t[0]:9.1f}, cpu {cpu[len(cpu) // 2]:9.1f})"
    print(line)
