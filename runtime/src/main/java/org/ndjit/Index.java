package org.ndjit;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a NumPy index expression: an integer ({@code m[0]}), a slice ({@code start:stop:step},
 * with null for an omitted bound), {@link #NEW_AXIS} ({@code None}) or {@link #ELLIPSIS} ({@code ...}).
 * {@link #parse} reads the same text NumPy users write between the brackets: {@code ":, 1"},
 * {@code "::-1"}, {@code "1:3, None, ..."}.
 */
public sealed interface Index {
    /**
     * One position on an axis, which the result drops: {@code Index.at(-1)} is NumPy's {@code [-1]}.
     *
     * @param index the position, negative counting from the end
     */
    record At(long index) implements Index {}
    /**
     * Python's {@code start:stop:step} on one axis, a view: {@code Index.slice(1L, null, 2)} is {@code 1::2}.
     *
     * @param start the first position, null for the start (the end, for a negative step)
     * @param stop  the position the slice stops before, null for past the end (before the start, for a negative step)
     * @param step  the distance between positions, negative to go backwards, never 0
     */
    record Slice(Long start, Long stop, long step) implements Index {}
    /** NumPy's {@code None} ({@code np.newaxis}): a new axis of length 1; use {@link #NEW_AXIS}. */
    record NewAxis() implements Index {}
    /** NumPy's {@code ...}: as many {@code :} as the other entries leave axes; use {@link #ELLIPSIS}. */
    record Ellipsis() implements Index {}

    /** NumPy's {@code None}: {@code v.get(Index.ALL, Index.NEW_AXIS)} is {@code v[:, None]}, a column of a vector. */
    Index NEW_AXIS = new NewAxis();
    /** NumPy's {@code ...}: {@code x.get(Index.ELLIPSIS, Index.at(0))} is {@code x[..., 0]}. */
    Index ELLIPSIS = new Ellipsis();
    /** NumPy's {@code :}, the whole axis. */
    Index ALL = new Slice(null, null, 1);

    /** NumPy's {@code i} in an index: one position, dropping its axis (negative counts from the end): {@code m.get(Index.at(0))} is {@code m[0]}. */
    static Index at(long i) { return new At(i); }
    /** NumPy's {@code start:stop}, null for an omitted bound ({@code slice(null, 3L)} is {@code :3}). */
    static Index slice(Long start, Long stop) { return new Slice(start, stop, 1); }
    /** NumPy's {@code start:stop:step}, null for an omitted bound ({@code slice(null, null, -1L)} is {@code ::-1}). */
    static Index slice(Long start, Long stop, long step) { return new Slice(start, stop, step); }
    /** NumPy's {@code start:stop} with both bounds: {@code m.get(Index.slice(1, 3), Index.all())} is {@code m[1:3, :]}. */
    static Index slice(long start, long stop) { return new Slice(start, stop, 1); }
    /** NumPy's {@code start:stop:step} with both bounds. */
    static Index slice(long start, long stop, long step) { return new Slice(start, stop, step); }
    /** NumPy's {@code :}, the whole axis: {@code m.get(Index.all(), Index.at(1))} is {@code m[:, 1]}. */
    static Index all() { return ALL; }
    /** NumPy's {@code None} ({@code np.newaxis}): a new axis of length 1. */
    static Index newAxis() { return NEW_AXIS; }
    /** NumPy's {@code ...}: as many {@code :} as the other entries leave axes. */
    static Index ellipsis() { return ELLIPSIS; }

    /**
     * Parses a comma-separated NumPy index such as {@code "::-1, 2"} or {@code "1:, None"}. As in Python, one
     * trailing comma after at least one entry is allowed and changes nothing ({@code a[1,]} is {@code a[1]});
     * an empty entry anywhere else ({@code ","}, {@code "1,,2"}) is an error, as it is a syntax error in Python.
     * Integers are Python integer literals (signs, underscores, {@code 0x}, {@code 0o}, {@code 0b}); bool,
     * float and parenthesised entries are not accepted.
     */
    static Index[] parse(String text) {
        List<Index> out = new ArrayList<>();
        if (text.isBlank()) return new Index[0];
        String body = text.strip();
        if (body.endsWith(",") && !body.substring(0, body.length() - 1).isBlank()) body = body.substring(0, body.length() - 1);
        for (String part : body.split(",", -1)) {
            String p = part.strip();
            try {
                if (p.equals("...")) out.add(ELLIPSIS);
                else if (p.equals("None") || p.equals("newaxis")) out.add(NEW_AXIS);
                else if (!p.contains(":")) out.add(at(integer(p)));
                else {
                    String[] f = p.split(":", -1);
                    if (f.length > 3) throw new NumberFormatException();
                    Long start = bound(f[0]), stop = bound(f[1]);
                    Long step = f.length == 3 ? bound(f[2]) : null;
                    out.add(slice(start, stop, step == null ? 1 : step));
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw new IllegalArgumentException("cannot parse index \"" + p + "\" in \"" + text
                        + "\": expected an integer, start:stop:step, None or ...");
            }
        }
        return out.toArray(new Index[0]);
    }

    private static Long bound(String s) {
        s = s.strip();
        return s.isEmpty() ? null : integer(s);
    }

    /**
     * A Python integer literal with optional unary signs, as NumPy users write them: {@code -1},
     * {@code - 1}, {@code +2}, {@code 1_000}, {@code 0x10}, {@code 0o7}, {@code 0b101}; as in Python,
     * {@code 01} is not one (leading zeros), nor is {@code 1__0} or {@code 1_}.
     *
     * @throws NumberFormatException if it is not (or does not fit a long)
     */
    private static long integer(String s) {
        int i = 0;
        boolean negative = false;
        while (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+' || Character.isWhitespace(s.charAt(i)))) {
            if (s.charAt(i) == '-') negative = !negative;
            i++;
        }
        String literal = s.substring(i);
        int radix = 10;
        String digits = literal;
        if (literal.length() > 1 && literal.charAt(0) == '0' && "xXoObB".indexOf(literal.charAt(1)) >= 0) {
            radix = switch (Character.toLowerCase(literal.charAt(1))) { case 'x' -> 16; case 'o' -> 8; default -> 2; };
            digits = literal.substring(2);
            if (digits.startsWith("_")) digits = digits.substring(1); // 0x_1f is allowed
        }
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) throw new NumberFormatException(s);
        digits = digits.replace("_", "");
        for (int k = 0; k < digits.length(); k++) if (Character.digit(digits.charAt(k), radix) < 0 || digits.charAt(k) > 'z') throw new NumberFormatException(s);
        if (radix == 10 && digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(c -> c == '0')) {
            throw new NumberFormatException(s); // Python: leading zeros in decimal integer literals are not permitted
        }
        java.math.BigInteger v = new java.math.BigInteger(digits, radix);
        return (negative ? v.negate() : v).longValueExact();
    }
}
