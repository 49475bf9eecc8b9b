package io.commentmod.ingest;

import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

/**
 * Writes accepted comments to {@code comments.submitted}, keyed by id, and returns only once every
 * in-sync replica has the record (acks=all, idempotent). The timeouts bound a dead broker to a few
 * seconds: metadata waits at most {@link #MAX_BLOCK}, delivery gives up after {@link #DELIVERY_TIMEOUT}.
 */
final class Submitter implements AutoCloseable {
  static final Duration MAX_BLOCK = Duration.ofSeconds(4);
  static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

  /** The broker did not acknowledge the write; the comment may or may not have been stored. */
  static final class BrokerUnavailable extends Exception {
    BrokerUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final KafkaProducer<String, CommentSubmitted> producer;
  private final KafkaClientMetrics producerMetrics;

  /** Binds the producer's own metrics ({@code kafka_producer_*}: send rate, errors, request latency) to {@code registry}. */
  Submitter(KafkaSettings kafka, MeterRegistry registry) {
    Map<String, Object> cfg = kafka.clientConfig();
    cfg.put(ProducerConfig.CLIENT_ID_CONFIG, "ingest");
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    cfg.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
    cfg.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
    cfg.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
    cfg.put(ProducerConfig.LINGER_MS_CONFIG, 2);
    this.producer = new KafkaProducer<>(cfg, Topics.SUBMITTED.keySerde().serializer(), Topics.SUBMITTED.valueSerde().serializer());
    this.producerMetrics = new KafkaClientMetrics(producer);
    producerMetrics.bindTo(registry);
  }

  /** Blocks until acknowledged; throws when not acknowledged within {@code wait}. */
  RecordMetadata send(CommentSubmitted comment, Duration wait) throws BrokerUnavailable, InterruptedException {
    try {
      return producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), comment.id(), comment)).get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new BrokerUnavailable("write not acknowledged: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      throw new BrokerUnavailable("write not acknowledged within " + wait.toMillis() + " ms", e);
    } catch (KafkaException e) {
      throw new BrokerUnavailable("write refused: " + e, e);
    }
  }

  @Override
  public void close() {
    producerMetrics.close();
    producer.close(Duration.ofSeconds(5));
  }
}
