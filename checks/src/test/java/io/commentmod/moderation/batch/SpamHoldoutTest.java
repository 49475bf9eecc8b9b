package io.commentmod.moderation.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.moderation.engine.Moderators;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole moderator on the project's own held-out comments (written for this test, used by no
 * rule, lexicon or training run): 36 spam in many disguises and 36 legitimate comments, some
 * with links, prices, crisis-line numbers and other languages.
 */
class SpamHoldoutTest {
  @Test
  void spamIsCaughtAndLegitimateCommentsPass() throws Exception {
    List<Evaluate.Outcome> outcomes;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/eval/spam-holdout.jsonl"), StandardCharsets.UTF_8))) {
      outcomes = Evaluate.run(r, Moderators.defaults());
    }
    ObjectNode report = Evaluate.report(outcomes);
    assertThat(report.get("flags").get("spam").get("recall").asDouble()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.get("flags").get("spam").get("precision").asDouble()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.get("legitimate").get("heldShare").asDouble()).isLessThanOrEqualTo(0.05);
    assertThat(report.get("legitimate").get("autoRejected").asInt()).isZero();
  }
}
