package io.commentmod.moderation.topology;

import io.commentmod.events.ActionAudited;
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
import org.apache.kafka.common.serialization.Serde;
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
 * comments.submitted   ─▶ moderate ─┬▶ comments.verdicts (one per comment)
 * moderation.decisions ─▶ decide   ─┼▶ comments.approved / comments.rejected
 * moderation.actions   ─▶ act      ─┼▶ comments.status (compacted)
 * comments.published   ─▶ receipts ─┼▶ comments.retracted (removed after publication)
 *        (wall clock)  ─▶ decide   ─┼▶ moderation.audit, moderation.escalations
 *                                   ├▶ moderation.spam-labels (a decision that labels spam / not spam)
 *                                   ├▶ moderation.crowd (moderate, decide, act: every change to a
 *                                   │    StateSpec store, and its tombstone once the window passed)
 *                                   └▶ comments.dead-letter
 * moderation.spam-labels (all partitions, global store spam-labels) ─▶ learn-spam ─▶ the
 *        classifier's learned layer on every instance
 * moderation.crowd (all partitions, global store crowd) ─▶ share-crowd ─▶ the crowd checks' view
 *        of the other partitions' waves, floods and author histories, on every instance
 * stores: review-queue, comment-status, review-meta, audit-log, author-history, comment-author,
 *         check-stats, recent-approvals, recent-by-time, urgent-held, and each StateSpec the moderator declares
 * </pre>
 *
 * Sources read raw bytes so undecodable records reach the dead-letter topic instead of stopping
 * the application. All inputs are keyed by comment id and co-partitioned, so one task owns a
 * comment's queue entry, status, claims and history. The moderator's cross-comment checks see
 * the other partitions through the global store {@code crowd}, about one commit interval behind
 * (StreamsModerationState); each task prunes its expired windows every {@link CrowdPruner#EVERY}.
 */
public final class ModerationTopology {
  private ModerationTopology() {}

  /** @param moderator the current moderator (the policy can change while running) */
  public static Topology build(Supplier<Moderator> moderator, Clock clock) {
    return build(moderator, clock, TopologyListener.NONE);
  }

  /** As {@link #build(Supplier, Clock)}, reporting verdicts, decisions and dead letters to {@code listener}. */
  public static Topology build(Supplier<Moderator> moderator, Clock clock, TopologyListener listener) {
    return build(moderator, clock, listener, TopologyOptions.IMMEDIATE);
  }

  /** The topology with the console's undo window, claim lifetime and urgent alarm from {@code options}. */
  public static Topology build(Supplier<Moderator> moderator, Clock clock, TopologyListener listener, TopologyOptions options) {
    Topology t = new Topology();
    var keys = new StringDeserializer();
    var bytes = new ByteArrayDeserializer();
    t.addSource("source-submitted", keys, bytes, Topics.SUBMITTED.name());
    t.addSource("source-decisions", keys, bytes, Topics.DECISIONS.name());
    t.addSource("source-actions", keys, bytes, Topics.ACTIONS.name());
    t.addSource("source-published", keys, bytes, Topics.PUBLISHED.name());
    t.addProcessor("moderate", () -> new SubmissionProcessor(moderator, clock, listener), "source-submitted");
    t.addProcessor("decide", () -> new DecisionProcessor(moderator, clock, listener, options), "source-decisions");
    t.addProcessor("act", () -> new ActionProcessor(moderator, clock, listener, options), "source-actions");
    t.addProcessor("receipts", () -> new ReceiptProcessor(clock, listener), "source-published");

    String[] all = {"moderate", "decide", "act", "receipts"};
    store(t, StoreNames.REVIEW_QUEUE, new JsonSerde<>(CommentModerated.class), all);
    store(t, StoreNames.COMMENT_STATUS, new JsonSerde<>(CommentStatus.class), all);
    store(t, StoreNames.REVIEW_META, new JsonSerde<>(ReviewMeta.class), all);
    store(t, StoreNames.AUDIT_LOG, new JsonSerde<>(ActionAudited.class), all);
    store(t, StoreNames.AUTHOR_HISTORY, new JsonSerde<>(AuthorComments.class), all);
    store(t, StoreNames.COMMENT_AUTHOR, Serdes.String(), all);
    store(t, StoreNames.CHECK_STATS, new JsonSerde<>(CheckStats.class), all);
    store(t, StoreNames.RECENT_APPROVALS, new JsonSerde<>(RecentApproval.class), all);
    store(t, StoreNames.URGENT_HELD, Serdes.String(), all);
    store(t, StoreNames.RECENT_BY_TIME, Serdes.String(), all);
    for (StateSpec<?> spec : moderator.get().stateSpecs()) {
      store(t, spec.name(), new JsonSerde<>(spec.valueType()), all);
    }

    sink(t, Sinks.VERDICTS, "moderate");
    sink(t, Sinks.APPROVED, "moderate", "decide");
    sink(t, Sinks.REJECTED, "moderate", "decide");
    sink(t, Sinks.STATUS, all);
    sink(t, Sinks.DEAD_LETTER, all);
    sink(t, Sinks.RETRACTED, "act", "receipts");
    sink(t, Sinks.AUDIT, "decide", "act");
    sink(t, Sinks.ESCALATIONS, "decide");
    sink(t, Sinks.SPAM_LABELS, "decide");
    sink(t, Sinks.CROWD, "moderate", "decide", "act");

    t.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.SPAM_LABELS), Serdes.String(),
            Serdes.ByteArray()).withLoggingDisabled(),
        "source-spam-labels", keys, bytes, Topics.SPAM_LABELS.name(), "learn-spam", () -> new SpamLabelProcessor(moderator));
    t.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.CROWD), Serdes.String(),
            Serdes.ByteArray()).withLoggingDisabled(),
        "source-crowd", keys, bytes, Topics.CROWD.name(), "share-crowd", CrowdStateProcessor::new);
    return t;
  }

  private static <V> void store(Topology t, String name, Serde<V> values, String... processors) {
    t.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values), processors);
  }

  @SuppressWarnings("unchecked")
  private static void sink(Topology t, Sinks sink, String... parents) {
    Serializer<Object> values = (Serializer<Object>) (Serializer<?>) sink.topic.valueSerde().serializer();
    t.addSink(sink.node(), sink.topic.name(), new StringSerializer(), values, parents);
  }

  /** Every store this topology creates, for interactive queries and tests. */
  public static List<String> storeNames(Moderator moderator) {
    List<String> names = new ArrayList<>(ReviewDesk.STORES);
    moderator.stateSpecs().forEach(s -> names.add(s.name()));
    return names;
  }
}
