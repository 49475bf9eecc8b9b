package io.commentmod.moderation.engine;

import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.moderation.training.LearnedLayer;
import java.time.Instant;
import java.util.List;

/**
 * Judges one comment: runs every check, then routes by the policy. Holds no Kafka types, so the
 * same code runs in the Streams topology, in the batch {@code classify} command and in tests.
 * Cross-comment memory (spam waves, floods, author history) lives in {@link ModerationState},
 * which the caller provides: Streams state stores in the topology, maps in batch mode.
 */
public interface Moderator {
  /** The state stores this moderator reads and writes; the topology creates one per spec. */
  List<StateSpec<?>> stateSpecs();

  /** Judges {@code comment} at {@code now}, recording what later comments need in {@code state}. */
  Assessment assess(CommentSubmitted comment, Instant now, ModerationState state);

  /**
   * Whether a value in one of {@link #stateSpecs()}' stores can no longer change any verdict at or
   * after {@code now} (its time window has passed), so the store may drop it. False by default.
   */
  default <V> boolean expired(StateSpec<V> spec, V value, Instant now) {
    return false;
  }

  /** Learns from a moderator's decision on {@code comment} (author reputation, say). */
  default void learn(ModeratorDecided decision, CommentSubmitted comment, ModerationState state) {}

  /**
   * The layer over the spam classifier that moderators' spam and not-spam labels teach; the
   * moderators made for later policies share it. {@link LearnedLayer#NONE} when it learns nothing.
   */
  default LearnedLayer learned() {
    return LearnedLayer.NONE;
  }

  /** The policy version every verdict records. */
  String policyVersion();
}
