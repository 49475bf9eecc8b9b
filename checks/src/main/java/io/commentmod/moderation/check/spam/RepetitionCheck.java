package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.TextChars;
import io.commentmod.moderation.normalize.Tokens;

/**
 * A comment that is one short sentence said over and over ("Good article. Good article. Good
 * article."): the filler bots post to get an author name or link past moderation. Flags when one
 * sentence of at least two words appears {@value #MIN_REPEATS} or more times and the copies of the
 * sentences said that often (one sentence, or a block of two or three pasted again and again) make up
 * at least three quarters of the comment's letters and digits, so three copies before a real
 * paragraph are not caught. Sentences are compared on their letters and digits only: emoji and
 * punctuation between the copies do not hide them. Since the fifteenth round also a phrase of two to six
 * words repeated back to back with no full stop ("great article great article great article") and keyword
 * stuffing (one word many times beside shopping words, {@code buy}, {@code cheap}, {@code near me}, a year,
 * in text that is not prose). The score holds the comment for review; it never rejects on its own.
 */
public final class RepetitionCheck implements ModerationCheck {
  static final String NAME = "repetition";
  static final int MIN_REPEATS = 3;
  static final double SCORE = 0.6;
  /** Sentences looked at; filler longer than this is caught on its first ones. */
  private static final int MAX_SENTENCES = 64;

  /** Per-thread scratch: each sentence's hash, letters, words and range. One pass, no allocation. */
  private static final class Sentences {
    final long[] hash = new long[MAX_SENTENCES];
    final int[] letters = new int[MAX_SENTENCES];
    final int[] words = new int[MAX_SENTENCES];
    final int[] start = new int[MAX_SENTENCES];
    final int[] end = new int[MAX_SENTENCES];
  }

  private static final ThreadLocal<Sentences> SCRATCH = ThreadLocal.withInitial(Sentences::new);

  @Override
  public void inspect(CommentText text, Findings findings) {
    if (!sameSentence(text, findings) && !samePhrase(text, findings) && !oneWordFlood(text, findings)) keywordStuffing(text, findings);
  }

  /**
   * The same phrase of two to six words said {@value #MIN_REPEATS} or more times back to back with no full stop
   * between ("great article great article great article"), its copies three quarters of the comment's letters.
   * One word said over and over ("no no no", "ha ha ha") is emphasis, not filler.
   */
  private static boolean samePhrase(CommentText text, Findings findings) {
    String s = text.normalized();
    Tokens tokens = Tokens.cached(s);
    int n = tokens.size();
    if (n < 2 * MIN_REPEATS) return false;
    int total = 0;
    for (int i = 0; i < n; i++) total += tokens.length(i);
    int bestFrom = -1, bestLen = 0, bestCopies = 0, bestLetters = 0;
    for (int p = 2; p <= 6 && p * MIN_REPEATS <= n; p++) {
      int run = 0;
      for (int i = 0; i + p <= n; i++) {
        if (i + p < n && tokens.hash(i) == tokens.hash(i + p)) {
          run++;
          continue;
        }
        // tokens [i - run, i + p) repeat with period p
        int from = i - run, copies = (run + p) / p;
        if (copies >= MIN_REPEATS) {
          int letters = 0;
          for (int k = from; k < from + copies * p; k++) letters += tokens.length(k);
          if (letters > bestLetters) {
            bestLetters = letters;
            bestFrom = from;
            bestLen = p;
            bestCopies = copies;
          }
        }
        run = 0;
      }
    }
    // Three quarters of the letters; a third in text that is not prose (under a fifth function words): mashing
    // or a few product words before "buy now buy now buy now" is still filler around the repeated call.
    if (bestFrom < 0) return false;
    boolean prose = GibberishCheck.functionWords(tokens) * 5 >= n;
    if (prose ? bestLetters * 4 < total * 3 : bestLetters * 3 < total) return false;
    // a phrase made of one word twice ("ha ha" repeated) is one word said over and over
    boolean oneWord = true;
    for (int k = bestFrom + 1; k < bestFrom + bestLen; k++) if (tokens.hash(k) != tokens.hash(bestFrom)) oneWord = false;
    if (oneWord) return false;
    findings.add(FlagName.SPAM, SCORE, NAME,
        "the same words " + bestCopies + " times: \"" + s.substring(tokens.start(bestFrom), tokens.end(bestFrom + bestLen - 1)) + "\"",
        java.util.List.of(new Span(0, text.original().length())));
    return true;
  }

  /** Copies of one word that make a comment of nothing else a flood. */
  static final int FLOOD_REPEATS = 10;

  /**
   * A comment that is one word of three or more letters said {@value #FLOOD_REPEATS} or more times and nothing
   * else ("nice nice nice ..."): a flood, not emphasis, which says its word a few times inside a sentence
   * ("no no no", "so so so good") (twenty-eighth round).
   */
  private static boolean oneWordFlood(CommentText text, Findings findings) {
    String s = text.normalized();
    Tokens tokens = Tokens.cached(s);
    int n = tokens.size();
    if (n < FLOOD_REPEATS || tokens.length(0) < 3) return false;
    for (int i = 1; i < n; i++) if (tokens.hash(i) != tokens.hash(0)) return false;
    findings.add(FlagName.SPAM, SCORE, NAME,
        "one word " + n + " times and nothing else: \"" + s.substring(tokens.start(0), tokens.end(0)) + "\"",
        java.util.List.of(new Span(0, text.original().length())));
    return true;
  }

