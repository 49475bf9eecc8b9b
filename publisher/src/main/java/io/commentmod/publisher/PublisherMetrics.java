package io.commentmod.publisher;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/** The publisher's meters, named as Prometheus shows them. */
final class PublisherMetrics {
  private final MeterRegistry registry;
  private final Counter success;
  private final Counter retry;
  private final Counter deadLetter;
  private final Counter skipped;
  private final Counter retracted;
  private final Counter retractionDeadLetter;
  private final Timer delivery;
  private final Timer submissionToPublication;

  PublisherMetrics(MeterRegistry registry) {
    this.registry = registry;
    success = outcome(registry, "success");
    retry = outcome(registry, "retry");
    deadLetter = outcome(registry, "dead_letter");
    // publisher_deliveries_total{outcome="skipped_retracted"}: approvals not sent because the comment was retracted.
    skipped = outcome(registry, "skipped_retracted");
    retracted = retraction(registry, "success");
    retractionDeadLetter = retraction(registry, "dead_letter");
    // publisher_delivery_seconds: one site call (publish or retract), whatever its answer.
    delivery = Timer.builder("publisher.delivery")
        .description("Duration of one call to the site")
        .publishPercentileHistogram()
        .register(registry);
    // comment_submission_to_publication_seconds: ingest's receivedAt to the receipt.
    submissionToPublication = Timer.builder("comment.submission.to.publication")
        .description("Time from ingest accepting a comment to the site accepting it")
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(10))
        .maximumExpectedValue(Duration.ofDays(2))
        .register(registry);
  }

  /** publisher_site_available (1 while every request may go, 0 while probing a failing site) and publisher_records_in_flight. */
  void watch(BooleanSupplier siteAvailable, IntSupplier inFlight) {
    Gauge.builder("publisher.site.available", () -> siteAvailable.getAsBoolean() ? 1 : 0)
        .description("1 while the site answers, 0 while the publisher waits and probes it")
        .register(registry);
    Gauge.builder("publisher.records.in.flight", inFlight::getAsInt)
        .description("Records fetched and not yet committable")
        .register(registry);
  }

  private static Counter outcome(MeterRegistry registry, String outcome) {
    return Counter.builder("publisher.deliveries")
        .description("Delivery attempts by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static Counter retraction(MeterRegistry registry, String outcome) {
    return Counter.builder("publisher.retractions")
        .description("Retractions settled by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  void attempt(Duration took) {
    delivery.record(took);
  }

  void succeeded(Duration sinceSubmission) {
    success.increment();
    if (sinceSubmission != null && !sinceSubmission.isNegative()) submissionToPublication.record(sinceSubmission);
  }

  void retried() {
    retry.increment();
  }

  void deadLettered() {
    deadLetter.increment();
  }

  void skipped() {
    skipped.increment();
  }

  void retracted() {
    retracted.increment();
  }

  void retractionDeadLettered() {
    retractionDeadLetter.increment();
  }
}
