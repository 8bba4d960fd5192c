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
                case 'U' -> sb.appendCodePoint(hex(8));
                default -> sb.append('\\').append(e);
            }
        }
    }

    private int hex(int digits) throws ParseError {
        if (pos + digits > text.length()) throw error("truncated escape");
        try {
            int v = Integer.parseInt(text.substring(pos, pos + digits), 16);
            pos += digits;
            return v;
        } catch (NumberFormatException e) {
            throw error("bad escape");
        }
    }

    /** An int (Python 2's {@code 3L} included, as NumPy's header filter accepts it) or a float. */
    private Object number() throws ParseError {
        int start = pos;
        if (peek('-') || peek('+')) pos++;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.' || text.charAt(pos) == '_'
                || ((text.charAt(pos) == '-' || text.charAt(pos) == '+') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        String token = text.substring(start, pos).replace("_", "");
        if (token.endsWith("L") || token.endsWith("l")) token = token.substring(0, token.length() - 1);
        try {
            if (token.matches("[-+]?[0-9]+")) return new BigInteger(token.startsWith("+") ? token.substring(1) : token);
            if (token.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        pos = start;
        throw error("not a number: " + text.substring(start, Math.min(text.length(), start + 20)));
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
                throw error(word.isEmpty() ? "unexpected character '" + text.charAt(pos) + "'" : "unknown name '" + word + "'");
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

    /** A value as Python's repr would show it, for error messages. */
    static String describe(Object v) {
        return switch (v) {
            case String s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
            case Boolean b -> b ? "True" : "False";
            case Tuple t -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.items().size(); i++) sb.append(i > 0 ? ", " : "").append(describe(t.items().get(i)));
                yield sb.append(t.items().size() == 1 ? ",)" : ")").toString();
            }
            case List<?> l -> {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(describe(l.get(i)));
                yield sb.append("]").toString();
            }
            case Map<?, ?> m -> {
                StringBuilder sb = new StringBuilder("{");
                int i = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    sb.append(i++ > 0 ? ", " : "").append(describe(e.getKey())).append(": ").append(describe(e.getValue()));
                }
                yield sb.append("}").toString();
            }
            default -> String.valueOf(v);
        };
    }
}
