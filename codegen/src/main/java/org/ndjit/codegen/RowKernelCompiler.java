package org.ndjit.codegen;

import org.ndjit.DType;
import org.ndjit.ir.Reduction;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

import static org.objectweb.asm.Opcodes.*;

/**
 * Writes a {@link RowKernel} subclass for a {@link KernelSpec} with ASM and defines it as a hidden
 * class, so that it is unloaded once the cache drops it. Where the {@link LoopEmitter} that
 * {@link Vectorization} chose applies (and
 * the method stays small enough for the JIT), a Vector API main loop comes first; the scalar loop
 * (which also finishes its tail) loads each input per element, calls the {@link ScalarOps} method of
 * each instruction (inlined by the JIT), and stores the result. Float kernels with a vector loop
 * also get {@link RowKernel#sumRow}, the same loops adding each value to a float sum's 8 lanes held
 * in registers (see {@link LoopEmitter#sums}; integer and bool kernels {@link RowKernel#sumRowLong}, adding
 * them widened to long lanes, see {@link LoopEmitter#sumsLong}), and {@link RowKernel#maxRow} and {@link RowKernel#minRow}, the
 * same loops taking the values' largest or smallest in registers; every float kernel gets {@link RowKernel#sumAcross},
 * which adds several rows' values to accumulators of a sum across rows (held in registers in its
 * vector loop), and float64 and float32 kernels {@link RowKernel#maxAcross} and {@link RowKernel#minAcross},
 * which take them into a max's or min's best values the same way, and integer and bool kernels {@link RowKernel#sumAcrossLong},
 * which adds them widened to long to the totals of an integer sum across rows, unless those methods would pass the JIT's size limit. No lambdas or invokedynamic: nothing ties the class to its loader.
 */
public final class RowKernelCompiler {
    private static final String SEGMENT = "java/lang/foreign/MemorySegment";
    private static final String ARRAY_ROW = Type.getInternalName(ArrayRow.class);
    private static final String SUPER = Type.getInternalName(RowKernel.class);
    private static final String ROW_DESC = "([L" + SEGMENT + ";[J[JL" + SEGMENT + ";JJ[D[J)V";
    /** sumRow's, maxRow's and minRow's: in, off, stride, n, dc, lc, and the array they reduce into. */
    private static final String REDUCE_ROW_DESC = "([L" + SEGMENT + ";[J[JJ[D[J[D)V";
    /** sumRowLong's: in, off, stride, n, dc, lc, total. */
    private static final String SUM_ROW_LONG_DESC = "([L" + SEGMENT + ";[J[JJ[D[J[J)V";
    private static final String SUM_ACROSS_DESC = "([L" + SEGMENT + ";[J[J[JIJ[D[J[D[DI)V";
    /** sumAcrossLong's: in, off, stride, rowStride, rows, n, dc, lc, totals, at. */
    private static final String SUM_ACROSS_LONG_DESC = "([L" + SEGMENT + ";[J[J[JIJ[D[J[JI)V";
    /** argmaxAcross's and argminAcross's: in, off, stride, rowStride, rows, n, dc, lc, best, index, position, at. */
    private static final String ARG_ACROSS_DESC = "([L" + SEGMENT + ";[J[J[JIJ[D[J[D[JJI)V";
    /** maxAcross's and minAcross's: in, off, stride, rowStride, rows, n, dc, lc, best, at. */
    private static final String EXTREME_ACROSS_DESC = "([L" + SEGMENT + ";[J[J[JIJ[D[J[DI)V";

    private static final int HUGE_METHOD_LIMIT = MethodSize.HUGE_METHOD_LIMIT;
    // Fixed locals of row(): this, in, off, stride, out, outOff (2), n (2), dc, lc; of sumRow(), sumRowLong(), maxRow() and minRow(): this, in,
    // off, stride, n (2), dc, lc, lanes (total, best); of sumAcross(): this, in, off, stride, rowStride, rows, n (2), dc, lc, sum, comp, at; of
    // maxAcross(), minAcross() and sumAcrossLong() the same without comp (sum is the best values' array, the totals); of argmaxAcross() and
    // argminAcross() best, index (in comp's place), position (2), at.
    private static final int IN = 1, OFF = 2, STRIDE = 3;

    /** Which method a {@link RowEmitter} writes. */
    private enum Mode {
        ROW, SUM_ROW, SUM_ROW_LONG, MAX_ROW, MIN_ROW, ARGMAX_ROW, ARGMIN_ROW, SUM_ACROSS, SUM_ACROSS_LONG, MAX_ACROSS, MIN_ACROSS, ARGMAX_ACROSS, ARGMIN_ACROSS;

        /** The reduction of the row's values this method does in registers (SUM, MAX, MIN), null for row() and the methods across rows. */
        org.ndjit.ir.Op reducesRow() {
            return switch (this) {
                case SUM_ROW, SUM_ROW_LONG -> org.ndjit.ir.Op.SUM;
                case MAX_ROW -> org.ndjit.ir.Op.MAX;
                case MIN_ROW -> org.ndjit.ir.Op.MIN;
                case ARGMAX_ROW -> org.ndjit.ir.Op.ARGMAX;
                case ARGMIN_ROW -> org.ndjit.ir.Op.ARGMIN;
                default -> null;
            };
        }

        /** The reduction across rows this method does (SUM, MAX, MIN), null for row() and the methods along a row. */
        org.ndjit.ir.Op reducesAcross() {
            return switch (this) {
                case SUM_ACROSS, SUM_ACROSS_LONG -> org.ndjit.ir.Op.SUM;
                case MAX_ACROSS -> org.ndjit.ir.Op.MAX;
                case MIN_ACROSS -> org.ndjit.ir.Op.MIN;
                case ARGMAX_ACROSS -> org.ndjit.ir.Op.ARGMAX;
                case ARGMIN_ACROSS -> org.ndjit.ir.Op.ARGMIN;
                default -> null;
            };
        }
    }

    private RowKernelCompiler() {}

