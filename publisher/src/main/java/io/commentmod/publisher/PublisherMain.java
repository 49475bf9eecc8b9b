package io.commentmod.publisher;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Wiring only: settings from the environment, then the service until the process is stopped. */
public final class PublisherMain {
  private PublisherMain() {}

  public static void main(String[] args) {
    Settings settings = Settings.fromEnv();
    PublisherConfig config;
    KafkaSettings kafka;
    try {
      config = PublisherConfig.from(settings);
      kafka = KafkaSettings.from(settings, "localhost:9092");
    } catch (InvalidSettingException e) {
      System.err.println("publisher: " + e.getMessage());
      System.exit(2);
      return;
    }
    TopicAdmin.ensureTopics(kafka);
    Clock clock = Clock.systemUTC();
    var service = new PublisherService(config, kafka, SiteClient.webhook(config, clock), clock,
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "publisher-shutdown"));
  }
}
