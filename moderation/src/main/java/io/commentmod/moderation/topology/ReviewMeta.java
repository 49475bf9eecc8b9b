package io.commentmod.moderation.topology;

import io.commentmod.events.ModeratorDecided;
import java.time.Instant;

/**
 * What is happening to a queued comment besides its verdict: who has claimed it, a decision
 * waiting out its undo window, and when it was escalated. Any field may be null.
 */
public record ReviewMeta(Claim claim, Pending pending, Instant escalatedAt) {
  static final ReviewMeta NONE = new ReviewMeta(null, null, null);

  /** A moderator working on the comment until {@code expiresAt}. */
  public record Claim(String moderator, Instant claimedAt, Instant expiresAt) {
    public boolean activeAt(Instant now) {
      return now.isBefore(expiresAt);
    }
  }

  /** A decision that is applied at {@code applyAt} unless undone before. */
  public record Pending(ModeratorDecided decision, Instant applyAt) {}

  /** The claim if it is still in force at {@code now}. */
  public Claim claimAt(Instant now) {
    return claim != null && claim.activeAt(now) ? claim : null;
  }

  ReviewMeta withClaim(Claim c) {
    return new ReviewMeta(c, pending, escalatedAt);
  }

  ReviewMeta withPending(Pending p) {
    return new ReviewMeta(claim, p, escalatedAt);
  }

  ReviewMeta withEscalatedAt(Instant t) {
    return new ReviewMeta(claim, pending, t);
  }

  boolean empty() {
    return claim == null && pending == null && escalatedAt == null;
  }
}
