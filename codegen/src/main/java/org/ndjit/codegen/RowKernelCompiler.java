package org.ndjit.codegen;

import org.ndjit.ir.DType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import static org.objectweb.asm.Opcodes.*;

/**
 * Writes a {@link RowKernel} subclass for a {@link KernelSpec} with ASM and defines it as a hidden
 * class, so that it is unloaded once the cache drops it. Where {@link VectorLoop#applies} holds (and
 * the method stays small enough for the JIT), a Vector API main loop comes first; the scalar loop
 * (which also finishes its tail) loads each input per element, calls the {@link ScalarOps} method of
 * each instruction (inlined by the JIT), and stores the result. No lambdas or invokedynamic: nothing
 * ties the class to its loader.
 */
public final class RowKernelCompiler {
    private static final String SEGMENT = "java/lang/foreign/MemorySegment";
    private static final String OPS = Type.getInternalName(ScalarOps.class);
    private static final String SUPER = Type.getInternalName(RowKernel.class);
    private static final String ROW_DESC = "([L" + SEGMENT + ";[J[JL" + SEGMENT + ";JJ[D[J)V";

    /** HotSpot does not JIT-compile a method with more bytecode than this (HugeMethodLimit). */
    private static final int HUGE_METHOD_LIMIT = 8000;
    // Fixed locals of row(): this, in, off, stride, out, outOff (2), n (2), dc, lc.
    private static final int IN = 1, OFF = 2, STRIDE = 3, OUT = 4, OUT_OFF = 5, N = 7, DC = 9, LC = 10, FIRST_FREE = 11;

    private RowKernelCompiler() {}

    /**
     * Generates the class bytes (exposed for tests that verify them with ASM's CheckClassAdapter).
     * A vector main loop adds about as much code again as the scalar loop. For a kernel of bools at
     * the planner's size limit (many bool inputs, bool constants or wheres of bools) that can take
     * row() past HotSpot's 8,000-byte limit, and the method would run interpreted: such a kernel
     * keeps the scalar loop alone.
     */
    public static byte[] generate(KernelSpec spec, String simpleName) {
        if (VectorLoop.applies(spec)) {
            Label end = new Label();
            byte[] bytes = generate(spec, simpleName, true, end);
            if (end.getOffset() < HUGE_METHOD_LIMIT) return bytes;
        }
        return generate(spec, simpleName, false, new Label());
    }

