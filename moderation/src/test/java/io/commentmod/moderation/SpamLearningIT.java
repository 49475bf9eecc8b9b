package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.console.ConsoleClient;
import io.commentmod.moderation.console.auth.ModeratorAccounts;
import io.commentmod.testkit.KafkaClusterExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real broker, with two instances sharing one application id: "mark as spam" on one console
 * teaches both instances' classifiers (the labels topic is read whole by each), and an instance
 * started afterwards learns it too, from the compacted topic.
 */
@ExtendWith(KafkaClusterExtension.class)
class SpamLearningIT {
  static final String PASSWORD = "labels reach every instance";
  final String run = UUID.randomUUID().toString().substring(0, 8);
  Instances instances;

  @AfterEach
  void stop() {
    if (instances != null) instances.close();
  }

  @Test
  void markAsSpamOnOneConsoleTeachesEveryInstanceAndAnInstanceStartedLater(KafkaSettings kafka) throws Exception {
    String users = ModeratorAccounts.entry("maria", PASSWORD, 2000);
    instances = new Instances(kafka, "spam-learning-" + run, Map.of("CONSOLE_UNDO_WINDOW", "0", ModeratorAccounts.KEY, users));
    for (int i = 0; i < 2; i++) instances.start(new HoldingModerator());
    await().atMost(Duration.ofSeconds(90)).until(() -> instances.all().stream().allMatch(s -> s.streams().state() == KafkaStreams.State.RUNNING));
    List<ModerationService> services = instances.all();
    int before0 = services.get(0).moderator().learned().spamLabels();
    int before1 = services.get(1).moderator().learned().spamLabels();

    String id = run + "-c1";
    try (var producer = producer(kafka)) {
      CommentSubmitted c = new CommentSubmitted(id, "art", new Author("Ann", "ann-" + run + "@example.org", null, null, null),
          "Daily calm tips for you at calmnest-journal.net, check it out", null, Instant.now(), null, null, Instant.now());
      producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), id, Topics.SUBMITTED.valueSerde().toBytes(c))).get();
    }
    ConsoleClient console = new ConsoleClient(services.get(0).consolePort()).loggedIn("maria", PASSWORD);
    await().atMost(Duration.ofSeconds(60)).until(() -> console.get("/api/queues").body().contains(id));
    assertThat(console.post("/api/comments/" + id + "/decision", "{\"action\":\"spam\"}").statusCode()).isEqualTo(202);

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      assertThat(services.get(0).moderator().learned().spamLabels()).isEqualTo(before0 + 1);
      assertThat(services.get(1).moderator().learned().spamLabels()).isEqualTo(before1 + 1);
    });
    ConsoleClient other = new ConsoleClient(services.get(1).consolePort()).loggedIn("maria", PASSWORD);
    assertThat(ConsoleClient.json(other.get("/api/learning")).path("spamLabels").asInt()).isEqualTo(before1 + 1);

    ModerationService later = instances.start(new HoldingModerator());
    await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
        assertThat(later.moderator().learned().spamLabels()).isEqualTo(before0 + 1));
  }

  private static KafkaProducer<String, byte[]> producer(KafkaSettings kafka) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
  }
}
