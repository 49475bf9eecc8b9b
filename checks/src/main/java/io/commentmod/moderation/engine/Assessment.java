package io.commentmod.moderation.engine;

import io.commentmod.events.Action;
import io.commentmod.events.Flag;
import io.commentmod.events.Route;
import java.util.List;

/** The outcome of judging one comment: flags with reasons, the route and the action on it. */
public record Assessment(List<Flag> flags, Route route, Action action, String policyVersion) {
  public Assessment {
    flags = List.copyOf(flags);
  }
}
