package io.commentmod.moderation.check.spam;

import java.util.regex.Matcher;

/**
 * {@link Matcher#find()} for a pattern whose matches can begin only at a few characters (a digit or
 * a currency sign, an {@code @}): the pattern is tried only there, where {@code find} tries it at
 * every position of a comment that is mostly letters. It is tried with {@code lookingAt} over a
 * region from that position to the end, with transparent bounds so that look-behind and {@code \b}
 * see the text before, which is what {@code find} does at each position; so the matches, their
 * groups and their order are {@code find}'s. The pattern must not use {@code ^} or {@code $}.
 */
final class PatternStarts {
  private PatternStarts() {}

  /** Whether a match of the pattern can begin at {@code c}. */
  interface CanStart {
    boolean at(char c);
  }

  /**
   * The next match at or after {@code from} in the text whose chars are {@code c[0, len)} (the text
   * {@code m} reads), as {@code m.find()} from {@code from} would find it; read it from {@code m}.
   */
  static boolean find(Matcher m, char[] c, int len, int from, CanStart canStart) {
    m.useTransparentBounds(true);
    for (int i = from; i < len; i++) {
      if (canStart.at(c[i]) && m.region(i, len).lookingAt()) return true;
    }
    return false;
  }
}
