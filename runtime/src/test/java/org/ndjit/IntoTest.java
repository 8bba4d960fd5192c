package org.ndjit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link NDArray#into}: results written into the caller's memory are bit for bit the ordinary
 * results, whatever the plan's last step (elementwise over views and broadcasts, a reduction, its
 * epilogue, a product, a view of a computed array, a selection, a value computed before); sizes and
 * dtypes that do not fit are errors naming both; a loop into the same memory takes no new pool memory.
 */
class IntoTest {
    /** The expressions, each ending in a different kind of plan step. */
    private static final String[] KINDS = {"elementwise", "transposed", "broadcast", "sum", "sqrtOfSum", "matmul", "viewOfComputed",
            "selection", "computedBefore", "cast"};

    private static NDArray input(long seed, DType dtype, long... shape) {
        NDArray x = Np.random(seed).uniform(-3, 3, shape);
        return dtype == DType.BOOL ? x.gt(0) : x.astype(dtype).eval();
    }

    private static NDArray expression(String kind, DType dtype, long rows, long cols, long seed) {
        NDArray a = input(seed, dtype, rows, cols), b = input(seed + 1, dtype, rows, cols), c = input(seed + 2, dtype, cols);
        Function<NDArray, NDArray> f = dtype == DType.BOOL ? x -> x.and(b.not()).or(c) : x -> x.mul(b).sub(c);
        return switch (kind) {
            case "elementwise" -> f.apply(a);
            case "transposed" -> dtype == DType.BOOL ? a.T().and(b.T()) : a.T().mul(b.T()).add(1);
            case "broadcast" -> dtype == DType.BOOL ? c.or(a) : c.add(a.get(":, :1"));
            case "sum" -> a.sum(1);
            case "sqrtOfSum" -> dtype == DType.BOOL ? a.any(0).not() : a.abs().sum(0).sqrt();
            case "matmul" -> dtype.isFloat() ? a.matmul(b.T()) : f.apply(a);
            case "viewOfComputed" -> f.apply(a).T();
            case "selection" -> a.get(b.astype(DType.FLOAT64).gt(0.5));
            case "computedBefore" -> f.apply(a).eval();
            default -> a.astype(DType.FLOAT32).mul(2);
        };
    }

    @Provide
    Arbitrary<DType> dtypes() {
        return Arbitraries.of(DType.values());
    }

    @Provide
    Arbitrary<String> kinds() {
        return Arbitraries.of(KINDS);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void intoGivesTheOrdinaryResultsBits(@ForAll("kinds") String kind, @ForAll("dtypes") DType dtype,
                                         @ForAll @IntRange(min = 0, max = 70) int rows, @ForAll @IntRange(min = 0, max = 300) int cols,
                                         @ForAll @IntRange(min = 0, max = 1000) int seed) {
        NDArray r = expression(kind, dtype, rows, cols, seed);
        DType d = r.dtype();
        long bytes = r.size() * d.itemSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment nativeOut = arena.allocate(Math.max(bytes, 1)).asSlice(0, bytes);
            assertSame(nativeOut, r.into(nativeOut)); // before any ordinary read, so the plan writes into it
            if (!d.hasKernels()) { // no Java array of its own: the ordinary result, copied out afterwards, has the same bytes
                MemorySegment copied = arena.allocate(Math.max(bytes, 1)).asSlice(0, bytes);
                expression(kind, dtype, rows, cols, seed).eval().into(copied); // built again: r itself may now hold nativeOut
                assertArrayEquals(copied.toArray(ValueLayout.JAVA_BYTE), nativeOut.toArray(ValueLayout.JAVA_BYTE), kind + " " + r.shapeString() + " " + d);
                return;
            }
            Object heapOut = switch (d) {
                case FLOAT64 -> r.into(new double[(int) r.size()]);
                case FLOAT32 -> r.into(new float[(int) r.size()]);
                case INT64 -> r.into(new long[(int) r.size()]);
                case INT32 -> r.into(new int[(int) r.size()]);
                case BOOL -> r.into(new boolean[(int) r.size()]);
                default -> throw new IllegalArgumentException("not drawn: " + d);
            };
            Object expected = switch (d) {
                case FLOAT64 -> r.toDoubleArray();
                case FLOAT32 -> r.toFloatArray();
                case INT64 -> r.toLongArray();
                case INT32 -> r.toIntArray();
                case BOOL -> r.toBooleanArray();
                default -> throw new IllegalArgumentException("not drawn: " + d);
            };
            String what = kind + " " + r.shapeString() + " " + d;
            assertArrayEquals(bits(expected), bits(heapOut), what + " into a Java array");
            assertArrayEquals(bits(expected), bits(nativeOut, d), what + " into native memory");
        }
    }

    /** Elements as raw long bits, so that NaNs and signed zeros compare exactly. */
    private static long[] bits(Object array) {
        return switch (array) {
            case double[] a -> java.util.Arrays.stream(a).mapToLong(Double::doubleToRawLongBits).toArray();
            case float[] a -> { long[] o = new long[a.length]; for (int i = 0; i < a.length; i++) o[i] = Float.floatToRawIntBits(a[i]); yield o; }
            case long[] a -> a.clone();
            case int[] a -> java.util.Arrays.stream(a).asLongStream().toArray();
            case boolean[] a -> { long[] o = new long[a.length]; for (int i = 0; i < a.length; i++) o[i] = a[i] ? 1 : 0; yield o; }
            default -> throw new IllegalArgumentException(array.getClass().toString());
        };
    }

