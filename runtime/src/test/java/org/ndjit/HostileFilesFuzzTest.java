package org.ndjit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random damage to valid {@code .npy} and {@code .npz} files (bit and byte flips, truncations, appended
 * bytes, mutations of the header text such as long digit runs, deep nesting, deleted or repeated pieces),
 * seeded and bounded in time. Every case must either load the original values or throw an IOException
 * whose message starts with the file name, within {@link #PER_CASE_MS} of CPU time; any other exception, a hang or
 * different values fail the test, which names the seed and the case.
 *
 * <p>One allowance, because the format has no checksum: a damaged {@code .npy} header may still be a
 * valid header that says something else (a flipped bit turns {@code '<f8'} into {@code '>f8'}); its
 * data then loads as the new header says. Only a header that reads the same as the original must give
 * the original values. {@code .npz} members are checksummed, so an archive that loads must hold exactly
 * the original arrays (a flipped bit in a member's name in the central directory only renames it, as in
 * Python's zipfile, so names are not compared).
 */
class HostileFilesFuzzTest {
    /** {@code -Dndjit.fuzzSeed=...} and {@code -Dndjit.fuzzScale=10} explore further than the default run. */
    private static final long SEED = Long.getLong("ndjit.fuzzSeed", 0x5EED_2026_1206L);
    private static final int SCALE = Integer.getInteger("ndjit.fuzzScale", 1);
    private static final int NPY_CASES = 1800 * SCALE, NPZ_CASES = 1200 * SCALE;
    private static final long PER_CASE_MS = 2000;
    private static final String POOL = "(){}[]'\",:0123456789eE.+-_ \\xuUL\nTFN<>|=fib?";

    @TempDir
    Path tmp;

    private Random random;
    private int caseNo;

    private static List<NDArray> originals() {
        NDArray f64 = Np.array(new double[] {1.5, -0.0, Double.NaN, 1e300, -2, 3, 4, 5, 6, 7, 8, 9}).reshape(3, 4);
        NDArray f32 = Np.array(new float[] {0.25f, -1f, Float.POSITIVE_INFINITY, 7f, 8f});
        NDArray i64 = Np.array(new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE, 42}).reshape(2, 3);
        NDArray i32 = Np.array(new int[] {1, 2, 3, 4, 5, 6, 7, 8}).reshape(2, 2, 2);
        NDArray b = Np.array(new boolean[] {true, false, true, true, false});
        NDArray empty = Np.array(new double[0]).reshape(0, 3);
        NDArray scalar = Np.array(new double[] {2.5}).reshape();
        return List.of(f64, f32, i64, i32, b, empty, scalar);
    }

    @Test
    void damagedFilesLoadTheOriginalValuesOrFailWithAnIOExceptionNamingTheFile() throws Exception {
        random = new Random(SEED);
        List<NDArray> arrays = originals();
        // valid files: every array in native and swapped byte order, C and Fortran order
        List<byte[]> npys = new ArrayList<>();
        List<NDArray> npyArrays = new ArrayList<>();
        int k = 0;
        for (NDArray a : arrays) {
            for (int variant = 0; variant < 3; variant++) {
                Path p = tmp.resolve("orig" + k++ + ".npy");
                ByteOrder order = variant == 1 ? (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                        : ByteOrder.nativeOrder();
                NpyFiles.save(p, a, order, variant == 2);
                npys.add(Files.readAllBytes(p));
                npyArrays.add(a);
            }
        }
        Map<String, NDArray> members = new LinkedHashMap<>();
        for (int i = 0; i < arrays.size(); i++) members.put("a" + i, arrays.get(i));
        Path stored = tmp.resolve("orig.npz"), compressed = tmp.resolve("origc.npz");
        NpyFiles.savez(stored, members);
        NpyFiles.savezCompressed(compressed, members);
        List<byte[]> npzs = List.of(Files.readAllBytes(stored), Files.readAllBytes(compressed));
        List<NDArray> npzArrays = new ArrayList<>(members.values());

        long t0 = System.nanoTime();
        long[] slowest = {0}, npyMs = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(120L * SCALE), () -> {
            for (int i = 0; i < NPY_CASES; i++) {
                int which = random.nextInt(npys.size());
                npyCase(npys.get(which), npyArrays.get(which), slowest);
            }
            npyMs[0] = (System.nanoTime() - t0) / 1_000_000;
            for (int i = 0; i < NPZ_CASES; i++) npzCase(npzs.get(random.nextInt(2)), npzArrays, slowest);
        }, () -> "seed " + SEED + ", case " + caseNo + ": a hang");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("HostileFilesFuzzTest: %d cases in %d ms (.npy %d ms), slowest %d ms of CPU time%n", NPY_CASES + NPZ_CASES, ms, npyMs[0], slowest[0]);
    }

    // ---------------------------------------------------------------- .npy

    private void npyCase(byte[] original, NDArray expected, long[] slowest) throws Exception {
        caseNo++;
        int headerLength = headerLength(original);
        String dict = new String(original, 10, headerLength - 10, StandardCharsets.ISO_8859_1).strip();
        byte[] data = Arrays.copyOfRange(original, headerLength, original.length);
        String what;
        byte[] bad;
        switch (random.nextInt(6)) {
            case 0 -> { // bit flips in the header (flips in the data are new values of an unchecked format)
                bad = original.clone();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) bad[random.nextInt(headerLength)] ^= (byte) (1 << random.nextInt(8));
                what = n + " bit flips in the header";
            }
            case 1 -> {
                int len = random.nextInt(original.length);
                bad = Arrays.copyOf(original, len);
                what = "truncated to " + len + " bytes";
            }
            case 2 -> {
                bad = Arrays.copyOf(original, original.length + 1 + random.nextInt(64));
                for (int i = original.length; i < bad.length; i++) bad[i] = (byte) random.nextInt(256);
                what = "random bytes appended";
            }
            default -> {
                String mutated = mutate(dict);
                bad = HostileFilesTest.npy(mutated, data);
                what = "header text " + abbreviate(mutated);
            }
        }
        Path p = tmp.resolve("c" + caseNo + ".npy");
        Files.write(p, bad);
        boolean mapped = random.nextInt(4) == 0;
        long start = ThreadCpuTime.now();
        NDArray got = null;
        try {
            got = mapped ? NpyFiles.loadMapped(p) : NpyFiles.load(p);
        } catch (IOException e) {
            checkMessage(e, p, what);
        } catch (Throwable e) {
            throw new AssertionError(describe(p, what) + ": threw " + e, e);
        }
        checkTime(start, p, what, slowest);
        if (got != null && !sameValues(got, expected)) {
            // allowed only when the damaged header is a valid header that says something else
            NpyHeader now = readHeader(bad, p), before = readHeader(original, p);
            if (now.type().equals(before.type()) && now.fortranOrder() == before.fortranOrder() && Arrays.equals(now.shape(), before.shape())) {
                fail(describe(p, what) + ": loaded other values under the same header");
            }
        }
        Files.delete(p);
    }

    private static NpyHeader readHeader(byte[] file, Path p) throws IOException {
        return NpyHeader.read(new java.io.ByteArrayInputStream(file), p.toString());
    }

    private static int headerLength(byte[] npy) {
        int major = npy[6];
        int len = (npy[8] & 0xFF) | (npy[9] & 0xFF) << 8;
        if (major > 1) len |= (npy[10] & 0xFF) << 16 | (npy[11] & 0xFF) << 24;
        return (major > 1 ? 12 : 10) + len;
    }

    /** One random change to the header's dict text. */
    private String mutate(String dict) {
        int at = random.nextInt(dict.length() + 1);
        return switch (random.nextInt(9)) {
            case 0 -> { // replace characters
                char[] c = dict.toCharArray();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n && c.length > 0; i++) c[random.nextInt(c.length)] = POOL.charAt(random.nextInt(POOL.length()));
                yield new String(c);
            }
            case 1 -> dict.substring(0, at) + "9".repeat(1 + random.nextInt(60_000)) + dict.substring(at); // a digit run
            case 2 -> dict.substring(0, at) + "1".repeat(random.nextInt(30_000)) + (random.nextBoolean() ? "x" : "e") + dict.substring(at);
            case 3 -> { // nesting
                int depth = 1 + random.nextInt(random.nextBoolean() ? 100 : 5000);
                String open = random.nextBoolean() ? "(" : random.nextBoolean() ? "[" : "{";
                yield dict.substring(0, at) + open.repeat(depth) + dict.substring(at);
            }
            case 4 -> { // delete a piece
                int end = Math.min(dict.length(), at + 1 + random.nextInt(12));
                yield dict.substring(0, Math.min(at, end)) + dict.substring(end);
            }
            case 5 -> { // repeat a piece
                int end = Math.min(dict.length(), at + 1 + random.nextInt(20));
                String piece = dict.substring(Math.min(at, end), end);
                yield dict.substring(0, end) + piece.repeat(1 + random.nextInt(random.nextBoolean() ? 3 : 2000)) + dict.substring(end);
            }
            case 6 -> dict.substring(0, at) + "'" + "s".repeat(random.nextInt(20_000)) + "'" + dict.substring(at); // a long string
            case 7 -> { // an escape
                String[] escapes = {"\\U7fffffff", "\\Uffffffff", "\\U0010ffff", "\\x4", "\\u12", "\\N", "\\", "\\x-1", "\\u+123", "\\UDEADBEEF"};
                yield dict.substring(0, at) + escapes[random.nextInt(escapes.length)] + dict.substring(at);
            }
            default -> { // a number in place of a shape entry
                String[] numbers = {"-1", "1e400", "2**40", "0x10", "1_0", "10L", "99999999999999999999", "1099511627776", "+3", ".5", "1.", "nan"};
                yield dict.replaceFirst("\\((\\d+)", "(" + numbers[random.nextInt(numbers.length)]);
            }
        };
    }

    // ---------------------------------------------------------------- .npz

    private void npzCase(byte[] original, List<NDArray> expected, long[] slowest) throws Exception {
        caseNo++;
        byte[] bad = original.clone();
        String what;
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
                what = n + " byte flips";
            }
            case 2 -> {
                int at = random.nextInt(bad.length);
                bad[at] ^= (byte) (1 << random.nextInt(8));
                what = "a bit flip at " + at;
            }
            case 3 -> {
                int len = random.nextInt(original.length);
                bad = Arrays.copyOf(original, len);
                what = "truncated to " + len + " bytes";
            }
            default -> { // a size or CRC field of the central directory
                int cen = lastIndexOf(original, new byte[] {'P', 'K', 1, 2});
                int field = cen + (random.nextBoolean() ? 16 : random.nextBoolean() ? 20 : 24) + random.nextInt(4);
                bad[field] ^= (byte) (1 << random.nextInt(8));
                what = "central directory field byte " + (field - cen);
            }
        }
        Path p = tmp.resolve("c" + caseNo + ".npz");
        Files.write(p, bad);
        long start = ThreadCpuTime.now();
        Map<String, NDArray> got = null;
        try {
            got = NpyFiles.loadz(p);
        } catch (IOException e) {
            checkMessage(e, p, what);
        } catch (Throwable e) {
            throw new AssertionError(describe(p, what) + ": threw " + e, e);
        }
        checkTime(start, p, what, slowest);
        if (got != null) {
            List<NDArray> values = new ArrayList<>(got.values());
            boolean same = values.size() == expected.size();
            for (int i = 0; same && i < values.size(); i++) same = sameValues(values.get(i), expected.get(i));
            if (!same) fail(describe(p, what) + ": loaded other arrays without an error: " + got.keySet());
        }
        Files.delete(p);
    }

    private static int lastIndexOf(byte[] b, byte[] pattern) {
        for (int i = b.length - pattern.length; i >= 0; i--) {
            if (Arrays.equals(b, i, i + pattern.length, pattern, 0, pattern.length)) return i;
        }
        throw new IllegalStateException("no central directory");
    }

    // ---------------------------------------------------------------- checks

    private String describe(Path p, String what) {
        return "seed " + SEED + ", case " + caseNo + " (" + p.getFileName() + ", " + what + ")";
    }

    private void checkMessage(IOException e, Path p, String what) {
        String m = e.getMessage();
        if (m == null || !m.startsWith(p.toString())) throw new AssertionError(describe(p, what) + ": message does not name the file: " + e, e);
        if (m.length() > 2000) fail(describe(p, what) + ": a message of " + m.length() + " characters");
    }

    private void checkTime(long start, Path p, String what, long[] slowest) {
        long ms = (ThreadCpuTime.now() - start) / 1_000_000;
        slowest[0] = Math.max(slowest[0], ms);
        if (ms > PER_CASE_MS) fail(describe(p, what) + ": took " + ms + " ms of CPU time");
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 60) + "...(" + s.length() + " chars)..." + s.substring(s.length() - 40);
    }

    /** Same dtype, same size and the same bits in C order (NaN payloads and -0.0 included). */
    static boolean sameValues(NDArray got, NDArray expected) {
        if (got.dtype() != expected.dtype() || got.size() != expected.size()) return false;
        return switch (got.dtype()) {
            case FLOAT64 -> Arrays.equals(Arrays.stream(got.toDoubleArray()).mapToLong(Double::doubleToRawLongBits).toArray(),
                    Arrays.stream(expected.toDoubleArray()).mapToLong(Double::doubleToRawLongBits).toArray());
            case FLOAT32 -> {
                float[] a = got.toFloatArray(), b = expected.toFloatArray();
                boolean same = true;
                for (int i = 0; i < a.length; i++) same &= Float.floatToRawIntBits(a[i]) == Float.floatToRawIntBits(b[i]);
                yield same;
            }
            case FLOAT16 -> Arrays.equals(got.astype(DType.FLOAT32).toFloatArray(), expected.astype(DType.FLOAT32).toFloatArray());
            case INT64, INT32, INT16, INT8, UINT64, UINT32, UINT16, UINT8 -> Arrays.equals(got.toLongArray(), expected.toLongArray());
            case BOOL -> Arrays.equals(got.toBooleanArray(), expected.toBooleanArray());
        };
    }
}
