package io.commentmod.bench;

import io.commentmod.config.Settings;
import io.commentmod.events.Topics;
import io.commentmod.ingest.IngestConfig;
import io.commentmod.ingest.IngestService;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.kafka.embedded.EmbeddedKafkaBroker;
import io.commentmod.moderation.ModerationConfig;
import io.commentmod.moderation.ModerationMain;
import io.commentmod.moderation.ModerationService;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.standalone.Standalone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/** The pipeline under test and how to reach it. */
abstract class Target implements AutoCloseable {
  final Path workDir;

  Target(Path workDir) {
    this.workDir = workDir;
  }

  abstract KafkaSettings kafka();

  /** The ingest base URL, or null when the pipeline has no ingest (moderation only). */
  abstract URI ingest();

  abstract String apiKey();

  /** A memory probe on the process that runs the pipeline, or null when it runs elsewhere. */
  abstract Probes.Memory memory();

  abstract String describe();

  /** Whether something moderates what is written to the submissions topic (false for ingest alone). */
  boolean moderates() {
    return true;
  }

  /** The process that runs the pipeline, or -1 when it runs elsewhere. */
  long pid() {
    return ProcessHandle.current().pid();
  }

  int partitions() {
    try (Admin admin = Admin.create(kafka().clientConfig())) {
      return admin.describeTopics(List.of(Topics.SUBMITTED.name())).allTopicNames().get(30, TimeUnit.SECONDS)
          .get(Topics.SUBMITTED.name()).partitions().size();
    } catch (Exception e) {
      throw new IllegalStateException("cannot describe " + Topics.SUBMITTED.name() + ": " + e.getMessage(), e);
    }
  }

  static Path tempDir() {
    try {
      return Files.createTempDirectory("bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The standalone pipeline in this JVM, default settings, its own broker and data directory. */
  static final class InProcess extends Target {
    private final Standalone app;
    private final KafkaSettings kafka;
    private final Probes.Memory memory = Probes.Memory.self();

    InProcess(Map<String, String> extraEnv) {
      super(tempDir());
      Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", workDir.resolve("data").toString(), "KAFKA_PORT", "0",
          "INGEST_PORT", "0", "CONSOLE_PORT", "0", "PUBLISHER_PORT", "0", "SITE_PORT", "0"));
      env.putAll(extraEnv);
      Settings settings = new Settings(env);
      app = Standalone.create(settings, Clock.systemUTC()).start();
      kafka = KafkaSettings.from(settings, app.bootstrapServers());
    }

    @Override
    KafkaSettings kafka() {
      return kafka;
    }

    @Override
    URI ingest() {
      return URI.create("http://localhost:" + app.ingestPort());
    }

    @Override
    String apiKey() {
      return IngestConfig.STANDALONE_LOCAL_KEY;
    }

    @Override
    Probes.Memory memory() {
      return memory;
    }

    @Override
    String describe() {
      return "standalone in this JVM (pid " + ProcessHandle.current().pid() + ", max heap "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB), broker " + kafka.bootstrapServers();
    }

    @Override
    public void close() {
      memory.close();
      app.close();
    }
  }

  /**
   * Only the embedded broker and the moderation service, nothing else in the process: what
   * moderation does when it has the machine to itself (a diagnostic, not a deployment mode).
   */
  static final class ModerationOnly extends Target {
    private final EmbeddedKafkaBroker broker;
    private final ModerationService moderation;
    private final KafkaSettings kafka;
    private final Probes.Memory memory = Probes.Memory.self();

    ModerationOnly(Map<String, String> extraEnv) {
      super(tempDir());
      broker = new EmbeddedKafkaBroker(workDir.resolve("data/kafka"), 0).start();
      Map<String, String> env = new HashMap<>(Map.of("DATA_DIR", workDir.resolve("data").toString(), "CONSOLE_PORT", "0"));
      env.putAll(extraEnv);
      Settings settings = new Settings(env);
      kafka = KafkaSettings.from(settings, broker.bootstrapServers());
      TopicAdmin.ensureTopics(kafka);
      moderation = new ModerationService(ModerationConfig.from(settings), kafka, Moderators.defaults(), Clock.systemUTC(),
          ModerationMain.registry()).start();
    }

    @Override
    KafkaSettings kafka() {
      return kafka;
    }

    @Override
    URI ingest() {
      return null;
    }

    @Override
    String apiKey() {
      return null;
    }

    @Override
    Probes.Memory memory() {
      return memory;
    }

    @Override
    String describe() {
      return "embedded broker + moderation only, in this JVM (pid " + ProcessHandle.current().pid() + "), broker " + kafka.bootstrapServers();
    }

    @Override
    public void close() {
      memory.close();
      moderation.close();
      broker.close();
    }
  }

  /**
   * Only the embedded broker and ingest, nothing else in the process: what the HTTP API does when
   * moderation is not competing for the CPU (a diagnostic, not a deployment mode).
   */
  static final class IngestOnly extends Target {
    private final EmbeddedKafkaBroker broker;
    private final IngestService ingest;
    private final KafkaSettings kafka;
    private final Probes.Memory memory = Probes.Memory.self();

