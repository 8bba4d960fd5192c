package org.ndjit;

import org.ndjit.ir.Float16;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * Prints an array exactly as NumPy 2.x {@code str(arr)} does under the default print options
 * (threshold 1000, edgeitems 3, linewidth 75, precision 8, floatmode 'maxprec', sign '-').
 *
 * <p>The layout and the per-dtype element formats are a port of {@code numpy/_core/arrayprint.py};
 * float digits come from a port of the "unique" mode of NumPy's Dragon4 ({@code dragon4.c}), because
 * NumPy rounds at the precision cutoff (and pads to a minimum digit count) from the exact binary value,
 * not from the shortest decimal, so {@code Double.toString} plus decimal rounding would differ for
 * some float32 values. A 0-d array prints like NumPy's scalar {@code str} ({@code scalartypes.c.src}).
 *
 * <p>When the array has more than 1000 elements, only the corner elements that are printed (the first
 * and last 3 along every axis longer than 6) are ever read, and column widths come from those alone.
 */
final class NumpyFormat {

    /** Reads element i (flat C-order index over the logical shape) of an array. */
    public interface ElementReader {
        /** Used for FLOAT32/FLOAT64 (a FLOAT32 value is passed widened to double). */
        double getDouble(long flatIndex);

        /** Used for the integer dtypes (uint64: its bits). */
        long getLong(long flatIndex);

        /** Used for BOOL. */
        boolean getBool(long flatIndex);
    }

    private static final long THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final int LINE_WIDTH = 75;
    private static final int PRECISION = 8;

    private NumpyFormat() {}

    /** Returns exactly what NumPy's str() prints for an array of this dtype and shape. */
    public static String format(DType dtype, long[] shape, ElementReader reader) {
        boolean empty = false;
        for (long d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension " + d);
            empty |= d == 0;
        }
        if (shape.length == 0) return scalar(dtype, reader);
        if (empty) return "[]";
        long size = 1;
        for (long d : shape) size = Math.multiplyExact(size, d);
        Layout layout = new Layout(shape, size > THRESHOLD);
        return layout.render(elementFormat(dtype, reader, layout::forEachShown));
    }

    // ---------------------------------------------------------------- layout (arrayprint._formatArray)

    /** The nested-bracket layout with line wrapping and "..." elision. */
    private static final class Layout {
        private final long[] shape;
        private final long[] strides;
        private final boolean summarize;

        Layout(long[] shape, boolean summarize) {
            this.shape = shape;
            this.summarize = summarize;
            this.strides = new long[shape.length];
            long stride = 1;
            for (int axis = shape.length - 1; axis >= 0; axis--) {
                strides[axis] = stride;
                stride *= shape[axis];
            }
        }

        String render(LongFunction<String> element) {
            return block(element, 0, 0, " ", LINE_WIDTH);
        }

        /** Indices printed along an axis of length n: all of them, or the edges around the "...". */
        private long[] shownIndices(long n) {
            if (summarize && n > 2L * EDGE_ITEMS) {
                long[] idx = new long[2 * EDGE_ITEMS];
                for (int i = 0; i < EDGE_ITEMS; i++) {
                    idx[i] = i;
                    idx[EDGE_ITEMS + i] = n - EDGE_ITEMS + i;
                }
                return idx;
            }
            long[] idx = new long[Math.toIntExact(n)];
            for (int i = 0; i < idx.length; i++) idx[i] = i;
            return idx;
        }

        /** Visits the flat index of every element that will be printed. */
        void forEachShown(LongConsumer action) {
            forEachShown(0, 0, action);
        }

        private void forEachShown(int axis, long offset, LongConsumer action) {
            if (axis == shape.length) {
                action.accept(offset);
                return;
            }
            for (long i : shownIndices(shape[axis])) {
                forEachShown(axis + 1, offset + i * strides[axis], action);
            }
        }

