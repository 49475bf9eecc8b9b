package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;

/**
 * Flags {@code medical_advice}: a comment that tells other readers what to do about a medication,
 * drug, supplement, dose or treatment, or claims a cure that could lead someone to change treatment.
 * Personal experience, genuine questions and pointing to a doctor are left alone. Reasons:
 * {@value #DIRECTIVE}, {@value #DOSE}, {@value #CURE}, {@value #COMBINATION}, and, where no rule
 * fired, the classifier's {@value MedicalModelSignal#NAME} ({@link MedicalModelSignal}).
 */
final class MedicalAdviceCheck implements ModerationCheck {
  static final String DIRECTIVE = "medical.directive";
  static final String DOSE = "medical.dose";
  static final String CURE = "medical.cure_claim";
  static final String COMBINATION = "medical.combination";

  private final HealthLexicons lexicons;
  /** The classifier's second opinion, or null when no model is shipped. */
  private final MedicalModelSignal model;

  MedicalAdviceCheck(HealthLexicons lexicons) {
    this(lexicons, (MedicalModelSignal) null);
  }

  MedicalAdviceCheck(HealthLexicons lexicons, io.commentmod.moderation.training.TextModel model) {
    this(lexicons, model == null ? null : new MedicalModelSignal(model));
  }

  MedicalAdviceCheck(HealthLexicons lexicons, MedicalModelSignal model) {
    this.lexicons = lexicons;
    this.model = model;
  }

  @Override
  public io.commentmod.events.FlagName heldAsOnFailure() {
    return io.commentmod.events.FlagName.MEDICAL_ADVICE;
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    Tokens t = lexicons.tokens(text);
    if (t.size == 0) return;
    Hits h = lexicons.medicalHits(t);
    Reasons reasons = MedicalScan.run(t, h, lexicons.drugs, text);
    if (!reasons.isEmpty()) reasons.report(FlagName.MEDICAL_ADVICE, t, text, findings);
    else if (model != null) model.inspect(text, t, h, lexicons.drugs, findings);
  }
}
