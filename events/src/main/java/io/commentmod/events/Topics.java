package io.commentmod.events;

import java.util.List;

/** The topic catalogue: no topic name appears anywhere else in the code. */
public final class Topics {
  private Topics() {}

  /** Comments accepted by ingest (CommentSubmitted), keyed by comment id. */
  public static final Topic<CommentSubmitted> SUBMITTED =
      new Topic<>("comments.submitted", new JsonSerde<>(CommentSubmitted.class), false);

  /** Audit: exactly one verdict per comment. */
  public static final Topic<CommentModerated> VERDICTS =
      new Topic<>("comments.verdicts", new JsonSerde<>(CommentModerated.class), false);

  /** Cleared for publication; the publisher's input. */
  public static final Topic<CommentApproved> APPROVED =
      new Topic<>("comments.approved", new JsonSerde<>(CommentApproved.class), false);

  /** Rejected, automatically or by a moderator; never published. */
  public static final Topic<CommentRejected> REJECTED =
      new Topic<>("comments.rejected", new JsonSerde<>(CommentRejected.class), false);

  /** Moderators' decisions from the console, applied by the topology. */
  public static final Topic<ModeratorDecided> DECISIONS =
      new Topic<>("moderation.decisions", new JsonSerde<>(ModeratorDecided.class), false);

  /** Publisher receipts: the site accepted the comment. */
  public static final Topic<CommentPublished> PUBLISHED =
      new Topic<>("comments.published", new JsonSerde<>(CommentPublished.class), false);

  /** The status table, one row per comment id (compacted). */
  public static final Topic<CommentStatus> STATUS =
      new Topic<>("comments.status", new JsonSerde<>(CommentStatus.class), true);

  /** Records no stage could process, with the reason. */
  public static final Topic<DeadLetter> DEAD_LETTER =
      new Topic<>("comments.dead-letter", new JsonSerde<>(DeadLetter.class), false);

  /** The current moderation policy (compacted, one key): reaches every instance without a restart. */
  public static final Topic<PolicyChanged> POLICY =
      new Topic<>("moderation.policy", new JsonSerde<>(PolicyChanged.class), true);

  /** Published comments a moderator removed; the publisher retracts them from the site. */
  public static final Topic<CommentRetracted> RETRACTED =
      new Topic<>("comments.retracted", new JsonSerde<>(CommentRetracted.class), false);

  /** Moderators' claims, releases, undos and removals from the console, applied by the topology. */
  public static final Topic<ModeratorActed> ACTIONS =
      new Topic<>("moderation.actions", new JsonSerde<>(ModeratorActed.class), false);

  /** Audit log: every moderator decision and action the topology handled, with its outcome. */
  public static final Topic<ActionAudited> AUDIT =
      new Topic<>("moderation.audit", new JsonSerde<>(ActionAudited.class), false);

  /** Urgent comments that waited longer than the alarm allows. */
  public static final Topic<ReviewEscalated> ESCALATIONS =
      new Topic<>("moderation.escalations", new JsonSerde<>(ReviewEscalated.class), false);

  /**
   * Moderators' spam and not-spam labels (compacted, keyed by comment id: the latest label of each
   * comment): every moderation instance reads all of it into the classifier's learned layer.
   */
  public static final Topic<SpamLabelled> SPAM_LABELS =
      new Topic<>("moderation.spam-labels", new JsonSerde<>(SpamLabelled.class), true);

  /**
   * Cross-comment state of every moderation task (compacted; keyed by application, store, key and
   * partition, not by comment id): every moderation instance reads all of it into a global store,
   * so spam waves, floods and author histories are counted across partitions. Windowed rows are
   * deleted (tombstoned) by their task once their window has passed; author rows stay.
   */
  public static final Topic<CrowdStateChanged> CROWD =
      new Topic<>("moderation.crowd", new JsonSerde<>(CrowdStateChanged.class), true);

  /**
   * Retractions the publisher has taken on (compacted, keyed by comment id): a comment retracted
   * here is never delivered again, even when its approval arrives or is redriven later.
   */
  public static final Topic<CommentRetracted> PUBLISHER_RETRACTIONS =
      new Topic<>("publisher.retractions", new JsonSerde<>(CommentRetracted.class), true);

  /** Publisher dead letters already re-published by {@code publisher dlq redrive} (compacted, keyed by dead-letter id). */
  public static final Topic<DeadLetterRedriven> DLQ_REDRIVEN =
      new Topic<>("publisher.dlq-redriven", new JsonSerde<>(DeadLetterRedriven.class), true);

  public static List<Topic<?>> all() {
    return List.of(SUBMITTED, VERDICTS, APPROVED, REJECTED, DECISIONS, PUBLISHED, STATUS, DEAD_LETTER, POLICY, RETRACTED,
        ACTIONS, AUDIT, ESCALATIONS, SPAM_LABELS, CROWD, PUBLISHER_RETRACTIONS, DLQ_REDRIVEN);
  }
}
