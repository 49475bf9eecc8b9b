package io.commentmod.moderation.training;

import io.commentmod.moderation.normalize.Chars;
import io.commentmod.moderation.normalize.Tokens;

/**
 * Hashed features of a normalised text for the spam classifier: words, word pairs, the length of
 * numbers, character 4- and 5-grams of each word with its boundaries, the text's length band and
 * whether it holds a link. Each feature is an index
 * in {@code [0, 2^bits)}; all occurrences weigh {@code 1/sqrt(count)} so long texts are not
 * over-confident. Allocation-free: features are pushed to a {@link Sink}.
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
    int count = 0;
    long prev = 0x5bd1e995L;
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      int s = tokens.start(i), e = tokens.end(i);
      long word = wordHash(text, tokens, i);
      boolean digits = word == 0x9e3779b9L * (31 + Math.min(e - s, 9));
      sink.accept(index(word * 0x100000001b3L + 1));
      sink.accept(index(prev * 0x2545F4914F6CDD1DL + word + 2));
      count += 2;
      prev = word;
      if (!digits) count += charGrams(text, s, e, sink);
    }
    sink.accept(index(prev * 0x2545F4914F6CDD1DL + 3));
    count++;
    int band = 32 - Integer.numberOfLeadingZeros(n);
    boolean link = text.contains("http") || text.contains("www") || text.contains(".com");
    for (int r = 0; r < SHAPE_COPIES; r++) {
      sink.accept(index(0x1234567L * (band + 1) + 7 + r * 101));
      if (link) sink.accept(index(0x7654321L + r * 101));
    }
    return count + (link ? 2 : 1) * SHAPE_COPIES;
  }

  private int charGrams(String text, int s, int e, Sink sink) {
    int count = 0;
    for (int p = s - 1; p <= e - 2; p++) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < MAX_GRAM; k++) {
        int at = p + k;
        if (at > e) break;
        char c = at < s ? '^' : at == e ? '$' : text.charAt(at);
        h = (h ^ c) * 0x100000001b3L;
        if (k >= MIN_GRAM - 1) {
          sink.accept(index(h + k));
          count++;
        }
        if (at == e) break;
      }
    }
    return count;
  }
}
