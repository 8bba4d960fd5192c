package org.ndjit.optimizer;

import org.ndjit.ir.GraphText;
import org.ndjit.ir.Node;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Op;
import org.ndjit.ir.ReduceAxes;
import org.ndjit.ir.Shapes;

import java.util.IdentityHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What materializing a node (or several, {@code Np.eval}) will do: the steps in order, each producing
 * an intermediate or a result. Intermediates are the outputs that are not results; each is there
 * for a stated reason.
 */
public record Plan(List<Node> results, List<Step> steps, Map<Node, String> materializedBecause) {

    /** The plan of one array. */
    public Plan(Node root, List<Step> steps, Map<Node, String> materializedBecause) {
        this(List.of(root), steps, materializedBecause);
    }

    /** The result of a plan of one array; of a plan of several, the last. */
    public Node root() {
        return results.getLast();
    }

    /** Whether {@code n} is one of the results. */
    public boolean isResult(Node n) {
        for (Node r : results) if (r == n) return true;
        return false;
    }

    /** Every loop kernel the plan runs: both halves of a reduce-then-epilogue, the members of a shared pass, a product's epilogue. */
    public List<Step.Kernel> kernels() {
        List<Step.Kernel> out = new java.util.ArrayList<>();
        for (Step s : steps) kernelsOf(s, out);
        return out;
    }

    private static void kernelsOf(Step s, List<Step.Kernel> out) {
        switch (s) {
            case Step.Kernel k -> out.add(k);
            case Step.ReduceThen both -> { out.add(both.reduce()); out.add(both.epilogue()); }
            case Step.SharedPass pass -> pass.members().forEach(m -> kernelsOf(m, out));
            case Step.RowGroup group -> group.members().forEach(m -> kernelsOf(m, out));
            case Step.Contraction c -> { if (c.epilogue() != null) out.add(c.epilogue()); }
            case Step.Join join -> join.parts().forEach(m -> kernelsOf(m, out));
            case Step.Selection selection -> out.add(selection.mask());
            case Step.Reference r -> { }
            case Step.View v -> { }
        }
    }

    public long kernelCount() {
        return steps.stream().filter(s -> !(s instanceof Step.View)).count();
    }

    /** The plan as text: a summary line, then each step with what it fused and what it reads. */
    public String explain() {
        return explain(Map.of());
    }

