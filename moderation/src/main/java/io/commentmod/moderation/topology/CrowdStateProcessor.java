package io.commentmod.moderation.topology;

import io.commentmod.events.Topics;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global {@code crowd} store equal to the compacted {@code moderation.crowd} topic: the
 * record's bytes under its key, a tombstone deletes. The store holds exactly what the topic holds,
 * so restoring it from the topic (which bypasses this processor) gives the same store. An
 * undecodable row is logged and skipped.
 */
final class CrowdStateProcessor implements Processor<String, byte[], Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(CrowdStateProcessor.class);
  private KeyValueStore<String, byte[]> store;

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(StoreNames.CROWD);
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    if (rec.key() == null) return;
    if (rec.value() == null) {
      store.delete(rec.key());
      return;
    }
    try {
      Topics.CROWD.valueSerde().fromBytes(rec.value());
    } catch (SerializationException e) {
      LOG.warn("Skipping an undecodable crowd row {}: {}", rec.key(), e.getMessage());
      return;
    }
    store.put(rec.key(), rec.value());
  }
}
