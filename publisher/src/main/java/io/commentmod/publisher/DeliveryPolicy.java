package io.commentmod.publisher;

import java.io.IOException;
import java.time.Duration;

/**
 * What to do after one delivery attempt, a pure function of the site's answer and the attempt
 * count. 2xx is delivered; 408, 429, 5xx and no answer at all are worth retrying until
 * {@code maxAttempts}; any other status (a 4xx, or a 3xx from a misconfigured URL) will not
 * change by retrying, so the comment is dead-lettered at once. The same rules hold for retractions,
 * where the site not having the comment counts as done.
 */
final class DeliveryPolicy {
  sealed interface Decision permits Delivered, Retry, GiveUp {}

  record Delivered(int status) implements Decision {}

  record Retry(Duration delay, String why) implements Decision {}

  record GiveUp(String reason) implements Decision {}

  private final Backoff backoff;
  private final int maxAttempts;

  DeliveryPolicy(Backoff backoff, int maxAttempts) {
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
  }

  /** Exactly one of {@code response} and {@code error} is non-null; {@code attempt} is 1-based. */
  Decision decide(SiteResponse response, IOException error, int attempt) {
    if (response != null && response.isSuccess()) return new Delivered(response.status());
    String what = response != null
        ? "site answered " + response.status() + ": " + oneLine(response.body())
        : "no answer from site: " + error.getClass().getSimpleName() + (error.getMessage() == null ? "" : " " + error.getMessage());
    if (response != null && !transientStatus(response.status())) {
      return new GiveUp("permanent failure after " + attempt + " attempt(s): " + what);
    }
    if (attempt >= maxAttempts) return new GiveUp("gave up after " + attempt + " attempt(s): " + what);
    return new Retry(backoff.delay(attempt, response == null ? null : response.retryAfter()), what);
  }

  /** As {@link #decide}, but a comment the site does not have (404, 410) is as good as removed. */
  Decision decideRetraction(SiteResponse response, IOException error, int attempt) {
    if (response != null && (response.status() == 404 || response.status() == 410)) return new Delivered(response.status());
    return decide(response, error, attempt);
  }

  static boolean transientStatus(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private static String oneLine(String body) {
    String s = body.replaceAll("\\s+", " ").strip();
    return s.length() <= 200 ? s : s.substring(0, 200) + "…";
  }
}
