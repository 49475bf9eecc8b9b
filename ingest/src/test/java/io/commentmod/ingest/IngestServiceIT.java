package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.events.Span;
import io.commentmod.events.Status;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import io.commentmod.testkit.Records;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaClusterExtension.class)
class IngestServiceIT {
  private static final String KEY = "it-key-" + UUID.randomUUID();
  private static final Instant NOW = Instant.parse("2030-01-02T03:04:05Z");
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private static KafkaSettings kafka;
  private static PrometheusMeterRegistry registry;
  private static IngestService service;

  @BeforeAll
  static void start(KafkaSettings k) {
    kafka = k;
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    service = new IngestService(new IngestConfig(0, List.of("other-key", KEY), 1000), kafka, Clock.fixed(NOW, ZoneOffset.UTC), registry).start();
  }

  @AfterAll
  static void stop() {
    if (service != null) service.close();
  }

  @Test
  void anAcceptedCommentIsOnTheSubmittedTopicWithItsFields() throws Exception {
    String article = unique("article");
    String json = """
        {"articleId":"%s","author":{"name":"Ada","email":"ada@example.org","ip":"2001:db8::1","userAgent":"UA/1","url":"https://ada.example.org"},
         "body":"Hello there\\nfriend","parentId":"p-1","submittedAt":"2030-01-01T00:00:00Z","siteCommentId":"%s","whatever":1}
        """.formatted(article, unique("site"));
    HttpResponse<String> r = post(service, json, Map.of("Authorization", "Bearer " + KEY));

    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode body = Json.mapper().readTree(r.body());
    String id = body.get("id").asText();
    assertThat(body.get("status").asText()).isEqualTo("pending");
    assertThat(r.headers().firstValue("Location")).hasValue("/api/v1/comments/" + id);

    List<CommentSubmitted> onTopic = submitted(id);
    assertThat(onTopic).hasSize(1);
    CommentSubmitted c = onTopic.get(0);
    assertThat(c.id()).isEqualTo(id);
    assertThat(c.articleId()).isEqualTo(article);
    assertThat(c.author().name()).isEqualTo("Ada");
    assertThat(c.author().email()).isEqualTo("ada@example.org");
    assertThat(c.author().ip()).isEqualTo("2001:db8::1");
    assertThat(c.author().userAgent()).isEqualTo("UA/1");
    assertThat(c.author().url()).isEqualTo("https://ada.example.org");
    assertThat(c.body()).isEqualTo("Hello there\nfriend");
    assertThat(c.parentId()).isEqualTo("p-1");
    assertThat(c.submittedAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(c.receivedAt()).isEqualTo(NOW);
    assertThat(c.idempotencyKey()).isNull();
  }

  @Test
  void theSameIdempotencyKeyTwiceGivesTheSameIdAndOneEvent() throws Exception {
    String key = unique("idem");
    String json = comment(unique("article"), "same twice");
    Map<String, String> headers = Map.of("Authorization", "Bearer " + KEY, "Idempotency-Key", key);

    HttpResponse<String> first = post(service, json, headers);
    HttpResponse<String> second = post(service, json, headers);

    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    String id = Json.mapper().readTree(first.body()).get("id").asText();
    List<CommentSubmitted> onTopic = submitted(id);
    assertThat(onTopic).hasSize(1);
    assertThat(onTopic.get(0).idempotencyKey()).isEqualTo(key);
    assertThat(onTopic.get(0).submittedAt()).isEqualTo(NOW); // defaults to receivedAt
  }

  @Test
  void theSameIdempotencyKeyWithADifferentBodyIsAConflict() throws Exception {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + KEY, "Idempotency-Key", unique("idem"));
    String article = unique("article");
    assertThat(post(service, comment(article, "first"), headers).statusCode()).isEqualTo(202);

    HttpResponse<String> r = post(service, comment(article, "changed"), headers);

    assertProblem(r, 409, "Idempotency-Key");
  }

  @Test
  void theSameSiteCommentIdTwiceGivesTheSameId() throws Exception {
    String json = """
        {"articleId":"%s","author":{"name":"Bo","email":"bo@example.org"},"body":"hi","siteCommentId":"%s"}
        """.formatted(unique("article"), unique("site"));
    HttpResponse<String> first = post(service, json, Map.of("Authorization", "Bearer " + KEY));
    HttpResponse<String> second = post(service, json, Map.of("Authorization", "Bearer " + KEY));
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(second.body()).isEqualTo(first.body());
  }

