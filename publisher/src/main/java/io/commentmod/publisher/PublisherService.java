package io.commentmod.publisher;

import io.commentmod.kafka.BrokerProbe;
import io.commentmod.kafka.KafkaSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher: one poll thread consuming {@code comments.approved} and {@code comments.retracted}
 * as group {@link PublisherConfig#groupId()}, {@link PublisherConfig#concurrency()} workers calling
 * the site, plus health and metrics over HTTP. See {@link DeliveryLoop} for the guarantees. Run more
 * instances with the same group to scale by partitions.
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
  private ExecutorService workers;
  private ScheduledExecutorService timer;
  private KafkaProducer<String, byte[]> producer;
  private Retractions retractions;
  private BrokerProbe broker;
  private SiteGate gate;
  private volatile boolean failed;
  private final java.util.List<KafkaClientMetrics> clientMetrics = new java.util.ArrayList<>();

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
    var consumer = PublisherClients.consumer(kafka, config.groupId());
    producer = PublisherClients.producer(kafka);
    for (var client : java.util.List.of(new KafkaClientMetrics(consumer), new KafkaClientMetrics(producer))) {
      client.bindTo(registry);
      clientMetrics.add(client);
    }
    retractions = new Retractions(PublisherClients.reader(kafka, config.groupId()), producer);
    workers = Executors.newFixedThreadPool(config.concurrency(), named("publisher-worker"));
    timer = Executors.newSingleThreadScheduledExecutor(named("publisher-timer"));
    Backoff backoff = Backoff.of(config);
    gate = new SiteGate(backoff, clock, timer);
    broker = new BrokerProbe(kafka, "publisher").start();
    var metrics = new PublisherMetrics(registry);
    var tools = new Delivery.Tools(site, new DeliveryPolicy(backoff, config.maxAttempts()), gate, retractions, producer, metrics, clock);
    loop = new DeliveryLoop(consumer, new Lanes(workers, timer), tools, retractions, drainTimeout(), clock);
    metrics.watch(gate::isOpen, loop::inFlight);
    try {
      ops = new OpsServer(this::isLive, this::readiness, registry).start(config.port());
    } catch (RuntimeException e) {
      consumer.close();
      shutdownRest();
      throw e;
    }
    thread = new Thread(loop, "publisher-delivery");
    thread.setUncaughtExceptionHandler((t, e) -> {
      failed = true;
      LOG.error("Delivery loop stopped", e);
    });
    thread.start();
    LOG.info("Publisher delivering to {} ({}) as group {}, {} at a time, health on port {}", config.destination(),
        config.target().name().toLowerCase(java.util.Locale.ROOT), config.groupId(), config.concurrency(), ops.port());
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

  /**
   * The delivery thread runs and has partitions or has polled recently, the broker answered the last
   * probe (every 3 s), and the site gate is open.
   */
  public boolean isReady() {
    return readiness().ready();
  }

  Readiness readiness() {
    SiteGate g = gate;
    BrokerProbe b = broker;
    return Readiness.of(deliveryProblem(), b == null ? "not started" : b.problem(), g != null && g.isOpen());
  }

  private String deliveryProblem() {
    DeliveryLoop l = loop;
    Thread t = thread;
    if (l == null || t == null) return "not started";
    if (!t.isAlive()) return "delivery thread stopped";
    if (l.hasAssignment() || l.lastPoll().isAfter(clock.instant().minus(READY_POLL_WINDOW))) return null;
    return "no partitions and no poll in the last " + READY_POLL_WINDOW.toSeconds() + " s";
  }

  /** Lets site calls in flight finish (at most one request timeout), commits what is settled, leaves the group. */
  @Override
  public synchronized void close() {
    if (loop != null) loop.stop();
    if (thread != null) {
      try {
        thread.join(drainTimeout().plusSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) LOG.warn("Delivery thread did not stop in time");
    }
    shutdownRest();
    if (ops != null) ops.close();
  }

  private void shutdownRest() {
    clientMetrics.forEach(KafkaClientMetrics::close);
    clientMetrics.clear();
    if (workers != null) workers.shutdownNow();
    if (timer != null) timer.shutdownNow();
    try {
      if (workers != null) workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (retractions != null) retractions.close();
    if (producer != null) producer.close(Duration.ofSeconds(5));
    if (broker != null) broker.close();
  }

  /** A site call's longest run: request timeout plus a WordPress adapter's few extra look-ups. */
  private Duration drainTimeout() {
    return config.requestTimeout().multipliedBy(2).plusSeconds(2);
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
