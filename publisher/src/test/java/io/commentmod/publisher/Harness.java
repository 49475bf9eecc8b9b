package io.commentmod.publisher;

import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.Records;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the publisher's integration tests share: writing approvals and retractions, starting
 * publishers in this JVM or as a separate process that can be killed, and reading what they wrote.
 * The broker is shared by every test in the JVM, so tests use their own groups and ids.
 */
final class Harness implements AutoCloseable {
  static final String SECRET = "it-secret";
  /** Short waits so failures and retries play out in seconds. */
  static final Map<String, String> FAST = Map.of(
      "PUBLISHER_BACKOFF_INITIAL", "50",
      "PUBLISHER_BACKOFF_MAX", "200",
      "PUBLISHER_REQUEST_TIMEOUT", "PT5S");

  final KafkaSettings kafka;
  final Admin admin;
  private final KafkaProducer<String, byte[]> producer;
  private final List<AutoCloseable> open = new ArrayList<>();

  Harness(KafkaSettings kafka) {
    this.kafka = kafka;
    this.admin = Admin.create(kafka.clientConfig());
    Map<String, Object> p = kafka.clientConfig();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * A new consumer group that starts at the current end of the publisher's input topics, so its
   * publisher sees only what the test writes afterwards, not every earlier test's comments.
   */
  String group() throws Exception {
    String group = Comments.uniqueId("publisher-it");
    Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
    for (String topic : List.of(Topics.APPROVED.name(), Topics.RETRACTED.name())) {
      admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
          .forEach(p -> specs.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    }
    Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
    admin.listOffsets(specs).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
    admin.alterConsumerGroupOffsets(group, ends).all().get(10, TimeUnit.SECONDS);
    return group;
  }

  /** Closed, last first, with the harness. */
  <T extends AutoCloseable> T closeLater(T c) {
    open.add(c);
    return c;
  }

  StandInSite site() throws Exception {
    return closeLater(new StandInSite(SECRET));
  }

  RecordMetadata approve(CommentApproved c) throws Exception {
    return approve(c, null);
  }

  RecordMetadata approve(CommentApproved c, Integer partition) throws Exception {
    byte[] value = Topics.APPROVED.valueSerde().toBytes(c);
    return producer.send(new ProducerRecord<>(Topics.APPROVED.name(), partition, c.id(), value)).get(10, TimeUnit.SECONDS);
  }

  java.util.concurrent.Future<RecordMetadata> approveAsync(CommentApproved c, Integer partition) {
    return producer.send(new ProducerRecord<>(Topics.APPROVED.name(), partition, c.id(), Topics.APPROVED.valueSerde().toBytes(c)));
  }

  RecordMetadata retract(CommentRetracted r) throws Exception {
    byte[] value = Topics.RETRACTED.valueSerde().toBytes(r);
    return producer.send(new ProducerRecord<>(Topics.RETRACTED.name(), r.id(), value)).get(10, TimeUnit.SECONDS);
  }

  Map<String, String> webhookSettings(StandInSite site, String group) {
    Map<String, String> m = new HashMap<>(FAST);
    m.put("SITE_WEBHOOK_URL", site.url().toString());
    m.put("SITE_WEBHOOK_SECRET", SECRET);
    m.put("PUBLISHER_PORT", "0");
    m.put("PUBLISHER_GROUP_ID", group);
    return m;
  }

  PublisherService publisher(StandInSite site, String group) {
    return publisher(site, group, Map.of());
  }

  PublisherService publisher(StandInSite site, String group, Map<String, String> extra) {
    return publisher(new Settings(webhookSettings(site, group)).with(extra));
  }

  PublisherService publisher(Settings s) {
    PublisherConfig config = PublisherConfig.from(s);
    var service = new PublisherService(config, kafka, SiteClient.of(config, Clock.systemUTC()), Clock.systemUTC(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    closeLater(service);
    return service.start();
  }

  /** The publisher as its own JVM ({@code java -jar target/publisher.jar}), to be killed with SIGKILL. Output goes to target/. */
  Process publisherProcess(Map<String, String> env, String logName) throws Exception {
    // The shaded jar this build just packaged: the real artifact, and immune to jars being reinstalled meanwhile.
    Path jar = Path.of("target", "publisher.jar");
    if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: integration tests run after package");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    pb.environment().put(KafkaSettings.BOOTSTRAP, kafka.bootstrapServers());
    pb.environment().putAll(env);
    Path log = Path.of("target", logName);
    Files.createDirectories(log.getParent());
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    closeLater(() -> {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    });
    return p;
  }

  static void kill(Process p) throws InterruptedException {
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no leaving the group
    p.waitFor(10, TimeUnit.SECONDS);
  }

  Long committed(String group, TopicPartition tp) {
    try {
      OffsetAndMetadata o = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).get(tp);
      return o == null ? null : o.offset();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The topic's records once every one of {@code keys} is there. */
  <V> List<ConsumerRecord<String, V>> readAll(Topic<V> topic, String... keys) {
    List<List<ConsumerRecord<String, V>>> last = new ArrayList<>();
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      var records = Records.readAll(kafka, topic, Duration.ofSeconds(1));
      last.add(0, records);
      return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(List.of(keys));
    });
    return last.get(0);
  }

  static <V> List<V> values(List<ConsumerRecord<String, V>> records, String key) {
    return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
  }

  @Override
  public void close() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception e) {
        // keep closing the rest
      }
    }
    producer.close();
    admin.close();
  }
}
