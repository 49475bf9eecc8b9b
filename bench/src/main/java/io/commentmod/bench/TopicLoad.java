package io.commentmod.bench;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes comments straight to a topic, bypassing ingest, with ingest's guarantees (acks=all,
 * idempotent) and batching suited to bulk load. A rate of 0 means as fast as the producer goes.
 * With a poison ratio, that share of records is undecodable or invalid instead.
 */
final class TopicLoad implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;

  TopicLoad(KafkaSettings kafka) {
    producer = new KafkaProducer<>(producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
  }

  static Map<String, Object> producerConfig(KafkaSettings kafka) {
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "bench-load");
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    cfg.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    cfg.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
    return cfg;
  }

  /** Sends {@code count} comments from {@code mix} to {@code topic}, registering each with {@code tracker} (may be null). */
  void run(String topic, CommentMix mix, long count, double rate, double poisonRatio, Tracker tracker) {
    SplittableRandom random = new SplittableRandom(42);
    long start = System.nanoTime();
    double intervalNanos = rate > 0 ? 1e9 / rate : 0;
    for (long i = 0; i < count; i++) {
      if (rate > 0) {
        long due = start + (long) (i * intervalNanos);
        long wait = due - System.nanoTime();
        if (wait > 0) LockSupport.parkNanos(wait);
      }
      String id = CommentMix.newId();
      byte[] value;
      if (poisonRatio > 0 && random.nextDouble() < poisonRatio) {
        value = Poison.submitted(id, random.nextInt(3));
      } else {
        value = Topics.SUBMITTED.valueSerde().toBytes(mix.next().toEvent(id, Instant.now()));
        if (tracker != null) tracker.sent(id, System.nanoTime());
      }
      producer.send(new ProducerRecord<>(topic, id, value));
    }
    producer.flush();
  }

  /** Poison for the submissions topic: broken JSON, the wrong shape, a huge value. */
  static final class Poison {
    private Poison() {}

    static byte[] submitted(String id, int variant) {
      return switch (variant) {
        case 0 -> ("{\"id\":\"" + id + "\",\"body\":\"unterminated").getBytes(StandardCharsets.UTF_8);
        case 1 -> ("{\"id\":\"" + id + "\",\"articleId\":42,\"author\":\"not an object\",\"body\":[1,2]}").getBytes(StandardCharsets.UTF_8);
        default -> ("{\"id\":\"" + id + "\",\"body\":\"" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
      };
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
