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

  @Test
  void dutchIjCompoundsAndNamesAreNotMashing() {
    assertThat(spam(check, "Mijn vriendin vindt het altijd fijn om tijdens de wandeling naar vogels te kijken.")).isEmpty();
    assertThat(spam(check, "Bijwerkingen")).isEmpty();
    assertThat(spam(check, "Hochzeit, Umzug, Abzug, Kopfkissen")).isEmpty();
    assertThat(spam(check, "Thanks to Wojtek, Rajpal and Dijkstra")).isEmpty();
    assertThat(spam(check, "Thnx 4 sharing")).isEmpty();
    assertThat(spam(check, "wknd hikes ftw")).isEmpty();
  }

  @Test
  void wordsInsideLinksAndAddressesAreNotJudged() {
    assertThat(spam(check, "data https://osf.io/xk4zt/ paper https://www.nejm.org/doi/x")).isEmpty();
    assertThat(spam(check, "write to jdkq.smth@example.org")).isEmpty();
  }

  @Test
  void proseIsNeverHeldOnGibberishAlone() {
    // a fifth of the words are function words: at most a weak 0.3, even when many words look odd
    String body = "de xkcdq en de pfrtz en zxqwv";
    Findings.Finding f = spam(check, body).get(0);
    assertThat(f.score()).isEqualTo(0.3);
    assertThat(f.reason().detail()).contains("of prose");
    assertThat(spam(check, "Wir haben das Rezept von Frau Brzęczyszczykiewicz aus Łódź nachgekocht, sehr lecker")).isEmpty();
  }

  /** Twelfth pass: one key held down, which the normaliser folds to two letters. */
  @Test
  void oneKeyHeldDownIsGibberish() {
    assertThat(spam(check, "kkkkkkkkkkkkkkkkkkkk")).hasSize(1);
    assertThat(spam(check, "kkkkkkkkkkkkkkkkkkkk").get(0).reason().detail()).isEqualTo("one key held down");
    assertThat(spam(check, "Zzzzz... boring")).isEmpty();
  }

  /** Fifteenth round: keys held down between emoji, symbols and digits, not only alone. */
  @Test
  void keysHeldDownAmongSymbolsAreGibberish() {
    assertThat(spam(check, "(｡◕‿◕｡) ✿ ffffffffff gggg 7777 ★★").get(0).reason().detail()).isEqualTo("one key held down");
    assertThat(spam(check, "Noooooooooo, that cannot be right")).isEmpty();
    assertThat(spam(check, "Aaaaaaaaaah 😂 so true")).isEmpty();
  }

  /** The word filter before the one-row run test: every word the test finds a run in passes it (200,000 random words). */
  @Test
  void everyWordWithAOneRowRunPassesTheLetterFilter() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(9);
    String alphabet = "sdfghjklzxcvbnmaeiouyqwrtp";
    int runs = 0;
    for (int k = 0; k < 200_000; k++) {
      char[] w = new char[r.nextInt(4, 14)];
      for (int i = 0; i < w.length; i++) w[i] = alphabet.charAt(r.nextInt(r.nextBoolean() ? 15 : alphabet.length()));
      int letters = 0;
      for (char c : w) letters |= 1 << (c - 'a');
      if (GibberishCheck.oneRowConsonants(w, 0, w.length)) {
        runs++;
        assertThat(GibberishCheck.mayRunOnOneRow(letters)).as(new String(w)).isTrue();
      }
    }
    assertThat(runs).isGreaterThan(10_000);
  }
}
