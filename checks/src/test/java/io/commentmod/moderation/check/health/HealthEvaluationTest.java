package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.commentmod.events.FlagName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the shared labelled sets, which the repository does not ship: skipped
 * when they are absent (a clean clone). Run with
 * {@code mvn -B -o -q test -pl checks -Pslow -Dtest='HealthEvaluationTest' -Dsurefire.failIfNoSpecifiedTests=false};
 * figures are appended to {@code checks/target/health-evaluation.txt}.
 */
@Tag("slow")
class HealthEvaluationTest {
  @Test
  void devSetSelfHarmRecallIsCompleteAndPrecisionAtLeastNinetyPercent() throws IOException {
    assumeTrue(Files.exists(HealthEvaluation.devFile()), "dev set not present");
    HealthEvaluation.Score s = HealthEvaluation.score("dev self_harm", HealthEvaluation.dev(FlagName.SELF_HARM), FlagName.SELF_HARM, null);
    report(s);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void devSetMedicalAdviceRecallAndPrecisionMeetTheTargets() throws IOException {
    assumeTrue(Files.exists(HealthEvaluation.devFile()), "dev set not present");
    HealthEvaluation.Score s =
        HealthEvaluation.score("dev medical_advice", HealthEvaluation.dev(FlagName.MEDICAL_ADVICE), FlagName.MEDICAL_ADVICE, null);
    report(s);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.precision()).isGreaterThanOrEqualTo(0.9);
  }

  /**
   * The target is 0.9; the lexicon and the own-corpus classifier reach 0.900 since the tenth round
   * and 0.906 since the nineteenth (0.891 in the eighth, 0.886 after the fifth pass, 0.851 before the third, 0.77 before the
   * classifier; docs/health-checks.md). The guard sits a little below the measured level: the
   * figure moves in steps when one often-repeated tweet crosses the threshold.
   */
  @Test
  void twitterSuicidalIntentionRecallDoesNotRegress() throws IOException {
    assumeTrue(Files.exists(HealthEvaluation.twitterFile()), "twitter set not present");
    HealthEvaluation.Score s =
        HealthEvaluation.score("twitter suicidal-intention self_harm", HealthEvaluation.twitter(), FlagName.SELF_HARM, null);
    report(s);
    assertThat(s.recall()).isGreaterThanOrEqualTo(0.895);
  }

  @Test
  void figurativeAndNonHealthRedditPostsRarelyRaiseAFlag() throws IOException {
    assumeTrue(Files.exists(HealthEvaluation.rhmdFile()), "RHMD not present");
    double figurative = HealthEvaluation.rate(HealthEvaluation.rhmd("0"), FlagName.SELF_HARM);
    double medical = HealthEvaluation.rate(HealthEvaluation.rhmd("0"), FlagName.MEDICAL_ADVICE);
    append(String.format("rhmd figurative: self_harm rate %.3f, medical_advice rate %.3f", figurative, medical));
    // 3.1 % since the tenth round (a larger corpus, thresholds 0.56 alone / 0.46 beside a cue:
    // recall first, docs/health-checks.md); 2.2 % from the sixth pass, 1.8 % before.
    assertThat(figurative).isLessThan(0.035);
    assertThat(medical).isLessThan(0.01);
  }

  private static void report(HealthEvaluation.Score s) throws IOException {
    append(s.toString());
  }

  private static void append(String line) throws IOException {
    Files.writeString(Path.of("target/health-evaluation.txt"), line + System.lineSeparator(), StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
