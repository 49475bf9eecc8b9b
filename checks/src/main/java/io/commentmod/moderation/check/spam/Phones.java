package io.commentmod.moderation.check.spam;

import io.commentmod.moderation.normalize.Chars;
import io.commentmod.moderation.normalize.TextChars;
import java.util.Set;

/**
 * Finds phone numbers by a linear scan (no regex backtracking): an optional {@code +}, then digits
 * in groups split by single spaces, dashes, dots, bullets or parentheses, 7 to 15 digits in all, not part
 * of a word, a decimal or a quantity ({@code 3.5g}, {@code 1000mg}). Allow-listed numbers are skipped.
 */
final class Phones {
  interface Sink {
    void found(int start, int end);
  }

  private Phones() {}

  static int find(String t, Set<String> allowed, Sink sink) {
    int n = t.length();
    char[] cs = TextChars.cached(t); // read as an array: charAt on a UTF-16 string checks and assembles every char
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      boolean plus = c == '+' && i + 1 < n && Chars.isDigit(cs[i + 1]);
      boolean paren = c == '(' && i + 1 < n && Chars.isDigit(cs[i + 1]);
      if (!(Chars.isDigit(c) || plus || paren) || (i > 0 && Chars.isLetterOrDigit(cs[i - 1]))) {
        i++;
        continue;
      }
      int start = i;
      int j = plus || paren ? i + 1 : i;
      int digits = 0, groups = 0, lastDigit = -1;
      StringBuilder number = null;
      while (j < n) {
        char x = cs[j];
        if (Chars.isDigit(x)) {
          int g = j;
          while (j < n && Chars.isDigit(cs[j])) j++;
          digits += j - g;
          groups++;
          lastDigit = j;
          if (number == null) number = new StringBuilder(16);
          number.append(cs, g, j - g);
          continue;
        }
        boolean sep = x == ' ' || x == '-' || x == '.' || x == '(' || x == ')' || x == '\u2022' || x == '\u00b7' || x == '\u2219';
        if (!sep || j + 1 >= n) break;
        char y = cs[j + 1];
        if (Chars.isDigit(y)) {
          j++;
        } else if ((x == ')' && y == ' ' || x == ' ' && y == '(' || x == '-' && y == ' ' || x == ' ' && y == '-')
            && j + 2 < n && Chars.isDigit(cs[j + 2])) {
          j += 2;
        } else {
          break;
        }
      }
      int end = lastDigit;
      if (end > 0 && digits >= 7 && digits <= 15 && !quantity(t, end) && !decimalOnly(t, start, end, groups)
          && !years(number.toString(), groups) && !inWebAddress(cs, start)
          && !allowed.contains(number.toString()) && !allowed.contains(stripCountry(number.toString()))) {
        sink.found(start, end);
        count++;
      }
      i = Math.max(end, i + 1);
    }
    return count;
  }

  /**
   * Whether the digits at {@code start} follow a slash, an equals sign or a question mark inside a web
   * address ({@code https://pubmed.ncbi.nlm.nih.gov/26381811/}): an article's number, not a phone (thirtieth
   * round). The address is the run of non-space chars before the digits, holding {@code ://} or {@code www.}.
   */
  static boolean inWebAddress(char[] cs, int start) {
    if (start == 0 || cs[start - 1] != '/' && cs[start - 1] != '=' && cs[start - 1] != '?') return false;
    int from = start - 1;
    while (from > 0 && !Character.isWhitespace(cs[from - 1])) from--;
    for (int i = from; i + 2 < start; i++) {
      if (cs[i] == ':' && cs[i + 1] == '/' && cs[i + 2] == '/') return true;
      if (i + 3 < start && (cs[i] == 'w' || cs[i] == 'W') && (cs[i + 1] == 'w' || cs[i + 1] == 'W') && (cs[i + 2] == 'w' || cs[i + 2] == 'W') && cs[i + 3] == '.') return true;
    }
    return false;
  }

  /** {@code 2016 2017 2018}: every group a year. */
  private static boolean years(String digits, int groups) {
    if (digits.length() != 4 * groups) return false;
    for (int g = 0; g < groups; g++) {
      int y = Integer.parseInt(digits.substring(4 * g, 4 * g + 4));
      if (y < 1900 || y > 2099) return false;
    }
    return true;
  }

  private static String stripCountry(String digits) {
    return digits.startsWith("1") && digits.length() == 11 ? digits.substring(1) : digits;
  }

  private static boolean quantity(String t, int end) {
    return end < t.length() && Chars.isLetter(t.charAt(end)) || end < t.length() && t.charAt(end) == '%';
  }

  /** Numbers like {@code 2016.2017} or {@code 1.000.000} with a dot between every group are not phones. */
  private static boolean decimalOnly(String t, int start, int end, int groups) {
    if (groups < 2) return false;
    boolean allDots = true;
    for (int k = start; k < end; k++) {
      char c = t.charAt(k);
      if (!Chars.isDigit(c) && c != '.') allDots = false;
    }
    return allDots && groups <= 2;
  }
}
