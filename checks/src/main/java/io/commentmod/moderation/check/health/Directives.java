package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DIRECTIVE;

/**
 * Decides whether one directive verb, found by {@link Imperatives} or {@link Suggestions}, tells readers to take, stop
 * or change a drug, medication, dose or treatment, and records the {@code medical.directive} reason (0.9 in a sentence
 * with a dose, else 0.8). The verb needs a medical object after it, a pronoun after medical talk, or a shape that names
 * the pill by itself; it does not count when quoted, when handing medicines back to a pharmacy, or beside a pointer to
 * a doctor (unless offered as the alternative: "or just take ...").
 */
final class Directives {
  /** The nouns of "give X a try" / "give X a miss": the verb gives a drug a chance, or a rest. */
  private static final java.util.Set<String> GIVE_VERBS = java.util.Set.of(
      "give", "giving", "gib", "gebt", "geben", "geef", "geeft", "geven");
  private static final java.util.Set<String> TRY_NOUNS = java.util.Set.of(
      "try", "go", "shot", "whirl", "chance", "bash", "crack", "miss", "rest", "break", "pass", "kans", "poging", "versuch");
  /** People a reader may give a drug to: "give him fish oil", "give your son ...". */
  private static final java.util.Set<String> DATIVES = java.util.Set.of(
      "him", "her", "them", "your", "ur", "ihm", "ihr", "hem", "haar");
  /** Words between "give" and the drug it hands over: "give a bit of", "give some", "give a drop of". */
  private static final java.util.Set<String> PARTITIVES = java.util.Set.of(
      "a", "bit", "of", "some", "little", "drop", "few", "couple", "spoon", "spoonful", "splash", "dash");

  private Directives() {}

