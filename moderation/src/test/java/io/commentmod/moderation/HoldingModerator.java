package io.commentmod.moderation;

import io.commentmod.events.Action;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.moderation.engine.Assessment;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.engine.StateSpec;
import io.commentmod.moderation.training.LearnedLayer;
import java.time.Instant;
import java.util.List;

/** The shipped moderator, except that what it would reject automatically waits for a person instead. */
public final class HoldingModerator implements Moderator {
  private final Moderator real = Moderators.defaults();

  @Override
  public List<StateSpec<?>> stateSpecs() {
    return real.stateSpecs();
  }

  @Override
  public Assessment assess(CommentSubmitted comment, Instant now, ModerationState state) {
    Assessment a = real.assess(comment, now, state);
    return a.action() == Action.REJECT ? new Assessment(a.flags(), a.route(), Action.REVIEW, a.policyVersion()) : a;
  }

  @Override
  public <V> boolean expired(StateSpec<V> spec, V value, Instant now) {
    return real.expired(spec, value, now);
  }

  @Override
  public void learn(ModeratorDecided decision, CommentSubmitted comment, ModerationState state) {
    real.learn(decision, comment, state);
  }

  @Override
  public LearnedLayer learned() {
    return real.learned();
  }

  @Override
  public String policyVersion() {
    return real.policyVersion();
  }
}
