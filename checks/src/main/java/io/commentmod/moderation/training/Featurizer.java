package io.commentmod.moderation.training;

import io.commentmod.moderation.normalize.Chars;
import io.commentmod.moderation.normalize.Tokens;

/**
 * Hashed features of a normalised text for the spam classifier: words, word pairs, the length of
 * numbers, character 4- and 5-grams of each word with its boundaries, the text's length band and
 * whether it holds a link. Each feature is an index
 * in {@code [0, 2^bits)}; all occurrences weigh {@code 1/sqrt(count)} so long texts are not
 * over-confident. Allocation-free: features fill a reused per-thread {@link Vector}, or are
 * pushed to a {@link Sink}.
 */
public final class Featurizer {
  /** Receives feature indexes. */
  public interface Sink {
    void accept(int index);
  }

  private final int bits;
  /** Shortest and longest character n-gram (boundaries included); chosen by YouTube leave-one-video-out. */
  private static final int MIN_GRAM = 4, MAX_GRAM = 5;
  /** Copies of each text-shape feature (length band, has a link), so they weigh like a few words. */
  private static final int SHAPE_COPIES = 3;

  public Featurizer(int bits) {
    if (bits < 10 || bits > 26) throw new IllegalArgumentException("bits must be in [10, 26]: " + bits);
    this.bits = bits;
  }

  public int bits() {
    return bits;
  }

  public int dimension() {
    return 1 << bits;
  }

  private int index(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) (h >>> (64 - bits));
  }

  /** The index of word {@code i}'s own (unigram) feature. */
  public int wordIndex(String text, Tokens tokens, int i) {
    return index(wordHash(text, tokens, i) * 0x100000001b3L + 1);
  }

  private static long wordHash(String text, Tokens tokens, int i) {
    int s = tokens.start(i), e = tokens.end(i);
    boolean digits = true;
    for (int k = s; k < e && digits; k++) digits = Chars.isDigit(text.charAt(k));
    return digits ? 0x9e3779b9L * (31 + Math.min(e - s, 9)) : tokens.hash(i);
  }

  /** Pushes every feature of {@code text} (normalised, with its {@code tokens}); returns how many. */
  public int features(String text, Tokens tokens, Sink sink) {
    Vector v = vector(text, tokens);
    for (int i = 0; i < v.size; i++) sink.accept(v.items[i]);
    return v.size;
  }

  /**
   * The features of one text, in the order {@link #features} pushes them. Valid until the next call
   * on this thread: the buffer is reused, and the last text's vector is kept, so the spam and the
   * self-harm model (same bits, same normalised text and tokens) featurise a comment only once.
   */
  public static final class Vector {
    private String text;
    private Tokens tokens;
    private int bits;
    private char[] chars = new char[256];
    private int[] items = new int[256];
    private int size;

    public int size() {
      return size;
    }

    public int get(int i) {
      return items[i];
    }

    private void add(int index) {
      if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
      items[size++] = index;
    }
  }

  private static final ThreadLocal<Vector> LAST = ThreadLocal.withInitial(Vector::new);

  /** The features of {@code text} (normalised, with its {@code tokens}); see {@link Vector} for how long it stays valid. */
  public Vector vector(String text, Tokens tokens) {
    Vector v = LAST.get();
    if (v.text == text && v.tokens == tokens && v.bits == bits) return v;
    v.text = null;
    v.size = 0;
    int len = text.length();
    if (v.chars.length < len) v.chars = new char[Math.max(len, v.chars.length * 2)];
    char[] c = v.chars;
    text.getChars(0, len, c, 0);
    long prev = 0x5bd1e995L;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      int s = tokens.start(i), e = tokens.end(i);
      boolean digits = true;
      for (int k = s; k < e && digits; k++) digits = Chars.isDigit(c[k]);
      long number = 0x9e3779b9L * (31 + Math.min(e - s, 9));
      long word = digits ? number : tokens.hash(i);
      v.add(index(word * 0x100000001b3L + 1));
      v.add(index(prev * 0x2545F4914F6CDD1DL + word + 2));
      prev = word;
      // Compared by hash, as the trained models were: a word whose hash equals a number's gets no n-grams.
      if (word != number) charGrams(c, s, e, v);
    }
    v.add(index(prev * 0x2545F4914F6CDD1DL + 3));
    int band = 32 - Integer.numberOfLeadingZeros(n);
    boolean link = text.contains("http") || text.contains("www") || text.contains(".com");
    for (int r = 0; r < SHAPE_COPIES; r++) {
      v.add(index(0x1234567L * (band + 1) + 7 + r * 101));
      if (link) v.add(index(0x7654321L + r * 101));
    }
    v.text = text;
    v.tokens = tokens;
    v.bits = bits;
    return v;
  }

  /** Character 4- and 5-grams of the word {@code [s, e)}, with {@code ^} and {@code $} for its boundaries. */
  private void charGrams(char[] text, int s, int e, Vector v) {
    for (int p = s - 1; p <= e - 2; p++) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < MAX_GRAM; k++) {
        int at = p + k;
        if (at > e) break;
        char c = at < s ? '^' : at == e ? '$' : text[at];
        h = (h ^ c) * 0x100000001b3L;
        if (k >= MIN_GRAM - 1) v.add(index(h + k));
        if (at == e) break;
      }
    }
  }
}
