package io.commentmod.moderation.console.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, held in memory by the instance that created them: a random id for the
 * cookie, the moderator's name and a CSRF token that every state-changing request repeats in a
 * header. A session ends at logout, after {@code idle} without use, or {@code maxAge} after login.
 */
public final class Sessions {
  public static final String COOKIE = "cm_session";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Duration idle;
  private final Duration maxAge;
  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  public Sessions(Clock clock, Duration idle, Duration maxAge) {
    this.clock = clock;
    this.idle = idle;
    this.maxAge = maxAge;
  }

  /** A logged-in moderator. */
  public record Session(String id, String moderator, String csrf, Instant created, Instant lastSeen) {}

  public Session create(String moderator) {
    Instant now = clock.instant();
    byId.values().removeIf(s -> expired(s, now));
    Session s = new Session(token(), moderator, token(), now, now);
    byId.put(s.id(), s);
    return s;
  }

  /** The live session with this id, its last use moved to now. */
  public Optional<Session> find(String id) {
    if (id == null) return Optional.empty();
    Session s = byId.get(id);
    if (s == null) return Optional.empty();
    Instant now = clock.instant();
    if (expired(s, now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session touched = new Session(s.id(), s.moderator(), s.csrf(), s.created(), now);
    byId.put(id, touched);
    return Optional.of(touched);
  }

  public void end(String id) {
    if (id != null) byId.remove(id);
  }

  private boolean expired(Session s, Instant now) {
    return !now.isBefore(s.lastSeen().plus(idle)) || !now.isBefore(s.created().plus(maxAge));
  }

  private static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
