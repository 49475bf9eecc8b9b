package io.commentmod.moderation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Tokens}: the words read from a text's shared char array are those read through {@code charAt}. */
class TokensTest {
  @Test
  void theArrayScanFindsTheWordsOfTheCharSequenceScan() {
    String[] pieces = {"a", "b", "Z", "é", "ß", "\u0430", "\u4e2d", "0", "7", " ", "  ", ".", ",", "'", "\u2019", "-", "$", "@",
        "\uD83C\uDF44", "\u0301", "don't", "lion's", "'s", "x'"};
    SplittableRandom r = new SplittableRandom(21);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, len = r.nextInt(0, 40); k < len; k++) b.append(pieces[r.nextInt(pieces.length)]);
      String s = b.toString();
      Tokens plain = Tokens.of((CharSequence) s), cached = Tokens.cached(s);
      assertThat(cached.size()).as(s).isEqualTo(plain.size());
      for (int w = 0; w < plain.size(); w++) {
        assertThat(cached.start(w)).as(s).isEqualTo(plain.start(w));
        assertThat(cached.end(w)).as(s).isEqualTo(plain.end(w));
        assertThat(cached.hash(w)).as(s).isEqualTo(plain.hash(w));
      }
    }
  }
}
