package io.commentmod.standalone;

import io.commentmod.ingest.IngestConfig;
import io.commentmod.ingest.IngestService;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.kafka.embedded.EmbeddedKafkaBroker;
import io.commentmod.moderation.ModerationConfig;
import io.commentmod.moderation.ModerationMain;
import io.commentmod.moderation.ModerationService;
import io.commentmod.publisher.PublisherConfig;
import io.commentmod.publisher.PublisherService;
import io.commentmod.publisher.SiteClient;
import io.commentmod.site.SiteConfig;
import io.commentmod.site.SiteServer;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything in one process: the embedded broker (unless an external cluster is given), ingest,
 * moderation, publisher and the demo site. {@link #close()} stops them in reverse order.
 */
public final class Standalone implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Standalone.class);

  private final StandaloneConfig config;
  private final Clock clock;
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private EmbeddedKafkaBroker broker;
  private IngestService ingest;
  private ModerationService moderation;
  private PublisherService publisher;
  private SiteServer site;

  Standalone(StandaloneConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** A pipeline configured from {@code env} as the standalone jar would be (not started yet). */
  public static Standalone create(io.commentmod.config.Settings env, Clock clock) {
    return new Standalone(StandaloneConfig.from(env), clock);
  }

  public Standalone start() {
    try {
      String bootstrap = config.externalBootstrap().orElse(null);
      if (bootstrap == null) {
        broker = new EmbeddedKafkaBroker(config.dataDir().resolve("kafka"), config.kafkaPort()).start();
        started.push(broker);
        bootstrap = broker.bootstrapServers();
      }
      var s = config.services();
      KafkaSettings kafka = KafkaSettings.from(s, bootstrap);
      TopicAdmin.ensureTopics(kafka);

      site = new SiteServer(SiteConfig.from(s), clock).start();
      started.push(site);
      ModerationConfig mc = ModerationConfig.from(s);
      moderation = new ModerationService(mc, kafka, ModerationMain.initialModerator(mc), clock, ModerationMain.registry()).start();
      started.push(moderation);
      PublisherConfig pc = PublisherConfig.from(s);
      publisher = new PublisherService(pc, kafka, SiteClient.of(pc, clock), clock, ModerationMain.registry()).start();
      started.push(publisher);
      ingest = new IngestService(IngestConfig.from(s), kafka, clock, ModerationMain.registry()).start();
      started.push(ingest);
      return this;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  public int ingestPort() {
    return ingest.port();
  }

  public int consolePort() {
    return moderation.consolePort();
  }

  public int publisherPort() {
    return publisher.port();
  }

  public int sitePort() {
    return site.port();
  }

  public String bootstrapServers() {
    return broker != null ? broker.bootstrapServers() : config.externalBootstrap().orElseThrow();
  }

  @Override
  public synchronized void close() {
    while (!started.isEmpty()) {
      AutoCloseable c = started.pop();
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("Error while stopping {}", c.getClass().getSimpleName(), e);
      }
    }
  }
}
