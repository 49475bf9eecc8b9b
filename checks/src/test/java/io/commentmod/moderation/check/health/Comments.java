package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: a stand-in normaliser (lower case, identity index map) and running the health checks. */
final class Comments {
  private Comments() {}

  /** A comment whose normalised text is the body lower-cased character by character. */
  static CommentText comment(String body) {
    char[] lower = new char[body.length()];
    int[] map = new int[body.length() + 1];
    for (int i = 0; i < body.length(); i++) {
      lower[i] = Character.toLowerCase(body.charAt(i));
      map[i] = i;
    }
    map[body.length()] = body.length();
    return new CommentText("article", "", "", "", body, new String(lower), map);
  }

  static Findings run(String body) {
    Findings f = new Findings();
    CommentText text = comment(body);
    for (ModerationCheck c : HealthChecks.all()) c.inspect(text, f);
    return f;
  }

  static boolean flagged(String body, FlagName flag) {
    return !run(body).of(flag).isEmpty();
  }

  /** The check names of {@code flag}'s findings on {@code body}. */
  static List<String> checks(String body, FlagName flag) {
    List<String> out = new ArrayList<>();
    for (Findings.Finding f : run(body).of(flag)) out.add(f.reason().check());
    return out;
  }

  /** The original-text strings covered by the spans of {@code check}'s finding. */
  static List<String> spanned(String body, FlagName flag, String check) {
    List<String> out = new ArrayList<>();
    for (Findings.Finding f : run(body).of(flag)) {
      if (!f.reason().check().equals(check)) continue;
      for (Span s : f.reason().spans()) out.add(body.substring(s.start(), s.end()));
    }
    return out;
  }

  static Findings.Finding finding(String body, FlagName flag, String check) {
    for (Findings.Finding f : run(body).of(flag)) {
      if (f.reason().check().equals(check)) return f;
    }
    return null;
  }
}
