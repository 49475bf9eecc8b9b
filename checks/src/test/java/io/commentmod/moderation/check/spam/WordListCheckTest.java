package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordListCheckTest {
  private final WordListCheck check = new WordListCheck(Policy.parse(
      "{\"version\":\"t\",\"words\":{\"blocked\":[\"spell caster\"],\"hold\":[\"lawsuit\"],\"holdScore\":0.55}}"
          .getBytes(StandardCharsets.UTF_8)));

  @Test
  void aBlockedWordScoresOne() {
    String body = "Thanks to a great SPELL C4STER!";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(1.0);
    assertThat(f.reason().detail()).isEqualTo("blocked word 'spell caster'");
    assertThat(covered(body, f)).containsExactly("SPELL C4STER");
  }

  @Test
  void aHoldWordScoresTheHoldScore() {
    Findings.Finding f = spam(check, "is there a lawsuit about this?").get(0);
    assertThat(f.score()).isEqualTo(0.55);
    assertThat(f.reason().detail()).isEqualTo("hold word 'lawsuit'");
  }
}
