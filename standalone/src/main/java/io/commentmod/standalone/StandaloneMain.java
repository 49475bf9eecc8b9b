package io.commentmod.standalone;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar comment-moderation.jar}: the whole pipeline and a demo site, until Ctrl-C. */
public final class StandaloneMain {
  private StandaloneMain() {}

  public static void main(String[] args) throws InterruptedException {
    StandaloneConfig config;
    try {
      config = StandaloneConfig.from(Settings.fromEnv());
    } catch (InvalidSettingException e) {
      System.err.println("comment-moderation: " + e.getMessage());
      System.exit(2);
      return;
    }
    Standalone app = new Standalone(config, Clock.systemUTC()).start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("Stopping...");
      app.close();
      stopped.countDown();
    }, "standalone-shutdown"));
    banner(System.out, app, config);
    stopped.await();
  }

  static void banner(PrintStream out, Standalone app, StandaloneConfig config) {
    out.println();
    out.println("Comment moderation pipeline is running. Ctrl-C stops everything.");
    out.println("  Demo site (post a comment here)   http://localhost:" + app.sitePort() + "/");
    out.println("  Moderator console                 http://localhost:" + app.consolePort() + "/");
    if (config.usesLocalModerator()) {
      out.println("  Console login (LOCAL ONLY)        " + StandaloneConfig.LOCAL_MODERATOR.name() + " / "
          + StandaloneConfig.LOCAL_MODERATOR.password() + "   new each start; set MODERATOR_USERS to use your own");
    }
    out.println("  Ingest API                        http://localhost:" + app.ingestPort() + "/api/v1/comments");
    out.println("  Publisher health and metrics      http://localhost:" + app.publisherPort() + "/health/ready  /metrics");
    out.println("  Kafka bootstrap servers           " + app.bootstrapServers());
    out.println("  Data directory                    " + config.dataDir().toAbsolutePath());
    if (config.usesLocalIngestKey()) {
      out.println("  Ingest API key (LOCAL ONLY)       " + io.commentmod.ingest.IngestConfig.STANDALONE_LOCAL_KEY
          + "   set INGEST_API_KEYS to use your own");
    }
    out.println();
  }
}
