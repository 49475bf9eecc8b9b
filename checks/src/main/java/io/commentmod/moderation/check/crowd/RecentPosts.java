package io.commentmod.moderation.check.crowd;

import java.util.List;

/** Stored per author and per IP: when their recent comments came (epoch ms), oldest first. */
public record RecentPosts(List<Long> at) {
  public RecentPosts {
    at = at == null ? List.of() : List.copyOf(at);
  }
}
