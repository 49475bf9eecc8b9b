package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.TextChars;
import io.commentmod.moderation.normalize.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyboard mashing and filler: words with no vowel (acronyms written in capitals and a few common
 * lower-case abbreviations excepted), runs of four neighbouring keys ({@code asdf}, {@code mnbv}),
 * letter pairs that no European language writes inside a syllable ({@code qp}, {@code jd},
 * {@code xz}), and one word repeated three times in a row. Scores by the share of such words, so one
 * typo or acronym in a real comment does not count.
 *
 * <p>Not counted: words inside links, e-mail addresses and handles ({@code https}, a DOI or an OSF
 * id are not mashing); a {@code j} after a vowel (Dutch {@code ij} in {@code mijn}, {@code tijd},
 * {@code Dijkstra}; {@code Wojciech}, {@code Rajkumar}); a {@code q} before {@code u}
 * ({@code Schlafqualität}); a pair at the seam of a compound, between two parts that each have a
 * vowel ({@code Hochzeit}, {@code Umzug}, {@code pruikzwam}, {@code Kopfkissen}). And text that
 * reads as prose in a European language (at least a fifth of its words are function words such as
 * {@code the}, {@code de}, {@code und}, {@code het}, {@code que}) is never held on gibberish alone:
 * there the check adds at most a weak 0.3, and only when a third of the words look mashed.
 */
public final class GibberishCheck implements ModerationCheck {
  static final String NAME = "gibberish";
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  /** For each letter a-z: its keyboard row and its place in it. */
  private static final int[] ROW = new int[26], COLUMN = new int[26];
  private static final String[] SAFE_RUNS = {"erty", "wert", "trew", "rewq"};
  private static final boolean[] RARE = new boolean[26 * 26];
  /** Pairs rare even at a compound seam. */
  private static final boolean[] STRICT = new boolean[26 * 26];
  /** Lower-case words without a vowel that readers write ({@code https} outside a link, {@code ptsd}). */
  private static final java.util.Set<String> NO_VOWEL_WORDS = java.util.Set.of(
      "http", "https", "html", "ptsd", "cptsd", "mmhg", "pmdd", "mths", "tmrw", "tmrrw", "psst", "pfft", "hmph", "mmhmm",
      "nths", "pcts", "thnx", "thnks", "thks", "wknd", "wknds", "srsly", "plzz", "rlly", "srry", "txts", "wkly", "frnd",
      "frnds", "msgs", "shld", "pmsl", "bdwy", "ctrl", "pwnd", "hwrk", "bgrds");
  /**
   * Function words of English, Spanish, German, French, Dutch, Italian and Portuguese (normalised:
   * lower case, no accents), as token hashes: their share tells prose from mashing.
   */
  private static final io.commentmod.moderation.normalize.HashSetOfLongs FUNCTION_WORDS = new io.commentmod.moderation.normalize.HashSetOfLongs(java.util.Arrays.stream((
      // English
      "the a an and or but of to in on at for with from by as is are was were be been it this that these those i you he"
      + " she we they my your our his her their me him us them not no so if do does did have has had will would can could"
      + " should just very too also there here what which who how when why all some any more most than then about into"
      + " after before because i'm it's don't"
      // Spanish
      + " el la los las un una unos y o pero de del en con por para que es son fue era mi mis tu su sus nos lo le les se"
      + " me te muy mas como cuando porque si ya tambien esta este esto estos hay ha he han al yo"
      // German
      + " der die das den dem des ein eine einen einem einer und oder aber von zu im mit fur auf ist sind war waren bin"
      + " hat habe haben wird ich du er sie es wir ihr mein meine dein sein nicht kein keine auch noch schon sehr wie"
      + " wenn weil dass ob nach bei aus um nur"
      // French
      + " les une des et ou mais du au aux dans pour par avec sur est sont etait je il elle vous ils elles mon ma mes"
      + " ton ta son sa ses ce cette ces qui ne pas plus tres aussi quand parce j'ai c'est n'est"
      // Dutch
      + " het een van op voor aan te zijn waren ik je jij hij zij wij ze mijn jouw haar ons onze niet geen ook al wel"
      + " heel erg als dan dat dit deze wat wie hoe omdat naar uit er heb heeft hebben"
      // Italian
      + " il gli di da su che non sono io lui lei noi voi loro mio mia molto anche perche ho"
      // Portuguese
      + " os as um em na com nao sou foi eu voce ela meu minha muito tenho tem")
      .split(" ")).distinct().mapToLong(io.commentmod.moderation.normalize.Tokens::hashOf).toArray());

