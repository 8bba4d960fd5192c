package org.ndjit.codegen;

import org.junit.jupiter.api.Test;
import org.ndjit.DType;
import org.ndjit.ir.Op;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The locals a generated loop reads and does not write sit below slot 63, where C2's type flow sees
 * them as unchanged by the loop (see {@link InvariantLocalsFirst}).
 */
class InvariantLocalsFirstTest {
    /** Slots from here on count as written in every loop for C2 (ciTypeFlow::LocalSet). */
    private static final int TRACKED_SLOTS = 63;

    @Test
    void loopsOfAKernelOfNineInputsReadTheirInvariantsBelowSlot63() {
        // a0*a1 + a2*a3 - a4 ... over nine float64 inputs, one constant: the scalar loop's locals alone pass slot 63.
        DType d = DType.FLOAT64;
        int inputs = 9;
        List<KernelSpec.Instr> instrs = new ArrayList<>();
        int slot = inputs + 1;
        instrs.add(new KernelSpec.Instr(Op.MUL, d, new int[] {0, 1}));
        for (int i = 2; i < inputs; i++) instrs.add(new KernelSpec.Instr(i % 2 == 0 ? Op.ADD : Op.SUB, d, new int[] {slot++, i}));
        instrs.add(new KernelSpec.Instr(Op.MUL, d, new int[] {slot, inputs}));
        KernelSpec spec = new KernelSpec(Collections.nCopies(inputs, d), List.of(d), instrs, d, Collections.nCopies(inputs, KernelSpec.Access.UNIT));

        ClassNode kernel = new ClassNode();
        new ClassReader(RowKernelCompiler.generate(spec, "Kernel")).accept(kernel, 0);
        int loops = 0;
        for (MethodNode method : kernel.methods) {
            // Not sumAcross, maxAcross, minAcross: their vector loops, written out for 8 rows, read 8 positions per input, more than 63 slots hold.
            if (method.name.endsWith("Across")) continue;
            for (int[] loop : loops(method)) {
                loops++;
                Set<Integer> invariant = invariantReads(method, loop);
                assertTrue(invariant.isEmpty() || invariant.stream().allMatch(s -> s < TRACKED_SLOTS),
                        method.name + " reads unchanged locals " + invariant + " in its loop at " + loop[0]);
            }
        }
        assertTrue(loops >= 4, "the vector and scalar loops of row and sumRow, and more: " + loops);
    }

    @Test
    void renumberingMovesInvariantsFirstKeepsPairsAndDropsUnusedSlots() {
        // static void m(): slot 70 a reference and 80-81 a long, both set before the loop and read in it; 90 the counter.
        MethodNode m = new MethodNode(Opcodes.ACC_STATIC, "m", "()V", null, null);
        m.visitInsn(Opcodes.ACONST_NULL);
        m.visitVarInsn(Opcodes.ASTORE, 70);
        m.visitInsn(Opcodes.LCONST_1);
        m.visitVarInsn(Opcodes.LSTORE, 80);
        m.visitInsn(Opcodes.ICONST_0);
        m.visitVarInsn(Opcodes.ISTORE, 90);
        Label loop = new Label(), done = new Label();
        m.visitLabel(loop);
        m.visitVarInsn(Opcodes.ILOAD, 90);
        m.visitVarInsn(Opcodes.LLOAD, 80);
        m.visitInsn(Opcodes.L2I);
        m.visitJumpInsn(Opcodes.IF_ICMPGE, done);
        m.visitVarInsn(Opcodes.ALOAD, 70);
        m.visitInsn(Opcodes.POP);
        m.visitIincInsn(90, 1);
        m.visitJumpInsn(Opcodes.GOTO, loop);
        m.visitLabel(done);
        m.visitInsn(Opcodes.RETURN);

        InvariantLocalsFirst.renumber(m);
        List<String> accesses = new ArrayList<>();
        for (AbstractInsnNode insn : m.instructions) {
            if (insn instanceof VarInsnNode v) accesses.add(v.getOpcode() + "@" + v.var);
            if (insn instanceof IincInsnNode i) accesses.add("iinc@" + i.var);
        }
        // The reference first, then the long (slots 1-2), then the counter, which the loop writes.
        assertEquals(List.of(Opcodes.ASTORE + "@0", Opcodes.LSTORE + "@1", Opcodes.ISTORE + "@3", Opcodes.ILOAD + "@3",
                Opcodes.LLOAD + "@1", Opcodes.ALOAD + "@0", "iinc@3"), accesses);
    }

    /** Each loop of a method as {first, last} instruction index: a branch back to a label before it. */
    private static List<int[]> loops(MethodNode method) {
        List<int[]> loops = new ArrayList<>();
        AbstractInsnNode[] code = method.instructions.toArray();
        for (int i = 0; i < code.length; i++) {
            if (!(code[i] instanceof JumpInsnNode jump)) continue;
            int target = indexOf(code, jump.label);
            if (target <= i) loops.add(new int[] {target, i});
        }
        return loops;
    }

    private static int indexOf(AbstractInsnNode[] code, LabelNode label) {
        for (int i = 0; i < code.length; i++) if (code[i] == label) return i;
        throw new IllegalStateException("label not in the method");
    }

    /** The slots a loop loads and never stores to (nor increments). */
    private static Set<Integer> invariantReads(MethodNode method, int[] loop) {
        Set<Integer> read = new TreeSet<>(), written = new TreeSet<>();
        AbstractInsnNode[] code = method.instructions.toArray();
        for (int i = loop[0]; i <= loop[1]; i++) {
            if (code[i] instanceof VarInsnNode v) (v.getOpcode() >= Opcodes.ISTORE ? written : read).add(v.var);
            if (code[i] instanceof IincInsnNode inc) written.add(inc.var);
        }
        read.removeAll(written);
        return read;
    }
}
