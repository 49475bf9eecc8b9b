package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;

/**
 * Flags {@code self_harm}: the writer, or someone they describe, may be at risk of suicide or
 * self-harm now — ideation, intent, plans, farewells, self-injury, hopelessness about living.
 * Idioms, quoted statistics and struggles told as past and resolved are not flagged; when in doubt
 * it flags, since a missed comment is the worst failure. Reasons: {@value #IDEATION}, {@value #PLAN},
 * {@value #HOPELESSNESS}, {@value #SELF_INJURY}, and, where no rule fired, the classifier's
 * {@value SelfHarmModelSignal#NAME} ({@link SelfHarmModelSignal}).
 */
final class SelfHarmCheck implements ModerationCheck {
  static final String IDEATION = "self_harm.ideation";
  static final String PLAN = "self_harm.plan";
  static final String HOPELESSNESS = "self_harm.hopelessness";
  static final String SELF_INJURY = "self_harm.self_injury";

  private final HealthLexicons lexicons;
  /** The classifier's second opinion, or null when no model is shipped. */
  private final SelfHarmModelSignal model;

  SelfHarmCheck(HealthLexicons lexicons, SelfHarmModelSignal model) {
    this.lexicons = lexicons;
    this.model = model;
  }

  @Override
  public io.commentmod.events.FlagName heldAsOnFailure() {
    return io.commentmod.events.FlagName.SELF_HARM;
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    Tokens t = lexicons.tokens(text);
    if (t.size == 0) return;
    Hits h = lexicons.selfHarmHits(t);
    // a comment with no lexicon hit at all is still read by the classifier ("No note. Nobody to leave one for.")
    Reasons reasons = h.size == 0 ? new Reasons() : new SelfHarmScan(t, h, text).run();
    if (!reasons.isEmpty()) reasons.report(FlagName.SELF_HARM, t, text, findings);
    else if (model != null) model.inspect(text, t, h, findings);
  }
}
