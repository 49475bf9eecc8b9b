package io.commentmod.moderation.check.crowd;

import io.commentmod.events.Action;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.FlagName;
import io.commentmod.moderation.check.Findings;
import io.commentmod.moderation.engine.KeyValueState;
import io.commentmod.moderation.policy.Policy;
import java.time.Instant;
import io.commentmod.moderation.check.crowd.CrowdChecks.Standing;
import java.util.List;

/**
 * Author reputation. A repeat offender (rejected {@code authors.offenderAfterRejected} times)
 * adds spam evidence; a trusted author (approved {@code authors.trustedAfterApproved} times,
 * never rejected) has spam scores discounted. Counts come from moderators' decisions and from
 * this moderator's own automatic approvals and rejections (held comments count once decided).
 */
final class AuthorHistory {
  static final String NAME = "author-history";

  private final Policy.Authors rules;

  AuthorHistory(Policy.Authors rules) {
    this.rules = rules;
  }

  Standing standing(AuthorRecord r) {
    if (r == null) return Standing.NEW;
    if (r.rejected() >= rules.offenderAfterRejected()) return Standing.OFFENDER;
    if (r.approved() >= rules.trustedAfterApproved() && r.rejected() == 0) return Standing.TRUSTED;
    return Standing.KNOWN;
  }

  /** @param r the author's record across the cluster ({@link AuthorRecord#union}) */
  Standing inspect(AuthorRecord r, Findings findings) {
    Standing s = standing(r);
    if (s == Standing.OFFENDER) {
      findings.add(FlagName.SPAM, rules.offenderScore(), NAME,
          "repeat offender: " + r.rejected() + " comments rejected, " + r.approved() + " approved", List.of());
    }
    return s;
  }

  void record(String key, Action action, Instant now, KeyValueState<AuthorRecord> store) {
    if (key == null) return;
    AuthorRecord r = store.get(key);
    long at = now.toEpochMilli();
    int approved = action == Action.APPROVE ? 1 : 0, rejected = action == Action.REJECT ? 1 : 0;
    store.put(key, r == null
        ? new AuthorRecord(1, approved, rejected, at, at)
        : new AuthorRecord(r.comments() + 1, r.approved() + approved, r.rejected() + rejected, r.firstSeen(), at));
  }

  void learn(String key, DecisionAction decision, KeyValueState<AuthorRecord> store) {
    if (key == null) return;
    AuthorRecord r = store.get(key);
    if (r == null) r = new AuthorRecord(1, 0, 0, 0, 0);
    store.put(key, decision == DecisionAction.APPROVE
        ? new AuthorRecord(r.comments(), r.approved() + 1, r.rejected(), r.firstSeen(), r.lastSeen())
        : new AuthorRecord(r.comments(), r.approved(), r.rejected() + 1, r.firstSeen(), r.lastSeen()));
  }
}
