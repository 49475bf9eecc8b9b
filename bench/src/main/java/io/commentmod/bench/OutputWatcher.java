package io.commentmod.bench;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicFollower;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Reads what the pipeline writes, from the end of each topic as of its start: verdicts, publication
 * receipts and dead letters, committed records only (what any downstream reader sees), and hands
 * each to the current phase's {@link Tracker}. Values are not decoded, only the route is picked out
 * of a verdict's bytes, so that watching costs the machine little.
 */
final class OutputWatcher implements AutoCloseable {
  private static final byte[] ROUTE = "\"route\":\"".getBytes(StandardCharsets.UTF_8);

  private final TopicFollower follower;
  private volatile Tracker tracker;

  OutputWatcher(KafkaSettings kafka) {
    follower = new TopicFollower("bench-watcher", kafka,
        Map.of(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
        List.of(Topics.VERDICTS.name(), Topics.PUBLISHED.name(), Topics.DEAD_LETTER.name()), TopicFollower.StartAt.end(), this::take);
  }

  /** Fixes the start at the topics' current end, before any load is sent, then follows them. */
  OutputWatcher start(Tracker first) {
    tracker = first;
    follower.startNow();
    return this;
  }

  /** Later records go to {@code next}. */
  void track(Tracker next) {
    tracker = next;
  }

  private void take(ConsumerRecords<byte[], byte[]> batch) {
    long now = System.nanoTime();
    Tracker t = tracker;
    for (ConsumerRecord<byte[], byte[]> r : batch) {
      if (r.key() == null) continue;
      String key = new String(r.key(), StandardCharsets.UTF_8);
      String topic = r.topic();
      if (topic.equals(Topics.VERDICTS.name())) t.verdict(key, now, route(r.value()));
      else if (topic.equals(Topics.PUBLISHED.name())) t.published(key, now);
      else t.deadLetter();
    }
  }

  static String route(byte[] v) {
    if (v == null) return null;
    outer:
    for (int i = 0; i + ROUTE.length < v.length; i++) {
      for (int j = 0; j < ROUTE.length; j++) if (v[i + j] != ROUTE[j]) continue outer;
      int start = i + ROUTE.length;
      int end = start;
      while (end < v.length && v[end] != '"') end++;
      return new String(v, start, end - start, StandardCharsets.UTF_8);
    }
    return null;
  }

  @Override
  public void close() {
    follower.close();
  }
}
