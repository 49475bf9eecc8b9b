package io.commentmod.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.testkit.KafkaClusterExtension;
import io.commentmod.testkit.Records;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publisher against a real broker and a stand-in site. The broker is shared with every test in
 * the JVM, so each test uses its own consumer group and comment ids, and filters what it reads by them.
 */
@ExtendWith(KafkaClusterExtension.class)
class PublisherIT {
  private static final String SECRET = "it-secret";
  private static KafkaSettings kafka;
  private static Admin admin;
  private static KafkaProducer<String, byte[]> producer;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void connect(KafkaSettings settings) {
    kafka = settings;
    admin = Admin.create(kafka.clientConfig());
    Map<String, Object> p = kafka.clientConfig();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  @AfterAll
  static void disconnect() {
    producer.close();
    admin.close();
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) open.get(i).close();
  }

  @Test
  void commitsOnlyAfterTheSiteAcceptedAndWritesOneReceipt() throws Exception {
    String group = Comments.uniqueId("publisher-it");
    String id = Comments.uniqueId("c");
    StandInSite site = site().script(id, 503, 503, 200);
    RecordMetadata written = approve(Comments.approved(id, "lions-mane", "Interesting read."), null);
    TopicPartition tp = new TopicPartition(written.topic(), written.partition());
    List<Long> committedWhileAnswering = new CopyOnWriteArrayList<>();
    site.beforeAnswer(key -> {
      if (key.equals(id)) committedWhileAnswering.add(committed(group, tp));
    });

    PublisherService publisher = publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> Long.valueOf(written.offset() + 1).equals(committed(group, tp)));

    assertThat(site.received(id)).extracting(StandInSite.Received::answered).containsExactly(503, 503, 200);
    assertThat(site.received(id)).allMatch(StandInSite.Received::signatureValid);
    assertThat(site.writes(id)).isEqualTo(1);
    assertThat(committedWhileAnswering).hasSize(3).allMatch(c -> c == null || c <= written.offset());

