package io.commentmod.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.FlagName;
import io.commentmod.events.Route;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.LearnedLayer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check that throws holds the comment for a person (fail closed); it never lets it be published unread. */
class FailedCheckTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  private static Assessment assess(String body, ModerationCheck... checks) {
    Moderator m = new DefaultModerator(Policy.defaults(), List.of(checks), LearnedLayer.NONE);
    CommentSubmitted c = new CommentSubmitted("c", "psilocybin", new Author("Ana", "ana@example.org", null, null, null), body, null, T0, null, null, T0);
    return m.assess(c, T0, ModerationState.inMemory());
  }

  /** A check that fails on every comment, held under {@code flag}. */
  private static ModerationCheck failing(FlagName flag) {
    return new ModerationCheck() {
      @Override
      public void inspect(CommentText text, Findings findings) {
        throw new IllegalStateException("broken");
      }

      @Override
      public FlagName heldAsOnFailure() {
        return flag;
      }
    };
  }

  private static ModerationCheck spam(double score) {
    return (text, findings) -> findings.add(FlagName.SPAM, score, "classifier", "spam words", List.of());
  }

  @Test
  void aFailedSelfHarmCheckHoldsTheCommentInTheUrgentQueueAndSaysWhy() {
    Assessment a = assess("A quiet comment about the article.", failing(FlagName.SELF_HARM));
    assertThat(a.route()).isEqualTo(Route.URGENT);
    assertThat(a.action()).isEqualTo(Action.REVIEW);
    assertThat(a.flags().get(0).reasons()).anyMatch(r -> r.check().equals(DefaultModerator.FAILED_CHECK) && r.detail().contains("failed"));
  }

  @Test
  void aFailedSpamCheckHoldsForReviewAndOtherEvidenceCannotRejectAlone() {
    assertThat(assess("A quiet comment.", failing(FlagName.SPAM)).action()).isEqualTo(Action.REVIEW);
    assertThat(assess("A quiet comment.", failing(FlagName.SPAM)).route()).isEqualTo(Route.SPAM);
    // without the failure the same evidence is rejected; with it a person reads the comment
    assertThat(assess("Buy now.", spam(0.99)).action()).isEqualTo(Action.REJECT);
    assertThat(assess("Buy now.", spam(0.99), failing(FlagName.SPAM)).action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void theOtherChecksStillRun() {
    Assessment a = assess("x", failing(FlagName.MEDICAL_ADVICE), (text, findings) -> findings.add(FlagName.SELF_HARM, 0.95, "self_harm.ideation", "x", List.of()));
    assertThat(a.route()).isEqualTo(Route.URGENT);
    assertThat(a.flags()).extracting(f -> f.name()).contains(FlagName.SELF_HARM, FlagName.MEDICAL_ADVICE);
  }
}
