package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.TextModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierCheckTest {
  private static TextModel toyModel() {
    return io.commentmod.moderation.training.ToyModels.spam();
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

  /**
   * Fifteenth round: on a comment the health checks hold as medical advice and no spam rule flagged, the
   * classifier is not asked (supplement and dose talk shares its vocabulary); with a rule's spam evidence,
   * or with medical findings too weak to hold the comment, it still is.
   */
  @Test
  void adviceWithNoSpamRuleEvidenceIsNotAskedAgain() {
    ClassifierCheck check = new ClassifierCheck(toyModel(), Policy.defaults());
    String body = "cheap pills discount offer";
    assertThat(spam(check, body)).hasSize(1);
    assertThat(withFindings(check, body, 0.9, 0)).isEmpty();
    assertThat(withFindings(check, body, 0.9, 0.3)).hasSize(2);
    assertThat(withFindings(check, body, 0.2, 0)).hasSize(1);
  }

  /** The classifier's spam findings after a medical-advice finding of {@code medical} and a spam rule's of {@code rule} (0: none). */
  private static List<Findings.Finding> withFindings(ClassifierCheck check, String body, double medical, double rule) {
    Findings f = new Findings();
    f.add(io.commentmod.events.FlagName.MEDICAL_ADVICE, medical, "medical.directive", "tells readers to take", List.of());
    if (rule > 0) f.add(io.commentmod.events.FlagName.SPAM, rule, "spam-language", "commerce 'order now'", List.of());
    check.inspect(io.commentmod.moderation.TestTexts.text(body), f);
    return f.of(io.commentmod.events.FlagName.SPAM);
  }
}
