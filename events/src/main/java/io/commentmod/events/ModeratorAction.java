package io.commentmod.events;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a moderator does to a comment besides deciding it: take it ({@code claim}) so others see
 * it is being handled, give it back ({@code release}), take back a decision still inside its undo
 * window ({@code undo}), or take an already published comment off the site ({@code remove}).
 */
public enum ModeratorAction {
  CLAIM("claim"),
  RELEASE("release"),
  UNDO("undo"),
  REMOVE("remove");

  private final String wire;

  ModeratorAction(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