  @Test
  void badInputGetsItsStatusAndAProblemNamingTheField() throws Exception {
    Map<String, String> auth = Map.of("Authorization", "Bearer " + KEY);
    String article = unique("article");

    assertProblem(post(service, "not json", auth), 400, "$");
    assertProblem(post(service, "{\"articleId\": ", auth), 400, "articleId");
    assertProblem(post(service, comment(article, "x").replace("ada@example.org", "nope"), auth), 400, "author.email");
    assertProblem(post(service, comment(article, "x".repeat(10_001)), auth), 400, "body");
    assertProblem(post(service, comment(article, "x"), Map.of("Authorization", "Bearer " + KEY, "Idempotency-Key", "k".repeat(201))), 400, "Idempotency-Key");

    HttpResponse<String> noKey = post(service, comment(article, "x"), Map.of());
    assertProblem(noKey, 401, "Authorization");
    assertThat(noKey.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    HttpResponse<String> wrongKey = post(service, comment(article, "x"), Map.of("Authorization", "Bearer wrong-" + KEY));
    assertProblem(wrongKey, 401, "Authorization");
    assertThat(wrongKey.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));

    assertProblem(send(service, HttpRequest.newBuilder(uri(service, "/api/v1/comments"))
        .header("Authorization", "Bearer " + KEY).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString(comment(article, "x")))), 415, "Content-Type");

