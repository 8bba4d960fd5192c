package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.List;

/** The values of a kernel's constants, as the generated code reads them: floats in doubles, the rest in longs. */
record Constants(double[] doubles, long[] longs) {
    static final Constants NONE = new Constants(new double[0], new long[0]);

    static Constants of(List<Node> constants) {
        return of(constants.toArray(Node[]::new), null);
    }

    /** The values of {@code nodes[numbers[c]]}, or of {@code nodes[c]} when {@code numbers} is null. */
    static Constants of(Node[] nodes, int[] numbers) {
        int count = numbers == null ? nodes.length : numbers.length;
        if (count == 0) return NONE;
        double[] d = new double[count];
        long[] l = new long[count];
        for (int c = 0; c < count; c++) {
            Node n = nodes[numbers == null ? c : numbers[c]];
            Object v = (n.op() == Op.CONST ? n : n.src(0)).arg();
            switch (v) {
                case Double x -> d[c] = x;
                case Long x -> l[c] = x;
                case Boolean x -> l[c] = x ? 1 : 0;
                default -> throw new IllegalStateException("not a constant: " + n);
            }
        }
        return new Constants(d, l);
    }
}
