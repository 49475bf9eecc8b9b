package io.commentmod.moderation.check.spam;

import io.commentmod.moderation.normalize.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds links in normalised text by a linear scan from each {@code .}, {@code ://} and "dot"
 * word (no regex backtracking): URLs with a scheme, {@code www.} addresses, bare domains with a
 * known top-level domain, and disguised domains ({@code shop dot com}, {@code shop (dot) com},
 * {@code shop [.] com}, {@code shop . com}, other languages' words for "dot"). Spaced-out letters
 * ({@code w w w . x . c o m}) were already joined by the normaliser.
 */
final class Links {
  /** One link: its range in the normalised text, its host, and whether it was disguised. */
  record Link(int start, int end, String host, boolean disguised) {}

  static final Set<String> TLDS = Set.of(
      "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "website", "xyz", "top", "club", "io", "co", "me",
      "ly", "us", "uk", "ca", "au", "in", "ru", "de", "fr", "es", "it", "nl", "pl", "br", "cn", "eu", "tk", "ml", "ga", "cf",
      "gq", "pw", "ws", "cc", "tv", "live", "life", "health", "care", "fit", "ai", "app", "link", "click", "vip", "win", "bet",
      "casino", "pro", "tips", "today", "buzz", "loan", "money", "cash", "deals", "sale", "pharmacy", "rx", "gov", "edu",
      "int", "mil", "be", "ch", "at", "se", "no", "dk", "fi", "pt", "ie", "nz", "za", "mx", "ar", "jp", "kr", "su", "ua",
      "mobi", "name", "blog", "news", "space", "page", "press", "media", "world", "zone", "guru", "coach", "center",
      "clinic", "agency", "studio", "solutions", "network", "digital", "design", "tech", "email", "review", "reviews", "best");
  /** Top-level domains a disguised address may spell out after "dot". */
  private static final Set<String> SPELLED_TLDS = Set.of(
      "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "xyz", "top", "club", "io", "co", "us", "uk", "ru",
      "de", "ком", "нет", "орг", "ру");
  /** After a spaced dot ({@code shop . com}) only these: words like "online" or "us" often start a sentence. */
  private static final Set<String> SPACED_TLDS = Set.of("com", "net", "org", "ru");
  private static final Set<String> DOT_WORDS = Set.of("dot", "punkt", "point", "punto", "ponto", "kropka", "tochka", "точка", "nokta");
  /** The first letters of {@link #DOT_WORDS}: most words are ruled out without a substring and a set probe. */
  private static final String DOT_WORD_STARTS = DOT_WORDS.stream().map(w -> w.substring(0, 1)).distinct().sorted().reduce("", String::concat);
  /** Words that name no site when followed by "dot com" ("the dot com bubble"). */
  private static final Set<String> NOT_A_NAME = Set.of(
      "the", "a", "an", "to", "in", "on", "at", "of", "and", "or", "is", "it", "this", "that", "my", "your", "our", "their",
      "his", "her", "its", "no", "not", "was", "be", "by", "for", "from", "with", "as", "so", "but", "dr", "mr", "mrs", "ms",
      "etc", "vs", "i", "e", "g");

  private Links() {}

  private static boolean hostChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
  }

  private static boolean nameChar(char c) {
    return Chars.isLetterOrDigit(c) || c == '-';
  }

  private static boolean pathEnd(char c) {
    return Chars.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == ']' || c == ')';
  }

  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  /** The links of {@code t}, reusing the last result on this thread for the same string object (several checks ask). */
  static List<Link> cached(String t) {
    Object[] last = LAST.get();
    if (last[0] == t) {
      @SuppressWarnings("unchecked")
      List<Link> links = (List<Link>) last[1];
      return links;
    }
    List<Link> links = List.copyOf(find(t));
    last[0] = t;
    last[1] = links;
    return links;
  }

  static List<Link> find(String t) {
    List<Link> out = new ArrayList<>(2);
    int n = t.length();
    for (int i = t.indexOf("://"); i >= 0; i = t.indexOf("://", i + 3)) {
      int s = i;
      while (s > 0 && Chars.isLetter(t.charAt(s - 1))) s--;
      String scheme = t.substring(s, i);
      if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("hxxp") && !scheme.equals("hxxps") && !scheme.equals("ftp")) continue;
      int h = i + 3, e = h;
      while (e < n && (hostChar(t.charAt(e)) || t.charAt(e) == '.')) e++;
      String host = t.substring(h, e);
      while (e < n && !pathEnd(t.charAt(e))) e++;
      add(out, s, e, host, false);
    }
    for (int dot = t.indexOf('.'); dot >= 0; dot = t.indexOf('.', dot + 1)) {
      bareDomain(t, dot, out);
      spacedDot(t, dot, out);
    }
    spelledDot(t, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** {@code name.tld} (with more labels, a path) where the text has a dot between letters. */
  private static void bareDomain(String t, int dot, List<Link> out) {
    int n = t.length();
    if (dot == 0 || dot + 1 >= n || !hostChar(t.charAt(dot - 1)) || !hostChar(t.charAt(dot + 1))) return;
    int s = dot;
    while (s > 0 && (hostChar(t.charAt(s - 1)) || t.charAt(s - 1) == '.' && s - 1 > 0 && hostChar(t.charAt(s - 2)))) s--;
    if (s > 0 && (t.charAt(s - 1) == '@' || t.charAt(s - 1) == '/' || t.charAt(s - 1) == '_')) return;
    int e = dot + 1;
    while (e < n && (hostChar(t.charAt(e)) || t.charAt(e) == '.' && e + 1 < n && hostChar(t.charAt(e + 1)))) e++;
    // the host ends at the last label that is a known top-level domain
    int tldEnd = e;
    while (true) {
      int lastDot = t.lastIndexOf('.', tldEnd - 1);
      if (lastDot < s) return;
      String tld = t.substring(lastDot + 1, tldEnd);
      if (TLDS.contains(tld) && lastDot > s) break;
      tldEnd = lastDot;
    }
    for (Link l : out) if (l.start() <= s && s < l.end()) return;
    int end = tldEnd;
    if (end < n && t.charAt(end) == '/') while (end < n && !pathEnd(t.charAt(end))) end++;
    add(out, s, end, t.substring(s, tldEnd), false);
  }

  /** {@code shop . com} or {@code shop. com}: a dot with a space on either side, then com, net, org or ru. */
  private static void spacedDot(String t, int dot, List<Link> out) {
    int n = t.length();
    boolean before = dot > 0 && t.charAt(dot - 1) == ' ', after = dot + 1 < n && t.charAt(dot + 1) == ' ';
    if (!before && !after) return;
    int ws = before ? dot - 1 : dot;
    while (ws > 0 && t.charAt(ws - 1) == ' ') ws--;
    int te = after ? dot + 2 : dot + 1;
    while (te < n && t.charAt(te) == ' ') te++;
    disguised(t, ws, te, SPACED_TLDS, out);
  }

  /** {@code shop dot com}, {@code shop (dot) com}, {@code shop [.] com}, {@code магазин точка ком}. */
  private static void spelledDot(String t, List<Link> out) {
    int n = t.length();
    char[] cs = t.toCharArray(); // read as an array: charAt on a UTF-16 string checks and assembles every char
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c == '(' || c == '[' || c == '{') {
        int k = i + 1;
        while (k < n && cs[k] == ' ') k++;
        int w = k;
        while (k < n && Chars.isLetter(cs[k])) k++;
        boolean dotWord = k > w && t.startsWith("dot", w) && k - w == 3 || k == w && k < n && cs[k] == '.' && k++ >= 0;
        while (k < n && cs[k] == ' ') k++;
        if (!dotWord || k >= n || ")]}".indexOf(cs[k]) < 0) continue;
        int ws = i;
        while (ws > 0 && cs[ws - 1] == ' ') ws--;
        int te = k + 1;
        while (te < n && cs[te] == ' ') te++;
        disguised(t, ws, te, SPELLED_TLDS, out);
      } else if (i > 0 && cs[i - 1] == ' ' && DOT_WORD_STARTS.indexOf(c) >= 0 && Chars.isLetter(c)) {
        // (the cheap tests first: a word that cannot be a dot word is not scanned)
        int k = i;
        while (k < n && Chars.isLetter(cs[k])) k++;
        if (k >= n || cs[k] != ' ' || k - i < 3 || k - i > 6 || !isDotWord(cs, i, k)) continue;
        disguised(t, i - 1, k + 1, SPELLED_TLDS, out);
      }
    }
  }

  /** The characters of each of {@link #DOT_WORDS}. */
  private static final char[][] DOT_WORD_CHARS = DOT_WORDS.stream().map(String::toCharArray).toArray(char[][]::new);

  /** Whether {@code cs[from, to)} is one of {@link #DOT_WORDS}, read in place (no substring, no set probe). */
  private static boolean isDotWord(char[] cs, int from, int to) {
    for (char[] w : DOT_WORD_CHARS) if (w.length == to - from && java.util.Arrays.equals(w, 0, w.length, cs, from, to)) return true;
    return false;
  }

  /** A name ending at {@code nameEnd} and a top-level domain starting at {@code tldStart}, if both are there. */
  private static void disguised(String t, int nameEnd, int tldStart, Set<String> tlds, List<Link> out) {
    int n = t.length();
    int s = nameEnd;
    while (s > 0 && nameChar(t.charAt(s - 1))) s--;
    int e = tldStart;
    while (e < n && Chars.isLetter(t.charAt(e))) e++;
    if (s == nameEnd || e == tldStart || e < n && Chars.isLetterOrDigit(t.charAt(e))) return;
    if (s > 0 && (Chars.isLetterOrDigit(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) return;
    String name = t.substring(s, nameEnd), tld = t.substring(tldStart, e);
    if (!tlds.contains(tld) || NOT_A_NAME.contains(name)) return;
    add(out, s, e, name + "." + latin(tld), true);
  }

  private static String latin(String tld) {
    switch (tld) {
      case "ком": return "com";
      case "нет": return "net";
      case "орг": return "org";
      case "ру": return "ru";
      default: return tld;
    }
  }

  private static void add(List<Link> out, int start, int end, String host, boolean disguised) {
    for (Link l : out) {
      if (start < l.end() && l.start() < end) return;
    }
    String h = host;
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.startsWith("www.")) h = h.substring(4);
    else if (h.length() > 5 && h.startsWith("www") && Chars.isDigit(h.charAt(3)) && h.charAt(4) == '.') h = h.substring(5);
    if (h.isEmpty() || h.indexOf('.') < 0) return;
    out.add(new Link(start, end, h, disguised));
  }
}
