package io.commentmod.moderation.engine;

import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.health.HealthChecks;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.LearnedLayer;
import io.commentmod.moderation.training.TextModel;
import java.util.ArrayList;
import java.util.List;

/** Builds the moderator the services run: every check, for a policy. */
public final class Moderators {
  private Moderators() {}

  /** The moderator for the shipped default policy, with a learned layer of its own (empty). */
  public static Moderator defaults() {
    return create(Policy.defaults());
  }

  /** The moderator for {@code policy}, with a learned layer of its own (empty). */
  public static Moderator create(Policy policy) {
    return create(policy, newLayer());
  }

  /**
   * The moderator for {@code policy} whose classifier is shifted by {@code learned}: pass the
   * current moderator's {@link Moderator#learned()} when the policy changes, so labels are kept.
   */
  public static Moderator create(Policy policy, LearnedLayer learned) {
    return new DefaultModerator(policy, checks(policy, learned), learned);
  }

  /** A moderator running exactly {@code checks} (plus the cross-comment checks), for tests and evaluation. */
  public static Moderator create(Policy policy, List<ModerationCheck> checks) {
    return new DefaultModerator(policy, checks, LearnedLayer.NONE);
  }

  /** An empty learned layer over the shipped classifier ({@link LearnedLayer#NONE} if none is shipped). */
  public static LearnedLayer newLayer() {
    return TextModel.bundled().map(LearnedLayer::over).orElse(LearnedLayer.NONE);
  }

  /** Every single-comment check for {@code policy}: self-harm and medical advice, then spam, then medical claims in a held seller's comment or in someone else's story framed for readers (TestimonialAdvice), then the medical last look. */
  public static List<ModerationCheck> checks(Policy policy) {
    return checks(policy, LearnedLayer.NONE);
  }

  private static List<ModerationCheck> checks(Policy policy, LearnedLayer learned) {
    List<ModerationCheck> all = new ArrayList<>(HealthChecks.all());
    all.addAll(SpamChecks.all(policy, TextModel.bundled(), learned));
    all.add(HealthChecks.testimonialAdvice(policy.threshold(io.commentmod.events.FlagName.SPAM, null)));
    all.add(HealthChecks.secondLook(policy.threshold(io.commentmod.events.FlagName.SPAM, null)));
    return List.copyOf(all);
  }
}
