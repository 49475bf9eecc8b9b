package io.commentmod.moderation.engine;

import java.util.HashMap;
import java.util.Map;

/** Access to the stores named by {@link Moderator#stateSpecs()}. */
public interface ModerationState {
  <V> KeyValueState<V> store(StateSpec<V> spec);

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
