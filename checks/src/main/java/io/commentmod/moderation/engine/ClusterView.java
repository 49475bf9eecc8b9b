package io.commentmod.moderation.engine;

import java.util.List;

/**
 * The cluster-wide part of one store: the values that other tasks (other partitions) hold under a
 * key, never the caller's own. Read-only; in Streams it lags those tasks by about one commit.
 */
public interface ClusterView<V> {
  /** What the other tasks hold under {@code key}, in no particular order; empty when none. */
  List<V> get(String key);

  /** No other task: a state that sees every comment itself (batch runs, tests). */
  static <V> ClusterView<V> none() {
    return key -> List.of();
  }
}
