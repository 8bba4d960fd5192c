package org.ndjit.ir;

import org.ndjit.DType;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The op table's derived groups and per-row facts are what the rest of the library relies on. */
class OpTableTest {
    @Test
    void groupsFollowFromTheRows() {
        assertEquals(EnumSet.of(Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE), Op.COMPARISONS);
        assertEquals(EnumSet.of(Op.AND, Op.OR, Op.NOT, Op.LOGICAL_XOR), Op.LOGICAL);
        assertTrue(Op.FLOAT_FUNCTIONS.containsAll(EnumSet.of(Op.SQRT, Op.EXP, Op.LOG, Op.SIN, Op.COS, Op.TANH)));
        for (Op op : Op.FLOAT_FUNCTIONS) assertEquals(Op.Domain.FLOATS, op.domain(), op.toString());
    }

    @Test
    void everyElementwiseRowIsComplete() {
        for (Op op : Op.values()) {
            if (!op.isElementwise()) {
                assertEquals(Op.Domain.NONE, op.domain(), op.toString());
                continue;
            }
            assertTrue(op.arity() >= 1 && op.arity() <= 3, op.toString());
            assertTrue(!op.domain().dtypes().isEmpty(), op + " has no domain");
            assertTrue(op.result() != Op.Result.NONE, op + " has no result rule");
            if (op.vector() == Op.Vector.MATH) assertTrue(op.domain().dtypes().containsAll(Op.Domain.FLOATS.dtypes()), op + ": VectorMath twins are of float vectors");
        }
    }

    @Test
    void reductionsCarryTheirIdentity() {
        assertEquals(0.0, Op.SUM.identity());
        assertEquals(1.0, Op.PROD.identity());
        assertEquals(0.0, Op.ANY.identity());
        assertEquals(1.0, Op.ALL.identity());
        assertNull(Op.MAX.identity());
        assertNull(Op.ARGMIN.identity());
    }

    @Test
    void onlyIntegerDivisionsAndPowersRaise() {
        for (Op op : Op.values()) {
            for (DType d : DType.values()) {
                boolean expected = !d.isFloat() && EnumSet.of(Op.FLOOR_DIV, Op.MOD, Op.POW, Op.RECIPROCAL).contains(op);
                assertEquals(expected, op.canRaise(d), op + " " + d);
            }
        }
    }
}
