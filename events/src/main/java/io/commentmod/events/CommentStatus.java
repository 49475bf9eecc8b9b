package io.commentmod.events;

import java.time.Instant;
import java.util.List;

/**
 * One row of the status table, keyed by comment id (compacted topic). {@code queue} is set only
 * while in review; {@code reason} says why it was rejected, when it was.
 */
public record CommentStatus(
    String id, String articleId, Status status, Route queue, List<Flag> flags, String reason, Instant updatedAt) {
  public CommentStatus {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
