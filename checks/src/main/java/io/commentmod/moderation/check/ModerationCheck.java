package io.commentmod.moderation.check;

/** One moderation check: reads a comment and reports what it found. No Kafka types, no I/O. */
public interface ModerationCheck {
  /** Adds this check's findings on {@code text} to {@code findings}. */
  void inspect(CommentText text, Findings findings);

  /**
   * The flag a comment is held under when this check fails on it (throws): a person reads it in
   * that flag's queue instead of it being published unread. Spam by default; the health checks
   * hold under their own flag (self-harm: when unsure, the urgent queue).
   */
  default io.commentmod.events.FlagName heldAsOnFailure() {
    return io.commentmod.events.FlagName.SPAM;
  }
}
