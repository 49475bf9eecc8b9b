package io.commentmod.publisher;

import io.javalin.Javalin;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * /health/live, /health/ready (with each check, see {@link Readiness}) and /metrics (Prometheus text,
 * when the registry is a Prometheus one).
 */
final class OpsServer implements AutoCloseable {
  private final Javalin app;

  OpsServer(BooleanSupplier live, Supplier<Readiness> ready, MeterRegistry registry) {
    app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jsonMapper(new io.javalin.json.JavalinJackson(io.commentmod.events.Json.mapper(), false));
    });
    app.get("/health/live", ctx -> health(ctx, live.getAsBoolean()));
    app.get("/health/ready", ctx -> {
      Readiness r = ready.get();
      ctx.status(r.ready() ? 200 : 503).json(Map.of("status", r.ready() ? "UP" : "DOWN", "checks", r.checks()));
    });
    app.get("/metrics", ctx -> {
      if (registry instanceof PrometheusMeterRegistry prometheus) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(prometheus.scrape());
      } else {
        ctx.status(404).result("metrics are not exported as Prometheus text by this registry");
      }
    });
  }

  private static void health(io.javalin.http.Context ctx, boolean up) {
    ctx.status(up ? 200 : 503).contentType("application/json").result(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  OpsServer start(int port) {
    app.start(port);
    return this;
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