        /**
         * The text of the sub-array at {@code offset} spanning axes {@code axis..}; {@code indent} is
         * the hanging indent of its continuation lines and {@code width} the room left on a line.
         */
        private String block(LongFunction<String> element, int axis, long offset, String indent, int width) {
            if (axis == shape.length) return element.apply(offset);
            String innerIndent = indent + " ";
            int innerWidth = width - 1; // one column is taken by this level's ']'
            long[] idx = shownIndices(shape[axis]);
            boolean elided = idx.length < shape[axis];
            StringBuilder s = new StringBuilder();
            if (axis == shape.length - 1) {
                String line = indent;
                for (int j = 0; j < idx.length; j++) {
                    if (elided && j == EDGE_ITEMS) line = extendLine(s, line, "...", width - 1, indent) + " ";
                    String word = block(element, axis + 1, offset + idx[j] * strides[axis], innerIndent,
                            innerWidth);
                    line = extendLine(s, line, word, width - 1, indent);
                    if (j < idx.length - 1) line += " ";
                }
                s.append(line);
            } else {
                String rowSeparator = "\n".repeat(shape.length - axis - 1);
                for (int j = 0; j < idx.length; j++) {
                    if (elided && j == EDGE_ITEMS) s.append(indent).append("...").append(rowSeparator);
                    String row = block(element, axis + 1, offset + idx[j] * strides[axis], innerIndent,
                            innerWidth);
                    s.append(indent).append(row);
                    if (j < idx.length - 1) s.append(rowSeparator);
                }
            }
            return "[" + s.substring(indent.length()) + "]";
        }

        /** Appends word to line, first moving line to s if it would pass width (unless line is bare). */
        private static String extendLine(StringBuilder s, String line, String word, int width, String indent) {
            if (line.length() + word.length() > width && line.length() > indent.length()) {
                s.append(line.stripTrailing()).append('\n');
                line = indent;
            }
            return line + word;
        }
    }

    // ---------------------------------------------------------------- element formats

    /** The format of one element; {@code shown} visits the printed elements, which set the widths. */
    private static LongFunction<String> elementFormat(DType dtype, ElementReader reader,
                                                      Consumer<LongConsumer> shown) {
        return switch (dtype) {
            case BOOL -> i -> reader.getBool(i) ? " True" : "False";
            case UINT64 -> {
                int[] width = {1};
                shown.accept(i -> width[0] = Math.max(width[0], Long.toUnsignedString(reader.getLong(i)).length()));
                yield i -> padLeft(Long.toUnsignedString(reader.getLong(i)), width[0]);
            }
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32 -> {
                long[] minMax = {Long.MAX_VALUE, Long.MIN_VALUE};
                shown.accept(i -> {
                    long v = reader.getLong(i);
                    minMax[0] = Math.min(minMax[0], v);
                    minMax[1] = Math.max(minMax[1], v);
                });
                int width = Math.max(Long.toString(minMax[0]).length(), Long.toString(minMax[1]).length());
                yield i -> padLeft(Long.toString(reader.getLong(i)), width);
            }
            case FLOAT16, FLOAT32, FLOAT64 -> new FloatFormat(reader, dtype, shown);
        };
    }

    /** NumPy's FloatingFormat: one shared notation, digit count and padding for all printed elements. */
    private static final class FloatFormat implements LongFunction<String> {
        private final ElementReader reader;
        private final DType dtype;
        private boolean scientific;
        private int precision = PRECISION;
        private int minDigits;
        private int padLeft;
        private int padRight;
        private int expSize = -1;

