package io.commentmod.moderation.console;

import io.commentmod.events.CommentModerated;
import io.commentmod.events.Flag;
import io.commentmod.events.Route;
import java.util.Comparator;

/** The order moderators work in: urgent first, then the most severe flag, then the longest waiting. */
final class ReviewItems {
  private ReviewItems() {}

  static final Comparator<CommentModerated> PRIORITY =
      Comparator.comparingInt((CommentModerated v) -> rank(v.route()))
          .thenComparing(Comparator.comparingDouble(ReviewItems::severity).reversed())
          .thenComparing(CommentModerated::moderatedAt);

  static int rank(Route r) {
    return switch (r) {
      case URGENT -> 0;
      case MEDICAL -> 1;
      case SPAM -> 2;
      case APPROVED -> 3;
    };
  }

  static double severity(CommentModerated v) {
    return v.flags().stream().mapToDouble(Flag::score).max().orElse(0);
  }
}
