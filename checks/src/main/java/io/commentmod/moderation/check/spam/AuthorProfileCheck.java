package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.PhraseMatcher;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The author's display name and website: a business name ({@code ... Store}, {@code ... Official},
 * {@code SEO ...}), a domain as a name, or a website outside the allow-list. Weak evidence on its
 * own (never enough to hold a comment), it tips comments the other checks already suspect.
 * Spans are empty: the evidence is not in the body.
 */
public final class AuthorProfileCheck implements ModerationCheck {
  static final String NAME = "author-profile";
  private static final List<String> BUSINESS = List.of(
      "shop", "store", "deals", "deal", "official", "pharmacy", "pharma", "casino", "seo", "crypto", "loan", "loans",
      "supply", "supplies", "labs", "lab", "team", "hub", "marketing", "agency", "replicas", "replica", "followers", "bet",
      "bonus", "sale", "sales", "discount", "cheap", "rx", "meds", "pills", "spores", "essay", "essays", "writer", "writers",
      "support", "boost", "rank", "invest", "wealth", "forex", "trading", "spin", "income", "money", "cash", "earn",
      "services", "service", "online", "direct", "express", "wellness", "naturals", "keyword", "backlinks",
      "singles", "dating", "win", "sweepstakes", "coach", "tips", "clinic", "pharm", "shroom", "shroomz", "herbz", "followme");

  private final PhraseMatcher<String> business;
  private final DomainList allowed;
  /**
   * Verdicts on display names (0, 0.35 business-like, 0.4 a domain) and websites (the host outside the
   * allow-list, or "") already judged: authors comment again and again, and folding a name is most of
   * this check's work. Bounded: each map is emptied when it reaches {@link #REMEMBERED} entries.
   */
  private final Map<String, Double> names = new ConcurrentHashMap<>();
  private final Map<String, String> sites = new ConcurrentHashMap<>();
  static final int REMEMBERED = 4096;

  public AuthorProfileCheck(Policy policy) {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    BUSINESS.forEach(w -> b.add(w, w));
    business = b.build();
    allowed = new DomainList(policy.allowedDomains());
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    List<String> what = new ArrayList<>(2);
    double score = 0;
    if (!text.authorName().isEmpty()) {
      score = remember(names, text.authorName(), this::nameScore);
      if (score == 0.35) what.add("business-like name '" + text.authorName() + "'");
      else if (score == 0.4) what.add("domain as name '" + text.authorName() + "'");
    }
    if (!text.authorUrl().isBlank()) {
      String host = remember(sites, text.authorUrl(), this::outsideHost);
      if (!host.isEmpty()) {
        score = 1 - (1 - score) * (1 - 0.25);
        what.add("website " + host);
      }
    }
    if (score > 0) findings.add(FlagName.SPAM, Math.round(score * 1000) / 1000.0, NAME, String.join(", ", what), List.of());
  }

  private double nameScore(String authorName) {
    String name = Normalizer.fold(authorName);
    List<String> hits = new ArrayList<>(1);
    business.match(Tokens.of(name), (w, a, b) -> hits.add(w));
    if (!hits.isEmpty()) return 0.35;
    return Links.find(name).isEmpty() ? 0 : 0.4;
  }

  /** The host of the author's website when it is outside the allow-list, else "". */
  private String outsideHost(String url) {
    List<Links.Link> links = Links.find(Normalizer.fold(url));
    return !links.isEmpty() && allowed.match(links.get(0).host()) == null ? links.get(0).host() : "";
  }

  private static <V> V remember(Map<String, V> known, String key, Function<String, V> judge) {
    V v = known.get(key);
    if (v != null) return v;
    v = judge.apply(key);
    if (known.size() >= REMEMBERED) known.clear();
    known.put(key, v);
    return v;
  }
}
