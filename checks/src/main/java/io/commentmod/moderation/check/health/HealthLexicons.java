package io.commentmod.moderation.check.health;

import io.commentmod.moderation.check.CommentText;
import java.util.List;

/**
 * The loaded health lexicons: one vocabulary, the drug table and a phrase trie per check. Built once
 * from the classpath; immutable afterwards and safe to share between threads.
 */
final class HealthLexicons {
  static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "nl", "it", "pt");

  final Vocabulary vocabulary = new Vocabulary();
  final Drugs drugs = new Drugs();
  final PhraseTrie medical = new PhraseTrie();
  final PhraseTrie selfHarm = new PhraseTrie();

  /**
   * The last comment tokenised on this thread and its tokens, so the two checks tokenise each
   * comment once and the token arrays are reused from comment to comment.
   */
  private final ThreadLocal<Tokens> lastTokens = ThreadLocal.withInitial(() -> new Tokens(""));
  private final ThreadLocal<CommentText> lastText = new ThreadLocal<>();

  private HealthLexicons() {}

  static HealthLexicons load() {
    HealthLexicons l = new HealthLexicons();
    Lexicon med = new Lexicon(l.vocabulary, l.medical);
    med.loadDrugs("health/drugs.txt", l.drugs);
    for (String lang : LANGUAGES) med.load("health/medical-" + lang + ".txt");
    Lexicon sh = new Lexicon(l.vocabulary, l.selfHarm);
    for (String lang : LANGUAGES) sh.load("health/selfharm-" + lang + ".txt");
    l.vocabulary.freeze();
    l.medical.freeze(l.vocabulary.size());
    l.selfHarm.freeze(l.vocabulary.size());
    return l;
  }

  Tokens tokens(CommentText text) {
    if (lastText.get() == text) return lastTokens.get();
    Tokens t = Tokenizer.tokenize(lastTokens.get(), text.normalized(), vocabulary);
    QuoteLines.mark(t, text);
    lastText.set(text);
    lastTokens.set(t);
    return t;
  }

  /**
   * The hits of each trie are reused on each thread like the tokens, and kept for the comment: the
   * medical check, advice told as testimony and the second look all read the medical hits of the
   * same tokens, which are matched once. Hits are read-only once matched.
   */
  private final ThreadLocal<Hits> lastMedicalHits = ThreadLocal.withInitial(Hits::new);
  private final ThreadLocal<Hits> lastSelfHarmHits = ThreadLocal.withInitial(Hits::new);

  Hits medicalHits(Tokens t) {
    Hits h = lastMedicalHits.get();
    if (h.matched(t)) return h;
    medical.match(t, h.reset(t), Cat.NEUTRAL.ordinal());
    return h;
  }

  Hits selfHarmHits(Tokens t) {
    Hits h = lastSelfHarmHits.get();
    if (h.matched(t)) return h;
    selfHarm.match(t, h.reset(t), Cat.SH_NEUTRAL.ordinal());
    return h;
  }
}