    IngestOnly(Map<String, String> extraEnv) {
      super(tempDir());
      broker = new EmbeddedKafkaBroker(workDir.resolve("data/kafka"), 0).start();
      Map<String, String> env = new HashMap<>(Map.of("INGEST_PORT", "0", "INGEST_API_KEYS", IngestConfig.STANDALONE_LOCAL_KEY));
      env.putAll(extraEnv);
      Settings settings = new Settings(env);
      kafka = KafkaSettings.from(settings, broker.bootstrapServers());
      TopicAdmin.ensureTopics(kafka);
      ingest = new IngestService(IngestConfig.from(settings), kafka, Clock.systemUTC(), ModerationMain.registry()).start();
    }

    @Override
    KafkaSettings kafka() {
      return kafka;
    }

    @Override
    URI ingest() {
      return URI.create("http://localhost:" + ingest.port());
    }

    @Override
    String apiKey() {
      return IngestConfig.STANDALONE_LOCAL_KEY;
    }

    @Override
    Probes.Memory memory() {
      return memory;
    }

    @Override
    boolean moderates() {
      return false;
    }

    @Override
    String describe() {
      return "embedded broker + ingest only, in this JVM (pid " + ProcessHandle.current().pid() + "), broker " + kafka.bootstrapServers();
    }

    @Override
    public void close() {
      memory.close();
      ingest.close();
      broker.close();
    }
  }

  /** The standalone jar in a child JVM ({@code java <jvmArgs> -jar <jar>}), as a user starts it. */
  static final class Launched extends Target {
    private final Process process;
    private final KafkaSettings kafka;
    private final int ingestPort;
    private final Probes.Memory memory;
    private final String command;

    Launched(Path jar, List<String> jvmArgs, Map<String, String> extraEnv) {
      super(tempDir());
      int kafkaPort = freePort();
      ingestPort = freePort();
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(jvmArgs);
      cmd.add("-jar");
      cmd.add(jar.toAbsolutePath().toString());
      command = String.join(" ", cmd);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(workDir.resolve("standalone.log").toFile());
      Map<String, String> env = pb.environment();
      env.put("DATA_DIR", workDir.resolve("data").toString());
      env.put("KAFKA_PORT", Integer.toString(kafkaPort));
      env.put("INGEST_PORT", Integer.toString(ingestPort));
      env.put("CONSOLE_PORT", Integer.toString(freePort()));
      env.put("PUBLISHER_PORT", Integer.toString(freePort()));
      env.put("SITE_PORT", Integer.toString(freePort()));
      env.putAll(extraEnv);
      try {
        process = pb.start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start " + command, e);
      }
      Process child = process;
      Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "bench-stop-standalone"));
      kafka = KafkaSettings.from(new Settings(extraEnv), "localhost:" + kafkaPort);
      awaitReady(Duration.ofSeconds(180));
      memory = Probes.Memory.viaMetrics(process.pid(), URI.create("http://localhost:" + ingestPort + "/metrics"));
    }

    private void awaitReady(Duration max) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      long deadline = System.nanoTime() + max.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) throw new IllegalStateException("standalone exited with " + process.exitValue() + "; see " + workDir.resolve("standalone.log"));
        try {
          var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + ingestPort + "/health/ready")).build(),
              HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == 200) return;
        } catch (IOException e) {
          // not up yet
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      close();
      throw new IllegalStateException("standalone not ready within " + max + "; see " + workDir.resolve("standalone.log"));
    }

    @Override
    KafkaSettings kafka() {
      return kafka;
    }

    @Override
    URI ingest() {
      return URI.create("http://localhost:" + ingestPort);
    }

    @Override
    String apiKey() {
      return IngestConfig.STANDALONE_LOCAL_KEY;
    }

    @Override
    Probes.Memory memory() {
      return memory;
    }

    @Override
    long pid() {
      return process.pid();
    }

    @Override
    String describe() {
      return "`" + command + "` (pid " + process.pid() + "), broker " + kafka.bootstrapServers();
    }

    @Override
    public void close() {
      if (memory != null) memory.close();
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  /** A pipeline someone else runs: a Kafka cluster and, optionally, an ingest URL. */
  static final class External extends Target {
    private final KafkaSettings kafka;
    private final URI ingest;
    private final String apiKey;

    External(String bootstrap, URI ingest, String apiKey) {
      super(tempDir());
      this.kafka = KafkaSettings.from(Settings.fromEnv(), bootstrap);
      this.ingest = ingest;
      this.apiKey = apiKey;
    }

    @Override
    KafkaSettings kafka() {
      return kafka;
    }

    @Override
    URI ingest() {
      return ingest;
    }

    @Override
    String apiKey() {
      return apiKey;
    }

    @Override
    Probes.Memory memory() {
      return null;
    }

    @Override
    long pid() {
      return -1;
    }

    @Override
    String describe() {
      return "external cluster " + kafka.bootstrapServers() + (ingest == null ? "" : ", ingest " + ingest);
    }

    @Override
    public void close() {}
  }
}
