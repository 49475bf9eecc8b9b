package io.commentmod.moderation;

import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.moderation.engine.Moderators;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;

/** Runs the moderation service; wiring only. Needs KAFKA_BOOTSTRAP_SERVERS. */
public final class ModerationMain {
  private ModerationMain() {}

  public static void main(String[] args) {
    Settings settings = Settings.fromEnv();
    KafkaSettings kafka = KafkaSettings.from(settings, null);
    TopicAdmin.ensureTopics(kafka);
    ModerationService service = new ModerationService(
        ModerationConfig.from(settings), kafka, Moderators.defaults(), Clock.systemUTC(), registry()).start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close, "moderation-shutdown"));
  }

  /** A Prometheus registry with the JVM's own metrics bound. */
  public static PrometheusMeterRegistry registry() {
    PrometheusMeterRegistry r = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(r);
    new JvmGcMetrics().bindTo(r);
    new JvmThreadMetrics().bindTo(r);
    new ProcessorMetrics().bindTo(r);
    return r;
  }
}
