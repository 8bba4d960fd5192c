package org.ndjit;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NumPy's {@code np.einsum} as lazy ops: each operand's repeated indices become a diagonal (a view)
 * and its indices no other operand or the output needs are summed away; then the operands are
 * combined left to right, two at a time. A pair that shares summed indices and has indices of its
 * own on at least one side is one matmul of views ((batch, left, summed) by (batch, summed, right))
 * and goes through the matmul kernel (a matrix-vector product too); a pair without summed indices
 * is a broadcast multiply (an outer or elementwise product), and a pair with only batch and summed
 * indices (row-wise dot products) is a multiply and a sum: both fuse with what reads them.
 *
 * <p>Summation order: NumPy's default ({@code optimize=False}) sums every product of all operands in
 * one nditer pass; this sums pairwise, so float results differ from NumPy's by rounding: both are
 * within {@code (N + p) eps sum|terms|} of the exact value, N the number of summed terms per output
 * element and p the number of operands.
 *
 * <p>Result dtype is NumPy's promotion of the operands'. Integers are multiplied and summed in
 * int64 and cast back (the same bits as NumPy's wrap-around in the narrower type); booleans are
 * computed as int64 counts and the result is "count != 0", which is NumPy's or-of-ands.
 */
final class Einsum {
    private Einsum() {}

    /** An intermediate: an array and the einsum index of each of its axes (no repeats). */
    private record Term(NDArray x, List<Integer> indices) {}

    static NDArray einsum(String subscripts, NDArray... operands) {
        if (operands.length == 0) throw new IllegalArgumentException("must specify the einstein sum subscripts string and at least one operand");
        long[][] shapes = new long[operands.length][];
        for (int i = 0; i < operands.length; i++) shapes[i] = operands[i].shape();
        EinsumSubscripts s = EinsumSubscripts.parse(subscripts, shapes);
        DType result = operands[0].dtype();
        for (NDArray o : operands) result = DType.promote(result, o.dtype());
        DType work = result.isFloat() ? result : DType.INT64;
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < operands.length; i++) terms.add(prepare(operands[i].astype(work), s.inputs()[i], s));
        Set<Integer> output = new HashSet<>();
        for (int o : s.output()) output.add(o);
        Term acc = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            Set<Integer> needed = new HashSet<>(output);
            for (Term later : terms.subList(i + 1, terms.size())) needed.addAll(later.indices());
            acc = pair(acc, terms.get(i), needed);
        }
        acc = sumAway(acc, output);
        NDArray out = align(acc, Arrays.stream(s.output()).boxed().toList());
        if (result == DType.BOOL) return out.ne(0L);
        return out.dtype() == result ? out : out.astype(result);
    }

    /** One operand: repeated indices to a diagonal, size-1 axes stretched to their index's size. */
    private static Term prepare(NDArray x, int[] indices, EinsumSubscripts s) {
        List<Integer> at = new ArrayList<>(Arrays.stream(indices).boxed().toList());
        for (int i = 0; i < at.size(); i++) {
            int j = at.subList(i + 1, at.size()).indexOf(at.get(i));
            if (j < 0) continue;
            int index = at.get(i);
            x = x.diagonal(0, i, i + 1 + j);
            at.remove(i + 1 + j);
            at.remove(i);
            at.add(index);
            i--;
        }
        long[] full = new long[at.size()];
        for (int i = 0; i < full.length; i++) full[i] = s.sizes().get(at.get(i));
        if (!Arrays.equals(full, x.shape())) x = x.broadcastTo(full);
        return new Term(x, at);
    }

    private static Term pair(Term a, Term b, Set<Integer> needed) {
        Set<Integer> keepA = new HashSet<>(needed), keepB = new HashSet<>(needed);
        keepA.addAll(b.indices());
        keepB.addAll(a.indices());
        a = sumAway(a, keepA);
        b = sumAway(b, keepB);
        List<Integer> batch = new ArrayList<>(), summed = new ArrayList<>(), left = new ArrayList<>(), right = new ArrayList<>();
        for (int i : a.indices()) (b.indices().contains(i) ? (needed.contains(i) ? batch : summed) : left).add(i);
        for (int i : b.indices()) if (!a.indices().contains(i)) right.add(i);
        if (summed.isEmpty()) {
            List<Integer> all = concat(batch, left, right);
            return new Term(align(a, all).mul(align(b, all)), all);
        }
        if (left.isEmpty() && right.isEmpty()) {
            List<Integer> all = concat(batch, left, right, summed);
            Term product = new Term(align(a, all).mul(align(b, all)), all);
            return sumAway(product, new HashSet<>(concat(batch, left, right)));
        }
        long nb = size(a, batch), nl = size(a, left), ns = size(a, summed), nr = size(b, right);
        NDArray x = align(a, concat(batch, left, summed)), y = align(b, concat(batch, summed, right));
        NDArray product = batch.isEmpty()
                ? x.reshape(nl, ns).matmul(y.reshape(ns, nr))
                : x.reshape(nb, nl, ns).matmul(y.reshape(nb, ns, nr));
        long[] shape = concat(dims(a, batch), dims(a, left), dims(b, right));
        return new Term(product.reshape(shape), concat(batch, left, right));
    }

    /** Sums the term over its indices that are not in {@code keep}. */
    private static Term sumAway(Term t, Set<Integer> keep) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> axes = new ArrayList<>();
        for (int i = 0; i < t.indices().size(); i++) {
            if (keep.contains(t.indices().get(i))) kept.add(t.indices().get(i));
            else axes.add(i);
        }
        if (axes.isEmpty()) return t;
        return new Term(t.x().sum(axes.stream().mapToInt(Integer::intValue).toArray(), false), kept);
    }

    /** The term's axes in the order of {@code order}, with a size-1 axis for each index it lacks (a view). */
    private static NDArray align(Term t, List<Integer> order) {
        int[] perm = order.stream().filter(t.indices()::contains).mapToInt(t.indices()::indexOf).toArray();
        NDArray x = t.x().transpose(perm);
        for (int i = 0; i < order.size(); i++) if (!t.indices().contains(order.get(i))) x = x.expandDims(i);
        return x;
    }

    private static long size(Term t, List<Integer> indices) {
        return Arrays.stream(dims(t, indices)).reduce(1, (p, d) -> p * d);
    }

    private static long[] dims(Term t, List<Integer> indices) {
        return indices.stream().mapToLong(i -> t.x().shape()[t.indices().indexOf(i)]).toArray();
    }

    private static long[] concat(long[]... parts) {
        long[] out = new long[0];
        for (long[] p : parts) {
            int n = out.length;
            out = Arrays.copyOf(out, n + p.length);
            System.arraycopy(p, 0, out, n, p.length);
        }
        return out;
    }

    @SafeVarargs
    private static List<Integer> concat(List<Integer>... parts) {
        List<Integer> out = new ArrayList<>();
        for (List<Integer> p : parts) out.addAll(p);
        return out;
    }
}
