package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void alternativesExpandToEveryVariantAndEmptyMeansOptional() {
    assertThat(Lexicon.expand("{stop,quit} taking {,your} meds"))
        .containsExactly("stop taking  meds", "stop taking your meds", "quit taking  meds", "quit taking your meds");
  }

  @Test
  void nestedAlternativesAreRefused() {
    assertThatThrownBy(() -> Lexicon.expand("{a {b,c}}")).hasMessageContaining("nested");
  }

  @Test
  void phrasesMatchTheirCategoryAndNumbersMatchThePlaceholder() {
    Hits h = match("health/test-lexicon.txt", "Take 20 mg twice a day, then STOP taking it");
    assertThat(categories(h)).containsExactly("DIR_START", "DOSE", "SCHEDULE", "DIR_STOP");
    assertThat(h.from[3]).isEqualTo(7);
    assertThat(h.to[3]).isEqualTo(9);
  }

  @Test
  void aLongerNeutralPhraseHidesTheShorterMatch() {
    Hits h = match("health/test-lexicon.txt", "double blind trials; double your dose");
    assertThat(categories(h)).containsExactly("NEUTRAL", "DIR_START", "DOSE_WORD");
  }

  @Test
  void aBadLineFailsWithFileAndLineNumber() {
    Lexicon lexicon = new Lexicon(new Vocabulary(), new PhraseTrie());
    assertThatThrownBy(() -> lexicon.load("health/test-bad-lexicon.txt"))
        .hasMessageContaining("health/test-bad-lexicon.txt:3")
        .hasMessageContaining("NOT_A_CATEGORY");
  }

  /** An emoji would drop out of its phrase and leave a shorter one ("kill me now") that matches far more. */
  @Test
  void aWordTheTokenizerDropsIsRefused() {
    Lexicon lexicon = new Lexicon(new Vocabulary(), new PhraseTrie());
    assertThatThrownBy(() -> lexicon.load("health/test-emoji-lexicon.txt"))
        .hasMessageContaining("health/test-emoji-lexicon.txt:3")
        .hasMessageContaining("not read as a word");
  }

  private static Hits match(String resource, String text) {
    Vocabulary v = new Vocabulary();
    PhraseTrie trie = new PhraseTrie();
    new Lexicon(v, trie).load(resource);
    v.freeze();
    trie.freeze(v.size());
    Hits h = new Hits();
    trie.match(Tokenizer.tokenize(text.toLowerCase(java.util.Locale.ROOT), v), h, Cat.NEUTRAL.ordinal());
    return h;
  }

  private static java.util.List<String> categories(Hits h) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int k = 0; k < h.size; k++) out.add(Cat.of(h.category[k]).name());
    return out;
  }
}
