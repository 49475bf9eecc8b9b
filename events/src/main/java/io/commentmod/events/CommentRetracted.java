package io.commentmod.events;

import java.time.Instant;

/** A moderator removed a comment that was already published; the publisher takes it off the site. */
public record CommentRetracted(String id, String articleId, String moderator, String reason, Instant retractedAt) {}
