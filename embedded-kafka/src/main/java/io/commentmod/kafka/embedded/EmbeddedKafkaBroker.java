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
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>{@link #withScramUsers} gives a broker whose client listener is {@code SASL_PLAINTEXT} with
 * SCRAM-SHA-256 and SCRAM-SHA-512; the users are written into the cluster metadata when the
 * directory is formatted (Kafka's {@code kafka-storage format --add-scram}).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  /** The SASL mechanisms a {@link #withScramUsers} broker accepts. */
  public static final List<String> SCRAM_MECHANISMS = List.of("SCRAM-SHA-256", "SCRAM-SHA-512");
  static final String BROKER_USER = "embedded-broker";

  private final Path dataDir;
  private final int port;
  private final int controllerPort;
  private final Map<String, String> extraConfig;
  private final Map<String, String> scramUsers;
  private KafkaRaftServer server;

  /**
   * @param dataDir where the log lives; created if missing
   * @param port client listener port on localhost; 0 picks a free one
   * @param extraConfig broker properties that override the defaults (listeners for SASL, say)
   */
  public EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> extraConfig) {
    this(dataDir, port, extraConfig, Map.of());
  }

  private EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> extraConfig, Map<String, String> scramUsers) {
    this.dataDir = dataDir;
    this.port = port == 0 ? freePort() : port;
    this.controllerPort = freePort();
    this.extraConfig = Map.copyOf(extraConfig);
    this.scramUsers = Map.copyOf(scramUsers);
  }

  /**
   * A broker that only lets SCRAM-authenticated clients in: the client listener is
   * {@code SASL_PLAINTEXT} (SCRAM-SHA-256 and SCRAM-SHA-512), and each user is created with both
   * mechanisms when the directory is first formatted. Users are not added to a directory that was
   * already formatted; use {@code kafka-configs --alter --entity-type users} for that. The broker
   * talks to itself as its own SCRAM user, whose password is kept in {@code dataDir}.
   *
   * @param users user name to password, at least one
   */
  public static EmbeddedKafkaBroker withScramUsers(Path dataDir, int port, Map<String, String> users) {
    if (users.isEmpty()) throw new IllegalArgumentException("at least one SCRAM user is required");
    users.forEach((name, password) -> {
      if (name.isBlank() || name.contains(",") || name.contains("=") || name.contains("]")) {
        throw new IllegalArgumentException("SCRAM user name must be non-blank without ',', '=' or ']': '" + name + "'");
      }
      if (password.isEmpty() || password.contains(",") || password.contains("]")) {
        throw new IllegalArgumentException("SCRAM password of " + name + " must be non-empty without ',' or ']'");
      }
      if (name.equals(BROKER_USER)) throw new IllegalArgumentException(BROKER_USER + " is the broker's own user");
    });
    return new EmbeddedKafkaBroker(dataDir, port, Map.of(), users);
  }

  public EmbeddedKafkaBroker(Path dataDir, int port) {
    this(dataDir, port, Map.of());
  }

  public synchronized EmbeddedKafkaBroker start() {
    if (server != null) return this;
    Path logDir = Path.of(extraConfig.getOrDefault("log.dirs", dataDir.resolve("kafka-logs").toAbsolutePath().toString()));
    Map<String, String> props;
    try {
      Files.createDirectories(logDir);
      boolean formatted = Files.exists(logDir.resolve("meta.properties"));
      String brokerPassword = scramUsers.isEmpty() ? null : brokerPassword(formatted);
      props = config(brokerPassword);
      if (!formatted) format(props, brokerPassword);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + logDir, e);
    }
    KafkaConfig config = new KafkaConfig(props, false);
    server = new KafkaRaftServer(config, Time.SYSTEM);
    server.startup();
    LOG.info("Embedded Kafka broker listening on {}{} (data in {})", bootstrapServers(),
        scramUsers.isEmpty() ? "" : " (SASL_PLAINTEXT, SCRAM)", logDir.toAbsolutePath());
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

  /** Whether clients must authenticate with SCRAM (see {@link #withScramUsers}). */
  public boolean requiresScram() {
    return !scramUsers.isEmpty();
  }

  /** @param brokerPassword the broker's own SCRAM password, or null for a plaintext broker */
  private Map<String, String> config(String brokerPassword) {
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
    if (brokerPassword != null) {
      p.put("listeners", "SASL_PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
      p.put("advertised.listeners", "SASL_PLAINTEXT://localhost:" + port);
      p.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
      p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
      p.put("sasl.enabled.mechanisms", String.join(",", SCRAM_MECHANISMS));
      p.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
      // Server side, each mechanism needs a login module; the broker's own credentials serve as
      // its identity when it connects to itself (SCRAM-SHA-512 between brokers).
      String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + BROKER_USER
          + "\" password=\"" + brokerPassword + "\";";
      for (String mechanism : SCRAM_MECHANISMS) {
        p.put("listener.name.sasl_plaintext." + mechanism.toLowerCase(java.util.Locale.ROOT) + ".sasl.jaas.config", jaas);
      }
    }
    p.putAll(extraConfig);
    return p;
  }

  /**
   * The broker's own SCRAM password: made when the directory is formatted and kept beside the log,
   * readable by this user only, because the credential in the metadata is fixed at format time.
   */
  private String brokerPassword(boolean formatted) throws IOException {
    Path file = dataDir.resolve("embedded-broker.scram").toAbsolutePath();
    if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).trim();
    if (formatted) {
      throw new IllegalStateException(dataDir + " holds a broker formatted without SCRAM users (or " + file
          + " was removed); use a new data directory for a SCRAM broker");
    }
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String password = HexFormat.of().formatHex(secret);
    Files.createDirectories(file.getParent());
    Files.writeString(file, password, StandardCharsets.UTF_8);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions apply
    }
    return password;
  }

  /** {@code --add-scram} arguments: every user (and the broker itself) with every SCRAM mechanism. */
  private List<String> scramArguments(String brokerPassword) {
    if (brokerPassword == null) return List.of();
    Map<String, String> all = new LinkedHashMap<>(scramUsers);
    all.put(BROKER_USER, brokerPassword);
    List<String> args = new ArrayList<>();
    all.forEach((name, password) -> {
      for (String mechanism : SCRAM_MECHANISMS) {
        args.add("--add-scram");
        args.add(mechanism + "=[name=" + name + ",password=" + password + "]");
      }
    });
    return args;
  }

  /** Formats the log directory with Kafka's own storage tool, as `kafka-storage.sh format` does. */
  private void format(Map<String, String> props, String brokerPassword) throws IOException {
    Path file = Files.createTempFile("kraft", ".properties");
    try {
      Properties p = new Properties();
      p.putAll(props);
      try (Writer w = Files.newBufferedWriter(file)) {
        p.store(w, "embedded broker");
      }
      List<String> args = new ArrayList<>(List.of("format", "-t", "cm-embedded-cluster-0001", "-c", file.toString(), "--ignore-formatted"));
      args.addAll(scramArguments(brokerPassword));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int rc = StorageTool$.MODULE$.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
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
