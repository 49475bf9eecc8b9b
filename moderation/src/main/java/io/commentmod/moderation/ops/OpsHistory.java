package io.commentmod.moderation.ops;

import io.commentmod.events.Action;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Route;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations page's numbers for the last six hours in one-minute buckets: comments by route
 * (auto-rejected apart), review-queue depth and the oldest waiting comment per queue, the slowest
 * moderator decision (submission to decision), and publishing with its failures (retries,
 * publisher dead letters, other dead letters).
 */
public final class OpsHistory {
  public static final Duration BUCKET = Duration.ofMinutes(1);
  public static final int BUCKETS = 360;
  /** Dead letters written by the publisher carry this stage; every other stage is the pipeline's. */
  static final String PUBLISHER_STAGE = "publisher";
  /** Who approved or rejected a comment the pipeline decided without a moderator. */
  static final String AUTO = "auto";

  static final List<String> ROUTES = List.of("approved", "urgent", "medical", "spam", "auto-rejected");
  static final List<Route> QUEUES = List.of(Route.URGENT, Route.MEDICAL, Route.SPAM, Route.APPROVED);
  static final String SLOWEST_DECISION = "slowest decision";
  static final List<String> PUBLISHING = List.of("published", "retries", "publisher dead letters", "other dead letters");

  private final TimeSeries series;

  public OpsHistory(Clock clock) {
    this(new TimeSeries(clock, BUCKET, BUCKETS));
  }

  OpsHistory(TimeSeries series) {
    this.series = series;
    for (String r : ROUTES) series.declareCount("route:" + r);
    for (Route q : QUEUES) {
      series.declareSample("depth:" + queueName(q));
      series.declareSample("oldest:" + queueName(q));
    }
    series.declareSample("oldest:" + SLOWEST_DECISION);
    for (String p : PUBLISHING) series.declareCount("publishing:" + p);
  }

  /** A verdict, counted under its route, or under auto-rejected when the pipeline rejected it outright. */
  public void verdict(CommentModerated v, Instant at) {
    String line = v.action() == Action.REJECT ? "auto-rejected" : v.route().wire();
    series.add("route:" + line, at, 1);
  }

  /**
   * A comment approved or rejected by {@code by} at {@code at}: a moderator's decision (not "auto")
   * counts as waiting from ingest's {@code receivedAt} to the decision.
   */
  public void decided(String by, Instant receivedAt, Instant at) {
    if (by == null || AUTO.equals(by) || receivedAt == null || at.isBefore(receivedAt)) return;
    series.sample("oldest:" + SLOWEST_DECISION, at, Duration.between(receivedAt, at).toSeconds());
  }

  /** A receipt: the site took the comment, after {@code attempts - 1} retries. */
  public void published(CommentPublished p, Instant at) {
    series.add("publishing:published", at, 1);
    if (p.attempts() > 1) series.add("publishing:retries", at, p.attempts() - 1L);
  }

  public void deadLetter(DeadLetter d, Instant at) {
    series.add(PUBLISHER_STAGE.equals(d.stage()) ? "publishing:publisher dead letters" : "publishing:other dead letters", at, 1);
  }

  /** One look at the queues: how many comments wait in each and how long the oldest has waited. */
  public void queues(Map<Route, Long> depth, Map<Route, Long> oldestSeconds, Instant at) {
    for (Route q : QUEUES) {
      series.sample("depth:" + queueName(q), at, depth.getOrDefault(q, 0L));
      series.sample("oldest:" + queueName(q), at, oldestSeconds.getOrDefault(q, 0L));
    }
  }

  public Charts charts() {
    TimeSeries.Snapshot s = series.snapshot();
    List<Chart> charts = List.of(
        chart(s, "volume", "Comments by route", "comments per minute", "route:", ROUTES),
        chart(s, "queues", "Review queue depth", "comments waiting", "depth:", QUEUES.stream().map(OpsHistory::queueName).toList()),
        chart(s, "waiting", "Waiting time", "seconds", "oldest:", waiting()),
        chart(s, "publishing", "Publishing and failures", "per minute", "publishing:", PUBLISHING));
    return new Charts(s.start(), s.bucket().toSeconds(), s.buckets(), charts);
  }

  private static Chart chart(TimeSeries.Snapshot s, String id, String title, String unit, String prefix, List<String> names) {
    List<Line> lines = new ArrayList<>();
    for (String n : names) lines.add(new Line(n, s.get(prefix + n)));
    return new Chart(id, title, unit, lines);
  }

  /** The oldest waiting comment per queue, then the slowest decision of each minute. */
  private static List<String> waiting() {
    List<String> names = new ArrayList<>(QUEUES.stream().map(OpsHistory::queueName).toList());
    names.add(SLOWEST_DECISION);
    return names;
  }

  /** The console calls the approved queue (pre-moderation's unflagged comments) "unflagged". */
  static String queueName(Route q) {
    return q == Route.APPROVED ? "unflagged" : q.wire();
  }

  /** Every chart over the same buckets: bucket i starts at {@code start + i * bucketSeconds}. */
  public record Charts(Instant start, long bucketSeconds, int buckets, List<Chart> charts) {}

  public record Chart(String id, String title, String unit, List<Line> lines) {}

  /** One line: a value per bucket, {@code null} where a sampled series has no sample. */
  public record Line(String name, List<Long> values) {}
}
