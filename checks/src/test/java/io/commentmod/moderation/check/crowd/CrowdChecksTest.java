package io.commentmod.moderation.check.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ModerationState;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrowdChecksTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private final CrowdChecks crowd = new CrowdChecks(Policy.defaults());
  private final ModerationState state = ModerationState.inMemory();

  private static CommentSubmitted comment(String email, String ip, String body) {
    return new CommentSubmitted("c", "art", new Author("N", email, ip, null, null), body, null, T0, null, null, T0);
  }

  private Findings run(CommentSubmitted c, Instant at) {
    Findings f = new Findings();
    CommentText t = Normalizer.normalize(c);
    crowd.inspect(c, t, Tokens.of(t.normalized()), at, state, f);
    return f;
  }

  private static final String PRAISE = "Amazing post thank you so much for sharing this, visit my page";

  @Test
  void theSameTextFromThreeAuthorsIsAWave() {
    assertThat(run(comment("a@x.org", null, PRAISE), T0).isEmpty()).isTrue();
    assertThat(run(comment("b@x.org", null, PRAISE.toUpperCase() + "!!"), T0.plusSeconds(60)).isEmpty()).isTrue();
    Findings f = run(comment("c@x.org", null, "Amazing post, thank you so much for sharing this. Visit my page"), T0.plusSeconds(120));
    Findings.Finding w = f.of(FlagName.SPAM).get(0);
    assertThat(w.score()).isEqualTo(0.9);
    assertThat(w.reason().detail()).isEqualTo("same text from 3 authors within 60 min");
    assertThat(w.reason().spans()).containsExactly(new Span(0, 63));
  }

  @Test
  void wavesExpireWithTheirWindow() {
    run(comment("a@x.org", null, PRAISE), T0);
    run(comment("b@x.org", null, PRAISE), T0.plusSeconds(60));
    assertThat(run(comment("c@x.org", null, PRAISE), T0.plusSeconds(3 * 3600)).isEmpty()).isTrue();
  }

  @Test
  void oneAuthorRepeatingATextIsFlaggedLower() {
    run(comment("a@x.org", null, PRAISE), T0);
    Findings.Finding f = run(comment("a@x.org", null, PRAISE), T0.plusSeconds(30)).of(FlagName.SPAM).get(0);
    assertThat(f.score()).isEqualTo(0.55);
    assertThat(f.reason().detail()).isEqualTo("author posted this text 2 times within 60 min");
  }

  @Test
  void shortCommonTextsAreNotFingerprinted() {
    for (String who : List.of("a", "b", "c", "d")) assertThat(run(comment(who + "@x.org", null, "Great article, thanks!"), T0).isEmpty()).isTrue();
  }

  @Test
  void morePostsThanAllowedFromOneIpIsAFlood() {
    for (int i = 0; i < 5; i++) {
      assertThat(run(comment("u" + i + "@x.org", "10.0.0.1", "comment number " + i), T0.plusSeconds(i)).isEmpty()).isTrue();
    }
    Findings.Finding f = run(comment("u9@x.org", "10.0.0.1", "one more"), T0.plusSeconds(10)).of(FlagName.SPAM).get(0);
    assertThat(f.score()).isEqualTo(0.7);
    assertThat(f.reason().detail()).isEqualTo("more than 5 comments from this IP address within 120 s");
    assertThat(run(comment("u10@x.org", "10.0.0.1", "later"), T0.plusSeconds(400)).isEmpty()).isTrue();
  }

  @Test
  void authorsBecomeTrustedOrOffendersFromVerdictsAndDecisions() {
    CommentSubmitted c = comment("pat@x.org", null, "hello there");
    assertThat(crowd.inspect(c, Normalizer.normalize(c), Tokens.of("hello there"), T0, state, new Findings())).isEqualTo(CrowdChecks.Standing.NEW);
    crowd.recordVerdict(c, Action.APPROVE, T0, state);
    crowd.recordVerdict(c, Action.REVIEW, T0, state);
    crowd.learn(new ModeratorDecided("d1", "c", DecisionAction.APPROVE, "mod", null, T0), c, state);
    assertThat(crowd.inspect(c, Normalizer.normalize(c), Tokens.of("x"), T0, state, new Findings())).isEqualTo(CrowdChecks.Standing.KNOWN);
    crowd.recordVerdict(c, Action.APPROVE, T0, state);
    assertThat(crowd.inspect(c, Normalizer.normalize(c), Tokens.of("x"), T0, state, new Findings())).isEqualTo(CrowdChecks.Standing.TRUSTED);
    assertThat(state.store(CrowdChecks.AUTHORS).get("pat@x.org")).isEqualTo(new AuthorRecord(3, 3, 0, T0.toEpochMilli(), T0.toEpochMilli()));

    CommentSubmitted s = comment("Spammer@X.org", null, "buy");
    crowd.learn(new ModeratorDecided("d2", "c", DecisionAction.REJECT, "mod", null, T0), s, state);
    crowd.recordVerdict(s, Action.REJECT, T0, state);
    Findings f = new Findings();
    assertThat(crowd.inspect(s, Normalizer.normalize(s), Tokens.of("buy"), T0, state, f)).isEqualTo(CrowdChecks.Standing.OFFENDER);
    assertThat(f.of(FlagName.SPAM).get(0).reason().detail()).isEqualTo("repeat offender: 2 comments rejected, 0 approved");
    assertThat(f.of(FlagName.SPAM).get(0).score()).isEqualTo(0.4);
  }
}
