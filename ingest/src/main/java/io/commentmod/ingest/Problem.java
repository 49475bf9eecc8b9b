package io.commentmod.ingest;

import io.commentmod.ingest.validation.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem body, sent as {@code application/problem+json}. {@code errors} names each
 * bad field or header. Types are {@code about:blank} (title is the status phrase) except the two
 * problems particular to this API.
 */
record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
  static final String CONTENT_TYPE = "application/problem+json";
  static final String INVALID_COMMENT = "urn:commentmod:problem:invalid-comment";
  static final String IDEMPOTENCY_CONFLICT = "urn:commentmod:problem:idempotency-conflict";

  Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  static Problem invalidComment(List<FieldError> errors) {
    String detail = errors.size() == 1
        ? errors.get(0).field() + " " + errors.get(0).message()
        : errors.size() + " fields are invalid; see errors";
    return new Problem(INVALID_COMMENT, "Invalid comment", 400, detail, errors);
  }

  static Problem of(int status, String title, String field, String message) {
    return new Problem("about:blank", title, status, field + " " + message, List.of(new FieldError(field, message)));
  }

  static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, List.of());
  }
}
