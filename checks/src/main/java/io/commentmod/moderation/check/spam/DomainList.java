package io.commentmod.moderation.check.spam;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A set of domains matched by suffix at a dot: {@code nih.gov} matches {@code pubmed.ncbi.nlm.nih.gov}, {@code edu} any {@code *.edu}. */
final class DomainList {
  private final Set<String> domains;

  DomainList(List<String> domains) {
    this.domains = new HashSet<>(domains);
  }

  /** The listed entry that {@code host} falls under, or null. */
  String match(String host) {
    if (domains.isEmpty()) return null;
    String h = host;
    while (true) {
      if (domains.contains(h)) return h;
      int dot = h.indexOf('.');
      if (dot < 0) return null;
      h = h.substring(dot + 1);
    }
  }
}
