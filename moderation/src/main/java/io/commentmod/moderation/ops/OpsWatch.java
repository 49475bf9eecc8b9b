package io.commentmod.moderation.ops;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an {@link OpsHistory} from the topics every instance can read, whole-cluster and from six
 * hours back, so a restarted console shows the same history: verdicts, approvals and rejections
 * (for moderators' decision times), publisher receipts and dead letters. Reads committed records only, without a consumer group.
 */
public final class OpsWatch implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OpsWatch.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final OpsHistory history;
  private final Clock clock;
  private final Thread thread;
  private volatile boolean running = true;

  public OpsWatch(KafkaSettings kafka, OpsHistory history, Clock clock) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "moderation-console-ops");
    cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    this.consumer = new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.history = history;
    this.clock = clock;
    this.thread = new Thread(this::run, "console-ops");
    this.thread.setDaemon(true);
  }

  public OpsWatch start() {
    thread.start();
    return this;
  }

  private void run() {
    try {
      List<TopicPartition> parts = new ArrayList<>();
      for (String topic : List.of(Topics.VERDICTS.name(), Topics.APPROVED.name(), Topics.REJECTED.name(), Topics.PUBLISHED.name(),
          Topics.DEAD_LETTER.name())) {
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> parts.add(new TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(parts);
      long from = clock.millis() - OpsHistory.BUCKET.multipliedBy(OpsHistory.BUCKETS).toMillis();
      Map<TopicPartition, Long> times = new HashMap<>();
      parts.forEach(p -> times.put(p, from));
      Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times, Duration.ofSeconds(30));
      List<TopicPartition> atEnd = new ArrayList<>();
      offsets.forEach((p, o) -> {
        if (o == null) atEnd.add(p);
        else consumer.seek(p, o.offset());
      });
      consumer.seekToEnd(atEnd);
      while (running) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofSeconds(1))) take(r);
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.warn("Operations history stopped following the topics", e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void take(ConsumerRecord<byte[], byte[]> r) {
    Instant stamped = Instant.ofEpochMilli(r.timestamp());
    try {
      if (r.topic().equals(Topics.VERDICTS.name())) {
        CommentModerated v = Topics.VERDICTS.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (v != null) history.verdict(v, v.moderatedAt() == null ? stamped : v.moderatedAt());
      } else if (r.topic().equals(Topics.APPROVED.name())) {
        CommentApproved a = Topics.APPROVED.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (a != null && a.comment() != null) history.decided(a.approvedBy(), a.comment().receivedAt(), a.approvedAt() == null ? stamped : a.approvedAt());
      } else if (r.topic().equals(Topics.REJECTED.name())) {
        CommentRejected j = Topics.REJECTED.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (j != null && j.comment() != null) history.decided(j.rejectedBy(), j.comment().receivedAt(), j.rejectedAt() == null ? stamped : j.rejectedAt());
      } else if (r.topic().equals(Topics.PUBLISHED.name())) {
        CommentPublished p = Topics.PUBLISHED.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (p != null) history.published(p, p.publishedAt() == null ? stamped : p.publishedAt());
      } else {
        DeadLetter d = Topics.DEAD_LETTER.valueSerde().deserializer().deserialize(r.topic(), r.value());
        if (d != null) history.deadLetter(d, d.failedAt() == null ? stamped : d.failedAt());
      }
    } catch (RuntimeException e) {
      LOG.debug("Operations history skipped an undecodable record at {}-{}@{}", r.topic(), r.partition(), r.offset());
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
