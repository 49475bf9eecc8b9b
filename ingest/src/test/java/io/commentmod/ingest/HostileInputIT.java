package io.commentmod.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.Json;
import io.commentmod.events.Topics;
import io.commentmod.ingest.validation.HostileJson;
import io.commentmod.ingest.validation.HostileJson.Case;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.kafka.embedded.EmbeddedKafkaBroker;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile requests against the running ingest service on a real broker: every one is answered
 * 4xx with a problem body that names what is wrong, none 5xx, and none writes an event (the
 * submissions topic's end offsets do not move, the ingested counter stays at zero).
 */
class HostileInputIT {
  private static final String KEY = "hostile-test-key";
  private static final int TRIES = 200;

  private static EmbeddedKafkaBroker broker;
  private static KafkaSettings kafka;
  private static IngestService service;
  private static PrometheusMeterRegistry registry;
  private static KafkaConsumer<byte[], byte[]> offsets;
  private static List<TopicPartition> partitions;
  private static HttpClient http;

  @BeforeContainer
  static void start() throws IOException {
    String external = System.getenv(KafkaSettings.BOOTSTRAP);
    if (external != null && !external.isBlank()) {
      kafka = KafkaSettings.of(external);
    } else {
      broker = new EmbeddedKafkaBroker(Files.createTempDirectory("hostile-input"), 0).start();
      kafka = KafkaSettings.of(broker.bootstrapServers());
    }
    TopicAdmin.ensureTopics(kafka);
    offsets = new KafkaConsumer<>(kafka.clientConfig(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    partitions = offsets.partitionsFor(Topics.SUBMITTED.name(), Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    service = new IngestService(new IngestConfig(0, List.of(KEY), 1000), kafka, Clock.systemUTC(), registry).start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterContainer
  static void stop() {
    if (service != null) service.close();
    synchronized (HostileInputIT.class) {
      if (offsets != null) offsets.close();
    }
    if (broker != null) broker.close();
  }

  @Property(tries = TRIES)
  void anyHostileBodyGetsA4xxProblemAndWritesNothing(@ForAll("hostileBodies") Case c) throws Exception {
    Map<TopicPartition, Long> before = endOffsets();
    HttpResponse<String> r = post(c.body(), "Bearer " + KEY, "application/json", null);
    int expected = c.body().length > SubmitHandler.MAX_REQUEST_BYTES ? 413 : 400;
    assertProblem(r, expected, c);
    if (expected == 400 && c.field() != null) {
      assertThat(Json.mapper().readTree(r.body()).get("errors").findValuesAsText("field")).as(c.toString()).contains(c.field());
    }
    assertNothingWritten(before, c);
  }

  @Property(tries = 100)
  void aMissingOrWrongKeyIs401AndWritesNothing(@ForAll("authorizations") String authorization) throws Exception {
    Map<TopicPartition, Long> before = endOffsets();
    HttpResponse<String> r = post(HostileJson.valid("article-1").getBytes(), authorization, "application/json", null);
    assertProblem(r, 401, authorization);
    assertThat(r.headers().firstValue("WWW-Authenticate")).as(authorization).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertNothingWritten(before, authorization);
  }

  @Property(tries = 100)
  void aContentTypeOtherThanJsonIs415AndWritesNothing(@ForAll("contentTypes") String contentType) throws Exception {
    Map<TopicPartition, Long> before = endOffsets();
    HttpResponse<String> r = post(HostileJson.valid("article-1").getBytes(), "Bearer " + KEY, contentType, null);
    assertProblem(r, 415, contentType);
    assertNothingWritten(before, contentType);
  }

  /** Sent over a raw socket: java.net.http does not send every byte a hostile client can. */
  @Property(tries = 100)
  void aBadIdempotencyKeyIs400AndWritesNothing(@ForAll("idempotencyKeys") String key) throws Exception {
    Map<TopicPartition, Long> before = endOffsets();
    byte[] body = HostileJson.valid("article-1").getBytes(StandardCharsets.UTF_8);
    String head = "POST " + SubmitHandler.PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + KEY
        + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n"
        + SubmitHandler.IDEMPOTENCY_KEY + ": " + key + "\r\n\r\n";
    String answer;
    try (Socket socket = new Socket("localhost", service.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
    String statusLine = answer.substring(0, answer.indexOf("\r\n"));
    String json = answer.substring(answer.indexOf("\r\n\r\n") + 4);
    assertThat(statusLine).as("%s -> %s", key, answer).startsWith("HTTP/1.1 400");
    assertThat(answer.toLowerCase(java.util.Locale.ROOT)).as(answer).contains("content-type: application/problem+json");
    assertThat(Json.mapper().readTree(json).get("errors").findValuesAsText("field")).as(answer).contains(SubmitHandler.IDEMPOTENCY_KEY);
    assertNothingWritten(before, key);
  }

  @Provide
  Arbitrary<Case> hostileBodies() {
    return Arbitraries.oneOf(HostileJson.any(), oversized());
  }

  /** Bodies past the 64 KiB request limit, valid JSON or not. */
  private static Arbitrary<Case> oversized() {
    return Arbitraries.integers().between(SubmitHandler.MAX_REQUEST_BYTES + 1, 1024 * 1024)
        .map(n -> new Case("oversized " + n + " bytes", HostileJson.with("body", "\"" + "z".repeat(n) + "\"").getBytes(), "$"));
  }

  @Provide
  Arbitrary<String> authorizations() {
    Arbitrary<String> printable = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(120);
    return Arbitraries.oneOf(
        Arbitraries.just(""),
        printable,
        printable.map(s -> "Bearer " + s),
        Arbitraries.of("Bearer", "Bearer ", "Basic " + KEY, "bearer" + KEY, "Bearer " + KEY + "x", "Bearer x" + KEY,
            "Bearer " + KEY.substring(1), "Bearer " + KEY.toUpperCase(), "Bearer " + KEY + "," + KEY, "Token " + KEY))
        .filter(s -> !s.strip().equalsIgnoreCase("Bearer " + KEY) && !s.matches("(?i)\\s*bearer\\s+" + KEY + "\\s*"));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
            "application/json; charset=utf-16", "application/json; charset=latin1", "application/jsonp", "json", "*/*"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20).map(s -> "application/" + s)
            .filter(s -> !s.equals("application/json")));
  }

  @Provide
  Arbitrary<String> idempotencyKeys() {
    Arbitrary<String> tooLong = Arbitraries.integers().between(201, 2000).map("k"::repeat);
    Arbitrary<String> nonAscii = Arbitraries.strings().withCharRange('\u00A1', '\u00FF').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> mixed = Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(10), nonAscii).as((a, b) -> a + b + a);
    return Arbitraries.oneOf(tooLong, nonAscii, mixed);
  }

  private static HttpResponse<String> post(byte[] body, String authorization, String contentType, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + SubmitHandler.PATH))
        .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null && !authorization.isEmpty()) b.header("Authorization", authorization);
    if (contentType != null) b.header("Content-Type", contentType);
    if (idempotencyKey != null) b.header(SubmitHandler.IDEMPOTENCY_KEY, idempotencyKey);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> r, int status, Object input) throws IOException {
    assertThat(r.statusCode()).as("%s -> %s", input, r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).as(String.valueOf(input))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonNode p = Json.mapper().readTree(r.body());
    assertThat(p.path("status").asInt()).as(r.body()).isEqualTo(status);
    assertThat(p.path("title").asText()).as(r.body()).isNotBlank();
    assertThat(p.path("detail").asText()).as(r.body()).isNotBlank().doesNotContain("Exception", "\tat ");
    assertThat(p.path("errors").isArray()).as(r.body()).isTrue();
  }

  private static void assertNothingWritten(Map<TopicPartition, Long> before, Object input) {
    assertThat(endOffsets()).as("offsets of %s after %s", Topics.SUBMITTED.name(), input).isEqualTo(before);
    assertThat(registry.get("comments.ingested").counter().count()).as(String.valueOf(input)).isZero();
  }

  private static Map<TopicPartition, Long> endOffsets() {
    synchronized (HostileInputIT.class) {
      return offsets.endOffsets(partitions, Duration.ofSeconds(10));
    }
  }
}
