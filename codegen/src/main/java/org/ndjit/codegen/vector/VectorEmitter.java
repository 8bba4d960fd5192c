package org.ndjit.codegen.vector;

import org.ndjit.codegen.JvmTypes;
import org.ndjit.codegen.KernelSpec;
import org.ndjit.codegen.LoopEmitter;
import org.ndjit.codegen.RowKernel;
import org.ndjit.codegen.ScalarOps;
import org.ndjit.DType;
import org.ndjit.ir.Op;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * Emits the Vector API main loop of a row kernel: inputs with stride 1 are loaded a vector at a time
 * from their memory segments, broadcast inputs and constants are hoisted out of the loop as
 * broadcast vectors, and the result is stored a vector at a time; the scalar loop then finishes the
 * tail. An index input (a range, {@link KernelSpec#indices}) is its position plus an iota vector; a
 * gathered input that picks whole rows ({@link KernelSpec#picksWholeRows}) is read from its row's
 * position, which the row method has moved by the row's pick, and its picks are not loaded. Only kernels whose ops give the same bits lanewise as the scalar {@link ScalarOps} code are
 * vectorized (IEEE + - * / sqrt, Math.max/min semantics, neg, abs, and exp, log, sin, cos and tanh
 * through {@link VectorMath}, casts), so compiled results stay bit-identical to the reference on
 * every path.
 *
 * <p>The loop has L lanes, the preferred lane count of the kernel's widest dtype; each dtype d
 * computes in its species of L lanes ({@code SPECIES_<L * bits(d)>} of d's vector class, e.g. int32
 * in 256 bits beside float64 in 512), and a kernel where some dtype has no such species (64 to 512
 * bits, at most the largest vector) stays scalar. A kernel of one dtype T uses T's preferred species.
 * Casts between dtypes are {@code convertShape} to the species of the same lanes (part 0 is all of
 * it): the Vector API's conversions are Java's casts lanewise (int to float rounds to nearest as
 * i2f, l2d and l2f do; double to float as d2f; float to int truncates, saturates and takes NaN to 0
 * as d2i, d2l, f2i and f2l do; long to int keeps the low 32 bits as l2i), checked on every special
 * value in the interpreter, C1 and C2. Casts between int64 and floats are used only where they are
 * vector instructions ({@link PanamaProvider#longFloatCasts}). Float functions need their dtype's
 * preferred species (VectorMath widens float32 log, sin, cos and tanh in two halves of the preferred
 * double species), but for exp, which computes in any ({@link VectorMath#anySpecies}).
 *
 * <p>Bools are held as {@code VectorMask}s ({@link VectorMasks}) of the species of their home dtype
 * ({@link #homes}): comparisons of two d values (Java's operators lanewise: false with NaN but for
 * !=, signed for integers) give masks of d's species, logic, where (a blend, which copies bits as
 * the ternary does) and casts between numbers and bool cast masks of other species (exact with
 * equal lanes). A kernel of bools only uses the byte species. Bool inputs and outputs are bytes.
 */
final class VectorEmitter {
    static final String PKG = "jdk/incubator/vector/";
    static final String SPECIES = "L" + PKG + "VectorSpecies;";
    /** Lanewise twins of the library's functions, one per {@link Op.Vector#MATH} row, named as the op. */
    private static final String VECTOR_MATH = org.objectweb.asm.Type.getInternalName(VectorMath.class);
    private static final String VECTOR_LOG_EXP = org.objectweb.asm.Type.getInternalName(VectorLogExp.class);
    private static final String VECTOR_HYPERBOLIC = org.objectweb.asm.Type.getInternalName(VectorHyperbolic.class);
    private static final String SEGMENT = "Ljava/lang/foreign/MemorySegment;";
    private static final String ORDER = "Ljava/nio/ByteOrder;";

    private VectorEmitter() {}

    /** True when this kernel, with its input strides, gets a vector main loop. */
    static boolean applies(KernelSpec spec) {
        if (spec.access().size() != spec.inputs().size()) return false;
        // A gathered input is read element by element, in the scalar loop, unless it picks whole rows: then its row is read as any input's.
        // Why not the Vector API's gather (fromArray with an index map) along the row: it reads Java arrays only (sources up to
        // 64 KB here), and on those it measured 1.5x slower than the scalar loop (0.39 against 0.26 ns per float64, 1,024 and
        // 8,192 elements, AVX-512 on AMD EPYC); it won only on sources of 8 MB, which live in native memory.
        for (int g : spec.gathered()) if (!spec.picksWholeRows(g)) return false;
        if (spec.access().contains(KernelSpec.Access.STRIDED)) return false;
        int lanes = lanes(spec);
        if (lanes < 0 || (hasBool(spec) && !VectorMasks.supports(lanes))) return false;
        for (KernelSpec.Instr i : spec.instrs()) {
            DType first = spec.slotType(i.args()[0]), d = i.dtype();
            boolean ok = switch (i.op()) {
                case CAST -> first.isBool() || d.isBool() ? first.isBool() != d.isBool()
                        : VectorNarrow.isNarrow(first) || VectorNarrow.isNarrow(d) ? VectorNarrow.casts(first, d)
                        : first != d && (PanamaProvider.longFloatCasts() || !longFloat(first, d));
                case WHERE -> first.isBool() && spec.slotType(i.args()[1]) == d && spec.slotType(i.args()[2]) == d;
                default -> {
                    for (int a : i.args()) if (spec.slotType(a) != (d.isBool() ? first : d)) yield false;
                    if (!VectorNarrow.computes(i.op(), first)) yield false;
                    yield d.isBool() ? VectorMasks.computes(i.op(), first)
                            : (i.op().vector() == Op.Vector.LANEWISE && i.op().domain().dtypes().contains(d)
                               && i.op().domain().dtypes().contains(VectorNarrow.lane(d)))
                              || (d.isFloat() && i.op().vector() == Op.Vector.MATH && (VectorMath.anySpecies(i.op())
                                  || PanamaProvider.floatsWidenInTwo() && lanes == PanamaProvider.preferredLanes(VectorNarrow.lane(d))));
                }
            };
            if (!ok) return false;
        }
        return true;
    }

    /**
     * True when, besides {@code applies}, the kernel gets {@link RowKernel#sumRow}: its values are
     * float64 or float32, the preferred double species (which holds a float sum's 8 lanes in one or
     * two registers) has 4 or 8 lanes, and a vector of values is one or two of those (float32 values
     * widened with convertShape F2D, part 0 then part 1).
     */
    static boolean sums(KernelSpec spec) {
        DType out = spec.output();
        if (out != DType.FLOAT64 && out != DType.FLOAT32) return false;
        int doubles = PanamaProvider.lanes(DType.FLOAT64), lanes = lanes(spec);
        if (doubles != 4 && doubles != 8 || lanes % doubles != 0) return false;
        return out == DType.FLOAT64 ? lanes == doubles : lanes / doubles <= 2 && hasSpecies(DType.FLOAT64, doubles);
    }

    /**
     * True when, besides {@code applies}, the kernel gets {@link RowKernel#sumRowLong}: its values are
     * integers or bools, and a vector of integer values is a whole number of vectors of the long
     * species ({@link RowLongSums}).
     */
    static boolean sumsLong(KernelSpec spec) {
        DType out = spec.output();
        if (out.isFloat()) return false;
        return out.isBool() || lanes(spec) % PanamaProvider.lanes(DType.INT64) == 0;
    }

    /**
     * The loop's lane count: the preferred lanes of the kernel's widest dtype besides bool (of bytes
     * for a kernel of bools only), or -1 when some dtype of the kernel has no species of that many
     * lanes (64 to 512 bits, at most the largest vector): then the kernel stays scalar.
     */
    static int lanes(KernelSpec spec) {
        DType widest = widest(spec);
        if (widest == DType.BOOL) return PanamaProvider.lanes(DType.BOOL);
        int lanes = PanamaProvider.lanes(VectorNarrow.lane(widest));
        for (int s = 0; s <= spec.resultSlot(); s++) if (!spec.isRowPick(s) && !hasSpecies(spec.slotType(s), lanes)) return -1;
        return hasSpecies(spec.output(), lanes) ? lanes : -1;
    }

    /** Whether d's lane species has this many lanes, and (for the seven of {@link VectorNarrow}) so has the species of its elements in memory. */
    private static boolean hasSpecies(DType d, int lanes) {
        if (d.isBool()) return true;
        return hasSpecies(lanes * 8 * VectorNarrow.lane(d).itemSize()) && hasSpecies(lanes * 8 * d.itemSize());
    }

    private static boolean hasSpecies(int bits) {
        return bits >= 64 && bits <= 512 && Integer.bitCount(bits) == 1 && bits <= PanamaProvider.maxBits();
    }

    /**
     * The kernel's widest dtype besides bool (by its lanes, {@link VectorNarrow#lane}), the output when it
     * is one of the widest (bool if it has no other). Bool inputs and constants are masks of its species; for a kernel of one dtype T it is T.
     */
    static DType widest(KernelSpec spec) {
        DType t = spec.output();
        for (int s = 0; s <= spec.resultSlot(); s++) {
            DType d = spec.slotType(s);
            if (!spec.isRowPick(s) && !d.isBool() && (t.isBool() || VectorNarrow.lane(d).itemSize() > VectorNarrow.lane(t).itemSize())) t = d;
        }
        return t;
    }

    private static boolean hasBool(KernelSpec spec) {
        for (int s = 0; s <= spec.resultSlot(); s++) if (spec.slotType(s).isBool()) return true;
        return spec.output().isBool();
    }

    /**
     * Emits the loop from {@code j = 0} to the last full vector; on exit {@code j} is that bound and the
     * byte positions of the strided inputs and the output have been advanced to it. Every dtype d
     * computes in its species of the loop's lanes (d's vector class, SPECIES_{lanes * bits(d)}); a
     * bool slot is a mask of the species of its home dtype ({@link #homes}).
     *
     * <p>With {@code lanesLocal >= 0} (sumRow, where {@link #sums} holds) the values are not stored but
     * added to a float sum's 8 TwoSum lanes in vector registers, loaded from and stored back to that
     * double[] (sums, then compensations); the loop then runs to a multiple of 8 (and of the lanes),
     * so that each register holds the same lanes at every iteration's start and at the end. With
     * {@code locals.reduces()} MAX or MIN (maxRow, minRow) the values are taken into vector registers
     * instead ({@link RowExtremes}), and their extreme into that double[]'s element 0 after the loop; with
     * ARGMAX or ARGMIN (argmaxRow, argminRow) each lane's answer and its index ({@link RowArgExtremes}),
     * the row's answer into elements 0 and 1 after the loop. With SUM over integer or bool values
     * (sumRowLong, where {@link #sumsLong} holds) they are added to long lanes ({@link RowLongSums}),
     * whose total goes to that long[]'s element 0 after the loop.
     *
     * <p>With {@code locals.across()} (sumAcross, maxAcross and minAcross, where {@link #sums} holds;
     * sumAcrossLong where {@link #sumsLong} holds) each iteration loads the accumulators of elements j..,
     * adds every row's values to them in row order (takes their max or min: {@link AcrossExtremes}; adds
     * them widened to long: {@link AcrossLongSums}) and stores them ({@link AcrossLoops}); broadcast
     * inputs are then loaded per row, since they change from row to row.
     */
    static void emit(MethodVisitor mv, KernelSpec spec, LoopEmitter.RowLocals locals) {
        int[] segment = locals.segment(), position = locals.position(), step = locals.step(), slotLocal = locals.slotLocal();
        int outLocal = locals.out(), outPos = locals.outPos(), nLocal = locals.n(), j = locals.j(), lanesLocal = locals.lanes();
        LoopEmitter.Across across = locals.across();
        IntUnaryOperator allocate = locals.allocate();
        int lanes = lanes(spec);
        DType[] home = homes(spec);
        int inputs = spec.inputs().size(), base = inputs + spec.constants().size();
        int order = allocate.applyAsInt(1), bound = allocate.applyAsInt(1);
        mv.visitMethodInsn(INVOKESTATIC, "java/nio/ByteOrder", "nativeOrder", "()" + ORDER, false);
        mv.visitVarInsn(ASTORE, order);
        mv.visitVarInsn(ILOAD, nLocal);
        Op reduces = locals.reduces();
        // A float sum's lanes stay in place only over whole groups of its 8 lanes; an integer sum's may end anywhere.
        boolean floatSum = reduces == Op.SUM && spec.output().isFloat();
        mv.visitLdcInsn(floatSum ? -Math.max(lanes, org.ndjit.ir.Reduction.LANES) : -lanes);
        mv.visitInsn(IAND);
        mv.visitVarInsn(ISTORE, bound);
        VectorMasks masks = new VectorMasks(mv, lanes, order);
        for (int i = 0; i < inputs; i++) {
            if (spec.inputs().get(i).isBool() && spec.access().get(i) == KernelSpec.Access.UNIT) {
                masks.prologue(allocate);
                break;
            }
        }

        // One local per slot holding its vector (or mask, for a bool). Broadcast inputs and constants
        // are loaded before the loop; in sumAcross a broadcast input changes from row to row, so it is
        // loaded in the loop, at each row's position.
        int[] vectorLocal = new int[base + spec.instrs().size()];
        for (int s = 0; s < base; s++) {
            vectorLocal[s] = allocate.applyAsInt(1);
            boolean input = s < inputs;
            if (input && (spec.access().get(s) != KernelSpec.Access.BROADCAST || across != null || spec.isRowPick(s))) continue;
            broadcast(mv, spec, s, input ? segment[s] : -1, input ? position[s] : -1, slotLocal, lanes, home, masks);
            mv.visitVarInsn(ASTORE, vectorLocal[s]);
        }
        for (int k = 0; k < spec.instrs().size(); k++) vectorLocal[base + k] = allocate.applyAsInt(1);
        int iota = indexIota(mv, spec, lanes, allocate);
        RowAccumulator accumulator = reduces == null ? null
                : floatSum ? new LaneSums(mv, lanesLocal, lanes, spec.output(), allocate)
                : reduces == Op.SUM ? new RowLongSums(mv, lanesLocal, lanes, spec.output(), allocate)
                : reduces == Op.ARGMAX || reduces == Op.ARGMIN ? new RowArgExtremes(mv, lanesLocal, lanes, spec.output(), reduces == Op.ARGMIN, j, allocate)
                : new RowExtremes(mv, lanesLocal, lanes, spec.output(), reduces == Op.MIN, allocate);
        // In the plain loop each contiguous input and the output are read through a slice that starts at
        // the row's position, so that loads and stores are at j * size: C2 then proves every access in
        // bounds before the loop, where at position + j * size it checks each one (1,000 float64
        // elements of a*b + c*d - e: 0.50 us against 0.83, arrays 0.19).
        int[] sliced = new int[inputs];
        java.util.Arrays.fill(sliced, -1);
        boolean slicing = across == null;
        if (slicing) {
            for (int i = 0; i < inputs; i++) {
                DType d = spec.inputs().get(i);
                if (spec.access().get(i) == KernelSpec.Access.UNIT && !spec.isIndex(i) && !d.isBool()) sliced[i] = allocate.applyAsInt(1);
            }
        }
        int slicedOut = slicing && accumulator == null && !spec.output().isBool() ? allocate.applyAsInt(1) : -1;
        // In the copies of the loop over Java arrays (see LoopEmitter.RowLocals): per input the local of
        // its array and of its row's first element index, -1 while emitting a copy over segments.
        int[] arrayOf = new int[inputs], indexOf = new int[inputs];
        java.util.Arrays.fill(arrayOf, -1);
        // The loop body for one row: loads each input at its row position and element j, computes every instruction.
        java.util.function.Consumer<int[]> body = rowPosition -> {
            for (int i = 0; i < inputs; i++) {
                KernelSpec.Access access = spec.access().get(i);
                if (access == KernelSpec.Access.BROADCAST && across != null) {
                    broadcast(mv, spec, i, segment[i], rowPosition[i], slotLocal, lanes, home, masks);
                    mv.visitVarInsn(ASTORE, vectorLocal[i]);
                }
                if (access != KernelSpec.Access.UNIT) continue;
                DType d = spec.inputs().get(i);
                if (spec.isIndex(i)) {
                    indexVector(mv, rowPosition[i], j, iota, lanes);
                } else if (d.isBool()) {
                    masks.load(segment[i], rowPosition[i], j, home[i]);
                } else {
                    // The elements in their own species (the lane one for the five), widened to the lanes (VectorNarrow).
                    String vec = VectorNarrow.storageVector(d);
                    VectorNarrow.pushStorageSpecies(mv, d, lanes);
                    if (arrayOf[i] >= 0) {
                        mv.visitVarInsn(ALOAD, arrayOf[i]);
                        mv.visitTypeInsn(CHECKCAST, arrayType(d));
                        mv.visitVarInsn(ILOAD, indexOf[i]);
                        mv.visitVarInsn(ILOAD, j);
                        mv.visitInsn(IADD);
                        mv.visitMethodInsn(INVOKESTATIC, vec, "fromArray", "(" + SPECIES + arrayType(d) + "I)L" + vec + ";", false);
                        VectorNarrow.widen(mv, d, lanes, allocate);
                        mv.visitVarInsn(ASTORE, vectorLocal[i]);
                        continue;
                    }
                    if (sliced[i] >= 0) {
                        mv.visitVarInsn(ALOAD, sliced[i]);
                        zeroBasedOffset(mv, j, d);
                    } else {
                        mv.visitVarInsn(ALOAD, segment[i]);
                        byteOffset(mv, rowPosition[i], j, d);
                    }
                    mv.visitVarInsn(ALOAD, order);
                    mv.visitMethodInsn(INVOKESTATIC, vec, "fromMemorySegment", "(" + SPECIES + SEGMENT + "J" + ORDER + ")L" + vec + ";", false);
                    VectorNarrow.widen(mv, d, lanes, allocate);
                }
                mv.visitVarInsn(ASTORE, vectorLocal[i]);
            }
            for (int k = 0; k < spec.instrs().size(); k++) {
                KernelSpec.Instr instr = spec.instrs().get(k);
                int[] arg = new int[instr.args().length];
                DType[] argHome = new DType[arg.length];
                for (int a = 0; a < arg.length; a++) {
                    arg[a] = vectorLocal[instr.args()[a]];
                    argHome[a] = home[instr.args()[a]];
                }
                DType from = spec.slotType(instr.args()[0]);
                boolean fromBool = from.isBool();
                DType to = instr.dtype();
                if (to.isBool() || fromBool) masks.instruction(instr.op(), fromBool, to.isBool(), arg, argHome, home[base + k]);
                else if (instr.op() == Op.CAST) convert(mv, from, to, lanes, arg[0]);
                else if (VectorNarrow.unsignedOrdering(instr.op(), from)) VectorNarrow.unsigned(mv, instr.op(), arg);
                else if (VectorSelects.OPS_HERE.contains(instr.op())) VectorSelects.emit(mv, instr.op(), VectorNarrow.lane(to), lanes, arg);
                else arithmetic(mv, instr.op(), vectorType(to), arg);
                // The result's float16 store rounds it (toHalf gives the bits round then toHalf would), so its own round is left out.
                boolean roundedByStore = to == DType.FLOAT16 && base + k == spec.resultSlot();
                if (!to.isBool() && !roundedByStore) VectorNarrow.wrap(mv, to, allocate);
                mv.visitVarInsn(ASTORE, vectorLocal[base + k]);
            }
        };
        DType out = spec.output();
        int result = spec.resultSlot();
        Label done = new Label();
        if (across != null) {
            AcrossLoops.Accumulators accumulators = across.op() == Op.SUM && !out.isFloat() ? new AcrossLongSums(mv, across, j, lanes, out, allocate)
                    : across.op() == Op.SUM ? new AcrossSums(mv, across, j, lanes, out, allocate)
                    : across.op() == Op.ARGMAX || across.op() == Op.ARGMIN ? new AcrossArgExtremes(mv, across, j, lanes, out, allocate)
                    : new AcrossExtremes(mv, across, j, lanes, out, allocate);
            new AcrossLoops(mv, across, position, j, bound, lanes, allocate).emit(body, accumulators, vectorLocal[result], done);
        } else {
            // A row too short for one vector skips the slices (they are objects: rows of a few elements are common).
            mv.visitVarInsn(ILOAD, bound);
            mv.visitJumpInsn(IFLE, done);
            boolean byKind = locals.byMemoryKind() && !out.isBool(), storesOut = accumulator == null;
            int outArray = byKind && storesOut ? allocate.applyAsInt(1) : -1, outIndex = byKind && storesOut ? allocate.applyAsInt(1) : -1;
            // One copy of the loop: over segments, or (outArray >= 0) storing into the output's Java array.
            java.util.function.IntConsumer plainLoop = storeArray -> {
                Label loop = new Label();
                mv.visitLabel(loop);
                mv.visitVarInsn(ILOAD, j);
                mv.visitVarInsn(ILOAD, bound);
                mv.visitJumpInsn(IF_ICMPGE, done);
                body.accept(position);
                if (accumulator != null) {
                    accumulator.add(vectorLocal[result]);
                } else if (out.isBool()) {
                    masks.store(vectorLocal[result], home[result], outLocal, outPos, j);
                } else if (storeArray >= 0) {
                    mv.visitVarInsn(ALOAD, vectorLocal[result]);
                    VectorNarrow.narrow(mv, out, lanes, allocate);
                    mv.visitVarInsn(ALOAD, outArray);
                    mv.visitTypeInsn(CHECKCAST, arrayType(out));
                    mv.visitVarInsn(ILOAD, outIndex);
                    mv.visitVarInsn(ILOAD, j);
                    mv.visitInsn(IADD);
                    mv.visitMethodInsn(INVOKEVIRTUAL, VectorNarrow.storageVector(out), "intoArray", "(" + arrayType(out) + "I)V", false);
                } else {
                    String vec = VectorNarrow.storageVector(out);
                    mv.visitVarInsn(ALOAD, vectorLocal[result]);
                    VectorNarrow.narrow(mv, out, lanes, allocate);
                    mv.visitVarInsn(ALOAD, slicedOut);
                    zeroBasedOffset(mv, j, out);
                    mv.visitVarInsn(ALOAD, order);
                    mv.visitMethodInsn(INVOKEVIRTUAL, vec, "intoMemorySegment", "(" + SEGMENT + "J" + ORDER + ")V", false);
                }
                mv.visitIincInsn(j, lanes);
                mv.visitJumpInsn(GOTO, loop);
            };
            // The segments' slices, made in each copy so that each asSlice call site sees one kind of segment.
            Runnable sliceInputs = () -> {
                for (int i = 0; i < inputs; i++) if (sliced[i] >= 0) slice(mv, segment[i], position[i], bound, spec.inputs().get(i), sliced[i]);
            };
            if (!byKind) {
                sliceInputs.run();
                if (slicedOut >= 0) slice(mv, outLocal, outPos, bound, out, slicedOut);
                plainLoop.accept(-1);
            } else {
                // Copies of the loop: every operand a Java array; the output a Java array (row() only); the rest
                // (native memory, or a segment over an array of another type or at an odd offset).
                Label general = new Label(), notAllArrays = new Label();
                if (storesOut) {
                    mv.visitVarInsn(ALOAD, outLocal);
                    isNative(mv);
                    mv.visitJumpInsn(IFNE, general);
                    heapElement(mv, outLocal, outPos, out, outArray, outIndex, general);
                }
                boolean arraysOnly = false;
                for (int i = 0; i < inputs; i++) if (sliced[i] >= 0) arraysOnly = true;
                for (int i = 0; i < inputs; i++) if (sliced[i] < 0 && spec.access().get(i) == KernelSpec.Access.UNIT && !spec.isIndex(i)) arraysOnly = false;
                if (arraysOnly) {
                    for (int i = 0; i < inputs; i++) {
                        if (sliced[i] < 0) continue;
                        arrayOf[i] = allocate.applyAsInt(1);
                        indexOf[i] = allocate.applyAsInt(1);
                        heapElement(mv, segment[i], position[i], spec.inputs().get(i), arrayOf[i], indexOf[i], storesOut ? notAllArrays : general);
                    }
                    copy(mv, locals, LoopEmitter.MemoryCopy.ARRAYS, () -> plainLoop.accept(outArray));
                    java.util.Arrays.fill(arrayOf, -1);
                }
                if (storesOut) {
                    mv.visitLabel(notAllArrays);
                    copy(mv, locals, LoopEmitter.MemoryCopy.OUTPUT_ARRAY, () -> {
                        sliceInputs.run();
                        plainLoop.accept(outArray);
                    });
                }
                mv.visitLabel(general);
                copy(mv, locals, LoopEmitter.MemoryCopy.GENERAL, () -> {
                    sliceInputs.run();
                    if (slicedOut >= 0) slice(mv, outLocal, outPos, bound, out, slicedOut);
                    plainLoop.accept(-1);
                });
            }
        }
        mv.visitLabel(done);
        if (accumulator != null) accumulator.store();

        // Hand over to the scalar tail: advance byte positions by j elements.
        for (int i = 0; i < inputs; i++) {
            mv.visitVarInsn(LLOAD, position[i]);
            mv.visitVarInsn(LLOAD, step[i]);
            mv.visitVarInsn(ILOAD, j);
            mv.visitInsn(I2L);
            mv.visitInsn(LMUL);
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, position[i]);
        }
        if (accumulator != null || across != null) return;
        byteOffset(mv, outPos, j, out);
        mv.visitVarInsn(LSTORE, outPos);
    }

    /**
     * Pushes the broadcast vector (or mask) of slot s: a broadcast input's element at {@code position}
     * of {@code segment}, or a constant's local.
     */
    private static void broadcast(MethodVisitor mv, KernelSpec spec, int s, int segment, int position, int[] slotLocal, int lanes, DType[] home,
                                  VectorMasks masks) {
        DType d = spec.slotType(s);
        boolean input = s < spec.inputs().size();
        if (d.isBool() && input) {
            masks.broadcastInput(segment, position, home[s]);
        } else if (d.isBool()) {
            masks.broadcastConstant(slotLocal[s], home[s]);
        } else {
            String vec = vectorType(d), vecDesc = "L" + vec + ";";
            pushSpecies(mv, d, lanes);
            if (input && spec.isIndex(s)) {
                mv.visitVarInsn(LLOAD, position);
            } else if (input) {
                mv.visitVarInsn(ALOAD, segment);
                mv.visitFieldInsn(GETSTATIC, "java/lang/foreign/ValueLayout", JvmTypes.layoutField(d), JvmTypes.layoutDesc(d));
                mv.visitVarInsn(LLOAD, position);
                mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/foreign/MemorySegment", "get", "(" + JvmTypes.layoutDesc(d) + "J)" + JvmTypes.memoryDesc(d), true);
                org.ndjit.codegen.NarrowDtypes.afterLoad(mv, d);
            } else {
                mv.visitVarInsn(JvmTypes.loadOp(d), slotLocal[s]);
            }
            mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + SPECIES + JvmTypes.jvmDesc(d) + ")" + vecDesc, false);
        }
    }

    /**
     * The TwoSum steps of a float sum ({@link org.ndjit.ir.Reduction#SCALAR_LANES}) on vectors of the
     * preferred double species: a vector of values (a float32 one widened with convertShape F2D, in
     * {@code parts} parts) added to pairs of (sum, compensation) locals, lanewise.
     */
    abstract static class TwoSums {
        static final String DV = PKG + "DoubleVector", DV_DESC = "L" + DV + ";", BINARY = "(L" + PKG + "Vector;)" + DV_DESC;
        final MethodVisitor mv;
        final int doubles, parts;
        private final DType value;
        private final int x, t, z, one, minusOne, w, a;
        private final boolean fma;

        TwoSums(MethodVisitor mv, int lanes, DType value, IntUnaryOperator allocate) {
            this.mv = mv;
            this.value = value;
            doubles = PanamaProvider.lanes(DType.FLOAT64);
            parts = lanes / doubles;
            x = allocate.applyAsInt(1);
            t = allocate.applyAsInt(1);
            z = allocate.applyAsInt(1);
            fma = PanamaProvider.fmaInstructions();
            one = fma ? allocate.applyAsInt(1) : -1;
            minusOne = fma ? allocate.applyAsInt(1) : -1;
            w = fma ? allocate.applyAsInt(1) : -1;
            a = fma ? allocate.applyAsInt(1) : -1;
            if (fma) {
                broadcast(1.0, one);
                broadcast(-1.0, minusOne);
            }
        }

        private void broadcast(double value, int into) {
            pushSpecies(mv, DType.FLOAT64, doubles);
            mv.visitLdcInsn(value);
            mv.visitMethodInsn(INVOKESTATIC, DV, "broadcast", "(" + SPECIES + "D)" + DV_DESC, false);
            mv.visitVarInsn(ASTORE, into);
        }

        /** Part q of the vector of values in {@code result}, as doubles, into the local x. */
        final void widen(int result, int q) {
            pushPart(mv, value, doubles, result, q);
            mv.visitVarInsn(ASTORE, x);
        }

        /** Pushes part q of the vector of {@code value}s (float64 or float32) in {@code result}: a DoubleVector of {@code doubles} lanes. */
        static void pushPart(MethodVisitor mv, DType value, int doubles, int result, int q) {
            mv.visitVarInsn(ALOAD, result);
            if (value == DType.FLOAT32) {
                mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "F2D", "L" + PKG + "VectorOperators$Conversion;");
                pushSpecies(mv, DType.FLOAT64, doubles);
                mv.visitLdcInsn(q);
                mv.visitMethodInsn(INVOKEVIRTUAL, vectorType(DType.FLOAT32), "convertShape",
                        "(L" + PKG + "VectorOperators$Conversion;" + SPECIES + "I)L" + PKG + "Vector;", false);
                mv.visitTypeInsn(CHECKCAST, DV);
            }
        }

        /**
         * Adds x to the sum in local s and the compensation in local c: {@code t = s + x; z = t - s;
         * c += (s - (t - z)) + (x - z); s = t}.
         *
         * <p>Where fma is an instruction ({@link PanamaProvider#fmaInstructions}), four of the seven
         * additions and subtractions are written as fmas, {@code a + b} as {@code fma(a, 1, b)} and
         * {@code a - b} as {@code fma(b, -1, a)}: the product is exact, so the fma rounds the same
         * sum once, the same bits. Why: a step is seven additions and subtractions per vector, most
         * independent of each other, so it waits for the adders; on CPUs whose fma units are other
         * pipes (AMD Zen 4 and 5) they take part of the work, and a step was measured 1.6 times
         * faster (0.75 against 1.20 ns per vector of 8 doubles).
         */
        final void twoSum(int s, int c) {
            if (fma) {
                binary(s, "add", x, t);       // t = s + x
                fma(s, minusOne, t, z);       // z = t - s
                fma(z, minusOne, t, w);       // w = t - z
                binary(s, "sub", w, a);       // a = s - (t - z)
                fma(z, minusOne, x, w);       // w = x - z
                fma(a, one, w, a);            // a = (s - (t - z)) + (x - z)
                binary(c, "add", a, c);       // c += a
                mv.visitVarInsn(ALOAD, t);    // s = t
                mv.visitVarInsn(ASTORE, s);
                return;
            }
            binary(s, "add", x, t);
            binary(t, "sub", s, z);
            mv.visitVarInsn(ALOAD, c);
            mv.visitVarInsn(ALOAD, s);
            mv.visitVarInsn(ALOAD, t);
            mv.visitVarInsn(ALOAD, z);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "sub", BINARY, false);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "sub", BINARY, false);
            mv.visitVarInsn(ALOAD, x);
            mv.visitVarInsn(ALOAD, z);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "sub", BINARY, false);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "add", BINARY, false);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "add", BINARY, false);
            mv.visitVarInsn(ASTORE, c);
            mv.visitVarInsn(ALOAD, t);
            mv.visitVarInsn(ASTORE, s);
        }

        /** {@code into = m * f + addend}, one rounding. */
        private void fma(int m, int f, int addend, int into) {
            mv.visitVarInsn(ALOAD, m);
            mv.visitVarInsn(ALOAD, f);
            mv.visitVarInsn(ALOAD, addend);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "fma", "(L" + PKG + "Vector;L" + PKG + "Vector;)" + DV_DESC, false);
            mv.visitVarInsn(ASTORE, into);
        }

        private void binary(int a, String method, int b, int into) {
            mv.visitVarInsn(ALOAD, a);
            mv.visitVarInsn(ALOAD, b);
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, method, BINARY, false);
            mv.visitVarInsn(ASTORE, into);
        }

        /** {@code local = DoubleVector.fromArray(species, array, index)}, the index pushed by {@code pushIndex}. */
        final void load(int local, int array, Runnable pushIndex) {
            load(mv, doubles, local, array, pushIndex);
        }

        /** {@code local = DoubleVector.fromArray(species, array, index)} in the species of {@code doubles} lanes. */
        static void load(MethodVisitor mv, int doubles, int local, int array, Runnable pushIndex) {
            pushSpecies(mv, DType.FLOAT64, doubles);
            mv.visitVarInsn(ALOAD, array);
            pushIndex.run();
            mv.visitMethodInsn(INVOKESTATIC, DV, "fromArray", "(" + SPECIES + "[DI)" + DV_DESC, false);
            mv.visitVarInsn(ASTORE, local);
        }

        /** {@code local.intoArray(array, index)}. */
        final void store(int local, int array, Runnable pushIndex) {
            store(mv, local, array, pushIndex);
        }

        static void store(MethodVisitor mv, int local, int array, Runnable pushIndex) {
            mv.visitVarInsn(ALOAD, local);
            mv.visitVarInsn(ALOAD, array);
            pushIndex.run();
            mv.visitMethodInsn(INVOKEVIRTUAL, DV, "intoArray", "([DI)V", false);
        }
    }

    /**
     * A float sum's 8 TwoSum lanes in registers of the preferred double species (sumRow): one pair
     * (sum, compensation) of 8 lanes, or two of 4 (lanes 0-3, 4-7), loaded from the lanes array
     * before the loop and stored after it. Each vector of values goes to the pair holding its lanes
     * with the same steps as {@link VectorLanes#add}; with two pairs and one part per vector, the
     * pairs swap after each vector.
     */
    private static final class LaneSums extends TwoSums implements RowAccumulator {
        private final int array, pairs;
        private final int[] s, c;

        LaneSums(MethodVisitor mv, int array, int lanes, DType value, IntUnaryOperator allocate) {
            super(mv, lanes, value, allocate);
            this.array = array;
            pairs = org.ndjit.ir.Reduction.LANES / doubles;
            s = new int[pairs];
            c = new int[pairs];
            for (int p = 0; p < pairs; p++) {
                s[p] = allocate.applyAsInt(1);
                c[p] = allocate.applyAsInt(1);
                int at = p * doubles;
                load(s[p], array, () -> mv.visitLdcInsn(at));
                load(c[p], array, () -> mv.visitLdcInsn(org.ndjit.ir.Reduction.LANES + at));
            }
        }

        /** Adds the vector of values in {@code result}. */
        @Override
        public void add(int result) {
            for (int q = 0; q < parts; q++) {
                widen(result, q);
                twoSum(s[q % pairs], c[q % pairs]);
            }
            if (pairs == 2 && parts == 1) {
                swap(s[0], s[1]);
                swap(c[0], c[1]);
            }
        }

        private void swap(int a, int b) {
            mv.visitVarInsn(ALOAD, a);
            mv.visitVarInsn(ALOAD, b);
            mv.visitVarInsn(ASTORE, a);
            mv.visitVarInsn(ASTORE, b);
        }

        /** Stores the lanes back into the array, for the scalar tail and the caller. */
        @Override
        public void store() {
            for (int p = 0; p < pairs; p++) {
                int at = p * doubles;
                store(s[p], array, () -> mv.visitLdcInsn(at));
                store(c[p], array, () -> mv.visitLdcInsn(org.ndjit.ir.Reduction.LANES + at));
            }
        }
    }

    /**
     * The accumulators of elements j to j + lanes - 1 in sumAcross, in registers of the preferred
     * double species while the rows' values are added: part q (of a float32 vector widened in two)
     * goes to the pair loaded from index {@code at + j + q * doubles} of the sum and compensation arrays.
     */
    static final class AcrossSums extends TwoSums implements AcrossLoops.Accumulators {
        private final LoopEmitter.Across across;
        private final int j;
        private final int[] s, c;

        AcrossSums(MethodVisitor mv, LoopEmitter.Across across, int j, int lanes, DType value, IntUnaryOperator allocate) {
            super(mv, lanes, value, allocate);
            this.across = across;
            this.j = j;
            s = new int[parts];
            c = new int[parts];
            for (int q = 0; q < parts; q++) {
                s[q] = allocate.applyAsInt(1);
                c[q] = allocate.applyAsInt(1);
            }
        }

        /** Loads the accumulators of elements j... */
        @Override
        public void load() {
            for (int q = 0; q < parts; q++) {
                load(s[q], across.sum(), index(q));
                load(c[q], across.comp(), index(q));
            }
        }

        @Override
        public void add(int result) {
            for (int q = 0; q < parts; q++) {
                widen(result, q);
                twoSum(s[q], c[q]);
            }
        }

        /** Stores them back. */
        @Override
        public void store() {
            for (int q = 0; q < parts; q++) {
                store(s[q], across.sum(), index(q));
                store(c[q], across.comp(), index(q));
            }
        }

        private Runnable index(int q) {
            return index(mv, across, j, q * doubles);
        }

        /** Pushes the index of the accumulator of element {@code j + shift}: {@code at + j + shift}. */
        static Runnable index(MethodVisitor mv, LoopEmitter.Across across, int j, int shift) {
            return () -> {
                mv.visitVarInsn(ILOAD, across.at());
                mv.visitVarInsn(ILOAD, j);
                mv.visitInsn(IADD);
                if (shift > 0) {
                    mv.visitLdcInsn(shift);
                    mv.visitInsn(IADD);
                }
            };
        }
    }

    /**
     * The dtype whose species holds each slot: its own dtype for a value; for a bool, the operands'
     * dtype of the comparison or cast that gives it, its first operand's home for logic and where of
     * bools, and the kernel's widest dtype for bool inputs and constants (bool, the byte species, in
     * a kernel of bools only).
     */
    static DType[] homes(KernelSpec spec) {
        int base = spec.inputs().size() + spec.constants().size();
        DType[] home = new DType[base + spec.instrs().size()];
        DType widest = widest(spec);
        for (int s = 0; s < base; s++) home[s] = spec.slotType(s).isBool() ? widest : spec.slotType(s);
        for (int k = 0; k < spec.instrs().size(); k++) {
            KernelSpec.Instr i = spec.instrs().get(k);
            DType first = spec.slotType(i.args()[0]);
            home[base + k] = !i.dtype().isBool() ? i.dtype() : first.isBool() ? home[i.args()[0]] : first;
        }
        return home;
    }

    /** The vector 0, 1, ..., lanes-1 of int64 in a new local, if some index input moves along the loop (else -1). */
    private static int indexIota(MethodVisitor mv, KernelSpec spec, int lanes, IntUnaryOperator allocate) {
        boolean any = false;
        for (int i : spec.indices()) any |= spec.access().get(i) == KernelSpec.Access.UNIT;
        if (!any) return -1;
        String vec = vectorType(DType.INT64);
        int local = allocate.applyAsInt(1);
        pushSpecies(mv, DType.INT64, lanes);
        mv.visitMethodInsn(INVOKESTATIC, vec, "zero", "(" + SPECIES + ")L" + vec + ";", false);
        mv.visitInsn(ICONST_1);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "addIndex", "(I)L" + vec + ";", false);
        mv.visitVarInsn(ASTORE, local);
        return local;
    }

    /** The values of a unit-stride index input at elements j to j + lanes - 1: its position plus j, plus the iota vector. */
    private static void indexVector(MethodVisitor mv, int position, int j, int iota, int lanes) {
        String vec = vectorType(DType.INT64);
        pushSpecies(mv, DType.INT64, lanes);
        mv.visitVarInsn(LLOAD, position);
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        mv.visitInsn(LADD);
        mv.visitMethodInsn(INVOKESTATIC, vec, "broadcast", "(" + SPECIES + "J)L" + vec + ";", false);
        mv.visitVarInsn(ALOAD, iota);
        mv.visitMethodInsn(INVOKEVIRTUAL, vec, "add", "(L" + PKG + "Vector;)L" + vec + ";", false);
    }

    /**
     * A cast between two dtypes besides bool: convertShape to the species of the same lanes, whose part 0
     * is all of it; nothing between two dtypes of one lane dtype (uint8 to int16), which are then narrowed.
     */
    private static void convert(MethodVisitor mv, DType from, DType to, int lanes, int arg) {
        mv.visitVarInsn(ALOAD, arg);
        if (VectorNarrow.lane(from) == VectorNarrow.lane(to)) return;
        mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", letter(from) + "2" + letter(to), "L" + PKG + "VectorOperators$Conversion;");
        pushSpecies(mv, to, lanes);
        mv.visitInsn(ICONST_0);
        mv.visitMethodInsn(INVOKEVIRTUAL, vectorType(from), "convertShape",
                "(L" + PKG + "VectorOperators$Conversion;" + SPECIES + "I)L" + PKG + "Vector;", false);
        mv.visitTypeInsn(CHECKCAST, vectorType(to));
    }

    /** A cast between int64 and a float dtype (see {@link PanamaProvider#longFloatCasts}). */
    static boolean longFloat(DType from, DType to) {
        return from == DType.INT64 && to.isFloat() || from.isFloat() && to == DType.INT64;
    }

    private static String letter(DType d) {
        return switch (VectorNarrow.lane(d)) {
            case FLOAT64 -> "D";
            case FLOAT32 -> "F";
            case INT64 -> "L";
            case INT32 -> "I";
            case BOOL -> "B";
            default -> throw new IllegalArgumentException("no vector loops for " + d);
        };
    }

    /** An op on T vectors; the operands' locals are {@code arg}. */
    private static void arithmetic(MethodVisitor mv, Op op, String vec, int[] arg) {
        String vecDesc = "L" + vec + ";";
        mv.visitVarInsn(ALOAD, arg[0]);
        switch (op) {
            case NEG, ABS -> mv.visitMethodInsn(INVOKEVIRTUAL, vec, op == Op.NEG ? "neg" : "abs", "()" + vecDesc, false);
            case SQRT -> {
                mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "SQRT", "L" + PKG + "VectorOperators$Unary;");
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lanewise", "(L" + PKG + "VectorOperators$Unary;)" + vecDesc, false);
            }
            case SQUARE -> {
                mv.visitVarInsn(ALOAD, arg[0]);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "mul", "(L" + PKG + "Vector;)" + vecDesc, false);
            }
            case BITWISE_XOR -> {
                mv.visitFieldInsn(GETSTATIC, PKG + "VectorOperators", "XOR", "L" + PKG + "VectorOperators$Associative;");
                mv.visitVarInsn(ALOAD, arg[1]);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, "lanewise", "(L" + PKG + "VectorOperators$Binary;L" + PKG + "Vector;)" + vecDesc, false);
            }
            default -> {
                if (op.vector() == Op.Vector.MATH) {
                    String owner = VectorLogExp.OPS.contains(op) ? VECTOR_LOG_EXP
                            : op == Op.SINH || op == Op.COSH ? VECTOR_HYPERBOLIC : VECTOR_MATH;
                    mv.visitMethodInsn(INVOKESTATIC, owner, op.numpyName(), "(" + vecDesc + ")" + vecDesc, false);
                    return;
                }
                mv.visitVarInsn(ALOAD, arg[1]);
                mv.visitMethodInsn(INVOKEVIRTUAL, vec, binaryMethod(op), "(L" + PKG + "Vector;)" + vecDesc, false);
            }
        }
    }

    /** position + j * itemSize, the byte offset of element j of a unit-stride input or of the output. */
    static void byteOffset(MethodVisitor mv, int position, int j, DType d) {
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        if (d.itemSize() > 1) {
            mv.visitLdcInsn((long) d.itemSize());
            mv.visitInsn(LMUL);
        }
        mv.visitVarInsn(LLOAD, position);
        mv.visitInsn(LADD);
    }

    private static void isNative(MethodVisitor mv) {
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/foreign/MemorySegment", "isNative", "()Z", true);
    }

    /**
     * Stores into {@code array} the Java array of d's type under {@code segment} (see HeapArrays) and into
     * {@code index} the index of the element at byte {@code position}; jumps to {@code other} when the
     * segment is not such an array.
     */
    private static void heapElement(MethodVisitor mv, int segment, int position, DType d, int array, int index, Label other) {
        String heapArrays = "org/ndjit/codegen/HeapArrays";
        mv.visitVarInsn(ALOAD, segment);
        mv.visitVarInsn(LLOAD, position);
        mv.visitLdcInsn(org.objectweb.asm.Type.getType(arrayType(d)));
        mv.visitLdcInsn(d.itemSize());
        mv.visitMethodInsn(INVOKESTATIC, heapArrays, "array", "(" + SEGMENT + "JLjava/lang/Class;I)Ljava/lang/Object;", false);
        mv.visitInsn(DUP);
        mv.visitVarInsn(ASTORE, array);
        mv.visitJumpInsn(IFNULL, other);
        mv.visitVarInsn(ALOAD, segment);
        mv.visitVarInsn(LLOAD, position);
        mv.visitLdcInsn(d.itemSize());
        mv.visitMethodInsn(INVOKESTATIC, heapArrays, "index", "(" + SEGMENT + "JI)I", false);
        mv.visitVarInsn(ISTORE, index);
    }

    /** The descriptor of d's Java array type: the type of the arrays small results are made of (DType.newArraySegment). */
    private static String arrayType(DType d) {
        return org.objectweb.asm.Type.getDescriptor(d.newArraySegment(0).heapBase().orElseThrow().getClass());
    }

    /** Stores into {@code into} the slice of {@code segment} from byte {@code position} that holds {@code bound} elements of d. */
    private static void slice(MethodVisitor mv, int segment, int position, int bound, DType d, int into) {
        mv.visitVarInsn(ALOAD, segment);
        mv.visitVarInsn(LLOAD, position);
        mv.visitVarInsn(ILOAD, bound);
        mv.visitInsn(I2L);
        if (d.itemSize() > 1) {
            mv.visitLdcInsn((long) d.itemSize());
            mv.visitInsn(LMUL);
        }
        mv.visitMethodInsn(INVOKEINTERFACE, "java/lang/foreign/MemorySegment", "asSlice", "(JJ)" + SEGMENT, true);
        mv.visitVarInsn(ASTORE, into);
    }

    /** Pushes element j's byte offset in a slice that starts at the row's first element: j * size as a long. */
    private static void zeroBasedOffset(MethodVisitor mv, int j, DType d) {
        mv.visitVarInsn(ILOAD, j);
        mv.visitInsn(I2L);
        if (d.itemSize() > 1) {
            mv.visitLdcInsn((long) d.itemSize());
            mv.visitInsn(LMUL);
        }
    }

    /** The species of a dtype with this many lanes: a static field of its vector class (SPECIES_64 to SPECIES_512). */
    static void pushSpecies(MethodVisitor mv, DType d, int lanes) {
        mv.visitFieldInsn(GETSTATIC, vectorType(d), "SPECIES_" + lanes * 8 * VectorNarrow.lane(d).itemSize(), SPECIES);
    }

    private static String binaryMethod(Op op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case DIV -> "div";
            case MAXIMUM -> "max";
            case MINIMUM -> "min";
            case BITWISE_AND -> "and";
            case BITWISE_OR -> "or";
            default -> throw new IllegalArgumentException(op + " has no vector form");
        };
    }

    /** The internal name of the vector class of a dtype's lanes (bool: ByteVector; uint8: IntVector, see {@link VectorNarrow}). */
    static String vectorType(DType t) {
        return PKG + switch (VectorNarrow.lane(t)) {
            case FLOAT64 -> "DoubleVector";
            case FLOAT32 -> "FloatVector";
            case INT64 -> "LongVector";
            case INT32 -> "IntVector";
            case BOOL -> "ByteVector";
            default -> throw new IllegalArgumentException("no vector loops for " + t);
        };
    }

    /** Emits one copy of the vector loop, or, where another copy is this method's (RowLocals.only), a jump to RowLocals.declined. */
    private static void copy(MethodVisitor mv, LoopEmitter.RowLocals locals, LoopEmitter.MemoryCopy which, Runnable loop) {
        if (locals.only() == null || locals.only() == which) loop.run();
        else mv.visitJumpInsn(GOTO, locals.declined());
    }
}
