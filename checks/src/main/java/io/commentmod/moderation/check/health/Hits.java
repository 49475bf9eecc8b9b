package io.commentmod.moderation.check.health;

import java.util.Arrays;

/** Lexicon phrases found in one comment, in text order: category, payload and token range. */
final class Hits {
  int size;
  int[] category = new int[32];
  int[] payload = new int[32];
  int[] from = new int[32];
  int[] to = new int[32];

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

  boolean is(int hit, Cat cat) {
    return category[hit] == cat.ordinal();
  }
}
