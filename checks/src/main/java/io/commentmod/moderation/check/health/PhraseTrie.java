package io.commentmod.moderation.check.health;

import java.util.Arrays;

/**
 * Word-level trie of lexicon phrases. {@link #match} walks a comment once; phrases never cross a
 * clause boundary, and a longer neutral phrase such as "double blind" shadows the directive "double".
 */
final class PhraseTrie {
  /** One more than the most nodes {@link #freeze} can pack (see there). */
  static final int MAX_NODES = 1 << 20;
  private long[] keys = new long[4096];
  private int[] children = new int[4096];
  private int transitions;
  private int nodes = 1;
  private int[] firstOutput = filled(256);
  private int[] outCategory = new int[256];
  private int[] outPayload = new int[256];
  private int[] outNext = new int[256];
  private int outputs;

  /** Adds a phrase (a sequence of term ids) with its category and payload; duplicates are ignored. */
  void add(int[] terms, Cat category, int payload) {
    int node = 0;
    for (int term : terms) {
      int child = child(node, term);
      if (child < 0) {
        child = nodes++;
        if (child >= firstOutput.length) {
          int old = firstOutput.length;
          firstOutput = Arrays.copyOf(firstOutput, old * 2);
          Arrays.fill(firstOutput, old, firstOutput.length, -1);
        }
        putChild(node, term, child);
      }
      node = child;
    }
    for (int o = firstOutput[node]; o >= 0; o = outNext[o]) {
      if (outCategory[o] == category.ordinal() && outPayload[o] == payload) return;
    }
    if (outputs == outCategory.length) {
      outCategory = Arrays.copyOf(outCategory, outputs * 2);
      outPayload = Arrays.copyOf(outPayload, outputs * 2);
      outNext = Arrays.copyOf(outNext, outputs * 2);
    }
    outCategory[outputs] = category.ordinal();
    outPayload[outputs] = payload;
    outNext[outputs] = firstOutput[node];
    firstOutput[node] = outputs++;
  }

  /**
   * Appends the phrase occurrences in {@code t} to {@code hits}, in order of their first token. At
   * each token the longest phrase of every category is kept (so "i had" is both a past marker and,
   * through "i", the writer); a neutral phrase that is the longest at its token hides everything
   * starting inside it, and a phrase starting inside an earlier phrase of its own category is dropped.
   */
  void match(Tokens t, Hits hits, int neutralCategory) {
    Scratch scratch = SCRATCH.get();
    int[] catEnd = scratch.clear(scratch.catEnd);
    int[] takenAt = scratch.clear(scratch.takenAt);
    int[] takenEnd = scratch.clear(scratch.takenEnd);
    long[] found = scratch.found;
    int neutralEnd = 0;
    for (int i = 0; i < t.size; i++) {
      if (i < neutralEnd) continue;
      int n = collect(t, 0, i, t.clause[i], found, 0);
      if (n == 0) continue;
      // longest first (n is tiny)
      for (int a = 1; a < n; a++) {
        long x = found[a];
        int b = a - 1;
        while (b >= 0 && found[b] < x) {
          found[b + 1] = found[b];
          b--;
        }
        found[b + 1] = x;
      }
      int longestEnd = (int) (found[0] >>> 32);
      if (hasCategory((int) found[0], neutralCategory)) {
        hits.add(neutralCategory, 0, i, longestEnd);
        neutralEnd = longestEnd;
        continue;
      }
      int stamp = i + 1;
      for (int k = 0; k < n; k++) {
        int node = (int) found[k];
        int end = (int) (found[k] >>> 32);
        for (int o = firstOut(node); o >= 0; o = outNext[o]) {
          int c = outCategory[o];
          boolean sameMatch = takenAt[c] == stamp && takenEnd[c] == end;
          if ((takenAt[c] == stamp && !sameMatch) || (i < catEnd[c] && !sameMatch)) continue;
          hits.add(c, outPayload[o], i, end);
          takenAt[c] = stamp;
          takenEnd[c] = end;
          catEnd[c] = end;
        }
      }
    }
  }

  /** {@link #match}'s working arrays, reused on each thread (match does not call itself). */
  private static final class Scratch {
    final int[] catEnd = new int[Cat.COUNT];
    final int[] takenAt = new int[Cat.COUNT];
    final int[] takenEnd = new int[Cat.COUNT];
    final long[] found = new long[16];

