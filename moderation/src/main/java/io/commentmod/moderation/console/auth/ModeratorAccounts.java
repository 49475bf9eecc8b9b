package io.commentmod.moderation.console.auth;

import io.commentmod.config.InvalidSettingException;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Moderator accounts from {@code MODERATOR_USERS}: {@code name:hash,name:hash} with hashes made by
 * {@link PasswordHash} ({@code java -jar moderation.jar hash-password NAME} prints an entry).
 */
public final class ModeratorAccounts {
  public static final String KEY = "MODERATOR_USERS";
  private static final String NAME = "[A-Za-z0-9._-]{1,64}";
  private final Map<String, String> hashes;
  /** Checked when the name is unknown, so a wrong name costs as much time as a wrong password. */
  private final String dummy;

  private ModeratorAccounts(Map<String, String> hashes) {
    this.hashes = Collections.unmodifiableMap(hashes);
    int iterations = hashes.isEmpty() ? PasswordHash.MIN_ITERATIONS
        : Integer.parseInt(hashes.values().iterator().next().split("\\.")[1]);
    this.dummy = PasswordHash.hash("not a password", iterations);
  }

  public static ModeratorAccounts none() {
    return new ModeratorAccounts(Map.of());
  }

  /** Parses the setting; a malformed entry throws naming {@link #KEY}. */
  public static ModeratorAccounts parse(String value) {
    Map<String, String> m = new LinkedHashMap<>();
    if (value == null || value.isBlank()) return new ModeratorAccounts(m);
    for (String raw : value.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) continue;
      int colon = entry.indexOf(':');
      if (colon <= 0) throw new InvalidSettingException(KEY, "entries must be name:hash, got '" + abbreviate(entry) + "'");
      String name = entry.substring(0, colon);
      String hash = entry.substring(colon + 1);
      if (!name.matches(NAME)) throw new InvalidSettingException(KEY, "user name '" + name + "' must match " + NAME);
      String problem = PasswordHash.problem(hash);
      if (problem != null) throw new InvalidSettingException(KEY, "hash of '" + name + "' " + problem);
      if (m.put(name, hash) != null) throw new InvalidSettingException(KEY, "user '" + name + "' appears twice");
    }
    return new ModeratorAccounts(m);
  }

  public Set<String> names() {
    return hashes.keySet();
  }

  public boolean isEmpty() {
    return hashes.isEmpty();
  }

  /** The moderator's name when the password is theirs. */
  public Optional<String> authenticate(String name, String password) {
    if (name == null || password == null) return Optional.empty();
    String hash = hashes.get(name);
    boolean ok = PasswordHash.verify(hash == null ? dummy : hash, password);
    return ok && hash != null ? Optional.of(name) : Optional.empty();
  }

  /** One {@code MODERATOR_USERS} entry for this name and password. */
  public static String entry(String name, String password) {
    return entry(name, password, PasswordHash.DEFAULT_ITERATIONS);
  }

  /** As {@link #entry(String, String)} with fewer iterations: for tests, which log in often. */
  public static String entry(String name, String password, int iterations) {
    if (!name.matches(NAME)) throw new IllegalArgumentException("user name must match " + NAME);
    return name + ":" + PasswordHash.hash(password, iterations);
  }

  /**
   * A local account with a fresh random password, for the standalone mode's first run. The
   * password has 96 random bits, so key stretching adds nothing against guessing; a light
   * iteration count keeps start-up and login fast.
   */
  public static LocalAccount localAccount() {
    byte[] b = new byte[12];
    new SecureRandom().nextBytes(b);
    String password = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    return new LocalAccount("moderator", password, entry("moderator", password, 10_000));
  }

  /** A name, its clear-text password (to print once) and the {@code MODERATOR_USERS} entry holding its hash. */
  public record LocalAccount(String name, String password, String usersEntry) {
    @Override
    public String toString() {
      return "LocalAccount[" + name + "]";
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 12 ? s : s.substring(0, 12) + "…";
  }
}
