package io.commentmod.publisher;

import io.commentmod.metrics.JvmMetrics;
import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * Wiring only. No arguments (or {@code run}): settings from the environment, then the service until
 * the process is stopped. {@code dlq ...}: the dead-letter commands ({@link DeadLetterCommand}).
 */
public final class PublisherMain {
  private PublisherMain() {}

  public static void main(String[] args) {
    List<String> a = Arrays.asList(args);
    if (!a.isEmpty() && a.get(0).equals("dlq")) {
      System.exit(new DeadLetterCommand(System.out, System.err).run(a.subList(1, a.size()), Settings.fromEnv()));
      return;
    }
    if (!a.isEmpty() && !a.get(0).equals("run")) {
      System.err.println("usage: publisher [run]\n       publisher dlq list|redrive ...  (publisher dlq --help)");
      System.exit(2);
      return;
    }
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
    var service = new PublisherService(config, kafka, SiteClient.of(config, clock), clock,
        registry()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "publisher-shutdown"));
  }

  /** A Prometheus registry with the JVM's own metrics bound, as the other services scrape. */
  public static PrometheusMeterRegistry registry() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    JvmMetrics.bindTo(r);
    return r;
  }
}
