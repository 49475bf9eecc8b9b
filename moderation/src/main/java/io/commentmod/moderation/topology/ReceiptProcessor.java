package io.commentmod.moderation.topology;

import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.Status;
import io.commentmod.events.Topics;
import io.commentmod.logging.CommentContext;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Marks comments published when the publisher's receipt arrives; a repeated receipt changes
 * nothing. A receipt for a comment a moderator removed in the meantime keeps it removed and asks
 * the publisher again to retract it.
 */
final class ReceiptProcessor implements Processor<String, byte[], String, Object> {
  private final Clock clock;
  private final TopologyListener listener;
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, CommentStatus> statuses;
  private KeyValueStore<String, RecentApproval> recent;

  ReceiptProcessor(Clock clock, TopologyListener listener) {
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.statuses = context.getStateStore(StoreNames.COMMENT_STATUS);
    this.recent = context.getStateStore(StoreNames.RECENT_APPROVALS);
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    try (var log = CommentContext.of(rec.key())) {
      handle(rec);
    }
  }

  private void handle(Record<String, byte[]> rec) {
    Instant now = clock.instant();
    CommentPublished p = DeadLetters.decode(ctx, rec, Topics.PUBLISHED.valueSerde(), "receipt",
        v -> v == null || v.id() == null || !v.id().equals(rec.key()) ? "receipt needs an id equal to its key" : null, now, listener);
    if (p == null) return;
    CommentStatus old = statuses.get(p.id());
    if (old != null && old.status() == Status.PUBLISHED) return;
    if (old != null && old.status() == Status.REJECTED && old.reason() != null && old.reason().startsWith(ActionProcessor.REMOVED_PREFIX)) {
      // removed by a moderator before the site had it: ask the publisher again to take it down
      String why = old.reason().substring(ActionProcessor.REMOVED_PREFIX.length());
      ctx.forward(new Record<>(p.id(), new io.commentmod.events.CommentRetracted(p.id(), old.articleId(), "system",
          "published after removal: " + why, now), rec.timestamp()), Sinks.RETRACTED.node());
      return;
    }
    CommentStatus status = new CommentStatus(
        p.id(), old == null ? p.articleId() : old.articleId(), Status.PUBLISHED, null,
        old == null ? null : old.flags(), null, p.publishedAt() == null ? now : p.publishedAt());
    statuses.put(p.id(), status);
    ctx.forward(new Record<>(p.id(), status, rec.timestamp()), Sinks.STATUS.node());
    RecentApproval r = recent.get(p.id());
    if (r != null && "approved".equals(r.status())) recent.put(p.id(), r.withStatus(Status.PUBLISHED.wire(), null, null));
  }
}
