package io.commentmod.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-key authentication. Only SHA-256 digests of the keys are kept, and a presented key is
 * compared with every one of them in constant time, so timing reveals neither which nor how much matched.
 */
final class ApiKeys {
  private final List<byte[]> digests;

  ApiKeys(List<String> keys) {
    this.digests = keys.stream().map(ApiKeys::sha256).toList();
  }

  /** The caller's key fingerprint when {@code authorization} is {@code Bearer <a configured key>}. */
  Optional<String> authenticate(String authorization) {
    if (authorization == null) return Optional.empty();
    String h = authorization.strip();
    if (h.length() < 7 || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
    byte[] presented = sha256(h.substring(7).strip());
    boolean match = false;
    for (byte[] d : digests) match |= MessageDigest.isEqual(d, presented);
    return match ? Optional.of(fingerprint(presented)) : Optional.empty();
  }

  /** A stable, non-secret name for a key: the first 16 bytes of its digest, in hex. */
  private static String fingerprint(byte[] digest) {
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
