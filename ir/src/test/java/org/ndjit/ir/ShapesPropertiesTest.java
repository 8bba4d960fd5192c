package org.ndjit.ir;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy's broadcasting rule (SEMANTICS 1.1) for {@link Shapes#broadcast}: algebraic properties, agreement
 * with a reference rule written here, and the exact error text listing every operand.
 */
class ShapesPropertiesTest {

    // ---- Reference rule, written independently of Shapes. ----

    /**
     * Right-align all shapes (a missing leading dim counts as 1). In each position the dims other than 1
     * must all be equal; the result is that dim, or 1 if every operand has 1 there. (So 1 against 0
     * gives 0, and 0 against 2 is an error: 0 is not 1.) Empty when the shapes do not broadcast.
     */
    static Optional<long[]> reference(long[]... shapes) {
        int rank = 0;
        for (long[] s : shapes) rank = Math.max(rank, s.length);
        long[] out = new long[rank];
        for (int fromRight = 1; fromRight <= rank; fromRight++) {
            Long agreed = null;
            for (long[] s : shapes) {
                int i = s.length - fromRight;
                long d = i >= 0 ? s[i] : 1;
                if (d == 1) continue;
                if (agreed == null) agreed = d;
                else if (agreed != d) return Optional.empty();
            }
            out[rank - fromRight] = agreed == null ? 1 : agreed;
        }
        return Optional.of(out);
    }

    /** NumPy's error text without the trailing space: every operand, formatted (2,3) (4,) (). */
    static String expectedMessage(long[]... shapes) {
        return "operands could not be broadcast together with shapes "
                + Arrays.stream(shapes).map(ShapesPropertiesTest::fmt).collect(Collectors.joining(" "));
    }

    static String fmt(long[] s) {
        if (s.length == 1) return "(" + s[0] + ",)";
        return "(" + Arrays.stream(s).mapToObj(Long::toString).collect(Collectors.joining(",")) + ")";
    }

    /** The library's answer: the shape, or empty after checking the exception is NumPy's. */
    static Optional<long[]> actual(long[]... shapes) {
        long[][] copies = new long[shapes.length][];
        for (int i = 0; i < shapes.length; i++) copies[i] = shapes[i].clone();
        try {
            long[] r = Shapes.broadcast(copies);
            for (int i = 0; i < shapes.length; i++) assertArrayEquals(shapes[i], copies[i], "broadcast must not modify its arguments");
            return Optional.of(r);
        } catch (IllegalArgumentException e) {
            assertEquals(expectedMessage(shapes), e.getMessage());
            return Optional.empty();
        }
    }

    static void assertSame(Optional<long[]> expected, Optional<long[]> got, String what) {
        assertEquals(expected.isPresent(), got.isPresent(),
                () -> what + ": expected " + expected.map(Arrays::toString).orElse("an error") + " but got " + got.map(Arrays::toString).orElse("an error"));
        expected.ifPresent(e -> assertArrayEquals(e, got.get(), what));
    }

    // ---- Generators. ----

    static Arbitrary<long[]> anyShape() {
        return Arbitraries.longs().between(0, 5).list().ofMaxSize(4).map(ShapesPropertiesTest::toArray);
    }

