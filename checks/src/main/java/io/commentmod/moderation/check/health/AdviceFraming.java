package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DIRECTIVE;

/**
 * Advice by framing rather than by verb: "my advice", "trust me", "do what I did", "for best results" near something
 * medical; praise of a drug addressed to readers; and a drug offered "with your" own medication. Each records a
 * {@code medical.directive} reason (0.7 or 0.75) and marks the sentence as advising. Study findings, pointers to a
 * doctor, warnings and first-person accounts switch these off.
 */
final class AdviceFraming {
  /** Payload of an advice phrase that names a dose right ("is the ideal dose", "for best results"). */
  private static final int DOSE_VERDICT = 2;
  /** Past forms of the stop verbs, for the story before "you can too". */
  private static final java.util.Set<String> STOP_PAST = java.util.Set.of(
      "stopped", "quit", "ditched", "dropped", "dumped", "binned", "cancelled", "canceled", "tapered", "weaned", "flushed",
      "halved", "ended", "abandoned", "chucked", "tossed");
  /** Warning words: a sentence with one of these that joins a drug to the reader's is a caution, not praise. */
  private static final java.util.Set<String> WARNINGS = java.util.Set.of(
      "careful", "dangerous", "danger", "risk", "risky", "interaction", "interactions", "interact", "syndrome", "unsafe", "warning",
      "warn", "never", "not", "don't", "dont", "avoid", "cuidado", "peligroso", "vorsicht", "gefährlich", "gevaarlijk", "dangereux",
      "attention", "pericoloso", "perigoso");

  private AdviceFraming() {}

  /** Whether sentence {@code s} has study talk outside hit {@code k} ("the trial found", not the "results" of "for best results"). */
  private static boolean studyBeside(MedicalSentences ms, int s, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    for (int j = x.firstHit(s); j >= 0 && j < h.size && t.sentence[h.from[j]] == s; j++) {
      if (h.is(j, Cat.STUDY) && (h.from[j] >= h.to[k] || h.to[j] <= h.from[k])) return true;
    }
    return false;
  }

