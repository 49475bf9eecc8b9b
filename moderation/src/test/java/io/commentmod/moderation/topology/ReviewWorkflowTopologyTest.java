package io.commentmod.moderation.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.ActionAudited;
import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorAction;
import io.commentmod.events.ModeratorActed;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.ReviewEscalated;
import io.commentmod.events.Route;
import io.commentmod.events.Status;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The moderator's work through the topology: undo window, claims, escalation, removal, audit, author history, overturns. */
class ReviewWorkflowTopologyTest {
  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  static final TopologyOptions OPTIONS = new TopologyOptions(
      Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofDays(7), Duration.ofDays(30));

  final FakeModerator moderator = new FakeModerator();
  final MutableClock clock = new MutableClock(T0);
  TopologyTestDriver driver;
  TestInputTopic<String, byte[]> submitted;
  TestInputTopic<String, byte[]> decisions;
  TestInputTopic<String, byte[]> actions;
  TestInputTopic<String, byte[]> published;
  TestOutputTopic<String, CommentApproved> approved;
  TestOutputTopic<String, CommentRejected> rejected;
  TestOutputTopic<String, CommentStatus> status;
  TestOutputTopic<String, CommentRetracted> retracted;
  TestOutputTopic<String, ActionAudited> audit;
  TestOutputTopic<String, ReviewEscalated> escalations;
  TestOutputTopic<String, DeadLetter> deadLetters;
  int seq;

