package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Decimals;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.training.RunScorer;
import io.commentmod.moderation.training.TextModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The medical-advice classifier as a second opinion where the rules found no advice. It flags on its
 * own at {@value #CONFIDENT}. Below that it flags at {@value #WITH_CUE} when the lexicon found a
 * medical cue (a drug, supplement or psychedelic, a medication word, a complete dose, a treatment
 * word) in a sentence shaped like advice that is not a question, study talk or a pointer to a doctor
 * ("as prescribed", "with your doctor") ({@link #cue}); at {@value #ANY_SHAPE} a cue in a sentence of
 * any other shape will do. So spam, jokes and headlines with no drug or treatment stay with the other
 * checks unless the classifier is nearly sure. The reason names the probability, the three words that
 * pushed hardest and the cue, with spans. The threshold was chosen on the held-out validation fifth
 * of the classifier's own corpus (see docs/health-checks.md, "Medical-advice classifier").
 */
final class MedicalModelSignal {
  static final String NAME = "medical.classifier";
  /**
   * Probability that flags beside a medical cue in a sentence shaped like advice. 0.80 until the
   * eighth round; at 0.70 the retrained model adds 4 flags on the validation fifth with no false one,
   * 6 on the development held-out sets for 1 false one, and RHMD non-health 0.006 -> 0.007. 0.68 since
   * the thirty-fourth round, chosen on the read held-out sets the model never learned (74-179 less the
   * never-read ones): 0.68 / 0.65 / 0.60 catch 2 / 3 / 7 more advice comments for 0 / 1 / 10 more false
   * flags. 0.65 would also flag developers' hard negatives read at 0.66-0.67 ("Escitalopram worked
   * better than sertraline for me", "You shouldn't be telling people to chuck their meds"). Measured
   * then on the never-read sets: 0.68 catches 2 more on 180-185 for none, 0 on the other 37; RHMD and the
   * li2021 sentences unchanged.
   */
  static final double WITH_CUE = 0.68;
  /**
   * Probability that flags beside a medical cue in a sentence of any shape (still not a question or
   * study talk, and with no doctor, condition or first person: {@link #cue}). Added in the tenth
   * round, when the corpus held pairs of the same situation told as advice and as experience: on
   * the development sets it adds 3 flags and 5 false ones, every false one on a comment already
   * held as spam (a seller listing drugs) or urgent; no legitimate comment is held by it. Tried in
   * the eighth round on the smaller corpus, it flagged first-person experience ("I stopped the
   * lamotrigine before my trip").
   */
  static final double ANY_SHAPE = 0.95;
  /**
   * Probability that flags on its own: with no cue ("just stop, you don't need it anymore" names no
   * drug) and in any sentence shape (a rhetorical question, advice after "I did it"). Added in the
   * eleventh round: on the development sets (dev, generalisation, held-out 1-11) 0.98 / 0.97 / 0.95
   * catch 5 / 10 / 11 more advice comments for 0 / 0 / 3 more false flags, and no legitimate comment
   * is held by it at 0.97.
   */
  static final double CONFIDENT = 0.97;

  private final TextModel model;
  private final double withCue;
  /** Scores passages of a comment without featurising each ({@link Passages}); one per thread. */
  private final ThreadLocal<RunScorer> runs;

  MedicalModelSignal(TextModel model) {
    this(model, WITH_CUE);
  }

  MedicalModelSignal(TextModel model, double withCue) {
    this.model = model;
    this.withCue = withCue;
    this.runs = ThreadLocal.withInitial(() -> new RunScorer(model));
  }

  /**
   * The classifier's probability for {@code text}: the one {@link #inspect} computed if it last saw
   * this comment on this thread, 0 if it saw it and the lexicon found nothing medical (the last look
   * needs a medical hit), else computed now.
   */
  double lastProbability(CommentText text, Tokens t) {
    Seen last = seen.get();
    if (last.text == text) {
      if (!last.hits) return 0;
      if (!Double.isNaN(last.p)) return last.p;
    }
    String s = modelText(text, t);
    return model.probability(s, io.commentmod.moderation.normalize.Tokens.cached(s));
  }

  /**
   * The last look's probability: {@link #lastProbability}, or, when words of the comment sit between quotation marks,
   * the probability of the text without them. On a comment nothing else held, advice in quotation marks is someone
   * else's words being answered or mocked ("'just come off slowly', as if ..."); the rules never read quoted words.
   */
  double lastLookProbability(CommentText text, Tokens t) {
    double p = lastProbability(text, t);
    if (p == 0 || !anyQuotedWord(t)) return p;
    String s = lastLookText(text, t);
    return model.probability(s, io.commentmod.moderation.normalize.Tokens.cached(s));
  }

  private static boolean anyQuotedWord(Tokens t) {
    for (int i = 0; i < t.size; i++) {
      if (t.quoted[i]) return true;
    }
    return false;
  }

  /** The model text with every quoted word blanked (quote lines are already blank). */
  private static String lastLookText(CommentText text, Tokens t) {
    String m = modelText(text, t);
    if (!anyQuotedWord(t)) return m;
    char[] c = m.toCharArray();
    for (int i = 0; i < t.size; i++) {
      if (t.quoted[i]) java.util.Arrays.fill(c, t.start[i], Math.min(t.end[i], c.length), ' ');
    }
    return new String(c);
  }

  /** The classifier's probability for the whole normalised text of {@code text} (experiments). */
  double probability(CommentText text) {
    String s = text.normalized();
    return model.probability(s, io.commentmod.moderation.normalize.Tokens.cached(s));
  }

  /** What the classifier reads: the normalised text, with its quote lines blanked when it has any. */
  private static String modelText(CommentText text, Tokens t) {
    return t.withoutQuoteLines != null ? t.withoutQuoteLines : text.normalized();
  }

  /**
   * What {@link #inspect} saw last on this thread, for the last look ({@link MedicalSecondLook}) to
   * reuse: the comment, whether the lexicon found anything medical in it ({@link #hasContent}), and
   * the classifier's probability (NaN when not computed). The classifier is the costliest part of
   * the medical check.
   */
  private static final class Seen {
    CommentText text;
    boolean hits;
    double p;
  }

  private final ThreadLocal<Seen> seen = ThreadLocal.withInitial(Seen::new);

  void inspect(CommentText text, Tokens t, Hits h, Drugs drugs, Findings findings) {
    Seen last = seen.get();
    last.text = text;
    last.hits = hasContent(h);
    last.p = Double.NaN;
    if (!last.hits) return;
    int found = cue(t, h, drugs);
    boolean shaped = (found & ANY_SHAPE_CUE) == 0;
    int cue = found == NO_CUE ? NO_CUE : found & ~ANY_SHAPE_CUE;
    String s = modelText(text, t);
    io.commentmod.moderation.normalize.Tokens words = io.commentmod.moderation.normalize.Tokens.cached(s);
    double p = model.probability(s, words);
    last.p = p;
    boolean tiered = cue != NO_CUE && p >= (shaped ? withCue : Math.max(withCue, ANY_SHAPE));
    if (!tiered && (p < CONFIDENT || allOwnOrDeferred(t, h))) return;
    report(text, t, h, cue, p, "", findings);
  }

  /**
   * The last look ({@link MedicalSecondLook}) at a comment no other check held (or only the self-harm
   * check), whose probability {@code p} reached its threshold: flags when the lexicon found anything
   * medical in it and not every sentence is the writer's own experience or a pointer to a doctor;
   * {@code why} ends the reason's detail (which comment this was).
   */
  void lastLook(CommentText text, Tokens t, Hits h, double p, String why, Findings findings) {
    if (!hasContent(h) || allOwnOrDeferred(t, h)) return;
    report(text, t, h, NO_CUE, p, why, findings);
  }

  /**
   * The last look's reading of a comment whose whole stayed below its threshold, in {@link Passages}:
   * advice told in one or two sentences of a longer comment about something else ("... what I'd tell
   * anyone is to halve the citalopram and add St John's Wort ...") is diluted in the whole. Flags
   * when a passage that has something medical in it and is not all the writer's own experience or a
   * pointer to a doctor reaches {@code threshold}, with the passage as the span.
   */
  void passageLook(CommentText text, Tokens t, Hits h, double threshold, Findings findings) {
    if (t.sentences < 2 || !hasContent(h)) return;
    boolean[] content = new boolean[t.sentences];
    for (int k = 0; k < h.size; k++) content[t.sentence[h.from[k]]] |= isContent(Cat.of(h.category[k]));
    boolean[] ownOrDeferred = ownOrDeferred(t, h);
    Passages best = Passages.riskiest(runs.get(), lastLookText(text, t), t, (from, to) -> {
      boolean medical = false, advice = false;
      for (int s = from; s < to; s++) {
        medical |= content[s];
        advice |= !ownOrDeferred[s];
      }
      return medical && advice;
    });
    if (best.p < threshold) return;
    findings.add(FlagName.MEDICAL_ADVICE, ModelScore.of(best.p), NAME,
        "advice probability " + Decimals.twoPlaces(best.p) + " in one passage of a longer comment, and no other check held the comment",
        List.of(text.originalSpan(best.start, best.end)));
  }

  private void report(CommentText text, Tokens t, Hits h, int cue, double p, String note, Findings findings) {
    String s = modelText(text, t);
    io.commentmod.moderation.normalize.Tokens words = io.commentmod.moderation.normalize.Tokens.cached(s);
    List<Span> spans = new ArrayList<>(4);
    List<String> named = new ArrayList<>(3);
    ModelWords.name(model, ModelWords.FUNCTION_WORDS_BUT_JUST, text, words, spans, named);
    String detail = "advice probability " + Decimals.twoPlaces(p) + (named.isEmpty() ? "" : ", words " + String.join(", ", named));
    if (cue != NO_CUE) {
      Span about = text.originalSpan(t.start[h.from[cue]], t.end[h.to[cue] - 1]);
      spans.add(about);
      detail += ", about \"" + text.original().substring(about.start(), about.end()) + "\"";
    }
    if (spans.isEmpty()) spans.add(text.originalSpan(0, s.length()));
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (int i = spans.size() - 1; i > 0; i--) {
      if (spans.get(i).start() < spans.get(i - 1).end()) spans.remove(i);
    }
    findings.add(FlagName.MEDICAL_ADVICE, ModelScore.of(p), NAME, detail + note, spans);
  }

  /**
   * Whether the lexicon found anything about treatment or advice: a drug, medication, dose,
   * schedule, treatment or remedy word, a directive, or advice, praise, cure, comparison,
   * replacement or anti-medication phrasing. Pronouns, modals, questions and study talk alone are
   * not enough to ask the classifier (which is the costliest part of the check).
   */
  private static boolean hasContent(Hits h) {
    for (int k = 0; k < h.size; k++) {
      if (isContent(Cat.of(h.category[k]))) return true;
    }
    return false;
  }

  private static boolean isContent(Cat c) {
    return switch (c) {
      case DRUG, MED, DOSE_WORD, DOSE, SCHEDULE, TREATMENT, REMEDY, DIR_START, DIR_STOP, NO_NEED, RHETORICAL,
          ADVICE, ENDORSE, CURE, COMPARE, REPLACE, ANTI_MED -> true;
      default -> false;
    };
  }

  /**
   * Whether every sentence points to a doctor or speaks in the first person without addressing anyone:
   * a comment that only tells its writer's own regimen ("I'm weaning myself off Xanax by cutting the
   * pills in half") is experience however sure the classifier is, but "if you're on an MAOI it's
   * fine to do ketamine too, I did" tells the reader what to do beside the writer's story.
   */
  private static boolean allOwnOrDeferred(Tokens t, Hits h) {
    for (boolean b : ownOrDeferred(t, h)) {
      if (!b) return false;
    }
    return true;
  }

  /**
   * For each sentence, whether it points to a doctor or speaks in the first person without
   * addressing anyone. Pointing takes a verb that sends the reader to the doctor ("talk to your GP",
   * "check with a pharmacist", "under supervision"): a doctor only mentioned ("my doctor wanted me on
   * it, just skip it", "doctors won't tell you this") defers nothing, and a sentence that also holds
   * an amount or words of advice, cure, replacement or contempt for medicine ("ask your GP for 20 mg
   * instead, trust me") is advice whatever it points to. (Before the twenty-first round any doctor
   * word deferred its sentence; the narrower reading caught 7 more of 1,703 advice comments in the
   * never-read sets and 6 more in cross-validation, with no more false flags in either.)
   */
  private static boolean[] ownOrDeferred(Tokens t, Hits h) {
    boolean[] deferred = new boolean[t.sentences];
    boolean[] first = new boolean[t.sentences];
    boolean[] addressed = new boolean[t.sentences];
    boolean[] advice = new boolean[t.sentences];
    for (int k = 0; k < h.size; k++) {
      int s = t.sentence[h.from[k]];
      if (h.is(k, Cat.SAFE) || h.is(k, Cat.DOCTOR) && pointedTo(h, k)) deferred[s] = true;
      if (h.possessiveJe(t, k)) addressed[s] = true;
      else if (h.is(k, Cat.FIRST)) first[s] = true;
      if (h.is(k, Cat.SUBJ2)) addressed[s] = true;
      switch (Cat.of(h.category[k])) {
        case DOSE, ADVICE, ENDORSE, CURE, ANTI_MED, NO_NEED, REPLACE, RHETORICAL -> advice[s] = true;
        default -> { }
      }
    }
    for (int s = 0; s < deferred.length; s++) deferred[s] = deferred[s] && !advice[s] || first[s] && !addressed[s];
    return deferred;
  }

  /** Most words between a pointing verb and the doctor it points to ("talk to your own GP"). */
  private static final int POINTER_GAP = 3;

  /** Whether doctor hit {@code k} follows a verb that points to a professional ({@link Cat#SAFE_VERB}). */
  private static boolean pointedTo(Hits h, int k) {
    for (int j = 0; j < h.size; j++) {
      if (h.is(j, Cat.SAFE_VERB) && h.to[j] <= h.from[k] && h.from[k] - h.to[j] <= POINTER_GAP) return true;
    }
    return false;
  }

  /** {@link #cue}'s answer when the text has no cue that counts. */
  static final int NO_CUE = -1;
  /** Set in {@link #cue}'s answer when the hit it names is a cue in a sentence of any shape only. */
  static final int ANY_SHAPE_CUE = 1 << 30;

  /**
   * The first medical cue that sits in a sentence shaped like advice; when there is none, the first
   * cue in any sentence that is not a question or study talk and has no doctor, no condition and no
   * first person (since "if you take the whole pack" is a hypothetical, "talk to your doctor" defers
   * and "I'm weaning myself off Xanax" is experience), with {@link #ANY_SHAPE_CUE} set; else
   * {@link #NO_CUE}. One pass finds both, so the sentences' marks are built once. A cue ({@link #isCue})
   * counts when it is not quoted and not alcohol alone (a drink is not a treatment), in a sentence
   * that is not a question and has no study talk or doctor-pointing phrase ("as prescribed", "with
   * your doctor"). The sentence's shape of advice is a second person
   * before any condition in the sentence ("you should", "your meds"; not "if you take one, your
   * headache goes"), a modal, a directive verb at a clause start (or after "just", "and"; not in a
   * clause a condition opens) or, before any condition, with a drug, medication or dose right after
   * it, a rhetorical suggestion, "you don't need", advice or praise framing, a cure, comparison or
   * replacement claim, or anti-treatment rhetoric.
   */
  static int cue(Tokens t, Hits h, Drugs drugs) {
    Marks marks = MARKS.get().reset(t.sentences);
    boolean[] asks = marks.asks;
    boolean[] study = marks.study;
    boolean[] shaped = marks.shaped;
    boolean[] deferredOrOwn = marks.deferredOrOwn; // names a doctor, or speaks in the first person
    int[] condition = marks.condition;
    for (int k = 0; k < h.size; k++) {
      int s = t.sentence[h.from[k]];
      if (h.is(k, Cat.CONDITIONAL)) condition[s] = Math.min(condition[s], h.from[k]);
    }
    for (int k = 0; k < h.size; k++) {
      Cat c = Cat.of(h.category[k]);
      int s = t.sentence[h.from[k]];
      if (c == Cat.QUESTION_OPEN) asks[s] = true;
      else if (c == Cat.STUDY || c == Cat.SAFE) study[s] = true;
      else if (c == Cat.DOCTOR || c == Cat.FIRST) deferredOrOwn[s] = true;
      else if (!t.quoted[h.from[k]] && isShape(t, h, k, c, condition[s])) shaped[s] = true;
    }
    int anyShape = NO_CUE;
    for (int k = 0; k < h.size; k++) {
      Cat c = Cat.of(h.category[k]);
      int s = t.sentence[h.from[k]];
      if (!isCue(c) || t.quoted[h.from[k]]) continue;
      if (c == Cat.DRUG && drugs.get(h.payload[k]).is(Drugs.Kind.ALCOHOL)) continue;
      if (asks[s] || t.questionMark[s]) continue;
      if (study[s]) continue;
      if (shaped[s] || secondPersonBefore(t, s, condition[s])) return k;
      if (anyShape == NO_CUE && !deferredOrOwn[s] && condition[s] == Integer.MAX_VALUE) anyShape = k | ANY_SHAPE_CUE;
    }
    return anyShape;
  }

  /**
   * {@link #cue}'s marks per sentence, reused on each thread instead of five arrays a call ({@code cue}
   * does not call itself). Only the first {@code sentences} entries are reset and read.
   */
  private static final class Marks {
    boolean[] asks = new boolean[0], study = asks, shaped = asks, deferredOrOwn = asks;
    int[] condition = new int[0];

    Marks reset(int sentences) {
      if (asks.length < sentences) {
        int n = Math.max(sentences, 2 * asks.length);
        asks = new boolean[n];
        study = new boolean[n];
        shaped = new boolean[n];
        deferredOrOwn = new boolean[n];
        condition = new int[n];
      } else {
        java.util.Arrays.fill(asks, 0, sentences, false);
        java.util.Arrays.fill(study, 0, sentences, false);
        java.util.Arrays.fill(shaped, 0, sentences, false);
        java.util.Arrays.fill(deferredOrOwn, 0, sentences, false);
      }
      java.util.Arrays.fill(condition, 0, sentences, Integer.MAX_VALUE);
      return this;
    }
  }

  private static final ThreadLocal<Marks> MARKS = ThreadLocal.withInitial(Marks::new);

  /** Second-person words that are not {@link Cat#SUBJ2} phrases. */
  private static final String[] SECOND_PERSON = {"your", "yourself", "yourselves", "ur"};

  /** Whether sentence {@code s} has an unquoted second-person word before token {@code condition}; allocation-free. */
  private static boolean secondPersonBefore(Tokens t, int s, int condition) {
    for (int i = t.sentenceStart[s]; i < t.sentenceEnd[s] && i < condition; i++) {
      if (t.quoted[i]) continue;
      for (String w : SECOND_PERSON) {
        if (t.wordIs(i, w)) return true;
      }
    }
    return false;
  }

  private static boolean isShape(Tokens t, Hits h, int k, Cat c, int condition) {
    return switch (c) {
      case MODAL, MODAL2, NO_NEED, RHETORICAL, ADVICE, ENDORSE, CURE, COMPARE, REPLACE, ANTI_MED -> true;
      case SUBJ2 -> h.from[k] < condition;
      // payload 3: a tú-imperative that is also a third-person verb ("toma"); 4: a gerund, a directive only after a modal
      case DIR_START, DIR_STOP -> h.payload[k] != 3 && h.payload[k] != 4 && (h.from[k] < condition && objectNear(t, h, k)
          || !conditionBefore(t, h, k) && (h.from[k] == 0 || t.clause[h.from[k] - 1] != t.clause[h.from[k]]
              || after(h, k, Cat.LEAD) || after(h, k, Cat.COORD)));
      default -> false;
    };
  }

  /**
   * Whether directive {@code k} has a drug, medication word or dose within three words after it in
   * its clause ("the smart move is to stop the lamotrigine"), with no first person before it there
   * ("I stopped the lamotrigine" is experience).
   */
  private static boolean objectNear(Tokens t, Hits h, int k) {
    int clause = t.clause[h.from[k]];
    for (int j = k - 1; j >= 0 && t.clause[h.from[j]] == clause; j--) {
      if (h.is(j, Cat.FIRST)) return false;
    }
    for (int j = k + 1; j < h.size && h.from[j] <= h.to[k] + 3 && t.clause[h.from[j]] == clause; j++) {
      Cat c = Cat.of(h.category[j]);
      if (c == Cat.DRUG || c == Cat.MED || c == Cat.DOSE) return true;
    }
    return false;
  }

  /** Whether a condition ("if", "when") opens hit {@code k}'s clause before it ("if you take one ..."). */
  private static boolean conditionBefore(Tokens t, Hits h, int k) {
    int clause = t.clause[h.from[k]];
    for (int j = k - 1; j >= 0 && t.clause[h.from[j]] == clause; j--) {
      if (h.is(j, Cat.CONDITIONAL)) return true;
    }
    return false;
  }

  /** Whether hit {@code k} directly follows a hit of category {@code c}. */
  private static boolean after(Hits h, int k, Cat c) {
    for (int j = k - 1; j >= 0 && h.from[j] >= h.from[k] - 6; j--) {
      if (h.is(j, c) && h.to[j] == h.from[k]) return true;
    }
    return false;
  }

  /**
   * A drug, supplement or psychedelic, a medication word, a complete dose ("200 mg", "two
   * tablets") or a treatment word. Schedules ("twice a day", "for a week") and the bare word "dose"
   * are not cues: jokes, chain letters and hypotheticals are full of them.
   */
  static boolean isCue(Cat c) {
    return switch (c) {
      case DRUG, MED, DOSE, TREATMENT -> true;
      default -> false;
    };
  }
}