    /**
     * Generates the class bytes (exposed for tests that verify them with ASM's CheckClassAdapter).
     * A vector main loop adds about as much code again as the scalar loop. For a kernel of bools at
     * the planner's size limit (many bool inputs, bool constants or wheres of bools) that can take
     * row() past HotSpot's 8,000-byte limit, and the method would run interpreted: such a kernel
     * keeps the scalar loop alone. Where {@link LoopEmitter#sums} holds, the class also has
     * {@link RowKernel#sumRow} (the same loops adding the values to a float sum's lanes instead of
     * storing them) and a vector loop in {@link RowKernel#sumAcross}, where {@link LoopEmitter#sumsLong} holds
     * {@link RowKernel#sumRowLong}, kept only while they too are under the limit; every kernel of float values has sumAcross, with its scalar loop at least, and of float64 or
     * float32 values maxAcross and minAcross, of integer or bool values sumAcrossLong (a vector loop where sumRowLong has one). Kernels of float64 or float32 values with the vector loop also get
     * {@link RowKernel#maxRow} and {@link RowKernel#minRow}, and argmaxRow and argminRow. Each of these only where the
     * spec's {@link KernelSpec#reduces} asks for it: an elementwise kernel's class has row() alone.
     */
    public static byte[] generate(KernelSpec spec, String simpleName) {
        LoopEmitter loops = Vectorization.loops();
        if (loops.applies(spec)) {
            boolean sums = loops.sums(spec) || loops.sumsLong(spec), extremes = spec.output() == DType.FLOAT64 || spec.output() == DType.FLOAT32;
            for (boolean byMemoryKind : new boolean[] {true, false}) {
                Ends ends = new Ends();
                byte[] bytes = generate(spec, simpleName, true, sums, extremes, ends, byMemoryKind, false);
                if (ends.row < HUGE_METHOD_LIMIT) {
                    if (!sums && !extremes || ends.fit()) return bytes;
                    // sumRow or maxRow too large: the scratch path reduces
                    return generate(spec, simpleName, true, false, false, new Ends(), byMemoryKind, false);
                }
            }
        }
        return generateScalar(spec, simpleName);
    }

    /** The class with scalar loops alone (the methods across rows too), dropping those if they are too large. */
    private static byte[] generateScalar(KernelSpec spec, String simpleName) {
        Ends ends = new Ends();
        byte[] bytes = generate(spec, simpleName, false, false, false, ends, false, false);
        return ends.fit() ? bytes : generate(spec, simpleName, false, false, false, null, false, false);
    }

    /**
     * The class a new kernel starts on ({@link #compileScalar}): a scalar row() alone, reading and writing its rows
     * as Java arrays ({@link ArrayRow}) unless an input is gathered. Without sumAcross (sums across rows then run
     * through row(), to the same bits), the class took 40-47 µs to generate and 50-52 µs to define instead of 74-79
     * and 74-77 µs (12-op float64 kernels, the least of 1,000 after 1,000 others).
     */
    static byte[] generateCold(KernelSpec spec, String simpleName) {
        return generate(spec, simpleName, false, false, false, null, false, true);
    }

    /** The bytecode size of each generated method (the largest, where one is split by kind of memory; sumAcross: the largest method across rows). */
    private static final class Ends {
        int row, sumRow, extremeRows, sumAcross;
        boolean hasSumRow, hasExtremeRows, hasSumAcross;

        /** Whether the optional methods generated are under HotSpot's limit. */
        boolean fit() {
            return (!hasSumRow || sumRow < HUGE_METHOD_LIMIT) && (!hasExtremeRows || extremeRows < HUGE_METHOD_LIMIT)
                   && (!hasSumAcross || sumAcross < HUGE_METHOD_LIMIT);
        }
    }

