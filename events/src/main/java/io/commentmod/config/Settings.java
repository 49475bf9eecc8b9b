package io.commentmod.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Typed, validated reads from one source of settings (environment variables, usually).
 * Every failure names the key, so a bad value stops start-up with a message an operator can act on.
 */
public final class Settings {
  private final Map<String, String> source;

  public Settings(Map<String, String> source) {
    this.source = Map.copyOf(source);
  }

  public static Settings fromEnv() {
    return new Settings(System.getenv());
  }

  /** This source with {@code overrides} on top. */
  public Settings with(Map<String, String> overrides) {
    var merged = new java.util.HashMap<>(source);
    merged.putAll(overrides);
    return new Settings(merged);
  }

  public Map<String, String> asMap() {
    return source;
  }

  public Optional<String> optional(String key) {
    String v = source.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }

  public String string(String key, String defaultValue) {
    return optional(key).orElse(defaultValue);
  }

  public String required(String key) {
    return optional(key).orElseThrow(() -> new InvalidSettingException(key, "is required"));
  }

  public int integer(String key, int defaultValue, int min, int max) {
    Optional<String> v = optional(key);
    if (v.isEmpty()) return defaultValue;
    int n;
    try {
      n = Integer.parseInt(v.get());
    } catch (NumberFormatException e) {
      throw new InvalidSettingException(key, "must be a whole number, got '" + v.get() + "'");
    }
    if (n < min || n > max) throw new InvalidSettingException(key, "must be between " + min + " and " + max + ", got " + n);
    return n;
  }

  public int port(String key, int defaultValue) {
    return integer(key, defaultValue, 0, 65535);
  }

  public boolean bool(String key, boolean defaultValue) {
    Optional<String> v = optional(key);
    if (v.isEmpty()) return defaultValue;
    return switch (v.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new InvalidSettingException(key, "must be true or false, got '" + v.get() + "'");
    };
  }

  /** A duration as ISO-8601 ({@code PT30S}) or a number of milliseconds. */
  public Duration duration(String key, Duration defaultValue) {
    Optional<String> v = optional(key);
    if (v.isEmpty()) return defaultValue;
    try {
      return v.get().matches("\\d+") ? Duration.ofMillis(Long.parseLong(v.get())) : Duration.parse(v.get());
    } catch (RuntimeException e) {
      throw new InvalidSettingException(key, "must be milliseconds or an ISO-8601 duration like PT30S, got '" + v.get() + "'");
    }
  }

  public URI uri(String key, String defaultValue) {
    String v = string(key, defaultValue);
    if (v == null) throw new InvalidSettingException(key, "is required");
    try {
      URI u = URI.create(v);
      if (u.getScheme() == null || u.getHost() == null) throw new IllegalArgumentException();
      return u;
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingException(key, "must be an absolute URL, got '" + v + "'");
    }
  }

  public Path path(String key, String defaultValue) {
    return Path.of(string(key, defaultValue));
  }
}
