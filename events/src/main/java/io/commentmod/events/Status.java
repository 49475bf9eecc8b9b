package io.commentmod.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** A comment's lifecycle status as the site sees it. */
public enum Status {
  PENDING("pending"),
  IN_REVIEW("in_review"),
  APPROVED("approved"),
  REJECTED("rejected"),
  PUBLISHED("published");

  private final String wire;

  Status(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }
}
