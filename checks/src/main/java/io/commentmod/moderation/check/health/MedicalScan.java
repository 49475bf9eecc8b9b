package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.COMBINATION;
import static io.commentmod.moderation.check.health.MedicalAdviceCheck.CURE;
import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DIRECTIVE;
import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DOSE;

import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.health.Drugs.Drug;

/**
 * The medical-advice rules over one comment's lexicon hits. Advice is found sentence by sentence:
 * an imperative or "you should" aimed at a drug, dose or treatment; rhetorical suggestions ("why not
 * just ..."); "you don't need ..."; advice framing next to a drug; cure, comparison and replacement
 * claims; bare dose schedules. Questions, quotes, first-person accounts, study talk and pointing to a
 * doctor switch the matching rules off. Dangerous pairs of drugs joined in one sentence raise the score.
 */
final class MedicalScan {
  private static final int DIRECTIVE_WINDOW = 3;
  /** Directive payload of gerunds ("adding", "dropping"): a directive only after a modal, never at a clause start. */
  private static final int AFTER_MODAL_ONLY = 4;
  /**
   * Directive payload of phrases that name the pill by their shape alone ("stop taking them", "don't take
   * another one", "taper yourself off", "flush them"): replies that never name the drug. They mark
   * their sentence as medical.
   */
  private static final int SELF_CONTAINED = 5;
  /** Subject payload of a subordinate or relative subject ("dass du", "anyone who", "wer"): the modal may come later. */
  private static final int LATE_MODAL = 1;
  /** Compare payloads: "natural"/"nature's" right before a drug (2) or right after it (3: "Prozac naturel"). */
  private static final int NATURAL_BEFORE = 2;
  private static final int NATURAL_AFTER = 3;
  private static final int LATE_MODAL_WINDOW = 12;
  private static final int MODAL2_WINDOW = 6;
  private static final int CONTEXT_SENTENCES = 3;
  /** Rhetorical payload of a tag ("what have you got to lose?") that turns a question mark into an instruction. */
  private static final int RHETORICAL_TAG = 3;
  /** Lead payload of a relay or "rather" ("zeg tegen je moeder dat ze", "lieber"): the instruction's verb may come last. */
  private static final int VERB_FINAL_LEAD = 1;
  /** Payload of an advice phrase that names a dose right ("is the ideal dose", "for best results"). */
  private static final int DOSE_VERDICT = 2;
  private static final int VERB_FINAL_WINDOW = 14;
  /** Verbs after a verb-final infinitive that make it a subject: "absetzen ist gefährlich", "afbouwen is zwaar". */
  private static final java.util.Set<String> VERDICT_VERBS = java.util.Set.of(
      "ist", "war", "wäre", "ware", "kann", "könnte", "is", "was", "zou", "kan", "es", "fue", "sería", "est", "était", "serait");
  /**
   * Directive payload of a dose change on a pronoun ("double it", "halve them", "go down by half"): self-contained in a
   * reply addressed to someone ("@Lisa double it"), otherwise only after something medical. On a blog about
   * medication a reply's "double it" is taken as a dose, so a recipe reply ("@Ana double it, the recipe only serves
   * two") is held for review too: recall first.
   */
  private static final int REPLY_CONTAINED = 6;
  /** No-need payload of "you don't need your doctor's permission to": about treatment by its shape alone. */
  private static final int NO_PERMISSION = 3;
  /**
   * Safe payload of returning medicines to a pharmacy: the classifier reads it as a pointer to professionals, but it does
   * not excuse an instruction beside it ("stop your X and take the rest back to the pharmacy").
   */
  private static final int DISPOSAL = 1;
  /** Endorse payload of a bare "is fine"/"the risk is exaggerated": it does not count after a reporting verb ("my aunt says ..."). */
  static final int BARE_ENDORSE = 1;
  /** Finite verbs of a statement that make a clause-opening infinitive its subject (Dutch, German, French, Spanish). */
  private static final java.util.Set<String> STATEMENT_VERBS = java.util.Set.of(
      "is", "was", "gaat", "ging", "lukt", "lukte", "valt", "viel", "duurt", "duurde", "kost", "kostte", "werkt", "werkte", "wordt",
      "werd", "bleek", "blijkt", "heeft", "ist", "war", "geht", "klappt", "klappte", "hat", "hatte", "dauert", "dauerte", "wird",
      "wurde", "fiel", "kostet", "kostete", "est", "etait", "fut", "es", "fue", "era", "resulto");
  /** Words that open a new verb's domain inside a clause: a finite verb after them is not the infinitive's. */
  private static final java.util.Set<String> LINKS = java.util.Set.of(
      "if", "when", "and", "or", "als", "dat", "die", "omdat", "want", "en", "of", "wenn", "dass", "weil", "und", "oder", "si",
      "que", "quand", "et", "ou", "porque", "y", "o", "you", "u", "je", "jij", "du", "sie", "tu", "vous", "usted");
  /** Words that negate a comparison or replacement just before it: "was not better than", "didn't replace". */
  private static final java.util.Set<String> NEGATIONS = java.util.Set.of(
      "not", "no", "never", "didn't", "didnt", "doesn't", "doesnt", "don't", "dont", "wasn't", "wasnt", "isn't", "isnt", "aren't",
      "arent", "weren't", "won't", "wont", "hasn't", "haven't", "nicht", "kein", "keine", "nie", "niet", "geen", "nooit", "pas", "jamais",
      "non", "não", "nao", "nunca", "ne", "n");
  /** Past forms of the stop verbs, for the story before "you can too". */
  private static final java.util.Set<String> STOP_PAST = java.util.Set.of(
      "stopped", "quit", "ditched", "dropped", "dumped", "binned", "cancelled", "canceled", "tapered", "weaned", "flushed",
      "halved", "ended", "abandoned", "chucked", "tossed");
  /** The second half of a French negation: "ne ... pas", "n'... jamais". */
  private static final java.util.Set<String> FRENCH_CLOSERS = java.util.Set.of(
      "pas", "plus", "jamais", "rien", "personne", "aucun", "aucune", "guere", "point", "nullement");
  /** Words right before a verb that make it a subordinate or reported verb, not an instruction: "if you take", "told me to stop". */
  private static final java.util.Set<String> NOT_BEFORE_IMPERATIVE = java.util.Set.of(
      "i", "you", "u", "ya", "we", "they", "he", "she", "it", "to", "not", "will", "would", "'ll", "ll", "can", "could", "should",
      "did", "does", "do", "don't", "dont", "doesn't", "didn't", "is", "are", "was", "were", "be", "been", "people", "who", "that",
      "doctor", "gp", "psychiatrist", "also", "a", "an", "the", "one", "of", "and", "or", "still", "already", "ever", "never", "youre", "you're", "ur", "im", "i'm", "might", "may", "must");
  /** Warning words: a sentence with one of these that joins a drug to the reader's is a caution, not praise. */
  private static final java.util.Set<String> WARNINGS = java.util.Set.of(
      "careful", "dangerous", "danger", "risk", "risky", "interaction", "interactions", "interact", "syndrome", "unsafe", "warning",
      "warn", "never", "not", "don't", "dont", "avoid", "cuidado", "peligroso", "vorsicht", "gefährlich", "gevaarlijk", "dangereux",
      "attention", "pericoloso", "perigoso");

