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
    // One view per store, made on first use: the checks ask for their stores on every comment.
    Map<String, KeyValueState<Object>> stores = new HashMap<>();
    return new ModerationState() {
      @Override
      @SuppressWarnings("unchecked")
      public <V> KeyValueState<V> store(StateSpec<V> spec) {
        KeyValueState<Object> view = stores.get(spec.name());
        if (view == null) {
          view = mapView(new HashMap<>());
          stores.put(spec.name(), view);
        }
        return (KeyValueState<V>) view;
      }
    };
  }

  private static KeyValueState<Object> mapView(Map<String, Object> m) {
    return new KeyValueState<>() {
      public Object get(String key) {
        return m.get(key);
      }

      public void put(String key, Object value) {
        m.put(key, value);
      }

      public void delete(String key) {
        m.remove(key);
      }
    };
  }
}
