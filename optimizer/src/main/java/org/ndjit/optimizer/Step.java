package org.ndjit.optimizer;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.List;

/** One step of a {@link Plan}: it materializes one node, reading only nodes materialized before it. */
public sealed interface Step {
    /** The node whose value this step produces. */
    Node output();

    /** The nodes this step reads (computed before it, or views of those), in no particular order. */
    List<Node> reads();

    /**
     * A fused loop kernel: the elementwise nodes of {@code body} (inputs before consumers, the last
     * one feeding the output) computed per element from {@code inputs} (materialized nodes read
     * through strided accessors) and {@code constants} (0-d constants passed as arguments), then
     * either written out or, when {@code output} is a reduction, reduced without being written.
     * An input may be a gather ({@code x[idx]}), read in place through its index arrays: the kernel
     * reads the gather's source and index arrays, which are its {@link #reads}.
     */
    record Kernel(Node output, List<Node> body, List<Node> inputs, List<Node> constants) implements Step {
        /** The reduction this kernel ends in, or null for an elementwise kernel. */
        public Node reduction() { return output.op().isReduce() ? output : null; }

        /** The node whose elements the loop computes (the reduction's input, or the output itself). */
        public Node produced() { return output.op().isReduce() ? output.src(0) : output; }

        public List<Node> reads() {
            if (!readsGather()) return inputs;
            List<Node> out = new java.util.ArrayList<>();
            for (Node n : inputs) {
                if (n.op() == Op.GATHER) out.addAll(n.srcs());
                else out.add(n);
            }
            return out;
        }

        /** Whether an input is a gather read in place. */
        public boolean readsGather() {
            for (Node n : inputs) if (n.op() == Op.GATHER) return true;
            return false;
        }
    }

    /**
     * A reduction followed by elementwise work on its result alone ({@code sqrt(sum(...))}, the
     * division of a mean): one pass over the input; the epilogue then runs over the reduced values.
     */
    record ReduceThen(Kernel reduce, Kernel epilogue) implements Step {
        public Node output() { return epilogue.output(); }

        public List<Node> reads() { return concat(reduce.reads(), epilogue.reads()); }
    }

    /**
     * Reductions over the same elements' shape and axes (each a reduce {@link Kernel} or a
     * {@link ReduceThen}) run in one pass: every block of input rows is evaluated by each member's
     * loop in turn while it is in cache, so their common input is read from memory once (the sum
     * and the shifted sums of squares of a mean and a variance). Produces every member's output.
     */
    record SharedPass(List<Step> members) implements Step {
        public Node output() { return members.getLast().output(); }

        public List<Node> reads() { return members.stream().flatMap(m -> m.reads().stream()).toList(); }
    }

    /**
     * Steps that run one block of rows at a time, each member in turn on the block while the rows
     * are in cache: reductions of the trailing axes of one loop shape (each a reduce {@link Kernel},
     * a {@link ReduceThen} or a {@link SharedPass}), and elementwise kernels over that shape or
     * over the reduced values' shape, all reading what earlier members produce only at their own
     * rows. So the max, the sum of {@code exp(x - max)} and the division of a row softmax read x from
     * memory once. Each member produces its whole output, but for the elementwise members whose
     * outputs are {@code blockValues}: those are kept one block of rows at a time, in a buffer that
     * only the later members of the group read (at their own positions), and are never written whole.
     */
    record RowGroup(List<Step> members, List<Node> blockValues) implements Step {
        /** A group that keeps no block values. */
        public RowGroup(List<Step> members) {
            this(members, List.of());
        }

        public Node output() { return members.getLast().output(); }

        public List<Node> reads() { return members.stream().flatMap(m -> m.reads().stream()).toList(); }

        /**
         * The group's first reduction, whose loop's shape is the rows' (its reduced axes are the
         * rows' elements); a block value may be computed before it.
         */
        public Kernel firstReduction() {
            for (Step m : members) {
                Step s = m instanceof SharedPass pass ? pass.members().getFirst() : m;
                if (s instanceof ReduceThen both) return both.reduce();
                if (s instanceof Kernel k && k.reduction() != null) return k;
            }
            throw new IllegalStateException("a row group without a reduction");
        }
    }

    /**
     * A matrix product, computed by the blocked contraction kernel. With an {@code epilogue} (the
     * elementwise kernel that is the product's only reader and has its shape, such as the bias and
     * activation of {@code relu(X @ W + b)}), each block of the product is finished by the epilogue
     * while it is still in cache, so the output is written once and the product never separately.
     */
    record Contraction(Node product, Kernel epilogue) implements Step {
        public Node output() { return epilogue == null ? product : epilogue.output(); }

        public List<Node> reads() {
            List<Node> operands = product.srcs();
            for (Node operand : product.srcs()) {
                Node matrix = ScaledOperands.matrixUnder(product, operand);
                if (matrix != null) operands = concat(operands, List.of(matrix)); // read in place when the scaled matrix is not written
            }
            return epilogue == null ? operands : concat(operands, epilogue.reads());
        }
    }

    /**
     * A mask selection {@code x[mask]} whose mask is a predicate not written on its own
     * ({@code x[x > 0]}): the {@code mask} kernel computes it a chunk of positions at a time into a
     * small block that the selection's copy loop reads while it is in cache, so the full-size bool
     * array is never written. A selection by a mask that is computed elsewhere is a {@link Reference}.
     */
    record Selection(Node output, Kernel mask) implements Step {
        public List<Node> reads() { return concat(List.of(output.src(0)), mask.reads()); }
    }

    /** A node the compiler does not fuse: a mask selection (its own copy loop) or a range, integer matmul and the like (the reference). */
    record Reference(Node output) implements Step {
        public List<Node> reads() { return output.srcs(); }
    }

    /**
     * A concatenation written part by part: each part's kernel (its fused elementwise region, or a
     * plain read of a part computed elsewhere), or a nested Join for a part that is a concatenation
     * along another axis (a pad of two axes), writes straight into the part's region of the one
     * output, so no part is written on its own and copied afterwards. Its own step kind, not a
     * {@link Reference}, because the parts' computation belongs to it: a reference step reads
     * its inputs already materialized.
     */
    record Join(Node output, List<Step> parts) implements Step {
        public List<Node> reads() { return parts.stream().flatMap(p -> p.reads().stream()).toList(); }
    }

    /** A view of an already materialized node: no work, only a new layout. */
    record View(Node output) implements Step {
        public List<Node> reads() { return output.srcs(); }
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        List<Node> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
