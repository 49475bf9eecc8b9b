package io.commentmod.moderation.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.CrowdStateChanged;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Flag;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import io.commentmod.moderation.check.crowd.CrowdChecks;
import io.commentmod.moderation.engine.Moderators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spam waves, floods and author history across partitions. The driver under test is the task of
 * partition 0; what the tasks of partitions 1 and 2 publish is made by other drivers (each a task
 * that saw only its own comments) and piped into {@code moderation.crowd} under their partition.
 */
class CrowdTopologyTest {
  static final String APP = "crowd-test";
  static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
  static final String WAVE = "Amazing post thank you so much for sharing this, visit my page";

  final MutableClock clock = new MutableClock(T0);
  final TopologyTestDriver driver = driver(clock);
  final TestOutputTopic<String, CommentModerated> verdicts = output(driver, Topics.VERDICTS);
  final TestOutputTopic<String, CrowdStateChanged> rows = output(driver, Topics.CROWD);

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void aWaveWhoseOtherCommentsCameOnOtherPartitionsIsFlagged() {
    assertThat(details(judge(comment("c3", "cat@example.org", null, WAVE)))).noneMatch(d -> d.startsWith("same text"));

    share(1, T0, comment("c1", "ann@example.org", null, WAVE));
    share(2, T0.plusSeconds(30), comment("c2", "bob@example.org", null, WAVE));
    clock.advance(Duration.ofSeconds(60));
    assertThat(details(judge(comment("c4", "dan@example.org", null, WAVE)))).contains("same text from 4 authors within 60 min");
  }

  @Test
  void otherPartitionsCommentsOutsideTheWaveWindowAreIgnored() {
    share(1, T0, comment("c1", "ann@example.org", null, WAVE));
    share(2, T0, comment("c2", "bob@example.org", null, WAVE));
    clock.advance(Duration.ofHours(2));
    assertThat(details(judge(comment("c3", "cat@example.org", null, WAVE)))).noneMatch(d -> d.startsWith("same text"));
  }

  @Test
  void aCommentSeenLocallyAndInTheGlobalStoreCountsOnce() {
    share(1, T0, comment("o1", "o1@example.org", "10.9.9.9", "Useful article, thanks 1"),
        comment("o2", "o2@example.org", "10.9.9.9", "Useful article, thanks 2"));
    for (int i = 1; i <= 3; i++) {
      clock.advance(Duration.ofSeconds(1));
      CommentModerated v = judge(comment("c" + i, "u" + i + "@example.org", "10.9.9.9", "Nice read, thanks " + i));
      assertThat(details(v)).as("comment %d: %d on partition 1 and %d here", i, 2, i).noneMatch(d -> d.startsWith("more than 5"));
    }
    // this task's own rows are in the global store too, and are skipped there
    KeyValueStore<String, byte[]> crowd = driver.getKeyValueStore(StoreNames.CROWD);
    assertThat(crowd.get(CrowdRows.key(APP, CrowdChecks.RATES.name(), "ip:10.9.9.9", 0))).isNotNull();
    assertThat(crowd.get(CrowdRows.key(APP, CrowdChecks.RATES.name(), "ip:10.9.9.9", 1))).isNotNull();

    clock.advance(Duration.ofSeconds(1));
    assertThat(details(judge(comment("c4", "u4@example.org", "10.9.9.9", "Nice read, thanks 4"))))
        .contains("more than 5 comments from this IP address within 120 s");
  }

  @Test
  void anAuthorRejectedOnAnotherPartitionByTheModeratorAndAModeratorIsARepeatOffenderHere() {
    String again = "Nice! Check out my calm tips page calmnest-journal.net";
    assertThat(details(judge(comment("x0", "pat@example.org", null, again)))).noneMatch(d -> d.startsWith("repeat offender"));

    try (TopologyTestDriver other = driver(new MutableClock(T0))) {
      submit(other, comment("x1", "pat@example.org", null, "Free spins and a no deposit bonus for every reader today"));
      submit(other, comment("x2", "pat@example.org", null, "Daily calm tips for you at calmnest-journal.net, check it out"));
      List<CommentModerated> seen = output(other, Topics.VERDICTS).readValuesToList();
      assertThat(seen).extracting(CommentModerated::action).containsExactly(Action.REJECT, Action.REVIEW);
      var d = new ModeratorDecided("d-x2", "x2", DecisionAction.REJECT, "maria", "off topic", T0);
      other.createInputTopic(Topics.DECISIONS.name(), new StringSerializer(), new ByteArraySerializer())
          .pipeInput("x2", Topics.DECISIONS.valueSerde().toBytes(d));
      pipeAs(1, output(other, Topics.CROWD).readKeyValuesToList());
    }
    assertThat(details(judge(comment("x3", "pat@example.org", null, again)))).contains("repeat offender: 2 comments rejected, 0 approved");
  }

