package io.commentmod.moderation.engine;

import io.commentmod.events.Action;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.moderation.check.CheckOrder;
import io.commentmod.moderation.check.CommentText;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.check.ModerationCheck;
import io.commentmod.moderation.check.crowd.CrowdChecks;
import io.commentmod.moderation.check.spam.LinkCheck;
import io.commentmod.moderation.normalize.Normalizer;
import io.commentmod.moderation.normalize.Tokens;
import io.commentmod.moderation.policy.Policy;
import io.commentmod.moderation.routing.Router;
import io.commentmod.moderation.training.LearnedLayer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderator: normalises the comment, runs every single-comment check and the cross-comment
 * checks, combines each flag's findings by noisy-OR ({@code 1 - prod(1 - score)}), adjusts spam
 * by author standing, routes with {@link Router} and records its own verdict in author history.
 * A check that throws is logged and skipped, so one bad check cannot stop the pipeline.
 */
final class DefaultModerator implements Moderator {
  private static final Logger log = LoggerFactory.getLogger(DefaultModerator.class);
  private final Policy policy;
  private final List<ModerationCheck> checks;
  private final CrowdChecks crowd;
  private final LearnedLayer learned;
  /** The author-history reasons' details: they depend only on the policy, so they are written once. */
  private final String trustedDetail, newcomerDetail;

  DefaultModerator(Policy policy, List<ModerationCheck> checks, LearnedLayer learned) {
    this.policy = policy;
    this.trustedDetail = String.format(Locale.ROOT, "trusted author: spam score lowered by %.2f", policy.authors().trustedDiscount());
    this.newcomerDetail = String.format(Locale.ROOT, "first comment from this author: spam score raised by %.2f", policy.authors().firstCommentBoost());
    this.learned = learned;
    this.checks = CheckOrder.requireReadersLast(List.copyOf(checks));
    this.crowd = new CrowdChecks(policy);
  }

  @Override
  public List<StateSpec<?>> stateSpecs() {
    return crowd.stateSpecs();
  }

  @Override
  public Assessment assess(CommentSubmitted comment, Instant now, ModerationState state) {
    CommentText text = Normalizer.normalize(comment);
    Findings findings = new Findings();
    boolean failed = false;
    for (ModerationCheck check : checks) {
      try {
        check.inspect(text, findings);
      } catch (RuntimeException e) {
        // fail closed: a check that could not read the comment must not let it be published unread
        log.warn("check {} failed on comment {}", check.getClass().getSimpleName(), comment.id(), e);
        FlagName held = check.heldAsOnFailure();
        findings.add(held, policy.threshold(held, comment.articleId()), FAILED_CHECK,
            "check " + check.getClass().getSimpleName() + " failed (" + e.getClass().getSimpleName() + "): held for a person to read",
            List.of());
        failed = true;
      }
    }
    Tokens tokens = Tokens.cached(text.normalized());
    CrowdChecks.Standing standing = crowd.inspect(comment, text, tokens, now, state, findings);
    List<Flag> flags = combine(findings, standing, comment.articleId());
    Router.Routing routing = Router.route(flags, policy, comment.articleId());
    // nor rejected on what the other checks saw
    if (failed && routing.action() == Action.REJECT) routing = new Router.Routing(routing.route(), Action.REVIEW, routing.flags());
    crowd.recordVerdict(comment, routing.action(), now, state);
    return new Assessment(routing.flags(), routing.route(), routing.action(), policy.version());
  }

  /** The check name of the finding that holds a comment a check failed on. */
  static final String FAILED_CHECK = "check-failed";

  /** The reason added when a spam score is held below automatic rejection because one plain link is all the evidence. */
  static final String ONE_LINK_DETAIL = "one plain link and no other rule's evidence: held for review, not rejected";

  /** Strongest finding first; a stable sort, so equal scores keep the checks' order. */
  private static final Comparator<Findings.Finding> STRONGEST_FIRST = Comparator.comparingDouble(Findings.Finding::score).reversed();

  private List<Flag> combine(Findings findings, CrowdChecks.Standing standing, String articleId) {
    List<Flag> flags = new ArrayList<>(2);
    for (FlagName name : FlagName.values()) {
      List<Findings.Finding> list = findings.of(name);
      if (list.isEmpty()) continue;
      if (list.size() > 1) {
        list = new ArrayList<>(list);
        list.sort(STRONGEST_FIRST);
      }
      double keep = 1, keepWithoutLinks = 1;
      List<Reason> reasons = new ArrayList<>(list.size() + 1);
      for (Findings.Finding f : list) {
        keep *= 1 - f.score();
        if (!f.reason().check().equals(LinkCheck.NAME)) keepWithoutLinks *= 1 - f.score();
        reasons.add(f.reason());
      }
      double score = 1 - keep;
      if (name == FlagName.SPAM && standing == CrowdChecks.Standing.TRUSTED && score < 1) {
        double d = policy.authors().trustedDiscount();
        score = Math.max(0, score - d);
        reasons.add(new Reason("author-history", trustedDetail, List.of()));
      } else if (name == FlagName.SPAM && standing == CrowdChecks.Standing.NEW && policy.authors().firstCommentBoost() > 0) {
        double b = policy.authors().firstCommentBoost();
        score = Math.min(1, score + b);
        reasons.add(new Reason("author-history", newcomerDetail, List.of()));
      }
      if (name == FlagName.SPAM) {
        // one plain link and no other rule's evidence: spam review at most, never automatic rejection;
        // only where the rest would not reject on its own, so adding a link never lowers the outcome
        double below = policy.autoReject(articleId) - 0.001;
        double withoutLink = 1 - keepWithoutLinks + (score - (1 - keep));
        if (score > below && withoutLink <= below && below >= policy.threshold(FlagName.SPAM, articleId)
            && LinkCheck.onlyAPlainLink(list)) {
          score = below;
          reasons.add(new Reason(LinkCheck.NAME, ONE_LINK_DETAIL, List.of()));
        }
      }
      flags.add(new Flag(name, Math.round(score * 1000) / 1000.0, reasons));
    }
    return flags;
  }

  @Override
  public <V> boolean expired(StateSpec<V> spec, V value, Instant now) {
    return crowd.expired(spec, value, now);
  }

  @Override
  public void learn(ModeratorDecided decision, CommentSubmitted comment, ModerationState state) {
    crowd.learn(decision, comment, state);
  }

  @Override
  public LearnedLayer learned() {
    return learned;
  }

  @Override
  public String policyVersion() {
    return policy.version();
  }
}
