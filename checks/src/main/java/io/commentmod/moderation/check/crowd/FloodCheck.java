package io.commentmod.moderation.check.crowd;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Floods: one author (e-mail) or one IP posting more than {@code flood.maxComments} within {@code flood.windowSeconds}. */
final class FloodCheck {
  static final String NAME = "flood";
  private final Policy.Flood flood;

  FloodCheck(Policy.Flood flood) {
    this.flood = flood;
  }

  void inspect(String key, String who, Instant now, KeyValueState<RecentPosts> store, Findings findings) {
    if (key == null) return;
    long at = now.toEpochMilli();
    long since = at - flood.windowSeconds() * 1000;
    RecentPosts r = store.get(key);
    List<Long> kept = new ArrayList<>();
    if (r != null) for (long t : r.at()) if (t >= since && t <= at + 60_000) kept.add(t);
    kept.add(at);
    while (kept.size() > flood.maxComments() + 1) kept.remove(0);
    store.put(key, new RecentPosts(kept));
    if (kept.size() > flood.maxComments()) {
      findings.add(FlagName.SPAM, flood.score(), NAME,
          "more than " + flood.maxComments() + " comments from this " + who + " within " + flood.windowSeconds() + " s", List.of());
    }
  }
}
