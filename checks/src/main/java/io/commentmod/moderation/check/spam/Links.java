package io.commentmod.moderation.check.spam;

import io.commentmod.moderation.normalize.Chars;
import io.commentmod.moderation.normalize.TextChars;
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
      "clinic", "agency", "studio", "solutions", "network", "digital", "design", "tech", "email", "review", "reviews", "best",
      // shorteners' and invite links' domains: goo.gl, is.gd, rb.gy, linktr.ee, discord.gg, s.id, qr.ae
      "gl", "gd", "gy", "ee", "gg", "id", "ae",
      // generic domains spam favours, and country domains, that rarely begin a sentence typed without a space
      "academy", "courses", "training", "fitness", "icu", "cyou", "sbs", "beauty", "skin", "ltd", "global", "expert",
      "ventures", "capital", "finance", "financial", "loans", "credit", "market", "exchange", "bio", "doctor", "healthcare",
      "ng", "ke", "gh", "ph", "vn", "pk", "bd", "ro", "hu", "cz", "sk", "gr", "tr",
      // travel offers (thirty-fourth round: "flyhomecheap[.]travel")
      "travel", "tours", "holiday", "holidays", "flights", "vacations",
      // reserved for documentation (RFC 2606): sample comments and demos write shop addresses as name.example
      "example");
  /** Top-level domains a disguised address may spell out after "dot". */
  private static final Set<String> SPELLED_TLDS = Set.of(
      "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "xyz", "top", "club", "io", "co", "us", "uk", "ru",
      "de", "nl", "fr", "eu", "ai", "app", "ca", "au", "ком", "нет", "орг", "ру",
      // thirtieth round: domains that are no English word ("tv", "ly"); "me" and "be" are ("polka dot me")
      "tv", "cc", "ly", "gg", "ch");
  /**
   * What may follow each word for "dot" ({@code dot} takes all of {@link #SPELLED_TLDS}; a bracketed dot or
   * word for it, {@code (.)} or {@code (punto)}, takes every domain of {@link #TLDS} since the twenty-sixth round).
   * The words that also mean "point" in prose take only {@code com}, {@code net}, {@code org} and
   * their own country's domain: "point us to the paper", "mon point de vue", "punto de vista" and
   * "het punt is" are not addresses. Latin America's domains follow "punto" too ("hongosvitales punto mx", thirty-sixth
   * round); Spain's {@code es} only where it ends the address ({@link #PUNTO_ES}: "el punto es que..." is prose).
   */
  private static final java.util.Map<String, Set<String>> DOT_WORDS = java.util.Map.of(
      "dot", SPELLED_TLDS,
      "punkt", Set.of("com", "net", "org", "info", "de", "at", "ch", "pl", "eu"),
      "punt", Set.of("com", "net", "org", "info", "nl", "be", "eu"),
      "point", Set.of("com", "net", "org", "info", "biz", "fr", "ru"),
      "punto", Set.of("com", "net", "org", "info", "it", "mx", "ar", "cl", "co", "pe", "uy", "ec", "ve"),
      "ponto", Set.of("com", "net", "org", "br", "pt"),
      "kropka", Set.of("com", "net", "org", "pl"),
      "tochka", Set.of("com", "net", "org", "ru"),
      "точка", Set.of("com", "net", "org", "ru", "ком", "нет", "орг", "ру"),
      "nokta", Set.of("com", "net", "org", "tr"));
  /**
   * After a spaced dot ({@code shop . com}, {@code bit . ly}) only these: words like "online" or "us" often start a
   * sentence. Since the twenty-eighth round, with a space on both sides of the dot, also the country domains of the
   * four languages ({@code setas . es}, {@link #BOTH_SPACES_TLDS}): prose puts no space before its full stop, and
   * "ayer. Es muy bueno" has none. Not {@code gg} or {@code gl} after a full stop without a path ("didn't work. gg",
   * "see you tomorrow. gl"): gamers' "good game" and "good luck" (thirty-sixth round); {@code discord. gg/abc} keeps its path.
   */
  private static final Set<String> SPACED_TLDS = Set.of("com", "net", "org", "ru", "ly");
  /**
   * {@link #SPACED_TLDS}, the four languages' country domains and the shop domains no sentence starts with
   * ({@code maneforce . shop}, {@code hot-dates . xyz}), after a dot with a space on both sides; since the
   * twenty-ninth round also {@code co} ({@code creditwave-loans . co}; "Io" and "Online" start sentences).
   */
  private static final Set<String> BOTH_SPACES_TLDS = Set.of("com", "net", "org", "ru", "ly", "gl", "gg", "es", "de", "nl", "fr",
      "xyz", "shop", "store", "site", "club", "biz", "co");
  /**
   * After a space and then a dot with no space after it ({@code profit-bot .io}): prose puts no space before a
   * full stop, so the domains scams and start-ups favour are taken too; a dot with a space after it
   * ({@code grazie. io}, {@code it worked . Info from}) still takes {@link #SPACED_TLDS}.
   */
  private static final Set<String> SPACE_BEFORE_TLDS = Set.of(
      "com", "net", "org", "ru", "ly", "gl", "gg", "io", "ai", "app", "co", "xyz", "shop", "store", "site", "online", "club",
      "top", "info", "biz", "vip", "bet", "cc", "finance", "trade", "exchange");
  /** The first letters of {@link #DOT_WORDS}: most words are ruled out without a substring and a set probe. */
  private static final String DOT_WORD_STARTS = DOT_WORDS.keySet().stream().map(w -> w.substring(0, 1)).distinct().sorted().reduce("", String::concat);
  /** Words that name no site when followed by "dot com" ("the dot com bubble"). */
  private static final Set<String> NOT_A_NAME = Set.of(
      "the", "a", "an", "to", "in", "on", "at", "of", "and", "or", "is", "it", "this", "that", "my", "your", "our", "their",
      "his", "her", "its", "no", "not", "was", "be", "by", "for", "from", "with", "as", "so", "but", "dr", "mr", "mrs", "ms",
      "etc", "vs", "i", "e", "g",
      // Spanish words before "punto es" in prose ("mi punto es", "el siguiente punto es")
      "mi", "tu", "su", "el", "la", "lo", "un", "una", "este", "ese", "otro", "mismo", "primer", "segundo", "ultimo",
      "siguiente", "principal", "buen", "mal", "gran", "cada", "que");

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
    for (int slash = t.indexOf('/'); slash >= 0; slash = t.indexOf('/', slash + 1)) spaceForDot(t, slash, out);
    if (t.indexOf("www-") >= 0) hyphenatedWww(t, out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Country domains that are words in prose ({@code to}, {@code do}, {@code am}): a host only with a
   * path after ({@code amzn.to/3xYz}, {@code tiny.sh/ab}), which a sentence never has, or (since the
   * twenty-sixth round) a hyphen in the name ({@code pills-rx.to}).
   */
  private static final Set<String> PATH_TLDS = Set.of("to", "do", "am", "fm", "im", "la", "ms", "sh", "st", "tt", "ps", "vc", "so", "li");

  /** Whether the label before the dot at {@code dot} (the host starting at {@code s}) has a hyphen: {@code pills-rx.to}, which prose never writes. */
  private static boolean hyphenBefore(String t, int s, int dot) {
    for (int k = dot - 1; k > s && t.charAt(k) != '.'; k--) if (t.charAt(k) == '-') return true;
    return false;
  }

  private static boolean pathAfter(String t, int at) {
    return at + 1 < t.length() && t.charAt(at) == '/' && hostChar(t.charAt(at + 1));
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
      if ((TLDS.contains(tld) || PATH_TLDS.contains(tld) && (pathAfter(t, tldEnd) || hyphenBefore(t, s, lastDot))) && lastDot > s) break;
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
    // a dot with a space after it only ("word. Info") is a full stop: only the short list; with a space on both
    // sides (" . ") the country domains of the four languages and the shop domains too, which no sentence starts with
    disguised(t, ws, te, before && !after ? SPACE_BEFORE_TLDS : before ? BOTH_SPACES_TLDS : SPACED_TLDS, false, out);
  }

  /**
   * {@code youtube com/@channel}: a space for the dot, before a domain of {@link #SPACE_BEFORE_TLDS} with a path
   * right after it, which prose never writes (twenty-ninth round).
   */
  private static void spaceForDot(String t, int slash, List<Link> out) {
    int n = t.length();
    if (slash + 1 >= n || !(hostChar(t.charAt(slash + 1)) || t.charAt(slash + 1) == '@')) return;
    int ts = slash;
    while (ts > 0 && Chars.isLetter(t.charAt(ts - 1))) ts--;
    if (ts == slash || ts < 2 || t.charAt(ts - 1) != ' ' || !nameChar(t.charAt(ts - 2))) return;
    if (!SPACE_BEFORE_TLDS.contains(t.substring(ts, slash))) return;
    int ne = ts - 1, s = ne;
    while (s > 0 && nameChar(t.charAt(s - 1))) s--;
    if (ne - s < 2 || s > 0 && t.charAt(s - 1) == '.' || NOT_A_NAME.contains(t.substring(s, ne))) return;
    for (Link l : out) if (l.start() <= s && s < l.end()) return;
    int end = slash;
    while (end < n && !pathEnd(t.charAt(end))) end++;
    add(out, s, end, t.substring(s, ne) + "." + t.substring(ts, slash), true);
  }

  /** {@code shop dot com}, {@code shop (dot) com}, {@code shop [.] com}, {@code магазин точка ком}. */
  private static void spelledDot(String t, List<Link> out) {
    int n = t.length();
    char[] cs = TextChars.cached(t); // read as an array: charAt on a UTF-16 string checks and assembles every char
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (c == '(' || c == '[' || c == '{') {
        int k = i + 1;
        while (k < n && cs[k] == ' ') k++;
        int w = k;
        while (k < n && Chars.isLetter(cs[k])) k++;
        boolean dotWord = k > w && DOT_WORDS.containsKey(t.substring(w, k)) || k == w && k < n && cs[k] == '.' && k++ >= 0;
        while (k < n && cs[k] == ' ') k++;
        if (!dotWord || k >= n || ")]}".indexOf(cs[k]) < 0) continue;
        int ws = i;
        while (ws > 0 && cs[ws - 1] == ' ') ws--;
        int te = k + 1;
        while (te < n && cs[te] == ' ') te++;
        disguised(t, ws, te, TLDS, true, out);
      } else if (i > 0 && cs[i - 1] == ' ' && DOT_WORD_STARTS.indexOf(c) >= 0 && Chars.isLetter(c)) {
        // (the cheap tests first: a word that cannot be a dot word is not scanned)
        int k = i;
        while (k < n && Chars.isLetter(cs[k])) k++;
        if (k >= n || cs[k] != ' ' || k - i < 3 || k - i > 6) continue;
        Set<String> tlds = DOT_WORDS.get(t.substring(i, k));
        if (tlds != null) disguised(t, i - 1, k + 1, tlds, true, out);
        if (tlds != null && t.startsWith("punto es", i) && endsAddress(cs, n, i + 8)) disguised(t, i - 1, k + 1, PUNTO_ES, true, out);
      }
    }
  }

  private static final Set<String> PUNTO_ES = Set.of("es");

  /**
   * Whether nothing of a sentence follows the {@code es} of "punto es" ending at {@code e}: the text ends, a
   * sign or emoji comes next, or "y" or "o" ("terapiaya punto es y usa el código", "luzdeinvierno punto es").
   * In prose "el punto es" always goes on ("el punto es que ..."), so the Spanish domain after a plain name
   * is taken only then (twenty-eighth round).
   */
  private static boolean endsAddress(char[] cs, int n, int e) {
    if (e < n && Chars.isLetterOrDigit(cs[e])) return false;
    while (e < n && cs[e] == ' ') e++;
    if (e == n || !Chars.isLetterOrDigit(cs[e])) return true;
    return (cs[e] == 'y' || cs[e] == 'o') && (e + 1 == n || cs[e + 1] == ' ');
  }

  /**
   * A name ending at {@code nameEnd} and a top-level domain starting at {@code tldStart}, if both are there;
   * {@code spelled}: the dot was a word for "dot" or bracketed, after which a hyphenated name is an address's.
   */
  private static void disguised(String t, int nameEnd, int tldStart, Set<String> tlds, boolean spelled, List<Link> out) {
    int n = t.length();
    int s = nameEnd;
    while (s > 0 && nameChar(t.charAt(s - 1))) s--;
    // a bracketed or spelled dot after a host's own labels ("www.tisane-maman(point)fr", "journal.blogspot[.]com/...")
    while (spelled && s > 1 && s < nameEnd && t.charAt(s - 1) == '.' && nameChar(t.charAt(s - 2))) {
      s--;
      while (s > 0 && nameChar(t.charAt(s - 1))) s--;
    }
    int e = tldStart;
    while (e < n && Chars.isLetter(t.charAt(e))) e++;
    // a hyphen after the domain makes it a word ("the article . Co-codamol helped")
    if (s == nameEnd || e == tldStart || e < n && (Chars.isLetterOrDigit(t.charAt(e)) || t.charAt(e) == '-')) return;
    if (s > 0 && (Chars.isLetterOrDigit(t.charAt(s - 1)) || t.charAt(s - 1) == '.')) return;
    String name = t.substring(s, nameEnd), tld = t.substring(tldStart, e);
    // a path right after the domain ("summit . io/register") says address, whatever the spacing
    boolean path = e + 1 < n && t.charAt(e) == '/' && hostChar(t.charAt(e + 1));
    boolean marked = spelled && name.indexOf('-') > 0 || afterWww(t, s);
    if (!tlds.contains(tld) && !(path && SPACE_BEFORE_TLDS.contains(tld)) && !(marked && MARKED_TLDS.contains(tld))
        || NOT_A_NAME.contains(name)) return;
    int end = e;
    if (path) while (end < n && !pathEnd(t.charAt(end))) end++;
    add(out, s, end, name + "." + latin(tld), true);
  }

  /**
   * Top-level domains taken after a name that is plainly an address's: a hyphenated name before a
   * word for "dot" ({@code tedetox-natural punto es}, {@code bien-etre (point) fr}), or any name after
   * {@code www} ({@code www . senioren-shop . de}); since the twenty-sixth round. After a plain word the
   * words for "dot" still take only their own country's domain, as "punto es" is Spanish prose.
   */
  private static final Set<String> MARKED_TLDS = Set.of(
      "com", "net", "org", "info", "biz", "shop", "store", "online", "site", "xyz", "top", "club", "io", "co", "us", "uk",
      "ru", "de", "nl", "fr", "eu", "es", "it", "pt", "br", "be", "at", "ch", "pl", "se", "dk", "ie", "me", "app", "ai");

  /** Whether the name starting at {@code s} comes right after {@code www} and a dot, spaced or spelled. */
  private static boolean afterWww(String t, int s) {
    int k = s;
    while (k > 0 && t.charAt(k - 1) == ' ') k--;
    if (k > 0 && t.charAt(k - 1) == '.') k--;
    else if (k >= 3 && t.startsWith("dot", k - 3)) k -= 3;
    else return false;
    while (k > 0 && t.charAt(k - 1) == ' ') k--;
    return k >= 3 && t.startsWith("www", k - 3) && (k == 3 || !Chars.isLetterOrDigit(t.charAt(k - 4)));
  }

  /**
   * {@code www-shop-name-com}: an address with hyphens for its dots ("replace - with ."), which
   * no word of prose is. The last part must be a domain of {@link #SPELLED_TLDS}.
   */
  private static void hyphenatedWww(String t, List<Link> out) {
    int n = t.length();
    for (int i = t.indexOf("www-"); i >= 0; i = t.indexOf("www-", i + 4)) {
      if (i > 0 && Chars.isLetterOrDigit(t.charAt(i - 1))) continue;
      int e = i + 4;
      while (e < n && hostChar(t.charAt(e))) e++;
      int last = t.lastIndexOf('-', e - 1);
      if (last <= i + 4 || !SPELLED_TLDS.contains(t.substring(last + 1, e))) continue;
      add(out, i, e, t.substring(i + 4, last) + "." + t.substring(last + 1, e), true);
    }
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
