package io.commentmod.moderation.topology;

import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.StateSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops this task's cross-comment values whose window has passed ({@link Moderator#expired}):
 * from the local store, and, through the tombstone {@link StreamsModerationState} publishes, from
 * the crowd topic and every instance's global store. Keeps both bounded by the traffic of one
 * window; author records are never dropped.
 */
final class CrowdPruner {
  /** How often each task scans its stores. */
  static final Duration EVERY = Duration.ofMinutes(10);

  private final ProcessorContext<String, Object> ctx;
  private final StreamsModerationState state;

  CrowdPruner(ProcessorContext<String, Object> ctx, StreamsModerationState state) {
    this.ctx = ctx;
    this.state = state;
  }

  /** @return how many values were dropped */
  int prune(Moderator m, Instant now) {
    int n = 0;
    for (StateSpec<?> spec : m.stateSpecs()) n += prune(m, spec, now);
    return n;
  }

  private <V> int prune(Moderator m, StateSpec<V> spec, Instant now) {
    KeyValueStore<String, V> store = ctx.getStateStore(spec.name());
    List<String> gone = new ArrayList<>();
    try (KeyValueIterator<String, V> all = store.all()) {
      while (all.hasNext()) {
        var kv = all.next();
        if (kv.value != null && m.expired(spec, kv.value, now)) gone.add(kv.key);
      }
    }
    KeyValueState<V> s = state.store(spec);
    gone.forEach(s::delete);
    return gone.size();
  }
}
