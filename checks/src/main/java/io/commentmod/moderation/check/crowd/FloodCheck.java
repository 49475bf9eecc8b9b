package io.commentmod.moderation.check.crowd;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ClusterView;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Floods: one author (e-mail) or one IP posting more than {@code flood.maxComments} within
 * {@code flood.windowSeconds}, counting this task's posts and those other tasks recorded.
 */
final class FloodCheck {
  static final String NAME = "flood";
  private final Policy.Flood flood;

  FloodCheck(Policy.Flood flood) {
    this.flood = flood;
  }

  void inspect(String key, String who, Instant now, KeyValueState<RecentPosts> store, ClusterView<RecentPosts> cluster, Findings findings) {
    if (key == null) return;
    long at = now.toEpochMilli();
    long since = at - flood.windowSeconds() * 1000;
    RecentPosts r = store.get(key);
    List<Long> kept = new ArrayList<>();
    if (r != null) for (long t : r.at()) if (t >= since && t <= at + 60_000) kept.add(t);
    kept.add(at);
    while (kept.size() > flood.maxComments() + 1) kept.remove(0);
    store.put(key, new RecentPosts(kept));
    int posts = kept.size();
    List<RecentPosts> others = cluster.get(key);
    for (int k = 0, m = others.size(); k < m; k++) for (long t : others.get(k).at()) if (t >= since && t <= at + 60_000) posts++;
    if (posts > flood.maxComments()) {
      findings.add(FlagName.SPAM, flood.score(), NAME,
          "more than " + flood.maxComments() + " comments from this " + who + " within " + flood.windowSeconds() + " s", List.of());
    }
  }

  /** True when none of {@code r}'s posts can count for a comment at or after {@code now}. */
  boolean expired(RecentPosts r, Instant now) {
    long since = now.toEpochMilli() - flood.windowSeconds() * 1000 - 60_000;
    for (long t : r.at()) if (t >= since) return false;
    return true;
  }
}