    private static long[] bits(MemorySegment s, DType d) {
        return switch (d) {
            case FLOAT64 -> bits(s.toArray(ValueLayout.JAVA_DOUBLE));
            case FLOAT32 -> bits(s.toArray(ValueLayout.JAVA_FLOAT));
            case INT64 -> s.toArray(ValueLayout.JAVA_LONG);
            case INT32 -> bits(s.toArray(ValueLayout.JAVA_INT));
            case BOOL -> { byte[] b = s.toArray(ValueLayout.JAVA_BYTE); long[] o = new long[b.length]; for (int i = 0; i < b.length; i++) o[i] = b[i]; yield o; }
            default -> throw new IllegalArgumentException("not drawn: " + d);
        };
    }

    /** Same-kind conversions happen in the last kernel: an int32 result into a double[] is its astype(float64). */
    @Test
    void javaArraysOfAnotherDtypeOfTheSameKindConvert() {
        NDArray i = Np.arange(-5, 5).astype(DType.INT32).mul(3);
        assertArrayEquals(i.astype(DType.FLOAT64).toDoubleArray(), i.into(new double[10]));
        NDArray big = Np.arange(10).mul(1L << 40);
        assertArrayEquals(big.astype(DType.INT32).toIntArray(), big.into(new int[10]));
        NDArray x = Np.linspace(0, 1, 7);
        assertArrayEquals(x.astype(DType.FLOAT32).toFloatArray(), x.into(new float[7]));
        assertArrayEquals(new long[] {1, 0, 1}, Np.array(true, false, true).into(new long[3]));
    }

    @Test
    void sizesAndDtypesThatDoNotFitAreErrorsNamingBoth() {
        NDArray x = Np.arange(1000.0, 2000.0, 1.0);
        assertEquals("out has 999 elements, the result (1000,) float64 needs 1000",
                assertThrows(IllegalArgumentException.class, () -> x.into(new double[999])).getMessage());
        assertEquals("out has 7999 bytes, the result (1000,) float64 needs 8000",
                assertThrows(IllegalArgumentException.class, () -> x.into(MemorySegment.ofArray(new byte[7999]))).getMessage());
        assertEquals("cannot write the (1000,) float64 result into a long[] (int64): NumPy's casting rule 'same_kind' does not cast float64 to int64;"
                + " convert it first with astype(DType.INT64)", assertThrows(IllegalArgumentException.class, () -> x.into(new long[1000])).getMessage());
        assertEquals("cannot write the (1000,) float64 result into a boolean[] (bool): NumPy's casting rule 'same_kind' does not cast float64 to bool;"
                + " convert it first with astype(DType.BOOL)", assertThrows(IllegalArgumentException.class, () -> x.into(new boolean[1000])).getMessage());
        assertEquals("out is a read-only segment; the result (1000,) float64 needs 8000 writable bytes",
                assertThrows(IllegalArgumentException.class, () -> x.into(MemorySegment.ofArray(new double[1000]).asReadOnly())).getMessage());
    }

    @Test
    void zeroSizeResultsWriteNothing() {
        NDArray empty = Np.zeros(3, 0).add(1);
        assertEquals(0, empty.into(new double[0]).length);
        assertEquals(0, empty.sum(1).into(MemorySegment.ofArray(new double[3])).byteSize() - 24);
        assertArrayEquals(new double[] {0, 0, 0}, empty.sum(1).into(new double[3]));
    }

    /** Writing into memory the plan also reads (wrapped): the result is computed whole before any of it is written. */
    @Test
    void memoryTheExpressionReadsIsWrittenOnlyAfterTheResultIsComputed() {
        double[] data = {1, 2, 3, 4, 5, 6};
        MemorySegment seg = MemorySegment.ofArray(data);
        NDArray x = Np.wrap(seg, DType.FLOAT64, 2, 3);
        x.T().reshape(2, 3).into(seg); // the copy of a transposed view would read elements it already wrote
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, data);
    }

    /**
     * The loop: after warm-up, writing an expression into the same memory takes no new pool
     * memory; one whose last step is an elementwise kernel takes no pool memory at all (it writes
     * straight into the array), one that ends in a reduction reuses its pooled block each time.
     */
    @Test
    void aLoopIntoTheSameMemoryTakesNoNewPoolMemory() {
        NDArray a = Np.random(1).randn(1_000_000), b = Np.random(2).randn(1_000_000);
        NDArray fused = a.mul(b).add(a.exp().mul(0.5)), reduced = a.sub(b).abs().sum(0, true);
        double[] out = new double[1_000_000], one = new double[1];
        for (int i = 0; i < 3; i++) { fused.into(out); reduced.into(one); }
        MemoryStats before = Np.memoryStats();
        for (int i = 0; i < 50; i++) fused.into(out);
        MemoryStats between = Np.memoryStats();
        for (int i = 0; i < 50; i++) reduced.into(one);
        MemoryStats after = Np.memoryStats();
        assertEquals(before.allocations(), between.allocations(), "elementwise into a double[]: " + before + " then " + between);
        assertEquals(between.allocations() - between.reusedFromPool(), after.allocations() - after.reusedFromPool(), between + " then " + after);
        assertArrayEquals(fused.toDoubleArray(), out);
        assertArrayEquals(reduced.toDoubleArray(), one);
    }
}
