package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

import java.util.List;

/** The values of a kernel's constants, as the generated code reads them: floats in doubles, the rest in longs. */
record Constants(double[] doubles, long[] longs) {
    static final Constants NONE = new Constants(new double[0], new long[0]);

    static Constants of(List<Node> constants) {
        double[] d = new double[constants.size()];
        long[] l = new long[constants.size()];
        for (int c = 0; c < constants.size(); c++) {
            Node n = constants.get(c);
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
