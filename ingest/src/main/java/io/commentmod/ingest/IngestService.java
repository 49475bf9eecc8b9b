package io.commentmod.ingest;

import io.commentmod.ingest.status.StatusView;
import io.commentmod.kafka.BrokerProbe;
import io.commentmod.kafka.KafkaSettings;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest HTTP service: {@code POST /api/v1/comments}, {@code GET /api/v1/comments/{id}},
 * {@code /health/live}, {@code /health/ready} and {@code /metrics} (Prometheus text, when the
 * registry is or contains a {@code PrometheusMeterRegistry}). Expects the topics to exist.
 * Never answers 5xx to client input; 503 means the broker did not acknowledge.
 */
public final class IngestService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final KafkaSettings kafka;
  private final Clock clock;
  private final MeterRegistry registry;
  private final Deque<AutoCloseable> resources = new ArrayDeque<>();
  private Javalin app;

  public IngestService(IngestConfig config, KafkaSettings kafka, Clock clock, MeterRegistry registry) {
    this.config = config;
    this.kafka = kafka;
    this.clock = clock;
    this.registry = registry;
  }

  /** Binds the port and starts the background readers; does not wait for the broker. */
  public synchronized IngestService start() {
    if (app != null) throw new IllegalStateException("already started");
    try {
      IngestMetrics metrics = open(new IngestMetrics(registry));
      Submitter submitter = open(new Submitter(kafka, registry));
      StatusView statuses = open(new StatusView(kafka)).start();
      BrokerProbe probe = open(new BrokerProbe(kafka, "ingest")).start();
      ApiKeys keys = new ApiKeys(config.apiKeys());
      Acceptances acceptances = new Acceptances(config.idempotencyCacheSize());
      Health health = new Health(probe, statuses);

      app = Javalin.create(cfg -> {
        cfg.showJavalinBanner = false;
        cfg.startupWatcherEnabled = false;
        cfg.http.maxRequestSize = SubmitHandler.MAX_REQUEST_BYTES;
        cfg.http.prefer405over404 = true;
        // Jetty caches Authorization values per connection and matches that cache ignoring case:
        // without this, a key's case variant on a kept-alive connection was read as the key.
        cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
      });
      app.before(LogContext::open);
      app.after(LogContext::close);
      app.post(SubmitHandler.PATH, new SubmitHandler(keys, acceptances, statuses, submitter, metrics, clock));
      app.get(StatusHandler.PATH, new StatusHandler(keys, acceptances, statuses));
      app.get(Health.LIVE, health::live);
      app.get(Health.READY, health::ready);
      metrics.prometheus().ifPresent(p -> app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(p.scrape())));
      app.exception(HttpResponseException.class, (e, ctx) -> {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        Responses.problem(ctx, Problem.of(e.getStatus(), status.getMessage(), e.getMessage()));
      });
      app.exception(Exception.class, (e, ctx) -> {
        LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        Responses.problem(ctx, Problem.of(500, "Internal Server Error", "unexpected failure; see the service log"));
      });
      app.start(config.port());
      LOG.info("Ingest listening on port {} with {} API key(s), brokers {}", app.port(), config.apiKeys().size(), kafka.bootstrapServers());
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The bound port (the real one when configured as 0). */
  public synchronized int port() {
    if (app == null) throw new IllegalStateException("not started");
    return app.port();
  }

  /** Stops HTTP first, so no request is accepted after the producer is gone. */
  @Override
  public synchronized void close() {
    if (app != null) {
      app.stop();
    }
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        LOG.warn("Error while closing ingest", e);
      }
    }
  }

  private <T extends AutoCloseable> T open(T resource) {
    resources.push(resource);
    return resource;
  }
}
