package io.commentmod.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a comment goes, decided from its flags: exactly one per comment. */
public enum Route {
  APPROVED("approved"),
  SPAM("spam"),
  MEDICAL("medical"),
  URGENT("urgent");

  private final String wire;

  Route(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
