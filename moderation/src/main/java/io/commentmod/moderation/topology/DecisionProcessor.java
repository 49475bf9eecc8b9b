package io.commentmod.moderation.topology;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Status;
import io.commentmod.events.Topics;
import io.commentmod.moderation.engine.Moderator;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies moderators' decisions: a held comment leaves its queue and goes to the publisher
 * (approve) or to the rejected topic (reject), and its status follows. A decision on a comment
 * that is no longer held (decided already, by someone else or a retry) changes nothing.
 */
final class DecisionProcessor implements Processor<String, byte[], String, Object> {
  private final Supplier<Moderator> moderator;
  private final Clock clock;
  private final TopologyListener listener;
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, CommentModerated> queue;
  private KeyValueStore<String, CommentStatus> statuses;
  private StreamsModerationState state;

  DecisionProcessor(Supplier<Moderator> moderator, Clock clock, TopologyListener listener) {
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
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    Instant now = clock.instant();
    ModeratorDecided d;
    try {
      d = Topics.DECISIONS.valueSerde().fromBytes(rec.value());
    } catch (SerializationException e) {
      DeadLetters.send(ctx, rec, "decision", e.getMessage(), now, listener);
      return;
    }
    if (d == null || d.commentId() == null || d.action() == null || d.moderator() == null) {
      DeadLetters.send(ctx, rec, "decision", "decision needs commentId, action and moderator", now, listener);
      return;
    }
    if (!d.commentId().equals(rec.key())) {
      DeadLetters.send(ctx, rec, "decision", "record key '" + rec.key() + "' does not match commentId '" + d.commentId() + "'", now, listener);
      return;
    }
    CommentModerated held = queue.get(d.commentId());
    if (held == null) {
      if (statuses.get(d.commentId()) == null) {
        DeadLetters.send(ctx, rec, "decision", "no comment with id " + d.commentId(), now, listener);
      }
      return;
    }
    queue.delete(d.commentId());
    var c = held.comment();
    CommentStatus status;
    if (d.action() == DecisionAction.APPROVE) {
      ctx.forward(new Record<>(c.id(), new CommentApproved(c.id(), c, d.moderator(), now), rec.timestamp()), Sinks.APPROVED.node());
      status = new CommentStatus(c.id(), c.articleId(), Status.APPROVED, null, held.flags(), null, now);
    } else {
      String reason = d.reason() == null ? "rejected by a moderator" : d.reason();
      ctx.forward(new Record<>(c.id(), new CommentRejected(c.id(), c, d.moderator(), reason, now), rec.timestamp()), Sinks.REJECTED.node());
      status = new CommentStatus(c.id(), c.articleId(), Status.REJECTED, null, held.flags(), reason, now);
    }
    statuses.put(c.id(), status);
    ctx.forward(new Record<>(c.id(), status, rec.timestamp()), Sinks.STATUS.node());
    moderator.get().learn(d, c, state);
    listener.decision(d);
  }
}
