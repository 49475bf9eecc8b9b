package io.commentmod.moderation.topology;

import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Topics;
import io.commentmod.logging.CommentContext;
import io.commentmod.moderation.engine.Moderator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Applies moderators' decisions: a held comment leaves its queue and goes to the publisher
 * (approve) or to the rejected topic (reject), and its status follows. With an undo window the
 * decision first waits in the comment's {@link ReviewMeta} and is applied by the {@link ReviewClock}
 * once the window has passed. Each decision is audited once, with its outcome: applied, undone,
 * or ignored/refused when the comment is no longer held, already has a decision pending, or is
 * claimed by another moderator.
 */
final class DecisionProcessor implements Processor<String, byte[], String, Object> {
  private final Supplier<Moderator> moderator;
  private final Clock clock;
  private final TopologyListener listener;
  private final TopologyOptions options;
  private ProcessorContext<String, Object> ctx;
  private ReviewDesk desk;

  DecisionProcessor(Supplier<Moderator> moderator, Clock clock, TopologyListener listener, TopologyOptions options) {
    this.moderator = moderator;
    this.clock = clock;
    this.listener = listener;
    this.options = options;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.desk = new ReviewDesk(context, moderator, listener);
    ReviewClock ticks = new ReviewClock(desk, clock, options);
    context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, ts -> ticks.tick());
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    try (var log = CommentContext.of(rec.key())) {
      handle(rec);
    }
  }

  private void handle(Record<String, byte[]> rec) {
    Instant now = clock.instant();
    ModeratorDecided d = DeadLetters.decode(ctx, rec, Topics.DECISIONS.valueSerde(), "decision",
        v -> v == null || v.commentId() == null || v.action() == null || v.moderator() == null
            ? "decision needs commentId, action and moderator" : DeadLetters.keyMismatch(rec.key(), v.commentId()),
        now, listener);
    if (d == null) return;
    String id = d.commentId();
    CommentModerated held = desk.queue.get(id);
    if (held == null) {
      CommentStatus st = desk.statuses.get(id);
      if (st == null) {
        DeadLetters.send(ctx, rec, "decision", "no comment with id " + id, now, listener);
      } else {
        desk.auditDecision(d, "ignored: already " + st.status().wire(), now);
      }
      return;
    }
    ReviewMeta meta = desk.meta(id);
    if (meta.pending() != null) {
      ModeratorDecided p = meta.pending().decision();
      desk.auditDecision(d, "ignored: " + AuditLog.actionName(p) + " by " + p.moderator() + " is pending", now);
      return;
    }
    ReviewMeta.Claim claim = meta.claimAt(now);
    if (claim != null && !claim.moderator().equals(d.moderator())) {
      desk.auditDecision(d, "refused: claimed by " + claim.moderator(), now);
      return;
    }
    if (options.undoWindow().isZero()) {
      desk.apply(d, held, now, rec.timestamp());
      desk.auditDecision(d, "applied", now);
    } else {
      // audited once it is applied or undone, with that outcome
      desk.putMeta(id, meta.withPending(new ReviewMeta.Pending(d, now.plus(options.undoWindow()))));
      desk.changed(id);
    }
  }
}
