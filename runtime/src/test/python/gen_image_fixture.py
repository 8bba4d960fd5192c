#!/usr/bin/env python3
"""NumPy's bytes for UInt8ImagePipelineTest (issue 17), run by hand:

    python3 runtime/src/test/python/gen_image_fixture.py

The input image is made by a formula the Java test repeats (no input file): a 48 x 64 RGB uint8
image, pixel (y, x, c) = (y * 53 + x * 29 + c * 101 + (x * y) % 17) % 256. The pipeline is the
README's: normalize to float32, raise the contrast around mid-grey, blend with the mirror image,
convert back with rint and clip to [0, 255], then astype(uint8). Every step is one float32 rounding,
so the bytes are exact, not approximate. Writes resources/dtypes/image_pipeline.npy (np.save), and
the per-channel sums of the result (uint64, NumPy's accumulator for uint8) into the same folder.
"""
import os

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "dtypes")


def main():
    y, x, c = np.meshgrid(np.arange(48), np.arange(64), np.arange(3), indexing="ij")
    img = ((y * 53 + x * 29 + c * 101 + (x * y) % 17) % 256).astype(np.uint8)
    f = img.astype(np.float32) / 255.0
    f = (f - 0.5) * 1.25 + 0.5
    f = 0.75 * f + 0.25 * f[:, ::-1]
    out = np.clip(np.rint(f * 255.0), 0, 255).astype(np.uint8)
    assert out.dtype == np.uint8 and f.dtype == np.float32
    np.save(os.path.join(OUT, "image_pipeline.npy"), out)
    sums = out.sum(axis=(0, 1))
    assert sums.dtype == np.uint64
    np.save(os.path.join(OUT, "image_channel_sums.npy"), sums)
    print("wrote image_pipeline.npy", out.shape, "sums", sums)


if __name__ == "__main__":
    main()