  static {
    String rare = "qb qc qd qe qf qg qh qj qk ql qm qn qo qp qq qr qs qt qv qw qx qy qz jb jc jd jf jg jh jk jl jm jn jp jq jr js jt"
        + " jv jw jx jz xj xk xz xq xg zx zj zq vb vc vq vw vx vz vj vk vm vp wq wx wz wj fq fx fz fj fk gq gx gz hx hz kz kx kq"
        + " mx mz mq pq px pz tq tx bx bz bq cx cj cq dq dx lq lx nq nx sx";
    for (String p : rare.split(" ")) RARE[(p.charAt(0) - 'a') * 26 + p.charAt(1) - 'a'] = true;
    for (String p : "qx qz qj xj xz zx zj zq jx jz jq xq".split(" ")) STRICT[(p.charAt(0) - 'a') * 26 + p.charAt(1) - 'a'] = true;
    for (int r = 0; r < ROWS.length; r++) {
      for (int c = 0; c < ROWS[r].length(); c++) {
        ROW[ROWS[r].charAt(c) - 'a'] = r;
        COLUMN[ROWS[r].charAt(c) - 'a'] = c;
      }
    }
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    String t = text.normalized();
    Tokens tokens = Tokens.cached(t);
    int words = tokens.size();
    if (words == 0) return;
    if (oneKeyHeldDown(text.original())) {
      findings.add(FlagName.SPAM, HELD_DOWN_SCORE, NAME, "one key held down", List.of(new Span(0, text.original().length())));
      return;
    }
    int odd = 0;
    List<Span> spans = new ArrayList<>(4);
    char[] cs = TextChars.cached(t); // read as an array: charAt on a UTF-16 string checks and assembles every char
    List<Links.Link> links = t.indexOf('.') >= 0 ? Links.cached(t) : List.of();
    for (int i = 0; i < words; i++) {
      if (gibberish(text, cs, tokens, i) && !inAddress(t, links, tokens.start(i), tokens.end(i))) {
        odd++;
        spans.add(text.originalSpan(tokens.start(i), tokens.end(i)));
      }
    }
    int repeats = 0;
    for (int i = 2; i < words; i++) {
      if (tokens.hash(i) == tokens.hash(i - 1) && tokens.hash(i) == tokens.hash(i - 2)
          && (i + 1 == words || tokens.hash(i + 1) != tokens.hash(i))) {
        repeats++;
        spans.add(text.originalSpan(tokens.start(i - 2), tokens.end(i)));
      }
    }
    int signals = odd + repeats;
    if (signals == 0) return;
    double share = (double) signals / words;
    double score;
    int function = words >= 5 ? functionWords(tokens) : 0;
    boolean prose = function >= 2 && function * 5 >= words;
    if (prose) {
      // Prose in a European language: names, compounds or a stray abbreviation, not mashing.
      if (odd < 3 || odd * 3 < words) return;
      score = 0.3;
    } else if (signals >= 2 && share >= 0.25) score = 0.9;
    else if (signals >= 2 && share >= 0.12) score = 0.7;
    else if (signals >= 1 && words <= 3 && odd >= 1) score = 0.6;
    else return;
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    findings.add(FlagName.SPAM, score, NAME,
        odd + " gibberish word(s)" + (repeats > 0 ? ", " + repeats + " repeated word run(s)" : "") + " in " + words + " words"
            + (prose ? " of prose (" + function + " function words)" : ""),
        spans);
  }

