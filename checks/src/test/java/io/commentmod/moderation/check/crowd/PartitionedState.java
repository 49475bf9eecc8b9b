package io.commentmod.moderation.check.crowd;

import io.commentmod.moderation.engine.ClusterView;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.StateSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-memory state split over partitions as Streams splits it: each partition writes its own maps,
 * and its cluster view shows every other partition's maps at once (no commit lag).
 */
final class PartitionedState {
  private final List<ModerationState> partitions = new ArrayList<>();
  private final List<Map<String, Map<String, Object>>> data = new ArrayList<>();

  PartitionedState(int n) {
    for (int p = 0; p < n; p++) {
      Map<String, Map<String, Object>> own = new HashMap<>();
      data.add(own);
      int self = p;
      partitions.add(new ModerationState() {
        @Override
        @SuppressWarnings("unchecked")
        public <V> KeyValueState<V> store(StateSpec<V> spec) {
          Map<String, Object> m = own.computeIfAbsent(spec.name(), k -> new HashMap<>());
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

        @Override
        @SuppressWarnings("unchecked")
        public <V> ClusterView<V> cluster(StateSpec<V> spec) {
          return key -> {
            List<V> out = new ArrayList<>();
            for (int q = 0; q < data.size(); q++) {
              Object v = q == self ? null : data.get(q).getOrDefault(spec.name(), Map.of()).get(key);
              if (v != null) out.add((V) v);
            }
            return out;
          };
        }
      });
    }
  }

  ModerationState partition(int p) {
    return partitions.get(p);
  }
}
