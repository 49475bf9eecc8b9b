package io.commentmod.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.FlagName;
import io.commentmod.events.Route;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.LearnedLayer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One plain link and no other rule's evidence goes to spam review at most, whatever the classifier says. */
class OnePlainLinkTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  private static CommentSubmitted comment(String body) {
    return new CommentSubmitted("c", "psilocybin", new Author("Ana", "ana@example.org", null, null, null), body, null, T0, null, null, T0);
  }

  private static ModerationCheck finding(String check, double score) {
    return (text, findings) -> findings.add(FlagName.SPAM, score, check, check, List.of());
  }

  private static Assessment assess(ModerationCheck... checks) {
    Moderator m = new DefaultModerator(Policy.defaults(), List.of(checks), LearnedLayer.NONE);
    return m.assess(comment("Is the centre at some-research-centre.org still recruiting?"), T0, ModerationState.inMemory());
  }

  @Test
  void aPlainLinkThatTheClassifierDislikesIsReviewedNotRejected() {
    Assessment a = assess(finding("links", 0.6), finding("classifier", 0.8));
    assertThat(a.route()).isEqualTo(Route.SPAM);
    assertThat(a.action()).isEqualTo(Action.REVIEW);
    assertThat(a.flags().get(0).score()).isLessThan(0.9);
    assertThat(a.flags().get(0).reasons()).anyMatch(r -> r.detail().equals(DefaultModerator.ONE_LINK_DETAIL));
  }

  @Test
  void guardALinkWithAnotherRulesEvidenceIsStillRejected() {
    assertThat(assess(finding("links", 0.6), finding("classifier", 0.8), finding("spam-language", 0.5)).action()).isEqualTo(Action.REJECT);
    // a spam-favoured domain, two sites, a shortener or a disguised address is more than one plain link
    assertThat(assess(finding("links", 0.75), finding("classifier", 0.8)).action()).isEqualTo(Action.REJECT);
    // the author profile reads the name and website, not the link: independent evidence
    assertThat(assess(finding("links", 0.6), finding("classifier", 0.8), finding("author-profile", 0.55)).action()).isEqualTo(Action.REJECT);
  }

  @Test
  void guardAddingALinkNeverLowersWhatTheRestWouldDo() {
    assertThat(assess(finding("classifier", 0.95)).action()).isEqualTo(Action.REJECT);
    assertThat(assess(finding("links", 0.6), finding("classifier", 0.95)).action()).isEqualTo(Action.REJECT);
  }
}
