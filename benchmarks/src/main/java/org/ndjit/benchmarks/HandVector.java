package org.ndjit.benchmarks;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Each pipeline as a hand-written Vector API loop on one thread, with the JVM's widest vectors: what
 * the JVM can practically do for that one pipeline, the bar the fused kernels are measured against.
 * Main loops are vectors, tails scalar. Sums use several accumulators, matmul packed panels and a
 * register-tiled micro-kernel, the transpose cache tiles with gathers, the mask selection compress.
 */
final class HandVector {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int DL = D.length(), FL = F.length();
    /** Matmul: tile rows, the depth of a packed block, and the rows of a packed at once. */
    private static final int MR = 8, KC = 256, MC = 128;

    private HandVector() {}

    static double[] square(double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int bound = D.loopBound(x.length); i < bound; i += DL) {
            DoubleVector v = DoubleVector.fromArray(D, x, i);
            v.mul(v).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = x[i] * x[i];
        return out;
    }

    static double[] chain(double[] a, double[] b, double[] c, double[] d, double[] e) {
        double[] out = new double[a.length];
        int i = 0;
        for (int bound = D.loopBound(a.length); i < bound; i += DL) {
            DoubleVector ab = DoubleVector.fromArray(D, a, i).mul(DoubleVector.fromArray(D, b, i));
            DoubleVector cd = DoubleVector.fromArray(D, c, i).mul(DoubleVector.fromArray(D, d, i));
            ab.add(cd).sub(DoubleVector.fromArray(D, e, i)).intoArray(out, i);
        }
        for (; i < a.length; i++) out[i] = a[i] * b[i] + c[i] * d[i] - e[i];
        return out;
    }

    static double[] gauss(double[] x) {
        double[] out = new double[x.length];
        int i = 0;
        for (int bound = D.loopBound(x.length); i < bound; i += DL) {
            DoubleVector v = DoubleVector.fromArray(D, x, i);
            v.mul(-0.5).mul(v).lanewise(VectorOperators.EXP).mul(0.3989422804014327).intoArray(out, i);
        }
        for (; i < x.length; i++) out[i] = Math.exp(-0.5 * x[i] * x[i]) * 0.3989422804014327;
        return out;
    }

    /** The matmul below with the bias and the ReLU applied to each tile in registers, after its last block of k. */
    static float[] layer(float[] x, float[] w, float[] b, int n, int k, int m) {
        return product(x, w, b, n, k, m);
    }

    static float[] matmul(float[] a, float[] b, int n) {
        return product(a, b, null, n, n, n);
    }

    /**
     * A packed, register-tiled product as BLAS libraries do it: for each block of KC rows of b, b is
     * packed into panels of two vectors' width (each read contiguously, and small enough for L1), and
     * MC rows of a at a time into panels of MR rows (L2); an 8-row by 2-vector tile of the result stays
     * in 16 vector registers while k runs, each vector of b feeding eight multiply-adds. With
     * {@code bias}, {@code max(0, tile + bias)} is applied in registers before the last store.
     * For the benchmark's shapes: n a multiple of 8, m of two vectors.
     */
    private static float[] product(float[] a, float[] b, float[] bias, int n, int k, int m) {
        int nr = 2 * FL;
        if (n % MR != 0 || m % nr != 0) throw new IllegalArgumentException("the micro-kernel needs n % " + MR + " == 0 and m % " + nr + " == 0");
        float[] out = new float[n * m], bp = new float[Math.min(KC, k) * m], ap = new float[MC * Math.min(KC, k)];
        for (int pc = 0; pc < k; pc += KC) {
            int kb = Math.min(KC, k - pc);
            for (int j = 0; j < m; j += nr) {
                for (int p = 0; p < kb; p++) System.arraycopy(b, (pc + p) * m + j, bp, j * kb + p * nr, nr);
            }
            for (int ic = 0; ic < n; ic += MC) {
                int mc = Math.min(MC, n - ic);
                for (int i = 0; i < mc; i += MR) {
                    for (int r = 0; r < MR; r++) {
                        int src = (ic + i + r) * k + pc, dst = i * kb + r;
                        for (int p = 0; p < kb; p++) ap[dst + p * MR] = a[src + p];
                    }
                }
                for (int j = 0; j < m; j += nr) {
                    for (int i = 0; i < mc; i += MR) tile(ap, i * kb, bp, j * kb, kb, out, (ic + i) * m + j, m, pc == 0, pc + kb == k ? bias : null, j);
                }
            }
        }
        return out;
    }

