package io.commentmod.ingest.validation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile request bodies for the ingest API, each paired with the field a correct
 * refusal names ({@code null} when any field, or {@code $}, will do).
 */
public final class HostileJson {
  /** A request body and the field its refusal must name, or null when that is not predictable. */
  public record Case(String what, byte[] body, String field) {
    @Override
    public String toString() {
      String text = new String(body, StandardCharsets.UTF_8);
      return what + ": " + (text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text);
    }
  }

  /** Every string field and where it lives. */
  public static final List<String> STRING_FIELDS = List.of(
      "articleId", "author.name", "author.email", "author.ip", "author.userAgent", "author.url", "body", "parentId",
      "submittedAt", "siteCommentId");

  /** Fields that hold one line of structured or display text, where no control or bidi formatting belongs. */
  public static final List<String> SINGLE_LINE_FIELDS = List.of(
      "articleId", "author.name", "author.email", "author.ip", "author.userAgent", "author.url", "parentId", "submittedAt",
      "siteCommentId");

  /** Bidi embeddings, overrides and isolates (Trojan Source): they reorder how the text around them displays. */
  public static final List<Character> BIDI_CONTROLS = List.of(
      '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069');

  private HostileJson() {}

  /** A valid request with every optional field set: the base that each generator breaks in one place. */
  public static String valid(String articleId) {
    return "{\"articleId\":\"" + articleId + "\",\"author\":{\"name\":\"Ada L.\",\"email\":\"ada@example.org\",\"ip\":\"192.0.2.7\","
        + "\"userAgent\":\"Mozilla/5.0\",\"url\":\"https://ada.example.org/\"},\"body\":\"A thoughtful comment.\","
        + "\"parentId\":\"p-1\",\"submittedAt\":\"2030-01-01T00:00:00Z\",\"siteCommentId\":\"s-1\"}";
  }

  /** {@code valid} with {@code field}'s value replaced by the raw JSON {@code json}. */
  public static String with(String field, String json) {
    String v = valid("article-1");
    String[] path = field.split("\\.");
    String name = path[path.length - 1];
    int at = path.length == 2 ? v.indexOf("\"" + name + "\"", v.indexOf("\"author\"")) : v.indexOf("\"" + name + "\"");
    int colon = v.indexOf(':', at);
    int end = endOfValue(v, colon + 1);
    return v.substring(0, colon + 1) + json + v.substring(end);
  }

