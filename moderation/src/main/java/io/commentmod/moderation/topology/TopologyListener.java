package io.commentmod.moderation.topology;

import io.commentmod.events.CommentModerated;
import io.commentmod.events.ModeratorDecided;
import java.time.Duration;

/** What the topology reports as it works (metrics, live console updates). Called on stream threads; must be cheap. */
public interface TopologyListener {
  TopologyListener NONE = new TopologyListener() {};

  /** A verdict was written; {@code checking} is how long the moderator took. */
  default void verdict(CommentModerated verdict, Duration checking) {}

  /** A moderator's decision was applied to a held comment. */
  default void decision(ModeratorDecided decision) {}

  /** A record went to the dead-letter topic at {@code stage}. */
  default void deadLetter(String stage) {}

  /** Something a moderator sees changed for this comment: queued, claimed, decided, escalated, removed. */
  default void changed(String commentId) {}
}
