package io.commentmod.moderation.normalize;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.moderation.check.CommentText;

/**
 * The normaliser as it was before its fast paths (commit d876623), kept verbatim for
 * {@link NormalizerFastPathTest}: the fast paths must give exactly what this gives.
 *
 * <p>Normalises a comment body before any check reads it, keeping for every normalised character
 * its index in the original so spans highlight what the reader wrote.
 *
 * <p>In order: NFKC case folding with accents and format characters (zero-width spaces, joiners,
 * soft hyphens, BOMs) removed; a middle dot or bullet between two ASCII letters or digits read as a dot
 * ({@code shop·com}); spaced-out or dotted-out letters joined ({@code V.i.a.g.r.a},
 * {@code w w w . x . c o m}); in words that mix scripts, letters confusable with Latin ones folded
 * to Latin (Cyrillic {@code а}, Greek {@code ο}); leetspeak digits inside words folded
 * ({@code m4g1c} becomes {@code magic}, while {@code 20mg}, {@code b12} and {@code 5htp} stay);
 * runs of three or more of one character cut to two ({@code w} and digits excepted, so
 * {@code www} and phone numbers survive); whitespace collapsed to one space.
 */
final class ReferenceNormalizer {
  private ReferenceNormalizer() {}

  /** The checks' view of a submitted comment. */
  public static CommentText normalize(CommentSubmitted c) {
    Author a = c.author();
    return normalize(c.articleId(), a == null ? null : a.name(), a == null ? null : a.email(),
        a == null ? null : a.url(), c.body());
  }

  public static CommentText normalize(String articleId, String authorName, String authorEmail, String authorUrl, String body) {
    String original = body == null ? "" : body;
    Buf b = foldChars(original);
    b = joinSpacedLetters(b);
    foldWords(b);
    b = collapse(b);
    int[] map = new int[b.n + 1];
    System.arraycopy(b.map, 0, map, 0, b.n);
    map[b.n] = original.length();
    return new CommentText(nz(articleId), nz(authorName), nz(authorEmail), nz(authorUrl),
        original, new String(b.chars, 0, b.n), map);
  }