  private static int endOfValue(String v, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < v.length(); i++) {
      char c = v.charAt(i);
      if (inString) {
        if (c == '\\') i++;
        else if (c == '"') inString = false;
        continue;
      }
      if (c == '"') inString = true;
      else if (c == '{' || c == '[') depth++;
      else if ((c == '}' || c == ']') && depth-- == 0) return i;
      else if (c == ',' && depth == 0) return i;
    }
    return v.length();
  }

  /** Arbitrary bytes, mostly not JSON at all. */
  public static Arbitrary<Case> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(3000).map(b -> new Case("random bytes", b, null));
  }

  /** A valid request cut short, or with one character deleted, inserted or replaced. */
  public static Arbitrary<Case> malformed() {
    String v = valid("article-1");
    Arbitrary<Integer> position = Arbitraries.integers().between(0, v.length() - 1);
    Arbitrary<Character> junk = Arbitraries.of('{', '}', '[', ']', '"', ',', ':', '\\', 'x', '0', ' ');
    Arbitrary<Case> truncated = position.map(p -> new Case("truncated", utf8(v.substring(0, p)), null));
    Arbitrary<Case> deleted = position.filter(p -> !" ".equals(v.substring(p, p + 1)))
        .map(p -> new Case("deleted char", utf8(v.substring(0, p) + v.substring(p + 1)), null));
    Arbitrary<Case> inserted = Combinators.combine(position, junk).as((p, c) -> new Case("inserted char", utf8(v.substring(0, p) + c + v.substring(p)), null));
    Arbitrary<Case> trailing = Arbitraries.of("{}", "[]", "x", "\"tail\"", "1").map(t -> new Case("trailing data", utf8(v + t), "$"));
    Arbitrary<Case> notAnObject = Arbitraries.of("[]", "[" + v + "]", "\"text\"", "42", "true", "null", "", "   ")
        .map(t -> new Case("not an object", utf8(t), "$"));
    // A deleted or inserted character can leave valid JSON (a space, a digit in a value); keep only the broken ones.
    return Arbitraries.oneOf(truncated, deleted, inserted, trailing, notAnObject).filter(c -> !parses(c.body()));
  }

  /** A string field given a number, a boolean, an array or an object; or author given a non-object. */
  public static Arbitrary<Case> wrongTypes() {
    Arbitrary<String> wrong = Arbitraries.of("42", "-1.5e300", "true", "false", "[]", "[\"a\"]", "{}", "{\"x\":\"y\"}");
    Arbitrary<Case> field = Combinators.combine(Arbitraries.of(STRING_FIELDS), wrong)
        .as((f, w) -> new Case("wrong type", utf8(with(f, w)), f));
    Arbitrary<Case> author = Arbitraries.of("\"Ada\"", "42", "[]", "true")
        .map(w -> new Case("author not an object", utf8(with("author", w)), "author"));
    return Arbitraries.oneOf(field, author);
  }

  /** Strings over each field's limit: the body past 10,000 code points, other fields past a few hundred characters. */
  public static Arbitrary<Case> hugeStrings() {
    Arbitrary<Case> body = Arbitraries.integers().between(10_001, 30_000)
        .map(n -> new Case("huge body", utf8(with("body", "\"" + "\uD83D\uDE00".repeat(n) + "\"")), "body"));
    Arbitrary<Case> other = Combinators.combine(Arbitraries.of(SINGLE_LINE_FIELDS), Arbitraries.integers().between(2_049, 20_000))
        .as((f, n) -> new Case("huge " + f, utf8(with(f, "\"" + "a".repeat(n) + "\"")), f));
    return Arbitraries.oneOf(body, other);
  }

  /** Malformed UTF-8 inside a string value: overlong forms, encoded surrogates, stray continuation bytes, truncated sequences. */
  public static Arbitrary<Case> invalidUtf8() {
    Arbitrary<byte[]> bad = Arbitraries.of(
        new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80},
        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80},
        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    return Combinators.combine(Arbitraries.of(STRING_FIELDS.stream().filter(f -> !f.equals("submittedAt")).toList()), bad)
        .as((f, b) -> {
          String marker = "\"MARK\"";
          byte[] json = utf8(with(f, marker));
          return new Case("invalid UTF-8", splice(json, "MARK", b), f);
        });
  }

  /** A control character (Unicode Cc), raw or as a JSON escape, in any field; the body allows only newline, CR and tab. */
  public static Arbitrary<Case> controls() {
    Arbitrary<Character> cc = Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\n' && c != '\r' && c != '\t');
    Arbitrary<Character> c1 = Arbitraries.chars().range('\u007F', '\u009F');
    Arbitrary<Character> any = Arbitraries.oneOf(cc, c1);
    return Combinators.combine(Arbitraries.of(STRING_FIELDS), any, Arbitraries.of(true, false))
        .as((f, c, escaped) -> {
          String value = escaped ? String.format("\\u%04x", (int) c) : String.valueOf(c);
          return new Case("control U+" + String.format("%04X", (int) c) + (escaped ? " escaped" : " raw"),
              utf8(with(f, "\"ab" + value + "cd\"")), f);
        });
  }

  /** Bidi embedding, override or isolate characters, raw or escaped, in a single-line field. */
  public static Arbitrary<Case> bidiInSingleLineFields() {
    return Combinators.combine(Arbitraries.of(SINGLE_LINE_FIELDS), Arbitraries.of(BIDI_CONTROLS), Arbitraries.of(true, false))
        .as((f, c, escaped) -> {
          String value = escaped ? String.format("\\u%04x", (int) c) : String.valueOf(c);
          return new Case("bidi U+" + String.format("%04X", (int) c) + (escaped ? " escaped" : " raw"),
              utf8(with(f, "\"ab" + value + "cd\"")), f);
        });
  }

  /** Unpaired surrogates written as JSON escapes, which decode to no valid text. */
  public static Arbitrary<Case> loneSurrogates() {
    return Combinators.combine(Arbitraries.of(STRING_FIELDS), Arbitraries.of("\\ud800", "\\udfff", "\\ude00x", "x\\ud83d"))
        .as((f, s) -> new Case("lone surrogate " + s, utf8(with(f, "\"a" + s + "b\"")), f));
  }

  /** Arrays or objects nested far deeper than any request needs, at the top or in a field. */
  public static Arbitrary<Case> deepNesting() {
    return Combinators.combine(Arbitraries.integers().between(1_001, 20_000), Arbitraries.of(true, false), Arbitraries.of("body", "author", "$"))
        .as((depth, arrays, where) -> {
          String open = arrays ? "[" : "{\"a\":";
          String close = arrays ? "]" : "}";
          String nested = open.repeat(depth) + "1" + close.repeat(depth);
          String json = where.equals("$") ? nested : with(where, nested);
          return new Case("nesting depth " + depth, utf8(json), null);
        });
  }

  /** A key given twice, at the top or inside author, with the same or a different value. */
  public static Arbitrary<Case> duplicateKeys() {
    return Combinators.combine(Arbitraries.of(STRING_FIELDS), Arbitraries.of("\"same\"", "\"other\"", "null", "7"))
        .as((f, second) -> {
          String v = valid("article-1");
          String name = f.contains(".") ? f.substring(f.indexOf('.') + 1) : f;
          String dup = "\"" + name + "\":" + second + ",";
          int at = f.contains(".") ? v.indexOf("{", v.indexOf("\"author\"")) + 1 : 1;
          return new Case("duplicate key " + f, utf8(v.substring(0, at) + dup + v.substring(at)), null);
        });
  }

  /** Everything above, for a property over all hostile input. */
  public static Arbitrary<Case> any() {
    return Arbitraries.oneOf(randomBytes(), malformed(), wrongTypes(), hugeStrings(), invalidUtf8(), controls(), loneSurrogates(),
        deepNesting(), duplicateKeys());
  }

  static boolean parses(byte[] body) {
    try {
      CommentParser.parse(body);
      return true;
    } catch (InvalidComment e) {
      return false;
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] splice(byte[] json, String marker, byte[] insert) {
    String s = new String(json, StandardCharsets.UTF_8);
    int at = s.indexOf(marker);
    byte[] before = utf8(s.substring(0, at));
    byte[] after = utf8(s.substring(at + marker.length()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before);
    out.writeBytes(insert);
    out.writeBytes(after);
    return out.toByteArray();
  }
}
