package io.commentmod.testkit;

import io.commentmod.events.Topic;
import io.commentmod.kafka.KafkaSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what a topic holds, for assertions. Only committed records (read_committed). */
public final class Records {
  private Records() {}

  /** Every record now in {@code topic}, decoded; reads until {@code quiet} passes with nothing new. */
  public static <V> List<ConsumerRecord<String, V>> readAll(KafkaSettings kafka, Topic<V> topic, Duration quiet) {
    List<ConsumerRecord<String, V>> out = new ArrayList<>();
    for (ConsumerRecord<String, byte[]> r : readRaw(kafka, topic.name(), quiet)) {
      V v = topic.valueSerde().fromBytes(r.value());
      out.add(new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.key(), v));
    }
    return out;
  }

  /**
   * Every committed record in {@code topic}: reads from the beginning of every partition up to the
   * end offsets seen at the start (no consumer group, so no rebalance delay), then keeps polling
   * until {@code quiet} passes with nothing new.
   */
  public static List<ConsumerRecord<String, byte[]>> readRaw(KafkaSettings kafka, String topic, Duration quiet) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(p -> c.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      long idleSince = System.nanoTime();
      while (System.nanoTime() - idleSince < quiet.toNanos()) {
        var batch = c.poll(Duration.ofMillis(100));
        if (!batch.isEmpty()) {
          batch.forEach(out::add);
          idleSince = System.nanoTime();
        }
      }
    }
    return out;
  }
}
