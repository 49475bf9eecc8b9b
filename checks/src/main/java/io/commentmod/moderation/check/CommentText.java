package io.commentmod.moderation.check;

import io.commentmod.events.Span;

/**
 * A comment as the checks see it: the original body and a normalised form (confusables folded,
 * zero-width characters removed, lower case, ...), with a map from each normalised character back
 * to its position in the original, so spans found in the normalised text highlight the original.
 *
 * @param articleId the article commented on
 * @param authorName the author's display name (may be empty)
 * @param authorEmail the author's e-mail (may be empty)
 * @param authorUrl the author's website (may be empty)
 * @param original the body as submitted
 * @param normalized the body after normalisation
 * @param toOriginal {@code toOriginal[i]} is the index in {@code original} of normalised char {@code i};
 *     its length is {@code normalized.length() + 1}, the last entry being {@code original.length()}
 */
public record CommentText(
    String articleId, String authorName, String authorEmail, String authorUrl,
    String original, String normalized, int[] toOriginal) {

  /** The original-text span of normalised range {@code [start, end)}. */
  public Span originalSpan(int start, int end) {
    int s = toOriginal[start];
    int e = end <= start ? s : toOriginal[end - 1] + 1;
    if (e < s) e = s;
    if (e > 0 && e < original.length() && Character.isHighSurrogate(original.charAt(e - 1))) e++;
    return new Span(s, Math.min(e, original.length()));
  }
}
