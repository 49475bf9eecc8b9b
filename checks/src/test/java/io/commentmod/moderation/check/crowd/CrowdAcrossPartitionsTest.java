package io.commentmod.moderation.check.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Waves, floods and author history counted over every partition's state, each comment once. */
class CrowdAcrossPartitionsTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private static final String PRAISE = "Amazing post thank you so much for sharing this, visit my page";
  private final CrowdChecks crowd = new CrowdChecks(Policy.defaults());
  private final PartitionedState cluster = new PartitionedState(3);

  private static CommentSubmitted comment(String email, String ip, String body) {
    return new CommentSubmitted("c", "art", new Author("N", email, ip, null, null), body, null, T0, null, null, T0);
  }

  private Findings run(int partition, CommentSubmitted c, Instant at) {
    Findings f = new Findings();
    CommentText t = Normalizer.normalize(c);
    crowd.inspect(c, t, Tokens.of(t.normalized()), at, cluster.partition(partition), f);
    return f;
  }

  @Test
  void aWaveSpreadOverThreePartitionsIsAWave() {
    assertThat(run(0, comment("a@x.org", null, PRAISE), T0).isEmpty()).isTrue();
    assertThat(run(1, comment("b@x.org", null, PRAISE), T0.plusSeconds(60)).isEmpty()).isTrue();
    Findings f = run(2, comment("c@x.org", null, PRAISE), T0.plusSeconds(120));
    assertThat(f.of(FlagName.SPAM).get(0).reason().detail()).isEqualTo("same text from 3 authors within 60 min");
  }

  @Test
  void onePartitionAloneDoesNotSeeTheOthers() {
    ModerationState alone = ModerationState.inMemory();
    for (String who : new String[] {"a", "b"}) {
      CommentSubmitted c = comment(who + "@x.org", null, PRAISE);
      CommentText t = Normalizer.normalize(c);
      crowd.inspect(c, t, Tokens.of(t.normalized()), T0, cluster.partition(who.equals("a") ? 0 : 1), new Findings());
    }
    CommentSubmitted c = comment("c@x.org", null, PRAISE);
    CommentText t = Normalizer.normalize(c);
    Findings f = new Findings();
    crowd.inspect(c, t, Tokens.of(t.normalized()), T0, alone, f);
    assertThat(f.isEmpty()).isTrue();
  }

  @Test
  void anotherPartitionsCommentsOutsideTheWindowDoNotCount() {
    run(0, comment("a@x.org", null, PRAISE), T0);
    run(1, comment("b@x.org", null, PRAISE), T0);
    assertThat(run(2, comment("c@x.org", null, PRAISE), T0.plusSeconds(3 * 3600)).isEmpty()).isTrue();
  }

  @Test
  void aFloodFromOneIpOverThreePartitionsIsAFlood() {
    for (int i = 0; i < 5; i++) {
      assertThat(run(i % 3, comment("u" + i + "@x.org", "10.0.0.1", "comment number " + i), T0.plusSeconds(i)).isEmpty()).isTrue();
    }
    Findings.Finding f = run(2, comment("u9@x.org", "10.0.0.1", "one more"), T0.plusSeconds(10)).of(FlagName.SPAM).get(0);
    assertThat(f.reason().detail()).isEqualTo("more than 5 comments from this IP address within 120 s");
  }

  @Test
  void anAuthorRejectedOnOnePartitionIsAnOffenderOnAnother() {
    CommentSubmitted s = comment("spammer@x.org", null, "buy");
    crowd.recordVerdict(s, Action.REJECT, T0, cluster.partition(0));
    crowd.recordVerdict(s, Action.REVIEW, T0, cluster.partition(1));
    crowd.learn(new ModeratorDecided("d", "c", DecisionAction.REJECT, "mod", null, T0), s, cluster.partition(1));
    Findings f = new Findings();
    CommentText t = Normalizer.normalize(s);
    assertThat(crowd.inspect(s, t, Tokens.of("buy"), T0, cluster.partition(2), f)).isEqualTo(CrowdChecks.Standing.OFFENDER);
    assertThat(f.of(FlagName.SPAM).get(0).reason().detail()).isEqualTo("repeat offender: 2 comments rejected, 0 approved");
    assertThat(cluster.partition(2).store(CrowdChecks.AUTHORS).get("spammer@x.org")).isNull(); // read, never copied
  }

  @Test
  void approvalsOnSeveralPartitionsAddUpToTrust() {
    CommentSubmitted c = comment("pat@x.org", null, "hello");
    for (int p = 0; p < 3; p++) crowd.recordVerdict(c, Action.APPROVE, T0, cluster.partition(p));
    CommentText t = Normalizer.normalize(c);
    assertThat(crowd.inspect(c, t, Tokens.of("hello"), T0, cluster.partition(0), new Findings())).isEqualTo(CrowdChecks.Standing.TRUSTED);
  }

  @Test
  void windowedValuesExpireOnceTheirWindowAndAMinuteHavePassedAuthorRecordsNever() {
    run(0, comment("a@x.org", "10.0.0.1", PRAISE), T0);
    ModerationState p0 = cluster.partition(0);
    RecentPosts posts = p0.store(CrowdChecks.RATES).get("ip:10.0.0.1");
    assertThat(crowd.expired(CrowdChecks.RATES, posts, T0.plusSeconds(180))).isFalse();
    assertThat(crowd.expired(CrowdChecks.RATES, posts, T0.plusSeconds(181))).isTrue();
    CommentSubmitted c = comment("a@x.org", null, PRAISE);
    CommentText t = Normalizer.normalize(c);
    long fp = Fingerprint.simHash(Tokens.of(t.normalized()));
    String band0 = String.format("0:%04x", fp & 0xffff);
    WaveBucket b = p0.store(CrowdChecks.WAVES).get(band0);
    assertThat(b.size()).isEqualTo(1);
    assertThat(crowd.expired(CrowdChecks.WAVES, b, T0.plusSeconds(3660))).isFalse();
    assertThat(crowd.expired(CrowdChecks.WAVES, b, T0.plusSeconds(3661))).isTrue();
    assertThat(crowd.expired(CrowdChecks.AUTHORS, new AuthorRecord(1, 0, 0, 0, 0), T0.plusSeconds(999_999))).isFalse();
  }
}
