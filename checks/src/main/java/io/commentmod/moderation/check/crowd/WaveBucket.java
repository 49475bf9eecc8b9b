package io.commentmod.moderation.check.crowd;

/**
 * Stored under one SimHash band: the recent comments whose fingerprint has that band, oldest
 * first, as parallel arrays (fingerprint, author key, time in epoch ms) so that copying a bucket
 * on every comment stays cheap. Treat the arrays as immutable.
 */
public record WaveBucket(long[] fingerprints, String[] authors, long[] at) {
  public WaveBucket {
    if (fingerprints == null) fingerprints = new long[0];
    if (authors == null) authors = new String[0];
    if (at == null) at = new long[0];
    if (fingerprints.length != authors.length || authors.length != at.length) {
      throw new IllegalArgumentException("wave bucket arrays differ in length");
    }
  }

  public int size() {
    return at.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WaveBucket b && java.util.Arrays.equals(fingerprints, b.fingerprints)
        && java.util.Arrays.equals(authors, b.authors) && java.util.Arrays.equals(at, b.at);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(at);
  }

  @Override
  public String toString() {
    return "WaveBucket" + java.util.Arrays.toString(at);
  }
}
