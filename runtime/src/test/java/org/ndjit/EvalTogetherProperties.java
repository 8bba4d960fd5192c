package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.ndjit.ir.ReferenceEvaluator;
import org.ndjit.ir.StridedArray;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@code Np.eval(a, b, ...)} plans its arrays together (one plan, each value they share computed once:
 * ShareAcrossResults, several roots in the plan cache's keys): on random graphs (the programs of
 * {@link CompiledMatchesReferenceProperties}), several arrays of one program, which share parts of
 * their graphs, some of them leaves or the same array twice, evaluated together equal the reference
 * bit for bit, each; and an integer error in one of them raises as evaluating it alone does.
 */
class EvalTogetherProperties {
    @Provide
    Arbitrary<List<Integer>> programs() {
        return new CompiledMatchesReferenceProperties().programs();
    }

    @Property(tries = 200)
    void arraysEvaluatedTogetherEqualTheReference(@ForAll("programs") List<Integer> program) {
        List<NDArray> pool = CompiledMatchesReferenceProperties.pool(program);
        List<NDArray> arrays = chosen(pool, program);
        List<StridedArray> expected = new ArrayList<>();
        for (NDArray a : arrays) {
            try {
                expected.add(ReferenceEvaluator.evaluate(a.node()));
            } catch (ArithmeticException e) {
                assertThrows(ArithmeticException.class, () -> Np.eval(arrays.toArray(NDArray[]::new)));
                return;
            }
        }
        Np.eval(arrays.toArray(NDArray[]::new));
        for (int i = 0; i < arrays.size(); i++) {
            NDArray a = arrays.get(i);
            int at = i;
            SameBits.assertSameBits(expected.get(i), a.value(), () -> "array " + at + " of " + arrays.size() + ":\n" + a.graph());
        }
    }

    /** The last array and one to three others of the pool (possibly a leaf, possibly the same array again), picked by the program's choices. */
    private static List<NDArray> chosen(List<NDArray> pool, List<Integer> program) {
        int choice = program.getLast(), more = 1 + choice % 3;
        List<NDArray> arrays = new ArrayList<>(List.of(pool.getLast()));
        for (int k = 0; k < more; k++) arrays.add(pool.get((choice >> (4 + 5 * k)) % pool.size()));
        return arrays;
    }
}
