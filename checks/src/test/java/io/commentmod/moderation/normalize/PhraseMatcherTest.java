package io.commentmod.moderation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
  @Test
  void matchesWholeWordPhrasesHoweverDisguised() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder().add("free shipping", "a").add("free", "b").add("ship", "c").build();
    String text = Normalizer.fold("FR3E sh1pping and free stuff, shipped");
    Tokens t = Tokens.of(text);
    List<String> hits = new ArrayList<>();
    m.match(t, (p, a, b) -> hits.add(p + ":" + text.substring(t.start(a), t.end(b))));
    assertThat(hits).containsExactly("a:free shipping", "b:free", "b:free");
  }

  @Test
  void keepsApostrophesInsideWords() {
    Tokens t = Tokens.of("lion's mane");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.hash(0)).isEqualTo(Tokens.hashOf("lion's"));
  }

  /** The first-word filter may let a word through in vain, but must never turn a phrase away. */
  @Test
  void findsWhatAPlainScanFindsWithManyPhrases() {
    Random r = new Random(3);
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    List<String[]> phrases = new ArrayList<>();
    for (int p = 0; p < 700; p++) {
      String[] words = new String[1 + r.nextInt(3)];
      for (int w = 0; w < words.length; w++) words[w] = "w" + r.nextInt(2000);
      phrases.add(words);
      b.add(String.join(" ", words), String.join(" ", words));
    }
    PhraseMatcher<String> m = b.build();
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 5000; w++) text.append("w").append(r.nextInt(2000)).append(' ');
    String[] words = text.toString().trim().split(" ");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      for (String[] ph : phrases) {
        boolean ok = i + ph.length <= words.length;
        for (int j = 0; j < ph.length && ok; j++) ok = words[i + j].equals(ph[j]);
        if (ok) expected.add(i + ":" + String.join(" ", ph));
      }
    }
    List<String> hits = new ArrayList<>();
    m.match(Tokens.of(text), (p, first, last) -> hits.add(first + ":" + p));
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(hits).containsExactlyInAnyOrderElementsOf(expected);
  }
}
