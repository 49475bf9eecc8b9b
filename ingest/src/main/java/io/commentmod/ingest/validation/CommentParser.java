package io.commentmod.ingest.validation;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.commentmod.events.Author;
import io.commentmod.events.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a request body into a {@link CommentRequest} or an {@link InvalidComment} naming every bad
 * field. The body must be strict UTF-8 JSON: one object, no duplicate keys, no trailing data.
 * Unknown fields are ignored. Lengths count UTF-16 chars except the comment body, which counts
 * Unicode code points (an emoji is one), up to {@link #MAX_BODY_CODE_POINTS}.
 */
public final class CommentParser {
  public static final int MAX_BODY_CODE_POINTS = io.commentmod.events.CommentSubmitted.MAX_BODY_CODE_POINTS;

  private static final ObjectReader READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private CommentParser() {}

  public static CommentRequest parse(byte[] json) throws InvalidComment {
    JsonNode root = readObject(decodeUtf8(json));
    Fields f = new Fields(root);
    String articleId = f.text("articleId", true, 200, false, TextRules::articleId);
    JsonNode authorNode = root.get("author");
    Author author = null;
    if (authorNode == null || authorNode.isNull()) {
      f.error("author", "is required");
    } else if (!authorNode.isObject()) {
      f.error("author", "must be an object");
    } else {
      Fields a = f.nested("author", authorNode);
      author = new Author(
          a.text("name", true, 100, false, s -> Optional.empty()),
          a.text("email", true, 254, false, TextRules::email),
          a.text("ip", false, 45, false, TextRules::ip),
          a.text("userAgent", false, 512, false, s -> Optional.empty()),
          a.text("url", false, 2048, false, TextRules::httpUrl));
    }
    String body = f.text("body", true, Integer.MAX_VALUE, true, CommentParser::bodyLength);
    String parentId = f.text("parentId", false, 200, false, s -> Optional.empty());
    String submittedAtText = f.text("submittedAt", false, 64, false, CommentParser::instant);
    String siteCommentId = f.text("siteCommentId", false, 200, false, s -> Optional.empty());
    if (!f.errors.isEmpty()) throw new InvalidComment(f.errors);
    Instant submittedAt = submittedAtText == null ? null : DateTimeFormatter.ISO_INSTANT.parse(submittedAtText, Instant::from);
    return new CommentRequest(articleId, author, body, parentId, submittedAt, siteCommentId);
  }

  /** Strict decoding: Jackson alone would guess UTF-16/32 and let some malformed sequences through. */
  private static String decodeUtf8(byte[] json) throws InvalidComment {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json);
    CharBuffer out = CharBuffer.allocate(json.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) throw new InvalidComment(JsonPaths.atByte(json, in.position()), "is not valid UTF-8");
    decoder.flush(out);
    String s = out.flip().toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static JsonNode readObject(String text) throws InvalidComment {
    JsonNode root;
    try {
      root = READER.readTree(text);
    } catch (StreamReadException e) {
      throw new InvalidComment(JsonPaths.of(e), "is not valid JSON: " + firstLine(e.getOriginalMessage()));
    } catch (MismatchedInputException e) {
      // Jackson's own wording here names its classes and features; say it in the client's terms.
      throw new InvalidComment(JsonPaths.ROOT, "is not valid JSON: unexpected data after the JSON object");
    } catch (IOException e) {
      throw new InvalidComment(JsonPaths.ROOT, "is not valid JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) throw new InvalidComment(JsonPaths.ROOT, "request body is empty; send a JSON object");
    if (!root.isObject()) throw new InvalidComment(JsonPaths.ROOT, "must be a JSON object");
    return root;
  }

  private static String firstLine(String message) {
    if (message == null) return "malformed";
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static Optional<String> bodyLength(String body) {
    if (body.strip().isEmpty()) return Optional.of("must not be blank");
    int n = body.codePointCount(0, body.length());
    return n > MAX_BODY_CODE_POINTS
        ? Optional.of("must be at most " + MAX_BODY_CODE_POINTS + " characters (Unicode code points), got " + n)
        : Optional.empty();
  }

  private static Optional<String> instant(String s) {
    try {
      DateTimeFormatter.ISO_INSTANT.parse(s);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("must be an ISO-8601 instant like 2024-05-01T12:00:00Z");
    }
  }

  /** Reads string fields of one object, collecting errors under a path prefix. */
  private static final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final List<FieldError> errors;

    Fields(JsonNode node) {
      this(node, "", new ArrayList<>());
    }

    private Fields(JsonNode node, String prefix, List<FieldError> errors) {
      this.node = node;
      this.prefix = prefix;
      this.errors = errors;
    }

    Fields nested(String name, JsonNode child) {
      return new Fields(child, prefix + name + ".", errors);
    }

    void error(String name, String message) {
      errors.add(new FieldError(prefix + name, message));
    }

    /** The value, or null when absent (JSON null counts as absent) or invalid. */
    String text(String name, boolean required, int maxChars, boolean isBody, Function<String, Optional<String>> rule) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        if (required) error(name, "is required");
        return null;
      }
      if (!v.isTextual()) {
        error(name, "must be a string");
        return null;
      }
      String s = v.textValue();
      Optional<String> problem = TextRules.wellFormed(s)
          .or(() -> TextRules.noControls(s, isBody))
          .or(() -> !isBody && s.isBlank() ? Optional.of("must not be blank") : Optional.empty())
          .or(() -> s.length() > maxChars ? Optional.of("must be at most " + maxChars + " characters") : Optional.empty())
          .or(() -> rule.apply(s));
      problem.ifPresent(m -> error(name, m));
      return problem.isPresent() ? null : s;
    }
  }
}
