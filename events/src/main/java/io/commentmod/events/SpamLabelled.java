package io.commentmod.events;

import java.time.Instant;

/**
 * A moderator's decision read as a label for the spam classifier: {@code spam} true for "mark as
 * spam", false for "not spam" (or an approval of a comment held as spam). Carries the comment's
 * text so every moderation instance can learn from it. Keyed by {@code commentId} on a compacted
 * topic, so the latest label of each comment is kept and a replay rebuilds the same model.
 */
public record SpamLabelled(
    String commentId, String decisionId, boolean spam, String text, String moderator, Instant labelledAt) {}
