package io.commentmod.moderation.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Route;
import io.commentmod.events.Status;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModerationTopologyTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  final FakeModerator moderator = new FakeModerator();
  TopologyTestDriver driver;
  TestInputTopic<String, byte[]> submitted;
  TestInputTopic<String, byte[]> decisions;
  TestInputTopic<String, byte[]> published;
  TestOutputTopic<String, CommentModerated> verdicts;
  TestOutputTopic<String, CommentApproved> approved;
  TestOutputTopic<String, CommentRejected> rejected;
  TestOutputTopic<String, CommentStatus> status;
  TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeEach
  void setUp() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(ModerationTopology.build(() -> moderator, Clock.fixed(NOW, ZoneOffset.UTC)), p);
    submitted = input(Topics.SUBMITTED);
    decisions = input(Topics.DECISIONS);
    published = input(Topics.PUBLISHED);
    verdicts = output(Topics.VERDICTS);
    approved = output(Topics.APPROVED);
    rejected = output(Topics.REJECTED);
    status = output(Topics.STATUS);
    deadLetters = output(Topics.DEAD_LETTER);
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void cleanCommentIsApprovedWithOneVerdictAndStatus() {
    submit(comment("c1", "Lovely article, thank you"));

    CommentModerated v = verdicts.readValue();
    assertThat(v.id()).isEqualTo("c1");
    assertThat(v.route()).isEqualTo(Route.APPROVED);
    assertThat(v.policyVersion()).isEqualTo("test-1");
    assertThat(verdicts.isEmpty()).isTrue();
    CommentApproved a = approved.readValue();
    assertThat(a.id()).isEqualTo("c1");
    assertThat(a.approvedBy()).isEqualTo("auto");
    assertThat(a.comment().body()).isEqualTo("Lovely article, thank you");
    assertThat(approved.isEmpty()).isTrue();
    assertThat(status.readValue().status()).isEqualTo(Status.APPROVED);
    assertThat(rejected.isEmpty()).isTrue();
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void heldCommentWaitsInItsQueueUntilApproved() {
    submit(comment("c2", "stop your pills now"));

    assertThat(verdicts.readValue().route()).isEqualTo(Route.MEDICAL);
    CommentStatus s = status.readValue();
    assertThat(s.status()).isEqualTo(Status.IN_REVIEW);
    assertThat(s.queue()).isEqualTo(Route.MEDICAL);
    assertThat(s.flags()).hasSize(1);
    assertThat(reviewQueue().get("c2")).isNotNull();
    assertThat(approved.isEmpty()).isTrue();

    decide("c2", DecisionAction.APPROVE);

    CommentApproved a = approved.readValue();
    assertThat(a.approvedBy()).isEqualTo("maria");
    assertThat(a.comment().body()).isEqualTo("stop your pills now");
    assertThat(reviewQueue().get("c2")).isNull();
    assertThat(status.readValue().status()).isEqualTo(Status.APPROVED);
    assertThat(moderator.learned).extracting(ModeratorDecided::commentId).containsExactly("c2");
  }

  @Test
  void rejectedByModeratorIsNeverApproved() {
    submit(comment("c3", "maybe-spam here"));
    status.readValue();
    decide("c3", DecisionAction.REJECT);

    CommentRejected r = rejected.readValue();
    assertThat(r.rejectedBy()).isEqualTo("maria");
    assertThat(r.reason()).isEqualTo("off topic");
    assertThat(approved.isEmpty()).isTrue();
    CommentStatus s = status.readValue();
    assertThat(s.status()).isEqualTo(Status.REJECTED);
    assertThat(s.reason()).isEqualTo("off topic");
  }

  @Test
  void secondDecisionOnADecidedCommentChangesNothing() {
    submit(comment("c4", "maybe-spam again"));
    decide("c4", DecisionAction.APPROVE);
    decide("c4", DecisionAction.REJECT);

    assertThat(approved.readValuesToList()).hasSize(1);
    assertThat(rejected.isEmpty()).isTrue();
    assertThat(deadLetters.isEmpty()).isTrue();
  }

  @Test
  void highConfidenceSpamIsRejectedAutomatically() {
    submit(comment("c5", "BUY cheap pills"));

    assertThat(verdicts.readValue().action()).isEqualTo(Action.REJECT);
    assertThat(rejected.readValue().rejectedBy()).isEqualTo("auto");
    assertThat(status.readValue().status()).isEqualTo(Status.REJECTED);
    assertThat(approved.isEmpty()).isTrue();
    assertThat(reviewQueue().get("c5")).isNull();
  }

  @Test
  void repeatedSubmissionOfTheSameIdGetsOneVerdict() {
    submit(comment("c6", "hello"));
    submit(comment("c6", "hello"));

    assertThat(verdicts.readValuesToList()).hasSize(1);
    assertThat(approved.readValuesToList()).hasSize(1);
  }

  @Test
  void undecodableRecordIsDeadLetteredAndTheNextOneStillFlows() {
    submitted.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
    submit(comment("c7", "after the poison"));

    DeadLetter dl = deadLetters.readValue();
    assertThat(dl.sourceTopic()).isEqualTo(Topics.SUBMITTED.name());
    assertThat(dl.key()).isEqualTo("bad");
    assertThat(dl.value()).isEqualTo("{not json");
    assertThat(dl.reason()).startsWith("cannot decode CommentSubmitted");
    assertThat(verdicts.readValue().id()).isEqualTo("c7");
  }

  @Test
  void whatIsLoggedWhileARecordIsHandledCarriesItsCommentIdInTheLoggingContext() {
    var logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(DeadLetters.class);
    var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
    lines.start();
    logger.addAppender(lines);
    try {
      submitted.pipeInput("c7-poison", "{not json".getBytes(StandardCharsets.UTF_8));
    } finally {
      logger.detachAppender(lines);
    }
    assertThat(lines.list).hasSize(1);
    assertThat(lines.list.get(0).getMDCPropertyMap()).containsEntry("commentId", "c7-poison");
    assertThat(org.slf4j.MDC.get("commentId")).as("cleared after the record").isNull();
  }

    @Test
  void submissionMissingItsBodyIsDeadLetteredNamingTheField() {
    submitted.pipeInput("c8", "{\"id\":\"c8\",\"articleId\":\"a\",\"author\":{\"name\":\"x\",\"email\":\"x@y.z\"}}".getBytes(StandardCharsets.UTF_8));

    assertThat(deadLetters.readValue().reason()).isEqualTo("missing field: body");
    assertThat(verdicts.isEmpty()).isTrue();
  }

  @Test
  void bodyOverIngestsLimitIsDeadLetteredNotModerated() {
    String longest = "a".repeat(CommentSubmitted.MAX_BODY_CODE_POINTS);
    submit(comment("c8a", longest + "b"));
    submit(comment("c8b", longest));

    assertThat(deadLetters.readValue().reason()).isEqualTo("body is 10001 code points, over the limit of 10000");
    assertThat(verdicts.readValue().id()).isEqualTo("c8b");
    assertThat(verdicts.isEmpty()).isTrue();
  }

  @Test
  void keyThatDoesNotMatchTheIdIsDeadLettered() {
    submitted.pipeInput("other", Topics.SUBMITTED.valueSerde().toBytes(comment("c9", "hi")));

    assertThat(deadLetters.readValue().reason()).contains("does not match id");
    assertThat(verdicts.isEmpty()).isTrue();
  }

  @Test
  void moderatorFailureDeadLettersThatCommentOnly() {
    submit(comment("c10", "explode"));
    submit(comment("c11", "fine"));

    assertThat(deadLetters.readValue().reason()).contains("moderator failed").contains("boom");
    assertThat(verdicts.readValue().id()).isEqualTo("c11");
  }

  @Test
  void receiptMarksTheCommentPublished() {
    submit(comment("c12", "nice"));
    status.readValue();
    published.pipeInput("c12", Topics.PUBLISHED.valueSerde().toBytes(new CommentPublished("c12", "art", 200, 1, NOW)));

    CommentStatus s = status.readValue();
    assertThat(s.status()).isEqualTo(Status.PUBLISHED);
    assertThat(s.articleId()).isEqualTo("art");
    assertThat(statusStore().get("c12").status()).isEqualTo(Status.PUBLISHED);
  }

  @Test
  void decisionForAnUnknownCommentIsDeadLettered() {
    decide("nope", DecisionAction.APPROVE);

    assertThat(deadLetters.readValue().reason()).isEqualTo("no comment with id nope");
  }

  @Test
  void moderatorStateIsKeptInAStateStore() {
    submit(comment("c13", "one"));
    submit(comment("c14", "two"));

    KeyValueStore<String, Integer> seen = driver.getKeyValueStore(FakeModerator.SEEN.name());
    assertThat(seen.get("reader@example.org")).isEqualTo(2);
  }

  private KeyValueStore<String, CommentModerated> reviewQueue() {
    return driver.getKeyValueStore(StoreNames.REVIEW_QUEUE);
  }

  private KeyValueStore<String, CommentStatus> statusStore() {
    return driver.getKeyValueStore(StoreNames.COMMENT_STATUS);
  }

  private void submit(CommentSubmitted c) {
    submitted.pipeInput(c.id(), Topics.SUBMITTED.valueSerde().toBytes(c));
  }

  private void decide(String id, DecisionAction action) {
    var d = new ModeratorDecided("d-" + id + action, id, action, "maria", action == DecisionAction.REJECT ? "off topic" : null, NOW);
    decisions.pipeInput(id, Topics.DECISIONS.valueSerde().toBytes(d));
  }

  static CommentSubmitted comment(String id, String body) {
    return new CommentSubmitted(id, "art", new Author("Reader", "reader@example.org", null, null, null), body, null, NOW, null, null, NOW);
  }

  private TestInputTopic<String, byte[]> input(Topic<?> t) {
    return driver.createInputTopic(t.name(), new StringSerializer(), new ByteArraySerializer());
  }

  private <V> TestOutputTopic<String, V> output(Topic<V> t) {
    return driver.createOutputTopic(t.name(), new StringDeserializer(), t.valueSerde().deserializer());
  }
}
