package io.commentmod.moderation.policy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a policy: merges it over the default, checks every key against the default's shape, then validates values. */
final class PolicyParser {
  private PolicyParser() {}

  static Policy parse(byte[] json, byte[] defaultJson) {
    JsonNode given = read(json, "policy");
    JsonNode base = read(defaultJson, "default policy");
    if (!given.isObject()) throw new PolicyException("(root)", "must be a JSON object");
    checkShape((ObjectNode) given, (ObjectNode) base, "");
    ObjectNode merged = base.deepCopy();
    merge(merged, (ObjectNode) given);
    return build(merged);
  }

  private static JsonNode read(byte[] json, String what) {
    try {
      JsonNode n = Json.mapper().readTree(json);
      if (n == null || n.isMissingNode()) throw new PolicyException("(root)", what + " is empty");
      return n;
    } catch (JacksonException e) {
      throw new PolicyException("(root)", what + " is not valid JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new PolicyException("(root)", what + " cannot be read: " + e.getMessage());
    }
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Every key of {@code given} must exist in {@code base} with the same JSON type; {@code articles} takes any article id. */
  private static void checkShape(ObjectNode given, ObjectNode base, String path) {
    for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = join(path, e.getKey());
      JsonNode b = base.get(e.getKey());
      if (b == null) throw new PolicyException(p, "unknown key");
      JsonNode v = e.getValue();
      if (p.equals("articles")) {
        if (!v.isObject()) throw new PolicyException(p, "must be an object of article id to rule");
        for (Iterator<Map.Entry<String, JsonNode>> a = v.fields(); a.hasNext(); ) {
          Map.Entry<String, JsonNode> art = a.next();
          String ap = p + "." + art.getKey();
          if (!art.getValue().isObject()) throw new PolicyException(ap, "must be an object");
          checkShape((ObjectNode) art.getValue(), ARTICLE_SHAPE, ap);
        }
        continue;
      }
      if (b.isObject()) {
        if (!v.isObject()) throw new PolicyException(p, "must be an object");
        checkShape((ObjectNode) v, (ObjectNode) b, p);
      } else if (b.isArray()) {
        if (!v.isArray()) throw new PolicyException(p, "must be an array of strings");
        for (int i = 0; i < v.size(); i++) {
          if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
            throw new PolicyException(p + "[" + i + "]", "must be a non-blank string");
          }
        }
      } else if (b.isNumber()) {
        if (!v.isNumber()) throw new PolicyException(p, "must be a number");
      } else if (b.isBoolean()) {
        if (!v.isBoolean()) throw new PolicyException(p, "must be true or false");
      } else if (b.isTextual()) {
        if (!v.isTextual()) throw new PolicyException(p, "must be a string");
      }
    }
  }

  private static final ObjectNode ARTICLE_SHAPE = Json.mapper().createObjectNode().put("sensitivity", 0.0).put("preModerate", false);

