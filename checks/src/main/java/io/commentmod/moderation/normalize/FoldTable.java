package io.commentmod.moderation.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;

/**
 * Precomputed per-character folds for the Basic Multilingual Plane, built once with ICU4J so the
 * hot path only indexes arrays: NFKC case folding with accents stripped (fullwidth, ligatures,
 * circled letters), removal of format and combining characters, and the Latin letter each
 * non-Latin letter is confusable with (UTS #39 skeleton).
 */
final class FoldTable {
  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

  /** {@code FOLD[c]}: null keeps {@code c}, "" drops it, anything else replaces it. */
  private static final String[] FOLD = new String[0x10000];
  /** {@code CONFUSABLE[c]}: the ASCII letter a folded non-ASCII letter {@code c} looks like, or 0. */
  private static final char[] CONFUSABLE = new char[0x10000];

  static {
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c)) continue;
      String folded = foldCodePoint(c);
      if (!(folded.length() == 1 && folded.charAt(0) == c)) FOLD[c] = folded;
    }
    SpoofChecker spoof = new SpoofChecker.Builder().build();
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.isSurrogate((char) c) || !Character.isLetter(c)) continue;
      // UTS #39 leaves small capitals (ᴄʜᴇᴀᴘ) alone: they are Latin, but only spam writes words in them
      String name = com.ibm.icu.lang.UCharacter.getName(c);
      if (name != null && name.length() == 28 && name.startsWith("LATIN LETTER SMALL CAPITAL ")) {
        CONFUSABLE[c] = Character.toLowerCase(name.charAt(27));
        continue;
      }
      // Folded text is lower case, so also try the capital: Cyrillic "в" is confusable only as "В".
      for (String form : new String[] {String.valueOf((char) c), String.valueOf((char) c).toUpperCase(Locale.ROOT)}) {
        String skeleton = spoof.getSkeleton(form).toLowerCase(Locale.ROOT);
        if (skeleton.length() == 1 && skeleton.charAt(0) >= 'a' && skeleton.charAt(0) <= 'z') {
          CONFUSABLE[c] = skeleton.charAt(0);
          break;
        }
      }
    }
  }

  private FoldTable() {}

  /** The fold of a BMP char: null to keep it unchanged. */
  static String fold(char c) {
    return FOLD[c];
  }

  static char confusable(char c) {
    return CONFUSABLE[c];
  }

  /** NFKC case fold, accents and other combining marks removed, format characters dropped. */
  static String foldCodePoint(int cp) {
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.CONTROL && !Character.isWhitespace(cp)) {
      return "";
    }
    if (Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR) return " ";
    String nfkc = NFKC_CF.normalize(new String(Character.toChars(cp)));
    String nfd = NFD.normalize(nfkc);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); ) {
      int x = nfd.codePointAt(i);
      int t = Character.getType(x);
      if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK && t != Character.FORMAT) {
        out.appendCodePoint(x);
      }
      i += Character.charCount(x);
    }
    return out.toString();
  }
}
