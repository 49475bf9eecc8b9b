package io.commentmod.moderation.topology;

import io.commentmod.events.ActionAudited;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.moderation.training.SpamLabels;
import java.time.Instant;
import java.util.Locale;

/** Audit log keys and the names under which decisions are audited. */
public final class AuditLog {
  private AuditLog() {}

  /** A rejection for this reason is "mark as spam"; the spam classifier learns it so ({@link SpamLabels}). */
  public static final String SPAM = SpamLabels.SPAM;

  /** An approval for this reason is "mark as not spam". */
  public static final String NOT_SPAM = SpamLabels.NOT_SPAM;

  /** Store key: processing time, zero-padded, then the audit id, so a range scan is time order. */
  static String key(Instant processedAt, String auditId) {
    return String.format(Locale.ROOT, "%013d|%s", processedAt.toEpochMilli(), auditId);
  }

  /** The first key at or after {@code t}. */
  static String keyFrom(Instant t) {
    return String.format(Locale.ROOT, "%013d|", t.toEpochMilli());
  }

  /** approve, reject, spam or not_spam. */
  public static String actionName(ModeratorDecided d) {
    String reason = d.reason() == null ? "" : d.reason().trim().toLowerCase(Locale.ROOT);
    if (d.action() == DecisionAction.REJECT && reason.equals(SPAM)) return "spam";
    if (d.action() == DecisionAction.APPROVE && reason.equals(NOT_SPAM)) return "not_spam";
    return d.action().wire();
  }

  /** A duration as a moderator reads it: "45 s", "15 min", "2 h". */
  static String human(java.time.Duration d) {
    long s = d.toSeconds();
    if (s < 120) return s + " s";
    if (s < 2 * 3600) return (s / 60) + " min";
    return (s / 3600) + " h";
  }

  static ActionAudited entry(String auditId, String commentId, String moderator, String action, String reason, String outcome,
      Instant at) {
    return new ActionAudited(auditId, commentId, moderator, action, reason, outcome, at);
  }
}
