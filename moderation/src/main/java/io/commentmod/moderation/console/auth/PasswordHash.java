package io.commentmod.moderation.console.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as {@code pbkdf2_sha256.<iterations>.<salt>.<hash>} (salt and hash unpadded
 * base64url): PBKDF2WithHmacSHA256 from the JDK, a 16-byte random salt, a 32-byte key. The format
 * holds no ':', ',' or '$', so it sits in {@code MODERATOR_USERS} and compose files unquoted.
 */
public final class PasswordHash {
  public static final String SCHEME = "pbkdf2_sha256";
  /** OWASP's 2021 figure for PBKDF2-HMAC-SHA256: a few hundred milliseconds per login on a server core. */
  public static final int DEFAULT_ITERATIONS = 310_000;
  static final int MIN_ITERATIONS = 1_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  public static String hash(String password) {
    return hash(password, DEFAULT_ITERATIONS);
  }

  public static String hash(String password, int iterations) {
    if (iterations < MIN_ITERATIONS) throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, 32);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return SCHEME + "." + iterations + "." + b64.encodeToString(salt) + "." + b64.encodeToString(key);
  }

  /** Whether {@code encoded} is a hash this class can check; says what is wrong otherwise. */
  static String problem(String encoded) {
    String[] p = encoded.split("\\.", -1);
    if (p.length != 4 || !p[0].equals(SCHEME)) return "must look like " + SCHEME + ".<iterations>.<salt>.<hash>";
    try {
      int n = Integer.parseInt(p[1]);
      if (n < MIN_ITERATIONS) return "needs at least " + MIN_ITERATIONS + " iterations";
      if (Base64.getUrlDecoder().decode(p[2]).length < 8) return "salt too short";
      if (Base64.getUrlDecoder().decode(p[3]).length < 16) return "hash too short";
    } catch (IllegalArgumentException e) {
      return "iterations, salt or hash unreadable";
    }
    return null;
  }

  /** Whether {@code password} matches {@code encoded}, compared in constant time. */
  public static boolean verify(String encoded, String password) {
    if (problem(encoded) != null) return false;
    String[] p = encoded.split("\\.");
    byte[] salt = Base64.getUrlDecoder().decode(p[2]);
    byte[] expected = Base64.getUrlDecoder().decode(p[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(p[1]), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
    } finally {
      spec.clearPassword();
    }
  }
}
