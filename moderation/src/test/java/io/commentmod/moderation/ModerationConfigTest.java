package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ModerationConfigTest {
  @Test
  void commitIntervalDefaultsTo100MsAndReachesStreams() {
    ModerationConfig defaults = ModerationConfig.from(new Settings(Map.of()));
    assertThat(defaults.commitIntervalMs()).isEqualTo(100);

    ModerationConfig longer = ModerationConfig.from(new Settings(Map.of("MODERATION_COMMIT_INTERVAL_MS", "1000")));
    var props = new ModerationService(longer, KafkaSettings.of("localhost:9092"), io.commentmod.moderation.engine.Moderators.defaults(),
        java.time.Clock.systemUTC(), new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
            io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT)).streamsProperties(0);
    assertThat(props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(1000);
    assertThat(props.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(io.commentmod.moderation.streams.BoundedRocksDbMemory.class);
    assertThat(props.get(io.commentmod.moderation.streams.BoundedRocksDbMemory.MEMORY_BYTES_CONFIG)).isEqualTo(Long.toString(64L << 20));
  }

  @Test
  void aCommitIntervalOutOfRangeIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> ModerationConfig.from(new Settings(Map.of("MODERATION_COMMIT_INTERVAL_MS", "0"))))
        .hasMessageContaining("MODERATION_COMMIT_INTERVAL_MS");
  }
}
