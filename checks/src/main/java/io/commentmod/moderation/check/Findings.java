package io.commentmod.moderation.check;

import io.commentmod.events.FlagName;
import io.commentmod.events.Reason;
import io.commentmod.events.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the checks found on one comment: per flag, each contribution's score and reason. */
public final class Findings {
  /** One check's contribution to a flag. */
  public record Finding(FlagName flag, double score, Reason reason) {}

  private final Map<FlagName, List<Finding>> byFlag = new EnumMap<>(FlagName.class);

  /** Records that {@code check} found {@code detail} at {@code spans}, scoring {@code score} in [0, 1] for {@code flag}. */
  public void add(FlagName flag, double score, String check, String detail, List<Span> spans) {
    if (score < 0 || score > 1 || Double.isNaN(score)) throw new IllegalArgumentException("score out of [0,1]: " + score);
    byFlag.computeIfAbsent(flag, f -> new ArrayList<>()).add(new Finding(flag, score, new Reason(check, detail, spans)));
  }

  public List<Finding> of(FlagName flag) {
    return byFlag.getOrDefault(flag, List.of());
  }

  /** {@code flag}'s findings combined by noisy-OR, {@code 1 - prod(1 - score)}, as the moderator combines them; 0 with none. */
  public double combined(FlagName flag) {
    double keep = 1;
    for (Finding f : of(flag)) keep *= 1 - f.score();
    return 1 - keep;
  }

  public boolean isEmpty() {
    return byFlag.isEmpty();
  }
}
