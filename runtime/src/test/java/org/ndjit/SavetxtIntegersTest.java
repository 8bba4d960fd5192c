package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * savetxt of integers as NumPy 2.4 writes them: {@code %d} gives every digit (uint64 up to 2^64 - 1),
 * the float conversions format {@code float(value)} as Python's {@code %} does (so int64 values above
 * 2^53 and uint64 values above 2^63 print rounded to float64). Expected bytes from
 * {@code np.savetxt(f, np.array([2**64-1, 2**63, 5], dtype=np.uint64), fmt=...)} and the int64 twin.
 */
class SavetxtIntegersTest {
    @TempDir
    Path dir;

    private String saved(NDArray a, String fmt) throws Exception {
        Path p = dir.resolve("a.txt");
        Np.savetxt(p, a, TextOptions.defaults().fmt(fmt));
        return Files.readString(p);
    }

    @Test
    void uint64AboveTwoToThe63PrintsNumpysDigits() throws Exception {
        NDArray u = Np.array(new long[] {-1, Long.MIN_VALUE, 5}, DType.UINT64);
        assertEquals("1.844674407370955162e+19\n9.223372036854775808e+18\n5.000000000000000000e+00\n", saved(u, "%.18e"));
        assertEquals("18446744073709551615\n9223372036854775808\n5\n", saved(u, "%d"));
        assertEquals("18446744073709551616.000\n9223372036854775808.000\n     5.000\n", saved(u, "%10.3f"));
        assertEquals("1.84467e+19\n9.22337e+18\n5\n", saved(u, "%g"));
    }

    @Test
    void int64FloatConversionsFormatTheValueAsAFloat() throws Exception {
        NDArray i = Np.array(new long[] {(1L << 62) + 1, -5});
        assertEquals("4.611686018427387904e+18\n-5.000000000000000000e+00\n", saved(i, "%.18e"));
        assertEquals("4611686018427387905\n-5\n", saved(i, "%d"));
        assertEquals("4611686018427387904.000\n    -5.000\n", saved(i, "%10.3f"));
    }
}
