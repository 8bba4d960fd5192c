package org.ndjit.codegen.vector;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntUnaryOperator;

import static org.objectweb.asm.Opcodes.*;

/**
 * A static method of this package, written in Java, whose bytecode a generated kernel copies in place
 * of calling it. Why: C2 inlines a call from a large kernel method only while the method's graph is
 * small (NodeCountInliningCutoff, 18,000 nodes, and FreqInlineSize), and a method it does not inline
 * takes and returns its vectors boxed: with {@link Float16Lanes}'s conversions called from the kernel,
 * float16 a*b+1 on 10^6 elements took 2.1 ms, the scalar loop 1.9 and the loop with them copied 0.78.
 * Copied, the only calls left are the Vector API's own, which are {@code @ForceInline} and which C2
 * inlines late past that cutoff.
 *
 * <p>The method must be straight-line code (no branches, switches, handlers or invokedynamic) that
 * ends in its only return and reads no field or method of its own class (those are private to it, and
 * the kernel is another class; javac folds {@code static final} constants of literal values into the
 * code, so the method may use those). The copy stores the arguments from the stack into fresh locals
 * of the kernel and leaves the result on the stack, as the call did.
 */
final class InlinedMethod {
    private final String name;
    private final Type[] arguments;
    private int maxLocals;
    /** The method's instructions, each given the kernel's method and the first of the locals the copy uses. */
    private final List<BiConsumer<MethodVisitor, Integer>> code = new ArrayList<>();
    private boolean returned;

    private InlinedMethod(String name, String descriptor) {
        this.name = name;
        this.arguments = Type.getArgumentTypes(descriptor);
    }

    /** The static method {@code name} of {@code owner} (a class of this package), read from its class file. */
    static InlinedMethod of(Class<?> owner, String name) {
        String ownerName = Type.getInternalName(owner);
        InlinedMethod[] found = new InlinedMethod[1];
        new ClassReader(classFile(owner)).accept(new ClassVisitor(ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                if (!method.equals(name)) return null;
                if ((access & ACC_STATIC) == 0 || found[0] != null) throw new IllegalArgumentException(ownerName + "." + name + " must be one static method");
                found[0] = new InlinedMethod(name, descriptor);
                return found[0].recorder(ownerName);
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (found[0] == null) throw new IllegalArgumentException("no method " + name + " in " + ownerName);
        if (!found[0].returned) throw new IllegalArgumentException(ownerName + "." + name + " does not end in a return");
        return found[0];
    }

    /** Writes the method's code into {@code mv}, its arguments taken from the stack, its result left there; its locals from {@code allocate}. */
    void emit(MethodVisitor mv, IntUnaryOperator allocate) {
        int base = allocate.applyAsInt(maxLocals);
        int local = base;
        int[] argumentLocal = new int[arguments.length];
        for (int a = 0; a < arguments.length; a++) {
            argumentLocal[a] = local;
            local += arguments[a].getSize();
        }
        for (int a = arguments.length - 1; a >= 0; a--) mv.visitVarInsn(arguments[a].getOpcode(ISTORE), argumentLocal[a]);
        for (BiConsumer<MethodVisitor, Integer> instruction : code) instruction.accept(mv, base);
    }

    private static byte[] classFile(Class<?> owner) {
        try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
            if (in == null) throw new IllegalStateException("no class file for " + owner.getName());
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the class file of " + owner.getName(), e);
        }
    }

    /** Records each instruction of the method, refusing those a straight-line copy into another class cannot keep. */
    private MethodVisitor recorder(String owner) {
        return new MethodVisitor(ASM9) {
            private void add(BiConsumer<MethodVisitor, Integer> instruction) {
                if (returned) refuse("code after its return");
                code.add(instruction);
            }

            private void refuse(String what) {
                throw new IllegalArgumentException(owner + "." + name + " cannot be copied into a kernel: " + what);
            }

            @Override public void visitInsn(int opcode) {
                if (opcode >= IRETURN && opcode <= RETURN) {
                    if (returned) refuse("two returns");
                    returned = true; // the result stays on the stack
                } else if (opcode == ATHROW) {
                    refuse("a throw");
                } else {
                    add((mv, base) -> mv.visitInsn(opcode));
                }
            }
            @Override public void visitIntInsn(int opcode, int operand) { add((mv, base) -> mv.visitIntInsn(opcode, operand)); }
            @Override public void visitVarInsn(int opcode, int var) { add((mv, base) -> mv.visitVarInsn(opcode, base + var)); }
            @Override public void visitTypeInsn(int opcode, String type) { add((mv, base) -> mv.visitTypeInsn(opcode, type)); }
            @Override public void visitLdcInsn(Object value) { add((mv, base) -> mv.visitLdcInsn(value)); }
            @Override public void visitFieldInsn(int opcode, String fieldOwner, String field, String descriptor) {
                if (fieldOwner.equals(owner)) refuse("its class's field " + field);
                add((mv, base) -> mv.visitFieldInsn(opcode, fieldOwner, field, descriptor));
            }
            @Override public void visitMethodInsn(int opcode, String methodOwner, String method, String descriptor, boolean isInterface) {
                if (methodOwner.equals(owner)) refuse("its class's method " + method);
                add((mv, base) -> mv.visitMethodInsn(opcode, methodOwner, method, descriptor, isInterface));
            }
            @Override public void visitIincInsn(int var, int increment) { add((mv, base) -> mv.visitIincInsn(base + var, increment)); }
            @Override public void visitJumpInsn(int opcode, Label label) { refuse("a branch"); }
            @Override public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) { refuse("a switch"); }
            @Override public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) { refuse("a switch"); }
            @Override public void visitTryCatchBlock(Label start, Label end, Label handler, String type) { refuse("an exception handler"); }
            @Override public void visitInvokeDynamicInsn(String method, String descriptor, Handle bootstrap, Object... arguments) { refuse("invokedynamic"); }
            @Override public void visitMultiANewArrayInsn(String descriptor, int dimensions) { refuse("a new array"); }
            @Override public void visitMaxs(int maxStack, int locals) { maxLocals = locals; }
        };
    }
}
