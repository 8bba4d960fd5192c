package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.Linalg2FixturesTest.within;

/**
 * inv, solve, det, slogdet, cholesky, norm, dot, vdot, inner, outer, tensordot, trace and diagonal
 * against NumPy's answers in {@code resources/linalg/cases.tsv} (made by
 * {@code src/test/python/gen_linalg_fixtures.py}, in {@link Linalg2FixturesTest}'s format):
 * well-conditioned, ill-conditioned (Hilbert, graded to a condition number of 10^10) and singular
 * matrices, float32, integers, stacks, empty arrays, and NumPy's messages for the errors.
 *
 * <p>Shapes and dtypes must be NumPy's. Tolerances, eps the result dtype's epsilon, n the matrix
 * order, kappa = s_max / s_min its 2-norm condition number (singular values from {@code svdvals},
 * a separate algorithm, the largest over a stack):
 * <ul>
 * <li>inv, solve, cholesky: each element within {@code 8 n kappa eps sqrt(size) max|X|} of NumPy's.
 *     LU with partial pivoting (and Cholesky) is backward stable, the computed X exact for a matrix
 *     within {@code 3 n rho eps |A|} of A (rho the pivot growth, below 2 on these matrices), which
 *     moves X by at most kappa times that, relatively, in the 2-norm; NumPy's LAPACK and this library
 *     each err by that much, so c = 8 > 2 * 3; {@code sqrt(size) max|X|} bounds {@code |X|_2}. The
 *     test asserts that the bound is below 1 % of |X|, so every case still tells a wrong answer apart;
 * <li>det: within {@code 8 n^2 eps s_1 (s_1 ... s_{n-1})}: a relative backward error d in A moves
 *     det by at most {@code |adj A|_2 d |A|_2 n}, and {@code |adj A|_2 = s_1 ... s_{n-1}}; this stays
 *     finite for singular matrices, whose det NumPy rounds to a tiny value or 0;
 * <li>slogdet: logabsdet within {@code 8 n^2 kappa eps} (the det's relative error); the sign equal
 *     where |det| is above its tolerance; NumPy's sign 0 (an exact zero pivot) must be ours too;
 * <li>norms from sums (vector ords, axis, fro, 1, -1, inf, -inf): within {@code 4 (K + 4) eps |norm|},
 *     K the number of terms summed, 4 for the power and root; 2, -2 and nuc (singular values): within
 *     {@code 8 n eps s_max} (times min(m, n) for nuc), as in {@link Linalg2FixturesTest};
 * <li>products: within {@code 2 K eps} times the same product of |a| and |b|, K the number of terms
 *     summed (any summation order errs by at most {@code (K - 1) eps} of the sum of |terms|); the
 *     integer-valued cases are exact; diagonal exactly.
 * </ul>
 */
class LinalgFixturesTest {

