package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The op table and the scalar methods agree: loading {@link ScalarOpTable} links every elementwise
 * row to a method for each dtype of its domain (it fails to load otherwise, listing what is missing).
 */
class ScalarOpTableTest {
    @Test
    void everyElementwiseRowIsLinkedForItsWholeDomain() {
        int linked = 0;
        for (Op op : Op.values()) {
            if (!op.isElementwise()) continue;
            for (DType d : op.domain().dtypes()) {
                if (op == Op.CAST || !d.hasKernels()) continue; // the others run in the reference evaluator
                ScalarOpTable.Call call = ScalarOpTable.call(op, d);
                assertEquals(op.numpyName() + "_" + JvmTypes.jvmDesc(d), call.name());
                assertTrue(call.descriptor().endsWith(op.result() == Op.Result.BOOL ? ")Z" : ")" + JvmTypes.jvmDesc(d)), call.toString());
                linked++;
            }
        }
        for (DType from : DType.values()) for (DType to : DType.values()) if (from != to && from.hasKernels() && to.hasKernels()) assertEquals("(" + JvmTypes.jvmDesc(from) + ")" + JvmTypes.jvmDesc(to), ScalarOpTable.cast(from, to).descriptor());
        assertTrue(linked > 100, "linked " + linked);
    }

    @Test
    void anOpOutsideItsDomainHasNoScalarMethod() {
        var e = assertThrows(IllegalArgumentException.class, () -> ScalarOpTable.call(Op.DIV, DType.INT64));
        assertEquals("divide has no scalar definition for int64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScalarOpTable.call(Op.AND, DType.FLOAT64));
    }
}
