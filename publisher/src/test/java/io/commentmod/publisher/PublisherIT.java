package io.commentmod.publisher;

import static io.commentmod.publisher.Harness.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The publisher against a real broker and a stand-in site: commits, receipts, dead letters, restarts, WordPress. */
@ExtendWith(KafkaClusterExtension.class)
class PublisherIT {
  private Harness h;

  @BeforeEach
  void connect(KafkaSettings kafka) {
    h = new Harness(kafka);
  }

  @AfterEach
  void close() throws Exception {
    h.close();
  }

  @Test
  void commitsOnlyAfterTheSiteAcceptedAndWritesOneReceipt() throws Exception {
    String group = h.group();
    String id = Comments.uniqueId("c");
    StandInSite site = h.site().script(id, 503, 503, 200);
    RecordMetadata written = h.approve(Comments.approved(id, "lions-mane", "Interesting read."));
    TopicPartition tp = new TopicPartition(written.topic(), written.partition());
    List<Long> committedWhileAnswering = new CopyOnWriteArrayList<>();
    site.beforeAnswer(key -> {
      if (key.equals(id)) committedWhileAnswering.add(h.committed(group, tp));
    });

    var deliveryLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Delivery.class);
    var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    lines.start();
    var level = deliveryLog.getLevel();
    deliveryLog.setLevel(ch.qos.logback.classic.Level.INFO);
    deliveryLog.addAppender(lines);
    PublisherService publisher;
    try {
      publisher = h.publisher(site, group);
      await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(written.offset() + 1).equals(h.committed(group, tp)));
    } finally {
      deliveryLog.detachAppender(lines);
      deliveryLog.setLevel(level);
    }
    var retries = lines.list.stream().filter(e -> e.getFormattedMessage().contains(id)).toList();
    assertThat(retries).as("retries logged").hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("commentId", id));

    assertThat(site.received(id)).extracting(StandInSite.Received::answered).containsExactly(503, 503, 200);
    assertThat(site.received(id)).allMatch(StandInSite.Received::signatureValid);
    assertThat(site.writes(id)).isEqualTo(1);
    assertThat(committedWhileAnswering).hasSize(3).allMatch(c -> c == null || c <= written.offset());

    List<CommentPublished> receipts = values(h.readAll(Topics.PUBLISHED, id), id);
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).articleId()).isEqualTo("lions-mane");
    assertThat(receipts.get(0).siteStatus()).isEqualTo(200);
    assertThat(receipts.get(0).attempts()).isEqualTo(3);

    assertThat(get(publisher, "/health/ready").statusCode()).isEqualTo(200);
    String metrics = get(publisher, "/metrics").body();
    assertThat(metrics).contains("publisher_deliveries_total{outcome=\"retry\"}", "publisher_deliveries_total{outcome=\"success\"}",
        "publisher_delivery_seconds_count", "comment_submission_to_publication_seconds_count", "publisher_site_available",
        "publisher_records_in_flight");
  }

  @Test
  void aPermanentRefusalDeadLettersThatCommentOnlyAndTheRestFlow() throws Exception {
    String group = h.group();
    String bad = Comments.uniqueId("bad");
    String flaky = Comments.uniqueId("flaky");
    String good = Comments.uniqueId("good");
    List<String> others = IntStream.range(0, 6).mapToObj(i -> Comments.uniqueId("other" + i)).toList();
    StandInSite site = h.site().script(bad, 400).script(flaky, 503, 503, 503, 200);
    RecordMetadata badAt = h.approve(Comments.approved(bad, "exercise-and-mood", "refused by the site"), 0);
    RecordMetadata flakyAt = h.approve(Comments.approved(flaky, "exercise-and-mood", "site keeps failing"), 0);
    h.approve(Comments.approved(good, "exercise-and-mood", "accepted"), 0);
    for (int i = 0; i < others.size(); i++) h.approve(Comments.approved(others.get(i), "article-" + (i % 3), "elsewhere"));

    h.publisher(site, group, Map.of("PUBLISHER_MAX_ATTEMPTS", "3"));
    await().atMost(Duration.ofSeconds(30)).until(() -> site.writes(good) == 1 && others.stream().allMatch(o -> site.writes(o) == 1));

    assertThat(site.writes(bad)).isZero();
    assertThat(site.received(bad)).hasSize(1);
    assertThat(site.writes(flaky)).isZero();
    assertThat(site.received(flaky)).hasSize(3);

    var letters = h.readAll(Topics.DEAD_LETTER, bad, flaky);
    DeadLetter refused = only(values(letters, bad));
    assertThat(refused.stage()).isEqualTo("publisher");
    assertThat(refused.sourceTopic()).isEqualTo(Topics.APPROVED.name());
    assertThat(refused.partition()).isEqualTo(badAt.partition());
    assertThat(refused.offset()).isEqualTo(badAt.offset());
    assertThat(refused.reason()).contains("400", "{\"status\":400}", "1 attempt");
    // The whole original approval, so that it can be redriven.
    assertThat(Topics.APPROVED.valueSerde().fromBytes(refused.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)).id()).isEqualTo(bad);
    DeadLetter gaveUp = only(values(letters, flaky));
    assertThat(gaveUp.offset()).isEqualTo(flakyAt.offset());
    assertThat(gaveUp.reason()).contains("503", "3 attempt");

    List<String> receipts = new ArrayList<>();
    for (var r : h.readAll(Topics.PUBLISHED, good)) {
      if (List.of(bad, flaky, good).contains(r.key())) receipts.add(r.value().id());
    }
    assertThat(receipts).containsExactly(good);
  }

  @Test
  void aCleanRestartMidStreamLosesNothingAndShowsEachCommentOnceInOrder() throws Exception {
    String group = h.group();
    StandInSite site = h.site().failPercent(20).delay(Duration.ofMillis(15));
    Sent sent = new Sent();
    for (int i = 0; i < 40; i++) {
      String id = Comments.uniqueId("r" + i);
      String article = "article-" + (i % 4);
      sent.add(id, article, h.approve(Comments.approved(id, article, "comment " + i)));
    }

    PublisherService first = h.publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> sent.ids().stream().filter(id -> site.writes(id) > 0).count() >= 10);
    first.close();
    assertThat(sent.ids().stream().filter(id -> site.writes(id) > 0).count()).isLessThan(sent.size());

    h.publisher(site, group);
    await().atMost(Duration.ofSeconds(60)).until(() -> sent.ids().stream().allMatch(id -> site.stored(id) != null));

    for (String id : sent.ids()) assertThat(site.stored(id).get("id").asText()).isEqualTo(id);
    sent.assertArticleOrderKept(site.firstStored());
    var receipts = h.readAll(Topics.PUBLISHED, sent.ids().toArray(String[]::new));
    assertThat(receipts.stream().map(ConsumerRecord::key).filter(sent.ids()::contains).distinct()).hasSize(sent.size());
  }

  @Test
  void theWordPressTargetPublishesEachCommentOnceAndRetractsThroughTheRestApi() throws Exception {
    String group = h.group();
    StandInWordPress wp = h.closeLater(new StandInWordPress("pipeline", "app pass word")).failPercent(25);
    List<String> ids = IntStream.range(0, 12).mapToObj(i -> Comments.uniqueId("wp" + i)).toList();
    for (int i = 0; i < ids.size(); i++) {
      String article = i % 2 == 0 ? "lions-mane" : "exercise-and-mood";
      var author = new Author("Reader " + i, "reader" + i + "@example.org", null, null, null);
      var submitted = new CommentSubmitted(ids.get(i), article, author, "Comment <" + i + ">", null, Instant.now(), null, null, Instant.now());
      h.approve(new CommentApproved(ids.get(i), submitted, "auto", Instant.now()));
    }
    h.publisher(new Settings(Map.of(
        "PUBLISHER_TARGET", "wordpress",
        "WORDPRESS_URL", wp.url().toString(),
        "WORDPRESS_USER", "pipeline",
        "WORDPRESS_APP_PASSWORD", "app pass word",
        "PUBLISHER_PORT", "0",
        "PUBLISHER_GROUP_ID", group)).with(Harness.FAST));

    await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> wp.containing("commentmod:" + id + " -->").size() == 1));
    h.retract(new CommentRetracted(ids.get(0), "lions-mane", "sam", "posted by mistake", Instant.now()));
    await().atMost(Duration.ofSeconds(30)).until(() -> wp.containing("commentmod:" + ids.get(0) + " -->").isEmpty());

    wp.failPercent(0);
    for (String id : ids.subList(1, ids.size())) assertThat(wp.containing("commentmod:" + id + " -->")).as(id).hasSize(1);
    assertThat(wp.containing("commentmod:" + ids.get(1) + " -->").get(0).content()).startsWith("Comment &lt;1&gt;");
  }

  private static <V> V only(List<V> values) {
    assertThat(values).hasSize(1);
    return values.get(0);
  }

  private static HttpResponse<String> get(PublisherService p, String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + p.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