  /** Words that may stand between a modal and its gerund: "might want to look into lowering", "should really be getting off". */
  private static final java.util.Set<String> TRANSPARENT = java.util.Set.of(
      "be", "look", "into", "think", "about", "consider", "considering", "keep", "go", "ahead", "and", "really", "seriously",
      "just", "also", "definitely", "honestly", "maybe", "start", "at", "least", "even", "all", "now", "asap");
  /** Relative words after a subject: "anyone who ...", "people that ...", "iedereen die ...". */
  private static final java.util.Set<String> RELATIVE = java.util.Set.of(
      "who", "whos", "that", "which", "die", "der", "welche", "welcher", "que", "qui", "quien", "quienes", "wie");
  /** The nouns of "give X a try" / "give X a miss": the verb gives a drug a chance, or a rest. */
  private static final java.util.Set<String> GIVE_VERBS = java.util.Set.of(
      "give", "giving", "gib", "gebt", "geben", "geef", "geeft", "geven");
  private static final java.util.Set<String> TRY_NOUNS = java.util.Set.of(
      "try", "go", "shot", "whirl", "chance", "bash", "crack", "miss", "rest", "break", "pass", "kans", "poging", "versuch");
  /** People a reader may give a drug to: "give him fish oil", "give your son ...". */
  private static final java.util.Set<String> DATIVES = java.util.Set.of(
      "him", "her", "them", "your", "ur", "ihm", "ihr", "hem", "haar");

  /** Number words that make the drug right after them an amount: "two Nytol". */
  private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of(
      "one", "two", "three", "four", "five", "1", "2", "3", "4", "5", "zwei", "drei", "deux", "trois", "dos", "tres", "twee", "drie");

  /** Words between "give" and the drug it hands over: "give a bit of", "give some", "give a drop of". */
  private static final java.util.Set<String> PARTITIVES = java.util.Set.of(
      "a", "bit", "of", "some", "little", "drop", "few", "couple", "spoon", "spoonful", "splash", "dash");

  /** Words before a directive word that make it a noun: "what dose", "which dose". */
  private static final java.util.Set<String> DETERMINERS = java.util.Set.of(
      "what", "which", "whose", "the", "a", "an", "her", "his", "their", "my", "this", "that");

  private static final java.util.Set<String> SECOND_PERSON = java.util.Set.of(
      "your", "ur", "yourself", "yours", "tu", "tus", "te", "vuestro", "vuestra", "su", "sus", "dein", "deine", "deinen", "euer", "eure",
      "ton", "ta", "tes", "votre", "vos", "je", "jouw", "jullie", "uw", "tuo", "tua", "tuoi", "vostro", "seu", "sua", "seus", "suas");

  private final CommentText text;
  private final Tokens t;
  private final Hits h;
  private final Drugs drugs;
  private final Reasons reasons = new Reasons();
  private final HitIndex x;
  private final boolean[] question;
  private final boolean[] safe;
  private final boolean[] first;
  private final boolean[] study;
  private final boolean[] medical;
  private final boolean[] dose;
  private final boolean[] advised;
  /** Whether the comment opens by addressing someone ("@Lisa ..."). */
  private final boolean reply;
  /** Set by {@link #imperativeAt} when the verb came last after a relay or "rather" lead: the object is looked for from the lead. */
  private int verbFinalFrom = -1;
  /** Set while an imperative opens its sentence and is joined to another: "Deja la X y toma Y" (ambiguous verbs count). */
  private boolean openingImperative;

  MedicalScan(Tokens t, Hits h, Drugs drugs, CommentText text) {
    this.text = text;
    this.t = t;
    this.h = h;
    this.drugs = drugs;
    x = new HitIndex(t, h, text);
    int s = t.sentences;
    question = new boolean[s];
    safe = new boolean[s];
    first = new boolean[s];
    study = new boolean[s];
    medical = new boolean[s];
    dose = new boolean[s];
    advised = new boolean[s];
    reply = t.size > 0 && t.start[0] > 0 && t.text.charAt(t.start[0] - 1) == '@';
  }

  Reasons run() {
    if (!sentenceFacts()) return reasons;
    for (int s = 0; s < t.sentences; s++) {
      rhetorical(s);
      noNeed(s);
      if (question[s]) continue;
      imperatives(s);
      modals(s);
      adviceFraming(s);
      claims(s);
      bareSchedule(s);
    }
    new Combinations(x, drugs).find(reasons, question, advised, dose);
    doses();
    return reasons;
  }

