package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.CURE;

import io.commentmod.moderation.check.health.Drugs.Drug;

/**
 * Cure claims ("X cured my ..." with a drug or remedy near), comparisons against treatment ("X beats Y", "X is the
 * best"), replacements ("instead of Y, try X") and "natural Y" claims, each recorded as {@code medical.cure_claim}
 * (0.75). Not in study talk or quotes; a comparison does not count after a negation ("was not better than") or as a
 * first-person account not addressed to readers, and alcohol, supplements and other non-prescription drugs are not
 * the thing a "natural" one replaces.
 */
final class CureClaims {
  /** Compare payloads: "natural"/"nature's" right before a drug (2) or right after it (3: "Prozac naturel"). */
  private static final int NATURAL_BEFORE = 2;
  private static final int NATURAL_AFTER = 3;
  /** Words that negate a comparison or replacement just before it: "was not better than", "didn't replace". */
  private static final java.util.Set<String> NEGATIONS = java.util.Set.of(
      "not", "no", "never", "didn't", "didnt", "doesn't", "doesnt", "don't", "dont", "wasn't", "wasnt", "isn't", "isnt", "aren't",
      "arent", "weren't", "won't", "wont", "hasn't", "haven't", "nicht", "kein", "keine", "nie", "niet", "geen", "nooit", "pas", "jamais",
      "non", "não", "nao", "nunca", "ne", "n");
  /** The second half of a French negation: "ne ... pas", "n'... jamais". */
  private static final java.util.Set<String> FRENCH_CLOSERS = java.util.Set.of(
      "pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guere", "point", "nullement");

  private CureClaims() {}

