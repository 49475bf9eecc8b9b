package io.commentmod.moderation.topology;

import io.commentmod.events.Action;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Status;
import io.commentmod.events.Topics;
import io.commentmod.logging.CommentContext;
import io.commentmod.moderation.engine.Assessment;
import io.commentmod.moderation.engine.Moderator;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gives every submitted comment exactly one verdict: decodes and validates it (dead-letters what
 * it cannot use), drops repeats of an id already judged, asks the moderator, then writes the
 * verdict to the audit topic, the comment to its route (approved, review queue, rejected) and
 * its new status. Under exactly-once all of that commits atomically with the input offset.
 */
final class SubmissionProcessor implements Processor<String, byte[], String, Object> {
  private final Supplier<Moderator> moderator;
  private final Clock clock;
  private final TopologyListener listener;
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, CommentModerated> queue;
  private KeyValueStore<String, CommentStatus> statuses;
  private StreamsModerationState state;
  private ReviewDesk desk;

  SubmissionProcessor(Supplier<Moderator> moderator, Clock clock, TopologyListener listener) {
    this.moderator = moderator;
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.queue = context.getStateStore(StoreNames.REVIEW_QUEUE);
    this.statuses = context.getStateStore(StoreNames.COMMENT_STATUS);
    this.state = new StreamsModerationState(context);
    this.desk = new ReviewDesk(context, moderator, listener);
    CrowdPruner pruner = new CrowdPruner(context, state);
    context.schedule(CrowdPruner.EVERY, PunctuationType.WALL_CLOCK_TIME, ts -> pruner.prune(moderator.get(), clock.instant()));
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    try (var log = CommentContext.of(rec.key())) {
      handle(rec);
    }
  }

  private void handle(Record<String, byte[]> rec) {
    Instant now = clock.instant();
    CommentSubmitted c = DeadLetters.decode(ctx, rec, Topics.SUBMITTED.valueSerde(), "moderation",
        v -> SubmissionValidator.problem(rec.key(), v), now, listener);
    if (c == null) return;
    if (statuses.get(c.id()) != null) return; // a repeat of a comment already judged: one verdict per id

    Assessment a;
    Moderator m = moderator.get();
    long started = System.nanoTime();
    try {
      a = m.assess(c, now, state);
    } catch (RuntimeException e) {
      DeadLetters.send(ctx, rec, "moderation", "moderator failed: " + e, now, listener);
      return;
    }
    CommentModerated verdict = new CommentModerated(c.id(), c, a.route(), a.action(), a.flags(), a.policyVersion(), now);
    forward(Sinks.VERDICTS, c.id(), verdict, rec.timestamp());
    listener.verdict(verdict, java.time.Duration.ofNanos(System.nanoTime() - started));

    CommentStatus status;
    if (a.action() == Action.APPROVE) {
      forward(Sinks.APPROVED, c.id(), new CommentApproved(c.id(), c, "auto", now), rec.timestamp());
      status = new CommentStatus(c.id(), c.articleId(), Status.APPROVED, null, a.flags(), null, now);
      desk.rememberApproval(c, "auto", now);
      desk.remember(c, Status.APPROVED.wire(), null, null, "auto", now);
    } else if (a.action() == Action.REJECT) {
      String reason = "automatically rejected as " + a.route().wire();
      forward(Sinks.REJECTED, c.id(), new CommentRejected(c.id(), c, "auto", reason, now), rec.timestamp());
      status = new CommentStatus(c.id(), c.articleId(), Status.REJECTED, null, a.flags(), reason, now);
      desk.remember(c, Status.REJECTED.wire(), null, reason, "auto", now);
    } else {
      desk.hold(verdict);
      status = new CommentStatus(c.id(), c.articleId(), Status.IN_REVIEW, a.route(), a.flags(), null, now);
      desk.remember(c, Status.IN_REVIEW.wire(), a.route(), null, "auto", now);
    }
    statuses.put(c.id(), status);
    forward(Sinks.STATUS, c.id(), status, rec.timestamp());
    if (a.action() == Action.REVIEW) listener.changed(c.id());
  }

  private void forward(Sinks sink, String key, Object value, long ts) {
    ctx.forward(new Record<>(key, value, ts), sink.node());
  }
}