    /**
     * The class, with or without a vector main loop, and with or without {@link RowKernel#sumRow}
     * and a vector loop in {@link RowKernel#sumAcross} ({@code sums}: only with the vector loop, see
     * {@link LoopEmitter#sums}; for integer and bool values {@link RowKernel#sumRowLong}, see {@link LoopEmitter#sumsLong}), with or without {@link RowKernel#maxRow} and {@link RowKernel#minRow} ({@code extremes},
     * only with the vector loop); sumAcross is generated for float values, maxAcross and minAcross for float64 and
     * float32 values, unless {@code ends} is null.
     * {@code byMemoryKind}: copies of row()'s and sumRow()'s vector loop by kind of memory, see {@link LoopEmitter.RowLocals}.
     */
    private static byte[] generate(KernelSpec spec, String simpleName, boolean vector, boolean sums, boolean extremes, Ends ends, boolean byMemoryKind,
                                   boolean arrayRows) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        Ends sizes = ends != null ? ends : new Ends();
        String name = Type.getInternalName(RowKernelCompiler.class).replace("RowKernelCompiler", simpleName);
        cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, SUPER, null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        sizes.row = arrayRows && spec.gathered().isEmpty()
                ? body(cw, ACC_PUBLIC, "row", ROW_DESC, spec, Mode.ROW, false, false, null, true)
                : method(cw, name, "row", ROW_DESC, spec, Mode.ROW, vector, byMemoryKind);
        KernelSpec.Reduces reduces = spec.reduces();
        if (sums && reduces.sums()) {
            boolean floats = spec.output().isFloat();
            returnsTrue(cw, floats ? "sumsRows" : "sumsRowsLong");
            sizes.sumRow = floats ? method(cw, name, "sumRow", REDUCE_ROW_DESC, spec, Mode.SUM_ROW, true, byMemoryKind)
                                  : method(cw, name, "sumRowLong", SUM_ROW_LONG_DESC, spec, Mode.SUM_ROW_LONG, true, byMemoryKind);
            sizes.hasSumRow = true;
        }
        if (extremes && reduces.extremes()) {
            returnsTrue(cw, "extremesRows");
            sizes.extremeRows = Math.max(method(cw, name, "maxRow", REDUCE_ROW_DESC, spec, Mode.MAX_ROW, true, byMemoryKind),
                                         method(cw, name, "minRow", REDUCE_ROW_DESC, spec, Mode.MIN_ROW, true, byMemoryKind));
            sizes.hasExtremeRows = true;
        }
        if (extremes && reduces.argExtremes()) {
            returnsTrue(cw, "argExtremesRows");
            sizes.extremeRows = Math.max(sizes.extremeRows, Math.max(method(cw, name, "argmaxRow", REDUCE_ROW_DESC, spec, Mode.ARGMAX_ROW, true, byMemoryKind),
                                                                     method(cw, name, "argminRow", REDUCE_ROW_DESC, spec, Mode.ARGMIN_ROW, true, byMemoryKind)));
            sizes.hasExtremeRows = true;
        }
        if (ends != null && spec.output().isFloat()) {
            if (reduces.sums()) {
                returnsTrue(cw, "sumsAcross");
                // A gathered input's picks change from row to row there: its elements are read one by one, in the scalar loop.
                sizes.sumAcross = method(cw, name, "sumAcross", SUM_ACROSS_DESC, spec, Mode.SUM_ACROSS, sums && spec.gathered().isEmpty(), false);
                sizes.hasSumAcross = true;
            }
            if ((spec.output() == DType.FLOAT64 || spec.output() == DType.FLOAT32) && reduces.extremes()) {
                // Their vector loop keeps its accumulators in the double species, as sumAcross's does: where sums holds.
                returnsTrue(cw, "extremesAcross");
                sizes.sumAcross = Math.max(sizes.sumAcross,
                        Math.max(method(cw, name, "maxAcross", EXTREME_ACROSS_DESC, spec, Mode.MAX_ACROSS, sums && spec.gathered().isEmpty(), false),
                                 method(cw, name, "minAcross", EXTREME_ACROSS_DESC, spec, Mode.MIN_ACROSS, sums && spec.gathered().isEmpty(), false)));
            }
        }
        if (ends != null && (spec.output() == DType.FLOAT64 || spec.output() == DType.FLOAT32) && reduces.argExtremes()) {
            // Their vector loop keeps its answers in the double species and long indices of as many lanes, as maxAcross: where sums holds.
            returnsTrue(cw, "argExtremesAcross");
            boolean vectorAcross = sums && spec.gathered().isEmpty();
            sizes.sumAcross = Math.max(sizes.sumAcross,
                    Math.max(method(cw, name, "argmaxAcross", ARG_ACROSS_DESC, spec, Mode.ARGMAX_ACROSS, vectorAcross, false),
                             method(cw, name, "argminAcross", ARG_ACROSS_DESC, spec, Mode.ARGMIN_ACROSS, vectorAcross, false)));
            sizes.hasSumAcross = true;
        }
        if (ends != null && !spec.output().isFloat() && reduces.sums()) {
            returnsTrue(cw, "sumsAcrossLong");
            // Its vector loop is sumRowLong's widening, there where sumRowLong is (sums): a gathered input's picks change from row to row.
            sizes.sumAcross = method(cw, name, "sumAcrossLong", SUM_ACROSS_LONG_DESC, spec, Mode.SUM_ACROSS_LONG, sums && spec.gathered().isEmpty(), false);
            sizes.hasSumAcross = true;
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * Emits a method and returns its bytecode size. With the vector loop's copies by kind of memory
     * (row() and the reductions along a row), each copy is a private method of its own, a whole row with its scalar tail
     * that returns false if the row's memory is not its kind, and {@code name} calls them in turn: each
     * is compiled by C2 on its own inlining budget (see {@link LoopEmitter.MemoryCopy}). The size
     * returned is then the largest copy's.
     */
    private static int method(ClassWriter cw, String className, String name, String desc, KernelSpec spec, Mode mode, boolean vector, boolean byMemoryKind) {
        if (!vector || !byMemoryKind || mode.reducesAcross() != null) return body(cw, ACC_PUBLIC, name, desc, spec, mode, vector, byMemoryKind, null, false);
        List<LoopEmitter.MemoryCopy> copies = mode == Mode.ROW ? List.of(LoopEmitter.MemoryCopy.values())
                : List.of(LoopEmitter.MemoryCopy.ARRAYS, LoopEmitter.MemoryCopy.GENERAL);
        String copyDesc = desc.substring(0, desc.length() - 1) + "Z";
        int largest = 0;
        for (LoopEmitter.MemoryCopy copy : copies) {
            largest = Math.max(largest, body(cw, ACC_PRIVATE, copyName(name, copy), copyDesc, spec, mode, true, true, copy, false));
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, name, desc, null, null);
        mv.visitCode();
        Label done = new Label();
        if (mode == Mode.ROW) {
            // Native output memory: both array copies would decline at once (each starts with this test), so go straight to
            // the general copy, not through two prologues per row (rows of a large array are often short).
            Label notNative = new Label();
            mv.visitVarInsn(ALOAD, 4);
            mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "isNative", "()Z", true);
            mv.visitJumpInsn(IFEQ, notNative);
            callCopy(mv, className, name, LoopEmitter.MemoryCopy.GENERAL, desc, copyDesc);
            mv.visitInsn(POP);
            mv.visitInsn(RETURN);
            mv.visitLabel(notNative);
        }
        for (int c = 0; c < copies.size(); c++) {
            callCopy(mv, className, name, copies.get(c), desc, copyDesc);
            if (c < copies.size() - 1) mv.visitJumpInsn(IFNE, done);
            else mv.visitInsn(POP);
        }
        mv.visitLabel(done);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return largest;
    }

    /** Calls one copy's method with this method's arguments, leaving its boolean (whether it took the row) on the stack. */
    private static void callCopy(MethodVisitor mv, String className, String name, LoopEmitter.MemoryCopy copy, String desc, String copyDesc) {
        mv.visitVarInsn(ALOAD, 0);
        int slot = 1;
        for (Type arg : Type.getArgumentTypes(desc)) {
            mv.visitVarInsn(arg.getOpcode(ILOAD), slot);
            slot += arg.getSize();
        }
        mv.visitMethodInsn(INVOKESPECIAL, className, copyName(name, copy), copyDesc, false);
    }

    private static String copyName(String method, LoopEmitter.MemoryCopy copy) {
        return method + switch (copy) { case ARRAYS -> "Arrays"; case OUTPUT_ARRAY -> "OutputArray"; case GENERAL -> "General"; };
    }

