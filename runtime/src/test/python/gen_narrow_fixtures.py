"""Fixtures for issue 17's compiled loops (NarrowDtypeFixturesTest), written by NumPy 2.x.

comparisons.tsv: uint64 against each signed integer dtype (and negative weak ints), which NumPy 2
compares exactly (its qQ/Qq loops), never through float64. One line per case:
  op  left_dtype  left_values  right_dtype_or_weak  right_values  result
values comma-separated (uint64 as unsigned decimals), result as 0/1 over the broadcast left[:, None] op right[None, :].

float16_repr.tsv: repr() and str() of float16 arrays and scalars: name, values as float16 bit patterns (hex), repr, str.
Run: python3 runtime/src/test/python/gen_narrow_fixtures.py  (from the repository root)
"""
import numpy as np
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "narrow")
OPS = {"less": np.less, "less_equal": np.less_equal, "greater": np.greater,
       "greater_equal": np.greater_equal, "equal": np.equal, "not_equal": np.not_equal}
U = [0, 1, 5, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**63 + 1, 2**64 - 1]


def signed_values(t):
    info = np.iinfo(t)
    vals = [info.min, info.min + 1, -1, 0, 1, 5, info.max - 1, info.max]
    if t == np.int64:
        vals += [2**53, 2**53 + 1, -(2**53) - 1]
    return vals


def joined(a):
    return ",".join(str(int(x)) for x in a)


def comparisons():
    lines = []
    u = np.array(U, dtype=np.uint64)
    for t in (np.int8, np.int16, np.int32, np.int64):
        s = np.array(signed_values(t), dtype=t)
        for name, f in OPS.items():
            lines.append("\t".join([name, "uint64", joined(u), np.dtype(t).name, joined(s),
                                    "".join("1" if b else "0" for b in f(u[:, None], s[None, :]).ravel())]))
            lines.append("\t".join([name, np.dtype(t).name, joined(s), "uint64", joined(u),
                                    "".join("1" if b else "0" for b in f(s[:, None], u[None, :]).ravel())]))
    for weak in (-1, -(2**63)):
        for name, f in OPS.items():
            lines.append("\t".join([name, "uint64", joined(u), "weak", str(weak),
                                    "".join("1" if b else "0" for b in f(u, weak).ravel())]))
    for weak in (-1, 300, 2**40):
        small = np.array([0, 1, 200, 255], dtype=np.uint8)
        for name, f in OPS.items():
            lines.append("\t".join([name, "uint8", joined(small), "weak", str(weak),
                                    "".join("1" if b else "0" for b in f(small, weak).ravel())]))
    with open(os.path.join(OUT, "comparisons.tsv"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


def float16_cases():
    rng = np.random.default_rng(17)
    cases = {
        "simple": [1.0, 2.0],
        "halves": [1.0, 2.5, -0.5],
        "specials": [1.0, 2.5, np.nan, np.inf, -np.inf, 65504.0, 6e-8, 1e-5, 0.1],
        "tenths": [0.1, 0.2, 0.3],
        "small_large": [1e-5, 1e4],
        "max": [65504.0, -65504.0],
        "subnormals": [6e-8, 1.2e-7, 6.1e-5],
        "zeros": [0.0, -0.0],
        "nan_only": [np.nan],
        "integers": [1.0, 10.0, 100.0, 1000.0],
        "wide_ratio": [0.001, 2.0],
        "pi": [3.14159, -2.71828, 1.41421],
        "large": [2048.0, 4097.0, 30000.0],
        "random": list(rng.standard_normal(7) * 10),
        "random_tiny": list(rng.standard_normal(5) * 1e-3),
        "inf_and_small": [np.inf, 0.5, -0.25],
    }
    lines = []
    for name, values in cases.items():
        a = np.array(values, dtype=np.float16)
        bits = ",".join("%04x" % int(b) for b in a.view(np.uint16))
        lines.append("\t".join([name, bits, repr(a).replace("\n", "\\n"), str(a).replace("\n", "\\n")]))
    for v in [0.1, 3.14159, 65504.0, 6e-8, 1e-5, 1e-4, 12345.0, np.nan, -np.inf, -0.0, 0.0, 1.0, 2.5e-5, 0.000123]:
        s = np.float16(v)
        bits = "%04x" % int(np.array(s).view(np.uint16))
        lines.append("\t".join(["scalar", bits, repr(np.array(s)).replace("\n", "\\n"), str(s)]))
    with open(os.path.join(OUT, "float16_repr.tsv"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    comparisons()
    float16_cases()