  /** Computes per-sentence facts; false if the comment names nothing medical at all. */
  private boolean sentenceFacts() {
    boolean any = false;
    for (int k = 0; k < h.size; k++) {
      int s = t.sentence[h.from[k]];
      Cat c = Cat.of(h.category[k]);
      switch (c) {
        case DRUG, MED, DOSE_WORD -> {
          medical[s] = true;
          any = true;
        }
        case DOSE, SCHEDULE -> dose[s] = true;
        case SAFE -> safe[s] |= h.payload[k] != DISPOSAL;
        case NO_NEED -> {
          if (h.payload[k] == NO_PERMISSION) {
            medical[s] = true;
            any = true;
          }
        }
        case DIR_START, DIR_STOP -> {
          if (h.payload[k] == SELF_CONTAINED || (h.payload[k] == REPLY_CONTAINED && reply && !t.quoted[h.from[k]])) {
            medical[s] = true;
            any = true;
          }
        }
        case SAFE_VERB -> {
          int d = x.next(k, Cat.DOCTOR, 3);
          if (d >= 0 && !refusal(k)) safe[s] = true;
        }
        case FIRST -> first[s] = true;
        case STUDY -> study[s] = true;
        default -> { }
      }
      if (c == Cat.DOSE || c == Cat.TREATMENT) any = true;
    }
    // "Halve them for a week, then stop": a stop verb on a pronoun, with a schedule, reads as a pill even unnamed
    for (int k = 0; k < h.size && !any; k++) {
      if (h.is(k, Cat.DIR_STOP) && dose[t.sentence[h.from[k]]] && pronounRightAfter(k) >= 0) any = true;
      // "stop listening to your psychiatrist": a stop verb aimed at the doctor
      if (h.is(k, Cat.DIR_STOP) && x.next(k, Cat.DOCTOR, 2) >= 0) any = true;
    }
    for (int s = 0; s < t.sentences; s++) {
      question[s] = t.questionMark[s] || x.opensWith(s, Cat.QUESTION_OPEN);
    }
    // "Try stopping it, what have you got to lose?": a rhetorical tag does not make the sentence a question
    for (int k = 0; k < h.size; k++) {
      if (h.is(k, Cat.RHETORICAL) && h.payload[k] == RHETORICAL_TAG && !t.quoted[h.from[k]]
          && !x.opensWith(t.sentence[h.from[k]], Cat.QUESTION_OPEN)) {
        question[t.sentence[h.from[k]]] = false;
      }
    }
    return any;
  }

  /** Whether safe-verb hit {@code k} is part of a self-contained stop phrase: "tell your doctor no thanks" refuses the doctor. */
  private boolean refusal(int k) {
    for (int j = 0; j < h.size && h.from[j] <= h.from[k]; j++) {
      if (h.is(j, Cat.DIR_STOP) && h.payload[j] == SELF_CONTAINED && h.to[j] > h.to[k]) return true;
    }
    return false;
  }

  // ---- rules ----

