package org.ndjit.benchmarks.programs;

import org.ndjit.NDArray;
import org.ndjit.NpyFiles;
import org.ndjit.Random;
import org.ndjit.DType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Image operations on a 512 x 512 x 3 float32 image: a crop (slice), both flips, a transpose (with
 * the flips, a rotation), a 3 x 3 box blur as the sum of 9 shifted slices / 9, and the grayscale of
 * the blurred image.
 */
final class ImageOps {
    static final int SIZE = 512, CROP = 16;

    private ImageOps() {}

    static void writeData(Path dir, Random rng) throws IOException {
        NpyFiles.save(dir.resolve("img.npy"), rng.rand(SIZE, SIZE, 3).astype(DType.FLOAT32));
    }

    static Map<String, NDArray> run(Path dir) throws IOException {
        NDArray img = NpyFiles.load(dir.resolve("img.npy"));
        NDArray crop = img.get(CROP + ":" + (SIZE - CROP) + ", " + CROP + ":" + (SIZE - CROP));
        NDArray rotated = crop.get("::-1, ::-1").transpose(1, 0, 2);
        long h = rotated.shape()[0] - 2, w = rotated.shape()[1] - 2;
        NDArray sum = null;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                NDArray shifted = rotated.get(i + ":" + (h + i) + ", " + j + ":" + (w + j));
                sum = sum == null ? shifted : sum.add(shifted);
            }
        }
        NDArray blur = sum.div(9).eval();
        NDArray gray = blur.get(":, :, 0").mul(0.299).add(blur.get(":, :, 1").mul(0.587)).add(blur.get(":, :, 2").mul(0.114));
        return Map.of("blur", blur, "gray", gray.eval());
    }
}
