package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import org.junit.jupiter.api.Test;

class GibberishCheckTest {
  private final GibberishCheck check = new GibberishCheck();

  @Test
  void keyboardMashingIsSpam() {
    String body = "hjkl ok zxcvb fine dfgh";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.9);
    assertThat(f.reason().detail()).isEqualTo("3 gibberish word(s) in 5 words");
    assertThat(covered(body, f)).containsExactly("hjkl", "zxcvb", "dfgh");
  }

  @Test
  void aWordRepeatedThreeTimesCounts() {
    String body = "buy buy buy now qpwoe";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().detail()).isEqualTo("1 gibberish word(s), 1 repeated word run(s) in 5 words");
    assertThat(covered(body, f)).containsExactly("buy buy buy", "qpwoe");
  }

  @Test
  void acronymsLiteratureAndOtherLanguagesAreNot() {
    assertThat(spam(check, "BDNF and HPPD are discussed; the CBT group did well.")).isEmpty();
    assertThat(spam(check, "Bardzo ciekawy artykuł, dziękuję. Czy wiadomo, jak długo?")).isEmpty();
    assertThat(spam(check, "Liberty, property and poverty were the answer's themes.")).isEmpty();
  }
}
