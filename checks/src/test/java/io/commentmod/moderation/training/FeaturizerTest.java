package io.commentmod.moderation.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.normalize.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeaturizerTest {
  private static List<Integer> pushed(Featurizer f, String text) {
    List<Integer> out = new ArrayList<>();
    int n = f.features(text, Tokens.of(text), out::add);
    assertThat(out).hasSize(n);
    return out;
  }

  private static List<Integer> listed(Featurizer.Vector v) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) out.add(v.get(i));
    return out;
  }

  @Test
  void countsWordsPairsGramsAndShape() {
    // "ab": word, pair, one 4-gram (^ab$); "12": word and pair, no grams (a number); end pair; three length-band copies.
    assertThat(pushed(new Featurizer(18), "ab 12")).hasSize(2 + 1 + 2 + 1 + 3);
    // "www": word, pair, two 4-grams and one 5-gram; and, as a link, three more shape copies
    assertThat(pushed(new Featurizer(18), "ab 12 www")).hasSize(2 + 1 + 2 + 2 + 3 + 1 + 3 + 3);
  }

  @Test
  void theVectorOfATextIsWhatTheSinkReceivesAndIsReusedOnlyForTheSameTextTokensAndBits() {
    Featurizer f = new Featurizer(18);
    String a = "check out my channel www.example.com", b = "the medication helped my sleep";
    Tokens ta = Tokens.of(a), tb = Tokens.of(b);
    List<Integer> first = listed(f.vector(a, ta));
    assertThat(first).isEqualTo(pushed(f, a));
    assertThat(f.vector(a, ta)).isSameAs(f.vector(a, ta));
    assertThat(listed(f.vector(a, ta))).isEqualTo(first);
    assertThat(listed(f.vector(b, tb))).isEqualTo(pushed(f, b));
    assertThat(listed(f.vector(a, ta))).isEqualTo(first);
    List<Integer> narrow = listed(new Featurizer(12).vector(a, ta));
    assertThat(narrow).hasSameSizeAs(first).allMatch(i -> i < 1 << 12);
    assertThat(listed(f.vector(a, ta))).isEqualTo(first);
  }

  @Test
  void longTextsGrowTheBuffers() {
    String text = "wonderful ".repeat(400).trim();
    Featurizer f = new Featurizer(18);
    assertThat(listed(f.vector(text, Tokens.of(text)))).isEqualTo(pushed(f, text)).hasSize(400 * (2 + 8 + 7) + 1 + 3);
  }

  /** The plain n-gram loop {@link Featurizer} ran until the fifth speed round of 1 December: each gram's chars tested for the word's ends. */
  private static List<Integer> plainGrams(String text, int s, int e, int bits) {
    List<Integer> out = new ArrayList<>();
    for (int p = s - 1; p <= e - 2; p++) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < 5; k++) {
        int at = p + k;
        if (at > e) break;
        char c = at < s ? '^' : at == e ? '$' : text.charAt(at);
        h = (h ^ c) * 0x100000001b3L;
        if (k >= 3) out.add(Featurizer.index(h + k, bits));
        if (at == e) break;
      }
    }
    return out;
  }

  @Test
  void eachWordsGramsAreThoseOfThePlainLoop() {
    Random r = new Random(5);
    String letters = "abcdeéz0'ß";
    Featurizer f = new Featurizer(18);
    int words = 0;
    for (int k = 0; k < 3000; k++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0, n = 1 + r.nextInt(12); w < n; w++) {
        for (int c = 0, len = 1 + r.nextInt(r.nextInt(8) == 0 ? 90 : 9); c < len; c++) b.append(letters.charAt(r.nextInt(letters.length())));
        b.append(r.nextBoolean() ? " " : ". ");
      }
      String text = b.toString();
      Tokens tokens = Tokens.of(text);
      Featurizer.Vector v = f.vector(text, tokens);
      for (int i = 0; i < tokens.size(); i++) {
        int from = v.wordAt(i) + 2;
        int to = i + 1 < tokens.size() ? v.wordAt(i + 1) : v.size() - 1 - Featurizer.shapeCount(Featurizer.hasLink(text, 0, text.length()));
        List<Integer> grams = new ArrayList<>();
        for (int g = from; g < to; g++) grams.add(v.get(g));
        boolean number = text.substring(tokens.start(i), tokens.end(i)).chars().allMatch(Character::isDigit);
        List<Integer> expected = number ? List.of() : plainGrams(text, tokens.start(i), tokens.end(i), 18);
        assertThat(grams).as("%s in %s", text.substring(tokens.start(i), tokens.end(i)), text).isEqualTo(expected);
        words++;
      }
    }
    assertThat(words).isGreaterThan(15_000);
  }
}
