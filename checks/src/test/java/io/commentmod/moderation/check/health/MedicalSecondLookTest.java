package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MedicalSecondLook}: the classifier's last look at comments nothing else held. */
class MedicalSecondLookTest {
  /** Advice with no drug word and no advice shape; the classifier is sure (about 0.96), no rule fires. */
  private static final String UNSHAPED = "Two weeks is plenty to come off most of these, the long tapers are just overcautious.";
  private final ModerationCheck look = HealthChecks.secondLook(0.5);

  private Findings afterHealthChecks(String body) {
    Findings f = new Findings();
    CommentText text = Comments.comment(body);
    for (ModerationCheck c : HealthChecks.all()) c.inspect(text, f);
    return f;
  }

  @Test
  void flagsAdviceNothingElseHeldAndSaysSo() {
    Findings f = afterHealthChecks(UNSHAPED);
    assertThat(f.of(FlagName.MEDICAL_ADVICE)).isEmpty();
    look.inspect(Comments.comment(UNSHAPED), f);
    List<Findings.Finding> med = f.of(FlagName.MEDICAL_ADVICE);
    assertThat(med).hasSize(1);
    assertThat(med.get(0).reason().check()).isEqualTo(MedicalModelSignal.NAME);
    assertThat(med.get(0).reason().detail()).endsWith(", and no other check held the comment");
    assertThat(med.get(0).score()).isGreaterThanOrEqualTo(0.5 + 0.4 * MedicalSecondLook.UNHELD);
  }

  @Test
  void leavesCommentsAnotherCheckHeld() {
    Findings spam = afterHealthChecks(UNSHAPED);
    spam.add(FlagName.SPAM, 0.6, "links", "link to shop.example", List.of());
    look.inspect(Comments.comment(UNSHAPED), spam);
    assertThat(spam.of(FlagName.MEDICAL_ADVICE)).isEmpty();

    Findings urgent = afterHealthChecks(UNSHAPED);
    urgent.add(FlagName.SELF_HARM, 0.9, "self_harm.ideation", "x", List.of());
    look.inspect(Comments.comment(UNSHAPED), urgent);
    assertThat(urgent.of(FlagName.MEDICAL_ADVICE)).isEmpty();

    Findings weakSpam = afterHealthChecks(UNSHAPED);
    weakSpam.add(FlagName.SPAM, 0.3, "spam-language", "promo", List.of());
    look.inspect(Comments.comment(UNSHAPED), weakSpam);
    assertThat(weakSpam.of(FlagName.MEDICAL_ADVICE)).hasSize(1);
  }

  @Test
  void leavesExperienceAndLowProbabilitiesAlone() {
    // the classifier gives the first about 0.97: only the first-person exclusion keeps it out
    for (String body : List.of(
        "I'm weaning myself off Xanax by cutting the pills in half every week.",
        "My sister takes lithium and it keeps her steady.")) {
      Findings f = new Findings();
      look.inspect(Comments.comment(body), f);
      assertThat(f.of(FlagName.MEDICAL_ADVICE)).as(body).isEmpty();
    }
  }
}
