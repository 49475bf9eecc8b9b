package io.commentmod.moderation.console;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the records on the dead-letter topic by reading it from the beginning (committed
 * records only, no consumer group), so the count is exact where end offsets would also count
 * transaction markers.
 */
final class DeadLetterWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterWatch.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final AtomicLong count = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  DeadLetterWatch(KafkaSettings kafka) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "moderation-console-dead-letters");
    cfg.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024);
    this.consumer = new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.thread = new Thread(this::run, "console-dead-letters");
    this.thread.setDaemon(true);
  }

  DeadLetterWatch start() {
    thread.start();
    return this;
  }

  long count() {
    return count.get();
  }

  private void run() {
    try {
      List<TopicPartition> parts = consumer.partitionsFor(Topics.DEAD_LETTER.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      while (running) count.addAndGet(consumer.poll(Duration.ofSeconds(1)).count());
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.warn("Dead-letter count stopped at {}", count.get(), e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
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
