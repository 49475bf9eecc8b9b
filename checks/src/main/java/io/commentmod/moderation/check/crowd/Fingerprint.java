package io.commentmod.moderation.check.crowd;

import io.commentmod.moderation.normalize.Tokens;

/** A 64-bit SimHash of a text's words: near-duplicate texts differ in few bits. */
final class Fingerprint {
  private Fingerprint() {}

  static long simHash(Tokens tokens) {
    int[] ones = new int[64];
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      long h = mix(tokens.hash(i));
      for (int b = 0; b < 64; b++) ones[b] += (int) ((h >>> b) & 1);
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
