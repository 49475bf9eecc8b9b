package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import org.junit.jupiter.api.Test;

/** Emoji-only promotion and floods, beside readers' emoji replies. Sentences written for these tests. */
class EmojiCheckTest {
  private final EmojiCheck check = new EmojiCheck();

  @Test
  void moneyAndRocketEmojiWithNoWordsAreHeld() {
    Findings.Finding f = spam(check, "💸💸🚀🚀📈📈").get(0);
    assertThat(f.score()).isEqualTo(EmojiCheck.SCORE);
    assertThat(f.reason().detail()).isEqualTo("6 money, shopping or pointing emoji and 0 words");
  }

  @Test
  void emojiAroundAnAccountHandleOrAddressWithAWordOrTwo() {
    assertThat(spam(check, "🔥🔥 @glow_shop.22 🔥🔥").get(0).reason().detail())
        .isEqualTo("4 emoji around an address or handle and 0 words");
    assertThat(spam(check, "🌿🌿 follow 👉 @herb_room99")).extracting(Findings.Finding::score).containsExactly(EmojiCheck.SCORE);
  }

  @Test
  void aWallOfDifferentEmojiIsHeld() {
    assertThat(spam(check, "🌮🎸🦄🍕🚲🌵🎺🦑").get(0).reason().detail()).isEqualTo("a wall of 8 different emoji and 0 words");
  }

  @Test
  void readersEmojiRepliesAreNot() {
    assertThat(spam(check, "👍👍👍")).isEmpty();
    assertThat(spam(check, "🧘‍♀️🙏")).isEmpty();
    assertThat(spam(check, "🍄🍄🍄")).isEmpty();
    assertThat(spam(check, "@Lena well done!! 🎉🎉")).isEmpty();
    assertThat(spam(check, "@ravi 🙏🙏")).isEmpty();
  }

  @Test
  void proseWithEmojiIsLeftToTheOtherChecks() {
    assertThat(spam(check, "💸💸 the cost of my meds went up again this year 💸🚀")).isEmpty();
  }

  /** Twenty-sixth round: a screenful of one emoji and no word floods the thread; a handful is a reaction. */
  @Test
  void aFloodOfEmojiWithNoWordIsHeld() {
    assertThat(spam(check, "🌀".repeat(24)).get(0).reason().detail()).isEqualTo("a flood of 24 emoji and 0 words");
    assertThat(spam(check, "❤️".repeat(8))).isEmpty();
    assertThat(spam(check, "so proud of you " + "👏".repeat(25))).isEmpty();
  }
}
