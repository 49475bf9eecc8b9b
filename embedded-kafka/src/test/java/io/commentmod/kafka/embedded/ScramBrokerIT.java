package io.commentmod.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS and SASL need no code in the services: a client configured only through the
 * {@code KAFKA_CLIENT_*} settings, as every service reads them, reaches a SCRAM-SHA-512 broker
 * with the right password and is refused with a wrong one.
 */
class ScramBrokerIT {
  static final String USER = "pipeline";
  static final String PASSWORD = "pipeline-secret";

  @TempDir static Path dataDir;
  static EmbeddedKafkaBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.withScramUsers(dataDir, 0, Map.of(USER, PASSWORD)).start();
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) broker.close();
  }

  /** The environment a service would get, e.g. from docker-compose.yml. */
  static KafkaSettings settings(String mechanism, String user, String password) {
    return KafkaSettings.from(new Settings(Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
        "KAFKA_CLIENT_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
        "KAFKA_CLIENT_SASL_MECHANISM", mechanism,
        "KAFKA_CLIENT_SASL_JAAS_CONFIG",
        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\"" + password + "\";")),
        null);
  }

  @Test
  void clientConfiguredOnlyThroughKafkaClientSettingsProducesAndConsumes() throws Exception {
    KafkaSettings kafka = settings("SCRAM-SHA-512", USER, PASSWORD);
    assertThat(kafka.clientProperties()).containsEntry("security.protocol", "SASL_PLAINTEXT")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512").containsKey("sasl.jaas.config");

    assertThat(roundTrip(kafka, "scram-512", "hello over SCRAM")).containsExactly("hello over SCRAM");
  }

  @Test
  void scramSha256IsAcceptedToo() throws Exception {
    assertThat(roundTrip(settings("SCRAM-SHA-256", USER, PASSWORD), "scram-256", "hello over SCRAM-SHA-256"))
        .containsExactly("hello over SCRAM-SHA-256");
  }

  @Test
  void wrongPasswordCannotProduceOrConsume() {
    KafkaSettings wrong = settings("SCRAM-SHA-512", USER, "not-the-password");
    Map<String, Object> p = wrong.clientConfig();
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>("scram-512", "k", "v")).get(15, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }
    Map<String, Object> c = wrong.clientConfig();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "wrong-password");
    try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("scram-512"));
      assertThatThrownBy(() -> {
        for (int i = 0; i < 20; i++) consumer.poll(Duration.ofMillis(500));
      }).isInstanceOf(SaslAuthenticationException.class);
    }
  }

  @Test
  void plaintextClientGetsNoMetadata() {
    Map<String, Object> p = KafkaSettings.of(broker.bootstrapServers()).clientConfig();
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000);
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>("scram-512", "k", "v")).get(10, TimeUnit.SECONDS))
          .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
    }
  }

  @Test
  void restartKeepsTheUsers() throws Exception {
    broker.stop();
    broker.start();
    assertThat(roundTrip(settings("SCRAM-SHA-512", USER, PASSWORD), "after-restart", "still here")).containsExactly("still here");
  }

  /** Creates the topic, writes one record and reads it back, every client from {@code kafka}. */
  private static List<String> roundTrip(KafkaSettings kafka, String topic, String value) throws Exception {
    try (Admin admin = Admin.create(kafka.clientConfig())) {
      if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
      }
    }
    Map<String, Object> p = kafka.clientConfig();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "k", value)).get(30, TimeUnit.SECONDS);
    }
    Map<String, Object> c = kafka.clientConfig();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic);
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<String> seen = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (seen.isEmpty() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.value()));
      }
    }
    return seen;
  }
}
