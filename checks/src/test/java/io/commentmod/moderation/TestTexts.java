package io.commentmod.moderation;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.Normalizer;
import java.util.List;

/** Helpers shared by the check tests. */
public final class TestTexts {
  private TestTexts() {}

  public static CommentText text(String body) {
    return Normalizer.normalize("article", "Reader", "reader@example.org", "", body);
  }

  public static List<Findings.Finding> spam(ModerationCheck check, String body) {
    Findings f = new Findings();
    check.inspect(text(body), f);
    return f.of(FlagName.SPAM);
  }

  /** The original text each span of {@code finding} covers. */
  public static List<String> covered(String body, Findings.Finding finding) {
    return finding.reason().spans().stream().map(s -> body.substring(s.start(), s.end())).toList();
  }
}
