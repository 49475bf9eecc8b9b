package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.DeadLetterRedriven;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The publisher's dead letters: those in {@code comments.dead-letter} with stage "publisher" and not
 * yet redriven. Redriving re-publishes the original approval or retraction to its source topic,
 * then records {@link DeadLetterRedriven} in the compacted {@code publisher.dlq-redriven} topic so
 * it is not listed again. A crash between the two re-publishes it once more at the next redrive,
 * which the site's idempotency absorbs.
 */
final class DeadLetters implements AutoCloseable {
  static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  /** A dead letter with its id, {@code <partition>-<offset>} in the dead-letter topic. */
  record Entry(String id, DeadLetter letter, boolean redriven) {}

  /** What redriving one dead letter did. */
  record Redriven(Entry entry, int partition, long offset) {}

  private final KafkaSettings kafka;
  private final Clock clock;
  private final KafkaConsumer<String, byte[]> reader;
  private KafkaProducer<String, byte[]> producer;

  DeadLetters(KafkaSettings kafka, Clock clock) {
    this.kafka = kafka;
    this.clock = clock;
    Map<String, Object> c = kafka.clientConfig();
    c.remove(ConsumerConfig.GROUP_ID_CONFIG);
    c.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    c.put(ConsumerConfig.CLIENT_ID_CONFIG, "publisher-dlq-" + UUID.randomUUID().toString().substring(0, 8));
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    reader = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
  }

  /** The publisher's dead letters in the order they were written; redriven ones only with {@code includeRedriven}. */
  List<Entry> list(boolean includeRedriven) {
    Set<String> redriven = new HashSet<>();
    for (var r : readAll(Topics.DLQ_REDRIVEN.name())) {
      if (r.key() != null && r.value() != null) redriven.add(r.key());
    }
    List<Entry> out = new ArrayList<>();
    for (var r : readAll(Topics.DEAD_LETTER.name())) {
      DeadLetter d;
      try {
        d = Topics.DEAD_LETTER.valueSerde().fromBytes(r.value());
      } catch (SerializationException e) {
        continue;
      }
      if (d == null || !Delivery.STAGE.equals(d.stage())) continue;
      String id = r.partition() + "-" + r.offset();
      boolean done = redriven.contains(id);
      if (!done || includeRedriven) out.add(new Entry(id, d, done));
    }
    return out;
  }

  /** Re-publishes {@code e}'s original record to its source topic and marks it redriven. */
  Redriven redrive(Entry e) throws Exception {
    DeadLetter d = e.letter();
    Topic<?> source = source(d.sourceTopic());
    byte[] value = original(d, source);
    if (producer == null) producer = PublisherClients.producer(kafka);
    RecordMetadata at = producer.send(new ProducerRecord<>(source.name(), d.key(), value)).get(READ_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    var marker = new DeadLetterRedriven(e.id(), d.key(), source.name(), at.partition(), at.offset(), clock.instant());
    producer.send(new ProducerRecord<>(Topics.DLQ_REDRIVEN.name(), e.id(), Topics.DLQ_REDRIVEN.valueSerde().toBytes(marker)))
        .get(READ_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return new Redriven(e, at.partition(), at.offset());
  }

  private static Topic<?> source(String name) {
    if (Topics.APPROVED.name().equals(name)) return Topics.APPROVED;
    if (Topics.RETRACTED.name().equals(name)) return Topics.RETRACTED;
    throw new IllegalArgumentException("cannot redrive a record from " + name);
  }

  /** The dead letter's value when it decodes as the source topic's event, else the source record itself if still retained. */
  private byte[] original(DeadLetter d, Topic<?> source) {
    if (d.value() != null) {
      byte[] v = d.value().getBytes(StandardCharsets.UTF_8);
      if (valid(source, v)) return v;
    }
    TopicPartition tp = new TopicPartition(d.sourceTopic(), d.partition());
    reader.assign(List.of(tp));
    reader.seek(tp, d.offset());
    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, byte[]> r : reader.poll(Duration.ofMillis(200))) {
        if (r.offset() == d.offset() && valid(source, r.value())) return r.value();
        if (r.offset() >= d.offset()) throw new IllegalStateException("the original record is not a valid " + source.valueSerde().type().getSimpleName());
      }
      if (reader.position(tp) > d.offset()) break;
    }
    throw new IllegalStateException("the dead letter holds no valid " + source.valueSerde().type().getSimpleName()
        + " and " + d.sourceTopic() + "-" + d.partition() + "@" + d.offset() + " is no longer retained");
  }

  private static boolean valid(Topic<?> source, byte[] value) {
    try {
      Object o = source.valueSerde().fromBytes(value);
      if (o instanceof CommentApproved a) return a.id() != null && a.comment() != null;
      if (o instanceof CommentRetracted r) return r.id() != null;
      return false;
    } catch (SerializationException e) {
      return false;
    }
  }

  private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
    List<TopicPartition> parts = reader.partitionsFor(topic).stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    reader.assign(parts);
    reader.seekToBeginning(parts);
    Map<TopicPartition, Long> end = reader.endOffsets(parts);
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
    while (!caughtUp(end)) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("could not read " + topic + " within " + READ_TIMEOUT);
      reader.poll(Duration.ofMillis(200)).forEach(out::add);
    }
    out.sort((a, b) -> a.timestamp() != b.timestamp() ? Long.compare(a.timestamp(), b.timestamp())
        : a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()));
    return out;
  }

  private boolean caughtUp(Map<TopicPartition, Long> end) {
    for (var e : end.entrySet()) {
      if (reader.position(e.getKey()) < e.getValue()) return false;
    }
    return true;
  }

  @Override
  public void close() {
    reader.close();
    if (producer != null) producer.close(Duration.ofSeconds(5));
  }
}
