package io.commentmod.moderation.topology;

import java.time.Duration;

/**
 * How the topology treats moderators' work.
 *
 * @param undoWindow how long a decision waits before it is applied, so its moderator can undo it;
 *     zero applies decisions at once
 * @param claimTtl how long a claim on a queued comment lasts unless renewed
 * @param urgentAlarm how long an urgent comment may wait before it is escalated; zero disables
 * @param recentWindow how long approved comments stay listed for removal from the site
 * @param auditRetention how long the audit store keeps entries (the audit topic keeps them longer)
 */
public record TopologyOptions(
    Duration undoWindow, Duration claimTtl, Duration urgentAlarm, Duration recentWindow, Duration auditRetention) {

  /** Decisions applied immediately; claims last 5 minutes; urgent alarm after 15 minutes. */
  public static final TopologyOptions IMMEDIATE =
      new TopologyOptions(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofDays(30));

  public TopologyOptions {
    require(undoWindow, "undo window");
    require(claimTtl, "claim ttl");
    require(urgentAlarm, "urgent alarm");
    require(recentWindow, "recent window");
    require(auditRetention, "audit retention");
    if (claimTtl.isZero()) throw new IllegalArgumentException("claim ttl must be positive");
  }

  private static void require(Duration d, String name) {
    if (d == null || d.isNegative()) throw new IllegalArgumentException(name + " must not be negative");
  }
}
