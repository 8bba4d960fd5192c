package org.ndjit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ndjit.IndexTestSupport.assertSame;

/**
 * NumPy users write {@code np.sqrt(x)} as often as {@code x.sqrt()}: every one-operand elementwise
 * method of NDArray must have its free function on Np, under NumPy's name, giving the same array.
 * The methods are found by reflection, so a new elementwise method without its Np twin fails here;
 * the methods that are not elementwise (reductions, sorts, scans, views) are listed by name.
 */
class UnaryFreeFunctionsTest {
    /** NDArray's no-argument methods that are not one-operand elementwise functions. */
    private static final Set<String> NOT_ELEMENTWISE = Set.of("T", "all", "any", "argmax", "argmin", "argsort", "cumprod", "cumsum",
            "diagonal", "diff", "eval", "flatten", "max", "mean", "median", "min", "prod", "ravel", "sort", "std", "sum", "trace",
            "transpose", "var");
    /** Where NumPy's name differs from the method's. */
    private static final Map<String, String> NUMPY_NAMES = Map.of("neg", "negative", "not", "logicalNot");

    @Test
    void everyElementwiseMethodHasItsFreeFunction() throws ReflectiveOperationException {
        Set<String> missing = new TreeSet<>(), checked = new TreeSet<>();
        for (Method m : NDArray.class.getMethods()) {
            if (m.getParameterCount() != 0 || m.getReturnType() != NDArray.class || Modifier.isStatic(m.getModifiers())
                    || NOT_ELEMENTWISE.contains(m.getName())) {
                continue;
            }
            String name = NUMPY_NAMES.getOrDefault(m.getName(), m.getName());
            Method free;
            try {
                free = Np.class.getMethod(name, NDArray.class);
            } catch (NoSuchMethodException e) {
                missing.add("Np." + name + "(NDArray)");
                continue;
            }
            assertEquals(NDArray.class, free.getReturnType(), free.toString());
            for (NDArray x : samples()) {
                Object method = invoke(m, x, null), function = invoke(free, null, x);
                if (method instanceof NDArray a && function instanceof NDArray b) {
                    assertSame(a.value(), b);
                } else {
                    assertEquals(method, function, name + " of " + x.dtype() + ": the same error");
                }
            }
            checked.add(name);
        }
        assertEquals(Set.of(), missing, "elementwise NDArray methods without an Np function");
        assertTrue(checked.size() >= 40, "the reflection found the elementwise methods: " + checked);
    }

    /** The computed result, or the message of the exception it raised (a dtype it rejects, an integer 1 / 0). */
    private static Object invoke(Method m, NDArray target, NDArray argument) throws IllegalAccessException {
        try {
            return ((NDArray) (argument == null ? m.invoke(target) : m.invoke(null, argument))).eval();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) return r.getClass().getSimpleName() + ": " + r.getMessage();
            throw new AssertionError(m + " threw", e.getCause());
        } catch (RuntimeException r) { // raised when computed
            return r.getClass().getSimpleName() + ": " + r.getMessage();
        }
    }

    private static List<NDArray> samples() {
        List<NDArray> out = new ArrayList<>();
        out.add(Np.array(-2.5, -1, -0.0, 0, 0.5, 1, 2.5, 1e300, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        out.add(Np.array(-3L, 0, 1, 7).astype(DType.INT32));
        out.add(Np.array(true, false));
        return out;
    }
}
