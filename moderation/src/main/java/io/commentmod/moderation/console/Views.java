package io.commentmod.moderation.console;

import io.commentmod.events.Flag;
import io.commentmod.moderation.topology.AuthorComments;
import io.commentmod.moderation.topology.CheckStats;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the console's JSON API answers; every text field is untrusted and shown as text only. */
final class Views {
  private Views() {}

  record Item(String id, String queue, String articleId, AuthorView author, String body, List<Flag> flags, Instant heldAt,
      double severity, ClaimView claim, PendingView pending, Instant escalatedAt, List<AuthorComments.Entry> history) {}

  record AuthorView(String name, String email, String key) {}

  record ClaimView(String moderator, Instant expiresAt) {}

  record PendingView(String action, String moderator, String reason, Instant applyAt) {}

  /** Every queue whole, urgent first; {@code incomplete} names instances that did not answer. */
  record Board(Instant now, Map<String, List<Item>> queues, int escalated, long deadLetters, List<String> incomplete) {}

  record CheckRow(String check, long decided, long overturned, double overturnRate) {
    static CheckRow of(String check, CheckStats s) {
      return new CheckRow(check, s.decided(), s.overturned(), s.decided() == 0 ? 0 : (double) s.overturned() / s.decided());
    }
  }

  /** What moderators' spam labels taught the classifier: the same on every instance (all read every label). */
  record Learning(int spamLabels, int notSpamLabels) {}

  record SessionView(String moderator, String csrf, long undoSeconds, long claimSeconds, long alarmSeconds,
      List<String> rejectReasons) {}
}
