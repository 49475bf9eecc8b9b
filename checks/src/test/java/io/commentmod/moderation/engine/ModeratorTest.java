package io.commentmod.moderation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.commentmod.events.Action;
import io.commentmod.events.Author;
import io.commentmod.events.CommentSubmitted;
import io.commentmod.events.DecisionAction;
import io.commentmod.events.Flag;
import io.commentmod.events.FlagName;
import io.commentmod.events.Json;
import io.commentmod.events.ModeratorDecided;
import io.commentmod.events.Reason;
import io.commentmod.events.Route;
import io.commentmod.moderation.check.crowd.AuthorRecord;
import io.commentmod.moderation.check.crowd.CrowdChecks;
import io.commentmod.moderation.check.crowd.WaveBucket;
import io.commentmod.moderation.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeratorTest {
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
  private final Moderator moderator = Moderators.defaults();
  private final ModerationState state = ModerationState.inMemory();

  private static CommentSubmitted comment(String id, String email, String body) {
    return new CommentSubmitted(id, "antidepressants", new Author("Sam", email, null, null, null), body, null, T0, null, null, T0);
  }

  @Test
  void aThoughtfulCommentIsApproved() {
    Assessment a = moderator.assess(comment("1", "sam@example.org",
        "The sample was small, so I'd wait for a replication before drawing conclusions. The PubMed abstract is at "
            + "https://pubmed.ncbi.nlm.nih.gov/?term=sv2a"), T0, state);
    assertThat(a.route()).isEqualTo(Route.APPROVED);
    assertThat(a.action()).isEqualTo(Action.APPROVE);
    assertThat(a.flags()).isEmpty();
    assertThat(a.policyVersion()).isEqualTo("default-1");
  }

  @Test
  void obviousSpamIsRejectedWithReasonsPointingIntoTheOriginalText() {
    String body = "Cheap x@n@x and v4lium, NO PRESCRIPTION needed!! Order at meds-depot (dot) net";
    Assessment a = moderator.assess(comment("2", "rx@example.net", body), T0, state);
    assertThat(a.route()).isEqualTo(Route.SPAM);
    assertThat(a.action()).isEqualTo(Action.REJECT);
    Flag spam = a.flags().get(0);
    assertThat(spam.name()).isEqualTo(FlagName.SPAM);
    assertThat(spam.score()).isGreaterThanOrEqualTo(0.9);
    Reason links = spam.reasons().stream().filter(r -> r.check().equals("links")).findFirst().orElseThrow();
    assertThat(links.detail()).isEqualTo("disguised link 'meds-depot (dot) net'");
    assertThat(body.substring(links.spans().get(0).start(), links.spans().get(0).end())).isEqualTo("meds-depot (dot) net");
  }

  @Test
  void personToPersonDrugSellingIsSpamButTalkingAboutPricesIsNot() {
    assertThat(moderator.assess(comment("s1", "a@x.org", "selling dried cubes, pm for menu, discreet"), T0, state).route())
        .isEqualTo(Route.SPAM);
    assertThat(moderator.assess(comment("s2", "b@x.org", "Hey, I sell homegrown shrooms, hit me up on snap: shroomguy420"), T0, state).action())
        .isEqualTo(Action.REJECT);
    assertThat(moderator.assess(comment("s3", "c@x.org", "Cheap generic sertraline works as well as the brand for me, about $10 a month."), T0, state)
        .route()).isEqualTo(Route.APPROVED);
  }

  @Test
  void aLoneUnknownLinkGoesToSpamReviewNotRejection() {
    Assessment a = moderator.assess(comment("3", "kim@example.org",
        "I wrote up my own experience with tapering slowly here: https://kims-notes.example.com/tapering"), T0, state);
    assertThat(a.route()).isEqualTo(Route.SPAM);
    assertThat(a.action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void aTrustedAuthorGetsTheBenefitOfTheDoubt() {
    String body = "I wrote up my own experience with tapering slowly here: https://kims-notes.example.com/tapering";
    CommentSubmitted c = comment("4", "kim@example.org", body);
    for (int i = 0; i < 3; i++) moderator.learn(new ModeratorDecided("d" + i, "x", DecisionAction.APPROVE, "mod", null, T0), c, state);
    Assessment a = moderator.assess(c, T0, state);
    assertThat(a.route()).isEqualTo(Route.APPROVED);
    assertThat(a.flags()).isEmpty();
  }

  @Test
  void itRecordsItsOwnVerdictsInAuthorHistory() {
    moderator.assess(comment("5", "Ana@Example.org", "Thanks, this was helpful."), T0, state);
    AuthorRecord r = state.store(CrowdChecks.AUTHORS).get("ana@example.org");
    assertThat(r).isEqualTo(new AuthorRecord(1, 1, 0, T0.toEpochMilli(), T0.toEpochMilli()));
  }

  @Test
  void declaresItsStoresWithJsonValueTypes() throws Exception {
    assertThat(moderator.stateSpecs()).extracting(StateSpec::name)
        .containsExactly("moderation-waves", "moderation-rates", "moderation-authors");
    WaveBucket b = new WaveBucket(new long[] {-5L}, new String[] {"a@x"}, new long[] {7L});
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsBytes(b), WaveBucket.class)).isEqualTo(b);
  }

  @Test
  void theVerdictRecordsThePolicyVersion() {
    Policy p = Policy.parse("{\"version\":\"2025-06-strict\",\"preModerateAll\":true}".getBytes(StandardCharsets.UTF_8));
    Assessment a = Moderators.create(p).assess(comment("6", "a@b.org", "Nice article."), T0, state);
    assertThat(a.policyVersion()).isEqualTo("2025-06-strict");
    assertThat(a.route()).isEqualTo(Route.APPROVED);
    assertThat(a.action()).isEqualTo(Action.REVIEW);
  }

  @Test
  void aFailingCheckHoldsTheCommentForAPerson() {
    // it was skipped, and the comment published unread, until the sixteenth round (FailedCheckTest)
    Moderator m = Moderators.create(Policy.defaults(), List.of((t, f) -> {
      throw new IllegalStateException("boom");
    }));
    Assessment a = m.assess(comment("7", "a@b.org", "hello"), T0, state);
    assertThat(a.route()).isEqualTo(Route.SPAM);
    assertThat(a.action()).isEqualTo(Action.REVIEW);
  }
}
