package io.commentmod.moderation.batch;

import com.fasterxml.jackson.databind.JsonNode;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads one JSON line as a submission (ingest's fields plus {@code id}; others ignored). A line
 * without {@code submittedAt} is given a synthetic time {@link #SPACING_SECONDS} after the previous
 * line's, so floods and waves see a steady stream in file order.
 */
final class Submissions {
  static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
  static final long SPACING_SECONDS = 30;

  private Submissions() {}

  static final class BadLine extends RuntimeException {
    BadLine(String m) {
      super(m);
    }
  }

  static CommentSubmitted parse(JsonNode n, int lineIndex) {
    if (n == null || !n.isObject()) throw new BadLine("line is not a JSON object");
    JsonNode body = n.get("body");
    if (body == null || !body.isTextual()) throw new BadLine("body: missing or not a string");
    JsonNode a = n.path("author");
    Author author = a.isObject()
        ? new Author(text(a, "name"), text(a, "email"), text(a, "ip"), text(a, "userAgent"), text(a, "url"))
        : new Author(null, null, null, null, null);
    Instant at = time(n, "submittedAt");
    Instant received = time(n, "receivedAt");
    if (at == null) at = received != null ? received : START.plusSeconds(SPACING_SECONDS * lineIndex);
    return new CommentSubmitted(text(n, "id"), text(n, "articleId"), author, body.asText(), text(n, "parentId"), at,
        text(n, "siteCommentId"), text(n, "idempotencyKey"), received == null ? at : received);
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant time(JsonNode n, String field) {
    String s = text(n, field);
    if (s == null) return null;
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new BadLine(field + ": not an ISO-8601 instant: " + s);
    }
  }
}
