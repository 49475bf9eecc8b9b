package io.commentmod.moderation.check.crowd;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ClusterView;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
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

  /** @param r what {@code store} holds under {@code key} (null if nothing), read by the caller */
  void inspect(String key, RecentPosts r, String who, Instant now, KeyValueState<RecentPosts> store, ClusterView<RecentPosts> cluster,
      Findings findings) {
    long at = now.toEpochMilli();
    long since = at - flood.windowSeconds() * 1000;
    long until = at + 60_000;
    // The posts still in the window, this one last, cut to the newest maxComments + 1; the stored
    // times are reused as they are (already boxed), only this post's time is boxed.
    List<Long> stored = r == null ? List.of() : r.at();
    int inWindow = 0;
    for (int i = 0, m = stored.size(); i < m; i++) {
      long t = stored.get(i);
      if (t >= since && t <= until) inWindow++;
    }
    int posts = Math.max(0, Math.min(inWindow + 1, flood.maxComments() + 1));
    Long[] kept = new Long[posts];
    int skip = inWindow + 1 - posts, n = 0;
    for (int i = 0, m = stored.size(); i < m && n < posts; i++) {
      Long t = stored.get(i);
      if (t < since || t > until) continue;
      if (skip > 0) skip--;
      else kept[n++] = t;
    }
    if (n < posts) kept[n] = at;
    store.put(key, new RecentPosts(List.of(kept)));
    List<RecentPosts> others = cluster.get(key);
    for (int k = 0, m = others.size(); k < m; k++) for (long t : others.get(k).at()) if (t >= since && t <= until) posts++;
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
