package io.commentmod.ingest;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Runs ingest from environment variables; needs {@code KAFKA_BOOTSTRAP_SERVERS} and {@code INGEST_API_KEYS}. */
public final class IngestMain {
  private IngestMain() {}

  public static void main(String[] args) {
    Settings settings = Settings.fromEnv();
    IngestConfig config;
    KafkaSettings kafka;
    try {
      config = IngestConfig.from(settings);
      kafka = KafkaSettings.from(settings, null);
    } catch (InvalidSettingException e) {
      System.err.println("ingest: cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    TopicAdmin.ensureTopics(kafka);
    IngestService service = new IngestService(config, kafka, Clock.systemUTC(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "ingest-shutdown"));
  }
}
