package io.commentmod.moderation.topology;

import java.time.Instant;

/**
 * An approved comment, kept for a while so a moderator can find it and take it off the site.
 * {@code status} is approved, published or removed; {@code removedBy}/{@code reason} are set once removed.
 */
public record RecentApproval(String id, String articleId, String authorName, String body, String approvedBy, Instant approvedAt,
    String status, String removedBy, String reason) {
  RecentApproval withStatus(String s, String by, String why) {
    return new RecentApproval(id, articleId, authorName, body, approvedBy, approvedAt, s, by, why);
  }
}
