package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSiteClientTest {
  private static final String SECRET = "test-secret";
  private StandInSite site;
  private SiteClient client;

  @BeforeEach
  void start() throws Exception {
    site = new StandInSite(SECRET);
    client = clientWith(Map.of());
  }

  private SiteClient clientWith(Map<String, String> extra) {
    Settings s = new Settings(Map.of("SITE_WEBHOOK_URL", site.url().toString(), "SITE_WEBHOOK_SECRET", SECRET)).with(extra);
    return SiteClient.webhook(PublisherConfig.from(s), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void postsSignedPublicFieldsWithTheCommentIdAsIdempotencyKey() throws Exception {
    String id = Comments.uniqueId("c");
    SiteResponse r = client.deliver(Comments.approved(id, "psilocybin-research", "Thanks <b>for</b> this"));

    assertThat(r.status()).isEqualTo(200);
    StandInSite.Received got = site.received(id).get(0);
    assertThat(got.signatureValid()).isTrue();
    assertThat(new WebhookSignature(SECRET).sign(Long.parseLong(got.timestamp()), got.body())).isEqualTo(got.signature());
    assertThat(Math.abs(Long.parseLong(got.timestamp()) - Instant.now().getEpochSecond())).isLessThan(5);

    JsonNode body = Json.mapper().readTree(got.body());
    assertThat(body.get("id").asText()).isEqualTo(id);
    assertThat(body.get("articleId").asText()).isEqualTo("psilocybin-research");
    assertThat(body.get("author").get("name").asText()).isEqualTo("Ada");
    assertThat(body.get("body").asText()).isEqualTo("Thanks <b>for</b> this");
    assertThat(body.get("submittedAt").asText()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(body.has("approvedAt")).isTrue();
    String raw = new String(got.body(), StandardCharsets.UTF_8);
    assertThat(raw).doesNotContain("ada@example.org", "203.0.113.9", "Mozilla", "email", "\"ip\"");
  }

  @Test
  void retractsWithASignedDeleteWhoseBodyNamesTheComment() throws Exception {
    String id = Comments.uniqueId("c");
    client.deliver(Comments.approved(id, "lions-mane", "to be removed"));
    SiteResponse r = client.retract(new CommentRetracted(id, "lions-mane", "sam", "posted by mistake", Instant.now()));

    assertThat(r.status()).isEqualTo(204);
    StandInSite.Received got = site.received(id).get(1);
    assertThat(got.method()).isEqualTo("DELETE");
    assertThat(got.signatureValid()).isTrue();
    JsonNode body = Json.mapper().readTree(got.body());
    assertThat(body.get("id").asText()).isEqualTo(id);
    assertThat(body.get("articleId").asText()).isEqualTo("lions-mane");
    assertThat(new String(got.body(), StandardCharsets.UTF_8)).doesNotContain("sam", "posted by mistake");
    assertThat(site.isRetracted(id)).isTrue();
    assertThat(site.stored(id)).isNull();
  }

  @Test
  void aRetractionGoesToTheCommentsOwnUrlKeepingAnyQueryString() {
    var c = new WebhookSiteClient(java.net.http.HttpClient.newHttpClient(), java.net.URI.create("https://site.example/hooks/comments/?token=a%2Bb"),
        SECRET, Duration.ofSeconds(1), Clock.systemUTC());
    assertThat(c.itemUrl("c 1/2")).hasToString("https://site.example/hooks/comments/c%201%2F2?token=a%2Bb");
  }

  @Test
  void returnsErrorStatusBodyAndRetryAfterWithoutThrowing() throws Exception {
    String id = Comments.uniqueId("c");
    site.script(id, 503);
    SiteResponse r = client.deliver(Comments.approved(id, "a", "x"));
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.body()).isEqualTo("{\"status\":503}");
    assertThat(r.retryAfter()).isEqualTo(Duration.ZERO);
  }

  @Test
  void aSiteSlowerThanTheTimeoutIsNoAnswer() {
    site.delay(Duration.ofSeconds(2));
    SiteClient impatient = clientWith(Map.of("PUBLISHER_REQUEST_TIMEOUT", "PT0.3S"));
    assertThatThrownBy(() -> impatient.deliver(Comments.approved(Comments.uniqueId("c"), "a", "x")))
        .isInstanceOf(HttpTimeoutException.class);
  }
}
