package io.commentmod.moderation.check.health;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.ReadsFindings;

/**
 * Medical advice told as a testimony, where the context makes it advice. Two contexts:
 * <ul>
 *   <li>A seller's comment. The policy: "a spam comment that also pushes a dose is {@code spam} and
 *       {@code medical_advice}". The first-pass medical check keeps its classifier quiet on sellers
 *       (it scores their drug lists high), and a seller's testimonial reads like personal experience
 *       ("I replaced my sertraline with these capsules"); once the spam checks have found a seller
 *       (spam at or above its threshold), a testimonial of dropping a prescription, a cure claim or a
 *       schedule for a product is what is sold.
 *   <li>A story framed for readers ({@link Cat#INSINUATE}: "just saying", "make of that what you
 *       will", "not a doctor, but", "ik zeg verder niks"): someone else's change of medication, a dose
 *       or a cure told with such a frame is held up for readers to copy (seventeenth round, set 42 and
 *       a read set of indirect advice: 22 of 62 advice comments were such stories). The writer's own
 *       change ("Stopped my medication abruptly ..., just saying") stays experience.
 * </ul>
 *
 * <p>In either context, with no medical finding yet, flags {@code medical_advice} at {@value #SCORE}
 * for: a schedule ("twice a day") beside an amount in one sentence, or, a seller's, right after a verb
 * to take ("Take 1-2 every 4 hours"); a verb to take right before an
 * amount ("take 3 g"); a verb to replace or stop right before a drug or medication word ("stop all
 * psychiatric medication"), or such a change told as done right beside one ("got off venlafaxine",
 * "mein Sertralin abgesetzt", {@link Cat#SWITCHED}); a cure claim beside a drug or an amount ("3 g
 * dried = cured"). A product's size alone ("60 capsules of 500 mg"), a delivery schedule ("fresh
 * lion's mane weekly") or a keyword list ("SSRI withdrawal, antidepressant tapering") is not flagged.
 */
final class TestimonialAdvice implements ModerationCheck, ReadsFindings {
  static final String SELLER = "medical.seller_claim";
  static final String FRAMED = "medical.framed_claim";
  static final double SCORE = 0.85;

  private final HealthLexicons lexicons;
  private final double spamThreshold;

  TestimonialAdvice(HealthLexicons lexicons, double spamThreshold) {
    this.lexicons = lexicons;
    this.spamThreshold = spamThreshold;
  }

  /** Reads the spam checks' findings (and the first medical pass's); the medical last look reads this one. */
  @Override
  public boolean readsFindingsOf(ModerationCheck other) {
    return !(other instanceof MedicalSecondLook) && !(other instanceof TestimonialAdvice);
  }

  @Override
  public FlagName heldAsOnFailure() {
    return FlagName.MEDICAL_ADVICE;
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    if (!findings.of(FlagName.MEDICAL_ADVICE).isEmpty()) return;
    boolean seller = findings.combined(FlagName.SPAM) >= spamThreshold;
    Tokens t = lexicons.tokens(text);
    if (t.size == 0) return;
    Hits h = lexicons.medicalHits(t);
    int framing = seller ? -1 : first(h, Cat.INSINUATE);
    if (!seller && framing < 0) return;
    Reasons reasons = new Reasons();
    for (int k = 0; k < h.size && reasons.isEmpty(); k++) {
      Cat c = Cat.of(h.category[k]);
      int j = switch (c) {
        // a seller's count to take on a schedule ("Take 1-2 every 4 hours", "Take 1 before exams"; thirty-fourth round)
        case SCHEDULE -> {
          int dose = partner(t, h, k, 0, Cat.DOSE);
          yield dose >= 0 || !seller || DURATION.contains(t.word(h.from[k])) ? dose : takeBefore(t, h, k);
        }
        case DIR_START -> after(h, k, Cat.DOSE);
        case REPLACE, DIR_STOP -> after(h, k, Cat.DRUG, Cat.MED);
        case SWITCHED -> around(h, k, Cat.DRUG, Cat.MED);
        case CURE -> partner(t, h, k, 0, Cat.DRUG, Cat.DOSE);
        // a seller's praise beside a dose ("the full protocol: 3.5 g ... it changed my life"): the dose sold
        case ENDORSE -> seller ? partner(t, h, k, 1, Cat.DOSE) : -1;
        default -> -1;
      };
      // framed, a change told of oneself ("Stopped my medication abruptly ..., just saying") is the
      // writer's experience; told of someone else ("she stopped her quetiapine") it is held up to readers
      if (j < 0 || !seller && (c == Cat.SWITCHED || c == Cat.DIR_STOP || c == Cat.REPLACE) && ownChange(t, h, k)) continue;
      String what = switch (c) {
        case SCHEDULE, DIR_START -> "a dose or schedule";
        case CURE -> "a cure claim";
        case ENDORSE -> "a dose praised";
        default -> "a testimonial of replacing or stopping a medication";
      };
      what = seller ? "a seller's " + what.substring(2) : what + ", framed for readers (\"" + original(t, text, h.from[framing], h.to[framing]) + "\")";
      int first = Math.min(j, k), last = Math.max(j, k);
      reasons.add(seller ? SELLER : FRAMED, SCORE, what + ": \"" + original(t, text, h.from[first], h.to[first]) + "\" ... \""
          + original(t, text, h.from[last], h.to[last]) + "\"", new int[] {h.from[k], h.to[k]}, new int[] {h.from[j], h.to[j]});
    }
    if (!reasons.isEmpty()) reasons.report(FlagName.MEDICAL_ADVICE, t, text, findings);
  }

