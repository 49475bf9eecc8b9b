package io.commentmod.moderation.check.health;

/**
 * Finds imperative directive verbs in a sentence: a directive opening a clause after lead-in words ("just", "so",
 * "please", an "@name"), joined to one by "and", after an unknown verb ("rip the band-aid off and stop ..."), after a
 * condition addressed to the reader, or verb-final after a relay or "rather" lead ("zeg tegen je moeder dat ze ...
 * moet nemen"). It decides only where the verb is; {@link Directives#directive} decides whether it is advice. Clause-
 * opening infinitives used as subjects ("Afbouwen ... lukt niet") and narration are not imperatives.
 */
final class Imperatives {
  /** Lead payload of a relay or "rather" ("zeg tegen je moeder dat ze", "lieber"): the instruction's verb may come last. */
  private static final int VERB_FINAL_LEAD = 1;
  private static final int VERB_FINAL_WINDOW = 14;
  /** Verbs after a verb-final infinitive that make it a subject: "absetzen ist gefährlich", "afbouwen is zwaar". */
  private static final java.util.Set<String> VERDICT_VERBS = java.util.Set.of(
      "ist", "war", "wäre", "ware", "kann", "könnte", "is", "was", "zou", "kan", "es", "fue", "sería", "est", "était", "serait");
  /** Finite verbs of a statement that make a clause-opening infinitive its subject (Dutch, German, French, Spanish). */
  private static final java.util.Set<String> STATEMENT_VERBS = java.util.Set.of(
      "is", "was", "gaat", "ging", "lukt", "lukte", "valt", "viel", "duurt", "duurde", "kost", "kostte", "werkt", "werkte", "wordt",
      "werd", "bleek", "blijkt", "heeft", "ist", "war", "geht", "klappt", "klappte", "hat", "hatte", "dauert", "dauerte", "wird",
      "wurde", "fiel", "kostet", "kostete", "est", "etait", "fut", "es", "fue", "era", "resulto");
  /** Words that open a new verb's domain inside a clause: a finite verb after them is not the infinitive's. */
  private static final java.util.Set<String> LINKS = java.util.Set.of(
      "if", "when", "and", "or", "als", "dat", "die", "omdat", "want", "en", "of", "wenn", "dass", "weil", "und", "oder", "si",
      "que", "quand", "et", "ou", "porque", "y", "o", "you", "u", "je", "jij", "du", "sie", "tu", "vous", "usted");
  /** Words right before a verb that make it a subordinate or reported verb, not an instruction: "if you take", "told me to stop". */
  private static final java.util.Set<String> NOT_BEFORE_IMPERATIVE = java.util.Set.of(
      "i", "you", "u", "ya", "we", "they", "he", "she", "it", "to", "not", "will", "would", "'ll", "ll", "can", "could", "should",
      "did", "does", "do", "don't", "dont", "doesn't", "didn't", "is", "are", "was", "were", "be", "been", "people", "who", "that",
      "doctor", "gp", "psychiatrist", "also", "a", "an", "the", "one", "of", "and", "or", "still", "already", "ever", "never", "youre", "you're", "ur", "im", "i'm", "might", "may", "must");

  private Imperatives() {}

