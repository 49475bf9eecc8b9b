package io.commentmod.moderation.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds whole-word phrases in a normalised text in one pass over its {@link Tokens}: each phrase
 * is indexed by the hash of its first word, so matching costs one table probe per word.
 * Phrases are normalised with {@link Normalizer#fold}, so list entries match however the
 * comment disguised them.
 */
public final class PhraseMatcher<T> {
  /** Receives each match: the phrase's payload and its token range {@code [first, last]}. */
  public interface Hit<T> {
    void found(T payload, int firstToken, int lastToken);
  }

  private final long[][] phrases;
  private final List<T> payloads;
  private final long[] keys;
  private final int[][] byKey;
  private final int mask;
  /**
   * One bit per hash of a first word (a different part of the hash than {@link #slot}), 16 to 32 bits
   * per phrase: a word that starts no phrase is nearly always turned away by this small table,
   * without touching the larger {@link #keys} and {@link #byKey}.
   */
  private final long[] firstWords;
  private final int filterMask;

  private PhraseMatcher(List<long[]> phrases, List<T> payloads) {
    this.phrases = phrases.toArray(new long[0][]);
    this.payloads = List.copyOf(payloads);
    int cap = Integer.highestOneBit(Math.max(4, phrases.size() * 2)) * 2;
    keys = new long[cap];
    byKey = new int[cap][];
    mask = cap - 1;
    firstWords = new long[Math.max(1, cap / 8)];
    filterMask = firstWords.length * 64 - 1;
    for (int p = 0; p < this.phrases.length; p++) {
      long k = this.phrases[p][0];
      int slot = slot(k);
      while (byKey[slot] != null && keys[slot] != k) slot = (slot + 1) & mask;
      keys[slot] = k;
      int bit = filterBit(k);
      firstWords[bit >>> 6] |= 1L << bit;
      int[] old = byKey[slot];
      byKey[slot] = old == null ? new int[] {p} : append(old, p);
    }
    // Longest phrase first at each position, so callers can skip phrases inside a longer match.
    for (int[] list : byKey) {
      if (list == null || list.length < 2) continue;
      Integer[] boxed = Arrays.stream(list).boxed().toArray(Integer[]::new);
      Arrays.sort(boxed, (x, y) -> Integer.compare(this.phrases[y].length, this.phrases[x].length));
      for (int i = 0; i < list.length; i++) list[i] = boxed[i];
    }
  }

  private static int[] append(int[] a, int v) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  private int filterBit(long k) {
    long h = k * 0xC2B2AE3D27D4EB4FL;
    return (int) (h >>> 24) & filterMask;
  }

  /** A builder: add phrases with payloads, then {@link #build()}. */
  public static final class Builder<T> {
    private final List<long[]> phrases = new ArrayList<>();
    private final List<T> payloads = new ArrayList<>();

    /** Adds {@code phrase} (any spelling; it is normalised); blank phrases are ignored. */
    public Builder<T> add(String phrase, T payload) {
      String norm = Normalizer.fold(phrase);
      Tokens t = Tokens.of(norm);
      if (t.size() == 0) return this;
      long[] h = new long[t.size()];
      for (int i = 0; i < h.length; i++) h[i] = t.hash(i);
      phrases.add(h);
      payloads.add(payload);
      return this;
    }

    public PhraseMatcher<T> build() {
      return new PhraseMatcher<>(phrases, payloads);
    }
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  public boolean isEmpty() {
    return phrases.length == 0;
  }

  /** Reports every phrase occurrence in {@code tokens}, left to right, the longest first at each word. */
  public void match(Tokens tokens, Hit<T> hit) {
    if (phrases.length == 0) return;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      long k = tokens.hash(i);
      int bit = filterBit(k);
      if ((firstWords[bit >>> 6] & 1L << bit) == 0) continue;
      int slot = slot(k);
      while (byKey[slot] != null) {
        if (keys[slot] == k) {
          for (int p : byKey[slot]) {
            long[] ph = phrases[p];
            if (i + ph.length > n) continue;
            boolean ok = true;
            for (int j = 1; j < ph.length && ok; j++) ok = tokens.hash(i + j) == ph[j];
            if (ok) hit.found(payloads.get(p), i, i + ph.length - 1);
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
  }
}
