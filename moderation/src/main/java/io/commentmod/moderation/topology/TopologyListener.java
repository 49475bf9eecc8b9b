package io.commentmod.moderation.topology;

import io.commentmod.events.ActionAudited;
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

  /** An audit line was written: a moderator's decision or action with its outcome, or an escalation. */
  default void audited(ActionAudited entry) {}

  /** Tells each of {@code listeners}, in order. */
  static TopologyListener all(TopologyListener... listeners) {
    return new TopologyListener() {
      @Override
      public void verdict(CommentModerated verdict, Duration checking) {
        for (TopologyListener l : listeners) l.verdict(verdict, checking);
      }

      @Override
      public void decision(ModeratorDecided decision) {
        for (TopologyListener l : listeners) l.decision(decision);
      }

      @Override
      public void deadLetter(String stage) {
        for (TopologyListener l : listeners) l.deadLetter(stage);
      }

      @Override
      public void audited(ActionAudited entry) {
        for (TopologyListener l : listeners) l.audited(entry);
      }

      @Override
      public void changed(String commentId) {
        for (TopologyListener l : listeners) l.changed(commentId);
      }
    };
  }

  /** Something a moderator sees changed for this comment: queued, claimed, decided, escalated, removed. */
  default void changed(String commentId) {}
}
