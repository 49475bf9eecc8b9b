package io.commentmod.events;

import java.time.Instant;

/**
 * A record that could not be processed, with the reason. {@code value} is the original value
 * as text (UTF-8, replacement characters where undecodable), cut to a bounded excerpt.
 */
public record DeadLetter(
    String sourceTopic, int partition, long offset, String key, String value, String reason, String stage, Instant failedAt) {
  /** Longest value excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 4096;

  public static String excerpt(byte[] raw) {
    if (raw == null) return null;
    String s = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
    return s.length() <= MAX_EXCERPT ? s : s.substring(0, MAX_EXCERPT) + "…";
  }
}
