package org.ndjit.engine;

import org.ndjit.codegen.KernelCache;
import org.ndjit.codegen.MatmulKernel;
import org.ndjit.codegen.StridedMatrix;
import org.ndjit.codegen.Vectorization;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;
import org.ndjit.ir.OffsetIterator;
import org.ndjit.ir.Shapes;
import org.ndjit.ir.StridedArray;
import org.ndjit.optimizer.ScaledOperands;
import org.ndjit.optimizer.Step;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The contraction kernel for float32 and float64 matmul: operands are read in place with their
 * strides (transposed, sliced and broadcast operands are never copied first: the kernel packs what it
 * reads), and each matrix of the batch runs the packed, register-tiled kernel
 * {@link Vectorization#matmul} provides (the Vector API's, or the scalar one), with its rows split
 * over threads (each element is computed the same way whatever the split). A product with one
 * column or one row is the kernel's matrix-vector product instead, which packs nothing and gives the
 * same bits.
 * Products accumulate with fused multiply-add in the element type, so results differ from the
 * reference (which accumulates in double) by rounding: tests compare within
 * {@code k * eps * sum|a_ik * b_kj|}. Integer and bool matmul use the reference.
 */
public final class ContractionRunner {
    /**
     * Multiply-adds per run of rows between cancellation checks: about a millisecond, and enough rows
     * that each block of B the kernel keeps in cache serves many of them.
     */
    static final long GROUP_WORK = 1L << 26;

    /** Outputs a matrix-vector product is split by: a multiple of the rows its kernels do at once (4 vectors of up to 16 lanes, or 8 rows). */
    private static final int MATRIX_VECTOR_SPLIT = 64;

    private ContractionRunner() {}

    /**
     * Runs a contraction step: the product of its operands (values from {@code value}) and, if the
     * step has one, its epilogue on each block of the product as soon as the block is final. The
     * epilogue writes in place when its dtype is the product's (each element reads only its own
     * position), so the result is written once.
     */
    public static StridedArray run(Step.Contraction step, Function<Node, StridedArray> value, KernelCache cache) {
        return run(step, value, cache, null);
    }

    /** {@link #run(Step.Contraction, Function, KernelCache)} writing the result into {@code into} (C order, its dtype and shape) unless null. */
    static StridedArray run(Step.Contraction step, Function<Node, StridedArray> value, KernelCache cache, StridedArray into) {
        Node matmul = step.product();
        Operand left = operand(matmul, 0, value), right = operand(matmul, 1, value);
        boolean inPlace = step.epilogue() == null || step.epilogue().output().dtype() == matmul.dtype();
        StridedArray product;
        if (inPlace && into != null) {
            product = into;
            into.buffer().segment().asSlice(0, into.size() * into.dtype().itemSize()).fill((byte) 0); // the kernel accumulates into it
        } else {
            product = MemoryPool.shared().allocate(matmul.dtype(), matmul.shape(), true);
        }
        if (step.epilogue() == null) {
            multiply(matmul, left, right, product, null);
            return product;
        }
        Node result = step.epilogue().output();
        StridedArray out = inPlace ? product : into != null ? into : MemoryPool.shared().allocate(result.dtype(), result.shape(), false);
        KernelRunner.Blocks epilogue = new KernelRunner.Blocks(step.epilogue(), n -> n == matmul ? product : value.apply(n), cache, out);
        multiply(matmul, left, right, product, epilogue);
        if (!inPlace) product.buffer().close("a matrix product read only by its epilogue was released");
        return out;
    }

    /**
     * {@code out = left @ right}, calling {@code epilogue} (if not null) on every finished block of each
     * matrix. The operands are read in place with their strides; for each matrix of the batch, B is
     * prepared a column block at a time (once, however many threads then use it), and the rows of A
     * are split over threads.
     */
    private static void multiply(Node matmul, Operand leftOperand, Operand rightOperand, StridedArray out, KernelRunner.Blocks epilogue) {
        StridedArray left = leftOperand.array(), right = rightOperand.array();
        long[] shape = matmul.shape();
        int r = shape.length;
        long n = shape[r - 2], m = shape[r - 1], k = left.layout().dim(left.layout().ndim() - 1);
        long[] batch = Arrays.copyOf(shape, r - 2);
        Layout al = left.layout().broadcastTo(withCore(batch, n, k)), bl = right.layout().broadcastTo(withCore(batch, k, m));
        if (n * m == 0) return;
        if (Math.max(n, Math.max(m, k)) > Integer.MAX_VALUE / 8) throw new IllegalArgumentException("matrices this large are not supported: " + Shapes.tuple(shape));
        int[] last2 = {r - 2, r - 1};
        OffsetIterator aBatch = new OffsetIterator(al.withoutAxes(last2)), bBatch = new OffsetIterator(bl.withoutAxes(last2));
        boolean f32 = matmul.dtype() == DType.FLOAT32;
        MatmulKernel kernel = Vectorization.matmul();
        Cancellation cancel = Cancellation.current();
        int rows = (int) n, depth = (int) k, cols = (int) m, block = kernel.columnBlock(f32, depth);
        for (long t = 0, batches = Shapes.size(batch); t < batches; t++) {
            StridedMatrix a = new StridedMatrix(left.buffer().segment(), aBatch.next(), al.stride(r - 2), al.stride(r - 1));
            StridedMatrix b = new StridedMatrix(right.buffer().segment(), bBatch.next(), bl.stride(r - 2), bl.stride(r - 1));
            StridedMatrix c = new StridedMatrix(out.buffer().segment(), t * n * m, m, 1);
            long matrix = t;
            MatmulKernel.FinishedBlock done = epilogue == null ? null : (i0, i1, j0, j1) -> epilogue.run(matrix, i0, i1, j0, j1);
            if (k == 0) {
                if (done != null) done.rows(0, rows, 0, cols); // an empty sum: the product is the zeros it starts as
                continue;
            }
            if (m == 1 || n == 1) {
                matrixVector(kernel, f32, a, b, m == 1 ? leftOperand.scale() : rightOperand.scale(), c, rows, depth, cols, done, cancel);
                continue;
            }
            if (leftOperand.scale() != 1 || rightOperand.scale() != 1) throw new IllegalStateException("a scaled operand of a full matrix product " + matmul);
            for (int j0 = 0; j0 < cols; j0 += block) {
                cancel.check();
                int j1 = Math.min(cols, j0 + Math.min(block, cols - j0));
                MatmulKernel.Columns columns = kernel.prepare(f32, b, depth, j0, j1);
                // Rows are independent: split them over threads in units of ROW_SPLIT rows (whole register
                // tiles), and each thread's share into runs of about GROUP_WORK multiply-adds, with a
                // cancellation check between.
                int unit = MatmulKernel.ROW_SPLIT;
                long unitWork = unit * k * (j1 - j0), unitsPerGroup = Math.max(1, GROUP_WORK / unitWork);
                Parallel.forEachRowRange((n + unit - 1) / unit, unitWork, (first, end) -> {
                    for (long g = first; g < end; g += unitsPerGroup) {
                        cancel.check();
                        columns.multiply(a, (int) (g * unit), (int) Math.min(n, Math.min(end, g + unitsPerGroup) * unit), c, done);
                    }
                });
            }
        }
        // The operands' buffers are read through their segments only: their pool memory must outlive the kernels.
        java.lang.ref.Reference.reachabilityFence(left);
        java.lang.ref.Reference.reachabilityFence(right);
    }

    /**
     * A product with one column ({@code A @ v}: y = A x with x B's column) or one row ({@code u @ B}:
     * y = B^T x with x A's row) as the kernel's matrix-vector product, which reads the matrix once
     * instead of packing it for a register tile that would be almost all padding. The outputs are
     * split over threads and into runs of about {@link #GROUP_WORK} multiply-adds, each run's block
     * handed to the epilogue when written.
     */
    private static void matrixVector(MatmulKernel kernel, boolean f32, StridedMatrix a, StridedMatrix b, double scale, StridedMatrix c, int rows, int depth, int cols,
                                     MatmulKernel.FinishedBlock done, Cancellation cancel) {
        boolean column = cols == 1;
        StridedMatrix matrix = column ? a : new StridedMatrix(b.segment(), b.offset(), b.colStride(), b.rowStride());
        StridedMatrix x = column ? new StridedMatrix(b.segment(), b.offset(), b.rowStride(), 0) : new StridedMatrix(a.segment(), a.offset(), a.colStride(), 0);
        StridedMatrix y = new StridedMatrix(c.segment(), c.offset(), 1, 0); // C's column (m == 1) or row (n == 1): adjacent elements
        int outputs = column ? rows : cols;
        long unitWork = MATRIX_VECTOR_SPLIT * (long) depth, unitsPerGroup = Math.max(1, GROUP_WORK / unitWork);
        Parallel.forEachRowRange((outputs + MATRIX_VECTOR_SPLIT - 1) / MATRIX_VECTOR_SPLIT, unitWork, (first, end) -> {
            for (long g = first; g < end; g += unitsPerGroup) {
                cancel.check();
                int o0 = (int) (g * MATRIX_VECTOR_SPLIT), o1 = (int) Math.min(outputs, Math.min(end, g + unitsPerGroup) * MATRIX_VECTOR_SPLIT);
                kernel.matrixVector(f32, matrix, scale, depth, x, y, o0, o1);
                if (done != null) {
                    if (column) done.rows(o0, o1, 0, 1);
                    else done.rows(0, 1, o0, o1);
                }
            }
        });
    }

    /** An operand as the kernel reads it: an array and the constant its elements are multiplied by first (1: none). */
    private record Operand(StridedArray array, double scale) {}

    /**
     * Operand {@code i} of {@code matmul}: its value, or, for a scaled matrix the plan did not write
     * (see {@link ScaledOperands}), the array under the multiply (through the operand's view, if it is
     * one: the multiply's array has its shape) and the constant, read from this graph's node.
     */
    private static Operand operand(Node matmul, int i, Function<Node, StridedArray> value) {
        Node n = matmul.src(i), mul = n.op() == Op.VIEW ? n.src(0) : n;
        Node matrix = ScaledOperands.matrixUnder(matmul, n);
        if (matrix == null || value.apply(n) != null || value.apply(mul) != null) return new Operand(KernelRunner.read(n, value), 1);
        StridedArray array = KernelRunner.read(matrix, value);
        if (n != mul) array = KernelRunner.contiguous(array, KernelCache.shared()).view((Layout) n.arg());
        return new Operand(array, ScaledOperands.scale(mul));
    }

    private static long[] withCore(long[] batch, long d0, long d1) {
        long[] s = Arrays.copyOf(batch, batch.length + 2);
        s[batch.length] = d0;
        s[batch.length + 1] = d1;
        return s;
    }
}
