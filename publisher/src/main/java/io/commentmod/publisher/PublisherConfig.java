package io.commentmod.publisher;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The publisher's settings, validated at start-up; a bad value names its key.
 *
 * @param target where comments go ({@value #TARGET}: {@code webhook}, the default, or {@code wordpress})
 * @param webhookUrl where approved comments are POSTed ({@value #WEBHOOK_URL}, required for the webhook, http or https);
 *     retractions are DELETEd at {@code <webhookUrl>/<comment id>}
 * @param webhookSecret the HMAC key shared with the site ({@value #WEBHOOK_SECRET}, required for the webhook)
 * @param wordpress the WordPress site and its application password (required for {@code wordpress}, else null)
 * @param port health and metrics port ({@value #PORT}, default 8082, 0 = any free port)
 * @param groupId the consumer group ({@value #GROUP_ID}, default "publisher")
 * @param requestTimeout one HTTP call, connect to response headers ({@value #REQUEST_TIMEOUT}, default 10 s, at most 1 min)
 * @param backoffInitial the wait after the first failed attempt ({@value #BACKOFF_INITIAL}, default 500 ms)
 * @param backoffMax the longest computed wait ({@value #BACKOFF_MAX}, default 15 s)
 * @param retryAfterMax the longest wait a site's Retry-After can ask for ({@value #RETRY_AFTER_MAX}, default 5 min)
 * @param maxAttempts attempts before a transient failure is dead-lettered ({@value #MAX_ATTEMPTS}, default 20,
 *     about four minutes with the default backoff while the site answers other requests; while it answers none,
 *     only one comment at a time probes it, so a long outage dead-letters little)
 * @param concurrency site requests in flight at once, each for a different article ({@value #CONCURRENCY}, default 4)
 */
public record PublisherConfig(
    Target target,
    URI webhookUrl,
    String webhookSecret,
    WordPress wordpress,
    int port,
    String groupId,
    Duration requestTimeout,
    Duration backoffInitial,
    Duration backoffMax,
    Duration retryAfterMax,
    int maxAttempts,
    int concurrency) {
  public static final String TARGET = "PUBLISHER_TARGET";
  public static final String WEBHOOK_URL = "SITE_WEBHOOK_URL";
  public static final String WEBHOOK_SECRET = "SITE_WEBHOOK_SECRET";
  public static final String WORDPRESS_URL = "WORDPRESS_URL";
  public static final String WORDPRESS_USER = "WORDPRESS_USER";
  public static final String WORDPRESS_APP_PASSWORD = "WORDPRESS_APP_PASSWORD";
  public static final String PORT = "PUBLISHER_PORT";
  public static final String GROUP_ID = "PUBLISHER_GROUP_ID";
  public static final String REQUEST_TIMEOUT = "PUBLISHER_REQUEST_TIMEOUT";
  public static final String BACKOFF_INITIAL = "PUBLISHER_BACKOFF_INITIAL";
  public static final String BACKOFF_MAX = "PUBLISHER_BACKOFF_MAX";
  public static final String RETRY_AFTER_MAX = "PUBLISHER_RETRY_AFTER_MAX";
  public static final String MAX_ATTEMPTS = "PUBLISHER_MAX_ATTEMPTS";
  public static final String CONCURRENCY = "PUBLISHER_CONCURRENCY";
  static final Duration MAX_REQUEST_TIMEOUT = Duration.ofMinutes(1);

  /** Where approved comments are written. */
  public enum Target { WEBHOOK, WORDPRESS }

  /**
   * A WordPress site reached through its REST API with an application password (HTTP Basic).
   *
   * @param url the site's root, e.g. {@code https://blog.example.org} ({@value #WORDPRESS_URL})
   */
  public record WordPress(URI url, String user, String appPassword) {
    @Override
    public String toString() {
      return "WordPress[url=" + url + ", user=" + user + ", appPassword=***]";
    }
  }

  public PublisherConfig {
    if (target == Target.WEBHOOK) {
      requireHttp(WEBHOOK_URL, webhookUrl);
      if (webhookSecret == null || webhookSecret.isEmpty()) throw new InvalidSettingException(WEBHOOK_SECRET, "is required");
    } else if (wordpress == null) {
      throw new InvalidSettingException(WORDPRESS_URL, "is required when " + TARGET + " is wordpress");
    } else {
      requireHttp(WORDPRESS_URL, wordpress.url());
    }
    requirePositive(REQUEST_TIMEOUT, requestTimeout);
    if (requestTimeout.compareTo(MAX_REQUEST_TIMEOUT) > 0) {
      // Shutdown and rebalances wait for calls in flight; keep that wait short.
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
    Target target = target(s);
    URI webhookUrl = null;
    String secret = null;
    WordPress wordpress = null;
    if (target == Target.WEBHOOK) {
      webhookUrl = s.uri(WEBHOOK_URL, null);
      secret = s.required(WEBHOOK_SECRET);
    } else {
      wordpress = new WordPress(s.uri(WORDPRESS_URL, null), s.required(WORDPRESS_USER), s.required(WORDPRESS_APP_PASSWORD));
    }
    return new PublisherConfig(
        target,
        webhookUrl,
        secret,
        wordpress,
        s.port(PORT, 8082),
        s.string(GROUP_ID, "publisher"),
        s.duration(REQUEST_TIMEOUT, Duration.ofSeconds(10)),
        s.duration(BACKOFF_INITIAL, Duration.ofMillis(500)),
        s.duration(BACKOFF_MAX, Duration.ofSeconds(15)),
        s.duration(RETRY_AFTER_MAX, Duration.ofMinutes(5)),
        s.integer(MAX_ATTEMPTS, 20, 1, 10_000),
        s.integer(CONCURRENCY, 4, 1, 64));
  }

  /** Where comments go, for logs: the URL without credentials. */
  public URI destination() {
    return target == Target.WEBHOOK ? webhookUrl : wordpress.url();
  }

  @Override
  public String toString() {
    return "PublisherConfig[target=" + target + ", destination=" + destination() + ", groupId=" + groupId
        + ", concurrency=" + concurrency + ", maxAttempts=" + maxAttempts + "]";
  }

  private static Target target(Settings s) {
    String v = s.string(TARGET, "webhook").toLowerCase(Locale.ROOT);
    return switch (v) {
      case "webhook" -> Target.WEBHOOK;
      case "wordpress" -> Target.WORDPRESS;
      default -> throw new InvalidSettingException(TARGET, "must be webhook or wordpress, got '" + v + "'");
    };
  }

  private static void requireHttp(String key, URI url) {
    if (url == null) throw new InvalidSettingException(key, "is required");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidSettingException(key, "must be an http or https URL, got '" + url + "'");
    }
  }

  private static void requirePositive(String key, Duration d) {
    if (d.isNegative() || d.isZero()) throw new InvalidSettingException(key, "must be positive, got " + d);
  }
}
