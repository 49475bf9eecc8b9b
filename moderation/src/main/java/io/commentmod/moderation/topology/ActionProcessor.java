package io.commentmod.moderation.topology;

import io.commentmod.events.CommentRetracted;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.ModeratorActed;
import io.commentmod.events.Status;
import io.commentmod.events.Topics;
import io.commentmod.logging.CommentContext;
import io.commentmod.moderation.engine.Moderator;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Applies moderators' actions other than decisions. A claim marks a held comment as taken for the
 * claim's lifetime (the first live claim wins; its holder may renew it); a release gives it back;
 * an undo takes back the moderator's own decision while it is still pending; a removal retracts
 * an approved or published comment: a {@link CommentRetracted} for the publisher and the status
 * rejected with the reason "removed after publication: ...". Every action is audited with its
 * outcome, except that a successful undo shows as the outcome of the decision it took back and a
 * claim's renewal by its holder is not repeated.
 */
final class ActionProcessor implements Processor<String, byte[], String, Object> {
  static final String REMOVED_PREFIX = "removed after publication: ";

  private final Supplier<Moderator> moderator;
  private final Clock clock;
  private final TopologyListener listener;
  private final TopologyOptions options;
  private ProcessorContext<String, Object> ctx;
  private ReviewDesk desk;

  ActionProcessor(Supplier<Moderator> moderator, Clock clock, TopologyListener listener, TopologyOptions options) {
    this.moderator = moderator;
    this.clock = clock;
    this.listener = listener;
    this.options = options;
  }

  @Override
  public void init(ProcessorContext<String, Object> context) {
    this.ctx = context;
    this.desk = new ReviewDesk(context, moderator, listener);
  }

  @Override
  public void process(Record<String, byte[]> rec) {
    try (var log = CommentContext.of(rec.key())) {
      handle(rec);
    }
  }

  private void handle(Record<String, byte[]> rec) {
    Instant now = clock.instant();
    ModeratorActed a = DeadLetters.decode(ctx, rec, Topics.ACTIONS.valueSerde(), "action",
        v -> v == null || v.commentId() == null || v.action() == null || v.moderator() == null
            ? "action needs commentId, action and moderator" : DeadLetters.keyMismatch(rec.key(), v.commentId()),
        now, listener);
    if (a == null) return;
    String outcome = switch (a.action()) {
      case CLAIM -> claim(a, now);
      case RELEASE -> release(a, now);
      case UNDO -> undo(a, now);
      case REMOVE -> remove(a, now, rec.timestamp());
    };
    if (outcome != null) {
      String auditId = a.actionId() == null ? a.action().wire() + "-" + a.commentId() + "-" + now.toEpochMilli() : a.actionId();
      desk.audit(auditId, a.commentId(), a.moderator(), a.action().wire(), a.reason(), outcome, a.actedAt(), now);
    }
  }

  /** @return the audit outcome, or null for a renewal by the claim's holder (not audited) */
  private String claim(ModeratorActed a, Instant now) {
    String id = a.commentId();
    if (desk.queue.get(id) == null) return "ignored: not in a review queue";
    ReviewMeta m = desk.meta(id);
    if (m.pending() != null) return "ignored: a decision is pending";
    ReviewMeta.Claim current = m.claimAt(now);
    if (current != null && !current.moderator().equals(a.moderator())) {
      return "refused: claimed by " + current.moderator();
    }
    Instant until = now.plus(options.claimTtl());
    desk.putMeta(id, m.withClaim(new ReviewMeta.Claim(a.moderator(), current == null ? now : current.claimedAt(), until)));
    desk.changed(id);
    return current == null ? "claimed for " + AuditLog.human(options.claimTtl()) : null;
  }

  private String release(ModeratorActed a, Instant now) {
    String id = a.commentId();
    ReviewMeta m = desk.meta(id);
    ReviewMeta.Claim current = m.claimAt(now);
    if (current == null || !current.moderator().equals(a.moderator())) return null;
    desk.putMeta(id, m.withClaim(null));
    desk.changed(id);
    return "released";
  }

  private String undo(ModeratorActed a, Instant now) {
    String id = a.commentId();
    ReviewMeta m = desk.meta(id);
    if (m.pending() == null) {
      CommentStatus st = desk.statuses.get(id);
      return "refused: no pending decision" + (st == null ? "" : " (status " + st.status().wire() + ")");
    }
    var d = m.pending().decision();
    if (!d.moderator().equals(a.moderator())) return "refused: the pending decision is " + d.moderator() + "'s";
    desk.putMeta(id, m.withPending(null));
    desk.changed(id);
    desk.auditDecision(d, "undone within the undo window; back in the queue", now);
    return null; // the decision's own audit line says it was undone
  }

  private String remove(ModeratorActed a, Instant now, long ts) {
    String id = a.commentId();
    CommentStatus st = desk.statuses.get(id);
    if (st == null) return "ignored: no comment with this id";
    if (st.status() != Status.APPROVED && st.status() != Status.PUBLISHED) {
      return "ignored: status is " + st.status().wire() + ", only approved or published comments can be removed";
    }
    String why = a.reason() == null || a.reason().isBlank() ? "removed by a moderator" : a.reason();
    desk.forward(Sinks.RETRACTED, id, new CommentRetracted(id, st.articleId(), a.moderator(), why, now), ts);
    CommentStatus next = new CommentStatus(id, st.articleId(), Status.REJECTED, null, st.flags(), REMOVED_PREFIX + why, now);
    desk.statuses.put(id, next);
    desk.forward(Sinks.STATUS, id, next, ts);
    desk.rememberOutcome(id, "removed", why, a.moderator(), now);
    RecentApproval r = desk.recent.get(id);
    if (r != null) desk.recent.put(id, r.withStatus("removed", a.moderator(), why));
    desk.changed(id);
    return "retracted from the site (was " + st.status().wire() + ")";
  }
}
