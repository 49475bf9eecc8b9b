package io.commentmod.moderation.topology;

import io.commentmod.events.CommentModerated;
import io.commentmod.events.ReviewEscalated;
import io.commentmod.events.Route;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;

/**
 * What happens with the passing of time, once a second per task: decisions whose undo window has
 * passed are applied, lapsed claims are dropped, urgent comments waiting longer than the alarm are
 * escalated (once each), and the audit and recent-approval stores forget what is past retention.
 */
final class ReviewClock {
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

  private final ReviewDesk desk;
  private final Clock clock;
  private final TopologyOptions options;
  private Instant lastPrune = Instant.EPOCH;

  ReviewClock(ReviewDesk desk, Clock clock, TopologyOptions options) {
    this.desk = desk;
    this.clock = clock;
    this.options = options;
  }

  void tick() {
    Instant now = clock.instant();
    long ts = now.toEpochMilli();
    for (KeyValue<String, ReviewMeta> kv : all(desk.metas)) {
      String id = kv.key;
      ReviewMeta m = kv.value;
      if (m.pending() != null && !now.isBefore(m.pending().applyAt())) {
        CommentModerated held = desk.queue.get(id);
        if (held != null) {
          desk.apply(m.pending().decision(), held, now, ts);
          desk.auditDecision(m.pending().decision(), "applied", now);
        } else {
          desk.metas.delete(id);
        }
        continue;
      }
      if (m.claim() != null && !m.claim().activeAt(now)) {
        desk.putMeta(id, m.withClaim(null));
        desk.changed(id);
      }
    }
    if (!options.urgentAlarm().isZero()) escalate(now, ts);
    if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) >= 0) {
      prune(now);
      lastPrune = now;
    }
  }

  private void escalate(Instant now, long ts) {
    for (KeyValue<String, CommentModerated> kv : all(desk.queue)) {
      CommentModerated v = kv.value;
      if (v.route() != Route.URGENT || v.moderatedAt().plus(options.urgentAlarm()).isAfter(now)) continue;
      ReviewMeta m = desk.meta(kv.key);
      if (m.escalatedAt() != null || m.pending() != null) continue;
      desk.putMeta(kv.key, m.withEscalatedAt(now));
      desk.forward(Sinks.ESCALATIONS, kv.key, new ReviewEscalated(kv.key, v.comment().articleId(), v.route(), v.moderatedAt(),
          options.urgentAlarm().toSeconds(), now), ts);
      desk.audit("escalate-" + kv.key, kv.key, "system", "escalate", null,
          "urgent comment waited over " + AuditLog.human(options.urgentAlarm()), now, now);
      desk.changed(kv.key);
    }
  }

  private void prune(Instant now) {
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, ?> it = desk.audit.range(AuditLog.keyFrom(Instant.EPOCH), AuditLog.keyFrom(now.minus(options.auditRetention())))) {
      it.forEachRemaining(kv -> old.add(kv.key));
    }
    old.forEach(desk.audit::delete);
    Instant cutoff = now.minus(options.recentWindow());
    for (KeyValue<String, RecentApproval> kv : all(desk.recent)) {
      if (kv.value.approvedAt() != null && kv.value.approvedAt().isBefore(cutoff)) desk.recent.delete(kv.key);
    }
  }

  private static <V> List<KeyValue<String, V>> all(org.apache.kafka.streams.state.KeyValueStore<String, V> store) {
    List<KeyValue<String, V>> out = new ArrayList<>();
    try (KeyValueIterator<String, V> it = store.all()) {
      it.forEachRemaining(out::add);
    }
    return out;
  }
}
