package io.commentmod.moderation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
