package org.ndjit.engine;

/**
 * Maps values to integers whose signed order is NumPy's sort order ({@link org.ndjit.ir.SortOrder}):
 * -0.0 and 0.0 to one key, every NaN to one key above +inf. So integer sorts and searches give
 * float answers, and a stable sort of keys keeps the input order of equal values.
 */
final class SortKeys {
    private SortKeys() {}

    static long of(double v) {
        if (v != v) return Long.MAX_VALUE;
        long bits = Double.doubleToRawLongBits(v == 0 ? 0.0 : v);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    static int of(float v) {
        if (v != v) return Integer.MAX_VALUE;
        int bits = Float.floatToRawIntBits(v == 0 ? 0f : v);
        return bits ^ ((bits >> 31) & Integer.MAX_VALUE);
    }

    /**
     * Sorts {@code idx[0..n)} stably by {@code key}, moving the keys with them (64-bit keys and 32-bit
     * positions do not pack into one primitive): a merge sort of insertion-sorted runs, or for long
     * lines an LSD radix sort, which is stable and linear.
     * {@code keyTmp} and {@code idxTmp} are scratch of at least n elements.
     */
    static void sortStable(long[] key, int[] idx, int n, long[] keyTmp, int[] idxTmp) {
        if (n >= RADIX_FROM) {
            radixSort(key, idx, n, keyTmp, idxTmp);
            return;
        }
        final int run = 32;
        for (int lo = 0; lo < n; lo += run) insertion(key, idx, lo, Math.min(n, lo + run));
        long[] k = key, kt = keyTmp;
        int[] ix = idx, it = idxTmp;
        for (int width = run; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(n, lo + width), hi = Math.min(n, lo + 2 * width), i = lo, j = mid, o = lo;
                while (i < mid && j < hi) {
                    if (k[j] < k[i]) { kt[o] = k[j]; it[o++] = ix[j++]; }
                    else { kt[o] = k[i]; it[o++] = ix[i++]; }
                }
                while (i < mid) { kt[o] = k[i]; it[o++] = ix[i++]; }
                while (j < hi) { kt[o] = k[j]; it[o++] = ix[j++]; }
            }
            long[] swapK = k; k = kt; kt = swapK;
            int[] swapI = ix; ix = it; it = swapI;
        }
        if (k != key) {
            System.arraycopy(k, 0, key, 0, n);
            System.arraycopy(ix, 0, idx, 0, n);
        }
    }

    /** Lines at least this long are radix sorted: below it the counting tables cost more than they save. */
    static final int RADIX_FROM = 512;
    private static final int DIGIT = 11, BUCKETS = 1 << DIGIT, PASSES = (64 + DIGIT - 1) / DIGIT;

    /**
     * Six passes of 11-bit digits, least significant first, over the keys with the sign bit flipped
     * (so unsigned digit order is signed key order); all digit counts are taken in one first pass, and
     * a pass whose digit is the same for every key is skipped.
     */
    private static void radixSort(long[] key, int[] idx, int n, long[] keyTmp, int[] idxTmp) {
        int[][] counts = new int[PASSES][BUCKETS + 1];
        for (int i = 0; i < n; i++) {
            long u = key[i] ^ Long.MIN_VALUE;
            for (int p = 0; p < PASSES; p++) counts[p][(int) ((u >>> (p * DIGIT)) & (BUCKETS - 1)) + 1]++;
        }
        long[] k = key, kt = keyTmp;
        int[] ix = idx, it = idxTmp;
        for (int p = 0; p < PASSES; p++) {
            int[] start = counts[p];
            boolean trivial = false;
            for (int b = 1; b <= BUCKETS; b++) {
                if (start[b] == n) trivial = true;
                start[b] += start[b - 1];
            }
            if (trivial) continue;
            int shift = p * DIGIT;
            for (int i = 0; i < n; i++) {
                int to = start[(int) (((k[i] ^ Long.MIN_VALUE) >>> shift) & (BUCKETS - 1))]++;
                kt[to] = k[i];
                it[to] = ix[i];
            }
            long[] swapK = k; k = kt; kt = swapK;
            int[] swapI = ix; ix = it; it = swapI;
        }
        if (k != key) {
            System.arraycopy(k, 0, key, 0, n);
            System.arraycopy(ix, 0, idx, 0, n);
        }
    }

    private static void insertion(long[] key, int[] idx, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            long k = key[i];
            int x = idx[i], j = i - 1;
            while (j >= lo && key[j] > k) {
                key[j + 1] = key[j];
                idx[j + 1] = idx[j];
                j--;
            }
            key[j + 1] = k;
            idx[j + 1] = x;
        }
    }
}
