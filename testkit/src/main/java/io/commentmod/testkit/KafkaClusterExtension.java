package io.commentmod.testkit;

import io.commentmod.kafka.KafkaSettings;
import io.commentmod.kafka.TopicAdmin;
import io.commentmod.kafka.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives a test a real Kafka broker, shared by every test in the JVM: an existing cluster when
 * {@code KAFKA_BOOTSTRAP_SERVERS} is set, Testcontainers' Kafka container when a Docker engine
 * answers, otherwise the embedded KRaft broker. Inject {@link KafkaSettings} (topics created)
 * or {@link TestKafka}.
 */
public final class KafkaClusterExtension implements ParameterResolver {
  /** Pinned broker image for Testcontainers. */
  static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

  private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    Class<?> t = p.getParameter().getType();
    return t == KafkaSettings.class || t == TestKafka.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    TestKafka kafka = e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(TestKafka.class, k -> start(), TestKafka.class);
    return p.getParameter().getType() == KafkaSettings.class ? kafka.settings() : kafka;
  }

  private static TestKafka start() {
    String external = System.getenv(KafkaSettings.BOOTSTRAP);
    TestKafka kafka;
    if (external != null && !external.isBlank()) {
      LOG.info("Tests use the Kafka cluster at {}", external);
      kafka = new TestKafka(KafkaSettings.of(external), null, () -> {});
    } else if (dockerAnswers()) {
      KafkaContainer c = new KafkaContainer(KAFKA_IMAGE);
      c.start();
      LOG.info("Tests use a Testcontainers Kafka broker at {}", c.getBootstrapServers());
      kafka = new TestKafka(KafkaSettings.of(c.getBootstrapServers()), null, c::stop);
    } else {
      try {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(Files.createTempDirectory("kafka-test"), 0).start();
        LOG.info("Tests use the embedded KRaft broker at {}", broker.bootstrapServers());
        kafka = new TestKafka(KafkaSettings.of(broker.bootstrapServers()), broker, broker::close);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    TopicAdmin.ensureTopics(kafka.settings());
    return kafka;
  }

  private static boolean dockerAnswers() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (Throwable t) {
      return false;
    }
  }
}