  /** Cure claims, comparisons against treatment and replacement of treatment. */
  static void claims(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (ms.study[s]) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (t.quoted[h.from[k]]) continue;
      if (h.is(k, Cat.CURE)) {
        int subject = subjectNear(ms, k, s);
        if (subject >= 0) {
          ms.reasons.add(CURE, 0.75, "cure claim: " + ms.words(subject) + " \"" + ms.words(k) + "\"", x.range(subject), x.range(k));
          ms.advised[s] = true;
        }
      } else if (h.is(k, Cat.COMPARE) || h.is(k, Cat.REPLACE)) {
        if (ms.first[s] && !ms.secondPerson(s)) continue;
        if (negatedBefore(ms, k)) continue; // "was not significantly better than", "it didn't replace my meds"
        comparison(ms, s, k);
      }
    }
  }

  /** A negation up to four words before hit {@code k} in its clause, after the clause's first word ("No pill beats ..." is still a claim). */
  private static boolean negatedBefore(MedicalSentences ms, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int clause = t.clause[h.from[k]];
    for (int i = h.from[k] - 1; i >= 0 && i >= h.from[k] - 4 && t.clause[i] == clause; i--) {
      if (i > 0 && t.clause[i - 1] == clause && NEGATIONS.contains(t.word(i)) && frenchClosed(ms, i, clause)) return true;
    }
    return false;
  }

  /**
   * The French "ne"/elided "n" negate only with their closing word later in the clause ("ne remplace pas"); "n" is also
   * English ("rock n roll", "n = 30"). Other negations pass.
   */
  private static boolean frenchClosed(MedicalSentences ms, int i, int clause) {
    Tokens t = ms.t;
    String w = t.word(i);
    if (!w.equals("ne") && !w.equals("n")) return true;
    for (int j = i + 1; j < t.size && t.clause[j] == clause && j <= i + 6; j++) {
      if (FRENCH_CLOSERS.contains(t.word(j))) return true;
    }
    return false;
  }

  private static void comparison(MedicalSentences ms, int s, int k) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int left = -1;
    for (int j = x.firstHit(s); j >= 0 && j < k; j++) {
      if (ms.isCat(j, Cat.DRUG) || ms.isCat(j, Cat.REMEDY) || ms.isCat(j, Cat.DOSE)) left = j;
    }
    if (h.is(k, Cat.COMPARE) && (h.payload[k] == NATURAL_BEFORE || h.payload[k] == NATURAL_AFTER)) {
      natural(ms, s, k);
      return;
    }
    if (h.is(k, Cat.COMPARE) && h.payload[k] == 1) {
      if (left < 0) left = ms.objectAfter(k, false, t.sentenceEnd[s]);
      // "alcohol is best avoided": steering readers away from alcohol is not a treatment change
      if (left >= 0 && ms.isCat(left, Cat.DRUG) && ms.drugs.get(h.payload[left]).is(Drugs.Kind.ALCOHOL)) return;
      if (left >= 0) {
        ms.reasons.add(CURE, 0.75, "claims " + ms.words(left) + " is \"" + ms.words(k) + "\"", x.range(left), x.range(k));
        ms.advised[s] = true;
      }
      return;
    }
    int right = -1;
    for (int j = k + 1; j < h.size && h.from[j] < t.sentenceEnd[s]; j++) {
      if (h.from[j] >= h.to[k] && (ms.isCat(j, Cat.DRUG) || ms.isCat(j, Cat.MED) || ms.isCat(j, Cat.TREATMENT))) {
        right = j;
        break;
      }
    }
    if (left < 0 && right >= 0) {
      // "instead of X, try Y": the substitute comes after the replaced thing
      for (int j = right + 1; j < h.size && h.from[j] < t.sentenceEnd[s]; j++) {
        if (h.from[j] >= h.to[right] && (ms.isCat(j, Cat.DRUG) || ms.isCat(j, Cat.REMEDY))) {
          left = j;
          break;
        }
      }
    }
    if (left < 0 || right < 0) return;
    if (ms.isCat(left, Cat.DRUG) && ms.isCat(right, Cat.DRUG) && h.payload[left] == h.payload[right]) return;
    if (ms.isCat(right, Cat.DRUG) && ms.drugs.get(h.payload[right]).name().equals("alcohol")) return;
    String verb = h.is(k, Cat.REPLACE) ? "pushes " + ms.words(left) + " in place of " : "claims " + ms.words(left) + " beats ";
    ms.reasons.add(CURE, 0.75, verb + ms.words(right), x.range(left), x.range(k), x.range(right));
    ms.advised[s] = true;
  }

  /** "Lion's mane is basically natural sertraline", "le millepertuis, c'est du Prozac naturel". */
  private static void natural(MedicalSentences ms, int s, int k) {
    Hits h = ms.h;
    HitIndex x = ms.x;
    int drug = -1;
    if (h.payload[k] == NATURAL_BEFORE) {
      for (int j = k + 1; j < h.size && h.from[j] <= h.to[k]; j++) {
        if (h.from[j] == h.to[k] && ms.isCat(j, Cat.DRUG)) drug = j;
      }
    } else {
      for (int j = k - 1; j >= 0 && h.to[j] >= h.from[k]; j--) {
        if (h.to[j] == h.from[k] && ms.isCat(j, Cat.DRUG)) drug = j;
      }
    }
    if (drug < 0) return;
    Drug named = ms.drugs.get(h.payload[drug]);
    // "a natural nootropic", "natural melatonin": only a prescribed medicine is the thing being replaced
    if (named.is(Drugs.Kind.SUPPLEMENT) || named.is(Drugs.Kind.PSYCHEDELIC) || named.is(Drugs.Kind.ALCOHOL)
        || named.is(Drugs.Kind.CANNABINOID)) {
      return;
    }
    int left = -1;
    for (int j = x.firstHit(s); j >= 0 && j < h.size && h.from[j] < h.from[Math.min(k, drug)]; j++) {
      if ((ms.isCat(j, Cat.DRUG) || ms.isCat(j, Cat.REMEDY)) && !(ms.isCat(j, Cat.DRUG) && h.payload[j] == h.payload[drug])) left = j;
    }
    if (left < 0) return;
    ms.reasons.add(CURE, 0.75, "claims " + ms.words(left) + " is a natural " + ms.words(drug), x.range(left), x.range(k), x.range(drug));
    ms.advised[s] = true;
  }

  private static int subjectNear(MedicalSentences ms, int k, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int found = -1;
    for (int j = 0; j < h.size; j++) {
      int js = t.sentence[h.from[j]];
      if (js < s - 1 || js > s) continue;
      if (js == s && h.from[j] > h.from[k] + 6) break;
      if (ms.isCat(j, Cat.DRUG) || ms.isCat(j, Cat.REMEDY)) found = j;
    }
    return found;
  }
}
