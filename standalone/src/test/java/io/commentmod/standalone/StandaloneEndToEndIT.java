package io.commentmod.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Json;
import io.commentmod.ingest.IngestConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product in one process, as a new user runs it: its own embedded broker, ingest,
 * moderation, publisher and demo site. Comments go in through the ingest API and come out on the
 * demo site, or do not.
 */
class StandaloneEndToEndIT {
  static final String KEY = IngestConfig.STANDALONE_LOCAL_KEY;
  static final String ARTICLE = "antidepressants-neuroplasticity";

  @TempDir Path dataDir;

  private Standalone startStandalone() {
    return startStandalone(Map.of());
  }

  private Standalone startStandalone(Map<String, String> extra) {
    var env = new Settings(Map.of(
        "DATA_DIR", dataDir.toString(), "KAFKA_PORT", "0",
        "INGEST_PORT", "0", "CONSOLE_PORT", "0", "PUBLISHER_PORT", "0", "SITE_PORT", "0")).with(extra);
    return new Standalone(StandaloneConfig.from(env), Clock.systemUTC()).start();
  }

  /** The shipped policy with pre-moderation switched on: every comment waits for a moderator. */
  private Path preModerationPolicy() throws Exception {
    String policy;
    try (var in = getClass().getResourceAsStream("/io/commentmod/moderation/policy/default-policy.json")) {
      policy = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(policy).contains("\"preModerateAll\": false");
    Path file = dataDir.resolve("pre-moderate.json");
    java.nio.file.Files.writeString(file, policy.replace("\"preModerateAll\": false", "\"preModerateAll\": true"));
    return file;
  }

  @Test
  void cleanCommentIsPublishedHeldOneIsNotAndARestartKeepsEveryStatus() throws Exception {
    String cleanId, heldId;
    try (Standalone app = startStandalone()) {
      String ingest = "http://localhost:" + app.ingestPort();
      String site = "http://localhost:" + app.sitePort();

      String body = "Thank you for explaining the study so clearly.";
      cleanId = submit(ingest, body);
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
          assertThat(Http.get(site + "/api/articles/" + ARTICLE + "/comments", null).body()).contains(body));
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
          assertThat(status(ingest, cleanId).path("status").asText()).isEqualTo("published"));

      String spam = "Best deals here http://a.example/1 http://b.example/2 http://c.example/3 http://d.example/4";
      heldId = submit(ingest, spam);
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        JsonNode s = status(ingest, heldId);
        assertThat(s.path("status").asText()).isIn("in_review", "rejected");
        assertThat(s.path("flags").get(0).path("name").asText()).isEqualTo("spam");
        assertThat(s.path("flags").get(0).path("reasons").get(0).path("check").asText()).isNotBlank();
      });
      Thread.sleep(2000);
      assertThat(Http.get(site + "/api/articles/" + ARTICLE + "/comments", null).body()).doesNotContain("http://a.example/1");
    }

    try (Standalone again = startStandalone()) {
      String ingest = "http://localhost:" + again.ingestPort();
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        assertThat(status(ingest, cleanId).path("status").asText()).isEqualTo("published");
        assertThat(status(ingest, heldId).path("status").asText()).isIn("in_review", "rejected");
      });
    }
  }

  @Test
  void heldCommentApprovedInTheConsoleAppearsOnTheSite() throws Exception {
    try (Standalone app = startStandalone(Map.of("MODERATION_POLICY_FILE", preModerationPolicy().toString()))) {
      String ingest = "http://localhost:" + app.ingestPort();
      String held = "I read the linked review twice and the section on sleep was the most useful part.";
      String id = submit(ingest, held);
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
          assertThat(status(ingest, id).path("status").asText()).isEqualTo("in_review"));
      assertThat(Http.get("http://localhost:" + app.sitePort() + "/api/articles/" + ARTICLE + "/comments", null).body())
          .doesNotContain("sleep was the most useful part");

      // the console's API sits behind a login (session cookie) and wants the session's CSRF token on every action
      var console = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
      String consoleUrl = "http://localhost:" + app.consolePort();
      var login = console.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(consoleUrl + "/api/login"))
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(Map.of(
              "name", StandaloneConfig.LOCAL_MODERATOR.name(), "password", StandaloneConfig.LOCAL_MODERATOR.password()))))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String csrf = Json.mapper().readTree(login.body()).path("csrf").asText();
      var decided = console.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(consoleUrl + "/api/comments/" + id + "/decision"))
          .header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"action\":\"approve\"}"))
          .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(decided.statusCode()).as(decided.body()).isEqualTo(202);

      await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
          assertThat(Http.get("http://localhost:" + app.sitePort() + "/api/articles/" + ARTICLE + "/comments", null).body())
              .contains("sleep was the most useful part"));
      assertThat(status(ingest, id).path("status").asText()).isIn("approved", "published");
    }
  }

  @Test
  void badInputGetsItsStatusCode() {
    try (Standalone app = startStandalone()) {
      String url = "http://localhost:" + app.ingestPort() + "/api/v1/comments";
      assertThat(Http.post(url, KEY, "application/json", "{not json").statusCode()).isEqualTo(400);
      var missing = Http.post(url, KEY, "application/json", "{\"articleId\":\"a\",\"author\":{\"name\":\"n\",\"email\":\"n@example.org\"}}");
      assertThat(missing.statusCode()).isEqualTo(400);
      assertThat(missing.body()).contains("body");
      assertThat(Http.post(url, null, "application/json", comment("hi")).statusCode()).isEqualTo(401);
      assertThat(Http.post(url, "wrong-key", "application/json", comment("hi")).statusCode()).isEqualTo(401);
      assertThat(Http.post(url, KEY, "text/plain", comment("hi")).statusCode()).isEqualTo(415);
      assertThat(Http.post(url, KEY, "application/json", comment("x".repeat(10_001))).statusCode()).isEqualTo(400);
      assertThat(Http.post(url, KEY, "application/json", comment("x".repeat(70_000))).statusCode()).isEqualTo(413);
    }
  }

  private static String submit(String ingest, String body) throws Exception {
    var res = Http.post(ingest + "/api/v1/comments", KEY, "application/json", comment(body));
    assertThat(res.statusCode()).as(res.body()).isEqualTo(202);
    JsonNode n = Json.mapper().readTree(res.body());
    assertThat(n.path("status").asText()).isEqualTo("pending");
    return n.path("id").asText();
  }

  private static JsonNode status(String ingest, String id) throws Exception {
    var res = Http.get(ingest + "/api/v1/comments/" + id, KEY);
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    return Json.mapper().readTree(res.body());
  }

  private static String comment(String body) {
    try {
      return Json.mapper().writeValueAsString(Map.of(
          "articleId", ARTICLE, "author", Map.of("name", "Robin", "email", "robin@example.org"), "body", body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
