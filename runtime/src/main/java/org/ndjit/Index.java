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
    record At(long index) implements Index {}
    record Slice(Long start, Long stop, long step) implements Index {}
    record NewAxis() implements Index {}
    record Ellipsis() implements Index {}

    Index NEW_AXIS = new NewAxis();
    Index ELLIPSIS = new Ellipsis();
    Index ALL = new Slice(null, null, 1);

    static Index at(long i) { return new At(i); }
    static Index slice(Long start, Long stop) { return new Slice(start, stop, 1); }
    static Index slice(Long start, Long stop, long step) { return new Slice(start, stop, step); }

    /**
     * Parses a comma-separated NumPy index such as {@code "::-1, 2"} or {@code "1:, None"}. As in Python, one
     * trailing comma after at least one entry is allowed and changes nothing ({@code a[1,]} is {@code a[1]});
     * an empty entry anywhere else ({@code ","}, {@code "1,,2"}) is an error, as it is a syntax error in Python.
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
                else if (!p.contains(":")) out.add(at(Long.parseLong(p)));
                else {
                    String[] f = p.split(":", -1);
                    if (f.length > 3) throw new NumberFormatException();
                    Long start = bound(f[0]), stop = bound(f[1]);
                    Long step = f.length == 3 ? bound(f[2]) : null;
                    out.add(slice(start, stop, step == null ? 1 : step));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cannot parse index \"" + p + "\" in \"" + text
                        + "\": expected an integer, start:stop:step, None or ...");
            }
        }
        return out.toArray(new Index[0]);
    }

    private static Long bound(String s) {
        s = s.strip();
        return s.isEmpty() ? null : Long.parseLong(s);
    }
}
