package io.commentmod.moderation.check.health;

import io.commentmod.moderation.check.ModerationCheck;
import java.util.List;

/**
 * Entry point of the health checks: medical advice ({@code medical_advice}) and self-harm risk
 * ({@code self_harm}), as defined in MODERATION_POLICY.md. Lexicons are read from the classpath
 * ({@code health/*.txt}) once, on first use; the checks are stateless and thread-safe.
 */
public final class HealthChecks {
  private HealthChecks() {}

  /** The health checks, in the order they should run. */
  public static List<ModerationCheck> all() {
    return Holder.CHECKS;
  }

  /**
   * The medical-advice classifier's last look ({@link MedicalSecondLook}): to run after every other
   * check, spam included, with the policy's spam threshold.
   */
  public static ModerationCheck secondLook(double spamThreshold) {
    return new MedicalSecondLook(Holder.LEXICONS, Holder.MEDICAL_MODEL, spamThreshold);
  }

  /**
   * Medical advice told as a seller's or a framed testimony ({@link TestimonialAdvice}): to run after
   * the spam checks and before the last look, with the policy's spam threshold.
   */
  public static ModerationCheck testimonialAdvice(double spamThreshold) {
    return new TestimonialAdvice(Holder.LEXICONS, spamThreshold);
  }

  /**
   * Whether {@code check} is the first-pass medical-advice check, whose findings the spam classifier reads
   * (it is not asked on a comment already held as advice) and must therefore follow.
   */
  public static boolean isMedicalAdviceCheck(ModerationCheck check) {
    return check instanceof MedicalAdviceCheck;
  }

  /** Loads lexicons lazily and exactly once. */
  private static final class Holder {
    static final HealthLexicons LEXICONS = HealthLexicons.load();
    /** One instance for the medical check and its last look, which reuses the probability the check computed. */
    static final MedicalModelSignal MEDICAL_MODEL =
        io.commentmod.moderation.training.TextModel.bundledMedical().map(MedicalModelSignal::new).orElse(null);
    /** The self-harm classifier with its blog-context second opinion (either model may be absent before training). */
    static final SelfHarmModelSignal SELF_HARM_MODEL = io.commentmod.moderation.training.TextModel.bundledSelfHarm()
        .map(m -> new SelfHarmModelSignal(m, io.commentmod.moderation.training.TextModel.bundledSelfHarmContext().orElse(null)))
        .orElse(null);
    static final List<ModerationCheck> CHECKS =
        List.of(new SelfHarmCheck(LEXICONS, SELF_HARM_MODEL), new MedicalAdviceCheck(LEXICONS, MEDICAL_MODEL));
  }
}
