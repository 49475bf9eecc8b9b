package io.commentmod.ingest;

import io.commentmod.metrics.JvmMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Ingest's meters. In Prometheus: {@code comments_ingested_total},
 * {@code comments_refused_total{reason}}, {@code ingest_accept_seconds} (histogram), and JVM metrics.
 */
final class IngestMetrics implements AutoCloseable {
  /** Why a submission was refused; the {@code reason} tag is the lower-case name. */
  enum Refusal {
    VALIDATION, UNAUTHORIZED, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, BROKER_UNAVAILABLE, CONFLICT;

    String tag() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final MeterRegistry registry;
  private final Counter ingested;
  private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);
  private final Timer accept;
  private final JvmMetrics.Binding jvm;

  IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.ingested = Counter.builder("comments.ingested")
        .description("Comments acknowledged by the broker and answered 202 (replays not counted)")
        .register(registry);
    for (Refusal r : Refusal.values()) {
      refused.put(r, Counter.builder("comments.refused").description("Submissions refused, by reason").tag("reason", r.tag()).register(registry));
    }
    this.accept = Timer.builder("ingest.accept")
        .description("From request arrival to the 202 answer for a newly accepted comment")
        .publishPercentileHistogram()
        .register(registry);
    this.jvm = JvmMetrics.bindTo(registry);
  }

  void ingested(long startNanos) {
    ingested.increment();
    accept.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  void refused(Refusal reason) {
    refused.get(reason).increment();
  }

  /** The Prometheus registry to scrape: the given one, or one inside a composite. */
  Optional<PrometheusMeterRegistry> prometheus() {
    if (registry instanceof PrometheusMeterRegistry p) return Optional.of(p);
    if (registry instanceof CompositeMeterRegistry c) {
      return c.getRegistries().stream().filter(PrometheusMeterRegistry.class::isInstance).map(PrometheusMeterRegistry.class::cast).findFirst();
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    jvm.close();
  }
}
