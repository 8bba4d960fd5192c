package org.ndjit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Np.einsum} on random subscripts (1 to 3 operands, repeated indices, upper and lower case,
 * size-0 and broadcast size-1 axes, ellipses of different lengths, implicit and explicit outputs)
 * against the obvious evaluation: a loop over every combination of every index's values, adding the
 * product of the operands' elements to the output element its output indices name.
 *
 * <p>Integers, booleans and float16 (whose operands are -1, 0 and 1, see {@link #value}) must match exactly.
 * Floats: any order of summing N products of p factors
 * is within {@code (N - 1 + p - 1) eps sum|terms|} of the exact sum (first order), so the library's
 * pairwise contraction and this loop are within {@code 2 (N + p) eps sum|terms|} of each other, N the
 * number of summed terms per output element (the product of the summed indices' sizes).
 */
class EinsumProperties {
    private static final String LETTERS = "abcdA";

    @Property(tries = 400)
    void einsumMatchesNestedLoops(@ForAll long seed) {
        Random r = new Random(seed);
        Case c = Case.random(r);
        NDArray[] operands = new NDArray[c.terms.size()];
        double[][] values = new double[operands.length][];
        for (int t = 0; t < operands.length; t++) {
            long[] shape = c.shape(t);
            int n = (int) size(shape);
            values[t] = new double[n];
            for (int i = 0; i < n; i++) values[t][i] = value(r, c.dtype);
            operands[t] = Np.array(values[t]).reshape(shape).astype(c.dtype);
            if (c.dtype == DType.FLOAT32) values[t] = operands[t].astype(DType.FLOAT64).toDoubleArray();
        }
        NDArray actual = Np.einsum(c.subscripts, operands);
        double[][] expected = c.loop(values);
        assertArrayEquals(c.outputShape(), actual.shape(), c.subscripts);
        assertEquals(c.dtype, actual.dtype(), c.subscripts);
        double[] got = actual.astype(DType.FLOAT64).toDoubleArray();
        double eps = switch (c.dtype) {
            case FLOAT16 -> 0x1p-10; // float16's epsilon
            case FLOAT32 -> Math.ulp(1.0f);
            default -> Math.ulp(1.0);
        };
        for (int i = 0; i < got.length; i++) {
            double want = c.dtype == DType.BOOL ? (expected[0][i] != 0 ? 1 : 0) : expected[0][i];
            if (!c.dtype.isFloat() || c.dtype == DType.FLOAT16 && expected[1][i] <= 2048) {
                assertEquals(wrapped(want, c.dtype), got[i], 0.0, c.subscripts + " element " + i); // -0.0 equals 0.0 (float16's products of 0 and -1)
            } else {
                double bound = 2 * (c.summedTerms() + operands.length) * eps * expected[1][i];
                assertTrue(Math.abs(got[i] - want) <= bound, c.subscripts + " element " + i + ": " + got[i] + " vs " + want + " (bound " + bound + ")");
            }
        }
    }

    /**
     * The exact integer {@code want} as the dtype holds it: its low bits, as NumPy's integer products
     * and sums wrap (the operands' negative values are large ones in the unsigned dtypes). uint64's
     * operands are not negative and float16's sums are exact (see {@link #value}): nothing wraps.
     */
    private static double wrapped(double want, DType d) {
        if (d.bits() >= 64 || d.isBool() || d.isFloat()) return want;
        long bits = (long) want & ((1L << d.bits()) - 1);
        return d.isUnsigned() || bits < 1L << (d.bits() - 1) ? bits : bits - (1L << d.bits());
    }

    /**
     * An operand's element: floats in [-1, 1); small integers; uint64 0..5 (its results, below 2^53,
     * then convert to float64 exactly); float16 -1, 0 or 1, so that every product and sum (at most
     * terms) is an integer, which float16 holds exactly while sum|terms| is at most 2048, whatever the
     * order or width of accumulation; beyond (rare: seven summed axes of four), the float bound.
     */
    private static double value(Random r, DType d) {
        return switch (d) {
            case FLOAT16 -> r.nextInt(3) - 1;
            case FLOAT32, FLOAT64 -> r.nextDouble() * 2 - 1;
            case BOOL -> r.nextInt(3) / 2;
            case UINT64 -> r.nextInt(6);
            default -> r.nextInt(11) - 5;
        };
    }

    private static long size(long[] shape) {
        long n = 1;
        for (long d : shape) n *= d;
        return n;
    }

    /**
     * One random call. Each operand's axes are named by chars: letters, and for the axes an ellipsis
     * stands for the digits '0'.. (right-aligned, as NumPy aligns broadcast dimensions), so the loop
     * below treats both alike.
     */
    private record Case(String subscripts, List<String> terms, String output, TreeMap<Character, Long> sizes,
                        List<long[]> shapes, DType dtype) {
        static Case random(Random r) {
            DType[] dtypes = {DType.FLOAT64, DType.FLOAT64, DType.FLOAT32, DType.FLOAT16, DType.INT64, DType.INT32, DType.BOOL,
                    DType.INT8, DType.INT16, DType.UINT8, DType.UINT16, DType.UINT32, DType.UINT64};
            DType dtype = dtypes[r.nextInt(dtypes.length)];
            int ellipsis = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
            TreeMap<Character, Long> sizes = new TreeMap<>();
            for (char c : (LETTERS + "01").toCharArray()) sizes.put(c, r.nextInt(12) == 0 ? 0L : 1L + r.nextInt(4));
            int operands = 1 + r.nextInt(3);
            List<String> terms = new ArrayList<>();
            List<long[]> shapes = new ArrayList<>();
            StringBuilder subscripts = new StringBuilder();
            int broadcast = 0;
            for (int t = 0; t < operands; t++) {
                StringBuilder term = new StringBuilder(), written = new StringBuilder();
                int letters = r.nextInt(4);
                for (int i = 0; i < letters; i++) term.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
                written.append(term);
                if (ellipsis > 0 && r.nextInt(4) != 0) {
                    int at = r.nextInt(term.length() + 1), k = r.nextInt(ellipsis + 1);
                    term.insert(at, "01".substring(ellipsis - k, ellipsis));
                    broadcast = Math.max(broadcast, k);
                    written.insert(at, "...");
                }
                long[] shape = new long[term.length()];
                for (int i = 0; i < shape.length; i++) {
                    char c = term.charAt(i);
                    int first = term.indexOf(String.valueOf(c));
                    shape[i] = first < i ? shape[first] : r.nextInt(5) == 0 ? 1 : sizes.get(c);
                }
                terms.add(term.toString());
                shapes.add(shape);
                subscripts.append(t == 0 ? "" : ",").append(written);
            }
            String output;
            if (r.nextInt(3) == 0) {
                output = null;
            } else {
                List<Character> used = new ArrayList<>();
                for (String t : terms) for (char c : t.toCharArray()) if (Character.isLetter(c) && !used.contains(c)) used.add(c);
                java.util.Collections.shuffle(used, r);
                StringBuilder out = new StringBuilder(), written = new StringBuilder();
                for (char c : used.subList(0, r.nextInt(used.size() + 1))) {
                    out.append(c);
                    written.append(c);
                }
                if (ellipsis > 0) {
                    int at = r.nextInt(out.length() + 1);
                    out.insert(at, "01".substring(ellipsis - broadcast, ellipsis));
                    written.insert(at, "...");
                }
                output = out.toString();
                subscripts.append("->").append(written);
            }
            Case c = new Case(subscripts.toString(), terms, output, sizes, shapes, dtype);
            return output != null ? c : new Case(c.subscripts, terms, c.implicitOutput("01".substring(ellipsis - broadcast, ellipsis)), sizes, shapes, dtype);
        }

        /** NumPy's implicit output: the broadcast axes, then the letters used once, in ASCII order. */
        String implicitOutput(String broadcastAxes) {
            StringBuilder out = new StringBuilder(broadcastAxes);
            String all = String.join("", terms);
            for (char c : sizes.keySet()) if (Character.isLetter(c) && all.indexOf(c) >= 0 && all.indexOf(c) == all.lastIndexOf(c)) out.append(c);
            return out.toString();
        }

        long[] shape(int t) {
            return shapes.get(t);
        }

        /** An index's size in this call: the largest of its axes (an axis of 1 broadcasts; 0 wins over 1). */
        long size(char c) {
            long n = -1;
            for (int t = 0; t < terms.size(); t++) {
                for (int i = 0; i < terms.get(t).length(); i++) {
                    if (terms.get(t).charAt(i) != c) continue;
                    long d = shapes.get(t)[i];
                    if (n < 0 || n == 1) n = d;
                }
            }
            return n;
        }

        long[] outputShape() {
            long[] s = new long[output.length()];
            for (int i = 0; i < s.length; i++) s[i] = size(output.charAt(i));
            return s;
        }

        long summedTerms() {
            long n = 1;
            for (char c : used()) if (output.indexOf(c) < 0) n *= size(c);
            return n;
        }

        List<Character> used() {
            List<Character> used = new ArrayList<>();
            for (String t : terms) for (char c : t.toCharArray()) if (!used.contains(c)) used.add(c);
            return used;
        }

        /** {sum of products, sum of |products|} per output element, C order. */
        double[][] loop(double[][] values) {
            List<Character> used = used();
            long[] outShape = outputShape();
            int outSize = (int) EinsumProperties.size(outShape);
            double[] sum = new double[outSize], abs = new double[outSize];
            long[] at = new long[used.size()];
            long combos = 1;
            for (char c : used) combos *= size(c);
            for (long k = 0; k < combos; k++) {
                long rest = k;
                for (int u = used.size() - 1; u >= 0; u--) {
                    long n = size(used.get(u));
                    at[u] = rest % n;
                    rest /= n;
                }
                double product = 1;
                for (int t = 0; t < terms.size(); t++) {
                    long flat = 0;
                    for (int i = 0; i < terms.get(t).length(); i++) {
                        long d = shapes.get(t)[i];
                        flat = flat * d + (d == 1 ? 0 : at[used.indexOf(terms.get(t).charAt(i))]);
                    }
                    product *= values[t][(int) flat];
                }
                long o = 0;
                for (int i = 0; i < output.length(); i++) o = o * outShape[i] + at[used.indexOf(output.charAt(i))];
                sum[(int) o] += product;
                abs[(int) o] += Math.abs(product);
            }
            return new double[][] {sum, abs};
        }
    }
}
