package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyboard mashing and filler: words with no vowel (acronyms written in capitals excepted), runs
 * of four neighbouring keys ({@code asdf}, {@code mnbv}), letter pairs that no European language
 * writes ({@code qp}, {@code jd}, {@code xz}), and one word repeated three times in a row. Scores by
 * the share of such words, so one typo or acronym in a real comment does not count.
 */
public final class GibberishCheck implements ModerationCheck {
  static final String NAME = "gibberish";
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  /** For each letter a-z: its keyboard row and its place in it. */
  private static final int[] ROW = new int[26], COLUMN = new int[26];
  private static final String[] SAFE_RUNS = {"erty", "wert", "trew", "rewq"};
  private static final boolean[] RARE = new boolean[26 * 26];

  static {
    String rare = "qb qc qd qe qf qg qh qj qk ql qm qn qo qp qq qr qs qt qv qw qx qy qz jb jc jd jf jg jh jk jl jm jn jp jq jr js jt"
        + " jv jw jx jz xj xk xz xq xg zx zj zq vb vc vq vw vx vz vj vk vm vp wq wx wz wj fq fx fz fj fk gq gx gz hx hz kz kx kq"
        + " mx mz mq pq px pz tq tx bx bz bq cx cj cq dq dx lq lx nq nx sx";
    for (String p : rare.split(" ")) RARE[(p.charAt(0) - 'a') * 26 + p.charAt(1) - 'a'] = true;
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
    int odd = 0;
    List<Span> spans = new ArrayList<>(4);
    char[] cs = t.toCharArray(); // read as an array: charAt on a UTF-16 string checks and assembles every char
    for (int i = 0; i < words; i++) {
      if (gibberish(text, cs, tokens, i)) {
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
    double share = (double) signals / words;
    double score;
    if (signals >= 2 && share >= 0.25) score = 0.9;
    else if (signals >= 2 && share >= 0.12) score = 0.7;
    else if (signals >= 1 && words <= 3 && odd >= 1) score = 0.6;
    else return;
    spans.sort((x, y) -> Integer.compare(x.start(), y.start()));
    findings.add(FlagName.SPAM, score, NAME,
        odd + " gibberish word(s)" + (repeats > 0 ? ", " + repeats + " repeated word run(s)" : "") + " in " + words + " words",
        spans);
  }

  private static boolean gibberish(CommentText text, char[] t, Tokens tokens, int i) {
    int s = tokens.start(i), e = tokens.end(i);
    if (e - s < 4) return false;
    boolean vowel = false;
    for (int k = s; k < e; k++) {
      char c = t[k];
      if (c < 'a' || c > 'z') return false; // digits, other scripts: not judged here
      if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') vowel = true;
    }
    if (!vowel && !capitalised(text, s, e)) return true;
    for (int k = s + 1; k < e; k++) {
      if (RARE[(t[k - 1] - 'a') * 26 + t[k] - 'a']) return true;
    }
    return keyboardRun(text.normalized(), t, s, e);
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

  /** Four letters in a row that are neighbours on one keyboard row, either way ({@code asdf}, {@code mnbv}). */
  private static boolean keyboardRun(String normalized, char[] t, int s, int e) {
    int fwd = 1, back = 1;
    for (int k = s + 1; k < e; k++) {
      int a = t[k - 1] - 'a', b = t[k] - 'a';
      boolean sameRow = ROW[a] == ROW[b];
      fwd = sameRow && COLUMN[b] == COLUMN[a] + 1 ? fwd + 1 : 1;
      back = sameRow && COLUMN[b] == COLUMN[a] - 1 ? back + 1 : 1;
      if ((fwd >= 4 || back >= 4) && !safe(normalized, k - 3)) return true;
    }
    return false;
  }

  private static boolean safe(String t, int k) {
    for (String r : SAFE_RUNS) if (t.startsWith(r, k)) return true;
    return false;
  }
}
