package io.commentmod.moderation.topology;

import io.commentmod.events.DeadLetter;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Sends the record being processed to the dead-letter topic with a reason. */
final class DeadLetters {
  private DeadLetters() {}

  static void send(ProcessorContext<String, Object> ctx, Record<String, byte[]> rec, String stage, String reason, Instant now,
      TopologyListener listener) {
    listener.deadLetter(stage);
    var meta = ctx.recordMetadata();
    DeadLetter dl = new DeadLetter(
        meta.map(m -> m.topic()).orElse("?"),
        meta.map(m -> m.partition()).orElse(-1),
        meta.map(m -> m.offset()).orElse(-1L),
        rec.key(),
        DeadLetter.excerpt(rec.value()),
        reason,
        stage,
        now);
    ctx.forward(new Record<String, Object>(rec.key() == null ? "unknown" : rec.key(), dl, rec.timestamp()), Sinks.DEAD_LETTER.node());
  }
}
