package org.ndjit.ir;

import org.ndjit.DType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The op table: every node's operation, one row each, with what every layer needs to know about it:
 * its arity and kind, the name NumPy gives it (messages, graph text, kernel keys), the dtypes its
 * elementwise definition exists for ({@link #domain}), how its result dtype follows from its
 * operands' ({@link #result}), whether it can raise a value error, its cost class (what the planner
 * may recompute), a reduction's identity, and its vector form if it has one. The reference
 * evaluator, the planner, both loop emitters, the API's promotion and the tests read this table;
 * the code generator links each elementwise row to its scalar method when it loads
 * ({@code codegen.ScalarOpTable}), so a missing definition fails at once, not when a kernel is made.
 *
 * <p>Adding a unary function: one row here, its scalar definition in {@link ScalarMath} (the
 * reference) and {@code codegen.ScalarOps} (per JVM type), its lanewise twin in
 * {@code codegen.vector.VectorMath} if it has one, and the API method.
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
    // Joining: any number of inputs (arity VARIADIC) laid end to end along the Integer axis in its arg.
    CONCAT(Op.VARIADIC, Kind.JOIN, "concatenate"),
    // Integer-array indexing (see Gather, Scatter, Nonzero): a source, then index arrays (any number).
    GATHER(Op.VARIADIC, Kind.SELECT, "take"),
    SCATTER(Op.VARIADIC, Kind.SELECT, "put"),
    NONZERO(1, Kind.SELECT, "nonzero"),
    // Elementwise unary.
    CAST(1, Domain.ALL, Result.GIVEN, "astype", Vector.NONE, Cost.CHEAP),
    NEG(1, Domain.NUMBERS, Result.SAME, "negative", Vector.LANEWISE, Cost.CHEAP),
    ABS(1, Domain.ALL, Result.SAME, "absolute", Vector.LANEWISE, Cost.CHEAP),
    SIGN(1, Domain.NUMBERS, Result.SAME, "sign", Vector.LANEWISE, Cost.CHEAP),
    SQUARE(1, Domain.NUMBERS, Result.SAME, "square", Vector.LANEWISE, Cost.CHEAP),
    SQRT(1, Domain.FLOATS, Result.FLOAT, "sqrt", Vector.LANEWISE, Cost.CHEAP),
    EXP(1, Domain.FLOATS, Result.FLOAT, "exp", Vector.MATH, Cost.COSTLY),
    LOG(1, Domain.FLOATS, Result.FLOAT, "log", Vector.MATH, Cost.COSTLY),
    SIN(1, Domain.FLOATS, Result.FLOAT, "sin", Vector.MATH, Cost.COSTLY),
    COS(1, Domain.FLOATS, Result.FLOAT, "cos", Vector.MATH, Cost.COSTLY),
    TANH(1, Domain.FLOATS, Result.FLOAT, "tanh", Vector.MATH, Cost.COSTLY),
    // fdlibm's log1p and expm1 (StrictMath's bits), msun's log2 and log10 (ScalarMath, Log10): codegen.vector.VectorLogExp.
    LOG1P(1, Domain.FLOATS, Result.FLOAT, "log1p", Vector.MATH, Cost.COSTLY),
    EXPM1(1, Domain.FLOATS, Result.FLOAT, "expm1", Vector.MATH, Cost.COSTLY),
    LOG2(1, Domain.FLOATS, Result.FLOAT, "log2", Vector.MATH, Cost.COSTLY),
    LOG10(1, Domain.FLOATS, Result.FLOAT, "log10", Vector.MATH, Cost.COSTLY),
    // Issue 16's float functions (ElementFunctions). Scalar loops: tan, arcsin, arccos, arctan and cbrt are
    // StrictMath's (fdlibm's: a twin would port its branches, tables and, for tan, the Payne-Hanek reduction; cbrt
    // divides the high word by 3), the inverse hyperbolic functions a Newton step on StrictMath's log and log1p
    // (Hyperbolic): none has a lanewise twin with its bits yet.
    TAN(1, Domain.FLOATS, Result.FLOAT, "tan", Vector.NONE, Cost.COSTLY),
    ARCSIN(1, Domain.FLOATS, Result.FLOAT, "arcsin", Vector.NONE, Cost.COSTLY),
    ARCCOS(1, Domain.FLOATS, Result.FLOAT, "arccos", Vector.NONE, Cost.COSTLY),
    ARCTAN(1, Domain.FLOATS, Result.FLOAT, "arctan", Vector.NONE, Cost.COSTLY),
    SINH(1, Domain.FLOATS, Result.FLOAT, "sinh", Vector.MATH, Cost.COSTLY), // Hyperbolic's, all explicit: VectorHyperbolic
    COSH(1, Domain.FLOATS, Result.FLOAT, "cosh", Vector.MATH, Cost.COSTLY), // the same
    ARCSINH(1, Domain.FLOATS, Result.FLOAT, "arcsinh", Vector.NONE, Cost.COSTLY),
    ARCCOSH(1, Domain.FLOATS, Result.FLOAT, "arccosh", Vector.NONE, Cost.COSTLY),
    ARCTANH(1, Domain.FLOATS, Result.FLOAT, "arctanh", Vector.NONE, Cost.COSTLY),
    EXP2(1, Domain.FLOATS, Result.FLOAT, "exp2", Vector.MATH, Cost.COSTLY), // Exp2's own algorithm, not StrictMath's
    CBRT(1, Domain.FLOATS, Result.FLOAT, "cbrt", Vector.NONE, Cost.COSTLY),
    // Float predicates: bool results (integers are cast to float64 first, which keeps what they test).
    // Like the comparisons, their lanewise forms are masks (VectorMasks: the Vector API's test).
    ISNAN(1, Domain.FLOATS, Result.BOOL, "isnan", Vector.NONE, Cost.CHEAP),
    ISINF(1, Domain.FLOATS, Result.BOOL, "isinf", Vector.NONE, Cost.CHEAP),
    ISFINITE(1, Domain.FLOATS, Result.BOOL, "isfinite", Vector.NONE, Cost.CHEAP),
    SIGNBIT(1, Domain.FLOATS, Result.BOOL, "signbit", Vector.NONE, Cost.CHEAP),
    // Integer ops (bools are NOT for invert and int32 for reciprocal, as NumPy's int8). reciprocal has
    // no vector form: it raises at 0, which the scalar loop reports at its element. Float reciprocal is
    // no row: a composition, DIV of the constant 1 by x (runtime Ufuncs.reciprocal, NumPy's loop's bits).
    INVERT(1, Domain.INTS, Result.SAME, "invert", Vector.LANEWISE, Cost.CHEAP),
    RECIPROCAL(1, Domain.INTS, Result.SAME, "reciprocal", Vector.NONE, Cost.CHEAP),
    // Rounding to an integral value: on integers and bools the identity, keeping the dtype (NumPy 2).
    FLOOR(1, Domain.ALL, Result.SAME, "floor", Vector.MATH, Cost.CHEAP),
    CEIL(1, Domain.ALL, Result.SAME, "ceil", Vector.MATH, Cost.CHEAP),
    TRUNC(1, Domain.ALL, Result.SAME, "trunc", Vector.MATH, Cost.CHEAP),
    // rint is a float function in NumPy: integers give float64 (and bool float16, here float32).
    // Compositions without rows of their own (runtime Ufuncs): round(decimals) is RINT of x scaled by a
    // power of ten (MUL/DIV, as NumPy's PyArray_Round), degrees and radians a MUL by NumPy's constant,
    // nan_to_num three WHEREs over ISNAN and EQ with +-inf.
    RINT(1, Domain.FLOATS, Result.FLOAT, "rint", Vector.MATH, Cost.CHEAP),
    NOT(1, Domain.BOOLS, Result.BOOL, "logical_not", Vector.NONE, Cost.CHEAP),
    // Elementwise binary.
    ADD(2, Domain.ALL, Result.SAME, "add", Vector.LANEWISE, Cost.CHEAP),
    SUB(2, Domain.NUMBERS, Result.SAME, "subtract", Vector.LANEWISE, Cost.CHEAP),
    MUL(2, Domain.ALL, Result.SAME, "multiply", Vector.LANEWISE, Cost.CHEAP),
    DIV(2, Domain.FLOATS, Result.SAME, "divide", Vector.LANEWISE, Cost.CHEAP),
    POW(2, Domain.NUMBERS, Result.SAME, "power", Vector.NONE, Cost.COSTLY),
    FLOOR_DIV(2, Domain.NUMBERS, Result.SAME, "floor_divide", Vector.NONE, Cost.CHEAP),
    MOD(2, Domain.NUMBERS, Result.SAME, "remainder", Vector.NONE, Cost.CHEAP),
    MAXIMUM(2, Domain.ALL, Result.SAME, "maximum", Vector.LANEWISE, Cost.CHEAP),
    MINIMUM(2, Domain.ALL, Result.SAME, "minimum", Vector.LANEWISE, Cost.CHEAP),
    EQ(2, Domain.ALL, Result.BOOL, "equal", Vector.NONE, Cost.CHEAP),
    NE(2, Domain.ALL, Result.BOOL, "not_equal", Vector.NONE, Cost.CHEAP),
    LT(2, Domain.ALL, Result.BOOL, "less", Vector.NONE, Cost.CHEAP),
    LE(2, Domain.ALL, Result.BOOL, "less_equal", Vector.NONE, Cost.CHEAP),
    GT(2, Domain.ALL, Result.BOOL, "greater", Vector.NONE, Cost.CHEAP),
    GE(2, Domain.ALL, Result.BOOL, "greater_equal", Vector.NONE, Cost.CHEAP),
    AND(2, Domain.BOOLS, Result.BOOL, "logical_and", Vector.NONE, Cost.CHEAP),
    OR(2, Domain.BOOLS, Result.BOOL, "logical_or", Vector.NONE, Cost.CHEAP),
    LOGICAL_XOR(2, Domain.BOOLS, Result.BOOL, "logical_xor", Vector.NONE, Cost.CHEAP),
    // StrictMath's atan2 and hypot (fdlibm's), without a lanewise twin, as tan's.
    ARCTAN2(2, Domain.FLOATS, Result.FLOAT, "arctan2", Vector.NONE, Cost.COSTLY),
    HYPOT(2, Domain.FLOATS, Result.FLOAT, "hypot", Vector.NONE, Cost.COSTLY),
    COPYSIGN(2, Domain.FLOATS, Result.FLOAT, "copysign", Vector.LANEWISE, Cost.CHEAP),
    HEAVISIDE(2, Domain.FLOATS, Result.FLOAT, "heaviside", Vector.LANEWISE, Cost.CHEAP),
    // sign, invert, copysign, heaviside, fmax, fmin and the shifts choose lanes by blends (codegen.vector.VectorSelects; bools: masks).
    FMAX(2, Domain.ALL, Result.SAME, "fmax", Vector.LANEWISE, Cost.CHEAP),
    FMIN(2, Domain.ALL, Result.SAME, "fmin", Vector.LANEWISE, Cost.CHEAP),
    BITWISE_AND(2, Domain.INTEGRAL, Result.SAME, "bitwise_and", Vector.LANEWISE, Cost.CHEAP),
    BITWISE_OR(2, Domain.INTEGRAL, Result.SAME, "bitwise_or", Vector.LANEWISE, Cost.CHEAP),
    BITWISE_XOR(2, Domain.INTEGRAL, Result.SAME, "bitwise_xor", Vector.LANEWISE, Cost.CHEAP),
    // NumPy's shifts by counts outside [0, bits) give 0 or the sign: the Vector API's (count modulo the bits) and a blend.
    LEFT_SHIFT(2, Domain.INTS, Result.SAME, "left_shift", Vector.LANEWISE, Cost.CHEAP),
    RIGHT_SHIFT(2, Domain.INTS, Result.SAME, "right_shift", Vector.LANEWISE, Cost.CHEAP),
    // Elementwise ternary: a bool condition, then two operands of the domain.
    WHERE(3, Domain.ALL, Result.SAME, "where", Vector.NONE, Cost.CHEAP),
    // Reductions over the axes in a ReduceAxes argument.
    SUM(Kind.REDUCE, "sum", 0.0),
    PROD(Kind.REDUCE, "prod", 1.0),
    MAX(Kind.REDUCE, "maximum", null),
    MIN(Kind.REDUCE, "minimum", null),
    ANY(Kind.REDUCE, "any", 0.0),
    ALL(Kind.REDUCE, "all", 1.0),
    ARGMAX(Kind.REDUCE, "argmax", null),
    ARGMIN(Kind.REDUCE, "argmin", null),
    // Contraction over the last axis of the first and the second-last axis of the second input.
    MATMUL(2, Kind.CONTRACTION, "matmul"),
    // Routines: each output line depends on a whole input line (see RoutineNodes); not loop-fusable,
    // so they are written, and what reads them fuses as usual.
    SORT(1, Kind.ROUTINE, "sort"),
    ARGSORT(1, Kind.ROUTINE, "argsort"),
    PARTITION(1, Kind.ROUTINE, "partition"),
    CUMSUM(1, Kind.ROUTINE, "cumsum"),
    CUMPROD(1, Kind.ROUTINE, "cumprod"),
    SEARCHSORTED(2, Kind.ROUTINE, "searchsorted");

    public enum Kind { LEAF, MOVEMENT, SELECT, JOIN, ELEMENTWISE, REDUCE, CONTRACTION, ROUTINE }

    /** The arity of an op taking any positive number of inputs (a concatenation, a gather). */
    public static final int VARIADIC = -1;

    /** The operand dtypes an elementwise op is defined for (its scalar definitions exist for exactly these). */
    public enum Domain {
        ALL(EnumSet.allOf(DType.class)),
        NUMBERS(EnumSet.complementOf(EnumSet.of(DType.BOOL))),
        FLOATS(EnumSet.of(DType.FLOAT64, DType.FLOAT32, DType.FLOAT16)),
        BOOLS(EnumSet.of(DType.BOOL)),
        INTS(EnumSet.of(DType.INT64, DType.INT32, DType.INT16, DType.INT8, DType.UINT64, DType.UINT32, DType.UINT16, DType.UINT8)),
        /** Integers and bools: the bitwise ops' domain. */
        INTEGRAL(EnumSet.complementOf(EnumSet.of(DType.FLOAT64, DType.FLOAT32, DType.FLOAT16))),
        NONE(EnumSet.noneOf(DType.class));

        private final Set<DType> dtypes;

        Domain(Set<DType> dtypes) { this.dtypes = Collections.unmodifiableSet(dtypes); }

        public Set<DType> dtypes() { return dtypes; }
    }

    /**
     * The result dtype given the operands' common dtype: the same; bool (comparisons, logic); a
     * float (functions: integers compute in float64, as NumPy does); or given by the node (casts).
     */
    public enum Result { SAME, BOOL, FLOAT, GIVEN, NONE }

    /**
     * How the vector loop computes an op with the scalar loop's bits: a lanewise Vector API operator
     * on floats (and on integers where the scalar op is the same JVM instruction) or blends choosing
     * what the scalar definition chooses ({@code VectorSelects}), a {@code VectorMath} function of
     * the op's NumPy name (floats), or not at all (masks and casts have their own rules).
     */
    public enum Vector { LANEWISE, MATH, NONE }

    /**
     * What one element costs: a few cycles, or about a transcendental function (exp, log, the
     * trigonometric ones, a general power). Where a shared value is read twice, the planner
     * recomputes it rather than materializing it only while it holds at most one costly op.
     */
    public enum Cost { CHEAP, COSTLY }

    /** Comparisons: rows of any operand dtype with a bool result. */
    public static final Set<Op> COMPARISONS = EnumSet.noneOf(Op.class);
    /** Logical ops: rows defined on bools only. */
    public static final Set<Op> LOGICAL = EnumSet.noneOf(Op.class);
    /** Ops that compute in floating point whatever their input (ints are cast to a float first). */
    public static final Set<Op> FLOAT_FUNCTIONS = EnumSet.noneOf(Op.class);

    static {
        for (Op op : values()) {
            if (op.result == Result.BOOL && op.domain == Domain.ALL) COMPARISONS.add(op);
            if (op.domain == Domain.BOOLS) LOGICAL.add(op);
            if (op.result == Result.FLOAT) FLOAT_FUNCTIONS.add(op);
        }
    }

    private final int arity;
    private final Kind kind;
    private final String numpyName;
    private final Domain domain;
    private final Result result;
    private final Vector vector;
    private final Double identity;
    private final Cost cost;

    /** A leaf, movement, selection or contraction. */
    Op(int arity, Kind kind, String numpyName) {
        this(arity, kind, numpyName, Domain.NONE, Result.NONE, Vector.NONE, null, Cost.CHEAP);
    }

    /** An elementwise op. */
    Op(int arity, Domain domain, Result result, String numpyName, Vector vector, Cost cost) {
        this(arity, Kind.ELEMENTWISE, numpyName, domain, result, vector, null, cost);
    }

    /** A reduction with its identity (null: none, so it rejects empty axes). */
    Op(Kind kind, String numpyName, Double identity) {
        this(1, kind, numpyName, Domain.NONE, Result.NONE, Vector.NONE, identity, Cost.CHEAP);
    }

    Op(int arity, Kind kind, String numpyName, Domain domain, Result result, Vector vector, Double identity, Cost cost) {
        this.arity = arity;
        this.kind = kind;
        this.numpyName = numpyName;
        this.domain = domain;
        this.result = result;
        this.vector = vector;
        this.identity = identity;
        this.cost = cost;
    }

    /** The number of inputs, or {@link #VARIADIC}. */
    public int arity() { return arity; }
    public Kind kind() { return kind; }
    /** The ufunc or function name NumPy uses, e.g. {@code floor_divide}. */
    public String numpyName() { return numpyName; }
    public boolean isElementwise() { return kind == Kind.ELEMENTWISE; }
    public boolean isReduce() { return kind == Kind.REDUCE; }
    /** The operand dtypes an elementwise op's definition covers. */
    public Domain domain() { return domain; }
    public Result result() { return result; }
    public Vector vector() { return vector; }

    /** A reduction's value over no elements (sum 0, prod 1, any false, all true), or null if it has none. */
    public Double identity() { return identity; }

    /**
     * Whether the op raises a value error on some operands of this dtype: integer floor division and
     * remainder by zero (and reciprocal of zero), and integer powers with negative exponents. Fused kernels that can raise are
     * never moved ahead of others, so the error reported does not depend on fusion.
     */
    public boolean canRaise(DType dtype) {
        return !dtype.isFloat() && (this == FLOOR_DIV || this == MOD || this == POW || this == RECIPROCAL);
    }

    public Cost cost() { return cost; }
}
