package io.commentmod.bench;

import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes {@code count} comments with ids {@code <run>-<n>} to the submissions topic at a steady
 * rate in the background, acks=all and idempotent like ingest; {@link #ids()} are the ones the
 * broker acknowledged.
 */
final class SteadyLoad implements AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;
  private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
  private final List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;

  private SteadyLoad(KafkaSettings kafka, String run, int count, double perSecond) {
    producer = new KafkaProducer<>(TopicLoad.producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
    CommentMix mix = new CommentMix(run.hashCode(), 1);
    thread = new Thread(() -> {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long wait = start + (long) (i * 1e9 / perSecond) - System.nanoTime();
        if (wait > 0) LockSupport.parkNanos(wait);
        String id = run + "-" + i;
        byte[] value = Topics.SUBMITTED.valueSerde().toBytes(mix.next().toEvent(id, Instant.now()));
        producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), id, value), (meta, e) -> {
          if (e == null) acknowledged.add(id);
          else failures.add(e);
        });
      }
      producer.flush();
    }, "bench-steady-load");
    thread.start();
  }

  static SteadyLoad start(KafkaSettings kafka, String run, int count, double perSecond) {
    return new SteadyLoad(kafka, run, count, perSecond);
  }

  void awaitSent() throws InterruptedException {
    thread.join(TimeUnit.MINUTES.toMillis(2));
    if (!failures.isEmpty()) throw new IllegalStateException("load could not write: " + failures.get(0), failures.get(0));
  }

  List<String> ids() {
    synchronized (acknowledged) {
      return List.copyOf(acknowledged);
    }
  }

  @Override
  public void close() throws InterruptedException {
    thread.join(TimeUnit.MINUTES.toMillis(2));
    producer.close();
  }
}
