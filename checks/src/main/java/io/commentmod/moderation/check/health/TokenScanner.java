package io.commentmod.moderation.check.health;

import static io.commentmod.moderation.check.health.Tokenizer.fold;
import static io.commentmod.moderation.check.health.Tokenizer.isApostrophe;
import static io.commentmod.moderation.check.health.Tokenizer.isLetter;
import static io.commentmod.moderation.check.health.Tokenizer.isWordChar;

/**
 * The single pass of {@link Tokenizer} over one text: finds word runs, splits and folds them,
 * joins contractions, and records sentences, clauses, questions, quotes and web addresses.
 */
final class TokenScanner {
  private static final String LEET_FROM = "0134578$@";
  private static final String LEET_TO = "oieastbsa";
  private static final java.util.Set<String> PRONOUNS_DLL =
      java.util.Set.of("i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "u", "what");
  private static final java.util.Set<String> PRONOUNS_VE =
      java.util.Set.of("i", "you", "we", "they", "who", "would", "could", "should", "might", "must", "u");
  private static final java.util.Set<String> PRONOUNS_RE =
      java.util.Set.of("you", "we", "they", "what", "who", "there", "u");
  /**
   * Titles whose full stop, before another word, does not end the sentence: "St. John's wort",
   * "ask Dr. Patel" stay one sentence, so a drug name or an advice phrase is not cut in two. Only
   * words that rarely end a sentence: not "ms" (multiple sclerosis), "hr", "fr" (for real).
   */
  private static final java.util.Set<String> TITLES = java.util.Set.of("st", "dr", "mr", "mrs", "prof");
  /** Words before which "dr." is the noun ("see your dr. Then stop"), not a title. */
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of("a", "the", "my", "your", "his", "her", "our", "their", "ur");

  private final Tokens t;
  private final String s;
  /** The text as a char array: scanning it avoids {@code String.charAt} checks. */
  private final char[] cs;
  private final int n;
  private int sentence;
  private int clause;
  private boolean sentenceBreak;
  private boolean clauseBreak;
  private boolean question;
  private boolean sentenceOpen;
  private int quoteOpenToken = -1;
  private boolean quoteDouble;
  /** Offset just after the previous token and whether only one space separated it from the next. */
  private int lastEnd = -1;

  TokenScanner(Tokens t) {
    this.t = t;
    this.s = t.text;
    this.cs = t.chars(s);
    this.n = s.length();
  }

  void scan() {
    int i = 0;
    while (i < n) {
      char c = cs[i];
      if (isWordChar(c)) {
        int j = runEnd(i);
        if (plainRun) emit(i, j, false, false);
        else splitRun(i, j);
        i = j;
        continue;
      }
      punctuation(i, c);
      i++;
    }
    closeSentence();
  }

  /** Whether the last run scanned was plain lower-case ASCII letters (the common, fast case). */
  private boolean plainRun;
  private int addressesScannedTo;

  private int runEnd(int i) {
    int j = i + 1;
    char first = cs[i];
    plainRun = first >= 'a' && first <= 'z';
    while (j < n) {
      char c = cs[j];
      if (c >= 'a' && c <= 'z') {
        j++;
      } else if (isWordChar(c)) {
        plainRun = false;
        j++;
      } else if (j + 1 < n && isWordChar(cs[j + 1])) {
        char prev = cs[j - 1];
        char next = cs[j + 1];
        if (isApostrophe(c) && isLetter(prev) && isLetter(next)) {
          j++;
          plainRun = false;
        } else if ((c == '.' || c == ',') && Character.isDigit(prev) && Character.isDigit(next)) {
          j++;
          plainRun = false;
        } else if ((c == '$' || c == '@') && isLetter(prev) && isLetter(next)) {
          j++;
          plainRun = false;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  private void punctuation(int i, char c) {
    if (isSentenceEnd(c)) {
      if (c == '.' && i > 0 && i + 1 < n && isWordChar(cs[i + 1])
          && isWordChar(cs[i - 1])) {
        clauseBreak = true; // "site.com", "e.g" — not the end of a sentence
        addressCandidate(i);
        return;
      }
      if (c == '.' && afterTitle(i)) return;
      sentenceBreak = true;
      if ((c == '?' || c == '\uFF1F') && sentenceOpen) question = true;
      return;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\u00A0') return;
    if (c == '-' || c == '_' || c == '\u2010' || c == '\u2011') {
      boolean spaced = (i == 0 || cs[i - 1] == ' ') && (i + 1 >= n || cs[i + 1] == ' ');
      if (spaced) clauseBreak = true;
      return;
    }
    if (c == '+' || c == '&' || c == '%') {
      emitSymbol(i, c);
      return;
    }
    boolean dq = isDoubleQuote(c);
    if (dq || isApostrophe(c)) {
      quote(i, dq);
      if (dq) clauseBreak = true;
      return;
    }
    if (c == '*' || c == '~' || c == '#' || c == '^') return; // emphasis marks, hashtags
    if (c == ':' && i > 0 && isWordChar(cs[i - 1])) addressCandidate(i);
    clauseBreak = true; // , : ( ) / emoji and every other symbol
  }

  /**
   * Whether the "." at {@code i} ends a title ({@link #TITLES}) that a word follows after one space
   * (the normaliser has collapsed spaces and line breaks): not the "st" of "1st", not "my dr.".
   */
  private boolean afterTitle(int i) {
    int k = t.size - 1;
    if (k < 0 || t.end[k] != i || i + 2 >= n || cs[i + 1] != ' ' || !isLetter(cs[i + 2])) return false;
    int len = t.foldEnd[k] - t.foldStart[k];
    if (len > 4) return false;
    String word = new String(t.folded, t.foldStart[k], len);
    if (!TITLES.contains(word)) return false;
    if (k > 0 && t.number[k - 1] && t.end[k - 1] == t.start[k]) return false;
    return !(word.equals("dr") && k > 0 && DETERMINERS.contains(t.word(k - 1)));
  }

  /** A "." or ":" inside a word: the chunk around it may be a web address. */
  private void addressCandidate(int i) {
    if (i < addressesScannedTo) return;
    int end = WebAddresses.end(s, i);
    if (end < 0) return;
    int a = i;
    while (a > 0 && !Character.isWhitespace(cs[a - 1])) a--;
    int[] r = t.addresses;
    if (t.addressCount + 2 > r.length) t.addresses = r = java.util.Arrays.copyOf(r, r.length * 2 + 2);
    r[t.addressCount++] = a;
    r[t.addressCount++] = end;
    addressesScannedTo = end;
  }

  private void quote(int i, boolean dq) {
    boolean prevWord = i > 0 && (isWordChar(cs[i - 1]) || ".!?,".indexOf(cs[i - 1]) >= 0);
    boolean nextWord = i + 1 < n && isWordChar(cs[i + 1]);
    if (quoteOpenToken >= 0 && prevWord && !nextWord && dq == quoteDouble) {
      for (int k = quoteOpenToken; k < t.size; k++) t.quoted[k] = true;
      quoteOpenToken = -1;
    } else if (!prevWord && nextWord && quoteOpenToken < 0) {
      quoteOpenToken = t.size;
      quoteDouble = dq;
    }
  }

  private void splitRun(int from, int to) {
    int partStart = from;
    boolean firstPart = true;
    for (int k = from; k <= to; k++) {
      if (k == to || isApostrophe(cs[k])) {
        part(partStart, k, !firstPart);
        firstPart = false;
        partStart = k + 1;
      }
    }
  }

  /** One apostrophe-free piece of a run; {@code afterApostrophe} if an apostrophe preceded it. */
  private void part(int from, int to, boolean afterApostrophe) {
    if (from >= to) return;
    if (afterApostrophe && isContraction(from, to) && t.size > 0 && t.end[t.size - 1] == from - 1) {
      extendLast(from, to);
      return;
    }
    int letters = 0;
    int digits = 0;
    int leadingDigits = 0;
    boolean inLead = true;
    boolean digitAfterLetter = false;
    boolean letterAfterInnerDigit = false;
    boolean leetable = true;
    for (int k = from; k < to; k++) {
      char c = cs[k];
      if (isLetter(c)) {
        letters++;
        inLead = false;
        if (digitAfterLetter) letterAfterInnerDigit = true;
      } else {
        if (Character.isDigit(c)) digits++;
        if (inLead) {
          leadingDigits = k - from + 1;
        } else {
          digitAfterLetter = true;
          if (LEET_FROM.indexOf(c) < 0) leetable = false;
        }
      }
    }
    if (letters == 0) {
      emit(from, to, true, false);
    } else if (leadingDigits > 0) {
      emit(from, from + leadingDigits, true, false);
      emit(from + leadingDigits, to, false, true);
    } else if (digitAfterLetter && leetable && letterAfterInnerDigit && letters >= 2) {
      emit(from, to, false, true);
    } else {
      emit(from, to, false, digits == 0);
    }
  }

  private boolean isContraction(int from, int to) {
    int len = to - from;
    if (len == 1) {
      char c = fold(cs[from]);
      return c == 's' || c == 't' || c == 'm' || c == 'd';
    }
    if (len == 2) {
      char a = fold(cs[from]);
      char b = fold(cs[from + 1]);
      return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
    }
    return false;
  }

  private void emitSymbol(int i, char c) {
    startToken(i);
    int k = t.size;
    ensureFold(1);
    t.foldStart[k] = t.foldEnd[k] = foldPos();
    t.folded[t.foldEnd[k]++] = c;
    t.hash[k] = c;
    finishToken(k, i, i + 1, false);
  }

  /** Emits a token; {@code leet} reads digit look-alikes as letters. */
  private void emit(int from, int to, boolean number, boolean leet) {
    if (!number && spacedContraction(from, to)) {
      extendLast(from, to);
      return;
    }
    startToken(from);
    int k = t.size;
    ensureFold((to - from) * 2);
    int p = foldPos();
    t.foldStart[k] = p;
    if (!number && !leet && plainRun) {
      int hh = 0;
      char[] f = t.folded;
      for (int j = from; j < to; j++) {
        char c = cs[j];
        f[p++] = c;
        hh = 31 * hh + c;
      }
      t.foldEnd[k] = p;
      t.hash[k] = hh;
      finishToken(k, from, to, false);
      return;
    }
    for (int j = from; j < to; j++) {
      char c = cs[j];
      if (number) {
        t.folded[p++] = c == ',' ? '.' : c;
        continue;
      }
      if (leet && !isLetter(c)) {
        int li = LEET_FROM.indexOf(c);
        if (li >= 0) {
          t.folded[p++] = LEET_TO.charAt(li);
          continue;
        }
      }
      p = foldInto(c, p);
    }
    t.foldEnd[k] = p;
    t.hash[k] = Vocabulary.rawHash(t.folded, t.foldStart[k], p);
    finishToken(k, from, to, number);
  }

  private int foldInto(char c, int p) {
    if (c == 'ß') {
      t.folded[p++] = 's';
      t.folded[p++] = 's';
    } else if (c == 'æ' || c == 'Æ') {
      t.folded[p++] = 'a';
      t.folded[p++] = 'e';
    } else if (c == 'œ' || c == 'Œ') {
      t.folded[p++] = 'o';
      t.folded[p++] = 'e';
    } else {
      t.folded[p++] = fold(c);
    }
    return p;
  }

  /**
   * Twitter-style contractions with the apostrophe dropped: {@code don t}, {@code i m}, {@code lion s}.
   * A letter followed by its own apostrophe is a French elision starting the next word ({@code mon ado
   * s'est remis}, {@code bien t'expliquer}), not one of these.
   */
  private boolean spacedContraction(int from, int to) {
    if (t.size == 0 || lastEnd != from - 1 || cs[from - 1] != ' ' || sentenceBreak || clauseBreak) return false;
    if (to < n && isApostrophe(cs[to])) return false;
    if (!isContraction(from, to)) return false;
    int k = t.size - 1;
    if (t.number[k]) return false;
    int len = t.foldEnd[k] - t.foldStart[k];
    char[] f = t.folded;
    int p = t.foldStart[k];
    char a = fold(cs[from]);
    if (to - from == 1) {
      switch (a) {
        case 't':
          return len >= 2 && f[p + len - 1] == 'n';
        case 'm':
          return len == 1 && f[p] == 'i';
        case 's':
          return len >= 2;
        default: // 'd'
          return PRONOUNS_DLL.contains(new String(f, p, len));
      }
    }
    String prev = new String(f, p, len);
    switch (a) {
      case 'l':
        return PRONOUNS_DLL.contains(prev);
      case 'v':
        return PRONOUNS_VE.contains(prev);
      default:
        return PRONOUNS_RE.contains(prev);
    }
  }

  private void extendLast(int from, int to) {
    int k = t.size - 1;
    ensureFold((to - from) * 2);
    int p = t.foldEnd[k];
    for (int j = from; j < to; j++) p = foldInto(cs[j], p);
    t.foldEnd[k] = p;
    t.hash[k] = Vocabulary.rawHash(t.folded, t.foldStart[k], p);
    t.end[k] = to;
    lastEnd = to;
  }

  private void startToken(int offset) {
    if (sentenceBreak && sentenceOpen) closeSentence();
    sentenceBreak = false;
    if (!sentenceOpen) {
      t.sentenceStart[sentence] = t.size;
      sentenceOpen = true;
      if (t.size > 0) clauseBreak = true;
    }
    if (clauseBreak && t.size > 0) clause++;
    clauseBreak = false;
  }

  private void finishToken(int k, int from, int to, boolean number) {
    t.quoted[k] = false;
    t.start[k] = from;
    t.end[k] = to;
    t.number[k] = number;
    t.sentence[k] = sentence;
    t.clause[k] = clause;
    t.size = k + 1;
    lastEnd = to;
  }

  private void closeSentence() {
    if (sentenceOpen) {
      t.sentenceEnd[sentence] = t.size;
      t.questionMark[sentence] = question;
      sentence++;
      t.sentences = sentence;
      sentenceOpen = false;
    }
    question = false;
  }

  private int foldPos() {
    return t.size == 0 ? 0 : t.foldEnd[t.size - 1];
  }

  private void ensureFold(int extra) {
    int need = foldPos() + extra + 2;
    if (need > t.folded.length) t.folded = java.util.Arrays.copyOf(t.folded, Math.max(need, t.folded.length * 2));
  }

  private static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\u2026' || c == '\u3002'
        || c == '\uFF01' || c == '\uFF1F';
  }
}
