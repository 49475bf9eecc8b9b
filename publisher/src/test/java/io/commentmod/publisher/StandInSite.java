package io.commentmod.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.commentmod.events.Json;
import io.commentmod.webhook.WebhookSignature;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A stand-in for the site's webhook receiver, as the README asks sites to build it: checks
 * signatures, stores each comment once by idempotency key, counts accepted writes per key, records
 * retractions for good (a later publish of a retracted id is accepted and not shown), and remembers
 * the order in which comments were first stored. Faults on demand: scripted statuses per comment
 * id, a share of requests failing with 503, a share answered slowly after storing, a fixed delay,
 * or the whole site down (connection refused) and back on the same port.
 */
final class StandInSite implements AutoCloseable {
  /** One received request, as the site saw it. */
  record Received(String method, String idempotencyKey, String timestamp, String signature, byte[] body, boolean signatureValid, int answered) {}

  private final WebhookSignature signature;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "stand-in-site");
    t.setDaemon(true);
    return t;
  });
  private final int port;
  private volatile HttpServer server;
  private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> stored = new ConcurrentHashMap<>();
  private final Set<String> retracted = ConcurrentHashMap.newKeySet();
  private final List<String> firstStored = new CopyOnWriteArrayList<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile int failPercent;
  private volatile int slowPercent;
  private volatile Duration slow = Duration.ZERO;
  private volatile Duration delay = Duration.ZERO;
  private volatile Consumer<String> beforeAnswer = key -> {};

  StandInSite(String secret) throws IOException {
    signature = new WebhookSignature(secret);
    server = bind(0);
    port = server.getAddress().getPort();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/webhooks/comments");
  }

  /** The next answers for comment {@code id}, in order; afterwards the normal behaviour. */
  StandInSite script(String id, Integer... statuses) {
    scripted.computeIfAbsent(id, k -> new ArrayDeque<>()).addAll(List.of(statuses));
    return this;
  }

  /** Fails this share of requests with 503 before looking at them. */
  StandInSite failPercent(int percent) {
    this.failPercent = percent;
    return this;
  }

  /** Answers this share of successful writes only after {@code d}, once stored: the publisher may time out on a write that happened. */
  StandInSite slowPercent(int percent, Duration d) {
    this.slowPercent = percent;
    this.slow = d;
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

  /** Stops listening: connections are refused until {@link #up()}. */
  synchronized void down() {
    server.stop(0);
  }

  /** Listens again on the same port. */
  synchronized void up() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        server = bind(port);
        return;
      } catch (BindException e) {
        if (System.nanoTime() > deadline) throw e;
        Thread.sleep(100);
      }
    }
  }

  int writes(String key) {
    AtomicInteger n = writes.get(key);
    return n == null ? 0 : n.get();
  }

  JsonNode stored(String id) {
    return stored.get(id);
  }

  boolean isRetracted(String id) {
    return retracted.contains(id);
  }

  /** Comment ids in the order they were first stored. */
  List<String> firstStored() {
    return List.copyOf(firstStored);
  }

  List<Received> received(String key) {
    return received.stream().filter(r -> key.equals(r.idempotencyKey())).toList();
  }

  /** Requests received, over all keys. */
  int requests() {
    return received.size();
  }

  private HttpServer bind(int p) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", p), 0);
    s.setExecutor(executor);
    s.createContext("/webhooks/comments", this::handle);
    s.start();
    return s;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String method = ex.getRequestMethod();
      String key = ex.getRequestHeaders().getFirst(WebhookSignature.IDEMPOTENCY_HEADER);
      String ts = ex.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
      String sig = ex.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
      boolean valid = signature.verify(ts, sig, body, Instant.now(), Duration.ofMinutes(5));
      if (!delay.isZero()) sleep(delay);
      int status;
      boolean answerSlowly = false;
      if (method.equals("DELETE")) {
        status = retract(ex.getRequestURI().getPath(), valid, body);
      } else {
        status = answer(key, valid, body);
        answerSlowly = status < 300 && ThreadLocalRandom.current().nextInt(100) < slowPercent;
      }
      received.add(new Received(method, key, ts, sig, body, valid, status));
      if (answerSlowly) sleep(slow);
      beforeAnswer.accept(key == null ? "" : key);
      byte[] out = ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
      if (status == 503) ex.getResponseHeaders().add("Retry-After", "0");
      ex.getResponseHeaders().add("Content-Type", "application/json");
      if (status == 204) {
        ex.sendResponseHeaders(204, -1);
      } else {
        ex.sendResponseHeaders(status, out.length);
        ex.getResponseBody().write(out);
      }
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
      synchronized (this) {
        writes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        if (!retracted.contains(key) && stored.putIfAbsent(key, json) == null) firstStored.add(key);
      }
    }
    return status;
  }

  private int retract(String path, boolean valid, byte[] body) throws IOException {
    if (!valid) return 401;
    String id = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    Deque<Integer> script = scripted.get("retract:" + id);
    Integer next = script == null ? null : script.poll();
    int status = next != null ? next : ThreadLocalRandom.current().nextInt(100) < failPercent ? 503 : 204;
    if (status >= 200 && status < 300) {
      if (!id.equals(Json.mapper().readTree(body).path("id").asText())) return 400;
      synchronized (this) {
        retracted.add(id);
        stored.remove(id);
      }
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
    executor.shutdownNow();
  }
}
