package io.commentmod.ingest.validation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks on single string values; each returns the problem, or empty when the value is fine. */
final class TextRules {
  private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9._:-]+");
  private static final Pattern EMAIL = Pattern.compile(
      "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,63}");
  private static final Pattern IPV4 = Pattern.compile("(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private TextRules() {}

  /** Unpaired surrogates (from {@code \ud800} escapes or CESU-style bytes) are not text. */
  static Optional<String> wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of("must not contain unpaired surrogates (invalid Unicode)");
      }
    }
    return Optional.empty();
  }

  /**
   * Control characters (Unicode Cc); {@code allowLineBreaks} lets {@code \n \r \t} through, for the body.
   * One-line fields (names, ids) also refuse the bidi embedding, override and isolate characters
   * (U+202A–U+202E, U+2066–U+2069), which can make a name display as something else in the console
   * ("Trojan Source"); the body keeps them, since right-to-left text may need them.
   */
  static Optional<String> noControls(String s, boolean allowLineBreaks) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (allowLineBreaks && (c == '\n' || c == '\r' || c == '\t')) continue;
      if (!allowLineBreaks && isBidiControl(c)) {
        return Optional.of("must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)");
      }
      if (Character.getType(c) == Character.CONTROL) {
        return Optional.of(allowLineBreaks
            ? "must not contain control characters other than newline, carriage return and tab"
            : "must not contain control characters");
      }
    }
    return Optional.empty();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  static Optional<String> articleId(String s) {
    return ARTICLE_ID.matcher(s).matches() ? Optional.empty() : Optional.of("must contain only letters, digits and . _ : -");
  }

  static Optional<String> email(String s) {
    return EMAIL.matcher(s).matches() ? Optional.empty() : Optional.of("must be an email address like name@example.com");
  }

  /** An IPv4 or IPv6 literal; never resolves a name (InetAddress only sees strings that contain ':'). */
  static Optional<String> ip(String s) {
    if (IPV4.matcher(s).matches()) return Optional.empty();
    if (s.indexOf(':') >= 0 && IPV6_CHARS.matcher(s).matches()) {
      try {
        InetAddress.getByName(s);
        return Optional.empty();
      } catch (UnknownHostException e) {
        // falls through
      }
    }
    return Optional.of("must be an IPv4 or IPv6 address");
  }

  static Optional<String> httpUrl(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) return Optional.empty();
    } catch (URISyntaxException e) {
      // falls through
    }
    return Optional.of("must be an absolute http or https URL");
  }
}
