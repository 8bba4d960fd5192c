#!/usr/bin/env python3
"""Correctly rounded values (mpmath, 160 bits) of issue 16's float64 functions (and log10, log1p, expm1), for their ulp bounds.

    python3 ir/src/test/python/gen_ufunc_mpmath.py [N] [OUTDIR]
    python3 ir/src/test/python/gen_ufunc_mpmath.py --append-worst   # only add WORST's lines to the fixtures

For each function, N arguments (default 1,000,000) are drawn (see args()): uniform over the usual
range, log-uniform magnitudes over the whole domain with both signs, subnormals, and the special
values; OUTDIR/<name>.bin gets, per argument, little-endian doubles x (and y), the correctly rounded
value r and the rest (exact - r) rounded, which UfuncAccuracyMeasure reads to give the error in ulps.
A sample of 2000 lines per function (plus the worst arguments listed in WORST, found by that
measurement) is written to ir/src/test/resources/ufunc-mpmath/<name>.txt for UfuncAccuracyTest:
hex bits of x (y), then of the correctly rounded value.
"""

import math
import os
import random
import struct
import sys

import mpmath

mpmath.mp.prec = 160
HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "resources", "ufunc-mpmath")
rnd = random.Random(16)

# name: (mpmath function, arity, uniform range, log2 magnitude range, sign allowed negative)
FUNCTIONS = {
    "tan": (mpmath.tan, 1, (-4, 4), (-1074, 1023), True),
    "arcsin": (mpmath.asin, 1, (-1, 1), (-1074, 0), True),
    "arccos": (mpmath.acos, 1, (-1, 1), (-1074, 0), True),
    "arctan": (mpmath.atan, 1, (-10, 10), (-1074, 1023), True),
    "sinh": (mpmath.sinh, 1, (-30, 30), (-1074, 9.47), True),
    "cosh": (mpmath.cosh, 1, (-30, 30), (-1074, 9.47), True),
    "arcsinh": (mpmath.asinh, 1, (-30, 30), (-1074, 1023), True),
    "arccosh": (mpmath.acosh, 1, (1, 30), (0, 1023), False),
    "arctanh": (mpmath.atanh, 1, (-1, 1), (-1074, 0), True),
    "exp2": (lambda x: mpmath.power(2, x), 1, (-30, 30), (-1074, 10.1), True),
    "cbrt": (lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)), 1, (-30, 30), (-1074, 1023), True),
    "arctan2": (mpmath.atan2, 2, (-10, 10), (-1074, 1023), True),
    "hypot": (mpmath.hypot, 2, (-10, 10), (-1074, 1023), True),
    "log10": (mpmath.log10, 1, (0, 10), (-1074, 1023), False),
    "log1p": (mpmath.log1p, 1, (-1, 2), (-1074, 1023), True),
    "expm1": (mpmath.expm1, 1, (-2, 2), (-1074, 9.48), True),
}
# Arguments found worst by UfuncAccuracyMeasure on the million (x's bits, and y's), kept in the fixtures;
# the second ones of sinh and the inverse hyperbolic functions were fdlibm's worst (up to 2 ulps from
# correctly rounded), before the Newton step of Hyperbolic.
WORST = {"tan": [("68451a31a0bf6b41",)], "arcsin": [("bfe04137564bc3b0",)], "arccos": [("bfe01f27e2b8136c",)],
         "arctan": [("400533209412b670",)], "sinh": [("40395a00069274b0",), ("3feaf2f02078cfa0",), ("402846b3dce4ddd4",)],
         "cosh": [("c00372d7d208c958",), ("403cc733e45f0cba",)], "arcsinh": [("f6a56e16b66253ae",), ("3fcfc34267a48f00",)],
         "arccosh": [("42a867ce461e6766",), ("3ff07ac6a00598f2",)], "arctanh": [("3fdd5bef79200d24",), ("3fcd1fda2da38160",)],
         "exp2": [("c003bd887d26e400",), ("c01df413085f130c",)], "cbrt": [("7544ae227a14badd",)],
         "arctan2": [("bff8638c9b651670", "4017fe6367a756ba")], "hypot": [("8001b3e7f8792ecf", "0176e480c2dbe881")],
         "log10": [("3ff539660a2490f5",), ("3ffb0d21656b1805",)], "log1p": [("bfd32a13af3025d2",)], "expm1": [("3fd68ca01d4e0320",)]}
# The second of log10 was StrictMath.log10's worst (1.80 ulps), before Log10; the first of exp2 StrictMath.pow(2, x)'s, before Exp2;
# the first of cosh StrictMath.cosh's (1.25 ulps), before Hyperbolic.cosh.


