package io.commentmod.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.Author;
import io.commentmod.events.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentParserTest {

  private static ObjectNode valid() {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("articleId", "news:2024-05.article_1");
    ObjectNode a = n.putObject("author");
    a.put("name", "Ada Lovelace");
    a.put("email", "ada@example.org");
    a.put("ip", "203.0.113.7");
    a.put("userAgent", "Mozilla/5.0");
    a.put("url", "https://ada.example.org/about");
    n.put("body", "A thoughtful comment.\nSecond line.");
    n.put("parentId", "c-41");
    n.put("submittedAt", "2024-05-01T12:00:00Z");
    n.put("siteCommentId", "site-42");
    return n;
  }

  private static byte[] bytes(ObjectNode n) {
    try {
      return Json.mapper().writeValueAsBytes(n);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<FieldError> errorsOf(byte[] json) {
    try {
      CommentParser.parse(json);
    } catch (InvalidComment e) {
      return e.errors();
    }
    throw new AssertionError("expected the comment to be refused");
  }

  private static List<String> badFields(Consumer<ObjectNode> change) {
    ObjectNode n = valid();
    change.accept(n);
    return errorsOf(bytes(n)).stream().map(FieldError::field).toList();
  }

  private static ObjectNode author(ObjectNode n) {
    return (ObjectNode) n.get("author");
  }

  @Test
  void aValidCommentParsesToEveryField() throws InvalidComment {
    CommentRequest r = CommentParser.parse(bytes(valid()));
    assertThat(r).isEqualTo(new CommentRequest(
        "news:2024-05.article_1",
        new Author("Ada Lovelace", "ada@example.org", "203.0.113.7", "Mozilla/5.0", "https://ada.example.org/about"),
        "A thoughtful comment.\nSecond line.",
        "c-41",
        Instant.parse("2024-05-01T12:00:00Z"),
        "site-42"));
  }

  @Test
  void optionalFieldsMayBeAbsentOrNullAndUnknownFieldsAreIgnored() throws InvalidComment {
    byte[] json = """
        {"articleId":"a1","author":{"name":"Bo","email":"bo@example.com","ip":null,"shoeSize":44},
         "body":"hi","extra":{"nested":[1,2]},"parentId":null}
        """.getBytes(StandardCharsets.UTF_8);
    CommentRequest r = CommentParser.parse(json);
    assertThat(r).isEqualTo(new CommentRequest("a1", new Author("Bo", "bo@example.com", null, null, null), "hi", null, null, null));
  }

  @Test
  void everyMissingRequiredFieldIsNamed() {
    assertThat(errorsOf("{}".getBytes(StandardCharsets.UTF_8))).extracting(FieldError::field)
        .containsExactly("articleId", "author", "body");
    assertThat(badFields(n -> {
      author(n).remove("name");
      author(n).remove("email");
    })).containsExactly("author.name", "author.email");
  }

  @Test
  void eachBadFieldIsNamedExactly() {
    assertThat(badFields(n -> n.put("articleId", "has space"))).containsExactly("articleId");
    assertThat(badFields(n -> n.put("articleId", "a".repeat(201)))).containsExactly("articleId");
    assertThat(badFields(n -> n.put("articleId", ""))).containsExactly("articleId");
    assertThat(badFields(n -> author(n).put("name", "   "))).containsExactly("author.name");
    assertThat(badFields(n -> author(n).put("name", "n".repeat(101)))).containsExactly("author.name");
    assertThat(badFields(n -> author(n).put("email", "not-an-email"))).containsExactly("author.email");
    assertThat(badFields(n -> author(n).put("email", "a@b"))).containsExactly("author.email");
    assertThat(badFields(n -> author(n).put("email", "x".repeat(250) + "@example.com"))).containsExactly("author.email");
    assertThat(badFields(n -> author(n).put("ip", "999.1.1.1"))).containsExactly("author.ip");
    assertThat(badFields(n -> author(n).put("ip", "2001:db8::zz"))).containsExactly("author.ip");
    assertThat(badFields(n -> author(n).put("userAgent", "u".repeat(513)))).containsExactly("author.userAgent");
    assertThat(badFields(n -> author(n).put("url", "ftp://example.org/x"))).containsExactly("author.url");
    assertThat(badFields(n -> author(n).put("url", "/relative/path"))).containsExactly("author.url");
    assertThat(badFields(n -> author(n).put("url", "https://example.org/" + "p".repeat(2048)))).containsExactly("author.url");
    assertThat(badFields(n -> n.put("body", " \n\t "))).containsExactly("body");
    assertThat(badFields(n -> n.put("parentId", "p".repeat(201)))).containsExactly("parentId");
    assertThat(badFields(n -> n.put("siteCommentId", "s".repeat(201)))).containsExactly("siteCommentId");
    assertThat(badFields(n -> n.put("submittedAt", "yesterday"))).containsExactly("submittedAt");
    assertThat(badFields(n -> n.put("submittedAt", "2024-05-01"))).containsExactly("submittedAt");
  }

  @Test
  void severalBadFieldsAreAllNamedInOneAnswer() {
    assertThat(badFields(n -> {
      n.put("articleId", "bad id");
      author(n).put("email", "nope");
      n.put("submittedAt", "soon");
    })).containsExactly("articleId", "author.email", "submittedAt");
  }

  @Test
  void ipAddressesAreLiteralsAndHostNamesAreRefusedWithoutALookup() throws InvalidComment {
    for (String ip : List.of("127.0.0.1", "::1", "2001:db8::8a2e:370:7334", "::ffff:192.0.2.1")) {
      ObjectNode n = valid();
      author(n).put("ip", ip);
      assertThat(CommentParser.parse(bytes(n)).author().ip()).isEqualTo(ip);
    }
    assertThat(badFields(n -> author(n).put("ip", "localhost"))).containsExactly("author.ip");
    assertThat(badFields(n -> author(n).put("ip", "deadbeef.example.com"))).containsExactly("author.ip");
    assertThat(badFields(n -> author(n).put("ip", "127.1"))).containsExactly("author.ip");
  }

  @Test
  void wrongJsonTypesAreNamed() {
    assertThat(badFields(n -> n.put("body", 42))).containsExactly("body");
    assertThat(badFields(n -> n.put("author", "Ada"))).containsExactly("author");
    assertThat(badFields(n -> n.putArray("articleId").add("a"))).containsExactly("articleId");
    assertThat(badFields(n -> author(n).put("email", true))).containsExactly("author.email");
    assertThat(errorsOf("[1,2]".getBytes(StandardCharsets.UTF_8))).extracting(FieldError::field).containsExactly("$");
  }

  @Test
  void theBodyMayHoldTenThousandCodePointsAndNotOneMore() throws InvalidComment {
    ObjectNode n = valid();
    n.put("body", "x".repeat(CommentParser.MAX_BODY_CODE_POINTS));
    assertThat(CommentParser.parse(bytes(n)).body()).hasSize(10_000);
    assertThat(badFields(b -> b.put("body", "x".repeat(CommentParser.MAX_BODY_CODE_POINTS + 1)))).containsExactly("body");
  }

  @Test
  void theBodyLimitCountsAnEmojiAsOneCharacter() throws InvalidComment {
    ObjectNode n = valid();
    String emojis = "\uD83D\uDE00".repeat(CommentParser.MAX_BODY_CODE_POINTS); // 20,000 UTF-16 chars
    n.put("body", emojis);
    assertThat(CommentParser.parse(bytes(n)).body()).isEqualTo(emojis);
  }

  @Test
  void controlCharactersAreRefusedExceptLineBreaksAndTabsInTheBody() throws InvalidComment {
    ObjectNode ok = valid();
    ok.put("body", "line\r\nnext\tcol");
    assertThat(CommentParser.parse(bytes(ok)).body()).isEqualTo("line\r\nnext\tcol");
    assertThat(badFields(n -> n.put("body", "bell\u0007"))).containsExactly("body");
    assertThat(badFields(n -> n.put("body", "nul\u0000"))).containsExactly("body");
    assertThat(badFields(n -> n.put("body", "c1\u0085"))).containsExactly("body");
    assertThat(badFields(n -> author(n).put("name", "two\nlines"))).containsExactly("author.name");
  }

  @Test
  void loneSurrogatesAreRefusedNamingTheField() {
    byte[] json = """
        {"articleId":"a1","author":{"name":"X\\ud800Y","email":"x@example.com"},"body":"ok \\udc00"}
        """.getBytes(StandardCharsets.UTF_8);
    assertThat(errorsOf(json)).extracting(FieldError::field).containsExactly("author.name", "body");
  }

  @Test
  void invalidUtf8IsRefusedNamingTheFieldItIsIn() {
    assertThat(errorsOf(withRawBytes("{\"articleId\":\"a1\",\"author\":{\"name\":\"", new byte[] {(byte) 0xC3, 0x28},
        "\",\"email\":\"x@example.com\"},\"body\":\"hi\"}")))
        .containsExactly(new FieldError("author.name", "is not valid UTF-8"));
    // A surrogate encoded in three bytes (CESU-8) is not UTF-8 either.
    assertThat(errorsOf(withRawBytes("{\"articleId\":\"a1\",\"author\":{\"name\":\"n\",\"email\":\"x@example.com\"},\"body\":\"",
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}")))
        .extracting(FieldError::field).containsExactly("body");
    // An overlong encoding of '/'.
    assertThat(errorsOf(withRawBytes("{\"articleId\":\"a1\",\"author\":{\"name\":\"n\",\"email\":\"x@example.com\"},\"body\":\"",
        new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}")))
        .extracting(FieldError::field).containsExactly("body");
  }

  @Test
  void utf16JsonIsNotGuessedAt() {
    byte[] json = "{\"articleId\":\"a1\",\"author\":{\"name\":\"n\",\"email\":\"x@example.com\"},\"body\":\"hi\"}"
        .getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> CommentParser.parse(json)).isInstanceOf(InvalidComment.class);
  }

  @Test
  void duplicateKeysAreRefusedNamingTheKey() {
    byte[] json = """
        {"articleId":"a1","author":{"name":"n","email":"x@example.com","email":"y@example.com"},"body":"hi"}
        """.getBytes(StandardCharsets.UTF_8);
    assertThat(errorsOf(json)).extracting(FieldError::field).containsExactly("author.email");
    byte[] top = """
        {"articleId":"a1","body":"hi","body":"again","author":{"name":"n","email":"x@example.com"}}
        """.getBytes(StandardCharsets.UTF_8);
    assertThat(errorsOf(top)).extracting(FieldError::field).containsExactly("body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "{", "{\"articleId\":}", "not json", "{\"a\":1} trailing", "{} {}"})
  void malformedJsonIsRefused(String text) {
    assertThat(errorsOf(text.getBytes(StandardCharsets.UTF_8))).hasSize(1);
  }

  @Test
  void aSyntaxErrorInsideAFieldNamesThatField() {
    byte[] json = "{\"articleId\":\"a1\",\"author\":{\"name\":\"n\",\"email\": nope}}".getBytes(StandardCharsets.UTF_8);
    assertThat(errorsOf(json)).extracting(FieldError::field).containsExactly("author.email");
  }

  private static byte[] withRawBytes(String before, byte[] raw, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(raw);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
