package io.commentmod.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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
 * that service's code reads (a quoted name in its module's sources or the shared Kafka settings).
 */
class ComposeFileTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Map<String, String> MODULE_OF = Map.of(
      "ingest", "ingest", "moderation-1", "moderation", "moderation-2", "moderation",
      "publisher", "publisher", "site", "site");
  static final Pattern QUOTED_KEY = Pattern.compile("\"([A-Z][A-Z0-9_]{2,})\"");

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
