package io.commentmod.moderation.check.spam;

import static io.commentmod.moderation.TestTexts.covered;
import static io.commentmod.moderation.TestTexts.spam;
import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.Findings;
import org.junit.jupiter.api.Test;

class SpamLanguageCheckTest {
  private final SpamLanguageCheck check = new SpamLanguageCheck();

  /** Eleventh round: channel promotion in the other languages the checks cover. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "Abonnez-vous à ma chaîne YouTube pour plus de méditations !",
      "Abonniere meinen Kanal für tägliche Motivation",
      "Abonneer op mijn kanaal voor meer tips",
      "Iscriviti al mio canale per nuovi video ogni settimana",
      "Suscríbete a mi canal, subo videos cada día"})
  void channelPromotionInOtherLanguagesIsSpamLanguage(String body) {
    assertThat(spam(check, body)).as(body).isNotEmpty();
    assertThat(spam(check, body).get(0).reason().detail()).as(body).startsWith("promo ");
    assertThat(spam(check, body).get(0).score()).as(body).isGreaterThanOrEqualTo(0.5);
  }

  /** A phrase listed twice is dead weight: only its first entry ever counts (the matcher keeps the first of equal matches). */
  @Test
  void everyLexiconPhraseIsListedOnce() {
    java.util.Map<String, Long> counts = SpamLanguageCheck.lexicon().stream()
        .collect(java.util.stream.Collectors.groupingBy(e -> io.commentmod.moderation.normalize.Normalizer.fold(e.phrase()),
            java.util.stream.Collectors.counting()));
    assertThat(counts.entrySet().stream().filter(e -> e.getValue() > 1).map(java.util.Map.Entry::getKey)).isEmpty();
  }

