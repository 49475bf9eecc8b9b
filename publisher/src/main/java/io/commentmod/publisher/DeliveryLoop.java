package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.publisher.DeliveryPolicy.Decision;
import io.commentmod.publisher.DeliveryPolicy.Delivered;
import io.commentmod.publisher.DeliveryPolicy.GiveUp;
import io.commentmod.publisher.DeliveryPolicy.Retry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers approved comments to the site in offset order per partition, and commits an offset
 * only once its comment is settled: the site answered 2xx and the receipt was acknowledged, or the
 * comment was dead-lettered and the dead letter acknowledged.
 *
 * <p>At least once, shown exactly once by the site. The receipt is written before the commit, so a
 * crash between the two redelivers the comment after restart and writes a second receipt; the site
 * upserts by the idempotency key (the comment id), so readers still see the comment once, and
 * readers of receipts must treat a repeated receipt as the same fact.
 *
 * <p>A comment that must wait does not block the thread: its partition is rewound to it and paused
 * until the backoff ends while poll() keeps running, so group membership stays alive and other
 * partitions keep flowing. Attempt counts live in memory: after a restart, or when a partition
 * moves to another instance, counting starts again.
 */
final class DeliveryLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);
  /** Longest poll wait: bounds how late a backoff ends and how long a stop takes. */
  static final Duration MAX_POLL_WAIT = Duration.ofMillis(500);
  /** Time spent on one poll's records before polling again; well under max.poll.interval.ms (5 min). */
  static final Duration BATCH_BUDGET = Duration.ofSeconds(60);
  /** Wait after Kafka refused a receipt or dead letter; the producer has already retried for 30 s. */
  static final Duration KAFKA_RETRY_DELAY = Duration.ofSeconds(1);
  static final String STAGE = "publisher";

  /** A partition rewound to {@code offset}, paused until {@code resumeAt}, after {@code failures} failed attempts. */
  private record Waiting(long offset, int failures, Instant resumeAt) {}

  private final Consumer<String, byte[]> consumer;
  private final Producer<String, byte[]> producer;
  private final SiteClient site;
  private final DeliveryPolicy policy;
  private final PublisherMetrics metrics;
  private final Clock clock;
  private final Map<TopicPartition, Waiting> waiting = new HashMap<>();
  private volatile boolean running = true;
  private volatile boolean assigned;
  private volatile Instant lastPoll = Instant.EPOCH;

  DeliveryLoop(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, SiteClient site,
      DeliveryPolicy policy, PublisherMetrics metrics, Clock clock) {
    this.consumer = consumer;
    this.producer = producer;
    this.site = site;
    this.policy = policy;
    this.metrics = metrics;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.APPROVED.name()), new ForgetRevoked());
      while (running) {
        resumeDue();
        ConsumerRecords<String, byte[]> records = consumer.poll(pollWait());
        lastPoll = clock.instant();
        assigned = !consumer.assignment().isEmpty();
        handle(records);
      }
    } catch (WakeupException e) {
      if (running) throw e;
    } finally {
      running = false;
      assigned = false;
      try {
        consumer.close();
      } finally {
        producer.close();
      }
    }
  }

  /** Asks the loop to finish the comment in hand and leave the group; uncommitted records go to the next owner. */
  void stop() {
    running = false;
  }

  boolean hasAssignment() {
    return assigned;
  }

  Instant lastPoll() {
    return lastPoll;
  }

  private void handle(ConsumerRecords<String, byte[]> records) {
    Instant deadline = clock.instant().plus(BATCH_BUDGET);
    for (TopicPartition tp : records.partitions()) {
      for (ConsumerRecord<String, byte[]> r : records.records(tp)) {
        if (!running || clock.instant().isAfter(deadline)) {
          consumer.seek(tp, r.offset());
          break;
        }
        if (!settle(tp, r)) break;
      }
    }
  }

  /** True when the record is done with (offset committed); false when its partition now waits. */
  private boolean settle(TopicPartition tp, ConsumerRecord<String, byte[]> r) {
    CommentApproved approved;
    try {
      approved = Topics.APPROVED.valueSerde().fromBytes(r.value());
      if (approved == null || approved.id() == null || approved.comment() == null) {
        throw new SerializationException("no id or no comment");
      }
    } catch (SerializationException e) {
      return deadLetter(tp, r, "undecodable approved comment: " + e.getMessage(), 0);
    }

    Waiting w = waiting.get(tp);
    int attempt = (w != null && w.offset() == r.offset() ? w.failures() : 0) + 1;
    SiteResponse response = null;
    IOException error = null;
    long started = System.nanoTime();
    try {
      response = site.deliver(approved);
    } catch (IOException e) {
      error = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return false;
    } finally {
      metrics.attempt(Duration.ofNanos(System.nanoTime() - started));
    }

    Decision decision = policy.decide(response, error, attempt);
    if (decision instanceof Delivered ok) {
      Instant now = clock.instant();
      var receipt = new CommentPublished(approved.id(), approved.comment().articleId(), ok.status(), attempt, now);
      if (!send(Topics.PUBLISHED.name(), approved.id(), Topics.PUBLISHED.valueSerde().toBytes(receipt))) {
        // The site has it; redelivering is harmless (idempotency key), losing the receipt is not.
        rewind(tp, r.offset(), attempt - 1, KAFKA_RETRY_DELAY);
        return false;
      }
      Instant received = approved.comment().receivedAt();
      metrics.succeeded(received == null ? null : Duration.between(received, now));
      commit(tp, r.offset() + 1);
      LOG.debug("Delivered comment {} after {} attempt(s)", approved.id(), attempt);
      return true;
    }
    if (decision instanceof Retry retry) {
      metrics.retried();
      LOG.info("Comment {} attempt {} failed ({}); retrying in {} ms", approved.id(), attempt, retry.why(), retry.delay().toMillis());
      rewind(tp, r.offset(), attempt, retry.delay());
      return false;
    }
    return deadLetter(tp, r, ((GiveUp) decision).reason(), attempt);
  }

  private boolean deadLetter(TopicPartition tp, ConsumerRecord<String, byte[]> r, String reason, int attempts) {
    var letter = new DeadLetter(r.topic(), r.partition(), r.offset(), r.key(), DeadLetter.excerpt(r.value()), reason, STAGE, clock.instant());
    if (!send(Topics.DEAD_LETTER.name(), r.key(), Topics.DEAD_LETTER.valueSerde().toBytes(letter))) {
      rewind(tp, r.offset(), Math.max(attempts - 1, 0), KAFKA_RETRY_DELAY);
      return false;
    }
    metrics.deadLettered();
    LOG.warn("Dead-lettered comment {} ({}-{}@{}): {}", r.key(), r.topic(), r.partition(), r.offset(), reason);
    commit(tp, r.offset() + 1);
    return true;
  }

  private boolean send(String topic, String key, byte[] value) {
    try {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
      return true;
    } catch (ExecutionException | KafkaException e) {
      LOG.warn("Cannot write to {} for {}: {}", topic, key, e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return false;
    }
  }

  private void commit(TopicPartition tp, long next) {
    waiting.remove(tp);
    try {
      consumer.commitSync(Map.of(tp, new OffsetAndMetadata(next)));
    } catch (WakeupException e) {
      throw e;
    } catch (KafkaException e) {
      // Usually a rebalance took the partition: its next owner redelivers, the site dedupes.
      LOG.warn("Commit of {}@{} failed, the comment may be delivered again: {}", tp, next, e.getMessage());
    }
  }

  private void rewind(TopicPartition tp, long offset, int failures, Duration delay) {
    consumer.seek(tp, offset);
    consumer.pause(List.of(tp));
    waiting.put(tp, new Waiting(offset, failures, clock.instant().plus(delay)));
  }

  private void resumeDue() {
    Instant now = clock.instant();
    List<TopicPartition> due = new ArrayList<>();
    waiting.forEach((tp, w) -> {
      if (!w.resumeAt().isAfter(now)) due.add(tp);
    });
    due.retainAll(consumer.paused());
    if (!due.isEmpty()) consumer.resume(due);
  }

  private Duration pollWait() {
    Instant now = clock.instant();
    Duration wait = MAX_POLL_WAIT;
    for (Waiting w : waiting.values()) {
      if (w.resumeAt().isAfter(now)) {
        Duration d = Duration.between(now, w.resumeAt());
        if (d.compareTo(wait) < 0) wait = d;
      }
    }
    return wait;
  }

  /** A partition that leaves this instance takes its backoff with it; the next owner starts from the committed offset. */
  private final class ForgetRevoked implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      partitions.forEach(waiting::remove);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(waiting::remove);
    }
  }
}
