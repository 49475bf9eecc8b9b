package io.commentmod.events;

import java.time.Instant;

/**
 * An urgent comment has waited for a moderator longer than the configured alarm
 * ({@code thresholdSeconds}); raised once per comment. Keyed by {@code commentId}.
 */
public record ReviewEscalated(
    String commentId, String articleId, Route queue, Instant waitingSince, long thresholdSeconds, Instant escalatedAt) {}
