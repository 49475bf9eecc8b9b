package io.commentmod.ingest.validation;

import io.commentmod.events.Author;
import java.time.Instant;

/** A validated submission as the site sent it; {@code parentId}, {@code submittedAt} and {@code siteCommentId} may be null. */
public record CommentRequest(
    String articleId, Author author, String body, String parentId, Instant submittedAt, String siteCommentId) {}
