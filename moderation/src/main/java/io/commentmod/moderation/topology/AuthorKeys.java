package io.commentmod.moderation.topology;

import io.commentmod.events.Author;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The key of an author's history: SHA-256 of the lower-cased email, or of the name when there is no email. */
public final class AuthorKeys {
  private AuthorKeys() {}

  public static String of(Author a) {
    if (a == null) return hash("anonymous");
    String email = a.email() == null ? "" : a.email().trim().toLowerCase(Locale.ROOT);
    return hash(email.isEmpty() ? "name:" + (a.name() == null ? "" : a.name().trim()) : email);
  }

  private static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
