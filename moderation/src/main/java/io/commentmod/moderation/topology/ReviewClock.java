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
  private boolean indexed;
  private boolean recentIndexed;

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

  /**
   * Escalates urgent comments held longer than the alarm, reading only the index entries now due
   * (the queue itself may hold many thousands). A comment decided or undone-and-pending by then is
   * skipped; one whose pending decision is undone stays in the index until it escalates.
   */
  private void escalate(Instant now, long ts) {
    if (!indexed) {
      indexQueuedUrgentComments();
      indexed = true;
    }
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = desk.urgentHeld.range(AuditLog.keyFrom(Instant.EPOCH),
        AuditLog.keyFrom(now.minus(options.urgentAlarm()).plusMillis(1)))) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<String, String> entry : due) {
      String id = entry.value;
      CommentModerated v = desk.queue.get(id);
      if (v == null) {
        desk.urgentHeld.delete(entry.key); // decided meanwhile
        continue;
      }
      ReviewMeta m = desk.meta(id);
      if (m.pending() != null) continue; // may still be undone: look again on the next tick
      desk.urgentHeld.delete(entry.key);
      if (m.escalatedAt() != null) continue;
      desk.putMeta(id, m.withEscalatedAt(now));
      desk.forward(Sinks.ESCALATIONS, id, new ReviewEscalated(id, v.comment().articleId(), v.route(), v.moderatedAt(),
          options.urgentAlarm().toSeconds(), now), ts);
      desk.audit("escalate-" + id, id, "system", "escalate", null,
          "urgent comment waited over " + AuditLog.human(options.urgentAlarm()), now, now);
      desk.changed(id);
    }
  }

  /**
   * Once per start: urgent comments queued before this index existed (state from an older
   * version) are added to it; re-adding present ones is harmless, the key is the same.
   */
  private void indexQueuedUrgentComments() {
    for (KeyValue<String, CommentModerated> kv : all(desk.queue)) {
      CommentModerated v = kv.value;
      if (v.route() == Route.URGENT && desk.meta(kv.key).escalatedAt() == null) {
        desk.urgentHeld.put(AuditLog.key(v.moderatedAt(), kv.key), kv.key);
      }
    }
  }

  private void prune(Instant now) {
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, ?> it = desk.audit.range(AuditLog.keyFrom(Instant.EPOCH), AuditLog.keyFrom(now.minus(options.auditRetention())))) {
      it.forEachRemaining(kv -> old.add(kv.key));
    }
    old.forEach(desk.audit::delete);
    if (!recentIndexed) {
      try (KeyValueIterator<String, String> it = desk.recentByTime.all()) {
        if (!it.hasNext()) indexRecentApprovals();
      }
      recentIndexed = true;
    }
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = desk.recentByTime.range(AuditLog.keyFrom(Instant.EPOCH),
        AuditLog.keyFrom(now.minus(options.recentWindow())))) {
      it.forEachRemaining(due::add);
    }
    for (KeyValue<String, String> kv : due) {
      desk.recent.delete(kv.value);
      desk.recentByTime.delete(kv.key);
    }
  }

  /** Indexes approvals kept by a version without the time index (an empty index beside a non-empty store). */
  private void indexRecentApprovals() {
    for (KeyValue<String, RecentApproval> kv : all(desk.recent)) {
      if (kv.value.approvedAt() != null) desk.recentByTime.put(AuditLog.key(kv.value.approvedAt(), kv.key), kv.key);
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
