package io.commentmod.moderation.check.health;

/** Splits words that lost the space between them, a common artefact of normalised text. */
final class GluedWords {
  private GluedWords() {}

  /**
   * Where an unknown token splits into two known words that lost the space between them
   * ("amsuicidal" → "am suicidal", "nowi" → "now i"), else 0.
   */
  static int split(Tokens t, int i, Vocabulary v) {
    int a = t.foldStart[i];
    int b = t.foldEnd[i];
    int len = b - a;
    if (len < 4) return 0;
    char[] f = t.folded;
    boolean am = f[a] == 'a' && f[a + 1] == 'm';
    boolean endsInI = f[b - 1] == 'i';
    if (!am && !endsInI || len != t.end[i] - t.start[i]) return 0;
    if (am && v.lookup(f, a + 2, b) >= 0) return 2;
    if (endsInI && v.lookup(f, a, b - 1) >= 0) return len - 1;
    return 0;
  }

  /** A copy of {@code t} with every glued token split in two. */
  static Tokens unglue(Tokens t, Vocabulary v) {
    Tokens u = new Tokens(t.text);
    u.folded = t.folded;
    int[] newIndex = new int[t.size + 1];
    int n = 0;
    for (int i = 0; i < t.size; i++) {
      newIndex[i] = n;
      int cut = t.term[i] == Vocabulary.UNKNOWN && !t.number[i] ? split(t, i, v) : 0;
      if (cut > 0 && !inAddress(t, t.start[i])) {
        copy(t, i, u, n);
        u.end[n] = t.start[i] + cut;
        u.foldEnd[n] = t.foldStart[i] + cut;
        u.term[n] = v.lookup(u.folded, u.foldStart[n], u.foldEnd[n]);
        n++;
        copy(t, i, u, n);
        u.start[n] = t.start[i] + cut;
        u.foldStart[n] = t.foldStart[i] + cut;
        u.term[n] = v.lookup(u.folded, u.foldStart[n], u.foldEnd[n]);
      } else {
        copy(t, i, u, n);
      }
      n++;
    }
    newIndex[t.size] = n;
    u.size = n;
    u.sentences = t.sentences;
    for (int s = 0; s < t.sentences; s++) {
      u.sentenceStart[s] = newIndex[t.sentenceStart[s]];
      u.sentenceEnd[s] = newIndex[t.sentenceEnd[s]];
      u.questionMark[s] = t.questionMark[s];
    }
    return u;
  }

  private static boolean inAddress(Tokens t, int offset) {
    for (int k = 0; k + 1 < t.addressCount; k += 2) {
      if (t.addresses[k] <= offset && offset < t.addresses[k + 1]) return true;
    }
    return false;
  }

  private static void copy(Tokens t, int i, Tokens u, int n) {
    u.start[n] = t.start[i];
    u.end[n] = t.end[i];
    u.term[n] = t.term[i];
    u.number[n] = t.number[i];
    u.sentence[n] = t.sentence[i];
    u.clause[n] = t.clause[i];
    u.quoted[n] = t.quoted[i];
    u.foldStart[n] = t.foldStart[i];
    u.foldEnd[n] = t.foldEnd[i];
    u.hash[n] = t.hash[i];
  }
}