    static long[] toArray(List<Long> l) {
        return l.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Shapes likely to broadcast: a common full shape, each operand keeps a suffix of it and replaces
     * some dims by 1 (so both operands may stretch, as (4,1) with (3,)). {@code noise} occasionally
     * perturbs one dim so that incompatible pairs are drawn too.
     */
    record Derived(int drop, List<Boolean> ones, int noiseAt, long noise) {
        long[] from(long[] full) {
            int d = Math.min(drop, full.length);
            long[] s = Arrays.copyOfRange(full, d, full.length);
            for (int i = 0; i < s.length; i++) if (i < ones.size() && ones.get(i)) s[i] = 1;
            if (noise > 0 && s.length > 0) s[Math.floorMod(noiseAt, s.length)] = noise - 1;
            return s;
        }
    }

    static Arbitrary<Derived> derived() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(false, true).list().ofMaxSize(4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(6, 0L), net.jqwik.api.Tuple.of(1, 1L), net.jqwik.api.Tuple.of(1, 2L),
                        net.jqwik.api.Tuple.of(1, 3L), net.jqwik.api.Tuple.of(1, 5L))
        ).as(Derived::new);
    }

    record Shapes3(long[] a, long[] b, long[] c) {
        @Override public String toString() { return fmt(a) + " " + fmt(b) + " " + fmt(c); }
    }

    @Provide
    Arbitrary<Shapes3> triples() {
        Arbitrary<Shapes3> related = Combinators.combine(anyShape(), derived(), derived(), derived())
                .as((full, x, y, z) -> new Shapes3(x.from(full), y.from(full), z.from(full)));
        Arbitrary<Shapes3> unrelated = Combinators.combine(anyShape(), anyShape(), anyShape()).as(Shapes3::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, related), net.jqwik.api.Tuple.of(1, unrelated));
    }

    @Provide
    Arbitrary<long[]> shapes() {
        return anyShape();
    }

    // ---- Properties. ----

    @Property(tries = 1000)
    void matchesReferenceRuleForTwoAndThreeOperands(@ForAll("triples") Shapes3 t) {
        assertSame(reference(t.a, t.b), actual(t.a, t.b), "broadcast " + fmt(t.a) + " " + fmt(t.b));
        assertSame(reference(t.a, t.b, t.c), actual(t.a, t.b, t.c), "broadcast " + t);
        assertSame(reference(t.a), actual(t.a), "broadcast of one shape " + fmt(t.a));
    }

    @Property(tries = 500)
    void isSymmetric(@ForAll("triples") Shapes3 t) {
        assertSame(actual(t.a, t.b), actual(t.b, t.a), "broadcast(a,b) vs broadcast(b,a) for " + t);
    }

    @Property(tries = 1000)
    void isAssociative(@ForAll("triples") Shapes3 t) {
        Optional<long[]> ab = actual(t.a, t.b), bc = actual(t.b, t.c);
        Optional<long[]> left = ab.flatMap(x -> actual(x, t.c));
        Optional<long[]> right = bc.flatMap(x -> actual(t.a, x));
        assertSame(left, right, "(a,b),c vs a,(b,c) for " + t);
        assertSame(left, actual(t.a, t.b, t.c), "(a,b),c vs (a,b,c) for " + t);
    }

    @Property(tries = 200)
    void isIdempotentAndHasTheScalarAsIdentity(@ForAll("shapes") long[] s) {
        assertArrayEquals(s, Shapes.broadcast(s, s), () -> "broadcast(s,s) for " + fmt(s));
        assertArrayEquals(s, Shapes.broadcast(s, Shapes.SCALAR), () -> "broadcast(s,()) for " + fmt(s));
        assertArrayEquals(s, Shapes.broadcast(new long[0], s), () -> "broadcast((),s) for " + fmt(s));
    }

    @Property(tries = 500)
    void broadcastsToAgreesWithTheRule(@ForAll("triples") Shapes3 t) {
        // from broadcasts to exactly `to` iff broadcasting the two gives `to`.
        for (long[][] p : List.of(new long[][] {t.a, t.b}, new long[][] {t.b, t.a}, new long[][] {t.a, t.c})) {
            long[] from = p[0], to = p[1];
            boolean expected = reference(from, to).map(r -> Arrays.equals(r, to)).orElse(false);
            assertEquals(expected, Shapes.broadcastsTo(from, to), () -> "broadcastsTo(" + fmt(from) + ", " + fmt(to) + ")");
        }
    }

    @Property(tries = 300)
    void errorListsEveryOperand(@ForAll("shapes") long[] a, @ForAll("shapes") long[] b, @ForAll("shapes") long[] c) {
        // Make an incompatible list by appending a dim that clashes with a's last dim.
        long[] clash = a.length == 0 ? new long[] {2} : a;
        long last = clash[clash.length - 1];
        long[] bad = {last == 2 ? 3 : 2};
        if (last == 1) clash = new long[] {0};
        long[] first = clash;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shapes.broadcast(first, b.length == 0 ? bad : b, bad, c));
        // Only the message format matters here; whether b/c clash as well does not change it.
        assertEquals(expectedMessage(first, b.length == 0 ? bad : b, bad, c), e.getMessage());
    }

    // ---- Examples from SEMANTICS 1.1 (measured NumPy text, without the trailing space). ----

    @Example
    void numpyMessages() {
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,)",
                assertThrows(IllegalArgumentException.class, () -> Shapes.broadcast(new long[] {2, 3}, new long[] {4})).getMessage());
        assertEquals("operands could not be broadcast together with shapes (2,) (3,)",
                assertThrows(IllegalArgumentException.class, () -> Shapes.broadcast(new long[] {2}, new long[] {3})).getMessage());
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,) (5,1,1)",
                assertThrows(IllegalArgumentException.class,
                        () -> Shapes.broadcast(new long[] {2, 3}, new long[] {4}, new long[] {5, 1, 1})).getMessage());
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,) ()",
                assertThrows(IllegalArgumentException.class,
                        () -> Shapes.broadcast(new long[] {2, 3}, new long[] {4}, new long[0])).getMessage());
    }

    @Example
    void numpyRules() {
        assertArrayEquals(new long[] {4, 3}, Shapes.broadcast(new long[] {4, 1}, new long[] {3}));
        assertArrayEquals(new long[] {0}, Shapes.broadcast(new long[] {0}, new long[] {1}));
        assertArrayEquals(new long[] {0}, Shapes.broadcast(new long[] {1}, new long[] {0}));
        assertArrayEquals(new long[] {2, 0}, Shapes.broadcast(new long[] {2, 0}, new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Shapes.broadcast(new long[] {0}, new long[] {2}));
        assertThrows(IllegalArgumentException.class, () -> Shapes.broadcast(new long[] {2}, new long[] {0}));
        assertArrayEquals(new long[0], Shapes.broadcast());
        assertEquals("(4,)", Shapes.compact(new long[] {4}));
        assertEquals("()", Shapes.compact(new long[0]));
        assertEquals("(2, 3)", Shapes.tuple(new long[] {2, 3}));
    }

    @Example
    void referenceRuleSanity() {
        assertTrue(reference(new long[] {0}, new long[] {2}).isEmpty());
        assertArrayEquals(new long[] {5, 2, 3}, reference(new long[] {2, 3}, new long[] {5, 1, 1}).orElseThrow());
        List<long[]> none = new ArrayList<>();
        assertArrayEquals(new long[0], reference(none.toArray(new long[0][])).orElseThrow());
    }
}
