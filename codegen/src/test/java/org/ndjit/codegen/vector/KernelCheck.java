package org.ndjit.codegen.vector;

import org.ndjit.codegen.*;

import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * Runs a spec's compiled row over generated columns of length n and compares every element with the
 * reference evaluator of the same ops, with a canary element on each side of the output.
 */
public final class KernelCheck {
    private static final byte CANARY = 0x5A;

    /** The values a test feeds a kernel: a column per input (special values placed by the test) and constants. */
    public interface Data {
        Object[] column(DType d, int n, int vl, long seed);

        Object constant(DType d, int variant);
    }

    private KernelCheck() {}

    /** Runs the kernel {@code reps} times over the columns; {@code vl} is the loop's lane count the columns are made for. */
    public static void check(KernelSpec spec, int vl, int n, int variant, String what, int reps, Data data) {
        int inputs = spec.inputs().size(), constants = spec.constants().size();
        Object[][] logical = new Object[inputs][];
        for (int i = 0; i < inputs; i++) {
            Object[] x = data.column(spec.inputs().get(i), n, vl, i + 1);
            // A broadcast input repeats its one element.
            if (spec.access().get(i) == KernelSpec.Access.BROADCAST && n > 0) Arrays.fill(x, x[(variant * 5 + i) % n]);
            logical[i] = x;
        }
        Object[] constantValues = new Object[constants];
        for (int c = 0; c < constants; c++) constantValues[c] = data.constant(spec.constants().get(c), variant + c);

        Node[] slots = new Node[inputs + constants + spec.instrs().size()];
        for (int i = 0; i < inputs; i++) slots[i] = Nodes.buffer(GeneratedClassTest.contiguous(spec.inputs().get(i), logical[i]), new long[] {n});
        for (int c = 0; c < constants; c++) slots[inputs + c] = Nodes.constant(spec.constants().get(c), constantValues[c]);
        for (int k = 0; k < spec.instrs().size(); k++) {
            KernelSpec.Instr instr = spec.instrs().get(k);
            slots[inputs + constants + k] = Nodes.elementwise(instr.op(), instr.dtype(), Arrays.stream(instr.args()).mapToObj(a -> slots[a]).toArray(Node[]::new));
        }
        StridedArray expected = ReferenceEvaluator.evaluate(slots[slots.length - 1]);

        MemorySegment[] in = new MemorySegment[inputs];
        long[] off = new long[inputs], stride = new long[inputs];
        for (int i = 0; i < inputs; i++) {
            boolean broadcast = spec.access().get(i) == KernelSpec.Access.BROADCAST;
            stride[i] = broadcast ? 0 : 1;
            // A broadcast input is one element, even for an empty row (the vector loop reads it before the loop).
            Object[] values = !broadcast ? logical[i] : n == 0 ? data.column(spec.inputs().get(i), 1, vl, i) : Arrays.copyOf(logical[i], 1);
            in[i] = GeneratedClassTest.contiguous(spec.inputs().get(i), values).segment();
        }
        double[] dc = new double[constants];
        long[] lc = new long[constants];
        for (int c = 0; c < constants; c++) {
            switch (constantValues[c]) {
                case Double d -> dc[c] = d;
                case Long l -> lc[c] = l;
                case Boolean z -> lc[c] = z ? 1 : 0;
                default -> throw new IllegalStateException();
            }
        }
        DType out = spec.output();
        RowKernel kernel = RowKernelCompiler.compile(spec);
        for (int r = 0; r < reps; r++) {
            MemorySegment result = run(kernel, in, off, stride, n, dc, lc, out);
            for (int j = 0; j < n; j++) {
                int jj = j;
                GeneratedClassTest.assertElement(out, expected, j, result, 1 + j, () -> what + " at " + jj + " of " + n);
            }
        }
    }

    /** Runs one row into a fresh output with a canary element on each side, checks the canaries, returns the output. */
    static MemorySegment run(RowKernel kernel, MemorySegment[] in, long[] off, long[] stride, int n, double[] dc, long[] lc, DType out) {
        int item = out.itemSize();
        MemorySegment result = MemorySegment.ofArray(new byte[(n + 2) * item]);
        result.fill(CANARY);
        kernel.row(in, off, stride, result, 1, n, dc, lc);
        GeneratedClassTest.assertCanaries(result, item, (long) (n + 1) * item, item);
        return result;
    }
}