  @BeforeEach
  void setUp() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "review-workflow-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(ModerationTopology.build(() -> moderator, clock, TopologyListener.NONE, OPTIONS), p);
    submitted = input(Topics.SUBMITTED);
    decisions = input(Topics.DECISIONS);
    actions = input(Topics.ACTIONS);
    published = input(Topics.PUBLISHED);
    approved = output(Topics.APPROVED);
    rejected = output(Topics.REJECTED);
    status = output(Topics.STATUS);
    retracted = output(Topics.RETRACTED);
    audit = output(Topics.AUDIT);
    escalations = output(Topics.ESCALATIONS);
    deadLetters = output(Topics.DEAD_LETTER);
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void decisionWaitsOutItsUndoWindowAndThenReachesThePublisher() {
    submit(comment("c1", "maybe-spam but fine"));
    decide("c1", DecisionAction.APPROVE, "maria", null);

    assertThat(approved.isEmpty()).isTrue();
    assertThat(meta("c1").pending().decision().moderator()).isEqualTo("maria");
    assertThat(meta("c1").pending().applyAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(audit.isEmpty()).as("audited once it is applied or undone").isTrue();

    tick(Duration.ofSeconds(5));
    assertThat(approved.isEmpty()).isTrue();

    tick(Duration.ofSeconds(5));
    CommentApproved out = approved.readValue();
    assertThat(out.approvedBy()).isEqualTo("maria");
    assertThat(approved.isEmpty()).isTrue();
    assertThat(queue().get("c1")).isNull();
    assertThat(metaStore().get("c1")).isNull();
    assertThat(lastStatus().status()).isEqualTo(Status.APPROVED);
    assertThat(moderator.learned).extracting(ModeratorDecided::commentId).containsExactly("c1");
    assertThat(audit.readValue()).isEqualTo(new ActionAudited("d1", "c1", "maria", "approve", null, "applied", T0));
  }

  @Test
  void undoInsideTheWindowLeavesTheCommentInItsQueueAndNothingIsPublished() {
    submit(comment("c2", "stop your pills"));
    decide("c2", DecisionAction.REJECT, "maria", "off topic");
    act("c2", ModeratorAction.UNDO, "maria", null);
    tick(Duration.ofSeconds(30));

    assertThat(rejected.isEmpty()).isTrue();
    assertThat(approved.isEmpty()).isTrue();
    assertThat(queue().get("c2")).isNotNull();
    assertThat(metaStore().get("c2")).isNull();
    assertThat(audit.readValuesToList()).extracting(ActionAudited::action, ActionAudited::reason, ActionAudited::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("reject", "off topic", "undone within the undo window; back in the queue"));
    assertThat(moderator.learned).isEmpty();

    decide("c2", DecisionAction.APPROVE, "maria", null);
    tick(Duration.ofSeconds(10));
    assertThat(approved.readValue().id()).isEqualTo("c2");
  }

  @Test
  void onlyTheDecidingModeratorCanUndoAndOnlyWhileItIsPending() {
    submit(comment("c3", "maybe-spam"));
    decide("c3", DecisionAction.REJECT, "maria", "spam");
    act("c3", ModeratorAction.UNDO, "sam", null);
    tick(Duration.ofSeconds(10));
    act("c3", ModeratorAction.UNDO, "maria", null);

    assertThat(rejected.readValue().reason()).isEqualTo("spam");
    List<ActionAudited> log = audit.readValuesToList();
    assertThat(log).extracting(ActionAudited::moderator, ActionAudited::action, ActionAudited::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("sam", "undo", "refused: the pending decision is maria's"),
        org.assertj.core.groups.Tuple.tuple("maria", "spam", "applied"),
        org.assertj.core.groups.Tuple.tuple("maria", "undo", "refused: no pending decision (status rejected)"));
  }

  @Test
  void secondDecisionWhileOneIsPendingIsIgnoredAndAudited() {
    submit(comment("c4", "maybe-spam"));
    decide("c4", DecisionAction.APPROVE, "maria", null);
    decide("c4", DecisionAction.REJECT, "sam", "off topic");
    tick(Duration.ofSeconds(10));

    assertThat(approved.readValuesToList()).hasSize(1);
    assertThat(rejected.isEmpty()).isTrue();
    assertThat(audit.readValuesToList()).extracting(ActionAudited::outcome)
        .containsExactly("ignored: approve by maria is pending", "applied");
  }

  @Test
  void claimShowsTheCommentTakenAndOthersCannotClaimOrDecideIt() {
    submit(comment("c5", "maybe-spam"));
    act("c5", ModeratorAction.CLAIM, "maria", null);
    act("c5", ModeratorAction.CLAIM, "sam", null);
    decide("c5", DecisionAction.APPROVE, "sam", null);

    ReviewMeta.Claim claim = meta("c5").claim();
    assertThat(claim.moderator()).isEqualTo("maria");
    assertThat(claim.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    assertThat(meta("c5").pending()).isNull();
    List<ActionAudited> log = audit.readValuesToList();
    assertThat(log).extracting(ActionAudited::action, ActionAudited::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("claim", "claimed for 5 min"),
        org.assertj.core.groups.Tuple.tuple("claim", "refused: claimed by maria"),
        org.assertj.core.groups.Tuple.tuple("approve", "refused: claimed by maria"));

    decide("c5", DecisionAction.APPROVE, "maria", null);
    assertThat(meta("c5").pending().decision().moderator()).isEqualTo("maria");
  }

  @Test
  void renewingOwnClaimExtendsItWithoutAnotherAuditLine() {
    submit(comment("c6", "maybe-spam"));
    act("c6", ModeratorAction.CLAIM, "maria", null);
    clock.advance(Duration.ofMinutes(2));
    act("c6", ModeratorAction.CLAIM, "maria", null);

    assertThat(meta("c6").claim().claimedAt()).isEqualTo(T0);
    assertThat(meta("c6").claim().expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(7)));
    assertThat(audit.readValuesToList()).hasSize(1);
  }

  @Test
  void claimExpiresAndTheCommentIsFreeAgain() {
    submit(comment("c7", "maybe-spam"));
    act("c7", ModeratorAction.CLAIM, "maria", null);
    tick(Duration.ofMinutes(5));

    assertThat(metaStore().get("c7")).isNull();
    act("c7", ModeratorAction.CLAIM, "sam", null);
    assertThat(meta("c7").claim().moderator()).isEqualTo("sam");
  }

  @Test
  void releaseGivesTheCommentBack() {
    submit(comment("c8", "maybe-spam"));
    act("c8", ModeratorAction.CLAIM, "maria", null);
    act("c8", ModeratorAction.RELEASE, "sam", null);
    assertThat(meta("c8").claim().moderator()).isEqualTo("maria");
    act("c8", ModeratorAction.RELEASE, "maria", null);

    assertThat(metaStore().get("c8")).isNull();
    assertThat(audit.readValuesToList()).extracting(ActionAudited::action).containsExactly("claim", "release");
  }

  @Test
  void urgentCommentWaitingPastTheAlarmIsEscalatedOnce() {
    submit(comment("c9", "there is no point going on"));
    submit(comment("c10", "stop your pills"));
    tick(Duration.ofMinutes(14));
    assertThat(escalations.isEmpty()).isTrue();

    tick(Duration.ofMinutes(1));
    tick(Duration.ofMinutes(10));

    ReviewEscalated e = escalations.readValue();
    assertThat(e.commentId()).isEqualTo("c9");
    assertThat(e.queue()).isEqualTo(Route.URGENT);
    assertThat(e.waitingSince()).isEqualTo(T0);
    assertThat(e.thresholdSeconds()).isEqualTo(900);
    assertThat(escalations.isEmpty()).isTrue();
    assertThat(meta("c9").escalatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    ActionAudited a = audit.readValue();
    assertThat(a.moderator()).isEqualTo("system");
    assertThat(a.action()).isEqualTo("escalate");
    assertThat(a.outcome()).isEqualTo("urgent comment waited over 15 min");
  }

  @Test
  void urgentCommentDecidedBeforeTheAlarmIsNeverEscalatedAndLeavesNoIndexEntry() {
    submit(comment("c9a", "there is no point going on"));
    assertThat(urgentHeldCount()).isEqualTo(1);
    decide("c9a", DecisionAction.APPROVE, "maria", null);
    tick(Duration.ofMinutes(20));

    assertThat(escalations.isEmpty()).isTrue();
    assertThat(urgentHeldCount()).isZero();
  }

  private long urgentHeldCount() {
    KeyValueStore<String, String> index = driver.getKeyValueStore(StoreNames.URGENT_HELD);
    try (var it = index.all()) {
      long n = 0;
      while (it.hasNext()) {
        it.next();
        n++;
      }
      return n;
    }
  }

  @Test
  void removingAPublishedCommentRetractsItAndMarksItRejected() {
    submit(comment("c11", "Lovely article"));
    published.pipeInput("c11", Topics.PUBLISHED.valueSerde().toBytes(new CommentPublished("c11", "art", 200, 1, T0)));
    act("c11", ModeratorAction.REMOVE, "maria", "harassment");

    CommentRetracted r = retracted.readValue();
    assertThat(r).isEqualTo(new CommentRetracted("c11", "art", "maria", "harassment", T0));
    assertThat(retracted.isEmpty()).isTrue();
    CommentStatus s = lastStatus();
    assertThat(s.status()).isEqualTo(Status.REJECTED);
    assertThat(s.reason()).isEqualTo("removed after publication: harassment");
    assertThat(audit.readValue().outcome()).isEqualTo("retracted from the site (was published)");
    RecentApproval recent = driver.<String, RecentApproval>getKeyValueStore(StoreNames.RECENT_APPROVALS).get("c11");
    assertThat(recent.status()).isEqualTo("removed");
    assertThat(recent.removedBy()).isEqualTo("maria");
    assertThat(history("reader@example.org").entries().get(0).status()).isEqualTo("removed");
  }

  @Test
  void receiptArrivingAfterARemovalKeepsTheCommentRemovedAndRetractsAgain() {
    submit(comment("c12", "Lovely article"));
    act("c12", ModeratorAction.REMOVE, "maria", "spam");
    published.pipeInput("c12", Topics.PUBLISHED.valueSerde().toBytes(new CommentPublished("c12", "art", 200, 1, T0)));

    assertThat(retracted.readValuesToList()).extracting(CommentRetracted::moderator).containsExactly("maria", "system");
    assertThat(statusStore().get("c12").status()).isEqualTo(Status.REJECTED);
  }

  @Test
  void removingACommentStillInReviewChangesNothing() {
    submit(comment("c13", "maybe-spam"));
    act("c13", ModeratorAction.REMOVE, "maria", "spam");

    assertThat(retracted.isEmpty()).isTrue();
    assertThat(queue().get("c13")).isNotNull();
    assertThat(audit.readValue().outcome()).startsWith("ignored: status is in_review");
  }

  @Test
  void authorHistoryKeepsEarlierCommentsAndHowTheyWereDecided() {
    submit(comment("c14", "first, all fine"));
    clock.advance(Duration.ofMinutes(1));
    submit(comment("c15", "maybe-spam second"));
    clock.advance(Duration.ofMinutes(1));
    decide("c15", DecisionAction.REJECT, "maria", "spam");
    tick(Duration.ofSeconds(10));
    submit(new CommentSubmitted("c16", "art", new Author("Other", "other@example.org", null, null, null), "hi", null, T0, null, null, T0));

    AuthorComments h = history("Reader@Example.org ");
    assertThat(h.entries()).extracting(AuthorComments.Entry::commentId, AuthorComments.Entry::status, AuthorComments.Entry::by,
        AuthorComments.Entry::reason).containsExactly(
            org.assertj.core.groups.Tuple.tuple("c15", "rejected", "maria", "spam"),
            org.assertj.core.groups.Tuple.tuple("c14", "approved", "auto", null));
    assertThat(h.entries().get(1).excerpt()).isEqualTo("first, all fine");
    assertThat(history("other@example.org").entries()).hasSize(1);
  }

  @Test
  void overturnsAreCountedPerCheck() {
    submit(comment("c17", "maybe-spam one"));
    submit(comment("c18", "maybe-spam two"));
    submit(comment("c19", "stop your pills"));
    decide("c17", DecisionAction.APPROVE, "maria", "not spam");
    decide("c18", DecisionAction.REJECT, "maria", "spam");
    decide("c19", DecisionAction.APPROVE, "maria", null);
    tick(Duration.ofSeconds(10));

    assertThat(driver.<String, CheckStats>getKeyValueStore(StoreNames.CHECK_STATS).get("fake")).isEqualTo(new CheckStats(3, 2));
    assertThat(moderator.learned).extracting(ModeratorDecided::reason).containsExactlyInAnyOrder("not spam", "spam", null);
  }

  @Test
  void everyDecisionAndActionIsInTheAuditStoreInTimeOrder() {
    submit(comment("c20", "maybe-spam"));
    act("c20", ModeratorAction.CLAIM, "maria", null);
    clock.advance(Duration.ofSeconds(1));
    decide("c20", DecisionAction.REJECT, "maria", "spam");
    tick(Duration.ofSeconds(10));
    clock.advance(Duration.ofSeconds(1));
    decide("c20", DecisionAction.APPROVE, "sam", null);

    List<ActionAudited> stored = new ArrayList<>();
    try (KeyValueIterator<String, ActionAudited> it = driver.<String, ActionAudited>getKeyValueStore(StoreNames.AUDIT_LOG).all()) {
      it.forEachRemaining(kv -> stored.add(kv.value));
    }
    assertThat(stored).extracting(ActionAudited::moderator, ActionAudited::action, ActionAudited::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("maria", "claim", "claimed for 5 min"),
        org.assertj.core.groups.Tuple.tuple("maria", "spam", "applied"),
        org.assertj.core.groups.Tuple.tuple("sam", "approve", "ignored: already rejected"));
    assertThat(stored).allSatisfy(e -> assertThat(e.commentId()).isEqualTo("c20"));
  }

  @Test
  void auditStoreForgetsEntriesPastRetention() {
    submit(comment("c21", "maybe-spam"));
    act("c21", ModeratorAction.CLAIM, "maria", null);
    tick(Duration.ofDays(31));

    try (KeyValueIterator<String, ActionAudited> it = driver.<String, ActionAudited>getKeyValueStore(StoreNames.AUDIT_LOG).all()) {
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void approvalsLeaveTheRecentListAndItsTimeIndexOnceOlderThanTheWindow() {
    submit(comment("c30", "Lovely article"));
    tick(Duration.ofDays(6));
    submit(comment("c31", "Thanks for writing this"));
    assertThat(count(StoreNames.RECENT_BY_TIME)).isEqualTo(2);

    tick(Duration.ofDays(1).plusMinutes(1)); // c30 is now past the 7-day window, c31 is not

    KeyValueStore<String, RecentApproval> recent = driver.getKeyValueStore(StoreNames.RECENT_APPROVALS);
    assertThat(recent.get("c30")).isNull();
    assertThat(recent.get("c31")).isNotNull();
    KeyValueStore<String, String> byTime = driver.getKeyValueStore(StoreNames.RECENT_BY_TIME);
    try (var it = byTime.all()) {
      assertThat(it.next().value).isEqualTo("c31");
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void approvalsKeptWithoutATimeIndexAreIndexedAndPrunedAtTheFirstPrune() {
    // As left by a version without the index: approvals in the store, an empty index.
    KeyValueStore<String, RecentApproval> recent = driver.getKeyValueStore(StoreNames.RECENT_APPROVALS);
    recent.put("old", new RecentApproval("old", "art", "Reader", "old comment", "auto", T0.minus(Duration.ofDays(8)), "published", null, null));
    recent.put("new", new RecentApproval("new", "art", "Reader", "new comment", "auto", T0.minus(Duration.ofDays(1)), "published", null, null));

    tick(Duration.ofMinutes(1));

    assertThat(recent.get("old")).isNull();
    assertThat(recent.get("new")).isNotNull();
    assertThat(count(StoreNames.RECENT_BY_TIME)).isEqualTo(1);
  }

  private long count(String store) {
    KeyValueStore<String, Object> s = driver.getKeyValueStore(store);
    try (var it = s.all()) {
      long n = 0;
      for (; it.hasNext(); it.next()) n++;
      return n;
    }
  }

  @Test
  void undecodableActionIsDeadLettered() {
    actions.pipeInput("c22", "{nope".getBytes(StandardCharsets.UTF_8));

    DeadLetter dl = deadLetters.readValue();
    assertThat(dl.stage()).isEqualTo("action");
    assertThat(dl.reason()).startsWith("cannot decode ModeratorActed");
  }

  private void tick(Duration d) {
    clock.advance(d);
    driver.advanceWallClockTime(Duration.ofSeconds(1));
  }

  private ReviewMeta meta(String id) {
    return metaStore().get(id);
  }

  private AuthorComments history(String email) {
    return driver.<String, AuthorComments>getKeyValueStore(StoreNames.AUTHOR_HISTORY)
        .get(AuthorKeys.of(new Author("x", email, null, null, null)));
  }

  private CommentStatus lastStatus() {
    List<CommentStatus> all = status.readValuesToList();
    return all.get(all.size() - 1);
  }

  private KeyValueStore<String, ReviewMeta> metaStore() {
    return driver.getKeyValueStore(StoreNames.REVIEW_META);
  }

  private KeyValueStore<String, io.commentmod.events.CommentModerated> queue() {
    return driver.getKeyValueStore(StoreNames.REVIEW_QUEUE);
  }

  private KeyValueStore<String, CommentStatus> statusStore() {
    return driver.getKeyValueStore(StoreNames.COMMENT_STATUS);
  }

  private void submit(CommentSubmitted c) {
    submitted.pipeInput(c.id(), Topics.SUBMITTED.valueSerde().toBytes(c));
  }

  private void decide(String id, DecisionAction action, String who, String reason) {
    var d = new ModeratorDecided("d" + (++seq), id, action, who, reason, clock.instant());
    decisions.pipeInput(id, Topics.DECISIONS.valueSerde().toBytes(d));
  }

  private void act(String id, ModeratorAction action, String who, String reason) {
    var a = new ModeratorActed("a" + (++seq), id, action, who, reason, clock.instant());
    actions.pipeInput(id, Topics.ACTIONS.valueSerde().toBytes(a));
  }

  private CommentSubmitted comment(String id, String body) {
    Instant now = clock.instant();
    return new CommentSubmitted(id, "art", new Author("Reader", "reader@example.org", null, null, null), body, null, now, null, null, now);
  }

  private TestInputTopic<String, byte[]> input(Topic<?> t) {
    return driver.createInputTopic(t.name(), new StringSerializer(), new ByteArraySerializer());
  }

  private <V> TestOutputTopic<String, V> output(Topic<V> t) {
    return driver.createOutputTopic(t.name(), new StringDeserializer(), t.valueSerde().deserializer());
  }
}
