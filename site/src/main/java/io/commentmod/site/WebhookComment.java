package io.commentmod.site;

import java.time.Instant;

/** The publisher's webhook body. Untrusted until the signature checked out, and its text untrusted always. */
record WebhookComment(String id, String articleId, String parentId, Author author, String body, Instant submittedAt, Instant approvedAt) {
  record Author(String name) {}

  /** What is wrong with it, or null when it can be stored. */
  String problem() {
    if (blank(id) || id.length() > 200) return "id is required (at most 200 characters)";
    if (blank(articleId) || articleId.length() > 200) return "articleId is required (at most 200 characters)";
    if (blank(body) || body.length() > 100_000) return "body is required (at most 100000 characters)";
    if (author != null && author.name() != null && author.name().length() > 1000) return "author.name must be at most 1000 characters";
    return null;
  }

  PublishedComment toPublished(Instant publishedAt) {
    return new PublishedComment(id, articleId, parentId, author == null ? null : author.name(), body, submittedAt, approvedAt, publishedAt);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
