package io.commentmod.moderation.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.events.SpamLabelled;
import io.commentmod.events.Topic;
import io.commentmod.events.Topics;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.engine.Moderators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Moderators' spam and not-spam decisions teach the classifier, through the labels topic and its global store. */
class SpamLearningTopologyTest {
  static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  /** Held for spam review (an unknown site), then decided by a moderator. */
  static final String DECIDED = "Daily calm tips for you at calmnest-journal.net, check it out";
  /** Later, from someone else: similar, also held for spam review. */
  static final String LATER = "Nice! Check out my calm tips page calmnest-journal.net";

  final Moderator moderator = Moderators.defaults();
  final TopologyTestDriver driver = driver(moderator);
  final TestOutputTopic<String, CommentModerated> verdicts = output(driver, Topics.VERDICTS);
  final TestOutputTopic<String, SpamLabelled> labels = output(driver, Topics.SPAM_LABELS);

  @AfterEach
  void tearDown() {
    driver.close();
  }

  @Test
  void markingOneCommentAsSpamRaisesTheScoreOfALaterSimilarComment() {
    double untaught = spam(Moderators.defaults().assess(comment("x", "lee@example.org", LATER), NOW, ModerationState.inMemory())
        .flags()).score();

    submit(driver, comment("c1", "ann@example.org", DECIDED));
    assertThat(verdicts.readValue().action()).isEqualTo(Action.REVIEW);
    decide("c1", DecisionAction.REJECT, "spam");

    assertThat(labels.readKeyValue()).isEqualTo(new KeyValue<>("c1", new SpamLabelled("c1", "d-c1", true, DECIDED, "maria", NOW)));
    assertThat(labels.isEmpty()).isTrue();
    assertThat(driver.getKeyValueStore(StoreNames.SPAM_LABELS).get("c1")).isNotNull();
    assertThat(moderator.learned().spamLabels()).isEqualTo(1);

    submit(driver, comment("c2", "lee@example.org", LATER));
    CommentModerated later = verdicts.readValue();
    assertThat(later.route()).isEqualTo(Route.SPAM);
    Flag spam = spam(later.flags());
    assertThat(spam.score()).isGreaterThan(untaught);
    assertThat(classifier(spam).detail()).contains("learned from 1 moderator decision");
  }

  @Test
  void markingOneCommentAsNotSpamLowersTheScoreOfALaterSimilarComment() {
    double untaught = spam(Moderators.defaults().assess(comment("x", "lee@example.org", LATER), NOW, ModerationState.inMemory())
        .flags()).score();

    submit(driver, comment("c1", "ann@example.org", DECIDED));
    decide("c1", DecisionAction.APPROVE, "not spam");
    assertThat(labels.readValue().spam()).isFalse();

    submit(driver, comment("c2", "lee@example.org", LATER));
    verdicts.readValue();
    assertThat(spam(verdicts.readValue().flags()).score()).isLessThan(untaught);
  }

  @Test
  void otherDecisionsTeachTheClassifierNothing() {
    submit(driver, comment("c1", "ann@example.org", DECIDED));
    decide("c1", DecisionAction.REJECT, "off topic");
    assertThat(labels.isEmpty()).isTrue();
    assertThat(moderator.learned().labels()).isZero();
  }

  @Test
  void anotherInstanceReadingTheLabelsTopicLearnsTheSameAndForgetsATombstonedLabel() {
    submit(driver, comment("c1", "ann@example.org", DECIDED));
    decide("c1", DecisionAction.REJECT, "spam");
    List<KeyValue<String, SpamLabelled>> topic = labels.readKeyValuesToList();
    submit(driver, comment("c2", "lee@example.org", LATER));
    verdicts.readValue();
    double here = spam(verdicts.readValue().flags()).score();

    Moderator elsewhere = Moderators.defaults();
    try (TopologyTestDriver other = driver(elsewhere)) {
      TestInputTopic<String, byte[]> in = other.createInputTopic(Topics.SPAM_LABELS.name(), new StringSerializer(), new ByteArraySerializer());
      topic.forEach(kv -> in.pipeInput(kv.key, Topics.SPAM_LABELS.valueSerde().toBytes(kv.value)));
      TestOutputTopic<String, CommentModerated> otherVerdicts = output(other, Topics.VERDICTS);
      submit(other, comment("c2", "lee@example.org", LATER));
      assertThat(spam(otherVerdicts.readValue().flags()).score()).isEqualTo(here);

      in.pipeInput("c1", (byte[]) null);
      assertThat(elsewhere.learned().labels()).isZero();
      assertThat(other.getKeyValueStore(StoreNames.SPAM_LABELS).get("c1")).isNull();
      in.pipeInput("c9", "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(elsewhere.learned().labels()).isZero();
    }
  }

  private void decide(String id, DecisionAction action, String reason) {
    var d = new ModeratorDecided("d-" + id, id, action, "maria", reason, NOW);
    driver.createInputTopic(Topics.DECISIONS.name(), new StringSerializer(), new ByteArraySerializer())
        .pipeInput(id, Topics.DECISIONS.valueSerde().toBytes(d));
  }

  private static Flag spam(List<Flag> flags) {
    return flags.stream().filter(f -> f.name() == FlagName.SPAM).findFirst().orElseThrow();
  }

  private static Reason classifier(Flag f) {
    return f.reasons().stream().filter(r -> r.check().equals("classifier")).findFirst().orElseThrow();
  }

  private static void submit(TopologyTestDriver d, CommentSubmitted c) {
    d.createInputTopic(Topics.SUBMITTED.name(), new StringSerializer(), new ByteArraySerializer())
        .pipeInput(c.id(), Topics.SUBMITTED.valueSerde().toBytes(c));
  }

  static CommentSubmitted comment(String id, String email, String body) {
    return new CommentSubmitted(id, "art", new Author("Reader " + id, email, null, null, null), body, null, NOW, null, null, NOW);
  }

  private static TopologyTestDriver driver(Moderator m) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "spam-learning-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    try {
      p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("spam-learning").toString()); // one per instance
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TopologyTestDriver(ModerationTopology.build(() -> m, Clock.fixed(NOW, ZoneOffset.UTC)), p);
  }

  private static <V> TestOutputTopic<String, V> output(TopologyTestDriver d, Topic<V> t) {
    return d.createOutputTopic(t.name(), new StringDeserializer(), t.valueSerde().deserializer());
  }
}
