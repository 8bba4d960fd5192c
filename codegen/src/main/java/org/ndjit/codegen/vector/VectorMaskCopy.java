package org.ndjit.codegen.vector;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.ndjit.codegen.MaskCopy;
import org.ndjit.DType;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * {@link MaskCopy} with the Vector API's {@code compress} (AVX-512's vpcompressq/vpcompressd into a
 * register): a vector of consecutive elements, their mask bytes as a vector mask, the selected
 * elements packed to the low lanes and stored whole, then the output advanced by the true count.
 * A whole-vector store writes past the selected elements, so the loop runs only while a whole
 * vector fits before {@code wEnd}; the scalar loop finishes. Used for consecutive 8- and 4-byte
 * elements and mask bytes where the mask's byte species has as many lanes (64 bits or more), and
 * for 8-byte elements in four lanes (256-bit vectors without AVX-512, where C2 makes compress a
 * permutation: the 10,000,000 float64 of benchmark B10's {@code x[x > 0]} selected in 38 ms instead of
 * 50-57 with the scalar loop, one thread of an AVX2 EPYC); the rest goes to the scalar loop.
 */
final class VectorMaskCopy implements MaskCopy {
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    /** Little-endian: mask byte k is bits 8k..8k+7 of the int, so bit k of the gathered mask is lane k's. */
    private static final ValueLayout.OfInt MASK_BYTES_AS_INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    // Static finals: the JIT makes Vector API calls vector instructions only where the species is a constant.
    private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, VectorShape.forBitSize(64 * PanamaProvider.lanes(DType.INT64)));
    private static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, VectorShape.forBitSize(32 * PanamaProvider.lanes(DType.INT32)));
    private static final VectorSpecies<Byte> LONG_MASKS = byteSpecies(LONGS.length()), INT_MASKS = byteSpecies(INTS.length());

    /** The byte species with this many lanes, or null when there is none (fewer than 8 lanes). */
    private static VectorSpecies<Byte> byteSpecies(int lanes) {
        return lanes >= 8 ? VectorSpecies.of(byte.class, VectorShape.forBitSize(8 * lanes)) : null;
    }

    /** Whether byte masks may be cast to wider lanes (where the int64-float casts are instructions: AVX-512); else only the four-lane form runs. */
    private final boolean byteMaskCasts;

    VectorMaskCopy(boolean byteMaskCasts) {
        this.byteMaskCasts = byteMaskCasts;
    }

    @Override
    public void copy(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, MemorySegment out, long w, long wEnd) {
        if (byteMaskCasts && mStep == 1 && xStep == item && item == 8 && LONG_MASKS != null) {
            int n = LONGS.length();
            long o = w * 8, end = wEnd * 8;
            for (; o + n * 8L <= end; xAt += n * 8L, mAt += n) {
                VectorMask<Long> m = ByteVector.fromMemorySegment(LONG_MASKS, mask, mAt, ORDER).compare(VectorOperators.NE, 0).cast(LONGS);
                LongVector.fromMemorySegment(LONGS, in, xAt, ORDER).compress(m).intoMemorySegment(out, o, ORDER);
                o += m.trueCount() * 8L;
            }
            w = o / 8;
        } else if (mStep == 1 && xStep == item && item == 8 && LONGS.length() == 4) {
            // Four lanes (AVX2): no byte species that narrow, so four mask bytes read as one int give the mask's bits (the
            // high bit of each non-zero byte, gathered by Integer.compress, BMI2's pext); no int64-float cast is needed.
            long o = w * 8, end = wEnd * 8;
            for (; o + 32 <= end; xAt += 32, mAt += 4) {
                int bits = fourMaskBits(mask, mAt);
                LongVector.fromMemorySegment(LONGS, in, xAt, ORDER).compress(VectorMask.fromLong(LONGS, bits)).intoMemorySegment(out, o, ORDER);
                o += Integer.bitCount(bits) * 8L;
            }
            w = o / 8;
        } else if (byteMaskCasts && mStep == 1 && xStep == item && item == 4 && INT_MASKS != null) {
            int n = INTS.length();
            long o = w * 4, end = wEnd * 4;
            for (; o + n * 4L <= end; xAt += n * 4L, mAt += n) {
                VectorMask<Integer> m = ByteVector.fromMemorySegment(INT_MASKS, mask, mAt, ORDER).compare(VectorOperators.NE, 0).cast(INTS);
                IntVector.fromMemorySegment(INTS, in, xAt, ORDER).compress(m).intoMemorySegment(out, o, ORDER);
                o += m.trueCount() * 4L;
            }
            w = o / 4;
        }
        MaskCopy.scalar(item, in, xAt, xStep, mask, mAt, mStep, out, w, wEnd);
    }

    /** {@link #copy}'s vector loops over all {@code len} positions: a whole vector stored at slot o reaches o + lanes, at most the slot of the vector's last position. */
    @Override
    public long copyAll(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, long len, MemorySegment out, long w) {
        long t = 0;
        if (byteMaskCasts && mStep == 1 && xStep == item && item == 8 && LONG_MASKS != null) {
            int n = LONGS.length();
            long o = w * 8;
            for (; t + n <= len; t += n, xAt += n * 8L, mAt += n) {
                VectorMask<Long> m = ByteVector.fromMemorySegment(LONG_MASKS, mask, mAt, ORDER).compare(VectorOperators.NE, 0).cast(LONGS);
                LongVector.fromMemorySegment(LONGS, in, xAt, ORDER).compress(m).intoMemorySegment(out, o, ORDER);
                o += m.trueCount() * 8L;
            }
            w = o / 8;
        } else if (mStep == 1 && xStep == item && item == 8 && LONGS.length() == 4) {
            long o = w * 8;
            for (; t + 4 <= len; t += 4, xAt += 32, mAt += 4) {
                int bits = fourMaskBits(mask, mAt);
                LongVector.fromMemorySegment(LONGS, in, xAt, ORDER).compress(VectorMask.fromLong(LONGS, bits)).intoMemorySegment(out, o, ORDER);
                o += Integer.bitCount(bits) * 8L;
            }
            w = o / 8;
        } else if (byteMaskCasts && mStep == 1 && xStep == item && item == 4 && INT_MASKS != null) {
            int n = INTS.length();
            long o = w * 4;
            for (; t + n <= len; t += n, xAt += n * 4L, mAt += n) {
                VectorMask<Integer> m = ByteVector.fromMemorySegment(INT_MASKS, mask, mAt, ORDER).compare(VectorOperators.NE, 0).cast(INTS);
                IntVector.fromMemorySegment(INTS, in, xAt, ORDER).compress(m).intoMemorySegment(out, o, ORDER);
                o += m.trueCount() * 4L;
            }
            w = o / 4;
        }
        return MaskCopy.scalarAll(item, in, xAt, xStep, mask, mAt, mStep, len - t, out, w);
    }

    /**
     * Four mask bytes at {@code mAt} as the low four bits of an int, bit i set when byte i is non-zero: read as one
     * int, the high bit of each non-zero byte is set and gathered by Integer.compress (BMI2's pext).
     */
    private static int fourMaskBits(MemorySegment mask, long mAt) {
        int v = mask.get(MASK_BYTES_AS_INT, mAt);
        return Integer.compress((v | ((v & 0x7f7f7f7f) + 0x7f7f7f7f)) & 0x80808080, 0x80808080);
    }
}
