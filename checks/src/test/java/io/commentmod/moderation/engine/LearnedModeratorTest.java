package io.commentmod.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Reason;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.LearnedLayer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LearnedModeratorTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final String LABELLED = "Daily calm tips for you at calmnest-journal.net, check it out";
  private static final String LATER = "Nice! Check out my calm tips page calmnest-journal.net";

  private static Flag spam(Moderator m, String body) {
    CommentSubmitted c = new CommentSubmitted("c", "a", new Author("Lee", "lee@example.org", null, null, null), body, null, T0,
        null, null, T0);
    return m.assess(c, T0, ModerationState.inMemory()).flags().stream().filter(f -> f.name() == FlagName.SPAM).findFirst()
        .orElseThrow();
  }

  private static Reason classifier(Flag f) {
    return f.reasons().stream().filter(r -> r.check().equals("classifier")).findFirst().orElseThrow();
  }

  @Test
  void aSpamLabelRaisesALaterSimilarCommentAndTheReasonSaysSo() {
    Moderator m = Moderators.defaults();
    Flag before = spam(m, LATER);
    m.learned().add(true, LABELLED);
    Flag after = spam(m, LATER);
    assertThat(after.score()).isGreaterThan(before.score());
    assertThat(classifier(before).detail()).doesNotContain("learned");
    assertThat(classifier(after).detail()).contains("learned from 1 moderator decision").contains("+0.");
  }

  @Test
  void aNotSpamLabelLowersIt() {
    Moderator m = Moderators.defaults();
    Flag before = spam(m, LATER);
    m.learned().add(false, LABELLED);
    Flag after = spam(m, LATER);
    assertThat(after.score()).isLessThan(before.score());
    assertThat(classifier(after).detail()).contains("learned from 1 moderator decision").contains("-0.");
  }

  @Test
  void aModeratorForANewPolicyKeepsTheLayerItIsGiven() {
    Moderator m = Moderators.defaults();
    m.learned().add(true, LABELLED);
    Policy stricter = Policy.parse("{\"version\":\"v2\"}".getBytes(StandardCharsets.UTF_8));
    Moderator next = Moderators.create(stricter, m.learned());
    assertThat(next.learned()).isSameAs(m.learned());
    assertThat(classifier(spam(next, LATER)).detail()).contains("learned from 1 moderator decision");
  }

  @Test
  void eachNewModeratorStartsWithAnEmptyLayerOfItsOwn() {
    Moderator taught = Moderators.defaults();
    taught.learned().add(true, LABELLED);
    Moderator fresh = Moderators.defaults();
    assertThat(fresh.learned()).isNotSameAs(taught.learned());
    assertThat(fresh.learned().labels()).isZero();
    assertThat(Moderators.create(Policy.defaults(), Moderators.checks(Policy.defaults())).learned()).isSameAs(LearnedLayer.NONE);
  }
}
