package io.commentmod.moderation.topology;

import io.commentmod.events.ActionAudited;
import io.commentmod.events.CommentApproved;
import io.commentmod.events.CommentModerated;
import io.commentmod.events.CommentRejected;
import io.commentmod.events.CommentStatus;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.events.SpamLabelled;
import io.commentmod.events.Status;
import io.commentmod.moderation.engine.Moderator;
import io.commentmod.moderation.training.SpamLabels;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stores a moderator's work touches, and the steps every processor shares: applying a
 * decision, writing the audit log, keeping author histories and overturn counts.
 */
final class ReviewDesk {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewDesk.class);

  /** Every store the desk uses; each processor that uses a desk is connected to all of them. */
  static final List<String> STORES = List.of(StoreNames.REVIEW_QUEUE, StoreNames.COMMENT_STATUS, StoreNames.REVIEW_META,
      StoreNames.AUDIT_LOG, StoreNames.AUTHOR_HISTORY, StoreNames.COMMENT_AUTHOR, StoreNames.CHECK_STATS,
      StoreNames.RECENT_APPROVALS, StoreNames.RECENT_BY_TIME, StoreNames.URGENT_HELD);

  final ProcessorContext<String, Object> ctx;
  final KeyValueStore<String, CommentModerated> queue;
  final KeyValueStore<String, CommentStatus> statuses;
  final KeyValueStore<String, ReviewMeta> metas;
  final KeyValueStore<String, ActionAudited> audit;
  final KeyValueStore<String, AuthorComments> authors;
  final KeyValueStore<String, String> commentAuthors;
  final KeyValueStore<String, CheckStats> stats;
  final KeyValueStore<String, RecentApproval> recent;
  final KeyValueStore<String, String> recentByTime;
  final KeyValueStore<String, String> urgentHeld;
  private final Supplier<Moderator> moderator;
  private final TopologyListener listener;
  private final StreamsModerationState state;

  ReviewDesk(ProcessorContext<String, Object> ctx, Supplier<Moderator> moderator, TopologyListener listener) {
    this.ctx = ctx;
    this.queue = ctx.getStateStore(StoreNames.REVIEW_QUEUE);
    this.statuses = ctx.getStateStore(StoreNames.COMMENT_STATUS);
    this.metas = ctx.getStateStore(StoreNames.REVIEW_META);
    this.audit = ctx.getStateStore(StoreNames.AUDIT_LOG);
    this.authors = ctx.getStateStore(StoreNames.AUTHOR_HISTORY);
    this.commentAuthors = ctx.getStateStore(StoreNames.COMMENT_AUTHOR);
    this.stats = ctx.getStateStore(StoreNames.CHECK_STATS);
    this.recent = ctx.getStateStore(StoreNames.RECENT_APPROVALS);
    this.recentByTime = ctx.getStateStore(StoreNames.RECENT_BY_TIME);
    this.urgentHeld = ctx.getStateStore(StoreNames.URGENT_HELD);
    this.moderator = moderator;
    this.listener = listener;
    this.state = new StreamsModerationState(ctx);
  }

  ReviewMeta meta(String id) {
    ReviewMeta m = metas.get(id);
    return m == null ? ReviewMeta.NONE : m;
  }

  void putMeta(String id, ReviewMeta m) {
    if (m.empty()) metas.delete(id);
    else metas.put(id, m);
  }

  void audit(String auditId, String commentId, String moderator, String action, String reason, String outcome, Instant at,
      Instant now) {
    ActionAudited e = AuditLog.entry(auditId, commentId, moderator, action, reason, outcome, at == null ? now : at);
    audit.put(AuditLog.key(now, auditId), e);
    forward(Sinks.AUDIT, commentId, e, now.toEpochMilli());
    listener.audited(e);
  }

  /** Audits a decision once, with how it ended ("applied", "undone ..."), under the moderator's own time. */
  void auditDecision(ModeratorDecided d, String outcome, Instant now) {
    String auditId = d.decisionId() == null ? "decision-" + d.commentId() + "-" + now.toEpochMilli() : d.decisionId();
    audit(auditId, d.commentId(), d.moderator(), AuditLog.actionName(d), d.reason(), outcome, d.decidedAt(), now);
  }

  /** Records the comment's current outcome in its author's history. */
  void remember(CommentSubmitted c, String status, Route inQueue, String reason, String by, Instant at) {
    String key = AuthorKeys.of(c.author());
    commentAuthors.put(c.id(), key);
    AuthorComments h = authors.get(key);
    AuthorComments.Entry e = new AuthorComments.Entry(c.id(), c.articleId(), AuthorComments.excerpt(c.body()), status,
        inQueue == null ? null : inQueue.wire(), reason, by, at);
    authors.put(key, (h == null ? new AuthorComments(List.of()) : h).with(e));
  }

  /** As {@link #remember} when only the comment id is at hand; does nothing for a comment never seen. */
  void rememberOutcome(String commentId, String status, String reason, String by, Instant at) {
    String key = commentAuthors.get(commentId);
    AuthorComments h = key == null ? null : authors.get(key);
    AuthorComments.Entry old = h == null ? null : h.find(commentId);
    if (old == null) return;
    authors.put(key, h.with(new AuthorComments.Entry(commentId, old.articleId(), old.excerpt(), status, null, reason, by, at)));
  }

  /** Puts a held comment in the review queue; urgent ones also in the escalation index. */
  void hold(CommentModerated verdict) {
    queue.put(verdict.id(), verdict);
    if (verdict.route() == Route.URGENT) urgentHeld.put(AuditLog.key(verdict.moderatedAt(), verdict.id()), verdict.id());
  }

  void rememberApproval(CommentSubmitted c, String by, Instant at) {
    recent.put(c.id(), new RecentApproval(c.id(), c.articleId(), c.author() == null ? null : c.author().name(), c.body(), by, at,
        Status.APPROVED.wire(), null, null));
    if (at != null) recentByTime.put(AuditLog.key(at, c.id()), c.id());
  }

  /** Applies a moderator's decision to a held comment: it leaves the queue for the publisher or the rejected topic. */
  void apply(ModeratorDecided d, CommentModerated held, Instant now, long ts) {
    CommentSubmitted c = held.comment();
    queue.delete(c.id());
    metas.delete(c.id());
    CommentStatus status;
    boolean approved = d.action() == DecisionAction.APPROVE;
    if (approved) {
      forward(Sinks.APPROVED, c.id(), new CommentApproved(c.id(), c, d.moderator(), now), ts);
      status = new CommentStatus(c.id(), c.articleId(), Status.APPROVED, null, held.flags(), null, now);
      rememberApproval(c, d.moderator(), now);
      remember(c, Status.APPROVED.wire(), null, d.reason(), d.moderator(), now);
    } else {
      String reason = d.reason() == null ? "rejected by a moderator" : d.reason();
      forward(Sinks.REJECTED, c.id(), new CommentRejected(c.id(), c, d.moderator(), reason, now), ts);
      status = new CommentStatus(c.id(), c.articleId(), Status.REJECTED, null, held.flags(), reason, now);
      remember(c, Status.REJECTED.wire(), null, reason, d.moderator(), now);
    }
    statuses.put(c.id(), status);
    forward(Sinks.STATUS, c.id(), status, ts);
    for (String check : checks(held.flags())) {
      CheckStats s = stats.get(check);
      stats.put(check, (s == null ? new CheckStats(0, 0) : s).add(approved));
    }
    try {
      moderator.get().learn(d, c, state);
    } catch (RuntimeException e) {
      LOG.warn("Moderator could not learn from decision {} on {}", d.decisionId(), c.id(), e);
    }
    // every instance's classifier learns it from the labels topic (SpamLabelProcessor), this one included
    SpamLabelled label = SpamLabels.label(d, c, heldAsSpam(held.flags()), now);
    if (label != null) forward(Sinks.SPAM_LABELS, c.id(), label, ts);
    listener.decision(d);
    listener.changed(c.id());
  }

  private static boolean heldAsSpam(List<Flag> flags) {
    for (Flag f : flags) if (f.name() == FlagName.SPAM) return true;
    return false;
  }

  static Set<String> checks(List<Flag> flags) {
    Set<String> names = new TreeSet<>();
    for (Flag f : flags) for (Reason r : f.reasons()) if (r.check() != null) names.add(r.check());
    return names;
  }

  void changed(String commentId) {
    listener.changed(commentId);
  }

  void forward(Sinks sink, String key, Object value, long ts) {
    ctx.forward(new Record<>(key, value, ts), sink.node());
  }
}
