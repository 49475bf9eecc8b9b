package io.commentmod.ingest;

import io.commentmod.ingest.status.StatusView;
import io.commentmod.kafka.BrokerProbe;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health/live}: 200 while the process serves HTTP. {@code /health/ready}: 200 when the
 * cluster answered the last probe and the status view has caught up; else 503 saying which is not.
 */
final class Health {
  static final String LIVE = "/health/live";
  static final String READY = "/health/ready";

  private final BrokerProbe broker;
  private final StatusView statuses;

  Health(BrokerProbe broker, StatusView statuses) {
    this.broker = broker;
    this.statuses = statuses;
  }

  void live(Context ctx) {
    Responses.json(ctx, 200, Map.of("status", "up"));
  }

  void ready(Context ctx) {
    String brokerProblem = broker.problem();
    boolean caughtUp = statuses.caughtUp();
    Map<String, String> checks = new LinkedHashMap<>();
    checks.put("broker", brokerProblem == null ? "ok" : brokerProblem);
    checks.put("statusView", caughtUp ? "ok" : "still reading the status table");
    boolean ready = brokerProblem == null && caughtUp;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ready ? "ready" : "not_ready");
    body.put("checks", checks);
    Responses.json(ctx, ready ? 200 : 503, body);
  }
}
