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
    int[] ones = new int[64];
    long[] lanes = new long[8];
    int n = tokens.size();
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

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
