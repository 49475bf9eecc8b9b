package io.commentmod.site;

import java.time.Instant;

/** A comment as the site stores and shows it. {@code body} and {@code authorName} are untrusted text. */
record PublishedComment(
    String id, String articleId, String parentId, String authorName, String body, Instant submittedAt, Instant approvedAt, Instant publishedAt) {}