  private void rhetorical(int s) {
    if (safe[s] && !dose[s]) return; // "have you thought about asking your GP to lower it?"
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.RHETORICAL) || t.quoted[h.from[k]] || h.payload[k] == RHETORICAL_TAG) continue;
      int obj = objectAfter(k, false, t.sentenceEnd[s]);
      if (obj < 0 && h.payload[k] == 2 && contextBefore(s)) obj = pronounRightAfter(k);
      if (obj >= 0 && doctorBetween(k, obj)) continue; // "wouldn't it be smarter to ask your psychiatrist about the meds"
      if (obj >= 0) {
        reasons.add(DIRECTIVE, 0.75, "suggests " + words(obj) + " (\"" + words(k) + " ...\")", x.range(k), x.range(obj));
        advised[s] = true;
      }
    }
  }

  /** A doctor-pointing verb ("ask your psychiatrist about") between a rhetorical phrase and its object. */
  private boolean doctorBetween(int k, int obj) {
    for (int j = k + 1; j < h.size && h.from[j] < h.from[obj]; j++) {
      if (h.is(j, Cat.SAFE_VERB) && x.next(j, Cat.DOCTOR, 3) >= 0) return true;
    }
    return false;
  }

  private void noNeed(int s) {
    if (x.opensWith(s, Cat.QUESTION_OPEN)) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.NO_NEED) || t.quoted[h.from[k]]) continue;
      if (x.before(k, Cat.FIRST)) continue;
      int obj = h.payload[k] == NO_PERMISSION ? k
          : h.payload[k] == 2 ? (contextBefore(s) ? k : -1) : objectAfter(k, true, t.sentenceEnd[s]);
      if (obj >= 0) {
        reasons.add(DIRECTIVE, 0.8, "tells readers they don't need " + (obj == k ? "it" : words(obj)), x.range(k), x.range(obj));
        advised[s] = true;
      }
    }
  }

  /** Imperatives: a directive verb opening a clause (after "just", "so", "please" ...), or joined to one by "and". */
  private void imperatives(int s) {
    int tok = t.sentenceStart[s];
    while (tok < t.sentenceEnd[s]) {
      int clause = t.clause[tok];
      int verb = imperativeAt(tok, clause);
      int from = verbFinalFrom;
      if (verb < 0) verb = afterUnknownVerb(tok, clause);
      if (verb < 0) verb = afterCondition(tok, clause);
      boolean opening = verb >= 0 && opensSentence(s, tok, verb, clause);
      boolean chained = false;
      while (verb >= 0) {
        openingImperative = opening || chained;
        chained = directive(s, verb, from >= 0 ? from : verb);
        openingImperative = false;
        from = -1;
        int after = h.to[verb];
        verb = -1;
        for (int k = after < t.size ? x.firstHitFrom(after) : -1; k >= 0 && k < h.size && t.clause[h.from[k]] == clause; k++) {
          if (h.is(k, Cat.COORD)) {
            verb = dirAt(h.to[k]);
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
  private int afterUnknownVerb(int tok, int clause) {
    int opening = x.firstHitFrom(tok);
    if (opening >= 0 && opening < h.size && h.from[opening] == tok && !h.is(opening, Cat.LEAD)) return -1;
    boolean medBefore = false;
    for (int k = opening; k >= 0 && k < h.size && t.clause[h.from[k]] == clause; k++) {
      if (h.is(k, Cat.FIRST) || h.is(k, Cat.SUBJ2) || h.is(k, Cat.STUDY) || h.is(k, Cat.CONDITIONAL)
          || h.is(k, Cat.QUESTION_OPEN) || h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) {
        return -1;
      }
      if (isMedObject(k, true)) {
        medBefore = true;
        continue;
      }
      if (h.is(k, Cat.COORD) && h.from[k] > tok) {
        int d = dirAt(h.to[k]);
        // "open the capsules and reduce by a quarter every four days": after a drug, only an instruction by its shape
        if (d >= 0 && medBefore && h.payload[d] != SELF_CONTAINED) return -1;
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
  private boolean opensSentence(int s, int tok, int verb, int clause) {
    if (tok != t.sentenceStart[s] || (s > 0 && first[s - 1])) return false;
    // "Deja la X y toma Y, me dijo una vecina": someone else's words, reported
    for (int i = t.sentenceStart[s]; i < t.sentenceEnd[s]; i++) {
      if (Combinations.REPORTING.contains(t.word(i))) return false;
    }
    for (int k = x.firstHit(s); k >= 0 && k < verb; k++) {
      if (h.is(k, Cat.FIRST) && h.to[k] <= h.from[verb]) return false;
    }
    // joined to another instruction ("y toma Y"), or answering a question just asked ("¿Para qué ...? Tira la X y sal a correr")
    for (int k = verb + 1; k < h.size && t.clause[h.from[k]] == clause; k++) {
      if (h.is(k, Cat.COORD) && h.from[k] >= h.to[verb] && (dirAt(h.to[k]) >= 0 || (s > 0 && question[s - 1]))) return true;
    }
    return false;
  }

  /**
   * "so if you're not sleeping just cut your tablets in half", "if ur on X for brain fog switch to it": the
   * instruction after a condition addressed to the reader, with no comma between. The condition opens the clause
   * and names the reader; the verb has no subject, modal or "to" right before it; no "I", doctor or study in between.
   */
  private int afterCondition(int tok, int clause) {
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
      if ((h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) && h.payload[k] != AFTER_MODAL_ONLY && h.from[k] > h.to[cond] + 1
          && (readerNamed || secondPersonBefore(h.to[cond], h.from[k])) && !NOT_BEFORE_IMPERATIVE.contains(t.word(h.from[k] - 1))
          && !endsWith(h.from[k], Cat.MODAL) && medicineNear(k)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A medicine (not alcohol) in the verb's clause or the sentence before: "If you can smell the wine then drink it" is a
   * joke's instruction, not a medical one.
   */
  private boolean medicineNear(int verb) {
    int s = t.sentence[h.from[verb]];
    for (int j = x.firstHit(s > 0 ? s - 1 : s); j >= 0 && j < h.size && t.sentence[h.from[j]] <= s; j++) {
      if (t.sentence[h.from[j]] == s && t.clause[h.from[j]] != t.clause[h.from[verb]]) continue;
      if (h.is(j, Cat.MED) || h.is(j, Cat.DOSE_WORD) || (h.is(j, Cat.DRUG) && !drugs.get(h.payload[j]).is(Drugs.Kind.ALCOHOL))) return true;
    }
    return false;
  }

  private boolean secondPersonBefore(int from, int to) {
    for (int i = from; i < to; i++) {
      if (SECOND_PERSON.contains(t.word(i))) return true;
    }
    return false;
  }

  /** Whether a hit of category {@code c} ends right before token {@code tok}. */
  private boolean endsWith(int tok, Cat c) {
    for (int k = 0; k < h.size && h.from[k] < tok; k++) {
      if (h.to[k] == tok && h.is(k, c)) return true;
    }
    return false;
  }

  /** The directive hit opening the clause at {@code tok}, skipping lead-in words, or -1. */
  private int imperativeAt(int tok, int clause) {
    verbFinalFrom = -1;
    int verbFinalLead = -1;
    // "@Karen halve it ...": the addressee of a reply before the instruction
    if (tok < t.size && t.start[tok] > 0 && t.text.charAt(t.start[tok] - 1) == '@' && tok + 1 < t.size && t.clause[tok + 1] == clause) {
      tok++;
    }
    for (int guard = 0; guard < 6 && tok < t.size && t.clause[tok] == clause; guard++) {
      int d = dirAt(tok);
      if (d >= 0) return infinitiveSubject(d) ? -1 : d;
      int lead = x.hitOf(tok, Cat.LEAD);
      int replace = x.hitOf(tok, Cat.REPLACE);
      if (lead >= 0) {
        if (h.payload[lead] == VERB_FINAL_LEAD) verbFinalLead = lead;
        tok = h.to[lead];
      } else if (replace >= 0) {
        // "instead of Lexapro try kratom": skip the replaced thing
        int obj = objectAfter(replace, true, x.clauseEnd(tok));
        if (obj < 0 || h.from[obj] > h.to[replace] + 2) return -1;
        tok = h.to[obj];
      } else {
        return verbFinalLead >= 0 && tok < t.size ? verbFinal(verbFinalLead, tok) : -1;
      }
    }
    return -1;
  }

  /**
   * "Afbouwen van X lukt bij mij niet", "Stoppen met X was zwaar", "Dejar la X fue lo mejor": an infinitive opening its
   * clause, followed by a finite verb of a statement before any linking word, is the clause's subject, not an
   * instruction (the imperatives "bouw af", "stop met", "deja" have no infinitive ending).
   */
  private boolean infinitiveSubject(int verb) {
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
   * doctor, condition or question before the verb, none in the verb's own clause after it.
   */
  private int verbFinal(int lead, int tok) {
    int s = t.sentence[tok];
    for (int k = x.firstHitFrom(tok); k >= 0 && k < h.size && h.from[k] < t.sentenceEnd[s] && h.from[k] <= h.to[lead] + VERB_FINAL_WINDOW; k++) {
      if (h.from[k] < tok) continue;
      if ((h.is(k, Cat.FIRST) && !h.possessiveJe(t, k)) || h.is(k, Cat.SAFE_VERB) || h.is(k, Cat.DOCTOR) || h.is(k, Cat.CONDITIONAL)
          || h.is(k, Cat.QUESTION_OPEN) || h.is(k, Cat.SAFE)) {
        return -1;
      }
      if ((h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) && h.payload[k] != AFTER_MODAL_ONLY) {
        // "Einfach die Tabletten absetzen ist gefährlich": the infinitive is the subject of a verdict
        if (h.to[k] < t.size && t.clause[h.to[k]] == t.clause[h.from[k]] && VERDICT_VERBS.contains(t.word(h.to[k]))) return -1;
        for (int j = k + 1; j < h.size && t.clause[h.from[j]] == t.clause[h.from[k]]; j++) {
          if (h.is(j, Cat.FIRST) || h.is(j, Cat.DOCTOR)) return -1;
        }
        verbFinalFrom = lead;
        return k;
      }
    }
    return -1;
  }

  /** "you should stop ...", "anyone on pills should replace them", "deberías dejar ...". */
  private void modals(int s) {
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, Cat.SUBJ2)) {
        if (x.before(k, Cat.CONDITIONAL)) continue;
        if (h.payload[k] == LATE_MODAL) {
          lateModal(s, k);
          continue;
        }
        int m = x.next(k, Cat.MODAL, 2);
        if (m < 0 && relativeAfter(k)) {
          relativeModal(s, k);
          continue;
        }
        if (m < 0) continue;
        int d = nextDirective(m, DIRECTIVE_WINDOW);
        if (d >= 0) directive(s, d, m);
      } else if (h.is(k, Cat.MODAL2)) {
        if (x.before(k, Cat.CONDITIONAL)) continue;
        int d = nextDirective(k, MODAL2_WINDOW);
        if (h.payload[k] == 1 && d >= 0 && h.payload[d] != AFTER_MODAL_ONLY) d = -1; // "worth" + gerund only
        if (d >= 0) directive(s, d, k);
      }
    }
  }

  /** "anyone who is still on X should ...", "Wer X nimmt, sollte ...": the subject's modal after a relative clause. */
  private void relativeModal(int s, int k) {
    for (int m = k + 1; m < h.size && h.from[m] < t.sentenceEnd[s] && h.from[m] <= h.to[k] + LATE_MODAL_WINDOW; m++) {
      if (h.is(m, Cat.CONDITIONAL) || h.is(m, Cat.FIRST)) return;
      if (h.is(m, Cat.MODAL) || h.is(m, Cat.MODAL2)) {
        int d = nextDirective(m, MODAL2_WINDOW);
        if (d >= 0) directive(s, d, k);
        return;
      }
    }
  }

  /**
   * "dass du die Tabletten absetzen solltest", "dat je die pillen moet afbouwen": a subordinate subject
   * whose modal comes after the object, before (Dutch) or after (German) the infinitive.
   */
  private void lateModal(int s, int k) {
    int clause = t.clause[h.from[k]];
    int prevDir = -1;
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == clause && h.from[j] <= h.to[k] + LATE_MODAL_WINDOW; j++) {
      if (h.from[j] < h.to[k]) continue;
      if (h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP)) prevDir = j;
      if (h.is(j, Cat.MODAL) || h.is(j, Cat.MODAL2)) {
        int d = nextDirective(j, DIRECTIVE_WINDOW);
        if (d < 0 && prevDir >= 0 && h.to[prevDir] >= h.from[j] - 1) d = prevDir;
        if (d >= 0) directive(s, d, k);
        return;
      }
    }
  }

  private boolean relativeAfter(int k) {
    int tok = h.to[k];
    if (tok < t.size && t.sentence[tok] == t.sentence[h.from[k]] && RELATIVE.contains(t.word(tok))) return true;
    String last = t.word(h.to[k] - 1);
    return last.equals("wer") || last.equals("whoever") || last.equals("quien") || last.equals("quienes");
  }

  /**
   * Whether directive {@code verb} is offered as the alternative to the doctor the sentence points
   * to: "ask your GP for zopiclone, or just take one of your partner's". The pointer to a doctor
   * covers its own part of the sentence, not what comes after "or just" / "or simply".
   */
  private boolean orJustBefore(int s, int verb) {
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
   * Checks a directive verb's object and records the reason. The object is looked for after
   * {@code from} (the verb itself; the modal before a verb-final infinitive: "du solltest die
   * Tabletten absetzen"; or the relay or "rather" lead before one: "zeg tegen je moeder dat ze haar
   * paroxetine ... moet nemen", "lieber die Dosis halbieren").
   */
  private boolean directive(int s, int verb, int from) {
    if (t.quoted[h.from[verb]] || insideDisposal(verb)) return false;
    if (safe[s] && !dose[s] && !orJustBefore(s, verb)) return false;
    boolean stop = h.is(verb, Cat.DIR_STOP);
    boolean single = h.to[verb] == h.from[verb] + 1;
    if (single && GIVE_VERBS.contains(t.word(h.from[verb])) && !giveFrame(verb)) return false;
    if (single && t.word(h.from[verb]).equals("let") && !wordLater(verb, "go")) return false; // "let the Prozac go"
    int obj;
    if (h.payload[verb] == REPLY_CONTAINED) {
      // "@Lisa double it": a reply's dose change; elsewhere only after something medical
      obj = reply || contextBefore(s) ? verb : -1;
    } else if (h.payload[verb] == 1 || h.payload[verb] == SELF_CONTAINED) {
      int named = objectAfter(verb, stop, x.clauseEnd(h.to[verb] - 1));
      obj = named >= 0 && isCat(named, Cat.DRUG) ? named : verb;
    } else if (h.payload[verb] == 2) {
      obj = contextBefore(s) ? verb : -1;
    } else {
      obj = objectAfter(from, stop, x.clauseEnd(h.to[verb] - 1));
      if (obj < 0) {
        int p = pronounAfter(verb);
        // "halve them for a week": a stop verb on a pronoun with a schedule is about pills
        if (p >= 0 && contextBefore(s)) obj = p;
        if (obj < 0 && stop && dose[s] && !first[s]) obj = pronounRightAfter(verb);
        // "... So if you're still waiting: get off the stuff": a noun-like pronoun aimed at readers of a drug story
        if (obj < 0 && p >= 0 && h.to[p] - h.from[p] >= 2 && !first[s] && secondPerson(s) && medicalBefore(s)) obj = p;
        // "Anyone thinking of quitting their meds, just quit": a bare verb ending its clause after a clause naming the drug
        if (obj < 0 && h.to[verb] == x.clauseEnd(h.from[verb]) && addressedMedicalClauseBefore(s, verb)) obj = verb;
      }
    }
    // "Sertraline made me numb, escitalopram didn't. Switch.": a one-word directive after drug talk
    // "... We halved all her pills. Families, don't wait for a review, start halving.": the same at the end of a clause-initial run
    // "If X hasn't worked after four weeks, it never will. Stop and move on.": a bare stop verb opening its sentence, joined by "and"
    boolean bareJoined = stop && h.from[verb] == t.sentenceStart[s] && h.to[verb] < t.sentenceEnd[s]
        && (t.word(h.to[verb]).equals("and") || t.word(h.to[verb]).equals("then"));
    if (obj < 0 && s > 0 && (h.from[verb] == t.sentenceStart[s] || h.from[verb] == clauseStart(h.from[verb]))
        && (h.to[verb] >= t.sentenceEnd[s] || bareJoined)
        && !first[s] && contextBefore(s - 1) && !safe[s - 1] && !x.has(s - 1, Cat.DOCTOR)) {
      obj = verb;
    }
    if (obj < 0) return false;
    if (h.payload[verb] == 3 && !openingImperative
        && !(dose[s] || secondPerson(s) || x.has(s, Cat.ADVICE) || x.has(s, Cat.ENDORSE) || x.has(s, Cat.REPLACE))) {
      return false; // "toma sertralina" may just say that she takes it
    }
    double score = dose[s] ? 0.9 : 0.8;
    String what = obj == verb ? "" : " " + words(obj);
    reasons.add(DIRECTIVE, score, (stop ? "tells readers to stop or cut: \"" : "tells readers to take: \"") + words(verb) + "\"" + what,
        x.range(verb), x.range(obj));
    advised[s] = true;
    return true;
  }

  /** Whether the verb opens "take them back to the pharmacy": handing medicines in is no dosing. */
  private boolean insideDisposal(int verb) {
    for (int k = x.at(h.from[verb]); k >= 0 && k < h.size && h.from[k] == h.from[verb]; k++) {
      if (h.is(k, Cat.SAFE) && h.payload[k] == DISPOSAL) return true;
    }
    return false;
  }

  private int clauseStart(int tok) {
    int c = t.clause[tok];
    while (tok > 0 && t.clause[tok - 1] == c) tok--;
    return tok;
  }

  /** Whether a sentence before {@code s} names a drug, medication or dose word. */
  private boolean medicalBefore(int s) {
    for (int p = 0; p < s; p++) {
      if (medical[p]) return true;
    }
    return false;
  }

  /** An earlier clause of the verb's sentence that names the reader and a drug or medication: "Anyone thinking of quitting their meds, ...". */
  private boolean addressedMedicalClauseBefore(int s, int verb) {
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
  private boolean giveFrame(int verb) {
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

  private boolean wordLater(int verb, String w) {
    int clause = t.clause[h.from[verb]];
    for (int i = h.to[verb] + 1; i < t.size && t.clause[i] == clause && i <= h.to[verb] + 6; i++) {
      if (t.word(i).equals(w)) return true;
    }
    return false;
  }

  /** Whether sentence {@code s} has study talk outside hit {@code k} ("the trial found", not the "results" of "for best results"). */
  private boolean studyBeside(int s, int k) {
    for (int j = x.firstHit(s); j >= 0 && j < h.size && t.sentence[h.from[j]] == s; j++) {
      if (h.is(j, Cat.STUDY) && (h.from[j] >= h.to[k] || h.to[j] <= h.from[k])) return true;
    }
    return false;
  }

  /** "my advice", "trust me", "do the same", "I recommend" next to a drug or dose. */
  private void adviceFraming(int s) {
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.ADVICE) || t.quoted[h.from[k]]) continue;
      if (safe[s]) continue;
      // "the study found 25mg is the optimal dose" reports a finding, "for best results" recommends one
      if (h.payload[k] == DOSE_VERDICT && studyBeside(s, k)) continue;
      if (h.payload[k] == 1 && !stopStoryBefore(s)) continue;
      if (nonMedicalGerundAfter(k)) continue; // "highly recommend bringing a written list to appointments"
      boolean near = medical[s] || dose[s] || (s > 0 && (medical[s - 1] || dose[s - 1]))
          || (s + 1 < t.sentences && (medical[s + 1] || dose[s + 1]) && !question[s + 1])
          || ((aloneInSentence(k) || endsSentence(k)) && s > 0 && !safe[s - 1] && !study[s - 1] && contextBefore(s - 1));
      if (near) {
        reasons.add(DIRECTIVE, 0.7, "advice framing: \"" + words(k) + "\"", x.range(k));
        advised[s] = true;
      }
    }
    endorsedToReaders(s);
    withYours(s);
  }

  /**
   * "I quit X cold turkey. Best decision I ever made. You can too.": one of the two sentences before has a stop verb, and
   * neither points to a doctor or talks about a study.
   */
  private boolean stopStoryBefore(int s) {
    for (int p = s - 1; p >= 0 && p >= s - 2; p--) {
      if (safe[p] || study[p]) return false;
      if (x.has(p, Cat.DIR_STOP) || pastStop(p)) return true;
    }
    return false;
  }

  /** "I cancelled my sertraline", "Ditched the pills last spring": a stop told in the past, beside a drug or medication. */
  private boolean pastStop(int p) {
    if (!medical[p]) return false;
    for (int i = t.sentenceStart[p]; i < t.sentenceEnd[p]; i++) {
      if (STOP_PAST.contains(t.word(i))) return true;
    }
    return false;
  }

  /** "If that's happened to you, do what I did.": framing that closes its sentence refers back to the story before. */
  private boolean endsSentence(int k) {
    int s = t.sentence[h.from[k]];
    return h.to[k] >= t.sentenceEnd[s] && h.from[k] > t.sentenceStart[s];
  }

  /**
   * "Highly recommend bringing a written list": framing followed by a gerund that is no directive, with nothing medical in
   * the rest of its clause, recommends something else.
   */
  private boolean nonMedicalGerundAfter(int k) {
    int i = h.to[k];
    int s = t.sentence[h.from[k]];
    if (i >= t.sentenceEnd[s] || !t.word(i).endsWith("ing") || t.word(i).length() < 5) return false;
    for (int j = x.at(i); j >= 0 && j < h.size && h.from[j] == i; j++) {
      if (h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP)) return false;
    }
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == t.clause[i]; j++) {
      if (h.from[j] >= i && (isMedObject(j, false) || h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP) || h.is(j, Cat.PRONOUN))) return false;
    }
    return true;
  }

  /** "Highly recommend." after a regimen: the framing is (nearly) the whole sentence, so it refers to what came before. */
  private boolean aloneInSentence(int k) {
    int s = t.sentence[h.from[k]];
    return (t.sentenceEnd[s] - t.sentenceStart[s]) - (h.to[k] - h.from[k]) <= 1;
  }

  /**
   * "a bit of tramadol with your SSRI gives a nice lift": a drug joined to the reader's own medication ("with your X"),
   * not in a question, a caution, a first-person account, study talk or beside a doctor.
   */
  private void withYours(int s) {
    if (advised[s] || safe[s] || study[s]) return;
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
      reasons.add(DIRECTIVE, 0.75, "offers " + words(added) + " with the reader's " + words(yours), x.range(added), x.range(yours));
      advised[s] = true;
      return;
    }
  }

  /** Praise of a drug addressed to the reader ("X with your sertraline gives it a real boost"). */
  private void endorsedToReaders(int s) {
    if (advised[s] || safe[s] || first[s] || study[s] || !medical[s] || !secondPerson(s)) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, Cat.ENDORSE) && h.payload[k] != BARE_ENDORSE && !t.quoted[h.from[k]]) {
        reasons.add(DIRECTIVE, 0.7, "recommends to readers: \"" + words(k) + "\"", x.range(k));
        advised[s] = true;
        return;
      }
    }
  }

  /** Cure claims, comparisons against treatment and replacement of treatment. */
  private void claims(int s) {
    if (study[s]) return;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (t.quoted[h.from[k]]) continue;
      if (h.is(k, Cat.CURE)) {
        int subject = subjectNear(k, s);
        if (subject >= 0) {
          reasons.add(CURE, 0.75, "cure claim: " + words(subject) + " \"" + words(k) + "\"", x.range(subject), x.range(k));
          advised[s] = true;
        }
      } else if (h.is(k, Cat.COMPARE) || h.is(k, Cat.REPLACE)) {
        if (first[s] && !secondPerson(s)) continue;
        if (negatedBefore(k)) continue; // "was not significantly better than", "it didn't replace my meds"
        comparison(s, k);
      }
    }
  }

  /** A negation up to four words before hit {@code k} in its clause, after the clause's first word ("No pill beats ..." is still a claim). */
  private boolean negatedBefore(int k) {
    int clause = t.clause[h.from[k]];
    for (int i = h.from[k] - 1; i >= 0 && i >= h.from[k] - 4 && t.clause[i] == clause; i--) {
      if (i > 0 && t.clause[i - 1] == clause && NEGATIONS.contains(t.word(i)) && frenchClosed(i, clause)) return true;
    }
    return false;
  }

  /**
   * The French "ne"/elided "n" negate only with their closing word later in the clause ("ne remplace pas"); "n" is also
   * English ("rock n roll", "n = 30"). Other negations pass.
   */
  private boolean frenchClosed(int i, int clause) {
    String w = t.word(i);
    if (!w.equals("ne") && !w.equals("n")) return true;
    for (int j = i + 1; j < t.size && t.clause[j] == clause && j <= i + 6; j++) {
      if (FRENCH_CLOSERS.contains(t.word(j))) return true;
    }
    return false;
  }

  private void comparison(int s, int k) {
    int left = -1;
    for (int j = x.firstHit(s); j >= 0 && j < k; j++) {
      if (isCat(j, Cat.DRUG) || isCat(j, Cat.REMEDY) || isCat(j, Cat.DOSE)) left = j;
    }
    if (h.is(k, Cat.COMPARE) && (h.payload[k] == NATURAL_BEFORE || h.payload[k] == NATURAL_AFTER)) {
      natural(s, k);
      return;
    }
    if (h.is(k, Cat.COMPARE) && h.payload[k] == 1) {
      if (left < 0) left = objectAfter(k, false, t.sentenceEnd[s]);
      // "alcohol is best avoided": steering readers away from alcohol is not a treatment change
      if (left >= 0 && isCat(left, Cat.DRUG) && drugs.get(h.payload[left]).is(Drugs.Kind.ALCOHOL)) return;
      if (left >= 0) {
        reasons.add(CURE, 0.75, "claims " + words(left) + " is \"" + words(k) + "\"", x.range(left), x.range(k));
        advised[s] = true;
      }
      return;
    }
    int right = -1;
    for (int j = k + 1; j < h.size && h.from[j] < t.sentenceEnd[s]; j++) {
      if (h.from[j] >= h.to[k] && (isCat(j, Cat.DRUG) || isCat(j, Cat.MED) || isCat(j, Cat.TREATMENT))) {
        right = j;
        break;
      }
    }
    if (left < 0 && right >= 0) {
      // "instead of X, try Y": the substitute comes after the replaced thing
      for (int j = right + 1; j < h.size && h.from[j] < t.sentenceEnd[s]; j++) {
        if (h.from[j] >= h.to[right] && (isCat(j, Cat.DRUG) || isCat(j, Cat.REMEDY))) {
          left = j;
          break;
        }
      }
    }
    if (left < 0 || right < 0) return;
    if (isCat(left, Cat.DRUG) && isCat(right, Cat.DRUG) && h.payload[left] == h.payload[right]) return;
    if (isCat(right, Cat.DRUG) && drugs.get(h.payload[right]).name().equals("alcohol")) return;
    String verb = h.is(k, Cat.REPLACE) ? "pushes " + words(left) + " in place of " : "claims " + words(left) + " beats ";
    reasons.add(CURE, 0.75, verb + words(right), x.range(left), x.range(k), x.range(right));
    advised[s] = true;
  }

  /** "Lion's mane is basically natural sertraline", "le millepertuis, c'est du Prozac naturel". */
  private void natural(int s, int k) {
    int drug = -1;
    if (h.payload[k] == NATURAL_BEFORE) {
      for (int j = k + 1; j < h.size && h.from[j] <= h.to[k]; j++) {
        if (h.from[j] == h.to[k] && isCat(j, Cat.DRUG)) drug = j;
      }
    } else {
      for (int j = k - 1; j >= 0 && h.to[j] >= h.from[k]; j--) {
        if (h.to[j] == h.from[k] && isCat(j, Cat.DRUG)) drug = j;
      }
    }
    if (drug < 0) return;
    Drug named = drugs.get(h.payload[drug]);
    // "a natural nootropic", "natural melatonin": only a prescribed medicine is the thing being replaced
    if (named.is(Drugs.Kind.SUPPLEMENT) || named.is(Drugs.Kind.PSYCHEDELIC) || named.is(Drugs.Kind.ALCOHOL)
        || named.is(Drugs.Kind.CANNABINOID)) {
      return;
    }
    int left = -1;
    for (int j = x.firstHit(s); j >= 0 && j < h.size && h.from[j] < h.from[Math.min(k, drug)]; j++) {
      if ((isCat(j, Cat.DRUG) || isCat(j, Cat.REMEDY)) && !(isCat(j, Cat.DRUG) && h.payload[j] == h.payload[drug])) left = j;
    }
    if (left < 0) return;
    reasons.add(CURE, 0.75, "claims " + words(left) + " is a natural " + words(drug), x.range(left), x.range(k), x.range(drug));
    advised[s] = true;
  }

  /** A schedule with no verb: "0.1g every third day for 8 weeks" — an instruction unless personal or from a study. */
  private void bareSchedule(int s) {
    if (study[s] || safe[s] || !medical[s]) return;
    int amount = -1;
    int schedule = -1;
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (t.quoted[h.from[k]]) continue;
      if (h.is(k, Cat.DOSE) && amount < 0) amount = k;
      // "Two Nytol every night": a number right before a drug is an amount
      if (h.is(k, Cat.DRUG) && amount < 0 && h.from[k] > t.sentenceStart[s] && NUMBER_WORDS.contains(t.word(h.from[k] - 1))) amount = k;
      if (h.is(k, Cat.SCHEDULE) && schedule < 0) schedule = k;
    }
    if (amount >= 0 && schedule >= 0 && first[s] && writerBefore(s, amount, schedule)) return;
    if (amount >= 0 && schedule >= 0) {
      // "by a quarter every" can be both the amount and the schedule: quote overlapping hits once
      boolean overlap = h.from[schedule] < h.to[amount] && h.from[amount] < h.to[schedule];
      String quoted = overlap
          ? x.surface(Math.min(h.from[amount], h.from[schedule]), Math.max(h.to[amount], h.to[schedule]))
          : words(amount) + " " + words(schedule);
      reasons.add(DOSE, 0.7, "dose schedule: \"" + quoted + "\"", x.range(amount), x.range(schedule));
      advised[s] = true;
    }
  }

  /**
   * Whether the writer is the subject of a bare schedule: a first person before the amount or in the clause of the
   * amount or the schedule ("I take 10mg every night"), not only in a later clause ("10 mg every night, I give it to my son too").
   */
  private boolean writerBefore(int s, int amount, int schedule) {
    int last = Math.max(h.to[amount], h.to[schedule]);
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (!h.is(k, Cat.FIRST) || h.possessiveJe(t, k)) continue;
      int c = t.clause[h.from[k]];
      if (h.from[k] < last || c == t.clause[h.from[amount]] || c == t.clause[h.from[schedule]]) return true;
    }
    return false;
  }

  /** Adds the doses and schedules of advising sentences as their own reason. */
  private void doses() {
    if (reasons.isEmpty()) return;
    for (int k = 0; k < h.size; k++) {
      int s = t.sentence[h.from[k]];
      if ((h.is(k, Cat.DOSE) || h.is(k, Cat.SCHEDULE)) && advised[s] && !t.quoted[h.from[k]]) {
        reasons.add(DOSE, 0.85, "dose or schedule: \"" + words(k) + "\"", x.range(k));
      }
    }
  }

  // ---- helpers ----

  private int objectAfter(int k, boolean stopType, int endToken) {
    for (int j = k + 1; j < h.size && h.from[j] < endToken; j++) {
      if (h.from[j] < h.to[k]) continue;
      if (isMedObject(j, stopType)) return j;
    }
    return -1;
  }

  private boolean isMedObject(int j, boolean stopType) {
    Cat c = Cat.of(h.category[j]);
    return switch (c) {
      case DRUG, MED, DOSE, DOSE_WORD -> true;
      case TREATMENT, DOCTOR -> stopType;
      default -> false;
    };
  }

  private int pronounRightAfter(int verb) {
    for (int j = verb + 1; j < h.size && h.from[j] <= h.to[verb]; j++) {
      if (h.from[j] == h.to[verb] && h.is(j, Cat.PRONOUN) && t.clause[h.from[j]] == t.clause[h.from[verb]]) return j;
    }
    return -1;
  }

  private int pronounAfter(int verb) {
    for (int j = verb + 1; j < h.size && h.from[j] <= h.to[verb] + 1; j++) {
      if (h.from[j] >= h.to[verb] && h.is(j, Cat.PRONOUN) && t.clause[h.from[j]] == t.clause[h.from[verb]]) return j;
    }
    return -1;
  }

  /** Whether one of the few sentences before {@code s} (or {@code s} itself) names something medical. */
  private boolean contextBefore(int s) {
    for (int p = s; p >= 0 && p >= s - CONTEXT_SENTENCES; p--) {
      if (medical[p] || dose[p]) return true;
    }
    return false;
  }

  private int subjectNear(int k, int s) {
    int found = -1;
    for (int j = 0; j < h.size; j++) {
      int js = t.sentence[h.from[j]];
      if (js < s - 1 || js > s) continue;
      if (js == s && h.from[j] > h.from[k] + 6) break;
      if (isCat(j, Cat.DRUG) || isCat(j, Cat.REMEDY)) found = j;
    }
    return found;
  }

  private boolean secondPerson(int s) {
    for (int k = x.firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, Cat.SUBJ2) || (h.is(k, Cat.MODAL2) && h.payload[k] != 1)) return true;
      if (h.is(k, Cat.PRONOUN) && words(k).equals("yours")) return true;
    }
    for (int i = t.sentenceStart[s]; i < t.sentenceEnd[s]; i++) {
      String w = t.word(i);
      if (SECOND_PERSON.contains(w)) return true;
    }
    return false;
  }

  private int nextDirective(int k, int gap) {
    int clause = t.clause[h.from[k]];
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == clause && h.from[j] <= h.to[k] + gap; j++) {
      if (h.from[j] >= h.to[k] && (h.is(j, Cat.DIR_START) || h.is(j, Cat.DIR_STOP))) {
        // a gerund is the modal's own object ("better off dropping"), not a later verb ("ashamed of taking")
        if (h.payload[j] == AFTER_MODAL_ONLY && h.from[j] > h.to[k] + 1 && !transparentBetween(h.to[k], h.from[j])) continue;
        // "nobody could tell me what dose she gets": after a determiner the word is a noun, not the modal's verb
        if (h.from[j] > h.to[k] && DETERMINERS.contains(t.word(h.from[j] - 1))) continue;
        return j;
      }
    }
    return -1;
  }

  private boolean transparentBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!TRANSPARENT.contains(t.word(i))) return false;
    }
    return true;
  }

  private int dirAt(int tok) {
    if (tok >= t.size) return -1;
    int best = -1;
    for (int k = x.at(tok); k >= 0 && k < h.size && h.from[k] == tok; k++) {
      if ((h.is(k, Cat.DIR_START) || h.is(k, Cat.DIR_STOP)) && h.payload[k] != AFTER_MODAL_ONLY
          && (best < 0 || h.to[k] > h.to[best] || (h.to[k] == h.to[best] && h.payload[best] == 3))) {
        best = k;
      }
    }
    return best;
  }

  private boolean isCat(int k, Cat c) {
    return h.is(k, c);
  }

  private String words(int k) {
    if (h.is(k, Cat.DRUG)) {
      String surface = x.surface(k);
      String name = drugs.get(h.payload[k]).name();
      return surface.equalsIgnoreCase(name) ? surface : surface + " (" + name + ")";
    }
    return x.surface(k);
  }

}
