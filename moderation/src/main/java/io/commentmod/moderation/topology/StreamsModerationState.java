package io.commentmod.moderation.topology;

import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.StateSpec;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/** The moderator's state, backed by the processor's fault-tolerant key-value stores. */
final class StreamsModerationState implements ModerationState {
  private final ProcessorContext<?, ?> ctx;

  StreamsModerationState(ProcessorContext<?, ?> ctx) {
    this.ctx = ctx;
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
      }

      public void delete(String key) {
        store.delete(key);
      }
    };
  }
}
