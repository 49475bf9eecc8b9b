package io.commentmod.bench;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what the pipeline writes, from the end of each topic as of its start: verdicts, publication
 * receipts and dead letters, committed records only (what any downstream reader sees), and hands
 * each to the current phase's {@link Tracker}. Values are not decoded, only the route is picked out
 * of a verdict's bytes, so that watching costs the machine little.
 */
final class OutputWatcher implements AutoCloseable {
  private static final byte[] ROUTE = "\"route\":\"".getBytes(StandardCharsets.UTF_8);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private volatile Tracker tracker;
  private volatile boolean running = true;

  OutputWatcher(KafkaSettings kafka) {
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-watcher");
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
    cfg.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> parts = new ArrayList<>();
    for (String topic : List.of(Topics.VERDICTS.name(), Topics.PUBLISHED.name(), Topics.DEAD_LETTER.name())) {
      consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> parts.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(parts);
    consumer.seekToEnd(parts);
    parts.forEach(tp -> consumer.position(tp, Duration.ofSeconds(30))); // fix the start before any load is sent
    thread = new Thread(this::run, "bench-watcher");
    thread.setDaemon(true);
  }

  OutputWatcher start(Tracker first) {
    tracker = first;
    thread.start();
    return this;
  }

  /** Later records go to {@code next}. */
  void track(Tracker next) {
    tracker = next;
  }

  private void run() {
    try {
      while (running) {
        ConsumerRecords<String, byte[]> batch = consumer.poll(Duration.ofMillis(100));
        if (batch.isEmpty()) continue;
        long now = System.nanoTime();
        Tracker t = tracker;
        for (ConsumerRecord<String, byte[]> r : batch) {
          if (r.key() == null) continue;
          String topic = r.topic();
          if (topic.equals(Topics.VERDICTS.name())) t.verdict(r.key(), now, route(r.value()));
          else if (topic.equals(Topics.PUBLISHED.name())) t.published(r.key(), now);
          else t.deadLetter();
        }
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close(Duration.ofSeconds(2));
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
    running = false;
    consumer.wakeup();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
