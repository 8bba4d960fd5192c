package org.ndjit.codegen;

import org.ndjit.DType;
import org.ndjit.ir.Op;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a fused kernel with its inputs renumbered, so that {@code a*b+c} and {@code x*y+z}
 * of the same dtypes share one compiled class. Slots are numbered inputs first, then constants,
 * then one slot per instruction; constants are arguments, never bytecode constants.
 *
 * <p>The inputs listed in {@code indices} (int64, in increasing order) are index inputs: no memory is
 * read, the value of an element is its position itself ({@code off[i] + j * stride[i]}), so a range
 * ({@code arange}, and what is built on one) is computed from the loop index where it is read.
 *
 * <p>The inputs listed in {@code gathered} (in increasing order) are gathered inputs, integer-array
 * indexing read in place: input {@code g}'s element is read at its position plus the value of input
 * {@code g + 1}, its picks (int64, storage distances in elements, checked against the source before
 * the kernel runs), so {@code x[idx] * 2} reads {@code x} through the index without writing {@code x[idx]}.
 * Where the picks do not move along the inner loop (their access is broadcast: {@code centers[labels]}
 * read row by row), the gathered input picks whole rows ({@link #picksWholeRows}): the row's pick is
 * added to its position once, and the row is read like any input's, by the vector loop too.
 */
public record KernelSpec(List<DType> inputs, List<DType> constants, List<Instr> instrs, DType output, List<Access> access,
                         List<Integer> indices, List<Integer> gathered, Reduces reduces) {

    /**
     * The reductions a kernel's class serves in registers besides {@link RowKernel#row} (see
     * {@link RowKernelCompiler#generate}): those of the plan step it was lowered from. Every entry point
     * is generated (and verified and defined) with the class whether it runs or not: a float64 class
     * with them all took about 2 ms to make against 1.3 for row() and the sums (C1, B6's kernels), and
     * most kernels are elementwise. A run that asks for a reduction the class does not serve takes the
     * scratch path (row() into a block, then reduced), to the same bits.
     */
    public enum Reduces {
        /** row() alone: an elementwise kernel. */
        NONE,
        /** sumRow and sumAcross: a sum (mean and variance are built on sums). */
        SUM,
        /** maxRow, minRow, maxAcross and minAcross: a max or min. */
        EXTREMES,
        /** argmaxRow and argminRow. */
        ARG_EXTREMES,
        /** All of them: a spec made by hand (tests, benchmarks). */
        EVERY;

        /** What a kernel ending in a reduction by {@code op} (null: none) needs. */
        public static Reduces of(Op op) {
            if (op == null) return NONE;
            return switch (op) {
                case SUM -> SUM;
                case MAX, MIN -> EXTREMES;
                case ARGMAX, ARGMIN -> ARG_EXTREMES;
                default -> NONE; // prod, any, all: reduced from a scratch block
            };
        }

        boolean sums() { return this == SUM || this == EVERY; }

        boolean extremes() { return this == EXTREMES || this == EVERY; }

        boolean argExtremes() { return this == ARG_EXTREMES || this == EVERY; }
    }

    /** A kernel of every entry point ({@link Reduces#EVERY}). */
    public KernelSpec(List<DType> inputs, List<DType> constants, List<Instr> instrs, DType output, List<Access> access,
                      List<Integer> indices, List<Integer> gathered) {
        this(inputs, constants, instrs, output, access, indices, gathered, Reduces.EVERY);
    }

    /** A kernel whose inputs are all read from memory. */
    public KernelSpec(List<DType> inputs, List<DType> constants, List<Instr> instrs, DType output, List<Access> access) {
        this(inputs, constants, instrs, output, access, List.of());
    }

    /** A kernel with index inputs and no gathered input. */
    public KernelSpec(List<DType> inputs, List<DType> constants, List<Instr> instrs, DType output, List<Access> access, List<Integer> indices) {
        this(inputs, constants, instrs, output, access, indices, List.of());
    }

    public KernelSpec {
        java.util.Objects.requireNonNull(reduces, "reduces");
        for (int i : indices) {
            if (inputs.get(i) != DType.INT64) throw new IllegalArgumentException("index input " + i + " must be int64, got " + inputs.get(i));
        }
        for (int g : gathered) {
            if (g + 1 >= inputs.size() || inputs.get(g + 1) != DType.INT64 || indices.contains(g) || indices.contains(g + 1)) {
                throw new IllegalArgumentException("gathered input " + g + " must be followed by its int64 picks, read from memory");
            }
        }
    }

    /** Whether input {@code i} is a gathered input (read at its position plus the value of input {@code i + 1}). */
    public boolean isGathered(int i) {
        return gathered.contains(i);
    }

    /**
     * Whether gathered input {@code g} picks whole rows: its picks (input {@code g + 1}) are broadcast
     * along the inner loop, so one pick per row moves the row's position and the elements are read by
     * {@code g}'s own access. False for a spec without strides.
     */
    public boolean picksWholeRows(int g) {
        return isGathered(g) && access.size() == inputs.size() && access.get(g + 1) == Access.BROADCAST;
    }

    /** Whether input {@code i} is the picks of a gathered input that {@link #picksWholeRows}: read once per row, by no element. */
    public boolean isRowPick(int i) {
        return i > 0 && picksWholeRows(i - 1);
    }

    /** Whether input {@code i} is an index input (its value is its position). */
    public boolean isIndex(int i) {
        return indices.contains(i);
    }

    /** One elementwise op: its result dtype and the slots it reads. */
    public record Instr(Op op, DType dtype, int[] args) {
        /** By content, so that equal specs are equal keys of the kernel cache. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Instr i && op == i.op && dtype == i.dtype && java.util.Arrays.equals(args, i.args);
        }

        @Override
        public int hashCode() {
            return (op.hashCode() * 31 + dtype.hashCode()) * 31 + java.util.Arrays.hashCode(args);
        }
    }

    /** How an input moves along the inner loop: not at all (broadcast), by one element, or by another stride. */
    public enum Access {
        BROADCAST, UNIT, STRIDED;

        public static Access of(long stride) {
            return stride == 0 ? BROADCAST : stride == 1 ? UNIT : STRIDED;
        }
    }

    /** The same kernel specialised for these inner-loop input strides (which decide whether it can be vectorized). */
    public KernelSpec withStrides(long[] innerStrides) {
        List<Access> a = new ArrayList<>();
        for (long s : innerStrides) a.add(Access.of(s));
        return new KernelSpec(inputs, constants, instrs, output, List.copyOf(a), indices, gathered, reduces);
    }

    /** The dtype of a slot. */
    public DType slotType(int s) {
        if (s < inputs.size()) return inputs.get(s);
        s -= inputs.size();
        if (s < constants.size()) return constants.get(s);
        return instrs.get(s - constants.size()).dtype();
    }

    /**
     * The slot holding the kernel's result: the last instruction, or the single input or constant
     * read as is (a gathered input, not the picks after it).
     */
    public int resultSlot() {
        int last = inputs.size() + constants.size() + instrs.size() - 1;
        return instrs.isEmpty() && constants.isEmpty() && isGathered(last - 1) ? last - 1 : last;
    }

    /** The canonical text of the structure: ops, dtypes and slots (not the input strides). */
    public String key() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) sb.append(isIndex(i) ? "x" : isGathered(i) ? "g" : "i").append(inputs.get(i)).append(',');
        sb.append('|');
        for (DType d : constants) sb.append('c').append(d).append(',');
        sb.append('|');
        for (Instr i : instrs) {
            sb.append(i.op().numpyName()).append(':').append(i.dtype());
            for (int a : i.args()) sb.append(' ').append(a);
            sb.append(';');
        }
        sb.append("->").append(output);
        return reduces == Reduces.EVERY ? sb.toString() : sb.append(" reduces ").append(reduces).toString();
    }
}
