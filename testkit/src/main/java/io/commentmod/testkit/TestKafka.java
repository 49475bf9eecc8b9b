package io.commentmod.testkit;

import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.embedded.EmbeddedKafkaBroker;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The broker a test runs against; {@link #embedded()} is present only for the in-process broker. */
public final class TestKafka implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final KafkaSettings settings;
  private final EmbeddedKafkaBroker embedded;
  private final Runnable stop;

  TestKafka(KafkaSettings settings, EmbeddedKafkaBroker embedded, Runnable stop) {
    this.settings = settings;
    this.embedded = embedded;
    this.stop = stop;
  }

  public KafkaSettings settings() {
    return settings;
  }

  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  public Optional<EmbeddedKafkaBroker> embedded() {
    return Optional.ofNullable(embedded);
  }

  @Override
  public void close() {
    stop.run();
  }
}
