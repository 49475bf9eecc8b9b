package io.commentmod.moderation.normalize;

/**
 * The words of a normalised text: runs of letters and digits (an apostrophe between letters stays
 * inside the word, so {@code lion's} is one word), each with its range and a 64-bit hash.
 */
public final class Tokens {
  private int[] starts;
  private int[] ends;
  private long[] hashes;
  private int size;

  private Tokens(int capacity) {
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new long[capacity];
  }

  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  /**
   * The tokens of {@code s}, reusing the last result on this thread when {@code s} is the same
   * string object: every check of one comment tokenises the same normalised text.
   */
  public static Tokens cached(String s) {
    Object[] last = LAST.get();
    if (last[0] == s) return (Tokens) last[1];
    Tokens t = of(TextChars.cached(s), s.length());
    last[0] = s;
    last[1] = t;
    return t;
  }

  public static Tokens of(CharSequence s) {
    Tokens t = new Tokens(Math.max(8, s.length() / 4));
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!Chars.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      long h = FNV_OFFSET;
      while (i < n) {
        char x = s.charAt(i);
        if (Chars.isLetterOrDigit(x)) {
          h = (h ^ x) * FNV_PRIME;
          i++;
        } else if ((x == '\'' || x == '\u2019') && i + 1 < n && Chars.isLetter(s.charAt(i + 1)) && i > start) {
          h = (h ^ '\'') * FNV_PRIME;
          i++;
        } else {
          break;
        }
      }
      t.add(start, i, h);
    }
    return t;
  }

  /**
   * {@link #of(CharSequence)} of the text whose chars are {@code s[0, n)}: the same words, read from
   * the array ({@link TextChars}: the checks share one copy of a comment's text) instead of through
   * {@code charAt}, which checks and assembles every char.
   */
  static Tokens of(char[] s, int n) {
    Tokens t = new Tokens(Math.max(8, n / 4));
    int i = 0;
    while (i < n) {
      char c = s[i];
      if (!Chars.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      long h = FNV_OFFSET;
      while (i < n) {
        char x = s[i];
        if (Chars.isLetterOrDigit(x)) {
          h = (h ^ x) * FNV_PRIME;
          i++;
        } else if ((x == '\'' || x == '\u2019') && i + 1 < n && Chars.isLetter(s[i + 1]) && i > start) {
          h = (h ^ '\'') * FNV_PRIME;
          i++;
        } else {
          break;
        }
      }
      t.add(start, i, h);
    }
    return t;
  }

  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;

  /** The hash {@link #hash(int)} gives a token spelled {@code word} (already normalised). */
  public static long hashOf(CharSequence word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      char x = word.charAt(i);
      h = (h ^ (x == '\u2019' ? '\'' : x)) * FNV_PRIME;
    }
    return h;
  }

  private void add(int s, int e, long h) {
    if (size == starts.length) {
      starts = java.util.Arrays.copyOf(starts, size * 2);
      ends = java.util.Arrays.copyOf(ends, size * 2);
      hashes = java.util.Arrays.copyOf(hashes, size * 2);
    }
    starts[size] = s;
    ends[size] = e;
    hashes[size++] = h;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public long hash(int i) {
    return hashes[i];
  }

  public int length(int i) {
    return ends[i] - starts[i];
  }
}
