package io.commentmod.moderation.check.crowd;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Spam waves: the same or nearly the same text (SimHash within {@code wave.maxDistance} bits)
 * from {@code wave.minAuthors} authors within {@code wave.windowSeconds}; and one author posting
 * the same text again. Fingerprints are indexed by four 16-bit bands, so any two within three
 * bits share a band. Texts under {@code wave.minWords} words ("thanks!") are not fingerprinted.
 */
final class WaveCheck {
  static final String NAME = "spam-wave";
  /** Recent entries kept per band: enough to count a wave, small enough to copy on every comment. */
  private static final int MAX_ENTRIES = 24;
  private final Policy.Wave wave;

  WaveCheck(Policy.Wave wave) {
    this.wave = wave;
  }

  void inspect(CommentText text, Tokens tokens, String author, Instant now, KeyValueState<WaveBucket> store, Findings findings) {
    if (tokens.size() < wave.minWords()) return;
    long fp = Fingerprint.simHash(tokens);
    long at = now.toEpochMilli();
    long since = at - wave.windowSeconds() * 1000;
    List<WaveBucket.Entry> similar = new ArrayList<>(4);
    WaveBucket.Entry self = new WaveBucket.Entry(fp, author, at);
    for (int band = 0; band < 4; band++) {
      String key = key(band, fp);
      WaveBucket b = store.get(key);
      List<WaveBucket.Entry> old = b == null ? List.of() : b.entries();
      List<WaveBucket.Entry> kept = new ArrayList<>(Math.min(old.size() + 1, MAX_ENTRIES));
      for (int i = Math.max(0, old.size() - MAX_ENTRIES + 1); i < old.size(); i++) {
        WaveBucket.Entry e = old.get(i);
        if (e.at() < since || e.at() > at + 60_000) continue;
        kept.add(e);
        if (Long.bitCount(e.fingerprint() ^ fp) <= wave.maxDistance() && !similar.contains(e)) similar.add(e);
      }
      kept.add(self);
      store.put(key, new WaveBucket(kept));
    }
    int authors = 1, sameAuthor = 0;
    for (int i = 0; i < similar.size(); i++) {
      String a = similar.get(i).author();
      if (a.equals(author)) {
        sameAuthor++;
        continue;
      }
      boolean first = true;
      for (int j = 0; j < i && first; j++) first = !similar.get(j).author().equals(a);
      if (first) authors++;
    }
    List<Span> whole = List.of(new Span(0, text.original().length()));
    long minutes = Math.max(1, wave.windowSeconds() / 60);
    if (authors >= wave.minAuthors()) {
      findings.add(FlagName.SPAM, wave.score(), NAME, "same text from " + authors + " authors within " + minutes + " min", whole);
    } else if (sameAuthor > 0) {
      findings.add(FlagName.SPAM, wave.repeatScore(), NAME,
          "author posted this text " + (sameAuthor + 1) + " times within " + minutes + " min", whole);
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** The store key of one 16-bit band of a fingerprint: band number, colon, four hex digits. */
  private static String key(int band, long fp) {
    int v = (int) (fp >>> (band * 16)) & 0xffff;
    return new String(new char[] {(char) ('0' + band), ':', HEX[v >>> 12], HEX[(v >>> 8) & 15], HEX[(v >>> 4) & 15], HEX[v & 15]});
  }
}
