package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the sixteenth spam round, each with a guard beside it: a messenger's short name right before an
 * account handle; "I sell" and nationwide shipping in other languages; a call repeated back to back after a few
 * other words; fingers drumming on one keyboard row. Sentences written for these tests, not taken from any
 * evaluation set.
 */
class SpamKindsSixteenthRoundTest {
  private final ContactCheck contact = new ContactCheck(Policy.defaults());
  private final SpamLanguageCheck language = new SpamLanguageCheck();
  private final RepetitionCheck repetition = new RepetitionCheck();
  private final GibberishCheck gibberish = new GibberishCheck();

  @Test
  void aMessengersShortNameBeforeAnAccountHandleIsALabelledHandle() {
    String body = "fresh cuttings every week 🌿 tg @green_corner22";
    Findings.Finding f = spam(contact, body).get(0);
    assertThat(f.score()).isEqualTo(0.85);
    assertThat(f.reason().detail()).isEqualTo("contact solicitation: handle under a messenger's name");
    assertThat(covered(body, f)).containsExactly("tg @green_corner22");
    assertThat(spam(contact, "semillas y plantas, ig @vivero.sur")).extracting(Findings.Finding::score).containsExactly(0.85);
  }

  @Test
  void aPersonsHandleAfterAMessengersNameIsNotOne() {
    assertThat(spam(contact, "her recipes are lovely, ig @Priya")).isEmpty();
    assertThat(spam(contact, "thanks @sam_77, that helped")).isEmpty();
  }

  @Test
  void firstPersonSellingAndNationwideShippingInOtherLanguages() {
    assertThat(spam(language, "vendemos capsulas naturales, hacemos envios").get(0).reason().detail())
        .isEqualTo("commerce 'vendemos', commerce 'hacemos envios'");
    assertThat(spam(language, "wir verkaufen Tee, Versand in ganz Deutschland").get(0).score()).isEqualTo(0.545);
    assertThat(spam(language, "ik verkoop zaadjes").get(0).score()).isEqualTo(0.35);
  }

  @Test
  void portugueseSeeingIsWeakAndTalkOfShippingIsNotSelling() {
    assertThat(spam(language, "estou vendo melhoras com a terapia").get(0).score()).isEqualTo(0.25);
    assertThat(spam(language, "la farmacia tardo una semana con el envio")).isEmpty();
  }

  @Test
  void aCallRepeatedBackToBackAfterAFewWordsOfNoProseIsFiller() {
    Findings.Finding f = spam(repetition, "zzpr qkv focus drops nice nice shop now shop now shop now").get(0);
    assertThat(f.score()).isEqualTo(RepetitionCheck.SCORE);
    assertThat(f.reason().detail()).isEqualTo("the same words 3 times: \"shop now\"");
  }

  @Test
  void aPhraseRepeatedInsideProseStillNeedsMostOfTheComment() {
    assertThat(spam(repetition, "I read it twice and thought: so true so true so true, and then I called my sister about it"))
        .isEmpty();
  }

  @Test
  void fingersDrummingOnOneKeyboardRowAreGibberishWithAVowelOrNot() {
    assertThat(spam(gibberish, "adskl")).extracting(Findings.Finding::score).containsExactly(0.6);
    assertThat(spam(gibberish, "zmxnc")).extracting(Findings.Finding::score).containsExactly(0.6);
    assertThat(spam(gibberish, "fjdkas lsdkj great stuff here people").get(0).reason().detail())
        .isEqualTo("2 gibberish word(s) in 6 words");
  }

  @Test
  void wordsThatCrossRowsOrUseTheTopRowAreNot() {
    assertThat(spam(gibberish, "handschuh")).isEmpty();
    assertThat(spam(gibberish, "Arzttermin")).isEmpty();
    assertThat(spam(gibberish, "flasks")).isEmpty();
    assertThat(spam(gibberish, "gainzzz")).isEmpty();
  }
}
