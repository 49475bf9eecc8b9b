package io.commentmod.moderation.topology;

/** Names of the topology's own state stores (the moderator declares its own through StateSpecs). */
public final class StoreNames {
  private StoreNames() {}

  /** Comments waiting for a moderator, keyed by comment id; value: the verdict that held them. */
  public static final String REVIEW_QUEUE = "review-queue";

  /** The lifecycle status of every comment seen, keyed by id; also how duplicates are recognised. */
  public static final String COMMENT_STATUS = "comment-status";
}
