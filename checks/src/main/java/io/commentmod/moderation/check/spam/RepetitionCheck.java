package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;

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
  /** Sentences looked at; filler longer than this is caught on its first ones. */
  private static final int MAX_SENTENCES = 64;

  /** Per-thread scratch: each sentence's hash, letters, words and range. One pass, no allocation. */
  private static final class Sentences {
    final long[] hash = new long[MAX_SENTENCES];
    final int[] letters = new int[MAX_SENTENCES];
    final int[] words = new int[MAX_SENTENCES];
    final int[] start = new int[MAX_SENTENCES];
    final int[] end = new int[MAX_SENTENCES];
  }

  private static final ThreadLocal<Sentences> SCRATCH = ThreadLocal.withInitial(Sentences::new);

  @Override
  public void inspect(CommentText text, Findings findings) {
    String s = text.normalized();
    Sentences z = SCRATCH.get();
    int n = 0, total = 0, len = 0, words = 0, start = 0;
    long h = 0;
    boolean gap = false;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : '.';
      if (isSentenceEnd(c)) {
        if (len > 0) {
          total += len;
          if (n < MAX_SENTENCES) {
            z.hash[n] = h;
            z.letters[n] = len;
            z.words[n] = words;
            z.start[n] = start;
            z.end[n] = i;
            n++;
          }
        }
        h = 0;
        len = words = 0;
        gap = false;
        start = i + 1;
      } else if (c < 128 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c)) {
        if (len == 0 || gap) {
          if (len > 0) h = h * 31 + ' ';
          words++;
        }
        h = h * 31 + c;
        len++;
        gap = false;
      } else {
        gap = true;
      }
    }
    if (n < MIN_REPEATS) return;
    int top = -1, topCount = 0;
    for (int i = 0; i < n; i++) {
      if (z.words[i] < 2) continue; // a one-word sentence ("No. No. No.") is emphasis, not filler
      int c = 0;
      for (int j = i; j < n; j++) if (z.hash[j] == z.hash[i] && z.letters[j] == z.letters[i]) c++;
      if (c > topCount) {
        topCount = c;
        top = i;
      }
    }
    if (topCount < MIN_REPEATS || (long) z.letters[top] * topCount * 4 < (long) total * 3) return;
    findings.add(FlagName.SPAM, SCORE, NAME,
        "the same sentence " + topCount + " times: \"" + lettersAndDigits(s, z.start[top], z.end[top]) + "\"",
        java.util.List.of(new Span(0, text.original().length())));
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }

  /** The letters and digits of {@code s[from, to)}, words separated by one space (for the reason). */
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
