package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Route;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import io.commentmod.testkit.Records;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaClusterExtension.class)
class ModerationServiceIT {
  final String run = UUID.randomUUID().toString().substring(0, 8);
  ModerationService service;
  KafkaSettings kafka;

  @BeforeEach
  void start(KafkaSettings kafka, @TempDir Path dir) {
    this.kafka = kafka;
    var cfg = ModerationConfig.from(new Settings(Map.of(
        "CONSOLE_PORT", "0", "DATA_DIR", dir.toString(), "MODERATION_APPLICATION_ID", "moderation-it-" + run)));
    service = new ModerationService(cfg, kafka, new MarkerModerator(), Clock.systemUTC(), ModerationMain.registry()).start();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void everyCommentGetsOneVerdictOnTheRealBrokerAndPoisonGoesToTheDeadLetterTopic() throws Exception {
    String clean = run + "-clean", linky = run + "-links";
    try (var producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), run + "-poison", "{oops".getBytes(StandardCharsets.UTF_8))).get();
      send(producer, comment(clean, "Thanks, this helped me understand the study."));
      send(producer, comment(linky, "HOLD this one for a moderator"));
      send(producer, comment(clean, "Thanks, this helped me understand the study."));
    }

    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      List<CommentModerated> mine = Records.readAll(kafka, Topics.VERDICTS, Duration.ofMillis(500)).stream()
          .map(r -> r.value()).filter(v -> v.id().startsWith(run)).toList();
      assertThat(mine).extracting(CommentModerated::id).containsExactlyInAnyOrder(clean, linky);
      assertThat(mine).filteredOn(v -> v.id().equals(linky)).extracting(CommentModerated::route).containsExactly(Route.SPAM);
    });
    List<CommentApproved> approved = Records.readAll(kafka, Topics.APPROVED, Duration.ofMillis(500)).stream()
        .map(r -> r.value()).filter(a -> a.id().startsWith(run)).toList();
    assertThat(approved).extracting(CommentApproved::id).containsExactly(clean);
    List<DeadLetter> dead = Records.readAll(kafka, Topics.DEAD_LETTER, Duration.ofMillis(500)).stream()
        .map(r -> r.value()).filter(d -> (run + "-poison").equals(d.key())).toList();
    assertThat(dead).hasSize(1);
    assertThat(dead.get(0).reason()).contains("cannot decode");

    HttpResponse<String> queues = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + service.consolePort() + "/api/queues")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(queues.statusCode()).isEqualTo(200);
    assertThat(queues.body()).contains(linky);
  }

  /** Holds comments containing HOLD, approves the rest: this test is about the service, not detection. */
  static final class MarkerModerator implements io.commentmod.moderation.engine.Moderator {
    public List<io.commentmod.moderation.engine.StateSpec<?>> stateSpecs() {
      return List.of();
    }

    public io.commentmod.moderation.engine.Assessment assess(CommentSubmitted c, Instant now, io.commentmod.moderation.engine.ModerationState s) {
      if (!c.body().contains("HOLD")) {
        return new io.commentmod.moderation.engine.Assessment(List.of(), Route.APPROVED, io.commentmod.events.Action.APPROVE, policyVersion());
      }
      var flag = new io.commentmod.events.Flag(io.commentmod.events.FlagName.SPAM, 0.7,
          List.of(new io.commentmod.events.Reason("marker", "HOLD", List.of())));
      return new io.commentmod.moderation.engine.Assessment(List.of(flag), Route.SPAM, io.commentmod.events.Action.REVIEW, policyVersion());
    }

    public String policyVersion() {
      return "marker-1";
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
  }

  private static void send(KafkaProducer<String, byte[]> p, CommentSubmitted c) throws Exception {
    p.send(new ProducerRecord<>(Topics.SUBMITTED.name(), c.id(), Topics.SUBMITTED.valueSerde().toBytes(c))).get();
  }

  private static CommentSubmitted comment(String id, String body) {
    Instant now = Instant.now();
    return new CommentSubmitted(id, "art", new Author("Reader", "r@example.org", null, null, null), body, null, now, null, null, now);
  }
}
