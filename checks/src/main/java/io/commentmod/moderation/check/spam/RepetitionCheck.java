package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.HashMap;
import java.util.Map;

/**
 * A comment that is one short sentence said over and over ("Good article. Good article. Good
 * article."): the filler bots post to get an author name or link past moderation. Flags when one
 * sentence of at least two words appears {@value #MIN_REPEATS} or more times and its copies make up
 * at least three quarters of the comment's letters and digits, so three copies before a real
 * paragraph are not caught. Sentences are compared on their letters and digits only: emoji and
 * punctuation between the copies do not hide them. The score holds the comment for review; it never
 * rejects on its own.
 */
public final class RepetitionCheck implements ModerationCheck {
  static final String NAME = "repetition";
  static final int MIN_REPEATS = 3;
  static final double SCORE = 0.6;

  @Override
  public void inspect(CommentText text, Findings findings) {
    String s = text.normalized();
    Map<String, Integer> counts = new HashMap<>();
    int letters = 0;
    String top = null;
    int topCount = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i < s.length() && !isSentenceEnd(s.charAt(i))) continue;
      String key = lettersAndDigits(s, start, i);
      start = i + 1;
      if (key.isEmpty()) continue;
      letters += key.length();
      if (key.indexOf(' ') < 0) continue; // a one-word sentence ("No. No. No.") is emphasis, not filler
      int c = counts.merge(key, 1, Integer::sum);
      if (c > topCount) {
        topCount = c;
        top = key;
      }
    }
    if (topCount < MIN_REPEATS || top.length() * topCount * 4 < letters * 3) return;
    findings.add(FlagName.SPAM, SCORE, NAME, "the same sentence " + topCount + " times: \"" + top + "\"",
        java.util.List.of(new Span(0, text.original().length())));
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }

  /** The letters and digits of {@code s[from, to)}, words separated by one space. */
  private static String lettersAndDigits(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    boolean gap = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) b.append(' ');
        b.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }
}
