package io.commentmod.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Json;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Route;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.standalone.Standalone;
import io.commentmod.testkit.Records;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole standalone pipeline with its own broker (poison records must not reach the broker
 * other tests share): poison on every input topic, untrusted text end to end, and the benchmark
 * harness itself against a running pipeline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandalonePipelineIT {
  private static final String KEY = "local-dev-key";
  private static final int HUGE = 900_000;

  @TempDir static Path dataDir;
  private Standalone app;
  private KafkaSettings kafka;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  void start() {
    app = Standalone.create(new Settings(Map.of("DATA_DIR", dataDir.toString(), "KAFKA_PORT", "0", "INGEST_PORT", "0",
        "CONSOLE_PORT", "0", "PUBLISHER_PORT", "0", "SITE_PORT", "0")), Clock.systemUTC()).start();
    kafka = KafkaSettings.of(app.bootstrapServers());
  }

  @AfterAll
  void stop() {
    if (app != null) app.close();
  }

  @Test
  void poisonOnEveryInputTopicIsDeadLetteredWithItsReasonAndCleanCommentsKeepFlowing() throws Exception {
    Map<String, byte[]> submitted = new LinkedHashMap<>();
    String p = run + "-poison-";
    submitted.put(p + "submitted-broken", utf8("{\"id\":\"" + p + "submitted-broken\",\"body\":\"unterminated"));
    submitted.put(p + "submitted-wrong-types", utf8("{\"id\":\"" + p + "submitted-wrong-types\",\"articleId\":42,\"author\":\"Ada\",\"body\":[1,2]}"));
    submitted.put(p + "submitted-missing-fields", utf8("{\"id\":\"" + p + "submitted-missing-fields\"}"));
    submitted.put(p + "submitted-key-mismatch", event(comment("someone-else", "hello")));
    submitted.put(p + "submitted-tombstone", null);
    submitted.put(p + "submitted-huge-garbage", utf8("{\"body\":\"" + "x".repeat(HUGE)));

    Map<String, byte[]> decisions = new LinkedHashMap<>();
    decisions.put(p + "decision-broken", utf8("{\"commentId\":"));
    decisions.put(p + "decision-wrong-action", utf8("{\"decisionId\":\"d\",\"commentId\":\"" + p + "decision-wrong-action\",\"action\":\"maybe\",\"moderator\":\"m\"}"));
    decisions.put(p + "decision-missing-fields", utf8("{\"decisionId\":\"d\"}"));
    decisions.put(p + "decision-huge", utf8("[" + "1,".repeat(HUGE / 2) + "1"));

    Map<String, byte[]> published = new LinkedHashMap<>();
    published.put(p + "published-broken", utf8("not json at all"));
    published.put(p + "published-wrong-types", utf8("{\"id\":{\"nested\":true},\"siteStatus\":\"two hundred\"}"));
    published.put(p + "published-key-mismatch", utf8("{\"id\":\"another-id\",\"articleId\":\"a\",\"siteStatus\":201,\"attempts\":1}"));
    published.put(p + "published-huge", utf8("\"" + "y".repeat(HUGE) + "\""));

    Map<String, byte[]> approved = new LinkedHashMap<>();
    approved.put(p + "approved-broken", utf8("{{{"));
    approved.put(p + "approved-no-comment", utf8("{\"id\":\"" + p + "approved-no-comment\",\"approvedBy\":\"auto\"}"));
    approved.put(p + "approved-huge-body", Topics.APPROVED.valueSerde().toBytes(
        new CommentApproved(p + "approved-huge-body", comment(p + "approved-huge-body", "z".repeat(HUGE - 1000)), "auto", Instant.now())));

    Map<String, String> sourceOf = new HashMap<>();
    try (KafkaProducer<String, byte[]> producer = producer()) {
      send(producer, Topics.SUBMITTED.name(), submitted, sourceOf);
      send(producer, Topics.DECISIONS.name(), decisions, sourceOf);
      send(producer, Topics.PUBLISHED.name(), published, sourceOf);
      send(producer, Topics.APPROVED.name(), approved, sourceOf);
    }

    // Clean comments after the poison: every one gets its verdict, the poison did not stop anything.
    String cleanRun = run + "-after-poison";
    try (VerdictCounter verdicts = VerdictCounter.verdicts(kafka, cleanRun + "-");
        VerdictCounter dead = new VerdictCounter(kafka, Topics.DEAD_LETTER.name(), p);
        SteadyLoad load = SteadyLoad.start(kafka, cleanRun, 300, 150)) {
      load.awaitSent();
      assertThat(verdicts.awaitAll(load.ids(), Duration.ofSeconds(60))).as("verdicts for the comments sent after the poison").isTrue();
      assertThat(dead.awaitAll(sourceOf.keySet(), Duration.ofSeconds(60))).as("a dead letter for every poison record").isTrue();
      Thread.sleep(1000);
      assertThat(dead.counts()).as("dead letters per poison record").allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
    }

    Map<String, DeadLetter> letters = Records.readRaw(kafka, Topics.DEAD_LETTER.name(), Duration.ofSeconds(2)).stream()
        .filter(r -> r.key() != null && r.key().startsWith(p))
        .collect(Collectors.toMap(ConsumerRecord::key, r -> Topics.DEAD_LETTER.valueSerde().fromBytes(r.value()), (a, b) -> a));
    assertThat(letters.keySet()).containsExactlyInAnyOrderElementsOf(sourceOf.keySet());
    letters.forEach((key, letter) -> {
      assertThat(letter.sourceTopic()).as(key).isEqualTo(sourceOf.get(key));
      assertThat(letter.reason()).as(key).isNotBlank();
      assertThat(letter.stage()).as(key).isNotBlank();
      if (!letter.stage().equals("publisher")) { // the publisher keeps a decodable event whole, for redrive
        assertThat(letter.value() == null ? 0 : letter.value().length()).as(key).isLessThanOrEqualTo(DeadLetter.MAX_EXCERPT + 1);
      }
    });
    assertThat(Records.readRaw(kafka, Topics.VERDICTS.name(), Duration.ofSeconds(2)))
        .as("no verdict for any poison record").noneMatch(r -> r.key() != null && r.key().startsWith(p));
  }

  @Test
  void markupInCommentsIsStoredAndReturnedLiterallyEverywhere() throws Exception {
    List<String> bodies = List.of(
        "<script>alert('xss')</script> Thank you for this article. " + run,
        "<img src=x onerror=alert(document.cookie)> The study design was clear. " + run,
        "\"><svg onload=alert(1)> I shared it with my sister. " + run,
        "</p><iframe src=\"javascript:alert(1)\"></iframe> Really helpful. " + run,
        "{{constructor.constructor('alert(1)')()}} &lt;b&gt;kind&lt;/b&gt; &amp; careful. " + run);
    String ingest = "http://localhost:" + app.ingestPort();
    Map<String, String> idToBody = new LinkedHashMap<>();
    for (String body : bodies) {
      String json = "{\"articleId\":\"exercise-and-mood\",\"author\":{\"name\":\"<b>Mallory</b>\",\"email\":\"mallory@example.org\"},\"body\":"
          + CommentMix.quote(body) + "}";
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingest + "/api/v1/comments"))
          .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
      idToBody.put(HttpLoad.idOf(r.body()), body);
    }

    // The event and the verdict carry the text byte for byte.
    List<CommentModerated> verdicts = new ArrayList<>();
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      verdicts.clear();
      Records.readRaw(kafka, Topics.VERDICTS.name(), Duration.ofSeconds(1)).stream()
          .filter(v -> idToBody.containsKey(v.key())).forEach(v -> verdicts.add(Topics.VERDICTS.valueSerde().fromBytes(v.value())));
      assertThat(verdicts).hasSize(bodies.size());
    });
    for (CommentModerated v : verdicts) {
      assertThat(v.comment().body()).isEqualTo(idToBody.get(v.id()));
      assertThat(v.comment().author().name()).isEqualTo("<b>Mallory</b>");
    }
    Map<String, String> onTopic = Records.readRaw(kafka, Topics.SUBMITTED.name(), Duration.ofSeconds(1)).stream()
        .filter(r -> idToBody.containsKey(r.key()))
        .collect(Collectors.toMap(ConsumerRecord::key, r -> Topics.SUBMITTED.valueSerde().fromBytes(r.value()).body(), (a, b) -> a));
    assertThat(onTopic).isEqualTo(idToBody);

    // Whatever the checks made of them, a moderator approves the held ones, so all reach the site.
    try (KafkaProducer<String, byte[]> producer = producer()) {
      for (CommentModerated v : verdicts) {
        if (v.route() == Route.APPROVED) continue;
        ModeratorDecided d = new ModeratorDecided(UUID.randomUUID().toString(), v.id(), DecisionAction.APPROVE, "xss-test", null, Instant.now());
        producer.send(new ProducerRecord<>(Topics.DECISIONS.name(), v.id(), Topics.DECISIONS.valueSerde().toBytes(d))).get();
      }
    }
    String site = "http://localhost:" + app.sitePort();
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(site + "/api/articles/exercise-and-mood/comments")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
      Map<String, String> shown = new HashMap<>();
      for (JsonNode c : Json.mapper().readTree(r.body())) shown.put(c.path("id").asText(), c.path("body").asText());
      for (var e : idToBody.entrySet()) assertThat(shown.get(e.getKey())).as("site copy of %s", e.getKey()).isEqualTo(e.getValue());
    });

    // The page itself never carries comment text, and the script that renders it only ever sets textContent.
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(site + "/articles/exercise-and-mood")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).doesNotContain(run).doesNotContain("onerror=alert").doesNotContain("<script>alert");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
    String script = http.send(HttpRequest.newBuilder(URI.create(site + "/assets/article.js")).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(script).contains("textContent").doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
  }

  @Test
  void theBenchmarkHarnessMeasuresARunningPipeline() throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    var print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
    Options o = new Options(new String[] {"topic", "--bootstrap", app.bootstrapServers(), "--count", "500", "--warmup", "0", "--quiet-wait", "0"});
    Scenarios.plan(o).run(print);
    Options h = new Options(new String[] {"http", "--bootstrap", app.bootstrapServers(), "--ingest-url", "http://localhost:" + app.ingestPort(),
        "--api-key", KEY, "--duration", "3", "--rate", "100", "--connections", "4", "--warmup", "0", "--quiet-wait", "0"});
    Scenarios.plan(h).run(print);
    String report = out.toString(StandardCharsets.UTF_8);
    assertThat(report).contains("[topic] 500 records (500 valid)").contains("500 verdicts in").contains("submission->verdict n=500 p50");
    assertThat(report).containsPattern("\\[http\\] POST /api/v1/comments over 4 connections at 100/s for [0-9.]+ s: [0-9,]+ answered \\{202=")
        .contains("acceptance (request due -> 202)   n=").contains("submission->publication receipt");
  }

  /**
   * The checks' cost grows faster than linearly with length, so a well-formed 900 kB comment written
   * straight to the topic (ingest refuses anything over 10,000 code points) must be dead-lettered by
   * the topology, not moderated: otherwise it holds the stream thread for minutes. Runs its own
   * pipeline, so that a regression stalls only this test.
   */
  @Test
  void aWellFormedCommentWithAHugeBodyIsDeadLetteredAndDoesNotStallModeration(@TempDir Path ownDir) throws Exception {
    try (Standalone own = Standalone.create(new Settings(Map.of("DATA_DIR", ownDir.toString(), "KAFKA_PORT", "0", "INGEST_PORT", "0",
        "CONSOLE_PORT", "0", "PUBLISHER_PORT", "0", "SITE_PORT", "0")), Clock.systemUTC()).start()) {
      KafkaSettings ownKafka = KafkaSettings.of(own.bootstrapServers());
      String key = run + "-huge-body";
      try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(TopicLoad.producerConfig(ownKafka), new StringSerializer(),
          new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), key, event(comment(key, "word ".repeat(HUGE / 5))))).get();
      }
      try (VerdictCounter dead = new VerdictCounter(ownKafka, Topics.DEAD_LETTER.name(), key);
          VerdictCounter verdicts = VerdictCounter.verdicts(ownKafka, run + "-behind-");
          SteadyLoad behind = SteadyLoad.start(ownKafka, run + "-behind", 100, 100)) {
        behind.awaitSent();
        assertThat(dead.awaitAll(List.of(key), Duration.ofSeconds(30))).as("the huge comment dead-lettered").isTrue();
        assertThat(verdicts.awaitAll(behind.ids(), Duration.ofSeconds(30))).as("the comments behind it moderated").isTrue();
      }
    }
  }

  /**
   * An approved comment just under Kafka's 1 MiB record limit: the publisher's dead letter keeps the
   * whole value, so the dead letter is over the limit. Does the publisher still move on?
   */
  @Test
  void anApprovedCommentNearTheRecordSizeLimitIsDeadLetteredAndDeliveryContinues() throws Exception {
    String key = run + "-approved-near-limit";
    CommentApproved near = new CommentApproved(key, comment(key, ""), "auto", Instant.now());
    int overhead = Topics.APPROVED.valueSerde().toBytes(near).length;
    CommentApproved big = new CommentApproved(key, comment(key, "q".repeat(1_047_000 - overhead)), "auto", Instant.now());
    try (KafkaProducer<String, byte[]> producer = producer()) {
      producer.send(new ProducerRecord<>(Topics.APPROVED.name(), key, Topics.APPROVED.valueSerde().toBytes(big))).get();
    }
    String after = run + "-after-near-limit";
    try (VerdictCounter dead = new VerdictCounter(kafka, Topics.DEAD_LETTER.name(), key);
        VerdictCounter receipts = new VerdictCounter(kafka, Topics.PUBLISHED.name(), after);
        KafkaProducer<String, byte[]> producer = producer()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String id = after + "-" + i;
        CommentApproved ok = new CommentApproved(id, comment(id, "A fine comment " + i), "auto", Instant.now());
        producer.send(new ProducerRecord<>(Topics.APPROVED.name(), id, Topics.APPROVED.valueSerde().toBytes(ok))).get();
        ids.add(id);
      }
      assertThat(dead.awaitAll(List.of(key), Duration.ofSeconds(30))).as("the oversized approved comment dead-lettered").isTrue();
      assertThat(receipts.awaitAll(ids, Duration.ofSeconds(30))).as("approved comments behind it still published").isTrue();
    }
  }

  private KafkaProducer<String, byte[]> producer() {
    return new KafkaProducer<>(TopicLoad.producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
  }

  private static void send(KafkaProducer<String, byte[]> producer, String topic, Map<String, byte[]> records, Map<String, String> sourceOf)
      throws Exception {
    for (var e : records.entrySet()) {
      producer.send(new ProducerRecord<>(topic, e.getKey(), e.getValue())).get();
      sourceOf.put(e.getKey(), topic);
    }
  }

  private static CommentSubmitted comment(String id, String body) {
    Instant now = Instant.now();
    return new CommentSubmitted(id, "exercise-and-mood", new Author("Poison Test", "poison@example.org", null, null, null), body, null, now,
        null, null, now);
  }

  private static byte[] event(CommentSubmitted c) {
    return Topics.SUBMITTED.valueSerde().toBytes(c);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
