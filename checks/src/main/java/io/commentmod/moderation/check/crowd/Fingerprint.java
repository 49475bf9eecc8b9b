package io.commentmod.moderation.check.crowd;

import io.commentmod.moderation.normalize.Tokens;

/** A 64-bit SimHash of a text's words: near-duplicate texts differ in few bits. */
final class Fingerprint {
  private Fingerprint() {}

  /** Bits 0, 8, 16, ... 56 of a long: one per byte lane. */
  private static final long LANES = 0x0101010101010101L;

  /**
   * Bit b is set when more than half of the words' hashes have bit b set. The ones are counted
   * eight bits at a time: counter {@code j} holds, in its eight bytes, the counts of bits j, j+8,
   * ..., j+56; bytes cannot overflow because the counters are emptied every 255 words.
   */
  static long simHash(Tokens tokens) {
    int n = tokens.size();
    if (n < 255) return shortSimHash(tokens, n);
    int[] ones = new int[64];
    long[] lanes = new long[8];
    for (int i = 0; i < n; i++) {
      long h = mix(tokens.hash(i));
      for (int j = 0; j < 8; j++) lanes[j] += (h >>> j) & LANES;
      if ((i + 1) % 255 == 0 || i + 1 == n) {
        for (int j = 0; j < 8; j++) {
          for (int byteIndex = 0; byteIndex < 8; byteIndex++) ones[j + 8 * byteIndex] += (int) ((lanes[j] >>> (8 * byteIndex)) & 0xff);
          lanes[j] = 0;
        }
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) if (2 * ones[b] > n) out |= 1L << b;
    return out;
  }

  /**
   * {@link #simHash} of fewer than 255 words, the usual comment: no byte lane can overflow, so the
   * counts stay in eight local counters and each bit is read straight from its byte, without arrays
   * and without a branch per bit (whether a bit is set is random, so a branch on it is mispredicted
   * about half the time): bit {@code b} is the sign of {@code n - 2 * count}.
   */
  private static long shortSimHash(Tokens tokens, int n) {
    long l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0;
    for (int i = 0; i < n; i++) {
      long h = mix(tokens.hash(i));
      l0 += h & LANES;
      l1 += (h >>> 1) & LANES;
      l2 += (h >>> 2) & LANES;
      l3 += (h >>> 3) & LANES;
      l4 += (h >>> 4) & LANES;
      l5 += (h >>> 5) & LANES;
      l6 += (h >>> 6) & LANES;
      l7 += (h >>> 7) & LANES;
    }
    return majority(l0, 0, n) | majority(l1, 1, n) | majority(l2, 2, n) | majority(l3, 3, n)
        | majority(l4, 4, n) | majority(l5, 5, n) | majority(l6, 6, n) | majority(l7, 7, n);
  }

  /** The bits {@code j, j + 8, ..., j + 56} set whose count, a byte of {@code lane}, is more than half of {@code n}. */
  private static long majority(long lane, int j, int n) {
    long out = 0;
    for (int byteIndex = 0; byteIndex < 8; byteIndex++) {
      int count = (int) ((lane >>> (8 * byteIndex)) & 0xff);
      out |= ((long) ((n - 2 * count) >>> 31)) << (j + 8 * byteIndex);
    }
    return out;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
