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

  /** Fifteenth round: one product phrase stuffed many times between shopping and search words. */
  @Test
  void keywordStuffingIsHeld() {
    String body = "ashwagandha gummies best ashwagandha 2025 ashwagandha online cheap ashwagandha uk buy ashwagandha near me";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(RepetitionCheck.SCORE);
    assertThat(f.reason().detail()).isEqualTo("keyword stuffing: 'ashwagandha' 5 times in 14 words, with a year, best, buy, cheap, near, online");
    assertThat(f.reason().spans()).hasSize(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // a reader naming a product they used, several times, in sentences
      "I took ashwagandha for two months. Ashwagandha helped my sleep, but the best ashwagandha I found was not cheap, so I buy ashwagandha online now.",
      // a repeated word in an ordinary comment
      "Sleep, sleep, sleep and sleep: the best thing I did in 2024 was to buy blackout curtains.",
      "really really really really good read, best one this year"})
  void aProductOrWordRepeatedInProseIsNotStuffing(String body) {
    assertThat(spam(check, body)).as(body).isEmpty();
  }

  /** Fifteenth round: the same two words over and over without a full stop between them. */
  @Test
  void aPhraseSaidOverAndOverWithoutStopsIsHeld() {
    Findings.Finding f = spam(check, "nice post nice post nice post nice post nice post").get(0);
    assertThat(f.reason().detail()).isEqualTo("the same words 5 times: \"nice post\"");
    assertThat(spam(check, "ha ha ha ha ha ha, that is me every morning")).isEmpty();
    assertThat(spam(check, "Thank you thank you thank you for writing this, I shared it with my sister who needed it.")).isEmpty();
  }

  /** Twenty-sixth round: a block of two sentences pasted three times is filler, as one sentence would be. */
  @Test
  void aBlockOfSentencesPastedOverAndOverIsHeld() {
    String body = "Loved every word!! Saving this one. Loved every word!! Saving this one. Loved every word!! Saving this one.";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().detail()).isEqualTo("the same sentence 3 times: \"loved every word\"");
    // a block said three times before a real paragraph is under three quarters of the letters
    assertThat(spam(check, "So true. Me too. So true. Me too. So true. Me too. Then I read the trial itself and the dropout"
        + " rate in the placebo arm was far higher than the article says, which changes how I read the headline result.")).isEmpty();
  }
}
