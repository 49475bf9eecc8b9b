package io.commentmod.moderation.normalize;

/**
 * Character classes with a table lookup below {@link #TABLED} (Latin, Greek, Cyrillic, the general
 * punctuation of curly quotes and dashes: nearly all comment text), and for surrogates (emoji),
 * which as single chars are never letters, digits or spaces. The table is built from
 * {@link Character} itself, so it answers as {@code Character} does; the profile showed the
 * non-ASCII calls ({@code Character.getType}) at 3-5 % of the moderator's time.
 */
public final class Chars {
  private static final byte LETTER = 1, DIGIT = 2, SPACE = 4;
  private static final int TABLED = 0x2100;
  private static final byte[] TABLE = new byte[TABLED];

  static {
    for (char c = 0; c < TABLED; c++) {
      if (Character.isLetter(c)) TABLE[c] = LETTER;
      else if (Character.isDigit(c)) TABLE[c] = DIGIT;
      else if (Character.isWhitespace(c)) TABLE[c] = SPACE;
    }
  }

  private Chars() {}

  public static boolean isLetter(char c) {
    return c < TABLED ? TABLE[c] == LETTER : !Character.isSurrogate(c) && Character.isLetter(c);
  }

  public static boolean isDigit(char c) {
    return c < TABLED ? TABLE[c] == DIGIT : !Character.isSurrogate(c) && Character.isDigit(c);
  }

  public static boolean isLetterOrDigit(char c) {
    return c < TABLED ? (TABLE[c] & (LETTER | DIGIT)) != 0 : !Character.isSurrogate(c) && Character.isLetterOrDigit(c);
  }

  public static boolean isWhitespace(char c) {
    return c < TABLED ? TABLE[c] == SPACE : !Character.isSurrogate(c) && Character.isWhitespace(c);
  }
}
