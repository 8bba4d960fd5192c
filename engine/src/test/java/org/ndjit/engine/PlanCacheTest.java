package org.ndjit.engine;

import org.junit.jupiter.api.Test;
import org.ndjit.ir.Buffer;
import org.ndjit.DType;
import org.ndjit.ir.Layout;
import org.ndjit.ir.Node;
import org.ndjit.ir.Nodes;
import org.ndjit.ir.Op;
import org.ndjit.optimizer.Plan;
import org.ndjit.optimizer.Planner;
import org.ndjit.optimizer.KernelBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan cache on ir graphs: a structure seen before gets the earlier plan bound to its own nodes
 * (the plan text is the planner's), keys tell apart what changes a plan, simplified graphs are not
 * kept, the bound holds, and 16 threads share it.
 */
class PlanCacheTest {
    private static final KernelBudget BUDGET = new KernelBudget() {
        @Override public boolean fits(int ops, int inputs, int constants) { return true; }
        @Override public int pieces(int ops, int inputs, int constants) { return 1; }
    };
    private static final Predicate<Node> NONE = n -> false;

    private static Node array(DType d, long... shape) {
        long n = 1;
        for (long s : shape) n *= s;
        return Nodes.buffer(Buffer.allocate(d, n), shape);
    }

    /** {@code (x*y + s) * sum(x, axis=1, keepdims-like view)}: a kernel, a reduction and a view. */
    private static Node graph(Node x, Node y, Node s) {
        Node sum = Nodes.reduce(Op.SUM, x.dtype(), x, new int[] {1});
        Node column = Nodes.view(sum, new Layout(new long[] {x.dim(0), 1}, new long[] {1, 0}, 0));
        Node body = Nodes.elementwise(Op.ADD, x.dtype(), Nodes.elementwise(Op.MUL, x.dtype(), x, y), s);
        return Nodes.elementwise(Op.MUL, x.dtype(), body, column);
    }

    private static Plan plan(PlanCache cache, Node root) {
        return cache.plan(root, NONE, true, seen -> Planner.plan(root, seen, true, BUDGET));
    }

    @Test
    void aRepeatedStructureGetsTheSamePlanOverItsOwnNodes() {
        PlanCache cache = new PlanCache(8);
        Node first = graph(array(DType.FLOAT64, 3, 5), array(DType.FLOAT64, 5), Nodes.constant(DType.FLOAT64, 2.0));
        Plan planned = plan(cache, first);
        Node second = graph(array(DType.FLOAT64, 3, 5), array(DType.FLOAT64, 5), Nodes.constant(DType.FLOAT64, 3.5));
        Plan reused = plan(cache, second);
        assertEquals(new PlanCache.Stats(1, 1, 0, 1, 8), cache.stats());
        assertSame(second, reused.root());
        assertEquals(Planner.plan(second, NONE, true, BUDGET).explain(), reused.explain());
        assertEquals(planned.explain(), reused.explain());
    }

    @Test
    void keysTellApartDtypesShapesBroadcastsViewsConstantsAndSharing() {
        Node x = array(DType.FLOAT64, 3, 5), y = array(DType.FLOAT64, 5);
        Node c = Nodes.constant(DType.FLOAT64, 2.0);
        List<Node> graphs = List.of(
                graph(x, y, c),
                graph(array(DType.FLOAT32, 3, 5), array(DType.FLOAT32, 5), Nodes.constant(DType.FLOAT32, 2.0)),
                graph(x, array(DType.FLOAT64, 3, 5), c),
                graph(x, array(DType.FLOAT64, 1, 5), c),
                graph(array(DType.FLOAT64, 4, 5), y, c),
                graph(x, Nodes.view(array(DType.FLOAT64, 5, 3), new Layout(new long[] {3, 5}, new long[] {1, 3}, 0)), c),
                graph(x, Nodes.view(array(DType.FLOAT64, 10), new Layout(new long[] {5}, new long[] {2}, 0)), c),
                graph(x, y, Nodes.constant(DType.INT64, 2L)),
                graph(x, x, c));
        for (int i = 0; i < graphs.size(); i++) {
            for (int j = 0; j < graphs.size(); j++) {
                GraphKey a = GraphKey.of(graphs.get(i), NONE, true).key().keep(), b = GraphKey.of(graphs.get(j), NONE, true).key().keep();
                if (i == j) assertEquals(a, b);
                else assertNotEquals(a, b, "graphs " + i + " and " + j);
            }
        }
        assertNotEquals(GraphKey.of(graphs.get(0), NONE, true).key().keep(), GraphKey.of(graphs.get(0), NONE, false).key().keep());
        Node known = Nodes.reduce(Op.SUM, DType.FLOAT64, x, new int[] {1}); // interned: the graph's own sum, computed earlier
        assertNotEquals(GraphKey.of(graphs.get(0), NONE, true).key().keep(), GraphKey.of(graphs.get(0), n -> n == known, true).key().keep());
    }

    /**
     * A kept key checks a graph without walking it ({@link GraphKey#match}): it finds the walk's nodes
     * in the walk's order exactly when the walk would give the same key, and nothing otherwise, also
     * where only sharing tells the graphs apart ({@code x*y + z*w} against {@code x*y + x*y}, one node
     * twice), where a node is computed, and across eager and fused keys.
     */
    @Test
    void aKeptKeyMatchesExactlyTheGraphsWhoseWalkGivesIt() {
        Node x = array(DType.FLOAT64, 3, 5), y = array(DType.FLOAT64, 5);
        Node c = Nodes.constant(DType.FLOAT64, 2.0);
        Node xy = Nodes.elementwise(Op.MUL, DType.FLOAT64, x, array(DType.FLOAT64, 3, 5));
        List<Node> graphs = List.of(
                graph(x, y, c),
                graph(array(DType.FLOAT64, 3, 5), array(DType.FLOAT64, 5), Nodes.constant(DType.FLOAT64, 7.0)),
                graph(array(DType.FLOAT32, 3, 5), array(DType.FLOAT32, 5), Nodes.constant(DType.FLOAT32, 2.0)),
                graph(x, array(DType.FLOAT64, 1, 5), c),
                graph(x, Nodes.view(array(DType.FLOAT64, 5, 3), new Layout(new long[] {3, 5}, new long[] {1, 3}, 0)), c),
                graph(x, x, c),
                Nodes.elementwise(Op.ADD, DType.FLOAT64, xy, Nodes.elementwise(Op.MUL, DType.FLOAT64, array(DType.FLOAT64, 3, 5), array(DType.FLOAT64, 3, 5))),
                Nodes.elementwise(Op.ADD, DType.FLOAT64, xy, xy),
                Nodes.elementwise(Op.ADD, DType.FLOAT64, xy, Nodes.elementwise(Op.MUL, DType.FLOAT64, x, x)),
                Nodes.elementwise(Op.ADD, DType.FLOAT64, Nodes.elementwise(Op.MUL, DType.FLOAT64, y, y), Nodes.elementwise(Op.MUL, DType.FLOAT64, y, y)));
        Node known = Nodes.reduce(Op.SUM, DType.FLOAT64, x, new int[] {1}); // interned: graph 0's own row sums
        List<Predicate<Node>> availability = List.of(NONE, n -> n == known);
        for (Predicate<Node> keyAvailable : availability) {
            for (boolean keyFuse : new boolean[] {true, false}) {
                for (int i = 0; i < graphs.size(); i++) {
                    GraphKey.Walk made = GraphKey.of(graphs.get(i), keyAvailable, keyFuse);
                    GraphKey kept = made.key().keep(made.nodes(), 1);
                    assertTrue(kept.matchable(), "graph " + i);
                    for (Predicate<Node> available : availability) {
                        for (boolean fuse : new boolean[] {true, false}) {
                            for (int j = 0; j < graphs.size(); j++) {
                                GraphKey.Walk walk = GraphKey.of(graphs.get(j), available, fuse);
                                boolean same = kept.equals(walk.key());
                                GraphKey.Walk matched = kept.match(graphs.get(j), available, fuse);
                                String what = "key of graph " + i + " against graph " + j;
                                assertEquals(same, matched != null, what);
                                if (same) {
                                    assertArrayEquals(walk.nodes(), matched.nodes(), what);
                                    assertArrayEquals(walk.available(), matched.available(), what);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A structure the cache evicted is planned again, also on the thread that found it last (whose
     * recent entry for it would still match).
     */
    @Test
    void anEvictedStructureIsPlannedAgain() {
        PlanCache cache = new PlanCache(1);
        Node other = Nodes.elementwise(Op.SQRT, DType.FLOAT32, array(DType.FLOAT32, 4));
        assertNotEquals(PlanCache.slot(other), PlanCache.slot(graph(array(DType.FLOAT64, 3, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5))),
                "the other structure must not take the first one's recent slot");
        plan(cache, graph(array(DType.FLOAT64, 3, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5)));
        plan(cache, graph(array(DType.FLOAT64, 3, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5)));
        assertEquals(new PlanCache.Stats(1, 1, 0, 1, 1), cache.stats());
        plan(cache, other);
        plan(cache, graph(array(DType.FLOAT64, 3, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5)));
        assertEquals(new PlanCache.Stats(1, 3, 0, 1, 1), cache.stats());
    }

    /**
     * Several roots planned together ({@code Np.eval}): which nodes are the results, and in which
     * order, is part of the key; the same roots over other arrays get the cached plan, its results
     * bound to the new roots in order.
     */
    @Test
    void keysOfSeveralRootsTellApartWhichNodesAreResults() {
        Node x = array(DType.FLOAT64, 3, 5), y = array(DType.FLOAT64, 5);
        Node g = graph(x, y, Nodes.constant(DType.FLOAT64, 2.0));
        Node sum = Nodes.reduce(Op.SUM, DType.FLOAT64, x, new int[] {1}); // interned: g's own row sums
        Node other = Nodes.elementwise(Op.SQRT, DType.FLOAT64, x);
        List<List<Node>> rootLists = List.of(List.of(g), List.of(g, sum), List.of(sum, g), List.of(g, other), List.of(sum, other), List.of(g, sum, other));
        for (int i = 0; i < rootLists.size(); i++) {
            for (int j = 0; j < rootLists.size(); j++) {
                GraphKey a = GraphKey.of(rootLists.get(i), NONE, true).key().keep(), b = GraphKey.of(rootLists.get(j), NONE, true).key().keep();
                if (i == j) assertEquals(a, b);
                else assertNotEquals(a, b, "root lists " + i + " and " + j);
            }
        }
        PlanCache cache = new PlanCache(8);
        List<Node> first = List.of(g, sum, other);
        cache.plan(first, cache.lookUp(first, NONE, true), seen -> Planner.plan(first, seen, true, BUDGET));
        Node x2 = array(DType.FLOAT64, 3, 5);
        List<Node> second = List.of(graph(x2, array(DType.FLOAT64, 5), Nodes.constant(DType.FLOAT64, 3.0)),
                Nodes.reduce(Op.SUM, DType.FLOAT64, x2, new int[] {1}), Nodes.elementwise(Op.SQRT, DType.FLOAT64, x2));
        PlanCache.Lookup found = cache.lookUp(second, NONE, true);
        assertTrue(found.template() != null, "the second list's structure is cached");
        Plan reused = cache.plan(second, found, seen -> { throw new AssertionError("planned again"); });
        assertEquals(second, reused.results());
        assertEquals(Planner.plan(second, NONE, true, BUDGET).explain(), reused.explain());
    }

    /** Walks reuse their thread's scratch: a key is the same after a deep graph grew it, and on a fresh thread. */
    @Test
    void aWalkGivesTheSameKeyWhateverTheThreadWalkedBefore() throws Exception {
        Node x = array(DType.FLOAT64, 3, 5), y = array(DType.FLOAT64, 5);
        Node g = graph(x, y, Nodes.constant(DType.FLOAT64, 2.0));
        GraphKey first = GraphKey.of(g, NONE, true).key().keep();
        Node deep = array(DType.FLOAT64, 4);
        for (int i = 0; i < 5000; i++) deep = Nodes.elementwise(Op.ADD, DType.FLOAT64, deep, array(DType.FLOAT64, 4));
        GraphKey.Walk deepWalk = GraphKey.of(deep, NONE, true);
        assertEquals(10_001, deepWalk.nodes().length);
        assertEquals(first, GraphKey.of(g, NONE, true).key(), "after a deep graph");
        assertEquals(first.hashCode(), GraphKey.of(g, NONE, true).key().hashCode());
        GraphKey[] other = new GraphKey[1];
        Thread t = new Thread(() -> other[0] = GraphKey.of(g, NONE, true).key().keep());
        t.start();
        t.join();
        assertEquals(first, other[0], "on another thread");
    }

    @Test
    void aGraphThatSimplifiesIsPlannedButNotKept() {
        PlanCache cache = new PlanCache(8);
        Node x = array(DType.FLOAT64, 4);
        Node timesOne = Nodes.elementwise(Op.EXP, DType.FLOAT64, Nodes.elementwise(Op.MUL, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, 1.0)));
        plan(cache, timesOne);
        assertEquals(new PlanCache.Stats(0, 0, 1, 0, 8), cache.stats());
        // The same structure with another constant is planned afresh, not given the plan without the product.
        Node timesTwo = Nodes.elementwise(Op.EXP, DType.FLOAT64, Nodes.elementwise(Op.MUL, DType.FLOAT64, x, Nodes.constant(DType.FLOAT64, 2.0)));
        assertEquals(2, plan(cache, timesTwo).kernels().getFirst().body().size());
    }

    @Test
    void theCacheKeepsAtMostItsCapacity() {
        PlanCache cache = new PlanCache(3);
        for (int n = 1; n <= 10; n++) plan(cache, graph(array(DType.FLOAT64, n, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5)));
        assertEquals(new PlanCache.Stats(0, 10, 0, 3, 3), cache.stats());
        plan(cache, graph(array(DType.FLOAT64, 10, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5)));
        plan(cache, graph(array(DType.FLOAT64, 1, 2), array(DType.FLOAT64, 2), Nodes.constant(DType.FLOAT64, 1.5)));
        assertEquals(new PlanCache.Stats(1, 11, 0, 3, 3), cache.stats());
    }

    @Test
    void sixteenThreadsShareTheCache() throws Exception {
        PlanCache cache = new PlanCache(4);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int rows = 1 + t % 6;  // six structures through a cache of four: hits, misses and evictions race
                results.add(pool.submit(() -> {
                    boolean same = true;
                    for (int i = 0; i < 200; i++) {
                        Node g = graph(array(DType.FLOAT64, rows, 3), array(DType.FLOAT64, 3), Nodes.constant(DType.FLOAT64, (double) i));
                        Plan p = plan(cache, g);
                        same &= p.root() == g && p.explain().equals(Planner.plan(g, NONE, true, BUDGET).explain());
                    }
                    return same;
                }));
            }
            for (Future<Boolean> r : results) assertTrue(r.get());
        } finally {
            pool.shutdown();
        }
        PlanCache.Stats s = cache.stats();
        assertEquals(16 * 200, s.hits() + s.misses());
        assertTrue(s.size() <= 4, s.toString());
    }
}
