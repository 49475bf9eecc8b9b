package io.commentmod.moderation.topology;

/**
 * Keys of the {@code moderation.crowd} topic and global store: application id, store, the
 * store's key and the task's partition, so each task has its own row per key and one prefix scan
 * finds every task's row for a key. The application id keeps two applications sharing a broker
 * (a shadow deployment, tests) from counting each other's comments.
 */
final class CrowdRows {
  private CrowdRows() {}

  static String key(String app, String store, String key, int partition) {
    return prefix(app, store, key) + partition;
  }

  static String prefix(String app, String store, String key) {
    return app + '|' + store + '|' + key + '|';
  }
}
