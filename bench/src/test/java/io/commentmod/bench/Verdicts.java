package io.commentmod.bench;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.Records;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Counts records per key on a topic, as a downstream reader sees them (committed only) or as written (aborted too). */
final class Verdicts {
  private Verdicts() {}

  /** Committed verdicts per comment id, for ids starting with {@code prefix}. */
  static Map<String, Integer> committed(KafkaSettings kafka, String prefix) {
    return countByKey(Records.readRaw(kafka, Topics.VERDICTS.name(), Duration.ofSeconds(2)), prefix);
  }

  /** Every verdict record written, aborted transactions included: shows what exactly-once had to discard. */
  static Map<String, Integer> written(KafkaSettings kafka, String prefix) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ConsumerConfig.GROUP_ID_CONFIG, "verdict-audit-" + UUID.randomUUID());
    cfg.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    List<ConsumerRecord<String, byte[]>> all = new java.util.ArrayList<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of(Topics.VERDICTS.name()));
      long idleSince = System.nanoTime();
      while (System.nanoTime() - idleSince < Duration.ofSeconds(2).toNanos()) {
        var batch = c.poll(Duration.ofMillis(200));
        if (!batch.isEmpty()) {
          batch.forEach(all::add);
          idleSince = System.nanoTime();
        }
      }
    }
    return countByKey(all, prefix);
  }

  static Map<String, Integer> countByKey(List<ConsumerRecord<String, byte[]>> records, String prefix) {
    Map<String, Integer> counts = new HashMap<>();
    for (var r : records) if (r.key() != null && r.key().startsWith(prefix)) counts.merge(r.key(), 1, Integer::sum);
    return counts;
  }
}
