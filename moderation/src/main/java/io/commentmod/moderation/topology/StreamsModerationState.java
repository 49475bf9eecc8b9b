package io.commentmod.moderation.topology;

import io.commentmod.events.CrowdStateChanged;
import io.commentmod.events.Json;
import io.commentmod.events.Topics;
import io.commentmod.moderation.engine.ClusterView;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.StateSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderator's state: this task's fault-tolerant key-value stores, each change also published
 * to {@code moderation.crowd} (in the same transaction); and, as the cluster view, the rows the
 * other partitions' tasks published there, read from the global store {@code crowd}. This task's
 * own rows are skipped there (its local store is exact and ahead of them), so no comment counts twice.
 */
final class StreamsModerationState implements ModerationState {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsModerationState.class);
  private static final StringSerializer KEYS = new StringSerializer();
  private final ProcessorContext<String, Object> ctx;
  private final String app;
  private final int partition;
  private final ReadOnlyKeyValueStore<String, byte[]> crowd;

  StreamsModerationState(ProcessorContext<String, Object> ctx) {
    this.ctx = ctx;
    this.app = ctx.applicationId();
    this.partition = ctx.taskId().partition();
    this.crowd = ctx.getStateStore(StoreNames.CROWD);
  }

  @Override
  public <V> KeyValueState<V> store(StateSpec<V> spec) {
    KeyValueStore<String, V> store = ctx.getStateStore(spec.name());
    return new KeyValueState<>() {
      public V get(String key) {
        return store.get(key);
      }

      public void put(String key, V value) {
        store.put(key, value);
        publish(spec, key, value);
      }

      public void delete(String key) {
        store.delete(key);
        publish(spec, key, null);
      }
    };
  }

  @Override
  public <V> ClusterView<V> cluster(StateSpec<V> spec) {
    return key -> {
      List<V> out = new ArrayList<>(2);
      try (KeyValueIterator<String, byte[]> rows = crowd.prefixScan(CrowdRows.prefix(app, spec.name(), key), KEYS)) {
        while (rows.hasNext()) {
          V v = decode(spec, key, rows.next().value);
          if (v != null) out.add(v);
        }
      }
      return out;
    };
  }

  /** The row's state if it is another partition's row for exactly this key; else null. */
  private <V> V decode(StateSpec<V> spec, String key, byte[] bytes) {
    try {
      CrowdStateChanged row = Topics.CROWD.valueSerde().fromBytes(bytes);
      if (row.partition() == partition || !key.equals(row.key()) || !spec.name().equals(row.store()) || row.state() == null) return null;
      return Json.mapper().treeToValue(row.state(), spec.valueType());
    } catch (SerializationException | IOException e) {
      LOG.warn("Skipping an undecodable crowd row for {}: {}", key, e.getMessage());
      return null;
    }
  }

  private void publish(StateSpec<?> spec, String key, Object value) {
    CrowdStateChanged row = value == null ? null
        : new CrowdStateChanged(app, partition, spec.name(), key, Json.mapper().valueToTree(value));
    ctx.forward(new Record<>(CrowdRows.key(app, spec.name(), key, partition), row, ctx.currentSystemTimeMs()), Sinks.CROWD.node());
  }
}
