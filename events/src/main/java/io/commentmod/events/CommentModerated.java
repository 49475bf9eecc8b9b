package io.commentmod.events;

import java.time.Instant;
import java.util.List;

/**
 * The verdict on one comment: its route, the action taken and every flag with reasons.
 * Written once per comment to the audit topic; carries the comment so consumers need no join.
 */
public record CommentModerated(
    String id,
    CommentSubmitted comment,
    Route route,
    Action action,
    List<Flag> flags,
    String policyVersion,
    Instant moderatedAt) {
  public CommentModerated {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
