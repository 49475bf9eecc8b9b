package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private static final Vocabulary EMPTY = new Vocabulary();

  private static List<String> words(String text) {
    Tokens t = Tokenizer.tokenize(text, EMPTY);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) out.add(t.word(i));
    return out;
  }

  @Test
  void contractionsJoinWithOrWithoutApostrophe() {
    assertThat(words("don't dont don t i'm i m lion's lion s")).containsExactly("dont", "dont", "dont", "im", "im", "lions", "lions");
  }

  @Test
  void elisionsSplit() {
    assertThat(words("prendete l'iperico, j'ai")).containsExactly("prendete", "l", "iperico", "j", "ai");
  }

  /** A French elision after a word is not a Twitter-style contraction with a dropped apostrophe. */
  @Test
  void anElisionAfterAWordStartsTheNextWord() {
    assertThat(words("mon ado s'est remis, elle s'est remise, bien t'expliquer"))
        .containsExactly("mon", "ado", "s", "est", "remis", "elle", "s", "est", "remise", "bien", "t", "expliquer");
  }

  @Test
  void accentsAndSharpSAreFolded() {
    assertThat(words("médicament ÄNDERN Straße sertralina")).containsExactly("medicament", "andern", "strasse", "sertralina");
  }

  @Test
  void numbersAreCutFromUnitsAndKeepDecimals() {
    Tokens t = Tokenizer.tokenize("take 200mg or 0.1g of 5-htp", EMPTY);
    assertThat(words("take 200mg or 0.1g of 5-htp")).containsExactly("take", "200", "mg", "or", "0.1", "g", "of", "5", "htp");
    assertThat(t.number[1]).isTrue();
    assertThat(t.number[2]).isFalse();
    assertThat(t.start[4]).isEqualTo(14);
    assertThat(t.end[4]).isEqualTo(17);
  }

  @Test
  void digitLookAlikesInsideWordsAreReadAsLetters() {
    assertThat(words("st0p ur s$ri and st j0hns w0rt")).containsExactly("stop", "ur", "ssri", "and", "st", "johns", "wort");
    assertThat(words("vitamin b12 and sv2a")).containsExactly("vitamin", "b12", "and", "sv2a");
  }

  @Test
  void aTitlesFullStopBeforeAWordDoesNotEndTheSentence() {
    assertThat(Tokenizer.tokenize("You should combine it with St. John's Wort.", EMPTY).sentences).isEqualTo(1);
    assertThat(Tokenizer.tokenize("Ask Dr. Patel first.", EMPTY).sentences).isEqualTo(1);
    assertThat(Tokenizer.tokenize("I asked the doctor. She said no.", EMPTY).sentences).isEqualTo(2);
    // as the normaliser hands them over: lower case, one space
    assertThat(Tokenizer.tokenize("talk to your dr. then stop your lithium.", EMPTY).sentences).isEqualTo(2);
    assertThat(Tokenizer.tokenize("is it worth seeing a dr. stop your meds.", EMPTY).sentences).isEqualTo(2);
    assertThat(Tokenizer.tokenize("i started it on may 1st. you should double it.", EMPTY).sentences).isEqualTo(2);
    assertThat(Tokenizer.tokenize("i was diagnosed with ms. you should stop it.", EMPTY).sentences).isEqualTo(2);
    assertThat(Tokenizer.tokenize("i want to die fr. nobody would notice", EMPTY).sentences).isEqualTo(2);
    assertThat(Tokenizer.tokenize("ask dr. patel first.", EMPTY).sentences).isEqualTo(1);
  }

  @Test
  void sentencesClausesAndQuestionsAreMarked() {
    Tokens t = Tokenizer.tokenize("Stop it, now. Should I? yes", EMPTY);
    assertThat(t.sentences).isEqualTo(3);
    assertThat(t.questionMark[0]).isFalse();
    assertThat(t.questionMark[1]).isTrue();
    assertThat(t.clause[0]).isEqualTo(t.clause[1]);
    assertThat(t.clause[2]).isNotEqualTo(t.clause[1]);
    assertThat(t.sentence[5]).isEqualTo(2);
  }

  @Test
  void quotedWordsAreMarkedButApostrophesAreNot() {
    Tokens t = Tokenizer.tokenize("someone said 'mushrooms cured me' and lions' mane", EMPTY);
    assertThat(t.quoted[2]).isTrue();
    assertThat(t.quoted[4]).isTrue();
    assertThat(t.quoted[1]).isFalse();
    assertThat(t.quoted[5]).isFalse();
    assertThat(t.quoted[7]).isFalse();
  }

  @Test
  void wordsInsideWebAddressesMatchNothing() {
    Vocabulary v = new Vocabulary();
    int rx = v.add("rx");
    Tokens t = Tokenizer.tokenize("rx from fastpharma-rx.com or https://x.org/rx", v);
    assertThat(t.term[0]).isEqualTo(rx);
    assertThat(t.term[3]).isEqualTo(Vocabulary.UNKNOWN);
    assertThat(t.term[t.size - 1]).isEqualTo(Vocabulary.UNKNOWN);
  }

  @Test
  void wordsGluedTogetherAreSplitWhenBothHalvesAreKnown() {
    Vocabulary v = new Vocabulary();
    v.add("am");
    v.add("suicidal");
    v.add("now");
    v.add("i");
    Tokens t = Tokenizer.tokenize("nowi amsuicidal amazing", v);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size; i++) out.add(t.word(i));
    assertThat(out).containsExactly("now", "i", "am", "suicidal", "amazing");
    assertThat(t.start[3]).isEqualTo(7);
  }
}
