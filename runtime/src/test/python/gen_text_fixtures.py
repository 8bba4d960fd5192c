"""Writes runtime/src/test/resources/text/format.tsv: Python's %-formatting of float64 values (the
rules np.savetxt writes with), one line per (format, value): the format, the value's bits in hex, and
Python's text. Run from the repository root: python3 runtime/src/test/python/gen_text_fixtures.py"""
import struct, random, math

FORMATS = ["%.18e", "%e", "%.3e", "%E", "%.0e", "%#.0e", "%f", "%.3f", "%.0f", "%#.0f", "%.20f", "%g", "%.3g", "%.10g",
           "%G", "%#g", "%.0g", "%d", "%+.2f", "% .2f", "%10.3f", "%-10.3f|", "%010.3f", "%5d", "%-5d|", "%05d", "%.17g"]
special = [0.0, -0.0, 0.1, 0.125, 0.5, 1.5, 2.5, -2.5, 1e-5, 1e-4, 9.9999e-5, 123456.789, 1e15, 1e16, 1e20, 1e300, 5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, 0.045, 0.0005, 999999.5, 9.5, 0.95, 1234567.0, -1e-10,
           float("nan"), float("inf"), float("-inf")]
rnd = random.Random(5)
values = special + [rnd.uniform(-1, 1) * 10 ** rnd.randint(-12, 12) for _ in range(60)]
with open("runtime/src/test/resources/text/format.tsv", "w") as out:
    out.write("# format\tvalue bits (hex)\tPython's text\n")
    for fmt in FORMATS:
        for v in values:
            if fmt.endswith("d") or fmt.endswith("d|"):
                if not math.isfinite(v):
                    continue
            bits = struct.unpack("<Q", struct.pack("<d", v))[0]
            out.write(f"{fmt}\t{bits:016x}\t{fmt % v}\n")
