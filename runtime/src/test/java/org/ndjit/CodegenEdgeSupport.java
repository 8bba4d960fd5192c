package org.ndjit;

import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.RowKernelCompiler;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Helpers shared by the codegen edge-case tests of the runtime module. */
final class CodegenEdgeSupport {
    /** HotSpot does not JIT-compile methods with more bytecode than this (HugeMethodLimit, DontCompileHugeMethods). */
    static final int HUGE_METHOD_LIMIT = 8000;

    private CodegenEdgeSupport() {}

    /**
     * The compiled result (the public path: plan, fused kernels, cache) equals the eager reference
     * bit for bit. Any NaN equals any NaN; +0.0 and -0.0 differ.
     */
    static StridedArray assertMatchesReference(NDArray x, String what) {
        StridedArray expected = ReferenceEvaluator.evaluate(x.node());
        StridedArray actual = x.value();
        assertBitIdentical(expected, actual, what);
        return actual;
    }

    /** Same shape, dtype and bits (any NaN equals any NaN; +0.0 and -0.0 differ). */
    static void assertBitIdentical(StridedArray expected, StridedArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), () -> what + ": shape");
        assertEquals(expected.dtype(), actual.dtype(), () -> what + ": dtype");
        long n = expected.size();
        if (expected.layout().isContiguous() && actual.layout().isContiguous()) {
            long item = expected.dtype().itemSize();
            long e0 = expected.layout().offset() * item, a0 = actual.layout().offset() * item;
            if (MemorySegment.mismatch(expected.buffer().segment(), e0, e0 + n * item, actual.buffer().segment(), a0, a0 + n * item) == -1) return;
        }
        for (long i = 0; i < n; i++) {
            if (expected.dtype().isFloat()) {
                double e = expected.getDoubleFlat(i), a = actual.getDoubleFlat(i);
                if (Double.isNaN(e) && Double.isNaN(a)) continue;
                if (Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(a)) {
                    fail(what + ": element " + i + " of " + n + ": reference " + e + ", compiled " + a);
                }
            } else if (expected.getLongFlat(i) != actual.getLongFlat(i)) {
                fail(what + ": element " + i + " of " + n + ": reference " + expected.getLongFlat(i) + ", compiled " + actual.getLongFlat(i));
            }
        }
    }

    /** Every loop kernel of a plan (see {@link Plan#kernels()}). */
    static List<Step.Kernel> kernels(Plan plan) {
        return plan.kernels();
    }

    /**
     * The row() code length of every class the runtime may generate for this kernel: the access-free
     * spec of KernelSpec.of (scalar loop), and the specs for all-unit-stride and all-broadcast inputs
     * (vector main loop plus scalar tail, when the kernel is vectorizable), which are the largest.
     */
    static int[] rowCodeLengths(Step.Kernel k) {
        KernelSpec spec = KernelSpec.of(k);
        int n = spec.inputs().size();
        long[] unit = new long[n], broadcast = new long[n];
        Arrays.fill(unit, 1);
        return new int[] {
            rowCodeLength(RowKernelCompiler.generate(spec, "Kernel")),
            rowCodeLength(RowKernelCompiler.generate(spec.withStrides(unit), "Kernel")),
            rowCodeLength(RowKernelCompiler.generate(spec.withStrides(broadcast), "Kernel")),
        };
    }

    /** code_length of the row method, read from the class file (JVMS 4.7.3). */
    static int rowCodeLength(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipNBytes(8);
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> { in.skipNBytes(8); i++; }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            in.skipNBytes(6);
            in.skipNBytes(2L * in.readUnsignedShort());
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipNBytes(6);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) { in.skipNBytes(2); in.skipNBytes(in.readInt()); }
            }
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.skipNBytes(2);
                String name = utf8[in.readUnsignedShort()];
                in.skipNBytes(2);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attr = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attr.equals("Code") && name.equals("row")) {
                        in.skipNBytes(4);
                        return in.readInt();
                    }
                    in.skipNBytes(length);
                }
            }
            throw new IllegalArgumentException("no row method");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