    /**
     * {@link #explain()} with an extra line under each kernel that has a note (keyed by the kernel
     * of {@link #kernels()}), such as the engine's compilation status of its class.
     */
    public String explain(Map<Step.Kernel, String> notes) {
        Node root = root();
        if (results.size() == 1 && root.op() == Op.BUFFER) return "plan: nothing to compute: the array holds its values (" + GraphText.type(root) + ")\n";
        java.util.function.Function<Step.Kernel, String> annotate = notes::get;
        Map<Node, String> names = new IdentityHashMap<>();
        StringBuilder sb = new StringBuilder();
        long kernels = kernelCount();
        // A row group's block values are never written whole: not intermediates.
        long intermediates = steps.stream().filter(s -> !(s instanceof Step.View)).flatMap(s -> outputs(s).stream())
                .filter(n -> !isResult(n)).count() - steps.stream().mapToLong(s -> s instanceof Step.RowGroup g ? g.blockValues().size() : 0).sum();
        sb.append("plan: ").append(kernels).append(kernels == 1 ? " kernel, " : " kernels, ")
          .append(intermediates).append(intermediates == 1 ? " intermediate" : " intermediates").append('\n');
        int k = 0;
        for (Step s : steps) {
            if (s instanceof Step.View view) {
                names.put(s.output(), "t" + names.size());
                sb.append("view: ").append(names.get(s.output())).append(' ').append(GraphText.type(view.output()))
                  .append(" {").append(view.output().arg()).append("}\n");
                continue;
            }
            describeStep(sb.append("kernel ").append(k++).append(": "), s, names, annotate, "");
        }
        if (results.size() > 1) {
            sb.append("results:");
            for (Node r : results) sb.append(' ').append(names.getOrDefault(r, GraphText.type(r)));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One step (after its "kernel n: " or its indent) and its detail lines, each prefixed with {@code indent}. */
    private void describeStep(StringBuilder sb, Step s, Map<Node, String> names,
                              java.util.function.Function<Step.Kernel, String> annotate, String indent) {
        String name = "t" + names.size();
        switch (s) {
            case Step.Kernel kernel -> describe(sb, name, kernel, names, annotate, indent);
            case Step.ReduceThen both -> describe(sb, name, both, names, annotate, indent);
            case Step.SharedPass pass -> {
                sb.append("one pass over ").append(GraphText.type(reduceOf(pass.members().getFirst()).produced())).append(", ")
                  .append(pass.members().size()).append(" reductions\n");
                members(sb, pass.members(), names, annotate, indent);
                return;
            }
            case Step.RowGroup group -> {
                Step.Kernel first = group.firstReduction();
                sb.append("blocks of rows of ").append(GraphText.type(first.produced())).append(", each through ")
                  .append(group.members().size()).append(" steps\n");
                for (Step m : group.members()) {
                    describeStep(sb.append(indent).append("  "), m, names, annotate, indent + "  ");
                    if (group.blockValues().contains(m.output())) {
                        sb.append(indent).append("    kept one block of rows at a time, never whole: only later steps of the group read it\n");
                    }
                }
                return;
            }
            case Step.Contraction c -> {
                sb.append(name).append(' ')
                  .append(GraphText.type(c.output())).append(" = matmul (blocked contraction) of ")
                  .append(operandsOf(c.product(), names)).append('\n');
                if (c.epilogue() != null) {
                    List<Node> others = c.epilogue().inputs().stream().filter(n -> n != c.product()).toList();
                    sb.append(indent).append("  then on each finished block of the product: ").append(opsOf(c.epilogue().body()))
                      .append(others.isEmpty() ? "" : " reading " + inputsOf(others, names)).append('\n');
                    String note = annotate.apply(c.epilogue());
                    if (note != null) sb.append(indent).append("  ").append(note).append('\n');
                }
            }
            case Step.Join join -> {
                sb.append(name).append(' ').append(GraphText.type(join.output())).append(" = concatenate along axis ")
                  .append(join.output().arg()).append(", each part computed into its region\n");
                describeParts(sb, join, name, names, annotate, indent);
            }
            case Step.Selection selection -> {
                sb.append(name).append(' ').append(GraphText.type(selection.output()))
                  .append(" = compress (selection loop), its mask computed a chunk at a time, never written whole\n");
                describe(sb.append(indent).append("  "), name + ".mask", selection.mask(), names, annotate, indent + "  ");
            }
            case Step.Reference ref -> sb.append(name).append(' ')
                    .append(GraphText.type(ref.output())).append(" = ").append(ref.output().op().numpyName())
                    .append(switch (ref.output().op()) {
                        case COMPRESS -> " (selection loop)\n";
                        case GATHER -> " (gather loop)\n";
                        case SCATTER -> " (update loop)\n";
                        case NONZERO -> " (nonzero loop)\n";
                        case SORT, ARGSORT, CUMSUM, CUMPROD, PARTITION, SEARCHSORTED -> " (line routine)\n";
                        default -> " (reference)\n";
                    });
            case Step.View view -> throw new IllegalArgumentException("a view is not a kernel");
        }
        names.put(s.output(), name);
        String why = materializedBecause.get(s.output());
        if (why != null && !isResult(s.output())) sb.append(indent).append("  materialized: ").append(why).append('\n');
    }

    /** A join's parts, one level deeper, named after the join: a kernel each, or a nested join with its parts. */
    private void describeParts(StringBuilder sb, Step.Join join, String name, Map<Node, String> names,
                               java.util.function.Function<Step.Kernel, String> annotate, String indent) {
        for (int i = 0; i < join.parts().size(); i++) {
            String part = name + "." + i;
            if (join.parts().get(i) instanceof Step.Join nested) {
                sb.append(indent).append("  ").append(part).append(' ').append(GraphText.type(nested.output()))
                  .append(" = concatenate along axis ").append(nested.output().arg()).append(" into its region\n");
                describeParts(sb, nested, part, names, annotate, indent + "  ");
            } else {
                describe(sb.append(indent).append("  "), part, join.parts().get(i), names, annotate, indent + "  ");
            }
        }
    }

    /** The members of a shared pass or a row group, one level deeper. */
    private void members(StringBuilder sb, List<Step> members, Map<Node, String> names,
                         java.util.function.Function<Step.Kernel, String> annotate, String indent) {
        for (Step m : members) describeStep(sb.append(indent).append("  "), m, names, annotate, indent + "  ");
    }

    /** A reduce kernel (with its epilogue, if any) or an elementwise kernel; {@code indent} prefixes its detail lines. */
    private static void describe(StringBuilder sb, String name, Step step, Map<Node, String> names,
                                 java.util.function.Function<Step.Kernel, String> annotate, String indent) {
        Step.Kernel kernel = step instanceof Step.ReduceThen both ? both.reduce() : (Step.Kernel) step;
        sb.append(name).append(' ').append(GraphText.type(kernel.output()));
        sb.append(kernel.reduction() != null ? " = reduce " + kernel.output().op().numpyName() + " " + kernel.output().arg() : " = elementwise");
        sb.append('\n').append(indent).append("  loop: ").append(loopOf(kernel)).append('\n');
        sb.append(indent).append("  fuses: ").append(opsOf(kernel.body())).append('\n');
        // A kernel that copies a view (for a reshape) reads the view node it produces: name its source instead.
        Map<Node, String> others = names;
        if (kernel.inputs().contains(kernel.output())) {
            others = new IdentityHashMap<>(names);
            others.remove(kernel.output());
        }
        sb.append(indent).append("  reads: ").append(inputsOf(kernel.inputs(), others, kernel.produced().shape())).append('\n');
        String note = annotate.apply(kernel);
        if (note != null) sb.append(indent).append("  ").append(note).append('\n');
        if (step instanceof Step.ReduceThen both) {
            sb.append(indent).append("  then on the reduced values: ").append(opsOf(both.epilogue().body())).append(" -> ")
              .append(GraphText.type(both.output())).append('\n');
        }
    }

    private static Step.Kernel reduceOf(Step s) {
        return s instanceof Step.ReduceThen both ? both.reduce() : (Step.Kernel) s;
    }

    /** The nodes a step materializes. */
    private static List<Node> outputs(Step s) {
        return switch (s) {
            case Step.SharedPass pass -> pass.members().stream().flatMap(m -> outputs(m).stream()).toList();
            case Step.RowGroup group -> group.members().stream().flatMap(m -> outputs(m).stream()).toList();
            default -> List.of(s.output());
        };
    }

    private static String opsOf(List<Node> body) {
        StringBuilder sb = new StringBuilder();
        for (Node n : body) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(n.op().numpyName());
        }
        return sb.isEmpty() ? "(copy)" : sb.toString();
    }

    /**
     * The loop nest over the elements a kernel computes, outermost first: the runtime merges axes
     * that are contiguous in every operand, walks the innermost one in the generated row loop, and
     * reduces the axes of a reduction without writing its input.
     */
    private static String loopOf(Step.Kernel kernel) {
        long[] shape = kernel.produced().shape();
        if (shape.length == 0) return "one element";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) sb.append(i == 0 ? "" : ", ").append('i').append(i).append(" < ").append(shape[i]);
        sb.append(" (i").append(shape.length - 1).append(" innermost)");
        if (kernel.reduction() != null) {
            sb.append(", reducing");
            for (int a : ((ReduceAxes) kernel.output().arg()).axes()) sb.append(" i").append(a);
        }
        return sb.toString();
    }

