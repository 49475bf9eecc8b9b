package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentPublished;
import io.commentmod.events.CommentRetracted;
import io.commentmod.events.DeadLetter;
import io.commentmod.events.Topics;
import io.commentmod.logging.CommentContext;
import io.commentmod.publisher.DeliveryPolicy.Decision;
import io.commentmod.publisher.DeliveryPolicy.Delivered;
import io.commentmod.publisher.DeliveryPolicy.GiveUp;
import io.commentmod.publisher.DeliveryPolicy.Retry;
import io.commentmod.publisher.Lanes.After;
import io.commentmod.publisher.Lanes.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One record of {@code comments.approved} or {@code comments.retracted}, taken to the site and
 * settled: published with a receipt, retracted, dead-lettered, or skipped because the comment was
 * retracted. Settling is what lets its offset be committed. Runs in its article's lane.
 */
final class Delivery implements Lanes.Job {
  private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
  /** Wait after Kafka refused a receipt, dead letter or retraction record; the producer has already retried. */
  static final Duration KAFKA_RETRY_DELAY = Duration.ofSeconds(1);
  static final Duration KAFKA_WRITE_TIMEOUT = Duration.ofSeconds(40);
  static final String STAGE = "publisher";

  /** What every delivery shares. */
  record Tools(SiteClient site, DeliveryPolicy policy, SiteGate gate, Retractions retractions, Producer<String, byte[]> producer,
      PublisherMetrics metrics, Clock clock) {}

  private final Tools t;
  private final PartitionWork work;
  private final ConsumerRecord<String, byte[]> record;
  private final CommentApproved approved;
  private final CommentRetracted retracted;
  private final String undecodable;
  private int failures;
  private boolean recorded;
  private ProducerRecord<String, byte[]> outbox;

  private Delivery(Tools t, PartitionWork work, ConsumerRecord<String, byte[]> record, CommentApproved approved, CommentRetracted retracted,
      String undecodable) {
    this.t = t;
    this.work = work;
    this.record = record;
    this.approved = approved;
    this.retracted = retracted;
    this.undecodable = undecodable;
  }

  /** Decodes the record; one that cannot be decoded is dead-lettered when its turn comes. */
  static Delivery of(Tools t, PartitionWork work, ConsumerRecord<String, byte[]> r) {
    boolean retraction = r.topic().equals(Topics.RETRACTED.name());
    try {
      if (retraction) {
        CommentRetracted c = Topics.RETRACTED.valueSerde().fromBytes(r.value());
        if (c == null || c.id() == null || c.id().isBlank()) throw new SerializationException("no id");
        return new Delivery(t, work, r, null, c, null);
      }
      CommentApproved c = Topics.APPROVED.valueSerde().fromBytes(r.value());
      if (c == null || c.id() == null || c.comment() == null) throw new SerializationException("no id or no comment");
      return new Delivery(t, work, r, c, null, null);
    } catch (SerializationException e) {
      return new Delivery(t, work, r, null, null, "undecodable " + (retraction ? "retraction" : "approved comment") + ": " + e.getMessage());
    }
  }

  /** The lane: the article, so one article's comments and retractions go in order. */
  String lane() {
    String article = approved != null ? approved.comment().articleId() : retracted != null ? retracted.articleId() : null;
    return article != null ? "article:" + article : "partition:" + record.topic() + "-" + record.partition();
  }

  /** The comment id of a retraction, else null. */
  String retractedId() {
    return retracted == null ? null : retracted.id();
  }

  @Override
  public Step step(Runnable resume) {
    try (var log = CommentContext.of(record.key())) {
      return takeStep(resume);
    }
  }

  private Step takeStep(Runnable resume) {
    if (work.isRevoked()) return Lanes.DONE; // the partition's next owner delivers it again from the committed offset
    try {
      if (outbox != null) return flush();
      if (undecodable != null) return deadLetter(undecodable, 0);
      if (approved != null && t.retractions().isRetracted(approved.id())) {
        t.metrics().skipped();
        LOG.info("Comment {} was retracted; not delivering it", approved.id());
        return settle();
      }
      if (retracted != null && !recorded) {
        if (!t.retractions().record(retracted)) return new After(KAFKA_RETRY_DELAY);
        recorded = true;
      }
      return attempt(resume);
    } catch (InterruptedException e) {
      // Shutting down: the lane stops here, so nothing behind this record overtakes it.
      Thread.currentThread().interrupt();
      return Lanes.PARKED;
    }
  }

