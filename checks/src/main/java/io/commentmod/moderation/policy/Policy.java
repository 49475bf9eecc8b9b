package io.commentmod.moderation.policy;

import io.commentmod.events.FlagName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The operator's moderation policy: thresholds per flag, word and domain lists, per-article
 * sensitivity, the pre-moderation switch, flood and wave windows and author-history rules.
 * Immutable; read from JSON by {@link #parse}, which fills keys left out from the shipped
 * default ({@code policy/default-policy.json}) and rejects unknown keys and bad values with a
 * {@link PolicyException} naming the key. See docs/moderation.md for every key.
 */
public record Policy(
    String version,
    boolean preModerateAll,
    Map<FlagName, Double> thresholds,
    double spamAutoReject,
    List<String> blockedWords,
    List<String> holdWords,
    double holdScore,
    List<String> allowedDomains,
    List<String> blockedDomains,
    List<String> shortenerDomains,
    List<String> allowedPhoneNumbers,
    Map<String, ArticleRule> articles,
    Flood flood,
    Wave wave,
    Authors authors,
    Classifier classifier) {

  /** Per-article overrides: {@code sensitivity} is subtracted from every threshold (more sensitive when positive). */
  public record ArticleRule(double sensitivity, boolean preModerate) {}

  /** One author (e-mail) or IP posting more than {@code maxComments} within {@code windowSeconds} is a flood. */
  public record Flood(long windowSeconds, int maxComments, double score) {}

  /** The same or nearly the same text from {@code minAuthors} authors within {@code windowSeconds} is a spam wave. */
  public record Wave(long windowSeconds, int minAuthors, int minWords, int maxDistance, double score, double repeatScore) {}

  /** Author reputation: trusted after approvals, repeat offender after rejections; a first comment with spam evidence gets a small boost. */
  public record Authors(
      int trustedAfterApproved, double trustedDiscount, int offenderAfterRejected, double offenderScore, double firstCommentBoost) {}

  /** The statistical text classifier: {@code weight} scales its spam probability into a finding. */
  public record Classifier(boolean enabled, double minProbability, double weight) {}

  public Policy {
    thresholds = Map.copyOf(thresholds);
    blockedWords = List.copyOf(blockedWords);
    holdWords = List.copyOf(holdWords);
    allowedDomains = List.copyOf(allowedDomains);
    blockedDomains = List.copyOf(blockedDomains);
    shortenerDomains = List.copyOf(shortenerDomains);
    allowedPhoneNumbers = List.copyOf(allowedPhoneNumbers);
    articles = Map.copyOf(articles);
  }

  static final String DEFAULT_RESOURCE = "/io/commentmod/moderation/policy/default-policy.json";
  private static volatile Policy defaults;

  /** The shipped default policy. */
  public static Policy defaults() {
    Policy p = defaults;
    if (p == null) {
      p = parse(defaultBytes());
      defaults = p;
    }
    return p;
  }

  static byte[] defaultBytes() {
    try (InputStream in = Policy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses and validates a policy; keys left out take the shipped default's values. */
  public static Policy parse(byte[] json) {
    return PolicyParser.parse(json, defaultBytes());
  }

  public static Policy load(Path file) {
    try {
      return parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read policy " + file, e);
    }
  }

  private double shift(String articleId) {
    ArticleRule r = articleId == null ? null : articles.get(articleId);
    return r == null ? 0 : r.sensitivity();
  }

  /** The score at which {@code flag} is raised on a comment to {@code articleId}. */
  public double threshold(FlagName flag, String articleId) {
    return clamp(thresholds.get(flag) - shift(articleId));
  }

  /** The spam score at or above which a spam comment (with no other flag) is rejected without review. */
  public double autoReject(String articleId) {
    return clamp(spamAutoReject - shift(articleId));
  }

  /** Whether every unflagged comment to {@code articleId} waits for a moderator. */
  public boolean preModerate(String articleId) {
    ArticleRule r = articleId == null ? null : articles.get(articleId);
    return preModerateAll || (r != null && r.preModerate());
  }

  private static double clamp(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }
}
