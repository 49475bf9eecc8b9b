package io.commentmod.moderation.check.crowd;

import java.util.List;

/** Stored under one SimHash band: recent comments whose fingerprint has that band (the list is not copied). */
public record WaveBucket(List<Entry> entries) {
  /** One comment: its 64-bit fingerprint, its author key and when it came (epoch ms). */
  public record Entry(long fingerprint, String author, long at) {}

  public WaveBucket {
    entries = entries == null ? List.of() : java.util.Collections.unmodifiableList(entries);
  }
}
