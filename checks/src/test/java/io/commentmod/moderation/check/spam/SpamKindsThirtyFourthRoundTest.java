package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the thirty-fourth round's spam misses (read sets 174-179), each with a guard: an address spelled
 * out letter by letter ("h t t p s : / /"), a travel domain behind a bracketed dot, money from home and "click my
 * profile" in Dutch, German, Spanish and French, fake IDs. Sentences written for these tests, not taken from any
 * evaluation set.
 */
class SpamKindsThirtyFourthRoundTest {
  private final SpamLanguageCheck language = new SpamLanguageCheck();
  private final LinkCheck links = new LinkCheck(Policy.defaults());

  @Test
  void anAddressSpelledOutHoldsTheCommentAsSpam() {
    var found = spam(language, "great read! more tips at h t t p : / / sober-fast . tips");
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).score()).isGreaterThanOrEqualTo(Policy.defaults().threshold(FlagName.SPAM, null));
    // a word spelled out for emphasis still counts, but less
    var word = spam(language, "this is s o o o good");
    assertThat(word).allSatisfy(f -> assertThat(f.score()).isLessThan(0.7));
    assertThat(SpamLanguageCheck.spellsAddress("H T T P S".toCharArray(), 0, 9)).isTrue();
    assertThat(SpamLanguageCheck.spellsAddress("w w w . s h o p".toCharArray(), 0, 15)).isTrue();
    assertThat(SpamLanguageCheck.spellsAddress("l o a n".toCharArray(), 0, 7)).isFalse();
    assertThat(SpamLanguageCheck.spellsAddress("w o w".toCharArray(), 0, 5)).isFalse();
  }

  @Test
  void aTravelDomainBehindABracketedDotIsALink() {
    assertThat(spam(links, "Cheap flights home this Christmas: fly-home-now[.]travel")).isNotEmpty();
    // a sentence about travel with no address
    assertThat(spam(links, "I travel a lot for work. Holidays are hard.")).isEmpty();
  }

  @Test
  void moneyFromHomeAndClickMyProfileInTheFourLanguagesAreSpamLanguage() {
    assertThat(spam(language, "Geld verdienen von zu Hause, klick auf mein Profil!")).isNotEmpty();
    assertThat(spam(language, "Gana dinero desde casa, haz clic en mi perfil")).isNotEmpty();
    assertThat(spam(language, "Sortez de la routine, cliquez sur mon profil")).isNotEmpty();
    // a reader's own work from home is no offer
    assertThat(spam(language, "Ik werk vanuit huis sinds de bevalling, dat helpt.")).isEmpty();
  }

  @Test
  void fakeIdsAreSpamLanguage() {
    assertThat(spam(language, "selling fake IDs, message me")).isNotEmpty();
  }
}
