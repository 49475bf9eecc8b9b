package io.commentmod.publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code /health/ready} answers: each check with "ok" or what is wrong. Ready when the delivery
 * thread runs (with partitions, or polling), the broker answered the last probe and the site gate is
 * open (the site answered its last call, or has not failed since).
 */
record Readiness(Map<String, String> checks) {
  static final String OK = "ok";

  static Readiness of(String delivery, String broker, boolean siteOpen) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("delivery", delivery == null ? OK : delivery);
    c.put("broker", broker == null ? OK : broker);
    c.put("site", siteOpen ? OK : "site failing: deliveries wait while one request at a time probes it");
    return new Readiness(java.util.Collections.unmodifiableMap(c));
  }

  boolean ready() {
    return checks.values().stream().allMatch(OK::equals);
  }
}