  private static void merge(ObjectNode into, ObjectNode from) {
    for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode cur = into.get(e.getKey());
      if (cur != null && cur.isObject() && e.getValue().isObject()) merge((ObjectNode) cur, (ObjectNode) e.getValue());
      else into.set(e.getKey(), e.getValue().deepCopy());
    }
  }

  private static Policy build(ObjectNode n) {
    String version = n.path("version").asText();
    if (version.isBlank()) throw new PolicyException("version", "must be a non-blank string");
    Map<FlagName, Double> thresholds = new EnumMap<>(FlagName.class);
    for (FlagName f : FlagName.values()) {
      String p = "flags." + f.wire() + ".threshold";
      thresholds.put(f, unit(n.path("flags").path(f.wire()).get("threshold"), p));
    }
    double autoReject = unit(n.path("flags").path("spam").get("autoReject"), "flags.spam.autoReject");
    if (autoReject < thresholds.get(FlagName.SPAM)) {
      throw new PolicyException("flags.spam.autoReject", "must not be below flags.spam.threshold (" + thresholds.get(FlagName.SPAM) + ")");
    }
    if (thresholds.get(FlagName.SELF_HARM) <= 0) throw new PolicyException("flags.self_harm.threshold", "must be above 0");
    Map<String, Policy.ArticleRule> articles = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.path("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = "articles." + e.getKey();
      double s = num(e.getValue().get("sensitivity"), p + ".sensitivity", -0.5, 0.5, 0.0);
      articles.put(e.getKey(), new Policy.ArticleRule(s, e.getValue().path("preModerate").asBoolean(false)));
    }
    JsonNode fl = n.path("flood");
    JsonNode wv = n.path("wave");
    JsonNode au = n.path("authors");
    JsonNode cl = n.path("classifier");
    return new Policy(
        version,
        n.path("preModerateAll").asBoolean(),
        thresholds,
        autoReject,
        words(n.path("words").path("blocked"), "words.blocked"),
        words(n.path("words").path("hold"), "words.hold"),
        unit(n.path("words").get("holdScore"), "words.holdScore"),
        domains(n.path("domains").path("allowed"), "domains.allowed"),
        domains(n.path("domains").path("blocked"), "domains.blocked"),
        domains(n.path("domains").path("shorteners"), "domains.shorteners"),
        phones(n.path("contacts").path("allowedPhoneNumbers"), "contacts.allowedPhoneNumbers"),
        articles,
        new Policy.Flood(
            (long) num(fl.get("windowSeconds"), "flood.windowSeconds", 1, 86_400, null),
            integer(fl.get("maxComments"), "flood.maxComments", 1, 10_000),
            unit(fl.get("score"), "flood.score")),
        new Policy.Wave(
            (long) num(wv.get("windowSeconds"), "wave.windowSeconds", 1, 7 * 86_400, null),
            integer(wv.get("minAuthors"), "wave.minAuthors", 2, 1000),
            integer(wv.get("minWords"), "wave.minWords", 1, 1000),
            integer(wv.get("maxDistance"), "wave.maxDistance", 0, 3),
            unit(wv.get("score"), "wave.score"),
            unit(wv.get("repeatScore"), "wave.repeatScore")),
        new Policy.Authors(
            integer(au.get("trustedAfterApproved"), "authors.trustedAfterApproved", 1, 1_000_000),
            num(au.get("trustedDiscount"), "authors.trustedDiscount", 0, 0.5, null),
            integer(au.get("offenderAfterRejected"), "authors.offenderAfterRejected", 1, 1_000_000),
            unit(au.get("offenderScore"), "authors.offenderScore"),
            num(au.get("firstCommentBoost"), "authors.firstCommentBoost", 0, 0.5, null)),
        new Policy.Classifier(
            cl.path("enabled").asBoolean(),
            unit(cl.get("minProbability"), "classifier.minProbability"),
            unit(cl.get("weight"), "classifier.weight")));
  }

  private static double unit(JsonNode v, String path) {
    return num(v, path, 0, 1, null);
  }

  private static double num(JsonNode v, String path, double min, double max, Double dflt) {
    if (v == null || v.isNull()) {
      if (dflt != null) return dflt;
      throw new PolicyException(path, "is required");
    }
    if (!v.isNumber()) throw new PolicyException(path, "must be a number");
    double d = v.asDouble();
    if (!(d >= min && d <= max)) throw new PolicyException(path, "must be between " + fmt(min) + " and " + fmt(max) + ", was " + v.asText());
    return d;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static int integer(JsonNode v, String path, int min, int max) {
    double d = num(v, path, min, max, null);
    if (d != Math.rint(d)) throw new PolicyException(path, "must be a whole number, was " + v.asText());
    return (int) d;
  }

  private static List<String> words(JsonNode arr, String path) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) out.add(arr.get(i).asText().trim());
    return out;
  }

  private static List<String> domains(JsonNode arr, String path) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      String d = arr.get(i).asText().trim().toLowerCase(Locale.ROOT);
      if (d.startsWith("*.")) d = d.substring(2);
      if (d.startsWith("www.")) d = d.substring(4);
      if (d.startsWith(".")) d = d.substring(1);
      if (!d.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
        throw new PolicyException(path + "[" + i + "]", "not a domain name: " + arr.get(i).asText());
      }
      out.add(d);
    }
    return out;
  }

  private static List<String> phones(JsonNode arr, String path) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      String digits = arr.get(i).asText().replaceAll("[^0-9]", "");
      if (digits.length() < 3) throw new PolicyException(path + "[" + i + "]", "needs at least 3 digits");
      out.add(digits);
    }
    return out;
  }
}
