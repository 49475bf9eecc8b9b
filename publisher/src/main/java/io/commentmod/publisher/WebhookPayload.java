package io.commentmod.publisher;

import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentSubmitted;
import java.time.Instant;

/** What the site receives: the public part of a comment. Email, IP and user agent never leave the pipeline. */
record WebhookPayload(
    String id, String articleId, String parentId, Author author, String body, Instant submittedAt, Instant approvedAt) {

  record Author(String name) {}

  static WebhookPayload of(CommentApproved approved) {
    CommentSubmitted c = approved.comment();
    String name = c.author() == null ? null : c.author().name();
    return new WebhookPayload(approved.id(), c.articleId(), c.parentId(), new Author(name), c.body(), c.submittedAt(), approved.approvedAt());
  }
}
