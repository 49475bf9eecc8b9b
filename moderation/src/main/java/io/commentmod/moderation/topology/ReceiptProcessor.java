package io.commentmod.moderation.topology;

import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.Status;
import io.commentmod.events.Topics;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Marks comments published when the publisher's receipt arrives; a repeated receipt changes nothing. */
final class ReceiptProcessor implements Processor<String, byte[], String, Object> {
  private final Clock clock;
  private final TopologyListener listener;
  private ProcessorContext<String, Object> ctx;
  private KeyValueStore<String, CommentStatus> statuses;

  ReceiptProcessor(Clock clock, TopologyListener listener) {
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.statuses = context.getStateStore(StoreNames.COMMENT_STATUS);
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    Instant now = clock.instant();
    CommentPublished p;
    try {
      p = Topics.PUBLISHED.valueSerde().fromBytes(rec.value());
    } catch (SerializationException e) {
      DeadLetters.send(ctx, rec, "receipt", e.getMessage(), now, listener);
      return;
    }
    if (p == null || p.id() == null || !p.id().equals(rec.key())) {
      DeadLetters.send(ctx, rec, "receipt", "receipt needs an id equal to its key", now, listener);
      return;
    }
    CommentStatus old = statuses.get(p.id());
    if (old != null && old.status() == Status.PUBLISHED) return;
    CommentStatus status = new CommentStatus(
        p.id(), old == null ? p.articleId() : old.articleId(), Status.PUBLISHED, null,
        old == null ? null : old.flags(), null, p.publishedAt() == null ? now : p.publishedAt());
    statuses.put(p.id(), status);
    ctx.forward(new Record<>(p.id(), status, rec.timestamp()), Sinks.STATUS.node());
  }
}
