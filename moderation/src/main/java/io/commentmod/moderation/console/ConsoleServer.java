package io.commentmod.moderation.console;

import io.commentmod.events.CommentModerated;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Route;
import io.commentmod.moderation.topology.StoreNames;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The moderator console: a page listing what waits in each review queue, approve and reject
 * actions (written to the decisions topic, applied by the topology), health and metrics.
 * Queue contents come from the review-queue store by interactive query.
 */
public final class ConsoleServer implements AutoCloseable {
  private final int port;
  private final Supplier<KafkaStreams> streams;
  private final Decisions decisions;
  private final PrometheusMeterRegistry metrics;
  private Javalin app;

  public ConsoleServer(int port, Supplier<KafkaStreams> streams, Decisions decisions, PrometheusMeterRegistry metrics) {
    this.port = port;
    this.streams = streams;
    this.decisions = decisions;
    this.metrics = metrics;
  }

  public ConsoleServer start() {
    app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/console";
        s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; frame-ancestors 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/api/queues", this::queues);
    app.post("/api/comments/{id}/decision", this::decide);
    app.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
    app.get("/health/ready", this::ready);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    app.start(port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Every comment held in this instance's review-queue store; throws while the store is not queryable. */
  public List<CommentModerated> heldComments() {
    KafkaStreams s = streams.get();
    if (s == null) throw new InvalidStateStoreException("streams not started");
    ReadOnlyKeyValueStore<String, CommentModerated> store =
        s.store(StoreQueryParameters.fromNameAndType(StoreNames.REVIEW_QUEUE, QueryableStoreTypes.keyValueStore()));
    List<CommentModerated> all = new ArrayList<>();
    try (KeyValueIterator<String, CommentModerated> it = store.all()) {
      it.forEachRemaining(kv -> all.add(kv.value));
    }
    return all;
  }

  private void queues(Context ctx) {
    List<CommentModerated> all;
    try {
      all = heldComments();
    } catch (InvalidStateStoreException e) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("title", "Queues are loading", "status", 503));
      return;
    }
    all.sort(ReviewItems.PRIORITY);
    Map<String, List<CommentModerated>> byQueue = new LinkedHashMap<>();
    for (Route r : List.of(Route.URGENT, Route.MEDICAL, Route.SPAM, Route.APPROVED)) byQueue.put(r.wire(), new ArrayList<>());
    all.forEach(v -> byQueue.get(v.route().wire()).add(v));
    if (byQueue.get(Route.APPROVED.wire()).isEmpty()) byQueue.remove(Route.APPROVED.wire());
    ctx.json(byQueue);
  }

  record DecisionRequest(String action, String reason, String moderator) {}

  private void decide(Context ctx) throws Exception {
    if (!ctx.contentType().startsWith("application/json")) {
      ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).json(Map.of("title", "Content-Type must be application/json", "status", 415));
      return;
    }
    DecisionRequest req;
    try {
      req = ctx.bodyAsClass(DecisionRequest.class);
    } catch (RuntimeException e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("title", "Invalid JSON", "status", 400));
      return;
    }
    DecisionAction action;
    if ("approve".equals(req.action())) action = DecisionAction.APPROVE;
    else if ("reject".equals(req.action())) action = DecisionAction.REJECT;
    else {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("title", "Invalid decision", "status", 400, "errors",
          List.of(Map.of("field", "action", "message", "must be approve or reject"))));
      return;
    }
    String moderator = req.moderator() == null || req.moderator().isBlank() ? "moderator" : req.moderator();
    try {
      var d = decisions.decide(ctx.pathParam("id"), action, moderator, req.reason());
      ctx.status(HttpStatus.ACCEPTED).json(d);
    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("title", "Broker unavailable; decision not recorded", "status", 503));
    }
  }

  private void ready(Context ctx) {
    KafkaStreams s = streams.get();
    KafkaStreams.State state = s == null ? null : s.state();
    boolean up = state == KafkaStreams.State.RUNNING;
    ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(Map.of("status", up ? "up" : "down", "streams", String.valueOf(state)));
  }

  @Override
  public void close() {
    if (app != null) app.stop();
  }
}
