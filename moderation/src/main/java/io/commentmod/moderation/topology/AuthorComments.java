package io.commentmod.moderation.topology;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An author's recent comments and how each was decided, newest first, at most {@link #MAX}.
 * Kept per task: with several partitions an author's history is the union of every task's entries.
 */
public record AuthorComments(List<Entry> entries) {
  public static final int MAX = 20;
  static final int EXCERPT = 200;

  public AuthorComments {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  /**
   * One comment: {@code status} is in_review, approved, rejected or removed; {@code by} is "auto"
   * or the moderator; {@code queue} is set while in review.
   */
  public record Entry(String commentId, String articleId, String excerpt, String status, String queue, String reason, String by,
      Instant at) {}

  /** This history with {@code e} replacing any entry for the same comment. */
  AuthorComments with(Entry e) {
    List<Entry> next = new ArrayList<>(entries.size() + 1);
    next.add(e);
    for (Entry old : entries) if (!old.commentId().equals(e.commentId())) next.add(old);
    next.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
    return new AuthorComments(next.size() > MAX ? next.subList(0, MAX) : next);
  }

  Entry find(String commentId) {
    for (Entry e : entries) if (e.commentId().equals(commentId)) return e;
    return null;
  }

  static String excerpt(String body) {
    if (body == null) return "";
    return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT) + "…";
  }

  /** Merges histories of one author kept by different tasks: newest first, one entry per comment. */
  public static AuthorComments merge(List<AuthorComments> parts) {
    AuthorComments all = new AuthorComments(List.of());
    List<Entry> flat = new ArrayList<>();
    for (AuthorComments p : parts) if (p != null) flat.addAll(p.entries());
    flat.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    for (Entry e : flat) all = all.with(e);
    return all;
  }
}
