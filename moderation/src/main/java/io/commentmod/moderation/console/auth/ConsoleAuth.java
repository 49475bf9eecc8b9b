package io.commentmod.moderation.console.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login, logout and the guard in front of the console's API: a session cookie (HttpOnly,
 * SameSite=Strict, Secure when configured) and, on every state-changing request, the session's
 * CSRF token in the {@value #CSRF_HEADER} header. Ingest API keys and other bearer tokens open nothing here.
 */
public final class ConsoleAuth {
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String SESSION_ATTRIBUTE = "console.session";
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleAuth.class);

  private final ModeratorAccounts accounts;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final boolean secureCookie;
  /** Password hashing is deliberately slow; this many at once, the rest are turned away. */
  private final java.util.concurrent.Semaphore hashing = new java.util.concurrent.Semaphore(4);

  public ConsoleAuth(ModeratorAccounts accounts, Clock clock, Duration idle, boolean secureCookie) {
    this.accounts = accounts;
    this.sessions = new Sessions(clock, idle, idle.multipliedBy(3).compareTo(Duration.ofHours(24)) > 0 ? idle.multipliedBy(3) : Duration.ofHours(24));
    this.throttle = new LoginThrottle(clock);
    this.secureCookie = secureCookie;
    if (accounts.isEmpty()) LOG.warn("{} is not set: nobody can log in to the moderator console", ModeratorAccounts.KEY);
  }

  record LoginRequest(String name, String password) {}

  /** Before every /api request but login: a live session, and the CSRF token on anything but GET. */
  public void guard(Context ctx) {
    if (ctx.path().equals("/api/login")) return;
    Optional<Sessions.Session> s = sessions.find(ctx.cookie(Sessions.COOKIE));
    if (s.isEmpty()) {
      ctx.header("Cache-Control", "no-store");
      problem(ctx, HttpStatus.UNAUTHORIZED, "Log in first");
      ctx.skipRemainingHandlers();
      return;
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !sameToken(ctx.header(CSRF_HEADER), s.get().csrf())) {
      problem(ctx, HttpStatus.FORBIDDEN, "Missing or wrong " + CSRF_HEADER + " header");
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(SESSION_ATTRIBUTE, s.get());
  }

  public static Sessions.Session session(Context ctx) {
    return ctx.attribute(SESSION_ATTRIBUTE);
  }

  public void login(Context ctx) {
    String ct = ctx.contentType();
    if (ct == null || !ct.startsWith("application/json")) {
      // a cross-site form cannot send JSON without a preflight, so this also stops login CSRF
      problem(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must be application/json");
      return;
    }
    LoginRequest req;
    try {
      req = ctx.bodyAsClass(LoginRequest.class);
    } catch (RuntimeException e) {
      problem(ctx, HttpStatus.BAD_REQUEST, "Send {\"name\": ..., \"password\": ...}");
      return;
    }
    String name = req == null || req.name() == null ? "" : req.name().trim();
    String ip = ctx.ip();
    Duration wait = throttle.waitFor(name, ip);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.header("Retry-After", Long.toString(seconds));
      problem(ctx, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins; try again in " + seconds + " s");
      return;
    }
    if (!hashing.tryAcquire()) {
      ctx.header("Retry-After", "1");
      problem(ctx, HttpStatus.TOO_MANY_REQUESTS, "Too many logins at once; try again");
      return;
    }
    Optional<String> who;
    try {
      who = accounts.authenticate(name, req == null ? null : req.password());
    } finally {
      hashing.release();
    }
    if (who.isEmpty()) {
      throttle.failed(name, ip);
      LOG.info("Failed console login for '{}' from {}", name.length() > 64 ? name.substring(0, 64) : name, ip);
      problem(ctx, HttpStatus.UNAUTHORIZED, "Wrong name or password");
      return;
    }
    throttle.succeeded(name, ip);
    sessions.end(ctx.cookie(Sessions.COOKIE));
    Sessions.Session s = sessions.create(who.get());
    ctx.header("Set-Cookie", cookie(s.id(), -1));
    ctx.header("Cache-Control", "no-store");
    LOG.info("Moderator {} logged in to the console from {}", s.moderator(), ip);
    ctx.attribute(SESSION_ATTRIBUTE, s);
  }

  public void logout(Context ctx) {
    Sessions.Session s = session(ctx);
    if (s != null) sessions.end(s.id());
    ctx.header("Set-Cookie", cookie("", 0));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private String cookie(String value, int maxAge) {
    return Sessions.COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secureCookie ? "; Secure" : "")
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
  }

  /** Constant-time comparison of two secrets; false when either is missing. */
  public static boolean sameToken(String given, String expected) {
    if (given == null || expected == null) return false;
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  public static void problem(Context ctx, HttpStatus status, String title) {
    ctx.status(status).json(Map.of("title", title, "status", status.getCode()));
  }
}
