package io.commentmod.moderation.check.health;

import io.commentmod.moderation.training.RunScorer;

/**
 * The passages of a comment that a classifier reads on their own, and the one it scores highest.
 * A classifier weighs every feature by {@code 1/sqrt(count)}, so one sentence of risk or advice in
 * an otherwise ordinary comment (a run, a recipe, then "and I keep counting the pills in the drawer")
 * is diluted in the whole comment's probability. A passage starts at a sentence and takes the fewest
 * following sentences that hold {@value #WORDS} words, alone and with one more sentence; shorter
 * runs ("Maybe. Just a thought.") give the model too little to read. Only comments of two or more
 * sentences have passages. Each passage is scored as its own text by a {@link RunScorer}, from one
 * pass over the comment's features.
 */
final class Passages {
  /** Fewest words in a passage. */
  static final int WORDS = 10;

  /** Which runs of sentences may be read: {@code [from, to)} in sentence indexes. */
  interface Eligible {
    boolean test(int from, int to);
  }

  /** The highest probability found, 0 if no passage was read. */
  double p;
  /** Normalised-text offsets of that passage, {@code [start, end)}. */
  int start;
  int end;

  /**
   * The passage of {@code t} (normalised text {@code s}) that {@code runs}' model scores highest among
   * the eligible ones; {@code runs} is reset for {@code s} when a first passage is read.
   */
  static Passages riskiest(RunScorer runs, String s, Tokens t, Eligible eligible) {
    Passages best = new Passages();
    if (t.sentences < 2) return best;
    boolean ready = false;
    for (int a = 0; a < t.sentences; a++) {
      int b = a;
      while (b < t.sentences && t.sentenceEnd[b] - t.sentenceStart[a] < WORDS) b++;
      if (b == t.sentences) break;
      for (int w = 0; w < 2 && b + w < t.sentences; w++) {
        if (!eligible.test(a, b + w + 1)) continue;
        int from = t.start[t.sentenceStart[a]];
        int to = t.end[t.sentenceEnd[b + w] - 1];
        if (!ready) {
          runs.reset(s, io.commentmod.moderation.normalize.Tokens.cached(s));
          ready = true;
        }
        double p = runs.probability(from, to);
        if (p > best.p) {
          best.p = p;
          best.start = from;
          best.end = to;
        }
      }
    }
    return best;
  }
}
