package io.commentmod.moderation.console;

import io.commentmod.config.InvalidSettingException;
import io.commentmod.config.Settings;
import io.commentmod.moderation.console.auth.ModeratorAccounts;
import io.commentmod.moderation.topology.TopologyOptions;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The console's settings.
 *
 * @param accounts who may log in ({@code MODERATOR_USERS}, {@code name:hash,...}; without it nobody can)
 * @param undoWindow how long a decision can be undone before it is applied ({@code CONSOLE_UNDO_WINDOW}, PT10S; 0 applies at once)
 * @param claimTtl how long a claim lasts unless renewed ({@code CONSOLE_CLAIM_TTL}, PT5M)
 * @param urgentAlarm how long an urgent comment may wait before it is escalated ({@code CONSOLE_URGENT_ALARM}, PT15M; 0 disables)
 * @param peerSecret what instances show each other on internal endpoints ({@code CONSOLE_PEER_SECRET};
 *     default derived from {@code MODERATOR_USERS} and the application id, so instances sharing both trust each other)
 * @param secureCookie mark the session cookie Secure ({@code CONSOLE_SECURE_COOKIE}, false; set it behind HTTPS)
 * @param sessionIdle how long an unused session lasts ({@code CONSOLE_SESSION_IDLE}, PT8H)
 * @param rejectReasons the reasons a moderator picks from when rejecting ({@code CONSOLE_REJECT_REASONS}, comma-separated)
 */
public record ConsoleConfig(ModeratorAccounts accounts, Duration undoWindow, Duration claimTtl, Duration urgentAlarm,
    Optional<String> peerSecret, boolean secureCookie, Duration sessionIdle, List<String> rejectReasons) {

  public static final List<String> DEFAULT_REJECT_REASONS = List.of(
      "spam", "medical advice", "harassment or hate", "personal information", "off topic", "other");

  public static ConsoleConfig from(Settings s, String applicationId) {
    String users = s.string(ModeratorAccounts.KEY, "");
    ModeratorAccounts accounts = ModeratorAccounts.parse(users);
    Duration undo = nonNegative(s, "CONSOLE_UNDO_WINDOW", Duration.ofSeconds(10));
    Duration claim = nonNegative(s, "CONSOLE_CLAIM_TTL", Duration.ofMinutes(5));
    if (claim.isZero()) throw new InvalidSettingException("CONSOLE_CLAIM_TTL", "must be positive");
    Duration alarm = nonNegative(s, "CONSOLE_URGENT_ALARM", Duration.ofMinutes(15));
    Duration idle = nonNegative(s, "CONSOLE_SESSION_IDLE", Duration.ofHours(8));
    Optional<String> secret = s.optional("CONSOLE_PEER_SECRET").or(() -> users.isBlank() ? Optional.empty() : Optional.of(derive(users, applicationId)));
    List<String> reasons = s.optional("CONSOLE_REJECT_REASONS")
        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList())
        .orElse(DEFAULT_REJECT_REASONS);
    if (reasons.isEmpty()) throw new InvalidSettingException("CONSOLE_REJECT_REASONS", "needs at least one reason");
    return new ConsoleConfig(accounts, undo, claim, alarm, secret, s.bool("CONSOLE_SECURE_COOKIE", false), idle, reasons);
  }

  /** Settings for tests: these accounts, decisions applied at once. */
  public static ConsoleConfig of(ModeratorAccounts accounts) {
    return new ConsoleConfig(accounts, Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(15), Optional.of("test-peer-secret"),
        false, Duration.ofHours(8), DEFAULT_REJECT_REASONS);
  }

  public TopologyOptions topologyOptions() {
    return new TopologyOptions(undoWindow, claimTtl, urgentAlarm, TopologyOptions.IMMEDIATE.recentWindow(),
        TopologyOptions.IMMEDIATE.auditRetention());
  }

  private static Duration nonNegative(Settings s, String key, Duration def) {
    Duration d = s.duration(key, def);
    if (d.isNegative()) throw new InvalidSettingException(key, "must not be negative");
    return d;
  }

  private static String derive(String users, String applicationId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(users.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] out = mac.doFinal(("console-peer|" + applicationId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "ConsoleConfig[users=" + accounts.names() + ", undo=" + undoWindow + ", claim=" + claimTtl + ", alarm=" + urgentAlarm + "]";
  }
}
