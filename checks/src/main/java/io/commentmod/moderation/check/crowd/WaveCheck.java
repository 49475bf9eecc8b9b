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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spam waves: the same or nearly the same text (SimHash within {@code wave.maxDistance} bits)
 * from {@code wave.minAuthors} authors within {@code wave.windowSeconds}; and one author posting
 * the same text again. Fingerprints are indexed by four 16-bit bands, so any two within three
 * bits share a band. Texts under {@code wave.minWords} words ("thanks!") are not fingerprinted.
 */
final class WaveCheck {
  static final String NAME = "spam-wave";
  private static final int MAX_ENTRIES = 64;
  private final Policy.Wave wave;

  WaveCheck(Policy.Wave wave) {
    this.wave = wave;
  }

  void inspect(CommentText text, Tokens tokens, String author, Instant now, KeyValueState<WaveBucket> store, Findings findings) {
    if (tokens.size() < wave.minWords()) return;
    long fp = Fingerprint.simHash(tokens);
    long at = now.toEpochMilli();
    long since = at - wave.windowSeconds() * 1000;
    Set<String> authors = new HashSet<>();
    Set<Long> seen = new HashSet<>();
    int sameAuthor = 0;
    for (int band = 0; band < 4; band++) {
      String key = key(band, fp);
      WaveBucket b = store.get(key);
      List<WaveBucket.Entry> kept = new ArrayList<>();
      if (b != null) {
        for (WaveBucket.Entry e : b.entries()) {
          if (e.at() < since || e.at() > at + 60_000) continue;
          kept.add(e);
          if (Long.bitCount(e.fingerprint() ^ fp) <= wave.maxDistance() && seen.add(e.at() * 31 + e.fingerprint())) {
            authors.add(e.author());
            if (e.author().equals(author)) sameAuthor++;
          }
        }
      }
      kept.add(new WaveBucket.Entry(fp, author, at));
      if (kept.size() > MAX_ENTRIES) kept = kept.subList(kept.size() - MAX_ENTRIES, kept.size());
      store.put(key, new WaveBucket(kept));
    }
    authors.add(author);
    List<Span> whole = List.of(new Span(0, text.original().length()));
    long minutes = Math.max(1, wave.windowSeconds() / 60);
    if (authors.size() >= wave.minAuthors()) {
      findings.add(FlagName.SPAM, wave.score(), NAME,
          "same text from " + authors.size() + " authors within " + minutes + " min", whole);
    } else if (sameAuthor > 0) {
      findings.add(FlagName.SPAM, wave.repeatScore(), NAME,
          "author posted this text " + (sameAuthor + 1) + " times within " + minutes + " min", whole);
    }
  }

  private static String key(int band, long fp) {
    return band + ":" + Long.toHexString((fp >>> (band * 16)) & 0xffff);
  }
}
