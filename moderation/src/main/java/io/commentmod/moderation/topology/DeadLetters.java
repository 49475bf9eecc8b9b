package io.commentmod.moderation.topology;

import io.commentmod.events.DeadLetter;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the record being processed to the dead-letter topic with a reason. */
final class DeadLetters {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

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
    LOG.warn("Dead-lettering {} ({}-{}@{}) at stage {}: {}", rec.key(), dl.sourceTopic(), dl.partition(), dl.offset(), stage, reason);
    ctx.forward(new Record<String, Object>(rec.key() == null ? "unknown" : rec.key(), dl, rec.timestamp()), Sinks.DEAD_LETTER.node());
  }
}
