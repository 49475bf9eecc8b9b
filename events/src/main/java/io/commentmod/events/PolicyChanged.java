package io.commentmod.events;

import java.time.Instant;

/**
 * A new moderation policy for every running instance. {@code document} is the policy file's JSON
 * text (its schema belongs to the checks module); keyed by {@link #KEY} on a compacted topic, so
 * the latest policy is what a starting instance reads.
 */
public record PolicyChanged(String version, String document, String changedBy, Instant changedAt) {
  public static final String KEY = "policy";
}