    List<CommentPublished> receipts = values(readAll(Topics.PUBLISHED, id), id);
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).articleId()).isEqualTo("lions-mane");
    assertThat(receipts.get(0).siteStatus()).isEqualTo(200);
    assertThat(receipts.get(0).attempts()).isEqualTo(3);

    assertThat(get(publisher, "/health/ready").statusCode()).isEqualTo(200);
    String metrics = get(publisher, "/metrics").body();
    assertThat(metrics).contains("publisher_deliveries_total{outcome=\"retry\"}", "publisher_deliveries_total{outcome=\"success\"}",
        "publisher_delivery_seconds_count", "comment_submission_to_publication_seconds_count");
  }

  @Test
  void failuresThatWillNotHealAreDeadLetteredAndTheNextCommentFlows() throws Exception {
    String group = Comments.uniqueId("publisher-it");
    String bad = Comments.uniqueId("bad");
    String flaky = Comments.uniqueId("flaky");
    String good = Comments.uniqueId("good");
    StandInSite site = site().script(bad, 400).script(flaky, 503, 503, 503, 200);
    RecordMetadata badAt = approve(Comments.approved(bad, "exercise-and-mood", "refused by the site"), 0);
    RecordMetadata flakyAt = approve(Comments.approved(flaky, "exercise-and-mood", "site keeps failing"), 0);
    RecordMetadata goodAt = approve(Comments.approved(good, "exercise-and-mood", "accepted"), 0);

    publisher(site, group, Map.of("PUBLISHER_MAX_ATTEMPTS", "3"));
    await().atMost(Duration.ofSeconds(30)).until(() -> site.writes(good) == 1);

    assertThat(site.writes(bad)).isZero();
    assertThat(site.received(bad)).hasSize(1);
    assertThat(site.writes(flaky)).isZero();
    assertThat(site.received(flaky)).hasSize(3);

    var letters = readAll(Topics.DEAD_LETTER, bad, flaky);
    DeadLetter refused = only(values(letters, bad));
    assertThat(refused.stage()).isEqualTo("publisher");
    assertThat(refused.sourceTopic()).isEqualTo(Topics.APPROVED.name());
    assertThat(refused.partition()).isEqualTo(badAt.partition());
    assertThat(refused.offset()).isEqualTo(badAt.offset());
    assertThat(refused.reason()).contains("400", "{\"status\":400}", "1 attempt");
    assertThat(refused.value()).contains(bad, "refused by the site");
    DeadLetter gaveUp = only(values(letters, flaky));
    assertThat(gaveUp.offset()).isEqualTo(flakyAt.offset());
    assertThat(gaveUp.reason()).contains("503", "3 attempt");

    List<String> receipts = new ArrayList<>();
    for (var r : readAll(Topics.PUBLISHED, good)) {
      if (List.of(bad, flaky, good).contains(r.key())) receipts.add(r.value().id());
    }
    assertThat(receipts).containsExactly(good);
    TopicPartition tp = new TopicPartition(goodAt.topic(), goodAt.partition());
    await().atMost(Duration.ofSeconds(10)).until(() -> Long.valueOf(goodAt.offset() + 1).equals(committed(group, tp)));
  }

  @Test
  void restartMidStreamLeavesEveryCommentOnTheSiteExactlyOnce() throws Exception {
    String group = Comments.uniqueId("publisher-it");
    StandInSite site = site().failPercent(20).delay(Duration.ofMillis(15));
    List<String> ids = IntStream.range(0, 40).mapToObj(i -> Comments.uniqueId("r" + i)).toList();
    for (String id : ids) approve(Comments.approved(id, "antidepressants-neuroplasticity", "comment " + id), null);

    PublisherService first = publisher(site, group);
    await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().filter(id -> site.writes(id) > 0).count() >= 10);
    first.close();
    long deliveredBeforeRestart = ids.stream().filter(id -> site.writes(id) > 0).count();
    assertThat(deliveredBeforeRestart).isLessThan(ids.size());

    publisher(site, group);
    await().atMost(Duration.ofSeconds(40)).until(() -> ids.stream().allMatch(id -> site.writes(id) > 0));

    for (String id : ids) {
      assertThat(site.stored(id).get("id").asText()).isEqualTo(id);
      // The first instance stopped cleanly (finish the comment in hand, commit, leave), so nothing was redelivered.
      assertThat(site.writes(id)).as("writes for %s", id).isEqualTo(1);
    }
    var receipts = readAll(Topics.PUBLISHED, ids.toArray(String[]::new));
    assertThat(receipts.stream().map(ConsumerRecord::key).filter(ids::contains).distinct()).hasSize(ids.size());
  }

  private StandInSite site() throws Exception {
    StandInSite site = new StandInSite(SECRET);
    open.add(site);
    return site;
  }

  private PublisherService publisher(StandInSite site, String group) {
    return publisher(site, group, Map.of());
  }

  private PublisherService publisher(StandInSite site, String group, Map<String, String> extra) {
    Settings s = new Settings(Map.of(
        "SITE_WEBHOOK_URL", site.url().toString(),
        "SITE_WEBHOOK_SECRET", SECRET,
        "PUBLISHER_PORT", "0",
        "PUBLISHER_GROUP_ID", group,
        "PUBLISHER_BACKOFF_INITIAL", "50",
        "PUBLISHER_BACKOFF_MAX", "200",
        "PUBLISHER_REQUEST_TIMEOUT", "PT5S")).with(extra);
    PublisherConfig config = PublisherConfig.from(s);
    var service = new PublisherService(config, kafka, SiteClient.webhook(config, Clock.systemUTC()), Clock.systemUTC(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    open.add(service);
    return service.start();
  }

  private static RecordMetadata approve(CommentApproved c, Integer partition) throws Exception {
    byte[] value = Topics.APPROVED.valueSerde().toBytes(c);
    return producer.send(new ProducerRecord<>(Topics.APPROVED.name(), partition, c.id(), value)).get(10, TimeUnit.SECONDS);
  }

  private static Long committed(String group, TopicPartition tp) {
    try {
      OffsetAndMetadata o = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).get(tp);
      return o == null ? null : o.offset();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The topic's records once every one of {@code keys} is there. Called after the publisher
   * committed, so whatever it wrote for them is already in the topic; the retry only covers a
   * reader that joined too slowly to see anything within its quiet period.
   */
  private static <V> List<ConsumerRecord<String, V>> readAll(Topic<V> topic, String... keys) {
    List<List<ConsumerRecord<String, V>>> last = new ArrayList<>();
    await().atMost(Duration.ofSeconds(20)).until(() -> {
      var records = Records.readAll(kafka, topic, Duration.ofSeconds(1));
      last.add(0, records);
      return records.stream().map(ConsumerRecord::key).collect(java.util.stream.Collectors.toSet()).containsAll(List.of(keys));
    });
    return last.get(0);
  }

  private static <V> List<V> values(List<ConsumerRecord<String, V>> records, String key) {
    return records.stream().filter(r -> key.equals(r.key())).map(ConsumerRecord::value).toList();
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
