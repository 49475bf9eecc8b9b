package io.commentmod.moderation.check.health;

import io.commentmod.moderation.normalize.Chars;

/**
 * Splits normalised text into folded word tokens in one pass, without regular expressions.
 *
 * <p>Folding strips accents ({@code é → e}, {@code ß → ss}) so lexicons match with or without
 * them; English contractions are joined ({@code don't}, {@code don t} and {@code dont} all become
 * {@code dont}) while elisions are split ({@code l'iperico → l iperico}); a leading number is cut
 * from its unit ({@code 200mg → 200 mg}) and digit look-alikes inside words are read as letters
 * ({@code st0p → stop}, {@code s$ri → ssri}). {@code + & %} become tokens of their own.
 */
final class Tokenizer {
  private static final char[] FOLD = new char[0x250];

  static {
    for (char c = 0; c < FOLD.length; c++) {
      String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
      char base = d.isEmpty() ? c : d.charAt(0);
      FOLD[c] = Character.toLowerCase(base);
    }
    FOLD['ø'] = 'o';
    FOLD['Ø'] = 'o';
    FOLD['đ'] = 'd';
    FOLD['ł'] = 'l';
    FOLD['Ł'] = 'l';
    FOLD['ı'] = 'i';
  }

  private Tokenizer() {}

  static Tokens tokenize(String text, Vocabulary vocabulary) {
    return tokenize(new Tokens(text), text, vocabulary);
  }

  /** Tokenises {@code text} into {@code t}, reusing its arrays; may return a new {@link Tokens}. */
  static Tokens tokenize(Tokens t, String text, Vocabulary vocabulary) {
    t.reset(text);
    new TokenScanner(t).scan();
    int[] urls = t.addresses;
    int u = 0;
    int glued = 0;
    for (int i = 0; i < t.size; i++) {
      while (u < t.addressCount && urls[u + 1] <= t.start[i]) u += 2;
      boolean url = u < t.addressCount && urls[u] <= t.start[i];
      t.term[i] = url ? Vocabulary.UNKNOWN : vocabulary.lookup(t.folded, t.foldStart[i], t.foldEnd[i], t.hash[i]);
      if (t.term[i] == Vocabulary.UNKNOWN && !url && !t.number[i] && GluedWords.split(t, i, vocabulary) > 0) glued++;
    }
    return glued == 0 ? t : GluedWords.unglue(t, vocabulary);
  }

  /** The folded words of {@code text}, as lexicon phrases are stored. */
  static java.util.List<String> words(String text) {
    Tokens t = new Tokens(text);
    new TokenScanner(t).scan();
    java.util.List<String> out = new java.util.ArrayList<>(t.size);
    for (int i = 0; i < t.size; i++) out.add(t.word(i));
    return out;
  }

  /** Letters and digits. */
  static boolean isWordChar(char c) {
    return Chars.isLetterOrDigit(c);
  }

  static boolean isLetter(char c) {
    return Chars.isLetter(c);
  }

  /** Straight and curly apostrophes, backtick and acute accent. */
  static boolean isApostrophe(char c) {
    if (c < '\'' || (c > '`' && c < 0xB4)) return false;
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4' || c == '\u02BC';
  }

  /** Lower case without accents (one character; see the class comment for multi-letter folds). */
  static char fold(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    if (c < FOLD.length) return FOLD[c];
    return Character.toLowerCase(c);
  }
}
