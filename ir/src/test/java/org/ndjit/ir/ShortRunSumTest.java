package org.ndjit.ir;

import org.ndjit.DType;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Reduction#acceptFloats} of a float sum: runs of fewer than {@link Reduction#FEW_CHUNKS} groups of
 * {@link Reduction#LANES} are added element by element, longer ones through the {@link Reduction.LaneAdder};
 * either way the result is bit for bit that of the values accepted one by one ({@link Reduction#acceptFloat}),
 * from every start position in a group of lanes, at every length up to a few groups past the threshold.
 */
class ShortRunSumTest {
    @Test
    void blocksOfEveryLengthSumAsOneByOne() {
        Random rnd = new Random(11);
        AtomicInteger adderCalls = new AtomicInteger();
        Reduction.LaneAdder counting = (sum, comp, o, stride, values, from, chunks) -> {
            if (chunks > 0) adderCalls.incrementAndGet();
            Reduction.SCALAR_LANES.add(sum, comp, o, stride, values, from, chunks);
        };
        int longest = (Reduction.FEW_CHUNKS + 3) * Reduction.LANES;
        for (int start = 0; start < Reduction.LANES; start++) {
            for (int len = 0; len <= longest; len++) {
                double[] values = new double[len];
                for (int j = 0; j < len; j++) values[j] = rnd.nextGaussian() * Math.pow(10, rnd.nextInt(12) - 6);
                Reduction blocked = new Reduction(Op.SUM, DType.FLOAT64, 3, counting), oneByOne = new Reduction(Op.SUM, DType.FLOAT64, 3);
                for (int p = 0; p < start; p++) { // the lanes start where a row of `start` elements left them
                    blocked.acceptFloat(1, 1.0 / (p + 3), p);
                    oneByOne.acceptFloat(1, 1.0 / (p + 3), p);
                }
                int before = adderCalls.get();
                blocked.acceptFloats(1, values, len, start);
                for (int j = 0; j < len; j++) oneByOne.acceptFloat(1, values[j], start + j);
                int aligned = (start + Reduction.LANES - 1) / Reduction.LANES * Reduction.LANES - start;
                int groups = len > aligned ? (len - aligned) / Reduction.LANES : 0;
                assertEquals(groups >= Reduction.FEW_CHUNKS ? 1 : 0, adderCalls.get() - before, "lane adder calls, start " + start + " length " + len);
                Buffer a = Buffer.allocate(DType.FLOAT64, 3), b = Buffer.allocate(DType.FLOAT64, 3);
                blocked.store(a);
                oneByOne.store(b);
                assertEquals(Double.doubleToRawLongBits(b.getDouble(1)), Double.doubleToRawLongBits(a.getDouble(1)), "start " + start + " length " + len);
            }
        }
    }
}
