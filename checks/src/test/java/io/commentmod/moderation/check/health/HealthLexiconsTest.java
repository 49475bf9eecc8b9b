package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.normalize.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link HealthLexicons}: tokens and trie hits are kept for the comment, and only for it. */
class HealthLexiconsTest {
  private final HealthLexicons lexicons = HealthLexicons.load();

  private static CommentText comment(String body) {
    return Normalizer.normalize("article", "", "", "", body);
  }

  /** The hits as (category, from, to) triples, so two matches can be compared. */
  private static List<String> hits(Hits h) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < h.size; k++) out.add(Cat.of(h.category[k]) + " " + h.from[k] + "-" + h.to[k]);
    return out;
  }

  private List<String> freshMedical(Tokens t) {
    Hits h = new Hits();
    lexicons.medical.match(t, h.reset(t), Cat.NEUTRAL.ordinal());
    return hits(h);
  }

  @Test
  void theChecksOfOneCommentShareOneMatch() {
    Tokens t = lexicons.tokens(comment("Just stop taking the sertraline, 50mg of 5-HTP works better."));
    Hits first = lexicons.medicalHits(t);
    List<String> seen = hits(first);
    assertThat(seen).isNotEmpty();
    assertThat(lexicons.medicalHits(t)).isSameAs(first);
    assertThat(hits(lexicons.medicalHits(t))).isEqualTo(seen).isEqualTo(freshMedical(t));
  }

  @Test
  void theNextCommentIsMatchedAgainThoughItsTokensReuseTheSameArrays() {
    Tokens a = lexicons.tokens(comment("Just stop taking the sertraline, 50mg of 5-HTP works better."));
    List<String> ofA = hits(lexicons.medicalHits(a));
    List<String> shOfA = hits(lexicons.selfHarmHits(a));
    Tokens b = lexicons.tokens(comment("I don't want to be here anymore, I've given my cat away."));
    assertThat(b).as("the thread's tokens are reused").isSameAs(a);
    assertThat(hits(lexicons.medicalHits(b))).isEqualTo(freshMedical(b)).isNotEqualTo(ofA);
    assertThat(hits(lexicons.selfHarmHits(b))).isNotEqualTo(shOfA).isNotEmpty();
  }
}