  /** Shopping and search words that stuffed keywords come with ({@code buy}, {@code cheap}, {@code near me}); a year counts too. */
  private static final java.util.Set<String> SHOPPING = java.util.Set.of(
      "buy", "cheap", "cheapest", "best", "near", "online", "price", "prices", "sale", "discount", "order", "deal", "deals",
      "shop", "store", "wholesale", "coupon", "top", "review", "reviews", "bulk", "delivery", "kaufen", "comprar", "acheter",
      "kopen", "goedkoop", "barato", "gunstig");
  static final int STUFFED_REPEATS = 4;

  /**
   * Keyword stuffing: one word of three or more letters {@value #STUFFED_REPEATS} or more times, at least a fifth
   * of the words, beside two or more different shopping or search words ({@code buy}, {@code cheap}, {@code near},
   * a year), in text that does not read as prose (under a fifth function words). A reader who repeats a word
   * ("so so so good", "lion's mane ... lion's mane") writes sentences around it.
   */
  private static void keywordStuffing(CommentText text, Findings findings) {
    String s = text.normalized();
    Tokens tokens = Tokens.cached(s);
    int n = tokens.size();
    // prose (a fifth or more function words) is ruled out first: an O(n) test that spares nearly every
    // comment the quadratic count below
    if (n < 8 || GibberishCheck.functionWords(tokens) * 5 >= n) return;
    int top = -1, topCount = 0;
    for (int i = 0; i < n; i++) {
      if (tokens.length(i) < 3 || !Character.isLetter(s.charAt(tokens.start(i)))) continue;
      int c = 0;
      for (int j = i; j < n; j++) if (tokens.hash(j) == tokens.hash(i)) c++;
      if (c > topCount) {
        topCount = c;
        top = i;
      }
    }
    if (topCount < STUFFED_REPEATS || topCount * 5 < n) return;
    java.util.Set<String> cues = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++) {
      String w = s.substring(tokens.start(i), tokens.end(i));
      if (SHOPPING.contains(w)) cues.add(w);
      else if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2)) && Character.isDigit(w.charAt(3))) cues.add("a year");
    }
    if (cues.size() < 2) return;
    String word = s.substring(tokens.start(top), tokens.end(top));
    java.util.List<Span> spans = new java.util.ArrayList<>(topCount);
    for (int i = 0; i < n; i++) if (tokens.hash(i) == tokens.hash(top)) spans.add(text.originalSpan(tokens.start(i), tokens.end(i)));
    findings.add(FlagName.SPAM, SCORE, NAME,
        "keyword stuffing: '" + word + "' " + topCount + " times in " + n + " words, with " + String.join(", ", cues), spans);
  }

  /** One sentence said over and over. */
  private static boolean sameSentence(CommentText text, Findings findings) {
    String s = text.normalized();
    Sentences z = SCRATCH.get();
    int n = 0, total = 0, len = 0, words = 0, start = 0;
    long h = 0;
    boolean gap = false;
    // the text's shared char array: charAt on a string checks its bounds and encoding at every char
    char[] cs = TextChars.cached(s);
    int length = s.length();
    for (int i = 0; i <= length; i++) {
      char c = i < length ? cs[i] : '.';
      if (isSentenceEnd(c)) {
        if (len > 0) {
          total += len;
          if (n < MAX_SENTENCES) {
            z.hash[n] = h;
            z.letters[n] = len;
            z.words[n] = words;
            z.start[n] = start;
            z.end[n] = i;
            n++;
          }
        }
        h = 0;
        len = words = 0;
        gap = false;
        start = i + 1;
      } else if (c < 128 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c)) {
        if (len == 0 || gap) {
          if (len > 0) h = h * 31 + ' ';
          words++;
        }
        h = h * 31 + c;
        len++;
        gap = false;
      } else {
        gap = true;
      }
    }
    if (n < MIN_REPEATS) return false;
    int top = -1, topCount = 0;
    long repeated = 0; // letters of every copy of every sentence said MIN_REPEATS times or more
    for (int i = 0; i < n; i++) {
      if (z.words[i] < 2) continue; // a one-word sentence ("No. No. No.") is emphasis, not filler
      int c = 0;
      for (int j = 0; j < n; j++) if (z.hash[j] == z.hash[i] && z.letters[j] == z.letters[i]) c++;
      if (c >= MIN_REPEATS) repeated += z.letters[i];
      if (c > topCount) {
        topCount = c;
        top = i;
      }
    }
    // a block of two or three sentences pasted over and over counts as one sentence would
    if (topCount < MIN_REPEATS || repeated * 4 < (long) total * 3) return false;
    findings.add(FlagName.SPAM, SCORE, NAME,
        "the same sentence " + topCount + " times: \"" + lettersAndDigits(s, z.start[top], z.end[top]) + "\"",
        java.util.List.of(new Span(0, text.original().length())));
    return true;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }

  /** The letters and digits of {@code s[from, to)}, words separated by one space (for the reason). */
  private static String lettersAndDigits(String s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    boolean gap = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) b.append(' ');
        b.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }
}
