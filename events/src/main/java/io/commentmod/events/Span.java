package io.commentmod.events;

/** A half-open range {@code [start, end)} of UTF-16 indexes into the comment's original body. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
  }
}