  /**
   * Whether directive {@code verb} is offered as the alternative to the doctor the sentence points
   * to: "ask your GP for zopiclone, or just take one of your partner's". The pointer to a doctor
   * covers its own part of the sentence, not what comes after "or just" / "or simply".
   */
  private static boolean orJustBefore(MedicalSentences ms, int s, int verb) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int v = h.from[verb];
    for (int i = v - 1; i >= t.sentenceStart[s] + 1 && i >= v - 3; i--) {
      String w = t.word(i);
      if (!w.equals("just") && !w.equals("simply")) continue;
      for (int o = i - 1; o >= t.sentenceStart[s] && o >= i - 2; o--) {
        if (!t.word(o).equals("or")) continue;
        for (int j = x.firstHit(s); j >= 0 && j < verb; j++) {
          if ((h.is(j, Cat.DOCTOR) || h.is(j, Cat.SAFE)) && h.to[j] <= o) return true;
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether single-word directive {@code verb} is written with a final accented "é" in the comment: a
   * first-person past ("Tomé sertralina", "dejé la paroxetina") or a French participle ("j'ai arrêté"),
   * which folding makes look like the imperative "tome", "deje", "arrête" (twenty-ninth round).
   */
  private static boolean pastFirstPerson(MedicalSentences ms, int verb) {
    int end = ms.t.end[ms.h.from[verb]];
    String n = ms.text.normalized();
    return end > 0 && end <= n.length() && n.charAt(end - 1) == '\u00e9';
  }

  /**
   * Checks a directive verb's object and records the reason. The object is looked for after
   * {@code from} (the verb itself; the modal before a verb-final infinitive: "du solltest die
   * Tabletten absetzen"; or the relay or "rather" lead before one: "zeg tegen je moeder dat ze haar
   * paroxetine ... moet nemen", "lieber die Dosis halbieren").
   */
  static boolean directive(MedicalSentences ms, int s, int verb, int from) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    if (t.quoted[h.from[verb]] || insideDisposal(ms, verb)) return false;
    if (ms.safe[s] && !ms.dose[s] && !orJustBefore(ms, s, verb)) return false;
    boolean stop = h.is(verb, Cat.DIR_STOP);
    boolean single = h.to[verb] == h.from[verb] + 1;
    if (single && GIVE_VERBS.contains(t.word(h.from[verb])) && !giveFrame(ms, verb)) return false;
    if (single && t.word(h.from[verb]).equals("let") && !wordLater(ms, verb, "go")) return false; // "let the Prozac go"
    if (single && pastFirstPerson(ms, verb)) return false;
    int obj;
    if (h.payload[verb] == MedicalSentences.REPLY_CONTAINED) {
      // "@Lisa double it": a reply's dose change; elsewhere only after something medical
      obj = ms.reply || ms.contextBefore(s) ? verb : -1;
    } else if (h.payload[verb] == 1 || h.payload[verb] == MedicalSentences.SELF_CONTAINED) {
      int named = ms.objectAfter(verb, stop, x.clauseEnd(h.to[verb] - 1));
      obj = named >= 0 && ms.isCat(named, Cat.DRUG) ? named : verb;
    } else if (h.payload[verb] == 2) {
      obj = ms.contextBefore(s) ? verb : -1;
    } else {
      obj = ms.objectAfter(from, stop, x.clauseEnd(h.to[verb] - 1));
      if (obj < 0) {
        int p = ms.pronounAfter(verb);
        // "halve them for a week": a stop verb on a pronoun with a schedule is about pills
        if (p >= 0 && ms.contextBefore(s)) obj = p;
        if (obj < 0 && stop && ms.dose[s] && !ms.first[s]) obj = ms.pronounRightAfter(verb);
        // "... So if you're still waiting: get off the stuff": a noun-like pronoun aimed at readers of a drug story
        if (obj < 0 && p >= 0 && h.to[p] - h.from[p] >= 2 && !ms.first[s] && ms.secondPerson(s) && medicalBefore(ms, s)) obj = p;
        // "Anyone thinking of quitting their meds, just quit": a bare verb ending its clause after a clause naming the drug
        if (obj < 0 && h.to[verb] == x.clauseEnd(h.from[verb]) && addressedMedicalClauseBefore(ms, s, verb)) obj = verb;
      }
    }
    // "Sertraline made me numb, escitalopram didn't. Switch.": a one-word directive after drug talk
    // "... We halved all her pills. Families, don't wait for a review, start halving.": the same at the end of a clause-initial run
    // "If X hasn't worked after four weeks, it never will. Stop and move on.": a bare stop verb opening its sentence, joined by "and"
    boolean bareJoined = stop && h.from[verb] == t.sentenceStart[s] && h.to[verb] < t.sentenceEnd[s]
        && (t.word(h.to[verb]).equals("and") || t.word(h.to[verb]).equals("then"));
    if (obj < 0 && s > 0 && (h.from[verb] == t.sentenceStart[s] || h.from[verb] == t.clauseStart(h.from[verb]))
        && (h.to[verb] >= t.sentenceEnd[s] || bareJoined)
        && !ms.first[s] && ms.contextBefore(s - 1) && !ms.safe[s - 1] && !x.has(s - 1, Cat.DOCTOR)) {
      obj = verb;
    }
    if (obj < 0) return false;
    if (h.payload[verb] == 3 && !ms.openingImperative
        && !(ms.dose[s] || ms.secondPerson(s) || x.has(s, Cat.ADVICE) || x.has(s, Cat.ENDORSE) || x.has(s, Cat.REPLACE)
            || stop && abruptAfter(ms, s, verb))) {
      return false; // "toma sertralina" may just say that she takes it
    }
    double score = ms.dose[s] ? 0.9 : 0.8;
    String what = obj == verb ? "" : " " + ms.words(obj);
    ms.reasons.add(DIRECTIVE, score, (stop ? "tells readers to stop or cut: \"" : "tells readers to take: \"") + ms.words(verb) + "\"" + what,
        x.range(verb), x.range(obj));
    ms.advised[s] = true;
    return true;
  }

  /**
   * Whether a stop phrase of its own (payload 1: "de golpe", "en seco", "d'un coup") follows the verb in
   * its sentence: "Deja la sertralina de golpe" tells how to stop, where "deja la sertralina" alone
   * may say that she stops it (thirty-fifth round, probed from the policy).
   */
  private static boolean abruptAfter(MedicalSentences ms, int s, int verb) {
    Hits h = ms.h;
    for (int k = verb + 1; k < h.size && ms.t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, Cat.DIR_STOP) && h.payload[k] == 1 && h.from[k] >= h.to[verb]) return true;
    }
    return false;
  }

