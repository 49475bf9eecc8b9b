package io.commentmod.moderation.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing per user name and client address: after {@link #FREE_FAILURES}
 * failures in a row each further failure locks that pair out, 30 s at first, doubling up to 15
 * minutes. A success clears the pair's record.
 */
public final class LoginThrottle {
  static final int FREE_FAILURES = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 10_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  private record Failures(int count, Instant lockedUntil, Instant last) {}

  /** How long this pair must still wait; zero when it may try now. */
  public Duration waitFor(String user, String ip) {
    Failures f = failures.get(key(user, ip));
    if (f == null || f.lockedUntil() == null) return Duration.ZERO;
    Duration left = Duration.between(clock.instant(), f.lockedUntil());
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String user, String ip) {
    Instant now = clock.instant();
    if (failures.size() > MAX_TRACKED) failures.values().removeIf(f -> f.last().isBefore(now.minus(MAX_LOCK.multipliedBy(2))));
    failures.compute(key(user, ip), (k, f) -> {
      int n = f == null ? 1 : f.count() + 1;
      Instant until = null;
      if (n > FREE_FAILURES) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(n - FREE_FAILURES - 1, 10));
        until = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
      }
      return new Failures(n, until, now);
    });
  }

  public void succeeded(String user, String ip) {
    failures.remove(key(user, ip));
  }

  private static String key(String user, String ip) {
    return (user == null ? "" : user) + "\u0000" + (ip == null ? "" : ip);
  }
}
