package io.commentmod.moderation.check.health;

/**
 * The score a classifier's finding carries. Shared by the self-harm and medical-advice classifiers so
 * their findings sort alike: a probability maps into [0.5, 0.9], so a classifier's finding never
 * outranks the rules' strongest (0.95), rounded to three decimals so verdicts print stably.
 */
final class ModelScore {
  private ModelScore() {}

  /** {@code 0.5 + 0.4 p}, to three decimals. */
  static double of(double p) {
    return Math.round((0.5 + 0.4 * p) * 1000) / 1000.0;
  }
}
