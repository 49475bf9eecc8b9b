package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the thirtieth round's spam misses and false flags (read sets 138-143), each with a guard: an
 * article's number in a web address is no phone number, a link back and one's site pointed to by one's name, a free
 * consultation by phone, spelled-out domains that are no English word. Sentences written for these tests, not taken
 * from any evaluation set; each new finding was absent on the round's first build, each guard unflagged there too.
 */
class SpamKindsThirtiethRoundTest {
  private final ContactCheck contact = new ContactCheck(Policy.defaults());
  private final LinkCheck links = new LinkCheck(Policy.defaults());
  private final SpamLanguageCheck language = new SpamLanguageCheck();

  @Test
  void anArticlesNumberInAWebAddressIsNoPhoneNumber() {
    assertThat(spam(contact, "The trial is here: https://pubmed.ncbi.nlm.nih.gov/31234567/ worth a read")).isEmpty();
    assertThat(spam(contact, "see www.ncbi.nlm.nih.gov/pmc/articles?id=98765432 for the full text")).isEmpty();
  }

  @Test
  void aPhoneNumberAfterAWordAndASlashStillIs() {
    // a digit right after "call/" follows a slash, but no web address is open: still a phone
    assertThat(Phones.inWebAddress("call/07700 900123".toCharArray(), 5)).isFalse();
    assertThat(Phones.inWebAddress("www.x.com/07700".toCharArray(), 10)).isTrue();
    assertThat(spam(contact, "call/07700 900123 any time")).isNotEmpty();
  }

  @Test
  void aLinkBackAndOnesSitePointedToByOnesNameAreSelfPromotion() {
    assertThat(spam(language, "I wrote about this too, it's on my blog (see name). Feel free to link back!")).isNotEmpty();
  }

  @Test
  void aFreeConsultationByPhoneIsSolicitation() {
    assertThat(spam(contact, "Voyance sérieuse, consultation par téléphone : 06 12 34 56 78")).isNotEmpty();
    assertThat(spam(contact, "Voyance sérieuse, consultation par téléphone : 06 12 34 56 78").get(0).score()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void aSpelledOutDomainThatIsNoEnglishWordIsADisguisedLink() {
    assertThat(spam(links, "new lamps every week at glowhaus dot tv")).isNotEmpty();
  }

  @Test
  void aDotBeforeAnEnglishWordIsNoAddress() {
    assertThat(spam(links, "a polka dot me-made dress")).isEmpty();
    assertThat(spam(links, "connect the dot be patient")).isEmpty();
  }
}
