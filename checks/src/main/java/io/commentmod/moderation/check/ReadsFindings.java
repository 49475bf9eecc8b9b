package io.commentmod.moderation.check;

/**
 * A check that reads findings other checks have already added. It names those checks, and a moderator
 * refuses a list that runs it before one of them ({@link CheckOrder}): otherwise it would silently read
 * nothing from them and judge differently.
 */
public interface ReadsFindings {
  /** Whether this check reads the findings of {@code other}, which must then run before it. */
  boolean readsFindingsOf(ModerationCheck other);
}
