package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the twenty-eighth round's spam misses (read sets 120-125), each with a guard: one word and
 * nothing else, many times; a spaced dot before the four languages' country domains; a middle dot or bullet
 * standing for a dot; an address on {@code .li} with a path; "look X up on insta". Sentences written for these
 * tests, not taken from any evaluation set.
 */
class SpamKindsTwentyEighthRoundTest {
  private final RepetitionCheck repetition = new RepetitionCheck();
  private final LinkCheck links = new LinkCheck(Policy.defaults());
  private final ContactCheck contact = new ContactCheck(Policy.defaults());

  @Test
  void oneWordAndNothingElseTenTimesIsAFlood() {
    Findings.Finding f = spam(repetition, "wow wow wow wow wow wow wow wow wow wow wow").get(0);
    assertThat(f.score()).isEqualTo(RepetitionCheck.SCORE);
    assertThat(f.reason().detail()).isEqualTo("one word 11 times and nothing else: \"wow\"");
  }

  @Test
  void aWordRepeatedForEmphasisOrFewerThanTenTimesIsNot() {
    assertThat(spam(repetition, "wow wow wow wow wow wow wow wow wow")).isEmpty();
    assertThat(spam(repetition, "no no no no no no no no no no no no")).isEmpty();
    assertThat(spam(repetition, "so so so so so so so so so so good, thank you for writing this")).isEmpty();
  }

  @Test
  void aSpacedDotBeforeACountryDomainOfTheFourLanguagesIsADisguisedLink() {
    assertThat(spam(links, "pedidos en hongosfelices . es con envio gratis")).isNotEmpty();
    assertThat(spam(links, "bestellen bei pilzparadies . de ab heute")).isNotEmpty();
  }

  @Test
  void aFullStopWithoutASpaceBeforeItIsNoDisguisedLink() {
    assertThat(spam(links, "Lo leí ayer. Es muy bueno el artículo.")).isEmpty();
  }

  @Test
  void aMiddleDotOrBulletBetweenLettersStandsForADot() {
    assertThat(spam(links, "the only brand I trust: focusleaf·com")).isNotEmpty();
    assertThat(spam(links, "order at focusleaf•shop today")).isNotEmpty();
  }

  @Test
  void aMiddleDotBetweenWordsWithSpacesIsAListSeparator() {
    assertThat(spam(links, "sleep · exercise · com munity")).isEmpty();
  }

  @Test
  void aLiAddressWithAPathIsALink() {
    assertThat(spam(links, "my code gets you 10% off: shroomy.li/ref=jo10")).isNotEmpty();
  }

  @Test
  void lookingANameUpOnAPlatformIsARedirect() {
    Findings.Finding f = spam(contact, "the real stuff is from a tiny shop, look up Forest Cap Co on insta").get(0);
    assertThat(f.score()).isEqualTo(0.85);
  }

  @Test
  void lookingSomethingUpWithNoPlatformIsNot() {
    assertThat(spam(contact, "look up the original trial on pubmed, it's worth reading")).isEmpty();
  }

  // second part (read sets 126-131)

  @Test
  void aShopDomainAfterADotWithSpacesOnBothSidesIsADisguisedLink() {
    assertThat(spam(links, "the best gummies → calmcap . shop ←")).isNotEmpty();
    assertThat(spam(links, "free stream → real-news-now . xyz")).isNotEmpty();
  }

  @Test
  void spanishPuntoEsEndsAnAddressOnlyWhenNothingOfASentenceFollows() {
    assertThat(spam(links, "envio gratis 👉 lamparasol punto es")).isNotEmpty();
    assertThat(spam(links, "pide en lamparasol punto es y usa el codigo")).isNotEmpty();
    assertThat(spam(links, "El punto es que nadie te escucha.")).isEmpty();
    assertThat(spam(links, "Mi punto es y sera siempre el mismo.")).isEmpty();
  }

  @Test
  void aFollowAskedForBesideAHandleIsASolicitation() {
    assertThat(spam(contact, "so true!! follow us for more memes @daily.calm.memes").get(0).score()).isEqualTo(0.8);
  }

  @Test
  void followingUpWithADoctorIsNoSolicitation() {
    assertThat(spam(contact, "thanks, I'll follow up with my GP tomorrow")).isEmpty();
  }

  @Test
  void aNationalDrugAgencyAndGuidelineSiteAreAllowListed() {
    assertThat(spam(links, "la fiche de l'ANSM : https://ansm.sante.fr")).isEmpty();
    assertThat(spam(links, "die Leitlinie: https://www.leitlinien.de/themen/depression")).isEmpty();
  }
}
