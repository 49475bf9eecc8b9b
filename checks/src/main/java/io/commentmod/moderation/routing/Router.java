package io.commentmod.moderation.routing;

import io.commentmod.events.Action;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Route;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes a comment from its flags, as MODERATION_POLICY.md orders them: a flag counts when its
 * score reaches the policy's threshold for the article; then self-harm goes to the urgent queue
 * (always reviewed: never approved or rejected automatically), medical advice to the medical
 * queue, spam to the spam queue (rejected automatically at or above the auto-reject threshold),
 * and a comment with no flag is approved, or held on the approved route when pre-moderation is on.
 */
public final class Router {
  private Router() {}

  /** The route, the action and the flags that counted (those at or above their thresholds). */
  public record Routing(Route route, Action action, List<Flag> flags) {
    public Routing {
      flags = List.copyOf(flags);
    }
  }

  public static Routing route(List<Flag> flags, Policy policy, String articleId) {
    List<Flag> raised = new ArrayList<>(flags.size());
    Flag spam = null;
    boolean selfHarm = false, medical = false;
    for (Flag f : flags) {
      if (f.score() < policy.threshold(f.name(), articleId)) continue;
      raised.add(f);
      if (f.name() == FlagName.SELF_HARM) selfHarm = true;
      else if (f.name() == FlagName.MEDICAL_ADVICE) medical = true;
      else if (f.name() == FlagName.SPAM) spam = f;
    }
    if (selfHarm) return new Routing(Route.URGENT, Action.REVIEW, raised);
    if (medical) return new Routing(Route.MEDICAL, Action.REVIEW, raised);
    if (spam != null) {
      Action a = spam.score() >= policy.autoReject(articleId) ? Action.REJECT : Action.REVIEW;
      return new Routing(Route.SPAM, a, raised);
    }
    return new Routing(Route.APPROVED, policy.preModerate(articleId) ? Action.REVIEW : Action.APPROVE, raised);
  }
}