    @TestFactory
    Stream<DynamicTest> matchesNumPy() throws IOException {
        return Linalg2FixturesTest.read("/linalg/cases.tsv").stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> check(c)));
    }

    private static void check(Linalg2FixturesTest.Case c) {
        if (c.error() != null) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> call(c).forEach(NDArray::eval), c.id());
            assertEquals(c.error(), e.getMessage(), c.id());
            return;
        }
        List<NDArray> got = call(c);
        assertEquals(c.outputs().size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            assertArrayEquals(c.outputs().get(i).shape(), got.get(i).shape(), c.id() + " result " + i + " shape");
            assertEquals(c.outputs().get(i).dtype(), got.get(i).dtype(), c.id() + " result " + i + " dtype");
        }
        double[] want = doubles(c.outputs().get(0)), have = doubles(got.get(0));
        NDArray a = c.inputs().get(0);
        double eps = got.get(0).dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : got.get(0).dtype().isFloat() ? Math.ulp(1.0) : 0;
        long n = a.ndim() < 2 ? 1 : a.shape()[a.ndim() - 1];
        switch (c.function()) {
            case "inv", "solve", "cholesky" -> {
                double big = Arrays.stream(want).map(Math::abs).max().orElse(0);
                double tol = 8 * n * kappa(a) * eps * Math.sqrt(want.length) * big;
                assertTrue(tol <= 0.01 * big * Math.sqrt(want.length) || want.length == 0, c.id() + ": bound " + tol + " tells nothing");
                for (int i = 0; i < want.length; i++) within(want[i], have[i], tol, c.id() + " element " + i);
            }
            case "det" -> {
                double[] tol = detTolerance(a, eps);
                for (int i = 0; i < want.length; i++) within(want[i], have[i], tol[i], c.id() + " det " + i);
            }
            case "slogdet" -> {
                double[] tol = detTolerance(a, eps), log = doubles(c.outputs().get(1)), myLog = doubles(got.get(1));
                double k = kappa(a);
                for (int i = 0; i < want.length; i++) {
                    if (want[i] == 0) {
                        assertEquals(0.0, have[i], c.id() + " sign " + i);
                        assertEquals(Double.NEGATIVE_INFINITY, myLog[i], c.id() + " logabsdet " + i);
                        continue;
                    }
                    if (Math.exp(log[i]) > tol[i]) assertEquals(want[i], have[i], c.id() + " sign " + i);
                    within(log[i], myLog[i], 8 * n * n * k * eps, c.id() + " logabsdet " + i);
                }
            }
            case "norm" -> {
                boolean bySvd = c.argument().equals("2") || c.argument().equals("-2") || c.argument().equals("nuc");
                if (bySvd && a.ndim() == 2) {
                    long m = Math.max(a.shape()[0], a.shape()[1]), k = Math.min(a.shape()[0], a.shape()[1]);
                    double sMax = Np.linalg.svdvals(a).max().itemDouble();
                    within(want[0], have[0], 8 * m * eps * sMax * (c.argument().equals("nuc") ? k : 1), c.id());
                } else {
                    for (int i = 0; i < want.length; i++) within(want[i], have[i], 4 * (a.size() + 4) * eps * Math.abs(want[i]), c.id() + " element " + i);
                }
            }
            case "diagonal" -> assertArrayEquals(want, have, 0, c.id());
            default -> {
                double[] scale = doubles(call(c, c.inputs().stream().map(x -> x.astype(DType.FLOAT64).abs()).toList()).get(0));
                long terms = c.inputs().stream().mapToLong(NDArray::size).sum();
                for (int i = 0; i < want.length; i++) within(want[i], have[i], 2 * terms * eps * scale[i], c.id() + " element " + i);
            }
        }
    }

    /** max over a stack of s_max / s_min (infinite for a singular matrix). */
    private static double kappa(NDArray a) {
        if (a.size() == 0) return 1;
        NDArray s = Np.linalg.svdvals(a.astype(DType.FLOAT64));
        return s.max(-1).div(s.min(-1)).max().itemDouble();
    }

    /** Per matrix of a stack: 8 n^2 eps s_1 (s_1 ... s_{n-1}), the class comment's bound on det's error. */
    private static double[] detTolerance(NDArray a, double eps) {
        long n = a.shape()[a.ndim() - 1];
        if (n == 0) return new double[] {0};
        double[] s = doubles(Np.linalg.svdvals(a.astype(DType.FLOAT64)));
        double[] tol = new double[(int) (s.length / n)];
        for (int m = 0; m < tol.length; m++) {
            double product = s[(int) (m * n)];
            for (int i = 0; i < n - 1; i++) product *= s[(int) (m * n + i)];
            tol[m] = 8 * n * n * eps * product;
        }
        return tol;
    }

    private static double[] doubles(NDArray x) {
        return x.astype(DType.FLOAT64).toDoubleArray();
    }

    private static List<NDArray> call(Linalg2FixturesTest.Case c) {
        return call(c, c.inputs());
    }

    private static List<NDArray> call(Linalg2FixturesTest.Case c, List<NDArray> in) {
        String arg = c.argument();
        NDArray a = in.get(0), b = in.size() > 1 ? in.get(1) : null;
        return switch (c.function()) {
            case "inv" -> List.of(Np.linalg.inv(a));
            case "det" -> List.of(Np.linalg.det(a));
            case "slogdet" -> {
                Linalg.SignAndLogDet s = Np.linalg.slogdet(a);
                yield List.of(s.sign(), s.logabsdet());
            }
            case "solve" -> List.of(Np.linalg.solve(a, b));
            case "cholesky" -> List.of(Np.linalg.cholesky(a));
            case "norm" -> List.of(norm(a, arg));
            case "dot" -> List.of(Np.dot(a, b));
            case "vdot" -> List.of(Np.vdot(a, b));
            case "inner" -> List.of(Np.inner(a, b));
            case "outer" -> List.of(Np.outer(a, b));
            case "tensordot" -> {
                if (!arg.contains(";")) yield List.of(Np.tensordot(a, b, Integer.parseInt(arg)));
                String[] pairs = arg.split(";", -1);
                yield List.of(Np.tensordot(a, b, axes(pairs[0]), axes(pairs[1])));
            }
            case "trace", "diagonal" -> {
                int[] p = axes(arg);
                yield List.of(c.function().equals("trace") ? Np.trace(a, p[0], p[1], p[2]) : Np.diagonal(a, p[0], p[1], p[2]));
            }
            default -> throw new AssertionError("unknown function " + c.function());
        };
    }

    private static NDArray norm(NDArray x, String arg) {
        String[] f = arg.split(";");
        if (f[0].equals("-")) return Np.linalg.norm(x);
        if (f[0].equals("fro") || f[0].equals("nuc")) return Np.linalg.norm(x, f[0]);
        double ord = switch (f[0]) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(f[0]);
        };
        return f.length == 1 ? Np.linalg.norm(x, ord) : Np.linalg.norm(x, ord, Integer.parseInt(f[1]));
    }

    private static int[] axes(String list) {
        return list.isEmpty() ? new int[0] : Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