    String huge = comment(article, "x".repeat(70_000));
    assertProblem(post(service, huge, auth), 413, "$");
    // Without a Content-Length (chunked), the cap applies while reading.
    assertProblem(send(service, HttpRequest.newBuilder(uri(service, "/api/v1/comments"))
        .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))), 413, "$");

    assertThat(submitted(null).stream().filter(c -> c.articleId().equals(article))).isEmpty();
    assertThat(scrape()).contains("comments_refused_total{reason=\"too_large\"} 2.0")
        .contains("comments_refused_total{reason=\"unsupported_media_type\"} 1.0");
  }

  /**
   * Keys are compared exactly, also on a kept-alive connection: Jetty caches an Authorization value
   * per connection and by default finds it in that cache ignoring case, so without a
   * case-sensitive cache a key's upper-case variant was read as the key (and the key as its
   * variant) when both crossed one connection, as they do through a proxy's connection pool. The
   * four requests go over one socket, so they share one connection for certain.
   */
  @Test
  void aKeyInAnotherCaseIsRefusedOnTheConnectionThatCarriedTheKey() throws Exception {
    String variant = KEY.toUpperCase(java.util.Locale.ROOT);
    String path = "/api/v1/comments/" + unique("nothing");
    try (io.commentmod.testkit.RawHttp connection = new io.commentmod.testkit.RawHttp(service.port())) {
      for (String key : List.of(KEY, variant, KEY, variant)) {
        assertThat(connection.get(path, "Authorization: Bearer " + key))
            .as(key.equals(KEY) ? "the key" : "its upper-case variant").isEqualTo(key.equals(KEY) ? 404 : 401);
      }
    }
  }

  @Test
  void statusAnswersPendingThenWhatTheStatusTableSays() throws Exception {
    String article = unique("article");
    HttpResponse<String> accepted = post(service, comment(article, "needs a look"), Map.of("Authorization", "Bearer " + KEY));
    String id = Json.mapper().readTree(accepted.body()).get("id").asText();

    HttpResponse<String> pending = get(service, "/api/v1/comments/" + id, KEY);
    assertThat(pending.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(pending.body()).get("status").asText()).isEqualTo("pending");

    Flag flag = new Flag(FlagName.MEDICAL_ADVICE, 0.91, List.of(new Reason("medical-terms", "dosage advice", List.of(new Span(0, 5)))));
    writeStatus(new CommentStatus(id, article, Status.IN_REVIEW, Route.MEDICAL, List.of(flag), null, Instant.parse("2030-01-02T03:05:00Z")));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      JsonNode s = Json.mapper().readTree(get(service, "/api/v1/comments/" + id, KEY).body());
      assertThat(s.get("status").asText()).isEqualTo("in_review");
    });
    JsonNode s = Json.mapper().readTree(get(service, "/api/v1/comments/" + id, KEY).body());
    assertThat(s.get("id").asText()).isEqualTo(id);
    assertThat(s.get("articleId").asText()).isEqualTo(article);
    assertThat(s.get("queue").asText()).isEqualTo("medical");
    assertThat(s.get("updatedAt").asText()).isEqualTo("2030-01-02T03:05:00Z");
    assertThat(s.has("reason")).isFalse();
    assertThat(Json.mapper().treeToValue(s.get("flags").get(0), Flag.class)).isEqualTo(flag);
    assertThat(s.get("flags").get(0).get("name").asText()).isEqualTo("medical_advice");
  }

  @Test
  void statusOfAnUnknownIdIs404AndNeedsTheKey() throws Exception {
    assertProblem(get(service, "/api/v1/comments/" + UUID.randomUUID(), KEY), 404, "id");
    assertProblem(get(service, "/api/v1/comments/" + UUID.randomUUID(), "wrong"), 401, "Authorization");
  }

  @Test
  void aRepeatAfterARestartIsAnsweredFromTheStatusTableWithoutASecondEvent() throws Exception {
    String article = unique("article");
    String json = comment(article, "once only");
    Map<String, String> headers = Map.of("Authorization", "Bearer " + KEY, "Idempotency-Key", unique("idem"));
    HttpResponse<String> first = post(service, json, headers);
    String id = Json.mapper().readTree(first.body()).get("id").asText();
    writeStatus(new CommentStatus(id, article, Status.APPROVED, null, List.of(), null, NOW));

    try (IngestService restarted = new IngestService(new IngestConfig(0, List.of(KEY), 1000), kafka, Clock.systemUTC(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start()) {
      await().atMost(Duration.ofSeconds(15)).until(() -> get(restarted, "/health/ready", null).statusCode() == 200);
      await().atMost(Duration.ofSeconds(10)).until(() -> get(restarted, "/api/v1/comments/" + id, KEY).body().contains("approved"));

      HttpResponse<String> again = post(restarted, json, headers);
      assertThat(again.statusCode()).isEqualTo(202);
      assertThat(Json.mapper().readTree(again.body()).get("id").asText()).isEqualTo(id);
      assertProblem(post(restarted, comment(unique("other-article"), "once only"), headers), 409, "Idempotency-Key");
    }
    assertThat(submitted(id)).hasSize(1);
  }

  @Test
  void healthAndMetricsAnswerWithoutAKey() throws Exception {
    assertThat(get(service, "/health/live", null).statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
      HttpResponse<String> ready = get(service, "/health/ready", null);
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    });
    assertThat(post(service, comment(unique("article"), "counted"), Map.of("Authorization", "Bearer " + KEY)).statusCode()).isEqualTo(202);
    HttpResponse<String> metrics = get(service, "/metrics", null);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("comments_ingested_total(\\{[^}]*\\})? [1-9]")
        .contains("comments_refused_total{reason=\"broker_unavailable\"}")
        .contains("ingest_accept_seconds_bucket")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void unknownPathsAndMethodsAnswerAProblem() throws Exception {
    HttpResponse<String> r = get(service, "/nope", null);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    HttpResponse<String> put = send(service, HttpRequest.newBuilder(uri(service, "/api/v1/comments")).PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  // --- helpers

  static String comment(String articleId, String body) {
    return """
        {"articleId":"%s","author":{"name":"Ada","email":"ada@example.org"},"body":"%s"}
        """.formatted(articleId, body);
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  static URI uri(IngestService s, String path) {
    return URI.create("http://localhost:" + s.port() + path);
  }

  static HttpResponse<String> post(IngestService s, String json, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, "/api/v1/comments")).timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(b::header);
    return send(s, b);
  }

  static HttpResponse<String> get(IngestService s, String path, String key) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).GET();
    if (key != null) b.header("Authorization", "Bearer " + key);
    return send(s, b);
  }

  static HttpResponse<String> send(IngestService s, HttpRequest.Builder b) throws IOException, InterruptedException {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertProblem(HttpResponse<String> r, int status, String field) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode p = Json.mapper().readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("type").asText()).isNotBlank();
    assertThat(p.get("errors").findValuesAsText("field")).contains(field);
  }

  private String scrape() {
    return registry.scrape();
  }

  /** Every comment on the submitted topic, or only those keyed {@code id}. */
  private static List<CommentSubmitted> submitted(String id) {
    return Records.readAll(kafka, Topics.SUBMITTED, Duration.ofSeconds(2)).stream()
        .filter(r -> id == null || id.equals(r.key()))
        .map(ConsumerRecord::value)
        .toList();
  }

  private static void writeStatus(CommentStatus status) throws Exception {
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, CommentStatus> p = new KafkaProducer<>(cfg, Topics.STATUS.keySerde().serializer(), Topics.STATUS.valueSerde().serializer())) {
      p.send(new ProducerRecord<>(Topics.STATUS.name(), status.id(), status)).get();
    }
  }
}
