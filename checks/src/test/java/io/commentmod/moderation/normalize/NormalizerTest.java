package io.commentmod.moderation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private static CommentText n(String s) {
    return Normalizer.normalize("a", "", "", "", s);
  }

  @Test
  void foldsFullwidthLettersAndCase() {
    assertThat(n("ＶＩＡＧＲＡ Now").normalized()).isEqualTo("viagra now");
  }

  @Test
  void dropsZeroWidthCharactersButMapsBackToTheOriginal() {
    CommentText t = n("c\u200bhe\u200dap pills");
    assertThat(t.normalized()).isEqualTo("cheap pills");
    assertThat(t.originalSpan(0, 5)).isEqualTo(new Span(0, 7));
    assertThat(t.originalSpan(6, 11)).isEqualTo(new Span(8, 13));
  }

  @Test
  void foldsCyrillicLookalikesInsideLatinWords() {
    // "Вuy сheap": capital Cyrillic Ve and small Cyrillic Es among Latin letters.
    assertThat(n("\u0412uy \u0441heap").normalized()).isEqualTo("buy cheap");
  }

  @Test
  void keepsRussianTextRussian() {
    assertThat(n("\u0441\u043f\u0430\u0441\u0438\u0431\u043e \u0437\u0430 \u0441\u0442\u0430\u0442\u044c\u044e").normalized())
        .isEqualTo("\u0441\u043f\u0430\u0441\u0438\u0431\u043e \u0437\u0430 \u0441\u0442\u0430\u0442\u044c\u044e");
  }

  @Test
  void foldsLeetspeakInsideWordsOnly() {
    assertThat(n("m4g1c mushr00ms b3st pr1ce").normalized()).isEqualTo("magic mushrooms best price");
    assertThat(n("take 20mg of b12 and 5-htp, 3 times").normalized()).isEqualTo("take 20mg of b12 and 5-htp, 3 times");
  }

  @Test
  void joinsSpacedOutAndDottedOutLetters() {
    CommentText t = n("buy V.i.a.g.r.a at w w w . pills . c o m");
    assertThat(t.normalized()).isEqualTo("buy viagra at www . pills . com");
    assertThat(t.originalSpan(4, 10)).isEqualTo(new Span(4, 15));
  }

  @Test
  void cutsRepeatedCharactersButNotWwwOrDigits() {
    assertThat(n("soooo gooood!!!! www 5550000").normalized()).isEqualTo("soo good!! www 5550000");
  }

  @Test
  void stripsAccentsAndCollapsesWhitespace() {
    assertThat(n("  Günstige\n\n  Medikamente  ").normalized()).isEqualTo("gunstige medikamente");
  }

  @Test
  void mapsEverySurvivingCharacterToItsOriginalIndex() {
    CommentText t = n("A\u200bB  C");
    assertThat(t.normalized()).isEqualTo("ab c");
    assertThat(t.toOriginal()).containsExactly(0, 2, 3, 5, 6);
  }

  @Test
  void spanOfAnEmojiCoversBothHalvesOfTheSurrogatePair() {
    CommentText t = n("hi \uD83C\uDF44");
    assertThat(t.originalSpan(3, 5)).isEqualTo(new Span(3, 5));
  }

  @Test
  void foldsSmallCapitalsToLatin() {
    assertThat(n("\u1d04\u029c\u1d07\u1d00\u1d18 \u1d20\u026a\u1d00\u0262\u0280\u1d00").normalized()).isEqualTo("cheap viagra");
  }

  @Test
  void keepsWordBreaksInsideSpelledOutRuns() {
    assertThat(n("B.u.y c.h.e.a.p m.e.d.s").normalized()).isEqualTo("buy cheap meds");
    assertThat(n("c h e c k   o u t   m y   s h o p").normalized()).isEqualTo("check out my shop");
  }
}
