package io.commentmod.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Posts comments to the ingest API over {@code connections} keep-alive connections, one thread
 * each. At a fixed rate the i-th request is due at {@code start + i / rate}; its latency counts from
 * that due time, so a stalled server shows up in the percentiles instead of silently lowering the
 * offered load (no coordinated omission). At rate 0 every connection sends as fast as it is answered.
 */
final class HttpLoad {
  static final String PATH = "/api/v1/comments";

  /** What one run saw; {@code statuses} counts answers by HTTP status, {@code errors} failed connections. */
  record Result(long sent, Map<Integer, Long> statuses, long errors, double seconds, String firstError) {
    long accepted() {
      return statuses.getOrDefault(202, 0L);
    }
  }

  private final URI ingest;
  private final String apiKey;

  HttpLoad(URI ingest, String apiKey) {
    this.ingest = ingest;
    this.apiKey = apiKey;
  }

  Result run(int connections, double rate, Duration duration, int lengthFactor, long seed, Tracker tracker) throws InterruptedException {
    AtomicLong next = new AtomicLong();
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    LongAdder errors = new LongAdder();
    List<String> firstError = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime() + 20_000_000; // let every thread reach its first wait
    long end = start + duration.toNanos();
    double interval = rate > 0 ? 1e9 / rate : 0;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      CommentMix mix = new CommentMix(seed * 1000 + c, lengthFactor);
      Thread t = new Thread(() -> {
        try (HttpConnection conn = new HttpConnection(ingest, PATH, apiKey)) {
          while (true) {
            long due;
            if (rate > 0) {
              due = start + (long) (next.getAndIncrement() * interval);
              if (due >= end) return;
              long wait = due - System.nanoTime();
              if (wait > 0) LockSupport.parkNanos(wait);
            } else {
              due = Math.max(System.nanoTime(), start);
              if (due >= end) return;
              long wait = start - System.nanoTime();
              if (wait > 0) LockSupport.parkNanos(wait);
              next.incrementAndGet();
            }
            byte[] body = mix.next().toJson().getBytes(StandardCharsets.UTF_8);
            try {
              HttpConnection.Response r = conn.post(body);
              long done = System.nanoTime();
              statuses.computeIfAbsent(r.status(), s -> new LongAdder()).increment();
              if (r.status() == 202) {
                tracker.accepted(done - due);
                tracker.sent(idOf(r.body()), due);
              } else if (firstError.isEmpty()) {
                firstError.add(r.status() + " " + r.body());
              }
            } catch (IOException e) {
              errors.increment();
              if (firstError.isEmpty()) firstError.add(e.toString());
            }
          }
        }
      }, "bench-http-" + c);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) t.join();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<Integer, Long> counts = new TreeMap<>();
    statuses.forEach((k, v) -> counts.put(k, v.sum()));
    long sent = errors.sum() + counts.values().stream().mapToLong(Long::longValue).sum();
    return new Result(sent, counts, errors.sum(), seconds, firstError.isEmpty() ? null : firstError.get(0));
  }

  /** The id in a 202 body {@code {"id":"...","status":"pending"}}. */
  static String idOf(String body) {
    int k = body.indexOf("\"id\"");
    int open = body.indexOf('"', body.indexOf(':', k) + 1);
    return body.substring(open + 1, body.indexOf('"', open + 1));
  }
}
