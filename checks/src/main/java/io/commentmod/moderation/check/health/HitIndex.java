package io.commentmod.moderation.check.health;

import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;

/** Finds lexicon hits by token, sentence and clause, for the rules of one comment. */
final class HitIndex {
  final CommentText text;
  final Tokens t;
  final Hits h;
  /** First hit starting at each token, or -1 (hits starting at one token are consecutive). */
  private final int[] hitAt;

  HitIndex(Tokens t, Hits h, CommentText text) {
    this.text = text;
    this.t = t;
    this.h = h;
    hitAt = new int[t.size];
    java.util.Arrays.fill(hitAt, -1);
    for (int k = h.size - 1; k >= 0; k--) hitAt[h.from[k]] = k;
  }

  /** The first hit starting at token {@code tok}, or -1. */
  int at(int tok) {
    return tok < t.size ? hitAt[tok] : -1;
  }

  /** Whether hit {@code k} exists and lies in sentence {@code s}. */
  boolean inSentence(int k, int s) {
    return k >= 0 && k < h.size && t.sentence[h.from[k]] == s;
  }

  /** Whether sentence {@code s} has a hit of {@code c}. */
  boolean has(int s, Cat c) {
    for (int k = firstHit(s); k >= 0 && k < h.size && t.sentence[h.from[k]] == s; k++) {
      if (h.is(k, c)) return true;
    }
    return false;
  }

  /** Whether a hit of {@code c} precedes hit {@code k} in its clause. */
  boolean before(int k, Cat c) {
    int clause = t.clause[h.from[k]];
    for (int j = k - 1; j >= 0 && t.clause[h.from[j]] == clause; j--) {
      if (h.is(j, c) && h.to[j] <= h.from[k]) return true;
    }
    return false;
  }

  /** The next hit of {@code c} starting within {@code gap} tokens after hit {@code k}, in its clause. */
  int next(int k, Cat c, int gap) {
    int clause = t.clause[h.from[k]];
    for (int j = k + 1; j < h.size && t.clause[h.from[j]] == clause && h.from[j] <= h.to[k] + gap; j++) {
      if (h.from[j] >= h.to[k] && h.is(j, c)) return j;
    }
    return -1;
  }

  /** The hit of {@code c} starting at token {@code tok}, or -1. */
  int hitOf(int tok, Cat c) {
    for (int k = hitAt[tok]; k >= 0 && k < h.size && h.from[k] == tok; k++) {
      if (h.is(k, c)) return k;
    }
    return -1;
  }

  /** Whether sentence {@code s} opens with {@code c}, after at most two lead-in words. */
  boolean opensWith(int s, Cat c) {
    int tok = t.sentenceStart[s];
    for (int guard = 0; guard < 3 && tok < t.sentenceEnd[s]; guard++) {
      if (hitOf(tok, c) >= 0) return true;
      int lead = hitOf(tok, Cat.LEAD);
      if (lead < 0) return false;
      tok = h.to[lead];
    }
    return false;
  }

  /** The first hit of sentence {@code s}, or -1. */
  int firstHit(int s) {
    for (int tok = t.sentenceStart[s]; tok < t.sentenceEnd[s]; tok++) {
      if (hitAt[tok] >= 0) return hitAt[tok];
    }
    return -1;
  }

  /** The first hit starting at or after token {@code tok}, or -1. */
  int firstHitFrom(int tok) {
    for (; tok < t.size; tok++) {
      if (hitAt[tok] >= 0) return hitAt[tok];
    }
    return -1;
  }

  /** One past the last token of {@code tok}'s clause. */
  int clauseEnd(int tok) {
    int c = t.clause[tok];
    int i = tok;
    while (i < t.size && t.clause[i] == c) i++;
    return i;
  }

  /** Hit {@code k}'s token range, for {@link Reasons#add}. */
  int[] range(int k) {
    return new int[] {h.from[k], h.to[k]};
  }

  /** Hit {@code k}'s words as the commenter wrote them. */
  String surface(int k) {
    return surface(h.from[k], h.to[k]);
  }

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive) as the commenter wrote them. */
  String surface(int from, int to) {
    Span sp = text.originalSpan(t.start[from], t.end[to - 1]);
    return text.original().substring(sp.start(), sp.end());
  }
}
