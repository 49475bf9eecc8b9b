package io.commentmod.moderation.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.SpamLabelled;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SpamLabelsTest {
  private static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

  @Test
  void markAsSpamIsSpam() {
    assertThat(SpamLabels.of(DecisionAction.REJECT, "spam", false)).isTrue();
    assertThat(SpamLabels.of(DecisionAction.REJECT, " Spam ", true)).isTrue();
  }

  @Test
  void notSpamAndApprovingACommentHeldAsSpamAreNotSpam() {
    assertThat(SpamLabels.of(DecisionAction.APPROVE, "not spam", false)).isFalse();
    assertThat(SpamLabels.of(DecisionAction.APPROVE, null, true)).isFalse();
  }

  @Test
  void otherDecisionsTeachTheClassifierNothing() {
    assertThat(SpamLabels.of(DecisionAction.REJECT, "off topic", true)).isNull();
    assertThat(SpamLabels.of(DecisionAction.REJECT, null, true)).isNull();
    assertThat(SpamLabels.of(DecisionAction.APPROVE, null, false)).isNull();
  }

  @Test
  void theLabelCarriesTheCommentTextAndTheDecision() {
    CommentSubmitted c = new CommentSubmitted("c-1", "a", new Author("Ann", "ann@example.org", null, null, null),
        "Cheap drops at calmnest-journal.net", null, T, null, null, null);
    ModeratorDecided d = new ModeratorDecided("d-1", "c-1", DecisionAction.REJECT, "maria", "spam", T);
    assertThat(SpamLabels.label(d, c, false, T.plusSeconds(10)))
        .isEqualTo(new SpamLabelled("c-1", "d-1", true, "Cheap drops at calmnest-journal.net", "maria", T.plusSeconds(10)));
    assertThat(SpamLabels.label(new ModeratorDecided("d-2", "c-1", DecisionAction.REJECT, "maria", "off topic", T), c, true, T))
        .isNull();
  }

  @Test
  void relabellingACommentReplacesItsLabel() {
    LearnedLayer layer = LearnedLayer.over(TextModel.bundled().orElseThrow());
    SpamLabelled spam = new SpamLabelled("c-1", "d-1", true, "Daily calm tips at calmnest-journal.net", "maria", T);
    SpamLabelled notSpam = new SpamLabelled("c-1", "d-2", false, "Daily calm tips at calmnest-journal.net", "sam", T);
    SpamLabels.relabel(layer, null, spam);
    SpamLabels.relabel(layer, spam, notSpam);
    assertThat(layer.spamLabels()).isZero();
    assertThat(layer.notSpamLabels()).isEqualTo(1);
    SpamLabels.relabel(layer, notSpam, null);
    assertThat(layer.labels()).isZero();
  }
}
