package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The frozen trie (one record per node) must match exactly as the trie it was built from. */
class PhraseTrieTest {
  @Test
  void frozenTrieMatchesAsTheAddTimeTrie() {
    Random r = new Random(3);
    int vocabulary = 60;
    PhraseTrie open = new PhraseTrie(), frozen = new PhraseTrie();
    Cat[] cats = Cat.values();
    for (int k = 0; k < 3000; k++) {
      int[] terms = new int[1 + r.nextInt(5)];
      // few distinct terms, so phrases share prefixes and nodes get several children
      for (int i = 0; i < terms.length; i++) terms[i] = r.nextInt(8) == 0 ? Vocabulary.NUMBER : 1 + r.nextInt(vocabulary - 1);
      Cat c = cats[r.nextInt(cats.length)];
      int payload = r.nextInt(4);
      open.add(terms, c, payload);
      frozen.add(terms, c, payload);
    }
    frozen.freeze(vocabulary);
    for (int round = 0; round < 5000; round++) {
      Tokens t = randomTokens(r, vocabulary);
      for (int neutral : new int[] {Cat.NEUTRAL.ordinal(), Cat.SH_NEUTRAL.ordinal()}) {
        Hits a = new Hits(), b = new Hits();
        open.match(t, a, neutral);
        frozen.match(t, b, neutral);
        assertThat(hits(b)).isEqualTo(hits(a));
      }
    }
  }

  /**
   * A trie too large to pack is refused at load, loudly: before the limit was right, 2^19 nodes or
   * more froze without error into scrambled records, and the self-harm lexicon then matched nothing.
   */
  @Test
  void aTrieTooLargeToPackIsRefused() {
    PhraseTrie trie = pairs(1024, 1023); // 1 + 1024 + 1024 * 1023 nodes: two more than fit
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> trie.freeze(1025))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("too large");
  }

  /**
   * Node ids from 2^19 on set the packed transitions' sign bit; a trie near the limit (1,047,553
   * nodes of at most 2^20 - 1, about twice the lexicons' size in the twentieth round) matches its
   * phrases, the deepest included.
   */
  @Test
  void aTrieNearTheLimitMatchesItsDeepestPhrases() {
    PhraseTrie trie = pairs(1023, 1023);
    trie.freeze(1024);
    for (int[] ab : new int[][] {{1023, 1023}, {600, 7}, {1, 1}, {512, 1000}}) {
      Tokens t = new Tokens("  ");
      t.term[0] = ab[0];
      t.term[1] = ab[1];
      for (int i = 0; i < 2; i++) {
        t.start[i] = i;
        t.end[i] = i + 1;
      }
      t.size = 2;
      Hits h = new Hits();
      trie.match(t, h, Cat.SH_NEUTRAL.ordinal());
      Cat c = Cat.values()[(ab[0] + ab[1]) % 5];
      assertThat(hits(h)).contains(c.ordinal() + "/" + (ab[0] * ab[1]) % 4 + "/0-2");
    }
  }

  /** Every two-term phrase (a, b) with a in [1, as], b in [1, bs]; category and payload from a and b. */
  private static PhraseTrie pairs(int as, int bs) {
    PhraseTrie trie = new PhraseTrie();
    for (int a = 1; a <= as; a++) {
      for (int b = 1; b <= bs; b++) trie.add(new int[] {a, b}, Cat.values()[(a + b) % 5], (a * b) % 4);
    }
    return trie;
  }

  private static Tokens randomTokens(Random r, int vocabulary) {
    int n = r.nextInt(40);
    Tokens t = new Tokens(" ".repeat(n + 2));
    int clause = 0;
    for (int i = 0; i < n; i++) {
      if (r.nextInt(6) == 0) clause++;
      int kind = r.nextInt(10);
      t.term[i] = kind == 0 ? Vocabulary.UNKNOWN : kind == 1 ? vocabulary + 5 : 1 + r.nextInt(vocabulary - 1);
      t.number[i] = kind == 0 ? r.nextBoolean() : r.nextInt(12) == 0;
      t.clause[i] = clause;
      t.start[i] = i;
      t.end[i] = i + 1;
    }
    t.size = n;
    return t;
  }

  private static List<String> hits(Hits h) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < h.size; k++) out.add(h.category[k] + "/" + h.payload[k] + "/" + h.from[k] + "-" + h.to[k]);
    return out;
  }
}
