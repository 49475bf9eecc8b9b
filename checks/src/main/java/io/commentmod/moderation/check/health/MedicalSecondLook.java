package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;

/**
 * The medical-advice classifier's last look at a comment that nothing else held. It runs after every
 * other single-comment check ({@code Moderators} puts it last) and flags {@code medical_advice} at
 * {@value #UNHELD} when no check found medical advice or self-harm risk and the spam findings stay
 * below the spam threshold, the lexicon found something medical in the comment, and not every
 * sentence is the writer's own experience or a pointer to a doctor.
 *
 * <p>Why a separate, later check: below {@link MedicalModelSignal#CONFIDENT} the classifier also
 * scores high on sellers' drug lists and on self-harm comments that mention medication, which other
 * checks already route; on a comment otherwise approved, a probability this high is advice told
 * without a drug word or an advice shape ("if yours is dragging it out, you can go faster too").
 */
final class MedicalSecondLook implements ModerationCheck {
  /**
   * The classifier's probability that flags a comment nothing else held. Chosen in the eleventh
   * round on the development sets (dev, generalisation, held-out 1-13; 3,812 comments): 0.90 / 0.85
   * / 0.80 catch 6 / 6 / 7 more advice comments for 0 / 1 / 1 more legitimate comment held.
   */
  static final double UNHELD = 0.9;

  private final HealthLexicons lexicons;
  private final MedicalModelSignal model;
  private final double spamThreshold;

  MedicalSecondLook(HealthLexicons lexicons, MedicalModelSignal model, double spamThreshold) {
    this.lexicons = lexicons;
    this.model = model;
    this.spamThreshold = spamThreshold;
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    if (model == null || !findings.of(FlagName.MEDICAL_ADVICE).isEmpty() || !findings.of(FlagName.SELF_HARM).isEmpty()) return;
    double keep = 1;
    for (Findings.Finding f : findings.of(FlagName.SPAM)) keep *= 1 - f.score();
    if (1 - keep >= spamThreshold) return;
    double p = model.lastProbability(text);
    if (p < UNHELD) return;
    Tokens t = lexicons.tokens(text);
    if (t.size == 0) return;
    model.lastLook(text, t, lexicons.medicalHits(t), p, findings);
  }
}
