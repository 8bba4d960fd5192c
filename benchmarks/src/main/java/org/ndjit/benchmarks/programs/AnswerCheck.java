package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.NpyFiles;
import org.ndjit.DType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares the library's answers of a program with NumPy's ({@code <program>_<answer>.npy} in two
 * folders): same shapes, and every element within the program's tolerance.
 */
final class AnswerCheck {
    /** Whether all answers agree, and per answer the largest |difference| / (atol + rtol |numpy|) or what differs. */
    record Outcome(boolean ok, String detail) {}

    private AnswerCheck() {}

    static Outcome compare(Program p, Path javaDir, Path numpyDir) throws IOException {
        Map<String, String> details = new TreeMap<>();
        boolean ok = true;
        try (var files = Files.list(javaDir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(p.id() + "_")).toList()) {
                String name = f.getFileName().toString();
                String answer = name.substring(p.id().length() + 1, name.length() - ".npy".length());
                Path other = numpyDir.resolve(name);
                if (!Files.exists(other)) {
                    ok = false;
                    details.put(answer, "NumPy wrote no " + name);
                    continue;
                }
                NDArray java = NpyFiles.load(f), numpy = NpyFiles.load(other);
                if (!Arrays.equals(java.shape(), numpy.shape())) {
                    ok = false;
                    details.put(answer, "shapes differ: " + java.shapeString() + " and " + numpy.shapeString());
                    continue;
                }
                double worst = worst(values(java), values(numpy), p.rtol, p.atol);
                ok &= worst <= 1;
                details.put(answer, String.format(Locale.ROOT, "%.2g", worst));
            }
        }
        if (details.isEmpty()) return new Outcome(false, "no answers");
        StringBuilder sb = new StringBuilder();
        details.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return new Outcome(ok, sb.toString());
    }

    /** The largest |a - b| / (atol + rtol |b|) over the elements; NaN in both at the same place agrees, elsewhere it is infinite. */
    static double worst(double[] a, double[] b, double rtol, double atol) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(a[i]) || Double.isNaN(b[i])) {
                if (Double.isNaN(a[i]) != Double.isNaN(b[i])) return Double.POSITIVE_INFINITY;
                continue;
            }
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / (atol + rtol * Math.abs(b[i])));
        }
        return worst;
    }

    private static double[] values(NDArray a) {
        return a.astype(DType.FLOAT64).toDoubleArray();
    }
}