    int[] clear(int[] a) {
      Arrays.fill(a, 0);
      return a;
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private boolean hasCategory(int node, int category) {
    for (int o = firstOut(node); o >= 0; o = outNext[o]) {
      if (outCategory[o] == category) return true;
    }
    return false;
  }

  /**
   * Collects every phrase end reachable from {@code node} at {@code pos} as {@code end << 32 | node}.
   * Here and in {@link #match} a node is its id before {@link #freeze} and its offset in
   * {@link #frozen} after; both number the root 0 and keep the order of the nodes of one depth.
   */
  private int collect(Tokens t, int node, int pos, int clause, long[] found, int n) {
    if (node != 0 && firstOut(node) >= 0 && n < found.length) found[n++] = ((long) pos << 32) | node;
    if (pos >= t.size || t.clause[pos] != clause) return n;
    int term = t.term[pos];
    if (term >= 0) {
      int c = childOf(node, term);
      if (c >= 0) n = collect(t, c, pos + 1, clause, found, n);
    }
    if (t.number[pos]) {
      int c = childOf(node, Vocabulary.NUMBER);
      if (c >= 0) n = collect(t, c, pos + 1, clause, found, n);
    }
    return n;
  }

  /** Children of the root by term id (their offsets in {@link #frozen}, else -1), filled by {@link #freeze}. */
  private int[] rootChildren;
  /**
   * After {@link #freeze}, every node as one record: {@code [first output, child count, then
   * (term, child's offset) pairs sorted by term]}, nodes in {@link #byDepth} order. A step of the walk reads one
   * record (a cache line or two) instead of four arrays indexed by node id: the self-harm trie has
   * some 476,000 nodes (all languages, twentieth round), about 7.5 MB, which does not stay in the
   * cache between comments.
   */
  private int[] frozen;

  /** Builds the compact lookup tables once every phrase is added; the trie is read-only afterwards. */
  void freeze(int vocabularySize) {
    // a packed transition: node id in bits 44-63, term in 24-43, child in 0-23. With bit 63 set a
    // transition is negative, so the sort runs on the values with their sign bit flipped (the
    // unsigned order); sorted as signed, nodes from 2^19 on came first and scrambled the records.
    if (nodes >= MAX_NODES || vocabularySize >= (1 << 20)) {
      throw new IllegalStateException("trie too large to freeze: " + nodes + " nodes (at most " + (MAX_NODES - 1)
          + "), " + vocabularySize + " terms; a lexicon line with many alternatives in several groups multiplies out");
    }
    long[] packed = new long[transitions];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (children[i] == 0) continue;
      long node = keys[i] >>> 32;
      long term = keys[i] & 0xffffffffL;
      packed[n++] = ((node << 44) | (term << 24) | children[i]) ^ Long.MIN_VALUE;
    }
    Arrays.sort(packed);
    for (int i = 0; i < n; i++) packed[i] ^= Long.MIN_VALUE;
    int[] childCount = new int[nodes];
    for (long p : packed) childCount[(int) (p >>> 44)]++;
    int[] firstChild = new int[nodes];
    for (int node = 1; node < nodes; node++) firstChild[node] = firstChild[node - 1] + childCount[node - 1];
    int[] offset = new int[nodes];
    int size = 0;
    for (int node : byDepth(packed, firstChild, childCount)) {
      offset[node] = size;
      size += 2 + 2 * childCount[node];
    }
    int[] rec = new int[size];
    for (int node = 0; node < nodes; node++) {
      int o = offset[node];
      rec[o] = firstOutput[node];
      rec[o + 1] = childCount[node];
      for (int k = 0, at = firstChild[node]; k < childCount[node]; k++, at++) {
        rec[o + 2 + 2 * k] = (int) ((packed[at] >>> 24) & 0xfffff);
        rec[o + 3 + 2 * k] = offset[(int) (packed[at] & 0xffffff)];
      }
    }
    rootChildren = new int[vocabularySize];
    Arrays.fill(rootChildren, -1);
    for (int k = 0; k < rec[1]; k++) rootChildren[rec[2 + 2 * k]] = rec[3 + 2 * k];
    frozen = rec;
  }

  /**
   * The node ids ordered by depth, and by id within a depth, for {@link #frozen}'s records: a walk
   * reads mostly the first levels (many words start a phrase, few phrases go on), and so those
   * records sit together (the self-harm trie's first three levels in 0.6 of its 5 MB) instead of
   * spread over the whole array. The phrase ends one {@link #collect} finds all start at one token,
   * so two with the same end are at the same depth, and {@link #match}'s order (by end, then by
   * node) is the same as by id, as before {@link #freeze}.
   */
  private int[] byDepth(long[] packed, int[] firstChild, int[] childCount) {
    int[] depth = new int[nodes];
    int[] queue = new int[nodes];
    int[] perDepth = new int[nodes + 1];
    perDepth[0] = 1;
    int tail = 1;
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int at = firstChild[node], end = at + childCount[node]; at < end; at++) {
        int child = (int) (packed[at] & 0xffffff);
        depth[child] = depth[node] + 1;
        perDepth[depth[child]]++;
        queue[tail++] = child;
      }
    }
    int[] next = new int[nodes + 1];
    for (int d = 1; d <= nodes; d++) next[d] = next[d - 1] + perDepth[d - 1];
    int[] order = new int[nodes];
    for (int node = 0; node < nodes; node++) order[next[depth[node]]++] = node;
    return order;
  }

  /** The first output of {@code node} (an id before {@link #freeze}, an offset after), -1 if none. */
  private int firstOut(int node) {
    int[] rec = frozen;
    return rec == null ? firstOutput[node] : rec[node];
  }

  private int childOf(int node, int term) {
    int[] rec = frozen;
    if (rec == null) return child(node, term);
    if (node == 0) return term < rootChildren.length ? rootChildren[term] : -1;
    int lo = 0;
    int hi = rec[node + 1] - 1;
    int base = node + 2;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int t = rec[base + 2 * mid];
      if (t < term) lo = mid + 1;
      else if (t > term) hi = mid - 1;
      else return rec[base + 2 * mid + 1];
    }
    return -1;
  }

  private int child(int node, int term) {
    long key = ((long) node << 32) | (term & 0xffffffffL);
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (true) {
      int c = children[i];
      if (c == 0) return -1;
      if (keys[i] == key) return c;
      i = (i + 1) & mask;
    }
  }

  private void putChild(int node, int term, int child) {
    if ((transitions + 1) * 2 > keys.length) {
      long[] oldKeys = keys;
      int[] oldChildren = children;
      keys = new long[oldKeys.length * 2];
      children = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldChildren[i] != 0) insert(oldKeys[i], oldChildren[i]);
      }
    }
    insert(((long) node << 32) | (term & 0xffffffffL), child);
    transitions++;
  }

  private void insert(long key, int child) {
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (children[i] != 0) i = (i + 1) & mask;
    keys[i] = key;
    children[i] = child;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
