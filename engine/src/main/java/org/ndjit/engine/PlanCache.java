package org.ndjit.engine;

import org.ndjit.ir.Node;
import org.ndjit.optimizer.Plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Function;

/**
 * Plans by {@link GraphKey graph structure}, least recently used first out, bounded (system property
 * {@code ndjit.planCacheSize}, default 512; 0 turns the cache off). An expression computed again
 * over new arrays (a loop body, a request handler) is walked once to find its plan, instead of
 * being simplified and planned again: simplification, the planner's passes and their maps are most
 * of what a call on a small array costs.
 *
 * <p>Only plans that simplification left unchanged are kept: such a plan is right for every value
 * of the graph's constants, which the key leaves out. A graph that simplifies ({@code x*1}, constant
 * folding) is planned at every call, and counted as {@linkplain Stats#uncacheable uncacheable}.
 * Several threads may plan the same new structure at once; each plans it, one plan is kept. A thread
 * that computes one structure again and again (a loop) does not walk its graphs after the first:
 * each is checked against the entry the thread used last for roots like it ({@link #RECENT}).
 */
public final class PlanCache {
    private static final PlanCache SHARED = new PlanCache(Integer.getInteger("ndjit.planCacheSize", 512));

    /** Counts since the process started, and the cache's size and bound now. */
    public record Stats(long hits, long misses, long uncacheable, int size, int capacity) {}

    private final int capacity;
    private final LinkedHashMap<GraphKey, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    /**
     * The entries this thread found or made last, by a signature of their root (see {@link #slot}):
     * a structure computed again on this thread is {@linkplain GraphKey#match checked} against its
     * entry's key, about half what a walk, its key's hash and the map look-up under the lock cost
     * together (a 10-node graph on 2 loaded cores: ~200 against ~400-700 ns; 13-15% of a
     * 1,000-element {@code a*b + c*d - e}). A slot holds one entry; another structure of the same
     * signature replaces it. An entry the map evicted is not used any more; one used from here is
     * not moved up in the map's order, so it may be evicted sooner than its use on this thread
     * would have it, which costs one planning.
     */
    private static final int RECENT_SLOTS = 16;
    private static final ThreadLocal<Entry[]> RECENT = ThreadLocal.withInitial(() -> new Entry[RECENT_SLOTS]);

    /** A kept key and its template as the map holds them; {@code evicted} once the map dropped them. */
    private static final class Entry {
        final PlanCache cache;
        final GraphKey key;
        final PlanTemplate template;
        volatile boolean evicted;

        Entry(PlanCache cache, GraphKey key, PlanTemplate template) {
            this.cache = cache;
            this.key = key;
            this.template = template;
        }
    }
    private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong(), uncacheable = new AtomicLong();

    PlanCache(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("plan cache capacity must be >= 0, got " + capacity);
        this.capacity = capacity;
    }

    /** The process-wide cache materialization uses. */
    public static PlanCache shared() { return SHARED; }

    public Stats stats() {
        synchronized (entries) {
            return new Stats(hits.get(), misses.get(), uncacheable.get(), entries.size(), capacity);
        }
    }

    /**
     * The plan of {@code root}: a cached one bound to this graph's nodes, or {@code planner}'s,
     * kept when it can serve other graphs of the same structure. The planner is given the
     * availability the key was made with (see {@link GraphKey.Walk#wasAvailable}).
     */
    Plan plan(Node root, Predicate<Node> available, boolean fuse, Function<Predicate<Node>, Plan> planner) {
        Lookup found = lookUp(List.of(root), available, fuse);
        return found == null ? planner.apply(available) : plan(List.of(root), found, planner);
    }

    /** A graph's walk and the template cached for its key (null on a miss). */
    record Lookup(GraphKey.Walk walk, PlanTemplate template) {}

    /**
     * Walks {@code root}'s graph and finds its template, counting a hit (a miss is counted when
     * {@link #plan(Node, Lookup, Function)} plans it); null when the cache is off. A miss holds its
     * own copy of the key (planning may walk other graphs on this thread), a hit the thread's probe.
     * A graph of one root is first {@linkplain GraphKey#match checked} against the entry this thread
     * used last for roots like it ({@link #RECENT}): a loop computing one expression over new arrays
     * finds its plan without a walk, a key or the lock.
     */
    Lookup lookUp(List<Node> roots, Predicate<Node> available, boolean fuse) {
        if (capacity == 0) return null;
        Entry[] recent = null;
        int slot = 0;
        if (roots.size() == 1) {
            Node root = roots.getFirst();
            recent = RECENT.get();
            slot = slot(root);
            Entry r = recent[slot];
            GraphKey.Walk matched = r != null && r.cache == this && !r.evicted ? r.key.match(root, available, fuse) : null;
            if (matched != null) {
                hits.incrementAndGet();
                return new Lookup(matched, r.template);
            }
        }
        GraphKey.Walk walk = GraphKey.of(roots, available, fuse);
        Entry cached;
        synchronized (entries) { cached = entries.get(walk.key()); }
        if (cached == null) return new Lookup(new GraphKey.Walk(walk.key().keep(walk.nodes(), roots.size()), walk.nodes(), walk.available()), null);
        hits.incrementAndGet();
        if (recent != null && cached.key.matchable()) recent[slot] = cached;
        return new Lookup(walk, cached.template);
    }

    /** The {@link #RECENT} slot of a root: by its op, dtype, rank, size and its first inputs' ops. */
    static int slot(Node root) {
        int h = (root.op().ordinal() * 31 + root.dtype().ordinal()) * 31 + root.ndim();
        h = h * 31 + Long.hashCode(root.size());
        for (int i = 0, k = Math.min(root.arity(), 4); i < k; i++) h = h * 31 + root.src(i).op().ordinal();
        h ^= h >>> 16;
        return (h ^ h >>> 8) & (RECENT_SLOTS - 1);
    }

    /** The plan of a looked-up graph: its template bound to the graph's nodes, or {@code planner}'s plan, kept when it can serve other graphs. */
    Plan plan(List<Node> roots, Lookup found, Function<Predicate<Node>, Plan> planner) {
        GraphKey.Walk walk = found.walk();
        if (found.template() != null) return found.template().bind(walk.nodes());
        Plan plan = planner.apply(walk::wasAvailable);
        PlanTemplate template = unsimplified(plan, roots) ? PlanTemplate.of(plan, walk.number()) : null;
        if (template == null) {
            uncacheable.incrementAndGet();
            return plan;
        }
        misses.incrementAndGet();
        Entry entry = new Entry(this, walk.key(), template);
        synchronized (entries) {
            Entry replaced = entries.put(walk.key(), entry);
            if (replaced != null) replaced.evicted = true;
            if (entries.size() > capacity) {
                var eldest = entries.entrySet().iterator();
                eldest.next().getValue().evicted = true;
                eldest.remove();
            }
        }
        if (roots.size() == 1 && entry.key.matchable()) RECENT.get()[slot(roots.getFirst())] = entry;
        return plan;
    }

    /** Whether simplification left the roots as they are (the plan's results are the roots themselves). */
    private static boolean unsimplified(Plan plan, List<Node> roots) {
        for (int i = 0; i < roots.size(); i++) if (plan.results().get(i) != roots.get(i)) return false;
        return true;
    }
}
