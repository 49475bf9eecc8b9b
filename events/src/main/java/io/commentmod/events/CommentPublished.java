package io.commentmod.events;

import java.time.Instant;

/** Receipt: the site accepted the comment ({@code siteStatus} is its HTTP status) after {@code attempts} tries. */
public record CommentPublished(String id, String articleId, int siteStatus, int attempts, Instant publishedAt) {}
