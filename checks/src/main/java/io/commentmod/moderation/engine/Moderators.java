package io.commentmod.moderation.engine;

import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.health.HealthChecks;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** Builds the moderator the services run: every check, for a policy. */
public final class Moderators {
  private Moderators() {}

  /** The moderator for the shipped default policy. */
  public static Moderator defaults() {
    return create(Policy.defaults());
  }

  /** The moderator for {@code policy}; call again when the policy changes. */
  public static Moderator create(Policy policy) {
    return create(policy, checks(policy));
  }

  /** A moderator running exactly {@code checks} (plus the cross-comment checks), for tests and evaluation. */
  public static Moderator create(Policy policy, List<ModerationCheck> checks) {
    return new DefaultModerator(policy, checks);
  }

  /** Every single-comment check for {@code policy}: self-harm and medical advice, then spam. */
  public static List<ModerationCheck> checks(Policy policy) {
    List<ModerationCheck> all = new ArrayList<>(HealthChecks.all());
    all.addAll(SpamChecks.all(policy));
    return List.copyOf(all);
  }
}
