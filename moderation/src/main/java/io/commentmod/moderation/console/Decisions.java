package io.commentmod.moderation.console;

import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorAction;
import io.commentmod.events.ModeratorActed;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes moderators' decisions to the decisions topic and their other actions (claim, release,
 * undo, remove) to the actions topic; returns only once the broker has them. The topology applies both.
 */
public final class Decisions implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final Clock clock;

  public Decisions(KafkaSettings kafka, Clock clock) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    cfg.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
    cfg.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
    cfg.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
    cfg.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "moderation-console");
    this.producer = new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
    this.clock = clock;
  }

  /** Records the decision durably; throws if the broker did not acknowledge it in time. */
  public ModeratorDecided decide(String commentId, DecisionAction action, String moderator, String reason)
      throws ExecutionException, TimeoutException, InterruptedException {
    return decideAll(List.of(commentId), action, moderator, reason).get(0);
  }

  /** One decision per comment, all sent before waiting for the broker. */
  public List<ModeratorDecided> decideAll(List<String> commentIds, DecisionAction action, String moderator, String reason)
      throws ExecutionException, TimeoutException, InterruptedException {
    List<ModeratorDecided> out = new ArrayList<>();
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (String id : commentIds) {
      var d = new ModeratorDecided(UUID.randomUUID().toString(), id, action, moderator, reason, clock.instant());
      out.add(d);
      sent.add(producer.send(new ProducerRecord<>(Topics.DECISIONS.name(), id, Topics.DECISIONS.valueSerde().toBytes(d))));
    }
    await(sent);
    return out;
  }

  /** Records a claim, release, undo or removal durably. */
  public ModeratorActed act(String commentId, ModeratorAction action, String moderator, String reason)
      throws ExecutionException, TimeoutException, InterruptedException {
    var a = new ModeratorActed(UUID.randomUUID().toString(), commentId, action, moderator, reason, clock.instant());
    await(List.of(producer.send(new ProducerRecord<>(Topics.ACTIONS.name(), commentId, Topics.ACTIONS.valueSerde().toBytes(a)))));
    return a;
  }

  private static void await(List<Future<RecordMetadata>> sent) throws ExecutionException, TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(9);
    for (Future<RecordMetadata> f : sent) f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    producer.close();
  }
}
