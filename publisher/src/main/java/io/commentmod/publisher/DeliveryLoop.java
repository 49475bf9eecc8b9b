package io.commentmod.publisher;

import io.commentmod.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll thread: consumes {@code comments.approved} and {@code comments.retracted}, hands each
 * record to its article's lane ({@link Lanes}, {@link Delivery}), and commits each partition up to
 * its lowest unsettled record ({@link PartitionWork}). It alone touches the consumer.
 *
 * <p>At least once, shown exactly once by the site. A record is settled only after the site
 * answered 2xx and the receipt was acknowledged, or after its dead letter was; a crash before the
 * commit redelivers it and the site upserts by the idempotency key (the comment id).
 *
 * <p>Order per article: one article's records run one at a time in the order fetched, so within a
 * partition in offset order, and a failing comment holds up only its own article. When the site is
 * down, lanes park at the {@link SiteGate}, records pile up to {@link #MAX_IN_FLIGHT} per
 * partition, and then the partition is paused: poll() keeps the group membership alive but fetches
 * nothing, so consumption pauses rather than spins.
 */
final class DeliveryLoop implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);
  /** Longest poll wait: bounds how late a commit follows a settled record and how long a stop takes. */
  static final Duration MAX_POLL_WAIT = Duration.ofMillis(200);
  /**
   * Records fetched and not yet committable per partition before it is paused; resumed below half
   * of it. Bounds memory: a comment still being retried holds back its partition's commit, so after
   * this many later records the partition waits for it (at most until it is dead-lettered).
   */
  static final int MAX_IN_FLIGHT = 500;

  private final Consumer<String, byte[]> consumer;
  private final Lanes lanes;
  private final Delivery.Tools tools;
  private final Retractions retractions;
  private final Duration drainTimeout;
  private final Clock clock;
  private final Map<TopicPartition, PartitionWork> works = new HashMap<>();
  private final Set<TopicPartition> pausedForBacklog = new HashSet<>();
  private final Set<TopicPartition> heldForRetractions = new HashSet<>();
  private volatile boolean running = true;
  private volatile boolean assigned;
  private volatile int inFlight;
  private volatile Instant lastPoll = Instant.EPOCH;

  /** {@code drainTimeout}: how long a revocation or stop waits for site calls already running. */
  DeliveryLoop(Consumer<String, byte[]> consumer, Lanes lanes, Delivery.Tools tools, Retractions retractions, Duration drainTimeout, Clock clock) {
    this.consumer = consumer;
    this.lanes = lanes;
    this.tools = tools;
    this.retractions = retractions;
    this.drainTimeout = drainTimeout;
    this.clock = clock;
  }

  @Override
  public void run() {
    try {
      requireCoPartitioned();
      consumer.subscribe(List.of(Topics.APPROVED.name(), Topics.RETRACTED.name()), new Rebalance());
      while (running) {
        commitSettled();
        throttle();
        ConsumerRecords<String, byte[]> records = consumer.poll(MAX_POLL_WAIT);
        lastPoll = clock.instant();
        assigned = !consumer.assignment().isEmpty();
        // Retractions first, so an approval fetched in the same batch already sees its retraction.
        List<TopicPartition> fetched = new ArrayList<>(records.partitions());
        fetched.sort(Comparator.comparing((TopicPartition tp) -> !tp.topic().equals(Topics.RETRACTED.name())));
        for (TopicPartition tp : fetched) {
          PartitionWork work = works.get(tp);
          if (work == null) continue; // not ours any more: the next owner reads it from the committed offset
          List<ConsumerRecord<String, byte[]>> batch = records.records(tp);
          if (tp.topic().equals(Topics.APPROVED.name()) && !retractionsCaughtUp(tp)) {
            // Not yet: fetch this partition's retractions first, then these approvals again.
            consumer.seek(tp, batch.get(0).offset());
            heldForRetractions.add(tp);
            continue;
          }
          for (ConsumerRecord<String, byte[]> r : batch) dispatch(work, r);
        }
      }
      release(new ArrayList<>(works.keySet()));
    } catch (WakeupException e) {
      if (running) throw e;
    } finally {
      running = false;
      assigned = false;
      consumer.close();
    }
  }

  /** Asks the loop to let running site calls finish, commit what is settled and leave the group. */
  void stop() {
    running = false;
  }

  boolean hasAssignment() {
    return assigned;
  }

  Instant lastPoll() {
    return lastPoll;
  }

  /** Records fetched and not yet committable, over all partitions. */
  int inFlight() {
    return inFlight;
  }

  private void dispatch(PartitionWork work, ConsumerRecord<String, byte[]> r) {
    work.track(r.offset());
    Delivery d = Delivery.of(tools, work, r);
    if (d.retractedId() != null) retractions.noteSeen(d.retractedId());
    lanes.submit(d.lane(), d);
  }

  private void commitSettled() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    int total = 0;
    for (PartitionWork w : works.values()) {
      long next = w.advance();
      if (next >= 0) offsets.put(w.partition, new OffsetAndMetadata(next));
      total += w.inFlight();
    }
    inFlight = total;
    commit(offsets);
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    if (offsets.isEmpty()) return;
    try {
      consumer.commitSync(offsets);
    } catch (WakeupException e) {
      throw e;
    } catch (KafkaException e) {
      // Usually a rebalance took the partition: its next owner redelivers, the site dedupes.
      LOG.warn("Commit of {} failed, those comments may be delivered again: {}", offsets, e.getMessage());
    }
  }

  /** Pauses partitions with a full backlog, and approvals whose retractions are not read up to date yet. */
  private void throttle() {
    for (PartitionWork w : works.values()) {
      int n = w.inFlight();
      if (n >= MAX_IN_FLIGHT && pausedForBacklog.add(w.partition)) {
        LOG.info("Paused {}: {} records wait for the site", w.partition, n);
      } else if (n <= MAX_IN_FLIGHT / 2) {
        pausedForBacklog.remove(w.partition);
      }
    }
    heldForRetractions.removeIf(tp -> !works.containsKey(tp) || retractionsCaughtUp(tp));
    Set<TopicPartition> wanted = new HashSet<>(pausedForBacklog);
    wanted.addAll(heldForRetractions);
    Set<TopicPartition> paused = consumer.paused();
    List<TopicPartition> pause = wanted.stream().filter(tp -> !paused.contains(tp)).toList();
    List<TopicPartition> resume = paused.stream().filter(tp -> !wanted.contains(tp)).toList();
    if (!pause.isEmpty()) consumer.pause(pause);
    if (!resume.isEmpty()) consumer.resume(resume);
  }

  /**
   * True once this instance has read {@code comments.retracted} up to its end for the partition
   * that shares {@code approved}'s keys: a retraction written before an approval is then seen first.
   */
  private boolean retractionsCaughtUp(TopicPartition approved) {
    TopicPartition retracted = new TopicPartition(Topics.RETRACTED.name(), approved.partition());
    if (!works.containsKey(retracted)) return true; // not ours: nothing to wait for here
    OptionalLong lag = consumer.currentLag(retracted);
    return lag.isPresent() && lag.getAsLong() <= 0;
  }

  /** Stops new site calls for {@code parts}, waits for running ones, commits what they settled. */
  private void release(Collection<TopicPartition> parts) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition tp : parts) {
      PartitionWork w = works.remove(tp);
      pausedForBacklog.remove(tp);
      heldForRetractions.remove(tp);
      if (w == null) continue;
      try {
        if (!w.revokeAndAwait(drainTimeout)) LOG.warn("A site call for {} still runs after {}; its comment may be delivered again", tp, drainTimeout);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      long next = w.advance();
      if (next >= 0) offsets.put(tp, new OffsetAndMetadata(next));
    }
    commit(offsets);
  }

  /**
   * An approval and its retraction share a key; with equal partition counts and the range assignor
   * they reach the same instance, which is what lets a retraction win whatever the arrival order.
   */
  private void requireCoPartitioned() {
    int approved = consumer.partitionsFor(Topics.APPROVED.name()).size();
    int retracted = consumer.partitionsFor(Topics.RETRACTED.name()).size();
    if (approved != retracted) {
      throw new IllegalStateException(Topics.APPROVED.name() + " has " + approved + " partitions and " + Topics.RETRACTED.name() + " "
          + retracted + ": the publisher needs them equal, so that a comment's approval and retraction reach the same instance");
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      release(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty()) return;
      retractions.reload();
      for (TopicPartition tp : partitions) works.put(tp, new PartitionWork(tp));
      LOG.info("Assigned {}", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      for (TopicPartition tp : partitions) {
        PartitionWork w = works.remove(tp);
        pausedForBacklog.remove(tp);
        heldForRetractions.remove(tp);
        if (w != null) {
          try {
            w.revokeAndAwait(Duration.ZERO);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    }
  }
}