    /**
     * One method's code: with {@code only} set, a copy that returns true once it has done the row and false where it declines it;
     * with {@code arrayRows}, a scalar row() over the rows as Java arrays (no gathered input). Written as a tree first, so that
     * its locals can be renumbered before it goes into the class ({@link InvariantLocalsFirst}).
     */
    private static int body(ClassWriter cw, int access, String name, String desc, KernelSpec spec, Mode mode, boolean vector, boolean byMemoryKind,
                            LoopEmitter.MemoryCopy only, boolean arrayRows) {
        MethodNode mv = new MethodNode(access, name, desc, null, null);
        mv.visitCode();
        Label declined = only == null ? null : new Label();
        new RowEmitter(spec, mv, mode, only, declined, arrayRows).emit(vector, byMemoryKind);
        if (declined != null) {
            mv.visitLabel(declined);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(IRETURN);
        }
        LabelNode end = new LabelNode();
        mv.instructions.add(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        InvariantLocalsFirst.renumber(mv);
        mv.accept(cw);
        return end.getLabel().getOffset();
    }

    private static void returnsTrue(ClassWriter cw, String name) {
        MethodVisitor has = cw.visitMethod(ACC_PUBLIC, name, "()Z", null, null);
        has.visitCode();
        has.visitInsn(ICONST_1);
        has.visitInsn(IRETURN);
        has.visitMaxs(0, 0);
        has.visitEnd();
    }

    /** The generated class as ASM's Textifier prints it: the bytecode listing explain(true) shows. */
    public static String listing(KernelSpec spec) {
        java.io.StringWriter text = new java.io.StringWriter();
        new org.objectweb.asm.ClassReader(generate(spec, "Kernel")).accept(
                new org.objectweb.asm.util.TraceClassVisitor(new java.io.PrintWriter(text)), 0);
        return text.toString();
    }

    /** Defines the generated class as a hidden, unloadable class and returns an instance. */
    public static RowKernel compile(KernelSpec spec) {
        return define(generate(spec, "Kernel"), spec);
    }

    /**
     * The kernel with the scalar loop alone, even where a vector main loop applies: the form a new
     * kernel runs while its vector class is cold (see {@link KernelTiers}); same results, bit for bit.
     * Its row() runs over Java arrays ({@link ArrayRow}): interpreted, a 12-op float64 row of 1,000
     * elements took 0.21 ms over Java arrays (0.24 ms copying native memory) against 0.33 ms over segments,
     * and 0.13-0.16 ms once a value read once stayed on the operand stack ({@code RowEmitter.uses}).
     */
    static RowKernel compileScalar(KernelSpec spec) {
        return define(generateCold(spec, "Kernel"), spec);
    }

    /**
     * The scalar class whose row() reads and writes its segments element by element, as a class without a vector loop
     * does: what small runs of a kernel get once it is warm ({@link KernelTiers#scalarClass}).
     */
    static RowKernel compileScalarOverSegments(KernelSpec spec) {
        return define(generateScalar(spec, "Kernel"), spec);
    }

    private static RowKernel define(byte[] bytes, KernelSpec spec) {
        DumpClasses.write(bytes);
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return (RowKernel) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the kernel for " + spec.key().substring(0, Math.min(200, spec.key().length())), e);
        }
    }

    /** Emits the body of row(), of a reduction along the row (sumRow(), maxRow(), minRow()) or of sumAcross(), for one spec. */
    private static final class RowEmitter {
        private final KernelSpec spec;
        private final MethodVisitor mv;
        private final int[] slotLocal;
        /**
         * Which method: row() stores the values, sumRow() adds them to the lanes array, sumRowLong() to the total, maxRow() and minRow() take their
         * extreme into the best array, sumAcross() adds them to accumulators, sumAcrossLong() to totals.
         */
        private final Mode mode;
        /** The locals of the arguments (-1 for those the method does not have). */
        private final int outArg, outOffArg, nArg, dcArg, lcArg, lanesArg, rowStrideArg, rowsArg, sumArg, compArg, positionArg, atArg;
        private int nextLocal;
        /** The copy by kind of memory this method holds, and where the others jump (null: all copies, or none). */
        private final LoopEmitter.MemoryCopy only;
        private final Label declined;
        /** Whether row() reads and writes Java arrays ({@link ArrayRow}); then the array, index and index step locals of each input. */
        private final boolean arrayRows;
        private int[] array, index, indexStep;

        RowEmitter(KernelSpec spec, MethodVisitor mv, Mode mode, LoopEmitter.MemoryCopy only, Label declined, boolean arrayRows) {
            this.spec = spec;
            this.arrayRows = arrayRows;
            this.only = only;
            this.declined = declined;
            this.mv = mv;
            this.mode = mode;
            this.slotLocal = new int[spec.inputs().size() + spec.constants().size() + spec.instrs().size()];
            boolean row = mode == Mode.ROW, across = mode.reducesAcross() != null, sumAcross = mode == Mode.SUM_ACROSS;
            boolean argAcross = mode == Mode.ARGMAX_ACROSS || mode == Mode.ARGMIN_ACROSS;
            outArg = row ? 4 : -1;
            outOffArg = row ? 5 : -1;
            rowStrideArg = across ? 4 : -1;
            rowsArg = across ? 5 : -1;
            nArg = switch (mode) { case ROW -> 7; case SUM_ROW, SUM_ROW_LONG, MAX_ROW, MIN_ROW, ARGMAX_ROW, ARGMIN_ROW -> 4; case SUM_ACROSS, SUM_ACROSS_LONG, MAX_ACROSS, MIN_ACROSS, ARGMAX_ACROSS, ARGMIN_ACROSS -> 6; };
            dcArg = nArg + 2;
            lcArg = nArg + 3;
            lanesArg = mode.reducesRow() != null ? 8 : -1;
            sumArg = across ? 10 : -1;
            compArg = sumAcross || argAcross ? 11 : -1;
            positionArg = argAcross ? 12 : -1;
            atArg = argAcross ? 14 : sumAcross ? 12 : across ? 11 : -1;
            nextLocal = switch (mode) { case ROW -> 11; case SUM_ROW, SUM_ROW_LONG, MAX_ROW, MIN_ROW, ARGMAX_ROW, ARGMIN_ROW -> 9; case SUM_ACROSS -> 13; case SUM_ACROSS_LONG, MAX_ACROSS, MIN_ACROSS -> 12;
                case ARGMAX_ACROSS, ARGMIN_ACROSS -> 15; };
        }

        private int allocate(int size) {
            int l = nextLocal;
            nextLocal += size;
            return l;
        }

