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
 * Several threads may plan the same new structure at once; each plans it, one plan is kept.
 */
public final class PlanCache {
    private static final PlanCache SHARED = new PlanCache(Integer.getInteger("ndjit.planCacheSize", 512));

    /** Counts since the process started, and the cache's size and bound now. */
    public record Stats(long hits, long misses, long uncacheable, int size, int capacity) {}

    private final int capacity;
    private final LinkedHashMap<GraphKey, PlanTemplate> entries = new LinkedHashMap<>(16, 0.75f, true);
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
     */
    Lookup lookUp(List<Node> roots, Predicate<Node> available, boolean fuse) {
        if (capacity == 0) return null;
        GraphKey.Walk walk = GraphKey.of(roots, available, fuse);
        PlanTemplate cached;
        synchronized (entries) { cached = entries.get(walk.key()); }
        if (cached == null) return new Lookup(new GraphKey.Walk(walk.key().keep(), walk.nodes(), walk.available()), null);
        hits.incrementAndGet();
        return new Lookup(walk, cached);
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
        synchronized (entries) {
            entries.put(walk.key(), template);
            if (entries.size() > capacity) {
                var eldest = entries.entrySet().iterator();
                eldest.next();
                eldest.remove();
            }
        }
        return plan;
    }

    /** Whether simplification left the roots as they are (the plan's results are the roots themselves). */
    private static boolean unsimplified(Plan plan, List<Node> roots) {
        for (int i = 0; i < roots.size(); i++) if (plan.results().get(i) != roots.get(i)) return false;
        return true;
    }
}
