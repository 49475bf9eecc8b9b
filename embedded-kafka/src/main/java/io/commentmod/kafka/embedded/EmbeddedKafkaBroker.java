package io.commentmod.kafka.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool$;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) in this process, built from
 * Kafka's own server classes. The log directory is formatted on first start and reused after,
 * so a restart with the same directory keeps every record.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  private final Path dataDir;
  private final int port;
  private final int controllerPort;
  private final Map<String, String> extraConfig;
  private KafkaRaftServer server;

  /**
   * @param dataDir where the log lives; created if missing
   * @param port client listener port on localhost; 0 picks a free one
   * @param extraConfig broker properties that override the defaults (listeners for SASL, say)
   */
  public EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> extraConfig) {
    this.dataDir = dataDir;
    this.port = port == 0 ? freePort() : port;
    this.controllerPort = freePort();
    this.extraConfig = Map.copyOf(extraConfig);
  }

  public EmbeddedKafkaBroker(Path dataDir, int port) {
    this(dataDir, port, Map.of());
  }

  public synchronized EmbeddedKafkaBroker start() {
    if (server != null) return this;
    Map<String, String> props = config();
    Path logDir = Path.of(props.get("log.dirs"));
    try {
      Files.createDirectories(logDir);
      if (!Files.exists(logDir.resolve("meta.properties"))) format(props);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + logDir, e);
    }
    KafkaConfig config = new KafkaConfig(props, false);
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    LOG.info("Embedded Kafka broker listening on {} (data in {})", bootstrapServers(), logDir.toAbsolutePath());
    return this;
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public int port() {
    return port;
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  /** Stops the broker; {@link #start()} brings it back on the same port with the same data. */
  public synchronized void stop() {
    if (server == null) return;
    server.shutdown();
    server.awaitShutdown();
    server = null;
  }

  @Override
  public void close() {
    stop();
  }

  private Map<String, String> config() {
    Map<String, String> p = new HashMap<>();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", dataDir.resolve("kafka-logs").toAbsolutePath().toString());
    p.put("num.partitions", "3");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "3");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "3");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    p.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
    p.putAll(extraConfig);
    return p;
  }

  /** Formats the log directory with Kafka's own storage tool, as `kafka-storage.sh format` does. */
  private void format(Map<String, String> props) throws IOException {
    Path file = Files.createTempFile("kraft", ".properties");
    try {
      Properties p = new Properties();
      p.putAll(props);
      try (Writer w = Files.newBufferedWriter(file)) {
        p.store(w, "embedded broker");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int rc = StorageTool$.MODULE$.execute(
          new String[] {"format", "-t", "cm-embedded-cluster-0001", "-c", file.toString(), "--ignore-formatted"},
          new PrintStream(out, true, StandardCharsets.UTF_8));
      if (rc != 0) throw new IllegalStateException("kafka storage format failed: " + out.toString(StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
