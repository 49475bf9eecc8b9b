package io.commentmod.moderation.policy;

import io.commentmod.events.PolicyChanged;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicFollower;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.training.LearnedLayer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the compacted policy topic from its beginning and hands every valid policy to
 * {@code apply}, so a policy published once reaches every running instance without a restart.
 * An invalid document is logged with the bad key and ignored: the current policy stays.
 */
public final class PolicyWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PolicyWatcher.class);

  private final Consumer<Moderator> apply;
  private final LearnedLayer learned;
  private final TopicFollower follower;

  /** @param learned the classifier's learned layer, kept by every moderator made for a new policy */
  public PolicyWatcher(KafkaSettings kafka, LearnedLayer learned, Consumer<Moderator> apply) {
    this.apply = apply;
    this.learned = learned;
    this.follower = new TopicFollower("moderation-policy-watcher", kafka, Map.of(), List.of(Topics.POLICY.name()),
        TopicFollower.StartAt.beginning(), batch -> batch.forEach(this::handle));
  }

  public PolicyWatcher start() {
    follower.start();
    return this;
  }

  void handle(ConsumerRecord<byte[], byte[]> r) {
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
    follower.close();
  }
}
