package io.commentmod.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comment form's way to ingest, against a stand-in ingest that records what it received. */
class CommentSubmissionsTest {
  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dataDir;
  private StubIngest ingest;
  private SiteServer site;

  @BeforeEach
  void start() throws Exception {
    ingest = new StubIngest();
    Settings s = new Settings(Map.of("SITE_PORT", "0", "SITE_WEBHOOK_SECRET", "x", "SITE_DATA_DIR", dataDir.toString(),
        "INGEST_URL", ingest.url().toString(), "INGEST_API_KEY", "site-key-123"));
    site = new SiteServer(SiteConfig.from(s), Clock.systemUTC()).start();
  }

  @AfterEach
  void stop() {
    site.close();
    ingest.close();
  }

  @Test
  void jsonSubmissionIsForwardedToIngestWithTheApiKeyAndIdempotencyKeyAndIngestsAnswerReturned() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/articles/lions-mane/comments"))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "form-key-1")
        .header("User-Agent", "TestBrowser/1.0")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"comment\":\"Very helpful <3\"}")));

    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).isEqualTo("{\"id\":\"cmt-1\",\"status\":\"pending\"}");
    assertThat(ingest.calls).hasSize(1);
    StubIngest.Call call = ingest.calls.get(0);
    assertThat(call.method()).isEqualTo("POST");
    assertThat(call.path()).isEqualTo("/api/v1/comments");
    assertThat(call.header("Authorization")).isEqualTo("Bearer site-key-123");
    assertThat(call.header("Idempotency-Key")).isEqualTo("form-key-1");
    assertThat(call.header("Content-Type")).isEqualTo("application/json");
    JsonNode sent = Json.mapper().readTree(call.body());
    assertThat(sent.get("articleId").asText()).isEqualTo("lions-mane");
    assertThat(sent.get("body").asText()).isEqualTo("Very helpful <3");
    assertThat(sent.get("author").get("name").asText()).isEqualTo("Ada");
    assertThat(sent.get("author").get("email").asText()).isEqualTo("ada@example.org");
    assertThat(sent.get("author").get("userAgent").asText()).isEqualTo("TestBrowser/1.0");
    assertThat(sent.get("author").get("ip").asText()).isNotBlank();
    assertThat(sent.has("submittedAt")).isTrue();
  }

  @Test
  void plainFormPostIsForwardedAndRedirectsBackToTheArticle() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/articles/exercise-and-mood/comments"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString("name=Bo&email=bo%40example.org&comment=Walking+helps+me")));

    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/articles/exercise-and-mood?pending=cmt-1");
    JsonNode sent = Json.mapper().readTree(ingest.calls.get(0).body());
    assertThat(sent.get("body").asText()).isEqualTo("Walking helps me");
    assertThat(ingest.calls.get(0).header("Idempotency-Key")).isNotBlank();
  }

  @Test
  void ingestRefusalIsPassedOnAsIs() throws Exception {
    ingest.status = 400;
    ingest.answer = "{\"title\":\"Bad Request\",\"status\":400,\"errors\":[{\"field\":\"author.email\",\"message\":\"must be an email address\"}]}";
    HttpResponse<String> r = postJson("/articles/lions-mane/comments", "{\"name\":\"Ada\",\"email\":\"nope\",\"comment\":\"hi\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).isEqualTo(ingest.answer);
  }

  @Test
  void missingFieldsAreRefusedWithoutCallingIngest() throws Exception {
    HttpResponse<String> r = postJson("/articles/lions-mane/comments", "{\"name\":\"Ada\",\"email\":\"ada@example.org\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Json.mapper().readTree(r.body()).get("detail").asText()).contains("comment");
    assertThat(ingest.calls).isEmpty();
  }

  @Test
  void commentOnUnknownArticleIsNotFoundWithoutCallingIngest() throws Exception {
    HttpResponse<String> r = postJson("/articles/nope/comments", "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"comment\":\"hi\"}");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(ingest.calls).isEmpty();
  }

  @Test
  void unreachableIngestIsABadGateway() throws Exception {
    ingest.close();
    HttpResponse<String> r = postJson("/articles/lions-mane/comments", "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"comment\":\"hi\"}");
    assertThat(r.statusCode()).isEqualTo(502);
  }

  @Test
  void statusIsRelayedFromIngest() throws Exception {
    ingest.status = 200;
    ingest.answer = "{\"id\":\"cmt-9\",\"status\":\"in_review\",\"queue\":\"medical\"}";
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/comments/cmt-9/status")).GET());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo(ingest.answer);
    assertThat(ingest.calls.get(0).method()).isEqualTo("GET");
    assertThat(ingest.calls.get(0).path()).isEqualTo("/api/v1/comments/cmt-9");
    assertThat(ingest.calls.get(0).header("Authorization")).isEqualTo("Bearer site-key-123");
  }

  @Test
  void statusForAMalformedIdIsRefusedWithoutCallingIngest() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/comments/a%2F..%2Fadmin/status")).GET());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(ingest.calls).isEmpty();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + site.port() + path);
  }

  private HttpResponse<String> postJson(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
