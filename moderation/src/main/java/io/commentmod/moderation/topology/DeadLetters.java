package io.commentmod.moderation.topology;

import io.commentmod.events.DeadLetter;
import io.commentmod.events.JsonSerde;
import java.time.Instant;
import java.util.function.Function;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the record being processed to the dead-letter topic with a reason. */
final class DeadLetters {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

  private DeadLetters() {}

  /**
   * The record's value decoded by {@code serde}, or null once the record went to the dead-letter
   * topic: when it does not decode (the decoder's message is the reason), or when {@code problem}
   * names what is wrong with the decoded value (it returns null when nothing is; it may be given null).
   */
  static <T> T decode(ProcessorContext<String, Object> ctx, Record<String, byte[]> rec, JsonSerde<T> serde, String stage,
      Function<T, String> problem, Instant now, TopologyListener listener) {
    T value;
    try {
      value = serde.fromBytes(rec.value());
    } catch (SerializationException e) {
      send(ctx, rec, stage, e.getMessage(), now, listener);
      return null;
    }
    String wrong = problem.apply(value);
    if (wrong != null) {
      send(ctx, rec, stage, wrong, now, listener);
      return null;
    }
    return value;
  }

  /** The reason for a record whose key is not the id its value names, or null when they agree. */
  static String keyMismatch(String key, String id) {
    return id.equals(key) ? null : "record key '" + key + "' does not match commentId '" + id + "'";
  }

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
