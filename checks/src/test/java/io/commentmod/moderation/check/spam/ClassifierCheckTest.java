package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.Example;
import io.commentmod.moderation.training.TextModel;
import io.commentmod.moderation.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierCheckTest {
  private static TextModel toyModel() {
    List<Example> ex = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ex.add(new Example("cheap pills discount offer " + i, true, 1, "t", "t"));
      ex.add(new Example("the study was small but careful " + i, false, 1, "t", "t"));
    }
    return Trainer.defaults().train(ex);
  }

  @Test
  void reportsProbabilityAndTheWordsThatPushedIt() {
    ClassifierCheck check = new ClassifierCheck(toyModel(), Policy.defaults());
    String body = "Cheap pills, big discount";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().check()).isEqualTo("classifier");
    assertThat(f.reason().detail()).startsWith("spam probability 0.");
    assertThat(covered(body, f)).containsExactlyInAnyOrder("Cheap", "pills", "discount");
    assertThat(f.score()).isBetween(0.4, 0.8);
  }

  @Test
  void staysQuietBelowTheMinimumProbability() {
    ClassifierCheck check = new ClassifierCheck(toyModel(), Policy.defaults());
    assertThat(spam(check, "the study was careful")).isEmpty();
  }

  @Test
  void theShippedModelSeparatesObviousSpamFromAComment() {
    ClassifierCheck check = new ClassifierCheck(TextModel.bundled().orElseThrow(), Policy.defaults());
    assertThat(spam(check, "Subscribe to my channel and win free money, click here now!!!")).hasSize(1);
    assertThat(spam(check, "I've been on sertraline for a year and my sleep improved, thanks for the article.")).isEmpty();
  }

  @Test
  void allowListedLinksAreNotEvidence() {
    ClassifierCheck check = new ClassifierCheck(TextModel.bundled().orElseThrow(), Policy.defaults());
    assertThat(spam(check, "The guideline is worth a look: https://www.nice.org.uk/guidance/ng222 and https://pubmed.ncbi.nlm.nih.gov/1234/")).isEmpty();
  }
}
