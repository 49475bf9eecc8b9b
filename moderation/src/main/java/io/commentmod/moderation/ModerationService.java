package io.commentmod.moderation;

import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.console.ConsoleServer;
import io.commentmod.moderation.topology.TopologyListener;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.metrics.ModerationMetrics;
import io.commentmod.moderation.topology.ModerationTopology;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The moderation service: the Streams application and the moderator console beside it. */
public final class ModerationService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ModerationService.class);

  private final ModerationConfig config;
  private final KafkaSettings kafka;
  private final AtomicReference<Moderator> moderator;
  private final Clock clock;
  private final PrometheusMeterRegistry metrics;
  private KafkaStreams streams;
  private KafkaStreamsMetrics streamsMetrics;
  private ConsoleServer console;
  private io.commentmod.moderation.policy.PolicyWatcher policyWatcher;
  private java.util.concurrent.ScheduledExecutorService queueGauges;

  public ModerationService(ModerationConfig config, KafkaSettings kafka, Moderator moderator, Clock clock, PrometheusMeterRegistry metrics) {
    this.config = config;
    this.kafka = kafka;
    this.moderator = new AtomicReference<>(moderator);
    this.clock = clock;
    this.metrics = metrics;
  }

  public synchronized ModerationService start() {
    console = new ConsoleServer(config.consolePort(), config.advertisedHost(), config.console(), this::streams, kafka, metrics, clock,
        () -> moderator.get().learned()).start();
    ModerationMetrics own = new ModerationMetrics(metrics, clock);
    var topology = ModerationTopology.build(moderator::get, clock, TopologyListener.all(own, console.listener()),
        config.console().topologyOptions());
    streams = new KafkaStreams(topology, streamsProperties(console.port()));
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("Stream thread failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(metrics);
    streams.start();
    policyWatcher = new io.commentmod.moderation.policy.PolicyWatcher(kafka, moderator.get().learned(), this::useModerator).start();
    queueGauges = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "queue-gauges");
      t.setDaemon(true);
      return t;
    });
    queueGauges.scheduleWithFixedDelay(() -> {
      try {
        own.queues(console.heldComments());
      } catch (RuntimeException e) {
        // stores not queryable during a rebalance: keep the last values
      }
    }, 2, 5, java.util.concurrent.TimeUnit.SECONDS);
    LOG.info("Moderation running (policy {}), console on http://localhost:{}/", moderator.get().policyVersion(), console.port());
    return this;
  }

  public int consolePort() {
    return console.port();
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Replaces the moderator (a new policy); comments processed from now on use it. */
  public void useModerator(Moderator next) {
    moderator.set(next);
  }

  Properties streamsProperties(int port) {
    Properties p = new Properties();
    p.putAll(kafka.clientConfig());
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toAbsolutePath().toString());
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) kafka.replicationFactor());
    p.put(StreamsConfig.APPLICATION_SERVER_CONFIG, config.advertisedHost() + ":" + port);
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, config.commitIntervalMs());
    p.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, io.commentmod.moderation.streams.BoundedRocksDbMemory.class);
    p.put(io.commentmod.moderation.streams.BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, Long.toString((long) config.rocksDbMemoryMb() << 20));
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    p.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
    return p;
  }

  /** The moderator judging comments now. */
  public Moderator moderator() {
    return moderator.get();
  }

  @Override
  public synchronized void close() {
    if (queueGauges != null) queueGauges.shutdownNow();
    if (policyWatcher != null) policyWatcher.close();
    if (streams != null) {
      streams.close(Duration.ofSeconds(30));
      streams = null;
    }
    if (streamsMetrics != null) streamsMetrics.close();
    if (console != null) console.close();
  }
}