  /** "my advice", "trust me", "do the same", "I recommend" next to a drug or dose. */
  static void adviceFraming(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.ADVICE) || t.quoted[h.from[k]]) continue;
      if (ms.safe[s]) continue;
      // "the study found 25mg is the optimal dose" reports a finding, "for best results" recommends one
      if (h.payload[k] == DOSE_VERDICT && studyBeside(ms, s, k)) continue;
      if (h.payload[k] == 1 && !stopStoryBefore(ms, s)) continue;
      if (nonMedicalGerundAfter(ms, k)) continue; // "highly recommend bringing a written list to appointments"
      boolean near = ms.medical[s] || ms.dose[s] || (s > 0 && (ms.medical[s - 1] || ms.dose[s - 1]))
          || (s + 1 < t.sentences && (ms.medical[s + 1] || ms.dose[s + 1]) && !ms.question[s + 1])
          || ((aloneInSentence(ms, k) || endsSentence(ms, k)) && s > 0 && !ms.safe[s - 1] && !ms.study[s - 1] && ms.contextBefore(s - 1));
      if (near) {
        ms.reasons.add(DIRECTIVE, 0.7, "advice framing: \"" + ms.words(k) + "\"", x.range(k));
        ms.advised[s] = true;
      }
    }
    endorsedToReaders(ms, s);
    withYours(ms, s);
  }

  /**
   * "I quit X cold turkey. Best decision I ever made. You can too.": one of the two sentences before has a stop verb, and
   * neither points to a doctor or talks about a study.
   */
  private static boolean stopStoryBefore(MedicalSentences ms, int s) {
    HitIndex x = ms.x;
    for (int p = s - 1; p >= 0 && p >= s - 2; p--) {
      if (ms.safe[p] || ms.study[p]) return false;
      if (x.has(p, Cat.DIR_STOP) || pastStop(ms, p)) return true;
    }
    return false;
  }

  /** "I cancelled my sertraline", "Ditched the pills last spring": a stop told in the past, beside a drug or medication. */
  private static boolean pastStop(MedicalSentences ms, int p) {
    Tokens t = ms.t;
    if (!ms.medical[p]) return false;
    for (int i = t.sentenceStart[p]; i < t.sentenceEnd[p]; i++) {
      if (STOP_PAST.contains(t.word(i))) return true;
    }
    return false;
  }

  /** "If that's happened to you, do what I did.": framing that closes its sentence refers back to the story before. */
  private static boolean endsSentence(MedicalSentences ms, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int s = t.sentence[h.from[k]];
    return h.to[k] >= t.sentenceEnd[s] && h.from[k] > t.sentenceStart[s];
  }

  /**
   * "Highly recommend bringing a written list": framing followed by a gerund that is no directive, with nothing medical in
   * the rest of its clause, recommends something else.
   */
  private static boolean nonMedicalGerundAfter(MedicalSentences ms, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int i = h.to[k];
    int s = t.sentence[h.from[k]];
    if (i >= t.sentenceEnd[s] || !t.word(i).endsWith("ing") || t.word(i).length() < 5) return false;
    for (int j = x.at(i); j >= 0 && j < h.size && h.from[j] == i; j++) {
      if (h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP)) return false;
    }
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == t.clause[i]; j++) {
      if (h.from[j] >= i && (ms.isMedObject(j, false) || h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP) || h.is(j, Cat.PRONOUN))) return false;
    }
    return true;
  }

  /** "Highly recommend." after a regimen: the framing is (nearly) the whole sentence, so it refers to what came before. */
  private static boolean aloneInSentence(MedicalSentences ms, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int s = t.sentence[h.from[k]];
    return (t.sentenceEnd[s] - t.sentenceStart[s]) - (h.to[k] - h.from[k]) <= 1;
  }

  /**
   * "a bit of tramadol with your SSRI gives a nice lift": a drug joined to the reader's own medication ("with your X"),
   * not in a question, a caution, a first-person account, study talk or beside a doctor.
   */
  private static void withYours(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (ms.advised[s] || ms.safe[s] || ms.study[s]) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.CONNECT) || t.quoted[h.from[k]] || h.to[k] >= t.sentenceEnd[s]) continue;
      String owner = t.word(h.to[k]);
      if (!owner.equals("your") && !owner.equals("ur") && !owner.equals("tu") && !owner.equals("tus") && !owner.equals("deinem")
          && !owner.equals("deiner") && !owner.equals("deinen") && !owner.equals("je") && !owner.equals("jouw") && !owner.equals("ton")
          && !owner.equals("ta") && !owner.equals("tes") && !owner.equals("votre") && !owner.equals("vos")) {
        continue;
      }
      int yours = -1;
      for (int j = k + 1; j < h.size && h.from[j] <= h.to[k] + 3 && h.from[j] < t.sentenceEnd[s]; j++) {
        if (h.from[j] > h.to[k] && (h.is(j, Cat.DRUG) || h.is(j, Cat.MED))) {
          yours = j;
          break;
        }
      }
      int added = -1;
      for (int j = k - 1; j >= 0 && h.from[j] >= h.from[k] - 6 && t.clause[h.from[j]] == t.clause[h.from[k]]; j--) {
        if (h.is(j, Cat.FIRST) || h.is(j, Cat.DOCTOR)) return;
        if (h.is(j, Cat.DRUG) && h.to[j] <= h.from[k]) added = j;
      }
      if (yours < 0 || added < 0) continue;
      for (int i = t.sentenceStart[s]; i < t.sentenceEnd[s]; i++) {
        if (WARNINGS.contains(t.word(i))) return;
      }
      ms.reasons.add(DIRECTIVE, 0.75, "offers " + ms.words(added) + " with the reader's " + ms.words(yours), x.range(added), x.range(yours));
      ms.advised[s] = true;
      return;
    }
  }

  /** Praise of a drug addressed to the reader ("X with your sertraline gives it a real boost"). */
  private static void endorsedToReaders(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (ms.advised[s] || ms.safe[s] || ms.first[s] || ms.study[s] || !ms.medical[s] || !ms.secondPerson(s)) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, Cat.ENDORSE) && h.payload[k] != MedicalSentences.BARE_ENDORSE && !t.quoted[h.from[k]]) {
        ms.reasons.add(DIRECTIVE, 0.7, "recommends to readers: \"" + ms.words(k) + "\"", x.range(k));
        ms.advised[s] = true;
        return;
      }
    }
  }
}
