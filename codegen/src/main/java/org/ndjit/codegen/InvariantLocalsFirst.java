package org.ndjit.codegen;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renumbers the locals of a generated method so that those some loop reads but does not write take
 * the lowest slots, references first. Why: C2's parser gives a loop head a phi for each local that
 * ciTypeFlow cannot show unchanged in the loop, and ciTypeFlow records the locals a loop writes in a
 * 64-bit set that holds slots 0 to 62 only (ciTypeFlow::LocalSet): a local at slot 63 or above counts
 * as written in every loop. Its phi has the type ciTypeFlow infers (the interface MemorySegment for a
 * slice, where the parser otherwise sees its class), and the loop was parsed with a profiled class
 * check at every segment access; C2 then neither eliminated the range checks nor unrolled it. The
 * kernels' allocators hand out slots in order of need, so the slices of a vector loop came after the
 * scalar loop's locals, past 62 from about five inputs on: a*b + c*d - e over 100,000 float64 in
 * native memory took 0.18 ms a pass, 0.064 with the same code's slices moved under 63.
 *
 * <p>A loop is the code from a backward branch's target to the branch. Slots that one access uses as
 * a pair (a long or a double) stay together, so a slot that an inlined method's code reuses for
 * values of several sizes keeps its neighbours; slots never used are dropped.
 */
final class InvariantLocalsFirst {
    private InvariantLocalsFirst() {}

    /** Renumbers {@code method}'s locals past its arguments; its frames and maximums are left for ASM to compute. */
    static void renumber(MethodNode method) {
        int arguments = (Type.getArgumentsAndReturnSizes(method.desc) >> 2) - ((method.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
        AbstractInsnNode[] code = method.instructions.toArray();
        List<int[]> loops = loops(code);
        int slots = arguments;
        for (AbstractInsnNode insn : code) if (slot(insn) >= 0) slots = Math.max(slots, slot(insn) + size(insn));
        // Per slot: used at all, paired with the next, a reference, and per loop whether the loop reads or writes it.
        boolean[] used = new boolean[slots], pairedWithNext = new boolean[slots], reference = new boolean[slots];
        boolean[][] read = new boolean[loops.size()][slots], written = new boolean[loops.size()][slots];
        for (int at = 0; at < code.length; at++) {
            int slot = slot(code[at]);
            if (slot < arguments) continue;
            used[slot] = true;
            if (size(code[at]) == 2) {
                used[slot + 1] = true;
                pairedWithNext[slot] = true;
            }
            int opcode = code[at].getOpcode();
            if (opcode == Opcodes.ALOAD || opcode == Opcodes.ASTORE) reference[slot] = true;
            boolean writes = opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE || opcode == Opcodes.IINC;
            for (int l = 0; l < loops.size(); l++) {
                if (at < loops.get(l)[0] || at > loops.get(l)[1]) continue;
                (writes ? written : read)[l][slot] = true;
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int start = arguments; start < slots; ) {
            if (!used[start]) {
                start++;
                continue;
            }
            int end = start + 1;
            while (pairedWithNext[end - 1]) end++;
            groups.add(new Group(start, end, rank(start, end, reference, read, written)));
            start = end;
        }
        groups.sort(Comparator.comparingInt(Group::rank).thenComparingInt(Group::start));
        Map<Integer, Integer> moved = new HashMap<>();
        int next = arguments;
        for (Group g : groups) {
            for (int s = g.start(); s < g.end(); s++) moved.put(s, next + s - g.start());
            next += g.end() - g.start();
        }
        for (AbstractInsnNode insn : code) {
            if (insn instanceof VarInsnNode v && v.var >= arguments) v.var = moved.get(v.var);
            else if (insn instanceof IincInsnNode i && i.var >= arguments) i.var = moved.get(i.var);
        }
    }

    /** Slots {@code [start, end)}, used together, and how early they should come (the least first). */
    private record Group(int start, int end, int rank) {}

    /**
     * References that some loop reads and does not write first, then such primitives (a phi of a primitive costs
     * less: its type is the primitive's either way), then the rest; among the first two, by the first such loop
     * (loops in the order their branches back come: an inner loop before its outer one, the vector loop before
     * the scalar one), so that the hottest loops' locals come first where not all fit under 63.
     */
    private static int rank(int start, int end, boolean[] reference, boolean[][] read, boolean[][] written) {
        int loops = read.length;
        for (int l = 0; l < loops; l++) {
            boolean reads = false, writes = false;
            for (int s = start; s < end; s++) {
                reads |= read[l][s];
                writes |= written[l][s];
            }
            if (reads && !writes) {
                for (int s = start; s < end; s++) if (reference[s]) return l;
                return loops + l;
            }
        }
        return 2 * loops;
    }

    /** Each loop as {first, last} instruction index: a branch and its target before it. */
    private static List<int[]> loops(AbstractInsnNode[] code) {
        Map<LabelNode, Integer> at = new HashMap<>();
        for (int i = 0; i < code.length; i++) if (code[i] instanceof LabelNode label) at.put(label, i);
        List<int[]> loops = new ArrayList<>();
        for (int i = 0; i < code.length; i++) {
            List<LabelNode> targets = switch (code[i]) {
                case JumpInsnNode jump -> List.of(jump.label);
                case TableSwitchInsnNode table -> withDefault(table.labels, table.dflt);
                case LookupSwitchInsnNode lookup -> withDefault(lookup.labels, lookup.dflt);
                default -> List.of();
            };
            for (LabelNode target : targets) if (at.get(target) <= i) loops.add(new int[] {at.get(target), i});
        }
        return loops;
    }

    private static List<LabelNode> withDefault(List<LabelNode> labels, LabelNode dflt) {
        List<LabelNode> all = new ArrayList<>(labels);
        all.add(dflt);
        return all;
    }

    /** The local an instruction loads, stores or increments, or -1 (RET's is a return address, which generated code never uses). */
    private static int slot(AbstractInsnNode insn) {
        if (insn instanceof VarInsnNode v) return v.var;
        if (insn instanceof IincInsnNode i) return i.var;
        return -1;
    }

    private static int size(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.LLOAD, Opcodes.DLOAD, Opcodes.LSTORE, Opcodes.DSTORE -> 2;
            default -> 1;
        };
    }
}