  /** Imperatives: a directive verb opening a clause (after "just", "so", "please" ...), or joined to one by "and". */
  static void imperatives(MedicalSentences ms, int s) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int tok = t.sentenceStart[s];
    while (tok < t.sentenceEnd[s]) {
      int clause = t.clause[tok];
      int verb = imperativeAt(ms, tok, clause);
      int from = ms.verbFinalFrom;
      if (verb < 0) verb = afterUnknownVerb(ms, tok, clause);
      if (verb < 0) verb = afterCondition(ms, tok, clause);
      boolean opening = verb >= 0 && opensSentence(ms, s, tok, verb, clause);
      boolean chained = false;
      while (verb >= 0) {
        ms.openingImperative = opening || chained;
        chained = Directives.directive(ms, s, verb, from >= 0 ? from : verb);
        ms.openingImperative = false;
        from = -1;
        int after = h.to[verb];
        verb = -1;
        for (int k = after < t.size ? x.firstHitFrom(after) : -1; k >= 0 && k < h.size && t.clause[h.from[k]] == clause; k++) {
          if (h.is(k, Cat.COORD)) {
            verb = dirAt(ms, h.to[k]);
            if (verb >= 0) break;
          }
        }
      }
      while (tok < t.sentenceEnd[s] && t.clause[tok] == clause) tok++;
    }
  }

  /**
   * "Rip the band-aid off and stop the escitalopram": a directive joined by "and"/"then" to a clause
   * that opens with a verb the lexicon does not know. Not when the clause has a subject (I, my sister,
   * people, patients), a condition or a drug before the joint, which read as narration or a list.
   */
  private static int afterUnknownVerb(MedicalSentences ms, int tok, int clause) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int opening = x.firstHitFrom(tok);
    if (opening >= 0 && opening < h.size && h.from[opening] == tok && !h.is(opening, Cat.LEAD)) return -1;
    boolean medBefore = false;
    for (int k = opening; k >= 0 && k < h.size && t.clause[h.from[k]] == clause; k++) {
      if (h.is(k, Cat.FIRST) || h.is(k, Cat.SUBJ2) || h.is(k, Cat.STUDY) || h.is(k, Cat.CONDITIONAL)
          || h.is(k, Cat.QUESTION_OPEN) || h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) {
        return -1;
      }
      if (ms.isMedObject(k, true)) {
        medBefore = true;
        continue;
      }
      if (h.is(k, Cat.COORD) && h.from[k] > tok) {
        int d = dirAt(ms, h.to[k]);
        // "open the capsules and reduce by a quarter every four days": after a drug, only an instruction by its shape
        if (d >= 0 && medBefore && h.payload[d] != MedicalSentences.SELF_CONTAINED) return -1;
        if (d >= 0) return pluralNoun(t.word(tok)) ? -1 : d;
      }
    }
    return -1;
  }

  /** "Nurses see this and stop ...": a clause-opening word ending in -s is read as a plural subject, not a verb. */
  private static boolean pluralNoun(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  /**
   * "Deja la fluoxetina y toma hipérico", "Tira la X y sal a correr": an imperative that opens its sentence and is
   * joined by "and" to another instruction (or follows a question), with no narrator before it (not after a
   * first-person sentence, no "I" before the verb). "Toma sertralina desde enero y está mejor" stays a narration.
   */
  private static boolean opensSentence(MedicalSentences ms, int s, int tok, int verb, int clause) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (tok != t.sentenceStart[s] || (s > 0 && ms.first[s - 1])) return false;
    // "Deja la X y toma Y, me dijo una vecina": someone else's words, reported
    for (int i = t.sentenceStart[s]; i < t.sentenceEnd[s]; i++) {
      if (Combinations.REPORTING.contains(t.word(i))) return false;
    }
    for (int k = x.firstHit(s); k >= 0 && k < verb; k++) {
      if (h.is(k, Cat.FIRST) && h.to[k] <= h.from[verb]) return false;
    }
    // joined to another instruction ("y toma Y"), or answering a question just asked ("¿Para qué ...? Tira la X y sal a correr")
    for (int k = verb + 1; k < h.size && t.clause[h.from[k]] == clause; k++) {
      if (h.is(k, Cat.COORD) && h.from[k] >= h.to[verb] && (dirAt(ms, h.to[k]) >= 0 || (s > 0 && ms.question[s - 1]))) return true;
    }
    return false;
  }

  /**
   * "so if you're not sleeping just cut your tablets in half", "if ur on X for brain fog switch to it": the
   * instruction after a condition addressed to the reader, with no comma between. The condition opens the clause
   * and names the reader; the verb has no subject, modal or "to" right before it; no "I", doctor or study in between.
   */
  private static int afterCondition(MedicalSentences ms, int tok, int clause) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int cond = -1;
    boolean readerNamed = false;
    for (int k = x.firstHitFrom(tok); k >= 0 && k < h.size && t.clause[h.from[k]] == clause; k++) {
      if (cond < 0) {
        if (h.is(k, Cat.CONDITIONAL) && !t.quoted[h.from[k]]) {
          if (h.from[k] > tok + 2) return -1;
          cond = k;
        }
        continue;
      }
      if (h.is(k, Cat.FIRST) || h.is(k, Cat.DOCTOR) || h.is(k, Cat.SAFE_VERB) || h.is(k, Cat.STUDY)) return -1;
      if (h.is(k, Cat.SUBJ2)) readerNamed = true;
      if ((h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) && h.payload[k] != MedicalSentences.AFTER_MODAL_ONLY && h.from[k] > h.to[cond] + 1
          && (readerNamed || secondPersonBefore(ms, h.to[cond], h.from[k]) || justAfterSubjectlessCondition(t, h.to[cond], h.from[k]))
          && !NOT_BEFORE_IMPERATIVE.contains(t.word(h.from[k] - 1))
          && !endsWith(ms, h.from[k], Cat.MODAL) && medicineNear(ms, k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A medicine (not alcohol) or a dose ("the 50mg") in the verb's clause or the sentence before: "If you can smell the
   * wine then drink it" is a joke's instruction, not a medical one.
   */
  private static boolean medicineNear(MedicalSentences ms, int verb) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int s = t.sentence[h.from[verb]];
    for (int j = x.firstHit(s > 0 ? s - 1 : s); j >= 0 && j < h.size && t.sentence[h.from[j]] <= s; j++) {
      if (t.sentence[h.from[j]] == s && t.clause[h.from[j]] != t.clause[h.from[verb]]) continue;
      if (h.is(j, Cat.MED) || h.is(j, Cat.DOSE_WORD) || h.is(j, Cat.DOSE) || (h.is(j, Cat.DRUG) && !ms.drugs.get(h.payload[j]).is(Drugs.Kind.ALCOHOL))) return true;
    }
    return false;
  }

  /**
   * "if sertraline isn't working just double it": "just" or "simply" right before the verb, after a
   * condition about the drug rather than the reader, and no pronoun or auxiliary right before that word
   * ({@link #NOT_BEFORE_IMPERATIVE}: "if it just stops", "if she simply takes").
   */
  private static boolean justAfterSubjectlessCondition(Tokens t, int condEnd, int verbFrom) {
    if (verbFrom - 2 < condEnd) return false;
    String lead = t.word(verbFrom - 1);
    return (lead.equals("just") || lead.equals("simply")) && !NOT_BEFORE_IMPERATIVE.contains(t.word(verbFrom - 2));
  }

  private static boolean secondPersonBefore(MedicalSentences ms, int from, int to) {
    Tokens t = ms.t;
    for (int i = from; i < to; i++) {
      if (MedicalSentences.SECOND_PERSON.contains(t.word(i))) return true;
    }
    return false;
  }

  /** Whether a hit of category {@code c} ends right before token {@code tok}. */
  private static boolean endsWith(MedicalSentences ms, int tok, Cat c) {
    Hits h = ms.h;
    for (int k = 0; k < h.size && h.from[k] < tok; k++) {
      if (h.to[k] == tok && h.is(k, c)) return true;
    }
    return false;
  }

  /** The directive hit opening the clause at {@code tok}, skipping lead-in words, or -1. */
  private static int imperativeAt(MedicalSentences ms, int tok, int clause) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    ms.verbFinalFrom = -1;
    int verbFinalLead = -1;
    // "@Karen halve it ...": the addressee of a reply before the instruction
    if (tok < t.size && t.start[tok] > 0 && t.text.charAt(t.start[tok] - 1) == '@' && tok + 1 < t.size && t.clause[tok + 1] == clause) {
      tok++;
    }
    for (int guard = 0; guard < 6 && tok < t.size && t.clause[tok] == clause; guard++) {
      int d = dirAt(ms, tok);
      if (d >= 0) return infinitiveSubject(ms, d) ? -1 : d;
      int lead = x.hitOf(tok, Cat.LEAD);
      int replace = x.hitOf(tok, Cat.REPLACE);
      if (lead >= 0) {
        if (h.payload[lead] == VERB_FINAL_LEAD) verbFinalLead = lead;
        tok = h.to[lead];
      } else if (replace >= 0) {
        // "instead of Lexapro try kratom": skip the replaced thing
        int obj = ms.objectAfter(replace, true, x.clauseEnd(tok));
        if (obj < 0 || h.from[obj] > h.to[replace] + 2) return -1;
        tok = h.to[obj];
      } else if (guard == 0 && germanTopicBeforeLead(ms, tok, clause)) {
        tok += 2;
      } else {
        return verbFinalLead >= 0 && tok < t.size ? verbFinal(ms, verbFinalLead, tok) : -1;
      }
    }
    return -1;
  }

  /** German prepositions that name what an instruction is for, opening its clause ("bei Schlafproblemen einfach ..."). */
  private static final java.util.Set<String> GERMAN_TOPIC = java.util.Set.of("bei", "gegen", "fur", "nach");

  /**
   * "Bei Schlafproblemen einfach das Quetiapin auf 50mg hochdosieren": a German preposition and one word
   * before a lead that puts the verb last name what the instruction is for; skipped as the lead-in words are
   * (thirty-sixth round, probed from the policy).
   */
  private static boolean germanTopicBeforeLead(MedicalSentences ms, int tok, int clause) {
    Tokens t = ms.t;
    if (tok + 2 >= t.size || t.clause[tok + 2] != clause || !GERMAN_TOPIC.contains(t.word(tok))) return false;
    int lead = ms.x.hitOf(tok + 2, Cat.LEAD);
    return lead >= 0 && ms.h.payload[lead] == VERB_FINAL_LEAD;
  }

  /**
   * "Afbouwen van X lukt bij mij niet", "Stoppen met X was zwaar", "Dejar la X fue lo mejor": an infinitive opening its
   * clause, followed by a finite verb of a statement before any linking word, is the clause's subject, not an
   * instruction (the imperatives "bouw af", "stop met", "deja" have no infinitive ending).
   */
  private static boolean infinitiveSubject(MedicalSentences ms, int verb) {
    Tokens t = ms.t;
    Hits h = ms.h;
    String w = t.word(h.from[verb]);
    if (w.length() < 5 || !(w.endsWith("en") || w.endsWith("er") || w.endsWith("ar") || w.endsWith("ir"))) return false;
    int clause = t.clause[h.from[verb]];
    for (int i = h.to[verb]; i < t.size && t.clause[i] == clause && i <= h.to[verb] + 8; i++) {
      String v = t.word(i);
      if (LINKS.contains(v)) return false;
      if (STATEMENT_VERBS.contains(v)) return true;
    }
    return false;
  }

  /**
   * "Zeg tegen je moeder dat ze haar X om de dag moet nemen", "lieber die Dosis halbieren", "dis à ton père qu'il doit
   * arrêter son X": after a relay or "rather" lead, the instruction's verb may come after its object. No narrator,
   * doctor, condition or question before the verb, no narrator or doctor in the verb's own clause after it before a
   * condition ("gewoon die X halveren als je last hebt": the condition's "je" is the reader).
   */
  private static int verbFinal(MedicalSentences ms, int lead, int tok) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int s = t.sentence[tok];
    for (int k = x.firstHitFrom(tok); k >= 0 && k < h.size && h.from[k] < t.sentenceEnd[s] && h.from[k] <= h.to[lead] + VERB_FINAL_WINDOW; k++) {
      if (h.from[k] < tok) continue;
      if ((h.is(k, Cat.FIRST) && !h.possessiveJe(t, k)) || h.is(k, Cat.SAFE_VERB) || h.is(k, Cat.DOCTOR) || h.is(k, Cat.CONDITIONAL)
          || h.is(k, Cat.QUESTION_OPEN) || h.is(k, Cat.SAFE)) {
        return -1;
      }
      if ((h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) && h.payload[k] != MedicalSentences.AFTER_MODAL_ONLY) {
        // "Einfach die Tabletten absetzen ist gefährlich": the infinitive is the subject of a verdict
        if (h.to[k] < t.size && t.clause[h.to[k]] == t.clause[h.from[k]] && VERDICT_VERBS.contains(t.word(h.to[k]))) return -1;
        for (int j = k + 1; j < h.size && t.clause[h.from[j]] == t.clause[h.from[k]]; j++) {
          // "... halveren als je last hebt": a condition after the verb is the reader's, not a narrator
          if (h.is(j, Cat.CONDITIONAL)) break;
          if (h.is(j, Cat.FIRST) || h.is(j, Cat.DOCTOR)) return -1;
        }
        ms.verbFinalFrom = lead;
        return k;
      }
    }
    return -1;
  }

  private static int dirAt(MedicalSentences ms, int tok) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (tok >= t.size) return -1;
    int best = -1;
    for (int k = x.at(tok); k >= 0 && k < h.size && h.from[k] == tok; k++) {
      if ((h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) && h.payload[k] != MedicalSentences.AFTER_MODAL_ONLY
          && (best < 0 || h.to[k] > h.to[best] || (h.to[k] == h.to[best] && h.payload[best] == 3))) {
        best = k;
      }
    }
    return best;
  }
}
