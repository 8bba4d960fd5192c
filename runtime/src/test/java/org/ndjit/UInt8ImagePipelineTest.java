package org.ndjit;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README's uint8 image pipeline (issue 17) gives NumPy's bytes: normalize to float32, raise the
 * contrast, blend with the mirror image, convert back with rint, clip and astype(uint8). The
 * expected image and its channel sums were written by NumPy ({@code gen_image_fixture.py}), which
 * makes the same input image by the same formula.
 */
class UInt8ImagePipelineTest {
    @Test
    void pipelineGivesNumpysBytes() throws Exception {
        byte[] pixels = new byte[48 * 64 * 3];
        for (int y = 0, i = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                for (int c = 0; c < 3; c++) pixels[i++] = (byte) ((y * 53 + x * 29 + c * 101 + (x * y) % 17) % 256);
            }
        }
        NDArray img = Np.array(pixels, DType.UINT8).reshape(48, 64, 3);

        NDArray f = img.astype(DType.FLOAT32).div(255.0);
        f = f.sub(0.5).mul(1.25).add(0.5);
        f = f.mul(0.75).add(f.get(":, ::-1").mul(0.25));
        NDArray out = f.mul(255.0).rint().clip(0, 255).astype(DType.UINT8);

        NDArray expected = NpyFiles.load(resource("image_pipeline.npy"));
        assertEquals(DType.UINT8, out.dtype());
        assertArrayEquals(expected.shape(), out.shape());
        assertArrayEquals(expected.toByteArray(), out.toByteArray());

        NDArray sums = out.sum(new int[] {0, 1}, false);
        assertEquals(DType.UINT64, sums.dtype());
        assertArrayEquals(NpyFiles.load(resource("image_channel_sums.npy")).toLongArray(), sums.toLongArray());
    }

    private static Path resource(String name) throws Exception {
        Path p = Path.of(UInt8ImagePipelineTest.class.getResource("/dtypes/" + name).toURI());
        if (!Files.exists(p)) throw new IllegalStateException("missing " + p);
        return p;
    }
}
