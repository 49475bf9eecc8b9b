package io.commentmod.bench;

import io.commentmod.testkit.Disassembly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Json;
import io.commentmod.site.SiteConfig;
import io.commentmod.site.SiteServer;
import io.commentmod.webhook.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo site's webhook receiver against a hostile sender: a delivery counts only with a valid
 * HMAC over exactly the bytes received and a fresh timestamp, and a repeated delivery never shows a
 * comment twice.
 */
class WebhookReceiverSecurityTest {
  private static final String SECRET = "webhook-secret-for-tests";
  private static final String ARTICLE = "exercise-and-mood";

  @TempDir Path dataDir;
  private SiteServer site;
  private final HttpClient http = HttpClient.newHttpClient();
  private final WebhookSignature signer = new WebhookSignature(SECRET);

  @BeforeEach
  void start() {
    site = new SiteServer(SiteConfig.from(new Settings(Map.of("SITE_PORT", "0", "SITE_WEBHOOK_SECRET", SECRET,
        "DATA_DIR", dataDir.toString(), "INGEST_API_KEY", "unused"))), Clock.systemUTC()).start();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aSignedDeliveryIsStoredAndARepeatOfItShowsTheCommentOnce() throws Exception {
    String id = newId();
    byte[] body = comment(id, "A careful, kind article.");
    long now = Instant.now().getEpochSecond();
    assertThat(deliver(id, body, Long.toString(now), signer.sign(now, body)).statusCode()).isEqualTo(201);
    HttpResponse<String> again = deliver(id, body, Long.toString(now), signer.sign(now, body));
    assertThat(again.statusCode()).as("a replay inside the window is an idempotent no-op").isBetween(200, 299);
    assertThat(shown()).filteredOn(c -> c.path("id").asText().equals(id)).hasSize(1);
  }

  @Test
  void aBodyChangedAfterSigningIsRefused() throws Exception {
    String id = newId();
    byte[] signed = comment(id, "Honest and useful.");
    byte[] tampered = comment(id, "Honest and useful!");
    long now = Instant.now().getEpochSecond();
    assertRefused(deliver(id, tampered, Long.toString(now), signer.sign(now, signed)));
    byte[] appended = (new String(signed, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
    assertRefused(deliver(id, appended, Long.toString(now), signer.sign(now, signed)));
    assertThat(shown()).noneMatch(c -> c.path("id").asText().equals(id));
  }

  @Test
  void aTimestampChangedAfterSigningIsRefused() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Thanks.");
    long now = Instant.now().getEpochSecond();
    assertRefused(deliver(id, body, Long.toString(now + 1), signer.sign(now, body)));
    assertRefused(deliver(id, body, Long.toString(now) + "0", signer.sign(now, body)));
  }

  @Test
  void aStaleOrFutureTimestampIsRefusedEvenWithAValidSignature() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Replayed from last week.");
    long old = Instant.now().minus(Duration.ofMinutes(6)).getEpochSecond();
    long future = Instant.now().plus(Duration.ofMinutes(6)).getEpochSecond();
    assertRefused(deliver(id, body, Long.toString(old), signer.sign(old, body)));
    assertRefused(deliver(id, body, Long.toString(future), signer.sign(future, body)));
    assertThat(shown()).noneMatch(c -> c.path("id").asText().equals(id));
  }

  @Test
  void aSignatureFromAnotherSecretOrMalformedIsRefused() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Nice.");
    long now = Instant.now().getEpochSecond();
    String ts = Long.toString(now);
    String good = signer.sign(now, body);
    for (String bad : List.of(new WebhookSignature("another-secret").sign(now, body), "", "sha256=", "sha256=zz", "sha1=" + good.substring(7),
        good.substring(0, good.length() - 2), good.toUpperCase(), good + "00", "sha256=" + "0".repeat(64))) {
      assertRefused(deliver(id, body, ts, bad));
    }
    assertRefused(deliver(id, body, null, good));
    assertRefused(deliver(id, body, ts, null));
    assertRefused(deliver(id, body, "yesterday", good));
    assertThat(shown()).noneMatch(c -> c.path("id").asText().equals(id));
  }

