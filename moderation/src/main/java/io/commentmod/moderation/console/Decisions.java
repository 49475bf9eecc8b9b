package io.commentmod.moderation.console;

import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes moderators' decisions to the decisions topic; returns only once the broker has them. */
public final class Decisions implements AutoCloseable {
  private final KafkaProducer<String, ModeratorDecided> producer;
  private final Clock clock;

  public Decisions(KafkaSettings kafka, Clock clock) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    cfg.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
    cfg.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
    cfg.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
    cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "moderation-console");
    this.producer = new KafkaProducer<>(cfg, new StringSerializer(), Topics.DECISIONS.valueSerde().serializer());
    this.clock = clock;
  }

  /** Records the decision durably; throws if the broker did not acknowledge it in time. */
  public ModeratorDecided decide(String commentId, DecisionAction action, String moderator, String reason)
      throws ExecutionException, TimeoutException, InterruptedException {
    var d = new ModeratorDecided(UUID.randomUUID().toString(), commentId, action, moderator, reason, clock.instant());
    producer.send(new ProducerRecord<>(Topics.DECISIONS.name(), commentId, d)).get(9, TimeUnit.SECONDS);
    return d;
  }

  @Override
  public void close() {
    producer.close();
  }
}
