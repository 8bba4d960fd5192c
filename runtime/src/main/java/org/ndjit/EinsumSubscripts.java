package org.ndjit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The parsed subscripts of an {@link Einsum} call, checked against the operands' shapes with NumPy's
 * messages, in NumPy's order (each operand's subscripts, the operand count, the output, repeated
 * indices within an operand, then the sizes of each index across operands).
 *
 * <p>Indices are ints: a letter is its char code; the dimensions an ellipsis stands for are
 * {@code -e .. -1} for the e broadcast dimensions (right-aligned across operands, as NumPy broadcasts
 * them), so sorting puts them first and the letters in ASCII order (upper case before lower), which
 * is NumPy's implicit output order.
 *
 * @param inputs each operand's indices, one per axis, repeats kept
 * @param output the result's indices
 * @param sizes each index's size after broadcasting (size-1 dimensions stretch as NumPy's)
 */
record EinsumSubscripts(int[][] inputs, int[] output, TreeMap<Integer, Long> sizes) {

    static EinsumSubscripts parse(String subscripts, long[][] shapes) {
        String s = subscripts.replace(" ", "");
        int dash = s.indexOf('-');
        String in = dash < 0 ? s : s.substring(0, dash);
        String[] terms = in.split(",", -1);
        int[][] inputs = new int[shapes.length][];
        for (int t = 0; t < terms.length; t++) {
            if (t >= shapes.length) {
                throw new IllegalArgumentException("more operands provided to einstein sum function than specified in the subscripts string");
            }
            inputs[t] = term(terms[t], shapes[t].length, t);
        }
        if (terms.length < shapes.length) {
            throw new IllegalArgumentException("fewer operands provided to einstein sum function than specified in the subscripts string");
        }
        int[] output;
        if (dash < 0) {
            output = implicitOutput(inputs);
        } else {
            if (dash + 1 >= s.length() || s.charAt(dash + 1) != '>') throw invalid('-');
            output = outputTerm(s.substring(dash + 2), inputs);
        }
        for (int t = 0; t < inputs.length; t++) checkRepeats(inputs[t], shapes[t], t, inputs.length);
        return new EinsumSubscripts(inputs, output, sizes(inputs, output, shapes));
    }

    static String name(int index) {
        return String.valueOf((char) index);
    }

