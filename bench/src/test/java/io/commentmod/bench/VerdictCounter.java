package io.commentmod.bench;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts committed records per key on a topic as they arrive, for keys with one prefix; logs progress while waiting. */
final class VerdictCounter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VerdictCounter.class);
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, Integer> counts = new ConcurrentHashMap<>();
  private final Thread thread;
  private final String topic;
  private volatile boolean running = true;

  VerdictCounter(KafkaSettings kafka, String topic, String prefix) {
    this.topic = topic;
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-test-counter");
    consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
    var parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(parts);
    consumer.seekToBeginning(parts);
    thread = new Thread(() -> {
      try {
        while (running) {
          for (var r : consumer.poll(Duration.ofMillis(200))) {
            if (r.key() != null && r.key().startsWith(prefix)) counts.merge(r.key(), 1, Integer::sum);
          }
        }
      } catch (WakeupException e) {
        // closing
      } finally {
        consumer.close(Duration.ofSeconds(2));
      }
    }, "bench-test-counter");
    thread.setDaemon(true);
    thread.start();
  }

  static VerdictCounter verdicts(KafkaSettings kafka, String prefix) {
    return new VerdictCounter(kafka, Topics.VERDICTS.name(), prefix);
  }

  Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Waits until every id in {@code ids} was counted at least once; false on timeout. */
  boolean awaitAll(Collection<String> ids, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    long nextLog = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long have = ids.stream().filter(counts::containsKey).count();
      if (have == ids.size()) return true;
      if (System.nanoTime() >= nextLog) {
        LOG.info("{}: {} of {} ids seen", topic, have, ids.size());
        nextLog = System.nanoTime() + 5_000_000_000L;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    consumer.wakeup();
    thread.join(5000);
  }
}
