package io.commentmod.moderation.engine;

import java.util.HashMap;
import java.util.Map;

/** Access to the stores named by {@link Moderator#stateSpecs()}. */
public interface ModerationState {
  <V> KeyValueState<V> store(StateSpec<V> spec);

  /**
   * What the other tasks recorded in {@code spec}'s store, for checks that must count comments
   * across the whole cluster (waves, floods, author history). Never includes what {@link #store}
   * holds, so the union of the two counts each comment once. Empty by default: a state that sees
   * every comment itself (batch runs, tests) needs no other view.
   */
  default <V> ClusterView<V> cluster(StateSpec<V> spec) {
    return ClusterView.none();
  }

  /** In-memory state for batch runs and tests. */
  static ModerationState inMemory() {
    Map<String, Map<String, Object>> stores = new HashMap<>();
    return new ModerationState() {
      @Override
      @SuppressWarnings("unchecked")
      public <V> KeyValueState<V> store(StateSpec<V> spec) {
        Map<String, Object> m = stores.computeIfAbsent(spec.name(), k -> new HashMap<>());
        return new KeyValueState<>() {
          public V get(String key) {
            return (V) m.get(key);
          }

          public void put(String key, V value) {
            m.put(key, value);
          }

          public void delete(String key) {
            m.remove(key);
          }
        };
      }
    };
  }
}
