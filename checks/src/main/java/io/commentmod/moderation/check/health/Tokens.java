package io.commentmod.moderation.check.health;

/**
 * A comment split into folded word tokens, with the sentence and clause structure the health
 * rules need. Offsets are into the normalised text. Arrays are sized to the text; only the first
 * {@link #size} entries are meaningful.
 */
final class Tokens {
  String text;
  int size;
  /** Normalised-text offsets of each token, {@code [start, end)}. */
  int[] start;
  int[] end;
  /** Vocabulary id of the folded token, {@link Vocabulary#UNKNOWN} if no lexicon uses it. */
  int[] term;
  /** Whether the token is a number (digits, optionally with a decimal separator). */
  boolean[] number;
  /** Sentence index of each token. */
  int[] sentence;
  /** Clause index of each token; clauses are cut at sentence ends and at , : ( ) and symbols. */
  int[] clause;
  /** Whether the token sits between a pair of quotation marks or on a quote line ({@link QuoteLines}). */
  boolean[] quoted;
  /**
   * The normalised text with its quote lines blanked (spaces, same length, so offsets hold), or
   * null when the comment has none: what the classifiers read, since a quote line is someone
   * else's words. Tokens on a quote line have {@link #quoted} set.
   */
  String withoutQuoteLines;

  int sentences;
  /** First token of each sentence, and one past its last. */
  int[] sentenceStart;
  int[] sentenceEnd;
  /** Whether the sentence ended with a question mark. */
  boolean[] questionMark;

  /** Folded characters of all tokens, back to back; token i is {@code folded[foldStart[i]..foldEnd[i])}. */
  char[] folded;
  int[] foldStart;
  int[] foldEnd;
  /** {@link Vocabulary#rawHash} of each token's folded characters, computed while folding. */
  int[] hash;

  /** Web and e-mail addresses found while scanning, as flat {@code [start, end)} pairs. */
  int[] addresses = new int[4];
  int addressCount;
  /**
   * Counts the resets of this object, so what was computed from its tokens (the trie hits of
   * {@link HealthLexicons}) can tell whether they still hold the same comment.
   */
  int generation;

  Tokens(String text) {
    allocate(text.length() + 2);
    reset(text);
  }

  /** Empties this for {@code text}, reusing the arrays when they are large enough. */
  void reset(String text) {
    this.text = text;
    generation++;
    withoutQuoteLines = null;
    size = 0;
    sentences = 0;
    addressCount = 0;
    if (start.length < text.length() + 2) allocate(text.length() + 2);
  }

  private void allocate(int cap) {
    start = new int[cap];
    end = new int[cap];
    term = new int[cap];
    number = new boolean[cap];
    sentence = new int[cap];
    clause = new int[cap];
    quoted = new boolean[cap];
    sentenceStart = new int[cap];
    sentenceEnd = new int[cap];
    questionMark = new boolean[cap];
    folded = new char[cap * 2];
    foldStart = new int[cap];
    foldEnd = new int[cap];
    hash = new int[cap];
  }

  private char[] chars = new char[64];

  /** {@code text} copied into a reused char array. */
  char[] chars(String text) {
    if (chars.length < text.length()) chars = new char[Math.max(text.length(), chars.length * 2)];
    text.getChars(0, text.length(), chars, 0);
    return chars;
  }

  /** The folded text of token {@code i}. */
  /** The first token of the clause that holds token {@code tok}. */
  int clauseStart(int tok) {
    int c = clause[tok];
    while (tok > 0 && clause[tok - 1] == c) tok--;
    return tok;
  }

  String word(int i) {
    return new String(folded, foldStart[i], foldEnd[i] - foldStart[i]);
  }

  /** Whether token {@code i}'s folded text is {@code w}; allocation-free. */
  boolean wordIs(int i, String w) {
    int from = foldStart[i], n = foldEnd[i] - from;
    if (n != w.length()) return false;
    for (int c = 0; c < n; c++) {
      if (folded[from + c] != w.charAt(c)) return false;
    }
    return true;
  }

  boolean sameClause(int a, int b) {
    return clause[a] == clause[b];
  }
}
