package io.commentmod.standalone;

import io.commentmod.config.Settings;
import io.commentmod.ingest.IngestConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The first-run settings: one data directory, the embedded broker's port, and local defaults for
 * every secret the services would otherwise refuse to start without. Anything set in the
 * environment wins over these defaults.
 *
 * @param dataDir everything the process keeps ({@code DATA_DIR}, default ./data)
 * @param kafkaPort the embedded broker's port ({@code KAFKA_PORT}, default 9092)
 * @param externalBootstrap {@code KAFKA_BOOTSTRAP_SERVERS}: when set, no broker is started
 * @param services the settings handed to each service, defaults filled in
 */
record StandaloneConfig(Path dataDir, int kafkaPort, Optional<String> externalBootstrap, Settings services) {
  static final String LOCAL_WEBHOOK_SECRET = "local-webhook-secret";
  /** The console account made for this run when MODERATOR_USERS is not set; its password is printed at start-up. */
  static final io.commentmod.moderation.console.auth.ModeratorAccounts.LocalAccount LOCAL_MODERATOR =
      io.commentmod.moderation.console.auth.ModeratorAccounts.localAccount();

  static StandaloneConfig from(Settings env) {
    Path dataDir = env.path("DATA_DIR", "./data");
    int kafkaPort = env.port("KAFKA_PORT", 9092);
    // Port 0 means "any free port"; it is resolved here because services need each other's ports.
    int ingestPort = concrete(env.port("INGEST_PORT", 8080));
    int sitePort = concrete(env.port("SITE_PORT", 8083));
    int consolePort = concrete(env.port("CONSOLE_PORT", 8081));
    int publisherPort = concrete(env.port("PUBLISHER_PORT", 8082));
    Map<String, String> defaults = new HashMap<>();
    defaults.put("DATA_DIR", dataDir.toString());
    defaults.put("INGEST_API_KEYS", IngestConfig.STANDALONE_LOCAL_KEY);
    defaults.put("INGEST_API_KEY", IngestConfig.STANDALONE_LOCAL_KEY);
    defaults.put("INGEST_URL", "http://localhost:" + ingestPort);
    defaults.put("SITE_WEBHOOK_SECRET", LOCAL_WEBHOOK_SECRET);
    defaults.put("SITE_WEBHOOK_URL", "http://localhost:" + sitePort + "/webhooks/comments");
    defaults.put(io.commentmod.moderation.console.auth.ModeratorAccounts.KEY, LOCAL_MODERATOR.usersEntry());
    Map<String, String> merged = new HashMap<>(defaults);
    env.asMap().forEach((k, v) -> {
      if (v != null && !v.isBlank()) merged.put(k, v);
    });
    merged.put("INGEST_PORT", Integer.toString(ingestPort));
    merged.put("SITE_PORT", Integer.toString(sitePort));
    merged.put("CONSOLE_PORT", Integer.toString(consolePort));
    merged.put("PUBLISHER_PORT", Integer.toString(publisherPort));
    return new StandaloneConfig(dataDir, kafkaPort, env.optional("KAFKA_BOOTSTRAP_SERVERS"), new Settings(merged));
  }

  private static int concrete(int port) {
    if (port != 0) return port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  boolean usesLocalModerator() {
    return LOCAL_MODERATOR.usersEntry().equals(services.string(io.commentmod.moderation.console.auth.ModeratorAccounts.KEY, ""));
  }

  boolean usesLocalIngestKey() {
    return IngestConfig.STANDALONE_LOCAL_KEY.equals(services.string("INGEST_API_KEYS", ""));
  }
}
