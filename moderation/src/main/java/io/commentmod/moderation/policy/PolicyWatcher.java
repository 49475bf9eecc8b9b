package io.commentmod.moderation.policy;

import io.commentmod.events.PolicyChanged;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.training.LearnedLayer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the compacted policy topic from its beginning and hands every valid policy to
 * {@code apply}, so a policy published once reaches every running instance without a restart.
 * An invalid document is logged with the bad key and ignored: the current policy stays.
 */
public final class PolicyWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyWatcher.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Consumer<Moderator> apply;
  private final LearnedLayer learned;
  private final Thread thread;
  private volatile boolean running = true;

  /** @param learned the classifier's learned layer, kept by every moderator made for a new policy */
  public PolicyWatcher(KafkaSettings kafka, LearnedLayer learned, Consumer<Moderator> apply) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    cfg.put(ConsumerConfig.CLIENT_ID_CONFIG, "moderation-policy-watcher");
    this.consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
    this.apply = apply;
    this.learned = learned;
    this.thread = new Thread(this::run, "policy-watcher");
    this.thread.setDaemon(true);
  }

  public PolicyWatcher start() {
    thread.start();
    return this;
  }

  private void run() {
    try {
      List<TopicPartition> parts = consumer.partitionsFor(Topics.POLICY.name(), Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) handle(r);
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("Policy watcher stopped; the current policy stays in force", e);
    } finally {
      consumer.close();
    }
  }

  void handle(ConsumerRecord<String, byte[]> r) {
    try {
      PolicyChanged change = Topics.POLICY.valueSerde().fromBytes(r.value());
      if (change == null || change.document() == null) return;
      Moderator next = Moderators.create(Policy.parse(change.document().getBytes(StandardCharsets.UTF_8)), learned);
      apply.accept(next);
      LOG.info("Policy {} in force (published by {} at {})", next.policyVersion(), change.changedBy(), change.changedAt());
    } catch (RuntimeException e) {
      LOG.error("Ignoring invalid policy at offset {}: {}", r.offset(), e.getMessage());
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
