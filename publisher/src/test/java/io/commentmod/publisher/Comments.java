package io.commentmod.publisher;

import io.commentmod.events.Author;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentSubmitted;
import java.time.Instant;
import java.util.UUID;

/** Approved comments for tests, with ids unique to the run. */
final class Comments {
  static final Instant SUBMITTED = Instant.parse("2026-03-01T10:00:00Z");

  private Comments() {}

  static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID();
  }

  static CommentApproved approved(String id, String articleId, String body) {
    var author = new Author("Ada", "ada@example.org", "203.0.113.9", "Mozilla/5.0", null);
    var submitted = new CommentSubmitted(id, articleId, author, body, null, SUBMITTED, null, null, Instant.now().minusSeconds(2));
    return new CommentApproved(id, submitted, "auto", Instant.now());
  }
}
