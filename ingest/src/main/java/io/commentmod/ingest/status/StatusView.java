package io.commentmod.ingest.status;

import io.commentmod.events.CommentStatus;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's copy of the status table: every partition of {@code comments.status} read from
 * the beginning (committed records only, no consumer group), newest row per comment id, tombstones
 * remove. {@link #caughtUp()} turns true once it has read up to the end offsets seen when it first
 * reached the cluster. It keeps retrying while the cluster is away. The whole table lives in memory.
 */
public final class StatusView implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StatusView.class);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<String, CommentStatus> rows = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean caughtUp;
  private volatile boolean closing;
  private boolean warned; // the reader thread's: log the first failure of a streak, not every retry

  public StatusView(KafkaSettings kafka) {
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "ingest-status-view");
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // Compaction may delete the offsets already reached; start over from the oldest, never skip to the end.
    cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
    cfg.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
    this.consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "ingest-status-view");
    this.thread.setDaemon(true);
  }

  public StatusView start() {
    thread.start();
    return this;
  }

  public Optional<CommentStatus> get(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  public boolean caughtUp() {
    return caughtUp;
  }

  private void run() {
    Map<TopicPartition, Long> target = null;
    try {
      while (!closing) {
        try {
          if (target == null) {
            target = assignFromBeginning();
            continue;
          }
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) apply(r);
          warned = false;
          if (!caughtUp && reached(target)) {
            caughtUp = true;
            LOG.info("Status view caught up: {} comments", rows.size());
          }
        } catch (WakeupException e) {
          // closing
        } catch (KafkaException e) {
          if (closing) break;
          if (!warned) LOG.warn("Status view cannot read {}, retrying: {}", Topics.STATUS.name(), e.toString());
          warned = true;
          Thread.sleep(RETRY.toMillis());
        }
      }
    } catch (InterruptedException e) {
      // closing
    } finally {
      Thread.interrupted();
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(2)));
    }
  }

  /** Null until the topic's partitions are known. */
  private Map<TopicPartition, Long> assignFromBeginning() throws InterruptedException {
    List<TopicPartition> parts = consumer.partitionsFor(Topics.STATUS.name(), CALL_TIMEOUT).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .toList();
    if (parts.isEmpty()) {
      if (!warned) LOG.warn("Status view waits for topic {} to exist", Topics.STATUS.name());
      warned = true;
      Thread.sleep(RETRY.toMillis());
      return null;
    }
    consumer.assign(parts);
    consumer.seekToBeginning(parts);
    return new HashMap<>(consumer.endOffsets(parts, CALL_TIMEOUT));
  }

  private boolean reached(Map<TopicPartition, Long> target) {
    for (Map.Entry<TopicPartition, Long> e : target.entrySet()) {
      if (consumer.position(e.getKey(), CALL_TIMEOUT) < e.getValue()) return false;
    }
    return true;
  }

  private void apply(ConsumerRecord<String, byte[]> r) {
    if (r.key() == null) return;
    if (r.value() == null) {
      rows.remove(r.key());
      return;
    }
    try {
      rows.put(r.key(), Topics.STATUS.valueSerde().fromBytes(r.value()));
    } catch (SerializationException e) {
      LOG.warn("Status view skips undecodable row {} at {}-{}@{}: {}", r.key(), r.topic(), r.partition(), r.offset(), e.getMessage());
    }
  }

  @Override
  public void close() {
    closing = true;
    if (thread.getState() == Thread.State.NEW) {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
      return;
    }
    consumer.wakeup();
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
