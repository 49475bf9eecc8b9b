package io.commentmod.moderation.console;

import io.commentmod.moderation.topology.RecentApproval;
import java.util.Locale;
import java.util.function.Predicate;

/** The recently-approved view's search: the query, as typed, appears in the comment id, body, author name or article. */
final class RecentFilter {
  private RecentFilter() {}

  static Predicate<RecentApproval> of(String query) {
    String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) return r -> true;
    return r -> contains(r.id(), q) || contains(r.body(), q) || contains(r.authorName(), q) || contains(r.articleId(), q);
  }

  private static boolean contains(String s, String q) {
    return s != null && s.toLowerCase(Locale.ROOT).contains(q);
  }
}
