package io.commentmod.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a moderator decided about a held comment. */
public enum DecisionAction {
  APPROVE("approve"),
  REJECT("reject");

  private final String wire;

  DecisionAction(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
