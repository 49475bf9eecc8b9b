package io.commentmod.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** The three things moderation looks for (see MODERATION_POLICY.md). */
public enum FlagName {
  SPAM("spam"),
  MEDICAL_ADVICE("medical_advice"),
  SELF_HARM("self_harm");

  private final String wire;

  FlagName(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  public static FlagName fromWire(String s) {
    for (FlagName f : values()) {
      if (f.wire.equals(s)) return f;
    }
    throw new IllegalArgumentException("unknown flag: " + s);
  }
}
