package io.commentmod.moderation.topology;

import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.JsonSerde;
import io.commentmod.events.Topics;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.StateSpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The moderation topology, a pure function of its inputs: no I/O happens here.
 *
 * <pre>
 * comments.submitted  ─▶ moderate ─┬▶ comments.verdicts (one per comment)
 * moderation.decisions ─▶ decide  ─┼▶ comments.approved / comments.rejected
 * comments.published  ─▶ receipts ─┼▶ comments.status (compacted)
 *                                  └▶ comments.dead-letter
 * stores: review-queue, comment-status, and each StateSpec the moderator declares
 * </pre>
 *
 * Sources read raw bytes so undecodable records reach the dead-letter topic instead of stopping
 * the application. All inputs are keyed by comment id and co-partitioned, so one task owns a
 * comment's queue entry, status and history.
 */
public final class ModerationTopology {
  private ModerationTopology() {}

  /** @param moderator the current moderator (the policy can change while running) */
  public static Topology build(Supplier<Moderator> moderator, Clock clock) {
    return build(moderator, clock, TopologyListener.NONE);
  }

  /** As {@link #build(Supplier, Clock)}, reporting verdicts, decisions and dead letters to {@code listener}. */
  public static Topology build(Supplier<Moderator> moderator, Clock clock, TopologyListener listener) {
    Topology t = new Topology();
    var keys = new StringDeserializer();
    var bytes = new ByteArrayDeserializer();
    t.addSource("source-submitted", keys, bytes, Topics.SUBMITTED.name());
    t.addSource("source-decisions", keys, bytes, Topics.DECISIONS.name());
    t.addSource("source-published", keys, bytes, Topics.PUBLISHED.name());
    t.addProcessor("moderate", () -> new SubmissionProcessor(moderator, clock, listener), "source-submitted");
    t.addProcessor("decide", () -> new DecisionProcessor(moderator, clock, listener), "source-decisions");
    t.addProcessor("receipts", () -> new ReceiptProcessor(clock, listener), "source-published");

    t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.REVIEW_QUEUE),
        Serdes.String(), new JsonSerde<>(CommentModerated.class)), "moderate", "decide");
    t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.COMMENT_STATUS),
        Serdes.String(), new JsonSerde<>(CommentStatus.class)), "moderate", "decide", "receipts");
    for (StateSpec<?> spec : moderator.get().stateSpecs()) {
      t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(spec.name()),
          Serdes.String(), new JsonSerde<>(spec.valueType())), "moderate", "decide");
    }

    sink(t, Sinks.VERDICTS, "moderate");
    sink(t, Sinks.APPROVED, "moderate", "decide");
    sink(t, Sinks.REJECTED, "moderate", "decide");
    sink(t, Sinks.STATUS, "moderate", "decide", "receipts");
    sink(t, Sinks.DEAD_LETTER, "moderate", "decide", "receipts");
    return t;
  }

  @SuppressWarnings("unchecked")
  private static void sink(Topology t, Sinks sink, String... parents) {
    Serializer<Object> values = (Serializer<Object>) (Serializer<?>) sink.topic.valueSerde().serializer();
    t.addSink(sink.node(), sink.topic.name(), new StringSerializer(), values, parents);
  }

  /** Every store this topology creates, for interactive queries and tests. */
  public static List<String> storeNames(Moderator moderator) {
    List<String> names = new ArrayList<>(List.of(StoreNames.REVIEW_QUEUE, StoreNames.COMMENT_STATUS));
    moderator.stateSpecs().forEach(s -> names.add(s.name()));
    return names;
  }
}
