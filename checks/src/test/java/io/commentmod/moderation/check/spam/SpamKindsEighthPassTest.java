package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kinds of the eighth spam pass, each with a guard: research hospitals' and crisis lines' own
 * sites are allow-listed; love-spell "healer" testimonies; get-rich testimonies that multiply an amount
 * through a trading bot, with the address typed with a space before the dot. Sentences written for
 * these tests, not taken from any evaluation set.
 */
class SpamKindsEighthPassTest {
  private final Policy policy = Policy.defaults();
  private final LinkCheck links = new LinkCheck(policy);
  private final SpamLanguageCheck language = new SpamLanguageCheck();

  @Test
  void researchHospitalsCentresAndCrisisLinesAreAllowListed() {
    assertThat(spam(links, "Is the trial at https://www.massgeneral.org/psychiatry still open?")).isEmpty();
    assertThat(spam(links, "The Toronto centre has a page on it: camh.ca/research")).isEmpty();
    assertThat(spam(links, "In Australia orygen.org.au and lifeline.org.au have youth resources")).isEmpty();
    assertThat(spam(links, "Trevor Project: https://www.thetrevorproject.org/get-help")).isEmpty();
  }

  @Test
  void guardLookalikeOfAnAllowListedSiteIsStillALink() {
    // suffix matching is at a dot: a shop whose name ends in an allowed name is not allowed
    assertThat(spam(links, "buy at https://cheapcamh.ca/deals")).hasSize(1);
    assertThat(spam(links, "see www.massgeneral.org.pills-online.shop")).hasSize(1);
  }

  @Test
  void loveSpellHealerTestimoniesAreSpamLanguage() {
    Findings.Finding f = spam(language, "A spiritual healer brought my ex back after two days, he is real").get(0);
    assertThat(f.reason().detail()).contains("scam 'spiritual healer'", "scam 'brought my ex back'");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void guardTalkingAboutAnExOrHealingIsNotSpamLanguage() {
    assertThat(spam(language, "My ex came to the hospital with me and the healing took months")).isEmpty();
    assertThat(spam(language, "Breaking up with my ex made the depression worse for a while")).isEmpty();
  }

  @Test
  void moneyMultipliedWithATradingBotIsAGetRichClaim() {
    Findings.Finding f = spam(language, "the bot turned my $500 into $9,500 within two weeks").get(0);
    assertThat(f.reason().detail()).contains("money multiplied '$500 into $9,500' in a short time");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.6);
    assertThat(spam(language, "I use an AI trading bot").get(0).reason().detail()).contains("money 'trading bot'");
  }

  @Test
  void guardAPriceThatWentUpIsNotAGetRichClaim() {
    List<Findings.Finding> f = spam(language, "My copay went from $10 to $35 in two months, which hurt");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).reason().detail()).doesNotContain("multiplied");
    assertThat(f.get(0).score()).isLessThan(0.5);
    // ten times, in a short time: still a price
    List<Findings.Finding> insulin = spam(language, "My insulin went from $35 to $350 in a few months");
    assertThat(insulin).allSatisfy(x -> assertThat(x.reason().detail()).doesNotContain("multiplied"));
  }

  @Test
  void amountsAreReadWithThousandsSeparators() {
    assertThat(SpamLanguageCheck.amount("12,000")).isEqualTo(12000.0);
    assertThat(SpamLanguageCheck.amount("12.000")).isEqualTo(12000.0);
    assertThat(SpamLanguageCheck.amount("2.5k")).isEqualTo(2500.0);
    assertThat(SpamLanguageCheck.amount("19.99")).isEqualTo(19.99);
  }

  @Test
  void aDomainTypedWithASpaceBeforeTheDotIsADisguisedLink() {
    Findings.Finding f = spam(links, "sign up at profit-engine-x .io before it closes").get(0);
    assertThat(f.reason().detail()).isEqualTo("disguised link 'profit-engine-x .io'");
    assertThat(f.score()).isEqualTo(0.85);
  }

  @Test
  void guardASentenceEndingBeforeAnItalianIoIsNotALink() {
    assertThat(spam(links, "Grazie per l'articolo. Io ho provato la meditazione")).isEmpty();
    assertThat(spam(links, "It helped. AI tools are everywhere now")).isEmpty();
  }

  @Test
  void guardSloppyPunctuationWithSpacesAroundAFullStopIsNotALink() {
    assertThat(spam(links, "I tried it for a month . Online forums said it would help")).isEmpty();
    assertThat(spam(links, "It worked great . Info from my GP was useful too")).isEmpty();
    assertThat(spam(links, "Thanks for the article . Co-codamol helped my back")).isEmpty();
  }
}
