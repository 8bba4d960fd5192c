package org.ndjit.codegen;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code Code} attribute of every method straight from class-file bytes (JVMS 4.7.3), so
 * tests can check HotSpot's 8,000-byte JIT limit ({@code -XX:HugeMethodLimit}, {@code DontCompileHugeMethods})
 * without asm-commons. {@code code_length} is exactly what HotSpot compares with the limit.
 */
final class ClassFileMethods {
    /** HotSpot does not JIT-compile methods with more bytecode than this (HugeMethodLimit). */
    static final int HUGE_METHOD_LIMIT = 8000;

    /** One method's code: bytecode length, max_locals and max_stack. */
    record Code(int length, int maxLocals, int maxStack) {}

    private ClassFileMethods() {}

    /** name+descriptor of each method with code, in class-file order. */
    static Map<String, Code> methods(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) throw new IllegalArgumentException("not a class file");
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> { in.skipNBytes(8); i++; }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            in.skipNBytes(6);
            in.skipNBytes(2L * in.readUnsignedShort());
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipNBytes(6);
                skipAttributes(in);
            }
            Map<String, Code> out = new LinkedHashMap<>();
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.readUnsignedShort();
                String name = utf8[in.readUnsignedShort()], desc = utf8[in.readUnsignedShort()];
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attr = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attr.equals("Code")) {
                        int maxStack = in.readUnsignedShort(), maxLocals = in.readUnsignedShort(), codeLength = in.readInt();
                        out.put(name + desc, new Code(codeLength, maxLocals, maxStack));
                        in.skipNBytes(length - 8);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytecode length of the generated {@code row} method. */
    static Code row(byte[] classFile) {
        for (var e : methods(classFile).entrySet()) if (e.getKey().startsWith("row(")) return e.getValue();
        throw new IllegalArgumentException("no row method");
    }

    /**
     * The code length of {@code row} as ASM computes it: ClassReader replays the method into a
     * ClassWriter's MethodWriter, and a label visited after the last instruction resolves to the
     * offset just past it. A cross-check of {@link #methods} against ASM.
     */
    static int rowCodeLengthViaAsm(byte[] classFile) {
        org.objectweb.asm.ClassWriter writer = new org.objectweb.asm.ClassWriter(0);
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        new org.objectweb.asm.ClassReader(classFile).accept(new org.objectweb.asm.ClassVisitor(org.objectweb.asm.Opcodes.ASM9, writer) {
            @Override
            public org.objectweb.asm.MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                org.objectweb.asm.MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (!name.equals("row")) return mv;
                return new org.objectweb.asm.MethodVisitor(org.objectweb.asm.Opcodes.ASM9, mv) {
                    @Override
                    public void visitMaxs(int maxStack, int maxLocals) {
                        super.visitLabel(end);
                        super.visitMaxs(maxStack, maxLocals);
                    }
                };
            }
        }, org.objectweb.asm.ClassReader.SKIP_FRAMES);
        return end.getOffset();
    }

    /** The largest method's code length. */
    static int largest(byte[] classFile) {
        return methods(classFile).values().stream().mapToInt(Code::length).max().orElse(0);
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int a = 0; a < n; a++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
        }
    }
}
