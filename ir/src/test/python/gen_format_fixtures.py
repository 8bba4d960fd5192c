"""Regenerates the NumPy fixtures in NumpyFormatTest.java (run by hand: python3 gen_format_fixtures.py).

Every expected string is str(arr) from the installed NumPy with default print options. The script
rewrites the lines between the BEGIN/END GENERATED markers of the test; the test itself never needs
Python. Data reach Java as exact literals: float64 by repr (shortest round-trip), float32 by its own
shortest repr with an 'f' suffix, integers as long literals.
"""
import os
import tempfile
from pathlib import Path

import numpy as np

TEST = (Path(__file__).resolve().parent.parent
        / "java" / "org" / "ndjit" / "ir" / "NumpyFormatTest.java")
BEGIN, END = "// BEGIN GENERATED", "// END GENERATED"
DTYPES = {np.bool_: "BOOL", np.int32: "INT32", np.int64: "INT64",
          np.float32: "FLOAT32", np.float64: "FLOAT64"}
EDGE = 3

f32, f64 = np.float32, np.float64
nan, inf = np.nan, np.inf


def java_string(s):
    """A Java string expression, one source line per printed line."""
    lines = s.split("\n")
    parts = []
    for i, line in enumerate(lines):
        text = line.replace("\\", "\\\\").replace('"', '\\"')
        parts.append('"' + text + ("\\n" if i < len(lines) - 1 else "") + '"')
    return "\n                + ".join(parts)


def java_float(v, dtype):
    if np.isnan(v):
        return "Double.NaN"
    if np.isinf(v):
        return ("-" if v < 0 else "") + "Double.POSITIVE_INFINITY"
    return str(v) + "f" if dtype == f32 else repr(float(v))


def shape_expr(shape):
    return "shape(" + ", ".join(f"{d}L" if d > 2**31 - 1 else str(d) for d in shape) + ")"


def explicit(name, a):
    a = np.asarray(a)
    kind, dtype = a.dtype.kind, a.dtype.type
    flat = a.ravel()
    if kind == "f":
        data = "new double[] {" + ", ".join(java_float(v, dtype) for v in flat) + "}"
        factory = "floats"
    elif kind == "b":
        data = "new boolean[] {" + ", ".join("true" if v else "false" for v in flat) + "}"
        factory = "bools"
    else:
        data = "new long[] {" + ", ".join(f"{int(v)}L" for v in flat) + "}"
        factory = "ints"
    dt = "" if kind == "b" else f"{DTYPES[dtype]}, "
    return (f'{factory}("{name}", {dt}{shape_expr(a.shape)}, {data},\n'
            f"                {java_string(str(a))})")


def arange(name, dtype, shape, start, step):
    """Element i is start + i * step, as the Java helper computes it: in float64 and then cast for a
    float dtype, in int64 for an integer one (start and step must then be integers exact in float64)."""
    n = int(np.prod(shape))
    if np.dtype(dtype).kind == "f":
        a = (start + np.arange(n, dtype=f64) * step).astype(dtype)
    else:
        a = (int(start) + np.arange(n, dtype=np.int64) * int(step)).astype(dtype)
    a = a.reshape(shape)
    return (f'arange("{name}", {DTYPES[dtype]}, {shape_expr(shape)}, {float(start)!r}, {float(step)!r},\n'
            f"                {java_string(str(a))})")


def shown(n):
    return list(range(n)) if n <= 2 * EDGE else list(range(EDGE)) + list(range(n - EDGE, n))


def huge(name, shape):
    """An int64 array whose element i is i, too big to hold: a sparse memmap with only the printed
    corners written, so NumPy prints it for real while the disk holds a few blocks."""
    fd, path = tempfile.mkstemp(suffix=".bin")
    os.close(fd)
    try:
        a = np.memmap(path, dtype=np.int64, mode="w+", shape=shape)
        strides = [int(np.prod(shape[k + 1:])) for k in range(len(shape))]
        count = 0
        for idx in np.ndindex(*[len(shown(d)) for d in shape]):
            pos = tuple(shown(d)[j] for d, j in zip(shape, idx))
            a[pos] = sum(p * s for p, s in zip(pos, strides))
            count += 1
        text = str(a)
        del a
    finally:
        os.remove(path)
    return (f'huge("{name}", {shape_expr(shape)}, {count},\n'
            f"                {java_string(text)})")


