package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.Chars;
import io.commentmod.moderation.normalize.PhraseMatcher;
import io.commentmod.moderation.normalize.TextChars;
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
  /**
   * An amount with a currency ({@code $95}, {@code 300 usd}, {@code 500 euro}), or a bare thousands
   * amount followed by a rate ({@code 5k a week}); then optionally the rate, in English or another
   * language ({@code am tag}, {@code par jour}, {@code al dia}, {@code per dag}).
   */
  static final Pattern MONEY = Pattern.compile(
      "(?:[$€£₿]\\s?\\d[\\d,.]*+k?|\\d[\\d,.]*+k?\\s?(?:usd|dollars|euros?|eur|gbp|bucks|\\$|€|£)"
          + "|\\b\\d{1,3}k(?=\\s(?:a|an|per|each|every)\\s(?:day|week|month)\\b))"
          + "(\\s(?:a|an|per|each|every)\\s(?:day|hour|week|month)|\\s(?:daily|weekly|monthly)|\\s(?:last|this)\\s(?:week|month)"
          + "|\\s(?:am|pro|per|par|al|por|a la|a|au|per la)\\s(?:tag|woche|monat|jour|semaine|mois|dia|semana|mes|dag|week|maand|giorno|mese))?");
  private static final Pattern INCOME = Pattern.compile(
      "\\b(?:earn|earns|earned|earning|earnings|make|makes|making|made|profit|profits|income|paid|payout|payouts|win|won|returns"
          + "|verdienen|verdien|verdient|verdiene|gagnez|gagner|gagne|gana|ganar|gane|gano|ganhe|ganhar|guadagna|guadagnare)\\b");
  /** An amount with a currency sign or word, its number in group 1 ({@code $300}, {@code 12,000 usd}, {@code €2.5k}). */
  private static final String AMOUNT =
      "(?:[$€£₿]\\s?(\\d[\\d,.]*+k?)|(\\d[\\d,.]*+k?)\\s?(?:usd|dollars|euros?|eur|gbp|bucks|\\$|€|£))";
  /**
   * Money multiplied: one amount turned into a larger one ({@code $300 into $12,000}, {@code $500 to $9k}).
   * Counted only when the second is at least four times the first and a verb of growth comes just before
   * ({@code turned}, {@code grew}, {@code flipped}), or five times with a short time frame after
   * ({@code in 3 weeks}), and never after a verb of a price moving: a copay or an insulin price that
   * "went from $35 to $350 in a few months" is a price, not a get-rich story.
   */
  static final Pattern GROWTH = Pattern.compile(AMOUNT + "\\s(?:into|to)\\s(?:over\\s|almost\\s|nearly\\s|about\\s)?" + AMOUNT);
  private static final Pattern GROWTH_VERB = Pattern.compile(
      "\\b(?:turn|turns|turned|turning|grow|grew|grown|growing|flip|flipped|flipping|multiplied|multiply|doubled|tripled"
          + "|converted|transformed)\\b(?:\\s\\w+){0,2}\\s(?:from\\s)?$");
  /** A price moving ("went from", "rose from", "jumped from", "has gone up from"), just before the first amount. */
  private static final Pattern PRICE_MOVE = Pattern.compile(
      "\\b(?:went|gone|rose|risen|rises|jumped|jumps|climbed|climbs|increased|increases|shot|spiked|soared"
          + "|raised|hiked|dropped|fell)\\b(?:\\s\\w+){0,2}\\s(?:from\\s)?$");
  private static final Pattern SHORT_TIME = Pattern.compile(
      "^[\\s,.]*(?:in|within|after|over)\\s(?:just\\s|only\\s|less than\\s|under\\s)?(?:\\d{1,3}|a|one|two|three|four|five|six|a few)\\s"
          + "(?:hours?|days?|weeks?|months?)\\b");
  static final Pattern PERCENT_OFF = Pattern.compile("\\d{1,2}\\s?%\\s(?:off|discount|rabatt|descuento)");

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
    String original = text.original();
    // Both texts read as arrays: charAt on a UTF-16 string checks and assembles every char.
    Buffers buf = BUFFERS.get();
    char[] nc = TextChars.cached(t), oc = buf.original(original);
    boolean digit = hasDigit(nc, t.length());
    boolean money = digit && mayNameMoney(t);
    if (money) {
      Matcher m = MONEY.matcher(t);
      Matcher income = INCOME.matcher(t);
      for (int from = 0; PatternStarts.find(m, nc, t.length(), from, SpamLanguageCheck::mayStartMoney); from = m.end()) {
        boolean rate = m.group(1) != null;
        // "made $95 an hour" is an income claim; "$30 a month" for a prescription is a price.
        boolean claim = income.region(Math.max(0, m.start() - 40), m.start()).find();
        keep[0] *= claim && rate ? 0.6 : claim ? 0.8 : 0.9;
        what.add(claim ? "income claim '" + m.group() + "'" : "price '" + m.group() + "'");
        spans.add(text.originalSpan(m.start(), m.end()));
      }
    }
    if (money && (t.contains(" into ") || t.contains(" to "))) {
      Matcher g = GROWTH.matcher(t);
      for (int at = 0; PatternStarts.find(g, nc, t.length(), at, SpamLanguageCheck::mayStartMoney); at = g.end()) {
        double from = amount(g.group(1) != null ? g.group(1) : g.group(2));
        double to = amount(g.group(3) != null ? g.group(3) : g.group(4));
        if (!(from > 0) || !(to > 0)) continue;
        String lead = t.substring(Math.max(0, g.start() - 30), g.start());
        if (PRICE_MOVE.matcher(lead).find()) continue;
        boolean verb = GROWTH_VERB.matcher(lead).find();
        boolean soon = SHORT_TIME.matcher(t.substring(g.end(), Math.min(t.length(), g.end() + 40))).find();
        if (!(verb && to >= 4 * from || soon && to >= 5 * from)) continue;
        keep[0] *= verb && soon ? 0.4 : 0.5;
        what.add("money multiplied '" + g.group() + "'" + (soon ? " in a short time" : ""));
        spans.add(text.originalSpan(g.start(), g.end()));
      }
    }
    if (digit && t.indexOf('%') >= 0) {
      Matcher m = PERCENT_OFF.matcher(t);
      for (int from = 0; PatternStarts.find(m, nc, t.length(), from, c -> c >= '0' && c <= '9'); from = m.end()) {
        keep[0] *= 0.6;
        what.add("discount '" + m.group() + "'");
        spans.add(text.originalSpan(m.start(), m.end()));
      }
    }
    int[] run = spelledOut(oc, original.length());
    if (run != null) {
      // "h t t p s : / /", "w w w . s h o p": an address spelled out is a link hidden from the link check, not a word
      boolean address = spellsAddress(oc, run[0], run[1]);
      keep[0] *= address ? 0.3 : 0.6;
      what.add((address ? "spelled-out address '" : "spelled-out letters '") + original.substring(run[0], run[1]) + "'");
      spans.add(new Span(run[0], run[1]));
    }
    int decorated = decorated(oc, original.length());
    if (decorated >= 3) {
      keep[0] *= 0.6;
      what.add(decorated + " decorated letters");
    }
    if (t.indexOf('$') >= 0 && t.contains("$$")) {
      keep[0] *= 0.65;
      what.add("money signs '$$'");
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
        || t.contains("dollars") || t.contains("eur") || t.contains("gbp") || t.contains("bucks")
        || t.contains("k a ") || t.contains("k per ") || t.contains("k an ") || t.contains("k each ") || t.contains("k every ");
  }

  /** Whether a {@link #MONEY} or {@link #GROWTH} match can begin at {@code c}: each begins with a digit or a currency sign. */
  static boolean mayStartMoney(char c) {
    return c >= '0' && c <= '9' || c == '$' || c == '€' || c == '£' || c == '₿';
  }

  /**
   * The first run of four or more single letters split by spaces, dots or dashes with at least two
   * in lower case ({@code B.u.y}, {@code c h e c k}, {@code l-o-a-n}), as {start, end} in the
   * original, or null. Spelling a word out letter by letter hides it from filters; readers do not,
   * and dotted capitals ({@code P.T.S.D.}) are acronyms, not counted.
   */
  static int[] spelledOut(String o) {
    return spelledOut(o.toCharArray(), o.length());
  }

  /** {@link #spelledOut(String)} of the first {@code n} chars of {@code o}. */
  static int[] spelledOut(char[] o, int n) {
    for (int i = 0; i + 1 < n; i++) {
      if (!single(o, n, i)) continue;
      int units = 1, lower = lowerCase(o[i]) ? 1 : 0, end = i + 1, j = i + 1;
      while (true) {
        int k = j;
        while (k < n && k - j < 3 && " .-_*\u00b7".indexOf(o[k]) >= 0) k++;
        if (k == j || k >= n || !single(o, n, k)) break;
        units++;
        if (lowerCase(o[k])) lower++;
        end = k + 1;
        j = k + 1;
      }
      if (units >= 4 && lower >= 2) return new int[] {i, end};
      i = end - 1;
    }
    return null;
  }

  /** Whether the letters of {@code o[from, to)}, separators left out, begin an address: "http" or "www" (any case). */
  static boolean spellsAddress(char[] o, int from, int to) {
    StringBuilder letters = new StringBuilder(4);
    for (int i = from; i < to && letters.length() < 4; i++) {
      if (Character.isLetter(o[i])) letters.append(Character.toLowerCase(o[i]));
    }
    String w = letters.toString();
    return w.equals("http") || w.startsWith("www");
  }

  /** {@link Character#isLowerCase(char)}, deciding ASCII at once. */
  private static boolean lowerCase(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  /**
   * How many letters of {@code o} are written in a decorated form that no language spells words
   * with: mathematical bold/italic/script letters, circled and squared letters, small capitals,
   * fullwidth Latin, and Latin letters with dots or strokes from the Latin Extended Additional block
   * ({@code ḃ}, {@code ṁ}; Vietnamese letters, later in that block, are not counted). Such letters
   * dodge filters; people use one now and then for emphasis, so only three or more count.
   */
  static int decorated(String o) {
    return decorated(o.toCharArray(), o.length());
  }

  /** {@link #decorated(String)} of the first {@code len} chars of {@code o}. */
  static int decorated(char[] o, int len) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = o[i];
      if (c < 0x0250) continue; // ASCII and the European Latin blocks: the usual case, decided at once
      int cp = Character.codePointAt(o, i, len);
      if (cp >= 0x1D400 && cp <= 0x1D7FF || cp >= 0x24B6 && cp <= 0x24E9 || cp >= 0x1F130 && cp <= 0x1F189
          || cp >= 0x1D00 && cp <= 0x1D22 || cp == 0x029C || cp == 0x026A || cp == 0x029F || cp == 0x0274 || cp == 0x0280
          || cp == 0x028F || cp == 0xA731 || cp >= 0xFF21 && cp <= 0xFF3A || cp >= 0xFF41 && cp <= 0xFF5A
          || cp >= 0x1E00 && cp <= 0x1E9F) {
        n++;
      }
      if (Character.isSupplementaryCodePoint(cp)) i++;
    }
    return n;
  }

  /** A letter standing alone: no letter or digit on either side ({@link Chars}: the same classes, ASCII from a table). */
  private static boolean single(char[] o, int n, int i) {
    return Chars.isLetter(o[i]) && (i == 0 || !Chars.isLetterOrDigit(o[i - 1]))
        && (i + 1 == n || !Chars.isLetterOrDigit(o[i + 1]));
  }

  /** The value of an amount's number: {@code 12,000} and {@code 12.000} are twelve thousand, {@code 2.5k} 2,500; NaN if unreadable. */
  static double amount(String n) {
    double mult = 1;
    if (n.endsWith("k")) {
      mult = 1000;
      n = n.substring(0, n.length() - 1);
    }
    while (!n.isEmpty() && (n.endsWith(".") || n.endsWith(","))) n = n.substring(0, n.length() - 1);
    // a separator followed by exactly three digits at the end is a thousands separator, else a decimal point
    String digits = n.replaceAll("[,.](?=\\d{3}(?:[,.]|$))", "").replace(',', '.');
    try {
      return Double.parseDouble(digits) * mult;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static boolean hasDigit(char[] s, int n) {
    for (int i = 0; i < n; i++) if (s[i] >= '0' && s[i] <= '9') return true;
    return false;
  }

  /**
   * The original text copied into an array reused on each thread (a copy over 16k chars is used
   * once, not kept); the normalised text's array is the one the other checks share ({@link TextChars}).
   */
  private static final class Buffers {
    private char[] original = new char[256];

    char[] original(String s) {
      char[] b = copy(original, s);
      if (b.length <= 16_384) original = b;
      return b;
    }

    private static char[] copy(char[] buf, String s) {
      int n = s.length();
      char[] b = n <= buf.length ? buf : new char[Math.max(n, Math.min(2 * buf.length, 16_384))];
      s.getChars(0, n, b, 0);
      return b;
    }
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
