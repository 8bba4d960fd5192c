#!/usr/bin/env python3
"""Expected results of integer-array indexing, updates and the nonzero family, computed by NumPy.

Run by hand (NumPy 2.4.6 was used for the checked-in fixtures):

    python3 runtime/src/test/python/gen_fancy_fixtures.py     # rewrites runtime/src/test/resources/fancy/cases.tsv

FancyFixturesTest replays every line through the Java API. One line per case, tab-separated:

    id  op  source  index  value  axis  expected

source and array values are `dtype|shape|v,v,...` (shape `2,3`; `` for 0-d); index entries are joined
by `;`: basic text as NumPy writes it (`:`, `1:3`, `::-1`, `None`, `...`), `L<n>` an integer, `I<array>`
an index array (int64 or int32) and `B<array>` a mask; value is an array, `S<kind>:<v>` a Python scalar
(int, float, bool) or `-`; axis is an integer, `None` or `-`; expected is `OK|<array>` (nonzero gives
one line per row joined by `#`) or `ERR|<exception>|<message>` (IndexError, ValueError, TypeError and
AxisError; the Java test maps them to its exception types and compares the message's start).
"""

import os
import random

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fancy", "cases.tsv"))

DTYPES = ["float64", "float32", "int64", "int32", "bool"]


def enc(a):
    a = np.asarray(a)
    shape = ",".join(str(d) for d in a.shape)
    if a.dtype == np.bool_:
        vals = ",".join("1" if v else "0" for v in a.ravel())
    elif a.dtype.kind == "f":
        vals = ",".join(repr(float(v)) for v in a.ravel())
    else:
        vals = ",".join(str(int(v)) for v in a.ravel())
    return f"{a.dtype.name}|{shape}|{vals}"


def source(rng, dtype, shape):
    size = int(np.prod(shape))
    v = np.array([rng.randint(-4, 5) for _ in range(size)], dtype=np.float64).reshape(shape) * 0.5
    return v.astype(dtype)


def enc_entry(e):
    if isinstance(e, str):
        return e
    if isinstance(e, int):
        return f"L{e}"
    return ("B" if e.dtype == np.bool_ else "I") + enc(e)


def to_numpy(e):
    if isinstance(e, str):
        if e == ":":
            return slice(None)
        if e == "None":
            return None
        if e == "...":
            return Ellipsis
        parts = [int(p) if p.strip() else None for p in e.split(":")]
        return slice(*parts)
    return e


def outcome(f):
    try:
        r = f()
    except (IndexError, ValueError, TypeError) as ex:
        return f"ERR|{type(ex).__name__}|{str(ex).strip()}"
    if isinstance(r, tuple):
        return "OK|" + "#".join(enc(x) for x in r)
    return "OK|" + enc(r)


def random_index(rng, shape):
    """A random index of basic entries, integers, integer arrays and masks (sometimes invalid)."""
    entries, axis = [], 0
    ellipsis = False
    while axis < len(shape) and rng.random() < 0.85:
        d = shape[axis]
        kind = rng.choice(["slice", "int", "array", "array", "array", "mask", "none", "ellipsis"])
        if kind == "slice":
            entries.append(rng.choice([":", "1:", ":-1", "::-1", "::2", "1:3"]))
            axis += 1
        elif kind == "int":
            if d == 0 or rng.random() < 0.1:
                entries.append(rng.choice([-d - 1, d]))  # out of bounds
            else:
                entries.append(rng.randint(-d, d - 1))
            axis += 1
        elif kind == "array":
            ishape = rng.choice([(), (1,), (2,), (3,), (2, 1), (1, 3), (0,)])
            lo, hi = (-d, d - 1) if d > 0 else (0, 0)
            if rng.random() < 0.08:
                hi = d  # out of bounds
            vals = np.array([rng.randint(lo, hi) for _ in range(int(np.prod(ishape)))], dtype=rng.choice([np.int64, np.int32]))
            entries.append(vals.reshape(ishape))
            axis += 1
        elif kind == "mask":
            k = rng.randint(1, min(2, len(shape) - axis))
            mshape = shape[axis:axis + k]
            if rng.random() < 0.05:
                mshape = tuple(m + 1 for m in mshape)  # wrong length
            entries.append(np.array([rng.random() < 0.5 for _ in range(int(np.prod(mshape)))], dtype=bool).reshape(mshape))
            axis += k
        elif kind == "none":
            entries.append("None")
        elif not ellipsis:
            ellipsis = True
            entries.append("...")
            axis = len(shape) - rng.randint(0, len(shape) - axis)
    if rng.random() < 0.03:
        entries.append(0)  # often one too many
    return entries


