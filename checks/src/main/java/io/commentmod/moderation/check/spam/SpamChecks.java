package io.commentmod.moderation.check.spam;

import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.LearnedLayer;
import io.commentmod.moderation.training.TextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The spam checks for a policy, in the order their reasons are listed. */
public final class SpamChecks {
  private SpamChecks() {}

  /** All spam checks, with the bundled classifier if one was trained and the policy enables it. */
  public static List<ModerationCheck> all(Policy policy) {
    return all(policy, TextModel.bundled());
  }

  public static List<ModerationCheck> all(Policy policy, Optional<TextModel> model) {
    return all(policy, model, LearnedLayer.NONE);
  }

  /** As {@link #all(Policy, Optional)}, the classifier shifted by what moderators' labels taught {@code learned}. */
  public static List<ModerationCheck> all(Policy policy, Optional<TextModel> model, LearnedLayer learned) {
    List<ModerationCheck> checks = new ArrayList<>(List.of(
        new WordListCheck(policy),
        new LinkCheck(policy),
        new ContactCheck(policy),
        new PaymentCheck(),
        new SpamLanguageCheck(),
        new GibberishCheck(),
        new RepetitionCheck(),
        new EmojiCheck(),
        new AuthorProfileCheck(policy)));
    if (policy.classifier().enabled()) model.ifPresent(m -> checks.add(new ClassifierCheck(m, learned, policy)));
    return List.copyOf(checks);
  }
}
