package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepetitionCheckTest {
  private final RepetitionCheck check = new RepetitionCheck();

  @Test
  void oneSentenceSaidOverAndOverIsHeldWithTheCount() {
    String body = "Nice blog post. Nice blog post! Nice blog post. Nice blog post.";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(RepetitionCheck.SCORE);
    assertThat(f.reason().detail()).isEqualTo("the same sentence 4 times: \"nice blog post\"");
    assertThat(f.reason().spans()).hasSize(1);
  }

  @Test
  void emojiBetweenTheCopiesDoNotHideThem() {
    assertThat(spam(check, "Top read! 🙌🙌 Top read! 🙌🙌 Top read! 🙌🙌")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "No. No. No. That is not what the trial found.",
      "Thank you. Thank you for writing this, it helped.",
      "Great post. Great post. I mean it, the section on sleep was the best I have read.",
      "Good article. Good article. Good article. But the second half on dosing left out the withdrawal studies, the effect sizes and the dropout rates, which matter more."})
  void emphasisAndRealCommentsAreNotFiller(String body) {
    assertThat(spam(check, body)).as(body).isEmpty();
  }
}
