package io.commentmod.moderation.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.normalize.Tokens;
import java.util.ArrayList;
import java.util.List;
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
}