def cases():
    yield explicit("int_1d", np.array([11, 12, 13, 14, 15], dtype=np.int64))
    yield explicit("int_negative", np.array([-5, 3, -120, 7], dtype=np.int32))
    yield explicit("int64_extremes", np.array([np.iinfo(np.int64).min, -1, 0, np.iinfo(np.int64).max]))
    yield explicit("int32_extremes", np.array([np.iinfo(np.int32).min, 0, np.iinfo(np.int32).max], dtype=np.int32))
    yield arange("int_3x4", np.int64, (3, 4), 0, 1)
    yield arange("int_2x3x4", np.int32, (2, 3, 4), 0, 1)
    yield arange("int_2x2x2x2", np.int64, (2, 2, 2, 2), -8, 1)
    yield arange("int_1x1x3", np.int64, (1, 1, 3), 7, 1)
    yield arange("int_wraps_long_row", np.int64, (100,), 0, 1000)
    # Rows that end exactly one column past the wrap limit (str differs from linewidth=76):
    yield arange("int_wrap_boundary_1d", np.int64, (25,), 0, 1)
    yield arange("int_wrap_boundary_4d", np.int64, (1, 1, 1, 23), 10, 1)
    yield arange("int_wrap_boundary_4d_summarized", np.int64, (1, 1, 1001, 7), 10**11, 1)
    yield arange("int_ellipsis_wrap_boundary_5d", np.int64, (1, 1, 1, 1001, 7), -2**63, 1)
    # Deep enough that one word is wider than the line: it stays on its line instead of wrapping.
    yield explicit("int_32d_word_wider_than_line",
                   np.array([np.iinfo(np.int64).min, 5, 6]).reshape((1,) * 31 + (3,)))
    yield arange("int_1001_summarized", np.int64, (1001,), 0, 1)
    yield arange("int_10000_summarized", np.int64, (10000,), 0, 1)
    yield arange("int_40x40_summarized", np.int32, (40, 40), 0, 1)
    yield arange("int_10x10x12_summarized", np.int64, (10, 10, 12), 0, 1)
    yield arange("int_2x600_summarized_rows_short", np.int64, (2, 600), 0, 1)
    yield arange("int_500x3_summarized_columns_short", np.int32, (500, 3), 0, -1)
    yield explicit("int_0d", np.array(3))
    yield explicit("int32_0d_negative", np.array(-7, dtype=np.int32))
    yield explicit("int64_0d_min", np.array(np.iinfo(np.int64).min))

    yield explicit("bool_1d", np.array([True, False, True]))
    yield explicit("bool_2x3", np.array([[True, False, False], [False, True, True]]))
    yield explicit("bool_0d_true", np.array(True))
    yield explicit("bool_0d_false", np.array(False))

    yield explicit("float_quarters", np.array([0.0, 0.25, 0.5, 0.75, 1.0]))
    yield explicit("float_integral", np.array([1.0, 2.0, 3.0]))
    yield explicit("float_integral_with_nan", np.array([1.0, nan, 3.0]))
    yield explicit("float_nan_inf", np.array([nan, inf, -inf]))
    yield explicit("float_only_nan", np.array([nan, nan]))
    yield explicit("float_only_inf", np.array([inf, inf]))
    yield explicit("float_negative_zero", np.array([-0.0, 1.0]))
    yield explicit("float_zero_and_negative_zero", np.array([0.0, -0.0]))
    yield explicit("float_negative_values", np.array([-1.5, 2.25, -300.125]))
    yield explicit("float_precision_cut", np.array([1 / 3, 2 / 3, 0.1]))
    yield explicit("float_maxprec_mixed_digits", np.array([0.123456789123, 1.5, 10.0]))
    yield explicit("float_round_half_even_at_cutoff", np.array([0.123456785, 0.123456775, 1.000000005]))
    yield explicit("float_exact_tie_rounds_to_even", np.array([1 / 512, 1.0]))
    yield explicit("float_sci_exact_tie_rounds_to_even", np.array([1234567885.0]))
    yield explicit("float_sci_small", np.array([1e-05, 1e10]))
    yield explicit("float_sci_large", np.array([1.23456789e10, 1.0]))
    yield explicit("float_sci_min_below_1e-4", np.array([0.00001234, 0.5]))
    yield explicit("float_sci_ratio_over_1000", np.array([0.001, 1.0, 1000.0]))
    yield explicit("float_ratio_exactly_1000", np.array([1.0, 1000.0]))
    yield explicit("float_positional_ratio_500", np.array([0.002, 1.0]))
    yield explicit("float_max_1e8_is_sci", np.array([1e8, 2.0e8]))
    yield explicit("float_just_below_1e8", np.array([99999999.0, 90000000.5]))
    yield explicit("float_1e16_integral", np.array([1e16, 1.0]))
    yield explicit("float_sci_three_digit_exponent", np.array([1e-100, 1e100, -2.5e5]))
    yield explicit("float_sci_with_nan_and_neg_inf", np.array([1e-10, nan, -inf, 3.0]))
    yield explicit("float_sci_with_zero", np.array([0.0, 1e-7, -0.0]))
    yield explicit("float_subnormal", np.array([5e-324, 1.0]))
    yield explicit("float_3x4", np.arange(12).reshape(3, 4) / 8)
    yield explicit("float_2x3x4", (np.arange(24).reshape(2, 3, 4) - 12) / 3)
    yield explicit("float_2x2_nan", np.array([[1.0, nan], [-inf, 0.5]]))
    yield explicit("float_wraps_long_row", np.arange(30) / 7)
    yield explicit("float_2d_wrapped_rows", np.arange(40).reshape(2, 20) / 3)
    yield arange("float_2000_summarized", f64, (2000,), 0.0, 0.5)
    yield arange("float_40x40_summarized", f64, (40, 40), -1.0, 0.125)

    yield explicit("float32_shortest_digits", np.array([0.1, 1 / 3, 2.5], dtype=f32))
    yield explicit("float32_sci_from_1e6", np.array([1e6, 2e6], dtype=f32))
    yield explicit("float32_positional_below_1e6", np.array([999999.0, 2e5], dtype=f32))
    yield explicit("float32_1e-4_compared_in_float32", np.array([1e-4, 2e-4], dtype=f32))
    yield explicit("float32_sci_exact_extra_digits", np.array([122.537186, 0.1], dtype=f32))
    yield explicit("float32_large", np.array([16777216.0, 3.4028235e38], dtype=f32))
    yield explicit("float32_nan_neg_zero", np.array([nan, -0.0, 1.25], dtype=f32))
    yield explicit("float32_2x3", np.array([[0.1, 0.2, 0.3], [1.7, -2.9, 100.5]], dtype=f32))
    yield arange("float32_1001_summarized", f32, (1001,), 0.0, 0.1)

    for v in [5.0, 0.1, 1e20, 1e16, 9999999999999998.0, 1e-4, 9.9e-5, 1.5e20, -0.0, nan, -inf,
              123456789.0, 1e-5, 5e-324,
              1.801439850948199e+16,  # a shortest digit string at the interval end: even mantissa keeps it
              2.0 ** -1017]:          # at a power of two the interval below is half as wide
        yield explicit(f"float64_0d_{v!r}", np.array(v))
    for v in [0.1, 1 / 3, 123456789.0, 1e6, 999999.0, 1e-4, -2.5, inf, 134217800.0, 2.0 ** 25]:
        yield explicit(f"float32_0d_{v!r}", np.array(v, dtype=f32))

    yield explicit("empty_float_0", np.zeros((0,)))
    yield explicit("empty_float_2x0", np.zeros((2, 0)))
    yield explicit("empty_int_0x3", np.zeros((0, 3), dtype=np.int64))
    yield explicit("empty_bool_2x0x3", np.zeros((2, 0, 3), dtype=bool))

    yield huge("huge_1d_3e9", (3_000_000_000,))
    yield huge("huge_3d_8e9", (2000, 2000, 2000))


def main():
    body = ",\n            ".join(cases())
    text = TEST.read_text()
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    indent = " " * 12
    TEST.write_text(f"{head}{BEGIN} by src/test/python/gen_format_fixtures.py with NumPy {np.__version__}\n"
                    f"{indent}{body}\n{indent}{END}{tail}")


if __name__ == "__main__":
    main()
