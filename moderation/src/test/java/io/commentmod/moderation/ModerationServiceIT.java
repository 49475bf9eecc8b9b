package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.ActionAudited;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Route;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.console.ConsoleClient;
import io.commentmod.moderation.console.auth.ModeratorAccounts;
import io.commentmod.testkit.KafkaClusterExtension;
import io.commentmod.testkit.Records;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaClusterExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationServiceIT {
  static final String PASSWORD = "correct horse battery";
  final String run = UUID.randomUUID().toString().substring(0, 8);
  ModerationService service;
  KafkaSettings kafka;

  @BeforeAll
  void start(KafkaSettings kafka) throws Exception {
    this.kafka = kafka;
    var cfg = ModerationConfig.from(new Settings(Map.of(
        "CONSOLE_PORT", "0", "DATA_DIR", Files.createTempDirectory("moderation-it").toString(),
        "MODERATION_APPLICATION_ID", "moderation-it-" + run,
        "CONSOLE_UNDO_WINDOW", "PT1S",
        ModeratorAccounts.KEY, ModeratorAccounts.entry("maria", PASSWORD, 2000) + "," + ModeratorAccounts.entry("sam", PASSWORD, 2000))));
    service = new ModerationService(cfg, kafka, new HoldingModerator(), Clock.systemUTC(), ModerationMain.registry()).start();
  }

  @AfterAll
  void stop() {
    service.close();
  }

  @Test
  void everyCommentGetsOneVerdictOnTheRealBrokerAndPoisonGoesToTheDeadLetterTopic() throws Exception {
    String clean = run + "-clean", linky = run + "-links";
    try (var producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), run + "-poison", "{oops".getBytes(StandardCharsets.UTF_8))).get();
      send(producer, comment(clean, "Thanks, this helped me understand the study."));
      send(producer, comment(linky, "see http://a.example http://b.example http://c.example"));
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

    ConsoleClient maria = new ConsoleClient(service.consolePort()).loggedIn("maria", PASSWORD);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      HttpResponse<String> queues = maria.get("/api/queues");
      assertThat(queues.statusCode()).isEqualTo(200);
      JsonNode board = ConsoleClient.json(queues);
      assertThat(board.path("queues").path("spam").toString()).contains(linky);
      assertThat(board.path("deadLetters").asLong()).isGreaterThanOrEqualTo(1);
    });
  }

  @Test
  void consoleNeedsALoginAndTheCsrfTokenAndIngestKeysOpenNothing() {
    int port = service.consolePort();
    ConsoleClient anonymous = new ConsoleClient(port);
    assertThat(anonymous.get("/api/queues").statusCode()).isEqualTo(401);
    assertThat(anonymous.postWithout("/api/comments/x/decision", "{\"action\":\"approve\"}").statusCode()).isEqualTo(401);
    assertThat(plainGet(port, "/api/queues", "Bearer local-dev-key").statusCode()).isEqualTo(401);
    assertThat(plainGet(port, "/internal/queue", null).statusCode()).isEqualTo(403);
    assertThat(plainGet(port, "/health/live", null).statusCode()).isEqualTo(200);
    assertThat(plainGet(port, "/metrics", null).statusCode()).isEqualTo(200);
    assertThat(plainGet(port, "/", null).body()).contains("Moderation console");

    assertThat(formLogin(port, "sam", PASSWORD).statusCode()).as("a cross-site form cannot log anyone in").isEqualTo(415);

    ConsoleClient sam = new ConsoleClient(port);
    HttpResponse<String> ok = sam.login("sam", PASSWORD);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("SameSite=Strict");
    assertThat(ConsoleClient.json(ok).path("moderator").asText()).isEqualTo("sam");
    assertThat(sam.postWithout("/api/comments/x/claim", "{}").statusCode()).isEqualTo(403);
    assertThat(sam.post("/api/comments/x/decision", "{\"action\":\"reject\",\"reason\":\"because\"}").statusCode()).isEqualTo(400);
    assertThat(sam.post("/api/logout", "{}").statusCode()).isEqualTo(204);
    assertThat(sam.get("/api/queues").statusCode()).isEqualTo(401);
  }

  /**
   * Jetty caches a connection's Cookie header and by default matches it ignoring case: a session id
   * in another case, sent on the connection that carried the real one, was read as the real one.
   */
  @Test
  void aSessionIdInAnotherCaseIsRefusedOnTheConnectionThatCarriedTheId() throws Exception {
    HttpResponse<String> login = new ConsoleClient(service.consolePort()).login("sam", PASSWORD);
    String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cm_session=")).findFirst().orElseThrow();
    String id = cookie.split(";", 2)[0].substring("cm_session=".length());
    StringBuilder swapped = new StringBuilder();
    for (char c : id.toCharArray()) swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    String variant = swapped.toString();
    assertThat(variant).isNotEqualTo(id);
    try (io.commentmod.testkit.RawHttp connection = new io.commentmod.testkit.RawHttp(service.consolePort())) {
      for (String value : List.of(id, variant, id, variant)) {
        assertThat(connection.get("/api/session", "Cookie: cm_session=" + value))
            .as(value.equals(id) ? "the session id" : "its case variant").isEqualTo(value.equals(id) ? 200 : 401);
      }
    }
  }

  @Test
  void repeatedWrongPasswordsLockTheNameOutForThatAddress() {
    ConsoleClient guesser = new ConsoleClient(service.consolePort());
    for (int i = 0; i < 5; i++) assertThat(guesser.login("guessed", "wrong-" + i).statusCode()).isEqualTo(401);
    assertThat(guesser.login("guessed", "wrong-6").statusCode()).isEqualTo(401);
    HttpResponse<String> locked = guesser.login("guessed", "wrong-7");
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(guesser.login("maria", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aModeratorClaimsDecidesAndIsAuditedWhileTheOtherSeesTheClaim() throws Exception {
    String a = run + "-held-a", b = run + "-held-b";
    try (var producer = producer()) {
      send(producer, comment(a, "cheap pills at http://x.example http://y.example http://z.example"));
      send(producer, comment(b, "buy followers http://p.example http://q.example http://r.example"));
    }
    ConsoleClient maria = new ConsoleClient(service.consolePort()).loggedIn("maria", PASSWORD);
    ConsoleClient sam = new ConsoleClient(service.consolePort()).loggedIn("sam", PASSWORD);
    await().atMost(Duration.ofSeconds(60)).until(() -> maria.get("/api/queues").body().contains(b));

    assertThat(maria.post("/api/comments/" + a + "/claim", "{}").statusCode()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(item(sam, a).path("claim").path("moderator").asText()).isEqualTo("maria"));

    assertThat(maria.post("/api/comments/" + a + "/decision", "{\"action\":\"spam\"}").statusCode()).isEqualTo(202);
    assertThat(sam.post("/api/decisions", "{\"ids\":[\"" + b + "\"],\"action\":\"approve\"}").statusCode()).isEqualTo(202);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      List<CommentRejected> rejected = Records.readAll(kafka, Topics.REJECTED, Duration.ofMillis(300)).stream()
          .map(r -> r.value()).filter(r -> r.id().equals(a)).toList();
      assertThat(rejected).extracting(CommentRejected::rejectedBy, CommentRejected::reason).containsExactly(
          org.assertj.core.groups.Tuple.tuple("maria", "spam"));
      assertThat(Records.readAll(kafka, Topics.APPROVED, Duration.ofMillis(300)).stream().map(r -> r.value().id()).toList()).contains(b);
    });
    List<ActionAudited> audit = Records.readAll(kafka, Topics.AUDIT, Duration.ofMillis(300)).stream()
        .map(r -> r.value()).filter(e -> e.commentId().startsWith(run)).toList();
    assertThat(audit).extracting(ActionAudited::moderator, ActionAudited::action).contains(
        org.assertj.core.groups.Tuple.tuple("maria", "claim"), org.assertj.core.groups.Tuple.tuple("maria", "spam"),
        org.assertj.core.groups.Tuple.tuple("sam", "approve"));
    JsonNode log = ConsoleClient.json(sam.get("/api/audit?q=" + run));
    assertThat(log.toString()).contains("\"moderator\":\"maria\"").contains("\"action\":\"spam\"");
    assertThat(ConsoleClient.json(sam.get("/api/checks")).size()).isGreaterThan(0);
  }

  private static JsonNode item(ConsoleClient c, String id) {
    JsonNode board = ConsoleClient.json(c.get("/api/queues"));
    for (JsonNode q : board.path("queues")) for (JsonNode i : q) if (i.path("id").asText().equals(id)) return i;
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static HttpResponse<String> formLogin(int port, String name, String password) {
    try {
      var req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/login"))
          .header("Content-Type", "text/plain")
          .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"password\":\"" + password + "\"}")).build();
      return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> plainGet(int port, String path, String authorization) {
    try {
      var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
      if (authorization != null) b.header("Authorization", authorization);
      return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
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