    private static void tile(float[] ap, int ai, float[] bp, int bi, int kb, float[] out, int o, int m, boolean first, float[] bias, int j) {
        FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51, c60, c61, c70, c71;
        if (first) {
            c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = c40 = c41 = c50 = c51 = c60 = c61 = c70 = c71 = FloatVector.zero(F);
        } else {
            c00 = FloatVector.fromArray(F, out, o); c01 = FloatVector.fromArray(F, out, o + FL);
            c10 = FloatVector.fromArray(F, out, o + m); c11 = FloatVector.fromArray(F, out, o + m + FL);
            c20 = FloatVector.fromArray(F, out, o + 2 * m); c21 = FloatVector.fromArray(F, out, o + 2 * m + FL);
            c30 = FloatVector.fromArray(F, out, o + 3 * m); c31 = FloatVector.fromArray(F, out, o + 3 * m + FL);
            c40 = FloatVector.fromArray(F, out, o + 4 * m); c41 = FloatVector.fromArray(F, out, o + 4 * m + FL);
            c50 = FloatVector.fromArray(F, out, o + 5 * m); c51 = FloatVector.fromArray(F, out, o + 5 * m + FL);
            c60 = FloatVector.fromArray(F, out, o + 6 * m); c61 = FloatVector.fromArray(F, out, o + 6 * m + FL);
            c70 = FloatVector.fromArray(F, out, o + 7 * m); c71 = FloatVector.fromArray(F, out, o + 7 * m + FL);
        }
        for (int p = 0; p < kb; p++, ai += MR, bi += 2 * FL) {
            FloatVector b0 = FloatVector.fromArray(F, bp, bi), b1 = FloatVector.fromArray(F, bp, bi + FL);
            FloatVector x = FloatVector.broadcast(F, ap[ai]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(F, ap[ai + 1]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(F, ap[ai + 2]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(F, ap[ai + 3]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(F, ap[ai + 4]);
            c40 = x.fma(b0, c40); c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(F, ap[ai + 5]);
            c50 = x.fma(b0, c50); c51 = x.fma(b1, c51);
            x = FloatVector.broadcast(F, ap[ai + 6]);
            c60 = x.fma(b0, c60); c61 = x.fma(b1, c61);
            x = FloatVector.broadcast(F, ap[ai + 7]);
            c70 = x.fma(b0, c70); c71 = x.fma(b1, c71);
        }
        if (bias != null) {
            FloatVector b0 = FloatVector.fromArray(F, bias, j), b1 = FloatVector.fromArray(F, bias, j + FL);
            c00 = c00.add(b0).max(0f); c01 = c01.add(b1).max(0f); c10 = c10.add(b0).max(0f); c11 = c11.add(b1).max(0f);
            c20 = c20.add(b0).max(0f); c21 = c21.add(b1).max(0f); c30 = c30.add(b0).max(0f); c31 = c31.add(b1).max(0f);
            c40 = c40.add(b0).max(0f); c41 = c41.add(b1).max(0f); c50 = c50.add(b0).max(0f); c51 = c51.add(b1).max(0f);
            c60 = c60.add(b0).max(0f); c61 = c61.add(b1).max(0f); c70 = c70.add(b0).max(0f); c71 = c71.add(b1).max(0f);
        }
        c00.intoArray(out, o); c01.intoArray(out, o + FL);
        c10.intoArray(out, o + m); c11.intoArray(out, o + m + FL);
        c20.intoArray(out, o + 2 * m); c21.intoArray(out, o + 2 * m + FL);
        c30.intoArray(out, o + 3 * m); c31.intoArray(out, o + 3 * m + FL);
        c40.intoArray(out, o + 4 * m); c41.intoArray(out, o + 4 * m + FL);
        c50.intoArray(out, o + 5 * m); c51.intoArray(out, o + 5 * m + FL);
        c60.intoArray(out, o + 6 * m); c61.intoArray(out, o + 6 * m + FL);
        c70.intoArray(out, o + 7 * m); c71.intoArray(out, o + 7 * m + FL);
    }

    static double[] rownorm(double[] x, int rows, int cols) {
        double[] out = new double[x.length];
        for (int r = 0; r < rows; r++) {
            int o = r * cols, end = o + cols, bound = o + D.loopBound(cols);
            DoubleVector s0 = DoubleVector.zero(D), s1 = s0;
            int j = o;
            for (; j + DL < bound; j += 2 * DL) {
                s0 = s0.add(DoubleVector.fromArray(D, x, j));
                s1 = s1.add(DoubleVector.fromArray(D, x, j + DL));
            }
            for (; j < bound; j += DL) s0 = s0.add(DoubleVector.fromArray(D, x, j));
            double sum = s0.add(s1).reduceLanes(VectorOperators.ADD);
            for (; j < end; j++) sum += x[j];
            double mean = sum / cols;
            DoubleVector vm = DoubleVector.broadcast(D, mean);
            s0 = DoubleVector.zero(D);
            s1 = s0;
            for (j = o; j + DL < bound; j += 2 * DL) {
                DoubleVector d0 = DoubleVector.fromArray(D, x, j).sub(vm), d1 = DoubleVector.fromArray(D, x, j + DL).sub(vm);
                s0 = d0.fma(d0, s0);
                s1 = d1.fma(d1, s1);
            }
            for (; j < bound; j += DL) {
                DoubleVector d0 = DoubleVector.fromArray(D, x, j).sub(vm);
                s0 = d0.fma(d0, s0);
            }
            double ss = s0.add(s1).reduceLanes(VectorOperators.ADD);
            for (; j < end; j++) ss += (x[j] - mean) * (x[j] - mean);
            double std = Math.sqrt(ss / cols);
            DoubleVector vs = DoubleVector.broadcast(D, std);
            for (j = o; j < bound; j += DL) DoubleVector.fromArray(D, x, j).sub(vm).div(vs).intoArray(out, j);
            for (; j < end; j++) out[j] = (x[j] - mean) / std;
        }
        return out;
    }

    static float[] softmax(float[] x, int rows, int cols) {
        float[] out = new float[x.length];
        for (int r = 0; r < rows; r++) {
            int o = r * cols, end = o + cols, bound = o + F.loopBound(cols);
            FloatVector vmax = FloatVector.broadcast(F, Float.NEGATIVE_INFINITY);
            int j = o;
            for (; j < bound; j += FL) vmax = vmax.max(FloatVector.fromArray(F, x, j));
            float max = vmax.reduceLanes(VectorOperators.MAX);
            for (; j < end; j++) max = Math.max(max, x[j]);
            vmax = FloatVector.broadcast(F, max);
            FloatVector s0 = FloatVector.zero(F);
            for (j = o; j < bound; j += FL) {
                FloatVector e = FloatVector.fromArray(F, x, j).sub(vmax).lanewise(VectorOperators.EXP);
                e.intoArray(out, j);
                s0 = s0.add(e);
            }
            float sum = s0.reduceLanes(VectorOperators.ADD);
            for (; j < end; j++) sum += out[j] = (float) Math.exp(x[j] - max);
            FloatVector vs = FloatVector.broadcast(F, sum);
            for (j = o; j < bound; j += FL) FloatVector.fromArray(F, out, j).div(vs).intoArray(out, j);
            for (; j < end; j++) out[j] /= sum;
        }
        return out;
    }

    static double dist(double[] a, double[] b) {
        DoubleVector s0 = DoubleVector.zero(D), s1 = s0, s2 = s0, s3 = s0;
        int i = 0;
        for (int bound = a.length - 4 * DL; i <= bound; i += 4 * DL) {
            DoubleVector d0 = DoubleVector.fromArray(D, a, i).sub(DoubleVector.fromArray(D, b, i));
            DoubleVector d1 = DoubleVector.fromArray(D, a, i + DL).sub(DoubleVector.fromArray(D, b, i + DL));
            DoubleVector d2 = DoubleVector.fromArray(D, a, i + 2 * DL).sub(DoubleVector.fromArray(D, b, i + 2 * DL));
            DoubleVector d3 = DoubleVector.fromArray(D, a, i + 3 * DL).sub(DoubleVector.fromArray(D, b, i + 3 * DL));
            s0 = d0.fma(d0, s0);
            s1 = d1.fma(d1, s1);
            s2 = d2.fma(d2, s2);
            s3 = d3.fma(d3, s3);
        }
        double sum = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < a.length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(sum);
    }

    /** Tiles of 64 x 64 so that the transposed reads (a gather down a column) hit cache lines read a moment before. */
    static double[] transpose(double[] m, int n) {
        final int tile = 64;
        if (n % tile != 0) throw new IllegalArgumentException("n must be a multiple of " + tile);
        int[] column = new int[DL];
        for (int l = 0; l < DL; l++) column[l] = l * n;
        double[] out = new double[n * n];
        for (int ib = 0; ib < n; ib += tile) {
            for (int jb = 0; jb < n; jb += tile) {
                for (int i = ib; i < ib + tile; i++) {
                    for (int j = jb; j < jb + tile; j += DL) {
                        DoubleVector v = DoubleVector.fromArray(D, m, i * n + j);
                        DoubleVector t = DoubleVector.fromArray(D, m, j * n + i, column, 0);
                        v.add(t).mul(0.5).intoArray(out, i * n + j);
                    }
                }
            }
        }
        return out;
    }

    /** Four rows per pass over the result, added in row order: the same roundings as one row at a time. */
    static double[] colsum(double[] m, int n) {
        if (n % DL != 0 || n % 4 != 0) throw new IllegalArgumentException("n must be a multiple of 4 and " + DL);
        double[] out = new double[n];
        for (int i = 0; i < n; i += 4) {
            int r0 = i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
            for (int j = 0; j < n; j += DL) {
                DoubleVector.fromArray(D, out, j)
                        .add(DoubleVector.fromArray(D, m, r0 + j)).add(DoubleVector.fromArray(D, m, r1 + j))
                        .add(DoubleVector.fromArray(D, m, r2 + j)).add(DoubleVector.fromArray(D, m, r3 + j))
                        .intoArray(out, j);
            }
        }
        return out;
    }

    /** Counts, allocates the exact result, then stores each vector's selected lanes compressed to the front. */
    static double[] mask(double[] x) {
        int count = 0, i = 0, bound = D.loopBound(x.length);
        for (; i < bound; i += DL) count += DoubleVector.fromArray(D, x, i).compare(VectorOperators.GT, 0).trueCount();
        for (; i < x.length; i++) if (x[i] > 0) count++;
        double[] out = new double[count];
        int k = 0;
        for (i = 0; i < bound; i += DL) {
            DoubleVector v = DoubleVector.fromArray(D, x, i);
            VectorMask<Double> m = v.compare(VectorOperators.GT, 0);
            if (k + DL <= count) v.compress(m).intoArray(out, k);
            else v.compress(m).intoArray(out, k, m.compress());
            k += m.trueCount();
        }
        for (; i < x.length; i++) if (x[i] > 0) out[k++] = x[i];
        return out;
    }
}
