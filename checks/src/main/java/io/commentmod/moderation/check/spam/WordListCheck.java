package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.PhraseMatcher;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/** The operator's word lists: a blocked word makes the comment spam (score 1), a hold word sends it to spam review. */
public final class WordListCheck implements ModerationCheck {
  static final String NAME = "word-list";
  private final PhraseMatcher<String> blocked;
  private final PhraseMatcher<String> hold;
  private final double holdScore;

  public WordListCheck(Policy policy) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    policy.blockedWords().forEach(w -> b.add(w, w));
    blocked = b.build();
    PhraseMatcher.Builder<String> h = PhraseMatcher.builder();
    policy.holdWords().forEach(w -> h.add(w, w));
    hold = h.build();
    holdScore = policy.holdScore();
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    if (blocked.isEmpty() && hold.isEmpty()) return;
    Tokens tokens = Tokens.cached(text.normalized());
    report(text, tokens, blocked, 1.0, "blocked word", findings);
    report(text, tokens, hold, holdScore, "hold word", findings);
  }

  private static void report(CommentText text, Tokens tokens, PhraseMatcher<String> m, double score, String kind, Findings findings) {
    List<String> words = new ArrayList<>(1);
    List<Span> spans = new ArrayList<>(1);
    m.match(tokens, (w, a, b) -> {
      if (!words.contains(w)) words.add(w);
      spans.add(text.originalSpan(tokens.start(a), tokens.end(b)));
    });
    if (!words.isEmpty()) findings.add(FlagName.SPAM, score, NAME, kind + " '" + String.join("', '", words) + "'", spans);
  }
}
