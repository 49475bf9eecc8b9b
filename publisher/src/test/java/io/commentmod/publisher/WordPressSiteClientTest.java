package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.CommentSubmitted;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WordPressSiteClientTest {
  private static final String USER = "pipeline";
  private static final String APP_PASSWORD = "abcd EFGH 1234 ijkl MNOP 6789";
  private StandInWordPress wp;
  private SiteClient client;
  private final DeliveryPolicy policy = new DeliveryPolicy(new Backoff(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(20),
      java.time.Duration.ofSeconds(1), () -> 0.0), 5);

  @BeforeEach
  void start() throws Exception {
    wp = new StandInWordPress(USER, APP_PASSWORD);
    client = clientWith(APP_PASSWORD);
  }

  @AfterEach
  void stop() {
    wp.close();
  }

  private SiteClient clientWith(String password) {
    PublisherConfig c = PublisherConfig.from(new Settings(Map.of(
        "PUBLISHER_TARGET", "wordpress", "WORDPRESS_URL", wp.url() + "/", "WORDPRESS_USER", USER, "WORDPRESS_APP_PASSWORD", password)));
    return SiteClient.of(c, Clock.systemUTC());
  }

  private static CommentApproved approved(String id, String article, String body, String parentId) {
    var author = new Author("Ada", "ada@example.org", "203.0.113.9", "Mozilla/5.0", null);
    var submitted = new CommentSubmitted(id, article, author, body, parentId, Instant.parse("2026-03-01T10:00:00Z"), null, null, Instant.now());
    return new CommentApproved(id, submitted, "auto", Instant.now());
  }

  @Test
  void createsAnApprovedCommentOnThePostNamedBySlugWithTextEscapedAndAMarker() throws Exception {
    SiteResponse r = client.deliver(approved("c-1", "lions-mane", "I <3 this & <b>that</b>", null));

    assertThat(r.status()).isEqualTo(201);
    StandInWordPress.Comment c = wp.comments().get(0);
    assertThat(c.post()).isEqualTo(11);
    assertThat(c.parent()).isZero();
    assertThat(c.status()).isEqualTo("approved");
    assertThat(c.authorName()).isEqualTo("Ada");
    assertThat(c.authorEmail()).isEqualTo("ada@example.org");
    assertThat(c.dateGmt()).isEqualTo("2026-03-01T10:00:00");
    assertThat(c.content()).isEqualTo("I &lt;3 this &amp; &lt;b&gt;that&lt;/b&gt;\n\n<!-- commentmod:c-1 -->");
  }

  @Test
  void aNumericArticleIdIsThePostId() throws Exception {
    assertThat(client.deliver(approved("c-2", "13", "numeric", null)).status()).isEqualTo(201);
    assertThat(wp.comments().get(0).post()).isEqualTo(13);
  }

  @Test
  void redeliveryFindsTheCommentInsteadOfCreatingAnother() throws Exception {
    CommentApproved c = approved("c-3", "lions-mane", "once", null);
    assertThat(client.deliver(c).status()).isEqualTo(201);
    SiteResponse again = client.deliver(c);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).contains("already on WordPress");
    assertThat(wp.containing("commentmod:c-3")).hasSize(1);
  }

  @Test
  void aMarkerThatOnlyStartsLikeOursIsNotOurs() throws Exception {
    assertThat(client.deliver(approved("c-40", "lions-mane", "longer id", null)).status()).isEqualTo(201);
    assertThat(client.deliver(approved("c-4", "lions-mane", "shorter id", null)).status()).isEqualTo(201);
    assertThat(wp.comments()).hasSize(2);
  }

  @Test
  void wordPressDuplicateDetectionMeansItIsAlreadyThere() throws Exception {
    CommentApproved c = approved("c-5", "lions-mane", "dup", null);
    assertThat(client.deliver(c).status()).isEqualTo(201);
    wp.searchFindsNothing(true); // as if a plugin hid it from search: WordPress's own duplicate check still stops a copy

    SiteResponse r = client.deliver(c);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("comment_duplicate");
    assertThat(wp.comments()).hasSize(1);
  }

  @Test
  void aReplyIsCreatedUnderItsParentsWordPressComment() throws Exception {
    client.deliver(approved("c-parent", "exercise-and-mood", "question", null));
    client.deliver(approved("c-child", "exercise-and-mood", "answer", "c-parent"));
    long parentWpId = wp.containing("commentmod:c-parent -->").get(0).id();
    assertThat(wp.containing("commentmod:c-child -->").get(0).parent()).isEqualTo(parentWpId);
  }

  @Test
  void anUnknownPostIsAPermanentFailure() throws Exception {
    SiteResponse bySlug = client.deliver(approved("c-6", "no-such-article", "x", null));
    SiteResponse byId = client.deliver(approved("c-7", "999", "x", null));

    assertThat(bySlug.status()).isEqualTo(404);
    assertThat(policy.decide(bySlug, null, 1)).isInstanceOf(DeliveryPolicy.GiveUp.class);
    assertThat(byId.status()).isEqualTo(403);
    assertThat(byId.body()).contains("rest_comment_invalid_post_id");
    assertThat(policy.decide(byId, null, 1)).isInstanceOf(DeliveryPolicy.GiveUp.class);
    assertThat(wp.comments()).isEmpty();
  }

  @Test
  void aWrongApplicationPasswordIsRefused() throws Exception {
    SiteResponse r = clientWith("wrong").deliver(approved("c-8", "lions-mane", "x", null));
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.body()).contains("incorrect_password");
    assertThat(wp.comments()).isEmpty();
  }

  @Test
  void aCommentWithoutAuthorEmailIsRefusedAsWordPressRequiresNameAndEmail() throws Exception {
    var submitted = new CommentSubmitted("c-9", "lions-mane", new Author("Anon", null, null, null, null), "x", null, null, null, null, null);
    SiteResponse r = client.deliver(new CommentApproved("c-9", submitted, "auto", Instant.now()));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("rest_comment_author_data_required");
  }

  @Test
  void retractionDeletesForGoodAndIsIdempotent() throws Exception {
    client.deliver(approved("c-10", "psilocybin-research", "to go", null));
    CommentRetracted r = new CommentRetracted("c-10", "psilocybin-research", "sam", "posted by mistake", Instant.now());

    assertThat(client.retract(r).status()).isEqualTo(200);
    assertThat(wp.comments()).isEmpty();
    assertThat(wp.requests()).anyMatch(q -> q.startsWith("DELETE /wp-json/wp/v2/comments/") && q.endsWith("force=true"));
    assertThat(client.retract(r).status()).isEqualTo(200);
  }

  @Test
  void underRandomFailuresRetryingUntilSuccessLeavesEachCommentOnce() throws Exception {
    wp.failPercent(30);
    for (int i = 0; i < 8; i++) {
      CommentApproved c = approved("c-f" + i, "lions-mane", "flaky " + i, i > 0 ? "c-f" + (i - 1) : null);
      int attempts = 0;
      while (!client.deliver(c).isSuccess()) assertThat(++attempts).isLessThan(60);
    }
    wp.failPercent(0);
    for (int i = 0; i < 8; i++) assertThat(wp.containing("commentmod:c-f" + i + " -->")).hasSize(1);
  }
}