        FloatFormat(ElementReader reader, DType dtype, Consumer<LongConsumer> shown) {
            this.reader = reader;
            this.dtype = dtype;
            List<Double> values = new ArrayList<>();
            shown.accept(i -> values.add(reader.getDouble(i)));
            List<Double> finite = new ArrayList<>();
            boolean nonFinite = false, negativeInfinity = false;
            double min = Double.POSITIVE_INFINITY, max = 0; // over the non-zero finite magnitudes
            for (double x : values) {
                if (Double.isFinite(x)) {
                    finite.add(x);
                    if (x != 0) {
                        min = Math.min(min, Math.abs(x));
                        max = Math.max(max, Math.abs(x));
                    }
                } else {
                    nonFinite = true;
                    negativeInfinity |= x == Double.NEGATIVE_INFINITY;
                }
            }
            scientific = max != 0 && needsScientific(min, max);
            // A first pass at full precision decides the digits and padding that all elements share.
            for (double x : finite) {
                if (scientific) {
                    String s = scientific(x, dtype, PRECISION, -1, Trim.ZEROS, -1, -1);
                    int dot = s.indexOf('.'), e = s.indexOf('e');
                    padLeft = Math.max(padLeft, dot);
                    minDigits = Math.max(minDigits, e - dot - 1);
                    expSize = Math.max(expSize, s.length() - e - 2);
                } else {
                    String s = positional(x, dtype, PRECISION, -1, Trim.ZEROS, -1, -1);
                    int dot = s.indexOf('.');
                    padLeft = Math.max(padLeft, dot);
                    padRight = Math.max(padRight, s.length() - dot - 1);
                }
            }
            if (scientific) {
                precision = minDigits;
                padRight = expSize + 2 + precision;
            }
            if (nonFinite) { // "nan", "inf" or "-inf" must fit in the width too
                int room = padRight + 1;
                padLeft = Math.max(padLeft, "inf".length() + (negativeInfinity ? 1 : 0) - room);
            }
        }

        /**
         * The exponent-notation rule for the non-zero finite magnitudes: float32 compares in float32
         * (NEP 50 makes the Python-float cutoffs float32) and its large cutoff is 10^6, not 10^8;
         * float16 compares and divides in float16, and its large cutoff is 10^3 (NumPy's
         * {@code 10**min(8, finfo(dtype).precision)}).
         */
        private boolean needsScientific(double min, double max) {
            if (dtype == DType.FLOAT16) {
                float tiny = Float16.toFloat(Float16.fromDouble(1e-4)), ratio = Float16.toFloat(Float16.fromDouble((float) max / (float) min));
                return max >= 1000 || min < tiny || ratio > 1000;
            }
            if (dtype == DType.FLOAT32) {
                float lo = (float) min, hi = (float) max;
                return hi >= 1e6f || lo < 1e-4f || hi / lo > 1000f;
            }
            return max >= 1e8 || min < 1e-4 || max / min > 1000.0;
        }

        @Override
        public String apply(long i) {
            double x = reader.getDouble(i);
            if (!Double.isFinite(x)) {
                String s = Double.isNaN(x) ? "nan" : x < 0 ? "-inf" : "inf";
                return padLeft(s, padLeft + padRight + 1);
            }
            return scientific
                    ? scientific(x, dtype, precision, minDigits, Trim.NONE, padLeft, expSize)
                    : positional(x, dtype, precision, 0, Trim.ZEROS, padLeft, padRight);
        }
    }

    private static String scalar(DType dtype, ElementReader reader) {
        return switch (dtype) {
            case BOOL -> reader.getBool(0) ? "True" : "False";
            case INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32 -> Long.toString(reader.getLong(0));
            case UINT64 -> Long.toUnsignedString(reader.getLong(0));
            case FLOAT16, FLOAT32, FLOAT64 -> floatScalar(reader.getDouble(0), dtype);
        };
    }

