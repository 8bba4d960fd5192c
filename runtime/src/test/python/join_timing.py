#!/usr/bin/env python3
"""NumPy's times for the workloads of JoinTiming.java (median and minimum of 61 calls after 40 warm-up calls, microseconds)."""
import time

import numpy as np


def inputs(*shapes):
    out = []
    for i, s in enumerate(shapes):
        n = int(np.prod(s))
        out.append(np.sin(np.arange(n) * 0.001 + i).reshape(s))
    return out


WORKLOADS = [
    ("(calibration) x + y, 1e6", ((1_000_000,), (1_000_000,)), lambda x, y: x + y),
    ("concatenate(axis=1) then * c + 1, 1000x(500+500)", ((1000, 500), (1000, 500), (1000, 1000)),
     lambda a, b, c: np.concatenate([a, b], axis=1) * c + 1),
    ("vstack of two 500x1000", ((500, 1000), (500, 1000)), lambda a, b: np.vstack([a, b])),
    ("pad 1000x1000 by 2, reflect, * 0.5", ((1000, 1000),), lambda a: np.pad(a, 2, mode="reflect") * 0.5),
    ("roll 1e6 by 3, + x", ((1_000_000,),), lambda x: np.roll(x, 3) + x),
    ("tile 1000x500 (1, 2)", ((1000, 500),), lambda a: np.tile(a, (1, 2))),
    ("column_stack of two 1e6 vectors", ((1_000_000,), (1_000_000,)), lambda x, y: np.column_stack([x, y])),
]

for name, shapes, f in WORKLOADS:
    args = inputs(*shapes)
    t = []
    for k in range(101):
        t0 = time.perf_counter()
        f(*args)
        t1 = time.perf_counter()
        if k >= 40:
            t.append((t1 - t0) * 1e6)
    t.sort()
    print(f"{name:52s} numpy {t[len(t) // 2]:8.1f} us (min {t[0]:8.1f})")
