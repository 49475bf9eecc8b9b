package io.commentmod.publisher;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.net.URI;
import java.time.Duration;

/**
 * The publisher's settings, validated at start-up; a bad value names its key.
 *
 * @param webhookUrl where approved comments are POSTed ({@value #WEBHOOK_URL}, required, http or https)
 * @param webhookSecret the HMAC key shared with the site ({@value #WEBHOOK_SECRET}, required)
 * @param port health and metrics port ({@value #PORT}, default 8082, 0 = any free port)
 * @param groupId the consumer group ({@value #GROUP_ID}, default "publisher")
 * @param requestTimeout one webhook call, connect to response headers ({@value #REQUEST_TIMEOUT}, default 10 s, at most 1 min)
 * @param backoffInitial the wait after the first failed attempt ({@value #BACKOFF_INITIAL}, default 500 ms)
 * @param backoffMax the longest computed wait ({@value #BACKOFF_MAX}, default 15 s)
 * @param retryAfterMax the longest wait a site's Retry-After can ask for ({@value #RETRY_AFTER_MAX}, default 5 min)
 * @param maxAttempts attempts before a transient failure is dead-lettered ({@value #MAX_ATTEMPTS}, default 20,
 *     about four minutes with the default backoff)
 */
public record PublisherConfig(
    URI webhookUrl,
    String webhookSecret,
    int port,
    String groupId,
    Duration requestTimeout,
    Duration backoffInitial,
    Duration backoffMax,
    Duration retryAfterMax,
    int maxAttempts) {
  public static final String WEBHOOK_URL = "SITE_WEBHOOK_URL";
  public static final String WEBHOOK_SECRET = "SITE_WEBHOOK_SECRET";
  public static final String PORT = "PUBLISHER_PORT";
  public static final String GROUP_ID = "PUBLISHER_GROUP_ID";
  public static final String REQUEST_TIMEOUT = "PUBLISHER_REQUEST_TIMEOUT";
  public static final String BACKOFF_INITIAL = "PUBLISHER_BACKOFF_INITIAL";
  public static final String BACKOFF_MAX = "PUBLISHER_BACKOFF_MAX";
  public static final String RETRY_AFTER_MAX = "PUBLISHER_RETRY_AFTER_MAX";
  public static final String MAX_ATTEMPTS = "PUBLISHER_MAX_ATTEMPTS";
  static final Duration MAX_REQUEST_TIMEOUT = Duration.ofMinutes(1);

  public PublisherConfig {
    String scheme = webhookUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidSettingException(WEBHOOK_URL, "must be an http or https URL, got '" + webhookUrl + "'");
    }
    requirePositive(REQUEST_TIMEOUT, requestTimeout);
    if (requestTimeout.compareTo(MAX_REQUEST_TIMEOUT) > 0) {
      // One call runs on the poll thread; it must fit well inside max.poll.interval.ms (5 min).
      throw new InvalidSettingException(REQUEST_TIMEOUT, "must be at most " + MAX_REQUEST_TIMEOUT + ", got " + requestTimeout);
    }
    requirePositive(BACKOFF_INITIAL, backoffInitial);
    requirePositive(RETRY_AFTER_MAX, retryAfterMax);
    if (backoffMax.compareTo(backoffInitial) < 0) {
      throw new InvalidSettingException(BACKOFF_MAX, "must not be shorter than " + BACKOFF_INITIAL + " (" + backoffInitial + "), got " + backoffMax);
    }
    if (groupId.isBlank()) throw new InvalidSettingException(GROUP_ID, "must not be blank");
  }

  public static PublisherConfig from(Settings s) {
    return new PublisherConfig(
        s.uri(WEBHOOK_URL, null),
        s.required(WEBHOOK_SECRET),
        s.port(PORT, 8082),
        s.string(GROUP_ID, "publisher"),
        s.duration(REQUEST_TIMEOUT, Duration.ofSeconds(10)),
        s.duration(BACKOFF_INITIAL, Duration.ofMillis(500)),
        s.duration(BACKOFF_MAX, Duration.ofSeconds(15)),
        s.duration(RETRY_AFTER_MAX, Duration.ofMinutes(5)),
        s.integer(MAX_ATTEMPTS, 20, 1, 10_000));
  }

  private static void requirePositive(String key, Duration d) {
    if (d.isNegative() || d.isZero()) throw new InvalidSettingException(key, "must be positive, got " + d);
  }
}
