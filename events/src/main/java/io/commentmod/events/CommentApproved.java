package io.commentmod.events;

import java.time.Instant;

/** A comment cleared for publication, automatically ({@code approvedBy} "auto") or by a moderator. */
public record CommentApproved(String id, CommentSubmitted comment, String approvedBy, Instant approvedAt) {}