  /** Most words between a verb and what it governs ("stop all psychiatric medication", "take about 3 g"). */
  private static final int VERB_GAP = 3;

  /**
   * A hit of one of {@code partners} at most {@code sentences} sentences from hit {@code k}, not
   * overlapping it; -1 if none.
   */
  private static int partner(Tokens t, Hits h, int k, int sentences, Cat... partners) {
    int s = t.sentence[h.from[k]];
    for (int j = 0; j < h.size; j++) {
      if (j == k || Math.abs(t.sentence[h.from[j]] - s) > sentences || (h.from[j] < h.to[k] && h.from[k] < h.to[j])) continue;
      for (Cat p : partners) if (h.is(j, p)) return j;
    }
    return -1;
  }

  /** A hit of one of {@code partners} starting at most {@value #VERB_GAP} words after hit {@code k} ends; -1 if none. */
  private static int after(Hits h, int k, Cat... partners) {
    for (int j = k + 1; j < h.size && h.from[j] <= h.to[k] + VERB_GAP; j++) {
      if (h.from[j] < h.to[k]) continue;
      for (Cat p : partners) if (h.is(j, p)) return j;
    }
    return -1;
  }

  /** First words of a schedule that tell how long, not how often or when ("for 7 days", "over a month"): no dose. */
  private static final java.util.Set<String> DURATION = java.util.Set.of("for", "over", "within", "in");
  /** Verbs of swallowing a count ("Take 1-2", "pop two"): "try", "use" or "download" a product is no dose. */
  private static final java.util.Set<String> TAKE = java.util.Set.of("take", "pop", "swallow", "neem", "nimm", "nehmen", "prenez", "prends", "toma", "tome", "tomar");

  /** A verb of {@link #TAKE} ({@link Cat#DIR_START}) ending at most {@value #VERB_GAP} words before hit {@code k}; -1 if none. */
  private static int takeBefore(Tokens t, Hits h, int k) {
    return before(h, k, j -> h.is(j, Cat.DIR_START) && h.to[j] == h.from[j] + 1 && TAKE.contains(t.word(h.from[j])));
  }

  /** As {@link #after}, or a hit ending at most {@value #VERB_GAP} words before hit {@code k} ("mein Sertralin abgesetzt"). */
  private static int around(Hits h, int k, Cat... partners) {
    int j = after(h, k, partners);
    return j >= 0 ? j : before(h, k, i -> {
      for (Cat p : partners) if (h.is(i, p)) return true;
      return false;
    });
  }

  /** The nearest hit that {@code wanted} accepts, ending at most {@value #VERB_GAP} words before hit {@code k} starts; -1 if none. */
  private static int before(Hits h, int k, java.util.function.IntPredicate wanted) {
    for (int j = k - 1; j >= 0 && h.from[j] >= h.from[k] - 2 * VERB_GAP; j--) {
      if (h.to[j] > h.from[k] || h.to[j] < h.from[k] - VERB_GAP) continue;
      if (wanted.test(j)) return j;
    }
    return -1;
  }

  /**
   * Whether change {@code k} is the writer's own: a first-person word right before or right after it
   * ("I stopped", "came off my meds"), or it opens its sentence with no subject ("Stopped my ...").
   */
  private static boolean ownChange(Tokens t, Hits h, int k) {
    int from = h.from[k], to = h.to[k];
    if (from == t.sentenceStart[t.sentence[from]]) return true;
    return (from > 0 && WRITER.contains(t.word(from - 1))) || (to < t.size && WRITER.contains(t.word(to)));
  }

  /** The writer's own words in the lexicon languages ({@link Cat#FIRST} also holds "she", "her" for narratives). */
  private static final java.util.Set<String> WRITER = java.util.Set.of(
      "i", "i'm", "im", "i've", "ive", "me", "my", "myself", "we", "we've", "our", "us", "ik", "mijn", "mij", "ich",
      "mein", "meine", "meinen", "mir", "mich", "je", "j'ai", "mon", "ma", "mes", "moi", "yo", "mi", "mis");

  private static int first(Hits h, Cat c) {
    for (int k = 0; k < h.size; k++) if (h.is(k, c)) return k;
    return -1;
  }

  private static String original(Tokens t, CommentText text, int fromToken, int toToken) {
    io.commentmod.events.Span sp = text.originalSpan(t.start[fromToken], t.end[toToken - 1]);
    return text.original().substring(sp.start(), sp.end());
  }
}
