package io.commentmod.events;

import java.time.Instant;

/** A comment that will never be published; kept for audit. */
public record CommentRejected(String id, CommentSubmitted comment, String rejectedBy, String reason, Instant rejectedAt) {}
