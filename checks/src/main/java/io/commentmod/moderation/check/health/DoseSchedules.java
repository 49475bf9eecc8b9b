package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DOSE;

/**
 * Dose and schedule rules: a bare schedule with no verb ("0.1g every third day for 8 weeks") is a {@code medical.dose}
 * instruction (0.7) in a sentence naming something medical, unless the writer is its subject, the sentence points to a
 * doctor or reports a study; and, once any rule fired, every dose or schedule in an advising sentence is added as its
 * own {@code medical.dose} reason (0.85).
 */
final class DoseSchedules {
  /** Number words that make the drug right after them an amount: "two Nytol". */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(
      "one", "two", "three", "four", "five", "1", "2", "3", "4", "5", "zwei", "drei", "deux", "trois", "dos", "tres", "twee", "drie");

  private DoseSchedules() {}

  /** A schedule with no verb: "0.1g every third day for 8 weeks" — an instruction unless personal or from a study. */
  static void bareSchedule(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (ms.study[s] || ms.safe[s] || !ms.medical[s]) return;
    int amount = -1;
    int schedule = -1;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (t.quoted[h.from[k]]) continue;
      if (h.is(k, Cat.DOSE) && amount < 0) amount = k;
      // "Two Nytol every night": a number right before a drug is an amount
      if (h.is(k, Cat.DRUG) && amount < 0 && h.from[k] > t.sentenceStart[s] && NUMBER_WORDS.contains(t.word(h.from[k] - 1))) amount = k;
      if (h.is(k, Cat.SCHEDULE) && schedule < 0) schedule = k;
    }
    if (amount >= 0 && schedule >= 0 && ms.first[s] && writerBefore(ms, s, amount, schedule)) return;
    if (amount >= 0 && schedule >= 0) {
      // "by a quarter every" can be both the amount and the schedule: quote overlapping hits once
      boolean overlap = h.from[schedule] < h.to[amount] && h.from[amount] < h.to[schedule];
      String quoted = overlap
          ? x.surface(Math.min(h.from[amount], h.from[schedule]), Math.max(h.to[amount], h.to[schedule]))
          : ms.words(amount) + " " + ms.words(schedule);
      ms.reasons.add(DOSE, 0.7, "dose schedule: \"" + quoted + "\"", x.range(amount), x.range(schedule));
      ms.advised[s] = true;
    }
  }

  /**
   * Whether the writer is the subject of a bare schedule: a first person before the amount or in the clause of the
   * amount or the schedule ("I take 10mg every night"), not only in a later clause ("10 mg every night, I give it to my son too").
   */
  private static boolean writerBefore(MedicalSentences ms, int s, int amount, int schedule) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int last = Math.max(h.to[amount], h.to[schedule]);
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.FIRST) || h.possessiveJe(t, k)) continue;
      int c = t.clause[h.from[k]];
      if (h.from[k] < last || c == t.clause[h.from[amount]] || c == t.clause[h.from[schedule]]) return true;
    }
    return false;
  }

  /** Adds the doses and schedules of advising sentences as their own reason. */
  static void doses(MedicalSentences ms) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (ms.reasons.isEmpty()) return;
    for (int k = 0; k < h.size; k++) {
      int s = t.sentence[h.from[k]];
      if ((h.is(k, Cat.DOSE) || h.is(k, Cat.SCHEDULE)) && ms.advised[s] && !t.quoted[h.from[k]]) {
        ms.reasons.add(DOSE, 0.85, "dose or schedule: \"" + ms.words(k) + "\"", x.range(k));
      }
    }
  }
}
