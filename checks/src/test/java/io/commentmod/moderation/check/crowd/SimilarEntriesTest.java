package io.commentmod.moderation.check.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarEntriesTest {
  @Test
  void keepsEachTimeAndAuthorPairOnceInOrderOfFirstAddition() {
    SimilarEntries s = new SimilarEntries();
    assertThat(s.add(1000, "a")).isTrue();
    assertThat(s.add(1000, "b")).isTrue();
    assertThat(s.add(2000, "a")).isTrue();
    assertThat(s.add(1000, new String("a"))).isFalse();
    assertThat(s.add(2000, "a")).isFalse();
    assertThat(s.size()).isEqualTo(3);
    assertThat(List.of(s.author(0), s.author(1), s.author(2))).containsExactly("a", "b", "a");
  }

  @Test
  void agreesWithAPlainScanWhenItGrows() {
    Random r = new Random(7);
    SimilarEntries s = new SimilarEntries();
    List<String> pairs = new ArrayList<>();
    for (int k = 0; k < 5000; k++) {
      long t = 1_700_000_000_000L + 1000L * r.nextInt(300);
      String author = "reader" + r.nextInt(20);
      boolean isNew = !pairs.contains(t + "/" + author);
      if (isNew) pairs.add(t + "/" + author);
      assertThat(s.add(t, author)).isEqualTo(isNew);
    }
    assertThat(s.size()).isEqualTo(pairs.size());
    for (int i = 0; i < pairs.size(); i++) assertThat(pairs.get(i)).endsWith("/" + s.author(i));
  }

  @Test
  void countsAuthorsAsThePlainPairwiseScanDid() {
    Random r = new Random(11);
    SimilarEntries s = new SimilarEntries();
    for (int round = 0; round < 2000; round++) {
      s.clear();
      int pairs = r.nextInt(80);
      for (int k = 0; k < pairs; k++) {
        // new String: equal authors are often distinct objects (read from JSON in the services)
        s.add(1000L * r.nextInt(40), new String("reader" + r.nextInt(1 + r.nextInt(30))));
      }
      String author = "reader" + r.nextInt(10);
      int authors = 0, same = 0;
      for (int i = 0; i < s.size(); i++) {
        String other = s.author(i);
        if (other.equals(author)) {
          same++;
          continue;
        }
        boolean first = true;
        for (int j = 0; j < i && first; j++) first = !s.author(j).equals(other);
        if (first) authors++;
      }
      assertThat(s.otherAuthors(author)).isEqualTo(authors);
      assertThat(s.pairsOf(author)).isEqualTo(same);
    }
  }

  @Test
  void clearEmptiesForTheNextComment() {
    SimilarEntries s = new SimilarEntries();
    for (int k = 0; k < 100; k++) s.add(k, "a" + k);
    s.clear();
    assertThat(s.size()).isZero();
    assertThat(s.add(5, "a5")).isTrue();
    assertThat(s.add(5, "a5")).isFalse();
    assertThat(s.otherAuthors("b")).isEqualTo(1);
  }
}
