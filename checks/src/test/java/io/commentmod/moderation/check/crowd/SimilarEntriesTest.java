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
}
