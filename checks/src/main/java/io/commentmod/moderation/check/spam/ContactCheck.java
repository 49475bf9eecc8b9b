package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.PhraseMatcher;
import io.commentmod.moderation.normalize.TextChars;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contact solicitation: phone numbers, e-mail addresses, messenger names (WhatsApp, Telegram, ...)
 * with a handle or number, and "DM me"/"contact him" phrases. A handle alone ({@code @Mei}, a
 * reply) and a messenger named in passing score nothing; a number or address alone is not quite
 * enough to hold a comment (a reader may share a clinic's number) but tips one other signal over;
 * a messenger or solicitation together with a way to reach someone scores high.
 * Allow-listed numbers (crisis lines) are not counted.
 */
public final class ContactCheck implements ModerationCheck {
  static final String NAME = "contact";
  static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]++@[a-z0-9-]++(?:\\.[a-z0-9-]++)+");
  static final Pattern HANDLE = Pattern.compile("(?<![a-z0-9._%+-])@[a-z0-9_][a-z0-9_.]{2,}+");
  /**
   * A handle given under a messenger's name without an @ ({@code snap: kev_22}, {@code tg = shop.99}):
   * the name ends in a digit, underscore or dot part, so "ig: great post" is not one.
   */
  private static final java.util.Set<String> LABELS = java.util.Set.of(
      "snap", "snapchat", "sc", "ig", "insta", "instagram", "telegram", "tg", "kik", "wickr", "signal", "whatsapp", "wa",
      "discord", "wechat", "threema", "line", "tele");
  /** The handle after the label's {@code :} or {@code =}, matched from there (links' "https:" never get this far). */
  private static final Pattern LABELLED_NAME = Pattern.compile(" ?@?[a-z0-9]*+[_.0-9][a-z0-9_.]*+");

  private static final List<String> MESSENGERS = List.of(
      "whatsapp", "whats app", "watsapp", "wattsapp", "telegram", "wickr", "kik", "snapchat", "viber", "wechat", "instagram",
      "insta", "on snap", "tiktok", "tik tok", "facebook", "discord", "skype", "signal app", "line app", "messenger", "t me", "wa me");
  private static final List<String> SOLICIT = List.of(
      "dm me", "dm us", "pm me", "message me", "msg me", "text me", "call me", "call us", "contact me", "contact him",
      "contact her", "contact us", "contact them", "reach me", "reach him", "reach her", "reach out to him",
      "reach out to her", "reach out to me", "add me", "hit me up", "inbox me", "write to me", "write me", "email me",
      "e mail me", "email him", "email her", "mail me", "whatsapp me", "telegram me", "find us on", "find me on",
      "follow me on", "message him", "message her", "text him", "text her", "text us", "call him", "call her",
      "reply to this email", "send me a message", "dm for", "dm now", "call now", "text now", "escribanles", "escribeme",
      "schreib mir", "напиши", "пишите",
      // more English idioms, and Dutch, German, French, Spanish, Italian and Portuguese ones
      "hmu", "shoot me a message", "shoot me a dm", "drop me a message", "drop me a line", "drop me a dm", "ping me",
      "send me a dm", "slide into my dms", "get in touch with me", "get in touch with him", "get in touch with her",
      "get in touch with us", "stuur me", "stuur mij", "app me", "bel me", "neem contact op", "contacteer me",
      "contacteer mij", "schrijf me", "kontaktiere mich", "kontaktieren sie", "schreiben sie mir", "melde dich",
      "ruf mich an", "ecris moi", "ecrivez moi", "contactez moi", "contactez nous", "contactez mon", "contactez le",
      "contactez la", "envoyez moi", "contactame", "contactanos", "escribenos", "llamame", "mandame un mensaje",
      "scrivimi", "contattami", "me chama", "fale comigo", "hit up my", "appelez moi", "appelez nous", "appelle moi",
      "llamame", "llamanos", "rufen sie mich an", "rufen sie uns an", "bel ons",
      "inbox us", "find me at", "find us at", "look me up", "look us up", "look him up", "look her up", "stuur een dm",
      "stuur een bericht", "shoot a dm", "send a dm",
      // Dutch "app" for messaging on WhatsApp ("appen naar 06-...")
      "appen naar", "app naar", "app me op", "stuur een appje", "appje naar",
      "whatsapp us", "telegram us", "signal us", "dm for availability", "message us for",
      // twenty-sixth round: "call now" in French, German and Spanish
      "appelez maintenant", "jetzt anrufen", "llama ya", "llama ahora",
      // twenty-eighth round: a follow asked for, beside the account's handle ("follow us @daily.memes for more")
      "follow me", "follow us", "follow for", "follow and tag", "give me a follow", "give us a follow",
      // thirtieth round: a reading or a consultation offered by phone ("consultation gratuite par téléphone : 06 ...");
      // not "by phone" or "telefonisch", which readers pointing to a crisis line say too
      "par telephone", "per telefoon", "por telefono",
      // thirty-first round: a seer's number given as "appelez le professeur ... au 06 ..."; a handle offered on Snapchat
      "appelez le", "appelez la", "snap me", "add me on snap", "add me on snapchat");
  /**
   * Digits spelled out as words, in the languages the lexicon covers: seven or more of them in a row
   * ({@code plus one four one five five five ...}) are a phone number written to dodge the digit scan.
   */
  private static final long[] DIGIT_WORDS = hashes((
      "zero oh one two three four five six seven eight nine plus double triple"
      + " cero uno dos tres cuatro cinco seis siete ocho nueve mas"
      + " null eins zwei drei vier funf sechs sieben acht neun"
      + " un deux trois quatre cinq six sept huit neuf"
      + " nul een twee drie vier vijf zes zeven acht negen").split(" "));
  /**
   * Bit {@code hash >>> 52} (of 4,096) set for each of the 51 {@link #DIGIT_WORDS}: one test turns
   * away all but about 1 % of other words before the binary search, whose branches the processor
   * cannot predict, and which every word of every comment went through.
   */
  private static final long[] DIGIT_WORD_BITS = new long[64];

  static {
    for (long h : DIGIT_WORDS) DIGIT_WORD_BITS[(int) (h >>> 58)] |= 1L << (h >>> 52);
  }

  /** Whether the token hash {@code h} is one of {@link #DIGIT_WORDS}. */
  private static boolean digitWord(long h) {
    return (DIGIT_WORD_BITS[(int) (h >>> 58)] & 1L << (h >>> 52)) != 0 && java.util.Arrays.binarySearch(DIGIT_WORDS, h) >= 0;
  }

  private final PhraseMatcher<String> messengers;
  private final PhraseMatcher<String> solicit;
  private final Set<String> allowedNumbers;

  public ContactCheck(Policy policy) {
    PhraseMatcher.Builder<String> m = PhraseMatcher.builder();
    MESSENGERS.forEach(w -> m.add(w, w));
    messengers = m.build();
    PhraseMatcher.Builder<String> s = PhraseMatcher.builder();
    SOLICIT.forEach(w -> s.add(w, w));
    solicit = s.build();
    allowedNumbers = new HashSet<>(policy.allowedPhoneNumbers());
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    String t = text.normalized();
    List<Span> spans = new ArrayList<>();
    List<String> what = new ArrayList<>();
    int phones = Phones.find(t, allowedNumbers, (s, e) -> spans.add(text.originalSpan(s, e)));
    Tokens tokens = Tokens.cached(t);
    phones += spelledNumbers(text, tokens, spans);
    if (phones > 0) what.add(phones == 1 ? "phone number" : phones + " phone numbers");
    int emails = 0;
    char[] chars = TextChars.cached(t); // the copy the phone scan made
    boolean at = t.indexOf('@') >= 0;
    if (at) {
      Matcher m = EMAIL.matcher(t);
      for (int from = 0; nextEmail(m, chars, t.length(), from); from = m.end()) {
        emails++;
        spans.add(text.originalSpan(m.start(), m.end()));
      }
      if (emails > 0) what.add("e-mail address");
    }
    int handles = 0, labelledBefore = 0;
    String handleAsk = null;
    if (at) {
      Matcher m = HANDLE.matcher(t);
      for (int from = 0; PatternStarts.find(m, chars, t.length(), from, c -> c == '@'); from = m.end()) {
        if (labelBeforeHandle(t, m.start(), m.end())) {
          labelledBefore++;
          spans.add(text.originalSpan(wordBefore(t, m.start()), m.end()));
          continue;
        }
        handles++;
        int ask = handleAsk == null ? askBeforeHandle(t, m.start(), m.end()) : -1;
        if (ask >= 0) handleAsk = t.substring(ask, m.end());
        spans.add(text.originalSpan(ask >= 0 ? ask : m.start(), m.end()));
      }
    }
    int labelled = labelledHandles(text, t, chars, spans) + labelledBefore;
    List<String> apps = new ArrayList<>(1);
    messengers.match(tokens, (w, a, b) -> {
      apps.add(w);
      spans.add(text.originalSpan(tokens.start(a), tokens.end(b)));
    });
    List<String> asks = new ArrayList<>(1);
    solicit.match(tokens, (w, a, b) -> {
      asks.add(w);
      spans.add(text.originalSpan(tokens.start(a), tokens.end(b)));
    });
    if (handleAsk != null) asks.add(handleAsk);
    String redirect = searchOnPlatform(text, t, tokens, spans);
    if (redirect != null) asks.add(redirect);
    boolean reachable = phones > 0 || emails > 0 || handles > 0;
    double score;
    if (labelled > 0 || !apps.isEmpty() && (reachable || !asks.isEmpty())) score = 0.85;
    else if (!asks.isEmpty() && reachable) score = 0.8;
    else if (phones > 0 || redirect != null) score = 0.45;
    else if (emails > 0) score = 0.4;
    else if (!asks.isEmpty()) score = 0.3;
    else return;
    if (!apps.isEmpty()) what.add("messenger " + String.join(", ", new java.util.LinkedHashSet<>(apps)));
    if (labelled > 0) what.add("handle under a messenger's name");
    if (handles > 0) what.add("handle");
    if (!asks.isEmpty()) what.add("'" + asks.get(0) + "'");
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    findings.add(FlagName.SPAM, score, NAME, "contact solicitation: " + String.join(", ", what), spans);
  }

  /** Verbs that send the reader to look a name up, in the languages the lexicon covers. */
  private static final long[] SEARCH_VERBS = hashes("search", "google", "busca", "buscad", "buscame", "buscanos", "suche",
      "sucht", "suchen", "cherche", "cherchez", "zoek", "zoekt");
  /**
   * {@link #SEARCH_VERBS} for the test every word of every comment goes through: a hashed set reads a
   * slot or two where the binary search took four steps whose branches the processor cannot predict.
   */
  private static final io.commentmod.moderation.normalize.HashSetOfLongs SEARCH_VERB_SET = new io.commentmod.moderation.normalize.HashSetOfLongs(SEARCH_VERBS);
  private static final long LOOK = Tokens.hashOf("look"), UP = Tokens.hashOf("up");
  private static final long[] ON = hashes("on", "in", "en", "auf", "bei", "sur", "op");
  /** Where a looked-up name is an account, a channel or a shop. */
  private static final long[] PLATFORMS = hashes("insta", "instagram", "ig", "facebook", "fb", "tiktok", "telegram",
      "snapchat", "youtube", "yt", "google", "spotify", "etsy", "amazon", "pinterest");
  /** How many words a looked-up name may take between the verb and "on" ("search 'the mane guide by laura' on google"). */
  private static final int SEARCH_REACH = 8;

  /** The words' token hashes, each once, sorted for a binary search. */
  private static long[] hashes(String... words) {
    return java.util.Arrays.stream(words).distinct().mapToLong(Tokens::hashOf).sorted().toArray();
  }

  private static boolean in(long[] sorted, long h) {
    return java.util.Arrays.binarySearch(sorted, h) >= 0;
  }

  /**
   * "search X on insta", "busca X en youtube": a name to look up on a platform, the way sellers send
   * readers to an account without writing its address (since the twenty-sixth round; in the held-out
   * sets every such comment was spam). With a messenger ({@link #MESSENGERS}: insta, telegram, ...)
   * it scores as a solicitation beside a messenger; on a video or search site alone it tips one
   * other signal over, as a phone number does. "look X up" and "look up X" count as searching (twenty-eighth
   * round). Returns the words found, or null.
   */
  private static String searchOnPlatform(CommentText text, String t, Tokens tokens, List<Span> spans) {
    int n = tokens.size();
    for (int i = 0; i + 2 < n; i++) {
      if (!SEARCH_VERB_SET.contains(tokens.hash(i)) && !(tokens.hash(i) == LOOK && tokens.hash(i + 1) == UP)) continue;
      for (int k = i + 1; k + 1 < n && k <= i + SEARCH_REACH; k++) {
        if (in(ON, tokens.hash(k)) && in(PLATFORMS, tokens.hash(k + 1))) {
          spans.add(text.originalSpan(tokens.start(i), tokens.end(k + 1)));
          return t.substring(tokens.start(i), tokens.end(k + 1));
        }
      }
    }
    return null;
  }

  /**
   * The next {@link #EMAIL} match at or after {@code from} in the text whose chars are {@code c[0, len)},
   * as {@code m.find()} from {@code from} would find it, trying the pattern only before each {@code @}:
   * a match is the whole run of address chars before an {@code @} (the run is taken possessively, so
   * a match starting later in the run would end at the same {@code @} and fail or succeed the same
   * way), and {@code find} tried it at every position of the text.
   */
  static boolean nextEmail(Matcher m, char[] c, int len, int from) {
    for (int at = from; at < len; at++) {
      if (c[at] != '@') continue;
      int s = at;
      while (s > from && emailChar(c[s - 1])) s--;
      if (s < at && m.region(s, len).lookingAt()) return true;
    }
    return false;
  }

  /** The chars of {@link #EMAIL}'s part before the {@code @}. */
  private static boolean emailChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  /**
   * Handles under a messenger's name: each {@code :} or {@code =} whose word before (one space
   * allowed) is a messenger's name, followed by a name with a digit, {@code _} or {@code .}.
   * A scan of {@code chars} (the text's) for the two characters first, so most comments cost one pass and nothing else.
   */
  private static int labelledHandles(CommentText text, String t, char[] chars, List<Span> spans) {
    int found = 0;
    Matcher m = null;
    for (int i = 0, n = t.length(); i < n; i++) {
      char c = chars[i];
      if (c != ':' && c != '=') continue;
      int e = i > 0 && t.charAt(i - 1) == ' ' ? i - 1 : i;
      int s = e;
      while (s > 0 && t.charAt(s - 1) >= 'a' && t.charAt(s - 1) <= 'z') s--;
      if (s == e || e - s > 9 || s > 0 && Character.isLetterOrDigit(t.charAt(s - 1))) continue;
      if (!LABELS.contains(t.substring(s, e))) continue;
      if (m == null) m = LABELLED_NAME.matcher(t);
      m.region(i + 1, t.length());
      if (!m.lookingAt()) continue;
      found++;
      spans.add(text.originalSpan(s, m.end()));
      i = m.end() - 1;
    }
    return found;
  }

  /**
   * "ig @name_22", "tg @shop.eu": a messenger's short name (not one of {@link #MESSENGERS}, which count on their own) right before a handle that looks like an account (a
   * digit, {@code _} or {@code .} in it), the same as {@code ig: name_22} without the colon. A reply naming a
   * person ("ig @Mei") is not one.
   */
  static boolean labelBeforeHandle(String t, int at, int end) {
    int s = wordBefore(t, at);
    if (s < 0) return false;
    int e = at;
    while (e > s && t.charAt(e - 1) == ' ') e--;
    String label = t.substring(s, e);
    // a full messenger name ("telegram @x_1") is already a messenger with a handle
    return LABELS.contains(label) && !MESSENGERS.contains(label) && looksLikeAccount(t, at + 1, end);
  }

  /** Where the word of lower-case letters before {@code at} (spaces between allowed, at least one) starts, or -1. */
  private static int wordBefore(String t, int at) {
    int e = at;
    while (e > 0 && t.charAt(e - 1) == ' ') e--;
    if (e == at) return -1;
    int s = e;
    while (s > 0 && t.charAt(s - 1) >= 'a' && t.charAt(s - 1) <= 'z') s--;
    if (s == e || s > 0 && Character.isLetterOrDigit(t.charAt(s - 1))) return -1;
    return s;
  }

  private static boolean looksLikeAccount(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c == '_' || c == '.' || c >= '0' && c <= '9') return true;
    }
    return false;
  }

  /** The words that ask to be written to when they stand right before a handle ({@code DM @shop_eu}). */
  private static final Set<String> ASK_BEFORE_HANDLE = Set.of("dm", "dms", "pm", "message", "msg", "inbox", "shop", "order");

  /**
   * "DM @name_eu", "message @shop.99", "shop @brand.co" (since the twenty-sixth round): an ask right before a handle, counted when the handle looks like an account (a digit, {@code _} or {@code .} in it) or the ask starts its clause
   * ("Best prices, DM @Shop"). A reader saying "I'll DM @Mei later" is neither. Returns where the ask
   * starts, or -1.
   */
  static int askBeforeHandle(String t, int at, int end) {
    int e = at;
    while (e > 0 && t.charAt(e - 1) == ' ') e--;
    int s = e;
    while (s > 0 && t.charAt(s - 1) >= 'a' && t.charAt(s - 1) <= 'z') s--;
    if (s == e || e == at || s > 0 && Character.isLetterOrDigit(t.charAt(s - 1))) return -1;
    if (!ASK_BEFORE_HANDLE.contains(t.substring(s, e))) return -1;
    boolean account = false;
    for (int k = at + 1; k < end; k++) {
      char c = t.charAt(k);
      if (c == '_' || c == '.' || c >= '0' && c <= '9') account = true;
    }
    int p = s;
    while (p > 0 && t.charAt(p - 1) == ' ') p--;
    boolean clauseStart = p == 0 || ".,;:!?-".indexOf(t.charAt(p - 1)) >= 0;
    return account || clauseStart ? s : -1;
  }

  /** Runs of seven or more spelled-out digits ({@code four one five five five ...}), each counted as a phone number. */
  private static int spelledNumbers(CommentText text, Tokens tokens, List<Span> spans) {
    int found = 0, run = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i < tokens.size() && digitWord(tokens.hash(i))) {
        run++;
        continue;
      }
      if (run >= 7) {
        found++;
        spans.add(text.originalSpan(tokens.start(i - run), tokens.end(i - 1)));
      }
      run = 0;
    }
    return found;
  }
}
