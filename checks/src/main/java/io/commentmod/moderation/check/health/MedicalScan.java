package io.commentmod.moderation.check.health;

import io.commentmod.moderation.check.CommentText;

/**
 * The medical-advice rules over one comment's lexicon hits. Advice is found sentence by sentence:
 * an imperative or "you should" aimed at a drug, dose or treatment; rhetorical suggestions ("why not
 * just ..."); "you don't need ..."; advice framing next to a drug; cure, comparison and replacement
 * claims; bare dose schedules. Questions, quotes, first-person accounts, study talk and pointing to a
 * doctor switch the matching rules off. Dangerous pairs of drugs joined in one sentence raise the score.
 *
 * <p>This class only runs the rules in their order; the state and sentence facts are in {@link MedicalSentences}, the
 * rules in {@link Suggestions} (rhetorical, "you don't need", modals), {@link Imperatives} (where an imperative verb
 * is), {@link Directives} (whether a directive verb is advice), {@link AdviceFraming}, {@link CureClaims},
 * {@link DoseSchedules} and {@link Combinations}. Later rules read the sentences earlier ones marked as advising.
 */
final class MedicalScan {
  private MedicalScan() {}

  /** Runs the medical rules over one comment and returns their reasons (empty when none fired). */
  static Reasons run(Tokens t, Hits h, Drugs drugs, CommentText text) {
    MedicalSentences m = new MedicalSentences(t, h, drugs, text);
    if (!m.sentenceFacts()) return m.reasons;
    for (int s = 0; s < t.sentences; s++) {
      Suggestions.rhetorical(m, s);
      Suggestions.noNeed(m, s);
      if (m.question[s]) continue;
      Imperatives.imperatives(m, s);
      Suggestions.modals(m, s);
      AdviceFraming.adviceFraming(m, s);
      CureClaims.claims(m, s);
      DoseSchedules.bareSchedule(m, s);
    }
    new Combinations(m.x, drugs).find(m.reasons, m.question, m.advised, m.dose);
    DoseSchedules.doses(m);
    return m.reasons;
  }
}
