package io.commentmod.events;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** A topic's name, value serde and whether it is compacted. Keys are strings: comment ids, except where a topic says otherwise. */
public record Topic<V>(String name, JsonSerde<V> valueSerde, boolean compacted) {
  public Serde<String> keySerde() {
    return Serdes.String();
  }
}
