package io.commentmod.moderation.topology;

/** Names of the topology's own state stores (the moderator declares its own through StateSpecs). */
public final class StoreNames {
  private StoreNames() {}

  /** Comments waiting for a moderator, keyed by comment id; value: the verdict that held them. */
  public static final String REVIEW_QUEUE = "review-queue";

  /** The lifecycle status of every comment seen, keyed by id; also how duplicates are recognised. */
  public static final String COMMENT_STATUS = "comment-status";

  /** Claims, pending decisions and escalations of queued comments ({@link ReviewMeta}), keyed by comment id. */
  public static final String REVIEW_META = "review-meta";

  /** The audit log ({@code ActionAudited}), keyed by {@link AuditLog#key}: time order within a task. */
  public static final String AUDIT_LOG = "audit-log";

  /** Each author's recent comments and their outcomes ({@link AuthorComments}), keyed by {@link AuthorKeys}. */
  public static final String AUTHOR_HISTORY = "author-history";

  /** Which author wrote a comment (comment id to author key), to update history on removal. */
  public static final String COMMENT_AUTHOR = "comment-author";

  /** Per check, moderator decisions on comments it held and how many were approved ({@link CheckStats}). */
  public static final String CHECK_STATS = "check-stats";

  /**
   * Urgent comments by the time they were held ({@link AuditLog#key}, value: comment id), so the
   * escalation alarm reads only the ones now due instead of the whole queue every second.
   * Entries of comments decided meanwhile are dropped when they come due.
   */
  public static final String URGENT_HELD = "urgent-held";

  /** Approved comments of the last days ({@link RecentApproval}), keyed by comment id. */
  public static final String RECENT_APPROVALS = "recent-approvals";

  /**
   * Recent approvals by time ({@link AuditLog#key} of the approval, value: comment id), so pruning
   * deletes a range and the console reads the newest first, instead of scanning every approval.
   */
  public static final String RECENT_BY_TIME = "recent-by-time";

  /**
   * Moderators' spam labels ({@code SpamLabelled} bytes), keyed by comment id: a global store,
   * the whole labels topic on every instance; the classifier's learned layer is built from it.
   */
  public static final String SPAM_LABELS = "spam-labels";

  /**
   * Every moderation task's cross-comment state ({@code CrowdStateChanged} bytes), keyed by
   * {@link CrowdRows}: a global store, the whole {@code moderation.crowd} topic on every instance;
   * the crowd checks' cluster view.
   */
  public static final String CROWD = "crowd";
}
