package io.commentmod.moderation.normalize;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.moderation.check.CommentText;

/**
 * Normalises a comment body before any check reads it, keeping for every normalised character
 * its index in the original so spans highlight what the reader wrote.
 *
 * <p>In order: NFKC case folding with accents and format characters (zero-width spaces, joiners,
 * soft hyphens, BOMs) removed; a middle dot or bullet between two ASCII letters or digits read as a dot
 * ({@code shop·com}); spaced-out or dotted-out letters joined ({@code V.i.a.g.r.a},
 * {@code w w w . x . c o m}), a wider or different gap inside such a run kept as a word break
 * ({@code B.u.y c.h.e.a.p} becomes {@code buy cheap}); in words that mix scripts, letters confusable with Latin ones folded
 * to Latin (Cyrillic {@code а}, Greek {@code ο}); leetspeak digits inside words folded
 * ({@code m4g1c} becomes {@code magic}, while {@code 20mg}, {@code b12} and {@code 5htp} stay);
 * runs of three or more of one character cut to two ({@code w} and digits excepted, so
 * {@code www} and phone numbers survive); whitespace collapsed to one space.
 */
public final class Normalizer {
  private Normalizer() {}

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
    /** False when every char is ASCII: then there are no confusables to fold (the usual case). */
    boolean nonAscii;

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

  /**
   * The first pass's buffer and a copy of the body's chars, reused on each thread: every later
   * step reads or copies from them, and {@link #normalize} copies its result out, so nothing of
   * them outlives one call. Dropped after a very long comment, so a thread keeps no large arrays.
   */
  private static final class Scratch {
    char[] body = new char[256];
    Buf first = new Buf(256);
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
  private static final int KEEP_CHARS = 1 << 14;

  private static Buf foldChars(String s) {
    Scratch scratch = SCRATCH.get();
    if (scratch.first.chars.length > KEEP_CHARS || scratch.body.length > KEEP_CHARS) {
      scratch = new Scratch();
      SCRATCH.set(scratch);
    }
    Buf out = scratch.first;
    out.n = 0;
    out.nonAscii = false;
    int length = s.length();
    if (scratch.body.length < length) scratch.body = new char[Math.max(length, scratch.body.length * 2)];
    char[] cs = scratch.body; // read as an array: charAt on a UTF-16 string checks and assembles every char
    s.getChars(0, length, cs, 0);
    for (int i = 0; i < length; ) {
      char c = cs[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') out.add((char) (c + 32), i);
        else if (c == '\t' || c == '\n' || c == '\r') out.add(' ', i);
        else if (c >= 0x20 && c != 0x7f) out.add(c, i);
        i++;
      } else if (!Character.isSurrogate(c)) {
        out.nonAscii = true;
        // a middle dot or bullet between two letters or digits stands for a dot ("braincappro·com")
        if (DOT_LIKE.indexOf(c) >= 0 && i > 0 && i + 1 < length && asciiAlnum(cs[i - 1]) && asciiAlnum(cs[i + 1])) {
          out.add('.', i);
          i++;
          continue;
        }
        String f = FoldTable.fold(c);
        if (f == null) out.add(c, i);
        else for (int k = 0; k < f.length(); k++) out.add(f.charAt(k), i);
        i++;
      } else {
        out.nonAscii = true;
        int cp = Character.codePointAt(cs, i, length); // the array is longer than the body: stop at its end
        int len = Character.charCount(cp);
        String f = FoldTable.foldCodePoint(cp);
        for (int k = 0; k < f.length(); k++) out.add(f.charAt(k), i + Math.min(k, len - 1));
        i += len;
      }
    }
    return out;
  }

