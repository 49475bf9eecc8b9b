package io.commentmod.ingest.validation;

import java.util.List;

/** The request cannot become a comment; {@link #errors()} names every bad field found. */
public final class InvalidComment extends Exception {
  private final List<FieldError> errors;

  InvalidComment(List<FieldError> errors) {
    super(errors.size() + " invalid field(s): " + errors, null, false, false);
    this.errors = List.copyOf(errors);
  }

  InvalidComment(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
