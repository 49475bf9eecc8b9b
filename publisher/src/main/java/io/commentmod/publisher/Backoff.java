package io.commentmod.publisher;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after failed attempt n the wait lies between half and
 * all of {@code min(max, initial * 2^(n-1))}, so concurrent publishers spread out yet never hammer.
 * A site's Retry-After wins when it asks for longer, up to {@code retryAfterMax}.
 */
final class Backoff {
  private final long initialMillis;
  private final long maxMillis;
  private final long retryAfterMaxMillis;
  private final DoubleSupplier random;

  /** {@code random} returns values in [0, 1); tests pass a constant. */
  Backoff(Duration initial, Duration max, Duration retryAfterMax, DoubleSupplier random) {
    this.initialMillis = initial.toMillis();
    this.maxMillis = max.toMillis();
    this.retryAfterMaxMillis = retryAfterMax.toMillis();
    this.random = random;
  }

  static Backoff of(PublisherConfig c) {
    return new Backoff(c.backoffInitial(), c.backoffMax(), c.retryAfterMax(),
        () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
  }

  /** The wait after failed attempt {@code attempt} (1-based); {@code retryAfter} may be null. */
  Duration delay(int attempt, Duration retryAfter) {
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = Math.min(maxMillis, initialMillis << shift);
    long half = ceiling / 2;
    long millis = half + (long) (random.getAsDouble() * (ceiling - half));
    if (retryAfter != null) millis = Math.max(millis, Math.min(retryAfter.toMillis(), retryAfterMaxMillis));
    return Duration.ofMillis(millis);
  }
}
