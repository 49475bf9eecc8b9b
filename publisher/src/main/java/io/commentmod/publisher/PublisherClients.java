package io.commentmod.publisher;

import io.commentmod.kafka.KafkaSettings;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The publisher's Kafka clients and why each setting is what it is. */
final class PublisherClients {
  /** Records per poll: the lanes take them at once; small batches keep the in-flight bound tight. */
  static final int MAX_POLL_RECORDS = 50;

  private PublisherClients() {}

  /** Values stay bytes so an undecodable record is dead-lettered, not a crash loop. */
  static KafkaConsumer<String, byte[]> consumer(KafkaSettings kafka, String groupId) {
    Map<String, Object> c = kafka.clientConfig();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
    // Range: partition n of comments.approved and of comments.retracted go to the same member, so the
    // instance that delivers a comment is the one that learns of its retraction (see Retractions).
    c.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
    return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Reads the retraction registry from the start; no group, nothing committed. */
  static KafkaConsumer<String, byte[]> reader(KafkaSettings kafka, String groupId) {
    Map<String, Object> c = kafka.clientConfig();
    c.remove(ConsumerConfig.GROUP_ID_CONFIG);
    c.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-retractions-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** Receipts and dead letters: acknowledged by every in-sync replica, no duplicates from producer retries. */
  static KafkaProducer<String, byte[]> producer(KafkaSettings kafka) {
    Map<String, Object> c = kafka.clientConfig();
    c.put(ProducerConfig.ACKS_CONFIG, "all");
    c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    c.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    // Lanes wait for each ack; fail within a minute rather than the 2-minute default, then retry.
    c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    return new KafkaProducer<>(c, new StringSerializer(), new ByteArraySerializer());
  }
}
