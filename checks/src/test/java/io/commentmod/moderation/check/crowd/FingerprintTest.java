package io.commentmod.moderation.check.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.normalize.Tokens;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  /** The plain bit-by-bit SimHash that {@link Fingerprint#simHash} computes eight bits at a time. */
  private static long reference(Tokens tokens) {
    int[] ones = new int[64];
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      long h = tokens.hash(i);
      h ^= h >>> 33;
      h *= 0xff51afd7ed558ccdL;
      h ^= h >>> 33;
      h *= 0xc4ceb9fe1a85ec53L;
      h ^= h >>> 33;
      for (int b = 0; b < 64; b++) ones[b] += (int) ((h >>> b) & 1);
    }
    long out = 0;
    for (int b = 0; b < 64; b++) if (2 * ones[b] > n) out |= 1L << b;
    return out;
  }

  @Test
  void matchesTheBitByBitSimHashForShortAndLongTexts() {
    Random r = new Random(11);
    for (int words : new int[] {0, 1, 2, 7, 254, 255, 256, 510, 511, 1200}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words; i++) text.append("w").append(r.nextInt(words / 3 + 2)).append(' ');
      Tokens tokens = Tokens.of(text);
      assertThat(tokens.size()).isEqualTo(words);
      assertThat(Fingerprint.simHash(tokens)).as("%d words", words).isEqualTo(reference(tokens));
    }
  }

  /** Fewer than 255 words take the path without arrays or a branch per bit: compared on 2,000 random texts. */
  @Test
  void matchesTheBitByBitSimHashForManyShortTexts() {
    Random r = new Random(12);
    for (int k = 0; k < 2000; k++) {
      int words = r.nextInt(255);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < words; i++) text.append("w").append(r.nextInt(words / 3 + 2)).append(' ');
      Tokens tokens = Tokens.of(text);
      assertThat(Fingerprint.simHash(tokens)).as("%d words", words).isEqualTo(reference(tokens));
    }
  }

  @Test
  void nearDuplicatesDifferInFewBits() {
    long a = Fingerprint.simHash(Tokens.of("buy cheap pills online today at our pharmacy store now"));
    long b = Fingerprint.simHash(Tokens.of("buy cheap pills online today at our pharmacy store now!!"));
    assertThat(Long.bitCount(a ^ b)).isLessThanOrEqualTo(3);
  }
}