    private static String inputsOf(List<Node> inputs, Map<Node, String> names) {
        return inputsOf(inputs, names, null);
    }

    /** A contraction's operands as {@link #inputsOf} names them, and a scaled matrix read in place (see {@link ScaledOperands}) as its array times the constant. */
    private static String operandsOf(Node product, Map<Node, String> names) {
        List<String> operands = new ArrayList<>();
        for (Node operand : product.srcs()) {
            Node matrix = ScaledOperands.matrixUnder(product, operand), mul = operand.op() == Op.VIEW ? operand.src(0) : operand;
            if (matrix == null || names.containsKey(operand) || names.containsKey(mul)) operands.add(inputsOf(List.of(operand), names));
            else operands.add((operand != mul ? "view of " : "") + inputsOf(List.of(matrix), names) + " times " + ScaledOperands.scale(mul) + " (multiplied as it is read)");
        }
        return String.join(", ", operands);
    }

    /** Whether an array of {@code shape} broadcasts to the loop's shape (NumPy's rule, trailing axes aligned). */
    private static boolean readAlong(long[] shape, long[] loop) {
        if (shape.length > loop.length) return false;
        for (int i = 1; i <= shape.length; i++) {
            long d = shape[shape.length - i];
            if (d != 1 && d != loop[loop.length - i]) return false;
        }
        return true;
    }

    /** The inputs by name and type; with a loop shape, also the strides (in elements) each is read with along the loop's axes. */
    private static String inputsOf(List<Node> inputs, Map<Node, String> names, long[] loop) {
        StringBuilder sb = new StringBuilder();
        for (Node n : inputs) {
            if (!sb.isEmpty()) sb.append(", ");
            String name = names.get(n);
            if (name == null && n.op() == Op.VIEW && names.containsKey(n.src(0))) name = "view of " + names.get(n.src(0));
            if (name == null && n.op() == Op.VIEW && n.src(0).op() == Op.ARANGE) name = "view of arange";
            if (name == null && n.op() == Op.VIEW && n.src(0).op() != Op.BUFFER) name = "view of computed array";
            if (name == null && n.op() == Op.GATHER) name = "take in place (" + inputsOf(n.srcs(), names) + ")";
            if (name == null && n.op() != Op.BUFFER && n.op() != Op.VIEW && n.op() != Op.ARANGE) name = "computed array";
            sb.append(name != null ? name : n.op().numpyName()).append(' ').append(GraphText.type(n));
            // Strides along the loop for what the loop reads; none for a kernel's own output among its inputs when
            // its shape is not the loop's (a reduction computing a part of a concatenation writes into its region).
            if (loop != null && loop.length > 0 && n.op() != Op.GATHER && readAlong(n.shape(), loop)) {
                Layout layout = n.op() == Op.VIEW ? (Layout) n.arg() : Layout.contiguous(n.shape());
                sb.append(" strides ").append(Shapes.tuple(layout.broadcastTo(loop).strides()));
            }
        }
        return sb.isEmpty() ? "(none)" : sb.toString();
    }
}
