package io.commentmod.ingest;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.util.Arrays;
import java.util.List;

/**
 * Ingest's settings, validated on construction; a bad value names its key.
 *
 * @param port HTTP port ({@code INGEST_PORT}, default 8080; 0 binds an ephemeral port, for tests)
 * @param apiKeys bearer keys the site backends present ({@code INGEST_API_KEYS}, comma-separated, required)
 * @param idempotencyCacheSize how many acknowledged comment ids this process remembers for replays
 *     ({@code INGEST_IDEMPOTENCY_CACHE_SIZE}, default 100,000)
 */
public record IngestConfig(int port, List<String> apiKeys, int idempotencyCacheSize) {
  public static final String PORT = "INGEST_PORT";
  public static final String API_KEYS = "INGEST_API_KEYS";
  public static final String IDEMPOTENCY_CACHE_SIZE = "INGEST_IDEMPOTENCY_CACHE_SIZE";
  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_IDEMPOTENCY_CACHE_SIZE = 100_000;

  /**
   * The key the standalone launcher puts in {@code INGEST_API_KEYS} for local use, and announces
   * at start-up. Never configure it on a reachable deployment.
   */
  public static final String STANDALONE_LOCAL_KEY = "local-dev-key";

  public IngestConfig {
    if (port < 0 || port > 65535) throw new InvalidSettingException(PORT, "must be between 0 and 65535, got " + port);
    if (apiKeys == null || apiKeys.isEmpty()) {
      throw new InvalidSettingException(API_KEYS, "must list at least one key (comma-separated); ingest refuses to run without keys");
    }
    for (String k : apiKeys) {
      // A key travels as an RFC 6750 bearer token: visible ASCII, no spaces or commas.
      if (k == null || !k.matches("[\\x21-\\x7E&&[^,]]+")) {
        throw new InvalidSettingException(API_KEYS, "holds a key that is empty or has spaces, commas or non-ASCII characters");
      }
    }
    apiKeys = List.copyOf(apiKeys);
    if (idempotencyCacheSize < 1) {
      throw new InvalidSettingException(IDEMPOTENCY_CACHE_SIZE, "must be at least 1, got " + idempotencyCacheSize);
    }
  }

  public static IngestConfig from(Settings s) {
    List<String> keys = Arrays.stream(s.required(API_KEYS).split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    return new IngestConfig(
        s.port(PORT, DEFAULT_PORT),
        keys,
        s.integer(IDEMPOTENCY_CACHE_SIZE, DEFAULT_IDEMPOTENCY_CACHE_SIZE, 1, 10_000_000));
  }

  /** Keys are secrets: never printed. */
  @Override
  public String toString() {
    return "IngestConfig[port=" + port + ", apiKeys=<" + apiKeys.size() + " redacted>, idempotencyCacheSize=" + idempotencyCacheSize + "]";
  }
}
