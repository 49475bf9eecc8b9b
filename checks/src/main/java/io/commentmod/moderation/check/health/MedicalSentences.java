package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.MedicalAdviceCheck.DOSE;

import io.commentmod.moderation.check.CommentText;

/**
 * One comment's state for the medical rules: its tokens, lexicon hits and {@link HitIndex}, the reasons found so far,
 * and the per-sentence facts every rule reads: a question, a safe pointer to a doctor or pharmacist, a first-person
 * account, study talk, something medical, a dose or schedule, and (written by the rules) whether the sentence already
 * advises. Also the lexicon payloads and the small lookups the rule classes share (a medical object after a hit, a
 * pronoun after a verb, medical context before a sentence, words naming the reader, a hit's words as written).
 * Created once per comment; the rule classes are stateless and read and write it.
 */
final class MedicalSentences {
  /** Directive payload of gerunds ("adding", "dropping"): a directive only after a modal, never at a clause start. */
  static final int AFTER_MODAL_ONLY = 4;
  /**
   * Directive payload of phrases that name the pill by their shape alone ("stop taking them", "don't take
   * another one", "taper yourself off", "flush them"): replies that never name the drug. They mark
   * their sentence as medical.
   */
  static final int SELF_CONTAINED = 5;
  private static final int CONTEXT_SENTENCES = 3;
  /** Rhetorical payload of a tag ("what have you got to lose?") that turns a question mark into an instruction. */
  static final int RHETORICAL_TAG = 3;
  /**
   * Directive payload of a dose change on a pronoun ("double it", "halve them", "go down by half"): self-contained in a
   * reply addressed to someone ("@Lisa double it"), otherwise only after something medical. On a blog about
   * medication a reply's "double it" is taken as a dose, so a recipe reply ("@Ana double it, the recipe only serves
   * two") is held for review too: recall first.
   */
  static final int REPLY_CONTAINED = 6;
  /** No-need payload of "you don't need your doctor's permission to": about treatment by its shape alone. */
  static final int NO_PERMISSION = 3;
  /**
   * Safe payload of returning medicines to a pharmacy: the classifier reads it as a pointer to professionals, but it does
   * not excuse an instruction beside it ("stop your X and take the rest back to the pharmacy").
   */
  static final int DISPOSAL = 1;
  /** Endorse payload of a bare "is fine"/"the risk is exaggerated": it does not count after a reporting verb ("my aunt says ..."). */
  static final int BARE_ENDORSE = 1;
  static final java.util.Set<String> SECOND_PERSON = java.util.Set.of(
      "your", "ur", "yourself", "yours", "tu", "tus", "te", "vuestro", "vuestra", "su", "sus", "dein", "deine", "deinen", "euer", "eure",
      "ton", "ta", "tes", "votre", "vos", "je", "jouw", "jullie", "uw", "tuo", "tua", "tuoi", "vostro", "seu", "sua", "seus", "suas");

  final CommentText text;
  final Tokens t;
  final Hits h;
  final Drugs drugs;
  final Reasons reasons = new Reasons();
  final HitIndex x;
  final boolean[] question;
  final boolean[] safe;
  final boolean[] first;
  final boolean[] study;
  final boolean[] medical;
  final boolean[] dose;
  final boolean[] advised;
  /** Whether the comment opens by addressing someone ("@Lisa ..."). */
  final boolean reply;
  /**
   * Set by {@code Imperatives.imperativeAt} when the verb came last after a relay or "rather" lead: the object is looked
   * for from the lead.
   */
  int verbFinalFrom = -1;
  /** Set while an imperative opens its sentence and is joined to another: "Deja la X y toma Y" (ambiguous verbs count). */
  boolean openingImperative;

  MedicalSentences(Tokens t, Hits h, Drugs drugs, CommentText text) {
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

  /** Computes per-sentence facts; false if the comment names nothing medical at all. */
  boolean sentenceFacts() {
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

  // ---- lookups shared by the rule classes ----

  int objectAfter(int k, boolean stopType, int endToken) {
    for (int j = k + 1; j < h.size && h.from[j] < endToken; j++) {
      if (h.from[j] < h.to[k]) continue;
      if (isMedObject(j, stopType)) return j;
    }
    return -1;
  }

  boolean isMedObject(int j, boolean stopType) {
    Cat c = Cat.of(h.category[j]);
    return switch (c) {
      case DRUG, MED, DOSE, DOSE_WORD -> true;
      case TREATMENT, DOCTOR -> stopType;
      default -> false;
    };
  }

  int pronounRightAfter(int verb) {
    for (int j = verb + 1; j < h.size && h.from[j] <= h.to[verb]; j++) {
      if (h.from[j] == h.to[verb] && h.is(j, Cat.PRONOUN) && t.clause[h.from[j]] == t.clause[h.from[verb]]) return j;
    }
    return -1;
  }

  int pronounAfter(int verb) {
    for (int j = verb + 1; j < h.size && h.from[j] <= h.to[verb] + 1; j++) {
      if (h.from[j] >= h.to[verb] && h.is(j, Cat.PRONOUN) && t.clause[h.from[j]] == t.clause[h.from[verb]]) return j;
    }
    return -1;
  }

  /** Whether one of the few sentences before {@code s} (or {@code s} itself) names something medical. */
  boolean contextBefore(int s) {
    for (int p = s; p >= 0 && p >= s - CONTEXT_SENTENCES; p--) {
      if (medical[p] || dose[p]) return true;
    }
    return false;
  }

  boolean secondPerson(int s) {
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

  boolean isCat(int k, Cat c) {
    return h.is(k, c);
  }

  String words(int k) {
    if (h.is(k, Cat.DRUG)) {
      String surface = x.surface(k);
      String name = drugs.get(h.payload[k]).name();
      return surface.equalsIgnoreCase(name) ? surface : surface + " (" + name + ")";
    }
    return x.surface(k);
  }
}
