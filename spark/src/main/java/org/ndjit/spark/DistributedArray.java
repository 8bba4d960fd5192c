package org.ndjit.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.ndjit.DType;
import org.ndjit.NDArray;
import org.ndjit.Np;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An array split into blocks of rows over a Spark cluster: partition i holds rows {@code [start(i),
 * start(i + 1))} as one {@link NDArray}, and the driver knows every partition's rows before any data is
 * read. Operations are lazy, as on one machine: elementwise work, broadcasting against small local arrays
 * (shipped once per executor as Spark broadcast variables), products with a small matrix and row-wise
 * softmax only compose a function of the block; an action (a reduction, {@link #collect()}, a save) runs
 * one plan of the library per block for all of it, so each partition reads its data once per action.
 * Only reduced values (or the blocks asked for) cross the network.
 *
 * <pre>{@code
 * JavaSparkContext sc = new JavaSparkContext(DistributedArray.configure(new SparkConf().setMaster("local[2]")));
 * DistributedArray x = DistributedArray.fromNpy(sc, Path.of("features.npy"), 8);   // each task reads its rows
 * NDArray mu = x.mean(0), sigma = x.std(0);                                      // column stats, one pass each
 * DistributedArray z = x.sub(mu).div(sigma);                                       // lazy: nothing runs
 * NDArray p = z.matmul(w).softmax(1).sum(0);                                       // one plan per block
 * z.saveNpy(Path.of("standardized.npy"));
 * }</pre>
 *
 * <p><b>Determinism.</b> Partial reductions are collected in partition order and combined on the driver in
 * that order, so a result is the same at every run and every number of executors. Reductions over the
 * rows are the single machine's bit for bit at every split of the rows: float column sums, means,
 * variances and standard deviations too (the library adds float sums in chunks of 65,536 rows, see
 * {@link ChunkSums}; a chunk that straddles partitions is shipped as rows, which {@link #of} and
 * {@link #fromNpy} avoid by starting partitions on multiples of 65,536 rows when each gets that many),
 * integer sums and products, minima, maxima, argmax, argmin, any, all and counts, and the sum of all
 * elements ({@link #sum()}; when a partition's first element is not at a multiple of 65,536 elements, each
 * block's values are computed into memory for it). One exception: float products ({@link #prod}) are
 * within rounding of the single machine's, and the same at every run for a given split. Everything
 * computed row by row (elementwise work, {@link #matmul}, {@link #softmax}, {@link #sumWithinRows},
 * filters) is bit-identical at every split.
 *
 * <p><b>Failures.</b> A lost or failed task is recomputed from its lineage (the file or the local array
 * its block came from, and the composed function) with the same result. An error in a block (integer
 * division by zero, a bad file) fails the job with a {@link BlockFailure} that names the block's rows.
 *
 * <p>Blocks are serialized as whole buffers; with Kryo, register {@link NdjitKryoRegistrator}
 * ({@link #configure} does). Not here: Arrow's zero-copy path for DataFrames (Spark's Java API has none).
 */
public final class DistributedArray {
    private final JavaSparkContext sc;
    private final JavaRDD<Block> source;
    private final RowRanges ranges;
    private final BlockFunction function;
    private final NDArray probe;
    /** The source's first row (null when it has no rows). */
    private final FirstRow firstRow;
    /** The blocks kept in executor memory that {@code source} reads (null when none): what {@link #unpersist} releases. */
    private final JavaRDD<Block> persisted;

    private DistributedArray(JavaSparkContext sc, JavaRDD<Block> source, RowRanges ranges, BlockFunction function, NDArray probe,
                             FirstRow firstRow, JavaRDD<Block> persisted) {
        this.sc = sc;
        this.source = source;
        this.ranges = ranges;
        this.function = function;
        this.probe = probe;
        this.firstRow = firstRow;
        this.persisted = persisted;
    }

    /** Sets Kryo as Spark's serializer with this module's serializers for blocks; returns {@code conf}. */
    public static SparkConf configure(SparkConf conf) {
        return conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .set("spark.kryo.registrator", NdjitKryoRegistrator.class.getName());
    }

    // ---------------------------------------------------------------- construction

    /**
     * A local array split into {@code partitions} blocks of nearly equal numbers of rows (boundaries on
     * multiples of 65,536 rows when each block has that many), shipped with the tasks.
     */
    public static DistributedArray of(JavaSparkContext sc, NDArray array, int partitions) {
        if (array.ndim() == 0) throw new IllegalArgumentException("a distributed array has rows: a 0-d array has none");
        RowRanges ranges = RowRanges.even(array.shape()[0], partitions);
        List<Block> blocks = new java.util.ArrayList<>(partitions);
        for (int i = 0; i < partitions; i++) blocks.add(new Block(i, ranges.start(i), array.slice(0, ranges.start(i), ranges.stop(i), 1)));
        FirstRow first = array.shape()[0] == 0 ? null : FirstRow.of(array.slice(0, 0L, 1L, 1));
        return over(sc, sc.parallelize(blocks, partitions), ranges, array.dtype(), array.shape(), first, null);
    }

    /**
     * One {@code .npy} file (C order, on a file system every executor sees) split into {@code partitions}
     * row ranges as {@link #of}; each task reads only its own rows ({@link org.ndjit.NpyFiles#loadRows}).
     */
    public static DistributedArray fromNpy(JavaSparkContext sc, Path file, int partitions) throws IOException {
        return NpyIo.fromNpy(sc, file, partitions);
    }

    /**
     * A directory of {@code .npy} parts, in the order of their file names, one partition each (as
     * {@link #saveParts} writes them): the parts must agree in dtype and in every axis but the first.
     */
    public static DistributedArray fromNpyParts(JavaSparkContext sc, Path directory) throws IOException {
        return NpyIo.fromParts(sc, directory);
    }

    /**
     * Columns of a DataFrame as a float64 array of shape (rows, values per row), one block per partition of
     * the DataFrame: a numeric column gives one value per row, an array column ({@code array<double>},
     * {@code array<float>}, ...: a row's features) as many as its arrays hold, which must be the same in
     * every row; a row's values are its columns' in the order named, and null is read as NaN. Runs one job
     * now: the rows are copied once per partition (Spark's Java API has no zero-copy Arrow path), kept in
     * executor memory ({@link #unpersist} releases them) and counted.
     */
    public static DistributedArray fromDataFrame(Dataset<Row> frame, String... columns) {
        return DataFrames.fromColumns(frame, columns);
    }

    /**
     * The array whose blocks {@code source} holds (partition i holding rows {@code ranges} gives it), whose
     * first row {@code firstRow} reads (null when it has no rows), reading the blocks that {@code persisted}
     * keeps in executor memory (null when none).
     */
    static DistributedArray over(JavaSparkContext sc, JavaRDD<Block> source, RowRanges ranges, DType dtype, long[] shape,
                                 FirstRow firstRow, JavaRDD<Block> persisted) {
        long[] empty = shape.clone();
        empty[0] = 0;
        return new DistributedArray(sc, source, ranges, block -> block, Np.zeros(dtype, empty), firstRow, persisted);
    }

    // ---------------------------------------------------------------- what it is

    /** The shape of the whole array (its first axis: all partitions' rows). */
    public long[] shape() {
        long[] shape = probe.shape();
        shape[0] = ranges.rows();
        return shape;
    }

    public DType dtype() { return probe.dtype(); }

    public int ndim() { return probe.ndim(); }

    public int numPartitions() { return ranges.partitions(); }

    /** Rows {@code {start, stop}} of partition {@code i}. */
    public long[] rowRange(int partition) { return new long[] {ranges.start(partition), ranges.stop(partition)}; }

    // ---------------------------------------------------------------- lazy operations

    /**
     * {@code f} applied to every block: an expression that computes each row of its result from the same
     * row of the block alone (elementwise work, broadcasting against local arrays, products with a local
     * matrix, reductions and softmax along other axes), since a block's rows may be taken in pieces (a
     * reduction over rows applies it to chunks of 65,536 rows) and the split of rows into blocks is not the
     * function's to see. Lazy: it composes with what was applied before, and an action computes the whole
     * composition in one pass over each block. Shape and dtype errors are raised here, on the driver, by
     * applying {@code f} to an empty block (so {@code f} must also run outside a Spark task); a block whose
     * result has other rows fails the job.
     */
    public DistributedArray map(BlockFunction f) {
        NDArray result = f.apply(probe);
        if (result.ndim() == 0 || result.shape()[0] != 0) {
            throw new IllegalArgumentException("a function of blocks must keep their rows: it gave shape " + result.shapeString()
                    + " for a block of shape " + probe.shapeString());
        }
        return new DistributedArray(sc, source, ranges, function.andThen(f), result, firstRow, persisted);
    }

    /** {@code this + local}, {@code local} broadcast against every block (NumPy's broadcasting) and shipped once per executor. */
    public DistributedArray add(NDArray local) { Broadcast<Shipped> b = ship(local); return map(x -> x.add(b.value().array())); }

    public DistributedArray sub(NDArray local) { Broadcast<Shipped> b = ship(local); return map(x -> x.sub(b.value().array())); }

    public DistributedArray mul(NDArray local) { Broadcast<Shipped> b = ship(local); return map(x -> x.mul(b.value().array())); }

    public DistributedArray div(NDArray local) { Broadcast<Shipped> b = ship(local); return map(x -> x.div(b.value().array())); }

    public DistributedArray add(double scalar) { return map(x -> x.add(scalar)); }

    public DistributedArray sub(double scalar) { return map(x -> x.sub(scalar)); }

    public DistributedArray mul(double scalar) { return map(x -> x.mul(scalar)); }

    public DistributedArray div(double scalar) { return map(x -> x.div(scalar)); }

    public DistributedArray square() { return map(NDArray::square); }

    public DistributedArray sqrt() { return map(NDArray::sqrt); }

    public DistributedArray exp() { return map(NDArray::exp); }

    public DistributedArray log() { return map(NDArray::log); }

    /** {@code this @ w} with a small local {@code w} (shipped once per executor): each block's rows times {@code w}; stays distributed. */
    public DistributedArray matmul(NDArray w) { Broadcast<Shipped> b = ship(w); return map(x -> x.matmul(b.value().array())); }

    /** NumPy's {@code x.sum(axis)} for an axis other than the rows': each row reduced in its block; stays distributed. */
    public DistributedArray sumWithinRows(int axis) {
        checkWithinRows(axis, "sumWithinRows");
        return map(x -> x.sum(axis));
    }

    /** Softmax along {@code axis} (not the rows'): {@code e = exp(x - x.max(axis, keepdims)); e / e.sum(axis, keepdims)}, row by row. */
    public DistributedArray softmax(int axis) {
        checkWithinRows(axis, "softmax");
        return map(x -> {
            NDArray e = x.sub(x.max(axis, true)).exp();
            return e.div(e.sum(axis, true));
        });
    }

    /**
     * {@code where(condition(block), block, otherwise)} elementwise (NumPy's {@code np.where(cond, x,
     * otherwise)}): a mask that keeps the shape, so reductions over the rows see {@code otherwise} where
     * the condition is false. Lazy, as {@link #map}.
     */
    public DistributedArray where(BlockFunction condition, double otherwise) {
        return map(b -> Np.where(condition.apply(b), b, otherwise));
    }

    /**
     * The rows where {@code predicate} (a bool vector per row of the block, {@code b -> b.get(":, 0").gt(0)})
     * is true, in their order: the single machine's {@code x.get(mask)} for a 1-d mask. Runs one job now
     * (see {@link #select}) that fixes the new rows of each partition.
     */
    public DistributedArray filterRows(BlockFunction predicate) {
        NDArray mask = predicate.apply(probe);
        if (mask.ndim() != 1) {
            throw new IllegalArgumentException("filterRows needs one bool per row: the predicate gave shape " + mask.shapeString()
                    + " for a block of shape " + probe.shapeString() + " (select takes masks of other shapes)");
        }
        return select(predicate);
    }

    /**
     * NumPy's {@code x[mask]} with the bool {@code mask(block)} of the block's leading dimensions: a mask of
     * the rows keeps rows, a mask of the block's shape keeps elements (a 1-d result, in C order), as on
     * one machine. The new number of rows in each partition depends on the data, so this runs one job
     * now: each partition computes its block's expression once (into memory: the selection counts the
     * mask before it reads the rows), then the mask and the kept rows from it, and keeps these in
     * executor memory ({@link #cache}'s storage, released by {@link #unpersist}; a lost one is recomputed
     * from lineage); their counts give every partition's rows. Reductions over the result are the single
     * machine's over {@code x.get(mask)} as stated for each; column sums, means and variances bit for bit.
     */
    public DistributedArray select(BlockFunction mask) {
        NDArray probeMask = mask.apply(probe);
        if (!probeMask.dtype().isBool()) {
            throw new IllegalArgumentException("a mask must be bool: the mask function gave " + probeMask.dtype() + " of shape " + probeMask.shapeString());
        }
        DType dtype = probe.get(probeMask).dtype(); // the library's shape check, on the driver
        BlockFunction f = function;
        JavaRDD<Block> kept = source.map(b -> BlockFailure.run(b, () -> {
            // Computed once: the selection counts the mask before it reads the rows, and would compute a lazy expression again.
            NDArray rows = checkedRows(b.array(), f).eval();
            return new Block(b.index(), -1, rows.get(mask.apply(rows)).eval());
        }));
        return RowPlacement.place(sc, kept, dtype);
    }

    /**
     * The blocks computed once and kept in executor memory (Spark's {@code persist(MEMORY_ONLY)}), for
     * arrays that several actions read (the features of an iterative fit); {@link #unpersist} releases
     * them. Spark's memory accounting does not see the blocks' native memory.
     */
    public DistributedArray cache() {
        BlockFunction f = function;
        JavaRDD<Block> computed = source.map(b -> BlockFailure.run(b, () -> new Block(b.index(), b.rowStart(), checkedRows(b.array(), f).eval())))
                .persist(StorageLevel.MEMORY_ONLY());
        return new DistributedArray(sc, computed, ranges, block -> block, probe, firstRow == null ? null : firstRow.then(f), computed);
    }

    /**
     * Releases the blocks that {@link #cache}, {@link #select}, {@link #filterRows} or {@link #fromDataFrame}
     * keep in executor memory for this array (Spark's {@code unpersist}, not waiting for the executors). An
     * array mapped from such an array reads the same blocks: unpersisting either releases them for both.
     * The blocks' arrays are then unreachable on the executors, and their native memory goes back as the
     * library's unreachable arrays' does (after a garbage collection). The array stays usable: a later
     * action computes its blocks again from their lineage (a filter's mask runs again, a DataFrame is read
     * again). Does nothing for an array that keeps no blocks ({@link #of}, {@link #fromNpy}, ...).
     */
    public void unpersist() {
        if (persisted != null) persisted.unpersist(false);
    }

    // ---------------------------------------------------------------- actions

    /** The whole array on the driver, blocks concatenated in row order. */
    public NDArray collect() {
        BlockFunction f = function;
        List<Shipped> blocks = source.map(b -> BlockFailure.run(b, () -> new Shipped(checkedRows(b.array(), f).eval()))).collect();
        return Np.concatenate(0, blocks.stream().map(Shipped::array).toList());
    }

    /** The sum of all elements (NumPy's dtype rules: int64 for integers); see the class comment for its bits. */
    public NDArray sum() { return RowReductions.sumAll(this); }

    /** NumPy's {@code x.sum(axis=0)}: over the rows, per block and then combined in partition order. */
    public NDArray sum(int axis) {
        checkRows(axis, "sum");
        return RowReductions.sum(this);
    }

    /** NumPy's {@code x.mean(axis=0)}: the column sums divided by the rows, as the library's mean does. */
    public NDArray mean(int axis) {
        checkRows(axis, "mean");
        return RowReductions.mean(this);
    }

    /**
     * NumPy's {@code x.var(axis=0)} (ddof 0), computed as the library computes it: shifted by the first row
     * of the whole array ({@code d = x - x[0]}, {@code (sum(d^2) - sum(d)^2 / n) / (n - ddof)}, clamped at
     * 0), both sums in one pass over each block and in one Spark job (each task reads the first row beside
     * its block); the single machine's bit for bit at every split. NumPy computes {@code mean(|x -
     * x.mean()|^2)} in two passes: the same within the rounding the library states (SEMANTICS).
     */
    public NDArray var(int axis) { return var(axis, 0); }

    /**
     * NumPy's {@code x.var(axis=0, ddof=ddof)} (see {@link #var(int)}); {@code ddof} must be at least 0 and
     * below the number of rows (NumPy gives inf or NaN with a warning there; the library refuses, SEMANTICS 1.8).
     */
    public NDArray var(int axis, int ddof) {
        checkRows(axis, "var");
        return RowReductions.var(this, ddof);
    }

    /** NumPy's {@code x.std(axis=0)}: the square root of {@link #var(int)}. */
    public NDArray std(int axis) { return var(axis).sqrt(); }

    /** NumPy's {@code x.std(axis=0, ddof=ddof)}. */
    public NDArray std(int axis, int ddof) { return var(axis, ddof).sqrt(); }

    /** NumPy's {@code x.max(axis=0)} (NaN propagates). */
    public NDArray max(int axis) {
        checkRows(axis, "max");
        return RowReductions.extreme(this, false);
    }

    /** NumPy's {@code x.min(axis=0)} (NaN propagates). */
    public NDArray min(int axis) {
        checkRows(axis, "min");
        return RowReductions.extreme(this, true);
    }

    /** NumPy's {@code x.argmax(axis=0)}: for each column, the row (of the whole array) of the first NaN, else of the first maximum; int64. */
    public NDArray argmax(int axis) {
        checkRows(axis, "argmax");
        return RowArgExtremes.arg(this, false);
    }

    /** NumPy's {@code x.argmin(axis=0)}: the row of the first NaN, else of the first minimum; int64. */
    public NDArray argmin(int axis) {
        checkRows(axis, "argmin");
        return RowArgExtremes.arg(this, true);
    }

    /**
     * NumPy's {@code x.prod(axis=0)} (int64 for integers and bool, wrapping: exact at every split); float
     * products are each block's product in double multiplied in partition order: the same at every run
     * for a split, within rounding of one machine's.
     */
    public NDArray prod(int axis) {
        checkRows(axis, "prod");
        return RowReductions.prod(this);
    }

    /** NumPy's {@code x.any(axis=0)}: bool, true where a column holds a non-zero (NaN is non-zero). */
    public NDArray any(int axis) {
        checkRows(axis, "any");
        return RowReductions.anyOrAll(this, false);
    }

    /** NumPy's {@code x.all(axis=0)}: bool, true where a column holds no zero. */
    public NDArray all(int axis) {
        checkRows(axis, "all");
        return RowReductions.anyOrAll(this, true);
    }

    /** NumPy's {@code np.count_nonzero(x, axis=0)}: int64 per column. */
    public NDArray countNonzero(int axis) {
        checkRows(axis, "countNonzero");
        return RowReductions.countNonzero(this, 0);
    }

    /** NumPy's {@code np.count_nonzero(x)}: the non-zero elements of the whole array, int64. */
    public NDArray countNonzero() { return RowReductions.countNonzero(this, null); }

    /**
     * Saves each block as {@code part-00000.npy}, {@code part-00001.npy}, ... in {@code directory} (created if
     * needed; it must hold no such parts yet), written by the tasks on a file system they share with the
     * driver; {@link #fromNpyParts} reads them back.
     */
    public void saveParts(Path directory) throws IOException { NpyIo.saveParts(this, directory); }

    /**
     * Saves the whole array as one {@code .npy} file (as {@code NpyFiles.save} writes it): the driver writes
     * the header, each task writes its block's bytes at their offset, and the complete file is renamed over
     * {@code file} (a failed job leaves no partial file).
     */
    public void saveNpy(Path file) throws IOException { NpyIo.saveNpy(this, file); }

    /** A 2-d array as a DataFrame of float64 columns with these names, one row per row. */
    public Dataset<Row> toDataFrame(SparkSession spark, String... columns) { return DataFrames.toFrame(this, spark, columns); }

    /** A 2-d array as a DataFrame of one {@code array<double>} column with this name, holding each row's values. */
    public Dataset<Row> toArrayColumn(SparkSession spark, String column) { return DataFrames.toArrayColumn(this, spark, column); }

    // ---------------------------------------------------------------- for the module

    JavaSparkContext context() { return sc; }

    JavaRDD<Block> source() { return source; }

    BlockFunction function() { return function; }

    RowRanges ranges() { return ranges; }

    /** The first row of the source's blocks (null when there are no rows). */
    FirstRow firstRow() { return firstRow; }

    /** An empty block's result (0 rows): the result's dtype and trailing shape, for the driver's checks. */
    NDArray probe() { return probe; }

    /** {@code f} of rows of a block, which must keep them. */
    static NDArray checkedRows(NDArray rows, BlockFunction f) {
        NDArray r = f.apply(rows);
        if (r.ndim() == 0 || r.shape()[0] != rows.shape()[0]) {
            throw new IllegalStateException("a function of blocks must keep their rows: it gave shape " + r.shapeString()
                    + " for " + rows.shape()[0] + " rows");
        }
        return r;
    }

    private Broadcast<Shipped> ship(NDArray local) {
        return sc.broadcast(new Shipped(local.eval()));
    }

    private void checkRows(int axis, String what) {
        if (axis != 0 && axis != -ndim()) {
            throw new IllegalArgumentException(what + "(" + axis + ") reduces within rows and keeps them distributed: use "
                    + "sumWithinRows, or map(b -> b." + what + "(" + axis + ")); " + what + "(0) reduces over the rows");
        }
    }

    private void checkWithinRows(int axis, String what) {
        int n = ndim();
        if (axis < -n || axis >= n) throw new IllegalArgumentException("axis " + axis + " is out of bounds for array of dimension " + n);
        if (axis == 0 || axis == -n) throw new IllegalArgumentException(what + " along axis 0 would mix the rows of several partitions: "
                + "it works within rows (axis >= 1)");
    }
}
