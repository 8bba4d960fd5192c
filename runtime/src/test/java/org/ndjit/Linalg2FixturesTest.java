package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * einsum, svd, lstsq, pinv, matrixRank, the SVD norms, cov and corrcoef against NumPy's answers in
 * {@code resources/linalg2/cases.tsv} (made by {@code src/test/python/gen_linalg2_fixtures.py}, which
 * writes each call's inputs, so no case is repeated here). Error cases must give NumPy's message.
 *
 * <p>Tolerances, eps the result dtype's epsilon, n = max(m, n) of the matrix:
 * <ul>
 * <li>einsum: exact (the inputs are small integers, so every sum is exact in any order);
 * <li>singular values: each within {@code 8 n eps s_max} of NumPy's: a backward-stable SVD is exact
 *     for a matrix within {@code p(n) eps |A|_2} of A, which moves each singular value by at most
 *     that much (Weyl); the nuclear norm within k times that;
 * <li>lstsq: rank exact; x within {@code 16 n eps (kappa + kappa^2 |r| / (s_max |x|)) |x|}, the
 *     first-order sensitivity of least squares (Golub and Van Loan 5.3.8) with kappa = s_max / s_rank;
 *     residuals within {@code 32 n eps kappa |b|^2}; so ill-conditioned cases (Hilbert) check rank,
 *     singular values and residual shape only, as their solutions are not determined to working precision;
 * <li>pinv: within {@code 16 n eps kappa^2 max|pinv|} (the pseudo-inverse's first-order sensitivity);
 * <li>cov: within {@code 4 (N + 2) eps sqrt(c_ii c_jj)} (a dot of N centred values, each side); corrcoef
 *     within {@code 8 (N + 4) eps}.
 * </ul>
 */
class Linalg2FixturesTest {

    /** One call of a fixture file: its operands and NumPy's results, or NumPy's message. */
    record Case(String id, String function, String argument, List<NDArray> inputs, List<NDArray> outputs, String error) {}

    @TestFactory
    Stream<DynamicTest> matchesNumPy() throws IOException {
        return read("/linalg2/cases.tsv").stream().map(c -> DynamicTest.dynamicTest(c.id, () -> check(c)));
    }

    private static void check(Case c) {
        if (c.error != null) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> call(c).forEach(NDArray::eval), c.id);
            assertEquals(c.error, e.getMessage(), c.id);
            return;
        }
        List<NDArray> got = call(c);
        assertEquals(c.outputs.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            assertArrayEquals(c.outputs.get(i).shape(), got.get(i).shape(), c.id + " result " + i + " shape");
            assertEquals(c.outputs.get(i).dtype(), got.get(i).dtype(), c.id + " result " + i + " dtype");
        }
        double[] want = c.outputs.get(0).astype(DType.FLOAT64).toDoubleArray(), have = got.get(0).astype(DType.FLOAT64).toDoubleArray();
        NDArray a = c.inputs.get(0);
        double eps = a.dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        long n = a.ndim() < 2 ? 1 : Math.max(a.shape()[a.ndim() - 1], a.shape()[a.ndim() - 2]);
        switch (c.function) {
            case "einsum", "matrix_rank" -> assertArrayEquals(want, have, 0, c.id);
            case "svdvals" -> {
                int k = a.ndim() < 2 ? 0 : (int) Math.min(a.shape()[a.ndim() - 1], a.shape()[a.ndim() - 2]);
                for (int i = 0; i < want.length; i++) within(want[i], have[i], 8 * n * eps * want[i / k * k], c.id + " s" + i);
                SvdPropertiesTest.checkFactors(a);
            }
            case "norm" -> {
                double sMax = a.size() == 0 ? 0 : Np.linalg.svdvals(a).max().itemDouble();
                within(want[0], have[0], 8 * n * eps * sMax * (c.argument.equals("nuc") ? Math.min(a.shape()[0], a.shape()[1]) : 1), c.id);
            }
            case "lstsq" -> checkLstsq(c, got, n, eps);
            case "pinv" -> {
                double[] s = a.size() == 0 ? new double[] {1} : Np.linalg.svdvals(a).toDoubleArray();
                double kappa = Arrays.stream(s).max().orElse(1) / Arrays.stream(s).filter(v -> v > 1e-10 * s[0]).min().orElse(1);
                double big = Arrays.stream(want).map(Math::abs).max().orElse(0);
                for (int i = 0; i < want.length; i++) within(want[i], have[i], 16 * n * eps * kappa * kappa * big, c.id + " element " + i);
            }
            case "cov", "corrcoef" -> {
                long obs = c.argument.contains("rowvar=False") ? a.shape()[0] : a.shape()[a.ndim() - 1];
                int vars = got.get(0).ndim() == 0 ? 1 : (int) got.get(0).shape()[0];
                for (int i = 0; i < want.length; i++) {
                    double cii = want[i / vars * (vars + 1)], cjj = want[i % vars * (vars + 1)];
                    double scale = c.function.equals("cov") ? 4 * (obs + 2) * Math.sqrt(Math.abs(cii * cjj)) : 8 * (obs + 4);
                    within(want[i], have[i], scale * Math.ulp(1.0), c.id + " element " + i);
                }
            }
            default -> throw new AssertionError("unknown function " + c.function);
        }
    }

    private static void checkLstsq(Case c, List<NDArray> got, long n, double eps) {
        assertEquals(c.outputs.get(2).itemLong(), got.get(2).itemLong(), c.id + " rank");
        double[] s = c.outputs.get(3).astype(DType.FLOAT64).toDoubleArray(), x = c.outputs.get(0).astype(DType.FLOAT64).toDoubleArray(), mine = got.get(0).astype(DType.FLOAT64).toDoubleArray();
        int rank = (int) c.outputs.get(2).itemLong();
        for (int i = 0; i < s.length; i++) within(s[i], got.get(3).astype(DType.FLOAT64).toDoubleArray()[i], 8 * n * eps * s[0], c.id + " s" + i);
        if (rank == 0) {
            for (double v : mine) assertEquals(0.0, v, c.id);
            return;
        }
        double kappa = s[0] / s[rank - 1];
        double xNorm = norm(x), bNorm = norm(c.inputs.get(1).astype(DType.FLOAT64).toDoubleArray());
        double[] res = c.outputs.get(1).astype(DType.FLOAT64).toDoubleArray(), myRes = got.get(1).astype(DType.FLOAT64).toDoubleArray();
        double r = res.length == 0 ? 0 : Math.sqrt(Arrays.stream(res).sum());
        double tol = 16 * n * eps * (kappa + kappa * kappa * r / (s[0] * Math.max(xNorm, Double.MIN_NORMAL))) * xNorm;
        for (int i = 0; i < x.length; i++) within(x[i], mine[i], tol, c.id + " x" + i);
        for (int i = 0; i < res.length; i++) within(res[i], myRes[i], 32 * n * eps * kappa * bNorm * bNorm, c.id + " residual " + i);
    }

    static void within(double want, double have, double tol, String what) {
        if (want == have) return; // also equal infinities
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(have), what + ": " + have + " is not NaN");
            return;
        }
        assertTrue(Math.abs(want - have) <= tol, what + ": " + have + " vs NumPy's " + want + " (tolerance " + tol + ")");
    }

    private static double norm(double[] v) {
        return Math.sqrt(Arrays.stream(v).map(x -> x * x).sum());
    }

    private static List<NDArray> call(Case c) {
        List<NDArray> in = c.inputs;
        String arg = c.argument;
        return switch (c.function) {
            case "einsum" -> List.of(Np.einsum(arg, in.toArray(NDArray[]::new)));
            case "svdvals" -> List.of(Np.linalg.svdvals(in.get(0)));
            case "lstsq" -> {
                Linalg.LstsqResult r = Np.linalg.lstsq(in.get(0), in.get(1), arg.equals("-") ? null : Double.valueOf(arg));
                yield List.of(r.solution(), r.residuals(), Np.array(r.rank()).reshape(), r.singularValues());
            }
            case "pinv" -> List.of(arg.equals("-") ? Np.linalg.pinv(in.get(0)) : Np.linalg.pinv(in.get(0), Double.parseDouble(arg)));
            case "matrix_rank" -> List.of(arg.equals("-") ? Np.linalg.matrixRank(in.get(0)) : Np.linalg.matrixRank(in.get(0), Double.parseDouble(arg)));
            case "norm" -> List.of(arg.equals("nuc") ? Np.linalg.norm(in.get(0), "nuc") : Np.linalg.norm(in.get(0), Double.parseDouble(arg)));
            case "cov" -> {
                String ddof = arg.replaceAll(".*ddof=", "");
                yield List.of(Np.cov(in.get(0), in.size() > 1 ? in.get(1) : null, arg.contains("rowvar=True"), arg.contains("bias=True"),
                        ddof.equals("None") ? null : Integer.valueOf(ddof)));
            }
            case "corrcoef" -> List.of(Np.corrcoef(in.get(0), in.size() > 1 ? in.get(1) : null, arg.contains("rowvar=True")));
            default -> throw new AssertionError("unknown function " + c.function);
        };
    }

    /** The cases of a fixture file in the format of gen_linalg2_fixtures.py (also gen_linalg_fixtures.py's). */
    static List<Case> read(String resource) throws IOException {
        String text;
        try (InputStream s = Linalg2FixturesTest.class.getResourceAsStream(resource)) {
            text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String[] head = null;
        List<NDArray> inputs = new ArrayList<>(), outputs = new ArrayList<>();
        String error = null;
        for (String line : (text + "case\tend\t-\t-\n").split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "case" -> {
                    if (head != null) cases.add(new Case(head[1], head[2], head[3], inputs, outputs, error));
                    head = f;
                    inputs = new ArrayList<>();
                    outputs = new ArrayList<>();
                    error = null;
                }
                case "in" -> inputs.add(array(f));
                case "out" -> outputs.add(array(f));
                case "error" -> error = f[1];
                default -> throw new IllegalStateException("bad fixture line: " + line);
            }
        }
        return cases;
    }

    private static NDArray array(String[] f) {
        long[] shape = f[1].isEmpty() ? new long[0] : Arrays.stream(f[1].split(",")).mapToLong(Long::parseLong).toArray();
        double[] values = f[3].isEmpty() ? new double[0] : Arrays.stream(f[3].split(" "))
                .mapToDouble(v -> switch (v) {
                    case "nan" -> Double.NaN;
                    case "inf" -> Double.POSITIVE_INFINITY;
                    case "-inf" -> Double.NEGATIVE_INFINITY;
                    default -> Double.parseDouble(v);
                }).toArray();
        DType dtype = switch (f[2]) {
            case "float64" -> DType.FLOAT64;
            case "float32" -> DType.FLOAT32;
            case "int64" -> DType.INT64;
            case "int32" -> DType.INT32;
            case "bool" -> DType.BOOL;
            default -> throw new IllegalStateException("dtype " + f[2]);
        };
        return Np.array(values).reshape(shape).astype(dtype).eval();
    }
}
