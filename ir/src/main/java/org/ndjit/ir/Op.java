package org.ndjit.ir;

import java.util.EnumSet;
import java.util.Set;

/**
 * The op table: every node's operation, with its arity, its kind and the name NumPy gives it (used in
 * messages and graph text). The evaluator, the printer and later codegen all dispatch on this enum.
 *
 * <p>Invariants the graph builder establishes:
 * elementwise inputs are already cast to one compute dtype and broadcast to the node's shape implicitly;
 * comparisons and logical ops produce bool; WHERE takes a bool condition and two operands of the
 * result dtype; reductions (but ARGMAX/ARGMIN) keep their input dtype.
 */
public enum Op {
    // Leaves: no inputs.
    BUFFER(0, Kind.LEAF, "buffer"),
    CONST(0, Kind.LEAF, "const"),
    ARANGE(0, Kind.LEAF, "arange"),
    // Movement: re-addresses existing elements.
    VIEW(1, Kind.MOVEMENT, "view"),
    COMPRESS(2, Kind.SELECT, "compress"),
    // Elementwise unary.
    CAST(1, Kind.ELEMENTWISE, "astype"),
    NEG(1, Kind.ELEMENTWISE, "negative"),
    ABS(1, Kind.ELEMENTWISE, "absolute"),
    SIGN(1, Kind.ELEMENTWISE, "sign"),
    SQUARE(1, Kind.ELEMENTWISE, "square"),
    SQRT(1, Kind.ELEMENTWISE, "sqrt"),
    EXP(1, Kind.ELEMENTWISE, "exp"),
    LOG(1, Kind.ELEMENTWISE, "log"),
    SIN(1, Kind.ELEMENTWISE, "sin"),
    COS(1, Kind.ELEMENTWISE, "cos"),
    TANH(1, Kind.ELEMENTWISE, "tanh"),
    NOT(1, Kind.ELEMENTWISE, "logical_not"),
    // Elementwise binary.
    ADD(2, Kind.ELEMENTWISE, "add"),
    SUB(2, Kind.ELEMENTWISE, "subtract"),
    MUL(2, Kind.ELEMENTWISE, "multiply"),
    DIV(2, Kind.ELEMENTWISE, "divide"),
    POW(2, Kind.ELEMENTWISE, "power"),
    FLOOR_DIV(2, Kind.ELEMENTWISE, "floor_divide"),
    MOD(2, Kind.ELEMENTWISE, "remainder"),
    MAXIMUM(2, Kind.ELEMENTWISE, "maximum"),
    MINIMUM(2, Kind.ELEMENTWISE, "minimum"),
    EQ(2, Kind.ELEMENTWISE, "equal"),
    NE(2, Kind.ELEMENTWISE, "not_equal"),
    LT(2, Kind.ELEMENTWISE, "less"),
    LE(2, Kind.ELEMENTWISE, "less_equal"),
    GT(2, Kind.ELEMENTWISE, "greater"),
    GE(2, Kind.ELEMENTWISE, "greater_equal"),
    AND(2, Kind.ELEMENTWISE, "logical_and"),
    OR(2, Kind.ELEMENTWISE, "logical_or"),
    // Elementwise ternary.
    WHERE(3, Kind.ELEMENTWISE, "where"),
    // Reductions over the axes in a ReduceAxes argument.
    SUM(1, Kind.REDUCE, "sum"),
    PROD(1, Kind.REDUCE, "prod"),
    MAX(1, Kind.REDUCE, "maximum"),
    MIN(1, Kind.REDUCE, "minimum"),
    ANY(1, Kind.REDUCE, "any"),
    ALL(1, Kind.REDUCE, "all"),
    ARGMAX(1, Kind.REDUCE, "argmax"),
    ARGMIN(1, Kind.REDUCE, "argmin"),
    // Contraction over the last axis of the first and the second-last axis of the second input.
    MATMUL(2, Kind.CONTRACTION, "matmul");

    public enum Kind { LEAF, MOVEMENT, SELECT, ELEMENTWISE, REDUCE, CONTRACTION }

    public static final Set<Op> COMPARISONS = EnumSet.of(EQ, NE, LT, LE, GT, GE);
    public static final Set<Op> LOGICAL = EnumSet.of(AND, OR, NOT);
    /** Ops that compute in floating point whatever their input (ints are cast to a float first). */
    public static final Set<Op> FLOAT_FUNCTIONS = EnumSet.of(SQRT, EXP, LOG, SIN, COS, TANH);

    private final int arity;
    private final Kind kind;
    private final String numpyName;

    Op(int arity, Kind kind, String numpyName) {
        this.arity = arity;
        this.kind = kind;
        this.numpyName = numpyName;
    }

    public int arity() { return arity; }
    public Kind kind() { return kind; }
    /** The ufunc or function name NumPy uses, e.g. {@code floor_divide}. */
    public String numpyName() { return numpyName; }
    public boolean isElementwise() { return kind == Kind.ELEMENTWISE; }
    public boolean isReduce() { return kind == Kind.REDUCE; }
}
