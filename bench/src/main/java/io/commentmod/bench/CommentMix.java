package io.commentmod.bench;

import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A realistic stream of comments for a health blog: mostly clean (short thanks and longer
 * thoughts), some spam, some medical advice to other readers, a few at risk of self-harm. Long
 * comments are assembled from shuffled sentences so that clean ones do not look like a spam wave;
 * authors come from a pool of a million readers so that nobody trips the flood check.
 * {@code lengthFactor} stretches every body to that many times its natural length (at most 10,000
 * characters, ingest's limit). Not thread-safe: one per producing thread.
 */
final class CommentMix {
  enum Kind { CLEAN_SHORT, CLEAN_LONG, SPAM, MEDICAL, URGENT }

  /** One comment to submit. */
  record Sample(Kind kind, String articleId, String authorName, String authorEmail, String body) {
    CommentSubmitted toEvent(String id, Instant now) {
      return new CommentSubmitted(id, articleId, new Author(authorName, authorEmail, null, null, null), body, null, now, null, null, now);
    }

    /** The ingest API's request body. */
    String toJson() {
      return "{\"articleId\":" + quote(articleId) + ",\"author\":{\"name\":" + quote(authorName) + ",\"email\":" + quote(authorEmail)
          + "},\"body\":" + quote(body) + "}";
    }
  }

  static final int MAX_BODY = 10_000;
  private static final int READERS = 1_000_000;

  private final SplittableRandom random;
  private final int lengthFactor;

  CommentMix(long seed, int lengthFactor) {
    if (lengthFactor < 1) throw new IllegalArgumentException("length factor must be at least 1");
    this.random = new SplittableRandom(seed);
    this.lengthFactor = lengthFactor;
  }

  Sample next() {
    int roll = random.nextInt(100);
    Kind kind = roll < 30 ? Kind.CLEAN_SHORT : roll < 70 ? Kind.CLEAN_LONG : roll < 85 ? Kind.SPAM : roll < 95 ? Kind.MEDICAL : Kind.URGENT;
    String body = body(kind);
    if (lengthFactor > 1) body = stretch(kind, body);
    int reader = random.nextInt(READERS);
    String name = pick(Texts.FIRST_NAMES) + " " + (char) ('A' + reader % 26) + ".";
    String email = kind == Kind.SPAM ? "promo" + reader + "@mailer.example" : "reader" + reader + "@example.org";
    return new Sample(kind, pick(Texts.ARTICLES), name, email, body);
  }

  /** A fresh comment id, as ingest would give one without an idempotency key. */
  static String newId() {
    return UUID.randomUUID().toString();
  }

  private String body(Kind kind) {
    return switch (kind) {
      case CLEAN_SHORT -> pick(Texts.CLEAN_SHORT);
      case CLEAN_LONG -> sentences(Texts.CLEAN_SENTENCES, 2 + random.nextInt(6));
      case SPAM -> random.nextBoolean() ? fill(pick(Texts.SPAM)) : sentences(Texts.CLEAN_SENTENCES, 1) + " " + fill(pick(Texts.SPAM));
      case MEDICAL -> surround(Texts.MEDICAL);
      case URGENT -> surround(Texts.URGENT);
    };
  }

  /** The category's sentence, alone or between a few clean ones. */
  private String surround(List<String> pool) {
    String core = fill(pick(pool));
    if (random.nextInt(3) == 0) return core;
    return sentences(Texts.CLEAN_SENTENCES, 1 + random.nextInt(2)) + " " + core + " " + sentences(Texts.CLEAN_SENTENCES, random.nextInt(2));
  }

  private String stretch(Kind kind, String body) {
    int target = Math.min(MAX_BODY, body.length() * lengthFactor);
    StringBuilder b = new StringBuilder(target + 200).append(body);
    while (b.length() < target) {
      b.append(' ').append(kind == Kind.CLEAN_SHORT ? pick(Texts.CLEAN_SHORT) : body(kind == Kind.SPAM ? Kind.CLEAN_LONG : kind));
    }
    if (b.length() > target) {
      int cut = b.lastIndexOf(" ", target);
      b.setLength(cut > target / 2 ? cut : target);
    }
    return b.toString();
  }

  private String sentences(List<String> pool, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(' ');
      b.append(fill(pick(pool)));
    }
    return b.toString();
  }

  private String fill(String template) {
    if (template.indexOf('{') < 0) return template;
    return template
        .replace("{n}", Integer.toString(2 + random.nextInt(900)))
        .replace("{d}", pick(Texts.DOMAINS))
        .replace("{s}", pick(Texts.SUPPLEMENTS))
        .replace("{m}", pick(Texts.MEDICINES));
  }

  private String pick(List<String> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }
}
