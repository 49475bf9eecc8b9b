package io.commentmod.moderation.normalize;

/**
 * A fixed set of token hashes ({@link Tokens#hash}) for membership tests on every word of every
 * comment: an open-addressing table at most a quarter full, so a look-up reads one or two slots
 * where a binary search over a sorted array took eight or more unpredictable steps. Read-only
 * once built, so safe to share between threads.
 */
public final class HashSetOfLongs {
  private final long[] slots;
  private final boolean[] used;
  private final int shift;

  public HashSetOfLongs(long[] values) {
    int bits = 4;
    while ((1 << bits) < values.length * 4) bits++;
    slots = new long[1 << bits];
    used = new boolean[1 << bits];
    shift = 64 - bits;
    for (long v : values) {
      int i = slot(v);
      while (used[i] && slots[i] != v) i = (i + 1) & (slots.length - 1);
      slots[i] = v;
      used[i] = true;
    }
  }

  private int slot(long v) {
    return (int) ((v * 0x9E3779B97F4A7C15L) >>> shift);
  }

  public boolean contains(long v) {
    int i = slot(v);
    while (used[i]) {
      if (slots[i] == v) return true;
      i = (i + 1) & (slots.length - 1);
    }
    return false;
  }
}
