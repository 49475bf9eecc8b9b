package io.commentmod.moderation.console;

import io.commentmod.events.ActionAudited;
import java.util.Locale;
import java.util.function.Predicate;

/** The audit view's search: every word must appear in the moderator, action, comment id, reason or outcome. */
final class AuditFilter {
  private AuditFilter() {}

  static Predicate<ActionAudited> of(String query) {
    if (query == null || query.isBlank()) return a -> true;
    String[] words = query.toLowerCase(Locale.ROOT).trim().split("\\s+");
    return a -> {
      String text = (a.moderator() + " " + a.action() + " " + a.commentId() + " " + a.reason() + " " + a.outcome()).toLowerCase(Locale.ROOT);
      for (String w : words) if (!text.contains(w)) return false;
      return true;
    };
  }
}
