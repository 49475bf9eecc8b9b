package io.commentmod.ingest.validation;

/** One problem with one input: {@code field} is a dotted path ({@code author.email}), a header name, or {@code $} for the whole document. */
public record FieldError(String field, String message) {}
