package app;

import java.io.IOException;
import java.lang.module.ModuleReader;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ndjit.NDArray;
import org.ndjit.Np;
import org.ndjit.DType;

/**
 * Uses the library as an application does and checks what it gets; any failed check ends the JVM with an
 * error, which fails the build that runs this. On the module path it also checks the module: its
 * internals are not exported, and every type in the exported packages' public signatures is exported
 * by the library or is the JDK's; and that jdk.management, which the library requires static, is
 * resolved on a full JDK, or, with the argument {@code without-jdk.management} (a run that leaves it
 * out), that it is absent and the library works without it.
 */
public final class Main {
    public static void main(String[] args) throws IOException {
        NDArray m = Np.array(new long[][] {{1, 2, 3}, {4, 5, 6}});
        check(m.add(Np.array(new long[] {10, 20, 30})).toString().equals("[[11 22 33]\n [14 25 36]]"), "broadcast add");

        int n = 100_000; // a compiled, fused kernel: sum(2x + 1) over 0..n-1 is n^2, exact in float64
        double sum = Np.arange(n).astype(DType.FLOAT64).mul(2).add(1).sum().itemDouble();
        check(sum == (double) n * n, "fused sum " + sum);

        var rng = Np.random(42);
        NDArray x = rng.randn(64, 32), w = rng.randn(32, 16);
        NDArray out = Np.maximum(0, x.matmul(w));
        check(out.shapeString().equals("(64, 16)") && out.min().itemDouble() == 0, "relu(x @ w)");

        Module library = Np.class.getModule();
        if (library.isNamed()) {
            checkModule(library);
            boolean expected = !List.of(args).contains("without-jdk.management");
            check(ModuleLayer.boot().findModule("jdk.management").isPresent() == expected,
                    "jdk.management " + (expected ? "resolved (by service binding)" : "absent"));
            check(Np.memoryStats().budgetBytes() > 0, "a memory budget"); // MemoryPool reads the machine size through jdk.management
        }
        System.out.println("ndjit application: ran on the " + (library.isNamed() ? "module path as " + library.getName() : "class path"));
    }

    private static void checkModule(Module library) throws IOException {
        check(library.getName().equals("org.ndjit"), "module name " + library.getName());
        for (String internal : List.of("org.ndjit.engine", "org.ndjit.codegen", "org.ndjit.optimizer")) {
            check(library.getPackages().contains(internal) && !library.isExported(internal), internal + " is not exported");
        }
        Set<String> leaks = new TreeSet<>();
        List<String> names;
        try (ModuleReader reader = library.getLayer().configuration().findModule(library.getName()).orElseThrow().reference().open()) {
            names = reader.list().filter(r -> r.endsWith(".class") && !r.equals("module-info.class")).toList();
        }
        int publicTypes = 0;
        for (String resource : names) {
            String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            Class<?> c;
            try {
                c = Class.forName(className, false, library.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(className + " is listed in the module but cannot be loaded", e);
            }
            if (!library.isExported(c.getPackageName()) || !isPublicApi(c)) continue;
            publicTypes++;
            List<Type> used = new ArrayList<>();
            used.add(c.getGenericSuperclass());
            used.addAll(List.of(c.getGenericInterfaces()));
            for (var f : c.getFields()) used.add(f.getGenericType());
            for (var k : c.getConstructors()) {
                used.addAll(List.of(k.getGenericParameterTypes()));
                used.addAll(List.of(k.getGenericExceptionTypes()));
            }
            for (Method method : c.getMethods()) {
                used.add(method.getGenericReturnType());
                used.addAll(List.of(method.getGenericParameterTypes()));
                used.addAll(List.of(method.getGenericExceptionTypes()));
            }
            for (Type t : used) collectLeaks(t, c.getName(), leaks, library);
        }
        check(publicTypes > 10, "public types found in the exported packages: " + publicTypes);
        check(leaks.isEmpty(), "public signatures use types the module does not export:\n  " + String.join("\n  ", leaks));
    }

    private static boolean isPublicApi(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) if (!Modifier.isPublic(k.getModifiers())) return false;
        return !c.isSynthetic();
    }

    private static final Set<TypeVariable<?>> SEEN_VARIABLES = new HashSet<>();

    private static void collectLeaks(Type t, String from, Set<String> leaks, Module library) {
        switch (t) {
            case null -> { }
            case Class<?> k -> {
                while (k.isArray()) k = k.getComponentType();
                if (k.isPrimitive()) return;
                Module owner = k.getModule();
                boolean jdk = owner.isNamed() && owner.getLayer() == ModuleLayer.boot() && owner.getName().startsWith("java.");
                if (!owner.isExported(k.getPackageName()) || !(owner == library || jdk)) leaks.add(k.getName() + " (in " + from + ")");
            }
            case ParameterizedType p -> {
                collectLeaks(p.getRawType(), from, leaks, library);
                for (Type a : p.getActualTypeArguments()) collectLeaks(a, from, leaks, library);
            }
            case WildcardType w -> {
                for (Type b : w.getUpperBounds()) collectLeaks(b, from, leaks, library);
                for (Type b : w.getLowerBounds()) collectLeaks(b, from, leaks, library);
            }
            case GenericArrayType g -> collectLeaks(g.getGenericComponentType(), from, leaks, library);
            case TypeVariable<?> v -> { // each once: bounds such as E extends Enum<E> name the variable again
                if (SEEN_VARIABLES.add(v)) for (Type b : v.getBounds()) collectLeaks(b, from, leaks, library);
            }
            default -> throw new AssertionError("unexpected type " + t);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) throw new AssertionError("ndjit application: failed: " + what);
    }
}
