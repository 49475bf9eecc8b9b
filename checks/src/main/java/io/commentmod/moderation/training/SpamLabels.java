package io.commentmod.moderation.training;

import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.SpamLabelled;
import java.time.Instant;
import java.util.Locale;

/**
 * Which moderators' decisions label a comment for the spam classifier: "mark as spam" (a rejection
 * with the reason {@value #SPAM}) is spam; "not spam" (an approval with the reason {@value
 * #NOT_SPAM}) and any approval of a comment held as spam are not spam. Other rejections (off topic,
 * medical advice, ...) and approvals of comments held for other reasons teach the classifier nothing.
 */
public final class SpamLabels {
  private SpamLabels() {}

  /** The reason of a rejection that means "mark as spam". */
  public static final String SPAM = "spam";

  /** The reason of an approval that means "not spam". */
  public static final String NOT_SPAM = "not spam";

  /** True for spam, false for not spam, null when the decision says nothing about spam. */
  public static Boolean of(DecisionAction action, String reason, boolean heldAsSpam) {
    String r = reason == null ? "" : reason.trim().toLowerCase(Locale.ROOT);
    if (action == DecisionAction.REJECT) return r.equals(SPAM) ? Boolean.TRUE : null;
    if (action == DecisionAction.APPROVE) return r.equals(NOT_SPAM) || heldAsSpam ? Boolean.FALSE : null;
    return null;
  }

  /** The label event for {@code decision} on {@code comment}, or null when it is not a spam label. */
  public static SpamLabelled label(ModeratorDecided decision, CommentSubmitted comment, boolean heldAsSpam, Instant now) {
    Boolean spam = of(decision.action(), decision.reason(), heldAsSpam);
    if (spam == null || comment.body() == null) return null;
    return new SpamLabelled(comment.id(), decision.decisionId(), spam, comment.body(), decision.moderator(), now);
  }

  /** Moves {@code layer} from {@code previous} (null if none) to {@code next} (null to forget): one label per comment. */
  public static void relabel(LearnedLayer layer, SpamLabelled previous, SpamLabelled next) {
    if (previous != null) layer.remove(previous.spam(), previous.text());
    if (next != null) layer.add(next.spam(), next.text());
  }
}
