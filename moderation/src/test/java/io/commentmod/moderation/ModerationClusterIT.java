package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.config.Settings;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.console.ConsoleClient;
import io.commentmod.moderation.console.auth.ModeratorAccounts;
import io.commentmod.testkit.KafkaClusterExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two moderation instances sharing one application id split the partitions between them; each
 * console still shows every queue whole, with claims and author histories from both.
 */
@ExtendWith(KafkaClusterExtension.class)
class ModerationClusterIT {
  static final String PASSWORD = "two instances one queue";
  final String run = UUID.randomUUID().toString().substring(0, 8);
  Instances instances;

  @AfterEach
  void stop() {
    if (instances != null) instances.close();
  }

  @Test
  void everyConsoleListsEveryHeldCommentWhateverInstanceOwnsItsPartition(KafkaSettings kafka) throws Exception {
    String users = ModeratorAccounts.entry("maria", PASSWORD, 2000) + "," + ModeratorAccounts.entry("sam", PASSWORD, 2000);
    instances = new Instances(kafka, "moderation-cluster-" + run, Map.of(ModeratorAccounts.KEY, users));
    for (int i = 0; i < 2; i++) instances.start(new HoldingModerator());
    instances.awaitRunningWithTasks();
    List<ModerationService> services = instances.all();

    List<String> ids = idsOnEveryPartition(kafka.partitions(), 2);
    try (var producer = producer(kafka)) {
      for (String id : ids) {
        CommentSubmitted c = new CommentSubmitted(id, "art", new Author("Sky", "sky@example.org", null, null, null),
            "buy cheap followers at http://a.example http://b.example http://c.example " + id, null, Instant.now(), null, null, Instant.now());
        producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), id, Topics.SUBMITTED.valueSerde().toBytes(c))).get();
      }
    }

    ConsoleClient first = new ConsoleClient(services.get(0).consolePort()).loggedIn("maria", PASSWORD);
    ConsoleClient second = new ConsoleClient(services.get(1).consolePort()).loggedIn("sam", PASSWORD);
    for (ConsoleClient console : List.of(first, second)) {
      await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
        JsonNode board = ConsoleClient.json(console.get("/api/queues"));
        assertThat(board.path("incomplete").size()).isZero();
        assertThat(heldIds(board)).containsAll(ids);
      });
    }
    // the local stores alone hold only part of it: the fan-out is what makes it whole
    assertThat(services.get(0).streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum())
        .isLessThan(kafka.partitions());

    String claimed = ids.get(0);
    assertThat(first.post("/api/comments/" + claimed + "/claim", "{}").statusCode()).isEqualTo(202);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      JsonNode item = item(ConsoleClient.json(second.get("/api/queues")), claimed);
      assertThat(item.path("claim").path("moderator").asText()).isEqualTo("maria");
      assertThat(item.path("history").size()).as("the author's other comments, from every partition").isEqualTo(ids.size() - 1);
    });

    // Approved comments on every partition: each console lists the newest across the cluster.
    List<String> approvedIds = idsOnEveryPartition(kafka.partitions(), 1).stream().map(id -> id + "-ok").toList();
    String[] bodies = {"Great read!", "Thank you for this.", "Very helpful, thanks.", "Nicely explained.", "Interesting work."};
    try (var producer = producer(kafka)) {
      for (int i = 0; i < approvedIds.size(); i++) {
        String id = approvedIds.get(i);
        Instant at = Instant.now();
        CommentSubmitted c = new CommentSubmitted(id, "art", new Author("Reader " + i, "reader" + i + "@example.org", null, null, null),
            bodies[i % bodies.length], null, at, null, null, at);
        producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), id, Topics.SUBMITTED.valueSerde().toBytes(c))).get();
      }
    }
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(recentIds(second, "")).containsExactlyInAnyOrderElementsOf(approvedIds));
    JsonNode all = ConsoleClient.json(second.get("/api/recent"));
    for (int i = 1; i < all.size(); i++) {
      assertThat(Instant.parse(all.get(i - 1).path("approvedAt").asText())).as("newest first")
          .isAfterOrEqualTo(Instant.parse(all.get(i).path("approvedAt").asText()));
    }
    assertThat(recentIds(second, "limit=2")).containsExactly(all.get(0).path("id").asText(), all.get(1).path("id").asText());
    assertThat(recentIds(first, "q=" + approvedIds.get(0))).containsExactly(approvedIds.get(0));
  }

  private static List<String> recentIds(ConsoleClient console, String query) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : ConsoleClient.json(console.get("/api/recent?" + query))) out.add(r.path("id").asText());
    return out;
  }

  private static long activeTasks(KafkaStreams s) {
    return s.metadataForLocalThreads().stream().mapToLong(t -> t.activeTasks().size()).sum();
  }

  private List<String> idsOnEveryPartition(int partitions, int perPartition) {
    Map<Integer, Integer> count = new HashMap<>();
    List<String> ids = new ArrayList<>();
    for (int n = 0; ids.size() < partitions * perPartition; n++) {
      String id = run + "-c" + n;
      int p = Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % partitions;
      if (count.merge(p, 1, Integer::sum) <= perPartition) ids.add(id);
    }
    return ids;
  }

  private static Set<String> heldIds(JsonNode board) {
    Set<String> out = new HashSet<>();
    for (JsonNode q : board.path("queues")) for (JsonNode i : q) out.add(i.path("id").asText());
    return out;
  }

  private static JsonNode item(JsonNode board, String id) {
    for (JsonNode q : board.path("queues")) for (JsonNode i : q) if (i.path("id").asText().equals(id)) return i;
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static KafkaProducer<String, byte[]> producer(KafkaSettings kafka) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
  }
}
