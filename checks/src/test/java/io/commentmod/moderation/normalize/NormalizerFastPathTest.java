package io.commentmod.moderation.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.moderation.check.CommentText;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The normaliser's ASCII fast path and table lookups give exactly what the reference (slow) path gives. */
class NormalizerFastPathTest {
  private static void same(String body) {
    CommentText fast = Normalizer.normalize("a", "n", "e", "u", body);
    CommentText slow = ReferenceNormalizer.normalize("a", "n", "e", "u", body);
    assertThat(fast.normalized()).as(body).isEqualTo(slow.normalized());
    assertThat(fast.toOriginal()).as(body).isEqualTo(slow.toOriginal());
  }

  @Test
  void handPickedMixedInputs() {
    for (String s : List.of("", " ", "plain ascii text, nothing to fold", "m4g1c mushr00ms b3st pr1ce $5 b12 5-htp 20mg",
        "ＶＩＡＧＲＡ Now", "c\u200bhe\u200dap pills\u00ad\ufeff", "\u0412uy \u0441heap", "\u0441\u043f\u0430\u0441\u0438\u0431\u043e \u0437\u0430 \u0441\u0442\u0430\u0442\u044c\u044e",
        "buy V.i.a.g.r.a at w w w . pills . c o m", "soooo gooood!!!! www 5550000", "  Günstige\n\n  Medikamente  ",
        "hi \uD83C\uDF44 d\u00e9j\u00e0 vu", "\u0440\u0430\u0443\u0440\u0430\u043b mostly latin text here", "p\u0430yp\u0430l 4 l1fe",
        "\uff57\uff57\uff57\uff0e\uff58\uff0e\uff43\uff4f\uff4d", "\u03bf\u03c1\u03b5\u03bd greek and latin", "t\u0435st\u200b1ng 1 2 3")) {
      same(s);
    }
  }

  @Test
  void randomMixturesOfAsciiCyrillicFullwidthZeroWidthAndLeet() {
    String[] pieces = {"a", "e", "o", "x", "p", "c", "y", "V", "I", "0", "1", "3", "4", "5", "7", "$", " ", " ", ".", "-", "_", "*",
        "!", "'", "\n", "\u0430", "\u0435", "\u043e", "\u0440", "\u0441", "\u0412", "\u0443", "\u03bf", "\u00e9", "\u00fc", "\u00df",
        "\uff21", "\uff45", "\uff10", "\u200b", "\u200d", "\u00ad", "\ufeff", "\uD83C\uDF44", "w", "c o m", "www", "dot", "\u00b7",
        "\u2019", "\u0627", "\u4e2d", "\u0301"};
    SplittableRandom r = new SplittableRandom(7);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(1, 40);
      // half of the inputs pure ASCII, to exercise the fast path against the slow one
      int limit = i % 2 == 0 ? 25 : pieces.length;
      for (int k = 0; k < len; k++) b.append(pieces[r.nextInt(limit)]);
      inputs.add(b.toString());
    }
    inputs.forEach(NormalizerFastPathTest::same);
  }

  /** The first pass reuses its arrays per thread: a shorter body after a longer one must not see the longer one's chars. */
  @Test
  void reusedBuffersDoNotLeakIntoTheNextComment() {
    same("a long comment that ends in a surrogate pair \uD83C\uDF44 and then some more text");
    same("x \uD83C"); // a lone high surrogate where the previous body had its low half's neighbour
    same("\uDF44 lone low");
    same("y".repeat(40_000) + " \uD83C\uDF44 VIAGRA");
    same("short after a very long one \uD83C");
    same("");
  }
}
