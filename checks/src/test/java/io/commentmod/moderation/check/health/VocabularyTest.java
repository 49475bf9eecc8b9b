package io.commentmod.moderation.check.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void findsShortLongAndNonLatinWordsAndNothingElse() {
    Vocabulary v = new Vocabulary();
    Random r = new Random(5);
    Map<String, Integer> ids = new HashMap<>();
    List<String> absent = new ArrayList<>();
    String letters = "abcdeéßø\u0434\u03b1";
    for (int k = 0; k < 6000; k++) {
      StringBuilder w = new StringBuilder();
      int len = 1 + r.nextInt(10);
      for (int i = 0; i < len; i++) w.append(letters.charAt(r.nextInt(letters.length())));
      String word = w.toString();
      if (k % 3 == 0) absent.add(word);
      else ids.put(word, v.add(word));
    }
    v.freeze();
    for (var e : ids.entrySet()) assertThat(lookup(v, e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    absent.removeIf(ids::containsKey);
    assertThat(absent).hasSizeGreaterThan(1000);
    for (String w : absent) assertThat(lookup(v, w)).as(w).isEqualTo(Vocabulary.UNKNOWN);
  }

  /** Looked up from the middle of a larger buffer, as the tokenizer does. */
  private static int lookup(Vocabulary v, String word) {
    char[] buf = ("xy " + word + " z").toCharArray();
    return v.lookup(buf, 3, 3 + word.length());
  }

  @Test
  void packsOnlyShortLatin1WordsAndKeepsThemApart() {
    assertThat(Vocabulary.pack("ab".toCharArray(), 0, 2)).isNotEqualTo(Vocabulary.pack("ab\0".toCharArray(), 0, 3));
    assertThat(Vocabulary.pack("abc".toCharArray(), 0, 3)).isNotEqualTo(Vocabulary.pack("ab".toCharArray(), 0, 2));
    assertThat(Vocabulary.pack("seventh".toCharArray(), 0, 7)).isNotZero();
    assertThat(Vocabulary.pack("eighthly".toCharArray(), 0, 8)).isZero();
    assertThat(Vocabulary.pack("\u0434a".toCharArray(), 0, 2)).isZero();
    assertThat(Vocabulary.pack("x".toCharArray(), 0, 0)).isZero();
  }

  @Test
  void frozenTableAnswersAsTheAddTimeTable() {
    Vocabulary open = new Vocabulary(), frozen = new Vocabulary();
    Random r = new Random(9);
    String letters = "abcdeéßø\u0434\u03b1";
    List<String> queries = new ArrayList<>();
    for (int k = 0; k < 20000; k++) {
      StringBuilder w = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int i = 0; i < len; i++) w.append(letters.charAt(r.nextInt(letters.length())));
      String word = w.toString();
      queries.add(word);
      if (k % 4 == 0) assertThat(frozen.add(word)).isEqualTo(open.add(word));
    }
    queries.add("#");
    frozen.freeze();
    for (String q : queries) assertThat(lookup(frozen, q)).as(q).isEqualTo(lookup(open, q));
  }
}
