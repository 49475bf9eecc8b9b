package io.commentmod.moderation.check.health;

import io.commentmod.moderation.check.CommentText;

/**
 * Forum-style quote lines: a line of the original comment whose first visible character is
 * {@code >} holds someone else's words ("> just stop the sertraline" followed by the reply), so its
 * tokens count as quoted, like words between quotation marks. The normaliser turns line breaks into
 * spaces, so the lines are found in the original text and the tokens mapped back to it.
 */
final class QuoteLines {
  private QuoteLines() {}

  /**
   * Marks the tokens of {@code t} that sit on a quote line of {@code text}'s original body as
   * quoted, and sets {@link Tokens#withoutQuoteLines} when there is one.
   */
  static void mark(Tokens t, CommentText text) {
    String o = text.original();
    if (o.indexOf('>') < 0) return;
    int[] toOriginal = text.toOriginal();
    String n = text.normalized();
    char[] blanked = null;
    int k = 0, i = 0;
    int lineStart = 0;
    while (lineStart < o.length()) {
      int lineEnd = o.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = o.length();
      if (opensWithQuote(o, lineStart, lineEnd)) {
        while (k < t.size && toOriginal[t.start[k]] < lineStart) k++;
        while (k < t.size && toOriginal[t.start[k]] < lineEnd) t.quoted[k++] = true;
        if (blanked == null) blanked = n.toCharArray();
        while (i < n.length() && toOriginal[i] < lineStart) i++;
        while (i < n.length() && toOriginal[i] < lineEnd) blanked[i++] = ' ';
      }
      lineStart = lineEnd + 1;
    }
    if (blanked != null) t.withoutQuoteLines = new String(blanked);
  }

  private static boolean opensWithQuote(String o, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = o.charAt(i);
      if (c == '>') return true;
      if (!Character.isWhitespace(c)) return false;
    }
    return false;
  }
}
