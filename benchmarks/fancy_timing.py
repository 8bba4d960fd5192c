"""NumPy's side of org.ndjit.benchmarks.FancyTiming: the same expressions, sizes and timing rule."""
import time

import numpy as np


def timed(name, call):
    for _ in range(5):
        call()
    best = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(10):
            call()
        best = min(best, (time.perf_counter() - t0) / 10)
    print(f"{name:<34} {best * 1e6:10.1f} us")


def main():
    rng = np.random.default_rng(0)
    n = 1_000_000
    x, idx = rng.standard_normal(n), rng.integers(0, n, n)
    timed("x[idx] * 2", lambda: x[idx] * 2)
    centers, points = rng.standard_normal((16, 32)), rng.standard_normal((100_000, 32))
    labels = rng.integers(0, 16, 100_000)
    timed("centers[labels]", lambda: centers[labels])
    timed("((points - centers[labels])**2).sum(1)", lambda: ((points - centers[labels]) ** 2).sum(1))
    logp, y = rng.standard_normal((100_000, 10)), rng.integers(0, 10, 100_000)
    timed("logp[np.arange(n), y].mean()", lambda: logp[np.arange(100_000), y].mean())
    a = rng.standard_normal((1000, 1000))

    def set_mask():
        b = a.copy()
        b[b < 0] = 0

    def set_column():
        b = a.copy()
        b[:, 0] = 0
    rows = rng.integers(0, 1000, 1000)

    def set_rows():
        b = a.copy()
        b[rows] = 1
    bins = idx % 1000

    def add_at():
        np.add.at(np.zeros(1000), bins, 1.0)
    timed("b = a.copy(); b[b < 0] = 0", set_mask)
    timed("b = a.copy(); b[:, 0] = 0", set_column)
    timed("b = a.copy(); b[rows] = 1", set_rows)
    timed("np.add.at(zeros(1000), bins, 1)", add_at)
    timed("np.nonzero(a > 0)", lambda: np.nonzero(a > 0))


if __name__ == "__main__":
    main()