    /** A float scalar prints its shortest digits, positionally if 1e-4 <= |x| < 1e16 (1e6 for float32, 1e3 for float16). */
    private static String floatScalar(double x, DType dtype) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x < 0 ? "-inf" : "inf";
        double a = Math.abs(x);
        double large = dtype == DType.FLOAT16 ? 1e3 : dtype == DType.FLOAT32 ? 1e6 : 1e16;
        if (a == 0 || (a >= 1e-4 && a < large)) {
            return positional(x, dtype, -1, -1, Trim.LEAVE_ONE_ZERO, -1, -1);
        }
        return scientific(x, dtype, -1, -1, Trim.DROP_POINT, -1, -1);
    }

    // ---------------------------------------------------------------- Dragon4 and its two notations

    /** NumPy's trim modes: 'k', '.', '0' and '-'. */
    private enum Trim { NONE, ZEROS, LEAVE_ONE_ZERO, DROP_POINT }

    /** Digits d1 d2 ... with d1 in the 10^exponent place. */
    private record Digits(String digits, int exponent) {}

    /**
     * Positional notation of a finite x; precision caps and minDigits forces fraction digits (-1: none);
     * padLeft/padRight pad with spaces to that many characters before/after the point (-1: none).
     */
    private static String positional(double x, DType dtype, int precision, int minDigits, Trim trim,
                                      int padLeft, int padRight) {
        Digits d = dragon4(Math.abs(x), dtype, precision, minDigits, true);
        String digits = d.digits();
        int wholeCount = d.exponent() + 1;
        String whole, fraction;
        if (wholeCount <= 0) {
            whole = "0";
            fraction = "0".repeat(-wholeCount) + digits;
        } else if (digits.length() <= wholeCount) {
            whole = digits + "0".repeat(wholeCount - digits.length());
            fraction = "";
        } else {
            whole = digits.substring(0, wholeCount);
            fraction = digits.substring(wholeCount);
        }
        fraction = trimFraction(fraction, trim, minDigits);
        String sign = signBit(x) ? "-" : "";
        String point = fraction.isEmpty() && trim == Trim.DROP_POINT ? "" : ".";
        String right = padRight >= fraction.length() ? " ".repeat(padRight - fraction.length()) : "";
        return padLeft(sign + whole, padLeft) + point + fraction + right;
    }

    /** Scientific notation of a finite x; the exponent has at least max(2, expDigits) digits. */
    private static String scientific(double x, DType dtype, int precision, int minDigits, Trim trim,
                                     int padLeft, int expDigits) {
        Digits d = dragon4(Math.abs(x), dtype,
                precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1, false);
        String fraction = trimFraction(d.digits().substring(1), trim, minDigits);
        String sign = signBit(x) ? "-" : "";
        String point = fraction.isEmpty() && trim == Trim.DROP_POINT ? "" : ".";
        String exp = Integer.toString(Math.abs(d.exponent()));
        exp = "0".repeat(Math.max(0, Math.max(2, expDigits) - exp.length())) + exp;
        return padLeft(sign + d.digits().charAt(0), padLeft) + point + fraction
                + (d.exponent() < 0 ? "e-" : "e+") + exp;
    }

    private static String trimFraction(String fraction, Trim trim, int minDigits) {
        if (trim == Trim.NONE) return fraction + "0".repeat(Math.max(0, minDigits - fraction.length()));
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') end--;
        return end == 0 && trim == Trim.LEAVE_ONE_ZERO ? "0" : fraction.substring(0, end);
    }

    private static boolean signBit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /**
     * NumPy's Dragon4 in "unique" mode for a finite magnitude: generates the shortest digits that
     * identify the float among its neighbours (interval ends included when the mantissa is even, as
     * round-half-even reading does), but stops at the cutoff {@code maxDigits} and goes on to
     * {@code minDigits}, rounding the last digit half-to-even from the exact binary value. The limits
     * count digits after the point when {@code fractional}, significant digits otherwise; -1 is none.
     */
    private static Digits dragon4(double magnitude, DType dtype, int maxDigits, int minDigits,
                                  boolean fractional) {
        long mantissa;
        int exponent;
        boolean unequalMargins; // at a power of two the gap below is half the gap above
        if (dtype == DType.FLOAT16) {
            int bits = Float16.fromDouble(magnitude) & 0x7fff;
            int biased = bits >>> 10, fraction = bits & 0x3ff;
            mantissa = biased == 0 ? fraction : fraction | (1 << 10);
            exponent = Math.max(biased, 1) - 25;
            unequalMargins = biased > 1 && fraction == 0;
        } else if (dtype == DType.FLOAT32) {
            int bits = Float.floatToRawIntBits((float) magnitude);
            int biased = bits >>> 23, fraction = bits & 0x7fffff;
            mantissa = biased == 0 ? fraction : fraction | (1 << 23);
            exponent = Math.max(biased, 1) - 150;
            unequalMargins = biased > 1 && fraction == 0;
        } else {
            long bits = Double.doubleToRawLongBits(magnitude);
            int biased = (int) (bits >>> 52);
            long fraction = bits & ((1L << 52) - 1);
            mantissa = biased == 0 ? fraction : fraction | (1L << 52);
            exponent = Math.max(biased, 1) - 1075;
            unequalMargins = biased > 1 && fraction == 0;
        }
        if (mantissa == 0) return new Digits("0", 0);

        // value = scaled / scale; the margins are half the distance to the neighbouring floats.
        int shift = unequalMargins ? 2 : 1;
        BigInteger scaled, scale, marginLow;
        if (exponent > 0) {
            scaled = BigInteger.valueOf(mantissa).shiftLeft(exponent + shift);
            scale = BigInteger.ONE.shiftLeft(shift);
            marginLow = BigInteger.ONE.shiftLeft(exponent);
        } else {
            scaled = BigInteger.valueOf(mantissa).shiftLeft(shift);
            scale = BigInteger.ONE.shiftLeft(shift - exponent);
            marginLow = BigInteger.ONE;
        }

        // k = floor(log10(value)) + 1, from an estimate that is exact or one too small.
        int mantissaBit = 63 - Long.numberOfLeadingZeros(mantissa);
        int k = (int) Math.ceil((mantissaBit + exponent) * 0.30102999566398119521 - 0.69);
        if (k > 0) {
            scale = scale.multiply(BigInteger.TEN.pow(k));
        } else if (k < 0) {
            BigInteger p = BigInteger.TEN.pow(-k);
            scaled = scaled.multiply(p);
            marginLow = marginLow.multiply(p);
        }
        if (scaled.compareTo(scale) >= 0) {
            k++;
        } else {
            scaled = scaled.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        int firstExponent = k - 1;
        int maxExponent = maxDigits < 0 ? Integer.MIN_VALUE : fractional ? -maxDigits : k - maxDigits;
        int minExponent = minDigits < 0 ? k : Math.min(k, fractional ? -minDigits : k - minDigits);

        boolean even = (mantissa & 1) == 0;
        StringBuilder out = new StringBuilder();
        int digit;
        boolean low, high;
        while (true) {
            k--;
            BigInteger[] qr = scaled.divideAndRemainder(scale);
            digit = qr[0].intValue();
            scaled = qr[1];
            BigInteger marginHigh = unequalMargins ? marginLow.shiftLeft(1) : marginLow;
            int cmpLow = scaled.compareTo(marginLow);
            int cmpHigh = scaled.add(marginHigh).compareTo(scale);
            low = even ? cmpLow <= 0 : cmpLow < 0;   // rounding down stays within the float's interval
            high = even ? cmpHigh >= 0 : cmpHigh > 0; // rounding up stays within it
            if (((low || high) && k <= minExponent) || k == maxExponent) break;
            out.append((char) ('0' + digit));
            scaled = scaled.multiply(BigInteger.TEN);
            marginLow = marginLow.multiply(BigInteger.TEN);
        }
        boolean roundDown = low;
        if (low == high) { // both or neither allowed: take the nearer, ties to even
            int half = scaled.shiftLeft(1).compareTo(scale);
            roundDown = half < 0 || (half == 0 && digit % 2 == 0);
        }
        if (roundDown || digit < 9) {
            out.append((char) ('0' + digit + (roundDown ? 0 : 1)));
            return new Digits(out.toString(), firstExponent);
        }
        int end = out.length(); // carry the round-up through trailing nines
        while (end > 0 && out.charAt(end - 1) == '9') end--;
        if (end == 0) return new Digits("1", firstExponent + 1);
        out.setLength(end);
        out.setCharAt(end - 1, (char) (out.charAt(end - 1) + 1));
        return new Digits(out.toString(), firstExponent);
    }
}
