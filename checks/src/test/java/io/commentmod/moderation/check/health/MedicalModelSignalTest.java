package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.normalize.Normalizer;
import org.junit.jupiter.api.Test;

/** {@link MedicalModelSignal#cue}: one pass answers both tiers, the shaped cue first. */
class MedicalModelSignalTest {
  private static final HealthLexicons LEX = HealthLexicons.load();

  private static int cue(String body) {
    Tokens t = LEX.tokens(Normalizer.normalize("article", "", "", "", body));
    return MedicalModelSignal.cue(t, LEX.medicalHits(t), LEX.drugs);
  }

  @Test
  void aShapedCueWinsOverAnEarlierCueOfAnyShape() {
    // hit 0 (melatonin, a statement) counts for the any-shape tier only; hit 4 sits after "Take"
    assertThat(cue("Melatonin helps them sleep.")).isEqualTo(MedicalModelSignal.ANY_SHAPE_CUE | 0);
    assertThat(cue("Melatonin helps them sleep. Take melatonin every night.")).isEqualTo(4);
  }

  @Test
  void noCueInAQuestionNorInFirstPersonExperience() {
    assertThat(cue("Should I take melatonin every night?")).isEqualTo(MedicalModelSignal.NO_CUE);
    assertThat(cue("I stopped the melatonin last week.")).isEqualTo(MedicalModelSignal.NO_CUE);
  }
}
