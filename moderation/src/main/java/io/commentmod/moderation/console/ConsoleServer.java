package io.commentmod.moderation.console;

import com.fasterxml.jackson.core.type.TypeReference;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Json;
import io.commentmod.events.ModeratorAction;
import io.commentmod.kafka.BrokerProbe;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.console.auth.ConsoleAuth;
import io.commentmod.moderation.console.auth.Sessions;
import io.commentmod.moderation.ops.OpsHistory;
import io.commentmod.moderation.ops.OpsWatch;
import io.commentmod.moderation.topology.AuditLog;
import io.commentmod.moderation.topology.TopologyListener;
import io.commentmod.moderation.training.LearnedLayer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The moderator console: the page, its JSON API behind a login, live updates, the internal
 * endpoints through which instances read each other's stores, health and metrics.
 *
 * <p>Decisions and actions are written to Kafka and applied by the topology; what the console
 * shows comes from the topology's stores by interactive query across every instance.
 */
public final class ConsoleServer implements AutoCloseable {
  static final int MAX_BULK = 200;
  /** How often the operations page's queue depth and waiting time are sampled. */
  static final java.time.Duration OPS_SAMPLE = java.time.Duration.ofSeconds(15);

  private final int port;
  private final String advertisedHost;
  private final ConsoleConfig config;
  private final Supplier<KafkaStreams> streams;
  private final PrometheusMeterRegistry metrics;
  private final Clock clock;
  private final Decisions decisions;
  private final LiveUpdates live = new LiveUpdates();
  private final DeadLetterWatch deadLetters;
  private final LocalQueries local;
  private final ConsoleAuth auth;
  private final OpsHistory ops;
  private final OpsWatch opsWatch;
  private final BrokerProbe broker;
  private final ScheduledExecutorService opsSampler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "console-ops-sampler");
    t.setDaemon(true);
    return t;
  });
  private final Supplier<LearnedLayer> learned;
  private Peers peers;
  private Board board;
  private Javalin app;

  /** @param learned the spam classifier's learned layer now in use, for the Checks view */
  public ConsoleServer(int port, String advertisedHost, ConsoleConfig config, Supplier<KafkaStreams> streams, KafkaSettings kafka,
      PrometheusMeterRegistry metrics, Clock clock, Supplier<LearnedLayer> learned) {
    this.port = port;
    this.advertisedHost = advertisedHost;
    this.config = config;
    this.streams = streams;
    this.metrics = metrics;
    this.clock = clock;
    this.decisions = new Decisions(kafka, clock);
    this.deadLetters = new DeadLetterWatch(kafka);
    this.local = new LocalQueries(streams);
    this.auth = new ConsoleAuth(config.accounts(), clock, config.sessionIdle(), config.secureCookie());
    this.ops = new OpsHistory(clock);
    this.opsWatch = new OpsWatch(kafka, ops, clock);
    this.broker = new BrokerProbe(kafka, "moderation");
    this.learned = learned;
  }

  public ConsoleServer start() {
    app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
      // Jetty caches Cookie values per connection and matches that cache ignoring case; session
      // tokens are compared exactly, so the cache must be too.
      cfg.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
      cfg.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/console";
        s.location = io.javalin.http.staticfiles.Location.CLASSPATH;
        s.headers = Map.of("Cache-Control", "no-cache");
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.before("/api/*", auth::guard);
    app.before("/internal/*", this::peerGuard);

    app.post("/api/login", ctx -> {
      auth.login(ctx);
      Sessions.Session s = ConsoleAuth.session(ctx);
      if (s != null) ctx.json(sessionView(s));
    });
    app.post("/api/logout", auth::logout);
    app.get("/api/session", ctx -> ctx.json(sessionView(ConsoleAuth.session(ctx))));
    app.get("/api/queues", this::queues);
    app.sse("/api/events", live::add);
    app.get("/api/checks", ctx -> ctx.json(board.checks()));
    app.get("/api/learning", ctx -> {
      LearnedLayer l = learned.get();
      ctx.json(new Views.Learning(l.spamLabels(), l.notSpamLabels()));
    });
    app.get("/api/audit", ctx -> ctx.json(board.audit(limit(ctx, 200, 1000), ctx.queryParam("q"))));
    app.get("/api/ops", ctx -> {
      ctx.header("Cache-Control", "no-store");
      ctx.json(ops.charts());
    });
    app.get("/api/recent", ctx -> ctx.json(board.recent(limit(ctx, 100, 500), ctx.queryParam("q"))));
    app.post("/api/comments/{id}/decision", this::decide);
    app.post("/api/decisions", this::decideBulk);
    for (ModeratorAction a : ModeratorAction.values()) {
      app.post("/api/comments/{id}/" + a.wire(), ctx -> act(ctx, a));
    }

    app.get("/internal/queue", ctx -> ctx.json(local.queue()));
    app.post("/internal/authors", ctx -> ctx.json(local.authors(Json.mapper().readValue(ctx.bodyAsBytes(), new TypeReference<List<String>>() {}))));
    app.get("/internal/stats", ctx -> ctx.json(local.stats()));
    app.get("/internal/audit", ctx -> ctx.json(local.audit(limit(ctx, 200, 1000), AuditFilter.of(ctx.queryParam("q")))));
    app.get("/internal/recent", ctx -> ctx.json(local.recent(limit(ctx, 100, 500), RecentFilter.of(ctx.queryParam("q")))));
    app.get("/internal/version", ctx -> ctx.json(live.version()));
    app.exception(InvalidStateStoreException.class, (e, ctx) ->
        ConsoleAuth.problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Queues are loading (Streams is starting or rebalancing)"));

    app.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
    app.get("/health/ready", this::ready);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    app.start(port);

    HostInfo self = new HostInfo(advertisedHost, app.port());
    peers = new Peers(streams, () -> self, config.peerSecret().orElse(""));
    board = new Board(local, peers, clock, deadLetters::count);
    deadLetters.start();
    opsWatch.start();
    broker.start();
    opsSampler.scheduleWithFixedDelay(this::sampleQueues, 1, OPS_SAMPLE.toSeconds(), TimeUnit.SECONDS);
    live.start(() -> peers.gather("/internal/version", new TypeReference<Long>() {}).answers().stream().mapToLong(Long::longValue).sum());
    return this;
  }

  private void sampleQueues() {
    try {
      Board.QueueStats q = board.queueStats();
      ops.queues(q.depth(), q.oldestSeconds(), clock.instant());
    } catch (RuntimeException e) {
      // stores not queryable (starting, rebalancing): no sample this time
    }
  }

  public int port() {
    return app.port();
  }

  /** Told by the topology whenever a moderator would see something change. */
  public TopologyListener listener() {
    return live;
  }

  /** Every comment held in this instance's review-queue store; throws while the store is not queryable. */
  public List<CommentModerated> heldComments() {
    return local.held();
  }

  private Views.SessionView sessionView(Sessions.Session s) {
    return new Views.SessionView(s.moderator(), s.csrf(), config.undoWindow().toSeconds(), config.claimTtl().toSeconds(),
        config.urgentAlarm().toSeconds(), config.rejectReasons());
  }

  private void peerGuard(Context ctx) {
    String secret = config.peerSecret().orElse(null);
    if (secret == null || !ConsoleAuth.sameToken(ctx.header(Peers.HEADER), secret)) {
      ConsoleAuth.problem(ctx, HttpStatus.FORBIDDEN, "Internal endpoint");
      ctx.skipRemainingHandlers();
    }
  }

  private void queues(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.json(board.board());
  }

  record DecisionRequest(String action, String reason, List<String> ids) {}

  record ActionRequest(String reason) {}

  /** A decision as the API names it: approve, reject (with a listed reason), spam, not_spam. */
  private record Parsed(DecisionAction action, String reason) {}

  private Parsed parse(Context ctx, DecisionRequest req) {
    String action = req == null || req.action() == null ? "" : req.action().trim().toLowerCase(Locale.ROOT);
    String reason = req == null || req.reason() == null || req.reason().isBlank() ? null : req.reason().trim();
    if (reason != null && reason.length() > 500) {
      invalid(ctx, "reason", "must be at most 500 characters");
      return null;
    }
    switch (action) {
      case "approve":
        return new Parsed(DecisionAction.APPROVE, reason);
      case "not_spam":
      case "not spam":
        return new Parsed(DecisionAction.APPROVE, AuditLog.NOT_SPAM);
      case "spam":
        return new Parsed(DecisionAction.REJECT, AuditLog.SPAM);
      case "reject":
        for (String r : config.rejectReasons()) if (r.equalsIgnoreCase(reason == null ? "" : reason)) return new Parsed(DecisionAction.REJECT, r);
        invalid(ctx, "reason", "must be one of " + config.rejectReasons());
        return null;
      default:
        invalid(ctx, "action", "must be approve, reject, spam or not_spam");
        return null;
    }
  }

  private void decide(Context ctx) throws InterruptedException {
    DecisionRequest req = body(ctx, DecisionRequest.class);
    if (req == null) return;
    String id = commentId(ctx);
    if (id == null) return;
    Parsed p = parse(ctx, req);
    if (p == null) return;
    try {
      var d = decisions.decide(id, p.action(), ConsoleAuth.session(ctx).moderator(), p.reason());
      ctx.status(HttpStatus.ACCEPTED).json(d);
    } catch (TimeoutException | ExecutionException e) {
      ConsoleAuth.problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable; decision not recorded");
    }
  }

  private void decideBulk(Context ctx) throws InterruptedException {
    DecisionRequest req = body(ctx, DecisionRequest.class);
    if (req == null) return;
    List<String> ids = req.ids() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(req.ids()));
    if (ids.isEmpty() || ids.size() > MAX_BULK || ids.stream().anyMatch(i -> i == null || i.isBlank() || i.length() > 200)) {
      invalid(ctx, "ids", "must list 1 to " + MAX_BULK + " comment ids");
      return;
    }
    Parsed p = parse(ctx, req);
    if (p == null) return;
    try {
      var ds = decisions.decideAll(ids, p.action(), ConsoleAuth.session(ctx).moderator(), p.reason());
      ctx.status(HttpStatus.ACCEPTED).json(ds);
    } catch (TimeoutException | ExecutionException e) {
      ConsoleAuth.problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable; decisions not recorded");
    }
  }

  private void act(Context ctx, ModeratorAction action) throws InterruptedException {
    ActionRequest req = ctx.body().isBlank() ? new ActionRequest(null) : body(ctx, ActionRequest.class);
    if (req == null) return;
    String id = commentId(ctx);
    if (id == null) return;
    String reason = req.reason() == null || req.reason().isBlank() ? null : req.reason().trim();
    if (reason != null && reason.length() > 500) {
      invalid(ctx, "reason", "must be at most 500 characters");
      return;
    }
    try {
      ctx.status(HttpStatus.ACCEPTED).json(decisions.act(id, action, ConsoleAuth.session(ctx).moderator(), reason));
    } catch (TimeoutException | ExecutionException e) {
      ConsoleAuth.problem(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Broker unavailable; action not recorded");
    }
  }

  private <T> T body(Context ctx, Class<T> type) {
    String ct = ctx.contentType();
    if (ct == null || !ct.startsWith("application/json")) {
      ConsoleAuth.problem(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
      return null;
    }
    try {
      T t = ctx.bodyAsClass(type);
      if (t == null) throw new IllegalArgumentException();
      return t;
    } catch (RuntimeException e) {
      ConsoleAuth.problem(ctx, HttpStatus.BAD_REQUEST, "Invalid JSON");
      return null;
    }
  }

  private static String commentId(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > 200) {
      invalid(ctx, "id", "must be a comment id");
      return null;
    }
    return id;
  }

  private static void invalid(Context ctx, String field, String message) {
    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("title", "Invalid request", "status", 400,
        "errors", List.of(Map.of("field", field, "message", message))));
  }

  private static int limit(Context ctx, int def, int max) {
    String v = ctx.queryParam("limit");
    try {
      return v == null ? def : Math.max(1, Math.min(max, Integer.parseInt(v)));
    } catch (NumberFormatException e) {
      return def;
    }
  }

  /** Ready while Kafka Streams is RUNNING and the broker answered the last probe (Streams stays RUNNING without one). */
  private void ready(Context ctx) {
    KafkaStreams s = streams.get();
    KafkaStreams.State state = s == null ? null : s.state();
    String brokerProblem = broker.problem();
    boolean up = state == KafkaStreams.State.RUNNING && brokerProblem == null;
    ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(Map.of("status", up ? "up" : "down", "streams", String.valueOf(state), "broker", brokerProblem == null ? "ok" : brokerProblem));
  }

  @Override
  public void close() {
    live.close();
    opsSampler.shutdownNow();
    opsWatch.close();
    broker.close();
    if (app != null) app.stop();
    deadLetters.close();
    decisions.close();
  }
}
