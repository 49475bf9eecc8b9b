package io.commentmod.moderation.normalize;

/** Character classes with a table lookup for ASCII, where nearly all comment text lives. */
public final class Chars {
  private static final byte LETTER = 1, DIGIT = 2, SPACE = 4;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) ASCII[c] = LETTER;
    for (char c = 'A'; c <= 'Z'; c++) ASCII[c] = LETTER;
    for (char c = '0'; c <= '9'; c++) ASCII[c] = DIGIT;
    for (char c : new char[] {' ', '\t', '\n', '\r', '\f', 0x0b}) ASCII[c] = SPACE;
  }

  private Chars() {}

  public static boolean isLetter(char c) {
    return c < 128 ? ASCII[c] == LETTER : Character.isLetter(c);
  }

  public static boolean isDigit(char c) {
    return c < 128 ? ASCII[c] == DIGIT : Character.isDigit(c);
  }

  public static boolean isLetterOrDigit(char c) {
    return c < 128 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
  }

  public static boolean isWhitespace(char c) {
    return c < 128 ? ASCII[c] == SPACE : Character.isWhitespace(c);
  }
}
