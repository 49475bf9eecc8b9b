package io.commentmod.moderation.check.spam;

import io.commentmod.events.FlagName;
import io.commentmod.events.Span;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores links: allow-listed study and health-agency sites are not counted; block-listed domains,
 * URL shorteners and disguised domains ({@code shop dot com}) score high; any other site scores
 * enough to hold the comment, more for several sites or a spam-favoured top-level domain.
 */
public final class LinkCheck implements ModerationCheck {
  public static final String NAME = "links";
  private static final Set<String> SPAMMY_TLDS = Set.of(
      "shop", "store", "online", "site", "xyz", "top", "club", "click", "vip", "win", "bet", "casino", "loan", "money",
      "cash", "deals", "sale", "pharmacy", "rx", "buzz", "tk", "ml", "ga", "cf", "gq", "pw", "ru", "best", "review", "reviews",
      "guru", "academy", "courses", "icu", "cyou", "sbs", "loans", "credit", "finance", "exchange");

  private final DomainList allowed;
  private final DomainList blocked;
  private final DomainList shorteners;

  public LinkCheck(Policy policy) {
    allowed = new DomainList(policy.allowedDomains());
    blocked = new DomainList(policy.blockedDomains());
    shorteners = new DomainList(policy.shortenerDomains());
  }

  @Override
  public void inspect(CommentText text, Findings findings) {
    List<Links.Link> links = Links.cached(text.normalized());
    if (links.isEmpty()) return;
    double score = 0;
    List<String> what = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    int unknown = 0;
    for (Links.Link l : links) {
      if (allowed.match(l.host()) != null && !l.disguised()) continue;
      Span span = text.originalSpan(l.start(), l.end());
      String shown = text.original().substring(span.start(), span.end());
      if (!l.disguised() && missingSpace(shown)) continue;
      double s;
      if (blocked.match(l.host()) != null) {
        s = 0.95;
        what.add("blocked domain " + l.host());
      } else if (shorteners.match(l.host()) != null) {
        s = 0.85;
        what.add("URL shortener " + l.host());
      } else if (l.disguised()) {
        s = 0.85;
        what.add("disguised link '" + shown + "'");
      } else {
        unknown++;
        String tld = l.host().substring(l.host().lastIndexOf('.') + 1);
        s = SPAMMY_TLDS.contains(tld) ? 0.75 : PLAIN_LINK;
        what.add("link to " + l.host());
      }
      score = Math.max(score, s);
      spans.add(span);
    }
    if (spans.isEmpty()) return;
    if (unknown >= 2) score = Math.max(score, 0.75);
    findings.add(FlagName.SPAM, score, NAME, String.join("; ", what), spans);
  }

  /** The score of one link to a site on no list, with an ordinary top-level domain. */
  static final double PLAIN_LINK = 0.6;
  /**
   * The checks that, beside one plain link, do not make the comment certain spam: the link itself and the
   * classifier, which weighs it. (The author profile reads the name and website, not the link, so its
   * evidence is independent and lifts the cap.)
   */
  private static final Set<String> LEANS_ON_THE_LINK = Set.of(NAME, ClassifierCheck.NAME);

  /**
   * Whether the spam evidence is one plain link and nothing a rule found besides: a link to a site on no list
   * (score {@link #PLAIN_LINK}), perhaps with the classifier, which weighs that link.
   * A reader pointing to a hospital or research centre the allow-list lacks looks like that; such a comment
   * goes to spam review, never to automatic rejection (a legitimate comment rejected silences a reader).
   */
  public static boolean onlyAPlainLink(List<Findings.Finding> spam) {
    boolean link = false;
    for (Findings.Finding f : spam) {
      String check = f.reason().check();
      if (!LEANS_ON_THE_LINK.contains(check)) return false;
      if (check.equals(NAME)) {
        if (link || f.score() > PLAIN_LINK) return false;
        link = true;
      }
    }
    return link;
  }

  /**
   * Two sentences typed without a space ({@code it was the training.No more}, {@code for me.In the end}):
   * a bare {@code word.Word}, lower case before the dot and a capitalised word after it, no path.
   * Addresses are typed in lower case or all capitals ({@code SHOP.COM}), not like that.
   */
  static boolean missingSpace(String shown) {
    int dot = shown.indexOf('.');
    if (dot <= 0 || dot != shown.lastIndexOf('.') || dot + 2 >= shown.length() || shown.indexOf('/') >= 0) return false;
    char before = shown.charAt(dot - 1), first = shown.charAt(dot + 1);
    if (!Character.isLowerCase(before) || !Character.isUpperCase(first)) return false;
    for (int k = dot + 2; k < shown.length(); k++) if (!Character.isLowerCase(shown.charAt(k))) return false;
    return true;
  }
}
