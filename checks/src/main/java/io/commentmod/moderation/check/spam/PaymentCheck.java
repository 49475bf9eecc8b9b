package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.PhraseMatcher;
import io.commentmod.moderation.normalize.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money asked for: a crypto wallet address, a cash tag ({@code $name}), or a payment service
 * (CashApp, Venmo, PayPal, GoFundMe, gift cards, ...) with a handle or address to pay, or with a
 * plea for money ("anything helps", "donate"). Such a comment exists to redirect readers' money
 * (the policy's "handles to ... crypto"), whatever story comes with it.
 *
 * <p>A service named in passing ("I paid for the course with PayPal", "I donated to a suicide
 * prevention charity via PayPal" has no handle of the writer's) scores nothing or little; a cash
 * tag or "my PayPal" alone is not quite enough to hold a comment but tips one other signal over.
 */
public final class PaymentCheck implements ModerationCheck {
  static final String NAME = "payment";

  private enum Kind { SERVICE, OWN, ASK }

  private static final int KINDS = Kind.values().length;

  /** Payment services and ways to send money, in the languages the lexicon covers. */
  private static final List<String> SERVICES = List.of(
      "cashapp", "cash app", "venmo", "paypal", "paypal me", "zelle", "gofundme", "go fund me", "ko fi", "kofi",
      "patreon", "buymeacoffee", "buy me a coffee", "western union", "moneygram", "bitcoin", "btc", "usdt",
      "ethereum", "litecoin", "dogecoin", "solana", "trc20", "erc20", "crypto", "wallet", "crypto wallet", "wallet address", "bitcoin address", "btc address", "gift card", "gift cards",
      "itunes card", "google play card", "steam card", "apple gift card", "amazon gift card", "bizum", "tikkie",
      "revolut", "leetchi", "betterplace", "cuenta bancaria", "bank account number", "iban");
  /** The writer's own payment channel: "my CashApp", "mi PayPal", "mein PayPal". */
  private static final List<String> OWN = List.of(
      "my cashapp", "my cash app", "my venmo", "my paypal", "my zelle", "my gofundme", "my go fund me", "my ko fi",
      "my kofi", "my patreon", "my wallet address", "my crypto wallet", "my btc", "my bitcoin", "my btc address",
      "my bitcoin address", "my usdt", "my iban", "my bizum", "my revolut", "cashtag", "cash tag",
      "mi paypal", "mi bizum", "mein paypal", "meine iban", "mon paypal", "ma cagnotte", "mon iban",
      "mijn paypal", "mijn tikkie", "mijn iban", "wallet in my bio");
  /** A plea for money. */
  private static final List<String> ASKS = List.of(
      "anything helps", "any amount helps", "any amount", "every little bit helps", "every bit helps", "every dollar helps",
      "donate", "donations", "donation", "donating", "spare a few", "spare some", "if you can spare", "chip in",
      "send me", "send anything", "send what you can", "help me pay", "help me cover",
      "tips appreciated", "tip me", "tip jar", "support me", "support my", "pay it forward", "sow a seed", "seed offering",
      "cualquier ayuda", "cualquier aporte", "donar", "donaciones", "donacion", "ayudame", "spende", "spenden",
      "jeder euro hilft", "unterstutzt mich", "unterstutzen sie mich", "faire un don", "un petit don",
      "toute aide", "soutenez moi", "aidez moi", "doneer", "doneren", "donatie", "donaties", "alle beetjes helpen",
      "steun me");
  /** Bech32 (bc1..., ltc1...), Ethereum-style (0x + 40 hex) and Base58 (1.../3.../T...) addresses, read in the original. */
  private static final Pattern BECH32 = Pattern.compile("(?i)(?:bc1|ltc1|tb1)[02-9ac-hj-np-z]{25,62}");
  private static final Pattern HEX40 = Pattern.compile("0[xX][0-9a-fA-F]{40}");
  private static final Pattern BASE58 = Pattern.compile("[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}");
  /** A cash tag: {@code $} and a name starting with a letter ({@code $20} is a price). */
  private static final Pattern CASHTAG = Pattern.compile("(?<![a-z0-9$])\\$[a-z][a-z0-9_-]{2,19}+(?![a-z0-9_-])");
  /** Where a service's handle can follow: an @handle, an e-mail, a cash tag, a payment link. */
  private static final Pattern HANDLE = Pattern.compile("@[a-z0-9_][a-z0-9_.-]{2,}|[a-z0-9._%+-]+@[a-z0-9-]+\\.[a-z]{2,}"
      + "|(?:paypal\\.me|venmo\\.com|cash\\.app|gofundme\\.com|ko-fi\\.com|patreon\\.com|buymeacoffee\\.com)/\\S+");

  private static final PhraseMatcher<Kind> PHRASES;

  static {
    PhraseMatcher.Builder<Kind> b = PhraseMatcher.builder();
    SERVICES.forEach(w -> b.add(w, Kind.SERVICE));
    OWN.forEach(w -> b.add(w, Kind.OWN));
    ASKS.forEach(w -> b.add(w, Kind.ASK));
    PHRASES = b.build();
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    List<Span> spans = new ArrayList<>(2);
    Set<String> what = new LinkedHashSet<>();
    List<Span> codes = new ArrayList<>(0);
    int wallets = wallets(text, spans, codes);
    String t = text.normalized();
    int cashtags = 0;
    if (t.indexOf('$') >= 0) {
      Matcher m = CASHTAG.matcher(t);
      while (m.find()) {
        cashtags++;
        spans.add(text.originalSpan(m.start(), m.end()));
      }
    }
    Tokens tokens = Tokens.cached(t);
    boolean money = wallets + cashtags + codes.size() > 0;
    boolean[] kinds = new boolean[KINDS];
    int[] firstService = {-1};
    int[] lastEnd = {-1};
    PHRASES.match(tokens, (k, a, b) -> {
      if (b <= lastEnd[0]) return; // inside a longer phrase ("paypal" in "my paypal", "any amount" in "any amount helps"): told once
      lastEnd[0] = b;
      kinds[k.ordinal()] = true;
      if (k != Kind.ASK || money) spans.add(text.originalSpan(tokens.start(a), tokens.end(b)));
      if (k != Kind.ASK && firstService[0] < 0) firstService[0] = tokens.start(a);
      what.add((k == Kind.ASK ? "plea '" : k == Kind.OWN ? "own payment channel '" : "payment service '") + words(t, tokens, a, b) + "'");
    });
    boolean service = kinds[Kind.SERVICE.ordinal()] || kinds[Kind.OWN.ordinal()];
    boolean own = kinds[Kind.OWN.ordinal()];
    boolean ask = kinds[Kind.ASK.ordinal()];
    boolean handle = service && handleAfter(text, t, firstService[0], spans);
    if (service) spans.addAll(codes); // a long mixed code is an address only beside a payment service
    double score;
    if (wallets > 0 || service && (handle || cashtags + codes.size() > 0)) score = 0.85;
    else if (cashtags > 0 && ask || own && ask) score = 0.8;
    else if (service && ask) score = 0.6;
    else if (cashtags > 0 || own) score = 0.45;
    else return;
    List<String> found = new ArrayList<>();
    if (wallets > 0 || service && !codes.isEmpty()) found.add("crypto wallet address");
    if (cashtags > 0) found.add("cash tag");
    if (handle) found.add("handle to pay");
    found.addAll(what);
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    findings.add(FlagName.SPAM, score, NAME, "money asked for: " + String.join(", ", found), spans);
  }

  /**
   * Wallet addresses in the original text (the normalised one folds digits inside words): runs of
   * 26+ letters and digits only, in an address format. Other runs of 26-62 that mix upper case,
   * lower case and digits go to {@code codes}: an address only beside a payment service's name, as
   * a made-up or mistyped one still asks for money there.
   */
  private static int wallets(CommentText text, List<Span> spans, List<Span> codes) {
    String o = text.original();
    int found = 0;
    int[] run = new int[2];
    for (int from = 0, n = o.length(); nextLongRun(o, from, run); from = run[1]) {
      int s = run[0], i = run[1];
      if (s > 0 && Character.isLetterOrDigit(o.charAt(s - 1)) || i < n && Character.isLetterOrDigit(o.charAt(i))) continue;
      String r = o.substring(s, i);
      if (BECH32.matcher(r).matches() || HEX40.matcher(r).matches() || BASE58.matcher(r).matches() && mixed(r)) {
        found++;
        spans.add(new Span(s, i));
      } else if (r.length() <= 62 && mixed(r)) {
        codes.add(new Span(s, i));
      }
    }
    return found;
  }

  /**
   * The first whole run of {@value #WALLET_MIN} or more ASCII letters and digits of {@code o} that
   * starts after {@code from} (0, or the end of the last run), as {@code [start, end)} in {@code run};
   * false if none. Every such run holds one of the chars {@code from + WALLET_MIN - 1},
   * {@code from + 2 * WALLET_MIN - 1}, ...: only those are looked at, and a run is read out from the
   * one it holds, so most chars of a comment (runs of a few letters) are never read.
   */
  static boolean nextLongRun(String o, int from, int[] run) {
    int n = o.length();
    for (int p = from + WALLET_MIN - 1; p < n; p += WALLET_MIN) {
      if (!asciiAlnum(o.charAt(p))) continue;
      int s = p;
      while (s > 0 && asciiAlnum(o.charAt(s - 1))) s--;
      int e = p + 1;
      while (e < n && asciiAlnum(o.charAt(e))) e++;
      if (e - s >= WALLET_MIN) {
        run[0] = s;
        run[1] = e;
        return true;
      }
      while (p + WALLET_MIN < e) p += WALLET_MIN; // the next look is past this run
    }
    return false;
  }

  /** The shortest run of letters and digits read as a wallet address or a code. */
  static final int WALLET_MIN = 26;

  private static boolean asciiAlnum(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Base58 addresses mix upper case, lower case and digits; a long word or number does not. */
  private static boolean mixed(String run) {
    boolean upper = false, lower = false;
    int digits = 0;
    for (int k = 1; k < run.length(); k++) {
      char c = run.charAt(k);
      if (c >= 'A' && c <= 'Z') upper = true;
      else if (c >= 'a' && c <= 'z') lower = true;
      else digits++;
    }
    return upper && lower && digits >= 2;
  }

  /** A handle, e-mail or payment link within 40 characters after the first service named. */
  private static boolean handleAfter(CommentText text, String t, int from, List<Span> spans) {
    if (from < 0) return false;
    Matcher m = HANDLE.matcher(t).region(from, Math.min(t.length(), from + 60));
    if (!m.find() || m.start() - from > 40) return false;
    spans.add(text.originalSpan(m.start(), m.end()));
    return true;
  }

  private static String words(String t, Tokens tokens, int a, int b) {
    return t.substring(tokens.start(a), tokens.end(b));
  }
}
