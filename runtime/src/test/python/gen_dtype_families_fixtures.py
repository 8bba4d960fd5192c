"""Fixture for DtypeFamiliesTest, written by NumPy 2.x: every family of operations (sorts, scans, order
statistics, joins, gathers and updates, masks, products, reductions, counts) on one 2x4 array of each of
the twelve real dtypes, made as np.array([3, -1, 0, 100, 7, 2, 100, 5]).astype(dtype).reshape(2, 4)
(-1 wraps to the unsigned maximum).

families.txt: one line per dtype and family, "dtype family: result", the result as its dtype name and
str() with newlines shown as " | " (a tuple or list of arrays: each so, then " ; "), or "ERR " and
NumPy's message where NumPy raises.
Run: python3 runtime/src/test/python/gen_dtype_families_fixtures.py  (from the repository root)
"""
import numpy as np
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "dtypefamilies", "families.txt")
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "float32", "float64"]


def show(r):
    if isinstance(r, (tuple, list)):
        return "".join(f"{x.dtype.name} {str(x)} ; " for x in r).replace("\n", " | ")
    r = np.asarray(r)
    return r.dtype.name + " " + str(r).replace("\n", " | ")


def families(a, n):
    idx = np.array([7, 0, 3])
    rows = np.array([1, 0, 1])

    def setting():
        b = a.copy()
        b[rows] = 9
        return b

    def add_at():
        f = a.ravel().copy()
        np.add.at(f, idx, 1)
        return f

    return [
        ("sort", lambda: np.sort(a)),
        ("argsort", lambda: np.argsort(a, kind="stable")),
        ("searchsorted", lambda: np.searchsorted(np.sort(a.ravel()), a.ravel())),
        ("cumsum", lambda: np.cumsum(a)),
        ("cumprod1", lambda: np.cumprod(a, axis=1)),
        ("diff", lambda: np.diff(a)),
        ("unique", lambda: np.unique(a)),
        ("concatenate", lambda: np.concatenate([a, a], 0)),
        ("stack1", lambda: np.stack([a, a], 1)),
        ("padreflect", lambda: np.pad(a, 1, mode="reflect")),
        ("roll", lambda: np.roll(a, 3)),
        ("tile", lambda: np.tile(a, (2, 1))),
        ("repeat", lambda: np.repeat(a, 2)),
        ("flip", lambda: np.flip(a, 1)),
        ("take", lambda: np.take(a, idx)),
        ("fancyrows", lambda: a[rows]),
        ("set", setting),
        ("mask", lambda: a[a > 2]),
        ("where", lambda: np.where(a > 2, a, np.flip(a, 1))),
        ("argwhere", lambda: np.argwhere(a)),
        ("matmul", lambda: a @ a.T),
        ("outer", lambda: np.outer(a, a).sum(0)),
        ("max1", lambda: a.max(1)),
        ("min", lambda: a.min()),
        ("argmax1", lambda: a.argmax(1)),
        ("argmin", lambda: a.argmin()),
        ("clip", lambda: np.clip(a, 1, 50)),
        ("median1", lambda: np.median(a, axis=1)),
        ("percentile30", lambda: np.percentile(a, 30, axis=1)),
        ("mean1", lambda: a.mean(1)),
        ("var1", lambda: a.var(1)),
        ("std", lambda: a.std()),
        ("sum0", lambda: a.sum(0)),
        ("prod1", lambda: a.prod(1)),
        ("bincount", lambda: np.bincount(np.clip(a, 0, 9).ravel())),
        ("trace", lambda: np.trace(a)),
        ("nanmax", lambda: np.nanmax(a)),
        ("ptp", lambda: np.ptp(a)),
        ("cov", lambda: np.cov(a)),
        ("einsum", lambda: np.einsum("ij->j", a)),
        ("addAt", add_at),
        ("takeAlong", lambda: np.take_along_axis(a, np.argsort(a, 1, kind="stable"), 1)),
        ("split", lambda: np.split(a, 2, 1)),
        ("vstack", lambda: np.vstack([a, a]).sum(1)),
        ("nonzero", lambda: np.nonzero(a)),
        ("countNonzero", lambda: np.count_nonzero(a)),
        ("digitize", lambda: np.digitize(a, np.array([0, 5, 50]).astype(n))),
        ("rot90", lambda: np.rot90(a)),
        ("swap", lambda: np.swapaxes(a, 0, 1) + a[0].reshape(4, 1)),
    ]


def main():
    lines = []
    for n in DTYPES:
        a = np.array([3, -1, 0, 100, 7, 2, 100, 5], dtype=np.int64).astype(n).reshape(2, 4)
        for name, f in families(a, n):
            try:
                out = show(f())
            except Exception as e:
                out = "ERR " + str(e)
            lines.append(f"{n} {name}: {out}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