  /** Middle dot, bullet, bullet operator, katakana middle dot: dots in a disguised address (twenty-eighth round). */
  private static final String DOT_LIKE = "\u00b7\u2022\u2219\u30fb";

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
      if (out == null) {
        out = new Buf(b.n);
        out.nonAscii = b.nonAscii;
      }
      for (; copied < i; copied++) out.add(b.chars[copied], b.map[copied]);
      // The run's first gap sets its letter gap; a wider or different gap is a word break
      // ("B.u.y c.h.e.a.p" -> "buy cheap", "c h e c k   o u t" -> "check out").
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
    // since the twenty-ninth round also the shop domains of three letters ("freegems . x y z")
    return s.equals("www") || s.equals("com") || s.equals("net") || s.equals("org") || s.equals("xyz") || s.equals("biz");
  }

  private static boolean tokenChar(char c) {
    return Chars.isLetterOrDigit(c) || c == '$';
  }

  /** {@code LEET[c]}: the letter an ASCII char stands for inside a word, or 0. */
  private static final char[] LEET = new char[128];

  static {
    LEET['0'] = 'o';
    LEET['1'] = 'i';
    LEET['3'] = 'e';
    LEET['4'] = 'a';
    LEET['5'] = 's';
    LEET['7'] = 't';
    LEET['$'] = 's';
  }

  private static char leet(char c) {
    return c < 128 ? LEET[c] : 0;
  }

  /** Whether any of {@code c[0, n)} is a {@link #LEET} look-alike (each is a word char, so it would be folded in its word). */
  private static boolean anyLeet(char[] c, int n) {
    for (int k = 0; k < n; k++) if (leet(c[k]) != 0) return true;
    return false;
  }

  /**
   * Folds leetspeak inside words and, in place, letters confusable with Latin ones: in words that
   * mix Latin with another script, and in wholly non-Latin words that could be spelled in Latin
   * lookalikes when the text is mostly Latin (so Russian or Greek comments stay as written).
   */
  private static void foldWords(Buf b) {
    char[] c = b.chars;
    // ASCII text with no digit look-alike ($, 0 1 3 4 5 7) has nothing to fold: one pass, no word scan
    if (!b.nonAscii && !anyLeet(c, b.n)) return;
    boolean mostlyLatin = false;
    if (b.nonAscii) {
      int latin = 0, other = 0;
      for (int k = 0; k < b.n; k++) {
        char x = c[k];
        // small capitals and IPA letters (ᴄʜᴇᴀᴘ) are Latin lookalikes no language is written in
        if (x >= 'a' && x <= 'z' || x >= 0x0250 && x <= 0x02AF || x >= 0x1D00 && x <= 0x1D7F || x == 0xA730 || x == 0xA731) latin++;
        else if (x >= 0x80 && Chars.isLetter(x)) other++;
      }
      mostlyLatin = latin > 2 * other;
    }
    int i = 0;
    while (i < b.n) {
      if (!tokenChar(c[i])) {
        i++;
        continue;
      }
      int s = i;
      boolean leetChar = false; // most words have none, and then there is nothing to fold
      while (i < b.n && tokenChar(c[i])) leetChar |= leet(c[i++]) != 0;
      if (b.nonAscii) foldConfusables(c, s, i, mostlyLatin);
      if (leetChar) foldLeet(c, s, i);
    }
  }

  /** In the word {@code [s, e)}: letters of another script folded to the Latin ones they imitate (see {@link #foldWords}). */
  private static void foldConfusables(char[] c, int s, int e, boolean mostlyLatin) {
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
  }

  /** In the word {@code [s, e)}: leetspeak read as letters when a look-alike sits between two letters. */
  private static void foldLeet(char[] c, int s, int e) {
    int firstLetter = -1, lastLetter = -1;
    for (int k = s; k < e; k++) {
      if (Chars.isLetter(c[k])) {
        if (firstLetter < 0) firstLetter = k;
        lastLetter = k;
      }
    }
    boolean inner = false;
    for (int k = firstLetter + 1; firstLetter >= 0 && k < lastLetter && !inner; k++) inner = leet(c[k]) != 0;
    if (!inner) return;
    for (int k = s; k < e; k++) {
      char m = leet(c[k]);
      if (m != 0) c[k] = m;
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
