package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NumPy's answers (runtime/src/test/python/gen_narrow_fixtures.py, NumPy 2.x) for issue 17's remaining
 * gaps: uint64 compared exactly with every signed integer dtype and with negative weak ints (NumPy
 * 2's qQ/Qq loops, not float64), and float16 arrays and scalars printed as NumPy's str() prints them.
 */
class NarrowDtypeFixturesTest {
    @TestFactory
    Stream<DynamicTest> uint64ComparesExactlyWithSignedIntegers() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines("/narrow/comparisons.tsv")) {
            String[] f = line.split("\t");
            tests.add(DynamicTest.dynamicTest(f[1] + " " + f[0] + " " + f[3] + " " + (f[3].equals("weak") ? f[4] : ""), () -> {
                NDArray left = array(f[2], DType.named(f[1]));
                NDArray result;
                if (f[3].equals("weak")) {
                    result = compare(f[0], left, Long.parseLong(f[4]));
                } else {
                    NDArray right = array(f[4], DType.named(f[3]));
                    result = compare(f[0], left.reshape(left.size(), 1), right.reshape(1, right.size()));
                }
                boolean[] got = result.toBooleanArray();
                StringBuilder bits = new StringBuilder();
                for (boolean b : got) bits.append(b ? '1' : '0');
                assertEquals(f[5], bits.toString());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> float16PrintsAsNumPyPrintsIt() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines("/narrow/float16_repr.tsv")) {
            String[] f = line.split("\t");
            tests.add(DynamicTest.dynamicTest(f[0] + " " + f[3], () -> {
                String[] hex = f[1].split(",");
                float[] values = new float[hex.length]; // exact as float, so the cast back to float16 keeps the bits
                for (int i = 0; i < hex.length; i++) values[i] = Float.float16ToFloat((short) Integer.parseInt(hex[i], 16));
                NDArray a = Np.array(values).astype(DType.FLOAT16);
                if (f[0].equals("scalar")) a = a.reshape();
                assertEquals(f[3].replace("\\n", "\n"), a.toString());
            }));
        }
        return tests.stream();
    }

    private static NDArray compare(String op, NDArray a, NDArray b) {
        return switch (op) {
            case "less" -> a.lt(b);
            case "less_equal" -> a.le(b);
            case "greater" -> a.gt(b);
            case "greater_equal" -> a.ge(b);
            case "equal" -> a.eq(b);
            case "not_equal" -> a.ne(b);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static NDArray compare(String op, NDArray a, long weak) {
        return switch (op) {
            case "less" -> a.lt(weak);
            case "less_equal" -> a.le(weak);
            case "greater" -> a.gt(weak);
            case "greater_equal" -> a.ge(weak);
            case "equal" -> a.eq(weak);
            case "not_equal" -> a.ne(weak);
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Comma-separated decimals (uint64 up to 2^64 - 1) as an array of {@code dtype}, through their bits. */
    private static NDArray array(String values, DType dtype) {
        long[] v = Arrays.stream(values.split(",")).mapToLong(s -> new BigInteger(s).longValue()).toArray();
        return Np.array(v).astype(dtype);
    }

    private static List<String> lines(String resource) throws IOException, java.net.URISyntaxException {
        return Files.readAllLines(Path.of(NarrowDtypeFixturesTest.class.getResource(resource).toURI())).stream().filter(l -> !l.isBlank()).toList();
    }
}