def draw(uniform, logs, negative):
    u = rnd.random()
    if u < 0.45:
        return rnd.uniform(*uniform)
    if u < 0.95:
        e = rnd.uniform(*logs)
        x = math.ldexp(1.0 + rnd.random(), 0) * 2.0 ** min(e, 1023) if e < 1023 else rnd.uniform(1, 2) * 2.0 ** 1023
        x = min(x, 1.7976931348623157e308)
    else:
        x = rnd.randrange(1, 1 << 52) * 2.0 ** -1074  # subnormal
    return -x if negative and rnd.random() < 0.5 else x


def args(name, n):
    _, arity, uniform, logs, negative = FUNCTIONS[name]
    special = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 5e-324, 2.0 ** -1022, 1.7976931348623157e308]
    out = []
    for i in range(n):
        if arity == 1:
            out.append((special[i],) if i < len(special) else (draw(uniform, logs, negative),))
        else:
            out.append((draw(uniform, logs, negative), draw(uniform, logs, negative)) if i >= 100
                       else (special[i % 10], special[i // 10]))
    return out


# C99's answers at zeros, infinities and NaN (signed zeros, atan2's quadrants), which mpmath has no signed zero for.
SPECIAL = {
    "tan": math.tan, "arcsin": math.asin, "arccos": math.acos, "arctan": math.atan, "sinh": math.sinh,
    "cosh": math.cosh, "arcsinh": math.asinh, "arccosh": math.acosh, "exp2": lambda x: math.pow(2.0, x),
    "cbrt": math.cbrt, "arctan2": math.atan2, "hypot": math.hypot,
    "arctanh": lambda x: math.copysign(math.inf, x) if abs(x) == 1 else math.atanh(x),
    "log10": lambda x: -math.inf if x == 0 else math.log10(x), "log1p": math.log1p, "expm1": math.expm1,
}


def exact(name, xs):
    f = FUNCTIONS[name][0]
    if any(x == 0 or math.isinf(x) or math.isnan(x) for x in xs):
        try:
            return SPECIAL[name](*xs), 0.0
        except (ValueError, OverflowError):
            return math.nan, 0.0
    try:
        v = f(*[mpmath.mpf(x) for x in xs])
    except (ValueError, ZeroDivisionError):
        return math.nan, 0.0
    if isinstance(v, mpmath.mpc):
        return math.nan, 0.0
    if mpmath.isinf(v):
        return (math.inf if v > 0 else -math.inf), 0.0
    r = float(v)  # round to nearest (mpmath's to_float), subnormals included
    if math.isinf(r):
        return r, 0.0
    return r, float(v - mpmath.mpf(r))


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def append_worst():
    for name, worst in WORST.items():
        with open(os.path.join(FIXTURES, name + ".txt"), "a") as w:
            for a in worst:
                xs = tuple(struct.unpack("<d", bytes.fromhex(h)[::-1])[0] for h in a)
                w.write(" ".join(bits(x) for x in xs) + " " + bits(exact(name, xs)[0]) + "\n")


def main():
    if sys.argv[1:] == ["--append-worst"]:
        append_worst()
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    outdir = sys.argv[2] if len(sys.argv) > 2 else "/tmp/ufunc-mpmath"
    names = sys.argv[3].split(",") if len(sys.argv) > 3 else list(FUNCTIONS)
    os.makedirs(outdir, exist_ok=True)
    os.makedirs(FIXTURES, exist_ok=True)
    for name in names:
        rows = []
        with open(os.path.join(outdir, name + ".bin"), "wb") as w:
            for xs in args(name, n) + [tuple(struct.unpack("<d", bytes.fromhex(h)[::-1])[0] for h in a) for a in WORST.get(name, [])]:
                r, rest = exact(name, xs)
                w.write(struct.pack("<%dd" % (len(xs) + 2), *xs, r, rest))
                rows.append((xs, r))
        sample = rows[:10] + rnd.sample(rows[10:n], min(2000, n - 10)) + rows[n:]
        with open(os.path.join(FIXTURES, name + ".txt"), "w") as w:
            w.write("# %s: x%s and the correctly rounded value (mpmath, 160 bits) as IEEE bits in hex; made by\n"
                    "# ir/src/test/python/gen_ufunc_mpmath.py: the special values, a sample of the %d arguments measured, then the worst\n"
                    % (name, " y" if FUNCTIONS[name][1] == 2 else "", n))
            for xs, r in sample:
                w.write(" ".join(bits(x) for x in xs) + " " + bits(r) + "\n")
        print(name, "done", flush=True)


if __name__ == "__main__":
    main()
