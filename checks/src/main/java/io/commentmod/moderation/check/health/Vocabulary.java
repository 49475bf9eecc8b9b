package io.commentmod.moderation.check.health;

import java.util.ArrayList;
import java.util.List;

/**
 * Every word any health lexicon uses, each with a small integer id. Looked up straight from the
 * tokenizer's folded character buffer, so matching a comment allocates no strings.
 */
final class Vocabulary {
  static final int UNKNOWN = -1;
  /** Pseudo-term for "any number" ({@code #} in a lexicon phrase). */
  static final int NUMBER = 0;

  private final List<String> words = new ArrayList<>();
  /**
   * Open addressing, two longs per slot so one probe reads one cache line: {@code slots[2i]} holds
   * a word's mixed hash (high half) and id + 1 (low half), 0 when empty; {@code slots[2i + 1]} the
   * word {@link #pack packed} into a long when it is short, so the usual short word is confirmed
   * without reading {@code keys[i]}, the word's characters.
   */
  private long[] slots = new long[2 * 1024];
  private char[][] keys = new char[1024][];
  private boolean frozen;

  Vocabulary() {
    words.add("#");
  }

  /** The id of {@code word}, adding it if new. */
  int add(String word) {
    if (frozen) throw new IllegalStateException("vocabulary is frozen");
    char[] w = word.toCharArray();
    int id = lookup(w, 0, w.length);
    if (id != UNKNOWN) return id;
    if ((words.size() + 1) * 4 > keys.length) grow();
    id = words.size();
    words.add(word);
    put(w, id);
    return id;
  }

  /**
   * After {@link #freeze}: the read-only table {@link #lookup} probes, about 16 times smaller than
   * the add-time one (which keeps a quarter of its 16-byte slots filled), so that the tokenizer's
   * look-ups, one per word, stay in the cache instead of reading a half-megabyte table. Per slot
   * the high 16 bits of the word's mixed hash and its id + 1 in the low 16 bits, 0 when empty; the
   * word itself is confirmed by id ({@link #packedById}, else {@link #keyById}).
   */
  private int[] entries;
  private long[] packedById;
  private char[][] keyById;

  void freeze() {
    frozen = true;
    int n = words.size();
    if (n >= 0xffff) return; // ids do not fit in 16 bits: keep probing the add-time table
    int[] e = new int[Integer.highestOneBit(Math.max(16, n + n / 2)) * 2];
    long[] packed = new long[n];
    char[][] byId = new char[n][];
    int mask = e.length - 1;
    for (int i = 0; i < keys.length; i++) {
      long slot = slots[2 * i];
      if (slot == 0) continue;
      int h = (int) (slot >>> 32);
      int id = (int) slot - 1;
      int k = h & mask;
      while (e[k] != 0) k = (k + 1) & mask;
      e[k] = (h >>> 16) << 16 | (id + 1);
      packed[id] = slots[2 * i + 1];
      byId[id] = keys[i];
    }
    packedById = packed;
    keyById = byId;
    entries = e;
  }

  int size() {
    return words.size();
  }

  String word(int id) {
    return words.get(id);
  }

  int lookup(char[] buf, int from, int to) {
    return lookup(buf, from, to, rawHash(buf, from, to));
  }

  /** Looks up with {@code raw} = the polynomial hash {@code h = 31 * h + c} of the characters. */
  int lookup(char[] buf, int from, int to, int raw) {
    int[] e = entries;
    if (e == null) return lookupAddTime(buf, from, to, raw);
    int mask = e.length - 1;
    int h = mix(raw);
    int tag = h >>> 16;
    int len = to - from;
    long query = -1; // packed on the first tag match (pack never returns -1)
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int x = e[i];
      if (x == 0) return UNKNOWN;
      if (x >>> 16 != tag) continue;
      int id = (x & 0xffff) - 1;
      long packed = packedById[id];
      if (packed != 0) {
        if (query == -1) query = pack(buf, from, len);
        if (packed == query) return id;
      } else {
        char[] k = keyById[id];
        if (k.length == len && same(k, buf, from, len)) return id;
      }
    }
  }

  /** {@link #lookup} in the table {@link #add} fills (before {@link #freeze}). */
  private int lookupAddTime(char[] buf, int from, int to, int raw) {
    int mask = keys.length - 1;
    int h = mix(raw);
    int i = h & mask;
    int len = to - from;
    while (true) {
      long slot = slots[2 * i];
      if (slot == 0) return UNKNOWN;
      if ((int) (slot >>> 32) == h) {
        long packed = slots[2 * i + 1];
        if (packed != 0 ? packed == pack(buf, from, len) : keys[i].length == len && same(keys[i], buf, from, len)) {
          return (int) slot - 1;
        }
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * A word of one to seven characters below U+0100 as a long (its length in the top byte, then a
   * byte per character), else 0. Distinct words pack to distinct longs, so two packed words are
   * equal exactly when their longs are.
   */
  static long pack(char[] buf, int from, int len) {
    if (len < 1 || len > 7) return 0;
    long p = len;
    for (int k = from; k < from + len; k++) {
      char c = buf[k];
      if (c > 0xff) return 0;
      p = p << 8 | c;
    }
    return p << 8 * (7 - len);
  }

  private static boolean same(char[] k, char[] buf, int from, int len) {
    return java.util.Arrays.equals(k, 0, len, buf, from, from + len);
  }

  private void put(char[] w, int id) {
    int mask = keys.length - 1;
    int h = hash(w, 0, w.length);
    int i = h & mask;
    while (slots[2 * i] != 0) i = (i + 1) & mask;
    slots[2 * i] = (long) h << 32 | (id + 1);
    slots[2 * i + 1] = pack(w, 0, w.length);
    keys[i] = w;
  }

  private void grow() {
    long[] oldSlots = slots;
    char[][] oldKeys = keys;
    slots = new long[oldSlots.length * 2];
    keys = new char[oldKeys.length * 2][];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldSlots[2 * i] != 0) put(oldKeys[i], (int) oldSlots[2 * i] - 1);
    }
  }

  private static int hash(char[] buf, int from, int to) {
    return mix(rawHash(buf, from, to));
  }

  static int rawHash(char[] buf, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + buf[i];
    return h;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16) * 0x45d9f3b;
  }
}
