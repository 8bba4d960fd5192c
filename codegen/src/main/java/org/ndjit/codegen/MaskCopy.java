package org.ndjit.codegen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The inner loop of a mask selection over one chunk: copies the elements (of {@code item} bytes:
 * 8, 4 or 1) at byte positions {@code xAt, xAt + xStep, ...} whose mask bytes, at
 * {@code mAt, mAt + mStep, ...}, are non-zero, to consecutive output slots from slot {@code w}, and
 * stops when slot {@code wEnd - 1} is written. It never writes a slot outside {@code [w, wEnd)}, which
 * other threads may be writing. Elements move as bits (NaN payloads kept).
 * {@link #SCALAR} is always there; the vector package has a form with the Vector API's compress.
 */
public interface MaskCopy {
    void copy(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, MemorySegment out, long w, long wEnd);

    /**
     * Copies the selected elements among {@code len} positions to consecutive slots from {@code w},
     * like {@link #copy}, without being told how many there are: returns the slot after the last one
     * written, so the copy is the count. It may store into any of the slots {@code [w, w + len)} (a
     * slot per position: whole vectors are stored at the next slot), so the caller gives it that many.
     */
    long copyAll(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, long len, MemorySegment out, long w);

    /** Branch-free loops: every element is stored at the next slot, which advances only where the mask is true. */
    MaskCopy SCALAR = new MaskCopy() {
        @Override
        public void copy(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, MemorySegment out, long w, long wEnd) {
            scalar(item, in, xAt, xStep, mask, mAt, mStep, out, w, wEnd);
        }

        @Override
        public long copyAll(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, long len, MemorySegment out, long w) {
            return scalarAll(item, in, xAt, xStep, mask, mAt, mStep, len, out, w);
        }
    };

    /** {@link #SCALAR}'s {@link #copyAll} loop: the slot written for each position is at most that position's. */
    static long scalarAll(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, long len, MemorySegment out, long w) {
        long o = w * item;
        switch (item) {
            case 8 -> {
                for (long t = 0; t < len; t++, xAt += xStep, mAt += mStep) {
                    out.set(ValueLayout.JAVA_LONG_UNALIGNED, o, in.get(ValueLayout.JAVA_LONG_UNALIGNED, xAt));
                    o += mask.get(ValueLayout.JAVA_BYTE, mAt) != 0 ? 8 : 0;
                }
            }
            case 4 -> {
                for (long t = 0; t < len; t++, xAt += xStep, mAt += mStep) {
                    out.set(ValueLayout.JAVA_INT_UNALIGNED, o, in.get(ValueLayout.JAVA_INT_UNALIGNED, xAt));
                    o += mask.get(ValueLayout.JAVA_BYTE, mAt) != 0 ? 4 : 0;
                }
            }
            case 1 -> {
                for (long t = 0; t < len; t++, xAt += xStep, mAt += mStep) {
                    out.set(ValueLayout.JAVA_BYTE, o, in.get(ValueLayout.JAVA_BYTE, xAt));
                    o += mask.get(ValueLayout.JAVA_BYTE, mAt) != 0 ? 1 : 0;
                }
            }
            default -> throw new IllegalArgumentException("elements of " + item + " bytes");
        }
        return o / item;
    }

    /** {@link #SCALAR}'s loop; the loop ends when the last selected element is stored, so it never stores past {@code wEnd}. */
    static void scalar(int item, MemorySegment in, long xAt, long xStep, MemorySegment mask, long mAt, long mStep, MemorySegment out, long w, long wEnd) {
        switch (item) {
            case 8 -> {
                for (long o = w * 8, end = wEnd * 8; o < end; xAt += xStep, mAt += mStep) {
                    out.set(ValueLayout.JAVA_LONG_UNALIGNED, o, in.get(ValueLayout.JAVA_LONG_UNALIGNED, xAt));
                    o += mask.get(ValueLayout.JAVA_BYTE, mAt) != 0 ? 8 : 0;
                }
            }
            case 4 -> {
                for (long o = w * 4, end = wEnd * 4; o < end; xAt += xStep, mAt += mStep) {
                    out.set(ValueLayout.JAVA_INT_UNALIGNED, o, in.get(ValueLayout.JAVA_INT_UNALIGNED, xAt));
                    o += mask.get(ValueLayout.JAVA_BYTE, mAt) != 0 ? 4 : 0;
                }
            }
            case 1 -> {
                for (long o = w; o < wEnd; xAt += xStep, mAt += mStep) {
                    out.set(ValueLayout.JAVA_BYTE, o, in.get(ValueLayout.JAVA_BYTE, xAt));
                    o += mask.get(ValueLayout.JAVA_BYTE, mAt) != 0 ? 1 : 0;
                }
            }
            default -> throw new IllegalArgumentException("elements of " + item + " bytes");
        }
    }
}
