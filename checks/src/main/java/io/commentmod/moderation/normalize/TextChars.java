package io.commentmod.moderation.normalize;

/**
 * A text's characters as an array, for the checks that read one comment's normalised text char by
 * char ({@code String.charAt} on a UTF-16 string checks and assembles every char): the link,
 * phone, gibberish and spam-language scans used to copy the same text each, now they share one copy.
 * The array is for reading only, and may be longer than the text.
 */
public final class TextChars {
  private TextChars() {}

  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  /**
   * The characters of {@code s} in {@code [0, s.length())}: the last answer on this thread when
   * {@code s} is the same string object, else a new copy (never an array handed out before, so a
   * caller still reading an earlier text's array is not disturbed).
   */
  public static char[] cached(String s) {
    Object[] last = LAST.get();
    if (last[0] == s) return (char[]) last[1];
    char[] c = s.toCharArray();
    last[0] = s;
    last[1] = c;
    return c;
  }
}
