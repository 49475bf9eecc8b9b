package io.commentmod.moderation.topology;

import io.commentmod.events.SpamLabelled;
import io.commentmod.events.Topics;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.training.LearnedLayer;
import io.commentmod.moderation.training.SpamLabels;
import java.util.function.Supplier;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the classifier's learned layer equal to the labels in the global {@code spam-labels} store:
 * every instance reads the whole compacted labels topic, whichever partition a decision was made
 * on. On start it rebuilds the layer from the store (restored from the topic); then each label
 * replaces the comment's previous one. Labels are sums, so the order across partitions does not
 * change the result. An undecodable label is logged and skipped.
 */
final class SpamLabelProcessor implements Processor<String, byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(SpamLabelProcessor.class);
  private final Supplier<Moderator> moderator;
  private KeyValueStore<String, byte[]> store;
  private LearnedLayer layer;

  SpamLabelProcessor(Supplier<Moderator> moderator) {
    this.moderator = moderator;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(StoreNames.SPAM_LABELS);
    layer = moderator.get().learned();
    layer.clear();
    int n = 0;
    try (KeyValueIterator<String, byte[]> all = store.all()) {
      while (all.hasNext()) {
        SpamLabelled label = decode(all.next().value);
        if (label != null) {
          SpamLabels.relabel(layer, null, label);
          n++;
        }
      }
    }
    if (n > 0) LOG.info("Spam classifier learned from {} moderator labels", n);
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    if (rec.key() == null) return;
    SpamLabelled next = rec.value() == null ? null : decode(rec.value());
    if (rec.value() != null && next == null) return;
    byte[] old = store.get(rec.key());
    SpamLabels.relabel(layer, old == null ? null : decode(old), next);
    if (next == null) store.delete(rec.key());
    else store.put(rec.key(), rec.value());
  }

  private static SpamLabelled decode(byte[] bytes) {
    try {
      return Topics.SPAM_LABELS.valueSerde().fromBytes(bytes);
    } catch (SerializationException e) {
      LOG.warn("Skipping an undecodable spam label: {}", e.getMessage());
      return null;
    }
  }
}