  /** How many of the words are function words of a European language. */
  static int functionWords(Tokens tokens) {
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) if (FUNCTION_WORDS.contains(tokens.hash(i))) n++;
    return n;
  }

  /** Whether the word lies inside a link, or is part of an e-mail address or handle (after an {@code @}). */
  private static final int HELD_DOWN = 8;
  /** Spam review, not rejection: a reader's "AAAAAAAAAA" at bad news is noise, not a sale. */
  private static final double HELD_DOWN_SCORE = 0.7;

  /**
   * A comment that is keys held down ({@code jjjjjjjjjjjj}, {@code zzzzzzzz zzzzzzz}, {@code ✿ jjjjjjjjjjj kkkk 8888}):
   * every word of Latin letters is one letter typed over and over, and one such word has at least
   * {@value #HELD_DOWN} letters, or all of them are the same letter, {@value #HELD_DOWN} or more in all. Digits,
   * emoji and symbols between them do not matter; a real word anywhere ("Zzzzzzzzz... boring",
   * "Noooooooooo way") rules it out. The normaliser folds such runs to two letters, so the original is read.
   */
  private static boolean oneKeyHeldDown(String original) {
    int letters = 0, longest = 0, run = 0;
    int first = -1, word = -1;
    boolean oneLetter = true;
    for (int i = 0; i <= original.length(); i++) {
      char c = i < original.length() ? original.charAt(i) : ' ';
      if (!Character.isLetter(c) || c >= 0x250) {
        longest = Math.max(longest, run);
        run = 0;
        word = -1;
        continue;
      }
      char lower = Character.toLowerCase(c);
      if (word < 0) word = lower;
      else if (lower != word) return false; // a word of two or more different letters
      if (first < 0) first = lower;
      else if (lower != first) oneLetter = false;
      letters++;
      run++;
    }
    return longest >= HELD_DOWN || oneLetter && letters >= HELD_DOWN;
  }

  private static boolean inAddress(String t, List<Links.Link> links, int s, int e) {
    for (Links.Link l : links) if (s < l.end() && l.start() < e) return true;
    int k = s;
    while (k > 0 && t.charAt(k - 1) != ' ' && t.charAt(k - 1) != '@') k--;
    if (k > 0 && t.charAt(k - 1) == '@') return true;
    for (int j = e; j < t.length() && t.charAt(j) != ' '; j++) if (t.charAt(j) == '@') return true;
    return false;
  }

  /** Bit {@code c - 'a'} set for each vowel (a e i o u y): the first pass ORs each letter's bit instead of six comparisons a letter. */
  private static final int VOWELS = bits("aeiouy");
  /** The consonants of the home and the bottom row, the letters {@link #oneRowConsonants} counts. */
  private static final int HOME_CONSONANTS = bits("sdfghjkl"), BOTTOM_CONSONANTS = bits("zxcvbnm");

  /** Whether a word of {@code letters} (bit {@code c - 'a'} per letter) has three different consonants of one row, as every {@link #oneRowConsonants} run has. */
  static boolean mayRunOnOneRow(int letters) {
    return Integer.bitCount(letters & HOME_CONSONANTS) >= 3 || Integer.bitCount(letters & BOTTOM_CONSONANTS) >= 3;
  }

  private static int bits(String letters) {
    int b = 0;
    for (char c : letters.toCharArray()) b |= 1 << (c - 'a');
    return b;
  }

  private static boolean gibberish(CommentText text, char[] t, Tokens tokens, int i) {
    int s = tokens.start(i), e = tokens.end(i);
    if (e - s < 4) return false;
    int letters = 0; // bit c - 'a' set for each letter c of the word
    for (int k = s; k < e; k++) {
      char c = t[k];
      if (c < 'a' || c > 'z') return false; // digits, other scripts: not judged here
      letters |= 1 << (c - 'a');
    }
    if ((letters & VOWELS) == 0) return !capitalised(text, s, e) && !NO_VOWEL_WORDS.contains(new String(t, s, e - s));
    // One pass for both tests (either makes the word gibberish): a rare pair that is not written
    // after all, or four letters in a row that are neighbours on one keyboard row, either way
    // (asdf, mnbv), unless a known run (erty).
    String normalized = text.normalized();
    int fwd = 1, back = 1;
    for (int k = s + 1; k < e; k++) {
      int a = t[k - 1] - 'a', b = t[k] - 'a';
      int pair = a * 26 + b;
      if (RARE[pair] && !writable(t, s, e, k, pair)) return true;
      boolean sameRow = ROW[a] == ROW[b];
      fwd = sameRow && COLUMN[b] == COLUMN[a] + 1 ? fwd + 1 : 1;
      back = sameRow && COLUMN[b] == COLUMN[a] - 1 ? back + 1 : 1;
      if ((fwd >= 4 || back >= 4) && !safe(normalized, k - 3)) return true;
    }
    // (most words hold fewer than three different consonants of either row, and so no such run)
    return mayRunOnOneRow(letters) && oneRowConsonants(t, s, e);
  }

  /**
   * Four or more consonants in a row, at least three different, all from the home row ({@code sdfghjkl}) or all
   * from the bottom row ({@code zxcvbnm}): fingers drumming on one row ({@code asdkj}, {@code lkjsd},
   * {@code zmxnc}), with a vowel or not. Written words cross rows (German {@code Handschuh}, Polish
   * {@code szcz}); the top row is left out, where German writes {@code rzt} and {@code rzpr}.
   */
  static boolean oneRowConsonants(char[] t, int s, int e) {
    int run = 0, row = -1, seen = 0;
    for (int k = s; k < e; k++) {
      char c = t[k];
      int r = vowel(c) ? -1 : ROW[c - 'a'];
      if (r <= 0 || r != row) {
        run = 0;
        seen = 0;
        row = r;
        if (r <= 0) continue;
      }
      run++;
      seen |= 1 << (c - 'a');
      if (run >= 4 && Integer.bitCount(seen) >= 3) return true;
    }
    return false;
  }

  /**
   * Whether the rare pair ending at {@code k} is written after all: {@code j} after a vowel (Dutch
   * {@code ij}, {@code Wojciech}), {@code q} before {@code u}, or the seam of a compound whose two
   * parts each have a vowel, the first near the seam and the second right after it ({@code Hochzeit}).
   */
  private static boolean writable(char[] t, int s, int e, int k, int pair) {
    if (STRICT[pair]) return false;
    char a = t[k - 1], b = t[k];
    if (a == 'j') return k - 2 >= s && vowel(t[k - 2]);
    if (a == 'q') return false;
    if (b == 'q') return k + 1 < e && t[k + 1] == 'u';
    boolean left = false;
    for (int j = Math.max(s, k - 4); j < k - 1; j++) left |= vowel(t[j]);
    if (!left || k - 1 - s < 1 || e - k < 3) return false;
    boolean right = vowel(t[k + 1]) || k + 2 < e && vowel(t[k + 2]) && "lrwhn".indexOf(t[k + 1]) >= 0;
    return right;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  /** An acronym: every letter capital in the original. */
  private static boolean capitalised(CommentText text, int s, int e) {
    var span = text.originalSpan(s, e);
    String original = text.original();
    for (int k = span.start(); k < span.end(); k++) {
      char c = original.charAt(k);
      if (c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) return false;
    }
    return true;
  }

  private static boolean safe(String t, int k) {
    for (String r : SAFE_RUNS) if (t.startsWith(r, k)) return true;
    return false;
  }
}
