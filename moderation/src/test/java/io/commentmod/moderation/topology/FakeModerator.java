package io.commentmod.moderation.topology;

import io.commentmod.events.Action;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.moderation.engine.Assessment;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.StateSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A moderator with fixed rules, so topology tests assert routing plumbing rather than detection. */
final class FakeModerator implements Moderator {
  static final StateSpec<Integer> SEEN = new StateSpec<>("fake-seen", Integer.class);
  final List<ModeratorDecided> learned = new ArrayList<>();

  @Override
  public List<StateSpec<?>> stateSpecs() {
    return List.of(SEEN);
  }

  @Override
  public Assessment assess(CommentSubmitted c, Instant now, ModerationState state) {
    var seen = state.store(SEEN);
    Integer n = seen.get(c.author().email());
    seen.put(c.author().email(), n == null ? 1 : n + 1);
    if (c.body().contains("BUY")) return verdict(FlagName.SPAM, 0.99, Route.SPAM, Action.REJECT);
    if (c.body().contains("maybe-spam")) return verdict(FlagName.SPAM, 0.6, Route.SPAM, Action.REVIEW);
    if (c.body().contains("stop your pills")) return verdict(FlagName.MEDICAL_ADVICE, 0.8, Route.MEDICAL, Action.REVIEW);
    if (c.body().contains("no point going on")) return verdict(FlagName.SELF_HARM, 0.9, Route.URGENT, Action.REVIEW);
    if (c.body().contains("explode")) throw new IllegalStateException("boom");
    return new Assessment(List.of(), Route.APPROVED, Action.APPROVE, "test-1");
  }

  @Override
  public void learn(ModeratorDecided decision, CommentSubmitted comment, ModerationState state) {
    learned.add(decision);
  }

  @Override
  public String policyVersion() {
    return "test-1";
  }

  private static Assessment verdict(FlagName f, double score, Route r, Action a) {
    return new Assessment(List.of(new Flag(f, score, List.of(new Reason("fake", "rule", List.of())))), r, a, "test-1");
  }
}
