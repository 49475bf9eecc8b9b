package io.commentmod.moderation.check.crowd;

import java.util.Arrays;

/**
 * The distinct (time, author) pairs of the similar comments a wave check has seen so far. One
 * comment sits in up to four band buckets, so the same pair turns up several times; a small
 * open-addressing table on the time keeps each look-up O(1) instead of a scan of all pairs.
 * In order of first addition. One per comment at a time ({@link #clear} between comments); not
 * thread-safe.
 */
final class SimilarEntries {
  private long[] at = new long[32];
  private String[] authors = new String[32];
  /** Index + 1 into {@link #at} per slot, 0 for empty; at most half full. */
  private int[] slots = new int[64];
  private int size;

  /** Adds the pair unless it is already here; true if it was added. */
  boolean add(long t, String author) {
    int mask = slots.length - 1;
    for (int s = slot(t, mask); ; s = (s + 1) & mask) {
      int i = slots[s] - 1;
      if (i < 0) {
        if (size == at.length) {
          grow();
          return add(t, author);
        }
        at[size] = t;
        authors[size] = author;
        slots[s] = ++size;
        return true;
      }
      if (at[i] == t && authors[i].equals(author)) return false;
    }
  }

  /** Empties this for the next comment, keeping the arrays. */
  void clear() {
    if (size == 0) return;
    Arrays.fill(authors, 0, size, null);
    Arrays.fill(slots, 0);
    size = 0;
  }

  /** Per author slot: index + 1 into {@link #authors} of the first pair naming it, 0 for empty. */
  private int[] authorSlots = new int[64];

  /**
   * How many distinct authors other than {@code author} the pairs name (by {@code equals}), through
   * a small table on the authors' hashes instead of comparing every pair with every earlier one.
   */
  int otherAuthors(String author) {
    if (authorSlots.length < 2 * size) authorSlots = new int[Integer.highestOneBit(2 * size) * 2];
    else Arrays.fill(authorSlots, 0);
    int mask = authorSlots.length - 1;
    int count = 0;
    for (int i = 0; i < size; i++) {
      String a = authors[i];
      if (a.equals(author)) continue;
      int h = a.hashCode() * 0x9e3779b9;
      for (int s = (h ^ (h >>> 16)) & mask; ; s = (s + 1) & mask) {
        int j = authorSlots[s] - 1;
        if (j < 0) {
          authorSlots[s] = i + 1;
          count++;
          break;
        }
        if (authors[j].equals(a)) break;
      }
    }
    return count;
  }

  /** How many pairs name {@code author}. */
  int pairsOf(String author) {
    int count = 0;
    for (int i = 0; i < size; i++) if (authors[i].equals(author)) count++;
    return count;
  }

  int size() {
    return size;
  }

  String author(int i) {
    return authors[i];
  }

  private void grow() {
    at = Arrays.copyOf(at, size * 2);
    authors = Arrays.copyOf(authors, size * 2);
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int s = slot(at[i], mask);
      while (slots[s] != 0) s = (s + 1) & mask;
      slots[s] = i + 1;
    }
  }

  private static int slot(long t, int mask) {
    long h = t * 0x9e3779b97f4a7c15L;
    return (int) (h >>> 40) & mask;
  }
}
