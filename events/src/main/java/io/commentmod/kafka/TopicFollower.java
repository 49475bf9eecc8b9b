package io.commentmod.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows every partition of some topics on a daemon thread and hands each polled batch to a
 * handler: committed records only ({@code read_committed}), by assignment (no consumer group, no
 * offsets committed), from the beginning, the end or a point in time. For side readers that must
 * see the whole cluster's records: a count, a watched policy, a history rebuilt at start.
 *
 * <p>The handler runs on the follower's thread. If it throws, following stops and the failure is
 * logged with the follower's name; {@link #close()} wakes the consumer and waits for the thread.
 */
public final class TopicFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
  private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

  /** Where reading starts in each assigned partition. */
  @FunctionalInterface
  public interface StartAt {
    void position(Consumer<?, ?> consumer, List<TopicPartition> parts);

    static StartAt beginning() {
      return (c, parts) -> c.seekToBeginning(parts);
    }

    /** The end as of the start: {@link #startNow()} fixes it before returning. */
    static StartAt end() {
      return (c, parts) -> {
        c.seekToEnd(parts);
        parts.forEach(p -> c.position(p, METADATA_WAIT));
      };
    }

    /** The first record stamped at or after {@code epochMillis}; the end where there is none. */
    static StartAt since(long epochMillis) {
      return (c, parts) -> {
        Map<TopicPartition, Long> times = new HashMap<>();
        parts.forEach(p -> times.put(p, epochMillis));
        List<TopicPartition> atEnd = new ArrayList<>();
        c.offsetsForTimes(times, METADATA_WAIT).forEach((p, o) -> {
          if (o == null) atEnd.add(p);
          else c.seek(p, o.offset());
        });
        c.seekToEnd(atEnd);
      };
    }
  }

  /** Receives each non-empty batch, in order, on the follower's thread. */
  @FunctionalInterface
  public interface Handler {
    void take(ConsumerRecords<byte[], byte[]> batch);
  }

  private final String name;
  private final Consumer<byte[], byte[]> consumer;
  private final List<String> topics;
  private final StartAt startAt;
  private final Handler handler;
  private final Thread thread;
  private volatile boolean running = true;
  private boolean positioned;

  /**
   * @param name the client id and thread name, also used in log lines
   * @param overrides extra consumer properties (fetch sizes, poll limits)
   */
  public TopicFollower(String name, KafkaSettings kafka, Map<String, Object> overrides, List<String> topics, StartAt startAt,
      Handler handler) {
    this(name, consumer(name, kafka, overrides), topics, startAt, handler);
  }

  TopicFollower(String name, Consumer<byte[], byte[]> consumer, List<String> topics, StartAt startAt, Handler handler) {
    this.name = name;
    this.consumer = consumer;
    this.topics = List.copyOf(topics);
    this.startAt = startAt;
    this.handler = handler;
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
  }

  private static Consumer<byte[], byte[]> consumer(String name, KafkaSettings kafka, Map<String, Object> overrides) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, name);
    cfg.putAll(overrides);
    return new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Starts following; the partitions are looked up and positioned on the follower's thread. */
  public TopicFollower start() {
    thread.start();
    return this;
  }

  /**
   * Looks up and positions the partitions on the caller's thread, then starts following, so that
   * a start "at the end" is fixed before the caller produces anything.
   */
  public TopicFollower startNow() {
    assignAndPosition();
    return start();
  }

  private void assignAndPosition() {
    List<TopicPartition> parts = new ArrayList<>();
    for (String topic : topics) {
      consumer.partitionsFor(topic, METADATA_WAIT).forEach(p -> parts.add(new TopicPartition(p.topic(), p.partition())));
    }
    consumer.assign(parts);
    startAt.position(consumer, parts);
    positioned = true;
  }

  private void run() {
    try {
      if (!positioned) assignAndPosition();
      while (running) {
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofSeconds(1));
        if (!batch.isEmpty()) handler.take(batch);
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      if (running) LOG.warn("{} stopped following {}", name, topics, e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  /** True while the follower's thread runs. */
  public boolean following() {
    return thread.isAlive();
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
    if (thread.getState() == Thread.State.NEW) consumer.close(Duration.ofSeconds(2)); // never started
  }
}
