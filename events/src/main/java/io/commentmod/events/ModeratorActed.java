package io.commentmod.events;

import java.time.Instant;

/**
 * A moderator's action on a comment other than a decision (see {@link ModeratorAction}), from the
 * console, applied by the moderation topology. Keyed by {@code commentId}; {@code reason} may be null.
 */
public record ModeratorActed(
    String actionId, String commentId, ModeratorAction action, String moderator, String reason, Instant actedAt) {}
