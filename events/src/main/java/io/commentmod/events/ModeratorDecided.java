package io.commentmod.events;

import java.time.Instant;

/** A moderator's decision on a held comment. Keyed by {@code commentId}; {@code reason} may be null. */
public record ModeratorDecided(
    String decisionId, String commentId, DecisionAction action, String moderator, String reason, Instant decidedAt) {}