  @Test
  void valuesPastTheirWindowArePrunedHereAndFromTheGlobalStoreAuthorRecordsStay() {
    judge(comment("c1", "ann@example.org", "10.1.1.1", WAVE));
    rows.readKeyValuesToList();
    assertThat(count(CrowdChecks.WAVES.name())).isEqualTo(4);
    assertThat(count(CrowdChecks.RATES.name())).isEqualTo(2);
    assertThat(globalRows()).hasSize(7);

    clock.advance(Duration.ofMinutes(60));
    driver.advanceWallClockTime(CrowdPruner.EVERY);
    assertThat(count(CrowdChecks.RATES.name())).isZero(); // the flood window (2 min) and a minute of slack are over
    assertThat(count(CrowdChecks.WAVES.name())).isEqualTo(4); // the wave window (60 min) and a minute of slack are not
    assertThat(rows.readKeyValuesToList()).hasSize(2).allMatch(kv -> kv.value == null);

    clock.advance(Duration.ofMinutes(2));
    driver.advanceWallClockTime(CrowdPruner.EVERY);
    assertThat(count(CrowdChecks.WAVES.name())).isZero();
    assertThat(count(CrowdChecks.AUTHORS.name())).isEqualTo(1);
    assertThat(rows.readKeyValuesToList()).hasSize(4).allMatch(kv -> kv.value == null);
    assertThat(globalRows()).containsExactly(CrowdRows.key(APP, CrowdChecks.AUTHORS.name(), "ann@example.org", 0));
  }

  /** Has another task, of {@code partition}, judge {@code comments} from {@code at} on, and pipes what it published here. */
  private void share(int partition, Instant at, CommentSubmitted... comments) {
    MutableClock elsewhere = new MutableClock(at);
    try (TopologyTestDriver other = driver(elsewhere)) {
      for (CommentSubmitted c : comments) {
        submit(other, c);
        elsewhere.advance(Duration.ofSeconds(1));
      }
      pipeAs(partition, output(other, Topics.CROWD).readKeyValuesToList());
    }
  }

  private void pipeAs(int partition, List<KeyValue<String, CrowdStateChanged>> published) {
    var in = driver.createInputTopic(Topics.CROWD.name(), new StringSerializer(), new ByteArraySerializer());
    for (KeyValue<String, CrowdStateChanged> kv : published) {
      CrowdStateChanged r = kv.value;
      assertThat(r.partition()).isZero();
      var moved = new CrowdStateChanged(r.app(), partition, r.store(), r.key(), r.state());
      in.pipeInput(CrowdRows.key(r.app(), r.store(), r.key(), partition), Topics.CROWD.valueSerde().toBytes(moved));
    }
  }

  private CommentModerated judge(CommentSubmitted c) {
    submit(driver, c);
    return verdicts.readValue();
  }

  private int count(String store) {
    KeyValueStore<String, Object> s = driver.getKeyValueStore(store);
    int n = 0;
    try (var all = s.all()) {
      while (all.hasNext()) {
        all.next();
        n++;
      }
    }
    return n;
  }

  private List<String> globalRows() {
    List<String> keys = new ArrayList<>();
    KeyValueStore<String, byte[]> s = driver.getKeyValueStore(StoreNames.CROWD);
    try (var all = s.all()) {
      all.forEachRemaining(kv -> keys.add(kv.key));
    }
    return keys;
  }

  private static List<String> details(CommentModerated v) {
    List<String> out = new ArrayList<>();
    for (Flag f : v.flags()) for (Reason r : f.reasons()) out.add(r.detail());
    return out;
  }

  private static void submit(TopologyTestDriver d, CommentSubmitted c) {
    d.createInputTopic(Topics.SUBMITTED.name(), new StringSerializer(), new ByteArraySerializer())
        .pipeInput(c.id(), Topics.SUBMITTED.valueSerde().toBytes(c));
  }

  static CommentSubmitted comment(String id, String email, String ip, String body) {
    return new CommentSubmitted(id, "art", new Author("Reader " + id, email, ip, null, null), body, null, T0, null, null, T0);
  }

  private static TopologyTestDriver driver(MutableClock clock) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try {
      p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("crowd-topology").toString()); // one per task
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var moderator = Moderators.defaults();
    return new TopologyTestDriver(ModerationTopology.build(() -> moderator, clock), p);
  }

  private static <V> TestOutputTopic<String, V> output(TopologyTestDriver d, Topic<V> t) {
    return d.createOutputTopic(t.name(), new StringDeserializer(), t.valueSerde().deserializer());
  }
}
