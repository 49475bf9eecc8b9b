package io.commentmod.moderation.check.crowd;

import java.util.List;

/** Stored per author: how many comments they posted and how many were approved or rejected (by moderators or automatically). */
public record AuthorRecord(int comments, int approved, int rejected, long firstSeen, long lastSeen) {

  /** {@code local} summed with what other tasks hold for the same author; null when none of them knows the author. */
  static AuthorRecord union(AuthorRecord local, List<AuthorRecord> others) {
    if (others.isEmpty()) return local;
    AuthorRecord all = local;
    for (AuthorRecord o : others) {
      if (o == null) continue;
      all = all == null ? o : new AuthorRecord(all.comments + o.comments, all.approved + o.approved, all.rejected + o.rejected,
          Math.min(all.firstSeen, o.firstSeen), Math.max(all.lastSeen, o.lastSeen));
    }
    return all;
  }
}
