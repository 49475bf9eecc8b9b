package io.commentmod.moderation.check.health;

/** Recognises web and e-mail addresses, whose words ("fastpharma-rx.com") must never match a lexicon. */
final class WebAddresses {
  private WebAddresses() {}

  private static final java.util.Set<String> TLDS = java.util.Set.of(
      "com", "net", "org", "shop", "store", "info", "biz", "io", "co", "uk", "de", "es", "fr", "nl", "it", "pt", "ru", "me",
      "us", "ca", "au", "eu", "online", "site", "xyz", "club", "app", "ly", "gl", "tv", "in", "health", "care", "pharmacy", "edu", "gov");

  /**
   * If the whitespace-delimited chunk holding {@code from} is a web or e-mail address, its end offset;
   * otherwise -1. Words inside addresses ("fastpharma-rx.com") never match a lexicon.
   */
  static int end(String s, int from) {
    int a = from;
    while (a > 0 && !Character.isWhitespace(s.charAt(a - 1))) a--;
    int b = from;
    while (b < s.length() && !Character.isWhitespace(s.charAt(b))) b++;
    int dot = -1;
    int slash = -1;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (c == ':' && i + 2 < b && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') return b;
      if (c == '/' && slash < 0) slash = i;
    }
    if (s.startsWith("www.", a)) return b;
    int end = slash >= 0 ? slash : b;
    while (end > a && !Character.isLetterOrDigit(s.charAt(end - 1))) end--;
    for (int i = end - 1; i > a; i--) {
      if (s.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    if (dot <= a || dot >= end - 1 || !Character.isLetterOrDigit(s.charAt(dot - 1))) return -1;
    int len = end - dot - 1;
    if (len < 2 || len > 8) return -1;
    return TLDS.contains(s.substring(dot + 1, end)) ? b : -1;
  }
}
