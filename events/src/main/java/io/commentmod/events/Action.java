package io.commentmod.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** What moderation does with a comment on its route. */
public enum Action {
  APPROVE("approve"),
  REVIEW("review"),
  REJECT("reject");

  private final String wire;

  Action(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
