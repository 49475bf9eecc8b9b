package io.commentmod.moderation.check.health;

/**
 * A comment split into folded word tokens, with the sentence and clause structure the health
 * rules need. Offsets are into the normalised text. Arrays are sized to the text; only the first
 * {@link #size} entries are meaningful.
 */
final class Tokens {
  final String text;
  int size;
  /** Normalised-text offsets of each token, {@code [start, end)}. */
  final int[] start;
  final int[] end;
  /** Vocabulary id of the folded token, {@link Vocabulary#UNKNOWN} if no lexicon uses it. */
  final int[] term;
  /** Whether the token is a number (digits, optionally with a decimal separator). */
  final boolean[] number;
  /** Sentence index of each token. */
  final int[] sentence;
  /** Clause index of each token; clauses are cut at sentence ends and at , : ( ) and symbols. */
  final int[] clause;
  /** Whether the token sits between a pair of quotation marks. */
  final boolean[] quoted;

  int sentences;
  /** First token of each sentence, and one past its last. */
  final int[] sentenceStart;
  final int[] sentenceEnd;
  /** Whether the sentence ended with a question mark. */
  final boolean[] questionMark;

  /** Folded characters of all tokens, back to back; token i is {@code folded[foldStart[i]..foldEnd[i])}. */
  char[] folded;
  final int[] foldStart;
  final int[] foldEnd;

  Tokens(String text) {
    this.text = text;
    int cap = text.length() + 2;
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
  }

  /** The folded text of token {@code i} (for tests and diagnostics). */
  String word(int i) {
    return new String(folded, foldStart[i], foldEnd[i] - foldStart[i]);
  }

  boolean sameClause(int a, int b) {
    return clause[a] == clause[b];
  }
}
