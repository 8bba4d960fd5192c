package org.ndjit.optimizer;

import org.ndjit.DType;
import org.ndjit.ir.Node;
import org.ndjit.ir.Op;

/**
 * Which nodes of the seven dtypes issue 17 added (int8, int16, uint8 to uint64, float16: those
 * without {@link DType#hasKernels}) are compiled. Elementwise ops and views of them are (the code
 * generator holds each in a wider JVM type and narrows every result as the reference does, in
 * vector loops but for a few uint64 ops and float64's cast to float16), and so are reductions over them (the engine's
 * scratch blocks hand their values to the reference's accumulators as the reference reads them;
 * uint64's order is the accumulators' own, see {@code Reduction}'s flip), concatenations and
 * gathers (which move elements by their width). Every other op reading or producing one of them
 * (sorts, scans, updates, products, the other routines) is still computed by the reference
 * evaluator, whose engine paths have no rows for them; DtypeFamiliesTest holds every family to NumPy.
 */
final class NarrowDtypePlans {
    private NarrowDtypePlans() {}

    /** Whether {@code n} reads or produces one of the seven and is an op their kernels do not compute. */
    static boolean referenceOnly(Node n) {
        if (n.op().isElementwise() || n.op() == Op.VIEW || n.op().isReduce() || n.op() == Op.CONCAT || n.op() == Op.GATHER) return false;
        if (!n.dtype().hasKernels()) return true;
        for (Node s : n.srcs()) if (!s.dtype().hasKernels()) return true;
        return false;
    }
}
