package io.commentmod.publisher;

import io.commentmod.kafka.KafkaSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher: one delivery thread consuming {@code comments.approved} as group
 * {@link PublisherConfig#groupId()}, plus health and metrics over HTTP. See {@link DeliveryLoop}
 * for the delivery guarantees. Run more instances with the same group to scale by partitions.
 */
public final class PublisherService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PublisherService.class);
  /** An instance without partitions (more instances than partitions) is ready while it keeps polling. */
  static final Duration READY_POLL_WINDOW = Duration.ofSeconds(30);

  private final PublisherConfig config;
  private final KafkaSettings kafka;
  private final SiteClient site;
  private final Clock clock;
  private final MeterRegistry registry;
  private DeliveryLoop loop;
  private Thread thread;
  private OpsServer ops;
  private volatile boolean failed;

  public PublisherService(PublisherConfig config, KafkaSettings kafka, SiteClient site, Clock clock, MeterRegistry registry) {
    this.config = config;
    this.kafka = kafka;
    this.site = site;
    this.clock = clock;
    this.registry = registry;
  }

  /** Starts the health server and the delivery thread. */
  public synchronized PublisherService start() {
    if (loop != null) throw new IllegalStateException("publisher already started");
    var policy = new DeliveryPolicy(Backoff.of(config), config.maxAttempts());
    var consumer = PublisherClients.consumer(kafka, config.groupId());
    var producer = PublisherClients.producer(kafka);
    loop = new DeliveryLoop(consumer, producer, site, policy, new PublisherMetrics(registry), clock);
    try {
      ops = new OpsServer(this::isLive, this::isReady, registry).start(config.port());
    } catch (RuntimeException e) {
      consumer.close();
      producer.close();
      throw e;
    }
    thread = new Thread(loop, "publisher-delivery");
    thread.setUncaughtExceptionHandler((t, e) -> {
      failed = true;
      LOG.error("Delivery loop stopped", e);
    });
    thread.start();
    LOG.info("Publisher delivering to {} as group {}, health on port {}", config.webhookUrl(), config.groupId(), ops.port());
    return this;
  }

  /** The health and metrics port (the real one when configured as 0). */
  public int port() {
    if (ops == null) throw new IllegalStateException("publisher not started");
    return ops.port();
  }

  /** False once the delivery thread died of an error: restart the process. */
  public boolean isLive() {
    return !failed;
  }

  /** The delivery thread runs and has partitions, or has polled recently. */
  public boolean isReady() {
    DeliveryLoop l = loop;
    Thread t = thread;
    if (l == null || t == null || !t.isAlive()) return false;
    return l.hasAssignment() || l.lastPoll().isAfter(clock.instant().minus(READY_POLL_WINDOW));
  }

  /** Stops after the comment in hand (at most one webhook call), leaves the group, stops the server. */
  @Override
  public synchronized void close() {
    if (loop != null) loop.stop();
    if (thread != null) {
      try {
        thread.join(config.requestTimeout().plusSeconds(40).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) LOG.warn("Delivery thread did not stop in time");
    }
    if (ops != null) ops.close();
  }
}
