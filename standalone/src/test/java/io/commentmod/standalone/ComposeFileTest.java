package io.commentmod.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.commentmod.config.Settings;
import io.commentmod.kafka.KafkaSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml stays true to the code: every environment name given to a service is a key
 * that service's code reads (a quoted name in its module's sources or the shared Kafka settings,
 * or a {@code KAFKA_CLIENT_*} name that becomes a real Kafka client property), each service
 * publishes and probes the port it listens on, and every container has a health check and a
 * restart policy. ops/OpsFilesTest covers Prometheus, the alert rules and the dashboard.
 */
class ComposeFileTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Map<String, String> MODULE_OF = Map.of(
      "ingest", "ingest", "moderation-1", "moderation", "moderation-2", "moderation",
      "publisher", "publisher", "site", "site");
  static final Pattern QUOTED_KEY = Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"");
  /** Every property a Kafka client or Streams accepts, the targets of {@code KAFKA_CLIENT_*}. */
  static final Set<String> KAFKA_CLIENT_CONFIGS = kafkaClientConfigs();

  private static Set<String> kafkaClientConfigs() {
    Set<String> names = new HashSet<>();
    names.addAll(org.apache.kafka.clients.producer.ProducerConfig.configNames());
    names.addAll(org.apache.kafka.clients.consumer.ConsumerConfig.configNames());
    names.addAll(org.apache.kafka.clients.admin.AdminClientConfig.configNames());
    names.addAll(org.apache.kafka.streams.StreamsConfig.configDef().names());
    return names;
  }

  @Test
  void everyServiceEnvironmentNameExistsInThatServicesConfig() throws IOException {
    JsonNode services = compose().path("services");
    Set<String> shared = keysIn(ROOT.resolve("events/src/main"));
    shared.add("LOG_FORMAT"); // read by logback.xml in the events module
    for (var e : MODULE_OF.entrySet()) {
      JsonNode env = services.path(e.getKey()).path("environment");
      assertThat(env.isObject()).as("service %s has an environment", e.getKey()).isTrue();
      Set<String> known = keysIn(ROOT.resolve(e.getValue() + "/src/main"));
      known.addAll(shared);
      if (e.getValue().equals("moderation")) known.addAll(keysIn(ROOT.resolve("checks/src/main")));
      for (Iterator<String> it = env.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (name.startsWith(KafkaSettings.CLIENT_PREFIX)) {
          String property = KafkaSettings.from(new Settings(Map.of(name, "x")), "unused").clientProperties().keySet().iterator().next();
          assertThat(KAFKA_CLIENT_CONFIGS).as("%s sets %s: %s is no Kafka client or Streams setting", e.getKey(), name, property)
              .contains(property);
          continue;
        }
        assertThat(known).as("%s sets %s, which its config does not read", e.getKey(), name).contains(name);
      }
    }
  }

  @Test
  void composeRunsTheProductionShape() throws IOException {
    JsonNode services = compose().path("services");
    assertThat(services.has("kafka")).isTrue();
    assertThat(services.path("kafka").path("image").asText()).startsWith("apache/kafka:");
    for (String s : MODULE_OF.keySet()) assertThat(services.has(s)).as(s).isTrue();
    assertThat(services.path("moderation-1").path("environment").path("MODERATION_APPLICATION_ID").asText())
        .isEqualTo(services.path("moderation-2").path("environment").path("MODERATION_APPLICATION_ID").asText());
  }

  @Test
  void everyServiceHasAHealthCheckAndARestartPolicy() throws IOException {
    JsonNode services = compose().path("services");
    for (Iterator<String> it = services.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      JsonNode s = services.path(name);
      assertThat(s.path("restart").asText()).as("%s restart policy", name).isIn("unless-stopped", "always");
      assertThat(s.path("healthcheck").path("test").isArray()).as("%s health check", name).isTrue();
    }
  }

  @Test
  void eachServicePublishesAndProbesThePortItListensOn() throws IOException {
    JsonNode services = compose().path("services");
    Map<String, String> portKey = Map.of("ingest", "INGEST_PORT", "moderation-1", "CONSOLE_PORT", "moderation-2", "CONSOLE_PORT",
        "publisher", "PUBLISHER_PORT", "site", "SITE_PORT");
    Set<String> hostPorts = new HashSet<>();
    for (var e : portKey.entrySet()) {
      JsonNode s = services.path(e.getKey());
      String port = s.path("environment").path(e.getValue()).asText();
      assertThat(port).as("%s sets %s", e.getKey(), e.getValue()).matches("\\d+");
      String published = s.path("ports").get(0).asText();
      assertThat(published).as("%s ports", e.getKey()).endsWith(":" + port);
      assertThat(hostPorts.add(published.substring(0, published.indexOf(':')))).as("host port of %s is free", e.getKey()).isTrue();
      assertThat(s.path("healthcheck").path("test").toString()).as("%s probes its readiness", e.getKey())
          .contains("http://localhost:" + port + "/health/ready");
      assertThat(s.path("environment").path("LOG_FORMAT").asText()).as("%s logs JSON", e.getKey()).isEqualTo("json");
      assertThat(s.path("build").asText()).as("%s is built from this repository", e.getKey()).isEqualTo(".");
      assertThat(ROOT.resolve(MODULE_OF.get(e.getKey()) + "/pom.xml")).exists();
      assertThat(s.path("command").toString()).contains("/app/" + MODULE_OF.get(e.getKey()) + ".jar");
    }
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains(
        "/src/ingest/target/ingest.jar", "/src/moderation/target/moderation.jar", "/src/publisher/target/publisher.jar",
        "/src/site/target/site.jar");
  }

  @Test
  void moderationInstancesKeepTheirStateApartAndTheirConsolesReachable() throws IOException {
    JsonNode services = compose().path("services");
    JsonNode one = services.path("moderation-1").path("environment");
    JsonNode two = services.path("moderation-2").path("environment");
    assertThat(one.path("MODERATION_ADVERTISED_HOST").asText()).isEqualTo("moderation-1");
    assertThat(two.path("MODERATION_ADVERTISED_HOST").asText()).isEqualTo("moderation-2");
    assertThat(one.path("MODERATOR_USERS").asText()).as("instances share accounts, and so their peer secret")
        .isEqualTo(two.path("MODERATOR_USERS").asText()).startsWith("${MODERATOR_USERS");
    assertThat(services.path("moderation-1").path("volumes").get(0).asText())
        .isNotEqualTo(services.path("moderation-2").path("volumes").get(0).asText())
        .endsWith(":" + one.path("DATA_DIR").asText());
  }

  @Test
  void composeAddsPrometheusAndGrafana() throws IOException {
    JsonNode services = compose().path("services");
    assertThat(services.path("prometheus").path("image").asText()).startsWith("prom/prometheus:v");
    assertThat(services.path("grafana").path("image").asText()).startsWith("grafana/grafana:");
    assertThat(services.path("prometheus").path("ports").get(0).asText()).isEqualTo("9090:9090");
    assertThat(services.path("grafana").path("ports").get(0).asText()).isEqualTo("3000:3000");
  }

  private static JsonNode compose() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
  }

  private static Set<String> keysIn(Path dir) throws IOException {
    Set<String> keys = new HashSet<>();
    if (!Files.isDirectory(dir)) return keys;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xml"))::iterator) {
        Matcher m = QUOTED_KEY.matcher(Files.readString(f));
        while (m.find()) keys.add(m.group(1));
      }
    }
    return keys;
  }
}
