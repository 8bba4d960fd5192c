package org.ndjit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sorting, scans and order statistics against NumPy's own answers, made by
 * {@code runtime/src/test/python/gen_order_fixtures.py} into {@code order/cases.tsv}: every case's
 * dtype, shape and values (NaN as NaN, the sign of zero too, but for sorted values and unique's,
 * whose zeros NumPy's quicksort may order either way), or NumPy's error text.
 */
class OrderStatisticsFixturesTest {

    @Test
    void everyCaseGivesNumpysAnswer() throws IOException {
        List<String> failures = new ArrayList<>();
        String[] lines;
        try (InputStream in = getClass().getResourceAsStream("/order/cases.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        for (String line : lines) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            String name = f[0], call = f[1], expected = f[3];
            List<NDArray> inputs = new ArrayList<>();
            for (String spec : f[2].split(" \\| ")) inputs.add(array(spec));
            try {
                List<NDArray> outputs = run(call, inputs);
                if (expected.startsWith("error: ")) {
                    failures.add(name + ": expected the error '" + expected + "', got " + outputs);
                    continue;
                }
                String[] specs = expected.split(" \\| ");
                boolean anyZero = call.startsWith("sort") || call.startsWith("unique");
                for (int i = 0; i < specs.length; i++) {
                    String problem = compare(specs[i], outputs.get(i), anyZero && i == 0);
                    if (problem != null) failures.add(name + " [" + call + "] output " + i + ": " + problem);
                }
            } catch (RuntimeException e) {
                String text = expected.substring(Math.min(expected.length(), "error: ".length()));
                if (!expected.startsWith("error: ") || e.getMessage() == null || !e.getMessage().contains(text)) {
                    failures.add(name + " [" + call + "]: expected " + expected + ", threw " + e);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + lines.length + " cases differ:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    private static List<NDArray> run(String call, List<NDArray> in) {
        String[] words = call.split(" ");
        Map<String, String> arg = new HashMap<>();
        for (int i = 1; i < words.length; i++) {
            String[] kv = words[i].split("=", 2);
            arg.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        NDArray x = in.getFirst();
        Integer axis = arg.containsKey("axis") && !arg.get("axis").equals("None") ? Integer.valueOf(arg.get("axis")) : null;
        return switch (words[0]) {
            case "sort" -> List.of(Np.sort(x, axis));
            case "argsort" -> List.of(Np.argsort(x, axis));
            case "cumsum" -> List.of(axis == null ? x.cumsum() : x.cumsum(axis));
            case "cumprod" -> List.of(axis == null ? x.cumprod() : x.cumprod(axis));
            case "diff" -> List.of(x.diff(Integer.parseInt(arg.get("n")), axis));
            case "median" -> List.of(Np.median(x, axis));
            case "quantile" -> List.of(x.quantile(Double.parseDouble(arg.get("q")), axis, arg.get("method")));
            case "quantiles" -> List.of(x.quantile(Arrays.stream(arg.get("q").split(",")).mapToDouble(Double::parseDouble).toArray(), axis, arg.get("method")));
            case "percentile" -> List.of(x.percentile(Double.parseDouble(arg.get("q")), axis, arg.get("method")));
            case "searchsorted" -> List.of(Np.searchsorted(x, in.get(1), arg.get("side")));
            case "digitize" -> List.of(Np.digitize(x, in.get(1), Boolean.parseBoolean(arg.get("right").toLowerCase())));
            case "unique" -> {
                Unique u = Np.uniqueAll(x);
                yield List.of(u.values(), u.indices(), u.inverse(), u.counts());
            }
            case "bincount" -> List.of(Np.bincount(x, in.size() > 1 ? in.get(1) : null, Long.parseLong(arg.get("minlength"))));
            case "histogram" -> {
                Histogram h;
                if (arg.containsKey("edges")) h = Np.histogram(x, in.get(1));
                else if (arg.containsKey("range")) {
                    String[] r = arg.get("range").split(",");
                    h = Np.histogram(x, Long.parseLong(arg.get("bins")), Double.parseDouble(r[0]), Double.parseDouble(r[1]));
                } else h = Np.histogram(x, Long.parseLong(arg.get("bins")));
                yield List.of(h.counts(), h.binEdges());
            }
            default -> throw new IllegalStateException("unknown call " + call);
        };
    }

    /** "dtype (d0,d1) v0 v1 ...". */
    private static NDArray array(String spec) {
        String[] w = spec.split(" ");
        DType dtype = dtype(w[0]);
        String dims = w[1].substring(1, w[1].length() - 1);
        long[] shape = dims.isEmpty() ? new long[0] : Arrays.stream(dims.split(",")).filter(s -> !s.isEmpty()).mapToLong(Long::parseLong).toArray();
        int n = w.length - 2;
        if (dtype.isFloat()) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = parse(w[i + 2]);
            return Np.array(v).astype(dtype).reshape(shape).eval();
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = Long.parseLong(w[i + 2]);
        NDArray a = Np.array(v);
        return (dtype.isBool() ? a.ne(0) : a.astype(dtype)).reshape(shape).eval();
    }

    private static DType dtype(String name) {
        for (DType d : DType.values()) if (d.toString().equals(name)) return d;
        throw new IllegalArgumentException("no dtype " + name);
    }

    private static double parse(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    /** Null if {@code actual} is the expected array, else what differs. */
    private static String compare(String spec, NDArray actual, boolean anyZeroSign) {
        NDArray expected = array(spec);
        if (expected.dtype() != actual.dtype()) return "dtype " + actual.dtype() + ", expected " + expected.dtype();
        if (!Arrays.equals(expected.shape(), actual.shape())) return "shape " + actual.shapeString() + ", expected " + expected.shapeString();
        if (expected.dtype().isFloat()) {
            double[] e = expected.astype(DType.FLOAT64).toDoubleArray(), a = actual.astype(DType.FLOAT64).toDoubleArray();
            for (int i = 0; i < e.length; i++) {
                boolean same = (Double.isNaN(e[i]) && Double.isNaN(a[i])) || (anyZeroSign ? e[i] == a[i] : Double.compare(e[i], a[i]) == 0);
                if (!same) return "element " + i + " is " + a[i] + ", expected " + e[i] + " (got " + actual + ")";
            }
            return null;
        }
        long[] e = expected.astype(DType.INT64).toLongArray(), a = actual.astype(DType.INT64).toLongArray();
        return Arrays.equals(e, a) ? null : "values " + actual + ", expected " + expected;
    }
}