  @Test
  void anIdempotencyKeyOtherThanTheCommentIdIsRefused() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Fine.");
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/webhooks/comments"))
        .header(WebhookSignature.IDEMPOTENCY_HEADER, "other-" + id).header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now))
        .header(WebhookSignature.SIGNATURE_HEADER, signer.sign(now, body)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void anUnsignedRetractionIsRefused() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Staying up.");
    long now = Instant.now().getEpochSecond();
    assertThat(deliver(id, body, Long.toString(now), signer.sign(now, body)).statusCode()).isEqualTo(201);
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/webhooks/comments/" + id)).header(WebhookSignature.IDEMPOTENCY_HEADER, id).DELETE());
    assertRefused(r);
    assertThat(shown()).filteredOn(c -> c.path("id").asText().equals(id)).hasSize(1);
  }

  @Test
  void aReplayedDeliveryAfterASignedRetractionDoesNotBringTheCommentBack() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Posted, then retracted.");
    long now = Instant.now().getEpochSecond();
    String ts = Long.toString(now);
    String signature = signer.sign(now, body);
    assertThat(deliver(id, body, ts, signature).statusCode()).isEqualTo(201);
    HttpResponse<String> retracted = retract(id, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8), now);
    assertThat(retracted.statusCode()).as(retracted.body()).isEqualTo(204);
    HttpResponse<String> replay = deliver(id, body, ts, signature);
    assertThat(replay.statusCode()).as("the replayed delivery is acknowledged, so the sender stops").isBetween(200, 299);
    assertThat(shown()).noneMatch(c -> c.path("id").asText().equals(id));
  }

  /** The signature covers the body, not the URL: a signed retraction of one comment must not delete another. */
  @Test
  void aSignedRetractionNamingAnotherCommentOrNoneIsRefused() throws Exception {
    String id = newId();
    byte[] body = comment(id, "Still here.");
    long now = Instant.now().getEpochSecond();
    assertThat(deliver(id, body, Long.toString(now), signer.sign(now, body)).statusCode()).isEqualTo(201);
    byte[] other = ("{\"id\":\"" + newId() + "\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(retract(id, other, now).statusCode()).isEqualTo(400);
    assertThat(retract(id, new byte[0], now).statusCode()).isEqualTo(400);
    assertThat(shown()).filteredOn(c -> c.path("id").asText().equals(id)).hasSize(1);
  }

  private HttpResponse<String> retract(String id, byte[] body, long now) throws Exception {
    return send(HttpRequest.newBuilder(uri("/webhooks/comments/" + id)).header(WebhookSignature.IDEMPOTENCY_HEADER, id)
        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now)).header(WebhookSignature.SIGNATURE_HEADER, signer.sign(now, body))
        .header("Content-Type", "application/json").method("DELETE", HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  @Test
  void theSignatureIsComparedInConstantTime() {
    String verify = Disassembly.of(WebhookSignature.class).method("verify");
    assertThat(verify).contains("java/security/MessageDigest.isEqual:([B[B)Z")
        .doesNotContain("java/util/Arrays.equals", "java/lang/String.equals", "java/lang/String.equalsIgnoreCase", "java/lang/String.contentEquals");
  }

  private static void assertRefused(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
  }

  private HttpResponse<String> deliver(String id, byte[] body, String timestamp, String signature) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri("/webhooks/comments")).header(WebhookSignature.IDEMPOTENCY_HEADER, id)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (timestamp != null) b.header(WebhookSignature.TIMESTAMP_HEADER, timestamp);
    if (signature != null && !signature.isEmpty()) b.header(WebhookSignature.SIGNATURE_HEADER, signature);
    return send(b);
  }

  private List<JsonNode> shown() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/articles/" + ARTICLE + "/comments")).GET());
    assertThat(r.statusCode()).isEqualTo(200);
    List<JsonNode> out = new java.util.ArrayList<>();
    Json.mapper().readTree(r.body()).forEach(out::add);
    return out;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + site.port() + path);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  private static byte[] comment(String id, String text) {
    return ("{\"id\":\"" + id + "\",\"articleId\":\"" + ARTICLE + "\",\"author\":{\"name\":\"Robin\"},\"body\":" + CommentMix.quote(text)
        + ",\"submittedAt\":\"2030-01-01T00:00:00Z\",\"approvedAt\":\"2030-01-01T00:01:00Z\"}").getBytes(StandardCharsets.UTF_8);
  }
}
