package io.commentmod.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Json;
import io.commentmod.publisher.PublisherConfig;
import io.commentmod.publisher.SiteClient;
import io.commentmod.publisher.SiteResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ends of the webhook: the publisher's real client delivering to the real site. */
class PublisherContractTest {
  private static final String SECRET = "contract-secret";
  @TempDir Path dataDir;
  private SiteServer site;
  private SiteClient client;

  @BeforeEach
  void start() {
    site = new SiteServer(SiteConfig.from(new Settings(Map.of("SITE_PORT", "0", "SITE_WEBHOOK_SECRET", SECRET,
        "SITE_DATA_DIR", dataDir.toString(), "INGEST_API_KEY", "k"))), Clock.systemUTC()).start();
    client = SiteClient.webhook(PublisherConfig.from(new Settings(Map.of(
        "SITE_WEBHOOK_URL", "http://localhost:" + site.port() + "/webhooks/comments", "SITE_WEBHOOK_SECRET", SECRET))), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void publisherDeliveryIsAcceptedOnceAndShowsPublicFieldsOnly() throws Exception {
    String id = "c-" + UUID.randomUUID();
    var author = new Author("Grace", "grace@example.org", "198.51.100.7", "Mozilla/5.0", null);
    var submitted = new CommentSubmitted(id, "exercise-and-mood", author, "Swimming did wonders for me.", null,
        Instant.parse("2026-03-01T10:00:00Z"), null, null, Instant.parse("2026-03-01T10:00:01Z"));
    CommentApproved approved = new CommentApproved(id, submitted, "auto", Instant.parse("2026-03-01T10:00:03Z"));

    SiteResponse first = client.deliver(approved);
    SiteResponse again = client.deliver(approved);

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    String listed = get("/api/articles/exercise-and-mood/comments");
    JsonNode comments = Json.mapper().readTree(listed);
    assertThat(comments).hasSize(1);
    assertThat(comments.get(0).get("id").asText()).isEqualTo(id);
    assertThat(comments.get(0).get("author").get("name").asText()).isEqualTo("Grace");
    assertThat(comments.get(0).get("body").asText()).isEqualTo("Swimming did wonders for me.");
    assertThat(listed).doesNotContain("grace@example.org", "198.51.100.7", "Mozilla");
    assertThat(Json.mapper().readTree(get("/api/deliveries")).get(id).asInt()).isEqualTo(2);
  }

  @Test
  void publisherRetractionTakesTheCommentDownForGood() throws Exception {
    String id = "c-" + UUID.randomUUID();
    var submitted = new CommentSubmitted(id, "lions-mane", new Author("Ann", "ann@example.org", null, null, null), "posted by mistake", null,
        null, null, null, null);
    CommentApproved approved = new CommentApproved(id, submitted, "auto", Instant.now());
    assertThat(client.deliver(approved).status()).isEqualTo(201);

    SiteResponse retracted = client.retract(new CommentRetracted(id, "lions-mane", "sam", "posted by mistake", Instant.now()));
    SiteResponse lateRedelivery = client.deliver(approved);

    assertThat(retracted.status()).isEqualTo(204);
    assertThat(lateRedelivery.status()).isEqualTo(200);
    assertThat(lateRedelivery.body()).contains("retracted");
    assertThat(get("/api/articles/lions-mane/comments")).doesNotContain(id);
  }

  @Test
  void retractingACommentTheSiteNeverHadStillBlocksItsLaterPublication() throws Exception {
    String id = "c-" + UUID.randomUUID();
    assertThat(client.retract(new CommentRetracted(id, "lions-mane", "sam", "spam", Instant.now())).status()).isEqualTo(204);
    var submitted = new CommentSubmitted(id, "lions-mane", new Author("Bo", null, null, null, null), "late", null, null, null, null, null);
    assertThat(client.deliver(new CommentApproved(id, submitted, "auto", Instant.now())).status()).isEqualTo(200);
    assertThat(get("/api/articles/lions-mane/comments")).doesNotContain(id);
  }

  @Test
  void publisherWithTheWrongSecretIsRefusedPermanently() throws Exception {
    SiteClient forger = SiteClient.webhook(PublisherConfig.from(new Settings(Map.of(
        "SITE_WEBHOOK_URL", "http://localhost:" + site.port() + "/webhooks/comments", "SITE_WEBHOOK_SECRET", "wrong"))), Clock.systemUTC());
    String id = "c-" + UUID.randomUUID();
    var submitted = new CommentSubmitted(id, "lions-mane", new Author("Eve", "e@example.org", null, null, null), "forged", null,
        null, null, null, null);
    assertThat(forger.deliver(new CommentApproved(id, submitted, "auto", Instant.now())).status()).isEqualTo(401);
    assertThat(get("/api/articles/lions-mane/comments")).isEqualTo("[]");
  }

  private String get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + site.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
