package io.commentmod.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stand-in for the site's webhook receiver: checks signatures, stores each comment once by
 * idempotency key and counts accepted writes per key. Can answer scripted statuses per comment id,
 * fail a share of requests with 503, or answer slowly.
 */
final class StandInSite implements AutoCloseable {
  /** One received request, as the site saw it. */
  record Received(String idempotencyKey, String timestamp, String signature, byte[] body, boolean signatureValid, int answered) {}

  private final WebhookSignature signature;
  private final HttpServer server;
  private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int failPercent;
  private volatile Duration delay = Duration.ZERO;
  private volatile Consumer<String> beforeAnswer = key -> {};

  StandInSite(String secret) throws IOException {
    signature = new WebhookSignature(secret);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/webhooks/comments", this::handle);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/comments");
  }

  /** The next answers for comment {@code id}, in order; afterwards the normal behaviour. */
  StandInSite script(String id, Integer... statuses) {
    scripted.computeIfAbsent(id, k -> new ArrayDeque<>()).addAll(List.of(statuses));
    return this;
  }

  StandInSite failPercent(int percent) {
    this.failPercent = percent;
    return this;
  }

  StandInSite delay(Duration d) {
    this.delay = d;
    return this;
  }

  /** Runs with the idempotency key before each answer is sent. */
  StandInSite beforeAnswer(Consumer<String> hook) {
    this.beforeAnswer = hook;
    return this;
  }

  int writes(String key) {
    AtomicInteger n = writes.get(key);
    return n == null ? 0 : n.get();
  }

  JsonNode stored(String id) {
    return stored.get(id);
  }

  List<Received> received(String key) {
    return received.stream().filter(r -> key.equals(r.idempotencyKey())).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String key = ex.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_HEADER);
      String ts = ex.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
      String sig = ex.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
      boolean valid = signature.verify(ts, sig, body, Instant.now(), Duration.ofMinutes(5));
      if (!delay.isZero()) sleep(delay);
      int status = answer(key, valid, body);
      received.add(new Received(key, ts, sig, body, valid, status));
      beforeAnswer.accept(key == null ? "" : key);
      byte[] out = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
      if (status == 503) ex.getResponseHeaders().add("Retry-After", "0");
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(status, out.length);
      ex.getResponseBody().write(out);
    }
  }

  private int answer(String key, boolean valid, byte[] body) throws IOException {
    if (!valid) return 401;
    if (key == null) return 400;
    Deque<Integer> script = scripted.get(key);
    Integer next = script == null ? null : script.poll();
    int status = next != null ? next : ThreadLocalRandom.current().nextInt(100) < failPercent ? 503 : 200;
    if (status >= 200 && status < 300) {
      JsonNode json = Json.mapper().readTree(body);
      if (!key.equals(json.path("id").asText())) return 400;
      stored.putIfAbsent(key, json);
      writes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
    return status;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
