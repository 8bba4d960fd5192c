package org.ndjit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** explain() of an array that holds its values (made from data, or computed and so a leaf) says there is nothing to compute. */
class ExplainComputedTest {
    @Test
    void anArrayThatHoldsItsValuesHasNothingToCompute() {
        NDArray x = Np.array(1.0, 2.0, 3.0);
        assertEquals("plan: nothing to compute: the array holds its values (f64[3])\n", x.explain());
        NDArray y = x.mul(2).add(1);
        assertEquals("plan: 1 kernel, 0 intermediates\n", y.explain().lines().findFirst().orElseThrow() + "\n");
        y.eval();
        assertEquals("plan: nothing to compute: the array holds its values (f64[3])\n", y.explain());
    }
}