        void emit(boolean vector, boolean byMemoryKind) {
            int inputs = spec.inputs().size();
            boolean across = mode.reducesAcross() != null;
            int[] segment = new int[inputs], position = new int[inputs], step = new int[inputs], rowStep = new int[across ? inputs : 0];
            for (int i = 0; i < inputs; i++) {
                // An index input's position counts elements: its value is the position itself.
                int item = spec.isIndex(i) ? 1 : spec.inputs().get(i).itemSize();
                segment[i] = allocate(1);
                mv.visitVarInsn(ALOAD, IN);
                pushInt(i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, segment[i]);
                position[i] = allocate(2);
                scaledElement(OFF, i, item, position[i]);
                step[i] = allocate(2);
                scaledElement(STRIDE, i, item, step[i]);
                if (across) {
                    rowStep[i] = allocate(2);
                    scaledElement(rowStrideArg, i, item, rowStep[i]);
                }
            }
            for (int c = 0; c < spec.constants().size(); c++) {
                DType d = spec.constants().get(c);
                int local = allocate(JvmTypes.width(d));
                mv.visitVarInsn(ALOAD, d.isFloat() ? dcArg : lcArg);
                pushInt(c);
                mv.visitInsn(d.isFloat() ? DALOAD : LALOAD);
                convertFromArrayElement(d);
                NarrowDtypes.constant(mv, d);
                mv.visitVarInsn(JvmTypes.storeOp(d), local);
                slotLocal[inputs + c] = local;
            }
            for (int i = 0; i < inputs; i++) slotLocal[i] = allocate(JvmTypes.width(spec.inputs().get(i)));
            int base = inputs + spec.constants().size();
            for (int k = 0; k < spec.instrs().size(); k++) slotLocal[base + k] = allocate(JvmTypes.width(spec.instrs().get(k).dtype()));
            // The element counter is an int (rows arrive in pieces of at most 2^30 elements): C2
            // optimizes int-counted loops fully, long-counted ones less well.
            int outPos = allocate(2), n = allocate(1), j = allocate(1);
            if (mode == Mode.ROW) {
                mv.visitVarInsn(LLOAD, outOffArg);
                pushLong(spec.output().itemSize());
                mv.visitInsn(LMUL);
                mv.visitVarInsn(LSTORE, outPos);
            }
            mv.visitVarInsn(LLOAD, nArg);
            mv.visitInsn(L2I);
            mv.visitVarInsn(ISTORE, n);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, j);
            for (int g : spec.gathered()) if (readsRowPick(g)) addRowPick(segment, position, g, n);
            int outRow = arrayRows ? arrayRows(segment, position, step, outPos, n) : -1;
            if (vector) {
                LoopEmitter.Across acrossLocals = across ? new LoopEmitter.Across(rowsArg, rowStep, sumArg, compArg, positionArg, atArg, mode.reducesAcross()) : null;
                Vectorization.loops().emit(mv, spec, new LoopEmitter.RowLocals(segment, position, step, slotLocal, outArg, outPos, n, j, lanesArg,
                        mode.reducesRow(), this::allocate, acrossLocals, byMemoryKind, only, declined));
            }

