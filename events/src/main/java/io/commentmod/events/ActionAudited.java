package io.commentmod.events;

import java.time.Instant;

/**
 * One line of the moderation audit log, written by the topology when it handles a moderator's
 * decision or action, or raises an escalation: who ({@code moderator}, "system" for escalations),
 * did what ({@code action}: approve, reject, spam, not_spam, claim, release, undo, remove,
 * escalate), to which comment, when ({@code at}, when the moderator acted), why ({@code reason},
 * may be null) and what came of it ({@code outcome}, e.g. "applied", "refused: claimed by sam").
 * Keyed by {@code commentId}.
 */
public record ActionAudited(
    String auditId, String commentId, String moderator, String action, String reason, String outcome, Instant at) {}
