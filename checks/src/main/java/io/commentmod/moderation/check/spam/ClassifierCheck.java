package io.commentmod.moderation.check.spam;

import io.commentmod.moderation.normalize.Chars;
import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Decimals;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.ReadsFindings;
import io.commentmod.moderation.check.health.HealthChecks;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.training.LearnedLayer;
import io.commentmod.moderation.training.TextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistical text classifier (logistic regression on hashed word and character n-grams):
 * above {@code classifier.minProbability} it adds {@code weight} times how far the probability
 * lies between that minimum and 1, naming the three words that pushed hardest towards spam, with
 * their spans. So the classifier alone holds a comment only when it is quite sure. Allow-listed
 * links are blanked out first: a PubMed link must not read as "has a link, so spam". Moderators'
 * spam and not-spam labels shift the model's log-odds through its {@link LearnedLayer}; the
 * reason says so when they moved the probability.
 */
public final class ClassifierCheck implements ModerationCheck, ReadsFindings {
  static final String NAME = "classifier";
  private final TextModel model;
  private final double minProbability;
  private final double weight;
  private final DomainList allowed;
  private final LearnedLayer learned;

  public ClassifierCheck(TextModel model, Policy policy) {
    this(model, LearnedLayer.NONE, policy);
  }

  public ClassifierCheck(TextModel model, LearnedLayer learned, Policy policy) {
    this.model = model;
    this.learned = learned;
    this.minProbability = policy.classifier().minProbability();
    this.weight = policy.classifier().weight();
    this.allowed = new DomainList(policy.allowedDomains());
  }

  /** The text with allow-listed links blanked out (same length, so spans still map): study links are not spam evidence. */
  private String withoutAllowedLinks(String t) {
    if (t.indexOf('.') < 0) return t;
    char[] c = null;
    for (Links.Link l : Links.cached(t)) {
      if (l.disguised() || allowed.match(l.host()) == null) continue;
      if (c == null) c = t.toCharArray();
      java.util.Arrays.fill(c, l.start(), l.end(), ' ');
    }
    return c == null ? t : new String(c);
  }

  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
      "the", "and", "for", "you", "your", "our", "are", "was", "this", "that", "with", "have", "has", "not", "but", "all",
      "can", "its", "it's", "from", "they", "them", "his", "her", "who", "what", "will", "just", "more", "here", "there");

  /**
   * A comment the health checks already hold as medical advice, on which no spam rule found anything (no link,
   * contact, selling language, author profile): the classifier is not asked. Supplement stacks and doses share
   * its spam vocabulary ("stack", "CBD", "pharma"), and the comment goes to the medical queue anyway, which
   * outranks spam; a seller's advice still carries a rule's evidence (fifteenth round).
   */
  private static boolean adviceWithNoOtherSpamEvidence(Findings findings) {
    return findings.of(FlagName.SPAM).isEmpty() && findings.combined(FlagName.MEDICAL_ADVICE) >= ADVICE_HELD;
  }

  /**
   * The skip above reads the medical-advice check's findings, so that check must run first: a moderator refuses a
   * list with it after the classifier, which would otherwise ask the classifier on every advice comment unnoticed.
   */
  @Override
  public boolean readsFindingsOf(ModerationCheck other) {
    return HealthChecks.isMedicalAdviceCheck(other);
  }

  /** The medical-advice score (noisy-OR of the health checks' findings) at which a comment counts as held advice. */
  private static final double ADVICE_HELD = 0.5;

  /** Whether word {@code i} is worth naming to a moderator: three letters or more, not a function word. */
  private static boolean explains(String t, Tokens tokens, int i) {
    if (tokens.length(i) < 3) return false;
    for (int k = tokens.start(i); k < tokens.end(i); k++) if (!Chars.isLetter(t.charAt(k)) && t.charAt(k) != '\'') return false;
    return !FUNCTION_WORDS.contains(t.substring(tokens.start(i), tokens.end(i)));
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    if (adviceWithNoOtherSpamEvidence(findings)) return;
    String t = withoutAllowedLinks(text.normalized());
    Tokens tokens = Tokens.cached(t);
    LearnedLayer.Logits z = learned.logits(model, t, tokens);
    double shift = z.shift();
    double p = TextModel.sigmoid(z.base() + shift);
    if (p < minProbability) return;
    int[] top = {-1, -1, -1};
    double[] topW = {0, 0, 0};
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.length(i) < 3) continue; // explains' cheap part first
      double w = model.wordWeight(t, tokens, i) + (shift == 0 ? 0 : learned.wordDelta(t, tokens, i));
      // Only a weight above the third kept one can enter; only then is the word's text looked at.
      if (!(w > topW[2]) || !explains(t, tokens, i)) continue;
      for (int k = 0; k < 3; k++) {
        if (w > topW[k]) {
          for (int j = 2; j > k; j--) {
            top[j] = top[j - 1];
            topW[j] = topW[j - 1];
          }
          top[k] = i;
          topW[k] = w;
          break;
        }
      }
    }
    List<String> words = new ArrayList<>(3);
    List<Span> spans = new ArrayList<>(3);
    for (int i : top) {
      if (i < 0) continue;
      Span s = text.originalSpan(tokens.start(i), tokens.end(i));
      words.add("'" + text.original().substring(s.start(), s.end()) + "'");
      spans.add(s);
    }
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    String detail = "spam probability " + Decimals.twoPlaces(p) + (words.isEmpty() ? "" : ", words " + String.join(", ", words));
    double moved = p - TextModel.sigmoid(z.base());
    if (Math.abs(moved) >= 0.005) {
      int n = learned.labels();
      detail += String.format(Locale.ROOT, "; %+.2f learned from %d moderator decision%s", moved, n, n == 1 ? "" : "s");
    }
    double score = weight * (p - minProbability) / (1 - minProbability);
    findings.add(FlagName.SPAM, Math.round(score * 1000) / 1000.0, NAME, detail, spans);
  }
}
