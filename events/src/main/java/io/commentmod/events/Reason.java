package io.commentmod.events;

import java.util.List;

/** Why a flag was raised: the check that found it, what it found, and where in the body. */
public record Reason(String check, String detail, List<Span> spans) {
  public Reason {
    spans = spans == null ? List.of() : List.copyOf(spans);
  }
}
