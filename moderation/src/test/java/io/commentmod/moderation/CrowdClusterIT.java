package io.commentmod.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.commentmod.config.Settings;
import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.CrowdStateChanged;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Flag;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Topics;
import io.commentmod.kafka.KafkaSettings;
import io.commentmod.moderation.engine.Moderators;
import io.commentmod.moderation.topology.StoreNames;
import io.commentmod.testkit.KafkaClusterExtension;
import io.commentmod.testkit.Records;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real broker, two moderation instances sharing one application id and the partitions of
 * {@code comments.submitted}: the same spam text from three authors, one comment on each partition,
 * is a spam wave; an author rejected (automatically and by a moderator) on one partition is a
 * repeat offender on another. Each task sees only one of those comments itself: the rest comes
 * from the other tasks' rows in the global crowd store.
 */
@ExtendWith(KafkaClusterExtension.class)
class CrowdClusterIT {
  static final String WAVE = "Amazing post thank you so much for sharing this, visit my page";
  final String run = UUID.randomUUID().toString().substring(0, 8);
  final String app = "crowd-cluster-" + run;
  Instances instances;

  @AfterEach
  void stop() {
    if (instances != null) instances.close();
  }

  @Test
  void aWaveSpreadOverPartitionsIsFlaggedAndAnOffenderOnOnePartitionIsOneOnAnother(KafkaSettings kafka) throws Exception {
    assertThat(kafka.partitions()).isGreaterThan(2);
    instances = new Instances(kafka, app, Map.of("CONSOLE_UNDO_WINDOW", "0"));
    for (int i = 0; i < 2; i++) instances.start(Moderators.defaults());
    instances.awaitRunningWithTasks();

    try (var producer = producer(kafka)) {
      String[] authors = {"ann", "bob", "cat"};
      for (int p = 0; p < 3; p++) {
        String email = authors[p] + "-" + run + "@example.org";
        CommentModerated v = judge(kafka, producer, comment(idOn(kafka, p, "w"), email, WAVE));
        if (p < 2) assertThat(details(v)).noneMatch(d -> d.startsWith("same text"));
        else assertThat(details(v)).contains("same text from 3 authors within 60 min");
        awaitShared(email, "moderation-waves", row -> true);
      }

      String pat = "pat-" + run + "@example.org";
      CommentModerated rejected = judge(kafka, producer,
          comment(idOn(kafka, 0, "o1"), pat, "Free spins and a no deposit bonus for every reader today"));
      assertThat(rejected.action()).isEqualTo(Action.REJECT);
      String held = idOn(kafka, 0, "o2");
      assertThat(judge(kafka, producer, comment(held, pat, "Daily calm tips for you at calmnest-journal.net, check it out")).action())
          .isEqualTo(Action.REVIEW);
      var d = new ModeratorDecided("d-" + held, held, DecisionAction.REJECT, "maria", "off topic", Instant.now());
      producer.send(new ProducerRecord<>(Topics.DECISIONS.name(), held, Topics.DECISIONS.valueSerde().toBytes(d))).get();
      awaitShared(pat, "moderation-authors", row -> row.state().path("rejected").asInt() == 2);

      CommentModerated elsewhere = judge(kafka, producer, comment(idOn(kafka, 1, "o3"), pat, "Nice! Check out my calm tips page calmnest-journal.net"));
      assertThat(details(elsewhere)).contains("repeat offender: 2 comments rejected, 0 approved");
    }
  }

  /** Waits until every instance's global crowd store holds a row of {@code store} for {@code key} that passes {@code test}. */
  private void awaitShared(String key, String store, java.util.function.Predicate<CrowdStateChanged> test) {
    await().atMost(Duration.ofSeconds(30)).until(() -> instances.all().stream().allMatch(s -> {
      ReadOnlyKeyValueStore<String, byte[]> crowd = s.streams().store(
          StoreQueryParameters.fromNameAndType(StoreNames.CROWD, QueryableStoreTypes.<String, byte[]>keyValueStore()));
      try (var all = crowd.all()) {
        while (all.hasNext()) {
          var kv = all.next();
          if (!kv.key.startsWith(app + "|" + store + "|")) continue;
          CrowdStateChanged row = Topics.CROWD.valueSerde().fromBytes(kv.value);
          boolean about = row.key().equals(key) || row.state().toString().contains(key);
          if (about && test.test(row)) return true;
        }
      }
      return false;
    }));
  }

  private CommentModerated judge(KafkaSettings kafka, KafkaProducer<String, byte[]> producer, CommentSubmitted c) throws Exception {
    producer.send(new ProducerRecord<>(Topics.SUBMITTED.name(), c.id(), Topics.SUBMITTED.valueSerde().toBytes(c))).get();
    CommentModerated[] found = new CommentModerated[1];
    await().atMost(Duration.ofSeconds(30)).until(() -> {
      for (var r : Records.readAll(kafka, Topics.VERDICTS, Duration.ofMillis(100))) if (c.id().equals(r.key())) found[0] = r.value();
      return found[0] != null;
    });
    return found[0];
  }

  /** An id of this run whose record lands on {@code partition} of the submitted topic. */
  private String idOn(KafkaSettings kafka, int partition, String prefix) {
    for (int n = 0; ; n++) {
      String id = run + "-" + prefix + "-" + n;
      if (Utils.toPositive(Utils.murmur2(id.getBytes(StandardCharsets.UTF_8))) % kafka.partitions() == partition) return id;
    }
  }

  private static CommentSubmitted comment(String id, String email, String body) {
    return new CommentSubmitted(id, "art", new Author("Reader", email, null, null, null), body, null, Instant.now(), null, null, Instant.now());
  }

  private static List<String> details(CommentModerated v) {
    List<String> out = new ArrayList<>();
    for (Flag f : v.flags()) for (Reason r : f.reasons()) out.add(r.detail());
    return out;
  }

  private static KafkaProducer<String, byte[]> producer(KafkaSettings kafka) {
    Map<String, Object> cfg = new HashMap<>(kafka.clientConfig());
    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(cfg, new StringSerializer(), new ByteArraySerializer());
  }
}
