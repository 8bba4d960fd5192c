package org.ndjit.ir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures issue 16's float64 functions on the million arguments per function of
 * {@code gen_ufunc_mpmath.py}'s binary files (x, y, correctly rounded r, rest = exact - r): the
 * largest error in ulps of the exact value, the largest distance from r in ulps, the share
 * correctly rounded, and the worst argument. Run by hand, not by the build (the files are large):
 * {@code java -cp ir/target/classes:ir/target/test-classes org.ndjit.ir.UfuncAccuracyMeasure /tmp/ufunc-mpmath}.
 */
public final class UfuncAccuracyMeasure {
    private UfuncAccuracyMeasure() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String[] names = args.length > 1 ? args[1].split(",") : new String[] {"tan", "arcsin", "arccos", "arctan", "sinh", "cosh",
                "arcsinh", "arccosh", "arctanh", "exp2", "cbrt", "arctan2", "hypot", "log10", "log1p", "expm1"};
        for (String name : names) {
            Path file = dir.resolve(name + ".bin");
            if (!Files.exists(file)) continue;
            Op op = UfuncAccuracyTest.op(name);
            int width = op.arity() + 2;
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
            long n = 0, rounded = 0, maxApart = 0;
            double maxErr = 0;
            String worst = "";
            while (b.remaining() >= width * 8) {
                double x = b.getDouble(), y = op.arity() == 2 ? b.getDouble() : 0, r = b.getDouble(), rest = b.getDouble();
                double got = op.arity() == 2 ? ScalarMath.binaryFloat(op, x, y, false) : ScalarMath.unaryFloat(op, x, false);
                n++;
                long apart = UfuncAccuracyTest.ulpsApart(got, r);
                if (apart == 0) rounded++;
                double err = Double.isInfinite(r) || Double.isNaN(r) || apart == Long.MAX_VALUE ? (apart == 0 ? 0 : Double.POSITIVE_INFINITY)
                        : Math.abs((got - r) - rest) / Math.ulp(r);
                if (apart > maxApart) maxApart = apart;
                if (err > maxErr) {
                    maxErr = err;
                    worst = hex(x) + (op.arity() == 2 ? " " + hex(y) : "");
                }
            }
            System.out.printf("%-8s %8d args: max error %.3f ulp, max %d ulp from correctly rounded, %.2f%% correctly rounded; worst %s%n",
                    name, n, maxErr, maxApart, 100.0 * rounded / n, worst);
        }
    }

    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }
}
