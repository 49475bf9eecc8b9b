package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.PhraseMatcher;
import io.commentmod.moderation.normalize.Tokens;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commercial, scam and self-promotion language from the lexicon {@code spam-phrases.tsv}, plus
 * income claims ({@code made $95 an hour}, {@code earning 300 usd per day}), prices (weak: readers
 * talk about what their prescription costs) and discounts ({@code 40% off}).
 * Each distinct phrase counts once, and not when inside a longer one; weights combine by noisy-OR, capped at 0.9 so that language
 * alone holds a comment but rejects it only together with other evidence.
 */
public final class SpamLanguageCheck implements ModerationCheck {
  static final String NAME = "spam-language";
  static final String LEXICON = "/io/commentmod/moderation/check/spam/spam-phrases.tsv";
  static final Pattern MONEY = Pattern.compile(
      "(?:[$€£₿]\\s?\\d[\\d,.]*+k?|\\d[\\d,.]*+k?\\s?(?:usd|dollars|euros?|eur|gbp|bucks|\\$|€|£))"
          + "(\\s(?:a|an|per|each|every)\\s(?:day|hour|week|month)|\\s(?:daily|weekly|monthly)|\\s(?:last|this)\\s(?:week|month))?");
  private static final Pattern INCOME = Pattern.compile(
      "\\b(?:earn|earns|earned|earning|earnings|make|makes|making|made|profit|profits|income|paid|payout|payouts|win|won|returns)\\b");
  private static final Pattern PERCENT_OFF = Pattern.compile("\\d{1,2}\\s?%\\s(?:off|discount|rabatt|descuento)");

  record Entry(String phrase, String category, double weight) {}

  private final PhraseMatcher<Entry> matcher;

  public SpamLanguageCheck() {
    PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder();
    for (Entry e : lexicon()) b.add(e.phrase(), e);
    matcher = b.build();
  }

  static List<Entry> lexicon() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = SpamLanguageCheck.class.getResourceAsStream(LEXICON)) {
      if (in == null) throw new IllegalStateException("missing resource " + LEXICON);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 3) throw new IllegalStateException(LEXICON + ": bad line: " + line);
        out.add(new Entry(f[2], f[1], Double.parseDouble(f[0])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    Tokens tokens = Tokens.cached(text.normalized());
    List<Entry> hits = new ArrayList<>(4);
    List<Span> spans = new ArrayList<>(4);
    double[] keep = {1.0};
    int[] coveredUntil = {-1};
    matcher.match(tokens, (e, a, b) -> {
      if (b <= coveredUntil[0]) return; // inside a longer phrase already counted ("my blog" in "visit my blog")
      coveredUntil[0] = b;
      spans.add(text.originalSpan(tokens.start(a), tokens.end(b)));
      if (hits.contains(e)) return;
      hits.add(e);
      keep[0] *= 1 - e.weight();
    });
    List<String> what = new ArrayList<>(hits.size() + 2);
    for (Entry e : hits) what.add(e.category() + " '" + e.phrase() + "'");
    String t = text.normalized();
    if (hasDigit(t) && mayNameMoney(t)) {
      Matcher m = MONEY.matcher(t);
      Matcher income = INCOME.matcher(t);
      while (m.find()) {
        boolean rate = m.group(1) != null;
        // "made $95 an hour" is an income claim; "$30 a month" for a prescription is a price.
        boolean claim = income.region(Math.max(0, m.start() - 40), m.start()).find();
        keep[0] *= claim && rate ? 0.6 : claim ? 0.8 : 0.9;
        what.add(claim ? "income claim '" + m.group() + "'" : "price '" + m.group() + "'");
        spans.add(text.originalSpan(m.start(), m.end()));
      }
    }
    if (t.indexOf('%') >= 0 && hasDigit(t)) {
      Matcher m = PERCENT_OFF.matcher(t);
      while (m.find()) {
        keep[0] *= 0.6;
        what.add("discount '" + m.group() + "'");
        spans.add(text.originalSpan(m.start(), m.end()));
      }
    }
    if (what.isEmpty()) return;
    double score = Math.min(0.9, 1 - keep[0]);
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    findings.add(FlagName.SPAM, round(score), NAME, String.join(", ", what), spans);
  }

  /**
   * Whether {@code t} holds a currency sign or word, as every {@link #MONEY} match does: most
   * comments hold none, and then the pattern need not be tried at every position.
   */
  static boolean mayNameMoney(String t) {
    return t.indexOf('$') >= 0 || t.indexOf('€') >= 0 || t.indexOf('£') >= 0 || t.indexOf('₿') >= 0 || t.contains("usd")
        || t.contains("dollars") || t.contains("eur") || t.contains("gbp") || t.contains("bucks");
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
    return false;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