  /** The normalised form of {@code s} alone: for word and domain lists, author names, corpora. */
  public static String fold(String s) {
    return normalize(null, null, null, null, s).normalized();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** A growable char buffer with each char's original index. */
  static final class Buf {
    char[] chars;
    int[] map;
    int n;

    Buf(int capacity) {
      chars = new char[Math.max(16, capacity)];
      map = new int[chars.length];
    }

    void add(char c, int at) {
      if (n == chars.length) {
        chars = java.util.Arrays.copyOf(chars, n * 2);
        map = java.util.Arrays.copyOf(map, n * 2);
      }
      chars[n] = c;
      map[n++] = at;
    }
  }

  private static Buf foldChars(String s) {
    Buf out = new Buf(s.length() + 8);
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') out.add((char) (c + 32), i);
        else if (c == '\t' || c == '\n' || c == '\r') out.add(' ', i);
        else if (c >= 0x20 && c != 0x7f) out.add(c, i);
        i++;
      } else if (!Character.isSurrogate(c)) {
        // a middle dot or bullet between two ASCII letters or digits stands for a dot ("braincappro·com")
        if ("\u00b7\u2022\u2219\u30fb".indexOf(c) >= 0 && i > 0 && i + 1 < s.length() && asciiAlnum(s.charAt(i - 1)) && asciiAlnum(s.charAt(i + 1))) {
          out.add('.', i);
          i++;
          continue;
        }
        String f = FoldTable.fold(c);
        if (f == null) out.add(c, i);
        else for (int k = 0; k < f.length(); k++) out.add(f.charAt(k), i);
        i++;
      } else {
        int cp = s.codePointAt(i);
        int len = Character.charCount(cp);
        String f = FoldTable.foldCodePoint(cp);
        for (int k = 0; k < f.length(); k++) out.add(f.charAt(k), i + Math.min(k, len - 1));
        i += len;
      }
    }
    return out;
  }

  private static boolean asciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static boolean alnum(char c) {
    return Chars.isLetterOrDigit(c);
  }

  private static boolean isUnit(Buf b, int i) {
    return i < b.n && alnum(b.chars[i]) && (i == 0 || !alnum(b.chars[i - 1])) && (i + 1 == b.n || !alnum(b.chars[i + 1]));
  }

  /**
   * Joins runs of at least four single letters or digits (two of them letters) split by spaces,
   * dots or dashes, and runs of three that spell {@code www}, {@code com}, {@code net} or {@code org}.
   */
  private static Buf joinSpacedLetters(Buf b) {
    Buf out = null;
    int copied = 0;
    for (int i = 0; i < b.n; i++) {
      if (!isUnit(b, i)) continue;
      // Find the run starting at i: unit (sep unit)*
      int units = 1, letters = Chars.isLetter(b.chars[i]) ? 1 : 0;
      int end = i + 1;
      int j = i + 1;
      while (true) {
        int k = j, spaces = 0, puncts = 0;
        while (k < b.n && k - j < 3) {
          char c = b.chars[k];
          if (c == ' ') spaces++;
          else if (c == '.' || c == '-' || c == '_' || c == '*' || c == '\u00b7') puncts++;
          else break;
          k++;
        }
        if (k == j || puncts > 1 || !isUnit(b, k)) break;
        units++;
        if (Chars.isLetter(b.chars[k])) letters++;
        end = k + 1;
        j = k + 1;
      }
      if (units < 3 || letters < 2 || units == 3 && !webWord(b, i, end)) {
        i = end - 1;
        continue;
      }
      if (out == null) out = new Buf(b.n);
      for (; copied < i; copied++) out.add(b.chars[copied], b.map[copied]);
      // The run's first gap sets its letter gap; a wider or different gap is a word break.
      int firstGap = i + 1;
      while (firstGap < end && !alnum(b.chars[firstGap])) firstGap++;
      boolean dottedRun = false;
      for (int k = i + 1; k < firstGap; k++) dottedRun |= b.chars[k] != ' ';
      int letterGap = firstGap - i - 1;
      for (int k = i; k < end; ) {
        if (alnum(b.chars[k])) {
          out.add(b.chars[k], b.map[k]);
          k++;
          continue;
        }
        int s = k;
        boolean space = false;
        int dot = -1;
        while (k < end && !alnum(b.chars[k])) {
          if (b.chars[k] == ' ') space = true;
          else if (b.chars[k] == '.') dot = k;
          k++;
        }
        if (dot >= 0 && space) out.add('.', b.map[dot]);
        else if (space && dot < 0 && blank(b, s, k) && (dottedRun || k - s > letterGap)) out.add(' ', b.map[s]);
        if (s == k) k++;
      }
      copied = end;
      i = end - 1;
    }
    if (out == null) return b;
    for (; copied < b.n; copied++) out.add(b.chars[copied], b.map[copied]);
    return out;
  }

  private static boolean blank(Buf b, int from, int to) {
    for (int k = from; k < to; k++) if (b.chars[k] != ' ') return false;
    return true;
  }

  private static boolean webWord(Buf b, int from, int to) {
    StringBuilder w = new StringBuilder(3);
    for (int k = from; k < to; k++) if (alnum(b.chars[k])) w.append(b.chars[k]);
    String s = w.toString();
    return s.equals("www") || s.equals("com") || s.equals("net") || s.equals("org");
  }

  private static boolean tokenChar(char c) {
    return Chars.isLetterOrDigit(c) || c == '$';
  }

  private static char leet(char c) {
    switch (c) {
      case '0': return 'o';
      case '1': return 'i';
      case '3': return 'e';
      case '4': return 'a';
      case '5': return 's';
      case '7': return 't';
      case '$': return 's';
      default: return 0;
    }
  }

  /**
   * Folds leetspeak inside words and, in place, letters confusable with Latin ones: in words that
   * mix Latin with another script, and in wholly non-Latin words that could be spelled in Latin
   * lookalikes when the text is mostly Latin (so Russian or Greek comments stay as written).
   */
  private static void foldWords(Buf b) {
    char[] c = b.chars;
    int latin = 0, other = 0;
    for (int k = 0; k < b.n; k++) {
      char x = c[k];
      if (x >= 'a' && x <= 'z') latin++;
      else if (x >= 0x80 && Chars.isLetter(x)) other++;
    }
    boolean mostlyLatin = latin > 2 * other;
    int i = 0;
    while (i < b.n) {
      if (!tokenChar(c[i])) {
        i++;
        continue;
      }
      int s = i;
      while (i < b.n && tokenChar(c[i])) i++;
      int e = i;
      boolean ascii = false, allConfusable = true;
      int foreign = 0;
      for (int k = s; k < e; k++) {
        char x = c[k];
        if (x >= 'a' && x <= 'z') ascii = true;
        else if (x >= 0x80 && Chars.isLetter(x)) {
          foreign++;
          if (FoldTable.confusable(x) == 0) allConfusable = false;
        }
      }
      if (foreign > 0 && (ascii || allConfusable && mostlyLatin)) {
        for (int k = s; k < e; k++) {
          char m = c[k] >= 0x80 ? FoldTable.confusable(c[k]) : 0;
          if (m != 0) c[k] = m;
        }
      }
      int firstLetter = -1, lastLetter = -1;
      for (int k = s; k < e; k++) {
        if (Chars.isLetter(c[k])) {
          if (firstLetter < 0) firstLetter = k;
          lastLetter = k;
        }
      }
      boolean inner = false;
      for (int k = firstLetter + 1; firstLetter >= 0 && k < lastLetter; k++) {
        if (leet(c[k]) != 0) inner = true;
      }
      if (inner) {
        for (int k = s; k < e; k++) {
          char m = leet(c[k]);
          if (m != 0) c[k] = m;
        }
      }
    }
  }

  /** Cuts runs of 3+ equal chars to 2 (not {@code w}, not digits), collapses and trims whitespace, in place. */
  private static Buf collapse(Buf b) {
    char[] c = b.chars;
    int[] map = b.map;
    int n = 0, run = 0;
    for (int i = 0; i < b.n; i++) {
      char x = c[i];
      if (x == ' ') {
        if (n == 0 || c[n - 1] == ' ') continue;
        run = 0;
      } else {
        run = n > 0 && c[n - 1] == x ? run + 1 : 1;
        if (run >= 3 && x != 'w' && !Chars.isDigit(x)) continue;
      }
      c[n] = x;
      map[n++] = map[i];
    }
    if (n > 0 && c[n - 1] == ' ') n--;
    b.n = n;
    return b;
  }
}
