package io.commentmod.moderation.topology;

/**
 * For one check (a reason's {@code check}): how many comments it helped hold were decided by a
 * moderator, and how many of those the moderator approved anyway (overturned).
 */
public record CheckStats(long decided, long overturned) {
  CheckStats add(boolean approved) {
    return new CheckStats(decided + 1, overturned + (approved ? 1 : 0));
  }

  public CheckStats plus(CheckStats o) {
    return new CheckStats(decided + o.decided, overturned + o.overturned);
  }
}
