package io.commentmod.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {
  private static final String SECRET = "site-test-secret";
  private static final String ARTICLE = "psilocybin-research";
  private final HttpClient http = HttpClient.newHttpClient();
  private final WebhookSignature signer = new WebhookSignature(SECRET);
  @TempDir Path dataDir;
  private StubIngest ingest;
  private SiteServer site;

  @BeforeEach
  void start() throws Exception {
    ingest = new StubIngest();
    site = newSite();
  }

  private SiteServer newSite() {
    Settings s = new Settings(Map.of(
        "SITE_PORT", "0",
        "SITE_WEBHOOK_SECRET", SECRET,
        "SITE_DATA_DIR", dataDir.toString(),
        "INGEST_URL", ingest.url().toString(),
        "INGEST_API_KEY", "site-key-123"));
    return new SiteServer(SiteConfig.from(s), Clock.systemUTC()).start();
  }

  @AfterEach
  void stop() {
    site.close();
    ingest.close();
  }

  @Test
  void signedDeliveryIsStoredAndListedUnderItsArticle() throws Exception {
    String id = newId();
    HttpResponse<String> r = deliver(id, payload(id, ARTICLE, "Fascinating, thanks."), now());

    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode comments = comments(ARTICLE);
    JsonNode mine = find(comments, id);
    assertThat(mine.get("author").get("name").asText()).isEqualTo("Ada");
    assertThat(mine.get("body").asText()).isEqualTo("Fascinating, thanks.");
    assertThat(mine.get("submittedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(mine.has("publishedAt")).isTrue();
    assertThat(mine.has("email")).isFalse();
  }

  @Test
  void metricsCountWebhookDeliveriesByResultAndShowTheJvm() throws Exception {
    String id = newId();
    byte[] body = payload(id, ARTICLE, "counted");
    deliver(id, body, now());
    deliver(id, body, now());
    deliver(id, body, now() - 10 * 60);

    HttpResponse<String> r = get("/metrics");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(r.body()).contains("site_webhook_deliveries_total{result=\"created\"} 1.0",
        "site_webhook_deliveries_total{result=\"repeat\"} 1.0", "site_webhook_deliveries_total{result=\"refused\"} 1.0",
        "site_comments_received_total{outcome=\"accepted\"} 0.0", "jvm_memory_used_bytes");
  }

  @Test
  void badSignatureIsRefusedAndStoresNothing() throws Exception {
    String id = newId();
    byte[] body = payload(id, ARTICLE, "forged");
    long ts = now();
    HttpResponse<String> r = post("/webhooks/comments", body, Map.of(
        WebhookSignature.TIMESTAMP_HEADER, Long.toString(ts),
        WebhookSignature.SIGNATURE_HEADER, new WebhookSignature("wrong-secret").sign(ts, body),
        WebhookSignature.IDEMPOTENCY_HEADER, id));

    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(comments(ARTICLE).toString()).doesNotContain(id);
    assertThat(deliveries().has(id)).isFalse();
  }

  @Test
  void missingSignatureIsRefused() throws Exception {
    String id = newId();
    HttpResponse<String> r = post("/webhooks/comments", payload(id, ARTICLE, "unsigned"), Map.of(WebhookSignature.IDEMPOTENCY_HEADER, id));
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void staleTimestampIsRefusedEvenWithTheRightSecret() throws Exception {
    String id = newId();
    HttpResponse<String> r = deliver(id, payload(id, ARTICLE, "replayed"), now() - 10 * 60);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(comments(ARTICLE).toString()).doesNotContain(id);
  }

  @Test
  void redeliveryIsListedOnceAndCountedTwice() throws Exception {
    String id = newId();
    byte[] body = payload(id, ARTICLE, "said twice");
    assertThat(deliver(id, body, now()).statusCode()).isEqualTo(201);
    String firstPublishedAt = find(comments(ARTICLE), id).get("publishedAt").asText();
    assertThat(deliver(id, body, now()).statusCode()).isEqualTo(200);

    JsonNode comments = comments(ARTICLE);
    long copies = 0;
    for (JsonNode c : comments) if (c.get("id").asText().equals(id)) copies++;
    assertThat(copies).isEqualTo(1);
    assertThat(find(comments, id).get("publishedAt").asText()).isEqualTo(firstPublishedAt);
    assertThat(deliveries().get(id).asInt()).isEqualTo(2);
  }

  @Test
  void commentsAreListedInPublicationOrder() throws Exception {
    String first = newId();
    String second = newId();
    deliver(second, payload(second, "lions-mane", "published first"), now());
    deliver(first, payload(first, "lions-mane", "published second"), now());
    JsonNode comments = comments("lions-mane");
    assertThat(comments.size()).isEqualTo(2);
    assertThat(comments.get(0).get("id").asText()).isEqualTo(second);
    assertThat(comments.get(1).get("id").asText()).isEqualTo(first);
  }

  @Test
  void idempotencyKeyMustMatchTheCommentId() throws Exception {
    String id = newId();
    byte[] body = payload(id, ARTICLE, "mismatch");
    long ts = now();
    HttpResponse<String> r = post("/webhooks/comments", body, Map.of(
        WebhookSignature.TIMESTAMP_HEADER, Long.toString(ts),
        WebhookSignature.SIGNATURE_HEADER, signer.sign(ts, body),
        WebhookSignature.IDEMPOTENCY_HEADER, "another-id"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(comments(ARTICLE).toString()).doesNotContain(id);
  }

  @Test
  void signedButMalformedJsonIsABadRequest() throws Exception {
    String id = newId();
    assertThat(deliver(id, "{\"id\": ".getBytes(StandardCharsets.UTF_8), now()).statusCode()).isEqualTo(400);
    assertThat(deliver(id, ("{\"id\":\"" + id + "\",\"articleId\":\"" + ARTICLE + "\"}").getBytes(StandardCharsets.UTF_8), now()).statusCode())
        .isEqualTo(400);
  }

  @Test
  void scriptInACommentIsReturnedAsLiteralTextAndNeverRenderedByTheServer() throws Exception {
    String id = newId();
    String xss = "<img src=x onerror=alert(1)>";
    assertThat(deliver(id, payload(id, ARTICLE, xss), now()).statusCode()).isEqualTo(201);

    HttpResponse<String> api = get("/api/articles/" + ARTICLE + "/comments");
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(api.body()).contains("\"body\":\"<img src=x onerror=alert(1)>\"");
    assertThat(find(Json.mapper().readTree(api.body()), id).get("body").asText()).isEqualTo(xss);

    HttpResponse<String> page = get("/articles/" + ARTICLE);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("onerror", "<img", id, "Ada");
    assertThat(page.body()).contains("<ol id=\"comment-list\" aria-live=\"polite\"></ol>");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'", "script-src 'self'").doesNotContain("unsafe-inline");
  }

  @Test
  void articleScriptInsertsCommentsAsTextOnly() throws Exception {
    String js = get("/assets/article.js").body();
    assertThat(js).contains("textContent").doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
  }

  @Test
  void unknownArticleIsNotFound() throws Exception {
    HttpResponse<String> api = get("/api/articles/no-such-article/comments");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Json.mapper().readTree(api.body()).get("status").asInt()).isEqualTo(404);
    assertThat(get("/articles/no-such-article").statusCode()).isEqualTo(404);
  }

  @Test
  void articlesAreListedWithTheirIds() throws Exception {
    JsonNode list = Json.mapper().readTree(get("/api/articles").body());
    assertThat(list).extracting(n -> n.get("id").asText())
        .containsExactly("antidepressants-neuroplasticity", "psilocybin-research", "lions-mane", "exercise-and-mood");
    assertThat(list.get(0).get("title").asText()).startsWith("Antidepressants and neuroplasticity");
    String index = get("/").body();
    assertThat(index).contains("href=\"/articles/lions-mane\"", "Lion&#39;s mane");
  }

  @Test
  void signedRetractionRemovesTheCommentAndALateRedeliveryDoesNotBringItBack() throws Exception {
    String id = newId();
    byte[] body = payload(id, ARTICLE, "to be retracted");
    deliver(id, body, now());
    HttpResponse<String> r = retract(id, ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(comments(ARTICLE).toString()).doesNotContain(id);

    assertThat(deliver(id, body, now()).statusCode()).isEqualTo(200);
    assertThat(comments(ARTICLE).toString()).doesNotContain(id);
  }

  @Test
  void aSignedRetractionOfOneCommentCannotBeReplayedAgainstAnother() throws Exception {
    String kept = newId();
    String other = newId();
    deliver(kept, payload(kept, ARTICLE, "stays up"), now());
    byte[] signedForOther = ("{\"id\":\"" + other + "\"}").getBytes(StandardCharsets.UTF_8);

    assertThat(retract(kept, signedForOther).statusCode()).isEqualTo(400);
    assertThat(retract(kept, new byte[0]).statusCode()).isEqualTo(400);
    assertThat(comments(ARTICLE).toString()).contains(kept);
  }

  @Test
  void unsignedRetractionIsRefused() throws Exception {
    String id = newId();
    deliver(id, payload(id, ARTICLE, "stays"), now());
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/webhooks/comments/" + id)).DELETE());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(comments(ARTICLE).toString()).contains(id);
  }

  @Test
  void publishedCommentsSurviveARestart() throws Exception {
    String id = newId();
    deliver(id, payload(id, ARTICLE, "durable"), now());
    site.close();
    site = newSite();
    assertThat(find(comments(ARTICLE), id).get("body").asText()).isEqualTo("durable");
    assertThat(deliveries().get(id).asInt()).isEqualTo(1);
  }

  private HttpResponse<String> retract(String id, byte[] body) throws Exception {
    long ts = now();
    return send(HttpRequest.newBuilder(uri("/webhooks/comments/" + id))
        .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(ts))
        .header(WebhookSignature.SIGNATURE_HEADER, signer.sign(ts, body))
        .method("DELETE", HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  static String newId() {
    return "c-" + UUID.randomUUID();
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  static byte[] payload(String id, String articleId, String text) throws Exception {
    Map<String, Object> p = Map.of("id", id, "articleId", articleId, "author", Map.of("name", "Ada"), "body", text,
        "submittedAt", "2026-03-01T10:00:00Z", "approvedAt", "2026-03-01T10:01:00Z");
    return Json.mapper().writeValueAsBytes(p);
  }

  private HttpResponse<String> deliver(String id, byte[] body, long timestamp) throws Exception {
    return post("/webhooks/comments", body, Map.of(
        WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
        WebhookSignature.SIGNATURE_HEADER, signer.sign(timestamp, body),
        WebhookSignature.IDEMPOTENCY_HEADER, id));
  }

  private JsonNode comments(String articleId) throws Exception {
    HttpResponse<String> r = get("/api/articles/" + articleId + "/comments");
    assertThat(r.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  private JsonNode deliveries() throws Exception {
    return Json.mapper().readTree(get("/api/deliveries").body());
  }

  private static JsonNode find(JsonNode comments, String id) {
    for (JsonNode c : comments) if (c.get("id").asText().equals(id)) return c;
    throw new AssertionError("comment " + id + " not listed in " + comments);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + site.port() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  private HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
