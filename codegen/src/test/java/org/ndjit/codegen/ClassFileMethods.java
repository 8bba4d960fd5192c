package org.ndjit.codegen;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The size of every method of a class file, read with ASM: ClassReader replays each method into a
 * ClassWriter, and a label visited after the last instruction resolves to the offset just past it,
 * which is the method's {@code code_length}, exactly what HotSpot compares with its 8,000-byte JIT
 * limit ({@code -XX:HugeMethodLimit}, {@code DontCompileHugeMethods}).
 */
public final class ClassFileMethods {
    /** HotSpot does not JIT-compile methods with more bytecode than this (HugeMethodLimit). */
    public static final int HUGE_METHOD_LIMIT = MethodSize.HUGE_METHOD_LIMIT;

    /** One method's code: bytecode length, max_locals and max_stack. */
    public record Code(int length, int maxLocals, int maxStack) {}

    private ClassFileMethods() {}

    /** name+descriptor of each method with code, in class-file order. */
    public static Map<String, Code> methods(byte[] classFile) {
        Map<String, Label> ends = new LinkedHashMap<>();
        Map<String, int[]> maxs = new LinkedHashMap<>();
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                String key = name + descriptor;
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        Label end = new Label();
                        super.visitLabel(end);
                        ends.put(key, end);
                        maxs.put(key, new int[] {maxLocals, maxStack});
                        super.visitMaxs(maxStack, maxLocals);
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES);
        Map<String, Code> out = new LinkedHashMap<>();
        ends.forEach((key, end) -> out.put(key, new Code(end.getOffset(), maxs.get(key)[0], maxs.get(key)[1])));
        return out;
    }

    /** The generated {@code row} method's code. */
    public static Code row(byte[] classFile) {
        for (var e : methods(classFile).entrySet()) if (e.getKey().startsWith("row(")) return e.getValue();
        throw new IllegalArgumentException("no row method");
    }

    /** The largest method's code length. */
    public static int largest(byte[] classFile) {
        return methods(classFile).values().stream().mapToInt(Code::length).max().orElse(0);
    }
}
