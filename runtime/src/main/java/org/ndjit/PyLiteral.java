package org.ndjit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parser for the small part of Python's literal syntax that a {@code .npy} header uses (NumPy reads
 * the header with {@code ast.literal_eval}): dicts, tuples, lists, strings, integers, floats, True,
 * False and None. It exists so that a header written by any NumPy version, including Python 2's
 * {@code 3L} longs and double-quoted keys, parses here as it does in NumPy, and so that anything else
 * is rejected with a message saying where the text stops making sense, instead of being half-read by
 * string matching.
 *
 * <p>Values: {@link Map} (insertion-ordered), {@link Tuple}, {@link List}, {@link String},
 * {@link BigInteger}, {@link Double}, {@link Boolean}, and {@link #NONE}.
 */
final class PyLiteral {
    /** A Python tuple, kept apart from a list because the header's shape must be a tuple. */
    record Tuple(List<Object> items) {}

    /** Python's None. */
    static final Object NONE = new Object() {
        @Override public String toString() { return "None"; }
    };

    /** Deep enough for any real header (a structured dtype nests a few levels), small enough for the stack. */
    private static final int MAX_DEPTH = 64;
    /** Python's own limit for converting decimal text to an int ({@code sys.get_int_max_str_digits()}, 4300), which {@code literal_eval} applies too. */
    static final int MAX_DIGITS = 4300;
    /** NumPy refuses headers longer than 10,000 characters by default, so no string it reads is longer. */
    static final int MAX_STRING = 10_000;
    /** What {@link #describe} shows of a value at most. */
    private static final int MAX_DESCRIBE = 200;

    private final String text;
    private int pos;

    private PyLiteral(String text) {
        this.text = text;
    }

    /** The value of {@code text}, which must be exactly one literal (surrounding whitespace allowed). */
    static Object parse(String text) throws ParseError {
        PyLiteral p = new PyLiteral(text);
        Object value = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) throw p.error("unexpected text after the literal");
        return value;
    }

    /** Why and where the text is not a literal. */
    static final class ParseError extends Exception {
        private static final long serialVersionUID = 1L;

        ParseError(String message) { super(message); }
    }

    private Object value(int depth) throws ParseError {
        if (depth > MAX_DEPTH) throw error("nested too deeply");
        skipSpace();
        if (pos >= text.length()) throw error("unexpected end of text");
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> dict(depth);
            case '(' -> tuple(depth);
            case '[' -> list(depth);
            case '\'', '"' -> string();
            default -> {
                if (c == '-' || c == '+' || Character.isDigit(c) || c == '.') yield number();
                if ((c == 'u' || c == 'U') && pos + 1 < text.length() && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"')) {
                    pos++;
                    yield string();
                }
                yield name();
            }
        };
    }

    private Map<Object, Object> dict(int depth) throws ParseError {
        pos++; // {
        Map<Object, Object> map = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek('}')) { pos++; return map; }
            Object key = value(depth + 1);
            if (key instanceof Map || key instanceof List) throw error("a dict key must be hashable, got " + describe(key));
            skipSpace();
            expect(':');
            Object v = value(depth + 1);
            if (map.containsKey(key)) throw error("duplicate key " + describe(key));
            map.put(key, v);
            skipSpace();
            if (peek(',')) { pos++; continue; }
            expect('}');
            return map;
        }
    }

    /** {@code (a)} is just a parenthesised value; {@code (a,)} and {@code ()} are tuples. */
    private Object tuple(int depth) throws ParseError {
        pos++; // (
        List<Object> items = new ArrayList<>();
        boolean sawComma = false;
        while (true) {
            skipSpace();
            if (peek(')')) { pos++; break; }
            items.add(value(depth + 1));
            skipSpace();
            if (peek(',')) { pos++; sawComma = true; continue; }
            expect(')');
            break;
        }
        if (items.size() == 1 && !sawComma) return items.get(0);
        return new Tuple(List.copyOf(items));
    }

    private List<Object> list(int depth) throws ParseError {
        pos++; // [
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek(']')) { pos++; return items; }
            items.add(value(depth + 1));
            skipSpace();
            if (peek(',')) { pos++; continue; }
            expect(']');
            return items;
        }
    }

    private String string() throws ParseError {
        char quote = text.charAt(pos++);
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw error("unterminated string");
            char c = text.charAt(pos++);
            if (c == quote) return sb.toString();
            if (sb.length() >= MAX_STRING) throw error("a string longer than " + MAX_STRING + " characters");
            if (c == '\n') throw error("unterminated string");
            if (c != '\\') { sb.append(c); continue; }
            if (pos >= text.length()) throw error("unterminated string");
            char e = text.charAt(pos++);
            switch (e) {
                case '\\', '\'', '"' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'x' -> sb.append((char) hex(2));
                case 'u' -> sb.append((char) hex(4));
                case 'U' -> {
                    int at = pos;
                    int cp = hex(8);
                    if (cp > Character.MAX_CODE_POINT) {
                        pos = at;
                        throw error("escape \\U" + text.substring(at, at + 8) + " is not a Unicode code point");
                    }
                    sb.appendCodePoint(cp);
                }
                default -> sb.append('\\').append(e);
            }
        }
    }

    /** Exactly {@code digits} hexadecimal digits (no sign), as a non-negative value (8 digits may exceed an int: clamped). */
    private int hex(int digits) throws ParseError {
        if (pos + digits > text.length()) throw error("truncated escape");
        long v = 0;
        for (int i = 0; i < digits; i++) {
            int d = Character.digit(text.charAt(pos + i), 16);
            if (d < 0 || text.charAt(pos + i) > 'f') throw error("bad escape: expected " + digits + " hexadecimal digits");
            v = v << 4 | d;
        }
        pos += digits;
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    /**
     * An int (Python 2's {@code 3L} included, as NumPy's header filter accepts it) or a float. The token is
     * scanned once and checked by hand (a regular expression backtracked quadratically over a long run of
     * digits); a number of more than {@link #MAX_DIGITS} digits is refused, as Python refuses it.
     */
    private Object number() throws ParseError {
        int start = pos;
        if (peek('-') || peek('+')) pos++;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.' || text.charAt(pos) == '_'
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
            if (pos - start > 2 * MAX_DIGITS + 64) { // room for underscores between the digits
                pos = start;
                throw error("a number of more than " + MAX_DIGITS + " digits");
            }
        }
        String token = text.substring(start, pos).replace("_", "");
        if (token.endsWith("L") || token.endsWith("l")) token = token.substring(0, token.length() - 1);
        int digits = 0;
        for (int i = 0; i < token.length(); i++) if (isAsciiDigit(token.charAt(i))) digits++;
        if (digits > MAX_DIGITS) {
            pos = start;
            throw error("a number of more than " + MAX_DIGITS + " digits");
        }
        try {
            int body = token.startsWith("+") || token.startsWith("-") ? 1 : 0;
            if (body < token.length() && allDigits(token, body, token.length())) {
                return new BigInteger(body == 1 && token.charAt(0) == '+' ? token.substring(1) : token);
            }
            if (isFloat(token, body)) return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        pos = start;
        throw error("not a number: " + text.substring(start, Math.min(text.length(), start + 20)));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!isAsciiDigit(s.charAt(i))) return false;
        return true;
    }

    /** {@code (digits [. digits?] | . digits) ([eE] [-+]? digits)?} from {@code i}, checked in one pass. */
    private static boolean isFloat(String s, int i) {
        int n = s.length(), intDigits = 0, fracDigits = 0;
        while (i < n && isAsciiDigit(s.charAt(i))) { i++; intDigits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isAsciiDigit(s.charAt(i))) { i++; fracDigits++; }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int expDigits = 0;
            while (i < n && isAsciiDigit(s.charAt(i))) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        return i == n;
    }

    private Object name() throws ParseError {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) pos++;
        String word = text.substring(start, pos);
        return switch (word) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> NONE;
            default -> {
                pos = start;
                throw error(word.isEmpty() ? "unexpected character '" + text.charAt(pos) + "'"
                        : "unknown name '" + (word.length() <= 40 ? word : word.substring(0, 40) + "...") + "'");
            }
        };
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void expect(char c) throws ParseError {
        if (!peek(c)) throw error(pos >= text.length() ? "expected '" + c + "' but the text ends" : "expected '" + c + "'");
        pos++;
    }

    private ParseError error(String what) {
        return new ParseError(what + " at character " + pos);
    }

    /** A value as Python's repr would show it, for error messages: cut after about {@value #MAX_DESCRIBE} characters. */
    static String describe(Object v) {
        StringBuilder sb = new StringBuilder();
        describe(v, sb);
        return sb.length() <= MAX_DESCRIBE ? sb.toString() : sb.substring(0, MAX_DESCRIBE) + "...";
    }

    /** Appends the repr of {@code v}, stopping soon after the text passes {@link #MAX_DESCRIBE} characters. */
    private static void describe(Object v, StringBuilder out) {
        if (out.length() > MAX_DESCRIBE) return;
        switch (v) {
            case String s -> {
                out.append('\'');
                for (int i = 0; i < s.length() && out.length() <= MAX_DESCRIBE; i++) {
                    char c = s.charAt(i);
                    if (c == '\\' || c == '\'') out.append('\\');
                    out.append(c);
                }
                out.append('\'');
            }
            case Boolean b -> out.append(b ? "True" : "False");
            case Tuple t -> {
                out.append('(');
                for (int i = 0; i < t.items().size() && out.length() <= MAX_DESCRIBE; i++) {
                    if (i > 0) out.append(", ");
                    describe(t.items().get(i), out);
                }
                out.append(t.items().size() == 1 ? ",)" : ")");
            }
            case List<?> l -> {
                out.append('[');
                for (int i = 0; i < l.size() && out.length() <= MAX_DESCRIBE; i++) {
                    if (i > 0) out.append(", ");
                    describe(l.get(i), out);
                }
                out.append(']');
            }
            case Map<?, ?> m -> {
                out.append('{');
                int i = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (out.length() > MAX_DESCRIBE) break;
                    if (i++ > 0) out.append(", ");
                    describe(e.getKey(), out);
                    out.append(": ");
                    describe(e.getValue(), out);
                }
                out.append('}');
            }
            case BigInteger b when b.bitLength() > 1000 -> out.append("an integer of ").append(b.toString().length()).append(" digits");
            default -> out.append(v);
        }
    }
}
