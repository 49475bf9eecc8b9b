package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DIRECTIVE;

/**
 * Medical rules for suggestions that are not bare imperatives: the rhetorical "why not just ...", the "you don't need
 * ..." that waves treatment away, and the modal "you should stop ...", "anyone on X should ...", "dass du ... absetzen
 * solltest". Each finds its directive (or object) within the sentence and hands a directive verb to
 * {@link Directives#directive}, which checks its object and records the reason. Pointers to a doctor, conditions and a
 * writer talking about themself switch the matching rule off, as the sentence facts say ({@link MedicalSentences}).
 */
final class Suggestions {
  private static final int DIRECTIVE_WINDOW = 3;
  /** Subject payload of a subordinate or relative subject ("dass du", "anyone who", "wer"): the modal may come later. */
  private static final int LATE_MODAL = 1;
  private static final int LATE_MODAL_WINDOW = 12;
  private static final int MODAL2_WINDOW = 6;
  /** Words that may stand between a modal and its gerund: "might want to look into lowering", "should really be getting off". */
  private static final java.util.Set<String> TRANSPARENT = java.util.Set.of(
      "be", "look", "into", "think", "about", "consider", "considering", "keep", "go", "ahead", "and", "really", "seriously",
      "just", "also", "definitely", "honestly", "maybe", "start", "at", "least", "even", "all", "now", "asap");
  /** Relative words after a subject: "anyone who ...", "people that ...", "iedereen die ...". */
  private static final java.util.Set<String> RELATIVE = java.util.Set.of(
      "who", "whos", "that", "which", "die", "der", "welche", "welcher", "que", "qui", "quien", "quienes", "wie");
  /** Words before a directive word that make it a noun: "what dose", "which dose". */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
      "what", "which", "whose", "the", "a", "an", "her", "his", "their", "my", "this", "that");

  private Suggestions() {}

  static void rhetorical(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (ms.safe[s] && !ms.dose[s]) return; // "have you thought about asking your GP to lower it?"
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.RHETORICAL) || t.quoted[h.from[k]] || h.payload[k] == MedicalSentences.RHETORICAL_TAG) continue;
      int obj = ms.objectAfter(k, false, t.sentenceEnd[s]);
      if (obj < 0 && h.payload[k] == 2 && ms.contextBefore(s)) obj = ms.pronounRightAfter(k);
      if (obj >= 0 && doctorBetween(ms, k, obj)) continue; // "wouldn't it be smarter to ask your psychiatrist about the meds"
      if (obj >= 0) {
        ms.reasons.add(DIRECTIVE, 0.75, "suggests " + ms.words(obj) + " (\"" + ms.words(k) + " ...\")", x.range(k), x.range(obj));
        ms.advised[s] = true;
      }
    }
  }

  /** A doctor-pointing verb ("ask your psychiatrist about") between a rhetorical phrase and its object. */
  private static boolean doctorBetween(MedicalSentences ms, int k, int obj) {
    Hits h = ms.h;
    HitIndex x = ms.x;
    for (int j = k + 1; j < h.size && h.from[j] < h.from[obj]; j++) {
      if (h.is(j, Cat.SAFE_VERB) && x.next(j, Cat.DOCTOR, 3) >= 0) return true;
    }
    return false;
  }

  static void noNeed(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (x.opensWith(s, Cat.QUESTION_OPEN)) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.NO_NEED) || t.quoted[h.from[k]]) continue;
      if (x.before(k, Cat.FIRST)) continue;
      int obj = h.payload[k] == MedicalSentences.NO_PERMISSION ? k
          : h.payload[k] == 2 ? (ms.contextBefore(s) ? k : -1) : ms.objectAfter(k, true, t.sentenceEnd[s]);
      if (obj >= 0) {
        ms.reasons.add(DIRECTIVE, 0.8, "tells readers they don't need " + (obj == k ? "it" : ms.words(obj)), x.range(k), x.range(obj));
        ms.advised[s] = true;
      }
    }
  }

  /** "you should stop ...", "anyone on pills should replace them", "deberías dejar ...". */
  static void modals(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, Cat.SUBJ2)) {
        if (x.before(k, Cat.CONDITIONAL)) continue;
        if (h.payload[k] == LATE_MODAL) {
          lateModal(ms, s, k);
          continue;
        }
        int m = x.next(k, Cat.MODAL, 2);
        if (m < 0 && relativeAfter(ms, k)) {
          relativeModal(ms, s, k);
          continue;
        }
        if (m < 0) continue;
        int d = nextDirective(ms, m, DIRECTIVE_WINDOW);
        if (d >= 0) Directives.directive(ms, s, d, m);
      } else if (h.is(k, Cat.MODAL2)) {
        if (x.before(k, Cat.CONDITIONAL)) continue;
        int d = nextDirective(ms, k, MODAL2_WINDOW);
        if (h.payload[k] == 1 && d >= 0 && h.payload[d] != MedicalSentences.AFTER_MODAL_ONLY) d = -1; // "worth" + gerund only
        if (d >= 0) Directives.directive(ms, s, d, k);
      }
    }
  }

  /** "anyone who is still on X should ...", "Wer X nimmt, sollte ...": the subject's modal after a relative clause. */
  private static void relativeModal(MedicalSentences ms, int s, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    for (int m = k + 1; m < h.size && h.from[m] < t.sentenceEnd[s] && h.from[m] <= h.to[k] + LATE_MODAL_WINDOW; m++) {
      if (h.is(m, Cat.CONDITIONAL) || h.is(m, Cat.FIRST)) return;
      if (h.is(m, Cat.MODAL) || h.is(m, Cat.MODAL2)) {
        int d = nextDirective(ms, m, MODAL2_WINDOW);
        if (d >= 0) Directives.directive(ms, s, d, k);
        return;
      }
    }
  }

  /**
   * "dass du die Tabletten absetzen solltest", "dat je die pillen moet afbouwen": a subordinate subject
   * whose modal comes after the object, before (Dutch) or after (German) the infinitive.
   */
  private static void lateModal(MedicalSentences ms, int s, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int clause = t.clause[h.from[k]];
    int prevDir = -1;
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == clause && h.from[j] <= h.to[k] + LATE_MODAL_WINDOW; j++) {
      if (h.from[j] < h.to[k]) continue;
      if (h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP)) prevDir = j;
      if (h.is(j, Cat.MODAL) || h.is(j, Cat.MODAL2)) {
        int d = nextDirective(ms, j, DIRECTIVE_WINDOW);
        if (d < 0 && prevDir >= 0 && h.to[prevDir] >= h.from[j] - 1) d = prevDir;
        if (d >= 0) Directives.directive(ms, s, d, k);
        return;
      }
    }
  }

  private static boolean relativeAfter(MedicalSentences ms, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int tok = h.to[k];
    if (tok < t.size && t.sentence[tok] == t.sentence[h.from[k]] && RELATIVE.contains(t.word(tok))) return true;
    String last = t.word(h.to[k] - 1);
    return last.equals("wer") || last.equals("whoever") || last.equals("quien") || last.equals("quienes");
  }

  private static int nextDirective(MedicalSentences ms, int k, int gap) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int clause = t.clause[h.from[k]];
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == clause && h.from[j] <= h.to[k] + gap; j++) {
      if (h.from[j] >= h.to[k] && (h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP))) {
        // a gerund is the modal's own object ("better off dropping"), not a later verb ("ashamed of taking")
        if (h.payload[j] == MedicalSentences.AFTER_MODAL_ONLY && h.from[j] > h.to[k] + 1 && !transparentBetween(ms, h.to[k], h.from[j])) continue;
        // "nobody could tell me what dose she gets": after a determiner the word is a noun, not the modal's verb
        if (h.from[j] > h.to[k] && DETERMINERS.contains(t.word(h.from[j] - 1))) continue;
        return j;
      }
    }
    return -1;
  }

  private static boolean transparentBetween(MedicalSentences ms, int from, int to) {
    Tokens t = ms.t;
    for (int i = from; i < to; i++) {
      if (!TRANSPARENT.contains(t.word(i))) return false;
    }
    return true;
  }
}