  /** Whether the verb opens "take them back to the pharmacy": handing medicines in is no dosing. */
  private static boolean insideDisposal(MedicalSentences ms, int verb) {
    Hits h = ms.h;
    HitIndex x = ms.x;
    for (int k = x.at(h.from[verb]); k >= 0 && k < h.size && h.from[k] == h.from[verb]; k++) {
      if (h.is(k, Cat.SAFE) && h.payload[k] == MedicalSentences.DISPOSAL) return true;
    }
    return false;
  }

  /** Whether a sentence before {@code s} names a drug, medication or dose word. */
  private static boolean medicalBefore(MedicalSentences ms, int s) {
    for (int p = 0; p < s; p++) {
      if (ms.medical[p]) return true;
    }
    return false;
  }

  /** An earlier clause of the verb's sentence that names the reader and a drug or medication: "Anyone thinking of quitting their meds, ...". */
  private static boolean addressedMedicalClauseBefore(MedicalSentences ms, int s, int verb) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int clause = t.clause[h.from[verb]];
    boolean reader = false;
    boolean med = false;
    for (int k = x.firstHit(s); k >= 0 && k < verb && t.clause[h.from[k]] != clause; k++) {
      if (h.is(k, Cat.FIRST) || h.is(k, Cat.STUDY) || h.is(k, Cat.DOCTOR)) return false;
      if (h.is(k, Cat.SUBJ2)) reader = true;
      if (h.is(k, Cat.DRUG) || h.is(k, Cat.MED)) med = true;
    }
    return reader && med;
  }

  /**
   * "give lion's mane a try", "give the pills a miss", "gib X eine Chance", "geef het een kans": the verb
   * counts only with its try-noun later in the clause, or when it gives something to someone ("give him fish oil").
   */
  private static boolean giveFrame(MedicalSentences ms, int verb) {
    Tokens t = ms.t;
    Hits h = ms.h;
    HitIndex x = ms.x;
    int clause = t.clause[h.from[verb]];
    int tok = h.to[verb];
    if (tok < t.size && t.clause[tok] == clause && DATIVES.contains(t.word(tok))) {
      if (!t.word(tok).equals("your") && !t.word(tok).equals("ur")) return true;
    }
    for (int i = tok; i < t.size && t.clause[i] == clause && i <= tok + 8; i++) {
      if (TRY_NOUNS.contains(t.word(i)) && i > tok) {
        String before = t.word(i - 1);
        if (before.equals("a") || before.equals("an") || before.equals("eine") || before.equals("een") || before.equals("one")) return true;
      }
    }
    // "give a bit of Calpol at bedtime", "give some melatonin": the verb hands over a drug or a dose
    for (int i = tok; i < t.size && t.clause[i] == clause && i <= tok + 3; i++) {
      for (int k = x.at(i); k >= 0 && k < h.size && h.from[k] == i; k++) {
        if (h.is(k, Cat.DRUG) || h.is(k, Cat.DOSE)) return true;
      }
      if (!PARTITIVES.contains(t.word(i))) break;
    }
    return false;
  }

  private static boolean wordLater(MedicalSentences ms, int verb, String w) {
    Tokens t = ms.t;
    Hits h = ms.h;
    int clause = t.clause[h.from[verb]];
    for (int i = h.to[verb] + 1; i < t.size && t.clause[i] == clause && i <= h.to[verb] + 6; i++) {
      if (t.word(i).equals(w)) return true;
    }
    return false;
  }
}
