package io.commentmod.moderation.check.crowd;

import io.commentmod.moderation.normalize.Tokens;

/** A 64-bit SimHash of a text's words and word pairs: near-duplicate texts differ in few bits. */
final class Fingerprint {
  private Fingerprint() {}

  static long simHash(Tokens tokens) {
    int[] v = new int[64];
    long prev = 0;
    for (int i = 0; i < tokens.size(); i++) {
      long h = tokens.hash(i);
      add(v, mix(h));
      if (i > 0) add(v, mix(prev * 31 + h));
      prev = h;
    }
    long out = 0;
    for (int b = 0; b < 64; b++) if (v[b] > 0) out |= 1L << b;
    return out;
  }

  private static void add(int[] v, long h) {
    for (int b = 0; b < 64; b++) v[b] += ((h >>> b) & 1) != 0 ? 1 : -1;
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
