package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link QuoteLines}: a line opening with {@code >} is someone else's words. */
class QuoteLinesTest {
  private final HealthLexicons lexicons = HealthLexicons.load();

  /** The real normaliser: it turns line breaks into spaces, which is why quote lines are read from the original. */
  private static CommentText comment(String body) {
    return Normalizer.normalize("article", "", "", "", body);
  }

  private static Findings health(String body) {
    Findings f = new Findings();
    CommentText text = comment(body);
    for (ModerationCheck c : HealthChecks.all()) c.inspect(text, f);
    HealthChecks.secondLook(0.5).inspect(text, f);
    return f;
  }

  @Test
  void marksOnlyTheTokensOfQuoteLines() {
    Tokens t = lexicons.tokens(comment("Replying to Sam:\n  > stop the sertraline\nPlease don't, talk to your GP"));
    StringBuilder quoted = new StringBuilder();
    for (int k = 0; k < t.size; k++) if (t.quoted[k]) quoted.append(t.text, t.start[k], t.end[k]).append(' ');
    assertThat(quoted.toString().trim()).isEqualTo("stop the sertraline");
    assertThat(t.withoutQuoteLines).hasSameSizeAs(t.text).doesNotContain("sertraline").contains("please don't");
  }

  @Test
  void noQuoteLineNoCopy() {
    Tokens t = lexicons.tokens(comment("a -> b, and 3 > 2\nstill no quote line"));
    for (int k = 0; k < t.size; k++) assertThat(t.quoted[k]).isFalse();
    assertThat(t.withoutQuoteLines).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "> just stop the sertraline cold turkey\nNo. That is dangerous, please talk to your prescriber.",
      "Replying to Sam:\n> take 2g of mushrooms and ditch the pills\nPlease don't listen to this.",
      "> you don't need antidepressants, just exercise\n> it worked for me\nExercise helps many people but it is not a replacement for everyone."})
  void quotedAdviceBeingAnsweredIsNotAdvice(String body) {
    assertThat(health(body).of(FlagName.MEDICAL_ADVICE)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "> is it safe?\nJust stop the sertraline, you don't need it.",
      "> is lion's mane worth it?\nTake 1g of lion's mane every morning and drop the Zoloft."})
  void adviceInTheReplyStillCounts(String body) {
    assertThat(health(body).of(FlagName.MEDICAL_ADVICE)).isNotEmpty();
  }

  @Test
  void aQuoteLineDoesNotHideRiskInTheReply() {
    assertThat(health("> coming off was the best thing I did\nNot for me. Since I stopped I keep thinking everyone would be better off without me.")
        .of(FlagName.SELF_HARM)).isNotEmpty();
  }
}
