package io.commentmod.moderation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link HashSetOfLongs} answers as a plain {@link HashSet} does. */
class HashSetOfLongsTest {
  @Test
  void answersAsAPlainSetOnMembersAndStrangers() {
    Random r = new Random(7);
    for (int size : new int[] {0, 1, 3, 250, 5000}) {
      Set<Long> plain = new HashSet<>();
      while (plain.size() < size) plain.add(size % 2 == 0 ? r.nextLong() : (long) r.nextInt(4 * size + 1));
      plain.add(0L); // zero is a value like any other, not an empty slot
      HashSetOfLongs set = new HashSetOfLongs(plain.stream().mapToLong(Long::longValue).toArray());
      for (long v : plain) assertThat(set.contains(v)).isTrue();
      for (int i = 0; i < 20_000; i++) {
        long v = i % 2 == 0 ? r.nextLong() : r.nextInt(8 * size + 2);
        assertThat(set.contains(v)).as("%d in a set of %d", v, size).isEqualTo(plain.contains(v));
      }
    }
  }

  @Test
  void readsWordsAsTheirTokenHashes() {
    HashSetOfLongs set = new HashSetOfLongs(new long[] {Tokens.hashOf("the"), Tokens.hashOf("und")});
    Tokens t = Tokens.of("the cat und der hund");
    int members = 0;
    for (int i = 0; i < t.size(); i++) if (set.contains(t.hash(i))) members++;
    assertThat(members).isEqualTo(2);
  }
}
