package org.ndjit;

import org.junit.jupiter.api.Test;
import org.ndjit.codegen.Vectorization;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs in every test JVM, including the ones Surefire starts without the Vector API module: the
 * library uses vector loops exactly when the module is there (and not switched off), and gives the
 * same results either way (the differential properties run in both JVMs).
 */
class VectorModeTest {
    @Test
    void vectorLoopsAreUsedExactlyWhenTheModuleIsPresent() {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        boolean allowed = Boolean.parseBoolean(System.getProperty("ndjit.vector", "true"));
        assertEquals(present && allowed, Vectorization.enabled());
        Integer bits = Integer.getInteger("ndjit.vectorBits");
        if (Vectorization.enabled() && bits != null) {
            org.junit.jupiter.api.Assertions.assertTrue(Vectorization.describe().contains(bits + "-bit loops"), Vectorization.describe());
        }
        NDArray x = Np.arange(1000).astype(org.ndjit.DType.FLOAT64);
        assertEquals(332833500.0, x.mul(x).sum().itemDouble(), "the same answer in either mode");
    }
}
