package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan with its nodes replaced by their numbers in a {@link GraphKey} walk: the same steps for
 * any graph of that key, {@link #bind bound} to its nodes. Holds no node, so no array stays alive
 * through a cached plan.
 */
final class PlanTemplate {
    private sealed interface Form {
        Step bind(Node[] nodes);
    }

    record Kernel(int output, int[] body, int[] inputs, int[] constants) implements Form {
        public Step.Kernel bind(Node[] n) {
            return new Step.Kernel(n[output], nodes(n, body), nodes(n, inputs), nodes(n, constants));
        }
    }

    private record ReduceThen(Kernel reduce, Kernel epilogue) implements Form {
        public Step bind(Node[] n) { return new Step.ReduceThen(reduce.bind(n), epilogue.bind(n)); }
    }

    private record SharedPass(List<Form> members) implements Form {
        public Step bind(Node[] n) {
            List<Step> steps = new ArrayList<>(members.size());
            for (Form m : members) steps.add(m.bind(n));
            return new Step.SharedPass(steps);
        }
    }

    private record RowGroup(List<Form> members, int[] blockValues) implements Form {
        public Step bind(Node[] n) {
            List<Step> steps = new ArrayList<>(members.size());
            for (Form m : members) steps.add(m.bind(n));
            return new Step.RowGroup(steps, nodes(n, blockValues));
        }
    }

    private record Contraction(int product, Kernel epilogue) implements Form {
        public Step bind(Node[] n) { return new Step.Contraction(n[product], epilogue == null ? null : epilogue.bind(n)); }
    }

    private record Join(int output, List<Form> parts) implements Form {
        public Step bind(Node[] n) { return new Step.Join(n[output], parts.stream().map(p -> p.bind(n)).toList()); }
    }

    private record Selection(int output, Kernel mask) implements Form {
        public Step bind(Node[] n) { return new Step.Selection(n[output], mask.bind(n)); }
    }

    private record Reference(int output) implements Form {
        public Step bind(Node[] n) { return new Step.Reference(n[output]); }
    }

    private record View(int output) implements Form {
        public Step bind(Node[] n) { return new Step.View(n[output]); }
    }

    /** The results' numbers: one, or several for {@code Np.eval}. */
    private final int[] results;
    private final List<Form> steps;
    private final int[] marked;
    private final String[] reasons;
    /** The plan's {@link ShortKernel} or {@link ShortReduction}, made at the first short run; {@link #NO_SHORT_KERNEL} when it has none. */
    private volatile Object shortKernel;
    private static final Object NO_SHORT_KERNEL = new Object();

    private PlanTemplate(int[] results, List<Form> steps, int[] marked, String[] reasons) {
        this.results = results;
        this.steps = steps;
        this.marked = marked;
        this.reasons = reasons;
    }

    /** The template of {@code plan}, or null when the plan names a node the walk did not number. */
    static PlanTemplate of(Plan plan, Map<Node, Integer> number) {
        Numbering at = new Numbering(number);
        try {
            List<Form> steps = new ArrayList<>();
            for (Step s : plan.steps()) steps.add(form(s, at));
            int[] marked = new int[plan.materializedBecause().size()];
            String[] reasons = new String[marked.length];
            int i = 0;
            for (Map.Entry<Node, String> e : plan.materializedBecause().entrySet()) {
                marked[i] = at.of(e.getKey());
                reasons[i++] = e.getValue();
            }
            return new PlanTemplate(at.of(plan.results()), List.copyOf(steps), marked, reasons);
        } catch (NotNumbered e) {
            return null;
        }
    }

    /** The plan for the graph whose walk listed {@code nodes}. */
    Plan bind(Node[] nodes) {
        List<Step> bound = new ArrayList<>(steps.size());
        for (Form f : steps) bound.add(f.bind(nodes));
        Map<Node, String> because = new LinkedHashMap<>();
        for (int i = 0; i < marked.length; i++) because.put(nodes[marked[i]], reasons[i]);
        return new Plan(nodes(nodes, results), bound, because);
    }

    /**
     * Computes the graph whose walk listed {@code nodes} the quick way when the plan is one
     * elementwise or reduce kernel at the root, or a reduction and its epilogue, and the run
     * qualifies (see {@link ShortKernel}, {@link ShortReduction}); null otherwise.
     */
    org.ndjit.ir.StridedArray runShort(Node[] nodes, RunInputs values) {
        Object quick = shortKernel;
        if (quick == null) {
            int root = results[0];
            quick = steps.size() != 1 || results.length != 1 ? NO_SHORT_KERNEL : switch (steps.getFirst()) {
                case Kernel k when k.output() == root -> quickForm(k, k.bind(nodes));
                case ReduceThen(Kernel reduce, Kernel epilogue) when epilogue.output() == root -> quickForm(reduce, epilogue, nodes);
                default -> NO_SHORT_KERNEL;
            };
            shortKernel = quick;
        }
        return switch (quick) {
            case ShortKernel s -> s.run(nodes, values);
            case ShortReduction r -> r.run(nodes, values);
            case ShortReduction.WithEpilogue r -> r.run(nodes, values);
            default -> null;
        };
    }

    private static Object quickForm(Kernel reduce, Kernel epilogue, Node[] nodes) {
        // An epilogue reading more than the reduced values and arrays (a view of them: keepdims) would send every run the general way after its reduction.
        for (int i : epilogue.inputs()) if (i != reduce.output() && nodes[i].op() != org.ndjit.ir.Op.BUFFER) return NO_SHORT_KERNEL;
        ShortReduction r = ShortReduction.of(reduce.bind(nodes), reduce);
        ShortKernel e = ShortKernel.of(epilogue.bind(nodes), epilogue.output(), epilogue.inputs(), epilogue.constants());
        return r == null || e == null ? NO_SHORT_KERNEL : new ShortReduction.WithEpilogue(r, e, reduce.output());
    }

    private static Object quickForm(Kernel k, Step.Kernel bound) {
        Object quick = bound.reduction() == null ? ShortKernel.of(bound, k.output(), k.inputs(), k.constants()) : ShortReduction.of(bound, k);
        return java.util.Objects.requireNonNullElse(quick, NO_SHORT_KERNEL);
    }

    private static Form form(Step s, Numbering at) {
        return switch (s) {
            case Step.Kernel k -> kernel(k, at);
            case Step.ReduceThen both -> new ReduceThen(kernel(both.reduce(), at), kernel(both.epilogue(), at));
            case Step.SharedPass pass -> new SharedPass(pass.members().stream().map(m -> form(m, at)).toList());
            case Step.RowGroup group -> new RowGroup(group.members().stream().map(m -> form(m, at)).toList(), at.of(group.blockValues()));
            case Step.Contraction c -> new Contraction(at.of(c.product()), c.epilogue() == null ? null : kernel(c.epilogue(), at));
            case Step.Join join -> new Join(at.of(join.output()), join.parts().stream().map(p -> form(p, at)).toList());
            case Step.Selection sel -> new Selection(at.of(sel.output()), kernel(sel.mask(), at));
            case Step.Reference r -> new Reference(at.of(r.output()));
            case Step.View v -> new View(at.of(v.output()));
        };
    }

    private static Kernel kernel(Step.Kernel k, Numbering at) {
        return new Kernel(at.of(k.output()), at.of(k.body()), at.of(k.inputs()), at.of(k.constants()));
    }

    private static List<Node> nodes(Node[] n, int[] numbers) {
        Node[] out = new Node[numbers.length];
        for (int i = 0; i < numbers.length; i++) out[i] = n[numbers[i]];
        return List.of(out);
    }

    private static final class NotNumbered extends RuntimeException {
        NotNumbered() { super(null, null, false, false); }
    }

    private record Numbering(Map<Node, Integer> number) {
        int of(Node n) {
            Integer i = number.get(n);
            if (i == null || i < 0) throw new NotNumbered();
            return i;
        }

        int[] of(List<Node> nodes) {
            int[] out = new int[nodes.size()];
            for (int i = 0; i < out.length; i++) out[i] = of(nodes.get(i));
            return out;
        }
    }
}
