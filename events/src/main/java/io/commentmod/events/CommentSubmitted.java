package io.commentmod.events;

import java.time.Instant;

/**
 * A reader's comment, accepted by ingest and waiting for moderation. Keyed by {@code id}.
 * {@code parentId}, {@code siteCommentId} and {@code idempotencyKey} may be null;
 * {@code submittedAt} is the site's time, {@code receivedAt} ingest's.
 */
public record CommentSubmitted(
    String id,
    String articleId,
    Author author,
    String body,
    String parentId,
    Instant submittedAt,
    String siteCommentId,
    String idempotencyKey,
    Instant receivedAt) {

  /**
   * The longest body, in Unicode code points, that the pipeline accepts. Ingest refuses longer ones
   * with a 400; moderation dead-letters them, whoever wrote them to the topic, because the checks'
   * cost grows faster than linearly with length.
   */
  public static final int MAX_BODY_CODE_POINTS = 10_000;
}
