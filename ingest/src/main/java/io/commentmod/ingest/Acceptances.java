package io.commentmod.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Comment ids this process got acknowledged by the broker (bounded, least recently used out), and
 * the ids being submitted right now: two concurrent requests for one id run one after the other,
 * so the second sees the first's result instead of producing again.
 */
final class Acceptances {
  /** What a replay is compared with: {@code requestHash} identifies the submitted content. */
  record Accepted(String requestHash, String articleId, Instant receivedAt) {}

  /** Held while one request submits an id; closing it lets the next request for that id go. */
  interface Claim extends AutoCloseable {
    @Override
    void close();
  }

  private final Map<String, Accepted> recent;
  private final ConcurrentHashMap<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

  Acceptances(int maxEntries) {
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Accepted> eldest) {
        return size() > maxEntries;
      }
    };
  }

  synchronized Optional<Accepted> get(String id) {
    return Optional.ofNullable(recent.get(id));
  }

  synchronized void put(String id, Accepted accepted) {
    recent.put(id, accepted);
  }

  /** Waits up to {@code maxWait} for other requests on {@code id} to finish, then holds it. */
  Claim claim(String id, Duration maxWait) throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + maxWait.toNanos();
    while (true) {
      CompletableFuture<Void> mine = new CompletableFuture<>();
      CompletableFuture<Void> other = inFlight.putIfAbsent(id, mine);
      if (other == null) {
        return () -> {
          inFlight.remove(id, mine);
          mine.complete(null);
        };
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) throw new TimeoutException("another request for " + id + " is in progress");
      try {
        other.get(left, TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        // never completed exceptionally
      }
    }
  }
}
