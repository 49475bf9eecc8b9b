package io.commentmod.moderation.metrics;

import io.commentmod.events.ActionAudited;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.Flag;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Route;
import io.commentmod.moderation.topology.TopologyListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The moderation service's own metrics: verdicts by route and action, flags raised, time spent
 * in the checks, time from submission to verdict, decisions, dead letters, and per queue the
 * depth and the age of the oldest waiting comment.
 */
public final class ModerationMetrics implements TopologyListener {
  private final MeterRegistry registry;
  private final Clock clock;
  private final Timer checking;
  private final Timer submissionToVerdict;
  private final Map<Route, AtomicLong> depth = new EnumMap<>(Route.class);
  private final Map<Route, AtomicLong> oldestSeconds = new EnumMap<>(Route.class);

  public ModerationMetrics(MeterRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
    this.checking = Timer.builder("moderation_check_seconds").description("Time the moderator spends judging one comment")
        .publishPercentileHistogram().register(registry);
    this.submissionToVerdict = Timer.builder("comment_submission_to_verdict_seconds")
        .description("Time from ingest accepting a comment to its verdict").publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5)).register(registry);
    for (Route q : new Route[] {Route.URGENT, Route.MEDICAL, Route.SPAM, Route.APPROVED}) {
      depth.put(q, registry.gauge("review_queue_depth", io.micrometer.core.instrument.Tags.of("queue", q.wire()), new AtomicLong()));
      oldestSeconds.put(q, registry.gauge("review_queue_oldest_seconds", io.micrometer.core.instrument.Tags.of("queue", q.wire()), new AtomicLong()));
    }
  }

  @Override
  public void verdict(CommentModerated v, Duration took) {
    Counter.builder("moderation_verdicts_total").tag("route", v.route().wire()).tag("action", v.action().wire())
        .register(registry).increment();
    for (Flag f : v.flags()) Counter.builder("moderation_flags_total").tag("flag", f.name().wire()).register(registry).increment();
    checking.record(took);
    if (v.comment().receivedAt() != null) {
      Duration d = Duration.between(v.comment().receivedAt(), clock.instant());
      if (!d.isNegative()) submissionToVerdict.record(d);
    }
  }

  @Override
  public void decision(ModeratorDecided d) {
    Counter.builder("moderation_decisions_total").tag("action", d.action().wire()).register(registry).increment();
  }

  @Override
  public void deadLetter(String stage) {
    Counter.builder("moderation_dead_letters_total").tag("stage", stage).register(registry).increment();
  }

  /**
   * Counts moderators' decisions and actions by what they did and how it ended (applied, undone,
   * refused, ignored), and escalations of urgent comments (action "escalate").
   */
  @Override
  public void audited(ActionAudited e) {
    String outcome = e.outcome() == null ? "unknown" : e.outcome().split("[ :;(]", 2)[0];
    Counter.builder("moderation_console_actions_total").description("Moderators' decisions and actions, and escalations, by outcome")
        .tag("action", e.action()).tag("outcome", outcome).register(registry).increment();
  }

  /** Sets the queue gauges from the held comments this instance can see. */
  public void queues(Collection<CommentModerated> held) {
    Map<Route, long[]> seen = new EnumMap<>(Route.class);
    long now = clock.instant().getEpochSecond();
    for (CommentModerated v : held) {
      long[] s = seen.computeIfAbsent(v.route(), r -> new long[2]);
      s[0]++;
      s[1] = Math.max(s[1], now - v.moderatedAt().getEpochSecond());
    }
    depth.forEach((q, g) -> g.set(seen.containsKey(q) ? seen.get(q)[0] : 0));
    oldestSeconds.forEach((q, g) -> g.set(seen.containsKey(q) ? seen.get(q)[1] : 0));
  }
}
