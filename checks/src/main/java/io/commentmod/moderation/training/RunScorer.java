package io.commentmod.moderation.training;

import io.commentmod.moderation.normalize.Tokens;

/**
 * Scores a run of one text's words as if the run were the whole text: the probability
 * {@link TextModel#probability} gives the run's substring, from per-word sums taken once from the
 * text's feature vector. A classifier reading every passage of a comment then costs one pass over
 * the comment's features, not one featurisation per passage. Exact: a word's own features (itself
 * and its character n-grams) do not depend on its neighbours; only the first word's pair (with
 * the start of the text), the last word's end pair and the length band and link features differ,
 * and those are computed for the run.
 */
public final class RunScorer {
  private final TextModel model;
  private String text;
  private Tokens tokens;
  private long[] words = new long[0];
  /** Prefix sums over words: quantised weight of each word's own features, and their count. */
  private long[] own = new long[1];
  private int[] ownCount = new int[1];
  /** Prefix sums over words of the weight of each word's pair with the word before it in the text. */
  private long[] pair = new long[1];

  public RunScorer(TextModel model) {
    this.model = model;
  }

  /** Prepares for runs of {@code text} (normalised) with its {@code tokens}. */
  public RunScorer reset(String text, Tokens tokens) {
    Featurizer.Vector v = model.featurizer().vector(text, tokens);
    int n = tokens.size();
    if (words.length < n) {
      words = new long[n];
      own = new long[n + 1];
      ownCount = new int[n + 1];
      pair = new long[n + 1];
    }
    // the last word's features end where the end pair and the shape features begin
    int lastEnd = v.size() - 1 - Featurizer.shapeCount(Featurizer.hasLink(text, 0, text.length()));
    for (int i = 0; i < n; i++) {
      int from = v.wordAt(i);
      int to = i + 1 < n ? v.wordAt(i + 1) : lastEnd;
      long sum = model.quantised(v.get(from));
      for (int f = from + 2; f < to; f++) sum += model.quantised(v.get(f));
      words[i] = v.word(i);
      own[i + 1] = own[i] + sum;
      ownCount[i + 1] = ownCount[i] + (to - from - 1);
      pair[i + 1] = pair[i] + model.quantised(v.get(from + 1));
    }
    this.text = text;
    this.tokens = tokens;
    return this;
  }

  /** The probability of the words that lie in {@code [from, to)} of the text, read as a text of their own. */
  public double probability(int from, int to) {
    int a = 0;
    int n = tokens.size();
    while (a < n && tokens.start(a) < from) a++;
    int b = a;
    while (b < n && tokens.end(b) <= to) b++;
    Featurizer f = model.featurizer();
    long sum = own[b] - own[a];
    int count = ownCount[b] - ownCount[a];
    if (b > a) {
      sum += model.quantised(f.pairIndex(Featurizer.SEED, words[a])) + pair[b] - pair[a + 1];
      count += b - a;
    }
    sum += model.quantised(f.endIndex(b > a ? words[b - 1] : Featurizer.SEED));
    boolean link = Featurizer.hasLink(text, from, to);
    sum += f.shapeSum(model.quantisedWeights(), b - a, link);
    count += 1 + Featurizer.shapeCount(link);
    return TextModel.sigmoid(model.logit(sum, count));
  }
}
