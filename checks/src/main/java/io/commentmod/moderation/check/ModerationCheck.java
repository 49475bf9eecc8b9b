package io.commentmod.moderation.check;

/** One moderation check: reads a comment and reports what it found. No Kafka types, no I/O. */
public interface ModerationCheck {
  /** Adds this check's findings on {@code text} to {@code findings}. */
  void inspect(CommentText text, Findings findings);
}
