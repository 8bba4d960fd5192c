package org.ndjit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NumPy 2's promotion over all twelve dtypes (issue 17): the result dtype of each binary op category
 * (add, sub, mul, div, floor_divide, remainder, power, maximum, equal, less, bitwise_and, left_shift)
 * over every pair of dtypes and with weak Java scalars (int 3, 300, -1; double 0.5; boolean true),
 * one test per cell of {@code resources/dtypes/promotion.tsv}, generated from NumPy by
 * {@code src/test/python/gen_dtype_fixtures.py}. A NumPy error must be an
 * {@link IllegalArgumentException} thrown when the graph is built; for OverflowError (a weak integer
 * the dtype cannot hold) its message must be NumPy's text.
 */
class DtypePromotionTest {
    record Cell(String op, String left, String right, String expected) {
        @Override public String toString() { return op + " " + left + " " + right + " -> " + expected; }
    }

    static List<Cell> cells() {
        try {
            Path p = Path.of(DtypePromotionTest.class.getResource("/dtypes/promotion.tsv").toURI());
            return Files.readAllLines(p).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1)).map(f -> new Cell(f[0], f[1], f[2], f[3])).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCell() {
        return cells().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    /** The table has every op over all 12 x 12 pairs and 5 weak scalars. */
    @Test
    void tableIsComplete() {
        assertEquals(12 * 12 * (12 + 5), cells().size());
    }

    @Test
    void theIssuesExamples() {
        NDArray u8 = Np.array(new byte[] {1, 2}, DType.UINT8);
        assertEquals(DType.UINT8, u8.add(1).dtype());
        assertEquals("Python integer 300 out of bounds for uint8", assertThrows(IllegalArgumentException.class, () -> u8.add(300)).getMessage());
        assertEquals(DType.FLOAT64, Np.array(1L).add(Np.array(1L).astype(DType.UINT64)).dtype());
        assertEquals(DType.INT16, u8.add(Np.array(new byte[] {1, 2})).dtype());
        NDArray f16 = Np.array(1.0, 2.0).astype(DType.FLOAT16);
        assertEquals(DType.FLOAT16, f16.add(1.0).dtype());
        assertEquals(DType.FLOAT32, f16.mul(Np.array(new short[] {1, 2})).dtype());
    }

    private static void check(Cell c) {
        if (c.expected().startsWith("!")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build(c), "building must throw");
            if (c.expected().startsWith("!OverflowError: ")) {
                String text = c.expected().substring("!OverflowError: ".length());
                assertTrue(e.getMessage().contains(text), e.getMessage());
            }
            return;
        }
        assertEquals(c.expected(), build(c).dtype().toString());
    }

    private static NDArray build(Cell c) {
        NDArray a = operand(c.left());
        Object b = c.right().startsWith("weak:") ? weak(c.right()) : operand(c.right());
        Object right = b instanceof NDArray y ? y.node() : b;
        org.ndjit.ir.Op op = op(c.op());
        boolean bitwise = op == org.ndjit.ir.Op.BITWISE_AND || op == org.ndjit.ir.Op.LEFT_SHIFT;
        return new NDArray(bitwise ? Ufuncs.integral(op, a.node(), right) : Build.binary(op, a.node(), right));
    }

    private static org.ndjit.ir.Op op(String name) {
        return switch (name) {
            case "add" -> org.ndjit.ir.Op.ADD;
            case "sub" -> org.ndjit.ir.Op.SUB;
            case "mul" -> org.ndjit.ir.Op.MUL;
            case "div" -> org.ndjit.ir.Op.DIV;
            case "floorDiv" -> org.ndjit.ir.Op.FLOOR_DIV;
            case "mod" -> org.ndjit.ir.Op.MOD;
            case "pow" -> org.ndjit.ir.Op.POW;
            case "maximum" -> org.ndjit.ir.Op.MAXIMUM;
            case "eq" -> org.ndjit.ir.Op.EQ;
            case "lt" -> org.ndjit.ir.Op.LT;
            case "bitwiseAnd" -> org.ndjit.ir.Op.BITWISE_AND;
            case "leftShift" -> org.ndjit.ir.Op.LEFT_SHIFT;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static NDArray operand(String dtype) {
        return Np.ones(DType.named(dtype), 2);
    }

    private static Scalar weak(String tok) {
        String v = tok.substring(tok.indexOf('=') + 1);
        if (tok.startsWith("weak:int=")) return Scalar.of(Long.parseLong(v));
        if (tok.startsWith("weak:float=")) return Scalar.of(Double.parseDouble(v));
        return Scalar.of(Boolean.parseBoolean(v.toLowerCase()));
    }
}
