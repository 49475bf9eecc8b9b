package io.commentmod.moderation.check.health;

import java.util.Arrays;

/** Lexicon phrases found in one comment, in text order: category, payload and token range. */
final class Hits {
  int size;
  int[] category = new int[32];
  int[] payload = new int[32];
  int[] from = new int[32];
  int[] to = new int[32];
  /** The tokens these hits were matched in, and their {@link Tokens#generation} then. */
  private Tokens source;
  private int generation;

  /** Empties this for a match in {@code t}. */
  Hits reset(Tokens t) {
    size = 0;
    source = t;
    generation = t.generation;
    return this;
  }

  /** Whether these are the hits of {@code t} as it is now (same object, not reset since). */
  boolean matched(Tokens t) {
    return source == t && generation == t.generation;
  }

  void add(int cat, int pay, int start, int end) {
    if (size == category.length) {
      category = Arrays.copyOf(category, size * 2);
      payload = Arrays.copyOf(payload, size * 2);
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
    }
    category[size] = cat;
    payload[size] = pay;
    from[size] = start;
    to[size] = end;
    size++;
  }

  /** Whether any hit is of category {@code cat}. */
  boolean any(Cat cat) {
    for (int k = 0; k < size; k++) if (is(k, cat)) return true;
    return false;
  }

  boolean is(int hit, Cat cat) {
    return category[hit] == cat.ordinal();
  }

  /**
   * Whether first-person hit {@code k} is the Dutch possessive "je" ("gewoon je sertraline
   * verdubbelen": your sertraline) rather than the French "je" (I) the merged lexicons also read:
   * French "je" is followed by a verb or a pronoun, never by a drug, medication or dose word.
   */
  boolean possessiveJe(Tokens t, int k) {
    if (!is(k, Cat.FIRST) || to[k] != from[k] + 1) return false;
    int i = from[k];
    if (!t.wordIs(i, "je")) return false;
    for (int j = k + 1; j < size && from[j] <= to[k]; j++) {
      if (from[j] == to[k] && (is(j, Cat.DRUG) || is(j, Cat.MED) || is(j, Cat.DOSE_WORD) || is(j, Cat.TREATMENT) || is(j, Cat.REMEDY))) return true;
    }
    return false;
  }
}
