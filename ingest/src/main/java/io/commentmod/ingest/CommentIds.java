package io.commentmod.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Comment ids. A retry carries the same {@code Idempotency-Key} header (or, without one, the same
 * {@code siteCommentId}), so the id is a name-based UUID of the caller's key fingerprint and that
 * value: the same retry from the same caller always lands on the same id, and two callers never collide.
 */
final class CommentIds {
  private CommentIds() {}

  /** The id a retry would get again, or empty when the request carries nothing to derive it from. */
  static Optional<String> derived(String keyFingerprint, String idempotencyKey, String siteCommentId) {
    if (idempotencyKey != null) return Optional.of(nameBased(keyFingerprint + "|key|" + idempotencyKey));
    if (siteCommentId != null) return Optional.of(nameBased(keyFingerprint + "|site|" + siteCommentId));
    return Optional.empty();
  }

  static String random() {
    return UUID.randomUUID().toString();
  }

  private static String nameBased(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
