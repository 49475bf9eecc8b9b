package io.commentmod.moderation.check.crowd;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.ClusterView;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.List;

/**
 * Spam waves: the same or nearly the same text (SimHash within {@code wave.maxDistance} bits)
 * from {@code wave.minAuthors} authors within {@code wave.windowSeconds}; and one author posting
 * the same text again. Fingerprints are indexed by four 16-bit bands, so any two within three
 * bits share a band. Texts under {@code wave.minWords} words ("thanks!") are not fingerprinted.
 * Similar comments are counted in this task's buckets and in those other tasks recorded; only
 * this task's bucket is written.
 */
final class WaveCheck {
  static final String NAME = "spam-wave";
  /** Recent entries kept per band: enough to count a wave, small enough to copy on every comment. */
  private static final int MAX_ENTRIES = 16;
  /** The fingerprint's four 16-bit bands, each a store key. */
  private static final int BANDS = 4;
  private final Policy.Wave wave;
  /** Reused per thread: the similar entries are read only while one comment is inspected. */
  private static final ThreadLocal<SimilarEntries> SIMILAR = ThreadLocal.withInitial(SimilarEntries::new);

  WaveCheck(Policy.Wave wave) {
    this.wave = wave;
  }

  void inspect(CommentText text, Tokens tokens, String author, Instant now, KeyValueState<WaveBucket> store,
      ClusterView<WaveBucket> cluster, Findings findings) {
    if (tokens.size() < wave.minWords()) return;
    long fp = Fingerprint.simHash(tokens);
    long at = now.toEpochMilli();
    long since = at - wave.windowSeconds() * 1000;
    long until = at + 60_000;
    // Read the four bands' buckets, and count each one's entries in the window, before scanning any.
    // A bucket was last written many comments ago, so its look-up and its arrays miss the cache;
    // issued back to back, the four bands' misses overlap instead of following one another. The
    // counts size the buckets written below exactly (no copy when entries have left the window).
    String[] keys = new String[BANDS];
    WaveBucket[] stored = new WaveBucket[BANDS];
    for (int band = 0; band < BANDS; band++) {
      keys[band] = key(band, fp);
      stored[band] = store.get(keys[band]);
    }
    int[] inWindow = new int[BANDS];
    for (int band = 0; band < BANDS; band++) inWindow[band] = inWindow(stored[band], since, until);
    // Similar comments seen (an entry can sit in several bands: dedupe by time and author).
    SimilarEntries similar = SIMILAR.get();
    similar.clear();
    int maxDistance = wave.maxDistance();
    for (int band = 0; band < BANDS; band++) {
      WaveBucket b = stored[band];
      // this band's bucket after the comment: its entries still in the window, then this comment
      long[] fps = new long[inWindow[band] + 1];
      String[] who = new String[fps.length];
      long[] when = new long[fps.length];
      int kept = 0;
      if (b != null) {
        long[] bAt = b.at(), bFps = b.fingerprints();
        String[] bWho = b.authors();
        for (int i = firstKept(b), n = b.size(); i < n; i++) {
          long t = bAt[i];
          if (t < since || t > until) continue;
          long f = bFps[i];
          fps[kept] = f;
          who[kept] = bWho[i];
          when[kept++] = t;
          if (Long.bitCount(f ^ fp) <= maxDistance) similar.add(t, bWho[i]);
        }
      }
      List<WaveBucket> others = cluster.get(keys[band]);
      for (int k = 0, m = others.size(); k < m; k++) {
        WaveBucket o = others.get(k);
        for (int i = 0; i < o.size(); i++) {
          long t = o.at()[i];
          if (t < since || t > until || Long.bitCount(o.fingerprints()[i] ^ fp) > maxDistance) continue;
          similar.add(t, o.authors()[i]);
        }
      }
      fps[kept] = fp;
      who[kept] = author;
      when[kept] = at;
      store.put(keys[band], new WaveBucket(fps, who, when));
    }
    // 1 + the distinct other authors, and this author's earlier posts of the text
    int authors = 1 + similar.otherAuthors(author), sameAuthor = similar.pairsOf(author);
    List<Span> whole = List.of(new Span(0, text.original().length()));
    long minutes = Math.max(1, wave.windowSeconds() / 60);
    if (authors >= wave.minAuthors()) {
      findings.add(FlagName.SPAM, wave.score(), NAME, "same text from " + authors + " authors within " + minutes + " min", whole);
    } else if (sameAuthor > 0) {
      findings.add(FlagName.SPAM, wave.repeatScore(), NAME,
          "author posted this text " + (sameAuthor + 1) + " times within " + minutes + " min", whole);
    }
  }

  /** True when none of {@code b}'s entries can count for a comment at or after {@code now}. */
  boolean expired(WaveBucket b, Instant now) {
    long since = now.toEpochMilli() - wave.windowSeconds() * 1000 - 60_000;
    for (long t : b.at()) if (t >= since) return false;
    return true;
  }

  /** The first entry of {@code b} that may be kept: the newest {@code MAX_ENTRIES - 1}, with room for the new one. */
  private static int firstKept(WaveBucket b) {
    return Math.max(0, b.size() - (MAX_ENTRIES - 1));
  }

  /** How many of the entries of {@code b} (null: none) from {@link #firstKept} on lie in {@code [since, until]}. */
  private static int inWindow(WaveBucket b, long since, long until) {
    if (b == null) return 0;
    long[] bAt = b.at();
    int count = 0;
    for (int i = firstKept(b), n = bAt.length; i < n; i++) {
      long t = bAt[i];
      if (t >= since && t <= until) count++;
    }
    return count;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The store key of one 16-bit band of a fingerprint: band number, colon, four hex digits. */
  private static String key(int band, long fp) {
    int v = (int) (fp >>> (band * 16)) & 0xffff;
    return new String(new char[] {(char) ('0' + band), ':', HEX[v >>> 12], HEX[(v >>> 8) & 15], HEX[(v >>> 4) & 15], HEX[v & 15]});
  }
}
