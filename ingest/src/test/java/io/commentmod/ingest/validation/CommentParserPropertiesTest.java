package io.commentmod.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.commentmod.ingest.validation.HostileJson.Case;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile request bodies never get past the parser and never make it fail in any other way than
 * {@link InvalidComment} naming the bad field with a readable message.
 */
class CommentParserPropertiesTest {
  private static final int TRIES = 200;

  @Property(tries = TRIES)
  @Label("any hostile body is refused as InvalidComment with a clear message, nothing else")
  void anyHostileBodyIsRefusedWithAClearMessage(@ForAll("any") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void randomBytesAreRefused(@ForAll("randomBytes") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void malformedJsonIsRefused(@ForAll("malformed") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void aWrongTypeIsRefusedNamingTheField(@ForAll("wrongTypes") Case c) {
    assertRefused(c);
  }

  @Property(tries = 50)
  void aHugeStringIsRefusedNamingTheField(@ForAll("hugeStrings") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void invalidUtf8IsRefusedNamingTheField(@ForAll("invalidUtf8") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void aControlCharacterIsRefusedNamingTheField(@ForAll("controls") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void aLoneSurrogateIsRefusedNamingTheField(@ForAll("loneSurrogates") Case c) {
    assertRefused(c);
  }

  @Property(tries = 50)
  void deepNestingIsRefused(@ForAll("deepNesting") Case c) {
    assertRefused(c);
  }

  @Property(tries = TRIES)
  void aDuplicateKeyIsRefused(@ForAll("duplicateKeys") Case c) {
    assertRefused(c);
  }

  /** Bidi controls are Unicode Cf, not Cc: one-line fields refuse them by name (Trojan-Source-style spoofing). */
  @Property(tries = TRIES)
  void bidiControlsInASingleLineFieldAreRefusedNamingTheField(@ForAll("bidi") Case c) {
    assertRefused(c);
  }

  /** No refusal quotes Jackson's internals, and none names an empty field (an error after {@code {""x...}). */
  @Property(tries = TRIES)
  void refusalsNameARealFieldAndNoInternals(@ForAll("any") Case c) {
    Throwable t = catchThrowable(() -> CommentParser.parse(c.body()));
    assertThat(t).as(c.toString()).isInstanceOf(InvalidComment.class);
    for (FieldError e : ((InvalidComment) t).errors()) {
      assertThat(e.field()).as(c.toString()).isNotBlank();
      assertThat(e.message()).as(c.toString()).doesNotContain("com.fasterxml", "java.lang", "DeserializationFeature", "\n");
    }
  }

  static void assertRefused(Case c) {
    Throwable t = catchThrowable(() -> CommentParser.parse(c.body()));
    assertThat(t).as(c.toString()).isInstanceOf(InvalidComment.class);
    InvalidComment invalid = (InvalidComment) t;
    assertThat(invalid.errors()).as(c.toString()).isNotEmpty();
    for (FieldError e : invalid.errors()) {
      assertThat(e.field()).as(c.toString()).isNotNull();
      assertClear(e.message(), c);
    }
    if (c.field() != null) assertThat(invalid.errors()).as(c.toString()).extracting(FieldError::field).contains(c.field());
  }

  /** Says what is wrong in words, briefly, without a stack trace (internals: see {@link #refusalsNameNoInternals}). */
  static void assertClear(String message, Object input) {
    assertThat(message).as(String.valueOf(input)).isNotBlank().hasSizeLessThan(600).doesNotContain("Exception", "\tat ");
  }

  @Provide Arbitrary<Case> any() { return HostileJson.any(); }
  @Provide Arbitrary<Case> randomBytes() { return HostileJson.randomBytes(); }
  @Provide Arbitrary<Case> malformed() { return HostileJson.malformed(); }
  @Provide Arbitrary<Case> wrongTypes() { return HostileJson.wrongTypes(); }
  @Provide Arbitrary<Case> hugeStrings() { return HostileJson.hugeStrings(); }
  @Provide Arbitrary<Case> invalidUtf8() { return HostileJson.invalidUtf8(); }
  @Provide Arbitrary<Case> controls() { return HostileJson.controls(); }
  @Provide Arbitrary<Case> loneSurrogates() { return HostileJson.loneSurrogates(); }
  @Provide Arbitrary<Case> deepNesting() { return HostileJson.deepNesting(); }
  @Provide Arbitrary<Case> duplicateKeys() { return HostileJson.duplicateKeys(); }
  @Provide Arbitrary<Case> bidi() { return HostileJson.bidiInSingleLineFields(); }
}
