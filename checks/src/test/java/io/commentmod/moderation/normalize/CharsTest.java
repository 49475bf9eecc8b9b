package io.commentmod.moderation.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharsTest {
  /** The table is a cache of Character's answers: it must give them for every char, tabled or not. */
  @Test
  void answersAsCharacterDoesForEveryChar() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = "U+" + Integer.toHexString(i);
      assertEquals(Character.isLetter(c), Chars.isLetter(c), () -> "isLetter " + at);
      assertEquals(Character.isDigit(c), Chars.isDigit(c), () -> "isDigit " + at);
      assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), () -> "isLetterOrDigit " + at);
      assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), () -> "isWhitespace " + at);
    }
  }
}
