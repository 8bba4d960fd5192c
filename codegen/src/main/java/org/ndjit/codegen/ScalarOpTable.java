package org.ndjit.codegen;

import org.ndjit.DType;
import org.ndjit.ir.Op;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links every elementwise row of the op table ({@link Op}) to its {@link ScalarOps} method, per
 * operand dtype of the row's {@link Op#domain domain} (and per pair of dtypes for casts), when this
 * class loads. A row without its method, a method of the wrong signature, or a method no row uses
 * fails the load with the list of what is wrong, so a missing definition is found at once (and by
 * the tests), never when some kernel is first generated. Generated code calls the linked methods.
 */
final class ScalarOpTable {
    /** One linked method: what an INVOKESTATIC needs. */
    record Call(String owner, String name, String descriptor) {}

    private static final String OWNER = Type.getInternalName(ScalarOps.class);
    private static final Map<Op, Map<DType, Call>> OPS = new EnumMap<>(Op.class);
    private static final Map<DType, Map<DType, Call>> CASTS = new EnumMap<>(DType.class);

    static {
        Map<String, Method> methods = new HashMap<>();
        for (Method m : ScalarOps.class.getDeclaredMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())) methods.put(m.getName(), m);
        }
        List<String> problems = new ArrayList<>();
        for (Op op : Op.values()) {
            if (!op.isElementwise() || op == Op.CAST) continue;
            Map<DType, Call> byDtype = new EnumMap<>(DType.class);
            for (DType d : op.domain().dtypes()) {
                if (!d.hasKernels()) continue;
                Class<?> t = javaType(d);
                Class<?>[] params = new Class<?>[op.arity()];
                for (int i = 0; i < params.length; i++) params[i] = op == Op.WHERE && i == 0 ? boolean.class : t;
                Class<?> result = op.result() == Op.Result.BOOL ? boolean.class : t;
                link(methods, op.numpyName() + "_" + JvmTypes.jvmDesc(d), params, result, problems, byDtype, d);
            }
            OPS.put(op, byDtype);
        }
        for (DType from : DType.values()) {
            if (!from.hasKernels()) continue;
            Map<DType, Call> byTarget = new EnumMap<>(DType.class);
            for (DType to : DType.values()) {
                if (from == to || !to.hasKernels()) continue;
                String name = Op.CAST.numpyName() + "_" + JvmTypes.jvmDesc(from) + "_" + JvmTypes.jvmDesc(to);
                link(methods, name, new Class<?>[] {javaType(from)}, javaType(to), problems, byTarget, to);
            }
            CASTS.put(from, byTarget);
        }
        if (!methods.isEmpty()) problems.add("ScalarOps methods no op-table row uses: " + methods.keySet());
        if (!problems.isEmpty()) throw new IllegalStateException("the op table and ScalarOps disagree:\n  " + String.join("\n  ", problems));
    }

    private ScalarOpTable() {}

    /**
     * The method computing {@code op} on operands of dtype {@code operand} (the last operand's, for where);
     * for the seven of {@link NarrowDtypes}, its result is then narrowed ({@link NarrowDtypes#wrap}).
     */
    static Call call(Op op, DType operand) {
        if (NarrowDtypes.isNarrow(operand)) return NarrowOps.call(op, operand);
        Call c = OPS.getOrDefault(op, Map.of()).get(operand);
        if (c == null) throw new IllegalArgumentException(op.numpyName() + " has no scalar definition for " + operand);
        return c;
    }

    /**
     * The one JVM instruction that is all of {@code call}'s body ({@code add_D} is {@code DADD}), or -1.
     * Generated code uses it in place of the call: the same IEEE or wrapping arithmetic, and while a
     * new kernel's scalar loop runs in the interpreter (its first calls), an instruction costs a
     * fraction of a call. C2 inlines the calls anyway, so compiled loops are the same.
     */
    static int instruction(Call call) {
        return call.owner().equals(OWNER) ? INSTRUCTIONS.getOrDefault(call.name(), -1) : -1;
    }

    private static final Map<String, Integer> INSTRUCTIONS = Map.ofEntries(
            Map.entry("add_D", Opcodes.DADD), Map.entry("subtract_D", Opcodes.DSUB), Map.entry("multiply_D", Opcodes.DMUL),
            Map.entry("divide_D", Opcodes.DDIV), Map.entry("negative_D", Opcodes.DNEG),
            Map.entry("add_F", Opcodes.FADD), Map.entry("subtract_F", Opcodes.FSUB), Map.entry("multiply_F", Opcodes.FMUL),
            Map.entry("divide_F", Opcodes.FDIV), Map.entry("negative_F", Opcodes.FNEG),
            Map.entry("add_J", Opcodes.LADD), Map.entry("subtract_J", Opcodes.LSUB), Map.entry("multiply_J", Opcodes.LMUL),
            Map.entry("negative_J", Opcodes.LNEG),
            Map.entry("add_I", Opcodes.IADD), Map.entry("subtract_I", Opcodes.ISUB), Map.entry("multiply_I", Opcodes.IMUL),
            Map.entry("negative_I", Opcodes.INEG));

    /** The method casting {@code from} to {@code to}; when either is one of {@link NarrowDtypes}, the result is then narrowed. */
    static Call cast(DType from, DType to) {
        if (NarrowDtypes.isNarrow(from) || NarrowDtypes.isNarrow(to)) return NarrowOps.cast(from, to);
        Call c = CASTS.getOrDefault(from, Map.of()).get(to);
        if (c == null) throw new IllegalArgumentException("no cast from " + from + " to " + to);
        return c;
    }

    private static void link(Map<String, Method> methods, String name, Class<?>[] params, Class<?> result, List<String> problems,
                             Map<DType, Call> into, DType key) {
        Method m = methods.remove(name);
        if (m == null) {
            problems.add("missing ScalarOps." + name);
        } else if (!java.util.Arrays.equals(m.getParameterTypes(), params) || m.getReturnType() != result) {
            problems.add("ScalarOps." + name + " has signature " + Type.getMethodDescriptor(m) + ", the op table wants "
                    + Type.getMethodDescriptor(Type.getType(result), java.util.Arrays.stream(params).map(Type::getType).toArray(Type[]::new)));
        } else {
            into.put(key, new Call(OWNER, name, Type.getMethodDescriptor(m)));
        }
    }

    private static Class<?> javaType(DType d) {
        return switch (d) {
            case FLOAT64 -> double.class;
            case FLOAT32 -> float.class;
            case INT64 -> long.class;
            case INT32 -> int.class;
            case BOOL -> boolean.class;
            default -> throw new IllegalArgumentException(d + " is computed as " + NarrowDtypes.compute(d) + " (NarrowOps)");
        };
    }
}
