package io.commentmod.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commentmod.moderation.check.CheckOrder;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.health.HealthChecks;
import io.commentmod.moderation.check.spam.ClassifierCheck;
import io.commentmod.moderation.check.spam.SpamChecks;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.TextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spam classifier reads the medical-advice check's findings, so a moderator refuses a list that runs it first. */
class CheckOrderTest {
  private static TextModel toyModel() {
    return io.commentmod.moderation.training.ToyModels.spam();
  }

  private static final ClassifierCheck CLASSIFIER = new ClassifierCheck(toyModel(), Policy.defaults());

  @Test
  void aModeratorRefusesTheClassifierBeforeTheMedicalAdviceCheck() {
    List<ModerationCheck> wrong = new ArrayList<>();
    wrong.add(CLASSIFIER);
    wrong.addAll(HealthChecks.all());
    assertThatThrownBy(() -> Moderators.create(Policy.defaults(), wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ClassifierCheck")
        .hasMessageContaining("MedicalAdviceCheck");
  }

  @Test
  void theClassifierAfterTheHealthChecksIsAccepted() {
    List<ModerationCheck> right = new ArrayList<>(HealthChecks.all());
    right.add(CLASSIFIER);
    assertThat(CheckOrder.requireReadersLast(right)).isSameAs(right);
    assertThat(Moderators.create(Policy.defaults(), right)).isNotNull();
  }

  @Test
  void aSpamOnlyListHasNothingToDeferToAndIsAccepted() {
    List<ModerationCheck> spamOnly = SpamChecks.all(Policy.defaults(), Optional.of(toyModel()));
    assertThat(Moderators.create(Policy.defaults(), spamOnly)).isNotNull();
  }

  @Test
  void theShippedListRunsTheMedicalAdviceCheckBeforeTheClassifier() {
    List<ModerationCheck> shipped = Moderators.checks(Policy.defaults());
    int medical = -1, classifier = -1;
    for (int i = 0; i < shipped.size(); i++) {
      if (HealthChecks.isMedicalAdviceCheck(shipped.get(i))) medical = i;
      if (shipped.get(i) instanceof ClassifierCheck) classifier = i;
    }
    assertThat(medical).isNotNegative();
    if (classifier >= 0) assertThat(medical).isLessThan(classifier);
    assertThat(CheckOrder.requireReadersLast(shipped)).isSameAs(shipped);
  }

  /** The medical last look reads every other check's findings (it looks only at comments nothing held), so it runs last. */
  @Test
  void theMedicalLastLookMustRunLast() {
    List<ModerationCheck> wrong = new ArrayList<>();
    wrong.add(HealthChecks.secondLook(0.5));
    wrong.add(CLASSIFIER);
    assertThatThrownBy(() -> Moderators.create(Policy.defaults(), wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MedicalSecondLook")
        .hasMessageContaining("ClassifierCheck");
    List<ModerationCheck> right = new ArrayList<>(HealthChecks.all());
    right.add(CLASSIFIER);
    right.add(HealthChecks.secondLook(0.5));
    assertThat(CheckOrder.requireReadersLast(right)).isSameAs(right);
  }
}
