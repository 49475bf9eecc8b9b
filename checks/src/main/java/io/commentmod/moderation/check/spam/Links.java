package io.commentmod.moderation.check.spam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in normalised text: URLs with a scheme, {@code www.} addresses, bare domains with a
 * known top-level domain, and disguised domains ({@code shop dot com}, {@code shop (dot) com},
 * {@code shop [.] com}, {@code shop . com}, other languages' words for "dot"). Spaced-out letters
 * ({@code w w w . x . c o m}) were already joined by the normaliser.
 */
final class Links {
  /** One link: its range in the normalised text, its host, and whether it was disguised. */
  record Link(int start, int end, String host, boolean disguised) {}

  static final String TLDS =
      "com|net|org|info|biz|shop|store|online|site|website|xyz|top|club|io|co|me|ly|us|uk|ca|au|in|ru|de|fr|es|it|nl|pl|br"
          + "|cn|eu|tk|ml|ga|cf|gq|pw|ws|cc|tv|live|life|health|care|fit|ai|app|link|click|vip|win|bet|casino|pro|tips|today"
          + "|buzz|loan|money|cash|deals|sale|pharmacy|rx|gov|edu|int|mil|be|ch|at|se|no|dk|fi|pt|ie|nz|za|mx|ar|jp|kr|su|ua|mobi|name";
  private static final Pattern SCHEME = Pattern.compile(
      "(?:https?|hxxps?|ftp)://([a-z0-9][a-z0-9.-]*+)[^\\s<>\"'\\])]*+");
  private static final Pattern BARE = Pattern.compile(
      "(?<![a-z0-9@._/-])((?:[a-z0-9][a-z0-9-]*+\\.)+(?:" + TLDS + "))(?![a-z0-9-])(?:/[^\\s<>\"'\\])]*+)?");
  private static final String NAME = "(?<![\\p{L}\\d-])([\\p{L}\\d][\\p{L}\\d-]*+)";
  private static final String SPELLED_TLD =
      "(com|net|org|info|biz|shop|store|online|site|xyz|top|club|io|co|us|uk|ru|de|ком|нет|орг|ру)(?![\\p{L}\\d])";
  /** {@code shop dot com}, {@code shop (dot) com}, {@code shop [.] com}, other languages' "dot". */
  private static final Pattern DISGUISED = Pattern.compile(NAME
      + "(?:\\s*+[(\\[{]\\s*+(?:dot|\\.)\\s*+[)\\]}]\\s*+|\\s++(?:dot|punkt|point|punto|ponto|kropka|tochka|точка|nokta)\\s++)"
      + SPELLED_TLD);
  /** {@code shop . com}, {@code shop. com}: only with top-level domains that are not words starting a sentence. */
  private static final Pattern SPACED_DOT = Pattern.compile(NAME + "(?:\\s++\\.\\s*+|\\.\\s++)(com|net|org|ru)(?![\\p{L}\\d])");
  /** Words that name no site when followed by "dot com" ("the dot com bubble"). */
  private static final Set<String> NOT_A_NAME = Set.of(
      "the", "a", "an", "to", "in", "on", "at", "of", "and", "or", "is", "it", "this", "that", "my", "your", "our", "their",
      "his", "her", "its", "no", "not", "was", "be", "by", "for", "from", "with", "as", "so", "but", "dr", "mr", "mrs", "ms",
      "etc", "vs", "i", "e", "g");

  private Links() {}

  static List<Link> find(String text) {
    List<Link> out = new ArrayList<>(2);
    if (text.indexOf('.') < 0 && !text.contains(" dot ") && !text.contains("(dot)") && !text.contains("[dot]")
        && !text.contains("punkt") && !text.contains("точка") && !text.contains("punto") && !text.contains("ponto")
        && !text.contains("point") && !text.contains("kropka") && !text.contains("tochka") && !text.contains("nokta")) {
      return out;
    }
    Matcher m = SCHEME.matcher(text);
    while (m.find()) add(out, m.start(), m.end(), m.group(1), false);
    m = BARE.matcher(text);
    while (m.find()) add(out, m.start(), m.end(), m.group(1), false);
    for (Pattern p : new Pattern[] {DISGUISED, SPACED_DOT}) {
      m = p.matcher(text);
      while (m.find()) {
        if (NOT_A_NAME.contains(m.group(1))) continue;
        add(out, m.start(), m.end(), m.group(1) + "." + tld(m.group(2)), true);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static String tld(String t) {
    switch (t) {
      case "ком": return "com";
      case "нет": return "net";
      case "орг": return "org";
      case "ру": return "ru";
      default: return t;
    }
  }

  private static void add(List<Link> out, int start, int end, String host, boolean disguised) {
    for (Link l : out) {
      if (start < l.end() && l.start() < end) return;
    }
    String h = host.toLowerCase(Locale.ROOT);
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    if (h.startsWith("www.")) h = h.substring(4);
    else if (h.matches("www\\d\\..*")) h = h.substring(5);
    if (h.isEmpty() || h.indexOf('.') < 0) return;
    out.add(new Link(start, end, h, disguised));
  }
}