            Label loop = new Label(), end = new Label();
            mv.visitLabel(loop);
            mv.visitVarInsn(ILOAD, j);
            mv.visitVarInsn(ILOAD, n);
            mv.visitJumpInsn(IF_ICMPGE, end);
            if (across) {
                // The rows of element j, one after the other, each from its inputs' positions in that row.
                int[] rowPosition = new int[inputs];
                for (int i = 0; i < inputs; i++) {
                    rowPosition[i] = allocate(2);
                    mv.visitVarInsn(LLOAD, position[i]);
                    mv.visitVarInsn(LSTORE, rowPosition[i]);
                }
                int k = allocate(1);
                Label rows = new Label(), rowsDone = new Label();
                mv.visitInsn(ICONST_0);
                mv.visitVarInsn(ISTORE, k);
                mv.visitLabel(rows);
                mv.visitVarInsn(ILOAD, k);
                mv.visitVarInsn(ILOAD, rowsArg);
                mv.visitJumpInsn(IF_ICMPGE, rowsDone);
                element(segment, rowPosition, base);
                if (mode == Mode.SUM_ACROSS) addToAccumulator(slotLocal[spec.resultSlot()], spec.output(), j);
                else if (mode == Mode.SUM_ACROSS_LONG) addToTotalAt(slotLocal[spec.resultSlot()], spec.output(), j);
                else if (mode == Mode.ARGMAX_ACROSS || mode == Mode.ARGMIN_ACROSS) takeAcross(slotLocal[spec.resultSlot()], spec.output(), j, k);
                else takeExtremeAt(slotLocal[spec.resultSlot()], spec.output(), mode == Mode.MIN_ACROSS, j);
                advance(rowPosition, rowStep);
                mv.visitIincInsn(k, 1);
                mv.visitJumpInsn(GOTO, rows);
                mv.visitLabel(rowsDone);
            } else {
                element(segment, position, base);
                int result = spec.resultSlot();
                DType out = spec.output();
                if (mode == Mode.SUM_ROW) {
                    addToLane(slotLocal[result], out, j);
                } else if (mode == Mode.SUM_ROW_LONG) {
                    addToTotal(slotLocal[result], out);
                } else if (mode == Mode.MAX_ROW || mode == Mode.MIN_ROW) {
                    takeExtreme(slotLocal[result], out, mode == Mode.MIN_ROW);
                } else if (mode == Mode.ARGMAX_ROW || mode == Mode.ARGMIN_ROW) {
                    takeNext(slotLocal[result], out, j, mode == Mode.ARGMAX_ROW);
                } else if (arrayRows) {
                    mv.visitVarInsn(ALOAD, array[inputs]);
                    mv.visitVarInsn(ILOAD, index[inputs]);
                    mv.visitVarInsn(JvmTypes.loadOp(out), slotLocal[result]);
                    NarrowDtypes.beforeStore(mv, out);
                    mv.visitInsn(Type.getType(JvmTypes.memoryDesc(out)).getOpcode(IASTORE));
                    mv.visitIincInsn(index[inputs], 1);
                } else {
                    mv.visitVarInsn(ALOAD, outArg);
                    pushLayout(out);
                    mv.visitVarInsn(LLOAD, outPos);
                    mv.visitVarInsn(JvmTypes.loadOp(out), slotLocal[result]);
                    if (out.isBool()) mv.visitInsn(I2B);
                    NarrowDtypes.beforeStore(mv, out);
                    mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "set", "(" + JvmTypes.layoutDesc(out) + "J" + JvmTypes.memoryDesc(out) + ")V", true);
                }
            }
            advance(position, step);
            if (mode == Mode.ROW && !arrayRows) {
                mv.visitVarInsn(LLOAD, outPos);
                pushLong(spec.output().itemSize());
                mv.visitInsn(LADD);
                mv.visitVarInsn(LSTORE, outPos);
            }
            mv.visitIincInsn(j, 1);
            mv.visitJumpInsn(GOTO, loop);
            mv.visitLabel(end);
            if (arrayRows) {
                mv.visitVarInsn(ALOAD, outRow);
                mv.visitVarInsn(ALOAD, outArg);
                pushLayout(spec.output());
                mv.visitVarInsn(LLOAD, outPos);
                mv.visitVarInsn(ILOAD, n);
                mv.visitMethodInsn(INVOKEVIRTUAL, ARRAY_ROW, "writeBack", "(L" + SEGMENT + ";Ljava/lang/foreign/ValueLayout;JI)V", false);
            }
            if (only != null) {
                mv.visitInsn(ICONST_1);
                mv.visitInsn(IRETURN);
            } else {
                mv.visitInsn(RETURN);
            }
        }

        /**
         * Whether gathered input {@code g}'s pick is read once per row ({@link KernelSpec#picksWholeRows});
         * not across rows (sumAcross, maxAcross, minAcross), whose rows each have their own picks: there every element reads its pick.
         */
        private boolean readsRowPick(int g) {
            return mode.reducesAcross() == null && spec.picksWholeRows(g);
        }

        /**
         * {@code position[g] += picks[row] * item}: the row of gathered input {@code g} starts at its pick
         * (the picks' element at their position, the same for the whole row). An empty row reads no pick.
         */
        private void addRowPick(int[] segment, int[] position, int g, int n) {
            Label empty = new Label();
            mv.visitVarInsn(ILOAD, n);
            mv.visitJumpInsn(IFLE, empty);
            mv.visitVarInsn(LLOAD, position[g]);
            mv.visitVarInsn(ALOAD, segment[g + 1]);
            pushLayout(DType.INT64);
            mv.visitVarInsn(LLOAD, position[g + 1]);
            mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "get", "(" + JvmTypes.layoutDesc(DType.INT64) + "J)J", true);
            pushLong(spec.inputs().get(g).itemSize());
            mv.visitInsn(LMUL);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, position[g]);
            mv.visitLabel(empty);
        }

        /**
         * Turns each input that reads memory, and the output, into an {@link ArrayRow}: its array, index and
         * index step in locals ({@link #array}, {@link #index}, {@link #indexStep}; the output's at the inputs'
         * count). A broadcast input's element is read here, once (when the row is not empty). Returns the
         * local of the output's ArrayRow, which writes it back after the loop.
         */
        private int arrayRows(int[] segment, int[] position, int[] step, int outPos, int n) {
            int inputs = spec.inputs().size();
            array = new int[inputs + 1];
            index = new int[inputs + 1];
            indexStep = new int[inputs + 1];
            String rowDesc = "L" + ARRAY_ROW + ";";
            int outRow = -1;
            for (int i = 0; i <= inputs; i++) {
                if (i < inputs && spec.isIndex(i)) continue;
                DType d = i < inputs ? spec.inputs().get(i) : spec.output();
                if (i < inputs) {
                    mv.visitVarInsn(ALOAD, segment[i]);
                    pushLayout(d);
                    mv.visitVarInsn(LLOAD, position[i]);
                    mv.visitVarInsn(LLOAD, step[i]);
                    mv.visitVarInsn(ILOAD, n);
                    mv.visitMethodInsn(INVOKESTATIC, ARRAY_ROW, "input", "(L" + SEGMENT + ";Ljava/lang/foreign/ValueLayout;JJI)" + rowDesc, false);
                } else {
                    mv.visitVarInsn(ALOAD, outArg);
                    pushLayout(d);
                    mv.visitVarInsn(LLOAD, outPos);
                    mv.visitVarInsn(ILOAD, n);
                    mv.visitMethodInsn(INVOKESTATIC, ARRAY_ROW, "output", "(L" + SEGMENT + ";Ljava/lang/foreign/ValueLayout;JI)" + rowDesc, false);
                    outRow = allocate(1);
                    mv.visitInsn(DUP);
                    mv.visitVarInsn(ASTORE, outRow);
                }
                String arrayType = "[" + JvmTypes.memoryDesc(d);
                array[i] = allocate(1);
                index[i] = allocate(1);
                indexStep[i] = allocate(1);
                mv.visitInsn(DUP);
                mv.visitFieldInsn(GETFIELD, ARRAY_ROW, "array", "Ljava/lang/Object;");
                mv.visitTypeInsn(CHECKCAST, arrayType);
                mv.visitVarInsn(ASTORE, array[i]);
                mv.visitInsn(DUP);
                mv.visitFieldInsn(GETFIELD, ARRAY_ROW, "start", "I");
                mv.visitVarInsn(ISTORE, index[i]);
                mv.visitFieldInsn(GETFIELD, ARRAY_ROW, "step", "I");
                mv.visitVarInsn(ISTORE, indexStep[i]);
                if (i < inputs && access(i) == KernelSpec.Access.BROADCAST) {
                    // An empty row may have no element to read: its local gets a zero the loop never uses.
                    Label empty = new Label(), read = new Label();
                    mv.visitVarInsn(ILOAD, n);
                    mv.visitJumpInsn(IFLE, empty);
                    loadArrayElement(i);
                    mv.visitJumpInsn(GOTO, read);
                    mv.visitLabel(empty);
                    mv.visitInsn(switch (JvmTypes.jvmDesc(d)) { case "D" -> DCONST_0; case "F" -> FCONST_0; case "J" -> LCONST_0; default -> ICONST_0; });
                    mv.visitVarInsn(JvmTypes.storeOp(d), slotLocal[i]);
                    mv.visitLabel(read);
                }
            }
            return outRow;
        }

        /** Input i's element at its array index, as element() leaves a value: in its slot's local. */
        private void loadArrayElement(int i) {
            DType d = spec.inputs().get(i);
            mv.visitVarInsn(ALOAD, array[i]);
            mv.visitVarInsn(ILOAD, index[i]);
            mv.visitInsn(Type.getType(JvmTypes.memoryDesc(d)).getOpcode(IALOAD));
            if (d.isBool()) byteToBoolean();
            NarrowDtypes.afterLoad(mv, d);
            mv.visitVarInsn(JvmTypes.storeOp(d), slotLocal[i]);
        }

        /** How input i moves along the row (strided where the spec does not say). */
        private KernelSpec.Access access(int i) {
            return i < spec.access().size() ? spec.access().get(i) : KernelSpec.Access.STRIDED;
        }

        /** {@code into = array[index] * item}, for a long[] argument. */
        private void scaledElement(int arrayLocal, int index, int item, int into) {
            loadLongElement(arrayLocal, index);
            pushLong(item);
            mv.visitInsn(LMUL);
            mv.visitVarInsn(LSTORE, into);
        }

        /** Loads each input at its byte position and computes every instruction into its slot's local. */
        private void element(int[] segment, int[] position, int base) {
            // Backwards, so that a gathered input's picks (the input after it) are loaded before it.
            for (int i = spec.inputs().size() - 1; i >= 0; i--) {
                DType d = spec.inputs().get(i);
                if (spec.isIndex(i)) {
                    mv.visitVarInsn(LLOAD, position[i]);
                    mv.visitVarInsn(LSTORE, slotLocal[i]);
                    continue;
                }
                if (i > 0 && readsRowPick(i - 1)) continue; // read once, before the loop
                if (arrayRows) {
                    if (access(i) != KernelSpec.Access.BROADCAST) loadArrayElement(i);
                    continue;
                }
                mv.visitVarInsn(ALOAD, segment[i]);
                pushLayout(d);
                mv.visitVarInsn(LLOAD, position[i]);
                if (spec.isGathered(i) && !readsRowPick(i)) {
                    mv.visitVarInsn(LLOAD, slotLocal[i + 1]);
                    pushLong(d.itemSize());
                    mv.visitInsn(LMUL);
                    mv.visitInsn(LADD);
                }
                mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "get", "(" + JvmTypes.layoutDesc(d) + "J)" + JvmTypes.memoryDesc(d), true);
                if (d.isBool()) byteToBoolean();
                NarrowDtypes.afterLoad(mv, d);
                mv.visitVarInsn(JvmTypes.storeOp(d), slotLocal[i]);
            }
            int[] uses = uses();
            boolean onStack = false; // the previous instruction's value, left for this one's first operand
            for (int k = 0; k < spec.instrs().size(); k++) {
                KernelSpec.Instr instr = spec.instrs().get(k);
                int[] args = instr.args();
                for (int a = onStack ? 1 : 0; a < args.length; a++) mv.visitVarInsn(JvmTypes.loadOp(spec.slotType(args[a])), slotLocal[args[a]]);
                ScalarOpTable.Call call = scalarCall(instr, spec);
                int instruction = ScalarOpTable.instruction(call);
                if (instruction >= 0) mv.visitInsn(instruction);
                else mv.visitMethodInsn(INVOKESTATIC, call.owner(), call.name(), call.descriptor(), false);
                NarrowDtypes.wrap(mv, instr.dtype());
                int slot = base + k;
                onStack = uses[slot] == 1 && k + 1 < spec.instrs().size() && spec.instrs().get(k + 1).args()[0] == slot;
                if (!onStack) mv.visitVarInsn(JvmTypes.storeOp(instr.dtype()), slotLocal[slot]);
            }
        }

        /**
         * How many times each slot is read: by an instruction's operands, and once more for the result. A value read
         * once, as the next instruction's first operand, stays on the operand stack instead of going through a local,
         * two bytecodes fewer for the interpreter, which runs a new kernel's first calls.
         */
        private int[] uses() {
            int[] uses = new int[slotLocal.length];
            for (KernelSpec.Instr instr : spec.instrs()) for (int a : instr.args()) uses[a]++;
            uses[spec.resultSlot()]++;
            return uses;
        }

        /** {@code position[i] += step[i]} for every input (with {@link #arrayRows}, its array index instead where it reads memory). */
        private void advance(int[] position, int[] step) {
            for (int i = 0; i < position.length; i++) {
                if (arrayRows && !spec.isIndex(i)) {
                    switch (access(i)) {
                        case BROADCAST -> { }
                        case UNIT -> mv.visitIincInsn(index[i], 1);
                        case STRIDED -> {
                            mv.visitVarInsn(ILOAD, index[i]);
                            mv.visitVarInsn(ILOAD, indexStep[i]);
                            mv.visitInsn(IADD);
                            mv.visitVarInsn(ISTORE, index[i]);
                        }
                    }
                    continue;
                }
                mv.visitVarInsn(LLOAD, position[i]);
                mv.visitVarInsn(LLOAD, step[i]);
                mv.visitInsn(LADD);
                mv.visitVarInsn(LSTORE, position[i]);
            }
        }

        /**
         * Value {@code value} (float64 or float32, widened) goes to accumulator {@code at + j} of the
         * sum and compensation arrays with the TwoSum steps of {@link #addToLane}.
         */
        private void addToAccumulator(int value, DType d, int j) {
            int index = allocate(1);
            mv.visitVarInsn(ILOAD, atArg);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(IADD);
            mv.visitVarInsn(ISTORE, index);
            twoSum(value, d, sumArg, index, compArg, index);
        }

        /**
         * Value {@code value} (float64 or float32, widened) goes to lane {@code j & 7} of the lanes
         * array, as {@link org.ndjit.ir.Reduction#SCALAR_LANES} adds it: {@code t = s + x; z = t - s;
         * c += (s - (t - z)) + (x - z); s = t}. Locals are allocated once per call (the scalar loop's body).
         */
        private void addToLane(int value, DType d, int j) {
            int lane = allocate(1), compensation = allocate(1);
            mv.visitVarInsn(ILOAD, j);
            pushInt(7);
            mv.visitInsn(IAND);
            mv.visitInsn(DUP);
            mv.visitVarInsn(ISTORE, lane);
            pushInt(Reduction.LANES);
            mv.visitInsn(IADD);
            mv.visitVarInsn(ISTORE, compensation);
            twoSum(value, d, lanesArg, lane, lanesArg, compensation);
        }

        /** {@code total[0] += value}, the integer or bool value widened to long (its local holds it sign- or zero-extended as its dtype reads). */
        private void addToTotal(int value, DType d) {
            mv.visitVarInsn(ALOAD, lanesArg);
            mv.visitInsn(ICONST_0);
            addToPushedElement(value, d);
        }

        /** {@code totals[at + j] += value}, widened as {@link #addToTotal} widens it. */
        private void addToTotalAt(int value, DType d, int j) {
            mv.visitVarInsn(ALOAD, sumArg);
            mv.visitVarInsn(ILOAD, atArg);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(IADD);
            addToPushedElement(value, d);
        }

        /** With a long[] and an index on the stack: adds the value, widened to long, to that element. */
        private void addToPushedElement(int value, DType d) {
            mv.visitInsn(DUP2);
            mv.visitInsn(LALOAD);
            mv.visitVarInsn(JvmTypes.loadOp(d), value);
            if (JvmTypes.width(d) == 1) mv.visitInsn(I2L);
            mv.visitInsn(LADD);
            mv.visitInsn(LASTORE);
        }

        /** {@code ArgLanes.takeAcross(best, index, at + j, value, position + k, max)}: row k's element j of an argmax (argmin) across rows. */
        private void takeAcross(int value, DType d, int j, int k) {
            mv.visitVarInsn(ALOAD, sumArg);
            mv.visitVarInsn(ALOAD, compArg);
            mv.visitVarInsn(ILOAD, atArg);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(IADD);
            mv.visitVarInsn(JvmTypes.loadOp(d), value);
            if (d == DType.FLOAT32) mv.visitInsn(F2D);
            mv.visitVarInsn(LLOAD, positionArg);
            mv.visitVarInsn(ILOAD, k);
            mv.visitInsn(I2L);
            mv.visitInsn(LADD);
            mv.visitInsn(mode == Mode.ARGMAX_ACROSS ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(ArgLanes.class), "takeAcross", "([D[JIDJZ)V", false);
        }

        /** {@code best[0] = Math.max(best[0], value)} (Math.min when {@code min}), the value float64 or float32 (widened). */
        private void takeExtreme(int value, DType d, boolean min) {
            mv.visitVarInsn(ALOAD, lanesArg);
            mv.visitInsn(ICONST_0);
            mv.visitInsn(DUP2);
            mv.visitInsn(DALOAD);
            mv.visitVarInsn(JvmTypes.loadOp(d), value);
            if (d == DType.FLOAT32) mv.visitInsn(F2D);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", min ? "min" : "max", "(DD)D", false);
            mv.visitInsn(DASTORE);
        }

        /** {@code ArgLanes.takeNext(best, value, j, max)}: the element j of an argmax's (argmin's) row, the value float64 or float32 (widened). */
        private void takeNext(int value, DType d, int j, boolean max) {
            mv.visitVarInsn(ALOAD, lanesArg);
            mv.visitVarInsn(JvmTypes.loadOp(d), value);
            if (d == DType.FLOAT32) mv.visitInsn(F2D);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(I2L);
            mv.visitInsn(max ? ICONST_1 : ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(ArgLanes.class), "takeNext", "([DDJZ)V", false);
        }

        /** {@code best[at + j] = Math.max(best[at + j], value)} (Math.min when {@code min}), the value float64 or float32 (widened). */
        private void takeExtremeAt(int value, DType d, boolean min, int j) {
            mv.visitVarInsn(ALOAD, sumArg);
            mv.visitVarInsn(ILOAD, atArg);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(IADD);
            mv.visitInsn(DUP2);
            mv.visitInsn(DALOAD);
            mv.visitVarInsn(JvmTypes.loadOp(d), value);
            if (d == DType.FLOAT32) mv.visitInsn(F2D);
            mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", min ? "min" : "max", "(DD)D", false);
            mv.visitInsn(DASTORE);
        }

        /**
         * The TwoSum step of {@link org.ndjit.ir.Reduction#SCALAR_LANES}: {@code x} is the value
         * (float32 widened), {@code s = sums[sumIndex]}; {@code t = s + x; z = t - s;
         * comps[compIndex] += (s - (t - z)) + (x - z); sums[sumIndex] = t}. Array and index locals.
         */
        private void twoSum(int value, DType d, int sums, int sumIndex, int comps, int compIndex) {
            int x = allocate(2), s = allocate(2), t = allocate(2), z = allocate(2);
            mv.visitVarInsn(JvmTypes.loadOp(d), value);
            if (NarrowDtypes.compute(d) == DType.FLOAT32) mv.visitInsn(F2D); // float32, or float16 computed in float
            mv.visitVarInsn(DSTORE, x);
            mv.visitVarInsn(ALOAD, sums);
            mv.visitVarInsn(ILOAD, sumIndex);
            mv.visitInsn(DALOAD);
            mv.visitVarInsn(DSTORE, s);
            mv.visitVarInsn(DLOAD, s);
            mv.visitVarInsn(DLOAD, x);
            mv.visitInsn(DADD);
            mv.visitVarInsn(DSTORE, t);
            mv.visitVarInsn(DLOAD, t);
            mv.visitVarInsn(DLOAD, s);
            mv.visitInsn(DSUB);
            mv.visitVarInsn(DSTORE, z);
            mv.visitVarInsn(ALOAD, comps);
            mv.visitVarInsn(ILOAD, compIndex);
            mv.visitInsn(DUP2);
            mv.visitInsn(DALOAD);
            mv.visitVarInsn(DLOAD, s);
            mv.visitVarInsn(DLOAD, t);
            mv.visitVarInsn(DLOAD, z);
            mv.visitInsn(DSUB);
            mv.visitInsn(DSUB);
            mv.visitVarInsn(DLOAD, x);
            mv.visitVarInsn(DLOAD, z);
            mv.visitInsn(DSUB);
            mv.visitInsn(DADD);
            mv.visitInsn(DADD);
            mv.visitInsn(DASTORE);
            mv.visitVarInsn(ALOAD, sums);
            mv.visitVarInsn(ILOAD, sumIndex);
            mv.visitVarInsn(DLOAD, t);
            mv.visitInsn(DASTORE);
        }

        private void loadLongElement(int arrayLocal, int index) {
            mv.visitVarInsn(ALOAD, arrayLocal);
            pushInt(index);
            mv.visitInsn(LALOAD);
        }

        /** dc holds doubles, lc longs: narrow to the constant's JVM type. */
        private void convertFromArrayElement(DType d) {
            switch (d) {
                case FLOAT32 -> mv.visitInsn(D2F);
                case INT32 -> mv.visitInsn(L2I);
                case BOOL -> {
                    mv.visitInsn(L2I);
                    byteToBoolean();
                }
                default -> { }
            }
        }

        /** Any non-zero byte or int is true: normalise to 0 or 1. */
        private void byteToBoolean() {
            Label zero = new Label(), done = new Label();
            mv.visitJumpInsn(IFEQ, zero);
            mv.visitInsn(ICONST_1);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(zero);
            mv.visitInsn(ICONST_0);
            mv.visitLabel(done);
        }

private void pushLayout(DType d) {
            mv.visitFieldInsn(GETSTATIC, "java/lang/foreign/ValueLayout", JvmTypes.layoutField(d), JvmTypes.layoutDesc(d));
        }

        private void pushInt(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else mv.visitLdcInsn(v);
        }

        private void pushLong(long v) {
            if (v == 0 || v == 1) mv.visitInsn(LCONST_0 + (int) v);
            else mv.visitLdcInsn(v);
        }
    }

    /** The linked {@link ScalarOps} method of an instruction: by its operands' dtype (a cast's by both dtypes). */
    static ScalarOpTable.Call scalarCall(KernelSpec.Instr instr, KernelSpec spec) {
        DType operand = spec.slotType(instr.args()[instr.args().length - 1]);
        return instr.op() == org.ndjit.ir.Op.CAST ? ScalarOpTable.cast(spec.slotType(instr.args()[0]), instr.dtype())
                                                  : ScalarOpTable.call(instr.op(), operand);
    }

    /** The name of the {@link ScalarOps} method an instruction calls (for tests). */
    public static String opMethod(KernelSpec.Instr instr, KernelSpec spec) {
        return scalarCall(instr, spec).name();
    }
}
