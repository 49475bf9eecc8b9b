package io.commentmod.moderation.topology;

import io.commentmod.events.CommentSubmitted;

/** Says what makes a decoded submission unusable, or null when it is fine. */
final class SubmissionValidator {
  private SubmissionValidator() {}

  static String problem(String key, CommentSubmitted c) {
    if (c == null) return "empty value (tombstone) on the submissions topic";
    if (blank(c.id())) return "missing field: id";
    if (key == null || !key.equals(c.id())) return "record key '" + key + "' does not match id '" + c.id() + "'";
    if (blank(c.articleId())) return "missing field: articleId";
    if (c.author() == null || blank(c.author().name())) return "missing field: author.name";
    if (c.body() == null) return "missing field: body";
    int length = c.body().codePointCount(0, c.body().length());
    if (length > CommentSubmitted.MAX_BODY_CODE_POINTS) {
      return "body is " + length + " code points, over the limit of " + CommentSubmitted.MAX_BODY_CODE_POINTS;
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