  private Step attempt(Runnable resume) throws InterruptedException {
    SiteGate.Pass pass = t.gate().tryPass(resume);
    if (pass == null) return Lanes.PARKED;
    if (!work.enter()) {
      t.gate().cancel(pass);
      return Lanes.DONE;
    }
    int attempt = failures + 1;
    SiteResponse response = null;
    IOException error = null;
    long started = System.nanoTime();
    try {
      response = approved != null ? t.site().deliver(approved) : t.site().retract(retracted);
    } catch (IOException e) {
      error = e;
    } catch (InterruptedException e) {
      t.gate().cancel(pass);
      throw e;
    } finally {
      work.exit();
      t.metrics().attempt(Duration.ofNanos(System.nanoTime() - started));
    }
    Decision decision = approved != null ? t.policy().decide(response, error, attempt) : t.policy().decideRetraction(response, error, attempt);
    boolean siteFailed = response == null || (!(decision instanceof Delivered) && DeliveryPolicy.transientStatus(response.status()));
    if (siteFailed) t.gate().failed(pass, response == null ? null : response.retryAfter());
    else t.gate().answered(pass);
    if (decision instanceof Retry retry) {
      failures = attempt;
      t.metrics().retried();
      LOG.info("{} {} attempt {} failed ({}); retrying in {} ms", what(), id(), attempt, retry.why(), retry.delay().toMillis());
      return new After(retry.delay());
    }
    if (decision instanceof Delivered ok) {
      if (retracted != null) {
        t.metrics().retracted();
        LOG.info("Retracted comment {} from the site ({})", retracted.id(), ok.status());
        return settle();
      }
      Instant now = t.clock().instant();
      var receipt = new CommentPublished(approved.id(), approved.comment().articleId(), ok.status(), attempt, now);
      Instant received = approved.comment().receivedAt();
      t.metrics().succeeded(received == null ? null : Duration.between(received, now));
      LOG.debug("Delivered comment {} after {} attempt(s)", approved.id(), attempt);
      // The site has it; if the receipt cannot be written now, only the receipt is retried.
      outbox = new ProducerRecord<>(Topics.PUBLISHED.name(), approved.id(), Topics.PUBLISHED.valueSerde().toBytes(receipt));
      return flush();
    }
    return deadLetter(((GiveUp) decision).reason(), attempt);
  }

  /**
   * The dead letter keeps the whole original value, not an excerpt, when it is a valid event: that
   * is what {@code publisher dlq redrive} re-publishes.
   */
  private Step deadLetter(String reason, int attempts) throws InterruptedException {
    String value = undecodable != null ? DeadLetter.excerpt(record.value()) : new String(record.value(), StandardCharsets.UTF_8);
    var letter = new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), value, reason, STAGE, t.clock().instant());
    LOG.warn("Dead-lettering {} ({}-{}@{}): {}", record.key(), record.topic(), record.partition(), record.offset(), reason);
    if (retracted != null) t.metrics().retractionDeadLettered();
    else t.metrics().deadLettered();
    outbox = new ProducerRecord<>(Topics.DEAD_LETTER.name(), record.key(), Topics.DEAD_LETTER.valueSerde().toBytes(letter));
    return flush();
  }

  private Step flush() throws InterruptedException {
    if (!work.enter()) return Lanes.DONE;
    try {
      t.producer().send(outbox).get(KAFKA_WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      LOG.warn("Cannot write to {} for {}: {}", outbox.topic(), outbox.key(), e.getMessage());
      return new After(KAFKA_RETRY_DELAY);
    } finally {
      work.exit();
    }
    outbox = null;
    return settle();
  }

  private Step settle() {
    work.settle(record.offset());
    return Lanes.DONE;
  }

  private String what() {
    return retracted != null ? "Retraction of" : "Comment";
  }

  private String id() {
    return retracted != null ? retracted.id() : approved.id();
  }
}
