package io.commentmod.publisher;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The publisher's meters, named as Prometheus shows them. */
final class PublisherMetrics {
  private final Counter success;
  private final Counter retry;
  private final Counter deadLetter;
  private final Timer delivery;
  private final Timer submissionToPublication;

  PublisherMetrics(MeterRegistry registry) {
    success = outcome(registry, "success");
    retry = outcome(registry, "retry");
    deadLetter = outcome(registry, "dead_letter");
    // publisher_delivery_seconds: one webhook call, whatever its answer.
    delivery = Timer.builder("publisher.delivery")
        .description("Duration of one webhook call to the site")
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

  private static Counter outcome(MeterRegistry registry, String outcome) {
    return Counter.builder("publisher.deliveries")
        .description("Delivery attempts by outcome")
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
}
