package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;

/**
 * Flags {@code medical_advice}: a comment that tells other readers what to do about a medication,
 * drug, supplement, dose or treatment, or claims a cure that could lead someone to change treatment.
 * Personal experience, genuine questions and pointing to a doctor are left alone. Reasons:
 * {@value #DIRECTIVE}, {@value #DOSE}, {@value #CURE}, {@value #COMBINATION}.
 */
final class MedicalAdviceCheck implements ModerationCheck {
  static final String DIRECTIVE = "medical.directive";
  static final String DOSE = "medical.dose";
  static final String CURE = "medical.cure_claim";
  static final String COMBINATION = "medical.combination";

  private final HealthLexicons lexicons;

  MedicalAdviceCheck(HealthLexicons lexicons) {
    this.lexicons = lexicons;
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    Tokens t = lexicons.tokens(text);
    if (t.size == 0) return;
    Hits h = lexicons.medicalHits(t);
    Reasons reasons = new MedicalScan(t, h, lexicons.drugs, text).run();
    if (!reasons.isEmpty()) reasons.report(FlagName.MEDICAL_ADVICE, t, text, findings);
  }
}
