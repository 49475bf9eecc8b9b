package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import io.commentmod.testkit.Records;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The publisher proven under faults, against the real broker: a flaky slow site, kills, an outage. */
@ExtendWith(KafkaClusterExtension.class)
class PublisherFaultsIT {
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
  void aFlakySlowSiteAndAPublisherKilledTwiceStillShowEveryCommentExactlyOnceInArticleOrder() throws Exception {
    chaos(60, 6);
  }

  @Test
  @Tag("slow")
  void soakHundredsOfCommentsThroughAFlakySlowSiteWithKills() throws Exception {
    chaos(400, 20);
  }

  /**
   * {@code count} comments over {@code articles} articles; the site fails 30% of requests with 503
   * and answers 10% of writes only after the publisher's 1 s timeout (having stored them); the
   * publisher runs as its own process and is killed with SIGKILL twice mid-stream.
   */
  private void chaos(int count, int articles) throws Exception {
    String group = h.group();
    StandInSite site = h.site().failPercent(30).slowPercent(10, Duration.ofMillis(1500));
    Sent sent = new Sent();
    for (int i = 0; i < count; i++) {
      String id = Comments.uniqueId("k" + i);
      String article = "article-" + (i % articles);
      sent.add(id, article, h.approve(Comments.approved(id, article, "comment " + i)));
    }
    Map<String, String> env = new HashMap<>(h.webhookSettings(site, group));
    env.put("PUBLISHER_REQUEST_TIMEOUT", "PT1S");
    env.put("PUBLISHER_MAX_ATTEMPTS", "1000");
    // Static membership: a restarted instance takes its predecessor's place at once instead of after the session timeout.
    env.put("KAFKA_CLIENT_GROUP_INSTANCE_ID", group + "-instance");
    env.put("KAFKA_CLIENT_SESSION_TIMEOUT_MS", "10000");

    for (int run = 1; run <= 2; run++) {
      long target = (long) count * run / 3;
      Process p = h.publisherProcess(env, "publisher-chaos-" + run + ".log");
      await().atMost(Duration.ofSeconds(90)).until(() -> stored(site, sent) >= target || !p.isAlive());
      assertThat(p.isAlive()).as("publisher process %d still running (see target/publisher-chaos-%d.log)", run, run).isTrue();
      Harness.kill(p);
      assertThat(stored(site, sent)).as("killed mid-stream").isLessThan(count);
    }
    h.publisherProcess(env, "publisher-chaos-3.log");
    await().atMost(Duration.ofSeconds(120)).until(() -> stored(site, sent) == count);

    long redelivered = 0;
    for (String id : sent.ids()) {
      assertThat(site.stored(id)).as("comment %s on the site", id).isNotNull();
      assertThat(site.stored(id).get("id").asText()).isEqualTo(id);
      redelivered += site.writes(id) - 1;
    }
    assertThat(site.firstStored().stream().filter(sent.ids()::contains)).as("each shown once").hasSize(count).doesNotHaveDuplicates();
    sent.assertArticleOrderKept(site.firstStored());
    System.out.printf("chaos: %d comments, %d requests, %d redelivered writes absorbed by the idempotency key%n", count, site.requests(), redelivered);
  }

  @Test
  void aSiteDownForAWhileThenBackGetsTheWholeBacklogInArticleOrder() throws Exception {
    String group = h.group();
    StandInSite site = h.site();
    PublisherService publisher = h.publisher(site, group);
    Sent sent = new Sent();
    String first = Comments.uniqueId("before");
    sent.add(first, "article-0", h.approve(Comments.approved(first, "article-0", "before the outage")));
    await().atMost(Duration.ofSeconds(30)).until(() -> site.stored(first) != null);

    site.down();
    for (int i = 0; i < 40; i++) {
      String id = Comments.uniqueId("down" + i);
      String article = "article-" + (i % 5);
      sent.add(id, article, h.approve(Comments.approved(id, article, "during the outage " + i)));
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> !publisher.isReady());
    assertThat(publisher.readiness().checks().get("site")).startsWith("site failing");
    assertThat(publisher.readiness().checks()).containsEntry("broker", "ok").containsEntry("delivery", "ok");
    site.up();
    await().atMost(Duration.ofSeconds(60)).until(publisher::isReady);

    await().atMost(Duration.ofSeconds(60)).until(() -> stored(site, sent) == sent.size());
    sent.assertArticleOrderKept(site.firstStored());
    List<ConsumerRecord<String, DeadLetter>> letters = Records.readAll(h.kafka, Topics.DEAD_LETTER, Duration.ofSeconds(1));
    assertThat(letters.stream().map(ConsumerRecord::key).filter(sent.ids()::contains)).as("nothing dead-lettered").isEmpty();
  }

  @Test
  void aSiteFailingEveryRequestIsProbedNotHammeredAndConsumptionPauses() throws Exception {
    String group = h.group();
    StandInSite site = h.site().failPercent(100);
    Sent sent = new Sent();
    for (int i = 0; i < 30; i++) {
      String id = Comments.uniqueId("busy" + i);
      String article = "article-" + (i % 10);
      sent.add(id, article, h.approve(Comments.approved(id, article, "while the site is failing " + i)));
    }
    // More than DeliveryLoop.MAX_IN_FLIGHT waiting in one partition.
    int backlog = DeliveryLoop.MAX_IN_FLIGHT + 150;
    List<java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata>> pending = new java.util.ArrayList<>();
    List<String> backlogIds = new java.util.ArrayList<>();
    for (int i = 0; i < backlog; i++) {
      String id = Comments.uniqueId("p0-" + i);
      backlogIds.add(id);
      pending.add(h.approveAsync(Comments.approved(id, "article-" + (i % 10), "queued " + i), 0));
    }
    for (int i = 0; i < backlog; i++) sent.add(backlogIds.get(i), "article-" + (i % 10), pending.get(i).get());

    PublisherService publisher = h.publisher(site, group, Map.of("PUBLISHER_BACKOFF_INITIAL", "100", "PUBLISHER_BACKOFF_MAX", "400"));
    await().atMost(Duration.ofSeconds(30)).until(() -> site.requests() > 0);
    Thread.sleep(4000);
    int during = site.requests();
    // Ten articles with their own backoff would send ~10 requests every 400 ms (about 100 in 4 s);
    // behind the gate one probe goes at a time, about one every 200-400 ms.
    assertThat(during).as("requests while the site failed everything").isLessThan(45);
    double inFlight = gauge(publisher, "publisher_records_in_flight");
    assertThat(inFlight).as("records fetched while the site fails: partition 0 paused at its bound")
        .isGreaterThanOrEqualTo(DeliveryLoop.MAX_IN_FLIGHT).isLessThan(DeliveryLoop.MAX_IN_FLIGHT + 30 + PublisherClients.MAX_POLL_RECORDS);
    assertThat(gauge(publisher, "publisher_site_available")).isZero();

    site.failPercent(0);
    await().atMost(Duration.ofSeconds(90)).until(() -> stored(site, sent) == sent.size());
    sent.assertArticleOrderKept(site.firstStored());
  }

  private static double gauge(PublisherService p, String name) throws Exception {
    String metrics = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + p.port() + "/metrics")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    return metrics.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /metrics"));
  }

  private static long stored(StandInSite site, Sent sent) {
    return sent.ids().stream().filter(id -> site.stored(id) != null).count();
  }
}
