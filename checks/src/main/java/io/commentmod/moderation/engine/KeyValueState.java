package io.commentmod.moderation.engine;

/** A key-value store with string keys; fault-tolerant in Streams, a map in batch mode. */
public interface KeyValueState<V> {
  V get(String key);

  void put(String key, V value);

  void delete(String key);
}