    private static int[] term(String term, int ndim, int operand) {
        List<Integer> letters = new ArrayList<>();
        int ellipsisAt = -1;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.') {
                if (ellipsisAt >= 0 || !term.startsWith("...", i)) throw stray("operand " + operand);
                ellipsisAt = letters.size();
                i += 2;
            } else if (isLetter(c)) {
                letters.add((int) c);
            } else {
                throw invalid(c);
            }
        }
        if (letters.size() > ndim) throw new IllegalArgumentException("einstein sum subscripts string contains too many subscripts for operand " + operand);
        if (ellipsisAt < 0 && letters.size() < ndim) {
            throw new IllegalArgumentException("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        int broadcast = ndim - letters.size();
        int[] out = new int[ndim];
        for (int i = 0, k = 0; i < ndim; i++) {
            if (ellipsisAt >= 0 && i >= ellipsisAt && i < ellipsisAt + broadcast) out[i] = i - ellipsisAt - broadcast;
            else out[i] = letters.get(k++);
        }
        return out;
    }

    /** NumPy's implicit output: the broadcast dimensions, then the letters used exactly once, in ASCII order. */
    private static int[] implicitOutput(int[][] inputs) {
        TreeMap<Integer, Integer> counts = counts(inputs);
        return counts.entrySet().stream().filter(e -> e.getKey() < 0 || e.getValue() == 1).mapToInt(e -> e.getKey()).toArray();
    }

    private static int[] outputTerm(String term, int[][] inputs) {
        TreeMap<Integer, Integer> counts = counts(inputs);
        int broadcast = counts.isEmpty() ? 0 : Math.max(0, -counts.firstKey());
        List<Integer> out = new ArrayList<>();
        boolean ellipsis = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '.') {
                if (ellipsis || !term.startsWith("...", i)) throw stray("the output");
                ellipsis = true;
                i += 2;
                for (int d = -broadcast; d < 0; d++) out.add(d);
            } else if (!isLetter(c)) {
                throw invalid(c);
            } else if (out.contains((int) c)) {
                throw new IllegalArgumentException("einstein sum subscripts string includes output subscript '" + c + "' multiple times");
            } else if (!counts.containsKey((int) c)) {
                throw new IllegalArgumentException("einstein sum subscripts string included output subscript '" + c + "' which never appeared in an input");
            } else {
                out.add((int) c);
            }
        }
        if (!ellipsis && broadcast > 0) {
            throw new IllegalArgumentException("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions.");
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void checkRepeats(int[] indices, long[] shape, int operand, int operands) {
        for (int i = 0; i < indices.length; i++) {
            for (int j = i + 1; j < indices.length; j++) {
                if (indices[i] == indices[j] && shape[i] != shape[j]) {
                    throw new IllegalArgumentException("dimensions in " + (operands == 1 ? "single operand" : "operand " + operand)
                            + " for collapsing index '" + name(indices[i]) + "' don't match (" + shape[i] + " != " + shape[j] + ")");
                }
            }
        }
    }

    /** Each index's size; two sizes that are neither equal nor 1 get NumPy's remapped-shapes message. */
    private static TreeMap<Integer, Long> sizes(int[][] inputs, int[] output, long[][] shapes) {
        TreeMap<Integer, Long> sizes = new TreeMap<>();
        boolean clash = false;
        for (int t = 0; t < inputs.length; t++) {
            for (int i = 0; i < inputs[t].length; i++) {
                long have = sizes.getOrDefault(inputs[t][i], 1L), size = shapes[t][i];
                if (have != 1 && size != 1 && have != size) clash = true;
                if (have == 1) sizes.put(inputs[t][i], size);
            }
        }
        if (clash) throw new IllegalArgumentException(remappedShapes(inputs, output, shapes, sizes));
        return sizes;
    }

    /**
     * NumPy's nditer message: each operand's shape (repeated indices collapsed) and that shape laid
     * out over the iteration's axes (the output's indices, then the summed ones in order), "newaxis"
     * where the operand lacks one; leading newaxes are not printed.
     */
    private static String remappedShapes(int[][] inputs, int[] output, long[][] shapes, TreeMap<Integer, Long> sizes) {
        List<Integer> axes = new ArrayList<>();
        for (int o : output) axes.add(o);
        for (int index : sizes.keySet()) if (!axes.contains(index)) axes.add(index);
        StringBuilder m = new StringBuilder("operands could not be broadcast together with remapped shapes [original->remapped]: ");
        for (int t = 0; t < inputs.length; t++) {
            List<Integer> unique = new ArrayList<>();
            List<Long> original = new ArrayList<>();
            for (int i = 0; i < inputs[t].length; i++) {
                if (!unique.contains(inputs[t][i])) {
                    unique.add(inputs[t][i]);
                    original.add(shapes[t][i]);
                }
            }
            long[] remapped = new long[axes.size()];
            for (int a = 0; a < remapped.length; a++) {
                int at = unique.indexOf(axes.get(a));
                remapped[a] = at < 0 ? -1 : original.get(at);
            }
            m.append(tuple(original.stream().mapToLong(Long::longValue).toArray())).append("->").append(tuple(remapped)).append(' ');
        }
        return m.toString();
    }

    /** NumPy's convert_shape_to_string: "(3,)" for one axis, "(2,newaxis,3)" otherwise, leading newaxes dropped. */
    private static String tuple(long[] dims) {
        int first = 0;
        while (first < dims.length && dims[first] < 0) first++;
        if (first == dims.length) return "()";
        StringBuilder b = new StringBuilder("(").append(dims[first]);
        for (int i = first + 1; i < dims.length; i++) b.append(',').append(dims[i] < 0 ? "newaxis" : String.valueOf(dims[i]));
        return b.append(dims.length == 1 ? ",)" : ")").toString();
    }

    private static TreeMap<Integer, Integer> counts(int[][] inputs) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int[] term : inputs) for (int index : term) counts.merge(index, 1, Integer::sum);
        return counts;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static IllegalArgumentException invalid(char c) {
        return new IllegalArgumentException("invalid subscript '" + c + "' in einstein sum subscripts string, subscripts must be letters");
    }

    private static IllegalArgumentException stray(String where) {
        return new IllegalArgumentException("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in " + where);
    }
}