def value_for(rng, selection_shape):
    kind = rng.random()
    if kind < 0.3:
        t = rng.choice(["int", "float", "bool"])
        v = {"int": rng.randint(-3, 3), "float": rng.randint(-6, 6) * 0.5, "bool": rng.random() < 0.5}[t]
        return f"S{t}:{int(v) if t == 'bool' else v}", v
    shape = list(selection_shape)
    if kind < 0.55 and shape:
        shape = shape[rng.randint(0, len(shape)):]  # a trailing part broadcasts
    if kind > 0.95:
        shape = shape + [2]  # does not broadcast
    if shape and rng.random() < 0.2:
        shape[0] = 1
    dtype = rng.choice(DTYPES)
    v = source(rng, dtype, tuple(shape))
    return enc(v), v


def cases():
    rng = random.Random(20261206)
    out = []

    def add(op, src, index="-", value="-", axis="-", expected=""):
        out.append([str(len(out)), op, enc(src), index, value, axis, expected])

    for n in range(700):
        ndim = rng.choice([1, 2, 2, 3, 3])
        shape = tuple(rng.choice([0, 1, 2, 3, 4]) for _ in range(ndim))
        dtype = rng.choice(DTYPES)
        a = source(rng, dtype, shape)
        entries = random_index(rng, shape)
        if not entries:
            continue
        idx = tuple(to_numpy(e) for e in entries)
        text = ";".join(enc_entry(e) for e in entries)
        add("get", a, text, expected=outcome(lambda: a[idx]))
        try:
            selection = a[idx].shape
        except Exception:
            selection = ()
        vtext, v = value_for(rng, selection)
        if outcome(lambda: a[idx]).startswith("ERR"):
            # The index is checked when the result is computed, the value's shape at once: a value that
            # fits any selection keeps the case about the index.
            vtext, v = "Sint:1", 1

        def setitem():
            b = a.copy()
            b[idx] = v
            return b
        add("set", a, text, vtext, expected=outcome(setitem))
        if n % 3 == 0 and dtype != "bool":
            w = source(rng, dtype, selection[rng.randint(0, len(selection)):] if selection else ())

            def addat():
                b = a.copy()
                np.add.at(b, idx, w)
                return b
            add("addAt", a, text, enc(w), expected=outcome(addat))

    for n in range(120):
        ndim = rng.choice([1, 2, 3])
        shape = tuple(rng.choice([0, 1, 2, 3]) for _ in range(ndim))
        a = source(rng, rng.choice(DTYPES), shape)
        axis = rng.choice([None] + list(range(-ndim, ndim)) + [ndim])
        length = a.size if axis is None else (shape[axis] if -ndim <= axis < ndim else 1)
        ishape = rng.choice([(), (2,), (2, 2), (0,)])
        hi = max(length - 1, 0) + (1 if rng.random() < 0.1 else 0)
        ind = np.array([rng.randint(-length if length else 0, hi) for _ in range(int(np.prod(ishape)))], dtype=np.int64).reshape(ishape)
        add("take", a, "I" + enc(ind), axis=str(axis), expected=outcome(lambda: np.take(a, ind, axis=axis)))
        along = [s if rng.random() < 0.6 else 1 for s in shape]
        if axis is not None and -ndim <= axis < ndim:
            along[axis] = rng.choice([0, 1, 2, 3])
        else:
            along = [rng.choice([0, 2, 3])]
        hi2 = max(length - 1, 0) + (1 if rng.random() < 0.1 else 0)
        ind2 = np.array([rng.randint(-length if length else 0, hi2) for _ in range(int(np.prod(along)))], dtype=np.int64).reshape(along)
        add("takeAlongAxis", a, "I" + enc(ind2), axis=str(axis), expected=outcome(lambda: np.take_along_axis(a, ind2, axis=axis)))

    for n in range(60):
        ndim = rng.choice([0, 1, 2, 3])
        shape = tuple(rng.choice([0, 1, 2, 3, 4]) for _ in range(ndim))
        dtype = rng.choice(DTYPES)
        a = source(rng, dtype, shape)
        if dtype.startswith("float") and a.size and n % 5 == 0:
            a.ravel()[0] = np.nan
        add("nonzero", a, expected=outcome(lambda: np.nonzero(a)))
        add("argwhere", a, expected=outcome(lambda: np.argwhere(a)))
        add("flatnonzero", a, expected=outcome(lambda: np.flatnonzero(a)))
        axis = rng.choice([None] + list(range(-ndim, ndim))) if ndim else None
        add("countNonzero", a, axis=str(axis), expected=outcome(lambda: np.asarray(np.count_nonzero(a, axis=axis), dtype=np.int64)))
    return out


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    rows = cases()
    with open(OUT, "w") as f:
        f.write("# Generated by runtime/src/test/python/gen_fancy_fixtures.py with NumPy " + np.__version__ + "; do not edit.\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()
