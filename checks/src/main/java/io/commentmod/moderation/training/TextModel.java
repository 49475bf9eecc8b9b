package io.commentmod.moderation.training;

import io.commentmod.moderation.normalize.Tokens;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic-regression text model over {@link Featurizer} features: {@code p(positive) =
 * sigmoid(bias + sum of weights / sqrt(feature count))}. Stored gzipped with weights quantised
 * to one byte each. Three are shipped beside this class, all made by the {@code train} command
 * (see docs/moderation.md): {@code spam-model.bin.gz} (positive = spam),
 * {@code selfharm-model.bin.gz} (positive = self-harm risk) and {@code medical-model.bin.gz}
 * (positive = medical advice).
 */
public final class TextModel {
  static final String RESOURCE = "/io/commentmod/moderation/training/spam-model.bin.gz";
  static final String SELF_HARM_RESOURCE = "/io/commentmod/moderation/training/selfharm-model.bin.gz";
  static final String SELF_HARM_CONTEXT_RESOURCE = "/io/commentmod/moderation/training/selfharm-context-model.bin.gz";
  static final String MEDICAL_RESOURCE = "/io/commentmod/moderation/training/medical-model.bin.gz";
  private static final int MAGIC = 0x434d5331; // "CMS1"

  private final Featurizer featurizer;
  /** Quantised weights: {@code weight = quantised * scale}; one byte each keeps the table in cache. */
  private final byte[] quantised;
  private final float scale;
  private final float bias;

  TextModel(Featurizer featurizer, float[] weights, float bias) {
    if (weights.length != featurizer.dimension()) throw new IllegalArgumentException("weights do not fit the featurizer");
    float max = 1e-9f;
    for (float w : weights) max = Math.max(max, Math.abs(w));
    this.featurizer = featurizer;
    this.scale = max / 127f;
    this.quantised = new byte[weights.length];
    for (int i = 0; i < weights.length; i++) quantised[i] = (byte) Math.round(weights[i] / scale);
    this.bias = bias;
  }

  private TextModel(Featurizer featurizer, byte[] quantised, float scale, float bias) {
    this.featurizer = featurizer;
    this.quantised = quantised;
    this.scale = scale;
    this.bias = bias;
  }

  private static volatile Optional<TextModel> bundled;
  private static volatile Optional<TextModel> bundledSelfHarm;
  private static volatile Optional<TextModel> bundledSelfHarmContext;
  private static volatile Optional<TextModel> bundledMedical;

  /** The spam model shipped in the jar, or empty if it was not trained yet. */
  public static Optional<TextModel> bundled() {
    Optional<TextModel> m = bundled;
    if (m == null) bundled = m = resource(RESOURCE);
    return m;
  }

  /** The self-harm model shipped in the jar, or empty if it was not trained yet. */
  public static Optional<TextModel> bundledSelfHarm() {
    Optional<TextModel> m = bundledSelfHarm;
    if (m == null) bundledSelfHarm = m = resource(SELF_HARM_RESOURCE);
    return m;
  }

  /** The self-harm blog-context model shipped in the jar, or empty if it was not trained yet. */
  public static Optional<TextModel> bundledSelfHarmContext() {
    Optional<TextModel> m = bundledSelfHarmContext;
    if (m == null) bundledSelfHarmContext = m = resource(SELF_HARM_CONTEXT_RESOURCE);
    return m;
  }

  /** The medical-advice model shipped in the jar, or empty if it was not trained yet. */
  public static Optional<TextModel> bundledMedical() {
    Optional<TextModel> m = bundledMedical;
    if (m == null) bundledMedical = m = resource(MEDICAL_RESOURCE);
    return m;
  }

  private static Optional<TextModel> resource(String name) {
    try (InputStream in = TextModel.class.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** The probability that the normalised {@code text} is positive (spam, self-harm risk or medical advice). */
  public double probability(String text, Tokens tokens) {
    return sigmoid(logit(text, tokens));
  }

  /** The log-odds that the normalised {@code text} is spam. */
  public double logit(String text, Tokens tokens) {
    Featurizer.Vector v = featurizer.vector(text, tokens);
    int n = v.size();
    int sum = 0;
    for (int i = 0; i < n; i++) sum += quantised[v.get(i)];
    return bias + (n == 0 ? 0 : sum * (double) scale / Math.sqrt(n));
  }

  /** The log-odds for {@code n} features whose quantised weights sum to {@code quantisedSum}. */
  double logit(long quantisedSum, int n) {
    return bias + (n == 0 ? 0 : quantisedSum * (double) scale / Math.sqrt(n));
  }

  int quantised(int index) {
    return quantised[index];
  }

  byte[] quantisedWeights() {
    return quantised;
  }

  public static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** The weight of word {@code i}'s own feature: how much that word alone pushes towards positive. */
  public double wordWeight(String text, Tokens tokens, int i) {
    return quantised[featurizer.wordIndex(text, tokens, i)] * scale;
  }

  public Featurizer featurizer() {
    return featurizer;
  }

  public void write(OutputStream out) throws IOException {
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.writeInt(MAGIC);
      d.writeInt(featurizer.bits());
      d.writeFloat(bias);
      d.writeFloat(scale);
      d.write(quantised);
    }
  }

  public static TextModel read(InputStream in) throws IOException {
    try (DataInputStream d = new DataInputStream(new GZIPInputStream(in))) {
      if (d.readInt() != MAGIC) throw new IOException("not a text model");
      Featurizer f = new Featurizer(d.readInt());
      float bias = d.readFloat();
      float scale = d.readFloat();
      byte[] q = new byte[f.dimension()];
      d.readFully(q);
      return new TextModel(f, q, scale, bias);
    }
  }
}
