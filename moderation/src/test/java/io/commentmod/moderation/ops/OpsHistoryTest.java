package io.commentmod.moderation.ops;

import io.commentmod.moderation.topology.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Route;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsHistoryTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:30Z");
  final OpsHistory history = new OpsHistory(new MutableClock(NOW));

  @Test
  void verdictsAreCountedByRouteWithAutoRejectedApart() {
    history.verdict(verdict(Route.APPROVED, Action.APPROVE), NOW);
    history.verdict(verdict(Route.APPROVED, Action.APPROVE), NOW);
    history.verdict(verdict(Route.MEDICAL, Action.REVIEW), NOW);
    history.verdict(verdict(Route.SPAM, Action.REJECT), NOW.minus(Duration.ofMinutes(1)));

    OpsHistory.Chart volume = chart("volume");
    assertThat(volume.lines()).extracting(OpsHistory.Line::name)
        .containsExactly("approved", "urgent", "medical", "spam", "auto-rejected");
    assertThat(last(volume, "approved", 0)).isEqualTo(2);
    assertThat(last(volume, "medical", 0)).isEqualTo(1);
    assertThat(last(volume, "spam", 0)).isZero();
    assertThat(last(volume, "auto-rejected", 1)).isEqualTo(1);
  }

  @Test
  void queueSamplesGiveDepthAndOldestWaitPerQueue() {
    history.queues(Map.of(Route.URGENT, 2L, Route.APPROVED, 5L), Map.of(Route.URGENT, 600L, Route.APPROVED, 30L), NOW);

    assertThat(last(chart("queues"), "urgent", 0)).isEqualTo(2);
    assertThat(last(chart("queues"), "medical", 0)).isZero();
    assertThat(last(chart("queues"), "unflagged", 0)).isEqualTo(5);
    assertThat(last(chart("waiting"), "urgent", 0)).isEqualTo(600);
    assertThat(line(chart("waiting"), "urgent").get(358)).isNull();
  }

  @Test
  void theSlowestModeratorDecisionOfEachMinuteIsCountedFromSubmissionAndAutomaticOnesAreNot() {
    history.decided("maria", NOW.minusSeconds(300), NOW);
    history.decided("sam", NOW.minusSeconds(90), NOW);
    history.decided("auto", NOW.minusSeconds(5000), NOW);
    history.decided("sam", null, NOW);

    OpsHistory.Chart waiting = chart("waiting");
    assertThat(waiting.lines()).extracting(OpsHistory.Line::name)
        .containsExactly("urgent", "medical", "spam", "unflagged", "slowest decision");
    assertThat(last(waiting, "slowest decision", 0)).isEqualTo(300);
    assertThat(line(waiting, "slowest decision").get(358)).isNull();
  }

  @Test
  void publishingShowsReceiptsRetriesAndDeadLettersByStage() {
    history.published(new CommentPublished("c1", "a", 201, 1, NOW), NOW);
    history.published(new CommentPublished("c2", "a", 201, 4, NOW), NOW);
    history.deadLetter(deadLetter("publisher"), NOW);
    history.deadLetter(deadLetter("moderation"), NOW);
    history.deadLetter(deadLetter("receipt"), NOW);

    OpsHistory.Chart p = chart("publishing");
    assertThat(last(p, "published", 0)).isEqualTo(2);
    assertThat(last(p, "retries", 0)).isEqualTo(3);
    assertThat(last(p, "publisher dead letters", 0)).isEqualTo(1);
    assertThat(last(p, "other dead letters", 0)).isEqualTo(2);
  }

  @Test
  void everyChartCoversSixHoursOfMinutes() {
    OpsHistory.Charts c = history.charts();
    assertThat(c.bucketSeconds()).isEqualTo(60);
    assertThat(c.buckets()).isEqualTo(360);
    assertThat(c.start()).isEqualTo(Instant.parse("2026-11-28T04:01:00Z"));
    assertThat(c.charts()).extracting(OpsHistory.Chart::id).containsExactly("volume", "queues", "waiting", "publishing");
    c.charts().forEach(ch -> ch.lines().forEach(l -> assertThat(l.values()).hasSize(360)));
  }

  private OpsHistory.Chart chart(String id) {
    return history.charts().charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Long> line(OpsHistory.Chart c, String name) {
    return c.lines().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow().values();
  }

  /** The value {@code back} buckets before the current one. */
  private static long last(OpsHistory.Chart c, String name, int back) {
    List<Long> v = line(c, name);
    return v.get(v.size() - 1 - back);
  }

  private static CommentModerated verdict(Route route, Action action) {
    var c = new CommentSubmitted("c", "a", new Author("n", "e@example.org", null, null, null), "body", null, NOW, null, null, NOW);
    return new CommentModerated("c", c, route, action, List.of(), "v1", NOW);
  }

  private static DeadLetter deadLetter(String stage) {
    return new DeadLetter("t", 0, 1L, "k", "v", "r", stage, NOW);
  }
}
