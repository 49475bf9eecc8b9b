package io.commentmod.moderation.training;

import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import java.util.Arrays;

/**
 * What moderators' spam and not-spam labels teach the classifier: a layer over the shipped model
 * that keeps, for each hashed feature, how many labelled comments held it as spam minus how many
 * as not spam. A feature's weight delta is {@code rate × that count}, capped at {@code ±featureCap};
 * a text's shift of the log-odds is the sum of its features' deltas over {@code sqrt(feature
 * count)} (as in {@link TextModel}), capped at {@code ±maxShift}. So one label moves a similar text a
 * little, no number of labels moves any text more than {@code maxShift}, and the shipped model still
 * decides the rest.
 *
 * <p>Bounded: the table has the featurizer's fixed size (2^18 counts), allocated on the first
 * label, whatever the number of labels or words. Deterministic: adding and removing labels are
 * sums, so the same labels in any order give the same layer, and a replay rebuilds it exactly.
 * Labels are applied under a lock; scoring reads without one (a label being applied may be seen
 * half-way for a moment).
 */
public final class LearnedLayer {
  /**
   * @param rate log-odds added to a feature per net spam label
   * @param featureCap largest delta of one feature, either way
   * @param maxShift largest shift of one text's log-odds, either way
   */
  public record Settings(double rate, double featureCap, double maxShift) {
    public Settings {
      if (!(rate > 0)) throw new IllegalArgumentException("rate must be positive");
      if (!(featureCap >= rate)) throw new IllegalArgumentException("feature cap must be at least the rate");
      if (!(maxShift > 0)) throw new IllegalArgumentException("max shift must be positive");
    }
  }

  /**
   * One label moves a near-identical text by about 0.8 log-odds, a text sharing a phrase with it
   * by a fraction of that; seven labels saturate a feature; no text moves more than 2
   * (a probability of 0.5 to 0.88 at most, so the learned layer alone can send a comment to spam
   * review but, at the default classifier weight, not to automatic rejection).
   */
  public static final Settings DEFAULTS = new Settings(0.08, 0.5, 2.0);

  /** A layer that learns nothing, for moderators without a classifier. */
  public static final LearnedLayer NONE = new LearnedLayer(null, DEFAULTS);

  private final Featurizer featurizer;
  private final Settings settings;
  private int[] net;
  private int spamLabels;
  private int notSpamLabels;
  /** Written last by every change, read first by every score: publishes the table to scoring threads. */
  private volatile int labels;

  public LearnedLayer(Featurizer featurizer, Settings settings) {
    this.featurizer = featurizer;
    this.settings = settings;
  }

  /** An empty layer over {@code model}'s features, with the default settings. */
  public static LearnedLayer over(TextModel model) {
    return new LearnedLayer(model.featurizer(), DEFAULTS);
  }

  /** Learns one moderator's label of a comment body (as written; it is normalised here). */
  public void add(boolean spam, String body) {
    change(spam, body, 1);
  }

  /** Forgets a label added before (the comment was labelled again), as if it had never been added. */
  public void remove(boolean spam, String body) {
    change(spam, body, -1);
  }

  /** Forgets every label. */
  public synchronized void clear() {
    if (net != null) Arrays.fill(net, 0);
    spamLabels = notSpamLabels = 0;
    labels = 0;
  }

  private synchronized void change(boolean spam, String body, int sign) {
    if (featurizer == null || body == null) return;
    if (net == null) net = new int[featurizer.dimension()];
    int[] features = distinctFeatures(body);
    int step = spam ? sign : -sign;
    for (int f : features) net[f] += step;
    if (spam) spamLabels += sign;
    else notSpamLabels += sign;
    labels = spamLabels + notSpamLabels;
  }

  private int[] distinctFeatures(String body) {
    String t = Normalizer.normalize(null, null, null, null, body).normalized();
    Collected c = new Collected();
    featurizer.features(t, Tokens.of(t), c);
    return Arrays.stream(c.items, 0, c.size).sorted().distinct().toArray();
  }

  private static final class Collected implements Featurizer.Sink {
    int[] items = new int[64];
    int size;

    @Override
    public void accept(int index) {
      if (size == items.length) items = Arrays.copyOf(items, size * 2);
      items[size++] = index;
    }
  }

  /** How many labels the layer holds now. */
  public int labels() {
    return labels;
  }

  public synchronized int spamLabels() {
    return spamLabels;
  }

  public synchronized int notSpamLabels() {
    return notSpamLabels;
  }

  private double delta(int feature) {
    double d = settings.rate() * net[feature];
    return Math.max(-settings.featureCap(), Math.min(settings.featureCap(), d));
  }

  /** The log-odds that spam: {@code base} from the shipped model, {@code shift} what the labels add (capped). */
  public record Logits(double base, double shift) {}

  /** The log-odds {@code model} gives the normalised {@code text}, and this layer's shift of them, in one pass. */
  public Logits logits(TextModel model, String text, Tokens tokens) {
    if (labels == 0 || net == null) return new Logits(model.logit(text, tokens), 0);
    Featurizer.Vector v = featurizer.vector(text, tokens);
    int n = v.size();
    long quantised = 0;
    double delta = 0;
    for (int i = 0; i < n; i++) {
      quantised += model.quantised(v.get(i));
      delta += delta(v.get(i));
    }
    return new Logits(model.logit(quantised, n), cap(n == 0 ? 0 : delta / Math.sqrt(n)));
  }

  /** The shift of the log-odds that spam for the normalised {@code text}: 0 while the layer is empty. */
  public double shift(String text, Tokens tokens) {
    if (labels == 0 || net == null) return 0;
    double[] sum = {0};
    int n = featurizer.features(text, tokens, index -> sum[0] += delta(index));
    return n == 0 ? 0 : cap(sum[0] / Math.sqrt(n));
  }

  private double cap(double shift) {
    return Math.max(-settings.maxShift(), Math.min(settings.maxShift(), shift));
  }

  /** The learned delta of word {@code i}'s own feature. */
  public double wordDelta(String text, Tokens tokens, int i) {
    if (labels == 0 || net == null) return 0;
    return delta(featurizer.wordIndex(text, tokens, i));
  }
}
