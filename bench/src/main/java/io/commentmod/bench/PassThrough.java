package io.commentmod.bench;

import io.commentmod.kafka.KafkaSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The physical limit: a Streams application that copies each record from one topic to another
 * and does nothing else, with the moderation app's guarantees and settings (exactly_once_v2, one
 * stream thread, 100 ms commit interval, acks=all), the same partition count and the same record
 * bytes. Its throughput is what the broker, the client libraries and exactly-once cost on this
 * machine before any moderation work. It runs on its own throw-away topics.
 */
final class PassThrough {
  /** {@code records} copied in {@code seconds}, timed from the first input sent to the last output read. */
  record Result(long records, double seconds, long bytes) {
    double perSecond() {
      return records / seconds;
    }
  }

  private PassThrough() {}

  static Result run(KafkaSettings kafka, int partitions, int lengthFactor, long count, Path stateDir) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String in = "bench.passthrough." + run + ".in";
    String out = "bench.passthrough." + run + ".out";
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      admin.createTopics(List.of(new NewTopic(in, partitions, kafka.replicationFactor()), new NewTopic(out, partitions, kafka.replicationFactor())))
          .all().get(30, TimeUnit.SECONDS);
      try {
        return copy(kafka, in, out, lengthFactor, count, stateDir.resolve(run), run);
      } finally {
        admin.deleteTopics(List.of(in, out)).all().get(30, TimeUnit.SECONDS);
      }
    }
  }

  private static Result copy(KafkaSettings kafka, String in, String out, int lengthFactor, long count, Path stateDir, String run)
      throws Exception {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(in, Consumed.with(Serdes.String(), Serdes.ByteArray())).to(out, Produced.with(Serdes.String(), Serdes.ByteArray()));
    Properties p = new Properties();
    p.putAll(kafka.clientConfig());
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "passthrough-" + run);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) kafka.replicationFactor());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    p.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");

    try (KafkaStreams streams = new KafkaStreams(b.build(), p);
        Counter counter = new Counter(kafka, out);
        TopicLoad load = new TopicLoad(kafka)) {
      streams.start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) Thread.sleep(50);
      long start = System.nanoTime();
      load.run(in, new CommentMix(7, lengthFactor), count, 0, 0, null);
      long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(120, count / 1000));
      while (counter.count.get() < count && System.nanoTime() < limit) Thread.sleep(20);
      if (counter.count.get() < count) throw new IllegalStateException("pass-through copied only " + counter.count.get() + " of " + count);
      return new Result(count, (counter.last.get() - start) / 1e9, counter.bytes.get());
    }
  }

  /** Counts committed records arriving on the output topic. */
  private static final class Counter implements AutoCloseable {
    final AtomicLong count = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong last = new AtomicLong();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    Counter(KafkaSettings kafka, String topic) {
      Map<String, Object> cfg = kafka.clientConfig();
      cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      cfg.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20);
      cfg.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
      consumer = new KafkaConsumer<>(cfg, new StringDeserializer(), new ByteArrayDeserializer());
      // A topic created a moment ago may not be in the metadata yet: partitionsFor answers empty then.
      List<TopicPartition> parts = List.of();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (parts.isEmpty() && System.nanoTime() < deadline) {
        parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
        if (parts.isEmpty()) sleep(100);
      }
      if (parts.isEmpty()) throw new IllegalStateException("no partitions of " + topic + " after 30 s");
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      thread = new Thread(() -> {
        try {
          while (running) {
            var batch = consumer.poll(Duration.ofMillis(100));
            if (batch.isEmpty()) continue;
            long now = System.nanoTime();
            long n = 0;
            long size = 0;
            for (var r : batch) {
              n++;
              size += r.serializedValueSize();
            }
            bytes.addAndGet(size);
            count.addAndGet(n);
            last.set(now);
          }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
          // closing
        } finally {
          consumer.close(Duration.ofSeconds(2));
        }
      }, "bench-passthrough-counter");
      thread.setDaemon(true);
      thread.start();
    }

    private static void sleep(long ms) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      consumer.wakeup();
      thread.join(5000);
    }
  }
}
