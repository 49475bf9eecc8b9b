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
    Instant receivedAt) {}
