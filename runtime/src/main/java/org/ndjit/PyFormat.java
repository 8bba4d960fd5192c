package org.ndjit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's printf-style formatting ({@code "%.18e" % x}) for the conversions {@code savetxt} users
 * write: {@code d i e E f F g G} with the flags {@code - + space 0 #}, a width and a precision. Floats
 * are rounded from their exact binary value, halves to even, as Python does (Java's {@code %e} pads
 * digits beyond the shortest representation with zeros: {@code 0.1} would print as
 * {@code 1.000000000000000000e-01} where Python prints {@code 1.000000000000000056e-01}).
 */
final class PyFormat {
    private static final Pattern SPEC = Pattern.compile("%([-+ 0#]*)(\\d*)(?:\\.(\\d+))?([diouxXeEfFgGs%])");

    /** A format split into literal text and conversions: {@code parts} has one more entry than {@code specs}. */
    record Parsed(List<String> parts, List<Matcher> specs) {}

    private PyFormat() {}

    static Parsed parse(String format) {
        List<String> parts = new ArrayList<>();
        List<Matcher> specs = new ArrayList<>();
        Matcher m = SPEC.matcher(format);
        StringBuilder literal = new StringBuilder();
        int at = 0;
        while (m.find()) {
            literal.append(format, at, m.start());
            at = m.end();
            if (m.group(4).equals("%")) {
                literal.append('%');
                continue;
            }
            if ("ouxXs".contains(m.group(4))) throw new IllegalArgumentException("unsupported format conversion %" + m.group(4) + " in " + format);
            parts.add(literal.toString());
            literal.setLength(0);
            Matcher one = SPEC.matcher(m.group());
            one.matches();
            specs.add(one);
        }
        literal.append(format.substring(at));
        parts.add(literal.toString());
        return new Parsed(parts, specs);
    }

    /** One float64 value formatted by one conversion. */
    static String format(Matcher spec, double value) {
        return format(spec, value, null);
    }

    /**
     * One integer formatted by one conversion: {@code %d} and {@code %i} give its digits, the float
     * conversions format {@code float(value)}, as Python does ({@code '%.18e' % (2**62 + 1)} is
     * {@code 4.611686018427387904e+18}; uint64 values above 2^63 too).
     */
    static String format(Matcher spec, java.math.BigInteger integer) {
        char conversion = spec.group(4).charAt(0);
        return conversion == 'd' || conversion == 'i' ? format(spec, 0, integer) : format(spec, integer.doubleValue(), null);
    }

    /** A float64 value, or an integer (not null) formatted by %d or %i. */
    private static String format(Matcher spec, double value, java.math.BigInteger integer) {
        String flags = spec.group(1);
        int width = spec.group(2).isEmpty() ? 0 : Integer.parseInt(spec.group(2));
        int precision = spec.group(3) == null ? -1 : Integer.parseInt(spec.group(3));
        char conversion = spec.group(4).charAt(0);
        boolean negative;
        String body;
        if (conversion == 'd' || conversion == 'i') {
            java.math.BigInteger v;
            if (integer != null) {
                v = integer;
            } else {
                if (Double.isNaN(value)) throw new IllegalArgumentException("cannot convert float NaN to integer");
                if (Double.isInfinite(value)) throw new IllegalArgumentException("cannot convert float infinity to integer");
                v = new BigDecimal(value).toBigInteger(); // Python's int(): toward zero, any size
            }
            negative = v.signum() < 0;
            body = v.abs().toString();
            if (precision > body.length()) body = "0".repeat(precision - body.length()) + body;
        } else {
            negative = Double.doubleToRawLongBits(value) < 0 && !Double.isNaN(value);
            if (!Double.isFinite(value)) {
                body = Double.isNaN(value) ? "nan" : "inf";
                if (Character.isUpperCase(conversion)) body = body.toUpperCase();
            } else {
                BigDecimal exact = new BigDecimal(Math.abs(value));
                int p = precision < 0 ? 6 : precision;
                boolean alternate = flags.indexOf('#') >= 0;
                body = switch (Character.toLowerCase(conversion)) {
                    case 'e' -> exponent(exact, p, alternate);
                    case 'f' -> fixed(exact, p, alternate);
                    default -> general(exact, p == 0 ? 1 : p, alternate);
                };
                if (Character.isUpperCase(conversion)) body = body.toUpperCase();
            }
        }
        String sign = negative ? "-" : flags.indexOf('+') >= 0 ? "+" : flags.indexOf(' ') >= 0 ? " " : "";
        int pad = width - sign.length() - body.length();
        if (pad <= 0) return sign + body;
        if (flags.indexOf('-') >= 0) return sign + body + " ".repeat(pad);
        if (flags.indexOf('0') >= 0) return sign + "0".repeat(pad) + body; // Python pads nan and inf with zeros too
        return " ".repeat(pad) + sign + body;
    }

    /** d.ddde+XX with p digits after the point. */
    private static String exponent(BigDecimal exact, int p, boolean alternate) {
        String digits;
        int exp;
        if (exact.signum() == 0) {
            digits = "0".repeat(p + 1);
            exp = 0;
        } else {
            BigDecimal r = exact.round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
            digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            if (digits.length() < p + 1) digits = digits + "0".repeat(p + 1 - digits.length());
            digits = digits.substring(0, p + 1);
        }
        String mantissa = digits.charAt(0) + (p > 0 || alternate ? "." : "") + digits.substring(1);
        String e = Integer.toString(Math.abs(exp));
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    private static String fixed(BigDecimal exact, int p, boolean alternate) {
        String s = exact.setScale(p, RoundingMode.HALF_EVEN).toPlainString();
        return p == 0 && alternate ? s + "." : s;
    }

    /** Python's %g: %e or %f by the exponent, then trailing zeros removed unless '#'. */
    private static String general(BigDecimal exact, int p, boolean alternate) {
        int exp = 0;
        if (exact.signum() != 0) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String s = exp >= -4 && exp < p ? fixed(exact, p - 1 - exp, alternate) : exponent(exact, p - 1, alternate);
        if (alternate) return s;
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e), tail = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "");
            if (mantissa.endsWith(".")) mantissa = mantissa.substring(0, mantissa.length() - 1);
        }
        return mantissa + tail;
    }
}
