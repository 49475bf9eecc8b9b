package io.commentmod.ingest;

import io.commentmod.testkit.Disassembly;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The presented key is compared in constant time: hashed first (so its length tells nothing),
 * then checked against every configured digest with {@code MessageDigest.isEqual}, with no early
 * exit and no variable-time comparison anywhere in the class. Asserted on the bytecode, because a
 * statistical timing test on a shared machine would be flaky.
 */
class ApiKeysTimingSafetyTest {
  private static final String KEY = "s3cret-ingest-key-0123456789";
  private final ApiKeys keys = new ApiKeys(List.of("other-key-abc", KEY));

  @Test
  void authenticateHashesThePresentedKeyAndComparesWithMessageDigestIsEqual() {
    String code = Disassembly.of(ApiKeys.class).method("authenticate");
    assertThat(code).contains("Method sha256:(Ljava/lang/String;)[B").contains("java/security/MessageDigest.isEqual:([B[B)Z");
    assertThat(code.indexOf("sha256")).isLessThan(code.indexOf("MessageDigest.isEqual"));
  }

  @Test
  void theLoopOverConfiguredKeysHasNoEarlyExit() {
    String code = Disassembly.of(ApiKeys.class).method("authenticate");
    int compare = code.indexOf("MessageDigest.isEqual");
    String afterCompare = code.substring(compare, code.indexOf("goto", compare));
    // isEqual's result is OR-ed into a flag and the loop goes on: no branch, no return between the compare and the back jump.
    assertThat(afterCompare).contains("ior").doesNotContain("ifne", "ifeq", "areturn", "ireturn");
  }

  @Test
  void nothingInTheClassComparesKeysInVariableTime() {
    assertThat(Disassembly.of(ApiKeys.class).all()).doesNotContain(
        "java/lang/String.equals", "java/lang/String.equalsIgnoreCase", "java/lang/String.contentEquals",
        "java/lang/String.compareTo", "java/util/Arrays.equals", "java/util/Arrays.mismatch",
        "java/util/Set.contains", "java/util/Map.get", "java/util/Map.containsKey", "java/util/List.contains");
  }

  @Property(tries = 200)
  void aNearMissOfAConfiguredKeyIsRefused(@ForAll("nearMisses") String presented) {
    assertThat(keys.authenticate("Bearer " + presented)).as(presented).isEmpty();
  }

  @Provide
  Arbitrary<String> nearMisses() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, KEY.length() - 1);
    Arbitrary<Character> c = Arbitraries.chars().range('!', '~');
    Arbitrary<String> flipped = Combinators.combine(at, c).as((i, ch) -> KEY.substring(0, i) + ch + KEY.substring(i + 1));
    Arbitrary<String> inserted = Combinators.combine(at, c).as((i, ch) -> KEY.substring(0, i) + ch + KEY.substring(i));
    Arbitrary<String> deleted = at.map(i -> KEY.substring(0, i) + KEY.substring(i + 1));
    Arbitrary<String> prefix = at.map(i -> KEY.substring(0, i));
    Arbitrary<String> extended = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(10).map(s -> KEY + s);
    return Arbitraries.oneOf(flipped, inserted, deleted, prefix, extended).filter(s -> !s.equals(KEY));
  }
}