  @Test
  void commercialPhrasesCombineAndAreLocated() {
    String body = "FREE SH1PPING worldwide, use code CALM10";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().detail()).isEqualTo("commerce 'free shipping', commerce 'use code'");
    assertThat(f.score()).isEqualTo(0.577);
    assertThat(covered(body, f)).containsExactly("FREE SH1PPING", "use code");
  }

  @Test
  void incomeClaimsCountMoreThanPrices() {
    String body = "I make $250 a day online";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().detail()).isEqualTo("income claim '$250 a day'");
    assertThat(f.score()).isEqualTo(0.4);
    assertThat(covered(body, f)).containsExactly("$250 a day");
    Findings.Finding price = spam(check, "My prescription costs $30 a month").get(0);
    assertThat(price.reason().detail()).isEqualTo("price '$30 a month'");
    assertThat(price.score()).isEqualTo(0.1);
  }

  @Test
  void scoreIsCappedSoLanguageAloneNeverRejects() {
    assertThat(spam(check, "casino free spins no deposit bonus jackpot slots sports betting").get(0).score()).isEqualTo(0.9);
  }

  @Test
  void ordinaryHealthTalkIsNotSpamLanguage() {
    assertThat(spam(check, "My doctor suggested 10mg a day and it took six weeks to help.")).isEmpty();
  }

  @Test
  void theMoneyPatternOnlyMatchesTextThatNamesACurrency() {
    String[] pieces = {"made ", "$", "€", "£", "₿", "95", "3,000", "1.5k", " ", "usd", "dollars", "euro", "euros", "eur", "gbp",
        "bucks", " a day", " per week", " monthly", " last month", "price ", "%", " off", "20"};
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    int matched = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(1, 8); k > 0; k--) b.append(pieces[r.nextInt(pieces.length)]);
      String t = b.toString();
      boolean money = MONEY_PATTERN.matcher(t).find();
      if (money) matched++;
      if (money) assertThat(SpamLanguageCheck.mayNameMoney(t)).as(t).isTrue();
    }
    assertThat(matched).isGreaterThan(1000);
    assertThat(SpamLanguageCheck.mayNameMoney("i paid 30 for a month of sertraline")).isFalse();
  }

  private static final java.util.regex.Pattern MONEY_PATTERN = SpamLanguageCheck.MONEY;

  @Test
  void promotionThroughProfilesGroupsAndDirectMessagesIsSpamLanguage() {
    assertThat(spam(check, "Learn more through the link in our profile").get(0).reason().detail()).contains("link in our profile");
    assertThat(spam(check, "Join our Telegram group for daily signals").get(0).reason().detail()).contains("telegram group");
    assertThat(spam(check, "comment below and I'll DM you the link").get(0).reason().detail()).contains("dm you the link");
  }

  @Test
  void spelledOutWordsAndForeignIncomeClaimsCount() {
    String body = "C.h.e.a.p p.i.l.l.s here";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().detail()).contains("spelled-out letters 'C.h.e.a.p p.i.l.l.s'");
    assertThat(spam(check, "I had P.T.S.D. after the crash")).isEmpty();
    assertThat(spam(check, "Verdien 300 euro per dag").get(0).reason().detail()).isEqualTo("income claim '300 euro per dag'");
    assertThat(spam(check, "I make 5k a week").get(0).reason().detail()).isEqualTo("income claim '5k a week'");
  }

  @Test
  void decoratedLettersAndMoneySignsCount() {
    assertThat(spam(check, "ⓒⓗⓔⓐⓟ ⓟⓘⓛⓛⓢ").get(0).reason().detail()).isEqualTo("commerce 'cheap', 10 decorated letters");
    assertThat(spam(check, "ḃuỿ ṁäġïċ ṁüṡḣṙööṁṡ").get(0).reason().detail()).contains("decorated letters");
    assertThat(spam(check, "Cảm ơn bạn rất nhiều")).isEmpty(); // Vietnamese letters are not decoration
    assertThat(spam(check, "Make $$$ now").get(0).reason().detail()).isEqualTo("money signs '$$'");
  }

  /** Fifteenth round: event promotion (registration, early-bird tickets) and a seller's shipping time. */
  @Test
  void eventPromotionAndShippingTimesAreSpamLanguage() {
    String body = "Register now for the Mind Summit, early bird passes for the first fifty";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.reason().detail()).isEqualTo("promo 'register now', promo 'early bird'");
    assertThat(f.score()).isGreaterThanOrEqualTo(0.5);
    assertThat(spam(check, "My mum brews it and now I sell it too, ships in 2 days").get(0).score()).isGreaterThanOrEqualTo(0.5);
    // a reader who attended a conference, a reader's early start
    assertThat(spam(check, "I went to the conference in Amsterdam last year, the early bird rate made it affordable.")).allMatch(x -> x.score() < 0.5);
    assertThat(spam(check, "As an early bird I meditate before work; it helps more than I expected.")).allMatch(x -> x.score() < 0.5);
  }

  /** Twenty-sixth round: sending readers to one's own bio, profile, page or channel holds a comment on its own. */
  @Test
  void aPointerToTheWritersOwnPageHoldsOnItsOwn() {
    for (String body : new String[] {"honestly the only tea that fixed my sleep, link in bio",
        "I wrote more about my recovery, visit my profile", "full routine is up, check out my channel"}) {
      assertThat(spam(check, body)).as(body).extracting(Findings.Finding::score).containsExactly(0.5);
    }
    assertThat(spam(check, "my bio says I am a nurse, which is true")).isEmpty();
  }

  /** Twenty-sixth round: the advance-fee and "lonely widow" scams add up from their stock phrases. */
  @Test
  void advanceFeeScamPhrasesAddUp() {
    String body = "Hello dear, I have a business proposal for a trustworthy person, kindly reply";
    assertThat(spam(check, body).get(0).score()).isGreaterThan(0.5);
    assertThat(spam(check, "My dear friend sent me this article and I am glad she did")).allSatisfy(f -> assertThat(f.score()).isLessThan(0.5));
  }
}