    /** The class, with or without a vector main loop; {@code end} is placed after row()'s last instruction. */
    private static byte[] generate(KernelSpec spec, String simpleName, boolean vector, Label end) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        String name = Type.getInternalName(RowKernelCompiler.class).replace("RowKernelCompiler", simpleName);
        cw.visit(V21, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, SUPER, null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "row", ROW_DESC, null, null);
        mv.visitCode();
        new RowEmitter(spec, mv).emit(vector);
        mv.visitLabel(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
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
        byte[] bytes = generate(spec, "Kernel");
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
            return (RowKernel) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("could not define the kernel for " + spec.key().substring(0, Math.min(200, spec.key().length())), e);
        }
    }

    /** Emits the body of row() for one spec. */
    private static final class RowEmitter {
        private final KernelSpec spec;
        private final MethodVisitor mv;
        private final int[] slotLocal;
        private int nextLocal = FIRST_FREE;

        RowEmitter(KernelSpec spec, MethodVisitor mv) {
            this.spec = spec;
            this.mv = mv;
            this.slotLocal = new int[spec.inputs().size() + spec.constants().size() + spec.instrs().size()];
        }

        private int allocate(int size) {
            int l = nextLocal;
            nextLocal += size;
            return l;
        }

        void emit(boolean vector) {
            int inputs = spec.inputs().size();
            int[] segment = new int[inputs], position = new int[inputs], step = new int[inputs];
            for (int i = 0; i < inputs; i++) {
                int item = spec.inputs().get(i).itemSize();
                segment[i] = allocate(1);
                mv.visitVarInsn(ALOAD, IN);
                pushInt(i);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, segment[i]);
                position[i] = allocate(2);
                loadLongElement(OFF, i);
                pushLong(item);
                mv.visitInsn(LMUL);
                mv.visitVarInsn(LSTORE, position[i]);
                step[i] = allocate(2);
                loadLongElement(STRIDE, i);
                pushLong(item);
                mv.visitInsn(LMUL);
                mv.visitVarInsn(LSTORE, step[i]);
            }
            for (int c = 0; c < spec.constants().size(); c++) {
                DType d = spec.constants().get(c);
                int local = allocate(JvmTypes.width(d));
                mv.visitVarInsn(ALOAD, d.isFloat() ? DC : LC);
                pushInt(c);
                mv.visitInsn(d.isFloat() ? DALOAD : LALOAD);
                convertFromArrayElement(d);
                mv.visitVarInsn(JvmTypes.storeOp(d), local);
                slotLocal[inputs + c] = local;
            }
            for (int i = 0; i < inputs; i++) slotLocal[i] = allocate(JvmTypes.width(spec.inputs().get(i)));
            int base = inputs + spec.constants().size();
            for (int k = 0; k < spec.instrs().size(); k++) slotLocal[base + k] = allocate(JvmTypes.width(spec.instrs().get(k).dtype()));
            // The element counter is an int (rows arrive in pieces of at most 2^30 elements): C2
            // optimizes int-counted loops fully, long-counted ones less well.
            int outPos = allocate(2), n = allocate(1), j = allocate(1);
            mv.visitVarInsn(LLOAD, OUT_OFF);
            pushLong(spec.output().itemSize());
            mv.visitInsn(LMUL);
            mv.visitVarInsn(LSTORE, outPos);
            mv.visitVarInsn(LLOAD, N);
            mv.visitInsn(L2I);
            mv.visitVarInsn(ISTORE, n);
            mv.visitInsn(ICONST_0);
            mv.visitVarInsn(ISTORE, j);
            if (vector) {
                VectorLoop.emit(mv, spec, segment, position, step, slotLocal, OUT, outPos, n, j, this::allocate);
            }

            Label loop = new Label(), end = new Label();
            mv.visitLabel(loop);
            mv.visitVarInsn(ILOAD, j);
            mv.visitVarInsn(ILOAD, n);
            mv.visitJumpInsn(IF_ICMPGE, end);
            for (int i = 0; i < inputs; i++) {
                DType d = spec.inputs().get(i);
                mv.visitVarInsn(ALOAD, segment[i]);
                pushLayout(d);
                mv.visitVarInsn(LLOAD, position[i]);
                mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "get", "(" + JvmTypes.layoutDesc(d) + "J)" + JvmTypes.memoryDesc(d), true);
                if (d.isBool()) byteToBoolean();
                mv.visitVarInsn(JvmTypes.storeOp(d), slotLocal[i]);
            }
            for (int k = 0; k < spec.instrs().size(); k++) {
                KernelSpec.Instr instr = spec.instrs().get(k);
                StringBuilder desc = new StringBuilder("(");
                for (int a : instr.args()) {
                    DType d = spec.slotType(a);
                    mv.visitVarInsn(JvmTypes.loadOp(d), slotLocal[a]);
                    desc.append(JvmTypes.jvmDesc(d));
                }
                desc.append(')').append(JvmTypes.jvmDesc(instr.dtype()));
                mv.visitMethodInsn(INVOKESTATIC, OPS, opMethod(instr, spec), desc.toString(), false);
                mv.visitVarInsn(JvmTypes.storeOp(instr.dtype()), slotLocal[base + k]);
            }
            int result = spec.resultSlot();
            DType out = spec.output();
            mv.visitVarInsn(ALOAD, OUT);
            pushLayout(out);
            mv.visitVarInsn(LLOAD, outPos);
            mv.visitVarInsn(JvmTypes.loadOp(out), slotLocal[result]);
            if (out.isBool()) mv.visitInsn(I2B);
            mv.visitMethodInsn(INVOKEINTERFACE, SEGMENT, "set", "(" + JvmTypes.layoutDesc(out) + "J" + JvmTypes.memoryDesc(out) + ")V", true);
            for (int i = 0; i < inputs; i++) {
                mv.visitVarInsn(LLOAD, position[i]);
                mv.visitVarInsn(LLOAD, step[i]);
                mv.visitInsn(LADD);
                mv.visitVarInsn(LSTORE, position[i]);
            }
            mv.visitVarInsn(LLOAD, outPos);
            pushLong(out.itemSize());
            mv.visitInsn(LADD);
            mv.visitVarInsn(LSTORE, outPos);
            mv.visitIincInsn(j, 1);
            mv.visitJumpInsn(GOTO, loop);
            mv.visitLabel(end);
            mv.visitInsn(RETURN);
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

    static String opMethod(KernelSpec.Instr instr, KernelSpec spec) {
        String operand = JvmTypes.jvmDesc(spec.slotType(instr.args()[instr.args().length - 1]));
        return switch (instr.op()) {
            case CAST -> "astype_" + JvmTypes.jvmDesc(spec.slotType(instr.args()[0])) + "_" + JvmTypes.jvmDesc(instr.dtype());
            default -> instr.op().numpyName() + "_" + operand;
        };
    }
}
