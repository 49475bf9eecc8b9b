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
    return index(h, bits);
  }

  /** The feature index of hash {@code h} in a space of {@code 2^bits}: a 64-bit mix, then its top bits. */
  static int index(long h, int bits) {
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
    /** Each word's key (its hash, or its length class for a number) and the offset of its first feature. */
    private long[] words = new long[64];
    private int[] wordAt = new int[64];
    private char[] wordChars = new char[64];

    public int size() {
      return size;
    }

    public int get(int i) {
      return items[i];
    }

    /** The key of word {@code i} (see {@link RunScorer}). */
    long word(int i) {
      return words[i];
    }

    /** The offset of word {@code i}'s first feature: its own, then its pair with the word before, then its n-grams. */
    int wordAt(int i) {
      return wordAt[i];
    }

    private void add(int index) {
      if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
      items[size++] = index;
    }

    /** The items array with room for {@code more} features after {@link #size}. */
    private int[] reserve(int more) {
      if (size + more > items.length) items = java.util.Arrays.copyOf(items, Math.max(size + more, items.length * 2));
      return items;
    }

    /** A reused buffer of at least {@code length} chars for one word and its boundaries. */
    private char[] wordBuffer(int length) {
      if (wordChars.length < length) wordChars = new char[Math.max(length, wordChars.length * 2)];
      return wordChars;
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
    long prev = SEED;
    int n = tokens.size();
    if (v.words.length < n) {
      v.words = new long[Math.max(n, v.words.length * 2)];
      v.wordAt = new int[v.words.length];
    }
    for (int i = 0; i < n; i++) {
      int s = tokens.start(i), e = tokens.end(i);
      boolean digits = true;
      for (int k = s; k < e && digits; k++) digits = Chars.isDigit(c[k]);
      long number = 0x9e3779b9L * (31 + Math.min(e - s, 9));
      long word = digits ? number : tokens.hash(i);
      v.words[i] = word;
      v.wordAt[i] = v.size;
      v.add(index(word * 0x100000001b3L + 1));
      v.add(pairIndex(prev, word));
      prev = word;
      // Compared by hash, as the trained models were: a word whose hash equals a number's gets no n-grams.
      if (word != number) charGrams(c, s, e, v);
    }
    v.add(endIndex(prev));
    addShape(v, n, hasLink(text, 0, text.length()));
    v.text = text;
    v.tokens = tokens;
    v.bits = bits;
    return v;
  }

  /** The previous word's key before a text's first word. */
  static final long SEED = 0x5bd1e995L;

  int pairIndex(long prev, long word) {
    return index(prev * 0x2545F4914F6CDD1DL + word + 2);
  }

  int endIndex(long prev) {
    return index(prev * 0x2545F4914F6CDD1DL + 3);
  }

  /** How many features {@link #addShape} adds. */
  static int shapeCount(boolean link) {
    return link ? 2 * SHAPE_COPIES : SHAPE_COPIES;
  }

  /** The text-shape features of a text of {@code words} words: its length band and whether it holds a link. */
  private void addShape(Vector v, int words, boolean link) {
    int band = 32 - Integer.numberOfLeadingZeros(words);
    for (int r = 0; r < SHAPE_COPIES; r++) {
      v.add(bandIndex(band, r));
      if (link) v.add(linkIndex(r));
    }
  }

  /** The sum of {@code weights} over the text-shape features {@link #addShape} gives. */
  int shapeSum(byte[] weights, int words, boolean link) {
    int band = 32 - Integer.numberOfLeadingZeros(words);
    int sum = 0;
    for (int r = 0; r < SHAPE_COPIES; r++) {
      sum += weights[bandIndex(band, r)];
      if (link) sum += weights[linkIndex(r)];
    }
    return sum;
  }

  private int bandIndex(int band, int copy) {
    return index(0x1234567L * (band + 1) + 7 + copy * 101);
  }

  private int linkIndex(int copy) {
    return index(0x7654321L + copy * 101);
  }

  /** Whether {@code text[from, to)} holds a link ("http", "www" or ".com"). */
  static boolean hasLink(String text, int from, int to) {
    return within(text, "http", from, to) || within(text, "www", from, to) || within(text, ".com", from, to);
  }

  private static boolean within(String text, String what, int from, int to) {
    int at = text.indexOf(what, from);
    return at >= 0 && at + what.length() <= to;
  }

  /**
   * Character 4- and 5-grams of the word {@code [s, e)}, with {@code ^} and {@code $} for its boundaries:
   * from each start, the 4-gram and then, when the word has room, the 5-gram that extends it (FNV-1a of
   * the grams' chars, their length less one added). The word is copied between its boundaries first, so
   * the loop reads chars without testing for the ends, and the buffer is sized once per word.
   */
  private void charGrams(char[] text, int s, int e, Vector v) {
    int len = e - s;
    if (len < 2) return; // "^a$" has no 4-gram
    char[] w = v.wordBuffer(len + 2);
    w[0] = '^';
    System.arraycopy(text, s, w, 1, len);
    w[len + 1] = '$';
    int[] items = v.reserve(2 * len - 3);
    int size = v.size;
    // bounded word w[0, len + 2): 4-grams start at 0 .. len - 2, 5-grams at 0 .. len - 3
    for (int p = 0; p <= len - 2; p++) {
      long h = 0xcbf29ce484222325L;
      h = (h ^ w[p]) * 0x100000001b3L;
      h = (h ^ w[p + 1]) * 0x100000001b3L;
      h = (h ^ w[p + 2]) * 0x100000001b3L;
      h = (h ^ w[p + 3]) * 0x100000001b3L;
      items[size++] = index(h + 3);
      if (p == len - 2) break;
      h = (h ^ w[p + 4]) * 0x100000001b3L;
      items[size++] = index(h + 4);
    }
    v.size = size;
  }
}
