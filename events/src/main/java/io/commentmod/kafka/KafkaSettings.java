package io.commentmod.kafka;

import io.commentmod.config.Settings;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * How every client reaches the cluster. {@code KAFKA_BOOTSTRAP_SERVERS} names the brokers; any
 * {@code KAFKA_CLIENT_*} variable is passed to every client as a property, so TLS and SASL need
 * no code: {@code KAFKA_CLIENT_SECURITY_PROTOCOL=SASL_SSL} becomes {@code security.protocol}.
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> clientProperties, int partitions, short replicationFactor) {
  public static final String BOOTSTRAP = "KAFKA_BOOTSTRAP_SERVERS";
  public static final String CLIENT_PREFIX = "KAFKA_CLIENT_";

  public KafkaSettings {
    clientProperties = Map.copyOf(clientProperties);
  }

  public static KafkaSettings of(String bootstrapServers) {
    return new KafkaSettings(bootstrapServers, Map.of(), 3, (short) 1);
  }

  public static KafkaSettings from(Settings s, String defaultBootstrap) {
    Map<String, String> extra = new HashMap<>();
    s.asMap().forEach((k, v) -> {
      if (k.startsWith(CLIENT_PREFIX) && v != null && !v.isBlank()) {
        extra.put(k.substring(CLIENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
      }
    });
    String bootstrap = defaultBootstrap == null ? s.required(BOOTSTRAP) : s.string(BOOTSTRAP, defaultBootstrap);
    int partitions = s.integer("KAFKA_TOPIC_PARTITIONS", 3, 1, 1000);
    short rf = (short) s.integer("KAFKA_REPLICATION_FACTOR", 1, 1, 10);
    return new KafkaSettings(bootstrap, extra, partitions, rf);
  }

  /** Bootstrap and pass-through properties, the base of every client's config. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> m = new HashMap<>(clientProperties);
    m.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return m;
  }
}
