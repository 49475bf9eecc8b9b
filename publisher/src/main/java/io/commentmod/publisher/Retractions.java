package io.commentmod.publisher;

import io.commentmod.events.CommentRetracted;
import io.commentmod.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Comment ids that must never be shown again. A retraction is written to the compacted
 * {@code publisher.retractions} topic before the site is asked to remove the comment, and an
 * approval is delivered only if its id is not here, so a retraction wins whatever order the two
 * arrive in, across restarts and redrives.
 *
 * <p>An approval and its retraction carry the same key, so with equal partition counts and the
 * range assignor one instance owns both; it reloads the whole topic whenever it is given partitions,
 * which covers retractions recorded by the partition's previous owner.
 */
final class Retractions {
  private static final Logger LOG = LoggerFactory.getLogger(Retractions.class);
  static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

  private final Set<String> ids = ConcurrentHashMap.newKeySet();
  private final Consumer<String, byte[]> reader;
  private final Producer<String, byte[]> producer;

  /** {@code reader} has no group and is used only from the delivery loop's thread. */
  Retractions(Consumer<String, byte[]> reader, Producer<String, byte[]> producer) {
    this.reader = reader;
    this.producer = producer;
  }

  boolean isRetracted(String id) {
    return ids.contains(id);
  }

  /** Takes a retraction into account at once, before it is recorded: approvals not yet delivered are skipped. */
  void noteSeen(String id) {
    ids.add(id);
  }

  /** Records the retraction durably; false when Kafka did not acknowledge it (try again later). */
  boolean record(CommentRetracted r) throws InterruptedException {
    try {
      producer.send(new ProducerRecord<>(Topics.PUBLISHER_RETRACTIONS.name(), r.id(), Topics.PUBLISHER_RETRACTIONS.valueSerde().toBytes(r)))
          .get(LOAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      ids.add(r.id());
      return true;
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      LOG.warn("Cannot record the retraction of {}: {}", r.id(), e.getMessage());
      return false;
    }
  }

  /** Reads every recorded retraction; called whenever partitions are assigned. */
  void reload() {
    List<TopicPartition> parts = reader.partitionsFor(Topics.PUBLISHER_RETRACTIONS.name()).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    reader.assign(parts);
    reader.seekToBeginning(parts);
    Map<TopicPartition, Long> end = reader.endOffsets(parts);
    long deadline = System.nanoTime() + LOAD_TIMEOUT.toNanos();
    int before = ids.size();
    while (!caughtUp(end)) {
      if (System.nanoTime() > deadline) throw new KafkaException("could not read " + Topics.PUBLISHER_RETRACTIONS.name() + " within " + LOAD_TIMEOUT);
      for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
        if (r.key() != null && r.value() != null) ids.add(r.key());
      }
    }
    LOG.debug("Loaded retractions: {} known, {} new", ids.size(), ids.size() - before);
  }

  private boolean caughtUp(Map<TopicPartition, Long> end) {
    for (var e : end.entrySet()) {
      if (reader.position(e.getKey()) < e.getValue()) return false;
    }
    return true;
  }

  void close() {
    reader.close();
  }
}
