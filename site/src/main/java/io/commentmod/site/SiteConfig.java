package io.commentmod.site;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The demo site's settings, validated at start-up; a bad value names its key.
 *
 * @param port HTTP port ({@value #PORT}, default 8083, 0 = any free port)
 * @param webhookSecret HMAC key shared with the publisher ({@value #WEBHOOK_SECRET}, required)
 * @param dataDir where the H2 database lives, as {@code <dataDir>/site/site} ({@value #DATA_DIR}, else
 *     {@value #SHARED_DATA_DIR}, default {@code ./data})
 * @param ingestUrl the ingest service's base URL ({@value #INGEST_URL}, default http://localhost:8080)
 * @param ingestApiKey the site's ingest API key ({@value #INGEST_API_KEY}, required)
 * @param replayWindow how far a webhook timestamp may be from now ({@value #REPLAY_WINDOW}, default 5 min)
 */
public record SiteConfig(int port, String webhookSecret, Path dataDir, URI ingestUrl, String ingestApiKey, Duration replayWindow) {
  public static final String PORT = "SITE_PORT";
  public static final String WEBHOOK_SECRET = "SITE_WEBHOOK_SECRET";
  public static final String DATA_DIR = "SITE_DATA_DIR";
  public static final String SHARED_DATA_DIR = "DATA_DIR";
  public static final String INGEST_URL = "INGEST_URL";
  public static final String INGEST_API_KEY = "INGEST_API_KEY";
  public static final String REPLAY_WINDOW = "SITE_REPLAY_WINDOW";

  public SiteConfig {
    String scheme = ingestUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InvalidSettingException(INGEST_URL, "must be an http or https URL, got '" + ingestUrl + "'");
    }
    if (replayWindow.isNegative() || replayWindow.isZero()) {
      throw new InvalidSettingException(REPLAY_WINDOW, "must be positive, got " + replayWindow);
    }
  }

  public static SiteConfig from(Settings s) {
    String dir = s.optional(DATA_DIR).or(() -> s.optional(SHARED_DATA_DIR)).orElse("./data");
    return new SiteConfig(
        s.port(PORT, 8083),
        s.required(WEBHOOK_SECRET),
        Path.of(dir),
        s.uri(INGEST_URL, "http://localhost:8080"),
        s.required(INGEST_API_KEY),
        s.duration(REPLAY_WINDOW, Duration.ofMinutes(5)));
  }

  /** The H2 database file, without H2's extension. */
  Path databaseFile() {
    return dataDir.resolve("site").resolve("site").toAbsolutePath();
  }
}
